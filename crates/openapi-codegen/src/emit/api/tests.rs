//! Emission of the API crate from small documents.

use serde_json::{Value, json};

use super::context::Context;
use super::emit;
use super::glue::{allow_header, route_of, routes};
use crate::emit::responses::variant_name;
use crate::ir::ResponseStatus;
use crate::load::Document;
use crate::lower::lower;
use crate::options::GenerateOptions;

fn options() -> GenerateOptions {
    GenerateOptions::new("pets", "pets.yaml", "test")
}

/// The models crate's source (with the response enums), then the API crate's.
fn generate(document: Value) -> crate::error::Result<String> {
    let api = lower(&Document::new(document)?)?;
    let models = crate::emit::models::emit(&api, &options().header("//"))?;
    Ok(format!("{models}\n{}", emit(&api, &options())?))
}

fn lowered(document: Value) -> crate::ir::Api {
    match Document::new(document).and_then(|document| lower(&document)) {
        Ok(api) => api,
        Err(error) => panic!("lowering failed: {error}"),
    }
}

/// A document with one operation `op` at `/pets/{pet-id}` (the parameter name is not
/// a Rust identifier on purpose).
fn document(operation: Value, schemas: Value) -> Value {
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {"/pets/{pet-id}": {"put": operation}},
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            },
        },
    })
}

fn pet_operation() -> Value {
    json!({
        "operationId": "update_pet",
        "security": [{"bearer": []}, {}],
        "parameters": [{"name": "pet-id", "in": "path", "required": true, "schema": {"type": "integer"}}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
        "responses": {
            "200": {"description": "ok", "headers": {"X-Rate": {"schema": {"type": "string"}}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
            "4XX": {"description": "client error"},
            "default": {"description": "other", "content": {"text/plain": {"schema": {"type": "string"}}}},
        },
    })
}

#[test]
fn emits_the_shapes_the_documentation_promises() {
    let schemas = json!({"Pet": {"type": "object", "required": ["name"], "properties": {
        "name": {"type": "string", "pattern": "^[a-z]+$"},
    }}});
    let source = match generate(document(pet_operation(), schemas)) {
        Ok(source) => source,
        Err(error) => panic!("generation failed: {error}"),
    };
    for expected in [
        "// @generated from pets.yaml by test — do not edit",
        "principal: Option<Self::Principal>,",
        "params: UpdatePetParams,",
        "body: pets_models::Pet,",
        "Ok {\n            body: crate::Pet,\n            /// The `X-Rate` header.\n            x_rate: Option<String>,\n        },",
        "ClientError { status: u16 },",
        "Default { status: u16, body: openapi_runtime::response::Bytes },",
        ".optional_header(\"x-rate\", x_rate)",
        "actix_web::web::resource(\"/pets/{pet_id}\")",
        "openapi_runtime::param::path(req, \"pet_id\")",
        "openapi_runtime::Loc::param(\"path\", \"pet-id\")",
        "openapi_runtime::check::Pattern::new(\n    \"^[a-z]+$\",\n);",
        "pub const OPENAPI_JSON: &str",
        ") -> impl Future<\n        Output = Result<
            pets_models::responses::UpdatePetResponse,
            openapi_runtime::HandlerError,
        >,\n    > + Send;",
        "openapi_runtime::pipeline::Operation::new(\"update_pet\", true)",
        "openapi_runtime::pipeline::Optional {\n                schemes: SCHEMES_1,",
        "|principal, (params, body)| api.update_pet(principal, params, body),",
        "openapi_runtime::respond::method_not_allowed_handler(\n                    \"PUT\",\n                )",
    ] {
        assert!(
            source.contains(expected),
            "missing {expected:?} in:\n{source}"
        );
    }
}

#[test]
fn emission_is_deterministic() {
    let schemas = json!({"Pet": {"type": "object", "properties": {"a": {"type": "string", "pattern": "a"}, "b": {"type": "string", "pattern": "b"}}}});
    let first = generate(document(pet_operation(), schemas.clone())).map_err(|e| e.to_string());
    let second = generate(document(pet_operation(), schemas)).map_err(|e| e.to_string());
    assert!(first.is_ok());
    assert_eq!(first, second);
}

#[test]
fn a_pattern_the_regex_engine_cannot_compile_is_rejected_with_its_pointer() {
    let schemas = json!({"Pet": {"type": "object", "properties": {
        "name": {"type": "string", "pattern": "^[z-a]+$"},
    }}});
    let error = match generate(document(pet_operation(), schemas)) {
        Ok(_) => panic!("a pattern with a reversed range was accepted"),
        Err(error) => error.to_string(),
    };
    assert!(
        error.contains("/components/schemas/Pet/properties/name"),
        "{error}"
    );
    assert!(error.contains("not supported"), "{error}");
}

#[test]
fn variants_are_named_after_reason_phrases() {
    let name = |status| variant_name(status).to_string();
    assert_eq!(name(ResponseStatus::Code(200)), "Ok");
    assert_eq!(name(ResponseStatus::Code(204)), "NoContent");
    assert_eq!(name(ResponseStatus::Code(413)), "PayloadTooLarge");
    assert_eq!(name(ResponseStatus::Code(299)), "Status299");
    assert_eq!(name(ResponseStatus::Range(5)), "ServerError");
    assert_eq!(name(ResponseStatus::Default), "Default");
}

#[test]
fn routes_use_identifier_segment_names() {
    let api = lowered(document(
        pet_operation(),
        json!({"Pet": {"type": "object"}}),
    ));
    assert_eq!(route_of(&api.operations[0]), "/pets/{pet_id}");
}

#[test]
fn allow_lists_documented_methods_in_path_item_order() {
    let operation =
        |id: &str| json!({"operationId": id, "responses": {"204": {"description": "ok"}}});
    let api = lowered(json!({
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {"/pets": {
            "delete": operation("drop_pets"),
            "post": operation("add_pet"),
            "get": operation("list_pets"),
        }},
    }));
    let ops: Vec<_> = api.operations.iter().collect();
    assert_eq!(allow_header(&ops), "GET, POST, DELETE");
    assert_eq!(allow_header(&ops[..1]), ops[0].method.key().to_uppercase());
}

#[test]
fn the_stub_answers_not_implemented_behind_its_feature() {
    let schemas = json!({"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}});
    let source = match generate(document(pet_operation(), schemas)) {
        Ok(source) => source,
        Err(error) => panic!("generation failed: {error}"),
    };
    for expected in [
        "never serve it.\n#[cfg(feature = \"stub\")]\n#[derive(Debug, Clone, Copy, Default)]\npub struct Unimplemented;",
        "#[cfg(feature = \"stub\")]\nimpl PetsApi for Unimplemented {\n    type Principal = ();",
        "_: Option<Self::Principal>,\n        _: UpdatePetParams,\n        _: pets_models::Pet,",
        "Err(openapi_runtime::HandlerError::not_implemented(\"update_pet\")),",
    ] {
        assert!(
            source.contains(expected),
            "missing {expected:?} in:\n{source}"
        );
    }
    // The trait itself has no default bodies: a new operation must be implemented.
    let trait_source = &source[source.find("pub trait PetsApi").unwrap_or_default()..];
    let trait_source = &trait_source[..trait_source.find("\n}\n").unwrap_or_default()];
    assert!(trait_source.contains("fn update_pet("), "{trait_source}");
    assert!(!trait_source.contains("not_implemented"), "{trait_source}");
}

#[test]
fn a_concrete_path_is_routed_before_a_templated_one_that_matches_it() {
    let operation =
        |id: &str| json!({"operationId": id, "responses": {"204": {"description": "ok"}}});
    let api = lowered(json!({
        "openapi": "3.1.0",
        "info": {"title": "X", "version": "1"},
        "paths": {
            "/x/": {"get": operation("list")},
            "/x/{id}/": {"get": operation("get")},
            "/x/{id}/items": {"get": operation("items")},
            "/x/health/": {"post": operation("health")},
            "/y/{id}": {"get": operation("y")},
            "/x/{id}/{item}": {"get": operation("item")},
            "/x/{id}/latest": {"get": operation("latest")},
        },
    }));
    let context = Context {
        api: &api,
        models: quote::quote!(x_models),
        trait_name: crate::emit::rust::ident("XApi"),
    };
    let order: Vec<String> = routes(&context)
        .into_iter()
        .map(|(route, _)| route)
        .collect();
    assert_eq!(
        order,
        [
            "/x/",
            "/x/health/",
            "/x/{id}/",
            "/x/{id}/items",
            "/y/{id}",
            "/x/{id}/latest",
            "/x/{id}/{item}"
        ]
    );
}

#[test]
fn untagged_union_members_report_under_their_pydantic_names() {
    let schemas = json!({
        "Pet": {"anyOf": [{"type": "integer"}, {"$ref": "#/components/schemas/Cat"}]},
        "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
    });
    let source = match generate(document(pet_operation(), schemas)) {
        Ok(source) => source,
        Err(error) => panic!("generation failed: {error}"),
    };
    for expected in ["loc.key(\"int\")", "loc.key(\"Cat\")"] {
        assert!(source.contains(expected), "no {expected} in\n{source}");
    }
    assert!(!source.contains("loc.key(\"Integer\")"));
}

#[test]
fn inline_map_values_are_checked_against_their_constraints() {
    let schemas = json!({
        "Pet": {"type": "object", "properties": {
            "scores": {"type": "object", "additionalProperties": {"type": "integer", "enum": [1, 2], "maximum": 2}},
            "notes": {"type": "object", "additionalProperties": {"type": "integer"}}
        }},
    });
    let source = match generate(document(pet_operation(), schemas)) {
        Ok(source) => source,
        Err(error) => panic!("generation failed: {error}"),
    };
    let squashed: String = source.split_whitespace().collect();
    // Each value at its key, in Pydantic's order: the bound, then the enum.
    assert!(
        squashed.contains("for(key,value)inmap{letloc=&loc.key(key);ifletSome(value)=openapi_runtime::check::integer(value,loc,problems,){let_=openapi_runtime::check::integer_bound(value,openapi_runtime::check::Bound::Maximum,2,loc,problems,)&&openapi_runtime::check::one_of_json("),
        "{source}"
    );
    assert!(
        squashed
            .contains(r#"one_of_json(&serde_json::Value::from(value),&["1","2"],loc,problems,)"#),
        "{source}"
    );
}

#[test]
fn multipart_forms_are_validated_and_their_files_set_apart() {
    let operation = |content: Value| {
        json!({
            "operationId": "upload",
            "requestBody": {"required": true, "content": content},
            "responses": {"204": {"description": "done"}},
        })
    };
    let schemas = json!({"Upload": {"type": "object", "required": ["title", "file"], "properties": {
        "title": {"type": "string", "maxLength": 5},
        "count": {"type": "integer"},
        "file": {"type": "string", "format": "binary"},
        "attachments": {"type": "array", "items": {"type": "string", "format": "binary"}},
        "maybe": {"type": "array", "items": {"type": ["string", "null"], "format": "binary"}},
    }}});
    let upload = json!({"schema": {"$ref": "#/components/schemas/Upload"}});
    let source = generate(document(
        operation(json!({"application/octet-stream": {}, "multipart/form-data": upload})),
        schemas.clone(),
    ))
    .unwrap_or_else(|error| panic!("{error}"));
    for expected in [
        "openapi_runtime::body::decode_multipart(req, &bytes,",
        "name: \"title\", scalar: openapi_runtime::body::FormScalar::Text, repeated: false",
        "name: \"count\", scalar: openapi_runtime::body::FormScalar::Integer",
        "name: \"file\", scalar: openapi_runtime::body::FormScalar::Binary, repeated: false",
        "name: \"attachments\", scalar: openapi_runtime::body::FormScalar::Binary, repeated: true",
        // Nullable items have no `FileField` type: read as text, never dropped.
        "name: \"maybe\", scalar: openapi_runtime::body::FormScalar::Text, repeated: true",
        "let value = form.value();",
        "let (value, mut files) = form.into_parts();",
        "files.set(\"file\", &mut typed.file);",
        "files.set(\"attachments\", &mut typed.attachments);",
        "body: pets_models::Upload",
    ] {
        let compact: String = source.split_whitespace().collect();
        let expected: String = expected.split_whitespace().collect();
        assert!(compact.contains(&expected), "no {expected} in\n{source}");
    }
    assert!(!source.contains("files.set(\"maybe\""), "{source}");
    assert!(!source.contains("RawBody"), "{source}");
    // JSON, then urlencoded, are still preferred; other multipart types stay raw.
    let json_first = generate(document(
        operation(json!({"multipart/form-data": upload, "application/json": upload})),
        schemas.clone(),
    ))
    .unwrap_or_else(|error| panic!("{error}"));
    assert!(!json_first.contains("decode_multipart"), "{json_first}");
    let mixed = generate(document(
        operation(json!({"multipart/mixed": upload})),
        schemas,
    ))
    .unwrap_or_else(|error| panic!("{error}"));
    assert!(mixed.contains("RawBody"), "{mixed}");
}

#[test]
fn an_optional_multipart_body_is_wrapped_once() {
    let source = generate(document(
        json!({
            "operationId": "upload",
            "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}},
            "responses": {"204": {"description": "done"}},
        }),
        json!({}),
    ))
    .unwrap_or_else(|error| panic!("{error}"));
    let compact: String = source.split_whitespace().collect();
    assert!(compact.contains("Some(Some(typed))"), "{source}");
    assert!(!compact.contains("Some(typed).map(Some)"), "{source}");
}
