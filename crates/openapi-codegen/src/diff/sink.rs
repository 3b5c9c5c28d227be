//! Collects changes, merging the same change found through several operations (a
//! component schema used by many operations is one change with many uses).

use std::collections::HashMap;

use super::change::{Change, Level};

/// Where a comparison currently is: the operation and part of it, and its Rust names.
#[derive(Debug, Clone, Default)]
pub(crate) struct Use {
    /// `POST /api/v1/channels, request body, application/json`.
    pub label: String,
    /// `ChannelsApi::create_channel`, `CreateChannelResponse (variant for 201)`, …
    pub rust: Vec<String>,
}

impl Use {
    /// The same use, one level deeper (`…, response 200`), with more Rust names.
    pub fn within(&self, part: &str, rust: Option<String>) -> Use {
        let mut rust_names = self.rust.clone();
        rust_names.extend(rust);
        Use {
            label: format!("{}, {part}", self.label),
            rust: rust_names,
        }
    }
}

/// One finding before merging.
pub(crate) struct Finding<'a> {
    pub level: Level,
    pub rule: &'static str,
    pub reason: String,
    pub base: Option<&'a str>,
    pub revision: Option<&'a str>,
    /// The model type or field involved, if any.
    pub rust: Option<String>,
}

#[derive(Debug, Default)]
pub(crate) struct Sink {
    changes: Vec<Change>,
    /// (rule, base pointer, revision pointer, reason) → index in `changes`.
    index: HashMap<(String, Option<String>, Option<String>, String), usize>,
}

impl Sink {
    pub fn add(&mut self, at: &Use, finding: Finding<'_>) {
        let key = (
            finding.rule.to_string(),
            finding.base.map(str::to_string),
            finding.revision.map(str::to_string),
            finding.reason.clone(),
        );
        let index = *self.index.entry(key).or_insert_with(|| {
            self.changes.push(Change {
                level: finding.level,
                rule: finding.rule,
                reason: finding.reason,
                base: finding.base.map(str::to_string),
                revision: finding.revision.map(str::to_string),
                operations: Vec::new(),
                rust: Vec::new(),
            });
            self.changes.len() - 1
        });
        let change = &mut self.changes[index];
        if !at.label.is_empty() && !change.operations.contains(&at.label) {
            change.operations.push(at.label.clone());
        }
        for name in at.rust.iter().cloned().chain(finding.rust) {
            if !change.rust.contains(&name) {
                change.rust.push(name);
            }
        }
    }

    /// The changes, breaking first, then in pointer order.
    pub fn into_changes(self) -> Vec<Change> {
        let mut changes = self.changes;
        changes.sort_by(|a, b| {
            (a.level, a.base.as_ref().or(a.revision.as_ref()), a.rule).cmp(&(
                b.level,
                b.base.as_ref().or(b.revision.as_ref()),
                b.rule,
            ))
        });
        changes
    }
}
