#!/usr/bin/env bash
# Installs (or upgrades) omnipos from this unpacked folder for the current user:
#   ./install.sh            program in ~/.local/opt/omnipos, menu entry, `omnipos` command
# An upgrade replaces only the program; the shop's data (~/.local/share/omnipos/shop.sqlite3,
# backups/, store.json) stays, and the new version upgrades the database at its first start,
# after copying it to backups/.
set -euo pipefail
src="$(cd "$(dirname "$0")" && pwd)"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/omnipos"
new="$target.new.$$"
mkdir -p "$HOME/.local/opt" "$share/applications" "$share/icons/hicolor/256x256/apps" "$HOME/.local/bin"
cp -a "$src" "$new"
rm -rf "$target.old"
if [[ -d "$target" ]]; then mv "$target" "$target.old"; fi
mv "$new" "$target"          # the old program stays usable until this rename
rm -rf "$target.old"
install -m 0644 "$target/omnipos.png" "$share/icons/hicolor/256x256/apps/omnipos.png"
sed "s|^Exec=.*|Exec=\"$target/omnipos\"|" "$target/omnipos.desktop" > "$share/applications/omnipos.desktop"
ln -sf "$target/omnipos" "$HOME/.local/bin/omnipos"
echo "omnipos $("$target/omnipos" --version | awk '{print $2}') installed in $target"
echo "Start it from the menu (omnipos) or with: omnipos"
