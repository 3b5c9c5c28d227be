//! Runtime support for generated clients (feature `client`): configuration, request
//! building with the document's parameter styles, credentials, `x-request-id`, retries.
//!
//! A generated client wraps a [`Client`]; each generated method starts a [`Request`],
//! adds its parameters, body and credentials, [`Request::send`]s it and decodes the
//! [`RawResponse`] into the operation's response enum.

mod encode;
mod error;
mod multipart;
mod retry;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;

pub use crate::style::Style;
pub use encode::{
    cookie_value, header_value, json_text, path_value, path_value_escaping, percent_encode,
    query_value, query_value_reserved,
};
pub use error::{ClientError, RawResponse, json_body, required_header};
pub use multipart::{FileParts, MultipartBody};
pub use retry::{RetryPolicy, is_idempotent};
// Generated clients name these through the runtime, so they need no reqwest dependency.
pub use reqwest;
pub use reqwest::Method;

/// The header carrying the id that matches a request to the server's logs.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// Credentials for one security scheme of the document.
#[derive(Clone, PartialEq, Eq)]
pub enum Credential {
    /// `Authorization: Bearer <token>` (HTTP bearer, OAuth 2, OpenID Connect).
    Bearer(String),
    /// `Authorization: Basic …`.
    Basic {
        username: String,
        password: Option<String>,
    },
    /// An API key, sent where the scheme says (header, query or cookie).
    ApiKey(String),
}

impl fmt::Debug for Credential {
    // Secrets never reach logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Bearer(_) => f.write_str("Bearer(<redacted>)"),
            Self::Basic { username, .. } => write!(f, "Basic({username}, <redacted>)"),
            Self::ApiKey(_) => f.write_str("ApiKey(<redacted>)"),
        }
    }
}

/// Where a scheme's credentials go on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carrier {
    Bearer,
    Basic,
    /// An API key in this header.
    Header(&'static str),
    /// An API key in this query parameter.
    Query(&'static str),
    /// An API key in this cookie.
    Cookie(&'static str),
}

/// A security scheme an operation accepts: its name in the document and its carrier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scheme {
    pub name: &'static str,
    pub carrier: Carrier,
}

/// Configures a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: String,
    http: Option<reqwest::Client>,
    timeout: Option<Duration>,
    retry: RetryPolicy,
    credentials: Vec<(String, Credential)>,
}

impl ClientBuilder {
    /// A builder for the API at `base_url` (`https://api.example.com`; a path prefix is
    /// kept, a trailing `/` is not needed).
    pub fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            http: None,
            timeout: None,
            retry: RetryPolicy::none(),
            credentials: Vec::new(),
        }
    }

    /// The `reqwest::Client` to send requests with (connection pool, TLS, proxies).
    /// Default: a new `reqwest::Client`.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// The longest a request may take, from sending to the end of the body (each retry
    /// has its own). Default: no limit beyond the `reqwest::Client`'s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Retries of idempotent requests (off by default; see [`RetryPolicy`]).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Credentials for the security scheme the document calls `scheme`.
    pub fn credential(mut self, scheme: &str, credential: Credential) -> Self {
        self.credentials.retain(|(name, _)| name != scheme);
        self.credentials.push((scheme.to_owned(), credential));
        self
    }

    /// The client; fails when the base URL is not an absolute `http(s)` URL.
    pub fn build(self) -> Result<Client, ClientError> {
        let parsed = reqwest::Url::parse(&self.base_url)
            .map_err(|err| ClientError::Request(format!("base URL `{}`: {err}", self.base_url)))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.cannot_be_a_base() {
            return Err(ClientError::Request(format!(
                "base URL `{}` is not an http(s) URL",
                self.base_url
            )));
        }
        let base_url = self.base_url.trim_end_matches('/').to_owned();
        Ok(Client {
            inner: Arc::new(Inner {
                base_url,
                http: self.http.unwrap_or_default(),
                timeout: self.timeout,
                retry: self.retry,
                credentials: self.credentials,
            }),
            request_id: None,
        })
    }
}

#[derive(Debug)]
struct Inner {
    base_url: String,
    http: reqwest::Client,
    timeout: Option<Duration>,
    retry: RetryPolicy,
    credentials: Vec<(String, Credential)>,
}

/// A configured connection to one API. Cheap to clone (clones share the configuration
/// and the `reqwest::Client`'s connection pool).
#[derive(Debug, Clone)]
pub struct Client {
    inner: Arc<Inner>,
    request_id: Option<String>,
}

impl Client {
    /// The base URL requests go to (without a trailing `/`).
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// A client whose requests carry `id` as their `x-request-id` (instead of a freshly
    /// generated one), e.g. to pass on the id of the request being served.
    pub fn with_request_id(&self, id: impl Into<String>) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
            request_id: Some(id.into()),
        }
    }

    /// Starts a request to `path` (already encoded, starting with `/`).
    pub fn request(&self, method: Method, path: String) -> Request<'_> {
        Request {
            client: self,
            method,
            path,
            query: Vec::new(),
            headers: HeaderMap::new(),
            cookies: Vec::new(),
            body: None,
        }
    }
}

/// A request being built by a generated method.
#[derive(Debug)]
pub struct Request<'a> {
    client: &'a Client,
    method: Method,
    path: String,
    /// Encoded `key=value` pairs.
    query: Vec<String>,
    headers: HeaderMap,
    /// `name=value` pairs.
    cookies: Vec<String>,
    body: Option<(std::borrow::Cow<'static, str>, Vec<u8>)>,
}

impl Request<'_> {
    /// Adds a query parameter (nothing when the value is `None`).
    pub fn query(
        &mut self,
        name: &str,
        style: Style,
        explode: bool,
        value: &impl Serialize,
    ) -> Result<(), ClientError> {
        query_value(&mut self.query, name, style, explode, value)
    }

    /// Adds a query parameter with `allowReserved`: reserved characters of the value are
    /// sent as they are where the query's syntax allows ([`query_value_reserved`]).
    pub fn query_reserved(
        &mut self,
        name: &str,
        style: Style,
        explode: bool,
        value: &impl Serialize,
    ) -> Result<(), ClientError> {
        query_value_reserved(&mut self.query, name, style, explode, value)
    }

    /// Sets a header parameter (nothing when the value is `None`).
    pub fn header(
        &mut self,
        name: &str,
        explode: bool,
        value: &impl Serialize,
    ) -> Result<(), ClientError> {
        if let Some(text) = header_value(name, explode, value)? {
            self.set_header(name, &text)?;
        }
        Ok(())
    }

    /// Adds a cookie parameter (nothing when the value is `None`).
    pub fn cookie(
        &mut self,
        name: &str,
        explode: bool,
        value: &impl Serialize,
    ) -> Result<(), ClientError> {
        if let Some(text) = cookie_value(name, explode, value)? {
            self.cookies
                .push(format!("{}={text}", percent_encode(name)));
        }
        Ok(())
    }

    /// Sends `value` as a JSON body.
    pub fn json_body(&mut self, value: &impl Serialize) -> Result<(), ClientError> {
        let bytes = serde_json::to_vec(value)
            .map_err(|err| ClientError::Request(format!("request body: {err}")))?;
        self.body = Some(("application/json".into(), bytes));
        Ok(())
    }

    /// Sends `value` as an `application/x-www-form-urlencoded` body.
    pub fn form_body(&mut self, value: &impl Serialize) -> Result<(), ClientError> {
        let mut pairs = Vec::new();
        let serde_json::Value::Object(fields) = serde_json::to_value(value)
            .map_err(|err| ClientError::Request(format!("request body: {err}")))?
        else {
            return Err(ClientError::Request(
                "a form body must be an object".to_owned(),
            ));
        };
        for (name, field) in &fields {
            query_value(&mut pairs, name, Style::Form, true, field)?;
        }
        self.body = Some((
            "application/x-www-form-urlencoded".into(),
            pairs.join("&").into_bytes(),
        ));
        Ok(())
    }

    /// Sends `bytes` as they are, labelled `media_type`.
    pub fn raw_body(&mut self, media_type: &'static str, bytes: Vec<u8>) {
        self.body = Some((media_type.into(), bytes));
    }

    /// Sends `body` as a `multipart/form-data` body.
    pub fn multipart_body(&mut self, body: MultipartBody) {
        self.body = Some((body.content_type().into(), body.finish()));
    }

    /// Attaches the credentials of the first of `schemes` the client has credentials
    /// for. Without any, the request goes out without credentials (the server then
    /// answers as documented, usually 401).
    pub fn security(&mut self, schemes: &[Scheme]) -> Result<(), ClientError> {
        let credentials = &self.client.inner.credentials;
        let found = schemes.iter().find_map(|scheme| {
            credentials
                .iter()
                .find(|(name, _)| name == scheme.name)
                .map(|(_, credential)| (scheme.carrier, credential.clone()))
        });
        let Some((carrier, credential)) = found else {
            return Ok(());
        };
        match (carrier, credential) {
            (Carrier::Bearer, Credential::Bearer(token) | Credential::ApiKey(token)) => {
                self.set_header("authorization", &format!("Bearer {token}"))
            }
            (Carrier::Basic, Credential::Basic { username, password }) => {
                let pair = format!("{username}:{}", password.unwrap_or_default());
                self.set_header(
                    "authorization",
                    &format!("Basic {}", base64(pair.as_bytes())),
                )
            }
            (Carrier::Header(name), Credential::ApiKey(key) | Credential::Bearer(key)) => {
                self.set_header(name, &key)
            }
            (Carrier::Query(name), Credential::ApiKey(key) | Credential::Bearer(key)) => {
                self.query(name, Style::Form, true, &key)
            }
            (Carrier::Cookie(name), Credential::ApiKey(key) | Credential::Bearer(key)) => {
                self.cookie(name, false, &key)
            }
            (carrier, credential) => Err(ClientError::Request(format!(
                "credentials {credential:?} do not fit a {carrier:?} scheme"
            ))),
        }
    }

    fn set_header(&mut self, name: &str, value: &str) -> Result<(), ClientError> {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|err| ClientError::Request(format!("header name `{name}`: {err}")))?;
        // Only visible ASCII is unambiguous: servers read other bytes as Latin-1.
        let value = HeaderValue::from_str(value).map_err(|err| {
            ClientError::Request(format!(
                "header `{name}` (only visible ASCII is sent): {err}"
            ))
        })?;
        self.headers.insert(name, value);
        Ok(())
    }

    /// The full URL.
    fn url(&self) -> String {
        let mut url = format!("{}{}", self.client.inner.base_url, self.path);
        if !self.query.is_empty() {
            url.push('?');
            url.push_str(&self.query.join("&"));
        }
        url
    }

    /// Sends the request (and, under the retry policy, sends it again) and reads the
    /// whole response.
    pub async fn send(mut self) -> Result<RawResponse, ClientError> {
        let inner = &self.client.inner;
        if !self.cookies.is_empty() {
            let cookies = self.cookies.join("; ");
            self.set_header("cookie", &cookies)?;
        }
        if !self.headers.contains_key(REQUEST_ID_HEADER) {
            let id = self
                .client
                .request_id
                .clone()
                .unwrap_or_else(generate_request_id);
            self.set_header(REQUEST_ID_HEADER, &id)?;
        }
        let url = self.url();
        let retries = inner.retry.retries_for(&self.method);
        let mut attempt = 0;
        loop {
            let mut request = inner
                .http
                .request(self.method.clone(), &url)
                .headers(self.headers.clone());
            if let Some((media_type, bytes)) = &self.body {
                request = request
                    .header(reqwest::header::CONTENT_TYPE, media_type.as_ref())
                    .body(bytes.clone());
            }
            if let Some(timeout) = inner.timeout {
                request = request.timeout(timeout);
            }
            let outcome = read(request).await;
            let retryable = match &outcome {
                Ok(response) => retry::is_retryable_status(response.status),
                Err(ClientError::Transport(err)) => {
                    err.is_connect() || err.is_timeout() || err.is_request()
                }
                Err(_) => false,
            };
            if !retryable || attempt >= retries {
                return outcome;
            }
            tokio::time::sleep(inner.retry.backoff(attempt)).await;
            attempt += 1;
        }
    }
}

async fn read(request: reqwest::RequestBuilder) -> Result<RawResponse, ClientError> {
    let response = request.send().await?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.bytes().await?;
    Ok(RawResponse {
        status,
        headers,
        body,
    })
}

/// 128 random bits in hex, the form the server itself generates.
fn generate_request_id() -> String {
    rand::random::<[u8; 16]>()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Standard base64 with padding (for HTTP Basic credentials).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
    }

    #[test]
    fn request_ids_are_fresh_hex() {
        let (a, b) = (generate_request_id(), generate_request_id());
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|byte| byte.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn base_urls_must_be_http() {
        assert!(ClientBuilder::new("ftp://x").build().is_err());
        assert!(ClientBuilder::new("not a url").build().is_err());
        let client = ClientBuilder::new("http://127.0.0.1:1/prefix/")
            .build()
            .unwrap();
        assert_eq!(client.base_url(), "http://127.0.0.1:1/prefix");
    }

    #[test]
    fn credentials_are_not_printed() {
        let text = format!("{:?}", Credential::Bearer("secret".into()));
        assert!(!text.contains("secret"));
    }
}
