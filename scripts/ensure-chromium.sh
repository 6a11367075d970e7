#!/usr/bin/env bash
# Makes sure Debian's chromium is installed (the browser tests drive it headless
# through playwright-core, which downloads nothing) and prints its path.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium from Debian…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
fi
command -v chromium
