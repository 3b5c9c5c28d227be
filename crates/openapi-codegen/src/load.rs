//! Reading a document into a raw JSON tree and resolving its local references.
//!
//! The tree is kept raw (rather than parsed into typed structs) because real documents
//! rely on details typed parsers drop, such as a `default` next to a `$ref`.

use std::path::Path;

use serde_json::{Map, Number, Value};

use crate::error::{Error, Result};

/// A loaded document: the JSON tree, with every `$ref` checked to be local and to exist.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub root: Value,
}

/// Reads a `.json`, `.yaml` or `.yml` file (other extensions: JSON if it parses, else YAML).
pub fn load_file(path: &Path) -> Result<Document> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let is_json = path
        .extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| ext.eq_ignore_ascii_case("json"));
    let root = if is_json {
        serde_json::from_str(&text).map_err(|source| Error::Json {
            path: path.to_path_buf(),
            source,
        })?
    } else {
        // YAML is a superset of JSON, so this also reads JSON under other names.
        parse_yaml(&text).map_err(|message| Error::Yaml {
            path: path.to_path_buf(),
            message,
        })?
    };
    Document::new(root)
}

/// Parses YAML text into JSON, turning non-string mapping keys (`200:`) into strings.
pub fn parse_yaml(text: &str) -> Result<Value, String> {
    let yaml: yaml_serde::Value = yaml_serde::from_str(text).map_err(|err| err.to_string())?;
    yaml_to_json(yaml)
}

fn yaml_to_json(yaml: yaml_serde::Value) -> Result<Value, String> {
    use yaml_serde::Value as Y;
    Ok(match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => yaml_number(&n)?,
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .map(yaml_to_json)
                .collect::<Result<_, _>>()?,
        ),
        Y::Mapping(mapping) => {
            let mut object = Map::new();
            for (key, value) in mapping {
                object.insert(yaml_key(key)?, yaml_to_json(value)?);
            }
            Value::Object(object)
        }
        Y::Tagged(tagged) => yaml_to_json(tagged.value)?,
    })
}

fn yaml_number(n: &yaml_serde::Number) -> Result<Value, String> {
    if let Some(i) = n.as_i64() {
        Ok(Value::Number(i.into()))
    } else if let Some(u) = n.as_u64() {
        Ok(Value::Number(u.into()))
    } else {
        n.as_f64()
            .and_then(Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("{n} is not a finite number"))
    }
}

fn yaml_key(key: yaml_serde::Value) -> Result<String, String> {
    use yaml_serde::Value as Y;
    match key {
        Y::String(s) => Ok(s),
        Y::Number(n) => Ok(n.to_string()),
        Y::Bool(b) => Ok(b.to_string()),
        Y::Null => Ok("null".to_string()),
        other => Err(format!("unsupported mapping key {other:?}")),
    }
}

impl Document {
    /// Wraps a tree, checking that every `$ref` is local and points at something.
    pub fn new(root: Value) -> Result<Self> {
        let document = Self { root };
        document.check_refs(&document.root, &mut String::new())?;
        Ok(document)
    }

    fn check_refs(&self, value: &Value, pointer: &mut String) -> Result<()> {
        match value {
            Value::Object(object) => {
                if let Some(Value::String(target)) = object.get("$ref") {
                    let at = format!("{pointer}/$ref");
                    self.lookup_ref(target, &at)?;
                }
                for (key, child) in object {
                    // Examples are data: a `$ref` key inside one is not a reference.
                    if matches!(key.as_str(), "example" | "examples") {
                        continue;
                    }
                    let len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&escape_token(key));
                    self.check_refs(child, pointer)?;
                    pointer.truncate(len);
                }
                Ok(())
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    let len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&index.to_string());
                    self.check_refs(child, pointer)?;
                    pointer.truncate(len);
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// The value at a JSON pointer (`/components/schemas/Pet`), already unescaped per token.
    pub fn at_pointer(&self, pointer: &str) -> Option<&Value> {
        self.root.pointer(pointer)
    }

    /// Resolves a `$ref` string to (JSON pointer, value). `at` is where the `$ref` is,
    /// for errors.
    pub fn lookup_ref(&self, reference: &str, at: &str) -> Result<(String, &Value)> {
        let Some(fragment) = reference.strip_prefix('#') else {
            return Err(Error::spec(
                at,
                format!("external reference `{reference}` is not supported (only `#/...`)"),
            ));
        };
        let pointer = percent_decode(fragment);
        match self.root.pointer(&pointer) {
            Some(value) => Ok((pointer, value)),
            None => Err(Error::spec(
                at,
                format!("reference `{reference}` points at nothing"),
            )),
        }
    }

    /// Follows `$ref` chains from `value` (found at `pointer`) to a value that is not a
    /// pure reference; returns it with its pointer.
    pub fn deref<'a>(&'a self, value: &'a Value, pointer: &str) -> Result<(String, &'a Value)> {
        let mut current = (pointer.to_string(), value);
        // A chain longer than this is a cycle of references to references.
        for _ in 0..64 {
            match current.1.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    let at = format!("{}/$ref", current.0);
                    current = self.lookup_ref(reference, &at)?;
                }
                None => return Ok(current),
            }
        }
        Err(Error::spec(pointer, "cycle of references"))
    }
}

/// Escapes a key for use as a JSON pointer token (`~` → `~0`, `/` → `~1`).
pub fn escape_token(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Appends an escaped token to a pointer.
pub fn join_pointer(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", escape_token(token))
}

/// Decodes `%XX` sequences of a URI fragment; invalid sequences are kept as written.
fn percent_decode(fragment: &str) -> String {
    let bytes = fragment.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = bytes
            .get(index + 1..index + 3)
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .and_then(|pair| u8::from_str_radix(pair, 16).ok());
        match (bytes[index], hex) {
            (b'%', Some(byte)) => {
                decoded.push(byte);
                index += 3;
            }
            (byte, _) => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_integer_keys_become_strings() {
        let value = parse_yaml("responses:\n  200:\n    description: ok\n").unwrap();
        assert_eq!(value, json!({"responses": {"200": {"description": "ok"}}}));
    }

    #[test]
    fn yaml_times_stay_strings() {
        let value = parse_yaml("default: 09:00\n").unwrap();
        assert_eq!(value, json!({"default": "09:00"}));
    }

    #[test]
    fn refs_resolve_with_escapes_and_percent_encoding() {
        let doc = Document::new(json!({
            "paths": {"/a/{id}": {"get": {"x": 1}}},
            "components": {"schemas": {"A B": {"type": "string"}}},
            "r1": {"$ref": "#/paths/~1a~1%7Bid%7D/get"},
            "r2": {"$ref": "#/components/schemas/A%20B"}
        }))
        .unwrap();
        let (pointer, value) = doc.deref(&doc.root["r1"], "/r1").unwrap();
        assert_eq!(pointer, "/paths/~1a~1{id}/get");
        assert_eq!(value, &json!({"x": 1}));
        let (_, value) = doc.deref(&doc.root["r2"], "/r2").unwrap();
        assert_eq!(value, &json!({"type": "string"}));
    }

    #[test]
    fn external_and_dangling_refs_are_errors_with_pointers() {
        let err = Document::new(json!({"a": [{"$ref": "other.yaml#/X"}]})).unwrap_err();
        assert!(
            err.to_string().starts_with("/a/0/$ref: external reference"),
            "{err}"
        );
        let err = Document::new(json!({"a": {"$ref": "#/nope"}})).unwrap_err();
        assert_eq!(
            err.to_string(),
            "/a/$ref: reference `#/nope` points at nothing"
        );
    }

    #[test]
    fn reference_cycles_are_reported() {
        let doc = Document::new(json!({"a": {"$ref": "#/b"}, "b": {"$ref": "#/a"}})).unwrap();
        assert!(doc.deref(&doc.root["a"], "/a").is_err());
    }
}
