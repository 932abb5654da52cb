#!/usr/bin/env bash
# Installs the Debian 12 packages GuardianDesk needs (installer/debian-packages.txt).
# Runs as root, or through sudo for anyone else.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t packages < <(grep -v '^\s*#' "$here/debian-packages.txt" | grep -v '^\s*$')
as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" > /dev/null
echo "setup-debian: ${#packages[@]} packages installed"
