//! The request pipeline every generated handler runs, once for all operations:
//! read the body under its limit (413), find and check the credentials (401), parse
//! and validate everything, with the implementation's after-validation rules (422),
//! call the implementation, and write its documented response (or a bare 500).
//!
//! A generated handler supplies only what differs per operation: whether it reads a
//! body, how it is authenticated ([`Guard`]), its parser and its call.

use std::future::Future;

use actix_web::web::{Bytes, Payload};
use actix_web::{HttpRequest, HttpResponse};

use crate::auth::{self, AuthError, Credentials, Scheme};
use crate::body::{self, BodyError};
use crate::response::DocumentedResponse;
use crate::{GlueOptions, HandlerError, Problems, respond};

/// What the pipeline needs to know about an operation besides its parser and call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The `operationId`, for the logs.
    pub id: &'static str,
    /// Whether the operation has a request body; without one the body is left unread.
    pub reads_body: bool,
}

impl Operation {
    pub const fn new(id: &'static str, reads_body: bool) -> Self {
        Self { id, reads_body }
    }
}

/// How an operation establishes who is calling: the principal its trait method takes.
pub trait Guard {
    /// `()` for anonymous operations, the implementation's principal, or an `Option` of
    /// it when credentials are optional.
    type Principal;

    /// The principal, or the 401 (500 when the credentials could not be checked).
    fn check(
        self,
        req: &HttpRequest,
    ) -> impl Future<Output = Result<Self::Principal, HttpResponse>>;
}

/// An operation with `security: []`.
#[derive(Debug, Clone, Copy)]
pub struct Anonymous;

impl Guard for Anonymous {
    type Principal = ();

    async fn check(self, _req: &HttpRequest) -> Result<(), HttpResponse> {
        Ok(())
    }
}

/// An operation that requires credentials of one of `schemes`.
pub struct Required<F> {
    pub schemes: &'static [Scheme],
    /// The implementation's `authenticate`.
    pub authenticate: F,
}

impl<F, Fut, P> Guard for Required<F>
where
    F: FnOnce(Credentials) -> Fut,
    Fut: Future<Output = Result<P, AuthError>>,
{
    type Principal = P;

    async fn check(self, req: &HttpRequest) -> Result<P, HttpResponse> {
        let Some(credentials) = auth::find(req, self.schemes) else {
            return Err(auth::not_authenticated(self.schemes));
        };
        (self.authenticate)(credentials)
            .await
            .map_err(|error| auth::refused(&error, self.schemes))
    }
}

/// An operation whose security alternatives include `{}`: anonymous requests pass with
/// `None`, credentials that are present must be valid.
pub struct Optional<F> {
    pub schemes: &'static [Scheme],
    /// The implementation's `authenticate`.
    pub authenticate: F,
}

impl<F, Fut, P> Guard for Optional<F>
where
    F: FnOnce(Credentials) -> Fut,
    Fut: Future<Output = Result<P, AuthError>>,
{
    type Principal = Option<P>;

    async fn check(self, req: &HttpRequest) -> Result<Option<P>, HttpResponse> {
        let Some(credentials) = auth::find(req, self.schemes) else {
            return Ok(None);
        };
        (self.authenticate)(credentials)
            .await
            .map(Some)
            .map_err(|error| auth::refused(&error, self.schemes))
    }
}

/// Serves one request: 413 → 401 → 422 → the implementation's answer.
///
/// `parse` reads the parameters and the body (empty when the operation has none) and
/// records every problem; its input is used only when no problem was recorded.
pub async fn serve<G, Input, Call, Fut, R>(
    operation: Operation,
    options: GlueOptions,
    req: HttpRequest,
    payload: Payload,
    guard: G,
    parse: impl FnOnce(&HttpRequest, Bytes, &mut Problems) -> Option<Input>,
    call: Call,
) -> HttpResponse
where
    G: Guard,
    Call: FnOnce(G::Principal, Input) -> Fut,
    Fut: Future<Output = Result<R, HandlerError>>,
    R: DocumentedResponse,
{
    let bytes = if operation.reads_body {
        match body::read(&req, payload, options.body_limit).await {
            Ok(bytes) => bytes,
            Err(BodyError::TooLarge) => return respond::payload_too_large(),
            Err(BodyError::Unreadable) => return respond::bad_request(),
        }
    } else {
        // Left unread; actix-web discards it.
        Bytes::new()
    };
    let principal = match guard.check(&req).await {
        Ok(principal) => principal,
        Err(refusal) => return refusal,
    };
    let mut problems = Problems::new();
    let input = parse(&req, bytes, &mut problems);
    if problems.is_body_unparsable() {
        return respond::bad_request();
    }
    let input = match input {
        Some(input) if problems.is_empty() => input,
        _ => {
            crate::param::resolve_inputs(&mut problems, &req);
            return respond::validation_failed(problems);
        }
    };
    match call(principal, input).await {
        Ok(response) => respond::documented(response),
        Err(failure) => respond::handler_failed(operation.id, &failure),
    }
}
