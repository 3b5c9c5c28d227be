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
    /// A `format: binary` property: in a multipart body, the part's bytes (a file);
    /// in a urlencoded one, text like [`FormScalar::Text`].
    Binary,
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
        FormScalar::Text | FormScalar::Binary => text_value(),
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

/// A `multipart/form-data` body (or a urlencoded one, which FastAPI accepts for the
/// same form) as the JSON object its schema describes ([`MultipartForm::value`]), and
/// the bytes of its binary properties apart ([`MultipartForm::into_parts`]).
pub fn decode_multipart(
    req: &HttpRequest,
    bytes: &Bytes,
    fields: &[FormField],
    problems: &mut Problems,
) -> Option<MultipartForm> {
    let parsed = if encoding(req) == Encoding::Multipart {
        content_type(req)
            .ok_or(crate::multipart::MultipartError::NoBoundary)
            .and_then(|value| crate::multipart::boundary(&value))
            .and_then(|boundary| crate::multipart::parse(bytes, &boundary))
            .ok()
            .and_then(|parts| MultipartForm::from_parts(parts, fields))
    } else {
        // As the urlencoded form path: whatever the Content-Type, the bytes are read as
        // `a=1&b=2` (FastAPI reads urlencoded bodies for any form).
        let pairs = decode_form(bytes);
        let parts = pairs
            .pairs()
            .iter()
            .map(|(name, value)| crate::multipart::Part {
                name: name.clone(),
                filename: None,
                content_type: None,
                data: Bytes::copy_from_slice(value.as_bytes()),
            });
        MultipartForm::from_parts(parts.collect(), fields)
    };
    if parsed.is_none() {
        problems.body_unparsable();
    }
    parsed
}

/// A decoded multipart form: text properties as JSON, binary ones as bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct MultipartForm {
    /// Always an object.
    object: Value,
    files: Files,
}

impl MultipartForm {
    /// `None` when a text part is not UTF-8 (a 400, as for any unparsable body).
    fn from_parts(parts: Vec<crate::multipart::Part>, fields: &[FormField]) -> Option<Self> {
        let mut object = serde_json::Map::new();
        let mut files = Files::default();
        for part in parts {
            let field = fields.iter().find(|field| field.name == part.name);
            let value = match field {
                Some(field) if field.scalar == FormScalar::Binary => {
                    files.push(field.name, part.data);
                    // Validation sees a string where the file is: presence and the
                    // count of an array of files are checked, the bytes are not copied.
                    Value::String(String::new())
                }
                Some(field) => form_scalar(std::str::from_utf8(&part.data).ok()?, field.scalar),
                None => Value::String(std::str::from_utf8(&part.data).ok()?.to_owned()),
            };
            match field {
                Some(field) if field.repeated => {
                    let items = object
                        .entry(part.name)
                        .or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(items) = items {
                        items.push(value);
                    }
                }
                _ => {
                    object.insert(part.name, value);
                }
            }
        }
        Some(Self {
            object: Value::Object(object),
            files,
        })
    }

    /// The form as the JSON object validation checks (a file is an empty string).
    pub fn value(&self) -> &Value {
        &self.object
    }

    /// The object to deserialize the body's type from, each file an empty byte array
    /// (a `Vec<u8>` reads a JSON array), and the files to set on the typed value.
    pub fn into_parts(self) -> (Value, Files) {
        let mut object = self.object;
        for (name, _) in &self.files.0 {
            match object.get_mut(name) {
                Some(Value::Array(items)) => {
                    for item in items.iter_mut() {
                        *item = Value::Array(Vec::new());
                    }
                }
                Some(value) => *value = Value::Array(Vec::new()),
                None => {}
            }
        }
        (object, self.files)
    }
}

/// The bytes of a form's file parts, by property.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Files(Vec<(&'static str, Vec<Bytes>)>);

impl Files {
    fn push(&mut self, name: &'static str, data: Bytes) {
        match self.0.iter_mut().find(|(existing, _)| *existing == name) {
            Some((_, parts)) => parts.push(data),
            None => self.0.push((name, vec![data])),
        }
    }

    /// Puts the parts of property `name` into `field` (nothing when none was sent).
    pub fn set<F: FileField>(&mut self, name: &str, field: &mut F) {
        if let Some(index) = self.0.iter().position(|(existing, _)| *existing == name) {
            let (_, parts) = self.0.swap_remove(index);
            field.set_parts(parts);
        }
    }
}

/// A field that holds a form's file parts: `Vec<u8>` (the last part, as Starlette picks
/// a single value), `Vec<Vec<u8>>` (every part), and those inside `Option` or `Patch`.
pub trait FileField {
    /// Replaces the value with `parts` (never empty).
    fn set_parts(&mut self, parts: Vec<Bytes>);
}

impl FileField for Vec<u8> {
    fn set_parts(&mut self, parts: Vec<Bytes>) {
        if let Some(last) = parts.last() {
            *self = last.to_vec();
        }
    }
}

impl FileField for Vec<Vec<u8>> {
    fn set_parts(&mut self, parts: Vec<Bytes>) {
        *self = parts.iter().map(|part| part.to_vec()).collect();
    }
}

impl<T: FileField + Default> FileField for Option<T> {
    fn set_parts(&mut self, parts: Vec<Bytes>) {
        self.get_or_insert_with(T::default).set_parts(parts);
    }
}

impl<T: FileField + Default> FileField for crate::Patch<T> {
    fn set_parts(&mut self, parts: Vec<Bytes>) {
        let mut value = T::default();
        value.set_parts(parts);
        *self = crate::Patch::Value(value);
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

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Upload {
        title: String,
        count: i64,
        tags: Vec<String>,
        file: Vec<u8>,
        #[serde(default)]
        extra: Option<Vec<Vec<u8>>>,
        #[serde(default)]
        note: crate::Patch<Vec<u8>>,
    }

    const UPLOAD_FIELDS: &[super::FormField] = &[
        field("title", super::FormScalar::Text, false),
        field("count", super::FormScalar::Integer, false),
        field("tags", super::FormScalar::Text, true),
        field("file", super::FormScalar::Binary, false),
        field("extra", super::FormScalar::Binary, true),
        field("note", super::FormScalar::Binary, false),
    ];

    const fn field(
        name: &'static str,
        scalar: super::FormScalar,
        repeated: bool,
    ) -> super::FormField {
        super::FormField {
            name,
            scalar,
            repeated,
        }
    }

    fn multipart_request() -> actix_web::HttpRequest {
        TestRequest::default()
            .insert_header(("content-type", "multipart/form-data; boundary=B"))
            .to_http_request()
    }

    fn multipart_body(parts: &[(&str, Option<&str>, &[u8])]) -> actix_web::web::Bytes {
        let mut body = Vec::new();
        for (name, filename, data) in parts {
            body.extend_from_slice(
                format!("--B\r\nContent-Disposition: form-data; name=\"{name}\"").as_bytes(),
            );
            if let Some(filename) = filename {
                body.extend_from_slice(format!("; filename=\"{filename}\"").as_bytes());
            }
            body.extend_from_slice(b"\r\n\r\n");
            body.extend_from_slice(data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(b"--B--\r\n");
        body.into()
    }

    #[test]
    fn multipart_forms_validate_text_as_json_and_set_files_apart() {
        let big = vec![7u8; 3 * 1024 * 1024];
        let bytes = multipart_body(&[
            ("title", None, b"hello"),
            ("count", None, b"42"),
            ("tags", None, b"a"),
            ("tags", None, b"b"),
            ("file", Some("big.bin"), &big),
            ("extra", Some("1"), b"\xff\x00"),
            ("extra", Some("2"), b""),
            ("unknown", None, b"kept"),
        ]);
        let mut problems = Problems::new();
        let form =
            super::decode_multipart(&multipart_request(), &bytes, UPLOAD_FIELDS, &mut problems)
                .expect("a valid multipart body");
        assert!(problems.is_empty());
        // What validation sees: files are empty strings, not megabytes of numbers.
        assert_eq!(
            form.value(),
            &json!({"title": "hello", "count": 42, "tags": ["a", "b"], "file": "", "extra": ["", ""], "unknown": "kept"})
        );
        let (value, mut files) = form.into_parts();
        assert_eq!(value["file"], json!([]));
        assert_eq!(value["extra"], json!([[], []]));
        let mut upload: Upload =
            crate::param::typed(value, &crate::Loc::body(), &mut problems).expect("the type");
        files.set("file", &mut upload.file);
        files.set("extra", &mut upload.extra);
        files.set("note", &mut upload.note);
        assert_eq!(upload.title, "hello");
        assert_eq!(upload.count, 42);
        assert_eq!(upload.tags, ["a", "b"]);
        assert_eq!(upload.file, big);
        assert_eq!(upload.extra, Some(vec![vec![0xff, 0], vec![]]));
        // Not sent: left as deserialized.
        assert_eq!(upload.note, crate::Patch::Absent);
    }

    #[test]
    fn urlencoded_bodies_are_read_for_multipart_forms_too() {
        let req = TestRequest::default()
            .insert_header(("content-type", "application/x-www-form-urlencoded"))
            .to_http_request();
        let mut problems = Problems::new();
        let form = super::decode_multipart(
            &req,
            &actix_web::web::Bytes::from_static(b"title=a+b&file=%C3%A9"),
            UPLOAD_FIELDS,
            &mut problems,
        )
        .expect("a urlencoded body");
        let (value, mut files) = form.into_parts();
        assert_eq!(value, json!({"title": "a b", "file": []}));
        let mut file: Vec<u8> = Vec::new();
        files.set("file", &mut file);
        assert_eq!(file, "é".as_bytes());
    }

    #[test]
    fn unparsable_multipart_bodies_are_flagged_not_validated() {
        let no_boundary = TestRequest::default()
            .insert_header(("content-type", "multipart/form-data"))
            .to_http_request();
        let valid = multipart_body(&[("title", None, b"x")]);
        let not_utf8 = multipart_body(&[("title", None, b"\xff")]);
        let unterminated = actix_web::web::Bytes::from_static(
            b"--B\r\nContent-Disposition: form-data; name=title\r\n\r\nx",
        );
        for (req, bytes) in [
            (&no_boundary, &valid),
            (&multipart_request(), &not_utf8),
            (&multipart_request(), &unterminated),
        ] {
            let mut problems = Problems::new();
            assert!(super::decode_multipart(req, bytes, UPLOAD_FIELDS, &mut problems).is_none());
            assert!(problems.is_body_unparsable());
            assert!(!problems.is_empty());
            assert!(problems.as_slice().is_empty(), "no 422 problem");
        }
        // An undeclared part must be text too.
        let mut problems = Problems::new();
        let unknown = multipart_body(&[("other", Some("f"), b"\xfe")]);
        assert!(
            super::decode_multipart(&multipart_request(), &unknown, UPLOAD_FIELDS, &mut problems)
                .is_none()
        );
    }
}
