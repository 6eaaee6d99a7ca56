#!/usr/bin/env bash
# Chromium (browser tests) and xmllint (SCORM manifest validation) from Debian's packages.
# npm cannot install these; CI and a fresh machine get them here. Needs root or sudo.
set -euo pipefail
need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
command -v xmllint >/dev/null || need+=(libxml2-utils)
((${#need[@]})) || exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "installed: ${need[*]}"
