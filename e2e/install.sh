#!/usr/bin/env bash
# Installs everything the e2e checks need, pinned: Python tools in e2e/.venv, npm packages in
# e2e/node_modules (from package-lock.json) and Debian's Chromium. Safe to run again: each step is
# skipped when what it installs is already there and up to date. Any failure stops the script.
set -euo pipefail

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PYTHON=${PYTHON:-python3}
VENV="$E2E_DIR/.venv"

step() { printf '==> %s\n' "$*"; }

# A stamp holding the hash of the manifest the last install used, so an unchanged manifest is a no-op.
manifest_changed() {
    local manifest=$1 stamp=$2
    [ ! -f "$stamp" ] || [ "$(sha256sum "$manifest" | cut -d' ' -f1)" != "$(cat "$stamp")" ]
}
record_manifest() {
    sha256sum "$1" | cut -d' ' -f1 >"$2"
}

step "Python tools (schemathesis, openapi-python-client) in $VENV"
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
if manifest_changed "$E2E_DIR/requirements.txt" "$VENV/.requirements.sha256"; then
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$E2E_DIR/requirements.txt"
    record_manifest "$E2E_DIR/requirements.txt" "$VENV/.requirements.sha256"
fi
"$VENV/bin/schemathesis" --version
"$VENV/bin/openapi-python-client" --version

step "npm packages (openapi-typescript, openapi-fetch, playwright-core, typescript) in $E2E_DIR/node_modules"
if manifest_changed "$E2E_DIR/package-lock.json" "$E2E_DIR/node_modules/.lock.sha256"; then
    (cd "$E2E_DIR" && npm ci --no-audit --no-fund)
    record_manifest "$E2E_DIR/package-lock.json" "$E2E_DIR/node_modules/.lock.sha256"
fi
(cd "$E2E_DIR" && npm ls --depth=0 >/dev/null)

step "Chromium (Debian package) at /usr/bin/chromium"
if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install.sh: /usr/bin/chromium is missing and installing it needs root (apt-get install chromium)" >&2
        exit 1
    fi
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-liberation
fi
/usr/bin/chromium --version 2>/dev/null

step "e2e tools installed"
