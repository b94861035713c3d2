#!/usr/bin/env bash
# Prints the path of a LiveKit server binary for the version pinned in
# infra/livekit/go.mod, building it once from the Go module proxy when it is missing
# (no npm or Debian package carries it). The binary is cached in .tools/, keyed by
# version; Go's module and build caches live in .tools/go so a rebuild is quick.
# Safe to run twice at once: the second run waits on a lock, then finds the binary.
# Progress goes to stderr; stdout is only the path.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE_DIR="$ROOT/infra/livekit"
PACKAGE="github.com/livekit/livekit-server"

VERSION="$(awk -v pkg="$PACKAGE" '$1 == pkg { print $2 } $1 == "require" && $2 == pkg { print $3 }' "$MODULE_DIR/go.mod" | head -n1)"
if [ -z "$VERSION" ]; then
  echo "✗ no $PACKAGE version pinned in infra/livekit/go.mod" >&2
  exit 1
fi
CACHE_DIR="$ROOT/.tools/livekit-server-$VERSION"
BINARY="$CACHE_DIR/livekit-server"

if [ -x "$BINARY" ]; then
  echo "$BINARY"
  exit 0
fi

GO="$(type -P go || true)"
[ -z "$GO" ] && [ -x /usr/local/go/bin/go ] && GO=/usr/local/go/bin/go
if [ -z "$GO" ]; then
  echo "✗ Go is needed to build the LiveKit server $VERSION once (https://go.dev/dl/); or set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET to use another server" >&2
  exit 1
fi

mkdir -p "$ROOT/.tools"
exec 9>"$ROOT/.tools/livekit-server.lock"
flock 9
# Another run may have built it while we waited for the lock.
if [ -x "$BINARY" ]; then
  echo "$BINARY"
  exit 0
fi

echo "› building LiveKit server $VERSION (one time, about 3 minutes)" >&2
mkdir -p "$CACHE_DIR"
partial="$CACHE_DIR/livekit-server.partial.$$"
trap 'rm -f "$partial"' EXIT
(
  cd "$MODULE_DIR"
  export GOTOOLCHAIN=local GOFLAGS="-mod=readonly -modcacherw -buildvcs=false -trimpath" \
    GOMODCACHE="$ROOT/.tools/go/mod" GOCACHE="$ROOT/.tools/go/cache" CGO_ENABLED=0
  "$GO" build -o "$partial" "$PACKAGE/cmd/server"
) >&2
# Renamed into place only when complete, so a crash never leaves a broken binary behind.
mv "$partial" "$BINARY"
echo "$BINARY"
