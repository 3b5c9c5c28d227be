//! Errors of loading and lowering, each naming where in the document it happened.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: not valid YAML: {message}", path.display())]
    Yaml { path: PathBuf, message: String },
    #[error("{}: not valid JSON: {source}", path.display())]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    /// Something in the document that cannot be represented, at a JSON pointer.
    #[error("{pointer}: {message}")]
    Spec { pointer: String, message: String },
    /// Generated Rust that does not parse: a bug in the generator.
    #[error("generated code for {what} does not parse: {message}")]
    Emit { what: String, message: String },
}

impl Error {
    pub fn spec(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Spec {
            pointer: pointer.into(),
            message: message.into(),
        }
    }
}
