//! What a generated client call can fail with, besides the documented responses.

use bytes::Bytes;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

/// A response as it arrived: status, headers and the raw body.
#[derive(Debug, Clone)]
pub struct RawResponse {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl RawResponse {
    /// A header's value as text (`None` when absent or not visible ASCII).
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned)
    }

    /// The body parsed as JSON of type `T`.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }

    /// The body as text (invalid UTF-8 replaced), for messages.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Why a call produced no documented response. Responses are boxed, which keeps the
/// error (and every `Result` carrying it) small.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The request could not be built: a parameter or body that does not serialize, a
    /// header value that is not visible ASCII, a base URL that is not a URL.
    #[error("cannot build the request: {0}")]
    Request(String),
    /// The request was not answered: connection refused, timeout, broken connection.
    #[error("request failed: {0}")]
    Transport(#[from] reqwest::Error),
    /// The server answered a status the document does not declare for the operation.
    #[error("undocumented status {} (body: {})", .0.status, .0.text())]
    UnexpectedStatus(Box<RawResponse>),
    /// The status is documented, but the body (or a required header) is not what the
    /// document says.
    #[error("invalid {} response: {reason} (body: {})", .response.status, .response.text())]
    InvalidResponse {
        response: Box<RawResponse>,
        reason: String,
    },
}

impl ClientError {
    /// The response, for the errors that have one.
    pub fn response(&self) -> Option<&RawResponse> {
        match self {
            Self::UnexpectedStatus(response) | Self::InvalidResponse { response, .. } => {
                Some(response)
            }
            Self::Request(_) | Self::Transport(_) => None,
        }
    }

    /// The status of the response, for the errors that have one.
    pub fn status(&self) -> Option<u16> {
        self.response().map(|response| response.status)
    }
}

/// Decodes a documented JSON body, or says why it does not parse.
pub fn json_body<T: DeserializeOwned>(response: &RawResponse) -> Result<T, ClientError> {
    response.json().map_err(|err| ClientError::InvalidResponse {
        response: Box::new(response.clone()),
        reason: format!("body does not match the document: {err}"),
    })
}

/// A header the document marks as required.
pub fn required_header(response: &RawResponse, name: &str) -> Result<String, ClientError> {
    response
        .header(name)
        .ok_or_else(|| ClientError::InvalidResponse {
            response: Box::new(response.clone()),
            reason: format!("required header `{name}` is missing"),
        })
}
