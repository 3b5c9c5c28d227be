//! The models crate's `lib.rs`: one Rust type per named IR type.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{default_expr, doc_attrs_for, format_file, ident, type_tokens};
use super::value_schema::{enum_object, numeric_enum_schema};
use crate::error::Result;
use crate::ir::{
    AdditionalProperties, Alias, Api, Constraints, EnumDef, Field, FieldShape, Primitive,
    StructDef, TaggedUnion, TypeDef, TypeKind, TypeRef, UntaggedUnion,
};
use crate::names::{NameScope, unraw};

/// The source of the models crate's `src/lib.rs`; `header` is its first line.
pub fn emit(api: &Api, header: &str) -> Result<String> {
    let items = api.types.iter().map(|def| emit_type(api, def));
    let responses = super::responses::emit_module(api);
    let doc = if api.title.is_empty() {
        " Types of an API, generated from its OpenAPI document.".to_string()
    } else {
        format!(
            " Types of {} (version {}), generated from its OpenAPI document.",
            api.title, api.version
        )
    };
    let tokens = quote! {
        #![doc = #doc]
        // Descriptions are copied verbatim from the document, whose Markdown need not
        // follow rustdoc's conventions.
        #![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
        #(#items)*
        #responses
    };
    format_file(tokens, header, "the models crate")
}

fn emit_type(api: &Api, def: &TypeDef) -> TokenStream {
    let docs = doc_attrs_for(&def.docs, &def.schema_name);
    let name = ident(&def.name);
    let body = match &def.kind {
        TypeKind::Struct(struct_def) => emit_struct(api, def, struct_def),
        TypeKind::Enum(enum_def) => emit_enum(def, enum_def),
        TypeKind::TaggedUnion(union) => emit_tagged(api, def, union),
        TypeKind::UntaggedUnion(union) => emit_untagged(api, def, union),
        TypeKind::Alias(alias) => {
            let target = type_tokens(&alias.target, None);
            quote!(pub type #name = #target;)
        }
        TypeKind::Newtype(Alias { target, .. }) => {
            let target = type_tokens(&expand_aliases(api, target), None);
            let schema_as = schema_as(def);
            quote! {
                #[derive(Debug, Clone, PartialEq)]
                #[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
                #schema_as
                #[serde(transparent)]
                pub struct #name(pub #target);
            }
        }
    };
    quote! {
        #docs
        #body
    }
}

fn emit_struct(api: &Api, def: &TypeDef, struct_def: &StructDef) -> TokenStream {
    let name = ident(&def.name);
    let schema_as = schema_as(def);
    let mut helper_fns = Vec::new();
    let mut fields: Vec<TokenStream> = struct_def
        .fields
        .iter()
        .map(|field| emit_field(api, def, field, &mut helper_fns))
        .collect();
    let mut container_attrs = TokenStream::new();
    match &struct_def.additional {
        AdditionalProperties::Ignored => {}
        AdditionalProperties::Denied => container_attrs = quote!(#[serde(deny_unknown_fields)]),
        AdditionalProperties::Typed(ty) => {
            let taken = struct_def
                .fields
                .iter()
                .map(|field| unraw(&field.rust_name));
            let field_name = ident(&NameScope::with_taken(taken).claim("additional_properties"));
            let ty = type_tokens(
                &expand_aliases(api, &TypeRef::Map(Box::new(ty.clone()))),
                None,
            );
            fields.push(quote! {
                /// Properties not declared above.
                #[serde(flatten)]
                pub #field_name: #ty
            });
        }
    }
    let defaults = if helper_fns.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            impl #name {
                #(#helper_fns)*
            }
        }
    };
    quote! {
        #[derive(Debug, Clone, PartialEq)]
        #[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #schema_as
        #container_attrs
        pub struct #name {
            #(#fields),*
        }
        #defaults
    }
}

fn emit_field(
    api: &Api,
    def: &TypeDef,
    field: &Field,
    helper_fns: &mut Vec<TokenStream>,
) -> TokenStream {
    let docs = doc_attrs_for(&field.docs, &field.wire_name);
    let rust_name = ident(&field.rust_name);
    let expanded = expand_aliases(api, &field.rust_type());
    let ty = type_tokens(&expanded, None);
    // The nesting is the document's (and aliases had to be expanded for utoipa).
    let complexity_lint = if type_complexity(&expanded, 1) >= 200 {
        quote!(#[allow(clippy::type_complexity)])
    } else {
        TokenStream::new()
    };
    let rename = if field.wire_name != unraw(&field.rust_name) {
        let wire = &field.wire_name;
        quote!(#[serde(rename = #wire)])
    } else {
        TokenStream::new()
    };
    let serde_attrs = match field.shape {
        FieldShape::Required | FieldShape::RequiredNullable => TokenStream::new(),
        FieldShape::Optional => quote!(#[serde(default, skip_serializing_if = "Option::is_none")]),
        FieldShape::Patch => {
            quote!(#[serde(default, skip_serializing_if = "openapi_runtime::Patch::is_absent")])
        }
        FieldShape::Defaulted | FieldShape::DefaultedNullable => {
            let value = field.default.clone().unwrap_or_default();
            match default_expr(&api.types, &field.rust_type(), &value, None) {
                Some(expr) if !value.is_null() => {
                    let fn_name = format_ident!("default_{}", unraw(&field.rust_name));
                    let path = format!("{}::{fn_name}", def.name);
                    helper_fns.push(quote! {
                        fn #fn_name() -> #ty {
                            #expr
                        }
                    });
                    quote!(#[serde(default = #path)])
                }
                // `default: null`, and defaults lowering could not check (never emitted).
                _ => quote!(#[serde(default)]),
            }
        }
    };
    let mut schema_args: Vec<TokenStream> = Vec::new();
    let enum_schema = numeric_enum_schema(api, &field.ty, &field.constraints, field.nullable);
    let has_own_schema = enum_schema.is_some();
    if let Some(schema) = enum_schema {
        // utoipa's derive sees a plain number where the document lists the values: the
        // field's whole schema is written here, nullability included.
        let fn_name = format_ident!("schema_{}", unraw(&field.rust_name));
        let type_name = ident(&def.name);
        let path = quote!(#type_name::#fn_name);
        let description = field
            .docs
            .text()
            .map(|text| quote!(.description(Some(#text))));
        helper_fns.push(quote! {
            fn #fn_name() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                #schema #description .into()
            }
        });
        schema_args.push(quote!(schema_with = #path));
    } else if utoipa_cannot_derive(&expanded) {
        // utoipa's derive does not compile for maps of nullable named types (it builds a
        // `oneOf` where it needs a schema): the field is documented as a map of any values
        // instead (`{type: object, additionalProperties: {}}`), still a map of the right
        // JSON type.
        let documented = if matches!(expanded, TypeRef::Option(_) | TypeRef::Patch(_)) {
            quote!(Option<std::collections::BTreeMap<String, serde_json::Value>>)
        } else {
            quote!(std::collections::BTreeMap<String, serde_json::Value>)
        };
        schema_args.push(quote!(value_type = #documented));
    } else if field.shape == FieldShape::Patch {
        // utoipa's derive wants generic field types to compose schemas; for the
        // document, a patch field is a nullable value.
        let documented = type_tokens(
            &TypeRef::Option(Box::new(expand_aliases(api, &field.ty))),
            None,
        );
        schema_args.push(quote!(value_type = #documented));
    }
    if field.shape == FieldShape::Optional && !has_own_schema {
        // utoipa documents every `Option` as nullable, but here `None` only means
        // "absent": a `null` on the wire is rejected.
        schema_args.push(quote!(nullable = false));
    }
    if field.shape == FieldShape::RequiredNullable {
        // utoipa documents every `Option` as optional, but here `None` is a `null` that
        // must be sent.
        schema_args.push(quote!(required = true));
    }
    if contains_box(&field.ty) && !has_own_schema {
        // utoipa would otherwise follow the cycle forever when collecting schemas.
        schema_args.push(quote!(no_recursion));
    }
    let schema_attrs = if schema_args.is_empty() {
        TokenStream::new()
    } else {
        quote!(#[schema(#(#schema_args),*)])
    };
    quote! {
        #docs
        #rename
        #serde_attrs
        #schema_attrs
        #complexity_lint
        pub #rust_name: #ty
    }
}

/// `#[schema(as = ...)]` keeping the document's schema name where the Rust name differs
/// and the document's name can be written as a path (`pet_status`, `io.k8s.Pod`); other
/// names (`Page«Post»`) cannot be expressed to utoipa's derive and use the Rust name.
fn schema_as(def: &TypeDef) -> TokenStream {
    if def.schema_name == def.name {
        return TokenStream::new();
    }
    let segments: Option<Vec<syn::Ident>> = def
        .schema_name
        .split('.')
        .map(|segment| syn::parse_str::<syn::Ident>(segment).ok())
        .collect();
    match segments {
        Some(segments) => quote!(#[schema(as = #(#segments)::*)]),
        None => TokenStream::new(),
    }
}

/// Roughly clippy's `type_complexity` score (10 per type, times its nesting level);
/// clippy complains from 250.
fn type_complexity(ty: &TypeRef, nest: u32) -> u32 {
    let own = 10 * nest;
    own + match ty {
        TypeRef::Vec(inner)
        | TypeRef::Option(inner)
        | TypeRef::Patch(inner)
        | TypeRef::Box(inner) => type_complexity(inner, nest + 1),
        TypeRef::Map(inner) => 10 * (nest + 1) + type_complexity(inner, nest + 1),
        TypeRef::FreeFormObject => 20 * (nest + 1),
        TypeRef::Named(_) | TypeRef::Primitive(_) | TypeRef::Any => 0,
    }
}

fn contains_box(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Box(_) => true,
        TypeRef::Option(inner) | TypeRef::Patch(inner) => contains_box(inner),
        _ => false,
    }
}

fn emit_enum(def: &TypeDef, enum_def: &EnumDef) -> TokenStream {
    let name = ident(&def.name);
    let schema_as = schema_as(def);
    let variant_names: Vec<&str> = enum_def
        .variants
        .iter()
        .map(|v| v.rust_name.as_str())
        .collect();
    let lint = variant_names_lint(&def.name, &variant_names);
    let variants = enum_def.variants.iter().map(|variant| {
        let variant_ident = ident(&variant.rust_name);
        let wire = &variant.wire_value;
        quote! {
            #[serde(rename = #wire)]
            #variant_ident
        }
    });
    let arms = enum_def.variants.iter().map(|variant| {
        let variant_ident = ident(&variant.rust_name);
        let wire = &variant.wire_value;
        quote!(Self::#variant_ident => #wire)
    });
    // utoipa's derive ignores an empty `rename` and documents the variant's name instead
    // (`Empty` for `""`): such an enum gets its schema written here.
    let (derives, schema_impls) = if enum_def
        .variants
        .iter()
        .any(|variant| variant.wire_value.is_empty())
    {
        let values: Vec<TokenStream> = enum_def
            .variants
            .iter()
            .map(|variant| {
                let wire = &variant.wire_value;
                quote!(#wire)
            })
            .collect();
        let object = enum_object(quote!(utoipa::openapi::schema::Type::String), &values);
        let schema_name = &def.schema_name;
        (
            quote!(#[derive(serde::Serialize, serde::Deserialize)]),
            quote! {
                impl utoipa::PartialSchema for #name {
                    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                        #object.into()
                    }
                }

                impl utoipa::ToSchema for #name {
                    fn name() -> std::borrow::Cow<'static, str> {
                        std::borrow::Cow::Borrowed(#schema_name)
                    }
                }
            },
        )
    } else {
        (
            quote! {
                #[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
                #schema_as
            },
            TokenStream::new(),
        )
    };
    quote! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #derives
        #lint
        pub enum #name {
            #(#variants),*
        }

        #schema_impls

        impl #name {
            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &'static str {
                match self {
                    #(#arms),*
                }
            }
        }
    }
}

/// clippy's `enum_variant_names` fires when all variants share a word at the start or
/// end, or repeat the enum's name; variant names come from the document, so that is
/// allowed where it would fire.
fn variant_names_lint(enum_name: &str, variants: &[&str]) -> TokenStream {
    fn words(name: &str) -> Vec<String> {
        let mut words: Vec<String> = Vec::new();
        for c in name.chars() {
            match words.last_mut() {
                Some(word) if !c.is_ascii_uppercase() => word.push(c),
                _ => words.push(c.to_string()),
            }
        }
        words
    }
    let enum_lower = enum_name.to_ascii_lowercase();
    let repeats_name = variants.iter().any(|variant| {
        let variant = variant.to_ascii_lowercase();
        variant.starts_with(&enum_lower) || variant.ends_with(&enum_lower)
    });
    let shares_word = variants.len() >= 3 && {
        let split: Vec<Vec<String>> = variants.iter().map(|variant| words(variant)).collect();
        let first = split.iter().map(|w| w.first()).collect::<Vec<_>>();
        let last = split.iter().map(|w| w.last()).collect::<Vec<_>>();
        let all_same = |items: &[Option<&String>]| items.windows(2).all(|pair| pair[0] == pair[1]);
        // A variant that is nothing but the shared word cannot drop it; clippy still fires.
        all_same(&first) || all_same(&last)
    };
    if repeats_name || shares_word {
        quote!(#[allow(clippy::enum_variant_names)])
    } else {
        TokenStream::new()
    }
}

fn emit_untagged(api: &Api, def: &TypeDef, union: &UntaggedUnion) -> TokenStream {
    let name = ident(&def.name);
    let schema_as = schema_as(def);
    let variant_names: Vec<&str> = union
        .variants
        .iter()
        .map(|v| v.rust_name.as_str())
        .collect();
    let lint = variant_names_lint(&def.name, &variant_names);
    let variants = union.variants.iter().map(|variant| {
        let variant_ident = ident(&variant.rust_name);
        let ty = type_tokens(&expand_aliases(api, &variant.ty), None);
        quote!(#variant_ident(#ty))
    });
    let enum_schemas: Vec<Option<TokenStream>> = union
        .variants
        .iter()
        .map(|variant| numeric_enum_schema(api, &variant.ty, &Constraints::default(), false))
        .collect();
    // utoipa's derive takes no schema function for a variant: a union with a numeric
    // enum among its members gets its whole schema written here.
    let (derives, schema_impls) = if enum_schemas.iter().any(Option::is_some) {
        let items = union
            .variants
            .iter()
            .zip(enum_schemas)
            .map(|(variant, enum_schema)| {
                let item = enum_schema.unwrap_or_else(|| member_schema(api, &variant.ty));
                quote!(.item(#item))
            });
        let schema_name = &def.schema_name;
        (
            quote!(#[derive(serde::Serialize, serde::Deserialize)]),
            quote! {
                impl utoipa::PartialSchema for #name {
                    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                        utoipa::openapi::schema::OneOfBuilder::new()
                            #(#items)*
                            .into()
                    }
                }

                impl utoipa::ToSchema for #name {
                    fn name() -> std::borrow::Cow<'static, str> {
                        std::borrow::Cow::Borrowed(#schema_name)
                    }
                }
            },
        )
    } else {
        (
            quote! {
                #[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
                #schema_as
            },
            TokenStream::new(),
        )
    };
    quote! {
        // Alternatives differ in size as the document's schemas do; boxing them all would
        // make every use clumsier.
        #[allow(clippy::large_enum_variant)]
        #lint
        #[derive(Debug, Clone, PartialEq)]
        #derives
        #[serde(untagged)]
        pub enum #name {
            #(#variants),*
        }

        #schema_impls
    }
}

/// The schema of a union member in a hand-written union schema: its type's own where
/// utoipa has one, else any value.
fn member_schema(api: &Api, ty: &TypeRef) -> TokenStream {
    let expanded = expand_aliases(api, ty);
    let has_schema = match &expanded {
        TypeRef::Named(_) => true,
        TypeRef::Primitive(primitive) => !matches!(
            primitive,
            Primitive::DateTime | Primitive::Date | Primitive::Binary
        ),
        _ => false,
    };
    if has_schema {
        let ty = type_tokens(&expanded, None);
        quote!(<#ty as utoipa::PartialSchema>::schema())
    } else {
        quote!(
            utoipa::openapi::schema::ObjectBuilder::new()
                .schema_type(utoipa::openapi::schema::SchemaType::AnyValue)
        )
    }
}

/// Tagged unions get hand-written serde impls: serde's internally tagged enums hand the
/// payload the object without its tag, but the document's payload schemas usually
/// declare (and require) the tag property themselves.
fn emit_tagged(api: &Api, def: &TypeDef, union: &TaggedUnion) -> TokenStream {
    let name = ident(&def.name);
    let tag = &union.tag;
    let variant_names: Vec<&str> = union
        .variants
        .iter()
        .map(|v| v.rust_name.as_str())
        .collect();
    let lint = variant_names_lint(&def.name, &variant_names);
    let variants = union.variants.iter().map(|variant| {
        let variant_ident = ident(&variant.rust_name);
        match &variant.ty {
            Some(ty) => {
                let ty = type_tokens(&expand_aliases(api, ty), None);
                quote!(#variant_ident(#ty))
            }
            None => quote!(#variant_ident),
        }
    });
    let serialize_arms = union.variants.iter().map(|variant| {
        let variant_ident = ident(&variant.rust_name);
        let value = &variant.tag_value;
        match &variant.ty {
            Some(_) => quote!(Self::#variant_ident(payload) => (#value, serde_json::to_value(payload))),
            None => quote!(Self::#variant_ident => (#value, Ok(serde_json::Value::Object(serde_json::Map::new())))),
        }
    });
    let mut needs_mut = false;
    let deserialize_arms: Vec<TokenStream> = union
        .variants
        .iter()
        .map(|variant| {
            let variant_ident = ident(&variant.rust_name);
            let value = &variant.tag_value;
            match &variant.ty {
                Some(ty) if payload_declares(api, ty, tag) => quote! {
                    #value => serde_json::from_value(value).map(Self::#variant_ident).map_err(D::Error::custom)
                },
                Some(_) => {
                    needs_mut = true;
                    quote! {
                        #value => {
                            if let Some(object) = value.as_object_mut() {
                                object.remove(#tag);
                            }
                            serde_json::from_value(value).map(Self::#variant_ident).map_err(D::Error::custom)
                        }
                    }
                }
                None => quote!(#value => Ok(Self::#variant_ident)),
            }
        })
        .collect();
    let binding = if needs_mut {
        quote!(mut value)
    } else {
        quote!(value)
    };
    let tag_values = union.variants.iter().map(|variant| &variant.tag_value);
    let schema_items = union.variants.iter().map(|variant| match &variant.ty {
        Some(ty) => match expand_aliases(api, ty.unwrapped()) {
            named @ TypeRef::Named(_) => {
                let ty = type_tokens(&named, None);
                quote!(.item(<#ty as utoipa::PartialSchema>::schema()))
            }
            // Payloads without a schema of their own (maps, scalars) are described as objects.
            _ => quote!(.item(utoipa::openapi::schema::ObjectBuilder::new())),
        },
        None => {
            let value = &variant.tag_value;
            quote!(.item(
                utoipa::openapi::schema::ObjectBuilder::new()
                    .property(
                        #tag,
                        utoipa::openapi::schema::ObjectBuilder::new()
                            .schema_type(utoipa::openapi::schema::Type::String)
                            .enum_values(Some([#value])),
                    )
                    .required(#tag)
            ))
        }
    });
    let schema_name = &def.schema_name;
    quote! {
        #[allow(clippy::large_enum_variant)]
        #lint
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants),*
        }

        impl #name {
            const VARIANTS: &'static [&'static str] = &[#(#tag_values),*];
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::Error as _;
                let (tag, payload): (&str, Result<serde_json::Value, serde_json::Error>) = match self {
                    #(#serialize_arms),*
                };
                match payload.map_err(S::Error::custom)? {
                    serde_json::Value::Object(fields) => {
                        let mut object = serde_json::Map::with_capacity(fields.len() + 1);
                        object.insert(String::from(#tag), serde_json::Value::from(tag));
                        object.extend(fields.into_iter().filter(|(key, _)| key != #tag));
                        object.serialize(serializer)
                    }
                    other => other.serialize(serializer),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                use serde::de::Error as _;
                let #binding = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                let tag = match value.get(#tag) {
                    Some(serde_json::Value::String(tag)) => tag.clone(),
                    Some(_) => return Err(D::Error::invalid_type(serde::de::Unexpected::Other("non-string tag"), &"a string")),
                    None => return Err(D::Error::missing_field(#tag)),
                };
                match tag.as_str() {
                    #(#deserialize_arms,)*
                    other => Err(D::Error::unknown_variant(other, Self::VARIANTS)),
                }
            }
        }

        impl utoipa::PartialSchema for #name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::OneOfBuilder::new()
                    #(#schema_items)*
                    .discriminator(Some(utoipa::openapi::schema::Discriminator::new(#tag)))
                    .into()
            }
        }

        impl utoipa::ToSchema for #name {
            fn name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed(#schema_name)
            }
        }
    }
}

/// Whether the payload type declares the tag property (then it receives it).
fn payload_declares(api: &Api, ty: &TypeRef, tag: &str) -> bool {
    let TypeRef::Named(name) = ty.unwrapped() else {
        return true;
    };
    match api.type_def(name).map(|def| &def.kind) {
        Some(TypeKind::Struct(def)) => def.fields.iter().any(|field| field.wire_name == tag),
        Some(TypeKind::Alias(alias)) => payload_declares(api, &alias.target, tag),
        // Other payloads (unions, maps) take the whole object.
        _ => true,
    }
}

/// Whether utoipa's derive fails on the type: a map whose values are a nullable named type
/// (`BTreeMap<String, Option<Pet>>`), anywhere in it.
fn utoipa_cannot_derive(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Map(value) => {
            matches!(&**value, TypeRef::Option(inner) if matches!(&**inner, TypeRef::Named(_) | TypeRef::Box(_)))
                || utoipa_cannot_derive(value)
        }
        TypeRef::Vec(inner)
        | TypeRef::Option(inner)
        | TypeRef::Patch(inner)
        | TypeRef::Box(inner) => utoipa_cannot_derive(inner),
        TypeRef::Named(_) | TypeRef::Primitive(_) | TypeRef::Any | TypeRef::FreeFormObject => false,
    }
}

/// The type with aliases replaced by what they name. Aliases are the same type to Rust,
/// but utoipa's derive needs every named field type to have a schema of its own, which
/// an alias of `serde_json::Map` or `chrono::DateTime` does not.
fn expand_aliases(api: &Api, ty: &TypeRef) -> TypeRef {
    expand_aliases_at(api, ty, 0)
}

fn expand_aliases_at(api: &Api, ty: &TypeRef, depth: usize) -> TypeRef {
    // Alias chains are acyclic (recursive aliases became newtypes); this bounds them anyway.
    if depth > 32 {
        return ty.clone();
    }
    let expand = |inner: &TypeRef| Box::new(expand_aliases_at(api, inner, depth + 1));
    match ty {
        TypeRef::Named(name) => match api.type_def(name).map(|def| &def.kind) {
            Some(TypeKind::Alias(alias)) => expand_aliases_at(api, &alias.target, depth + 1),
            _ => ty.clone(),
        },
        TypeRef::Vec(inner) => TypeRef::Vec(expand(inner)),
        TypeRef::Map(inner) => TypeRef::Map(expand(inner)),
        TypeRef::Option(inner) => TypeRef::Option(expand(inner)),
        TypeRef::Patch(inner) => TypeRef::Patch(expand(inner)),
        TypeRef::Box(inner) => TypeRef::Box(expand(inner)),
        TypeRef::Primitive(_) | TypeRef::Any | TypeRef::FreeFormObject => ty.clone(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::load::Document;
    use crate::lower::lower;

    fn emit_schemas(schemas: Value) -> String {
        let document = Document::new(json!({
            "openapi": "3.1.0",
            "info": {"title": "T", "version": "1"},
            "components": {"schemas": schemas}
        }))
        .unwrap();
        super::emit(&lower(&document).unwrap(), "// header").unwrap()
    }

    /// The source with whitespace collapsed, so assertions do not depend on line breaks.
    fn squashed(source: &str) -> String {
        source.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn fields_follow_the_property_rules() {
        let source = squashed(&emit_schemas(json!({
            "S": {"type": "object", "required": ["a", "b"], "properties": {
                "a": {"type": "string"},
                "b": {"type": ["string", "null"]},
                "camelCase": {"type": "integer", "default": 7},
                "d": {"type": "boolean"},
                "e": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                "f": {"type": ["string", "null"], "default": null}
            }}
        })));
        for expected in [
            "pub a: String,",
            "pub b: Option<String>,",
            "#[serde(rename = \"camelCase\")] #[serde(default = \"S::default_camel_case\")] pub camel_case: i64,",
            "fn default_camel_case() -> i64 { 7 }",
            "#[serde(default, skip_serializing_if = \"Option::is_none\")] #[schema(nullable = false)] pub d: Option<bool>,",
            "#[serde(default, skip_serializing_if = \"openapi_runtime::Patch::is_absent\")] #[schema(value_type = Option<String>)] pub e: openapi_runtime::Patch<String>,",
            "#[serde(default)] pub f: Option<String>,",
        ] {
            assert!(
                source.contains(expected),
                "missing `{expected}` in\n{source}"
            );
        }
    }

    #[test]
    fn required_nullable_fields_stay_required_for_utoipa() {
        let source = squashed(&emit_schemas(json!({
            "S": {"type": "object", "required": ["a", "b", "c"], "properties": {
                "a": {"type": ["string", "null"]},
                "b": {"anyOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]},
                "c": {"type": ["integer", "null"], "default": 1},
                "d": {"type": ["string", "null"], "default": null}
            }},
            "T": {"type": "object", "properties": {"x": {"type": "string"}}}
        })));
        for expected in [
            "#[schema(required = true)] pub a: Option<String>,",
            "#[schema(required = true)] pub b: Option<T>,",
            "#[schema(required = true)] pub c: Option<i64>,",
        ] {
            assert!(
                source.contains(expected),
                "missing `{expected}` in\n{source}"
            );
        }
        // Optional ones are not.
        assert!(
            source.contains("#[serde(default)] pub d: Option<String>,"),
            "{source}"
        );
    }

    #[test]
    fn an_enum_with_an_empty_value_writes_its_own_schema() {
        let source = squashed(&emit_schemas(json!({
            "BlankEnum": {"type": "string", "enum": [""]},
            "Currency": {"type": "string", "enum": ["EUR", ""]},
            "Kind": {"type": "string", "enum": ["a"]}
        })));
        assert!(
            source.contains(".enum_values(Some([\"EUR\", \"\"]))"),
            "the document's values, the empty one included: {source}"
        );
        assert!(
            source.contains("impl utoipa::ToSchema for BlankEnum { fn name() -> std::borrow::Cow<'static, str> { std::borrow::Cow::Borrowed(\"BlankEnum\") } }"),
            "{source}"
        );
        assert!(
            source.contains("#[derive(serde::Serialize, serde::Deserialize)] pub enum Currency"),
            "{source}"
        );
        assert!(
            source.contains(
                "#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)] pub enum Kind"
            ),
            "{source}"
        );
    }

    /// The source without whitespace and trailing commas, for assertions on long
    /// expressions whose line breaks (and so commas) prettyplease chooses.
    fn compact(source: &str) -> String {
        source
            .split_whitespace()
            .collect::<String>()
            .replace(",)", ")")
            .replace(",]", "]")
            .replace(",>", ">")
            .replace(",}", "}")
    }

    #[test]
    fn numeric_enums_get_a_schema_listing_their_values() {
        let source = compact(&emit_schemas(json!({
            "Level": {"type": "integer", "format": "int32", "enum": [1, 2]},
            "S": {"type": "object", "required": ["req", "req_null"], "properties": {
                "req": {"type": "integer", "enum": [1, 2, 3], "description": "How loud."},
                "req_null": {"type": ["integer", "null"], "enum": [1, 2, null]},
                "opt": {"type": "integer", "enum": [-1, 0]},
                "patch": {"type": "integer", "enum": [5], "nullable": true},
                "ratio": {"type": "number", "enum": [0.5, 1.5]},
                "list": {"type": "array", "items": {"type": ["integer", "null"], "enum": [7, 8]}},
                "map": {"type": "object", "additionalProperties": {"type": "integer", "enum": [9]}},
                "named": {"$ref": "#/components/schemas/Level"},
                "named_list": {"type": "array", "items": {"$ref": "#/components/schemas/Level"}},
                "plain": {"type": "integer"},
                "word": {"type": "string", "enum": ["a"]}
            }}
        })));
        let integer = "utoipa::openapi::schema::Type::Integer";
        let nullable_integer = "<utoipa::openapi::schema::SchemaType as std::iter::FromIterator<_>>::from_iter([ utoipa::openapi::schema::Type::Integer, utoipa::openapi::schema::Type::Null, ])";
        let int64 = ".format( Some( utoipa::openapi::schema::SchemaFormat::KnownFormat( utoipa::openapi::schema::KnownFormat::Int64, ), ), )";
        for expected in [
            // Required: the field keeps its type and says where its schema comes from.
            "#[schema(schema_with = S::schema_req)] pub req: i64,".to_string(),
            format!("fn schema_req() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {{ utoipa::openapi::schema::ObjectBuilder::new() .schema_type({integer}) .enum_values( Some([ serde_json::json!(1), serde_json::json!(2), serde_json::json!(3), ]), ) {int64} .description(Some(\"How loud.\")) .into() }}"),
            // Required and nullable: still required, `null` among the values.
            "#[schema(schema_with = S::schema_req_null, required = true)] pub req_null: Option<i64>,".to_string(),
            format!(".schema_type( {nullable_integer}, ) .enum_values( Some([ serde_json::json!(1), serde_json::json!(2), serde_json::Value::Null, ]), )"),
            // Optional: not nullable, so no `nullable = false` either.
            "#[serde(default, skip_serializing_if = \"Option::is_none\")] #[schema(schema_with = S::schema_opt)] pub opt: Option<i64>,".to_string(),
            "Some([serde_json::json!(- 1), serde_json::json!(0)])".to_string(),
            // Absent, null or a value.
            "#[schema(schema_with = S::schema_patch)] pub patch: openapi_runtime::Patch<i64>,".to_string(),
            "Some([serde_json::json!(5), serde_json::Value::Null])".to_string(),
            "utoipa::openapi::schema::Type::Number".to_string(),
            "Some([serde_json::json!(0.5), serde_json::json!(1.5)])".to_string(),
            // Array items (nullable ones) and map values.
            format!("fn schema_list() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {{ utoipa::openapi::schema::ArrayBuilder::new() .schema_type(utoipa::openapi::schema::Type::Array) .items( utoipa::openapi::schema::ObjectBuilder::new() .schema_type( {nullable_integer}, ) .enum_values( Some([ serde_json::json!(7), serde_json::json!(8), serde_json::Value::Null, ]), )"),
            format!("fn schema_map() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {{ utoipa::openapi::schema::ObjectBuilder::new() .schema_type(utoipa::openapi::schema::Type::Object) .additional_properties( Some( utoipa::openapi::schema::ObjectBuilder::new() .schema_type({integer}) .enum_values(Some([serde_json::json!(9)]))"),
            // A component that is an integer enum, used by reference, in an array too.
            "#[schema(schema_with = S::schema_named)] pub named: Option<i32>,".to_string(),
            "#[schema(schema_with = S::schema_named_list)] pub named_list: Option<Vec<i32>>,".to_string(),
            "utoipa::openapi::schema::KnownFormat::Int32".to_string(),
            // What utoipa documents by itself keeps its derive.
            "#[schema(nullable = false)] pub plain: Option<i64>,".to_string(),
            "#[schema(nullable = false)] pub word: Option<SWord>".to_string(),
        ] {
            assert!(
                source.contains(&compact(&expected)),
                "missing `{expected}` in\n{source}"
            );
        }
    }

    #[test]
    fn a_union_holding_a_numeric_enum_writes_its_own_schema() {
        let source = compact(&emit_schemas(json!({
            "Level": {"type": "integer", "enum": [1, 2]},
            "Blank": {"type": "string", "enum": [""]},
            "Either": {"oneOf": [{"$ref": "#/components/schemas/Level"}, {"$ref": "#/components/schemas/Blank"}, {"type": "string", "format": "date"}]},
            "Plain": {"oneOf": [{"type": "integer"}, {"type": "string"}]}
        })));
        for expected in [
            "#[derive(serde::Serialize, serde::Deserialize)] #[serde(untagged)] pub enum Either { Level(i64), Blank(Blank), Date(chrono::NaiveDate) }",
            "impl utoipa::PartialSchema for Either { fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> { utoipa::openapi::schema::OneOfBuilder::new() .item( utoipa::openapi::schema::ObjectBuilder::new() .schema_type(utoipa::openapi::schema::Type::Integer) .enum_values(Some([serde_json::json!(1), serde_json::json!(2)]))",
            ".item(<Blank as utoipa::PartialSchema>::schema())",
            ".item( utoipa::openapi::schema::ObjectBuilder::new() .schema_type(utoipa::openapi::schema::SchemaType::AnyValue), ) .into()",
            "std::borrow::Cow::Borrowed(\"Either\")",
            // A union without one keeps utoipa's derive.
            "#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)] #[serde(untagged)] pub enum Plain",
        ] {
            assert!(
                source.contains(&compact(expected)),
                "missing `{expected}` in\n{source}"
            );
        }
    }

    #[test]
    fn defaults_of_every_kind_are_written_as_rust_values() {
        let source = squashed(&emit_schemas(json!({
            "Mode": {"type": "string", "enum": ["a-b", "c"]},
            "S": {"type": "object", "properties": {
                "neg": {"type": "integer", "default": -5},
                "ratio": {"type": "number", "default": 0.5},
                "big": {"type": "number", "default": 1e300},
                "mode": {"$ref": "#/components/schemas/Mode", "default": "a-b"},
                "tags": {"type": "array", "items": {"type": "string"}, "default": ["x", "y"]},
                "meta": {"type": "object", "default": {"k": [1, null]}},
                "counts": {"type": "object", "additionalProperties": {"type": "integer"}, "default": {"a": 1}}
            }}
        })));
        for expected in [
            "fn default_neg() -> i64 { -5 }",
            "fn default_ratio() -> f64 { 0.5 }",
            "fn default_big() -> f64 { 1e+300 }",
            "fn default_mode() -> Mode { Mode::AB }",
            "fn default_tags() -> Vec<String> { vec![String::from(\"x\"), String::from(\"y\")] }",
            "serde_json::json!({ \"k\" : [1, null] })",
            "std::collections::BTreeMap::from([(\"a\".to_string(), 1)])",
        ] {
            assert!(
                source.contains(expected),
                "missing `{expected}` in\n{source}"
            );
        }
    }

    #[test]
    fn maps_of_nullable_named_types_are_documented_as_maps_of_any_values_for_utoipa() {
        let source = squashed(&emit_schemas(json!({
            "A": {"type": "object", "properties": {"a": {"type": "string"}}},
            "Holder": {"type": "object", "required": ["m"], "properties": {
                "m": {"type": "object", "additionalProperties": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]}},
                "o": {"type": "object", "additionalProperties": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]}},
                "s": {"type": "object", "additionalProperties": {"type": ["string", "null"]}}
            }}
        })));
        assert!(
            source.contains("#[schema(value_type = std::collections::BTreeMap<String, serde_json::Value>)] pub m: std::collections::BTreeMap<String, Option<A>>"),
            "{source}"
        );
        assert!(
            source.contains("#[schema( value_type = Option<std::collections::BTreeMap<String, serde_json::Value>>, nullable = false )] pub o: Option<std::collections::BTreeMap<String, Option<A>>>"),
            "{source}"
        );
        assert!(
            source.contains("#[schema(nullable = false)] pub s: Option<std::collections::BTreeMap<String, Option<String>>>"),
            "{source}"
        );
    }

    #[test]
    fn renamed_types_keep_the_document_name_for_utoipa() {
        let source = squashed(&emit_schemas(json!({
            "pet_status": {"type": "string", "enum": ["a"]},
            "io.k8s.Pod": {"type": "object", "properties": {"a": {"type": "string"}}},
            "Page«Post»": {"type": "object", "properties": {"a": {"type": "string"}}}
        })));
        assert!(
            source.contains("#[schema(as = pet_status)] pub enum PetStatus"),
            "{source}"
        );
        assert!(
            source.contains("#[schema(as = io::k8s::Pod)] pub struct IoK8sPod"),
            "{source}"
        );
        assert!(
            source.contains("utoipa::ToSchema)] pub struct PagePost"),
            "{source}"
        );
    }

    #[test]
    fn closed_and_open_objects() {
        let source = squashed(&emit_schemas(json!({
            "Closed": {"type": "object", "additionalProperties": false, "properties": {"x": {"type": "string"}}},
            "Open": {"type": "object", "additionalProperties": {"type": "integer"}, "properties": {"additional_properties": {"type": "string"}}}
        })));
        assert!(
            source.contains("#[serde(deny_unknown_fields)] pub struct Closed"),
            "{source}"
        );
        assert!(
            source.contains("#[serde(flatten)] pub additional_properties_2: std::collections::BTreeMap<String, i64>"),
            "{source}"
        );
    }

    #[test]
    fn enums_keep_wire_names_and_allow_shared_words() {
        let source = squashed(&emit_schemas(json!({
            "Kind": {"type": "string", "enum": ["image_file", "video_file", "text_file"]}
        })));
        assert!(
            source.contains("#[allow(clippy::enum_variant_names)]"),
            "{source}"
        );
        assert!(
            source.contains("#[serde(rename = \"image_file\")] ImageFile,"),
            "{source}"
        );
        assert!(
            source.contains("Self::TextFile => \"text_file\""),
            "{source}"
        );
    }

    #[test]
    fn tagged_unions_get_serde_impls_and_recursion_is_boxed() {
        let source = squashed(&emit_schemas(json!({
            "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}, "friend": {"$ref": "#/components/schemas/Pet"}}},
            "Dog": {"type": "object", "properties": {"bark": {"type": "boolean"}}},
            "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}], "discriminator": {"propertyName": "kind"}}
        })));
        // The Cat → Pet → Cat cycle is broken in the union.
        assert!(
            source.contains("pub enum Pet { Cat(Box<Cat>), Dog(Dog), }"),
            "{source}"
        );
        // Dog does not declare the tag: it is taken out before Dog reads the object.
        assert!(source.contains("\"Dog\" => { if let Some(object) = value.as_object_mut() { object.remove(\"kind\"); }"), "{source}");
        assert!(source.contains("impl serde::Serialize for Pet"), "{source}");
        assert!(
            source.contains("impl<'de> serde::Deserialize<'de> for Pet"),
            "{source}"
        );
        assert!(
            source.contains("\"Cat\" => { serde_json::from_value(value).map(Self::Cat)"),
            "the payload declares the tag and gets it: {source}"
        );
        let source = squashed(&emit_schemas(json!({
            "Node": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}
        })));
        assert!(
            source
                .contains("#[schema(nullable = false, no_recursion)] pub next: Option<Box<Node>>,"),
            "{source}"
        );
    }
}
