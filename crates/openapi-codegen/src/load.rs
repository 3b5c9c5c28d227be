//! Reading a document into a raw JSON tree and resolving its local references.
//!
//! The tree is kept raw (rather than parsed into typed structs) because real documents
//! rely on details typed parsers drop, such as a `default` next to a `$ref`.

use std::path::Path;

use serde_json::Value;

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

/// Parses YAML text into JSON, turning non-string mapping keys (`200:`) into strings and
/// integers beyond 64 bits (`minimum: -9223372036854776000`) into the floats JSON Schema
/// reads them as.
pub fn parse_yaml(text: &str) -> Result<Value, String> {
    yaml_serde::from_str::<yaml_tree::Tree>(text)
        .map(|tree| tree.0)
        .map_err(|err| err.to_string())
}

/// A deserializer target that builds a JSON tree straight from YAML events.
mod yaml_tree {
    use std::fmt;

    use serde::de::{
        self, Deserialize, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
    };
    use serde_json::{Map, Number, Value};

    pub struct Tree(pub Value);

    impl<'de> Deserialize<'de> for Tree {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(TreeVisitor).map(Tree)
        }
    }

    fn float<E: de::Error>(value: f64) -> Result<Value, E> {
        Number::from_f64(value)
            .map(Value::Number)
            .ok_or_else(|| E::custom(format!("{value} is not a finite number")))
    }

    struct TreeVisitor;

    impl<'de> Visitor<'de> for TreeVisitor {
        type Value = Value;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str("any YAML value")
        }

        fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
            Ok(Value::Bool(b))
        }

        fn visit_i64<E: de::Error>(self, i: i64) -> Result<Value, E> {
            Ok(Value::Number(i.into()))
        }

        fn visit_u64<E: de::Error>(self, u: u64) -> Result<Value, E> {
            Ok(Value::Number(u.into()))
        }

        // Integers beyond 64 bits: the nearest float, as a JSON parser would read them.
        #[allow(clippy::cast_precision_loss)]
        fn visit_i128<E: de::Error>(self, i: i128) -> Result<Value, E> {
            float(i as f64)
        }

        #[allow(clippy::cast_precision_loss)]
        fn visit_u128<E: de::Error>(self, u: u128) -> Result<Value, E> {
            float(u as f64)
        }

        fn visit_f64<E: de::Error>(self, f: f64) -> Result<Value, E> {
            float(f)
        }

        fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
            Ok(Value::String(s.to_owned()))
        }

        fn visit_string<E: de::Error>(self, s: String) -> Result<Value, E> {
            Ok(Value::String(s))
        }

        fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }

        fn visit_none<E: de::Error>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }

        fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
            Tree::deserialize(deserializer).map(|tree| tree.0)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            let mut items = Vec::new();
            while let Some(Tree(item)) = seq.next_element()? {
                items.push(item);
            }
            Ok(Value::Array(items))
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            let mut object = Map::new();
            while let Some((Key(key), Tree(value))) = map.next_entry()? {
                object.insert(key, value);
            }
            Ok(Value::Object(object))
        }

        /// A tagged value (`!!str x`, `!custom {...}`): the value, without its tag.
        fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
            let (_tag, contents) = data.variant::<String>()?;
            contents.newtype_variant::<Tree>().map(|tree| tree.0)
        }
    }

    /// A mapping key as a string: `200:` → `"200"`, `true:` → `"true"`, `~:` → `"null"`.
    struct Key(String);

    impl<'de> Deserialize<'de> for Key {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            match deserializer.deserialize_any(TreeVisitor)? {
                Value::String(s) => Ok(Key(s)),
                Value::Null => Ok(Key("null".to_string())),
                scalar @ (Value::Bool(_) | Value::Number(_)) => Ok(Key(scalar.to_string())),
                other => Err(de::Error::custom(format!(
                    "unsupported mapping key {other}"
                ))),
            }
        }
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
pub fn percent_decode(fragment: &str) -> String {
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
    fn yaml_integers_beyond_64_bits_are_floats() {
        let value = parse_yaml(
            "minimum: -9223372036854776000\nmaximum: 18446744073709551616\nsmall: -3\nbig: 18446744073709551615\n",
        )
        .unwrap();
        assert_eq!(
            value["minimum"].as_f64(),
            Some(-9_223_372_036_854_776_000.0)
        );
        assert!(value["minimum"].is_f64());
        assert_eq!(
            value["maximum"].as_f64(),
            Some(18_446_744_073_709_551_616.0)
        );
        assert_eq!(value["small"], json!(-3));
        assert_eq!(value["big"], json!(u64::MAX));
    }

    #[test]
    fn yaml_tags_anchors_and_scalar_keys() {
        let value = parse_yaml("a: &x !!str 1\nb: *x\ntrue: ~\n1.5: [1, 2.5]\n").unwrap();
        assert_eq!(
            value,
            json!({"a": "1", "b": "1", "true": null, "1.5": [1, 2.5]})
        );
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
