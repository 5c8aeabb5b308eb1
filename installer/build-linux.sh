#!/usr/bin/env bash
# Builds omnipos for Linux as a one-folder app with PyInstaller:
#   installer/build-linux.sh [--dist DIR] [--work DIR] [--no-archive]
# Result: DIR/omnipos/ (run DIR/omnipos/omnipos; install with DIR/omnipos/install.sh) and
# DIR/omnipos-VERSION-linux-ARCH.tar.gz. DIR defaults to dist/.
# Needs the venv from installer/setup.sh (PyInstaller comes with the test extras) and the
# DejaVu fonts package (fonts-dejavu-core), which is copied into the bundle.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
dist="$here/dist"; work="$here/build/pyinstaller"; archive=1
while (($#)); do
  case "$1" in
    --dist) dist="$(realpath -m "$2")"; shift 2 ;;
    --work) work="$(realpath -m "$2")"; shift 2 ;;
    --no-archive) archive=0; shift ;;
    *) echo "unknown option $1 (use --dist DIR, --work DIR, --no-archive)" >&2; exit 2 ;;
  esac
done
PY="${PYTHON:-$here/.venv/bin/python}"
font_dir="${OMNIPOS_FONT_DIR:-/usr/share/fonts/truetype/dejavu}"
if [[ ! -f "$font_dir/DejaVuSans.ttf" ]]; then
  echo "DejaVu fonts not found in $font_dir: apt install fonts-dejavu-core" >&2
  exit 1
fi
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "PyInstaller is missing: run installer/setup.sh (it installs the test extras)" >&2
  exit 1
fi

start=$(date +%s)
OMNIPOS_FONT_DIR="$font_dir" "$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" installer/omnipos.spec
app="$dist/omnipos"
install -m 0644 installer/omnipos.desktop "$app/omnipos.desktop"
install -m 0644 resources/icons/omnipos.png "$app/omnipos.png"
install -m 0755 installer/linux/install.sh installer/linux/uninstall.sh "$app/"
version="$("$app/omnipos" --version | awk '{print $2}')"
echo "== built $app ($(du -sh "$app" | cut -f1), omnipos $version) in $(( $(date +%s) - start )) s"
if ((archive)); then
  tarball="$dist/omnipos-$version-linux-$(uname -m).tar.gz"
  tar -C "$dist" -czf "$tarball" omnipos
  echo "== archive $tarball ($(du -sh "$tarball" | cut -f1))"
fi
