#!/usr/bin/env bash
# Generates TypeScript types from the served /openapi.json with openapi-typescript (no warnings
# allowed), type-checks the scenario against them, and runs it with openapi-fetch.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_installed

cd "$E2E_DIR"
rm -rf build/generated build/js
mkdir -p build/generated "$E2E_ARTIFACTS_DIR/ts-client"
# `--default-non-nullable false`: by default openapi-typescript makes every property with a default
# required, also in request bodies, which would force callers to send every defaulted field.
generate_without_warnings "$E2E_ARTIFACTS_DIR/ts-client/generate.log" \
    node_modules/.bin/openapi-typescript "$CHANNELS_BASE_URL/openapi.json" \
    --default-non-nullable false \
    --output build/generated/channels.d.ts
node_modules/.bin/tsc -p tsconfig.json
node build/js/ts-client/scenario.js
