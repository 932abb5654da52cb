#!/usr/bin/env bash
# Starts the kiosk on its embedded default: a local SQLite database with the demo roster, and the
# district stub on loopback HTTPS as its district server. Data lives in build/demo/ (delete the
# folder to start over). The first start asks for the administrator's name and password.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
demo=$build/demo
cli=$build/app/cli/guardiandesk-cli
stub=$build/tests/support/district-stub
kiosk=$build/app/guardiandesk
db=$demo/guardiandesk.db
for exe in "$cli" "$stub" "$kiosk"; do
    [ -x "$exe" ] || { echo "run-demo: $exe is missing; build first (cmake --workflow --preset build)" >&2; exit 2; }
done
mkdir -p "$demo/district"
chmod 700 "$demo"

# The district stub on a free loopback port; its ready line names the URL, CA and key pin.
ready=$demo/district/ready
rm -f "$ready"
"$stub" --listen 127.0.0.1 --port 0 --cert-dir "$demo/district" --students 500 > "$ready" 2> "$demo/district/stub.log" &
stub_pid=$!
trap 'kill "$stub_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    grep -q 'listening on' "$ready" 2>/dev/null && break
    kill -0 "$stub_pid" 2>/dev/null || { echo "run-demo: the district stub did not start (see $demo/district/stub.log)" >&2; exit 1; }
    sleep 0.1
done
line=$(grep 'listening on' "$ready")
url=$(sed -E 's/.*listening on (https:[^ ]+).*/\1/' <<<"$line")
ca=$(sed -E 's/.* ca=([^ ]+).*/\1/' <<<"$line")
pin=$(sed -E 's/.* pin=([^ ]+).*/\1/' <<<"$line")
district_key=$(sed -E 's/.* district-key=([^ ]+).*/\1/' <<<"$line")
"$cli" --db "$db" init-db > /dev/null
"$cli" --db "$db" settings set district.server_url "$url" > /dev/null
"$cli" --db "$db" settings set district.ca_bundle "$ca" > /dev/null
"$cli" --db "$db" settings set district.spki_pin "$pin" > /dev/null
"$cli" --db "$db" settings set district.client_id guardiandesk-demo > /dev/null
"$cli" --db "$db" settings set district.public_key_file "$district_key" > /dev/null
# A new demo database: the roster, then a morning's worth of past verifications, keys and letters
# (made through the real services by a demo account; they need the district's key first).
if [ ! -f "$demo/seeded" ]; then
    "$cli" --db "$db" seed-demo --students "${GD_DEMO_STUDENTS:-2000}" --seed 1
    "$cli" --db "$db" seed-demo --students 0 --verifications 60 --seed 1
    touch "$demo/seeded"
fi
# Deliver the morning's events to the district and pull its roster, so the outbox empties
# before your eyes (the stub's log lists each request; `outbox --state done` lists the events).
"$cli" --db "$db" sync --once --client-secret-file "$demo/district/client-secret" \
    || echo "run-demo: the sync did not complete; see 'guardiandesk-cli --db $db outbox --state failed'" >&2
echo "run-demo: $("$cli" --db "$db" outbox --state done | tail -n 1) delivered to the district stub"
echo "run-demo: district stub at $url; starting the kiosk on $db"
"$kiosk" --db "$db"
