//! Requests that break one constraint of a document, and the `loc` its 422 must name.
//!
//! Each case is sent through the generated glue (`configure` with the API crate's
//! `Unimplemented`, which only a valid request would reach). For every kind of broken
//! constraint (a bound, a length, an enum, a type, a missing parameter, a missing body
//! property) the first operation of the document that has one gives a case; the other
//! parameters and the credentials are filled in so that the request is otherwise valid
//! as far as routing and authentication go.

use openapi_codegen::ir::{
    Api, Constraints, ContentKind, FieldShape, Operation, ParamLocation, Parameter, Primitive,
    TypeKind, TypeRef,
};
use serde_json::{Value, json};

/// Headers the test client or the glue give a meaning of their own.
const RESERVED_HEADERS: &[&str] = &[
    "accept",
    "authorization",
    "content-type",
    "content-length",
    "cookie",
    "host",
];

/// One request and the `loc` its 422 must contain.
struct Case {
    kind: &'static str,
    op: usize,
    /// The parameter given a broken value, or left out (`None`: the body is broken).
    param: Option<usize>,
    /// The broken value (`None`: left out).
    value: Option<String>,
    /// The body sent (`None`: none).
    body: Option<String>,
    loc: Vec<String>,
}

/// The cases of a document, as the JSON array the test reads.
pub fn cases(api: &Api) -> Value {
    let mut found: Vec<Case> = Vec::new();
    for (index, op) in api.operations.iter().enumerate() {
        if !routable(op) {
            continue;
        }
        for (param_index, param) in op.parameters.iter().enumerate() {
            if let Some((kind, value)) = broken_param(api, param)
                && !found.iter().any(|case| case.kind == kind)
            {
                found.push(Case {
                    kind,
                    op: index,
                    param: Some(param_index),
                    value,
                    body: None,
                    loc: vec![param.location.key().to_string(), param.name.clone()],
                });
            }
        }
        if let Some((property, body)) = broken_body(api, op)
            && !found.iter().any(|case| case.kind == "missing-property")
        {
            found.push(Case {
                kind: "missing-property",
                op: index,
                param: None,
                value: None,
                body: Some(body),
                loc: vec!["body".to_string(), property],
            });
        }
    }
    Value::Array(
        found
            .iter()
            .map(|case| request(api, &api.operations[case.op], case))
            .collect(),
    )
}

/// Whether the harness can reach the operation's handler (every path parameter can be
/// filled in, its credentials can be sent).
fn routable(op: &Operation) -> bool {
    op.parameters
        .iter()
        .filter(|param| param.location == ParamLocation::Path)
        .all(|param| valid_text(param).is_some())
}

/// A broken value for `param`: (kind of constraint, the value or `None` to leave it out).
fn broken_param(api: &Api, param: &Parameter) -> Option<(&'static str, Option<String>)> {
    if param.location == ParamLocation::Cookie
        || (param.location == ParamLocation::Header
            && RESERVED_HEADERS.contains(&param.name.to_ascii_lowercase().as_str()))
    {
        return None;
    }
    let (ty, constraints) = resolve(api, &param.ty, &param.constraints);
    if let Some(broken) = broken_value(api, ty, &constraints) {
        return Some(broken);
    }
    (param.required && param.location != ParamLocation::Path).then_some(("missing", None))
}

/// The type under aliases, with the constraints of the aliases merged under `own`.
fn resolve<'a>(api: &'a Api, ty: &'a TypeRef, own: &Constraints) -> (&'a TypeRef, Constraints) {
    let mut constraints = own.clone();
    let mut ty = ty.unwrapped();
    for _ in 0..8 {
        let TypeRef::Named(name) = ty else { break };
        let Some(def) = api.types.iter().find(|def| &def.name == name) else {
            break;
        };
        let TypeKind::Alias(alias) = &def.kind else {
            break;
        };
        let inherited = &alias.constraints;
        constraints.minimum = constraints.minimum.or(inherited.minimum);
        constraints.maximum = constraints.maximum.or(inherited.maximum);
        constraints.exclusive_minimum = constraints
            .exclusive_minimum
            .or(inherited.exclusive_minimum);
        constraints.exclusive_maximum = constraints
            .exclusive_maximum
            .or(inherited.exclusive_maximum);
        constraints.min_length = constraints.min_length.or(inherited.min_length);
        constraints.max_length = constraints.max_length.or(inherited.max_length);
        if constraints.allowed_values.is_none() {
            constraints
                .allowed_values
                .clone_from(&inherited.allowed_values);
        }
        ty = alias.target.unwrapped();
    }
    (ty, constraints)
}

fn broken_value(
    api: &Api,
    ty: &TypeRef,
    constraints: &Constraints,
) -> Option<(&'static str, Option<String>)> {
    let integer = |bound: f64| format!("{}", bound as i128);
    match ty {
        TypeRef::Primitive(
            primitive @ (Primitive::I32 | Primitive::I64 | Primitive::U32 | Primitive::U64),
        ) => {
            let below = constraints
                .exclusive_minimum
                .filter(|bound| bound.fract() == 0.0)
                .map(integer)
                .or_else(|| constraints.minimum.map(|bound| integer(bound.ceil() - 1.0)));
            let above = constraints
                .exclusive_maximum
                .filter(|bound| bound.fract() == 0.0)
                .map(integer)
                .or_else(|| {
                    constraints
                        .maximum
                        .map(|bound| integer(bound.floor() + 1.0))
                });
            // A bound beyond the Rust type's range is a parsing problem, still at the loc.
            let _ = primitive;
            Some(match below.or(above) {
                Some(value) => ("bound", Some(value)),
                None => ("type", Some("not-a-number".to_string())),
            })
        }
        TypeRef::Primitive(Primitive::F32 | Primitive::F64) => {
            let below = constraints
                .exclusive_minimum
                .or(constraints.minimum.map(|bound| bound - 1.0));
            let above = constraints
                .exclusive_maximum
                .or(constraints.maximum.map(|bound| bound + 1.0));
            Some(match below.or(above) {
                Some(value) => ("bound", Some(format!("{value:?}"))),
                None => ("type", Some("not-a-number".to_string())),
            })
        }
        TypeRef::Primitive(Primitive::Bool) => Some(("type", Some("not-a-boolean".to_string()))),
        TypeRef::Primitive(Primitive::DateTime | Primitive::Date) => {
            Some(("type", Some("not-a-date".to_string())))
        }
        TypeRef::Primitive(Primitive::String) => {
            if let Some(max) = constraints.max_length.filter(|max| *max < 1000) {
                Some(("length", Some("x".repeat(usize::try_from(max).ok()? + 1))))
            } else if constraints.allowed_values.is_some() {
                Some(("enum", Some("not-a-listed-value".to_string())))
            } else {
                None
            }
        }
        TypeRef::Named(name) => {
            let def = api.types.iter().find(|def| &def.name == name)?;
            match &def.kind {
                TypeKind::Enum(_) => Some(("enum", Some("not-a-listed-value".to_string()))),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A value of `param` that parses and passes its checks (for path parameters, which
/// must be present to route).
fn valid_text(param: &Parameter) -> Option<String> {
    let constraints = &param.constraints;
    match param.ty.unwrapped() {
        TypeRef::Primitive(Primitive::I32 | Primitive::I64 | Primitive::U32 | Primitive::U64) => {
            let low = constraints
                .minimum
                .or(constraints.exclusive_minimum.map(|bound| bound + 1.0))
                .unwrap_or(1.0)
                .ceil();
            Some(format!("{}", low as i128))
        }
        TypeRef::Primitive(Primitive::F32 | Primitive::F64) => {
            Some(format!("{:?}", constraints.minimum.unwrap_or(1.0)))
        }
        TypeRef::Primitive(Primitive::Bool) => Some("true".to_string()),
        TypeRef::Primitive(Primitive::Date) => Some("2024-01-02".to_string()),
        TypeRef::Primitive(Primitive::DateTime) => Some("2024-01-02T03:04:05Z".to_string()),
        TypeRef::Primitive(Primitive::String) if constraints.format.as_deref() == Some("uuid") => {
            Some("3fa85f64-5717-4562-b3fc-2c963f66afa6".to_string())
        }
        TypeRef::Primitive(Primitive::String) => {
            let length = constraints.min_length.unwrap_or(1).max(1);
            Some("x".repeat(usize::try_from(length).ok()?))
        }
        _ => Some("x".to_string()),
    }
}

/// A JSON body without one of its required properties: (the property, the body).
fn broken_body(api: &Api, op: &Operation) -> Option<(String, String)> {
    let body = op.request_body.as_ref()?;
    let content = body
        .contents
        .iter()
        .find(|content| content.kind == ContentKind::Json)?;
    if body.contents.first().map(|first| first.kind) != Some(ContentKind::Json) {
        return None;
    }
    let TypeRef::Named(name) = content.ty.as_ref()?.unwrapped() else {
        return None;
    };
    let def = api.types.iter().find(|def| &def.name == name)?;
    let TypeKind::Struct(object) = &def.kind else {
        return None;
    };
    let field = object.fields.iter().find(|field| {
        field.required
            && matches!(
                field.shape,
                FieldShape::Required | FieldShape::RequiredNullable
            )
    })?;
    Some((field.wire_name.clone(), "{}".to_string()))
}

/// The request of `case` as the test reads it.
fn request(api: &Api, op: &Operation, case: &Case) -> Value {
    let mut path = op.path.clone();
    let mut query: Vec<(String, String)> = Vec::new();
    let mut headers: Vec<(String, String)> = Vec::new();
    for (index, param) in op.parameters.iter().enumerate() {
        let text = if case.param == Some(index) {
            match &case.value {
                Some(value) => value.clone(),
                None => continue,
            }
        } else if param.location == ParamLocation::Path {
            valid_text(param).unwrap_or_default()
        } else {
            continue;
        };
        match param.location {
            ParamLocation::Path => {
                path = path.replace(&format!("{{{}}}", param.name), &encode(&text));
            }
            ParamLocation::Query => query.push((param.name.clone(), text)),
            ParamLocation::Header => headers.push((param.name.clone(), text)),
            ParamLocation::Cookie => {}
        }
    }
    credentials(api, op, &mut query, &mut headers);
    if case.body.is_some() {
        headers.push(("content-type".to_string(), "application/json".to_string()));
    }
    let mut uri = path;
    for (position, (name, value)) in query.iter().enumerate() {
        uri.push(if position == 0 { '?' } else { '&' });
        uri.push_str(&encode(name));
        uri.push('=');
        uri.push_str(&encode(value));
    }
    json!({
        "operation": op.operation_id,
        "broken": case.kind,
        "method": op.method.key().to_uppercase(),
        "uri": uri,
        "headers": headers,
        "body": case.body,
        "loc": case.loc,
    })
}

/// Credentials of the operation's first security alternative the glue can read.
fn credentials(
    api: &Api,
    op: &Operation,
    query: &mut Vec<(String, String)>,
    headers: &mut Vec<(String, String)>,
) {
    use openapi_codegen::ir::SecuritySchemeKind as Kind;
    if op
        .security
        .iter()
        .any(|requirement| requirement.schemes.is_empty())
    {
        return;
    }
    for requirement in &op.security {
        let Some(scheme) = requirement
            .schemes
            .first()
            .and_then(|(name, _)| api.security_scheme(name))
        else {
            continue;
        };
        match &scheme.kind {
            Kind::HttpBearer { .. } | Kind::OAuth2 | Kind::OpenIdConnect { .. } => {
                headers.push(("authorization".to_string(), "Bearer token".to_string()));
            }
            Kind::HttpBasic => {
                // user:password
                headers.push((
                    "authorization".to_string(),
                    "Basic dXNlcjpwYXNzd29yZA==".to_string(),
                ));
            }
            Kind::ApiKey { location, name } => match location {
                ParamLocation::Header => headers.push((name.clone(), "key".to_string())),
                ParamLocation::Query => query.push((name.clone(), "key".to_string())),
                ParamLocation::Cookie => {
                    headers.push(("cookie".to_string(), format!("{name}=key")))
                }
                ParamLocation::Path => continue,
            },
            _ => continue,
        }
        return;
    }
}

/// Percent-encoding of everything but unreserved characters.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(yaml: &str) -> Api {
        let document = openapi_codegen::load::parse_yaml(yaml)
            .and_then(|root| openapi_codegen::load::Document::new(root).map_err(|e| e.to_string()))
            .unwrap_or_else(|error| panic!("{error}"));
        openapi_codegen::lower::lower(&document).unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn each_kind_of_constraint_gives_one_request() {
        let api = api(r##"
openapi: 3.1.0
info: {title: T, version: "1"}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Pet:
      type: object
      required: [name]
      properties: {name: {type: string}}
security: [{key: []}]
paths:
  /pets/{id}:
    put:
      operationId: put_pet
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer, minimum: 5}}
        - {name: limit, in: query, schema: {type: integer, maximum: 100}}
        - {name: tag, in: query, required: true, schema: {type: string}}
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
      responses: {"204": {description: ok}}
"##);
        let cases = cases(&api);
        assert_eq!(
            cases,
            json!([
                {"operation": "put_pet", "broken": "bound", "method": "PUT",
                 "uri": "/pets/4", "headers": [["X-Key", "key"]], "body": null,
                 "loc": ["path", "id"]},
                {"operation": "put_pet", "broken": "missing", "method": "PUT",
                 "uri": "/pets/5", "headers": [["X-Key", "key"]], "body": null,
                 "loc": ["query", "tag"]},
                {"operation": "put_pet", "broken": "missing-property", "method": "PUT",
                 "uri": "/pets/5", "headers": [["X-Key", "key"], ["content-type", "application/json"]],
                 "body": "{}", "loc": ["body", "name"]},
            ])
        );
    }
}
