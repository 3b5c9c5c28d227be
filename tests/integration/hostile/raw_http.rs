//! A deliberately naive HTTP/1.1 client: it writes requests byte for byte as the test gives them
//! (no header validation, no framing fixes) and reads the answer until the server hangs up, so
//! hostile requests reach the server exactly as written.

use std::time::Duration;

use anyhow::{Context, Result, ensure};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long one exchange may take before the test gives up on the server.
const EXCHANGE_TIMEOUT: Duration = Duration::from_secs(15);

/// One HTTP/1.1 request, written byte for byte as given (headers are not validated on purpose).
pub struct Request<'a> {
    method: &'a str,
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    content_length: bool,
}

impl<'a> Request<'a> {
    pub fn new(method: &'a str, path: impl Into<String>) -> Self {
        Request {
            method,
            path: path.into(),
            headers: Vec::new(),
            body: Vec::new(),
            content_length: true,
        }
    }

    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self
    }

    /// Sends the body as given, with framing headers set by the caller.
    pub fn without_content_length(mut self) -> Self {
        self.content_length = false;
        self
    }

    pub fn to_bytes(&self, host: &str) -> Vec<u8> {
        let mut head = format!(
            "{} {} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n",
            self.method, self.path
        );
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        if self.content_length {
            head.push_str(&format!("Content-Length: {}\r\n", self.body.len()));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(&self.body);
        bytes
    }
}

pub struct RawResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(header, _)| header.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    pub fn json(&self) -> Result<Value> {
        serde_json::from_slice(&self.body).with_context(|| {
            format!(
                "the body is not JSON: {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    pub fn describe(&self) -> String {
        format!("{} {}", self.status, String::from_utf8_lossy(&self.body))
    }

    /// The `type`s of a 422's problems.
    pub fn problem_types(&self) -> Result<Vec<String>> {
        let body = self.json()?;
        let problems = body["detail"]
            .as_array()
            .context("a 422 without a list of problems")?;
        Ok(problems
            .iter()
            .map(|problem| problem["type"].as_str().unwrap_or_default().to_owned())
            .collect())
    }
}

/// Writes the request, then reads the response until the server closes the connection.
pub async fn exchange(address: &str, request: &[u8]) -> Result<RawResponse> {
    let bytes = tokio::time::timeout(EXCHANGE_TIMEOUT, async {
        let mut stream = TcpStream::connect(address).await?;
        stream.write_all(request).await?;
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).await?;
        Ok::<_, std::io::Error>(bytes)
    })
    .await
    .context("the server did not answer in time")??;
    parse_response(&bytes)
}

pub fn parse_response(bytes: &[u8]) -> Result<RawResponse> {
    let head_end = bytes
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .with_context(|| format!("no complete response: {:?}", String::from_utf8_lossy(bytes)))?;
    let head = std::str::from_utf8(&bytes[..head_end]).context("response head is not UTF-8")?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .with_context(|| format!("bad status line {status_line:?}"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    let raw_body = &bytes[head_end + 4..];
    let chunked = headers.iter().any(|(name, value)| {
        name.eq_ignore_ascii_case("transfer-encoding") && value.contains("chunked")
    });
    let body = if chunked {
        dechunk(raw_body)?
    } else {
        raw_body.to_vec()
    };
    Ok(RawResponse {
        status,
        headers,
        body,
    })
}

fn dechunk(mut raw: &[u8]) -> Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = raw
            .windows(2)
            .position(|window| window == b"\r\n")
            .context("truncated chunk size")?;
        let size_text = std::str::from_utf8(&raw[..line_end])?;
        let size =
            usize::from_str_radix(size_text.split(';').next().unwrap_or_default().trim(), 16)?;
        raw = &raw[line_end + 2..];
        if size == 0 {
            return Ok(body);
        }
        ensure!(raw.len() >= size + 2, "truncated chunk");
        body.extend_from_slice(&raw[..size]);
        raw = &raw[size + 2..];
    }
}
