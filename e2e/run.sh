#!/usr/bin/env bash
# Runs the Channels API's end-to-end checks against the real server binary:
#   bash e2e/run.sh                 every check
#   bash e2e/run.sh browser ...     only the named checks (schemathesis, python-client, ts-client, browser)
# Builds nothing: the binary is $CHANNELS_SERVER_BIN or target/debug/channels-server. The tools come
# from e2e/install.sh. The server gets a fresh database and a free port on 127.0.0.1, and is
# stopped at the end. The database is a SQLite file in a temporary folder, or with
# E2E_DATABASE=postgres a new database on $E2E_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432),
# dropped at the end. Reports and screenshots go to $E2E_ARTIFACTS/e2e/<sqlite|postgres>
# (default: ci-artifacts/ in the repository). Exits non-zero if any check failed.
set -uo pipefail

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$E2E_DIR")
SERVER_BIN=${CHANNELS_SERVER_BIN:-$REPO_DIR/target/debug/channels-server}
DATABASE_KIND=${E2E_DATABASE:-sqlite}
POSTGRES_URL=${E2E_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}
ARTIFACTS_DIR="${E2E_ARTIFACTS:-$REPO_DIR/ci-artifacts}/e2e/$DATABASE_KIND"
ALL_CHECKS=(schemathesis python-client ts-client browser)
# Seconds each check may take before it is stopped and counted as failed.
declare -A CHECK_BUDGET=([schemathesis]=300 [python-client]=120 [ts-client]=120 [browser]=180)
READY_TIMEOUT_SECONDS=30

fail_setup() {
    echo "e2e: $*" >&2
    exit 1
}

checks=("$@")
if [ ${#checks[@]} -eq 0 ]; then
    checks=("${ALL_CHECKS[@]}")
fi
for check in "${checks[@]}"; do
    [ -n "${CHECK_BUDGET[$check]:-}" ] || fail_setup "unknown check '$check' (known: ${ALL_CHECKS[*]})"
done

[ -x "$SERVER_BIN" ] || fail_setup "no server binary at $SERVER_BIN (cargo build -p channels-server, or set CHANNELS_SERVER_BIN)"
[ -x "$E2E_DIR/.venv/bin/python" ] && [ -d "$E2E_DIR/node_modules" ] \
    || fail_setup "tools missing: run bash e2e/install.sh first"

rm -rf "$ARTIFACTS_DIR"
mkdir -p "$ARTIFACTS_DIR"
WORK_DIR=$(mktemp -d -t channels-e2e-XXXXXX)
SERVER_LOG="$ARTIFACTS_DIR/server.log"
SERVER_PID=""
POSTGRES_DATABASE=""
case "$DATABASE_KIND" in
    sqlite)
        DATABASE_URL="sqlite://$WORK_DIR/channels.db?mode=rwc"
        ;;
    postgres)
        command -v psql >/dev/null || fail_setup "E2E_DATABASE=postgres needs psql"
        POSTGRES_DATABASE="channels_e2e_$$"
        psql --quiet "$POSTGRES_URL/postgres" -c "CREATE DATABASE $POSTGRES_DATABASE" \
            || fail_setup "could not create database $POSTGRES_DATABASE on $POSTGRES_URL"
        DATABASE_URL="$POSTGRES_URL/$POSTGRES_DATABASE"
        ;;
    *)
        fail_setup "E2E_DATABASE must be sqlite or postgres, not '$DATABASE_KIND'"
        ;;
esac

stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null
        for _ in $(seq 50); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    SERVER_PID=""
}
cleanup() {
    stop_server
    if [ -n "$POSTGRES_DATABASE" ]; then
        psql --quiet "$POSTGRES_URL/postgres" -c "DROP DATABASE IF EXISTS $POSTGRES_DATABASE WITH (FORCE)"
    fi
    rm -rf "$WORK_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PORT=$("$E2E_DIR/.venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE_URL="http://127.0.0.1:$PORT"

echo "e2e: starting $SERVER_BIN on $BASE_URL (log: $SERVER_LOG)"
"$SERVER_BIN" --bind "127.0.0.1:$PORT" --database-url "$DATABASE_URL" >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!

ready=""
for _ in $(seq $((READY_TIMEOUT_SECONDS * 5))); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        tail -n 30 "$SERVER_LOG" >&2
        fail_setup "the server exited during start-up"
    fi
    if curl --silent --fail --max-time 2 "$BASE_URL/readyz" >/dev/null; then
        ready=yes
        break
    fi
    sleep 0.2
done
[ -n "$ready" ] || { tail -n 30 "$SERVER_LOG" >&2; fail_setup "/readyz did not answer 200 within ${READY_TIMEOUT_SECONDS}s"; }

API_KEY=$("$SERVER_BIN" keys create --tenant e2e --database-url "$DATABASE_URL" 2>>"$ARTIFACTS_DIR/keys.log") \
    || fail_setup "creating an API key failed (see $ARTIFACTS_DIR/keys.log)"
[ -n "$API_KEY" ] && [ "$(printf '%s\n' "$API_KEY" | wc -l)" -eq 1 ] \
    || fail_setup "'keys create' must print the key as its only stdout line"

passed=()
failed=()
for check in "${checks[@]}"; do
    budget=${CHECK_BUDGET[$check]}
    echo
    echo "=== e2e check: $check (at most ${budget}s)"
    started=$SECONDS
    CHANNELS_BASE_URL="$BASE_URL" CHANNELS_API_KEY="$API_KEY" E2E_ARTIFACTS_DIR="$ARTIFACTS_DIR" \
        timeout --kill-after=10 "$budget" bash "$E2E_DIR/checks/$check.sh"
    status=$?
    if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
        echo "=== $check: stopped after ${budget}s"
    fi
    if [ "$status" -eq 0 ]; then
        passed+=("$check")
        echo "=== $check: passed in $((SECONDS - started))s"
    else
        failed+=("$check")
        echo "=== $check: FAILED (exit $status) in $((SECONDS - started))s"
    fi
done

# Whatever the checks sent, the server must still be up and must not have panicked.
echo
if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    failed+=("server-survived")
    echo "=== the server exited during the checks (see $SERVER_LOG)"
elif grep -q 'panicked' "$SERVER_LOG"; then
    failed+=("server-survived")
    echo "=== the server panicked during the checks:"
    grep -m 5 -A 3 'panicked' "$SERVER_LOG"
else
    passed+=("server-survived")
fi
stop_server

echo
echo "e2e artifacts (reports, screenshots, server log): $ARTIFACTS_DIR"
[ ${#failed[@]} -eq 0 ] || echo "e2e failed checks: ${failed[*]}"
echo "e2e: ${#passed[@]} passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
