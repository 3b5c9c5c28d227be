//! The failure an implementation returns when it cannot answer with any status the
//! document declares (its database is down, a bug it detected): the glue answers a bare
//! JSON 500 and logs the cause, which never reaches the client. An operation that is not
//! implemented yet ([`HandlerError::not_implemented`]) is answered 501 instead.

use std::error::Error;
use std::fmt;

/// An internal failure of an operation, opaque to the client.
///
/// Any `std::error::Error + Send + Sync + 'static` converts into it, so `?` works in an
/// implementation; [`HandlerError::msg`] builds one from text. It deliberately does not
/// implement `Error` itself: that blanket `From` would otherwise conflict with
/// `From<T> for T`.
pub struct HandlerError {
    cause: Box<dyn Error + Send + Sync + 'static>,
    not_implemented: bool,
}

impl HandlerError {
    /// A failure described only by `message` (for the logs).
    pub fn msg(message: impl fmt::Display) -> Self {
        Self {
            cause: Box::new(Message(message.to_string())),
            not_implemented: false,
        }
    }

    /// `operation` has no implementation: the glue answers 501 `{"detail": "Not
    /// Implemented"}` (the `stub` feature's `Unimplemented` answers this for every one).
    pub fn not_implemented(operation: &str) -> Self {
        Self {
            cause: Box::new(Message(format!("`{operation}` is not implemented"))),
            not_implemented: true,
        }
    }

    /// Whether this is [`HandlerError::not_implemented`] (answered 501, not 500).
    pub fn is_not_implemented(&self) -> bool {
        self.not_implemented
    }

    /// What went wrong, for logging.
    pub fn cause(&self) -> &(dyn Error + Send + Sync + 'static) {
        self.cause.as_ref()
    }
}

impl<E: Error + Send + Sync + 'static> From<E> for HandlerError {
    fn from(error: E) -> Self {
        Self {
            cause: Box::new(error),
            not_implemented: false,
        }
    }
}

impl fmt::Display for HandlerError {
    /// The cause and its chain of sources, `outer: inner: …`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.cause)?;
        let mut source = self.cause.source();
        while let Some(inner) = source {
            write!(f, ": {inner}")?;
            source = inner.source();
        }
        Ok(())
    }
}

impl fmt::Debug for HandlerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HandlerError")
            .field("cause", &self.cause)
            .field("not_implemented", &self.not_implemented)
            .finish()
    }
}

/// The cause of a [`HandlerError::msg`].
#[derive(Debug)]
struct Message(String);

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for Message {}

#[cfg(test)]
mod tests {
    use super::HandlerError;

    #[derive(Debug, thiserror::Error)]
    #[error("query failed")]
    struct Outer(#[source] std::io::Error);

    fn fails() -> Result<(), HandlerError> {
        Err(Outer(std::io::Error::other("connection reset")))?;
        Ok(())
    }

    #[test]
    fn question_mark_converts_and_display_shows_the_chain() {
        let error = fails().err().map(|error| error.to_string());
        assert_eq!(error.as_deref(), Some("query failed: connection reset"));
    }

    #[test]
    fn a_message_is_its_own_cause() {
        let error = HandlerError::msg("pool exhausted");
        assert_eq!(error.to_string(), "pool exhausted");
        assert!(error.cause().source().is_none());
        assert!(!error.is_not_implemented());
    }

    #[test]
    fn not_implemented_names_the_operation() {
        let error = HandlerError::not_implemented("list_pets");
        assert!(error.is_not_implemented());
        assert_eq!(error.to_string(), "`list_pets` is not implemented");
    }
}
