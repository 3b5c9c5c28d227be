#!/usr/bin/env bash
# Swagger UI (/docs/) and ReDoc (/redoc) in headless Chromium; screenshots in the artifacts folder.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_installed

cd "$E2E_DIR"
rm -rf build/browser
mkdir -p "$E2E_ARTIFACTS_DIR/browser"
node_modules/.bin/tsc -p browser/tsconfig.json
E2E_ARTIFACTS_DIR="$E2E_ARTIFACTS_DIR/browser" node build/browser/docs-ui.js
