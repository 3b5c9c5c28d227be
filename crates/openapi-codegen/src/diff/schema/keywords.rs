//! The keywords of one schema node: format, nullability, enum values, defaults and the
//! validation bounds, each rated by the direction the data flows.

use serde_json::Value;

use super::{Direction, SchemaDiff};
use crate::diff::change::Level::{Breaking, Compatible, PotentiallyBreaking};
use crate::diff::facts::Facts;

impl SchemaDiff<'_> {
    pub(super) fn compare_format(&mut self, old: &Facts, new: &Facts) {
        let (level, rule, reason) = match (&old.format, &new.format) {
            (a, b) if a == b => return,
            (None, Some(format)) => (
                self.direction.tightened(),
                "format-added",
                format!("format `{format}` added"),
            ),
            (Some(format), None) => (
                self.direction.loosened(),
                "format-removed",
                format!("format `{format}` removed"),
            ),
            (Some(a), Some(b)) => (
                Breaking,
                "format-changed",
                format!("format changed from `{a}` to `{b}`"),
            ),
            (None, None) => return,
        };
        self.report(old, new, level, rule, reason);
    }

    pub(super) fn compare_nullable(&mut self, old: &Facts, new: &Facts) {
        let dir = self.direction;
        match (old.nullable, new.nullable) {
            (false, true) => self.report(
                old,
                new,
                // Unlike other loosenings, a new null breaks every client that reads it.
                match dir {
                    Direction::Request => Compatible,
                    Direction::Response => Breaking,
                },
                match dir {
                    Direction::Request => "request-became-nullable",
                    Direction::Response => "response-became-nullable",
                },
                format!("{} value may now be null", dir.word()),
            ),
            (true, false) => self.report(
                old,
                new,
                dir.tightened(),
                match dir {
                    Direction::Request => "request-became-not-nullable",
                    Direction::Response => "response-became-not-nullable",
                },
                format!("{} value may no longer be null", dir.word()),
            ),
            _ => {}
        }
    }

    pub(super) fn compare_enum(&mut self, old: &Facts, new: &Facts) {
        let word = self.direction.word();
        match (&old.enum_values, &new.enum_values) {
            (None, None) => {}
            (None, Some(values)) => self.report(
                old,
                new,
                self.direction.tightened(),
                "enum-added",
                format!("{word} value restricted to {}", list(values)),
            ),
            // Like a value added to a response enum, not worse.
            (Some(_), None) => self.report(
                old,
                new,
                match self.direction {
                    Direction::Request => Compatible,
                    Direction::Response => PotentiallyBreaking,
                },
                "enum-removed",
                format!("{word} value no longer restricted to a list"),
            ),
            (Some(a), Some(b)) => {
                let removed: Vec<Value> = a.iter().filter(|v| !b.contains(v)).cloned().collect();
                let added: Vec<Value> = b.iter().filter(|v| !a.contains(v)).cloned().collect();
                if !removed.is_empty() {
                    let rule = match self.direction {
                        Direction::Request => "request-enum-value-removed",
                        Direction::Response => "response-enum-value-removed",
                    };
                    let reason = format!("{word} enum value removed: {}", list(&removed));
                    self.report(old, new, self.direction.tightened(), rule, reason);
                }
                if !added.is_empty() {
                    let rule = match self.direction {
                        Direction::Request => "request-enum-value-added",
                        Direction::Response => "response-enum-value-added",
                    };
                    let reason = format!("{word} enum value added: {}", list(&added));
                    // Exhaustive clients fail on an unknown value; lenient ones do not.
                    let level = match self.direction {
                        Direction::Request => Compatible,
                        Direction::Response => PotentiallyBreaking,
                    };
                    self.report(old, new, level, rule, reason);
                }
            }
        }
    }

    pub(super) fn compare_default(&mut self, old: &Facts, new: &Facts) {
        let (rule, reason) = match (&old.default, &new.default) {
            (a, b) if a == b => return,
            (None, Some(value)) => ("default-added", format!("default {value} added")),
            (Some(value), None) => ("default-removed", format!("default {value} removed")),
            (Some(a), Some(b)) => (
                "default-changed",
                format!("default changed from {a} to {b}"),
            ),
            (None, None) => return,
        };
        self.report(old, new, PotentiallyBreaking, rule, reason);
    }

    pub(super) fn compare_bounds(&mut self, old: &Facts, new: &Facts) {
        for (bounds, is_lower) in [
            ((&old.lower, &new.lower), true),
            ((&old.upper, &new.upper), false),
        ] {
            let mut keys: Vec<&&str> = bounds.0.keys().chain(bounds.1.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                let (a, b) = (bounds.0.get(*key), bounds.1.get(*key));
                let tightened = match (a, b) {
                    (None, Some(_)) => true,
                    (Some(_), None) => false,
                    (Some(a), Some(b)) if a == b => continue,
                    (Some(a), Some(b)) => (b > a) == is_lower,
                    (None, None) => continue,
                };
                let reason = format!("`{key}` {}", bound_change(a, b));
                if a.is_none() && self.direction == Direction::Request {
                    // A first bound usually documents what the server already enforced.
                    let reason = format!("request constraint: {reason}");
                    self.report(old, new, PotentiallyBreaking, "request-bound-added", reason);
                } else {
                    self.constraint(old, new, tightened, reason);
                }
            }
        }
        match (old.multiple_of, new.multiple_of) {
            (a, b) if a == b => {}
            (a, b) => {
                // A new divisor of the old one accepts every value it accepted.
                let loosened = match (a, b) {
                    (Some(a), Some(b)) => b != 0.0 && (a / b).fract() == 0.0,
                    (_, None) => true,
                    (None, Some(_)) => false,
                };
                let reason = format!("`multipleOf` {}", bound_change(a.as_ref(), b.as_ref()));
                self.constraint(old, new, !loosened, reason);
            }
        }
    }

    pub(super) fn compare_pattern(&mut self, old: &Facts, new: &Facts) {
        match (&old.pattern, &new.pattern) {
            (a, b) if a == b => {}
            (None, Some(pattern)) => {
                self.constraint(old, new, true, format!("`pattern` `{pattern}` added"));
            }
            (Some(pattern), None) => {
                self.constraint(old, new, false, format!("`pattern` `{pattern}` removed"));
            }
            (Some(a), Some(b)) => {
                // Whether a changed expression accepts more or less is undecidable here.
                let reason = format!("`pattern` changed from `{a}` to `{b}`");
                match self.direction {
                    Direction::Request => {
                        self.report(
                            old,
                            new,
                            PotentiallyBreaking,
                            "request-pattern-changed",
                            reason,
                        );
                    }
                    Direction::Response => {
                        self.report(old, new, Compatible, "response-pattern-changed", reason);
                    }
                }
            }
            (None, None) => {}
        }
    }

    pub(super) fn compare_flags(&mut self, old: &Facts, new: &Facts) {
        if old.unique_items != new.unique_items {
            let reason = format!("`uniqueItems` now {}", new.unique_items);
            self.constraint(old, new, new.unique_items, reason);
        }
        if old.closed != new.closed {
            let reason = if new.closed {
                "unknown properties now rejected (`additionalProperties: false`)"
            } else {
                "unknown properties now allowed"
            };
            self.constraint(old, new, new.closed, reason.to_string());
        }
    }

    /// A validation keyword got stricter (`tightened`) or more permissive.
    fn constraint(&mut self, old: &Facts, new: &Facts, tightened: bool, reason: String) {
        let word = self.direction.word();
        let (level, rule) = match (self.direction, tightened) {
            (Direction::Request, true) => (Breaking, "request-constraint-tightened"),
            (Direction::Request, false) => (Compatible, "request-constraint-loosened"),
            (Direction::Response, true) => (Compatible, "response-constraint-tightened"),
            (Direction::Response, false) => (Breaking, "response-constraint-loosened"),
        };
        self.report(
            old,
            new,
            level,
            rule,
            format!("{word} constraint: {reason}"),
        );
    }
}

fn list(values: &[Value]) -> String {
    values
        .iter()
        .map(Value::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn bound_change(old: Option<&f64>, new: Option<&f64>) -> String {
    match (old, new) {
        (None, Some(b)) => format!("{b} added"),
        (Some(a), None) => format!("{a} removed"),
        (Some(a), Some(b)) => format!("changed from {a} to {b}"),
        (None, None) => "unchanged".to_string(),
    }
}
