//! `oneOf`/`anyOf`: tagged unions (a `discriminator`, or every alternative fixing one
//! property to a single value as dropshot and schemars write Rust enums), string enums
//! spelled as alternatives, and untagged unions.

use serde_json::{Map, Value};

use super::Lowerer;
use super::normalize::normalize;
use super::schema::{enum_def, string_enum_values};
use crate::error::Result;
use crate::ir::{
    Primitive, TaggedUnion, TaggedVariant, TypeDef, TypeKind, TypeRef, UntaggedUnion,
    UntaggedVariant,
};
use crate::load::join_pointer;
use crate::names::{NameScope, type_name, variant_name};

impl Lowerer<'_> {
    pub(crate) fn lower_union(
        &mut self,
        object: &Map<String, Value>,
        pointer: &str,
        name: &str,
    ) -> Result<TypeKind> {
        let key = if object
            .get("oneOf")
            .and_then(Value::as_array)
            .is_some_and(|a| !a.is_empty())
        {
            "oneOf"
        } else {
            "anyOf"
        };
        let alternatives = object
            .get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let alternatives_pointer = join_pointer(pointer, key);
        let alternatives: Vec<(Value, String)> = alternatives
            .into_iter()
            .enumerate()
            .map(|(index, alt)| (alt, join_pointer(&alternatives_pointer, &index.to_string())))
            .collect();

        if let Some(tag) = object
            .get("discriminator")
            .and_then(|d| d.get("propertyName"))
            .and_then(Value::as_str)
            && let Some(union) = self.discriminated(object, &alternatives, tag, pointer, name)?
        {
            return Ok(TypeKind::TaggedUnion(union));
        }
        if let Some(union) = self.implicitly_tagged(&alternatives, name)? {
            return Ok(TypeKind::TaggedUnion(union));
        }
        if let Some(values) = self.inline_string_alternatives(&alternatives) {
            return Ok(TypeKind::Enum(enum_def(&values)));
        }
        self.untagged(&alternatives, name)
            .map(TypeKind::UntaggedUnion)
    }

    /// A union with a `discriminator`: one variant per mapping entry, then one per
    /// referenced alternative the mapping does not mention (tag value = schema name).
    fn discriminated(
        &mut self,
        object: &Map<String, Value>,
        alternatives: &[(Value, String)],
        tag: &str,
        pointer: &str,
        name: &str,
    ) -> Result<Option<TaggedUnion>> {
        let mut entries: Vec<(String, TypeRef)> = Vec::new();
        let mut mapped_targets = Vec::new();
        let mapping_pointer = join_pointer(&join_pointer(pointer, "discriminator"), "mapping");
        if let Some(Value::Object(mapping)) =
            object.get("discriminator").and_then(|d| d.get("mapping"))
        {
            for (value, target) in mapping {
                let Some(target) = target.as_str() else {
                    continue;
                };
                let reference = mapping_ref(target);
                let at = join_pointer(&mapping_pointer, value);
                let dangling =
                    reference.starts_with('#') && self.doc.lookup_ref(&reference, &at).is_err();
                let reference = if dangling {
                    // FastAPI names `Foo-Input` in a mapping whose `oneOf` holds `Foo`:
                    // the member the tag value selects stands in for the missing schema.
                    let Some(selected) = self.member_for_tag(alternatives, tag, value, &reference)
                    else {
                        self.warn(
                            &at,
                            format!(
                                "discriminator mapping names `{target}`, which does not exist, \
                                 and no `oneOf` member has tag value `{value}`; \
                                 values tagged `{value}` are refused"
                            ),
                        );
                        continue;
                    };
                    self.warn(
                        &at,
                        format!(
                            "discriminator mapping names `{target}`, which does not exist; \
                             tag value `{value}` selects `{selected}` instead"
                        ),
                    );
                    selected
                } else {
                    reference
                };
                let (ty, _) = self.follow_ref(&reference, &at)?;
                mapped_targets.push(reference);
                entries.push((value.clone(), ty));
            }
        }
        for (alternative, alt_pointer) in alternatives {
            if let Some(reference) = alternative.get("$ref").and_then(Value::as_str) {
                if mapped_targets.iter().any(|mapped| mapped == reference) {
                    continue;
                }
                let value = reference
                    .rsplit('/')
                    .next()
                    .unwrap_or(reference)
                    .to_string();
                let (ty, _) = self.follow_ref(reference, alt_pointer)?;
                entries.push((value, ty));
            } else {
                // An inline alternative names its tag value itself, or cannot be told apart.
                let normalized = normalize(alternative);
                let Some(value) = single_tag_value(&normalized.schema, tag) else {
                    return Ok(None);
                };
                let lowered =
                    self.lower_use(alternative, alt_pointer, &format!("{name} {value}"))?;
                entries.push((value, lowered.ty));
            }
        }
        if entries.is_empty() {
            return Ok(None);
        }
        let mut names = NameScope::new();
        let variants = entries
            .into_iter()
            .map(|(tag_value, ty)| TaggedVariant {
                rust_name: names.claim(&variant_name(&tag_value)),
                tag_value,
                ty: Some(ty),
            })
            .collect();
        Ok(Some(TaggedUnion {
            tag: tag.to_string(),
            variants,
        }))
    }

    /// The referenced alternative that tag `value` selects when the mapping's own target
    /// does not exist: the one fixing the tag property to `value`, else the one named
    /// `value`, else the one named like the missing target less an `-Input`/`-Output` suffix.
    fn member_for_tag(
        &self,
        alternatives: &[(Value, String)],
        tag: &str,
        value: &str,
        missing: &str,
    ) -> Option<String> {
        let doc = self.doc;
        let references: Vec<&str> = alternatives
            .iter()
            .filter_map(|(alternative, _)| alternative.get("$ref").and_then(Value::as_str))
            .collect();
        let last = |reference: &str| {
            reference
                .rsplit('/')
                .next()
                .unwrap_or(reference)
                .to_string()
        };
        let stem = |name: String| {
            ["-Input", "-Output", "_Input", "_Output"]
                .iter()
                .find_map(|suffix| name.strip_suffix(suffix).map(str::to_string))
                .unwrap_or(name)
        };
        let by_tag = references.iter().find(|reference| {
            doc.lookup_ref(reference, "").is_ok_and(|(_, target)| {
                single_tag_value(&normalize(target).schema, tag).as_deref() == Some(value)
            })
        });
        let by_name = || references.iter().find(|reference| last(reference) == value);
        let by_stem = || {
            let wanted = stem(last(missing));
            references
                .iter()
                .find(|reference| stem(last(reference)) == wanted)
        };
        by_tag
            .or_else(by_name)
            .or_else(by_stem)
            .map(|reference| (*reference).to_string())
    }

    /// Every alternative an object that requires the same property with one fixed value
    /// (dropshot's and schemars' spelling of a Rust enum).
    fn implicitly_tagged(
        &mut self,
        alternatives: &[(Value, String)],
        name: &str,
    ) -> Result<Option<TaggedUnion>> {
        let doc = self.doc;
        let mut resolved = Vec::with_capacity(alternatives.len());
        for (alternative, alt_pointer) in alternatives {
            let (target_pointer, target) = doc.deref(alternative, alt_pointer)?;
            resolved.push((normalize(target).schema, target_pointer));
        }
        if resolved.len() < 2 {
            return Ok(None);
        }
        let Some(first) = resolved
            .first()
            .and_then(|(object, _)| object.get("properties"))
            .and_then(Value::as_object)
        else {
            return Ok(None);
        };
        let tag = first.keys().find(|candidate| {
            let values: Option<Vec<String>> = resolved
                .iter()
                .map(|(object, _)| {
                    single_tag_value(object, candidate).filter(|_| is_required(object, candidate))
                })
                .collect();
            values.is_some_and(|values| {
                let mut unique = values.clone();
                unique.sort();
                unique.dedup();
                unique.len() == values.len()
            })
        });
        let Some(tag) = tag.cloned() else {
            return Ok(None);
        };

        let mut names = NameScope::new();
        let mut variants = Vec::with_capacity(alternatives.len());
        for ((alternative, alt_pointer), (object, _)) in alternatives.iter().zip(&resolved) {
            let tag_value = single_tag_value(object, &tag).unwrap_or_default();
            let rust_name = names.claim(&variant_name(&tag_value));
            let ty = if let Some(reference) = alternative.get("$ref").and_then(Value::as_str) {
                Some(self.follow_ref(reference, alt_pointer)?.0)
            } else {
                // The tag is implied by the variant, so the payload leaves it out.
                let mut payload = object.clone();
                if let Some(Value::Object(properties)) = payload.get_mut("properties") {
                    properties.remove(&tag);
                }
                if let Some(Value::Array(required)) = payload.get_mut("required") {
                    required.retain(|r| r.as_str() != Some(tag.as_str()));
                }
                let is_empty = payload
                    .get("properties")
                    .and_then(Value::as_object)
                    .is_none_or(Map::is_empty)
                    && !matches!(payload.get("additionalProperties"), Some(Value::Object(_)));
                if is_empty {
                    None
                } else {
                    let hint = format!("{name}{}", type_name(&tag_value));
                    let payload_name = self.claim_type_name(&hint);
                    let kind = TypeKind::Struct(self.lower_object(
                        &payload,
                        alt_pointer,
                        &payload_name,
                    )?);
                    self.insert_type(TypeDef {
                        name: payload_name.clone(),
                        schema_name: payload_name.clone(),
                        pointer: alt_pointer.clone(),
                        docs: super::docs_of(&payload),
                        kind,
                    });
                    Some(TypeRef::Named(payload_name))
                }
            };
            variants.push(TaggedVariant {
                rust_name,
                tag_value,
                ty,
            });
        }
        Ok(Some(TaggedUnion { tag, variants }))
    }

    /// `oneOf: [{const: a, description}, {enum: [b]}]` (schemars' documented enums): one enum.
    fn inline_string_alternatives(&self, alternatives: &[(Value, String)]) -> Option<Vec<String>> {
        let mut values = Vec::new();
        for (alternative, _) in alternatives {
            if alternative.get("$ref").is_some() {
                return None;
            }
            let normalized = normalize(alternative);
            values.extend(string_enum_values(&normalized.schema)?);
        }
        Some(values)
    }

    fn untagged(&mut self, alternatives: &[(Value, String)], name: &str) -> Result<UntaggedUnion> {
        let mut names = NameScope::new();
        let mut variants = Vec::with_capacity(alternatives.len());
        for (index, (alternative, alt_pointer)) in alternatives.iter().enumerate() {
            let lowered = self.lower_use(
                alternative,
                alt_pointer,
                &format!("{name} Variant{}", index + 1),
            )?;
            let ty = lowered.ty_with_null();
            let rust_name = names.claim(&untagged_variant_name(&ty));
            variants.push(UntaggedVariant { rust_name, ty });
        }
        Ok(UntaggedUnion { variants })
    }

    /// A component with a `discriminator` and properties but no alternatives, whose
    /// subtypes name it in their `allOf` (the 3.0 inheritance pattern): a tagged union of
    /// the subtypes. `None` when no component extends it.
    pub(crate) fn discriminated_parent(
        &mut self,
        object: &Map<String, Value>,
        pointer: &str,
        name: &str,
    ) -> Result<Option<TypeKind>> {
        let Some(tag) = object
            .get("discriminator")
            .and_then(|d| d.get("propertyName"))
            .and_then(Value::as_str)
        else {
            return Ok(None);
        };
        if object.contains_key("oneOf")
            || object.contains_key("anyOf")
            || !pointer.starts_with("/components/schemas/")
        {
            return Ok(None);
        }
        let reference = format!("#{pointer}");
        let doc = self.doc;
        let children: Vec<Value> = doc
            .root
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|schemas| {
                schemas
                    .iter()
                    .filter(|(_, schema)| {
                        schema.get("allOf").and_then(Value::as_array).is_some_and(|parts| {
                            parts.iter().any(|part| part.get("$ref").and_then(Value::as_str) == Some(reference.as_str()))
                        })
                    })
                    .map(|(key, _)| serde_json::json!({"$ref": format!("#/components/schemas/{}", crate::load::escape_token(key))}))
                    .collect()
            })
            .unwrap_or_default();
        if children.is_empty() {
            return Ok(None);
        }
        let alternatives: Vec<(Value, String)> = children
            .into_iter()
            .map(|child| (child, pointer.to_string()))
            .collect();
        Ok(self
            .discriminated(object, &alternatives, tag, pointer, name)?
            .map(TypeKind::TaggedUnion))
    }
}

/// `#/components/schemas/Cat` stays; a bare `Cat` means that component.
fn mapping_ref(target: &str) -> String {
    if target.starts_with('#') || target.contains('/') {
        target.to_string()
    } else {
        format!("#/components/schemas/{target}")
    }
}

fn is_required(object: &Map<String, Value>, property: &str) -> bool {
    object
        .get("required")
        .and_then(Value::as_array)
        .is_some_and(|required| required.iter().any(|r| r.as_str() == Some(property)))
}

/// The one string value the object's `property` may take (`enum: [x]` or `const: x`).
fn single_tag_value(object: &Map<String, Value>, property: &str) -> Option<String> {
    let schema = object.get("properties")?.get(property)?;
    let normalized = normalize(schema);
    match string_enum_values(&normalized.schema)?.as_slice() {
        [value] => Some(value.clone()),
        _ => None,
    }
}

fn untagged_variant_name(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(name) => name.clone(),
        TypeRef::Primitive(primitive) => match primitive {
            Primitive::Bool => "Boolean",
            Primitive::I32 | Primitive::I64 | Primitive::U32 | Primitive::U64 => "Integer",
            Primitive::F32 | Primitive::F64 => "Number",
            Primitive::String => "String",
            Primitive::DateTime => "DateTime",
            Primitive::Date => "Date",
            Primitive::Binary => "Binary",
        }
        .to_string(),
        TypeRef::Vec(item) => format!("{}List", untagged_variant_name(item)),
        TypeRef::Map(value) => format!("{}Map", untagged_variant_name(value)),
        TypeRef::Option(inner) | TypeRef::Box(inner) | TypeRef::Patch(inner) => {
            untagged_variant_name(inner)
        }
        TypeRef::Any => "Value".to_string(),
        TypeRef::FreeFormObject => "Object".to_string(),
    }
}
