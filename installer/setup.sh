#!/usr/bin/env bash
# Sets up a development/test machine from scratch: system packages, a venv, the app.
#   installer/setup.sh            app + test dependencies
#   installer/setup.sh --medusa   also PostgreSQL and the Medusa store used by the sync tests
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"

APT_PACKAGES=(
  # Qt offscreen + xcb (a real window under Xvfb)
  libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-shm0 libxcb-sync1
  libxcb-xfixes0 libx11-xcb1 xvfb xauth
  # the screen-fit test: a window manager on Xvfb, and xprop to wait for it
  openbox x11-utils
  # receipts: a Unicode font with Vietnamese, QR read-back in tests, USB printers
  fonts-dejavu-core libzbar0 libusb-1.0-0
  # serial scanner tests, sqlite shell for support
  socat sqlite3
)
if [[ "${1:-}" == "--medusa" ]]; then
  APT_PACKAGES+=(postgresql nodejs npm)
fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  # node/npm may already come from elsewhere (e.g. nodesource); don't fight it
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
  fi
  missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
  if ((${#missing[@]})); then
    echo "== installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

PY="${PYTHON:-python3}"
if [[ ! -x .venv/bin/python ]]; then
  echo "== creating .venv"
  "$PY" -m venv .venv
fi
echo "== installing omnipos into .venv"
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[test]"
echo "== building translations (resources/i18n/*.qm)"
.venv/bin/python -m pos.i18n build

if [[ "${1:-}" == "--medusa" && -x installer/setup-medusa.sh ]]; then
  installer/setup-medusa.sh
fi
