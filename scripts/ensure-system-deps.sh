#!/usr/bin/env bash
# Installs the system packages the tests need when they are missing: Debian's Chromium
# for end-to-end tests. Installing needs root (as on CI); otherwise it says what to do.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: install Debian's 'chromium' package or set CHROMIUM_PATH" >&2
  exit 1
fi
echo "› installing Chromium (apt)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
