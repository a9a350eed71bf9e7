#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server for the store tests.
#
#   bash .ci/postgres.sh make test
#
# Installs PostgreSQL from Debian if it is missing, creates a cluster in a temporary directory
# listening on 127.0.0.1 on a free port, exports MULTIVECTOR_TEST_PG_URL for the command, and
# stops and deletes the cluster when the command ends (whatever its outcome). The command's exit
# status is the script's.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$d" && -x "$d/initdb" ]]; then echo "$d"; return; fi
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
}

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

BINDIR=$(find_bindir)
if [[ -z "${BINDIR:-}" ]]; then
    log "PostgreSQL not found; installing it from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
    BINDIR=$(find_bindir)
fi
[[ -n "${BINDIR:-}" ]] || { log "no initdb after installing postgresql"; exit 1; }

WORK=$(mktemp -d -t mv-pg.XXXXXX)
RUN=()
if [[ $(id -u) -eq 0 ]]; then
    # initdb refuses to run as root: run the server as the postgres (or nobody) user.
    PGUSER_OS=postgres
    id "$PGUSER_OS" >/dev/null 2>&1 || PGUSER_OS=nobody
    chown "$PGUSER_OS" "$WORK"
    RUN=(runuser -u "$PGUSER_OS" --)
fi
chmod 755 "$WORK"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

stop() {
    "${RUN[@]}" "$BINDIR/pg_ctl" -D "$WORK/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap stop EXIT

"${RUN[@]}" "$BINDIR/initdb" -D "$WORK/data" -U mv --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
    || "${RUN[@]}" "$BINDIR/initdb" -D "$WORK/data" -U mv --auth=trust -E UTF8 --locale=C >"$WORK/initdb.log" 2>&1 \
    || { cat "$WORK/initdb.log" >&2; exit 1; }
"${RUN[@]}" "$BINDIR/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $WORK -c fsync=off -c full_page_writes=off" start >/dev/null \
    || { cat "$WORK/server.log" >&2; exit 1; }

export MULTIVECTOR_TEST_PG_URL="postgresql://mv@127.0.0.1:$PORT/postgres"
log "PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"
set +e
"$@"
status=$?
set -e
exit $status
