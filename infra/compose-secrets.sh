#!/bin/sh
# Writes random secrets for `docker compose up` into .env beside docker-compose.yml (git-
# and docker-ignored), keeping any already there. Run it once; compose refuses to start
# without these, and the web app refuses placeholders.
set -eu
cd "$(dirname "$0")/.."
touch .env
chmod 600 .env
random() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }
add() {
  if grep -q "^$1=" .env; then
    echo "compose-secrets: $1 already set in .env"
  else
    printf '%s=%s\n' "$1" "$2" >>.env
    echo "compose-secrets: $1 written to .env"
  fi
}
add NEXTAUTH_SECRET "$(random 32)"
add BOARD_TOKEN_SECRET "$(random 32)"
add POSTGRES_PASSWORD "$(random 24)"
add LIVEKIT_API_KEY "API$(random 6)"
add LIVEKIT_API_SECRET "$(random 32)"
add HEALTH_TOKEN "$(random 32)"
