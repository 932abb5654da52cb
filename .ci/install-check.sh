#!/usr/bin/env bash
# install-check.sh guardiandesk_*.deb [guardiandesk-demo_*.deb]
#
# Proves that the packages install and run on a clean Debian 12 (bookworm) as a
# new user would:
#   1. debootstrap --variant=minbase bookworm into a temporary root
#   2. apt-get install ./the .debs inside it (Depends resolved from the archive;
#      Recommends are NOT installed unless INSTALL_RECOMMENDS=1, so a Depends
#      that only works thanks to a Recommends is caught)
#   3. as a fresh non-root user: CLI --version/init-db/seed-demo/search/
#      render-letters, kiosk --version and a real offscreen start that must
#      stay alive, Qt plugin loading and ldd checks; with guardiandesk-demo, the
#      demo prepares, syncs with the installed stub and starts the kiosk; then
#      apt-get purge
#   4. lintian on each .deb (fails on errors, prints warnings)
#
# Exit status: 0 all checks passed, 1 a check failed, 77 this machine cannot
# run the check (no root, or chroot refused): CI reports that, it is not a pass.
#
# Environment knobs (all optional):
#   MIRROR=URL              Debian mirror (default: taken from the host's apt sources)
#   SECURITY_MIRROR=URL     security mirror ("none" to skip; default: from host sources)
#   INSTALL_RECOMMENDS=1    also install the package's Recommends
#   KEEP_ROOT=1             keep the chroot for inspection (mounts are still removed)
#   WORKDIR=DIR             where the chroot is created (default: mktemp -d under /var/tmp)
#   KIOSK_SECONDS=5         how long the kiosk start is given before timeout stops it
set -euo pipefail

SUITE=bookworm
TEST_USER=gdcheck
KIOSK_SECONDS=${KIOSK_SECONDS:-5}

say()  { printf 'install-check: %s\n' "$*"; }
warn() { printf 'install-check: WARNING: %s\n' "$*" >&2; }
die()  { printf 'install-check: ERROR: %s\n' "$*" >&2; exit 1; }

[ $# -ge 1 ] || die "usage: $0 guardiandesk_*.deb [guardiandesk-demo_*.deb]"

# Re-run as root through sudo when needed (debootstrap, chroot and mount need root).
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        printf 'install-check: cannot check here: must run as root (sudo not found)\n' >&2; exit 77
    fi
    say "not root: re-running through sudo"
    args=(); for a in "$@"; do args+=("$(readlink -f "$a")"); done
    exec sudo --preserve-env=MIRROR,SECURITY_MIRROR,INSTALL_RECOMMENDS,KEEP_ROOT,WORKDIR,KIOSK_SECONDS \
        bash "$(readlink -f "$0")" "${args[@]}"
fi

DEBS=(); PKGS=()
for a in "$@"; do
    d=$(readlink -f "$a")
    [ -f "$d" ] || die "no such file: $a"
    dpkg-deb --info "$d" >/dev/null 2>&1 || die "not a valid .deb: $d"
    DEBS+=("$d"); PKGS+=("$(dpkg-deb --field "$d" Package)")
done
DEB=${DEBS[0]}
PKG=${PKGS[0]}
[ "$PKG" = guardiandesk ] || die "the first package must be guardiandesk, not $PKG"
VER=$(dpkg-deb --field "$DEB" Version)
HAS_DEMO=0
for p in "${PKGS[@]}"; do [ "$p" = guardiandesk-demo ] && HAS_DEMO=1; done
say "checking ${PKGS[*]} $VER"

# ---------------------------------------------------------------- timing
declare -a TIMES=()
T0=0
t_start() { T0=$(date +%s.%N); say "== $1"; }
t_end()   { local d; d=$(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
            TIMES+=("$(printf '%-28s %7ss' "$1" "$d")"); say "   $1 took ${d}s"; }
print_times() { [ ${#TIMES[@]} -gt 0 ] || return 0; say "timings:"; local l
                for l in "${TIMES[@]}"; do say "   $l"; done; }

# ---------------------------------------------------------------- cleanup
ROOT=""
WD=""
BG=""
# run a long step in the background and wait for it, so INT/TERM are handled at once
# (bash defers traps while a foreground child runs)
# bg_run LOG CMD...
bg_run() { local log=$1; shift; "$@" >"$log" 2>&1 8>&- 9>&- & BG=$!; local rc=0; wait "$BG" || rc=$?; BG=""; return $rc; }
exec 8>&1 9>&2   # the script's own stdout/stderr, restored in cleanup
cleanup() {
    local rc=$?
    set +e
    exec 1>&8 2>&9
    trap - INT TERM
    if [ -n "$BG" ]; then kill -TERM "$BG" 2>/dev/null; sleep 1; kill -KILL "$BG" 2>/dev/null; wait "$BG" 2>/dev/null; fi
    if [ -n "$ROOT" ] && [ -d "$ROOT" ]; then
        # stop anything still running from inside the chroot (only processes whose root is ours)
        local p
        for p in /proc/[0-9]*; do
            [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] && kill -9 "${p#/proc/}" 2>/dev/null
        done
        # unmount everything below the root, deepest first
        local m
        for m in $(findmnt -rno TARGET | grep -F "$ROOT/" | sort -r); do
            umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || warn "could not unmount $m"
        done
        if findmnt -rno TARGET | grep -qF "$ROOT/"; then
            warn "mounts remain below $ROOT; NOT deleting it"
        elif [ "${KEEP_ROOT:-0}" = 1 ]; then
            say "KEEP_ROOT=1: chroot kept at $ROOT"
        else
            rm -rf --one-file-system "$WD"
        fi
    fi
    print_times
    if [ $rc -eq 77 ]; then say "RESULT: NOT CHECKED (this machine cannot run the check)"
    elif [ $rc -eq 0 ]; then say "RESULT: PASS (${PKGS[*]} $VER)"; else say "RESULT: FAIL (${PKGS[*]:-?} ${VER:-}, exit $rc)"; fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- host tools
export DEBIAN_FRONTEND=noninteractive
need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v lintian     >/dev/null || need+=(lintian)
command -v findmnt     >/dev/null || need+=(util-linux)
if [ ${#need[@]} -gt 0 ]; then
    t_start "install host tools: ${need[*]}"
    apt-get update -q >/dev/null || die "apt-get update failed on the host"
    apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null \
        || die "could not install ${need[*]} on the host"
    t_end "host tools (${need[*]})"
fi

# ---------------------------------------------------------------- mirror
# First URI of an enabled "deb" source whose suites contain exactly $1,
# from one-line (*.list) and deb822 (*.sources) files.
host_uri_for_suite() {
    local suite=$1 f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -r "$f" ] || continue
        awk -v s="$suite" '
            /^[[:space:]]*deb[[:space:]]/ {
                sub(/\[[^]]*\]/, "");            # drop [options]
                if ($3 == s) { print $2; exit }
            }' "$f"
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -r "$f" ] || continue
        awk -v s="$suite" '
            function flush() { if (deb && en && hit && uri != "") { print uri; found=1 }
                               deb=0; en=1; hit=0; uri="" }
            BEGIN { en=1 }
            /^[[:space:]]*#/ { next }
            /^[[:space:]]*$/ { flush(); if (found) exit; next }
            tolower($1) == "types:"   { for (i=2;i<=NF;i++) if ($i=="deb") deb=1 }
            tolower($1) == "enabled:" { if (tolower($2)=="no") en=0 }
            tolower($1) == "uris:"    { uri=$2 }
            tolower($1) == "suites:"  { for (i=2;i<=NF;i++) if ($i==s) hit=1 }
            END { if (!found) flush() }' "$f"
    done
}
if [ -z "${MIRROR:-}" ]; then
    MIRROR=$(host_uri_for_suite "$SUITE" | head -n1)
    [ -n "$MIRROR" ] || { MIRROR=http://deb.debian.org/debian
        warn "no '$SUITE' source in the host's apt sources; using $MIRROR"; }
fi
if [ -z "${SECURITY_MIRROR:-}" ]; then
    SECURITY_MIRROR=$(host_uri_for_suite "$SUITE-security" | head -n1)
    [ -n "$SECURITY_MIRROR" ] || SECURITY_MIRROR=none
fi
MIRROR=${MIRROR%/}; SECURITY_MIRROR=${SECURITY_MIRROR%/}
say "mirror: $MIRROR (security: $SECURITY_MIRROR)"

# ---------------------------------------------------------------- 1. debootstrap
WD=${WORKDIR:-}
if [ -z "$WD" ]; then WD=$(mktemp -d /var/tmp/install-check.XXXXXX); else mkdir -p "$WD"; WD=$(mktemp -d "$WD/install-check.XXXXXX"); fi
ROOT="$WD/root"
t_start "debootstrap --variant=minbase $SUITE"
if ! bg_run "$WD/debootstrap.log" debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR"; then
    tail -n 30 "$WD/debootstrap.log" >&2
    [ -f "$ROOT/debootstrap/debootstrap.log" ] && tail -n 30 "$ROOT/debootstrap/debootstrap.log" >&2
    die "debootstrap failed (mirror $MIRROR)"
fi
t_end "debootstrap"

if ! chroot "$ROOT" /bin/true; then
    printf 'install-check: cannot check here: chroot into %s is refused (container without CAP_SYS_CHROOT?)\n' "$ROOT" >&2
    exit 77
fi
# /proc: not needed by apt or the app's checks, but /dev/fd, /dev/stdin... point into it
# and a real system has it; mount a fresh one (failure is only a warning).
if mount -t proc -o nosuid,nodev,noexec proc "$ROOT/proc" 2>/dev/null; then
    say "mounted /proc in the chroot"
else
    warn "could not mount /proc in the chroot (continuing without it)"
fi
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
# never start services inside the chroot
printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"; chmod 755 "$ROOT/usr/sbin/policy-rc.d"
{
    echo "deb $MIRROR $SUITE main"
    echo "deb $MIRROR $SUITE-updates main"
    [ "$SECURITY_MIRROR" = none ] || echo "deb $SECURITY_MIRROR $SUITE-security main"
} >"$ROOT/etc/apt/sources.list"

# run a command in the chroot as root, with a clean environment
in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
                LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

# ---------------------------------------------------------------- 2. apt install
mkdir -p "$ROOT/tmp/debs"
for d in "${DEBS[@]}"; do cp "$d" "$ROOT/tmp/debs/"; done
rec=--no-install-recommends
[ "${INSTALL_RECOMMENDS:-0}" = 1 ] && rec=--install-recommends
t_start "apt-get install ${PKGS[*]} ($rec)"
if ! bg_run "$WD/apt.log" in_root sh -c "cd /tmp/debs && apt-get update -q && apt-get install -y -q $rec ./*.deb"; then
    tail -n 40 "$WD/apt.log" >&2
    die "apt-get install of ${PKGS[*]} failed in the clean root (Depends not installable?)"
fi
grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$WD/apt.log" | sed 's/^/install-check:   /' || true
for p in "${PKGS[@]}"; do
    in_root dpkg-query -W -f='${Status}\n' "$p" | grep -q '^install ok installed$' \
        || die "$p is not 'install ok installed' after apt-get"
done
in_root apt-get check -q >/dev/null || die "apt-get check reports broken dependencies"
t_end "apt-get install"

# ---------------------------------------------------------------- 3. runs as a new user
in_root useradd --create-home --shell /bin/bash "$TEST_USER"
UID_T=$(in_root id -u "$TEST_USER")
in_root install -d -m 700 -o "$TEST_USER" -g "$TEST_USER" "/run/user/$UID_T"
DB=/tmp/t.db

# as_user CMD...: run as the test user in the chroot; stdout+stderr to $WD/out, returns the exit code
as_user() {
    set +e
    chroot "$ROOT" /usr/sbin/runuser -u "$TEST_USER" -- /usr/bin/env -i \
        HOME="/home/$TEST_USER" USER="$TEST_USER" LOGNAME="$TEST_USER" SHELL=/bin/bash \
        PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR="/run/user/$UID_T" \
        "$@" >"$WD/out" 2>&1 8>&- 9>&- &
    BG=$!; wait "$BG"
    local rc=$?; BG=""
    set -e
    return $rc
}
# check "what" CMD...: must exit 0 within 120 s
check() {
    local what=$1; shift
    if as_user timeout -k 5 120 "$@"; then
        say "ok: $what"; sed 's/^/install-check:   | /' "$WD/out" | head -n 8
    else
        local rc=$?
        sed 's/^/install-check:   | /' "$WD/out" >&2
        die "'$what' failed (exit $rc)"
    fi
}

t_start "runs as user $TEST_USER"
# the binaries must resolve every library
for b in /usr/bin/guardiandesk /usr/bin/guardiandesk-cli; do
    [ -x "$ROOT$b" ] || die "$b is missing or not executable"
    if in_root ldd "$b" | grep 'not found'; then die "$b has unresolved libraries (missing Depends)"; fi
done
say "ok: ldd finds every library of guardiandesk and guardiandesk-cli"
# every installed Qt plugin (only a warning: these come from Qt's packages)
while read -r so; do
    nf=$(in_root ldd "$so" 2>/dev/null | grep 'not found' || true)
    [ -z "$nf" ] || warn "Qt plugin $so: $(echo "$nf" | tr -s ' \t\n' ' ')"
done < <(in_root find /usr/lib -path '*/qt6/plugins/*' -name '*.so')

check "guardiandesk-cli --help"            guardiandesk-cli --help
for sub in init-db seed-demo search render-letters; do
    grep -q "^ *$sub\b" "$WD/out" || die "guardiandesk-cli --help no longer lists '$sub'"
done
check "guardiandesk-cli --version"         guardiandesk-cli --version
grep -qF "${VER%%-*}" "$WD/out" || warn "guardiandesk-cli --version does not print ${VER%%-*}"
check "init-db"                            guardiandesk-cli --db "$DB" init-db
check "seed-demo --students 50"            guardiandesk-cli --db "$DB" seed-demo --students 50
check "search (reads the seeded roster)"   guardiandesk-cli --db "$DB" search a --limit 2
grep -q . "$WD/out" || die "search found nothing after seed-demo"
check "render-letters (PDF, fonts)"        guardiandesk-cli --db "$DB" render-letters --sample 1 \
                                           --language en --layout trifold --out /tmp/letters.pdf
[ -s "$ROOT/tmp/letters.pdf" ] || die "render-letters wrote no PDF"

check "guardiandesk --help"                env QT_QPA_PLATFORM=offscreen guardiandesk --help
grep -q -- '--db' "$WD/out" || die "guardiandesk --help has no --db option"
check "guardiandesk --version (offscreen)" env QT_QPA_PLATFORM=offscreen guardiandesk --version

# real start against the seeded database: must still be running when timeout stops it (124)
kiosk_run() {  # kiosk_run LOG [extra env...]
    local log=$1; shift; local rc=0
    as_user env QT_QPA_PLATFORM=offscreen "$@" timeout -k 3 "$KIOSK_SECONDS" guardiandesk --db "$DB" || rc=$?
    cp "$WD/out" "$log"
    return $rc
}
say "starting the kiosk offscreen against $DB for ${KIOSK_SECONDS}s"
rc=0; kiosk_run "$WD/kiosk.log" || rc=$?
if [ -s "$WD/kiosk.log" ]; then say "kiosk output:"; sed 's/^/install-check:   | /' "$WD/kiosk.log"; fi
[ $rc -eq 124 ] || die "guardiandesk --db $DB exited with $rc before ${KIOSK_SECONDS}s (124 = still running expected)"
say "ok: kiosk still running after ${KIOSK_SECONDS}s (timeout exit 124)"

say "starting the kiosk again with QT_DEBUG_PLUGINS=1"
rc=0; kiosk_run "$WD/kiosk-plugins.log" QT_DEBUG_PLUGINS=1 || rc=$?
[ $rc -eq 124 ] || { tail -n 40 "$WD/kiosk-plugins.log" >&2; die "guardiandesk with QT_DEBUG_PLUGINS=1 exited with $rc"; }
say "   plugins loaded: $(grep -o 'plugins/[^"]*\.so" loaded library' "$WD/kiosk-plugins.log" \
                          | sed 's/" loaded library//; s|plugins/||' | tr '\n' ' ')"
if grep -E 'Cannot load library|loadPlugin failed|Could not (load|find)|failed to load|not a Qt plugin|not found' "$WD/kiosk-plugins.log" >&2; then
    die "a Qt plugin or library failed to load (see above)"
fi
say "ok: no Qt plugin failed to load"

# the demo package: the installed stub, a demo database synced with it, then the kiosk on it
if [ "$HAS_DEMO" = 1 ]; then
    [ -x "$ROOT/usr/libexec/guardiandesk/district-stub" ] || die "guardiandesk-demo lacks the district stub"
    check "guardiandesk-demo --help"       guardiandesk-demo --help
    check "guardiandesk-demo (prepare and sync only)" \
        env GD_DEMO_NO_KIOSK=1 GD_DEMO_STUDENTS=200 guardiandesk-demo
    grep -qE '[1-9][0-9]* .*delivered to the district stub' "$WD/out" \
        || die "guardiandesk-demo delivered no event to the stub"
    # the second start reuses the demo database: stub, sync, then the kiosk, which must stay up
    demo_seconds=$((KIOSK_SECONDS + 20))
    say "starting guardiandesk-demo with the kiosk for ${demo_seconds}s"
    rc=0; as_user env QT_QPA_PLATFORM=offscreen timeout -k 3 "$demo_seconds" guardiandesk-demo || rc=$?
    sed 's/^/install-check:   | /' "$WD/out"
    [ $rc -eq 124 ] || die "guardiandesk-demo exited with $rc before ${demo_seconds}s"
    grep -q 'starting the kiosk on' "$WD/out" || die "guardiandesk-demo did not reach the kiosk in ${demo_seconds}s"
    say "ok: guardiandesk-demo's kiosk still running after ${demo_seconds}s"
fi

# purge must work too and leave no package files behind
in_root apt-get purge -y -q "${PKGS[@]}" >"$WD/purge.log" 2>&1 || { tail -n 20 "$WD/purge.log" >&2; die "apt-get purge ${PKGS[*]} failed"; }
for f in /usr/bin/guardiandesk /usr/bin/guardiandesk-cli /usr/bin/guardiandesk-demo /usr/libexec/guardiandesk; do
    [ ! -e "$ROOT$f" ] || die "$f left behind after purge"
done
say "ok: apt-get purge ${PKGS[*]}"
t_end "runs (cli, kiosk, purge)"

# ---------------------------------------------------------------- 4. lintian
t_start "lintian --fail-on error"
lrc=0
chmod 755 "$WD"
: >"$WD/lintian.log"
for d in "${DEBS[@]}"; do
    # run unprivileged when possible (lintian warns about root); the .deb copy is world-readable
    cp "$d" "$WD/lintian.deb"; chmod 644 "$WD/lintian.deb"
    if id nobody >/dev/null 2>&1 && command -v runuser >/dev/null; then
        (cd / && runuser -u nobody -- env HOME=/tmp lintian --fail-on error --display-info "$WD/lintian.deb") >>"$WD/lintian.log" 2>&1 || lrc=$?
    else
        (cd / && lintian --fail-on error --display-info "$WD/lintian.deb") >>"$WD/lintian.log" 2>&1 || lrc=$?
    fi
done
t_end "lintian"
nE=$(grep -c '^E: ' "$WD/lintian.log" || true)
nW=$(grep -c '^W: ' "$WD/lintian.log" || true)
nI=$(grep -c '^I: ' "$WD/lintian.log" || true)
say "lintian: $nE error(s), $nW warning(s), $nI info"
sed 's/^/install-check:   /' "$WD/lintian.log"
if [ $lrc -ne 0 ]; then
    [ "$nE" -gt 0 ] && die "lintian reports errors"
    die "lintian failed to run (exit $lrc)"
fi
say "all checks passed"
