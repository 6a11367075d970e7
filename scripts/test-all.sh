#!/usr/bin/env bash
# Runs the type check, the lint and the whole test suite twice: on SQLite (the
# embedded default) and on PostgreSQL (the production store), from Debian's postgresql
# started by scripts/start-postgres.sh (installed when missing). Browser tests use
# Debian's chromium, installed by scripts/ensure-chromium.sh when missing. Each vitest
# run first builds dist/ (test/support/build-dist.ts), so the built CLI and server the
# tests start are never older than src/.
# Every step runs even when an earlier one fails (a SQLite failure must not hide the
# PostgreSQL result); the summary at the end lists each, and the exit status is 1 if
# any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

declare -a names=() results=() seconds=()
step() {
  local name=$1
  shift
  echo "== $name"
  local started=$SECONDS
  "$@"
  local status=$?
  names+=("$name")
  seconds+=($((SECONDS - started)))
  results+=("$([ "$status" = 0 ] && echo passed || echo "FAILED (exit $status)")")
}

step "type check" npx tsc --noEmit -p .
step "lint" npx eslint .
# The web chat and Teams tests drive Debian's chromium headless.
CHROMIUM_PATH=$(bash scripts/ensure-chromium.sh) || CHROMIUM_PATH=
export CHROMIUM_PATH
# Each pass also writes a JSON report, whose failures are printed last (CI keeps the tail).
reports=.test-results
rm -rf "$reports" && mkdir -p "$reports"
json_report() { echo --reporter=default --reporter=json --outputFile.json="$reports/$1.json"; }
step "test suite on SQLite" env UTFALL_TEST_DATABASE=sqlite npx vitest run $(json_report sqlite)
if postgres_url=$(bash scripts/start-postgres.sh); then
  # Only the files that use the test database run again here; the rest never open it, and
  # ran above (scripts/tests-using-database.mjs finds them from the imports).
  mapfile -t database_tests < <(node scripts/tests-using-database.mjs)
  echo "PostgreSQL: $(node scripts/tests-using-database.mjs --summary)"
  step "test suite on PostgreSQL ($postgres_url), the ${#database_tests[@]} files that use it" env UTFALL_TEST_DATABASE=postgresql UTFALL_TEST_POSTGRES_URL="$postgres_url" npx vitest run $(json_report postgresql) "${database_tests[@]}"
else
  names+=("test suite on PostgreSQL"); seconds+=(0); results+=("FAILED (PostgreSQL did not start)")
fi

echo
echo "== summary"
failed=0
for index in "${!names[@]}"; do
  printf '%-60s %-24s %5ss\n' "${names[$index]}" "${results[$index]}" "${seconds[$index]}"
  [ "${results[$index]}" = passed ] || failed=1
done
printf '%-60s %-24s %5ss\n' "total" "" "$SECONDS"
if [ "$failed" = 1 ]; then
  echo
  echo "== failed tests"
  node scripts/print-test-failures.mjs "SQLite=$reports/sqlite.json" "PostgreSQL=$reports/postgresql.json"
fi
exit "$failed"
