//! Request bodies: reading under a size limit and decoding by content type.

use actix_web::HttpRequest;
use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use actix_web::web::{Bytes, BytesMut, Payload};
use futures_util::StreamExt;
use serde_json::Value;

use crate::json;
use crate::param::FormPairs;
use crate::problem::{Loc, Problem, Problems};

/// Why a body could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BodyError {
    /// More bytes than the limit were announced or received (413).
    #[error("request body larger than the limit")]
    TooLarge,
    /// The connection failed or the body was malformed at the HTTP level (400).
    #[error("request body could not be read")]
    Unreadable,
}

/// Reads the whole body, counting the bytes received (chunked bodies too); a body of
/// exactly `limit` bytes is accepted.
pub async fn read(
    req: &HttpRequest,
    mut payload: Payload,
    limit: usize,
) -> Result<Bytes, BodyError> {
    let announced = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    // An announced size over the limit is refused before anything is received.
    if announced.is_some_and(|length| length > limit as u64) {
        return Err(BodyError::TooLarge);
    }
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| BodyError::Unreadable)?;
        if body.len() + chunk.len() > limit {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// How a body's `Content-Type` says it is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// `application/json`, `application/*+json`, or no `Content-Type` at all (FastAPI
    /// reads a body without one as JSON).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
    /// Anything else.
    Other,
}

/// The encoding the request declares.
pub fn encoding(req: &HttpRequest) -> Encoding {
    let Some(content_type) = req.headers().get(CONTENT_TYPE) else {
        return Encoding::Json;
    };
    let essence = content_type
        .to_str()
        .unwrap_or_default()
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if essence.is_empty() {
        return Encoding::Json;
    }
    match essence.split_once('/') {
        Some(("application", "json")) => Encoding::Json,
        Some(("application", subtype)) if subtype.ends_with("+json") => Encoding::Json,
        Some(("application", "x-www-form-urlencoded")) => Encoding::Form,
        Some(("multipart", "form-data")) => Encoding::Multipart,
        _ => Encoding::Other,
    }
}

/// The `Content-Type` header as sent (for operations that take raw bodies).
pub fn content_type(req: &HttpRequest) -> Option<String> {
    req.headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned)
}

/// A JSON request body after decoding.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonBody {
    /// The body was empty.
    Absent,
    /// The decoded value, still to be validated.
    Value(Value),
    /// Not JSON; the problem is recorded.
    Rejected,
}

/// Decodes a JSON body as FastAPI does: empty is [`JsonBody::Absent`] (the caller decides
/// whether that is `missing`), malformed JSON is `json_invalid` at `["body", offset]`, and
/// a `Content-Type` that is not JSON is `model_attributes_type` at `["body"]` (FastAPI
/// hands such bodies to the model as raw bytes, which it refuses).
pub fn decode_json(req: &HttpRequest, bytes: &[u8], problems: &mut Problems) -> JsonBody {
    if bytes.is_empty() {
        return JsonBody::Absent;
    }
    if encoding(req) != Encoding::Json {
        problems.push(
            Problem::model_attributes_type(&Loc::body())
                .with_input(String::from_utf8_lossy(bytes).into_owned()),
        );
        return JsonBody::Rejected;
    }
    match json::parse_bytes(bytes) {
        Ok(value) => JsonBody::Value(value),
        Err(error) => {
            problems.push(Problem::json_invalid(error.offset, error.message));
            JsonBody::Rejected
        }
    }
}

/// Decodes a form body (`application/x-www-form-urlencoded`) into its pairs.
pub fn decode_form(bytes: &[u8]) -> FormPairs {
    FormPairs::parse(&String::from_utf8_lossy(bytes))
}

/// How a form field's text becomes JSON before validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormScalar {
    /// Kept as a string.
    Text,
    /// A decimal integer when it is one (else kept as text, which validation refuses).
    Integer,
    /// A number when it is one.
    Number,
    /// A boolean in any of Pydantic's spellings.
    Boolean,
}

/// One declared property of a form body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormField {
    /// The property (and form key) name.
    pub name: &'static str,
    /// How each value is read.
    pub scalar: FormScalar,
    /// Whether the property is an array (every value of a repeated key).
    pub repeated: bool,
}

/// A form body as the JSON object its schema describes, so that it is validated and
/// converted like a JSON body. Undeclared keys are kept as strings.
pub fn form_object(pairs: &FormPairs, fields: &[FormField]) -> Value {
    let mut object = serde_json::Map::new();
    for (key, value) in pairs.pairs() {
        match fields.iter().find(|field| field.name == key) {
            Some(field) if field.repeated => {
                let items = object
                    .entry(key.clone())
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(items) = items {
                    items.push(form_scalar(value, field.scalar));
                }
            }
            Some(field) => {
                object.insert(key.clone(), form_scalar(value, field.scalar));
            }
            None => {
                object.insert(key.clone(), Value::String(value.clone()));
            }
        }
    }
    Value::Object(object)
}

fn form_scalar(text: &str, scalar: FormScalar) -> Value {
    let text_value = || Value::String(text.to_owned());
    let mut ignored = Problems::new();
    let loc = Loc::body();
    match scalar {
        FormScalar::Text => text_value(),
        FormScalar::Integer => {
            crate::param::integer(text, &loc, &mut ignored).map_or_else(text_value, Value::from)
        }
        FormScalar::Number => crate::param::number(text, &loc, &mut ignored)
            .and_then(serde_json::Number::from_f64)
            .map_or_else(text_value, Value::Number),
        FormScalar::Boolean => {
            crate::param::boolean(text, &loc, &mut ignored).map_or_else(text_value, Value::Bool)
        }
    }
}

/// A body passed through undecoded (multipart and other non-JSON media types): the
/// implementation parses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBody {
    /// The `Content-Type` header as sent.
    pub content_type: Option<String>,
    /// The bytes received.
    pub bytes: Bytes,
}

impl RawBody {
    /// The body of `req`.
    pub fn new(req: &HttpRequest, bytes: Bytes) -> Self {
        Self {
            content_type: content_type(req),
            bytes,
        }
    }
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;
    use serde_json::json;

    use super::{Encoding, JsonBody, decode_json, encoding};
    use crate::problem::Problems;

    #[test]
    fn encodings_follow_fastapi_content_type_rules() {
        let with = |value: &str| {
            encoding(
                &TestRequest::default()
                    .insert_header(("content-type", value))
                    .to_http_request(),
            )
        };
        assert_eq!(
            encoding(&TestRequest::default().to_http_request()),
            Encoding::Json
        );
        assert_eq!(with("application/json; charset=utf-8"), Encoding::Json);
        assert_eq!(with("Application/Merge-Patch+JSON"), Encoding::Json);
        assert_eq!(with("application/x-www-form-urlencoded"), Encoding::Form);
        assert_eq!(with("multipart/form-data; boundary=x"), Encoding::Multipart);
        assert_eq!(with("text/plain"), Encoding::Other);
    }

    #[test]
    fn json_bodies_decode_or_report_fastapi_problems() {
        let req = TestRequest::default().to_http_request();
        let mut problems = Problems::new();
        assert_eq!(decode_json(&req, b"", &mut problems), JsonBody::Absent);
        assert_eq!(
            decode_json(&req, b"{\"a\":1}", &mut problems),
            JsonBody::Value(json!({"a": 1}))
        );
        assert!(problems.is_empty());
        assert_eq!(
            decode_json(&req, b"{\"a\":}", &mut problems),
            JsonBody::Rejected
        );
        let text = TestRequest::default()
            .insert_header(("content-type", "text/plain"))
            .to_http_request();
        assert_eq!(decode_json(&text, b"{}", &mut problems), JsonBody::Rejected);
        let body = serde_json::to_value(problems.into_body()).ok();
        assert_eq!(
            body,
            Some(json!({"detail": [
                {"loc": ["body", 5], "msg": "JSON decode error", "type": "json_invalid",
                 "input": {}, "ctx": {"error": "Expecting value"}},
                {"loc": ["body"], "msg": "Input should be a valid dictionary or object to extract fields from",
                 "type": "model_attributes_type", "input": "{}"},
            ]}))
        );
    }
}
