#!/usr/bin/env bash
# One command: set up everything (system packages, PostgreSQL, Medusa) and run the whole suite.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
installer/setup.sh --medusa
export QT_QPA_PLATFORM=offscreen
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
# pytest exits 5 when it collected nothing: that is a failure for us, not a pass
exit $rc
