#!/usr/bin/env bash
# Installs Debian's chromium and a Chinese font (for the compliance report's browser test) when chromium is missing.
# Idempotent; uses sudo only when not root. Called from .ci/run before the build.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "chromium present: $(command -v chromium)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium fonts-wqy-zenhei
command -v chromium
