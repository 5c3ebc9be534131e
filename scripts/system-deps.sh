#!/usr/bin/env bash
# Debian/Ubuntu packages AkutDesk needs outside Python: Qt's libraries (offscreen and on a
# desktop), fonts, poppler's pdftoppm/pdfsig and NSS's certutil (pdfsig's trust store) for
# the document checks, the sqlite3 shell (the encryption test shows it cannot read the
# store), and venv support.
# Installs what is missing when run as root; otherwise prints the exact apt line and fails.
set -euo pipefail

packages=(
  libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core poppler-utils libnss3-tools sqlite3
)
if ! command -v dpkg >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; install Qt 6's runtime libraries and poppler yourself." >&2
  exit 0
fi
if ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
  packages+=(python3-venv)
fi
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
line="apt-get install -y ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "system-deps: missing system packages. Run:" >&2
  echo "  sudo $line" >&2
  exit 1
fi
