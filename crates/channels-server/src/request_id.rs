//! `x-request-id`: taken from the request or generated, recorded on the request's log
//! span and echoed on the response, so a client's report can be matched to the logs.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use tracing::Span;
use tracing_actix_web::RootSpanBuilder;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Longest client-supplied id kept; anything longer (or not printable ASCII) is replaced.
const MAX_CLIENT_ID_LEN: usize = 128;

/// Middleware: makes sure the request has a usable id and copies it to the response.
pub async fn ensure_request_id(
    mut request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let id = match request.headers().get(&REQUEST_ID) {
        Some(value) if is_acceptable(value) => value.clone(),
        _ => {
            let generated = HeaderValue::from_str(&generate())?;
            request.headers_mut().insert(REQUEST_ID, generated.clone());
            generated
        }
    };
    let mut response = next.call(request).await?;
    response.headers_mut().insert(REQUEST_ID, id);
    Ok(response)
}

fn is_acceptable(value: &HeaderValue) -> bool {
    let bytes = value.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= MAX_CLIENT_ID_LEN
        && bytes.iter().all(|b| b.is_ascii_graphic())
}

fn generate() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

/// The span every request is logged in. It carries the method, path and request id,
/// never headers or bodies (which hold API keys and customer data).
pub struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let request_id = request
            .headers()
            .get(&REQUEST_ID)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default();
        tracing::info_span!(
            "request",
            method = %request.method(),
            path = %request.path(),
            request_id = %request_id,
            status = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(
        span: Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        let status = match outcome {
            Ok(response) => response.status(),
            Err(err) => err.as_response_error().status_code(),
        };
        span.record("status", status.as_u16());
        span.in_scope(|| {
            if status.is_server_error() {
                tracing::error!(status = status.as_u16(), "request failed");
            } else {
                tracing::info!(status = status.as_u16(), "request finished");
            }
        });
    }
}
