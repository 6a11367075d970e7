#!/usr/bin/env bash
# Runs the type check and the whole test suite twice: on SQLite (the embedded
# default) and on PostgreSQL (the production store), from Debian's postgresql
# started by scripts/start-postgres.sh (installed when missing). Browser tests use
# Debian's chromium, installed by scripts/ensure-chromium.sh when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit -p .
npx eslint .
# The web chat and Teams tests drive Debian's chromium headless.
CHROMIUM_PATH=$(bash scripts/ensure-chromium.sh)
export CHROMIUM_PATH
echo "== test suite on SQLite"
UTFALL_TEST_DATABASE=sqlite npx vitest run
postgres_url=$(bash scripts/start-postgres.sh)
echo "== test suite on PostgreSQL ($postgres_url)"
UTFALL_TEST_DATABASE=postgresql UTFALL_TEST_POSTGRES_URL=$postgres_url npx vitest run
