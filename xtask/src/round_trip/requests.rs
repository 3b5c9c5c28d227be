//! Requests that break one constraint of a document, and the `loc` (and, where the
//! document decides it, the error `type`) its 422 must name.
//!
//! Each case is sent through the generated glue (`configure` with the API crate's
//! `Unimplemented`, which only a valid request would reach). Every input the glue
//! validates gets cases: parameters in the path, the query, headers and cookies; the
//! properties of a JSON or `application/x-www-form-urlencoded` body; a JSON body that is
//! a union (tagged or not). For every kind of broken constraint (a bound, a length, a
//! `pattern`, a `format`, an enum, a type, a missing parameter or property, a union
//! member that is not there) in each of those places, the first operation of the
//! document that has one gives a case. The other path parameters and the credentials
//! are filled in so that the request is otherwise valid as far as routing and
//! authentication go; other problems may be reported next to the expected one.
//!
//! `multipart/form-data` bodies are a place of their own: their text properties are
//! broken like a form's (files, `format: binary`, are not: the glue checks only that a
//! required one is there), and the first operation whose multipart body can be filled
//! in (its required properties files or unconstrained text) gets a valid request too,
//! which must reach the implementation (`Unimplemented` answers 501) instead of a 422.

use openapi_codegen::ir::{
    Api, Constraints, ContentKind, FieldShape, MediaContent, Operation, ParamLocation, Parameter,
    Primitive, StructDef, TypeKind, TypeRef,
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

/// A value the glue must refuse, as a parameter's text or a JSON value.
#[derive(Debug, Clone, PartialEq)]
enum Broken {
    /// A string (JSON: quoted).
    Text(String),
    /// A number, as written (JSON: the same literal).
    Number(String),
}

impl Broken {
    /// The value as a parameter or form field sends it.
    fn text(&self) -> &str {
        match self {
            Self::Text(text) | Self::Number(text) => text,
        }
    }

    /// The value as JSON text.
    fn json(&self) -> String {
        match self {
            Self::Text(text) => Value::String(text.clone()).to_string(),
            Self::Number(number) => number.clone(),
        }
    }
}

/// One way to break a value: the kind of constraint, the value, and the error `type`
/// the glue must report when the document decides it (`None`: only the `loc` is checked,
/// as when a bound is also beyond the Rust type's range).
struct Breach {
    kind: &'static str,
    value: Broken,
    problem: Option<&'static str>,
    /// The error `type` when the value is a parameter's text, where only parsing text
    /// decides it (a JSON body reports a wrong type as `int_type`, a parameter as
    /// `int_parsing`).
    text_problem: Option<&'static str>,
}

impl Breach {
    fn with_text_problem(mut self, problem: &'static str) -> Self {
        self.text_problem = Some(problem);
        self
    }
}

/// Where a case puts its broken value: a parameter location or the body's encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Param(ParamLocation),
    Json,
    Form,
    Multipart,
}

/// The boundary of the multipart bodies the cases send.
const BOUNDARY: &str = "case-boundary-7MA4YWxkTrZu0gW";

impl Place {
    fn name(self) -> &'static str {
        match self {
            Self::Param(location) => location.key(),
            Self::Json => "body",
            Self::Form => "form",
            Self::Multipart => "multipart",
        }
    }
}

/// One request and the `loc` its 422 must contain.
struct Case {
    kind: &'static str,
    place: Place,
    op: usize,
    /// The parameter given a broken value, or left out (`None`: the body is broken).
    param: Option<usize>,
    /// The broken value (`None`: left out).
    value: Option<String>,
    /// The body sent (`None`: none).
    body: Option<String>,
    loc: Vec<String>,
    /// The error `type` expected at `loc`, when the document decides it.
    problem: Option<&'static str>,
    /// The status expected instead of a 422 (a valid request reaching the stub).
    status: Option<u16>,
}

/// The cases found so far; one per kind of constraint and place.
#[derive(Default)]
struct Found(Vec<Case>);

impl Found {
    fn wants(&self, kind: &str, place: Place) -> bool {
        !self
            .0
            .iter()
            .any(|case| case.kind == kind && case.place == place)
    }

    fn add(&mut self, case: Case) {
        if self.wants(case.kind, case.place) {
            self.0.push(case);
        }
    }
}

/// The cases of a document, as the JSON array the test reads.
pub fn cases(api: &Api) -> Value {
    let mut found = Found::default();
    for (index, op) in api.operations.iter().enumerate() {
        if !routable(op) {
            continue;
        }
        for (param_index, param) in op.parameters.iter().enumerate() {
            let place = Place::Param(param.location);
            for (kind, value, problem) in broken_param(api, param) {
                if value
                    .as_deref()
                    .is_some_and(|text| splits_its_segment(op, param, text))
                {
                    continue;
                }
                found.add(Case {
                    kind,
                    place,
                    op: index,
                    param: Some(param_index),
                    value,
                    body: None,
                    loc: vec![param.location.key().to_string(), param.name.clone()],
                    problem,
                    status: None,
                });
            }
        }
        for (kind, place, body, loc, problem) in broken_bodies(api, op) {
            found.add(Case {
                kind,
                place,
                op: index,
                param: None,
                value: None,
                body: Some(body),
                loc,
                problem,
                status: None,
            });
        }
        if let Some(body) = valid_multipart_body(api, op) {
            found.add(Case {
                kind: "valid",
                place: Place::Multipart,
                op: index,
                param: None,
                value: None,
                body: Some(body),
                loc: Vec::new(),
                problem: None,
                // `Unimplemented`'s answer: the request passed validation.
                status: Some(501),
            });
        }
    }
    Value::Array(
        found
            .0
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

/// Whether `text`, put in place of path parameter `param`, holds a character of the
/// literal text its segment shares with other parameters (`-` in `v{from}-{to}.json`):
/// the glue would then split the segment elsewhere and read other values than the case
/// means to send.
fn splits_its_segment(op: &Operation, param: &Parameter, text: &str) -> bool {
    if param.location != ParamLocation::Path {
        return false;
    }
    let placeholder = format!("{{{}}}", param.name);
    let Some(segment) = op
        .path
        .split('/')
        .find(|segment| segment.contains(&placeholder))
    else {
        return false;
    };
    if segment.matches('{').count() < 2 {
        return false;
    }
    let mut literal = String::new();
    let mut inside = false;
    for c in segment.chars() {
        match c {
            '{' => inside = true,
            '}' => inside = false,
            c if !inside => literal.push(c),
            _ => {}
        }
    }
    text.chars().any(|c| literal.contains(c))
}

/// Broken values for `param`: (kind of constraint, the value or `None` to leave it out,
/// the expected error type), every kind it can break.
fn broken_param(
    api: &Api,
    param: &Parameter,
) -> Vec<(&'static str, Option<String>, Option<&'static str>)> {
    if param.location == ParamLocation::Header
        && RESERVED_HEADERS.contains(&param.name.to_ascii_lowercase().as_str())
    {
        return Vec::new();
    }
    if param.location == ParamLocation::Cookie && api_key_cookie(api, &param.name) {
        // The credentials' cookie would stand in for it.
        return Vec::new();
    }
    let (ty, constraints) = resolve(api, &param.ty, &param.constraints);
    let mut broken: Vec<_> = if param.content_type.is_some() {
        // A `content` parameter is JSON text, not a styled value.
        Vec::new()
    } else {
        breaches(api, ty, &constraints)
            .into_iter()
            .map(|breach| {
                (
                    breach.kind,
                    Some(breach.value.text().to_string()),
                    breach.problem.or(breach.text_problem),
                )
            })
            .collect()
    };
    if param.required && param.location != ParamLocation::Path {
        broken.push(("missing", None, Some("missing")));
    }
    broken
}

/// Whether an API key is sent in the cookie `name`.
fn api_key_cookie(api: &Api, name: &str) -> bool {
    use openapi_codegen::ir::SecuritySchemeKind as Kind;
    api.security_schemes.iter().any(|scheme| {
        matches!(&scheme.kind, Kind::ApiKey { location: ParamLocation::Cookie, name: key } if key == name)
    })
}

/// The type under aliases, with the constraints of the aliases merged under `own`.
fn resolve<'a>(api: &'a Api, ty: &'a TypeRef, own: &Constraints) -> (&'a TypeRef, Constraints) {
    let mut constraints = own.clone();
    let mut ty = ty.unwrapped();
    for _ in 0..8 {
        let TypeRef::Named(name) = ty else { break };
        let Some(TypeKind::Alias(alias)) = api.type_def(name).map(|def| &def.kind) else {
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
        if constraints.pattern.is_none() {
            constraints.pattern.clone_from(&inherited.pattern);
        }
        if constraints.format.is_none() {
            constraints.format.clone_from(&inherited.format);
        }
        if constraints.allowed_values.is_none() {
            constraints
                .allowed_values
                .clone_from(&inherited.allowed_values);
        }
        ty = alias.target.unwrapped();
    }
    (ty, constraints)
}

/// Every way to break a value of `ty` under `constraints`, most specific first.
fn breaches(api: &Api, ty: &TypeRef, constraints: &Constraints) -> Vec<Breach> {
    let breach = |kind, value, problem| Breach {
        kind,
        value,
        problem,
        text_problem: None,
    };
    let not_a_number = || breach("type", Broken::Text("not-a-number".to_string()), None);
    let integer = |bound: f64| bound as i128;
    let mut found = Vec::new();
    match ty {
        TypeRef::Primitive(
            primitive @ (Primitive::I32 | Primitive::I64 | Primitive::U32 | Primitive::U64),
        ) => {
            let below = constraints
                .exclusive_minimum
                .filter(|bound| bound.fract() == 0.0)
                .map(|bound| (integer(bound), "greater_than"))
                .or_else(|| {
                    constraints
                        .minimum
                        .map(|bound| (integer(bound.ceil() - 1.0), "greater_than_equal"))
                });
            let above = constraints
                .exclusive_maximum
                .filter(|bound| bound.fract() == 0.0)
                .map(|bound| (integer(bound), "less_than"))
                .or_else(|| {
                    constraints
                        .maximum
                        .map(|bound| (integer(bound.floor() + 1.0), "less_than_equal"))
                });
            if let Some((value, bound_problem)) = below.or(above) {
                let unsigned = matches!(primitive, Primitive::U32 | Primitive::U64);
                let breach = breach("bound", Broken::Number(value.to_string()), None);
                // A bound beyond the Rust type's range is a parsing problem, still at the
                // loc: the bound's own type only where every integer type holds the value.
                let in_range = i32::try_from(value).is_ok() && !(unsigned && value < 0);
                found.push(if in_range {
                    breach.with_text_problem(bound_problem)
                } else {
                    breach
                });
            }
            found.push(not_a_number().with_text_problem("int_parsing"));
        }
        TypeRef::Primitive(Primitive::F32 | Primitive::F64) => {
            let below = constraints
                .exclusive_minimum
                .or(constraints.minimum.map(|bound| bound - 1.0));
            let above = constraints
                .exclusive_maximum
                .or(constraints.maximum.map(|bound| bound + 1.0));
            if let Some(value) = below.or(above) {
                found.push(breach("bound", Broken::Number(format!("{value:?}")), None));
            }
            found.push(not_a_number().with_text_problem("float_parsing"));
        }
        TypeRef::Primitive(Primitive::Bool) => {
            found.push(
                breach("type", Broken::Text("not-a-boolean".to_string()), None)
                    .with_text_problem("bool_parsing"),
            );
        }
        TypeRef::Primitive(Primitive::DateTime | Primitive::Date) => {
            found.push(breach("type", Broken::Text("not-a-date".to_string()), None));
        }
        TypeRef::Primitive(Primitive::String) => {
            if let Some(max) = constraints.max_length.filter(|max| *max < 1000)
                && let Ok(max) = usize::try_from(max)
            {
                found.push(breach(
                    "length",
                    Broken::Text("x".repeat(max + 1)),
                    Some("string_too_long"),
                ));
            }
            if let Some(pattern) = &constraints.pattern
                && let Some(text) =
                    non_matching(pattern, constraints.min_length, constraints.max_length)
            {
                found.push(breach(
                    "pattern",
                    Broken::Text(text),
                    Some("string_pattern_mismatch"),
                ));
            }
            if constraints.format.as_deref() == Some("uuid")
                && constraints.pattern.is_none()
                && constraints.min_length.unwrap_or(0) <= 10
                && constraints.max_length.is_none_or(|max| max >= 10)
            {
                found.push(breach(
                    "format",
                    Broken::Text("not-a-uuid".to_string()),
                    Some("uuid_parsing"),
                ));
            }
            if constraints.allowed_values.is_some() {
                found.push(breach(
                    "enum",
                    Broken::Text("not-a-listed-value".to_string()),
                    None,
                ));
            }
        }
        TypeRef::Named(name) => {
            if let Some(TypeKind::Enum(_)) = api.type_def(name).map(|def| &def.kind) {
                found.push(
                    breach("enum", Broken::Text("not-a-listed-value".to_string()), None)
                        .with_text_problem("enum"),
                );
            }
        }
        _ => {}
    }
    found
}

/// A string of a length `min_length..=max_length` allows that `pattern` does not match,
/// as the generated code's engine (`openapi_runtime::check::CompiledPattern`) decides;
/// `None` when no candidate is found (or the pattern does not compile). Never empty: an
/// empty query value counts as absent.
fn non_matching(pattern: &str, min_length: Option<u64>, max_length: Option<u64>) -> Option<String> {
    const UNITS: &[&str] = &[
        "x", "0", "X", "-", "!", "~", "_", ".", "x0", "0x", "x-", "@", "%", "é",
    ];
    let compiled = openapi_runtime::check::CompiledPattern::new(pattern).ok()?;
    let low = usize::try_from(min_length.unwrap_or(0)).ok()?.max(1);
    let high = max_length
        .map_or(Some(usize::MAX), |max| usize::try_from(max).ok())?
        .min(low.saturating_add(3));
    if low > 256 {
        return None;
    }
    (low..=high)
        .flat_map(|length| {
            UNITS
                .iter()
                .map(move |unit| unit.chars().cycle().take(length).collect::<String>())
        })
        .find(|candidate| !compiled.is_match(candidate))
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

/// A broken body: (kind, place, the body, the `loc`, the expected error type).
type BrokenBody = (
    &'static str,
    Place,
    String,
    Vec<String>,
    Option<&'static str>,
);

/// The bodies of `op` that break one constraint each, for the media type the glue
/// decodes: the first JSON one, else the first `application/x-www-form-urlencoded` one
/// with a schema (as `openapi_codegen`'s API emitter picks).
fn broken_bodies(api: &Api, op: &Operation) -> Vec<BrokenBody> {
    let Some((content, place)) = decoded_content(op) else {
        return Vec::new();
    };
    let Some(TypeRef::Named(name)) = content.ty.as_ref().map(TypeRef::unwrapped) else {
        return Vec::new();
    };
    let Some(def) = api.type_def(name) else {
        return Vec::new();
    };
    match (&def.kind, place) {
        (TypeKind::Struct(object), _) => broken_objects(api, object, place),
        (TypeKind::TaggedUnion(union), Place::Json) => {
            let body = |object: Value| object.to_string();
            let mut found = vec![(
                "union-tag-missing",
                place,
                "{}".to_string(),
                vec!["body".to_string()],
                Some("union_tag_not_found"),
            )];
            if !union
                .variants
                .iter()
                .any(|variant| variant.tag_value == "not-a-listed-value")
            {
                found.push((
                    "union-tag-invalid",
                    place,
                    body(json!({ union.tag.as_str(): "not-a-listed-value" })),
                    vec!["body".to_string()],
                    Some("union_tag_invalid"),
                ));
            }
            // A member chosen by its tag and missing another required property: its
            // problems are under the tag value, as Pydantic reports them.
            let member = union.variants.iter().find_map(|variant| {
                let TypeRef::Named(name) = variant.ty.as_ref()?.unwrapped() else {
                    return None;
                };
                let TypeKind::Struct(object) = &api.type_def(name)?.kind else {
                    return None;
                };
                let field = required_field(object, Some(&union.tag))?;
                Some((variant.tag_value.clone(), field.to_string()))
            });
            if let Some((tag_value, field)) = member {
                found.push((
                    "union-member",
                    place,
                    body(json!({ union.tag.as_str(): tag_value })),
                    vec!["body".to_string(), tag_value, field],
                    Some("missing"),
                ));
            }
            found
        }
        (TypeKind::UntaggedUnion(union), Place::Json) => {
            // A JSON value of a kind no member accepts; every member then reports a
            // problem under its label, the first one at the label itself.
            let accepted: Vec<JsonKind> = union
                .variants
                .iter()
                .flat_map(|variant| accepted_kinds(api, &variant.ty, 0))
                .collect();
            // The first member that is not itself a union reports at its own label.
            let Some(first) = union.variants.iter().find(|variant| {
                !matches!(&variant.ty, TypeRef::Named(name)
                    if matches!(api.type_def(name).map(|def| &def.kind), Some(TypeKind::UntaggedUnion(_))))
            }) else {
                return Vec::new();
            };
            [
                (JsonKind::Array, "[]"),
                (JsonKind::Boolean, "true"),
                (JsonKind::Object, "{}"),
                (JsonKind::String, "\"not-a-member\""),
                (JsonKind::Number, "0.5"),
            ]
            .into_iter()
            .find(|(kind, _)| !accepted.contains(kind) && !accepted.contains(&JsonKind::Any))
            .map(|(_, value)| {
                vec![(
                    "union-no-match",
                    place,
                    value.to_string(),
                    vec!["body".to_string(), first.loc_label(api)],
                    None,
                )]
            })
            .unwrap_or_default()
        }
        _ => Vec::new(),
    }
}

/// The content the glue decodes and validates, and how it is encoded.
fn decoded_content(op: &Operation) -> Option<(&MediaContent, Place)> {
    let contents = &op.request_body.as_ref()?.contents;
    if let Some(json) = contents
        .iter()
        .find(|content| content.kind == ContentKind::Json)
    {
        return Some((json, Place::Json));
    }
    if let Some(form) = contents
        .iter()
        .find(|content| content.kind == ContentKind::FormUrlEncoded && content.ty.is_some())
    {
        return Some((form, Place::Form));
    }
    contents
        .iter()
        .find(|content| {
            content.kind == ContentKind::Multipart
                && content.ty.is_some()
                && content.media_type.split(';').next().is_some_and(|essence| {
                    essence.trim().eq_ignore_ascii_case("multipart/form-data")
                })
        })
        .map(|form| (form, Place::Multipart))
}

/// A `multipart/form-data` body of `(name, filename, value)` parts.
fn multipart(parts: &[(&str, Option<&str>, &str)]) -> String {
    let mut body = String::new();
    for (name, filename, value) in parts {
        body.push_str(&format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\""
        ));
        if let Some(filename) = filename {
            body.push_str(&format!(
                "; filename=\"{filename}\"\r\nContent-Type: application/octet-stream"
            ));
        }
        body.push_str(&format!("\r\n\r\n{value}\r\n"));
    }
    body.push_str(&format!("--{BOUNDARY}--\r\n"));
    body
}

/// A valid multipart body for `op` when one is easy to write: every required property
/// is a file or text without constraints, and the operation needs no parameters.
fn valid_multipart_body(api: &Api, op: &Operation) -> Option<String> {
    let (content, Place::Multipart) = decoded_content(op)? else {
        return None;
    };
    if op
        .parameters
        .iter()
        .any(|param| param.required && param.location != ParamLocation::Path)
        || !op.security.is_empty()
            && !op
                .security
                .iter()
                .any(|requirement| requirement.schemes.is_empty())
    {
        return None;
    }
    let TypeRef::Named(name) = content.ty.as_ref()?.unwrapped() else {
        return None;
    };
    let TypeKind::Struct(object) = &api.type_def(name)?.kind else {
        return None;
    };
    let mut parts = Vec::new();
    for field in object.fields.iter().filter(|field| field.required) {
        if api.is_form_file(field) {
            parts.push((
                field.wire_name.as_str(),
                Some("upload.bin"),
                "\u{0}file bytes",
            ));
            continue;
        }
        let (ty, constraints) = resolve(api, &field.ty, &field.constraints);
        let unconstrained = constraints.min_length.is_none()
            && constraints.max_length.is_none()
            && constraints.pattern.is_none()
            && constraints.format.is_none()
            && constraints.allowed_values.is_none();
        if !(matches!(ty, TypeRef::Primitive(Primitive::String)) && unconstrained) {
            return None;
        }
        parts.push((field.wire_name.as_str(), None, "text"));
    }
    // An empty body is a missing one: send at least one part.
    if parts.is_empty() {
        parts.push(("_", None, "1"));
    }
    Some(multipart(&parts))
}

/// The first property a request must send (other than `except`).
fn required_field<'a>(object: &'a StructDef, except: Option<&str>) -> Option<&'a str> {
    object
        .fields
        .iter()
        .find(|field| {
            field.required
                && matches!(
                    field.shape,
                    FieldShape::Required | FieldShape::RequiredNullable
                )
                && Some(field.wire_name.as_str()) != except
        })
        .map(|field| field.wire_name.as_str())
}

/// Object bodies without a required property, or with one property broken.
fn broken_objects(api: &Api, object: &StructDef, place: Place) -> Vec<BrokenBody> {
    let mut found: Vec<BrokenBody> = Vec::new();
    let one_property = |name: &str, value: &Broken| match place {
        Place::Form => format!("{}={}", encode(name), encode(value.text())),
        Place::Multipart => multipart(&[(name, None, value.text())]),
        _ => format!("{{{}:{}}}", Value::String(name.to_string()), value.json()),
    };
    if let Some(field) = required_field(object, None) {
        // A form body must not be empty (that is a missing body): it holds a key no
        // property has.
        let mut key = "_".to_string();
        while object.fields.iter().any(|field| field.wire_name == key) {
            key.push('_');
        }
        let body = match place {
            Place::Form => format!("{key}=1"),
            Place::Multipart => multipart(&[(&key, None, "1")]),
            _ => "{}".to_string(),
        };
        found.push((
            "missing-property",
            place,
            body,
            vec!["body".to_string(), field.to_string()],
            Some("missing"),
        ));
    }
    for field in &object.fields {
        // The glue checks a file's presence only (validation sees an empty string).
        if field.read_only || (place == Place::Multipart && api.is_form_file(field)) {
            continue;
        }
        let (ty, constraints) = resolve(api, &field.ty, &field.constraints);
        for breach in breaches(api, ty, &constraints) {
            if found.iter().any(|(kind, ..)| *kind == breach.kind) {
                continue;
            }
            let body = one_property(&field.wire_name, &breach.value);
            found.push((
                breach.kind,
                place,
                body,
                vec!["body".to_string(), field.wire_name.clone()],
                breach.problem,
            ));
        }
    }
    found
}

/// The kinds of JSON value a type's validator accepts (roughly: enough to find one it
/// refuses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JsonKind {
    Object,
    Array,
    String,
    Number,
    Boolean,
    Any,
}

fn accepted_kinds(api: &Api, ty: &TypeRef, depth: usize) -> Vec<JsonKind> {
    if depth > 8 {
        return vec![JsonKind::Any];
    }
    match ty.unwrapped() {
        TypeRef::Primitive(Primitive::Bool) => vec![JsonKind::Boolean],
        TypeRef::Primitive(
            Primitive::I32
            | Primitive::I64
            | Primitive::U32
            | Primitive::U64
            | Primitive::F32
            | Primitive::F64,
        ) => vec![JsonKind::Number],
        TypeRef::Primitive(_) => vec![JsonKind::String],
        TypeRef::Vec(_) => vec![JsonKind::Array],
        TypeRef::Map(_) | TypeRef::FreeFormObject => vec![JsonKind::Object],
        TypeRef::Any => vec![JsonKind::Any],
        TypeRef::Named(name) => match api.type_def(name).map(|def| &def.kind) {
            Some(TypeKind::Struct(_) | TypeKind::TaggedUnion(_)) => vec![JsonKind::Object],
            Some(TypeKind::Enum(_)) => vec![JsonKind::String],
            Some(TypeKind::Alias(alias) | TypeKind::Newtype(alias)) => {
                accepted_kinds(api, &alias.target, depth + 1)
            }
            Some(TypeKind::UntaggedUnion(union)) => union
                .variants
                .iter()
                .flat_map(|variant| accepted_kinds(api, &variant.ty, depth + 1))
                .collect(),
            None => vec![JsonKind::Any],
        },
        TypeRef::Option(_) | TypeRef::Patch(_) | TypeRef::Box(_) => vec![JsonKind::Any],
    }
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
            ParamLocation::Cookie => {
                headers.push((
                    "cookie".to_string(),
                    format!("{}={}", param.name, encode(&text)),
                ));
            }
        }
    }
    credentials(api, op, &mut query, &mut headers);
    if case.body.is_some() {
        let media_type = match case.place {
            Place::Form => "application/x-www-form-urlencoded".to_string(),
            Place::Multipart => format!("multipart/form-data; boundary={BOUNDARY}"),
            _ => "application/json".to_string(),
        };
        headers.push(("content-type".to_string(), media_type));
    }
    let mut uri = path;
    for (position, (name, value)) in query.iter().enumerate() {
        uri.push(if position == 0 { '?' } else { '&' });
        uri.push_str(&encode(name));
        uri.push('=');
        uri.push_str(&encode(value));
    }
    let mut request = json!({
        "operation": op.operation_id,
        "broken": case.kind,
        "in": case.place.name(),
        "method": op.method.key().to_uppercase(),
        "uri": uri,
        "headers": headers,
        "body": case.body,
        "loc": case.loc,
        "type": case.problem,
    });
    if let Some(status) = case.status {
        request["status"] = json!(status);
    }
    request
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
        let request =
            |broken: &str, place: &str, uri: &str, body: Value, loc: Value, kind: Value| {
                let mut headers = json!([["X-Key", "key"]]);
                if !body.is_null()
                    && let Some(headers) = headers.as_array_mut()
                {
                    headers.push(json!(["content-type", "application/json"]));
                }
                json!({"operation": "put_pet", "broken": broken, "in": place, "method": "PUT",
                   "uri": uri, "headers": headers, "body": body, "loc": loc, "type": kind})
            };
        assert_eq!(
            cases,
            json!([
                request(
                    "bound",
                    "path",
                    "/pets/4",
                    Value::Null,
                    json!(["path", "id"]),
                    json!("greater_than_equal")
                ),
                request(
                    "type",
                    "path",
                    "/pets/not-a-number",
                    Value::Null,
                    json!(["path", "id"]),
                    json!("int_parsing")
                ),
                request(
                    "bound",
                    "query",
                    "/pets/5?limit=101",
                    Value::Null,
                    json!(["query", "limit"]),
                    json!("less_than_equal")
                ),
                request(
                    "type",
                    "query",
                    "/pets/5?limit=not-a-number",
                    Value::Null,
                    json!(["query", "limit"]),
                    json!("int_parsing")
                ),
                request(
                    "missing",
                    "query",
                    "/pets/5",
                    Value::Null,
                    json!(["query", "tag"]),
                    json!("missing")
                ),
                request(
                    "missing-property",
                    "body",
                    "/pets/5",
                    json!("{}"),
                    json!(["body", "name"]),
                    json!("missing")
                ),
            ])
        );
    }

    /// (broken, in, uri, headers, body, loc, type) of each case.
    fn summary(cases: &Value) -> Vec<Value> {
        cases
            .as_array()
            .into_iter()
            .flatten()
            .map(|case| {
                json!([
                    case["broken"],
                    case["in"],
                    case["uri"],
                    case["headers"],
                    case["body"],
                    case["loc"],
                    case["type"]
                ])
            })
            .collect()
    }

    #[test]
    fn a_value_holding_its_segments_separator_is_not_sent() {
        let api = api(r##"
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /range/v{from}-{to}.json:
    get:
      operationId: range
      parameters:
      - {name: from, in: path, required: true, schema: {type: string}}
      - {name: to, in: path, required: true, schema: {type: integer, minimum: 0}}
      responses: {'200': {description: ok}}
  /items/{id}-x:
    get:
      operationId: item
      parameters:
      - {name: id, in: path, required: true, schema: {type: integer, minimum: 0}}
      responses: {'200': {description: ok}}
"##);
        let cases = summary(&cases(&api));
        let uris: Vec<&Value> = cases.iter().map(|case| &case[2]).collect();
        // `-1` would make `v x--1.json` split as from = "x-", to = "1"; `to` breaks its
        // type instead. A segment with one parameter keeps the bound case.
        assert!(
            !uris
                .iter()
                .any(|uri| uri.as_str().is_some_and(|uri| uri.contains("--1"))),
            "{cases:?}"
        );
        assert!(
            uris.iter().any(|uri| uri.as_str() == Some("/items/-1-x")),
            "{cases:?}"
        );
    }

    #[test]
    fn cookies_get_a_case_for_each_kind_of_constraint_with_its_type() {
        let api = api(r##"
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /a:
    get:
      parameters:
        - {name: size, in: cookie, schema: {type: integer, exclusiveMinimum: 0}}
        - {name: theme, in: cookie, schema: {type: string, enum: [light, dark]}}
        - {name: id, in: cookie, required: true, schema: {type: string, format: uuid}}
        - {name: big, in: cookie, schema: {type: integer, format: int64, maximum: 9000000000}}
      responses: {"204": {description: ok}}
"##);
        let expected = [
            ("bound", "size=0", "size", json!("greater_than")),
            ("type", "size=not-a-number", "size", json!("int_parsing")),
            ("enum", "theme=not-a-listed-value", "theme", json!("enum")),
            ("format", "id=not-a-uuid", "id", json!("uuid_parsing")),
            ("missing", "", "id", json!("missing")),
        ];
        let expected: Vec<Value> = expected
            .into_iter()
            .map(|(kind, cookie, name, problem)| {
                let headers = if cookie.is_empty() {
                    json!([])
                } else {
                    json!([["cookie", cookie]])
                };
                json!([
                    kind,
                    "cookie",
                    "/a",
                    headers,
                    null,
                    ["cookie", name],
                    problem
                ])
            })
            .collect();
        // `big`'s bound is not the first of its kind; on its own, a value beyond 32 bits
        // leaves the type to the integer type's parsing.
        assert_eq!(summary(&cases(&api)), expected);
        let api = api_with_big_only();
        assert_eq!(
            summary(&cases(&api))[0],
            json!([
                "bound",
                "cookie",
                "/a",
                [["cookie", "big=9000000001"]],
                null,
                ["cookie", "big"],
                null
            ])
        );
    }

    fn api_with_big_only() -> Api {
        api(r##"
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /a:
    get:
      parameters:
        - {name: big, in: cookie, schema: {type: integer, format: int64, maximum: 9000000000}}
      responses: {"204": {description: ok}}
"##)
    }

    #[test]
    fn patterns_are_broken_with_a_string_the_pattern_does_not_match() {
        let api = api(r##"
openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /a:
    get:
      parameters:
        - {name: any, in: query, schema: {type: string, pattern: "."}}
        - {name: X-Trace, in: header, schema: {type: string, pattern: "^[a-z]+$"}}
        - {name: session, in: cookie, schema: {type: string, maxLength: 3}}
        - {name: lang, in: cookie, schema: {type: string, pattern: "^(?!x)"}}
      responses: {"204": {description: ok}}
  /b:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                code: {type: string, minLength: 3, maxLength: 3, pattern: "^\\d{3}$"}
      responses: {"204": {description: ok}}
"##);
        assert_eq!(
            summary(&cases(&api)),
            vec![
                json!([
                    "pattern",
                    "header",
                    "/a",
                    [["X-Trace", "0"]],
                    null,
                    ["header", "X-Trace"],
                    "string_pattern_mismatch"
                ]),
                json!([
                    "length",
                    "cookie",
                    "/a",
                    [["cookie", "session=xxxx"]],
                    null,
                    ["cookie", "session"],
                    "string_too_long"
                ]),
                json!([
                    "pattern",
                    "cookie",
                    "/a",
                    [["cookie", "lang=x"]],
                    null,
                    ["cookie", "lang"],
                    "string_pattern_mismatch"
                ]),
                json!([
                    "length",
                    "body",
                    "/b",
                    [["content-type", "application/json"]],
                    r#"{"code":"xxxx"}"#,
                    ["body", "code"],
                    "string_too_long"
                ]),
                json!([
                    "pattern",
                    "body",
                    "/b",
                    [["content-type", "application/json"]],
                    r#"{"code":"xxx"}"#,
                    ["body", "code"],
                    "string_pattern_mismatch"
                ]),
            ]
        );
        // What the generated code's engine says, not a guess.
        assert_eq!(non_matching(".", None, None), None);
        assert_eq!(non_matching(r"^\d+$", None, Some(2)).as_deref(), Some("x"));
        assert_eq!(
            non_matching("^[^0-9]", Some(2), None).as_deref(),
            Some("00")
        );
        assert_eq!(non_matching("(", None, None), None);
    }

    #[test]
    fn form_and_multipart_bodies_are_broken_and_a_valid_multipart_one_sent() {
        let api = api(r##"
openapi: 3.1.0
info: {title: T, version: "1"}
components:
  schemas:
    Form:
      type: object
      required: [description, file]
      properties:
        id: {type: integer, minimum: 1}
        uuid: {type: string, format: uuid}
        description: {type: string}
        file: {type: string, format: binary, maxLength: 1}
paths:
  /multipart:
    post:
      requestBody:
        required: true
        content: {multipart/form-data: {schema: {$ref: "#/components/schemas/Form"}}}
      responses: {"204": {description: ok}}
  /form:
    post:
      requestBody:
        required: true
        content: {application/x-www-form-urlencoded: {schema: {$ref: "#/components/schemas/Form"}}}
      responses: {"204": {description: ok}}
"##);
        let form = json!([["content-type", "application/x-www-form-urlencoded"]]);
        let multipart_type = json!([[
            "content-type",
            format!("multipart/form-data; boundary={BOUNDARY}")
        ]]);
        let part = |name: &str, value: &str| {
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n--{BOUNDARY}--\r\n"
            )
        };
        let cases = cases(&api);
        let mut expected = vec![
            json!([
                "missing-property",
                "multipart",
                "/multipart",
                multipart_type,
                part("_", "1"),
                ["body", "description"],
                "missing"
            ]),
            json!([
                "bound",
                "multipart",
                "/multipart",
                multipart_type,
                part("id", "0"),
                ["body", "id"],
                null
            ]),
            json!([
                "type",
                "multipart",
                "/multipart",
                multipart_type,
                part("id", "not-a-number"),
                ["body", "id"],
                null
            ]),
            json!([
                "format",
                "multipart",
                "/multipart",
                multipart_type,
                part("uuid", "not-a-uuid"),
                ["body", "uuid"],
                "uuid_parsing"
            ]),
        ];
        let valid = format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\ntext\r\n\
             --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload.bin\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n\u{0}file bytes\r\n--{BOUNDARY}--\r\n"
        );
        expected.push(json!([
            "valid",
            "multipart",
            "/multipart",
            multipart_type,
            valid,
            [],
            null
        ]));
        expected.extend([
            json!([
                "missing-property",
                "form",
                "/form",
                form,
                "_=1",
                ["body", "description"],
                "missing"
            ]),
            json!(["bound", "form", "/form", form, "id=0", ["body", "id"], null]),
            json!([
                "type",
                "form",
                "/form",
                form,
                "id=not-a-number",
                ["body", "id"],
                null
            ]),
            json!([
                "format",
                "form",
                "/form",
                form,
                "uuid=not-a-uuid",
                ["body", "uuid"],
                "uuid_parsing"
            ]),
        ]);
        assert_eq!(summary(&cases), expected);
        assert_eq!(cases[4]["status"], json!(501));
        assert_eq!(cases[0]["status"], Value::Null);
    }

    #[test]
    fn union_bodies_match_no_member() {
        let api = api(r##"
openapi: 3.1.0
info: {title: T, version: "1"}
components:
  schemas:
    Pet:
      oneOf: [{$ref: "#/components/schemas/Dog"}, {$ref: "#/components/schemas/Cat"}]
      discriminator: {propertyName: kind, mapping: {dog: "#/components/schemas/Dog", cat: "#/components/schemas/Cat"}}
    Dog:
      type: object
      required: [kind, name]
      properties: {kind: {type: string}, name: {type: string}}
    Cat:
      type: object
      required: [kind]
      properties: {kind: {type: string}}
    Size:
      anyOf: [{type: integer}, {$ref: "#/components/schemas/Cat"}]
paths:
  /pets:
    post:
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
      responses: {"204": {description: ok}}
  /sizes:
    post:
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/Size"}}}
      responses: {"204": {description: ok}}
"##);
        let json = json!([["content-type", "application/json"]]);
        assert_eq!(
            summary(&cases(&api)),
            vec![
                json!([
                    "union-tag-missing",
                    "body",
                    "/pets",
                    json,
                    "{}",
                    ["body"],
                    "union_tag_not_found"
                ]),
                json!([
                    "union-tag-invalid",
                    "body",
                    "/pets",
                    json,
                    r#"{"kind":"not-a-listed-value"}"#,
                    ["body"],
                    "union_tag_invalid"
                ]),
                json!([
                    "union-member",
                    "body",
                    "/pets",
                    json,
                    r#"{"kind":"dog"}"#,
                    ["body", "dog", "name"],
                    "missing"
                ]),
                json!([
                    "union-no-match",
                    "body",
                    "/sizes",
                    json,
                    "[]",
                    ["body", "int"],
                    null
                ]),
            ]
        );
    }
}
