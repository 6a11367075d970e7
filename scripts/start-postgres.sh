#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server from Debian's `postgresql` package for the
# tests and benchmarks, and prints its DATABASE_URL on stdout. Installs the package
# when it is missing (CI starts on a clean machine). Idempotent: a server already
# running in the same folder is reused.
#   PGTEST_DIR   folder for the cluster (default /tmp/utfall-pg)
#   PGTEST_PORT  port (default 55432)
set -euo pipefail
dir=${PGTEST_DIR:-/tmp/utfall-pg}
port=${PGTEST_PORT:-55432}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "start-postgres: installing Debian's postgresql" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
fi
bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")

# PostgreSQL refuses to run as root; run it as the package's `postgres` user then.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ ! -f "$dir/data/PG_VERSION" ]; then
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
fi
if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >&2
fi
echo "postgresql://postgres@127.0.0.1:$port/postgres"
