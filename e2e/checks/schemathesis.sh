#!/usr/bin/env bash
# Property-based and stateful testing of the running server against its own /openapi.json:
# every schemathesis check, a bounded number of examples per operation, and the spec's links
# (create_channel 201 -> get/update/delete) for stateful sequences.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_installed

report_dir="$E2E_ARTIFACTS_DIR/schemathesis"
mkdir -p "$report_dir"
# Schemathesis and Hypothesis keep working files in the current folder: keep them out of the tree.
cd "$report_dir"
# A fixed seed makes a failure reproducible; SCHEMATHESIS_SEED=random explores new inputs.
seed_args=()
if [ "${SCHEMATHESIS_SEED:-1}" != random ]; then
    seed_args=(--seed "${SCHEMATHESIS_SEED:-1}")
fi

SCHEMATHESIS_HOOKS="$E2E_DIR/schemathesis/hooks.py" "$VENV/bin/schemathesis" \
    --config-file "$E2E_DIR/schemathesis/schemathesis.toml" \
    run \
    "$CHANNELS_BASE_URL/openapi.json" \
    --url "$CHANNELS_BASE_URL" \
    --header "Authorization: Bearer $CHANNELS_API_KEY" \
    --checks all \
    --phases examples,coverage,fuzzing,stateful \
    --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-100}" \
    "${seed_args[@]}" \
    --workers 2 \
    --request-timeout 10 \
    --report junit,har \
    --report-dir "$report_dir"
