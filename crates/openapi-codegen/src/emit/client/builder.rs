//! `<Name>ClientBuilder`: base URL, `reqwest::Client`, timeout, retries, and one method
//! per security scheme of the document taking that scheme's credentials.

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Context;
use crate::emit::rust::doc_text_attrs;
use crate::ir::{SecurityScheme, SecuritySchemeKind};
use crate::names::NameScope;

pub(super) fn emit(context: &Context) -> TokenStream {
    let client = &context.client;
    let builder = &context.builder;
    // The builder's own methods are taken; scheme methods get a kind suffix, so they
    // cannot take one of these, but two schemes may want the same name.
    let mut scope = NameScope::with_taken(["new", "http_client", "timeout", "retry", "build"]);
    let credentials = context
        .api
        .security_schemes
        .iter()
        .filter_map(|scheme| credential_method(scheme, &mut scope));
    let doc = format!(" Configures a [`{client}`].");
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        pub struct #builder {
            inner: ::openapi_runtime::client::ClientBuilder,
        }

        impl #builder {
            /// A builder for the API at `base_url`; see [`Self::build`].
            pub fn new(base_url: impl ::std::convert::Into<::std::string::String>) -> Self {
                Self { inner: ::openapi_runtime::client::ClientBuilder::new(base_url) }
            }

            /// The `reqwest::Client` to send requests with (its connection pool, TLS
            /// and proxy settings). Default: a new one.
            pub fn http_client(self, http: ::openapi_runtime::client::reqwest::Client) -> Self {
                Self { inner: self.inner.http_client(http) }
            }

            /// The longest one request may take, until its whole body has arrived.
            pub fn timeout(self, timeout: ::std::time::Duration) -> Self {
                Self { inner: self.inner.timeout(timeout) }
            }

            /// Retries (off by default). They apply only to idempotent methods (`GET`,
            /// `HEAD`, `PUT`, `DELETE`, `OPTIONS`, `TRACE`); see [`crate::RetryPolicy`].
            pub fn retry(self, retry: ::openapi_runtime::client::RetryPolicy) -> Self {
                Self { inner: self.inner.retry(retry) }
            }

            #(#credentials)*

            /// The client; fails when the base URL is not an absolute `http(s)` URL.
            pub fn build(self) -> ::std::result::Result<#client, ::openapi_runtime::client::ClientError> {
                ::std::result::Result::Ok(#client { inner: self.inner.build()? })
            }
        }
    }
}

/// The method taking one scheme's credentials, if the client can send them.
fn credential_method(scheme: &SecurityScheme, scope: &mut NameScope) -> Option<TokenStream> {
    let base = scheme.name.to_snake_case();
    let base = if base.is_empty() || base.starts_with(|c: char| c.is_ascii_digit()) {
        format!("scheme_{base}")
    } else {
        base
    };
    let name = &scheme.name;
    let (suffix, doc, args, credential) = match &scheme.kind {
        SecuritySchemeKind::HttpBearer { .. }
        | SecuritySchemeKind::OAuth2
        | SecuritySchemeKind::OpenIdConnect { .. } => (
            "token",
            format!("The bearer token for the `{name}` scheme (`Authorization: Bearer`)."),
            quote!(token: impl ::std::convert::Into<::std::string::String>),
            quote!(::openapi_runtime::client::Credential::Bearer(token.into())),
        ),
        SecuritySchemeKind::HttpBasic => (
            "basic",
            format!("The user name and password for the `{name}` scheme (HTTP Basic)."),
            quote!(
                username: impl ::std::convert::Into<::std::string::String>,
                password: ::std::option::Option<::std::string::String>
            ),
            quote!(::openapi_runtime::client::Credential::Basic {
                username: username.into(),
                password,
            }),
        ),
        SecuritySchemeKind::ApiKey {
            location,
            name: key_name,
        } => (
            "key",
            format!(
                "The API key for the `{name}` scheme (sent as {} `{key_name}`).",
                location.key()
            ),
            quote!(key: impl ::std::convert::Into<::std::string::String>),
            quote!(::openapi_runtime::client::Credential::ApiKey(key.into())),
        ),
        SecuritySchemeKind::Http { .. } | SecuritySchemeKind::MutualTls => return None,
    };
    let method = format_ident!("{}", scope.claim(&format!("{base}_{suffix}")));
    let mut docs = scheme.docs.clone();
    docs.title = None;
    let extra = doc_text_attrs(docs.text().as_deref());
    let doc = doc_text_attrs(Some(&doc));
    Some(quote! {
        #doc
        #extra
        pub fn #method(self, #args) -> Self {
            Self { inner: self.inner.credential(#name, #credential) }
        }
    })
}
