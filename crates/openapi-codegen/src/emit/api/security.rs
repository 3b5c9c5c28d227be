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
    pub carrier: Carrier,
}

/// Where the credentials of a scheme are (`openapi_runtime::auth::SchemeKind`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Carrier {
    Bearer,
    Basic,
    Header(String),
    Query(String),
    Cookie(String),
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
        let Some(carrier) = api
            .security_scheme(name)
            .and_then(|scheme| carrier(&scheme.kind))
        else {
            continue;
        };
        let scheme = Scheme {
            name: name.clone(),
            carrier,
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

fn carrier(kind: &SecuritySchemeKind) -> Option<Carrier> {
    Some(match kind {
        SecuritySchemeKind::HttpBearer { .. }
        | SecuritySchemeKind::OAuth2
        | SecuritySchemeKind::OpenIdConnect { .. } => Carrier::Bearer,
        SecuritySchemeKind::HttpBasic => Carrier::Basic,
        SecuritySchemeKind::ApiKey { location, name } => match location {
            ParamLocation::Header => Carrier::Header(name.clone()),
            ParamLocation::Query => Carrier::Query(name.clone()),
            ParamLocation::Cookie => Carrier::Cookie(name.clone()),
            ParamLocation::Path => return None,
        },
        SecuritySchemeKind::Http { .. } | SecuritySchemeKind::MutualTls => return None,
    })
}

/// `&[openapi_runtime::auth::Scheme { .. }, ..]` for the glue.
pub(crate) fn schemes_tokens(schemes: &[Scheme]) -> TokenStream {
    let items = schemes.iter().map(|scheme| {
        let name = &scheme.name;
        let kind = match &scheme.carrier {
            Carrier::Bearer => quote!(Bearer),
            Carrier::Basic => quote!(Basic),
            Carrier::Header(header) => quote!(ApiKeyHeader(#header)),
            Carrier::Query(parameter) => quote!(ApiKeyQuery(#parameter)),
            Carrier::Cookie(cookie) => quote!(ApiKeyCookie(#cookie)),
        };
        quote!(openapi_runtime::auth::Scheme { name: #name, kind: openapi_runtime::auth::SchemeKind::#kind })
    });
    quote!(&[#(#items),*])
}
