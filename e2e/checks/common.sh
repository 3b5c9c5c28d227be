# Sourced by every check: the environment a check runs in, and small helpers.
# A check talks to an already running server given by CHANNELS_BASE_URL with the bearer key
# CHANNELS_API_KEY, and writes what it produces under E2E_ARTIFACTS_DIR.
set -euo pipefail

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$E2E_DIR/.venv"
BUILD_DIR="$E2E_DIR/build"

: "${CHANNELS_BASE_URL:?the server under test, e.g. http://127.0.0.1:8000}"
: "${CHANNELS_API_KEY:?a bearer key of the server under test}"
: "${E2E_ARTIFACTS_DIR:?where to write reports and screenshots}"
export CHANNELS_BASE_URL CHANNELS_API_KEY E2E_ARTIFACTS_DIR

require_installed() {
    if [ ! -x "$VENV/bin/schemathesis" ] || [ ! -d "$E2E_DIR/node_modules/playwright-core" ]; then
        echo "e2e tools are not installed: run bash e2e/install.sh" >&2
        exit 1
    fi
}

# Runs a code generator, keeps its output in a log, and fails if it said anything about a warning:
# a generator that warns has skipped or guessed part of the document.
generate_without_warnings() {
    local log=$1
    shift
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        echo "generator failed: $*" >&2
        return 1
    fi
    cat "$log"
    if grep -qi 'warn' "$log"; then
        echo "generator warned (see above): $*" >&2
        return 1
    fi
}
