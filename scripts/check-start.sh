#!/usr/bin/env bash
# Proves README's start command the way a newcomer runs it: `npm start` on this checkout,
# as the first command, then what a visitor would do: the health check reports the
# database, the demo interviewer signs in and the prompt bank lists seeded prompts.
# Finally it stops the stack with Ctrl-C (SIGINT) and checks that everything exited.
# Used by .ci/run before `npm test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT="${PORT:-3000}"
BASE="http://127.0.0.1:$PORT"
LOG="$(mktemp -t mockboard-start.XXXXXX.log)"
JAR="$(mktemp -t mockboard-cookies.XXXXXX)"
LIMIT_SECONDS="${START_LIMIT_SECONDS:-1500}"

say() { echo "check-start│ $*"; }
fail() {
  say "✗ $*"
  say "last lines of the start log ($LOG):"
  tail -n 40 "$LOG" | sed 's/^/  /'
  stop_stack
  exit 1
}

# setsid: the stack gets its own process group, so Ctrl-C reaches npm and its children
# the way a terminal would deliver it.
setsid npm start >"$LOG" 2>&1 &
STACK_PID=$!

stop_stack() {
  if kill -0 "$STACK_PID" 2>/dev/null; then
    kill -INT -- "-$STACK_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$STACK_PID" 2>/dev/null || return 0; sleep 1; done
    say "stack still running 60 s after Ctrl-C; killing it"
    kill -KILL -- "-$STACK_PID" 2>/dev/null || true
    return 1
  fi
}

say "npm start (log: $LOG)"
started=$SECONDS
until curl -fsS "$BASE/api/health" 2>/dev/null | grep -q '"status":"ok"'; do
  kill -0 "$STACK_PID" 2>/dev/null || fail "npm start exited before the app was healthy"
  ((SECONDS - started < LIMIT_SECONDS)) || fail "no healthy /api/health after $LIMIT_SECONDS s"
  sleep 2
done
say "healthy after $((SECONDS - started)) s"

csrf=$(curl -fsS -c "$JAR" "$BASE/api/auth/csrf" | sed -n 's/.*"csrfToken":"\([^"]*\)".*/\1/p')
[ -n "$csrf" ] || fail "no CSRF token from /api/auth/csrf"
curl -fsS -o /dev/null -b "$JAR" -c "$JAR" \
  --data-urlencode "csrfToken=$csrf" \
  --data-urlencode "email=interviewer@mockboard.dev" \
  --data-urlencode "password=mockboard-demo" \
  "$BASE/api/auth/callback/credentials" || fail "demo sign-in request failed"
grep -q "session-token" "$JAR" || fail "the demo interviewer could not sign in"
prompts=$(curl -fsS -b "$JAR" "$BASE/prompts" | grep -o 'href="/prompts/[a-z0-9-]*"' | sort -u | wc -l)
((prompts > 10)) || fail "the prompt bank lists $prompts prompts; the seed did not run"
say "demo interviewer signed in; the catalogue links $prompts prompts"

stop_stack || fail "the stack did not stop on Ctrl-C"
if curl -fsS -o /dev/null "$BASE/api/health" 2>/dev/null; then fail "the web app still answers after stopping"; fi
say "stopped cleanly"
rm -f "$JAR"
