//! Objects: properties to fields, and `allOf` (or `$ref` with sibling properties) merged
//! into one struct.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::Lowerer;
use super::normalize::normalize;
use crate::error::Result;
use crate::ir::{
    AdditionalProperties, Alias, Constraints, Field, FieldShape, StructDef, TypeKind, TypeRef,
};
use crate::load::join_pointer;
use crate::names::{NameScope, field_name, type_name};

/// Properties gathered from an object and the parts it is composed of.
#[derive(Default)]
struct ObjectParts {
    /// (wire name, schema, pointer), first appearance first; later parts refine a schema.
    properties: Vec<(String, Value, String)>,
    required: BTreeSet<String>,
    /// `additionalProperties: <schema>` and its pointer.
    additional: Option<(Value, String)>,
    /// `additionalProperties: false` seen.
    closed: bool,
    /// How many objects contributed properties (a closed part among several is ignored:
    /// `allOf` with `additionalProperties: false` in one part would reject the others).
    object_parts: usize,
    /// A part that is not an object (a union, a scalar) was met.
    non_object: Vec<(Value, String)>,
}

/// Deep `allOf` chains longer than this are cycles.
const MAX_DEPTH: usize = 32;

impl Lowerer<'_> {
    /// A struct from an object schema with properties.
    pub(crate) fn lower_object(
        &mut self,
        object: &Map<String, Value>,
        pointer: &str,
        name: &str,
    ) -> Result<StructDef> {
        let mut parts = ObjectParts::default();
        self.collect_own(object, pointer, &mut parts);
        self.build_struct(parts, name)
    }

    /// `allOf` parts (or a `$ref` with sibling keywords) merged into one type.
    pub(crate) fn lower_all_of(
        &mut self,
        object: &Map<String, Value>,
        pointer: &str,
        name: &str,
    ) -> Result<TypeKind> {
        let mut parts = ObjectParts::default();
        self.collect(object, pointer, &mut parts, 0)?;
        if parts.properties.is_empty() && parts.additional.is_none() {
            return Ok(match parts.non_object.as_slice() {
                // `allOf: [X, {description}]`: just X.
                [(only, only_pointer)] => {
                    let lowered = self.lower_use(only, only_pointer, name)?;
                    TypeKind::Alias(Alias {
                        target: lowered.ty,
                        constraints: lowered.constraints,
                    })
                }
                [] => TypeKind::Alias(Alias {
                    target: TypeRef::FreeFormObject,
                    constraints: Constraints::default(),
                }),
                // Intersections of unions or scalars have no Rust type; accept any value.
                _ => TypeKind::Alias(Alias {
                    target: TypeRef::Any,
                    constraints: Constraints::default(),
                }),
            });
        }
        Ok(TypeKind::Struct(self.build_struct(parts, name)?))
    }

    fn collect(
        &self,
        object: &Map<String, Value>,
        pointer: &str,
        parts: &mut ObjectParts,
        depth: usize,
    ) -> Result<()> {
        if depth > MAX_DEPTH {
            return Ok(());
        }
        let doc = self.doc;
        if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
            let (target_pointer, target) =
                doc.lookup_ref(reference, &join_pointer(pointer, "$ref"))?;
            self.collect_part(target, &target_pointer, parts, depth)?;
        }
        if let Some(Value::Array(all_of)) = object.get("allOf") {
            for (index, part) in all_of.iter().enumerate() {
                let part_pointer =
                    join_pointer(&join_pointer(pointer, "allOf"), &index.to_string());
                let (target_pointer, target) = doc.deref(part, &part_pointer)?;
                self.collect_part(target, &target_pointer, parts, depth)?;
            }
        }
        self.collect_own(object, pointer, parts);
        Ok(())
    }

    fn collect_part(
        &self,
        part: &Value,
        pointer: &str,
        parts: &mut ObjectParts,
        depth: usize,
    ) -> Result<()> {
        let normalized = normalize(part);
        let object = &normalized.schema;
        let is_object_like = object.contains_key("properties")
            || object.contains_key("allOf")
            || object.contains_key("$ref")
            || object.get("type").and_then(Value::as_str) == Some("object")
            || object.contains_key("required");
        let is_union = object.contains_key("oneOf")
            || object.contains_key("anyOf")
            || object.contains_key("enum");
        if is_object_like && !is_union {
            self.collect(object, pointer, parts, depth + 1)
        } else if is_object_like && object.contains_key("properties") {
            // A union that also declares common properties, extended by one of its own
            // alternatives (`Cat: allOf [Pet, …]` where `Pet: oneOf [Cat, Dog]`): the
            // common properties are inherited, the alternatives are not.
            self.collect_own(object, pointer, parts);
            Ok(())
        } else if object.keys().all(|key| is_annotation(key)) {
            // `{description: ...}` parts only document.
            Ok(())
        } else {
            parts
                .non_object
                .push((Value::Object(object.clone()), pointer.to_string()));
            Ok(())
        }
    }

    fn collect_own(&self, object: &Map<String, Value>, pointer: &str, parts: &mut ObjectParts) {
        if let Some(Value::Object(properties)) = object.get("properties") {
            parts.object_parts += 1;
            let properties_pointer = join_pointer(pointer, "properties");
            for (key, schema) in properties {
                let property_pointer = join_pointer(&properties_pointer, key);
                match parts.properties.iter_mut().find(|(wire, _, _)| wire == key) {
                    Some(existing) => {
                        existing.1 = schema.clone();
                        existing.2 = property_pointer;
                    }
                    None => parts
                        .properties
                        .push((key.clone(), schema.clone(), property_pointer)),
                }
            }
        }
        if let Some(Value::Array(required)) = object.get("required") {
            parts.required.extend(
                required
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string),
            );
        }
        match object.get("additionalProperties") {
            Some(Value::Bool(false)) => parts.closed = true,
            Some(Value::Object(schema)) if !schema.is_empty() => {
                parts.additional = Some((
                    Value::Object(schema.clone()),
                    join_pointer(pointer, "additionalProperties"),
                ));
            }
            _ => {}
        }
    }

    fn build_struct(&mut self, parts: ObjectParts, name: &str) -> Result<StructDef> {
        let mut field_names = NameScope::new();
        let mut fields = Vec::with_capacity(parts.properties.len());
        for (wire_name, schema, pointer) in &parts.properties {
            let hint = format!("{name}{}", type_name(wire_name));
            let lowered = self.lower_use(schema, pointer, &hint)?;
            // A read-only property is never sent by clients, so one type can serve requests
            // and responses only if it may be absent (drf-spectacular marks `id` both
            // required and read-only).
            let required = parts.required.contains(wire_name) && !lowered.read_only;
            let rust_name = field_names.claim(&field_name(wire_name));
            fields.push(Field {
                wire_name: wire_name.clone(),
                rust_name,
                shape: FieldShape::of(required, lowered.nullable, lowered.default.is_some()),
                ty: lowered.ty,
                required,
                nullable: lowered.nullable,
                default: lowered.default,
                constraints: lowered.constraints,
                read_only: lowered.read_only,
                write_only: lowered.write_only,
                docs: lowered.docs,
                pointer: pointer.clone(),
            });
        }
        let additional = match &parts.additional {
            Some((schema, pointer)) => {
                let lowered = self.lower_use(schema, pointer, &format!("{name} Value"))?;
                AdditionalProperties::Typed(lowered.ty_with_null())
            }
            None if parts.closed && parts.object_parts <= 1 => AdditionalProperties::Denied,
            None => AdditionalProperties::Ignored,
        };
        Ok(StructDef { fields, additional })
    }
}

/// Keywords that describe rather than constrain.
fn is_annotation(key: &str) -> bool {
    matches!(
        key,
        "title"
            | "description"
            | "example"
            | "examples"
            | "deprecated"
            | "readOnly"
            | "writeOnly"
            | "default"
            | "externalDocs"
            | "xml"
    ) || key.starts_with("x-")
}
