//! Driving the server with `wrk`: the Lua scripts of the scenarios and the parsing of
//! the one result line each run prints.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result, bail};

use super::seed::Dataset;

/// How to install the load generator when it is missing.
pub const INSTALL_HINT: &str = "`wrk` is not installed: run `bash .ci/install-bench-tools.sh` (Debian/Ubuntu: `apt-get install wrk`)";

/// A load pattern against the API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scenario {
    /// The constant-JSON route: what actix-web with the server's middleware can do here.
    Ceiling,
    /// `GET /healthz`: the generated glue without authentication or database.
    Health,
    GetById,
    PutPatch,
    PutBusinessHours,
    List,
    CreateDelete,
    Mix,
}

impl Scenario {
    pub const ALL: [Scenario; 8] = [
        Scenario::Ceiling,
        Scenario::Health,
        Scenario::GetById,
        Scenario::PutPatch,
        Scenario::PutBusinessHours,
        Scenario::List,
        Scenario::CreateDelete,
        Scenario::Mix,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Scenario::Ceiling => "ceiling (constant JSON)",
            Scenario::Health => "GET /healthz (no database)",
            Scenario::GetById => "GET by id",
            Scenario::PutPatch => "PUT merge patch",
            Scenario::PutBusinessHours => "PUT business_hours",
            Scenario::List => "GET list limit=50",
            Scenario::CreateDelete => "POST + DELETE",
            Scenario::Mix => "80/20 GET/PUT",
        }
    }

    /// The scenario's `request` (and, where needed, `response`) functions in Lua.
    fn script(self) -> &'static str {
        match self {
            Scenario::Ceiling => {
                r#"
request = function()
  return wrk.format("GET", "/_bench/ceiling")
end
"#
            }
            Scenario::Health => {
                r#"
request = function()
  return wrk.format("GET", "/healthz")
end
"#
            }
            Scenario::GetById => {
                r#"
request = function()
  local t, id = pick()
  return wrk.format("GET", "/api/v1/channels/" .. id, auth(t))
end
"#
            }
            Scenario::PutPatch => {
                r#"
request = function()
  local t, id = pick()
  return wrk.format("PUT", "/api/v1/channels/" .. id, json_auth(t), patch_body())
end
"#
            }
            Scenario::PutBusinessHours => {
                r#"
request = function()
  local t, id = pick()
  return wrk.format("PUT", "/api/v1/channels/" .. id, json_auth(t), hours_body())
end
"#
            }
            Scenario::List => {
                r#"
request = function()
  local t = tenants[math.random(#tenants)]
  return wrk.format("GET", "/api/v1/channels?limit=50", auth(t))
end
"#
            }
            Scenario::CreateDelete => {
                // Every created channel is deleted by a later request of the same thread,
                // so the table stays at its seeded size (plus the channels in flight).
                r#"
local created = {}
local counter = 0
request = function()
  local n = #created
  if n > 0 then
    local item = table.remove(created)
    return wrk.format("DELETE", "/api/v1/channels/" .. item[2], auth(tenants[item[1]]))
  end
  counter = counter + 1
  local ti = math.random(#tenants)
  local name = "bench " .. run_id .. " " .. ti .. " " .. thread_id .. " " .. counter
  local body = '{"name":"' .. name .. '","channel_type":"bench"}'
  return wrk.format("POST", "/api/v1/channels", json_auth(tenants[ti]), body)
end
response = function(status, headers, body)
  if status == 201 then
    local ti = body:match('"name":"bench [%w]+ (%d+) ')
    local id = body:match('"id":(%d+)')
    if ti and id then table.insert(created, {tonumber(ti), id}) end
  end
end
"#
            }
            Scenario::Mix => {
                r#"
request = function()
  local t, id = pick()
  if math.random(5) == 1 then
    return wrk.format("PUT", "/api/v1/channels/" .. id, json_auth(t), patch_body())
  end
  return wrk.format("GET", "/api/v1/channels/" .. id, auth(t))
end
"#
            }
        }
    }
}

/// Helpers every scenario shares, and the result line printed when wrk is done.
const COMMON: &str = r#"
local thread_counter = 0
function setup(thread)
  thread_counter = thread_counter + 1
  thread:set("thread_id", thread_counter)
end
function init(args)
  math.randomseed(os.time() + (thread_id or 0) * 7919)
end
function pick()
  local t = tenants[math.random(#tenants)]
  return t, t.ids[math.random(#t.ids)]
end
function auth(t)
  return { ["Authorization"] = "Bearer " .. t.key }
end
function json_auth(t)
  return { ["Authorization"] = "Bearer " .. t.key, ["Content-Type"] = "application/json" }
end
function patch_body()
  if math.random(2) == 1 then return '{"auto_reply_enabled":true}' end
  return '{"auto_reply_enabled":false}'
end
function hours_body()
  local open = string.format("%02d:00", math.random(6, 11))
  local close = string.format("%02d:30", math.random(12, 22))
  local day = '{"enabled":true,"start":"' .. open .. '","end":"' .. close .. '"}'
  return '{"business_hours":{"monday":' .. day .. ',"tuesday":' .. day .. ',"wednesday":' .. day
    .. ',"thursday":' .. day .. ',"friday":' .. day
    .. ',"saturday":{"enabled":false,"start":"00:00","end":"00:00"},"sunday":null}}'
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH-RESULT %d %d %d %d %d %d %d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9),
    e.status, e.connect + e.read + e.write + e.timeout))
end
"#;

static INVOCATIONS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// One run's numbers. Latencies in microseconds.
#[derive(Clone, Copy, Debug, Default)]
pub struct Measurement {
    pub requests: u64,
    pub duration: Duration,
    pub p50_us: u64,
    pub p99_us: u64,
    pub p999_us: u64,
    /// Answers with a status of 400 or more.
    pub error_statuses: u64,
    /// Connections or requests that broke off or timed out.
    pub socket_errors: u64,
}

impl Measurement {
    pub fn requests_per_second(&self) -> f64 {
        let seconds = self.duration.as_secs_f64();
        if seconds > 0.0 {
            self.requests as f64 / seconds
        } else {
            0.0
        }
    }

    /// Everything that was not a 2xx answer.
    pub fn failures(&self) -> u64 {
        self.error_statuses + self.socket_errors
    }
}

/// Fails with installation instructions when `wrk` is not on the PATH.
pub fn ensure_installed() -> Result<()> {
    match Command::new("wrk").arg("--version").output() {
        Ok(_) => Ok(()),
        Err(_) => bail!("{INSTALL_HINT}"),
    }
}

/// Writes the scenario's script (data, helpers, requests) into `dir`.
fn write_script(
    dir: &Path,
    scenario: Scenario,
    data: &Dataset,
    run_id: &str,
) -> Result<std::path::PathBuf> {
    let mut script = String::new();
    script.push_str(&format!("run_id = \"{run_id}\"\n"));
    script.push_str(&data.to_lua());
    script.push_str(COMMON);
    script.push_str(scenario.script());
    let path = dir.join(format!("{scenario:?}.lua"));
    std::fs::write(&path, script).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

/// Runs wrk once against `base_url` and returns what it measured.
pub fn run(
    dir: &Path,
    base_url: &str,
    scenario: Scenario,
    data: &Dataset,
    run_id: &str,
    connections: u32,
    duration: Duration,
) -> Result<Measurement> {
    // Names created by one wrk run (and not yet deleted when it stopped) must not collide
    // with the next run's.
    let invocation = INVOCATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let script = write_script(dir, scenario, data, &format!("{run_id}i{invocation}"))?;
    // Two threads at most: the machine's cores are shared with the server.
    let threads = connections.clamp(1, 2);
    let seconds = duration.as_secs().max(1);
    let output = Command::new("wrk")
        .arg(format!("-t{threads}"))
        .arg(format!("-c{connections}"))
        .arg(format!("-d{seconds}s"))
        .arg("--timeout")
        .arg("5s")
        .arg("-s")
        .arg(&script)
        .arg(base_url)
        .output()
        .context(INSTALL_HINT)?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        bail!(
            "wrk failed ({}): {}{}",
            output.status,
            stdout,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    parse(&stdout).with_context(|| format!("reading wrk's output:\n{stdout}"))
}

fn parse(stdout: &str) -> Result<Measurement> {
    let line = stdout
        .lines()
        .find_map(|line| line.strip_prefix("BENCH-RESULT "))
        .context("no result line")?;
    let numbers = line
        .split_whitespace()
        .map(str::parse::<u64>)
        .collect::<Result<Vec<_>, _>>()
        .context("a result is not a number")?;
    let [
        requests,
        duration_us,
        p50_us,
        p99_us,
        p999_us,
        error_statuses,
        socket_errors,
    ] = numbers[..]
    else {
        bail!("expected 7 numbers, got {}", numbers.len());
    };
    Ok(Measurement {
        requests,
        duration: Duration::from_micros(duration_us),
        p50_us,
        p99_us,
        p999_us,
        error_statuses,
        socket_errors,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_result_line() -> Result<()> {
        let out = "Running 1s test\nBENCH-RESULT 2000 1000000 150 900 1500 3 1\n";
        let m = parse(out)?;
        assert_eq!(m.requests, 2000);
        assert_eq!(m.p999_us, 1500);
        assert_eq!(m.failures(), 4);
        assert!((m.requests_per_second() - 2000.0).abs() < 1e-9);
        Ok(())
    }

    #[test]
    fn a_missing_result_line_is_an_error() {
        assert!(parse("Running 1s test\n").is_err());
    }
}
