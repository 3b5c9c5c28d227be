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
    /// Every construct of a document that cannot be represented, reported in one run.
    #[error("{} constructs of the document are not supported:\n{}", .0.len(), list(.0))]
    Several(Vec<Error>),
    /// Generated Rust that does not parse: a bug in the generator.
    #[error("generated code for {what} does not parse: {message}")]
    Emit { what: String, message: String },
}

impl Error {
    /// One error for a list of them (`None` for none): the error itself if it is alone.
    pub fn combine(mut errors: Vec<Error>) -> Option<Self> {
        let mut seen = std::collections::HashSet::new();
        errors.retain(|error| seen.insert(error.to_string()));
        match errors.len() {
            0 => None,
            1 => errors.pop(),
            _ => Some(Self::Several(errors)),
        }
    }

    pub fn spec(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Spec {
            pointer: pointer.into(),
            message: message.into(),
        }
    }
}

fn list(errors: &[Error]) -> String {
    errors
        .iter()
        .map(|error| format!("  {error}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Something the generator accepted but did not take as written, at a JSON pointer
/// (a discriminator mapping naming a schema that does not exist).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub pointer: String,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "warning: {}: {}", self.pointer, self.message)
    }
}
