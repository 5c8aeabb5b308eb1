#!/usr/bin/env bash
# One command for a newcomer: set everything up, then open the till on the embedded demo shop.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/installer/setup.sh"
exec "$here/.venv/bin/pos" --demo "$@"
