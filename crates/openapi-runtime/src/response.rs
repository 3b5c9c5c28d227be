//! Documented responses as plain data.
//!
//! Generated models crates hold one enum per operation (`<models>::responses`), a variant
//! per documented status. They implement [`DocumentedResponse`], which exposes the status,
//! the headers and the body without any HTTP library, so a server writes them (with the
//! `server` feature, `respond::documented`) and a client can share the same types.

pub use bytes::Bytes;

/// A response an operation's document declares: what a server writes.
pub trait DocumentedResponse {
    /// The status code (`200`, or the one a `default`/`4XX` variant carries).
    fn status(&self) -> u16;

    /// Status, headers and body, ready to be written.
    fn into_parts(self) -> ResponseParts;
}

/// A documented response taken apart.
#[derive(Debug)]
pub struct ResponseParts {
    pub status: u16,
    /// Header names as the document spells them, lowercased; values as the
    /// implementation set them (optional headers it left unset are absent).
    pub headers: Vec<(&'static str, String)>,
    pub body: ResponseBody,
}

/// The body of a documented response.
#[derive(Debug)]
pub enum ResponseBody {
    Empty,
    /// A JSON body, serialised; `Err` when the value could not be serialised (a map
    /// with non-string keys), which a server answers as a bare 500.
    Json(Result<Vec<u8>, serde_json::Error>),
    /// Bytes of another media type.
    Raw {
        content_type: &'static str,
        bytes: Bytes,
    },
}

/// Bytes reserved for a JSON answer before serialising it.
const JSON_CAPACITY: usize = 1024;

impl ResponseBody {
    /// `value` serialised as JSON.
    pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> Self {
        // Most answers are a few hundred bytes: one allocation instead of growing from 128.
        let mut bytes = Vec::with_capacity(JSON_CAPACITY);
        Self::Json(serde_json::to_writer(&mut bytes, value).map(|()| bytes))
    }
}

impl ResponseParts {
    /// Parts with `status` and `body`, no headers yet.
    pub fn new(status: u16, body: ResponseBody) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body,
        }
    }

    /// Adds a header (generated code passes documented names).
    pub fn header(mut self, name: &'static str, value: String) -> Self {
        self.headers.push((name, value));
        self
    }

    /// Adds a header when the implementation set it.
    pub fn optional_header(self, name: &'static str, value: Option<String>) -> Self {
        match value {
            Some(value) => self.header(name, value),
            None => self,
        }
    }
}
