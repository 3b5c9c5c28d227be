//! Which credentials an operation accepts.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, Operation, ParamLocation, SecuritySchemeKind};

/// How an operation is authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Access {
    /// No `security`, or only `[]`.
    Anonymous,
    /// Credentials for one of the schemes are needed.
    Required(Vec<Scheme>),
    /// `{}` is among the alternatives: credentials are checked when sent.
    Optional(Vec<Scheme>),
}

/// A scheme the glue can take credentials for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Scheme {
    pub name: String,
    /// `openapi_runtime::auth::SchemeKind` tokens, as text so `Scheme` compares.
    pub kind: String,
}

/// The operation's access. An alternative that combines several schemes is satisfied by
/// the credentials of its first scheme; schemes whose credentials cannot be taken from
/// the request (other HTTP schemes, mutual TLS) are never satisfied.
pub(crate) fn of(api: &Api, op: &Operation) -> Access {
    let optional = op.security.iter().any(|req| req.schemes.is_empty());
    let mut schemes: Vec<Scheme> = Vec::new();
    for requirement in &op.security {
        let Some((name, _scopes)) = requirement.schemes.first() else {
            continue;
        };
        let Some(kind) = api
            .security_scheme(name)
            .and_then(|scheme| kind_tokens(&scheme.kind))
        else {
            continue;
        };
        let scheme = Scheme {
            name: name.clone(),
            kind: kind.to_string(),
        };
        if !schemes.contains(&scheme) {
            schemes.push(scheme);
        }
    }
    let secured = op.security.iter().any(|req| !req.schemes.is_empty());
    match (secured, optional) {
        (false, _) => Access::Anonymous,
        (true, true) => Access::Optional(schemes),
        (true, false) => Access::Required(schemes),
    }
}

fn kind_tokens(kind: &SecuritySchemeKind) -> Option<TokenStream> {
    Some(match kind {
        SecuritySchemeKind::HttpBearer { .. }
        | SecuritySchemeKind::OAuth2
        | SecuritySchemeKind::OpenIdConnect { .. } => {
            quote!(openapi_runtime::auth::SchemeKind::Bearer)
        }
        SecuritySchemeKind::HttpBasic => quote!(openapi_runtime::auth::SchemeKind::Basic),
        SecuritySchemeKind::ApiKey { location, name } => match location {
            ParamLocation::Header => quote!(openapi_runtime::auth::SchemeKind::ApiKeyHeader(#name)),
            ParamLocation::Query => quote!(openapi_runtime::auth::SchemeKind::ApiKeyQuery(#name)),
            ParamLocation::Cookie => quote!(openapi_runtime::auth::SchemeKind::ApiKeyCookie(#name)),
            ParamLocation::Path => return None,
        },
        SecuritySchemeKind::Http { .. } | SecuritySchemeKind::MutualTls => return None,
    })
}

/// `&[openapi_runtime::auth::Scheme { .. }, ..]` for the glue.
pub(crate) fn schemes_tokens(schemes: &[Scheme]) -> TokenStream {
    let items = schemes.iter().map(|scheme| {
        let name = &scheme.name;
        let kind: TokenStream = scheme.kind.parse().unwrap_or_default();
        quote!(openapi_runtime::auth::Scheme { name: #name, kind: #kind })
    });
    quote!(&[#(#items),*])
}
