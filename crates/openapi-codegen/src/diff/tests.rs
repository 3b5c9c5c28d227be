//! One test per classification rule, on minimal documents, and the rules applied to
//! `openapi/channels.yaml` itself.

use serde_json::{Value, json};

use super::{Format, Level, Report, compare, fails, render};
use crate::load::Document;
use Level::{Breaking, Compatible, PotentiallyBreaking};

/// A small API: `POST /items` (body `ItemIn`, response `ItemOut`) with bearer security,
/// and `GET`/`DELETE /items/{id}` without.
fn base() -> Value {
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Items", "version": "1.0.0"},
        "paths": {
            "/items": {
                "post": {
                    "operationId": "create_item",
                    "security": [{"bearer": []}],
                    "requestBody": {
                        "required": true,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/ItemIn"}},
                            "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/ItemIn"}}
                        }
                    },
                    "responses": {
                        "201": {
                            "description": "Created",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ItemOut"}}}
                        },
                        "404": {"description": "Not found"}
                    }
                }
            },
            "/items/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                "get": {
                    "operationId": "get_item",
                    "parameters": [{"name": "verbose", "in": "query", "schema": {"type": "boolean"}}],
                    "responses": {
                        "200": {
                            "description": "The item",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/ItemOut"}},
                                "text/plain": {"schema": {"type": "string"}}
                            }
                        }
                    }
                },
                "delete": {
                    "operationId": "delete_item",
                    "responses": {"204": {"description": "Deleted"}}
                }
            }
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "ItemIn": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "minLength": 1, "maxLength": 10, "description": "The name"},
                        "count": {"type": "integer", "minimum": 0, "maximum": 100, "default": 1},
                        "kind": {"type": "string", "enum": ["a", "b"]},
                        "note": {"type": "string"}
                    }
                },
                "ItemOut": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "integer"},
                        "name": {"type": "string"},
                        "status": {"type": "string", "enum": ["on", "off"]},
                        "note": {"type": "string"}
                    }
                }
            }
        }
    })
}

fn report(base: Value, revision: Value) -> Report {
    let base = Document::new(base).unwrap();
    let revision = Document::new(revision).unwrap();
    compare(&base, &revision, "ItemsApi")
}

/// The (level, rule) of every change from `base()` to `base()` edited by `edit`.
fn classify(edit: impl Fn(&mut Value)) -> Vec<(Level, &'static str)> {
    let mut revision = base();
    edit(&mut revision);
    report(base(), revision)
        .changes
        .iter()
        .map(|change| (change.level, change.rule))
        .collect()
}

fn schema<'a>(doc: &'a mut Value, name: &str) -> &'a mut Value {
    &mut doc["components"]["schemas"][name]
}

fn push(value: &mut Value, item: Value) {
    value.as_array_mut().unwrap().push(item);
}

fn remove(value: &mut Value, key: &str) {
    value.as_object_mut().unwrap().remove(key);
}

type Edit = fn(&mut Value);

/// (what, edit, expected changes): the edit must produce exactly these changes.
type Rule = (&'static str, Edit, &'static [(Level, &'static str)]);

const RULES: &[Rule] = &[
    // Breaking.
    (
        "operation removed",
        |d| remove(&mut d["paths"]["/items/{id}"], "delete"),
        &[(Breaking, "operation-removed")],
    ),
    (
        "path removed",
        |d| remove(&mut d["paths"], "/items/{id}"),
        &[(Breaking, "path-removed")],
    ),
    (
        "new required parameter",
        |d| {
            push(
                &mut d["paths"]["/items/{id}"]["get"]["parameters"],
                json!({"name": "q", "in": "query", "required": true, "schema": {"type": "string"}}),
            )
        },
        &[(Breaking, "new-required-request-parameter")],
    ),
    (
        "optional parameter made required",
        |d| d["paths"]["/items/{id}"]["get"]["parameters"][0]["required"] = json!(true),
        &[(Breaking, "request-parameter-became-required")],
    ),
    (
        "new required request property",
        |d| {
            let item = schema(d, "ItemIn");
            item["properties"]["tag"] = json!({"type": "string"});
            push(&mut item["required"], json!("tag"));
        },
        &[(Breaking, "new-required-request-property")],
    ),
    (
        "optional request property made required",
        |d| push(&mut schema(d, "ItemIn")["required"], json!("note")),
        &[(Breaking, "request-property-became-required")],
    ),
    (
        "response property removed",
        |d| remove(&mut schema(d, "ItemOut")["properties"], "note"),
        &[(Breaking, "response-property-removed")],
    ),
    (
        "response property made optional",
        |d| schema(d, "ItemOut")["required"] = json!(["id"]),
        &[(Breaking, "response-property-became-optional")],
    ),
    (
        "response type changed",
        |d| schema(d, "ItemOut")["properties"]["id"]["type"] = json!("string"),
        &[(Breaking, "type-changed")],
    ),
    (
        "request type changed",
        |d| schema(d, "ItemIn")["properties"]["count"]["type"] = json!("boolean"),
        &[(Breaking, "type-changed")],
    ),
    (
        "maxLength lowered in a request",
        |d| schema(d, "ItemIn")["properties"]["name"]["maxLength"] = json!(5),
        &[(Breaking, "request-constraint-tightened")],
    ),
    (
        "minimum raised in a request",
        |d| schema(d, "ItemIn")["properties"]["count"]["minimum"] = json!(1),
        &[(Breaking, "request-constraint-tightened")],
    ),
    (
        "new pattern in a request",
        |d| schema(d, "ItemIn")["properties"]["note"]["pattern"] = json!("^[a-z]+$"),
        &[(Breaking, "request-constraint-tightened")],
    ),
    (
        "enum value removed from a request",
        |d| schema(d, "ItemIn")["properties"]["kind"]["enum"] = json!(["a"]),
        &[(Breaking, "request-enum-value-removed")],
    ),
    (
        "response status removed",
        |d| remove(&mut d["paths"]["/items"]["post"]["responses"], "404"),
        &[(Breaking, "response-status-removed")],
    ),
    (
        "security requirement added",
        |d| d["paths"]["/items/{id}"]["get"]["security"] = json!([{"bearer": []}]),
        &[(Breaking, "security-added")],
    ),
    (
        "security alternative removed",
        |d| d["paths"]["/items"]["post"]["security"] = json!([{"bearer": ["admin"]}]),
        &[
            (Breaking, "security-alternative-removed"),
            (Compatible, "security-alternative-added"),
        ],
    ),
    (
        "request media type removed",
        |d| {
            remove(
                &mut d["paths"]["/items"]["post"]["requestBody"]["content"],
                "application/x-www-form-urlencoded",
            )
        },
        &[(Breaking, "request-media-type-removed")],
    ),
    (
        "response media type removed",
        |d| {
            remove(
                &mut d["paths"]["/items/{id}"]["get"]["responses"]["200"]["content"],
                "text/plain",
            )
        },
        &[(Breaking, "response-media-type-removed")],
    ),
    (
        "response made nullable",
        |d| schema(d, "ItemOut")["properties"]["name"]["type"] = json!(["string", "null"]),
        &[(Breaking, "response-became-nullable")],
    ),
    // Potentially breaking.
    (
        "enum value added to a response",
        |d| {
            push(
                &mut schema(d, "ItemOut")["properties"]["status"]["enum"],
                json!("paused"),
            )
        },
        &[(PotentiallyBreaking, "response-enum-value-added")],
    ),
    (
        "new default",
        |d| schema(d, "ItemIn")["properties"]["note"]["default"] = json!("-"),
        &[(PotentiallyBreaking, "default-added")],
    ),
    (
        "changed default",
        |d| schema(d, "ItemIn")["properties"]["count"]["default"] = json!(2),
        &[(PotentiallyBreaking, "default-changed")],
    ),
    // Compatible.
    (
        "new operation",
        |d| {
            d["paths"]["/items/{id}"]["put"] = json!({"operationId": "replace_item", "responses": {"204": {"description": "Done"}}})
        },
        &[(Compatible, "operation-added")],
    ),
    (
        "new optional request property",
        |d| schema(d, "ItemIn")["properties"]["tag"] = json!({"type": "string"}),
        &[(Compatible, "new-optional-request-property")],
    ),
    (
        "new response property",
        |d| schema(d, "ItemOut")["properties"]["tag"] = json!({"type": "string"}),
        &[(Compatible, "response-property-added")],
    ),
    (
        "maxLength raised in a request",
        |d| schema(d, "ItemIn")["properties"]["name"]["maxLength"] = json!(20),
        &[(Compatible, "request-constraint-loosened")],
    ),
    (
        "enum value added to a request",
        |d| {
            push(
                &mut schema(d, "ItemIn")["properties"]["kind"]["enum"],
                json!("c"),
            )
        },
        &[(Compatible, "request-enum-value-added")],
    ),
    (
        "only a description changed",
        |d| schema(d, "ItemIn")["properties"]["name"]["description"] = json!("What it is called"),
        &[(Compatible, "description-changed")],
    ),
    (
        "integer widened to number in a request",
        |d| schema(d, "ItemIn")["properties"]["count"]["type"] = json!("number"),
        &[(Compatible, "request-type-widened")],
    ),
    (
        "a required read-only property is no request change",
        |d| {
            let item = schema(d, "ItemIn");
            item["properties"]["created"] = json!({"type": "string", "readOnly": true});
            push(&mut item["required"], json!("created"));
        },
        &[],
    ),
    (
        "a new oneOf alternative in a response",
        |d| {
            schema(d, "ItemOut")["properties"]["note"] =
                json!({"oneOf": [{"type": "string"}, {"type": "integer"}]});
        },
        &[(Breaking, "type-changed")],
    ),
    (
        "operationId changed",
        |d| d["paths"]["/items/{id}"]["delete"]["operationId"] = json!("remove_item"),
        &[(PotentiallyBreaking, "operation-id-changed")],
    ),
    (
        "new required request body",
        |d| {
            d["paths"]["/items/{id}"]["delete"]["requestBody"] = json!({
                "required": true,
                "content": {"application/json": {"schema": {"type": "object"}}}
            });
        },
        &[(Breaking, "new-required-request-body")],
    ),
    ("nothing changed", |_| {}, &[]),
    (
        "a $ref to an identical schema is no change",
        |d| {
            schema(d, "Name")["type"] = json!("string");
            schema(d, "ItemOut")["properties"]["name"] =
                json!({"$ref": "#/components/schemas/Name"});
        },
        &[],
    ),
    (
        "a renamed component referenced everywhere is no change",
        |d| {
            let item = schema(d, "ItemOut").take();
            remove(&mut d["components"]["schemas"], "ItemOut");
            d["components"]["schemas"]["Item"] = item;
            let reference = json!({"$ref": "#/components/schemas/Item"});
            d["paths"]["/items"]["post"]["responses"]["201"]["content"]["application/json"]["schema"] =
                reference.clone();
            d["paths"]["/items/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] =
                reference;
        },
        &[],
    ),
    (
        "a renamed path parameter is no change",
        |d| {
            let item = d["paths"]["/items/{id}"].take();
            remove(&mut d["paths"], "/items/{id}");
            d["paths"]["/items/{item_id}"] = item;
            d["paths"]["/items/{item_id}"]["parameters"][0]["name"] = json!("item_id");
        },
        &[],
    ),
];

#[test]
fn every_rule_classifies_its_change() {
    let mut failures = Vec::new();
    for (what, edit, expected) in RULES {
        let found = classify(edit);
        if found != *expected {
            failures.push(format!("{what}: expected {expected:?}, found {found:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn alternatives_added_to_a_response_follow_the_keyword() {
    let with = |keyword: &str, count: usize| {
        let mut doc = base();
        let alternatives: Vec<Value> = [
            json!({"type": "string"}),
            json!({"type": "integer"}),
            json!({"type": "boolean"}),
        ]
        .into_iter()
        .take(count)
        .collect();
        doc["components"]["schemas"]["ItemOut"]["properties"]["note"] =
            json!({ keyword: alternatives });
        doc
    };
    let rules = |base: Value, revision: Value| -> Vec<(Level, &'static str)> {
        report(base, revision)
            .changes
            .iter()
            .map(|c| (c.level, c.rule))
            .collect()
    };
    assert_eq!(
        rules(with("oneOf", 2), with("oneOf", 3)),
        [(Breaking, "response-alternative-added")]
    );
    assert_eq!(
        rules(with("anyOf", 2), with("anyOf", 3)),
        [(Compatible, "response-alternative-added")]
    );
    assert_eq!(
        rules(with("oneOf", 3), with("oneOf", 2)),
        [(Compatible, "response-alternative-removed")]
    );
}

#[test]
fn a_schema_that_includes_itself_is_compared_without_looping() {
    let mut doc = base();
    doc["components"]["schemas"]["ItemOut"]["allOf"] =
        json!([{"$ref": "#/components/schemas/ItemOut"}]);
    doc["components"]["schemas"]["ItemOut"]["properties"]["children"] =
        json!({"type": "array", "items": {"$ref": "#/components/schemas/ItemOut"}});
    let mut revision = doc.clone();
    remove(
        &mut revision["components"]["schemas"]["ItemOut"]["properties"],
        "note",
    );
    let rules: Vec<_> = report(doc, revision)
        .changes
        .iter()
        .map(|c| c.rule)
        .collect();
    assert_eq!(rules, ["response-property-removed"]);
}

#[test]
fn spellings_of_nullable_compare_equal() {
    let mut list = base();
    list["components"]["schemas"]["ItemOut"]["properties"]["name"] =
        json!({"type": ["string", "null"]});
    let mut any_of = base();
    any_of["components"]["schemas"]["ItemOut"]["properties"]["name"] =
        json!({"anyOf": [{"type": "string"}, {"type": "null"}]});
    let mut flag = base();
    flag["components"]["schemas"]["ItemOut"]["properties"]["name"] =
        json!({"type": "string", "nullable": true});
    assert_eq!(report(list.clone(), any_of.clone()).changes, vec![]);
    assert_eq!(report(any_of, flag).changes, vec![]);
}

#[test]
fn changes_name_pointers_operations_and_rust() {
    let mut revision = base();
    remove(
        &mut revision["components"]["schemas"]["ItemOut"]["properties"],
        "note",
    );
    let report = report(base(), revision);
    let [change] = report.changes.as_slice() else {
        panic!("{:?}", report.changes);
    };
    assert_eq!(
        change.base.as_deref(),
        Some("/components/schemas/ItemOut/properties/note")
    );
    assert_eq!(change.revision, None);
    assert_eq!(
        change.operations,
        [
            "POST /items, response 201, application/json",
            "GET /items/{id}, response 200, application/json"
        ]
    );
    for name in [
        "ItemsApi::create_item",
        "ItemsApi::get_item",
        "ItemOut.note",
    ] {
        assert!(
            change.rust.iter().any(|rust| rust == name),
            "{name} in {:?}",
            change.rust
        );
    }
    assert!(
        change
            .rust
            .iter()
            .any(|rust| rust.starts_with("CreateItemResponse")),
        "{:?}",
        change.rust
    );
}

#[test]
fn a_required_change_points_at_the_property_not_its_referenced_schema() {
    let mut base = base();
    base["components"]["schemas"]["Id"] = json!({"type": "integer"});
    base["components"]["schemas"]["ItemOut"]["properties"]["id"] =
        json!({"$ref": "#/components/schemas/Id"});
    let mut revision = base.clone();
    revision["components"]["schemas"]["ItemOut"]["required"] = json!(["name"]);
    let report = report(base, revision);
    let [change] = report.changes.as_slice() else {
        panic!("{:?}", report.changes);
    };
    assert_eq!(change.rule, "response-property-became-optional");
    let pointer = Some("/components/schemas/ItemOut/properties/id");
    assert_eq!(
        (change.base.as_deref(), change.revision.as_deref()),
        (pointer, pointer)
    );
}

#[test]
fn reports_render_as_text_markdown_and_json() {
    let mut revision = base();
    remove(&mut revision["paths"]["/items/{id}"], "delete");
    schema(&mut revision, "ItemOut")["properties"]["tag"] =
        json!({"type": "string", "pattern": "a|b"});
    let report = report(base(), revision);
    let text = render(&report, Format::Text);
    assert!(
        text.starts_with("API changes 1.0.0 → 1.0.0: 1 breaking, 1 compatible\n"),
        "{text}"
    );
    assert!(text.contains("  [operation-removed] operation DELETE /items/{id} removed\n    base:     /paths/~1items~1{id}/delete\n    revision: -\n"), "{text}");
    assert!(
        text.contains("without a major bump of info.version"),
        "{text}"
    );
    let markdown = render(&report, Format::Markdown);
    assert!(markdown.contains("### breaking (1)"), "{markdown}");
    assert!(markdown.contains("`ItemsApi::delete_item`"), "{markdown}");
    let json: Value = serde_json::from_str(&render(&report, Format::Json)).unwrap();
    assert_eq!(json["changes"][0]["level"], "breaking");
    assert_eq!(json["changes"][0]["rule"], "operation-removed");
    assert_eq!(json["changes"][1]["level"], "compatible");
    assert_eq!(
        json["changes"][1]["revision"],
        "/components/schemas/ItemOut/properties/tag"
    );
}

#[test]
fn a_major_version_bump_acknowledges_breaking_changes() {
    let mut revision = base();
    remove(&mut revision["paths"]["/items/{id}"], "delete");
    let unbumped = report(base(), revision.clone());
    assert!(fails(&unbumped, Breaking));
    revision["info"]["version"] = json!("2.0.0");
    let bumped = report(base(), revision.clone());
    assert!(!fails(&bumped, Breaking));
    revision["info"]["version"] = json!("next");
    assert!(
        fails(&report(base(), revision), Breaking),
        "a non-semver version excuses nothing"
    );
}

#[test]
fn fail_on_warning_includes_potentially_breaking_changes() {
    let mut revision = base();
    push(
        &mut revision["components"]["schemas"]["ItemOut"]["properties"]["status"]["enum"],
        json!("paused"),
    );
    let report = report(base(), revision);
    assert!(!fails(&report, Breaking));
    assert!(fails(&report, PotentiallyBreaking));
}

/// `openapi/channels.yaml` as committed, as a JSON tree.
fn channels() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../openapi/channels.yaml");
    crate::load::load_file(&path).unwrap().root
}

fn channels_report(edit: impl Fn(&mut Value)) -> Report {
    let mut revision = channels();
    edit(&mut revision);
    let base = Document::new(channels()).unwrap();
    compare(&base, &Document::new(revision).unwrap(), "ChannelsApi")
}

#[test]
fn removing_channel_response_status_is_breaking() {
    let report = channels_report(|d| {
        let response = schema(d, "ChannelResponse");
        remove(&mut response["properties"], "status");
        response["required"]
            .as_array_mut()
            .unwrap()
            .retain(|name| name != "status");
    });
    let breaking: Vec<_> = report.at(Breaking).collect();
    assert_eq!(breaking.len(), 1, "{breaking:?}");
    assert_eq!(breaking[0].rule, "response-property-removed");
    // The field, with the enum type it holds.
    assert!(
        breaking[0]
            .rust
            .iter()
            .any(|name| name.starts_with("ChannelResponse.status: ")),
        "{:?}",
        breaking[0].rust
    );
    assert!(
        breaking[0]
            .rust
            .contains(&"ChannelsApi::get_channel".to_string()),
        "{:?}",
        breaking[0].rust
    );
}

#[test]
fn making_channel_create_config_required_is_breaking() {
    let report =
        channels_report(|d| push(&mut schema(d, "ChannelCreate")["required"], json!("config")));
    let rules: Vec<_> = report.changes.iter().map(|c| (c.level, c.rule)).collect();
    assert_eq!(rules, [(Breaking, "request-property-became-required")]);
    assert!(
        report.changes[0]
            .rust
            .contains(&"ChannelCreate.config".to_string())
    );
    assert!(
        report.changes[0]
            .rust
            .contains(&"ChannelsApi::create_channel".to_string())
    );
}

#[test]
fn an_optional_channel_update_property_is_compatible() {
    let report = channels_report(|d| {
        schema(d, "ChannelUpdate")["properties"]["priority"] =
            json!({"type": "integer", "minimum": 0});
    });
    let rules: Vec<_> = report.changes.iter().map(|c| (c.level, c.rule)).collect();
    assert_eq!(rules, [(Compatible, "new-optional-request-property")]);
    assert_eq!(
        report.changes[0].revision.as_deref(),
        Some("/components/schemas/ChannelUpdate/properties/priority")
    );
}
