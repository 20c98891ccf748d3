#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite, on 127.0.0.1 and a free port.
#
#   eval "$(scripts/pg_test_cluster.sh start DIR)"   # initdb + start; prints the exports
#   scripts/pg_test_cluster.sh stop DIR              # stop it (the folder is left to remove)
#
# `start` prints TYOLLISTAMO_TEST_POSTGRES (the URL the tests use) and
# TYOLLISTAMO_TEST_PGDATA (the cluster folder, so a test can stop and restart
# the server). Run as root, the cluster belongs to the `postgres` user
# (initdb refuses to run as root): initdb and pg_ctl run through runuser, and
# the socket and log folders are owned by postgres. Run as an ordinary user, it
# belongs to that user. Needs Debian's `postgresql` package (or PG_BIN pointing
# at a folder with initdb and pg_ctl).
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

if [ -z "${PG_BIN:-}" ]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
  echo "$0: PostgreSQL not found (apt-get install postgresql, or set PG_BIN)" >&2
  exit 1
fi

if [ "$(id -u)" = 0 ]; then
  owner=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  owner=$(id -un)
  as_owner() { "$@"; }
fi

data="$dir/data"
case "$command" in
  start)
    mkdir -p "$dir/socket" "$dir/log"
    chown "$owner" "$dir" "$dir/socket" "$dir/log"
    chmod 700 "$dir"
    as_owner "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 \
      --locale=C.UTF-8 >"$dir/log/initdb.log"
    python=$(command -v python3 || command -v python)
    port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # Settings go into the cluster's own configuration, so that a test that
    # stops and starts the server (pg_ctl start) gets the same ones back.
    # Durability is pointless for a throwaway cluster; speed is not.
    cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
    as_owner "$PG_BIN/pg_ctl" -D "$data" -l "$dir/log/server.log" -w -t 60 start >/dev/null
    echo "$port" >"$dir/port"
    echo "export TYOLLISTAMO_TEST_POSTGRES=postgresql://postgres@127.0.0.1:$port/postgres"
    echo "export TYOLLISTAMO_TEST_PGDATA=$data"
    ;;
  stop)
    if [ -f "$data/postmaster.pid" ]; then
      as_owner "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null
    fi
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
