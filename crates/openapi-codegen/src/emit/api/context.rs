//! What every part of the API crate's emission shares: the [`Context`], how a request
//! body is received, and small helpers for generated identifiers. Depends only on the
//! IR and `emit::rust`, so the API emitter's modules import it and not each other.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::emit::responses;
use crate::emit::rust::type_tokens;
pub(crate) use crate::emit::rust::{mentions, unused_prefix};
use crate::ir::{Api, ContentKind, MediaContent, Operation, RequestBody, TypeRef};

/// What every part of the API crate's emission needs.
pub(crate) struct Context<'a> {
    pub api: &'a Api,
    /// The models crate's path (`channels_models`).
    pub models: TokenStream,
    /// `ChannelsApi`.
    pub trait_name: Ident,
}

impl Context<'_> {
    /// A type as written in the API crate (named types from the models crate).
    pub fn ty(&self, ty: &TypeRef) -> TokenStream {
        type_tokens(ty, Some(&self.models))
    }

    /// The operation's response enum, from the models crate's `responses` module.
    pub fn response_type(&self, op: &Operation) -> TokenStream {
        let models = &self.models;
        let name = responses::enum_name(op);
        quote!(#models::responses::#name)
    }
}

/// How an operation's request body is received.
pub(crate) struct BodyPlan<'a> {
    pub content: Option<&'a MediaContent>,
    pub decoding: BodyDecoding,
    /// The type handed to the trait (with `Option` when the body is optional).
    pub rust_type: TokenStream,
    pub required: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BodyDecoding {
    Json,
    Form,
    /// `multipart/form-data` with a schema: text parts validated as a form, file parts
    /// set on the typed value apart.
    Multipart,
    Raw,
}

/// The body as the trait receives it: the first JSON media type, else the first
/// urlencoded form, else the first `multipart/form-data` form, else the raw bytes (other
/// media types are passed through undecoded).
pub(crate) fn request_body<'a>(context: &Context, body: &'a RequestBody) -> Option<BodyPlan<'a>> {
    if body.contents.is_empty() {
        return None;
    }
    let pick = |kind: ContentKind| body.contents.iter().find(|content| content.kind == kind);
    let (content, decoding) = if let Some(json) = pick(ContentKind::Json) {
        (Some(json), BodyDecoding::Json)
    } else if let Some(form) = pick(ContentKind::FormUrlEncoded).filter(|form| form.ty.is_some()) {
        (Some(form), BodyDecoding::Form)
    } else if let Some(form) = body.contents.iter().find(|content| content.is_form_data()) {
        (Some(form), BodyDecoding::Multipart)
    } else {
        (None, BodyDecoding::Raw)
    };
    let value_type = match (decoding, content.and_then(|content| content.ty.as_ref())) {
        (BodyDecoding::Raw, _) => quote!(openapi_runtime::body::RawBody),
        (_, Some(ty)) => context.ty(ty),
        (_, None) => quote!(serde_json::Value),
    };
    let rust_type = if body.required {
        value_type.clone()
    } else {
        quote!(Option<#value_type>)
    };
    Some(BodyPlan {
        content,
        decoding,
        rust_type,
        required: body.required,
    })
}

/// `snake_case` function names derived from a type or operation name.
pub(crate) fn fn_ident(prefix: &str, name: &str) -> Ident {
    format_ident!(
        "{}_{}",
        prefix,
        heck::ToSnakeCase::to_snake_case(crate::names::unraw(name))
    )
}
