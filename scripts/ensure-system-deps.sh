#!/usr/bin/env bash
# Installs the system packages the tests need when they are missing: Debian's Chromium for
# end-to-end tests, nginx and redis-server for the cluster tests (nginx in front of several
# nodes; Redis for LiveKit's distributed mode). Installing needs root (as on CI); otherwise it
# says what to do. Package services are never started: the project runs nginx and Redis
# itself, with its own config, on loopback ports.
set -euo pipefail
packages=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  packages+=(chromium fonts-dejavu-core)
fi
if [ ! -x /usr/sbin/nginx ] && ! command -v nginx >/dev/null 2>&1; then packages+=(nginx); fi
if ! command -v redis-server >/dev/null 2>&1; then packages+=(redis-server); fi
[ "${#packages[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages: install Debian's ${packages[*]} (or set CHROMIUM_PATH for Chromium)" >&2
  exit 1
fi
echo "› installing ${packages[*]} (apt)"
export DEBIAN_FRONTEND=noninteractive
# Keep apt from starting the packaged services (nginx on port 80, Redis on 6379): a
# policy-rc.d that refuses every start, unless the machine already has one.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
