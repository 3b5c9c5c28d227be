//! Settings of the generated request glue.

/// Settings shared by every operation that a generated `configure` mounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GlueOptions {
    /// Largest accepted request body, in bytes received; a body of exactly this size is
    /// accepted, one byte more answers 413.
    pub body_limit: usize,
}

impl GlueOptions {
    /// 64 KiB, the limit the Channels API contract documents.
    pub const DEFAULT_BODY_LIMIT: usize = 65_536;
}

impl Default for GlueOptions {
    fn default() -> Self {
        Self {
            body_limit: Self::DEFAULT_BODY_LIMIT,
        }
    }
}
