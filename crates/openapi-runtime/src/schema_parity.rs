//! Whether the schemas utoipa derives for generated types describe the document they were
//! generated from (feature `schema-parity`, for tests).
//!
//! Both sides are JSON: the document's component schemas, and the derived schemas
//! (`<T as utoipa::PartialSchema>::schema()` serialized), each with the schemas its
//! `$ref`s name. A derived schema matches its source when it lists the same properties in
//! the same order, the same required properties, the same enum values (at the top and on
//! each property), the same nullable properties, the same JSON types (at the top and on
//! each property, `null` aside) and is a map (`additionalProperties` with a schema) where
//! the source is one.
//!
//! The source is read as the generator reads it: `allOf` parts (and a `$ref` with sibling
//! properties) are merged, earlier parts first, and a property both required and
//! `readOnly` is optional (one type serves requests and responses).

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

/// Component schemas by name.
pub type Schemas = Map<String, Value>;

const REF_PREFIX: &str = "#/components/schemas/";

/// How deep `$ref` and `allOf` chains are followed (longer ones are cycles).
const MAX_DEPTH: usize = 32;

/// The JSON types, `null` aside, that a schema of no particular type admits.
const ANY: [&str; 6] = ["array", "boolean", "integer", "number", "object", "string"];

/// The component name a `$ref` points at.
pub fn ref_target(schema: &Value) -> Option<&str> {
    schema.get("$ref")?.as_str()?.strip_prefix(REF_PREFIX)
}

/// An object's properties and required properties, as the generator reads them.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ObjectView {
    /// Names and schemas, first appearance first (a later part refines the schema).
    pub properties: Vec<(String, Value)>,
    /// Required and not `readOnly`.
    pub required: BTreeSet<String>,
}

impl ObjectView {
    pub fn names(&self) -> Vec<String> {
        self.properties
            .iter()
            .map(|(name, _)| name.clone())
            .collect()
    }

    fn property(&self, name: &str) -> Option<&Value> {
        self.properties
            .iter()
            .find(|(property, _)| property == name)
            .map(|(_, schema)| schema)
    }
}

/// The object `schema` describes: its own properties and those of its `$ref` and `allOf`
/// parts (not of `oneOf`/`anyOf` alternatives, which are alternatives).
pub fn object_view(schema: &Value, all: &Schemas) -> ObjectView {
    let mut view = ObjectView::default();
    let mut required = BTreeSet::new();
    collect(schema, all, &mut view, &mut required, 0);
    view.required = required
        .into_iter()
        .filter(|name| {
            view.property(name)
                .is_none_or(|property| property.get("readOnly") != Some(&Value::Bool(true)))
        })
        .collect();
    view
}

fn collect(
    schema: &Value,
    all: &Schemas,
    view: &mut ObjectView,
    required: &mut BTreeSet<String>,
    depth: usize,
) {
    if depth > MAX_DEPTH {
        return;
    }
    if let Some(target) = ref_target(schema).and_then(|name| all.get(name)) {
        collect_part(target, all, view, required, depth);
    }
    // A one-alternative `oneOf`/`anyOf` is a wrapper of that alternative.
    if let Some(only) = only_alternative(schema) {
        let only = match ref_target(only).and_then(|name| all.get(name)) {
            Some(target) => target,
            None => only,
        };
        collect(only, all, view, required, depth + 1);
    }
    for part in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let part = match ref_target(part).and_then(|name| all.get(name)) {
            Some(target) => target,
            None => part,
        };
        collect_part(part, all, view, required, depth);
    }
    collect_own(schema, view, required);
}

/// The one alternative (`null` aside) of a `oneOf`/`anyOf`, if it has exactly one.
fn only_alternative(schema: &Value) -> Option<&Value> {
    let mut alternatives = ["oneOf", "anyOf"]
        .into_iter()
        .filter_map(|keyword| schema.get(keyword).and_then(Value::as_array))
        .flatten()
        .filter(|alternative| !is_null_schema(alternative));
    let only = alternatives.next()?;
    alternatives.next().is_none().then_some(only)
}

fn is_null_schema(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null")
        || schema.get("enum") == Some(&json!([null]))
        || schema.as_object().is_some_and(|object| {
            object.get("nullable") == Some(&Value::Bool(true))
                && object
                    .keys()
                    .all(|key| matches!(key.as_str(), "nullable" | "title" | "description"))
        })
}

/// Whether the schema is a union the generator makes an enum of alternatives: a
/// `discriminator`, or two or more alternatives (`null` aside). Its properties, if it
/// declares any, are its alternatives' business.
pub fn is_union(schema: &Value) -> bool {
    schema.get("discriminator").is_some()
        || ["oneOf", "anyOf"]
            .into_iter()
            .filter_map(|keyword| schema.get(keyword).and_then(Value::as_array))
            .flatten()
            .filter(|alternative| !is_null_schema(alternative))
            .count()
            >= 2
}

fn collect_part(
    part: &Value,
    all: &Schemas,
    view: &mut ObjectView,
    required: &mut BTreeSet<String>,
    depth: usize,
) {
    let has = |key: &str| part.get(key).is_some();
    let object_like = has("properties")
        || has("allOf")
        || has("$ref")
        || has("required")
        || part.get("type").and_then(Value::as_str) == Some("object");
    let union = has("oneOf") || has("anyOf") || has("enum");
    if object_like && !union {
        collect(part, all, view, required, depth + 1);
    } else if object_like && has("properties") {
        // A union's common properties are inherited, its alternatives are not.
        collect_own(part, view, required);
    }
}

fn collect_own(schema: &Value, view: &mut ObjectView, required: &mut BTreeSet<String>) {
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for (name, property) in properties {
            match view.properties.iter_mut().find(|(seen, _)| seen == name) {
                Some(existing) => existing.1 = property.clone(),
                None => view.properties.push((name.clone(), property.clone())),
            }
        }
    }
    required.extend(
        schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned),
    );
}

/// `schema` and every schema it stands for without being an object of its own: the
/// target of its `$ref`, its `anyOf`/`oneOf`/`allOf` alternatives, and (when
/// `through_items`) its array items, in document order.
pub fn same_value_schemas<'a>(
    schema: &'a Value,
    all: &'a Schemas,
    through_items: bool,
) -> Vec<&'a Value> {
    fn visit<'a>(
        schema: &'a Value,
        all: &'a Schemas,
        through_items: bool,
        followed_refs: &mut BTreeSet<&'a str>,
        found: &mut Vec<&'a Value>,
    ) {
        found.push(schema);
        // A name is followed once, so recursive schemas end.
        if let Some(name) = ref_target(schema)
            && followed_refs.insert(name)
            && let Some(target) = all.get(name)
        {
            visit(target, all, through_items, followed_refs, found);
        }
        for keyword in ["anyOf", "oneOf", "allOf"] {
            for alternative in schema
                .get(keyword)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                visit(alternative, all, through_items, followed_refs, found);
            }
        }
        if through_items && let Some(items) = schema.get("items") {
            visit(items, all, through_items, followed_refs, found);
        }
    }
    let mut found = Vec::new();
    visit(schema, all, through_items, &mut BTreeSet::new(), &mut found);
    found
}

/// The enum values a schema allows, wherever they are declared: inline, behind a
/// `$ref`, among alternatives or on array items. `null` is nullability, not a value.
pub fn enum_values(schema: &Value, all: &Schemas) -> Vec<Value> {
    same_value_schemas(schema, all, true)
        .into_iter()
        // Keywords beside a `$ref` are ignored (OpenAPI 3.0), as the generator does.
        .filter(|node| node.get("$ref").is_none())
        .flat_map(|node| {
            let listed = node.get("enum").and_then(Value::as_array).cloned();
            let constant = node.get("const").map(|value| vec![value.clone()]);
            // `const` next to a one-value `enum` (Pydantic writes both) is that value.
            listed.or(constant).unwrap_or_default()
        })
        .filter(|value| !value.is_null())
        .collect()
}

/// Whether `null` is a valid value, in any of the ways OpenAPI 3.0 and 3.1 say it.
pub fn is_nullable(schema: &Value, all: &Schemas) -> bool {
    same_value_schemas(schema, all, false)
        .into_iter()
        .any(|node| {
            node.get("nullable") == Some(&Value::Bool(true))
                || match node.get("type") {
                    Some(Value::String(single)) => single == "null",
                    Some(Value::Array(several)) => several.contains(&json!("null")),
                    _ => false,
                }
                || node
                    .get("enum")
                    .and_then(Value::as_array)
                    .is_some_and(|values| values.contains(&Value::Null))
                || node.get("const") == Some(&Value::Null)
                || is_unconstrained(node)
        })
}

/// A schema that says nothing about the value (`{}`, `true`, annotations only) admits
/// `null` too.
fn is_unconstrained(schema: &Value) -> bool {
    match schema {
        Value::Bool(accepts) => *accepts,
        Value::Object(object) => object.keys().all(|key| {
            matches!(
                key.as_str(),
                "title"
                    | "description"
                    | "default"
                    | "example"
                    | "examples"
                    | "deprecated"
                    | "readOnly"
                    | "writeOnly"
                    | "format"
            ) || key.starts_with("x-")
        }),
        _ => false,
    }
}

/// The JSON types (`null` aside) a value of the schema can have; `integer` is among them
/// wherever `number` is.
pub fn json_types(schema: &Value, all: &Schemas) -> BTreeSet<&'static str> {
    let mut types = types_at(schema, all, &mut Vec::new());
    if types.contains("number") {
        types.insert("integer");
    }
    types
}

fn any() -> BTreeSet<&'static str> {
    ANY.into_iter().collect()
}

fn type_name(name: &str) -> Option<&'static str> {
    ANY.into_iter().find(|known| *known == name)
}

fn types_at<'a>(
    schema: &'a Value,
    all: &'a Schemas,
    followed: &mut Vec<&'a str>,
) -> BTreeSet<&'static str> {
    let Some(object) = schema.as_object() else {
        // `true` accepts anything; `false` nothing.
        return if schema == &Value::Bool(false) {
            BTreeSet::new()
        } else {
            any()
        };
    };
    // Each constraint narrows what the schema admits; none at all admits anything.
    let mut constraints: Vec<BTreeSet<&'static str>> = Vec::new();
    if let Some(name) = ref_target(schema) {
        if followed.contains(&name) || followed.len() > MAX_DEPTH {
            // A recursive reference adds nothing the outer schema does not say.
            return BTreeSet::new();
        }
        if let Some(target) = all.get(name) {
            followed.push(name);
            constraints.push(types_at(target, all, followed));
            followed.pop();
        }
    }
    match object.get("type") {
        Some(Value::String(name)) => constraints.push(type_name(name).into_iter().collect()),
        Some(Value::Array(names)) => constraints.push(
            names
                .iter()
                .filter_map(Value::as_str)
                .filter_map(type_name)
                .collect(),
        ),
        _ => {}
    }
    for keyword in ["oneOf", "anyOf"] {
        if let Some(alternatives) = object.get(keyword).and_then(Value::as_array) {
            constraints.push(
                alternatives
                    .iter()
                    .flat_map(|alternative| types_at(alternative, all, followed))
                    .collect(),
            );
        }
    }
    for part in object
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        constraints.push(types_at(part, all, followed));
    }
    if let Some(values) = object.get("enum").and_then(Value::as_array) {
        constraints.push(values.iter().filter_map(value_type).collect());
    }
    if constraints.is_empty() {
        let object_keywords = ["properties", "additionalProperties", "required"];
        if object_keywords.iter().any(|key| object.contains_key(*key)) {
            constraints.push(["object"].into_iter().collect());
        } else if object.contains_key("items") {
            constraints.push(["array"].into_iter().collect());
        } else if object.get("nullable") == Some(&Value::Bool(true))
            && object
                .keys()
                .all(|key| matches!(key.as_str(), "nullable" | "title" | "description"))
        {
            // schemars' null alternative of `Option<T>`.
            constraints.push(BTreeSet::new());
        }
    }
    constraints
        .into_iter()
        .map(|mut types| {
            if types.contains("number") {
                types.insert("integer");
            }
            types
        })
        .reduce(|both, next| both.intersection(&next).copied().collect())
        .unwrap_or_else(any)
}

/// Whether `format: binary` is among what the value can be.
fn holds_binary(schema: &Value, all: &Schemas) -> bool {
    same_value_schemas(schema, all, true)
        .into_iter()
        .any(|node| node.get("format").and_then(Value::as_str) == Some("binary"))
}

fn value_type(value: &Value) -> Option<&'static str> {
    match value {
        Value::Null => None,
        Value::Bool(_) => Some("boolean"),
        Value::Number(number) if number.is_f64() => Some("number"),
        Value::Number(_) => Some("integer"),
        Value::String(_) => Some("string"),
        Value::Array(_) => Some("array"),
        Value::Object(_) => Some("object"),
    }
}

/// Whether a derived value is a map: `additionalProperties` other than `false`, here or
/// in what the schema stands for (its `$ref`, alternatives, `allOf` parts).
pub fn is_map(schema: &Value, all: &Schemas) -> bool {
    same_value_schemas(schema, all, false)
        .into_iter()
        .any(|node| {
            node.get("additionalProperties")
                .is_some_and(|additional| additional != &Value::Bool(false))
        })
}

/// Whether a source value is a map the generator keeps: `additionalProperties` with a
/// non-empty schema (`true` and `{}` are ignored as the generator ignores them).
fn is_source_map(schema: &Value, all: &Schemas) -> bool {
    same_value_schemas(schema, all, false)
        .into_iter()
        .any(|node| {
            node.get("additionalProperties")
                .and_then(Value::as_object)
                .is_some_and(|additional| !additional.is_empty())
        })
}

/// The differences between the source schema `name` and the schema derived for its type,
/// one line each (`name: …` or `name.property: …`).
pub fn schema_differences(
    name: &str,
    source: &Value,
    source_all: &Schemas,
    derived: &Value,
    derived_all: &Schemas,
) -> Vec<String> {
    let mut differences = Vec::new();
    if is_union(source) {
        // The alternatives are compared as types of their own; here only what the
        // value can be.
        value_differences(
            name,
            source,
            source_all,
            derived,
            derived_all,
            &mut differences,
        );
        return differences;
    }
    let source_view = object_view(source, source_all);
    let derived_view = object_view(derived, derived_all);
    let source_properties = source_view.names();
    let derived_properties = derived_view.names();
    if source_properties != derived_properties {
        differences.push(format!(
            "{name}: properties differ: document {source_properties:?}, model {derived_properties:?}"
        ));
    }
    if source_view.required != derived_view.required {
        differences.push(format!(
            "{name}: required differ: document {:?}, model {:?}",
            source_view.required, derived_view.required
        ));
    }
    value_differences(
        name,
        source,
        source_all,
        derived,
        derived_all,
        &mut differences,
    );
    for (property, source_property) in &source_view.properties {
        let Some(derived_property) = derived_view.property(property) else {
            continue; // reported above
        };
        let at = format!("{name}.{property}");
        value_differences(
            &at,
            source_property,
            source_all,
            derived_property,
            derived_all,
            &mut differences,
        );
        let in_source = is_nullable(source_property, source_all);
        let in_derived = is_nullable(derived_property, derived_all);
        // A model of any value admits `null` whatever the document says, as it admits
        // every type.
        if in_source != in_derived && !(in_derived && is_unconstrained(derived_property)) {
            differences.push(format!(
                "{at}: nullable in the document: {in_source}, in the model: {in_derived}"
            ));
        }
    }
    differences
}

/// Enum values, JSON types and map-ness of one value.
fn value_differences(
    at: &str,
    source: &Value,
    source_all: &Schemas,
    derived: &Value,
    derived_all: &Schemas,
    differences: &mut Vec<String>,
) {
    let source_enum = enum_values(source, source_all);
    let derived_enum = enum_values(derived, derived_all);
    if source_enum != derived_enum {
        differences.push(format!(
            "{at}: enum values differ: document {source_enum:?}, model {derived_enum:?}"
        ));
    }
    let source_types = json_types(source, source_all);
    let derived_types = json_types(derived, derived_all);
    // A model that accepts any value (`serde_json::Value`, the generator's answer to
    // intersections it has no type for) claims nothing wrong. `format: binary` is
    // `Vec<u8>`, a JSON array (a known gap of the generator, docs/generator.md).
    if source_types != derived_types && derived_types != any() && !holds_binary(source, source_all)
    {
        differences.push(format!(
            "{at}: JSON types differ: document {source_types:?}, model {derived_types:?}"
        ));
    }
    if is_source_map(source, source_all) && !is_map(derived, derived_all) {
        differences.push(format!(
            "{at}: a map (additionalProperties) in the document, not in the model"
        ));
    }
}

/// [`schema_differences`] for every schema of `source`, and a line for each without a
/// derived schema of its name.
pub fn document_differences(source: &Schemas, derived: &Schemas) -> Vec<String> {
    let mut differences = Vec::new();
    for (name, source_schema) in source {
        match derived.get(name) {
            Some(derived_schema) => differences.extend(schema_differences(
                name,
                source_schema,
                source,
                derived_schema,
                derived,
            )),
            None => differences.push(format!(
                "{name}: in the document, but no model type has this schema name"
            )),
        }
    }
    differences
}

/// Every schema name some schema of `schemas` refers to.
pub fn referenced_names(schemas: &Schemas) -> BTreeSet<String> {
    fn collect(value: &Value, names: &mut BTreeSet<String>) {
        match value {
            Value::Object(object) => {
                if let Some(name) = ref_target(value) {
                    names.insert(name.to_owned());
                }
                object.values().for_each(|child| collect(child, names));
            }
            Value::Array(array) => array.iter().for_each(|child| collect(child, names)),
            _ => {}
        }
    }
    let mut names = BTreeSet::new();
    schemas
        .values()
        .for_each(|schema| collect(schema, &mut names));
    names
}

/// The schemas of a document: its `components.schemas`.
pub fn component_schemas(document: &Value) -> Schemas {
    document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schemas(value: Value) -> Schemas {
        match value {
            Value::Object(map) => map,
            _ => Schemas::new(),
        }
    }

    fn differences(source: Value, derived: Value) -> Vec<String> {
        document_differences(&schemas(source), &schemas(derived))
    }

    fn assert_reported(differences: &[String], expected: &str) {
        assert!(
            differences.iter().any(|line| line.starts_with(expected)),
            "expected a difference starting with {expected:?}, got {differences:?}"
        );
    }

    #[test]
    fn all_of_parts_are_merged_in_order_and_read_only_is_not_required() {
        let source = schemas(json!({
            "Base": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "integer", "readOnly": true}, "kind": {"type": "string"}}},
            "Pet": {"allOf": [{"$ref": "#/components/schemas/Base"},
                {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "kind": {"type": "string", "enum": ["a"]}}}]}
        }));
        let view = object_view(&source["Pet"], &source);
        assert_eq!(view.names(), ["id", "kind", "name"]);
        assert_eq!(view.required, BTreeSet::from(["name".to_owned()]));
        assert_eq!(
            view.property("kind"),
            Some(&json!({"type": "string", "enum": ["a"]}))
        );
    }

    #[test]
    fn the_same_shape_has_no_differences() {
        let source = json!({
            "Pet": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"},
                "tag": {"type": "string", "nullable": true},
                "kind": {"$ref": "#/components/schemas/Kind"},
                "labels": {"type": "object", "additionalProperties": {"oneOf": [{"type": "string"}, {"type": "integer"}]}},
                "size": {"type": "number"}
            }},
            "Kind": {"type": "string", "enum": ["cat", "dog"]}
        });
        let derived = json!({
            "Pet": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"},
                "tag": {"type": ["string", "null"]},
                "kind": {"$ref": "#/components/schemas/Kind"},
                "labels": {"type": "object", "additionalProperties": {}},
                "size": {"type": "number", "format": "double"}
            }},
            "Kind": {"type": "string", "enum": ["cat", "dog"]}
        });
        assert_eq!(differences(source, derived), Vec::<String>::new());
    }

    #[test]
    fn each_kind_of_difference_is_reported() {
        let source = json!({
            "Pet": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"},
                "tag": {"type": "string", "nullable": true},
                "kind": {"type": "string", "enum": ["cat", "dog"]},
                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                "age": {"type": "integer"}
            }},
            "Missing": {"type": "string", "enum": ["x"]}
        });
        let derived = json!({
            "Pet": {"type": "object", "required": ["name", "age"], "properties": {
                "name": {"type": "string"},
                "tag": {"type": "string"},
                "kind": {"type": "string", "enum": ["cat"]},
                "labels": {"type": "object"},
                "age": {"type": "string"}
            }}
        });
        let found = differences(source.clone(), derived);
        assert_reported(&found, "Missing: in the document");
        assert_reported(&found, "Pet: required differ");
        assert_reported(&found, "Pet.tag: nullable in the document: true");
        assert_reported(&found, "Pet.kind: enum values differ");
        assert_reported(
            &found,
            "Pet.labels: a map (additionalProperties) in the document",
        );
        assert_reported(&found, "Pet.age: JSON types differ");
        let reordered = json!({"Pet": {"type": "object", "properties": {
            "tag": {}, "name": {}, "kind": {}, "labels": {}, "age": {}}}});
        assert_reported(&differences(source, reordered), "Pet: properties differ");
    }

    #[test]
    fn json_types_follow_references_unions_and_intersections() {
        let all = schemas(json!({
            "Tree": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}}},
            "Loop": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/Loop"}]}
        }));
        let types = |schema: Value| json_types(&schema, &all).into_iter().collect::<Vec<_>>();
        assert_eq!(
            types(json!({"$ref": "#/components/schemas/Tree"})),
            ["object"]
        );
        assert_eq!(
            types(json!({"$ref": "#/components/schemas/Loop"})),
            ["string"]
        );
        assert_eq!(
            types(json!({"oneOf": [{"type": "string"}, {"type": "null"}]})),
            ["string"]
        );
        assert_eq!(types(json!({"type": "number"})), ["integer", "number"]);
        assert_eq!(
            types(json!({"allOf": [{"type": "object"}, {"description": "x"}]})),
            ["object"]
        );
        assert_eq!(types(json!({"enum": ["a", 1]})), ["integer", "string"]);
        assert_eq!(types(json!({})).len(), ANY.len());
    }

    #[test]
    fn the_generator_s_readings_are_followed() {
        let source = json!({
            "Kind": {"type": "string"},
            "Only": {"description": "a wrapper", "oneOf": [{"$ref": "#/components/schemas/Inner"}]},
            "Inner": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string", "const": "x"}}},
            "Tagged": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}},
                       "discriminator": {"propertyName": "kind", "mapping": {"a": "#/components/schemas/Inner"}}},
            "Holder": {"type": "object", "properties": {
                "kind": {"$ref": "#/components/schemas/Kind", "enum": ["ignored"]},
                "anything": {"description": "any value", "nullable": true},
                "file": {"type": "string", "format": "binary"}
            }}
        });
        let derived = json!({
            "Only": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string", "enum": ["x"]}}},
            "Inner": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string", "enum": ["x"]}}},
            "Kind": {"type": "string"},
            "Tagged": {"oneOf": [{"$ref": "#/components/schemas/Inner"}], "discriminator": {"propertyName": "kind"}},
            "Holder": {"type": "object", "properties": {
                "kind": {"$ref": "#/components/schemas/Kind"},
                "anything": {},
                "file": {"type": "array", "items": {"type": "integer"}}
            }}
        });
        assert_eq!(
            differences(source.clone(), derived.clone()),
            Vec::<String>::new()
        );
        // What stays a difference under those readings.
        let mut wrong = derived;
        wrong["Holder"]["properties"]["anything"] = json!({"type": "string"});
        wrong["Tagged"] = json!({"type": "array"});
        wrong["Only"]["properties"]["a"] = json!({"type": "string"});
        let found = differences(source, wrong);
        assert_reported(&found, "Holder.anything: nullable in the document: true");
        assert_reported(&found, "Tagged: JSON types differ");
        assert_reported(&found, "Only.a: enum values differ");
    }

    #[test]
    fn missing_integer_enum_values_are_differences() {
        let source = json!({"S": {"type": "object", "properties": {
            "level": {"type": "integer", "enum": [1, 2]},
            "mixed": {"anyOf": [{"type": "integer", "enum": [1, 2]}, {"type": "string", "enum": [""]}]},
            "word": {"type": "string", "enum": ["a", "b"]}
        }}});
        let derived = json!({"S": {"type": "object", "properties": {
            "level": {"type": "integer"},
            "mixed": {"oneOf": [{"type": "integer"}, {"type": "string", "enum": [""]}]},
            "word": {"type": "string", "enum": ["a"]}
        }}});
        let found = differences(source.clone(), derived);
        assert_reported(&found, "S.level: enum values differ");
        assert_reported(&found, "S.mixed: enum values differ");
        assert_reported(&found, "S.word: enum values differ");
        // Listing the values, as the generator's own schema for such a field does, matches.
        let documented = json!({"S": {"type": "object", "properties": {
            "level": {"type": "integer", "format": "int64", "enum": [1, 2]},
            "mixed": {"oneOf": [{"type": "integer", "enum": [1, 2]}, {"type": "string", "enum": [""]}]},
            "word": {"type": "string", "enum": ["a", "b"]}
        }}});
        assert_eq!(differences(source, documented), Vec::<String>::new());
    }

    #[test]
    fn a_model_of_any_value_claims_no_wrong_type() {
        let source = json!({"S": {"type": "object", "properties": {"v": {"type": "string"}}}});
        let derived = json!({"S": {"type": "object", "properties": {"v": {}}}});
        assert_eq!(differences(source, derived), Vec::<String>::new());
    }
}
