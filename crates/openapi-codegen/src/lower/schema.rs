//! Schemas at their use sites (properties, items, parameters, bodies) and named definitions.

use serde_json::{Map, Value};

use super::normalize::{has_structure, normalize};
use super::{Lowerer, docs_of};
use crate::error::{Error, Result};
use crate::ir::{
    Alias, Constraints, Docs, EnumDef, EnumVariant, Primitive, TypeDef, TypeKind, TypeRef,
};
use crate::load::join_pointer;
use crate::names::{NameScope, variant_name};

/// What a schema means where it is used.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Lowered {
    pub ty: TypeRef,
    pub nullable: bool,
    pub constraints: Constraints,
    pub default: Option<Value>,
    pub docs: Docs,
    pub read_only: bool,
    pub write_only: bool,
}

impl Lowered {
    /// The type with nullability folded in (for places with no field shape: items, values).
    pub fn ty_with_null(&self) -> TypeRef {
        if self.nullable {
            TypeRef::Option(Box::new(self.ty.clone()))
        } else {
            self.ty.clone()
        }
    }
}

/// Whether a (normalized) schema needs a named type of its own.
fn needs_definition(schema: &Map<String, Value>) -> bool {
    if schema.contains_key("$ref") {
        return has_structure(schema);
    }
    let non_empty = |key: &str| match schema.get(key) {
        Some(Value::Array(items)) => !items.is_empty(),
        Some(Value::Object(object)) => !object.is_empty(),
        _ => false,
    };
    non_empty("allOf")
        || non_empty("anyOf")
        || non_empty("oneOf")
        || string_enum_values(schema).is_some()
        || (non_empty("properties") && !is_non_object_type(schema))
}

/// A schema whose `type` says it is not an object (properties next to it are noise).
fn is_non_object_type(schema: &Map<String, Value>) -> bool {
    matches!(schema.get("type").and_then(Value::as_str), Some(t) if t != "object")
}

/// The values of an `enum` that maps to a Rust enum: strings (numbers and booleans too
/// when `type: string` says they are strings).
pub(crate) fn string_enum_values(schema: &Map<String, Value>) -> Option<Vec<String>> {
    let values = schema.get("enum")?.as_array()?;
    if values.is_empty() {
        return None;
    }
    let declared_string = schema.get("type").and_then(Value::as_str) == Some("string");
    values
        .iter()
        .map(|value| match value {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) if declared_string => Some(n.to_string()),
            Value::Bool(b) if declared_string => Some(b.to_string()),
            _ => None,
        })
        .collect()
}

impl Lowerer<'_> {
    /// Lowers the schema at a use site. Types it needs are named after `hint`.
    pub(crate) fn lower_use(
        &mut self,
        schema: &Value,
        pointer: &str,
        hint: &str,
    ) -> Result<Lowered> {
        let normalized = normalize(&self.null_refs_spelled_out(schema));
        let object = &normalized.schema;
        let (ty, target_nullable, constraints) = self.lower_normalized(object, pointer, hint)?;
        Ok(Lowered {
            ty,
            nullable: normalized.nullable || target_nullable,
            constraints,
            default: object.get("default").cloned(),
            docs: docs_of(object),
            read_only: object.get("readOnly").and_then(Value::as_bool) == Some(true),
            write_only: object.get("writeOnly").and_then(Value::as_bool) == Some(true),
        })
    }

    /// (type, whether a referenced schema is nullable, constraints) of a normalized schema.
    fn lower_normalized(
        &mut self,
        object: &Map<String, Value>,
        pointer: &str,
        hint: &str,
    ) -> Result<(TypeRef, bool, Constraints)> {
        if let Some(reference) = object.get("$ref").and_then(Value::as_str)
            && !has_structure(object)
        {
            let (ty, nullable) = self.follow_ref(reference, pointer)?;
            return Ok((ty, nullable, Constraints::default()));
        }
        if needs_definition(object) {
            let name = match self.inline_types.get(pointer) {
                Some(name) => name.clone(),
                None => {
                    let name = self.claim_type_name(hint);
                    self.inline_types.insert(pointer.to_string(), name.clone());
                    let schema_name = name.clone();
                    self.define(&name, &schema_name, &Value::Object(object.clone()), pointer)?;
                    name
                }
            };
            return Ok((TypeRef::Named(name), false, Constraints::default()));
        }
        let constraints = self.constraints_of(object, pointer)?;
        let ty = self.lower_anonymous(object, pointer, hint)?;
        Ok((ty, false, constraints))
    }

    /// The type a `$ref` names, and whether its target admits null.
    pub(crate) fn follow_ref(&mut self, reference: &str, pointer: &str) -> Result<(TypeRef, bool)> {
        let doc = self.doc;
        let (target_pointer, target) = doc.lookup_ref(reference, &join_pointer(pointer, "$ref"))?;
        let nullable = self.is_nullable(target, &target_pointer)?;
        if let Some(name) = self.components.get(&target_pointer) {
            return Ok((TypeRef::Named(name.clone()), nullable));
        }
        // A reference into something that is not a component schema (a property of one,
        // a schema under `paths`): lowered once, named after its pointer.
        let hint = target_pointer
            .rsplit('/')
            .take(2)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join(" ");
        let lowered = self.lower_use(target, &target_pointer, &hint)?;
        Ok((lowered.ty, nullable || lowered.nullable))
    }

    /// The schema with `anyOf`/`oneOf` alternatives that reference a null-only schema
    /// (drf-spectacular's `NullEnum: {enum: [null]}`) written as `{type: null}`, so that
    /// normalizing sees them as the null alternative they are.
    fn null_refs_spelled_out(&self, schema: &Value) -> Value {
        let mut schema = schema.clone();
        let doc = self.doc;
        for key in ["anyOf", "oneOf"] {
            let Some(Value::Array(alternatives)) = schema.get_mut(key) else {
                continue;
            };
            for alternative in alternatives.iter_mut() {
                let Some(reference) = alternative.get("$ref").and_then(Value::as_str) else {
                    continue;
                };
                let only_null = doc.lookup_ref(reference, "").is_ok_and(|(_, target)| {
                    let target = normalize(target);
                    target.nullable
                        && target
                            .schema
                            .keys()
                            .all(|key| matches!(key.as_str(), "title" | "description"))
                });
                if only_null {
                    *alternative = serde_json::json!({"type": "null"});
                }
            }
        }
        schema
    }

    /// Whether the schema (following references) admits null.
    pub(crate) fn is_nullable(&self, schema: &Value, pointer: &str) -> Result<bool> {
        let doc = self.doc;
        let mut current = (pointer.to_string(), schema);
        for _ in 0..64 {
            let normalized = normalize(&self.null_refs_spelled_out(current.1));
            if normalized.nullable {
                return Ok(true);
            }
            match normalized.schema.get("$ref").and_then(Value::as_str) {
                Some(reference) if !has_structure(&normalized.schema) => {
                    current = doc.lookup_ref(reference, &join_pointer(&current.0, "$ref"))?;
                }
                _ => return Ok(false),
            }
        }
        Ok(false)
    }

    /// Defines the named type `name` from `schema` (found at `pointer`).
    pub(crate) fn define(
        &mut self,
        name: &str,
        schema_name: &str,
        schema: &Value,
        pointer: &str,
    ) -> Result<()> {
        let normalized = normalize(&self.null_refs_spelled_out(schema));
        let object = &normalized.schema;
        let docs = docs_of(object);
        let kind = if object.contains_key("$ref") && !has_structure(object) {
            let reference = object
                .get("$ref")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let (target, _) = self.follow_ref(reference, pointer)?;
            TypeKind::Alias(Alias {
                target,
                constraints: Constraints::default(),
            })
        } else if let Some(kind) = self.discriminated_parent(object, pointer, name)? {
            kind
        } else if object.contains_key("$ref")
            || object
                .get("allOf")
                .is_some_and(|v| v.as_array().is_some_and(|a| !a.is_empty()))
        {
            self.lower_all_of(object, pointer, name)?
        } else if ["oneOf", "anyOf"].iter().any(|k| {
            object
                .get(*k)
                .and_then(Value::as_array)
                .is_some_and(|a| !a.is_empty())
        }) {
            self.lower_union(object, pointer, name)?
        } else if let Some(values) = string_enum_values(object) {
            TypeKind::Enum(enum_def(&values))
        } else if object
            .get("properties")
            .and_then(Value::as_object)
            .is_some_and(|p| !p.is_empty())
            && !is_non_object_type(object)
        {
            TypeKind::Struct(self.lower_object(object, pointer, name)?)
        } else {
            let constraints = self.constraints_of(object, pointer)?;
            let target = self.lower_anonymous(object, pointer, name)?;
            TypeKind::Alias(Alias {
                target,
                constraints,
            })
        };
        self.insert_type(TypeDef {
            name: name.to_string(),
            schema_name: schema_name.to_string(),
            pointer: pointer.to_string(),
            docs,
            kind,
        });
        Ok(())
    }

    /// Types that need no definition: scalars, arrays, maps, free-form values.
    fn lower_anonymous(
        &mut self,
        object: &Map<String, Value>,
        pointer: &str,
        hint: &str,
    ) -> Result<TypeRef> {
        let format = object
            .get("format")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let declared = match object.get("type") {
            Some(Value::String(t)) => Some(t.as_str()),
            // Several non-null types: any of them.
            Some(Value::Array(_)) => return Ok(TypeRef::Any),
            _ => None,
        };
        if let Some(values) = object.get("enum").and_then(Value::as_array) {
            // Non-string enums: the values' common JSON type, checked by `allowed_values`.
            return Ok(enum_value_type(values, declared, format));
        }
        let inferred = declared.or_else(|| {
            if object.contains_key("items") {
                Some("array")
            } else if object.contains_key("properties")
                || object.contains_key("additionalProperties")
            {
                Some("object")
            } else {
                None
            }
        });
        Ok(match inferred {
            Some("string") => TypeRef::Primitive(match format {
                "date-time" => Primitive::DateTime,
                "date" => Primitive::Date,
                "binary" => Primitive::Binary,
                _ => Primitive::String,
            }),
            Some("integer") => TypeRef::Primitive(integer_type(format)),
            Some("number") => TypeRef::Primitive(match format {
                "float" => Primitive::F32,
                "int32" => Primitive::I32,
                "int64" => Primitive::I64,
                _ => Primitive::F64,
            }),
            Some("boolean") => TypeRef::Primitive(Primitive::Bool),
            Some("array") => {
                let items = object.get("items").cloned().unwrap_or(Value::Bool(true));
                let item = self.lower_use(
                    &items,
                    &join_pointer(pointer, "items"),
                    &format!("{hint} Item"),
                )?;
                TypeRef::Vec(Box::new(item.ty_with_null()))
            }
            Some("object") => match object.get("additionalProperties") {
                Some(Value::Object(schema)) if !schema.is_empty() => {
                    let value = self.lower_use(
                        &Value::Object(schema.clone()),
                        &join_pointer(pointer, "additionalProperties"),
                        &format!("{hint} Value"),
                    )?;
                    TypeRef::Map(Box::new(value.ty_with_null()))
                }
                _ => TypeRef::FreeFormObject,
            },
            _ => TypeRef::Any,
        })
    }

    /// The validation keywords of a schema.
    pub(crate) fn constraints_of(
        &mut self,
        object: &Map<String, Value>,
        pointer: &str,
    ) -> Result<Constraints> {
        let uint = |key: &str| object.get(key).and_then(Value::as_u64);
        let num = |key: &str| object.get(key).and_then(Value::as_f64);
        let mut constraints = Constraints {
            min_length: uint("minLength"),
            max_length: uint("maxLength"),
            pattern: object
                .get("pattern")
                .and_then(Value::as_str)
                .map(str::to_string),
            minimum: num("minimum"),
            maximum: num("maximum"),
            exclusive_minimum: num("exclusiveMinimum"),
            exclusive_maximum: num("exclusiveMaximum"),
            multiple_of: num("multipleOf"),
            min_items: uint("minItems"),
            max_items: uint("maxItems"),
            unique_items: object.get("uniqueItems").and_then(Value::as_bool) == Some(true),
            min_properties: uint("minProperties"),
            max_properties: uint("maxProperties"),
            allowed_values: None,
            format: None,
            items: None,
            values: None,
        };
        if let Some(pattern) = &constraints.pattern
            && let Err(reason) = openapi_runtime::check::pattern_supported(pattern)
        {
            self.errors.push(Error::spec(
                join_pointer(pointer, "pattern"),
                format!("pattern {pattern:?} is not supported: {reason}"),
            ));
        }
        // 3.0 spells exclusive bounds as booleans next to minimum/maximum.
        if object.get("exclusiveMinimum").and_then(Value::as_bool) == Some(true) {
            constraints.exclusive_minimum = constraints.minimum.take();
        }
        if object.get("exclusiveMaximum").and_then(Value::as_bool) == Some(true) {
            constraints.exclusive_maximum = constraints.maximum.take();
        }
        if let Some(values) = object.get("enum").and_then(Value::as_array)
            && string_enum_values(object).is_none()
        {
            constraints.allowed_values = Some(values.clone());
        }
        let format = object
            .get("format")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let typed_format = matches!(
            format,
            "" | "date-time" | "date" | "binary" | "int32" | "int64" | "float" | "double"
        ) || format.starts_with("int")
            || format.starts_with("uint");
        if !typed_format {
            constraints.format = Some(format.to_string());
        }
        constraints.items = self.inline_constraints(object, "items", pointer)?;
        if object
            .get("additionalProperties")
            .is_some_and(Value::is_object)
        {
            constraints.values =
                self.inline_constraints(object, "additionalProperties", pointer)?;
        }
        Ok(constraints)
    }

    /// The constraints of the schema under `key` (array items, map values). Those of a
    /// referenced schema live on the named type, so only inline schemas count.
    fn inline_constraints(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
        pointer: &str,
    ) -> Result<Option<Box<Constraints>>> {
        let Some(inner) = object.get(key) else {
            return Ok(None);
        };
        let inner = normalize(inner);
        if inner.schema.contains_key("$ref") || needs_definition(&inner.schema) {
            return Ok(None);
        }
        let constraints = self.constraints_of(&inner.schema, &join_pointer(pointer, key))?;
        Ok((!constraints.is_empty()).then(|| Box::new(constraints)))
    }
}

fn integer_type(format: &str) -> Primitive {
    match format {
        "int32" | "int16" | "int8" => Primitive::I32,
        "uint32" | "uint16" | "uint8" => Primitive::U32,
        "uint64" | "uint" => Primitive::U64,
        _ => Primitive::I64,
    }
}

/// The Rust type of a non-string enum's values.
fn enum_value_type(values: &[Value], declared: Option<&str>, format: &str) -> TypeRef {
    let all = |test: fn(&Value) -> bool| values.iter().all(test);
    if declared == Some("integer") || (declared.is_none() && all(|v| v.is_i64() || v.is_u64())) {
        TypeRef::Primitive(integer_type(format))
    } else if declared == Some("number") || (declared.is_none() && all(Value::is_number)) {
        TypeRef::Primitive(Primitive::F64)
    } else if declared == Some("boolean") || (declared.is_none() && all(Value::is_boolean)) {
        TypeRef::Primitive(Primitive::Bool)
    } else {
        TypeRef::Any
    }
}

/// A Rust enum for string values: variants in document order, names unique.
pub(crate) fn enum_def(values: &[String]) -> EnumDef {
    let mut scope = NameScope::new();
    let mut seen = std::collections::HashSet::new();
    let variants = values
        .iter()
        .filter(|value| seen.insert(value.as_str()))
        .map(|value| EnumVariant {
            rust_name: scope.claim(&variant_name(value)),
            wire_value: value.clone(),
        })
        .collect();
    EnumDef { variants }
}
