//! Adding an operation to the Channels API document adds a trait method, a route and the
//! operation's types (its response enum among them) to the generated crates.

use std::path::PathBuf;

use openapi_codegen::load::{Document, parse_yaml};
use openapi_codegen::{GenerateOptions, generate_from_document};
use serde_json::json;

fn channels_document() -> serde_json::Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../openapi/channels.yaml");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    parse_yaml(&text).unwrap()
}

#[test]
fn a_new_stats_operation_appears_in_trait_routes_and_models() {
    let mut document = channels_document();
    let paths = document["paths"].as_object_mut().unwrap();
    paths.insert(
        "/api/v1/channels/{channel_id}/stats".to_string(),
        json!({"get": {
            "operationId": "get_channel_stats",
            "summary": "Channel statistics",
            "security": [{"HTTPBearer": []}],
            "parameters": [{"name": "channel_id", "in": "path", "required": true, "schema": {"type": "integer"}}],
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["messages"],
                    "properties": {"messages": {"type": "integer"}}
                }}}},
                "404": {"description": "missing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HTTPError"}}}}
            }
        }}),
    );
    let options = GenerateOptions::new("channels", "openapi/channels.yaml", "cargo xtask regen");
    let files = generate_from_document(&Document::new(document).unwrap(), &options).unwrap();
    let api = &files["crates/channels-api/src/lib.rs"];
    let models = &files["crates/channels-models/src/lib.rs"];

    assert!(
        api.contains("fn get_channel_stats("),
        "no trait method:\n{api}"
    );
    assert!(
        api.contains("actix_web::web::resource(\"/api/v1/channels/{channel_id}/stats\")"),
        "no route"
    );
    assert!(
        api.contains("pub struct GetChannelStatsParams"),
        "no params struct"
    );
    assert!(
        models.contains("pub enum GetChannelStatsResponse"),
        "no response enum in the models crate's responses module"
    );
    assert!(
        models.contains("pub struct GetChannelStats200Response"),
        "no inline response model"
    );

    // The committed crates do not have it: this really is new output.
    let committed = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../channels-api/src/lib.rs"),
    )
    .unwrap();
    assert!(!committed.contains("fn get_channel_stats("));
}
