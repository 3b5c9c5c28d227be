//! Security schemes and requirements.

use serde_json::Value;

use super::docs_of;
use crate::error::{Error, Result};
use crate::ir::{ParamLocation, SecurityRequirement, SecurityScheme, SecuritySchemeKind};
use crate::load::{Document, join_pointer};

pub(crate) fn lower_schemes(doc: &Document) -> Result<Vec<SecurityScheme>> {
    let Some(schemes) = doc
        .root
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object)
    else {
        return Ok(Vec::new());
    };
    let mut lowered = Vec::with_capacity(schemes.len());
    for (name, scheme) in schemes {
        let pointer = join_pointer("/components/securitySchemes", name);
        let (pointer, scheme) = doc.deref(scheme, &pointer)?;
        let Some(object) = scheme.as_object() else {
            return Err(Error::spec(pointer, "a security scheme must be an object"));
        };
        let text = |key: &str| object.get(key).and_then(Value::as_str).map(str::to_string);
        let kind = match text("type").as_deref() {
            Some("http") => {
                let scheme = text("scheme").unwrap_or_default();
                match scheme.to_ascii_lowercase().as_str() {
                    "bearer" => SecuritySchemeKind::HttpBearer {
                        bearer_format: text("bearerFormat"),
                    },
                    "basic" => SecuritySchemeKind::HttpBasic,
                    _ => SecuritySchemeKind::Http { scheme },
                }
            }
            Some("apiKey") => {
                let location = match text("in").as_deref() {
                    Some("header") => ParamLocation::Header,
                    Some("query") => ParamLocation::Query,
                    Some("cookie") => ParamLocation::Cookie,
                    other => {
                        return Err(Error::spec(
                            join_pointer(&pointer, "in"),
                            format!(
                                "an apiKey scheme must be in header, query or cookie, not {other:?}"
                            ),
                        ));
                    }
                };
                SecuritySchemeKind::ApiKey {
                    location,
                    name: text("name").unwrap_or_default(),
                }
            }
            Some("oauth2") => SecuritySchemeKind::OAuth2,
            Some("openIdConnect") => SecuritySchemeKind::OpenIdConnect {
                url: text("openIdConnectUrl").unwrap_or_default(),
            },
            Some("mutualTLS") => SecuritySchemeKind::MutualTls,
            other => {
                return Err(Error::spec(
                    join_pointer(&pointer, "type"),
                    format!("unknown security scheme type {other:?}"),
                ));
            }
        };
        lowered.push(SecurityScheme {
            name: name.clone(),
            kind,
            docs: docs_of(object),
        });
    }
    Ok(lowered)
}

/// A `security` array: alternatives, each a map of scheme name → scopes.
pub(crate) fn lower_requirements(value: &Value, pointer: &str) -> Result<Vec<SecurityRequirement>> {
    let Some(alternatives) = value.as_array() else {
        return Err(Error::spec(pointer, "`security` must be an array"));
    };
    let mut requirements = Vec::with_capacity(alternatives.len());
    for (index, alternative) in alternatives.iter().enumerate() {
        let at = join_pointer(pointer, &index.to_string());
        let Some(schemes) = alternative.as_object() else {
            return Err(Error::spec(at, "a security requirement must be an object"));
        };
        let mut requirement = SecurityRequirement::default();
        for (name, scopes) in schemes {
            let scopes = scopes
                .as_array()
                .map(|scopes| {
                    scopes
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            requirement.schemes.push((name.clone(), scopes));
        }
        requirements.push(requirement);
    }
    Ok(requirements)
}
