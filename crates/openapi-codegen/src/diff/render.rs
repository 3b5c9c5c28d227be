//! A report as text (terminal), Markdown (pull-request comments) or JSON (tools).

use std::fmt::Write;

use super::change::{Change, Level, Report};
use super::version::{VersionBump, bump};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

pub fn render(report: &Report, format: Format) -> String {
    match format {
        Format::Text => text(report),
        Format::Markdown => markdown(report),
        // Serialising plain strings and vectors cannot fail.
        Format::Json => serde_json::to_string_pretty(report).unwrap_or_default() + "\n",
    }
}

/// What the versions say about the breaking changes, if there are any.
pub fn version_note(report: &Report) -> Option<String> {
    let breaking = report.count(Level::Breaking);
    if breaking == 0 {
        return None;
    }
    let (from, to) = (&report.base_version, &report.revision_version);
    match bump(from, to) {
        VersionBump::Major => Some(format!(
            "breaking changes acknowledged: info.version {from} → {to} is a major bump"
        )),
        VersionBump::NotMajor => Some(format!(
            "{breaking} breaking change(s) without a major bump of info.version ({from} → {to})"
        )),
        VersionBump::Unknown => None,
    }
}

fn heading(report: &Report) -> String {
    let counts = report
        .counts_line()
        .unwrap_or_else(|| "no changes".to_string());
    if report.base_version.is_empty() && report.revision_version.is_empty() {
        return format!("API changes: {counts}");
    }
    format!(
        "API changes {} → {}: {counts}",
        report.base_version, report.revision_version
    )
}

fn text(report: &Report) -> String {
    let mut out = heading(report) + "\n";
    for level in Level::ALL {
        let count = report.count(level);
        if count == 0 {
            continue;
        }
        let _ = writeln!(out, "\n{} ({count})", level.label());
        for change in report.at(level) {
            let _ = writeln!(out, "  [{}] {}", change.rule, change.reason);
            let _ = writeln!(out, "    base:     {}", pointer(&change.base));
            let _ = writeln!(out, "    revision: {}", pointer(&change.revision));
            for operation in &change.operations {
                let _ = writeln!(out, "    applies:  {operation}");
            }
            if !change.rust.is_empty() {
                let _ = writeln!(out, "    rust:     {}", change.rust.join(", "));
            }
        }
    }
    if let Some(note) = version_note(report) {
        let _ = writeln!(out, "\n{note}");
    }
    out
}

fn markdown(report: &Report) -> String {
    let mut out = format!("## {}\n", heading(report));
    for level in Level::ALL {
        let count = report.count(level);
        if count == 0 {
            continue;
        }
        let _ = writeln!(out, "\n### {} ({count})\n", level.label());
        out.push_str(
            "| change | base | revision | applies to | Rust |\n| --- | --- | --- | --- | --- |\n",
        );
        for change in report.at(level) {
            let _ = writeln!(
                out,
                "| {} (`{}`) | {} | {} | {} | {} |",
                cell(&change.reason),
                change.rule,
                code_or_dash(&change.base),
                code_or_dash(&change.revision),
                cell(&change.operations.join("<br>")),
                rust_cell(change),
            );
        }
    }
    if let Some(note) = version_note(report) {
        let _ = writeln!(out, "\n{note}");
    }
    out
}

fn pointer(pointer: &Option<String>) -> &str {
    pointer.as_deref().unwrap_or("-")
}

fn code_or_dash(pointer: &Option<String>) -> String {
    pointer
        .as_deref()
        .map_or_else(|| "-".to_string(), |p| format!("`{}`", cell(p)))
}

fn rust_cell(change: &Change) -> String {
    change
        .rust
        .iter()
        .map(|name| format!("`{}`", cell(name)))
        .collect::<Vec<_>>()
        .join("<br>")
}

/// Pipes would end a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}
