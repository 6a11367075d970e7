#!/usr/bin/env bash
# Runs the type check and the whole test suite. Tests that need PostgreSQL get
# their server from scripts/start-postgres.sh (installed from Debian if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit -p .
npx vitest run
