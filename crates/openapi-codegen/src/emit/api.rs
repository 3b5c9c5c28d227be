//! The API crate: the `<Name>Api` trait, a params struct per operation, the actix-web
//! glue (`configure`) and the embedded document. Response enums live in the models crate
//! (`emit::responses`).
//!
//! Layout of the emitted `lib.rs` (see docs/generated-code.md): trait, params structs,
//! `configure` and one handler per operation, request parsing, body
//! validators, `OPENAPI_JSON`.

mod glue;
mod params;
mod security;
#[cfg(test)]
mod tests;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::responses;
use super::rust::{doc_attrs, doc_text_attrs, format_file, ident, type_tokens};
use super::validate::Validators;
use crate::error::Result;
use crate::ir::{Api, ContentKind, MediaContent, Operation, RequestBody, TypeRef};
use crate::workspace::GenerateOptions;

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

/// The source of the API crate's `lib.rs`.
pub fn emit(api: &Api, options: &GenerateOptions) -> Result<String> {
    let models_crate = options.models_crate().replace('-', "_");
    let models = ident(&models_crate);
    let context = Context {
        api,
        models: quote!(#models),
        trait_name: ident(&options.trait_name()),
    };
    let mut validators = Validators::new(&context);
    let api_trait = emit_trait(&context);
    let params = api
        .operations
        .iter()
        .filter_map(|op| params::emit_struct(&context, op));
    let glue = glue::emit(&context, &mut validators)?;
    let validator_items = validators.finish()?;
    let document = emit_document(api)?;
    let crate_doc = format!(
        " {} (version {}): the [`{}`] trait to implement and the actix-web glue \
         that serves it ([`configure`]), generated from its OpenAPI document.",
        if api.title.is_empty() {
            "The API"
        } else {
            &api.title
        },
        api.version,
        options.trait_name(),
    );
    let tokens = quote! {
        #![doc = #crate_doc]
        // Descriptions are copied verbatim from the document, whose Markdown need not
        // follow rustdoc's conventions.
        #![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]

        #api_trait
        #(#params)*
        #glue
        #validator_items
        #document
    };
    format_file(tokens, &options.header("//"), "the API crate")
}

/// The API crate's `Cargo.toml`. The models crate is referenced by path (it is generated
/// next to this one), so the manifest works in any workspace.
pub fn manifest(api: &Api, options: &GenerateOptions) -> String {
    let description = toml_string(&format!(
        "{}: the API trait and its actix-web glue, generated from its OpenAPI document.",
        if api.title.is_empty() {
            &options.name
        } else {
            &api.title
        }
    ));
    format!(
        "{header}\n[package]\nname = \"{name}\"\ndescription = {description}\nversion = \"0.1.0\"\n\
         edition.workspace = true\nrust-version.workspace = true\nlicense.workspace = true\npublish.workspace = true\n\n\
         [dependencies]\nactix-web.workspace = true\nchrono.workspace = true\n\
         {models} = {{ path = \"../{models}\" }}\n\
         openapi-runtime = {{ workspace = true, features = [\"server\"] }}\nserde.workspace = true\nserde_json.workspace = true\n",
        header = options.header("#"),
        name = options.api_crate(),
        models = options.models_crate(),
    )
}

/// A TOML basic string (Rust's `{:?}` escapes, such as `\u{fe0f}`, are not TOML).
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether any operation needs authentication (then the trait has `Principal` and
/// `authenticate`).
fn has_security(api: &Api) -> bool {
    api.operations
        .iter()
        .any(|op| security::of(api, op) != security::Access::Anonymous)
}

fn emit_trait(context: &Context) -> TokenStream {
    let trait_name = &context.trait_name;
    let auth = has_security(context.api).then(|| {
        quote! {
            /// Who made the request, as established by `authenticate`.
            type Principal: Send + 'static;

            /// Called by the glue for every secured operation, after the body size check
            /// and before validation. `Err` answers 401 (or 500 for
            /// [`openapi_runtime::AuthError::Unavailable`]).
            fn authenticate(
                &self,
                credentials: openapi_runtime::Credentials,
            ) -> impl Future<Output = Result<Self::Principal, openapi_runtime::AuthError>> + Send;
        }
    });
    let methods = context.api.operations.iter().map(|op| {
        let name = ident(&op.rust_name);
        let docs = operation_docs(op);
        let args = operation_args(context, op);
        let response = context.response_type(op);
        quote! {
            #docs
            fn #name(&self #(, #args)*) -> impl Future<Output = Result<#response, openapi_runtime::HandlerError>> + Send;
        }
    });
    let doc = format!(
        " The operations of {}. Implement it and mount it with [`configure`].",
        if context.api.title.is_empty() {
            "the API"
        } else {
            &context.api.title
        }
    );
    quote! {
        #[doc = #doc]
        #[doc = ""]
        /// Each operation answers one of its documented responses, or `Err` for an
        /// internal failure, which the glue logs and answers with a bare JSON 500.
        pub trait #trait_name: Send + Sync + 'static {
            #auth
            #(#methods)*
        }
    }
}

fn operation_docs(op: &Operation) -> TokenStream {
    let docs = doc_attrs(&op.docs);
    let route = format!("`{} {}`", op.method.key().to_uppercase(), op.path);
    let route = doc_text_attrs(Some(&route));
    if docs.is_empty() {
        route
    } else {
        quote!(#docs #[doc = ""] #route)
    }
}

/// The arguments after `&self`, as `name: Type` tokens.
fn operation_args(context: &Context, op: &Operation) -> Vec<TokenStream> {
    let mut args = Vec::new();
    match security::of(context.api, op) {
        security::Access::Anonymous => {}
        security::Access::Required(_) => args.push(quote!(principal: Self::Principal)),
        security::Access::Optional(_) => args.push(quote!(principal: Option<Self::Principal>)),
    }
    if !op.parameters.is_empty() {
        let params = params::struct_name(op);
        args.push(quote!(params: #params));
    }
    if let Some(body) = op
        .request_body
        .as_ref()
        .and_then(|body| request_body(context, body))
    {
        let ty = body.rust_type;
        args.push(quote!(body: #ty));
    }
    args
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
    Raw,
}

/// The body as the trait receives it: the first JSON media type, else the first form,
/// else the raw bytes (multipart and other media types are passed through undecoded).
pub(crate) fn request_body<'a>(context: &Context, body: &'a RequestBody) -> Option<BodyPlan<'a>> {
    if body.contents.is_empty() {
        return None;
    }
    let pick = |kind: ContentKind| body.contents.iter().find(|content| content.kind == kind);
    let (content, decoding) = if let Some(json) = pick(ContentKind::Json) {
        (Some(json), BodyDecoding::Json)
    } else if let Some(form) = pick(ContentKind::FormUrlEncoded).filter(|form| form.ty.is_some()) {
        (Some(form), BodyDecoding::Form)
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

/// `OPENAPI_JSON` and `openapi_document()`.
fn emit_document(api: &Api) -> Result<TokenStream> {
    let json = serde_json::to_string(&api.document).map_err(|err| crate::error::Error::Emit {
        what: "the embedded document".to_string(),
        message: err.to_string(),
    })?;
    Ok(quote! {
        /// The OpenAPI document this crate was generated from, as JSON.
        pub const OPENAPI_JSON: &str = #json;

        /// The OpenAPI document, parsed ([`OPENAPI_JSON`] is valid JSON by construction).
        pub fn openapi_document() -> serde_json::Value {
            serde_json::from_str(OPENAPI_JSON).unwrap_or_default()
        }
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

/// Whether `tokens` use the identifier `name` (bindings the code does not use are left out).
pub(crate) fn mentions(tokens: &TokenStream, name: &str) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        proc_macro2::TokenTree::Ident(ident) => ident == name,
        proc_macro2::TokenTree::Group(group) => mentions(&group.stream(), name),
        _ => false,
    })
}

/// `name`, or `_name` when none of `code` uses it (parameters generated code may not need).
pub(crate) fn unused_prefix(code: &[TokenStream], name: &str) -> Ident {
    if code.iter().any(|tokens| mentions(tokens, name)) {
        format_ident!("{}", name)
    } else {
        format_ident!("_{}", name)
    }
}
