//! JSON responses: FastAPI's error bodies and the answers generated code writes.

use actix_web::HttpResponse;
use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{ALLOW, CONTENT_TYPE, HeaderName, HeaderValue, WWW_AUTHENTICATE};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};
use serde::Serialize;

use crate::HandlerError;
use crate::problem::Problems;
use crate::response::{DocumentedResponse, ResponseBody};

/// `{"detail": detail}` with `status`.
pub fn error(status: StatusCode, detail: &str) -> HttpResponse {
    HttpResponse::build(status).json(serde_json::json!({ "detail": detail }))
}

/// A JSON body with `status`; a body that cannot be serialised is a bare 500.
pub fn json<T: Serialize>(status: StatusCode, body: &T) -> HttpResponse {
    match serde_json::to_vec(body) {
        Ok(bytes) => HttpResponse::build(status)
            .content_type("application/json")
            .body(bytes),
        Err(_) => internal_error(),
    }
}

/// The status code `code` (generated code writes documented codes, which are always
/// valid; anything else would be a 500 rather than a panic).
pub fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// Adds a response header; a name or value that HTTP cannot carry is left out rather
/// than failing the response.
pub fn set_header(response: &mut HttpResponse, name: &str, value: &str) {
    if let (Ok(name), Ok(value)) = (HeaderName::try_from(name), HeaderValue::from_str(value)) {
        response.headers_mut().append(name, value);
    }
}

/// A body of another media type, as the implementation produced it.
pub fn raw(status: StatusCode, content_type: &str, bytes: actix_web::web::Bytes) -> HttpResponse {
    HttpResponse::build(status)
        .content_type(content_type)
        .body(bytes)
}

/// A documented response (a variant of a generated response enum) as HTTP: its status,
/// headers and body.
pub fn documented<R: DocumentedResponse>(response: R) -> HttpResponse {
    let parts = response.into_parts();
    let status = status(parts.status);
    let mut written = match parts.body {
        ResponseBody::Empty => empty(status),
        ResponseBody::Json(Ok(bytes)) => HttpResponse::build(status)
            .content_type("application/json")
            .body(bytes),
        ResponseBody::Json(Err(_)) => return internal_error(),
        ResponseBody::Raw {
            content_type,
            bytes,
        } => raw(status, content_type, bytes),
    };
    for (name, value) in &parts.headers {
        set_header(&mut written, name, value);
    }
    written
}

/// A response without a body.
pub fn empty(status: StatusCode) -> HttpResponse {
    HttpResponse::build(status).finish()
}

/// 401 with the detail and, for HTTP schemes, the `WWW-Authenticate` challenge.
pub fn unauthorized(detail: &str, challenge: Option<&str>) -> HttpResponse {
    let mut response = HttpResponse::Unauthorized();
    if let Some(challenge) = challenge {
        response.insert_header((WWW_AUTHENTICATE, challenge));
    }
    response.json(serde_json::json!({ "detail": detail }))
}

/// 404 `{"detail": "Not Found"}`.
pub fn not_found() -> HttpResponse {
    error(StatusCode::NOT_FOUND, "Not Found")
}

/// 405 `{"detail": "Method Not Allowed"}` with `Allow: <allow>`, the methods the path
/// documents (RFC 9110 §15.5.6 requires the header on every 405).
pub fn method_not_allowed(allow: &str) -> HttpResponse {
    let mut response = error(StatusCode::METHOD_NOT_ALLOWED, "Method Not Allowed");
    set_header(&mut response, ALLOW.as_str(), allow);
    response
}

/// 413 `{"detail": "Request body too large"}`.
pub fn payload_too_large() -> HttpResponse {
    error(StatusCode::PAYLOAD_TOO_LARGE, "Request body too large")
}

/// 400: the body could not be received.
pub fn bad_request() -> HttpResponse {
    error(
        StatusCode::BAD_REQUEST,
        "There was an error parsing the body",
    )
}

/// 422 with every problem.
pub fn validation_failed(problems: Problems) -> HttpResponse {
    json(StatusCode::UNPROCESSABLE_ENTITY, &problems.into_body())
}

/// 500 `{"detail": "Internal Server Error"}`, nothing internal disclosed.
pub fn internal_error() -> HttpResponse {
    HttpResponse::InternalServerError()
        .content_type("application/json")
        .body(r#"{"detail":"Internal Server Error"}"#)
}

/// A handler answering 404 JSON, for `App::default_service` (unknown paths).
pub async fn not_found_handler() -> HttpResponse {
    not_found()
}

/// A handler answering 405 JSON with `Allow: <allow>`, the default service of each
/// mounted resource.
pub async fn method_not_allowed_handler(allow: &'static str) -> HttpResponse {
    method_not_allowed(allow)
}

/// 500 for an operation whose implementation failed: the cause is logged, the client
/// gets [`internal_error`] and nothing more. 501 `{"detail": "Not Implemented"}` for
/// [`HandlerError::not_implemented`].
pub fn handler_failed(operation: &str, failure: &HandlerError) -> HttpResponse {
    if failure.is_not_implemented() {
        return error(StatusCode::NOT_IMPLEMENTED, "Not Implemented");
    }
    tracing::error!(operation, error = %failure, "operation failed");
    internal_error()
}

/// Middleware turning every error response that is not already JSON (actix's plain-text
/// extractor and routing errors, panics caught as 500) into `{"detail": <reason phrase>}`.
pub fn json_errors<B: MessageBody + 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new().default_handler(|response: ServiceResponse<B>| {
        let already_json = response
            .headers()
            .get(CONTENT_TYPE)
            .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
        if already_json {
            return Ok(ErrorHandlerResponse::Response(
                response.map_into_left_body(),
            ));
        }
        let status = response.status();
        let (request, _) = response.into_parts();
        let detail = status.canonical_reason().unwrap_or("Error");
        let replaced: HttpResponse<EitherBody<B, BoxBody>> =
            error(status, detail).map_into_right_body();
        Ok(ErrorHandlerResponse::Response(ServiceResponse::new(
            request, replaced,
        )))
    })
}
