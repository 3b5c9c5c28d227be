//! `multipart/form-data` request bodies, written without reqwest's `multipart` feature:
//! the typed body's text properties as text parts (arrays as repeated parts), its files
//! as file parts, read straight from the `Vec<u8>` fields (a file is never turned into a
//! JSON array of numbers, as serializing the whole value would).

use serde::Serialize;
use serde::ser::{self, Impossible};
use serde_json::Value;

use super::ClientError;
use crate::Patch;

/// A multipart body being written.
#[derive(Debug)]
pub struct MultipartBody {
    boundary: String,
    bytes: Vec<u8>,
}

impl Default for MultipartBody {
    fn default() -> Self {
        Self::new()
    }
}

impl MultipartBody {
    /// An empty body with a random boundary.
    pub fn new() -> Self {
        let random: String = rand::random::<[u8; 12]>()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        Self {
            boundary: format!("openapi-form-{random}"),
            bytes: Vec::new(),
        }
    }

    /// The `Content-Type` value, with the boundary.
    pub fn content_type(&self) -> String {
        format!("multipart/form-data; boundary={}", self.boundary)
    }

    /// The finished body.
    pub fn finish(mut self) -> Vec<u8> {
        self.bytes
            .extend_from_slice(format!("--{}--\r\n", self.boundary).as_bytes());
        self.bytes
    }

    fn part(&mut self, name: &str, filename: Option<&str>, data: &[u8]) {
        let mut head = format!(
            "--{}\r\nContent-Disposition: form-data; name=\"{}\"",
            self.boundary,
            escape(name)
        );
        if let Some(filename) = filename {
            head.push_str(&format!(
                "; filename=\"{}\"\r\nContent-Type: application/octet-stream",
                escape(filename)
            ));
        }
        head.push_str("\r\n\r\n");
        self.bytes.extend_from_slice(head.as_bytes());
        self.bytes.extend_from_slice(data);
        self.bytes.extend_from_slice(b"\r\n");
    }

    /// Every property of `value` (an object) but `files` as text parts: strings as they
    /// are, numbers and booleans as JSON writes them, arrays as one part per item, nested
    /// objects as JSON text; `null` sends nothing.
    pub fn text_fields(
        &mut self,
        value: &impl Serialize,
        files: &[&str],
    ) -> Result<(), ClientError> {
        let mut fields = Vec::new();
        value
            .serialize(Fields {
                skip: files,
                fields: &mut fields,
                key: None,
            })
            .map_err(|err| ClientError::Request(format!("request body: {err}")))?;
        for (name, value) in fields {
            match value {
                Value::Array(items) => {
                    for item in items {
                        self.text(&name, &item);
                    }
                }
                other => self.text(&name, &other),
            }
        }
        Ok(())
    }

    fn text(&mut self, name: &str, value: &Value) {
        match value {
            Value::Null => {}
            Value::String(text) => self.part(name, None, text.as_bytes()),
            other => self.part(name, None, other.to_string().as_bytes()),
        }
    }

    /// The file parts of property `name` (named after it, as browsers name a file
    /// they have no name for).
    pub fn files(&mut self, name: &str, value: &impl FileParts) {
        value.each_part(&mut |data| self.part(name, Some(name), data));
    }
}

/// A property holding files: `Vec<u8>`, `Vec<Vec<u8>>`, and those in `Option` or `Patch`.
pub trait FileParts {
    /// Calls `part` with each file's bytes.
    fn each_part(&self, part: &mut dyn FnMut(&[u8]));
}

impl FileParts for Vec<u8> {
    fn each_part(&self, part: &mut dyn FnMut(&[u8])) {
        part(self);
    }
}

impl FileParts for Vec<Vec<u8>> {
    fn each_part(&self, part: &mut dyn FnMut(&[u8])) {
        for file in self {
            part(file);
        }
    }
}

impl<T: FileParts> FileParts for Option<T> {
    fn each_part(&self, part: &mut dyn FnMut(&[u8])) {
        if let Some(value) = self {
            value.each_part(part);
        }
    }
}

impl<T: FileParts> FileParts for Patch<T> {
    fn each_part(&self, part: &mut dyn FnMut(&[u8])) {
        if let Patch::Value(value) = self {
            value.each_part(part);
        }
    }
}

/// `"` and line breaks in a name, escaped as browsers do (percent-encoded).
fn escape(name: &str) -> String {
    name.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Collects the properties of a struct or map as JSON values, leaving out `skip`
/// without serializing them.
struct Fields<'a> {
    skip: &'a [&'a str],
    fields: &'a mut Vec<(String, Value)>,
    /// The key of the map entry being written.
    key: Option<String>,
}

impl Fields<'_> {
    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        if self.skip.contains(&name) {
            return Ok(());
        }
        let value = serde_json::to_value(value).map_err(|err| Error(err.to_string()))?;
        self.fields.push((name.to_owned(), value));
        Ok(())
    }
}

#[derive(Debug)]
struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Self(msg.to_string())
    }
}

fn not_an_object<T>() -> Result<T, Error> {
    Err(Error("a multipart body must be an object".to_owned()))
}

macro_rules! refuse {
    ($($method:ident($($arg:ty),*)),* $(,)?) => {
        $(fn $method(self $(, _: $arg)*) -> Result<Self::Ok, Self::Error> {
            not_an_object()
        })*
    };
}

impl<'a> ser::Serializer for Fields<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), Error>;

    refuse!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        not_an_object()
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        not_an_object()
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        not_an_object()
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        not_an_object()
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        not_an_object()
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self, Error> {
        Ok(self)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Error> {
        Ok(self)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        not_an_object()
    }
}

impl ser::SerializeStruct for Fields<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}

impl ser::SerializeMap for Fields<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        match serde_json::to_value(key).map_err(|err| Error(err.to_string()))? {
            Value::String(key) => {
                self.key = Some(key);
                Ok(())
            }
            other => Err(Error(format!(
                "a form property name must be text, not {other}"
            ))),
        }
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self.key.take().unwrap_or_default();
        self.field(&key, value)
    }

    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    use super::MultipartBody;
    use crate::Patch;

    #[derive(Serialize)]
    struct Upload {
        title: String,
        count: i64,
        tags: Vec<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        nested: serde_json::Value,
        file: Vec<u8>,
        extra: Option<Vec<Vec<u8>>>,
        #[serde(skip_serializing_if = "Patch::is_absent")]
        absent: Patch<Vec<u8>>,
        #[serde(flatten)]
        more: std::collections::BTreeMap<String, i64>,
    }

    #[cfg(feature = "server")]
    #[test]
    fn text_properties_and_files_become_parts() {
        let upload = Upload {
            title: "a \"b\"".into(),
            count: 3,
            tags: vec!["x".into(), "y".into()],
            note: None,
            nested: serde_json::json!({"k": 1}),
            file: vec![0, 255, 13, 10],
            extra: Some(vec![vec![1], vec![]]),
            absent: Patch::Absent,
            more: [("z".to_owned(), 9)].into(),
        };
        let mut body = MultipartBody::new();
        let boundary = body.boundary.clone();
        body.text_fields(&upload, &["file", "extra", "absent"])
            .expect("an object");
        body.files("file", &upload.file);
        body.files("extra", &upload.extra);
        body.files("absent", &upload.absent);
        assert_eq!(
            body.content_type(),
            format!("multipart/form-data; boundary={boundary}")
        );
        let bytes = body.finish();
        let parts = crate::multipart::parse(&bytes::Bytes::from(bytes), &boundary)
            .expect("the server's parser reads it");
        let summary: Vec<(String, Option<String>, Vec<u8>)> = parts
            .into_iter()
            .map(|part| (part.name, part.filename, part.data.to_vec()))
            .collect();
        let text = |name: &str, value: &str| (name.to_owned(), None, value.as_bytes().to_vec());
        let file =
            |name: &str, value: &[u8]| (name.to_owned(), Some(name.to_owned()), value.to_vec());
        assert_eq!(
            summary,
            vec![
                text("title", "a \"b\""),
                text("count", "3"),
                text("tags", "x"),
                text("tags", "y"),
                text("nested", "{\"k\":1}"),
                text("z", "9"),
                file("file", &[0, 255, 13, 10]),
                file("extra", &[1]),
                file("extra", &[]),
            ]
        );
    }

    #[test]
    fn a_body_that_is_not_an_object_is_refused() {
        let mut body = MultipartBody::new();
        assert!(body.text_fields(&vec![1, 2], &[]).is_err());
        assert!(body.text_fields(&"text", &[]).is_err());
    }
}
