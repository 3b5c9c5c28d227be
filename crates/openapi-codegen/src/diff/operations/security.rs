//! Security requirements: alternatives (any one suffices) of sets of schemes (all needed).
//! A client uses one alternative; the change breaks it when that alternative is no longer
//! accepted, including the anonymous "alternative" of an operation without security.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{OperationSide, OperationsDiff};
use crate::diff::change::Level::{Breaking, Compatible};
use crate::diff::sink::Use;
use crate::load::{Document, join_pointer};

/// One alternative: (scheme, sorted scopes) pairs. Empty: anonymous access.
type Alternative = BTreeSet<(String, BTreeSet<String>)>;

/// The effective requirements (the operation's, else the document's) and their pointer.
fn requirements(doc: &Document, op: &OperationSide<'_>) -> (Vec<Alternative>, String) {
    let (list, pointer) = match op.operation.get("security") {
        Some(list) => (Some(list), join_pointer(&op.pointer, "security")),
        None => (doc.root.get("security"), "/security".to_string()),
    };
    let alternatives: Vec<Alternative> = list
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(Value::as_object)
                .map(|alternative| {
                    alternative
                        .iter()
                        .map(|(scheme, scopes)| {
                            let scopes = scopes
                                .as_array()
                                .map(|scopes| {
                                    scopes
                                        .iter()
                                        .filter_map(Value::as_str)
                                        .map(str::to_string)
                                        .collect()
                                })
                                .unwrap_or_default();
                            (scheme.clone(), scopes)
                        })
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default();
    // No requirement at all is the same as one anonymous alternative.
    if alternatives.is_empty() {
        (vec![Alternative::new()], pointer)
    } else {
        (alternatives, pointer)
    }
}

fn spell(alternative: &Alternative) -> String {
    if alternative.is_empty() {
        return "anonymous access".to_string();
    }
    alternative
        .iter()
        .map(|(scheme, scopes)| {
            if scopes.is_empty() {
                format!("`{scheme}`")
            } else {
                let scopes: Vec<&str> = scopes.iter().map(String::as_str).collect();
                format!("`{scheme}` [{}]", scopes.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

impl OperationsDiff<'_> {
    pub(super) fn compare_security(
        &mut self,
        old: &OperationSide<'_>,
        new: &OperationSide<'_>,
        at: &Use,
    ) {
        let (old_alternatives, old_pointer) = requirements(self.base, old);
        let (new_alternatives, new_pointer) = requirements(self.revision, new);
        let (base, revision) = (Some(old_pointer.as_str()), Some(new_pointer.as_str()));
        for alternative in &old_alternatives {
            if new_alternatives.contains(alternative) {
                continue;
            }
            let (rule, reason) = if alternative.is_empty() {
                let required: Vec<String> = new_alternatives.iter().map(spell).collect();
                (
                    "security-added",
                    format!("authentication now required: {}", required.join(" or ")),
                )
            } else {
                (
                    "security-alternative-removed",
                    format!(
                        "security requirement {} no longer accepted",
                        spell(alternative)
                    ),
                )
            };
            self.add(at, Breaking, rule, reason, base, revision, None);
        }
        // Where anonymous access was allowed, a new alternative is the new requirement
        // (reported above), not one more way in.
        if old_alternatives.iter().any(Alternative::is_empty) {
            return;
        }
        for alternative in &new_alternatives {
            if !old_alternatives.contains(alternative) {
                let reason = format!("security requirement {} now accepted", spell(alternative));
                self.add(
                    at,
                    Compatible,
                    "security-alternative-added",
                    reason,
                    base,
                    revision,
                    None,
                );
            }
        }
    }
}
