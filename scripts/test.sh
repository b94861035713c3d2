#!/usr/bin/env bash
# `npm test`: every check and test, from nothing. Lint and format (Biome), typecheck,
# unit and integration tests against a real Postgres, then end-to-end tests driving
# Debian's Chromium against the real web app and collab server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$ROOT"
bash scripts/ensure-system-deps.sh

echo "› lint and format"
biome ci . --reporter=summary
rm -rf apps/*/test-results packages/*/test-results tests/test-results
# Tests run a real LiveKit server: built once (about 3 minutes), cached in .tools/.
if [ -z "${LIVEKIT_SERVER_BIN:-}" ]; then
  LIVEKIT_SERVER_BIN="$(bash scripts/livekit-server.sh)"
fi
export LIVEKIT_SERVER_BIN
echo "› typecheck, unit and integration tests"
turbo run typecheck test --concurrency=2 --output-logs=errors-only
tsc -p tsconfig.json
echo "› end-to-end"
turbo run test:e2e --output-logs=full
node scripts/test-summary.mjs
