//! Clients of the API under test: the generated, typed one ([`ApiClient::typed`]) for
//! behaviour, and raw JSON requests for what no typed client can send.

use anyhow::Result;
use channels_client::ChannelsClient;
use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde_json::Value;

#[derive(Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    base_url: String,
    key: Option<String>,
    typed: ChannelsClient,
}

/// A response: status, headers and the body parsed as JSON (`Null` when empty).
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Reply {
    /// The `(loc, type)` pairs of a 422 body, for comparing without the messages.
    pub fn problems(&self) -> Vec<(Value, String)> {
        self.body["detail"]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .map(|item| {
                        (
                            item["loc"].clone(),
                            item["type"].as_str().unwrap_or_default().to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl ApiClient {
    pub fn new(base_url: &str, key: Option<String>) -> Self {
        let http = reqwest::Client::new();
        let mut typed = ChannelsClient::builder(base_url).http_client(http.clone());
        if let Some(key) = &key {
            typed = typed.http_bearer_token(key);
        }
        Self {
            http,
            base_url: base_url.to_owned(),
            key,
            // The test servers' addresses are always http URLs.
            typed: typed
                .build()
                .expect("the test server's base URL is an http URL"),
        }
    }

    /// The generated client, with the same key (and connection pool).
    pub fn typed(&self) -> &ChannelsClient {
        &self.typed
    }

    pub fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    pub async fn get(&self, path: &str) -> Result<Reply> {
        self.send(Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Result<Reply> {
        self.send(Method::POST, path, Some(body)).await
    }

    pub async fn put(&self, path: &str, body: Value) -> Result<Reply> {
        self.send(Method::PUT, path, Some(body)).await
    }

    pub async fn delete(&self, path: &str) -> Result<Reply> {
        self.send(Method::DELETE, path, None).await
    }

    pub async fn send(&self, method: Method, path: &str, body: Option<Value>) -> Result<Reply> {
        let mut request = self.request(method, path);
        if let Some(body) = body {
            request = request.json(&body);
        }
        Self::reply(request).await
    }

    /// A request with the key already attached, for tests that shape it themselves.
    pub fn request(&self, method: Method, path: &str) -> reqwest::RequestBuilder {
        let request = self
            .http
            .request(method, format!("{}{path}", self.base_url));
        match &self.key {
            Some(key) => request.bearer_auth(key),
            None => request,
        }
    }

    pub async fn reply(request: reqwest::RequestBuilder) -> Result<Reply> {
        let response = request.send().await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()))
        };
        Ok(Reply {
            status,
            headers,
            body,
        })
    }
}
