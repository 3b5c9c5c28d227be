//! The last line of defence: a request whose handling panics (a bug) gets a JSON 500
//! with no internal detail instead of a dropped connection. Expected failures, such as
//! a database error, never get here: operations return them as `HandlerError`s.

use std::panic::AssertUnwindSafe;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::InternalError;
use actix_web::middleware::Next;
use futures_util::FutureExt;
use openapi_runtime::respond;

/// Middleware turning a panic inside request handling into a JSON 500.
pub async fn catch_panics(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    // Nothing shared is observed after an unwind: the request is answered and dropped.
    match AssertUnwindSafe(next.call(request)).catch_unwind().await {
        Ok(outcome) => outcome,
        Err(_) => {
            tracing::error!("request handler panicked");
            // The request went down with the unwind, so the answer travels as an error
            // that carries its finished response.
            Err(InternalError::from_response("internal error", respond::internal_error()).into())
        }
    }
}
