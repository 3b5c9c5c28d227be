//! A schema as the comparison sees it: `$ref`s followed, `allOf` merged, and the spellings
//! of "nullable" (3.0 `nullable`, 3.1 `type: [X, "null"]`, `anyOf: [X, {type: "null"}]`)
//! reduced to one flag, so two spellings of the same schema compare equal.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::load::{Document, join_pointer};

/// Deeper `$ref`/`allOf` nesting than this is treated as a cycle and not followed.
const MAX_DEPTH: usize = 32;

/// The keywords of one schema that the rules look at.
#[derive(Debug, Clone, Default)]
pub(crate) struct Facts {
    /// Where the schema's own keywords are (after following `$ref`s).
    pub pointer: String,
    /// Where the schema is used (before following `$ref`s): a property, an `items`, a body.
    pub site: String,
    /// JSON types other than `null`; `None`: any type.
    pub types: Option<BTreeSet<String>>,
    pub nullable: bool,
    /// `enum` (or `const`) values other than `null`.
    pub enum_values: Option<Vec<Value>>,
    pub default: Option<Value>,
    pub format: Option<String>,
    pub pattern: Option<String>,
    /// Lower bounds (`minLength`, `minimum`, …) by keyword.
    pub lower: BTreeMap<&'static str, f64>,
    /// Upper bounds (`maxLength`, `maximum`, …) by keyword.
    pub upper: BTreeMap<&'static str, f64>,
    pub multiple_of: Option<f64>,
    pub unique_items: bool,
    pub description: Option<String>,
    pub read_only: bool,
    pub write_only: bool,
    /// (wire name, pointer of the property's schema, the schema), first appearance first.
    pub properties: Vec<(String, String, Value)>,
    pub required: BTreeSet<String>,
    /// `items`: (pointer, schema).
    pub items: Option<(String, Value)>,
    /// `additionalProperties: false`.
    pub closed: bool,
    /// `additionalProperties: <schema>`: (pointer, schema).
    pub additional: Option<(String, Value)>,
    /// Alternatives of a `oneOf`/`anyOf` with more than one non-null alternative.
    pub alternatives: Vec<(String, Value)>,
    /// The alternatives come from `oneOf` (exactly one must match) rather than `anyOf`.
    pub exclusive_alternatives: bool,
    /// `$ref` targets being absorbed right now (cycle guard).
    expanding: Vec<String>,
}

const LOWER_BOUNDS: [&str; 5] = [
    "minLength",
    "minimum",
    "exclusiveMinimum",
    "minItems",
    "minProperties",
];
const UPPER_BOUNDS: [&str; 5] = [
    "maxLength",
    "maximum",
    "exclusiveMaximum",
    "maxItems",
    "maxProperties",
];

impl Facts {
    /// The facts of the schema `value` found at `pointer`.
    pub fn of(doc: &Document, value: &Value, pointer: &str) -> Self {
        let mut facts = Facts {
            pointer: pointer.to_string(),
            site: pointer.to_string(),
            ..Facts::default()
        };
        facts.absorb(doc, value, pointer, 0, true);
        if facts.types.is_none() {
            facts.types = implied_types(&facts);
        }
        facts
    }

    /// Adds the keywords of `value` (at `pointer`); later keywords refine earlier ones.
    /// `primary`: `value` is the schema itself (not an `allOf` part), so where its `$ref`
    /// leads is where the schema is defined.
    fn absorb(
        &mut self,
        doc: &Document,
        value: &Value,
        pointer: &str,
        depth: usize,
        primary: bool,
    ) {
        let Some(object) = value.as_object() else {
            return;
        };
        if depth > MAX_DEPTH {
            return;
        }
        if let Some(reference) = object.get("$ref").and_then(Value::as_str)
            && let Ok((target_pointer, target)) =
                doc.lookup_ref(reference, &join_pointer(pointer, "$ref"))
            // A schema that includes itself (`A: {allOf: [{$ref: A}]}`) adds nothing new.
            && !self.expanding.contains(&target_pointer)
        {
            self.expanding.push(target_pointer.clone());
            if primary {
                self.pointer = target_pointer.clone();
            }
            self.absorb(doc, target, &target_pointer, depth + 1, primary);
            self.expanding.pop();
        }
        if let Some(parts) = object.get("allOf").and_then(Value::as_array) {
            let all_of = join_pointer(pointer, "allOf");
            for (index, part) in parts.iter().enumerate() {
                let part_pointer = join_pointer(&all_of, &index.to_string());
                self.absorb(doc, part, &part_pointer, depth + 1, false);
            }
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(alternatives) = object.get(key).and_then(Value::as_array) {
                self.absorb_alternatives(
                    doc,
                    alternatives,
                    &join_pointer(pointer, key),
                    depth,
                    primary,
                );
            }
        }
        self.absorb_own(object, pointer);
    }

    /// A single non-null alternative is the schema itself (made nullable when a null
    /// alternative is present); several stay alternatives.
    fn absorb_alternatives(
        &mut self,
        doc: &Document,
        alternatives: &[Value],
        pointer: &str,
        depth: usize,
        primary: bool,
    ) {
        let mut real = Vec::new();
        for (index, alternative) in alternatives.iter().enumerate() {
            let alternative_pointer = join_pointer(pointer, &index.to_string());
            if is_null_schema(doc, alternative, &alternative_pointer) {
                self.nullable = true;
            } else {
                real.push((alternative_pointer, alternative));
            }
        }
        match real.as_slice() {
            [(only_pointer, only)] => self.absorb(doc, only, only_pointer, depth + 1, primary),
            _ => {
                self.exclusive_alternatives = pointer.ends_with("/oneOf");
                self.alternatives.extend(
                    real.into_iter()
                        .map(|(pointer, value)| (pointer, value.clone())),
                );
            }
        }
    }

    fn absorb_own(&mut self, object: &Map<String, Value>, pointer: &str) {
        match object.get("type") {
            Some(Value::String(ty)) if ty == "null" => self.nullable = true,
            Some(Value::String(ty)) => self.types = Some(BTreeSet::from([ty.clone()])),
            Some(Value::Array(types)) => {
                let mut set = BTreeSet::new();
                for ty in types.iter().filter_map(Value::as_str) {
                    if ty == "null" {
                        self.nullable = true;
                    } else {
                        set.insert(ty.to_string());
                    }
                }
                self.types = Some(set);
            }
            _ => {}
        }
        if object.get("nullable").and_then(Value::as_bool) == Some(true) {
            self.nullable = true;
        }
        let values = object
            .get("enum")
            .and_then(Value::as_array)
            .cloned()
            .or_else(|| object.get("const").map(|value| vec![value.clone()]));
        if let Some(values) = values {
            if values.iter().any(Value::is_null) {
                self.nullable = true;
            }
            self.enum_values = Some(values.into_iter().filter(|v| !v.is_null()).collect());
        }
        if let Some(default) = object.get("default") {
            self.default = Some(default.clone());
        }
        let text = |key: &str| object.get(key).and_then(Value::as_str).map(str::to_string);
        if let Some(format) = text("format") {
            self.format = Some(format);
        }
        if let Some(pattern) = text("pattern") {
            self.pattern = Some(pattern);
        }
        if let Some(description) = text("description") {
            self.description = Some(description);
        }
        for key in LOWER_BOUNDS {
            if let Some(bound) = object.get(key).and_then(Value::as_f64) {
                self.lower.insert(key, bound);
            }
        }
        for key in UPPER_BOUNDS {
            if let Some(bound) = object.get(key).and_then(Value::as_f64) {
                self.upper.insert(key, bound);
            }
        }
        // 3.0's boolean exclusive bounds move the bound to the exclusive keyword, as 3.1
        // spells it.
        for (flag, plain, bounds) in [
            ("exclusiveMinimum", "minimum", &mut self.lower),
            ("exclusiveMaximum", "maximum", &mut self.upper),
        ] {
            if object.get(flag).and_then(Value::as_bool) == Some(true)
                && let Some(bound) = bounds.remove(plain)
            {
                bounds.insert(flag, bound);
            }
        }
        if let Some(multiple) = object.get("multipleOf").and_then(Value::as_f64) {
            self.multiple_of = Some(multiple);
        }
        let flag = |key: &str| object.get(key).and_then(Value::as_bool) == Some(true);
        self.unique_items |= flag("uniqueItems");
        self.read_only |= flag("readOnly");
        self.write_only |= flag("writeOnly");
        if let Some(properties) = object.get("properties").and_then(Value::as_object) {
            let properties_pointer = join_pointer(pointer, "properties");
            for (name, schema) in properties {
                let property_pointer = join_pointer(&properties_pointer, name);
                match self.properties.iter_mut().find(|(known, ..)| known == name) {
                    Some(existing) => {
                        existing.1 = property_pointer;
                        existing.2 = schema.clone();
                    }
                    None => self
                        .properties
                        .push((name.clone(), property_pointer, schema.clone())),
                }
            }
        }
        if let Some(required) = object.get("required").and_then(Value::as_array) {
            self.required.extend(
                required
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string),
            );
        }
        if let Some(items) = object.get("items") {
            self.items = Some((join_pointer(pointer, "items"), items.clone()));
        }
        match object.get("additionalProperties") {
            Some(Value::Bool(false)) => self.closed = true,
            Some(schema @ Value::Object(_)) => {
                self.additional = Some((
                    join_pointer(pointer, "additionalProperties"),
                    schema.clone(),
                ));
            }
            _ => {}
        }
    }

    /// The schema of property `name`: (pointer, schema).
    pub fn property(&self, name: &str) -> Option<(&str, &Value)> {
        self.properties
            .iter()
            .find(|(known, ..)| known == name)
            .map(|(_, pointer, schema)| (pointer.as_str(), schema))
    }
}

/// A schema without `type` whose other keywords say what it is.
fn implied_types(facts: &Facts) -> Option<BTreeSet<String>> {
    if !facts.properties.is_empty() || facts.additional.is_some() {
        Some(BTreeSet::from(["object".to_string()]))
    } else if facts.items.is_some() {
        Some(BTreeSet::from(["array".to_string()]))
    } else {
        None
    }
}

fn is_null_schema(doc: &Document, value: &Value, pointer: &str) -> bool {
    let Ok((_, value)) = doc.deref(value, pointer) else {
        return false;
    };
    value.get("type").and_then(Value::as_str) == Some("null")
        || value
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|values| values.iter().all(Value::is_null) && !values.is_empty())
}
