#!/usr/bin/env bash
# `npm start`: the whole product on embedded defaults (see README).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$ROOT"
exec tsx scripts/dev-stack.ts "$@"
