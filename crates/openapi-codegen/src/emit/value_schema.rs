//! Schemas the models crate writes for utoipa itself, where its derive would document
//! less than the document says: enums without a Rust enum (numeric enums are plain
//! numbers in Rust, their values checked by validation), and string enums holding `""`
//! (the derive documents such a variant by its name).

use proc_macro2::TokenStream;
use quote::quote;

use super::rust::json_tokens;
use crate::ir::{Api, Constraints, Primitive, TypeKind, TypeRef};

/// Alias chains are acyclic (recursive aliases became newtypes); this bounds them anyway.
const MAX_DEPTH: usize = 32;

/// An `ObjectBuilder` of one JSON type (`Type::Integer`, …) listing `values` as its `enum`.
pub fn enum_object(schema_type: TokenStream, values: &[TokenStream]) -> TokenStream {
    quote! {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(#schema_type)
            .enum_values(Some([#(#values),*]))
    }
}

/// The schema of a value of type `ty` (a field's type without its shape's wrapper;
/// `nullable` says whether `null` is a value), as a builder expression, when a numeric
/// enum is in it: the value itself, array items, map values, through nullable wrappers
/// and aliases. `None` when utoipa's derive documents the type as the document does.
pub fn numeric_enum_schema(
    api: &Api,
    ty: &TypeRef,
    constraints: &Constraints,
    nullable: bool,
) -> Option<TokenStream> {
    schema_at(api, ty, constraints, nullable, 0)
}

fn schema_at(
    api: &Api,
    ty: &TypeRef,
    constraints: &Constraints,
    nullable: bool,
    depth: usize,
) -> Option<TokenStream> {
    if depth > MAX_DEPTH {
        return None;
    }
    let next = depth + 1;
    match ty {
        TypeRef::Option(inner) | TypeRef::Patch(inner) => {
            schema_at(api, inner, constraints, true, next)
        }
        TypeRef::Box(inner) => schema_at(api, inner, constraints, nullable, next),
        // A component's values live on the component (keywords beside a `$ref` are
        // ignored); other named types have schemas of their own.
        TypeRef::Named(name) => match api.type_def(name).map(|def| &def.kind) {
            Some(TypeKind::Alias(alias)) => {
                schema_at(api, &alias.target, &alias.constraints, nullable, next)
            }
            _ => None,
        },
        TypeRef::Vec(item) => {
            let no_constraints = Constraints::default();
            let item_constraints = constraints.items.as_deref().unwrap_or(&no_constraints);
            let items = schema_at(api, item, item_constraints, false, next)?;
            let schema_type = json_type(quote!(Array), nullable);
            Some(quote! {
                utoipa::openapi::schema::ArrayBuilder::new()
                    .schema_type(#schema_type)
                    .items(#items)
            })
        }
        TypeRef::Map(value) => {
            let no_constraints = Constraints::default();
            let value_constraints = constraints.values.as_deref().unwrap_or(&no_constraints);
            let values = schema_at(api, value, value_constraints, false, next)?;
            let schema_type = json_type(quote!(Object), nullable);
            Some(quote! {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(#schema_type)
                    .additional_properties(Some(#values))
            })
        }
        TypeRef::Primitive(primitive) => {
            let (json, format) = numeric(*primitive)?;
            let allowed = constraints.allowed_values.as_ref()?;
            let mut values: Vec<TokenStream> = allowed
                .iter()
                .filter_map(json_tokens)
                .map(|json| quote!(serde_json::json!(#json)))
                .collect();
            // Null was taken out of the values as nullability; JSON Schema wants it listed.
            if nullable {
                values.push(quote!(serde_json::Value::Null));
            }
            let object = enum_object(json_type(json, nullable), &values);
            Some(quote! {
                #object.format(Some(utoipa::openapi::schema::SchemaFormat::KnownFormat(
                    utoipa::openapi::schema::KnownFormat::#format
                )))
            })
        }
        TypeRef::Any | TypeRef::FreeFormObject => None,
    }
}

/// utoipa's JSON type and format of a numeric primitive, as its derive writes them.
fn numeric(primitive: Primitive) -> Option<(TokenStream, TokenStream)> {
    Some(match primitive {
        Primitive::I32 | Primitive::U32 => (quote!(Integer), quote!(Int32)),
        Primitive::I64 | Primitive::U64 => (quote!(Integer), quote!(Int64)),
        Primitive::F32 => (quote!(Number), quote!(Float)),
        Primitive::F64 => (quote!(Number), quote!(Double)),
        Primitive::Bool
        | Primitive::String
        | Primitive::DateTime
        | Primitive::Date
        | Primitive::Binary => return None,
    })
}

/// `Type::<json>`, or `[<json>, null]` when `null` is a value too.
fn json_type(json: TokenStream, nullable: bool) -> TokenStream {
    if nullable {
        quote! {
            <utoipa::openapi::schema::SchemaType as std::iter::FromIterator<_>>::from_iter([
                utoipa::openapi::schema::Type::#json,
                utoipa::openapi::schema::Type::Null,
            ])
        }
    } else {
        quote!(utoipa::openapi::schema::Type::#json)
    }
}
