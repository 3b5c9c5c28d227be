//! The bench's data set: tenants with API keys (issued by the server's own `keys create`)
//! and channels created through the API, so every row is what a client would have made.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result, bail, ensure};

/// One tenant's key and the ids of its seeded channels.
#[derive(Clone, Debug)]
pub struct Tenant {
    pub key: String,
    pub channel_ids: Vec<i64>,
}

#[derive(Clone, Debug, Default)]
pub struct Dataset {
    pub tenants: Vec<Tenant>,
}

impl Dataset {
    /// The data as a Lua table `tenants = { {key=..., ids={...}}, ... }`.
    pub fn to_lua(&self) -> String {
        let mut lua = String::from("tenants = {\n");
        for tenant in &self.tenants {
            let ids = tenant
                .channel_ids
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(",");
            lua.push_str(&format!(
                "  {{ key = \"{}\", ids = {{{ids}}} }},\n",
                tenant.key
            ));
        }
        lua.push_str("}\n");
        lua
    }
}

/// Issues one key per tenant with `keys create`, then creates the channels over HTTP.
pub fn seed(
    server_bin: &Path,
    database_url: &str,
    addr: &str,
    tenants: usize,
    channels_per_tenant: usize,
) -> Result<Dataset> {
    let mut data = Dataset::default();
    for t in 0..tenants {
        let key = issue_key(server_bin, database_url, &format!("bench-tenant-{t}"))?;
        let mut channel_ids = Vec::with_capacity(channels_per_tenant);
        for c in 0..channels_per_tenant {
            let body = format!(
                r#"{{"name":"seeded channel {c}","channel_type":"{}","config":{{"seq":{c}}}}}"#,
                ["web", "email", "sms"][c % 3]
            );
            let (status, response) = request(addr, "POST", "/api/v1/channels", &key, &body)?;
            ensure!(status == 201, "seeding a channel: {status} {response}");
            channel_ids.push(id_in(&response).context("no id in a created channel")?);
        }
        data.tenants.push(Tenant { key, channel_ids });
    }
    Ok(data)
}

fn issue_key(server_bin: &Path, database_url: &str, tenant: &str) -> Result<String> {
    let output = Command::new(server_bin)
        .args([
            "keys",
            "create",
            "--tenant",
            tenant,
            "--database-url",
            database_url,
        ])
        .args(["--log-level", "warn"])
        .stdin(Stdio::null())
        .output()
        .context("running `channels-server keys create`")?;
    ensure!(
        output.status.success(),
        "`keys create` failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let key = String::from_utf8(output.stdout)?.trim().to_owned();
    ensure!(key.starts_with("chk_"), "unexpected key {key:?}");
    Ok(key)
}

/// The first `"id":N` of a JSON body.
fn id_in(body: &str) -> Option<i64> {
    let rest = &body[body.find("\"id\":")? + 5..];
    let digits: String = rest
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// One HTTP/1.1 exchange on its own connection: the status and the body.
pub fn request(
    addr: &str,
    method: &str,
    path: &str,
    key: &str,
    body: &str,
) -> Result<(u16, String)> {
    let mut stream = TcpStream::connect(addr).with_context(|| format!("connecting to {addr}"))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let auth = if key.is_empty() {
        String::new()
    } else {
        format!("Authorization: Bearer {key}\r\n")
    };
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{auth}\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .with_context(|| format!("no status line in {response:?}"))?;
    let Some((_, body)) = response.split_once("\r\n\r\n") else {
        bail!("no end of headers in {response:?}");
    };
    Ok((status, body.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_id() {
        assert_eq!(id_in(r#"{"id":42,"name":"x"}"#), Some(42));
        assert_eq!(id_in(r#"{"name":"x"}"#), None);
    }

    #[test]
    fn lua_lists_every_tenant() {
        let data = Dataset {
            tenants: vec![Tenant {
                key: "chk_1".into(),
                channel_ids: vec![1, 2],
            }],
        };
        assert_eq!(
            data.to_lua(),
            "tenants = {\n  { key = \"chk_1\", ids = {1,2} },\n}\n"
        );
    }
}
