#!/usr/bin/env bash
# Chromium (browser tests), xmllint (SCORM manifest validation) and fonts for the scripts the certificate test
# writes names in (Vietnamese, Arabic, Chinese), from Debian's packages. npm cannot install these; CI and a fresh
# machine get them here. Needs root or sudo.
set -euo pipefail
need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
command -v xmllint >/dev/null || need+=(libxml2-utils)
has_font() { command -v fc-list >/dev/null && [ -n "$(fc-list ":lang=$1")" ]; }
# DejaVu covers Latin with Vietnamese accents and Arabic; WenQuanYi Micro Hei (1.6 MB) is Debian's smallest Chinese font.
{ has_font vi && has_font ar; } || need+=(fonts-dejavu-core)
has_font zh || need+=(fonts-wqy-microhei)
((${#need[@]})) || exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "installed: ${need[*]}"
