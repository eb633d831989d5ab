#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests; sourced by scripts/test.
#   start_test_server   initdb + pg_ctl start in a temporary folder, on 127.0.0.1 and a free port, trust
#                       authentication for the local user only; exports FREELANCE_DESK_TEST_POSTGRES
#                       (the URL the server tests use). Returns 1, saying why, when PostgreSQL is missing.
#   stop_test_server    stops it and removes the folder (also run on exit).
# As root (CI), the server runs as the "postgres" user, which initdb requires.

PG_DIR=""
PG_AS=()

find_pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

start_test_server() {
  local bin; bin="$(find_pg_bin)" || { log "PostgreSQL is not installed here: the server tests are skipped"; return 1; }
  PG_DIR="$(mktemp -d -t freelance-desk-pg.XXXXXX)"
  local user; user="$(id -un)"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { log "no postgres user to run PostgreSQL as: the server tests are skipped"; return 1; }
    chown postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
    user=postgres
  fi
  local port; port="$("$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  if ! "${PG_AS[@]}" "$bin/initdb" -D "$PG_DIR/data" -A trust -U "$user" --no-instructions >"$PG_DIR/initdb.log" 2>&1; then
    log "initdb failed (see $PG_DIR/initdb.log): the server tests are skipped"; return 1
  fi
  if ! "${PG_AS[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -s \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off" start; then
    log "PostgreSQL did not start (see $PG_DIR/server.log): the server tests are skipped"; return 1
  fi
  export FREELANCE_DESK_TEST_POSTGRES="postgresql://$user@127.0.0.1:$port/postgres"
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the server tests on 127.0.0.1:$port"
}

stop_test_server() {
  [ -n "$PG_DIR" ] || return 0
  local bin; bin="$(find_pg_bin)" || return 0
  "${PG_AS[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m immediate -s stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
