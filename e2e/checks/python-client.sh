#!/usr/bin/env bash
# Generates a Python client from the served /openapi.json with openapi-python-client (no warnings
# allowed) and runs a consumer's scenario through it.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_installed

client_root="$BUILD_DIR/python-client"
rm -rf "$client_root"
mkdir -p "$client_root" "$E2E_ARTIFACTS_DIR/python-client"
# The generator formats its output with ruff, which it looks for on PATH.
PATH="$VENV/bin:$PATH" generate_without_warnings "$E2E_ARTIFACTS_DIR/python-client/generate.log" \
    openapi-python-client generate \
    --url "$CHANNELS_BASE_URL/openapi.json" \
    --output-path "$client_root/channels_api_client" \
    --meta none
PYTHONPATH="$client_root" "$VENV/bin/python" "$E2E_DIR/python-client/scenario.py"
