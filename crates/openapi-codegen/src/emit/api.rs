//! The API crate: the `<Name>Api` trait, a params struct per operation, the actix-web
//! glue (`configure`) and the embedded document. Response enums live in the models crate
//! (`emit::responses`).
//!
//! Layout of the emitted `lib.rs` (see docs/generated-code.md): trait, params structs,
//! `configure` and one handler per operation, request parsing, body
//! validators, `OPENAPI_JSON`.

mod context;
mod glue;
mod params;
pub(crate) mod security;
#[cfg(test)]
mod tests;

use proc_macro2::TokenStream;
use quote::quote;

use self::context::{Context, request_body};
use super::rust::{doc_attrs, doc_text_attrs, format_file, ident};
use super::validate::Validators;
use crate::error::Result;
use crate::ir::{Api, Operation};
use crate::options::GenerateOptions;

/// The source of the API crate's `lib.rs`.
pub fn emit(api: &Api, options: &GenerateOptions) -> Result<String> {
    let models_crate = options.models_crate().replace('-', "_");
    let models = ident(&models_crate);
    let context = Context {
        api,
        models: quote!(#models),
        trait_name: ident(&options.trait_name()),
    };
    let mut validators = Validators::new(api, context.models.clone());
    let api_trait = emit_trait(&context);
    let stub = emit_stub(&context);
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
        #stub
        #(#params)*
        #glue
        #validator_items
        #document
    };
    format_file(tokens, &options.header("//"), "the API crate")
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
        let args = operation_args(context, op)
            .into_iter()
            .map(|(name, ty)| quote!(#name: #ty));
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

            /// Rules the document cannot state, by model type: each runs on a request
            /// body's values of its type once their schema checks pass, and its problems
            /// are answered in the same 422 as the schema's (like Pydantic's
            /// `mode="after"` validators). None by default.
            fn after_validation(&self) -> &openapi_runtime::AfterValidation {
                openapi_runtime::AfterValidation::none()
            }

            #(#methods)*
        }
    }
}

/// `Unimplemented`, behind the crate's `stub` feature: every operation answers 501 and
/// any well-formed credentials are accepted, so the glue (parsing, validation, 422s) can
/// be tested without an implementation. The trait itself has no default bodies, so an
/// operation added to the document is a compile error in every implementation.
fn emit_stub(context: &Context) -> TokenStream {
    let trait_name = &context.trait_name;
    let auth = has_security(context.api).then(|| {
        quote! {
            type Principal = ();

            fn authenticate(
                &self,
                _: openapi_runtime::Credentials,
            ) -> impl Future<Output = Result<(), openapi_runtime::AuthError>> + Send {
                std::future::ready(Ok(()))
            }
        }
    });
    let methods = context.api.operations.iter().map(|op| {
        let name = ident(&op.rust_name);
        let types = operation_args(context, op).into_iter().map(|(_, ty)| ty);
        let response = context.response_type(op);
        let id = &op.rust_name;
        quote! {
            fn #name(&self #(, _: #types)*) -> impl Future<Output = Result<#response, openapi_runtime::HandlerError>> + Send {
                std::future::ready(Err(openapi_runtime::HandlerError::not_implemented(#id)))
            }
        }
    });
    let doc = format!(
        " Answers 501 Not Implemented to every operation of [`{trait_name}`] and accepts any \
         credentials: for testing the glue (what it parses, validates and refuses) without an \
         implementation. Enabled by the crate's `stub` feature; never serve it."
    );
    quote! {
        #[doc = #doc]
        #[cfg(feature = "stub")]
        #[derive(Debug, Clone, Copy, Default)]
        pub struct Unimplemented;

        #[cfg(feature = "stub")]
        impl #trait_name for Unimplemented {
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

/// The arguments after `&self`, as (name, type) tokens.
fn operation_args(context: &Context, op: &Operation) -> Vec<(TokenStream, TokenStream)> {
    let mut args = Vec::new();
    match security::of(context.api, op) {
        security::Access::Anonymous => {}
        security::Access::Required(_) => {
            args.push((quote!(principal), quote!(Self::Principal)));
        }
        security::Access::Optional(_) => {
            args.push((quote!(principal), quote!(Option<Self::Principal>)));
        }
    }
    if !op.parameters.is_empty() {
        let params = params::struct_name(op);
        args.push((quote!(params), quote!(#params)));
    }
    if let Some(body) = op
        .request_body
        .as_ref()
        .and_then(|body| request_body(context, body))
    {
        let ty = body.rust_type;
        args.push((quote!(body), quote!(#ty)));
    }
    args
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
