#!/usr/bin/env bash
# Removes omnipos for the current user:
#   uninstall.sh                 removes the program, keeps the shop's data
#   uninstall.sh --remove-data   also deletes the shop's data folder (sales, backups, settings)
set -euo pipefail
share="${XDG_DATA_HOME:-$HOME/.local/share}"
rm -rf "$HOME/.local/opt/omnipos" "$share/applications/omnipos.desktop" \
  "$share/icons/hicolor/256x256/apps/omnipos.png"
if [[ -L "$HOME/.local/bin/omnipos" ]]; then rm -f "$HOME/.local/bin/omnipos"; fi
if [[ "${1:-}" == "--remove-data" ]]; then
  read -r -p "Delete ALL shop data in $share/omnipos (sales, backups)? Type yes: " answer
  if [[ "$answer" == "yes" ]]; then rm -rf "$share/omnipos"; echo "Data deleted."; else echo "Data kept."; fi
else
  echo "omnipos removed. The shop's data is kept in $share/omnipos (delete it with --remove-data)."
fi
