# A throwaway PostgreSQL cluster on loopback for the catalog server's PostgreSQL tests.
# Sets TD_TEST_POSTGRES (a connection string) when the server is up; tests skip that mode otherwise.
# shellcheck shell=bash

td_start_test_postgres() {
    local bindir
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    if [ -z "$bindir" ]; then
        td_say "PostgreSQL is not installed: the PostgreSQL-mode tests will be skipped."
        return 0
    fi
    TD_PG_DIR=$(mktemp -d /tmp/trainingdesk-pg.XXXXXX)
    local port=55432
    local run_as=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$TD_PG_DIR"
        run_as=(runuser -u postgres --)
    fi
    "${run_as[@]}" "$bindir/initdb" -D "$TD_PG_DIR/data" -U trainingdesk --auth=trust >/dev/null
    "${run_as[@]}" "$bindir/pg_ctl" -D "$TD_PG_DIR/data" -l "$TD_PG_DIR/log" -w \
        -o "-k $TD_PG_DIR -h 127.0.0.1 -p $port" start >/dev/null
    export TD_TEST_POSTGRES="host=127.0.0.1 port=$port user=trainingdesk dbname=postgres"
    export TD_PG_BINDIR="$bindir"
    td_say "PostgreSQL for tests on 127.0.0.1:$port"
}

td_stop_test_postgres() {
    if [ -n "${TD_PG_DIR:-}" ] && [ -d "$TD_PG_DIR/data" ]; then
        local run_as=()
        if [ "$(id -u)" -eq 0 ]; then run_as=(runuser -u postgres --); fi
        "${run_as[@]}" "$TD_PG_BINDIR/pg_ctl" -D "$TD_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
        rm -rf "$TD_PG_DIR"
    fi
}
