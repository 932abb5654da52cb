#!/usr/bin/env bash
# Starts the kiosk on its embedded default from a build folder (build/ unless given): a local
# SQLite database with the demo roster, and the district stub on loopback HTTPS as its district
# server. Data lives in <build>/demo/ (delete the folder to start over). The first start asks for
# the administrator's name and password. The installed package guardiandesk-demo runs the same
# script (installer/guardiandesk-demo) on the installed programs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
for exe in app/cli/guardiandesk-cli tests/support/district-stub app/guardiandesk; do
    [ -x "$build/$exe" ] || { echo "run-demo: $build/$exe is missing; build first (cmake --workflow --preset build)" >&2; exit 2; }
done
export GD_DEMO_CLI=$build/app/cli/guardiandesk-cli
export GD_DEMO_STUB=$build/tests/support/district-stub
export GD_DEMO_KIOSK=$build/app/guardiandesk
export GD_DEMO_DIR=${GD_DEMO_DIR:-$build/demo}
exec "$root/installer/guardiandesk-demo"
