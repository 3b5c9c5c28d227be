//! An instance of a schema: the document's own example when it has one, else a value
//! built from the schema (required properties, bounds, formats, enum values, the
//! discriminator's tag). Built values need not satisfy every keyword (a `pattern`, say);
//! the round-trip test checks each instance against the schema first and counts the
//! ones that do not as unusable rather than as failures.

use serde_json::{Map, Value, json};

/// How deep references are followed; beyond it only required properties are built, and
/// a required property that needs more depth gives up (recursive schemas).
const MAX_DEPTH: usize = 6;
const FULL_DEPTH: usize = 3;

pub struct Builder<'a> {
    document: &'a Value,
}

impl<'a> Builder<'a> {
    pub fn new(document: &'a Value) -> Self {
        Self { document }
    }

    /// Candidate instances for the schema at `pointer`: its examples first, then a built one.
    pub fn candidates(&self, pointer: &str) -> Vec<Value> {
        let Some(schema) = self.document.pointer(pointer) else {
            return Vec::new();
        };
        let mut candidates = Vec::new();
        if let Some(example) = schema.get("example") {
            candidates.push(example.clone());
        }
        if let Some(Value::Array(examples)) = schema.get("examples") {
            candidates.extend(examples.iter().take(2).cloned());
        }
        candidates.extend(self.build(schema, 0));
        candidates
    }

    fn resolve(&self, reference: &str) -> Option<&'a Value> {
        let fragment = reference.strip_prefix('#')?;
        self.document
            .pointer(&openapi_codegen::load::percent_decode(fragment))
    }

    /// A value for `schema`, or `None` when none could be built.
    pub fn build(&self, schema: &Value, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        let object = match schema {
            Value::Object(object) => object,
            Value::Bool(true) => return Some(json!("value")),
            _ => return None,
        };
        if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
            return self.build(self.resolve(reference)?, depth + 1);
        }
        if let Some(value) = object.get("const") {
            return Some(value.clone());
        }
        if let Some(Value::Array(values)) = object.get("enum") {
            return values.iter().find(|value| !value.is_null()).cloned();
        }
        // A parent with a discriminator that its subtypes extend (3.0 inheritance): an
        // instance is one of the subtypes the mapping names.
        if !object.contains_key("oneOf")
            && !object.contains_key("anyOf")
            && let Some(discriminator) = object.get("discriminator")
            && let Some(tag) = discriminator.get("propertyName").and_then(Value::as_str)
            && let Some(Value::Object(mapping)) = discriminator.get("mapping")
            && let Some((value, target)) = mapping.iter().next()
            && let Some(target) = target.as_str()
        {
            let reference = if target.starts_with('#') {
                target.to_string()
            } else {
                format!("#/components/schemas/{target}")
            };
            let mut built = self.build(self.resolve(&reference)?, depth + 1)?;
            if let Value::Object(fields) = &mut built {
                fields.insert(tag.to_string(), Value::String(value.clone()));
            }
            return Some(built);
        }
        if let Some(Value::Array(parts)) = object.get("allOf") {
            return self.build_all_of(object, parts, depth);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(alternatives)) = object.get(key) {
                return self.build_alternative(object, alternatives, depth);
            }
        }
        let declared = match object.get("type") {
            Some(Value::String(name)) => Some(name.as_str()),
            Some(Value::Array(names)) => names
                .iter()
                .filter_map(Value::as_str)
                .find(|name| *name != "null"),
            _ => None,
        };
        let inferred = declared.or_else(|| {
            if object.contains_key("properties") || object.contains_key("additionalProperties") {
                Some("object")
            } else if object.contains_key("items") {
                Some("array")
            } else {
                None
            }
        });
        match inferred {
            Some("object") => self.build_object(object, depth),
            Some("array") => {
                let min = object.get("minItems").and_then(Value::as_u64).unwrap_or(1);
                let item = match object.get("items") {
                    Some(items) => self.build(items, depth + 1),
                    None => Some(json!("value")),
                };
                match item {
                    Some(item) if min > 0 || depth < FULL_DEPTH => {
                        Some(Value::Array(vec![item; usize::try_from(min.max(1)).ok()?]))
                    }
                    _ if min == 0 => Some(json!([])),
                    _ => None,
                }
            }
            Some("string") => Some(build_string(object)),
            Some("integer") => Some(build_number(object, true)),
            Some("number") => Some(build_number(object, false)),
            Some("boolean") => Some(json!(true)),
            Some("null") => Some(Value::Null),
            _ => Some(json!("value")),
        }
    }

    fn build_object(&self, object: &Map<String, Value>, depth: usize) -> Option<Value> {
        let required: Vec<&str> = object
            .get("required")
            .and_then(Value::as_array)
            .map(|names| names.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut built = Map::new();
        if let Some(Value::Object(properties)) = object.get("properties") {
            for (name, property) in properties {
                let is_required = required.contains(&name.as_str());
                if !is_required && depth >= FULL_DEPTH {
                    continue;
                }
                match self.build(property, depth + 1) {
                    Some(value) => {
                        built.insert(name.clone(), value);
                    }
                    None if is_required => return None,
                    None => {}
                }
            }
        }
        Some(Value::Object(built))
    }

    /// The parts' objects merged (scalars: the last part that builds one).
    fn build_all_of(
        &self,
        object: &Map<String, Value>,
        parts: &[Value],
        depth: usize,
    ) -> Option<Value> {
        let mut merged = Map::new();
        let mut scalar = None;
        for part in parts {
            // A part is built as the object it is, not as the subtypes its discriminator
            // names (one of which is what is being built).
            let mut part = match part.get("$ref").and_then(Value::as_str) {
                Some(reference) => self.resolve(reference)?.clone(),
                None => part.clone(),
            };
            if let Value::Object(part) = &mut part {
                part.remove("discriminator");
            }
            match self.build(&part, depth + 1)? {
                Value::Object(part) => merged.extend(part),
                other => scalar = Some(other),
            }
        }
        let mut own = object.clone();
        own.remove("allOf");
        if own.contains_key("properties")
            && let Some(Value::Object(extra)) = self.build_object(&own, depth)
        {
            merged.extend(extra);
        }
        match scalar {
            Some(value) if merged.is_empty() => Some(value),
            _ => Some(Value::Object(merged)),
        }
    }

    /// The first alternative that builds; with a discriminator, its tag value is set.
    fn build_alternative(
        &self,
        object: &Map<String, Value>,
        alternatives: &[Value],
        depth: usize,
    ) -> Option<Value> {
        let non_null = alternatives
            .iter()
            .filter(|alternative| alternative.get("type").and_then(Value::as_str) != Some("null"));
        for alternative in non_null {
            let Some(mut value) = self.build(alternative, depth + 1) else {
                continue;
            };
            if let (Some(discriminator), Value::Object(fields)) =
                (object.get("discriminator"), &mut value)
                && let Some(tag) = discriminator.get("propertyName").and_then(Value::as_str)
                && let Some(reference) = alternative.get("$ref").and_then(Value::as_str)
            {
                fields.insert(tag.to_string(), json!(tag_value(discriminator, reference)));
            }
            return Some(value);
        }
        None
    }
}

/// The tag value a discriminator gives the alternative `reference`: its mapping key, else
/// the schema's name.
fn tag_value(discriminator: &Value, reference: &str) -> String {
    let name = reference.rsplit('/').next().unwrap_or(reference);
    discriminator
        .get("mapping")
        .and_then(Value::as_object)
        .and_then(|mapping| {
            mapping.iter().find_map(|(key, target)| {
                let target = target.as_str()?;
                (target == reference || target == name).then(|| key.clone())
            })
        })
        .unwrap_or_else(|| name.to_string())
}

fn build_string(object: &Map<String, Value>) -> Value {
    let format = object
        .get("format")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let text = match format {
        "date-time" => "2024-01-02T03:04:05Z".to_string(),
        "date" => "2024-01-02".to_string(),
        "time" => "03:04:05Z".to_string(),
        "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6".to_string(),
        "email" => "user@example.com".to_string(),
        "uri" | "url" => "https://example.com/".to_string(),
        "ipv4" => "192.0.2.1".to_string(),
        "ipv6" => "2001:db8::1".to_string(),
        "hostname" => "example.com".to_string(),
        "byte" => "aGVsbG8=".to_string(),
        _ => {
            let min = object.get("minLength").and_then(Value::as_u64).unwrap_or(0);
            let max = object.get("maxLength").and_then(Value::as_u64).unwrap_or(8);
            let length = usize::try_from(min.max(max.min(8)).max(min)).unwrap_or(8);
            "x".repeat(length)
        }
    };
    Value::String(text)
}

fn build_number(object: &Map<String, Value>, integer: bool) -> Value {
    let bound = |key: &str| object.get(key).and_then(Value::as_f64);
    let exclusive_flag = |key: &str| object.get(key).and_then(Value::as_bool) == Some(true);
    let mut value = 1.0_f64;
    if let Some(minimum) = bound("minimum") {
        value = if exclusive_flag("exclusiveMinimum") {
            minimum + 1.0
        } else {
            minimum
        };
    }
    if let Some(minimum) = bound("exclusiveMinimum") {
        value = minimum + 1.0;
    }
    if let Some(maximum) = bound("maximum")
        && value > maximum
    {
        value = maximum;
    }
    if let Some(step) = bound("multipleOf")
        && step > 0.0
    {
        value = (value / step).ceil() * step;
    }
    if integer && value.fract() == 0.0 && value.abs() < 9.0e15 {
        #[allow(clippy::cast_possible_truncation)]
        let integer = value as i64;
        json!(integer)
    } else {
        json!(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_instances_follow_refs_bounds_formats_and_tags() {
        let document = json!({"components": {"schemas": {
            "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}],
                     "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat"}}},
            "Cat": {"type": "object", "required": ["kind", "age", "born"], "properties": {
                "kind": {"type": "string"},
                "age": {"type": "integer", "minimum": 3},
                "born": {"type": "string", "format": "date"},
                "name": {"type": "string", "minLength": 10}
            }}
        }}});
        let builder = Builder::new(&document);
        assert_eq!(
            builder.candidates("/components/schemas/Pet"),
            [json!({"kind": "cat", "age": 3, "born": "2024-01-02", "name": "xxxxxxxxxx"})]
        );
    }

    #[test]
    fn a_discriminated_parent_is_built_as_a_mapped_subtype() {
        let document = json!({"components": {"schemas": {
            "Update": {"type": "object", "required": ["action"],
                       "properties": {"action": {"type": "string"}},
                       "discriminator": {"propertyName": "action",
                                         "mapping": {"set-x": "#/components/schemas/SetX"}}},
            "SetX": {"allOf": [{"$ref": "#/components/schemas/Update"},
                               {"type": "object", "required": ["x"], "properties": {"x": {"type": "integer"}}}]}
        }}});
        let builder = Builder::new(&document);
        assert_eq!(
            builder.candidates("/components/schemas/Update"),
            [json!({"action": "set-x", "x": 1})]
        );
        assert_eq!(
            builder.candidates("/components/schemas/SetX"),
            [json!({"action": "xxxxxxxx", "x": 1})]
        );
    }

    #[test]
    fn recursion_stops_at_optional_properties() {
        let document = json!({"components": {"schemas": {
            "Node": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "integer"},
                "next": {"$ref": "#/components/schemas/Node"}
            }}
        }}});
        let built = Builder::new(&document).candidates("/components/schemas/Node");
        assert_eq!(
            built,
            [json!({"id": 1, "next": {"id": 1, "next": {"id": 1}}})]
        );
    }
}
