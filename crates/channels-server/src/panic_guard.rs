//! The last line of defence: a request whose handling panics, or that is aborted
//! because it cannot be answered with a documented status, gets a JSON 500 with no
//! internal detail instead of a dropped connection.
//!
//! The generated response enums only have the statuses the document lists, and the
//! document lists no 500, so an operation that hits a database failure aborts the
//! request with [`abort_request`] after logging the cause.

use std::panic::AssertUnwindSafe;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::InternalError;
use actix_web::middleware::Next;
use futures_util::FutureExt;
use openapi_runtime::respond;

/// Unwinding payload of a deliberate abort (already logged), told apart from a bug.
struct AbortedRequest;

/// Ends the current request with a 500. The caller logs the cause first.
pub fn abort_request() -> ! {
    // `resume_unwind` skips the panic hook: this is not a bug report.
    std::panic::resume_unwind(Box::new(AbortedRequest))
}

/// Middleware turning a panic inside request handling into a JSON 500.
pub async fn catch_panics(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    // Nothing shared is observed after an unwind: the request is answered and dropped.
    match AssertUnwindSafe(next.call(request)).catch_unwind().await {
        Ok(outcome) => outcome,
        Err(payload) => {
            if !payload.is::<AbortedRequest>() {
                tracing::error!("request handler panicked");
            }
            // The request went down with the unwind, so the answer travels as an error
            // that carries its finished response.
            Err(InternalError::from_response("internal error", respond::internal_error()).into())
        }
    }
}
