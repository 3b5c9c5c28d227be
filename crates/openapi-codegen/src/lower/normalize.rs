//! Making a schema's nullability explicit, whichever of the spellings it uses.
//!
//! 3.0 `nullable: true`, 3.1 `type: [X, "null"]`, `anyOf`/`oneOf` with a `{type: null}`
//! alternative (FastAPI), `null` among `enum` values and `const: null` all mean "X or null".
//! [`normalize`] removes the null part and reports it, and unwraps one-alternative
//! `anyOf`/`oneOf`/`allOf` wrappers so that what remains is the schema of the value.

use serde_json::{Map, Value};

/// A schema without its null part.
#[derive(Debug, Clone, PartialEq)]
pub struct Normalized {
    pub schema: Map<String, Value>,
    pub nullable: bool,
}

/// Keywords that give a `$ref` sibling a structure of its own (rather than docs or a default).
const STRUCTURAL: &[&str] = &[
    "properties",
    "allOf",
    "anyOf",
    "oneOf",
    "items",
    "additionalProperties",
];

/// A `$ref` next to structural keywords must be merged with them, not just followed.
pub fn has_structure(schema: &Map<String, Value>) -> bool {
    STRUCTURAL.iter().any(|key| match schema.get(*key) {
        Some(Value::Object(object)) => !object.is_empty(),
        Some(Value::Array(items)) => !items.is_empty(),
        Some(_) => *key == "additionalProperties",
        None => false,
    })
}

pub fn normalize(schema: &Value) -> Normalized {
    // Boolean schemas (`true`, 3.1) accept anything; so does `false` for our purposes.
    let mut object = match schema {
        Value::Object(object) => object.clone(),
        _ => Map::new(),
    };
    let mut nullable = false;
    loop {
        nullable |= take_null_spellings(&mut object);
        if !unwrap_single_alternative(&mut object, &mut nullable) {
            break;
        }
    }
    Normalized {
        schema: object,
        nullable,
    }
}

/// Removes `nullable`, `null` types, enum members and `const: null`; true if any said null.
fn take_null_spellings(object: &mut Map<String, Value>) -> bool {
    let mut nullable = matches!(object.remove("nullable"), Some(Value::Bool(true)));
    match object.get("type").cloned() {
        Some(Value::Array(types)) => {
            let non_null: Vec<Value> = types
                .iter()
                .filter(|t| t.as_str() != Some("null"))
                .cloned()
                .collect();
            nullable |= non_null.len() < types.len();
            match non_null.as_slice() {
                [] => {
                    object.remove("type");
                }
                [single] => {
                    object.insert("type".into(), single.clone());
                }
                _ => {
                    object.insert("type".into(), Value::Array(non_null));
                }
            }
        }
        Some(Value::String(t)) if t == "null" => {
            nullable = true;
            object.remove("type");
        }
        _ => {}
    }
    if let Some(Value::Array(values)) = object.get_mut("enum")
        && values.iter().any(Value::is_null)
    {
        nullable = true;
        values.retain(|value| !value.is_null());
        if values.is_empty() {
            object.remove("enum");
        }
    }
    if let Some(value) = object.remove("const") {
        if value.is_null() {
            nullable = true;
        } else if !object.contains_key("enum") {
            object.insert("enum".into(), Value::Array(vec![value]));
        }
    }
    nullable
}

/// A schema that only says "null".
fn is_null_schema(schema: &Value) -> bool {
    let Value::Object(object) = schema else {
        return false;
    };
    match object.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(types)) => types.iter().all(|t| t.as_str() == Some("null")),
        _ => {
            matches!(object.get("enum"), Some(Value::Array(values)) if values.iter().all(Value::is_null) && !values.is_empty())
                || object.get("const").is_some_and(Value::is_null)
                // schemars writes the null alternative of `Option<T>` as `{nullable: true}`.
                || (object.get("nullable") == Some(&Value::Bool(true))
                    && object.keys().all(|key| matches!(key.as_str(), "nullable" | "title" | "description")))
        }
    }
}

/// Drops null alternatives of `anyOf`/`oneOf`; replaces a one-element `anyOf`/`oneOf`/`allOf`
/// by its element. Returns true when the schema changed shape (so spellings are re-checked).
fn unwrap_single_alternative(object: &mut Map<String, Value>, nullable: &mut bool) -> bool {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(alternatives)) = object.get(key) else {
            continue;
        };
        let (nulls, rest): (Vec<&Value>, Vec<&Value>) =
            alternatives.iter().partition(|alt| is_null_schema(alt));
        if nulls.is_empty() && rest.len() != 1 {
            continue;
        }
        *nullable |= !nulls.is_empty();
        let rest: Vec<Value> = rest.into_iter().cloned().collect();
        match rest.as_slice() {
            [] => {
                object.remove(key);
            }
            [single] => {
                object.remove(key);
                // `discriminator` only makes sense with several alternatives.
                object.remove("discriminator");
                merge_into(object, single);
                return true;
            }
            _ => {
                object.insert(key.into(), Value::Array(rest));
            }
        }
    }
    let single_all_of = match object.get("allOf") {
        Some(Value::Array(parts)) if parts.len() == 1 && !object.contains_key("properties") => {
            Some(parts[0].clone())
        }
        _ => None,
    };
    if let Some(part) = single_all_of {
        object.remove("allOf");
        merge_into(object, &part);
        return true;
    }
    false
}

/// Adds the keywords of `inner` that `outer` does not have: the outer schema's title,
/// description and default describe the use site and win.
fn merge_into(outer: &mut Map<String, Value>, inner: &Value) {
    if let Value::Object(inner) = inner {
        for (key, value) in inner {
            if !outer.contains_key(key) {
                outer.insert(key.clone(), value.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(schema: Value, expected: Value, nullable: bool) {
        let normalized = normalize(&schema);
        assert_eq!(Value::Object(normalized.schema), expected, "{schema}");
        assert_eq!(normalized.nullable, nullable, "{schema}");
    }

    #[test]
    fn three_spellings_of_nullable() {
        check(
            json!({"type": "string", "nullable": true}),
            json!({"type": "string"}),
            true,
        );
        check(
            json!({"type": ["string", "null"]}),
            json!({"type": "string"}),
            true,
        );
        check(
            json!({"anyOf": [{"type": "string"}, {"type": "null"}], "title": "T"}),
            json!({"type": "string", "title": "T"}),
            true,
        );
    }

    #[test]
    fn ref_with_null_keeps_use_site_default() {
        check(
            json!({"anyOf": [{"$ref": "#/c"}, {"type": "null"}], "default": null}),
            json!({"$ref": "#/c", "default": null}),
            true,
        );
    }

    #[test]
    fn single_all_of_and_enum_null_and_const() {
        check(
            json!({"allOf": [{"$ref": "#/c"}], "nullable": true, "description": "d"}),
            json!({"$ref": "#/c", "description": "d"}),
            true,
        );
        check(json!({"enum": ["a", null]}), json!({"enum": ["a"]}), true);
        check(json!({"const": "x"}), json!({"enum": ["x"]}), false);
        check(json!({"type": "string"}), json!({"type": "string"}), false);
    }

    #[test]
    fn schemars_null_alternative() {
        check(
            json!({"anyOf": [{"$ref": "#/c"}, {"nullable": true}]}),
            json!({"$ref": "#/c"}),
            true,
        );
    }

    #[test]
    fn several_alternatives_stay_a_union() {
        check(
            json!({"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]}),
            json!({"oneOf": [{"type": "string"}, {"type": "integer"}]}),
            true,
        );
    }
}
