//! Comparing two versions of a schema in one direction: what a client sends (request) may
//! only get more permissive; what it receives (response) may only get more precise.

use std::collections::HashSet;

use serde_json::Value;

use super::change::Level::{self, Breaking, Compatible, PotentiallyBreaking};
use super::facts::Facts;
use super::rust_names::BothNames;
use super::sink::{Finding, Sink, Use};
use crate::load::Document;

mod keywords;

/// Which way data flows through the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    /// The client writes it: tightening breaks clients.
    Request,
    /// The client reads it: new values and shapes break clients.
    Response,
}

impl Direction {
    fn word(self) -> &'static str {
        match self {
            Self::Request => "request",
            Self::Response => "response",
        }
    }

    /// The level of a change that makes the schema stricter.
    fn tightened(self) -> Level {
        match self {
            Self::Request => Breaking,
            Self::Response => Compatible,
        }
    }

    /// The level of a change that makes the schema more permissive (as oasdiff rates a
    /// widened response bound: clients validating responses reject the new values).
    fn loosened(self) -> Level {
        match self {
            Self::Request => Compatible,
            Self::Response => Breaking,
        }
    }
}

/// One comparison of two schema trees for one use.
pub(crate) struct SchemaDiff<'a> {
    pub base: &'a Document,
    pub revision: &'a Document,
    pub names: &'a BothNames,
    pub sink: &'a mut Sink,
    pub at: &'a Use,
    pub direction: Direction,
    /// Pairs already compared in this use (recursive schemas end here).
    visited: HashSet<(String, String, String, String)>,
}

impl<'a> SchemaDiff<'a> {
    pub fn new(
        base: &'a Document,
        revision: &'a Document,
        names: &'a BothNames,
        sink: &'a mut Sink,
        at: &'a Use,
        direction: Direction,
    ) -> Self {
        Self {
            base,
            revision,
            names,
            sink,
            at,
            direction,
            visited: HashSet::new(),
        }
    }

    /// Compares the schema `base` at `base_pointer` with `revision` at `revision_pointer`.
    pub fn compare(
        &mut self,
        base: &Value,
        base_pointer: &str,
        revision: &Value,
        revision_pointer: &str,
    ) {
        let old = Facts::of(self.base, base, base_pointer);
        let new = Facts::of(self.revision, revision, revision_pointer);
        self.compare_facts(&old, &new);
    }

    /// A change of the schema itself, reported where its keywords are.
    fn report(
        &mut self,
        old: &Facts,
        new: &Facts,
        level: Level,
        rule: &'static str,
        reason: String,
    ) {
        self.report_at(old, new, (&old.pointer, &new.pointer), level, rule, reason);
    }

    /// A change reported at explicit pointers (a property's `required` status belongs to
    /// the property, not to the schema it references).
    fn report_at(
        &mut self,
        old: &Facts,
        new: &Facts,
        (base, revision): (&str, &str),
        level: Level,
        rule: &'static str,
        reason: String,
    ) {
        let rust = self
            .names
            .revision
            .schema(&new.site, &new.pointer)
            .or_else(|| self.names.base.schema(&old.site, &old.pointer));
        self.sink.add(
            self.at,
            Finding {
                level,
                rule,
                reason,
                base: Some(base),
                revision: Some(revision),
                rust,
            },
        );
    }

    fn compare_facts(&mut self, old: &Facts, new: &Facts) {
        let key = (
            old.site.clone(),
            old.pointer.clone(),
            new.site.clone(),
            new.pointer.clone(),
        );
        if !self.visited.insert(key) {
            return;
        }
        if old.description != new.description {
            self.report(
                old,
                new,
                Compatible,
                "description-changed",
                "description changed".into(),
            );
        }
        if !self.compare_types(old, new) {
            // A different type makes every finer rule moot.
            return;
        }
        self.compare_format(old, new);
        self.compare_nullable(old, new);
        self.compare_enum(old, new);
        self.compare_default(old, new);
        self.compare_bounds(old, new);
        self.compare_pattern(old, new);
        self.compare_flags(old, new);
        self.compare_properties(old, new);
        if let (Some((old_pointer, old_items)), Some((new_pointer, new_items))) =
            (&old.items, &new.items)
        {
            self.compare(old_items, old_pointer, new_items, new_pointer);
        }
        if let (Some((old_pointer, old_extra)), Some((new_pointer, new_extra))) =
            (&old.additional, &new.additional)
        {
            self.compare(old_extra, old_pointer, new_extra, new_pointer);
        }
        self.compare_alternatives(old, new);
    }

    /// Reports a type change; `false` when the types are incompatible.
    fn compare_types(&mut self, old: &Facts, new: &Facts) -> bool {
        if old.types == new.types {
            return true;
        }
        let spell = |facts: &Facts| match &facts.types {
            None => "any".to_string(),
            Some(types) => types.iter().cloned().collect::<Vec<_>>().join(" | "),
        };
        let reason = format!("type changed from {} to {}", spell(old), spell(new));
        // A request may accept more types; a response may produce fewer.
        let (narrow, wide) = match self.direction {
            Direction::Request => (old, new),
            Direction::Response => (new, old),
        };
        if covers(&wide.types, &narrow.types) {
            let rule = match self.direction {
                Direction::Request => "request-type-widened",
                Direction::Response => "response-type-narrowed",
            };
            self.report(old, new, Compatible, rule, reason);
            true
        } else {
            self.report(old, new, Breaking, "type-changed", reason);
            false
        }
    }

    fn compare_properties(&mut self, old: &Facts, new: &Facts) {
        let request = self.direction == Direction::Request;
        for (name, old_pointer, old_schema) in &old.properties {
            let old_property = Facts::of(self.base, old_schema, old_pointer);
            if self.invisible(&old_property) {
                continue;
            }
            let old_required = old.required.contains(name);
            let Some((new_pointer, new_schema)) = new.property(name) else {
                let (level, rule) = if request {
                    (PotentiallyBreaking, "request-property-removed")
                } else {
                    (Breaking, "response-property-removed")
                };
                let rust = self.names.base.schema(old_pointer, &old_property.pointer);
                self.sink.add(
                    self.at,
                    Finding {
                        level,
                        rule,
                        reason: format!("{} property `{name}` removed", self.direction.word()),
                        base: Some(old_pointer),
                        revision: None,
                        rust,
                    },
                );
                continue;
            };
            let new_property = Facts::of(self.revision, new_schema, new_pointer);
            let new_required = new.required.contains(name);
            // A read-only property is never sent, so it is never required in a request.
            let old_required = old_required && !self.invisible(&old_property);
            let new_required = new_required && !self.invisible(&new_property);
            match (old_required, new_required) {
                (false, true) if request => self.report_at(
                    &old_property,
                    &new_property,
                    (old_pointer, new_pointer),
                    Breaking,
                    "request-property-became-required",
                    format!("request property `{name}` became required"),
                ),
                (false, true) => self.report_at(
                    &old_property,
                    &new_property,
                    (old_pointer, new_pointer),
                    Compatible,
                    "response-property-became-required",
                    format!("response property `{name}` is now always present"),
                ),
                (true, false) if request => self.report_at(
                    &old_property,
                    &new_property,
                    (old_pointer, new_pointer),
                    Compatible,
                    "request-property-became-optional",
                    format!("request property `{name}` became optional"),
                ),
                (true, false) => self.report_at(
                    &old_property,
                    &new_property,
                    (old_pointer, new_pointer),
                    Breaking,
                    "response-property-became-optional",
                    format!("response property `{name}` became optional"),
                ),
                _ => {}
            }
            self.compare_facts(&old_property, &new_property);
        }
        for (name, new_pointer, new_schema) in &new.properties {
            if old.property(name).is_some() {
                continue;
            }
            let new_property = Facts::of(self.revision, new_schema, new_pointer);
            if self.invisible(&new_property) {
                continue;
            }
            let (level, rule, reason) = if !request {
                (
                    Compatible,
                    "response-property-added",
                    format!("response property `{name}` added"),
                )
            } else if new.required.contains(name) && !new_property.read_only {
                (
                    Breaking,
                    "new-required-request-property",
                    format!("new required request property `{name}`"),
                )
            } else {
                (
                    Compatible,
                    "new-optional-request-property",
                    format!("new optional request property `{name}`"),
                )
            };
            let rust = self
                .names
                .revision
                .schema(new_pointer, &new_property.pointer);
            self.sink.add(
                self.at,
                Finding {
                    level,
                    rule,
                    reason,
                    base: None,
                    revision: Some(new_pointer),
                    rust,
                },
            );
        }
    }

    /// Read-only properties are never sent, write-only ones never received.
    fn invisible(&self, property: &Facts) -> bool {
        match self.direction {
            Direction::Request => property.read_only,
            Direction::Response => property.write_only,
        }
    }

    /// `oneOf`/`anyOf` alternatives, matched by the schema they reference, else by position.
    fn compare_alternatives(&mut self, old: &Facts, new: &Facts) {
        if old.alternatives.is_empty() && new.alternatives.is_empty() {
            return;
        }
        let target = |value: &Value| value.get("$ref").and_then(Value::as_str).map(ref_name);
        let mut unmatched: Vec<usize> = (0..new.alternatives.len()).collect();
        let mut removed = 0;
        for (index, (old_pointer, old_alt)) in old.alternatives.iter().enumerate() {
            let by_ref = target(old_alt).and_then(|name| {
                unmatched
                    .iter()
                    .position(|&i| target(&new.alternatives[i].1).as_deref() == Some(name.as_str()))
            });
            let by_position = || {
                unmatched.iter().position(|&i| {
                    i == index
                        && target(old_alt).is_none()
                        && target(&new.alternatives[i].1).is_none()
                })
            };
            match by_ref.or_else(by_position) {
                Some(slot) => {
                    let (new_pointer, new_alt) = &new.alternatives[unmatched.remove(slot)];
                    self.compare(old_alt, old_pointer, new_alt, new_pointer);
                }
                None => removed += 1,
            }
        }
        let word = self.direction.word();
        if removed > 0 {
            self.constraint_alternatives(
                old,
                new,
                true,
                format!("{word} alternatives removed: {removed}"),
            );
        }
        if !unmatched.is_empty() {
            let added = unmatched.len();
            self.constraint_alternatives(
                old,
                new,
                false,
                format!("{word} alternatives added: {added}"),
            );
        }
    }

    fn constraint_alternatives(&mut self, old: &Facts, new: &Facts, fewer: bool, reason: String) {
        // As oasdiff: a new `oneOf` alternative breaks clients that must pick exactly one,
        // a new `anyOf` alternative does not.
        let (level, rule) = match (self.direction, fewer) {
            (Direction::Request, true) => (Breaking, "request-alternative-removed"),
            (Direction::Request, false) => (Compatible, "request-alternative-added"),
            (Direction::Response, true) => (Compatible, "response-alternative-removed"),
            (Direction::Response, false) if new.exclusive_alternatives => {
                (Breaking, "response-alternative-added")
            }
            (Direction::Response, false) => (Compatible, "response-alternative-added"),
        };
        self.report(old, new, level, rule, reason);
    }
}

/// Every type of `narrow` is one of `wide`'s (an integer is a number; `None` is any type).
fn covers(
    wide: &Option<std::collections::BTreeSet<String>>,
    narrow: &Option<std::collections::BTreeSet<String>>,
) -> bool {
    match (wide, narrow) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(wide), Some(narrow)) => narrow
            .iter()
            .all(|ty| wide.contains(ty) || (ty == "integer" && wide.contains("number"))),
    }
}

/// The last token of a `$ref` (`#/components/schemas/Pet` → `Pet`).
fn ref_name(reference: &str) -> String {
    reference
        .rsplit('/')
        .next()
        .unwrap_or(reference)
        .to_string()
}
