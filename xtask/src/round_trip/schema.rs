//! The document as a JSON Schema validator reads it. OpenAPI 3.1 schemas are JSON Schema
//! 2020-12 already. OpenAPI 3.0 schemas are close to draft 4 (boolean `exclusiveMinimum`,
//! `$ref` siblings ignored) except for `nullable: true`, which is spelled out here as
//! JSON Schema says it: `null` added to `type` (and `enum`), or an `anyOf` with `null`.

use serde_json::{Map, Value, json};

/// The document ready for the validator (`draft4`: an OpenAPI 3.0 document).
pub fn prepare(document: &Value, draft4: bool) -> Value {
    let mut prepared = document.clone();
    if draft4 {
        spell_out_nullable(&mut prepared);
    }
    prepared
}

fn spell_out_nullable(value: &mut Value) {
    match value {
        Value::Object(object) => {
            // schemars writes the null alternative of `Option<T>` as `{nullable: true}`,
            // which JSON Schema reads as "anything"; the generator reads it as `null`
            // (what the Rust type behind the document accepts), and so does the check.
            for key in ["anyOf", "oneOf"] {
                if let Some(Value::Array(alternatives)) = object.get_mut(key) {
                    for alternative in alternatives.iter_mut() {
                        if is_null_alternative(alternative) {
                            *alternative = json!({"type": "null"});
                        }
                    }
                }
            }
            for (key, child) in object.iter_mut() {
                // Examples are data, not schemas.
                if !matches!(key.as_str(), "example" | "examples" | "default" | "enum") {
                    spell_out_nullable(child);
                }
            }
            if object.get("nullable") == Some(&Value::Bool(true)) {
                object.remove("nullable");
                make_nullable(object);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(spell_out_nullable),
        _ => {}
    }
}

/// `{nullable: true}` with at most a title and a description.
fn is_null_alternative(schema: &Value) -> bool {
    schema.as_object().is_some_and(|object| {
        object.get("nullable") == Some(&Value::Bool(true))
            && object
                .keys()
                .all(|key| matches!(key.as_str(), "nullable" | "title" | "description"))
    })
}

fn make_nullable(object: &mut Map<String, Value>) {
    if let Some(Value::Array(values)) = object.get_mut("enum")
        && !values.contains(&Value::Null)
    {
        values.push(Value::Null);
    }
    match object.get("type").cloned() {
        Some(Value::String(name)) => {
            object.insert("type".to_string(), json!([name, "null"]));
        }
        Some(_) => {}
        None if object.contains_key("$ref")
            || ["allOf", "oneOf", "anyOf"]
                .iter()
                .any(|key| object.contains_key(*key)) =>
        {
            let inner = std::mem::take(object);
            object.insert(
                "anyOf".to_string(),
                json!([Value::Object(inner), {"type": "null"}]),
            );
        }
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nullable_is_spelled_out_for_draft_4() {
        let document = json!({"components": {"schemas": {
            "A": {"type": "string", "nullable": true, "enum": ["x"]},
            "B": {"$ref": "#/components/schemas/A", "nullable": true},
            "C": {"type": "object", "properties": {"nullable": {"type": "boolean"}},
                  "example": {"nullable": true}}
        }}});
        let prepared = prepare(&document, true);
        assert_eq!(
            prepared["components"]["schemas"]["A"],
            json!({"type": ["string", "null"], "enum": ["x", null]})
        );
        assert_eq!(
            prepared["components"]["schemas"]["B"],
            json!({"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]})
        );
        assert_eq!(
            prepared["components"]["schemas"]["C"],
            document["components"]["schemas"]["C"]
        );
        assert_eq!(prepare(&document, false), document);
    }

    #[test]
    fn a_bare_nullable_alternative_is_null() {
        let document = json!({"components": {"schemas": {
            "A": {"anyOf": [{"$ref": "#/components/schemas/B"}, {"nullable": true, "description": "x"}]},
            "B": {"type": "integer"}
        }}});
        let prepared = prepare(&document, true);
        assert_eq!(
            prepared["components"]["schemas"]["A"],
            json!({"anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}]})
        );
        let mut root = prepared.clone();
        root["$ref"] = json!("#/components/schemas/A");
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft4)
            .build(&root)
            .unwrap();
        assert!(validator.is_valid(&json!(null)));
        assert!(validator.is_valid(&json!(1)));
        assert!(!validator.is_valid(&json!("value")));
    }

    #[test]
    fn a_validator_then_accepts_null_where_the_document_allows_it() {
        let document = json!({
            "$ref": "#/components/schemas/B",
            "components": {"schemas": {
                "A": {"type": "string", "nullable": true},
                "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}}
            }}
        });
        let validator = |document: &Value| {
            jsonschema::options()
                .with_draft(jsonschema::Draft::Draft4)
                .build(document)
                .unwrap()
        };
        assert!(!validator(&document).is_valid(&json!({"a": null})));
        assert!(validator(&prepare(&document, true)).is_valid(&json!({"a": null})));
        assert!(!validator(&prepare(&document, true)).is_valid(&json!({"a": 1})));
    }
}
