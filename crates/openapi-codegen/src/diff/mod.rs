//! What changed between two versions of a document, and whom it breaks.
//!
//! Both documents are compared as loaded trees with `$ref`s followed (so moving a schema
//! behind a `$ref` changes nothing), operation by operation, in the direction data flows:
//! request schemas may only get more permissive, response schemas only more precise.
//! Each change names its JSON pointers on both sides and, from the lowered IR of each
//! side, the generated Rust it affects (trait method, params field, response enum, model
//! field). The rules are listed in docs/api-changes.md.

mod change;
mod facts;
mod operations;
mod render;
mod rust_names;
mod schema;
mod sink;
mod version;

pub use change::{Change, Level, Report};
pub use render::{Format, render, version_note};
pub use version::{Semver, VersionBump, bump};

use serde_json::Value;

use crate::load::Document;
use crate::lower::lower;
use operations::OperationsDiff;
use rust_names::{BothNames, RustNames};
use sink::Sink;

/// Compares `base` (the published version) with `revision`. `trait_name` is the name of
/// the generated API trait (`ChannelsApi`), used to name trait methods.
pub fn compare(base: &Document, revision: &Document, trait_name: &str) -> Report {
    // A document the generator cannot lower is still compared; it only lacks Rust names.
    let names_of = |doc: &Document| {
        lower(doc)
            .map(|api| RustNames::of(&api, trait_name))
            .unwrap_or_default()
    };
    let names = BothNames {
        base: names_of(base),
        revision: names_of(revision),
    };
    let mut sink = Sink::default();
    OperationsDiff {
        base,
        revision,
        names: &names,
        sink: &mut sink,
    }
    .run();
    let version = |doc: &Document| {
        doc.root
            .pointer("/info/version")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    Report {
        base_version: version(base),
        revision_version: version(revision),
        changes: sink.into_changes(),
    }
}

/// Whether the report should fail a check at `threshold` (`Breaking`: breaking changes;
/// `PotentiallyBreaking`: those too). A major bump of a semver `info.version`
/// acknowledges every change, so nothing fails then.
pub fn fails(report: &Report, threshold: Level) -> bool {
    let reached = report
        .changes
        .iter()
        .any(|change| change.level <= threshold);
    reached && bump(&report.base_version, &report.revision_version) != VersionBump::Major
}

#[cfg(test)]
mod tests;
