//! Rules a schema cannot state, run like Pydantic's `mode="after"` model validators.
//!
//! An implementation registers a rule for a model type (`DaySchedule`: `start` before
//! `end`); the generated validators run it on each value of that type once the value's
//! own schema checks (nested values' included) found nothing, and the problems it adds
//! are reported in the same 422 as every other problem of the request.

use std::any::TypeId;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::problem::{Loc, Problems};

type Check = dyn Fn(&Value, &Loc, &mut Problems) + Send + Sync;

/// The after-validation rules of an implementation, by model type.
#[derive(Default)]
pub struct AfterValidation {
    rules: Vec<(TypeId, Box<Check>)>,
}

impl AfterValidation {
    /// No rules.
    pub const fn new() -> Self {
        Self { rules: Vec::new() }
    }

    /// The empty set, for implementations without rules.
    pub fn none() -> &'static Self {
        static NONE: AfterValidation = AfterValidation::new();
        &NONE
    }

    /// Adds `rule` for values of `T`: it receives the value, typed, and its location, and
    /// adds a problem for each violation (at `loc` or below it).
    #[must_use]
    pub fn rule<T: DeserializeOwned + 'static>(
        mut self,
        rule: impl Fn(&T, &Loc, &mut Problems) + Send + Sync + 'static,
    ) -> Self {
        let check = move |value: &Value, loc: &Loc, problems: &mut Problems| {
            // The value passed its schema checks, so it deserialises; were it not to (a
            // shape serde reads differently), there is nothing to check it against.
            if let Ok(typed) = T::deserialize(value) {
                rule(&typed, loc, problems);
            }
        };
        self.rules.push((TypeId::of::<T>(), Box::new(check)));
        self
    }

    /// Runs the rules for `T` on `value`, when no problem was recorded since `before`
    /// (the length of `problems` before the value's own checks ran).
    pub fn check<T: 'static>(
        &self,
        before: usize,
        value: &Value,
        loc: &Loc,
        problems: &mut Problems,
    ) {
        if problems.len() != before {
            return;
        }
        let wanted = TypeId::of::<T>();
        for (_, check) in self.rules.iter().filter(|(id, _)| *id == wanted) {
            check(value, loc, problems);
        }
    }

    /// Whether any rule is registered (generated code skips the bookkeeping otherwise).
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

impl std::fmt::Debug for AfterValidation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AfterValidation")
            .field("rules", &self.rules.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    use super::*;
    use crate::problem::Problem;

    #[derive(Deserialize)]
    struct Day {
        start: String,
        end: String,
    }

    fn rules() -> AfterValidation {
        AfterValidation::new().rule(|day: &Day, loc: &Loc, problems: &mut Problems| {
            if day.start >= day.end {
                problems.push(Problem::value_error(&loc.key("end"), "end before start"));
            }
        })
    }

    #[test]
    fn a_rule_runs_on_values_of_its_type_once_their_checks_passed() {
        let mut problems = Problems::new();
        let loc = Loc::body();
        let backwards = json!({"start": "18:00", "end": "09:00"});
        rules().check::<Day>(0, &backwards, &loc, &mut problems);
        assert_eq!(problems.len(), 1);

        // Another type: not run.
        rules().check::<String>(1, &backwards, &loc, &mut problems);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn a_value_with_problems_of_its_own_is_not_checked_again() {
        let mut problems = Problems::new();
        let loc = Loc::body();
        problems.push(Problem::missing(&loc.key("start")));
        let backwards = json!({"start": "18:00", "end": "09:00"});
        rules().check::<Day>(0, &backwards, &loc, &mut problems);
        assert_eq!(problems.len(), 1, "only the schema problem");
    }

    #[test]
    fn no_rules_add_nothing() {
        let mut problems = Problems::new();
        let backwards = json!({"start": "18:00", "end": "09:00"});
        AfterValidation::none().check::<Day>(0, &backwards, &Loc::body(), &mut problems);
        assert!(problems.is_empty());
        assert!(AfterValidation::none().is_empty());
    }
}
