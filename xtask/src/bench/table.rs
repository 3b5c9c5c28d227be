//! The bench's one table, in Markdown.

use std::fmt::Write;

use super::server::Backend;
use super::wrk::{Measurement, Scenario};

pub struct Row {
    pub backend: Backend,
    pub scenario: Scenario,
    pub connections: u32,
    pub measured: Measurement,
    pub peak_rss_kib: Option<u64>,
}

/// One line per row; the ratio compares with the ceiling of the same backend's server
/// at the same connection count.
pub fn render(rows: &[Row]) -> String {
    let mut out = String::from(
        "| backend | scenario | conns | requests/s | p50 ms | p99 ms | p99.9 ms | non-2xx | peak RSS MiB | of ceiling |\n\
         | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for row in rows {
        let ceiling = rows
            .iter()
            .find(|other| {
                other.backend == row.backend
                    && other.connections == row.connections
                    && other.scenario == Scenario::Ceiling
            })
            .map(|ceiling| ceiling.measured.requests_per_second())
            .filter(|rps| *rps > 0.0);
        let m = &row.measured;
        let ratio = ceiling
            .map(|c| format!("{:.0}%", 100.0 * m.requests_per_second() / c))
            .unwrap_or_else(|| "-".to_owned());
        let rss = row
            .peak_rss_kib
            .map(|kib| format!("{:.1}", kib as f64 / 1024.0))
            .unwrap_or_else(|| "-".to_owned());
        let _ = writeln!(
            out,
            "| {} | {} | {} | {:.0} | {} | {} | {} | {} | {} | {} |",
            row.backend.label(),
            row.scenario.label(),
            row.connections,
            m.requests_per_second(),
            ms(m.p50_us),
            ms(m.p99_us),
            ms(m.p999_us),
            m.failures(),
            rss,
            ratio
        );
    }
    out
}

fn ms(us: u64) -> String {
    format!("{:.2}", us as f64 / 1000.0)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn row(scenario: Scenario, requests: u64) -> Row {
        Row {
            backend: Backend::Sqlite,
            scenario,
            connections: 32,
            measured: Measurement {
                requests,
                duration: Duration::from_secs(1),
                p50_us: 1500,
                ..Measurement::default()
            },
            peak_rss_kib: Some(2048),
        }
    }

    #[test]
    fn rows_are_compared_with_their_ceiling() {
        let table = render(&[row(Scenario::Ceiling, 1000), row(Scenario::GetById, 250)]);
        assert!(
            table.contains("| SQLite | GET by id | 32 | 250 | 1.50 |"),
            "{table}"
        );
        assert!(table.contains("| 2.0 | 25% |"), "{table}");
    }
}
