#!/usr/bin/env bash
# Prepares the Medusa v2 store used by the sync tests (tests/medusa_server) and checks that the
# PostgreSQL server binaries are there. Idempotent: npm runs only when node_modules is missing
# or package.json / node / npm changed since the last successful install (stamp file).
# Called by `installer/setup.sh --medusa`; safe to run by hand.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
srv="$here/tests/medusa_server"

die() { echo "setup-medusa: $*" >&2; exit 1; }

# -- PostgreSQL: the tests start a private cluster with initdb/pg_ctl (no system service needed)
pg_bin=""
if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
  pg_bin="$(pg_config --bindir)"
fi
if [[ -z "$pg_bin" ]]; then
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && { pg_bin="$d"; break; }
  done
fi
[[ -n "$pg_bin" ]] || die "PostgreSQL server binaries (initdb, pg_ctl) not found; install the 'postgresql' package"
for b in initdb pg_ctl postgres psql; do
  [[ -x "$pg_bin/$b" ]] || die "$pg_bin/$b is missing"
done
if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
  die "running as root but there is no 'postgres' user to run initdb as"
fi
echo "== PostgreSQL binaries: $pg_bin ($("$pg_bin/postgres" --version))"

# -- Node + npm
command -v node >/dev/null 2>&1 || die "node not found (Node 20+ needed)"
command -v npm >/dev/null 2>&1 || die "npm not found"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
(( node_major >= 20 )) || die "Node $(node -v) is too old: Medusa 2.21 needs Node 20+"

plugin="$here/sync/medusa-plugin"
plugin_dest="$srv/node_modules/@omnipos/medusa-pos"

# -- the omnipos POS plugin (sync/medusa-plugin): built with `medusa plugin:build` against the
# test store's node_modules (linked, not installed twice), then installed into the store as a
# copy of its package (package.json + .medusa/server), as `npm install <packed plugin>` would.
# medusa-config.js loads it only when OMNIPOS_POS_PLUGIN=1, so plugin and plugin-less stores run
# side by side from one install. Rebuilt only when its sources changed (stamp file).
install_plugin() {
  local want_p have_p
  want_p="$(cd "$plugin" && find package.json tsconfig.json src -type f | sort | xargs cat | sha256sum | cut -d' ' -f1)"
  have_p="$(cat "$plugin_dest/.omnipos-plugin-stamp" 2>/dev/null || true)"
  if [[ "$have_p" == "$want_p" && -f "$plugin_dest/.medusa/server/src/api/admin/pos/sales/batch/route.js" ]]; then
    echo "== POS plugin: installed and up to date"
    return
  fi
  echo "== POS plugin: medusa plugin:build in sync/medusa-plugin"
  ln -sfn "$srv/node_modules" "$plugin/node_modules"
  (cd "$plugin" && ./node_modules/.bin/medusa plugin:build) >"$srv/node_modules/.omnipos-plugin-build.log" 2>&1 \
    || { tail -40 "$srv/node_modules/.omnipos-plugin-build.log" >&2; die "the POS plugin did not build"; }
  [[ -f "$plugin/.medusa/server/src/api/admin/pos/sales/batch/route.js" ]] || die "the POS plugin build wrote no route"
  rm -rf "$plugin_dest"
  mkdir -p "$plugin_dest"
  cp "$plugin/package.json" "$plugin_dest/"
  cp -r "$plugin/.medusa" "$plugin_dest/"
  echo "$want_p" > "$plugin_dest/.omnipos-plugin-stamp"
  echo "== POS plugin installed in tests/medusa_server/node_modules/@omnipos/medusa-pos"
}

# -- npm install in tests/medusa_server, only when needed
cd "$srv"
stamp="node_modules/.omnipos-setup-stamp"
want="$(cat package.json medusa-config.js | sha256sum | cut -d' ' -f1) node-$(node -v) npm-$(npm -v 2>/dev/null)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x node_modules/.bin/medusa ]]; then
  echo "== Medusa test store: node_modules up to date"
  install_plugin
  exit 0
fi
echo "== Medusa test store: npm install in tests/medusa_server (uses the ~/.npm cache)"
start=$SECONDS
# No committed lock file: the lock npm writes here lacks other platforms' optional packages, so
# `npm ci` refuses it. Exact versions of the Medusa packages are pinned in package.json.
npm install --no-audit --no-fund --prefer-offline --loglevel=error
[[ -x node_modules/.bin/medusa ]] || die "npm install finished but node_modules/.bin/medusa is missing"
echo "$want" > "$stamp"
rm -f "$plugin_dest/.omnipos-plugin-stamp"  # npm may have pruned the copied plugin
install_plugin
echo "== Medusa test store ready in $((SECONDS - start)) s"
