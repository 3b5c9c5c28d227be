//! The client crate: `<Name>Client`, one async method per operation, answering the
//! operation's response enum from the models crate (`<models>::responses`), and
//! `<Name>ClientBuilder` for the base URL, credentials, timeout, retries and the
//! `reqwest::Client`.
//!
//! The emitted code does the document-specific part (paths, parameter styles, which
//! credentials, which statuses); `openapi_runtime::client` (feature `client`) does the
//! rest. Every path in the emitted code is absolute (`::std::…`, `::openapi_runtime::…`,
//! `::<models>::…`), and method bodies bind no local before they have read the caller's
//! arguments, so no name in a document can shadow what the code means.

mod builder;
mod decode;
mod operation;
#[cfg(test)]
mod tests;

use heck::ToUpperCamelCase;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::rust::{format_file, ident, type_tokens};
use crate::error::Result;
use crate::ir::{Api, TypeRef};
use crate::options::GenerateOptions;

/// What every part of the client's emission needs.
pub(crate) struct Context<'a> {
    pub api: &'a Api,
    /// `::channels_models`.
    pub models: TokenStream,
    /// `ChannelsClient`.
    pub client: Ident,
    /// `ChannelsClientBuilder`.
    pub builder: Ident,
}

impl Context<'_> {
    /// A type as written in the client crate (named types from the models crate).
    pub fn ty(&self, ty: &TypeRef) -> TokenStream {
        type_tokens(ty, Some(&self.models))
    }
}

/// `channels` → `ChannelsClient`.
pub fn client_name(options: &GenerateOptions) -> String {
    format!("{}Client", options.name.to_upper_camel_case())
}

/// The source of the client crate's `lib.rs`.
pub fn emit(api: &Api, options: &GenerateOptions) -> Result<String> {
    let models = ident(&options.models_crate().replace('-', "_"));
    let client_name = client_name(options);
    let context = Context {
        api,
        models: quote!(::#models),
        client: format_ident!("{}", client_name),
        builder: format_ident!("{}Builder", client_name),
    };
    let builder = builder::emit(&context);
    let models_path = &context.models;
    let operation::Emitted { methods, params } = operation::emit_all(&context);
    let title = if api.title.is_empty() {
        "the API"
    } else {
        &api.title
    };
    let crate_doc = format!(
        " A typed client for {title} (version {}), generated from its OpenAPI document: \
         [`{client_name}`] has one async method per operation, which answers the \
         operation's response enum from `{}::responses`.",
        api.version,
        options.models_crate().replace('-', "_"),
    );
    let example = options.client_example.as_deref().map(|code| {
        let text = format!("\n# Example\n\n```no_run\n{}\n```", code.trim_end());
        // One attribute per line (a space after `//!`, as written by hand) keeps the
        // text readable in the generated file.
        let lines = text.lines().map(|line| {
            let line = if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            };
            quote!(#![doc = #line])
        });
        quote!(#(#lines)*)
    });
    let client_doc =
        format!(" A client of {title}. Cheap to clone; clones share one connection pool.");
    let client = &context.client;
    let builder_name = &context.builder;
    let tokens = quote! {
        #![doc = #crate_doc]
        #![doc = ""]
        //! A status the document does not declare for the operation, or a body that does
        //! not match it, is a [`ClientError`] carrying the status, the headers and the
        //! raw body. Every request carries an `x-request-id` (generated unless set with
        //! `with_request_id`); retries are off unless configured, and then apply to
        //! idempotent methods only ([`RetryPolicy`]).
        #example
        // Descriptions are copied verbatim from the document, whose Markdown need not
        // follow rustdoc's conventions.
        #![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
        // A method takes every path parameter of its operation, however many there are.
        #![allow(clippy::too_many_arguments)]
        // Exact statuses are matched before the ranges (`4XX`) that contain them.
        #![allow(clippy::match_overlapping_arm)]

        pub use ::openapi_runtime::client::{ClientError, RawResponse, RetryPolicy};
        pub use ::openapi_runtime::Patch;
        /// The HTTP client library requests are sent with.
        pub use ::openapi_runtime::client::reqwest;
        /// The models crate: request and response bodies, and `responses`, the
        /// per-operation response enums the methods answer.
        pub use #models_path as models;

        #[doc = #client_doc]
        #[derive(Debug, Clone)]
        pub struct #client {
            inner: ::openapi_runtime::client::Client,
        }

        impl #client {
            /// A builder for the API at `base_url` (e.g. `https://api.example.com`).
            pub fn builder(base_url: impl ::std::convert::Into<::std::string::String>) -> #builder_name {
                #builder_name::new(base_url)
            }

            /// A client whose requests carry `request_id` as their `x-request-id`
            /// instead of a generated one (e.g. the id of the request being served).
            pub fn with_request_id(&self, request_id: impl ::std::convert::Into<::std::string::String>) -> Self {
                Self { inner: self.inner.with_request_id(request_id) }
            }

            /// The base URL requests go to.
            pub fn base_url(&self) -> &str {
                self.inner.base_url()
            }

            #(#methods)*
        }

        #builder
        #(#params)*
    };
    format_file(tokens, &options.header("//"), "the client crate")
}
