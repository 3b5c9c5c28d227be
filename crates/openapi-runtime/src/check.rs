//! Validation primitives over decoded JSON, called by generated validators.
//!
//! Each check records what is wrong in [`Problems`] and returns what the caller needs to
//! go on (the typed view of the value, or whether it passed), so that one pass over a
//! body finds every problem. Types are strict, as Pydantic's JSON mode is for these
//! checks: `"1"` is not an integer and `1` is not a boolean.
//!
//! Integers: a JSON integer must fit `i64`; one that does not (including integral numbers
//! beyond the range, which the decoder holds as floats) is `int_parsing`, the type FastAPI
//! uses for integer parameters out of range. A number with a fractional part is
//! `int_from_float`; an integral number written as a float (`1.0`) is `int_type`.

use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::{DateTime, NaiveDate};
use regex::Regex;
use serde_json::{Map, Value};

use crate::ecma_regex::{self, Engine};
use crate::problem::{Loc, Problem, Problems};

/// An object with declared properties (`model_attributes_type` otherwise).
pub fn object<'v>(
    value: &'v Value,
    loc: &Loc,
    problems: &mut Problems,
) -> Option<&'v Map<String, Value>> {
    let object = value.as_object();
    if object.is_none() {
        problems.push(Problem::model_attributes_type(loc));
    }
    object
}

/// A map or free-form object (`dict_type` otherwise).
pub fn map<'v>(
    value: &'v Value,
    loc: &Loc,
    problems: &mut Problems,
) -> Option<&'v Map<String, Value>> {
    let object = value.as_object();
    if object.is_none() {
        problems.push(Problem::dict_type(loc));
    }
    object
}

/// An array (`list_type` otherwise).
pub fn array<'v>(value: &'v Value, loc: &Loc, problems: &mut Problems) -> Option<&'v [Value]> {
    let array = value.as_array().map(Vec::as_slice);
    if array.is_none() {
        problems.push(Problem::list_type(loc));
    }
    array
}

/// A string (`string_type` otherwise).
pub fn string<'v>(value: &'v Value, loc: &Loc, problems: &mut Problems) -> Option<&'v str> {
    let string = value.as_str();
    if string.is_none() {
        problems.push(Problem::string_type(loc));
    }
    string
}

/// A boolean (`bool_type` otherwise).
pub fn boolean(value: &Value, loc: &Loc, problems: &mut Problems) -> Option<bool> {
    let boolean = value.as_bool();
    if boolean.is_none() {
        problems.push(Problem::bool_type(loc));
    }
    boolean
}

/// An integer that fits `i64` (see the module notes for the error types).
pub fn integer(value: &Value, loc: &Loc, problems: &mut Problems) -> Option<i64> {
    let Value::Number(number) = value else {
        problems.push(Problem::int_type(loc));
        return None;
    };
    if let Some(integer) = number.as_i64() {
        return Some(integer);
    }
    let problem = match number.as_f64() {
        _ if number.is_u64() => Problem::int_parsing(loc),
        Some(float) if float.fract() != 0.0 => Problem::int_from_float(loc),
        // i64::MAX as f64 rounds up to 2^63, which is already out of range.
        Some(float) if float < i64::MIN as f64 || float >= i64::MAX as f64 => {
            Problem::int_parsing(loc)
        }
        _ => Problem::int_type(loc),
    };
    problems.push(problem);
    None
}

/// An integer in a narrower range (a `format` such as `int32`): outside it is
/// `int_parsing`, like a value beyond 64 bits.
pub fn integer_in<T: TryFrom<i64>>(value: &Value, loc: &Loc, problems: &mut Problems) -> Option<T> {
    let narrowed = T::try_from(integer(value, loc, problems)?).ok();
    if narrowed.is_none() {
        problems.push(Problem::int_parsing(loc));
    }
    narrowed
}

/// An unsigned 64-bit integer (`format: uint64`), the one integer type wider than `i64`.
pub fn unsigned(value: &Value, loc: &Loc, problems: &mut Problems) -> Option<u64> {
    if let Some(unsigned) = value.as_u64() {
        return Some(unsigned);
    }
    let signed = integer(value, loc, problems)?;
    // Only negative numbers fit i64 and not u64.
    problems.push(Problem::int_parsing(loc));
    u64::try_from(signed).ok()
}

/// A number (`float_type` otherwise).
pub fn number(value: &Value, loc: &Loc, problems: &mut Problems) -> Option<f64> {
    let number = value.as_f64();
    if number.is_none() {
        problems.push(Problem::float_type(loc));
    }
    number
}

/// A required property: `missing` when absent.
pub fn required<'v>(
    object: &'v Map<String, Value>,
    key: &str,
    loc: &Loc,
    problems: &mut Problems,
) -> Option<&'v Value> {
    let value = object.get(key);
    if value.is_none() {
        problems.push(Problem::missing(&loc.key(key)));
    }
    value
}

/// `minLength`, counted in characters (code points).
pub fn min_length(text: &str, min: usize, loc: &Loc, problems: &mut Problems) -> bool {
    let ok = text.chars().count() >= min;
    if !ok {
        problems.push(Problem::string_too_short(loc, min));
    }
    ok
}

/// `maxLength`, counted in characters (code points).
pub fn max_length(text: &str, max: usize, loc: &Loc, problems: &mut Problems) -> bool {
    let ok = text.chars().count() <= max;
    if !ok {
        problems.push(Problem::string_too_long(loc, max));
    }
    ok
}

/// A `pattern`, compiled on first use and then shared.
///
/// Declare it as a `static` next to the validator that uses it. The source is ECMA-262
/// syntax, as JSON Schema specifies; [`crate::ecma_regex`] translates it. The generator
/// only emits patterns that compile; should one not, every value fails to match rather
/// than the request panicking.
#[derive(Debug)]
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Option<CompiledPattern>>,
}

impl Pattern {
    /// A pattern in the document's syntax (searched anywhere in the string, as JSON Schema
    /// and Pydantic do; anchors are part of the pattern).
    pub const fn new(source: &'static str) -> Self {
        Self {
            source,
            compiled: OnceLock::new(),
        }
    }

    /// The pattern as the document writes it.
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// Whether `text` matches.
    pub fn is_match(&self, text: &str) -> bool {
        self.compiled
            .get_or_init(|| CompiledPattern::new(self.source).ok())
            .as_ref()
            .is_some_and(|compiled| compiled.is_match(text))
    }
}

/// An ECMA-262 pattern compiled by the engine it needs.
#[derive(Debug)]
pub enum CompiledPattern {
    /// Most patterns: the `regex` crate, linear in the length of the text.
    Regex(Regex),
    /// Patterns with look-around or back-references.
    Fancy(fancy_regex::Regex),
}

impl CompiledPattern {
    /// Translates and compiles an ECMA-262 pattern; the error says why it cannot be used.
    ///
    /// A pattern that is not ECMA-262 but compiles as written (documents generated from
    /// Pydantic models may hold its dialect: `(?i)`, `(?P<name>…)`, `\Z`) runs as written.
    pub fn new(source: &str) -> Result<Self, String> {
        let translated = match ecma_regex::translate(source) {
            Ok(translated) => translated,
            Err(error) => {
                return Regex::new(source)
                    .map(Self::Regex)
                    .or_else(|_| fancy_regex::Regex::new(source).map(Self::Fancy))
                    .map_err(|_| error.to_string());
            }
        };
        match translated.engine {
            Engine::Regex => Regex::new(&translated.source)
                .map(Self::Regex)
                .map_err(|error| error.to_string()),
            Engine::Fancy => fancy_regex::Regex::new(&translated.source)
                .map(Self::Fancy)
                .map_err(|error| error.to_string()),
        }
    }

    /// Whether the pattern matches anywhere in `text`. A backtracking search that gives up
    /// (its step limit guards against catastrophic patterns) counts as no match: the value
    /// is refused with a 422 rather than the request failing.
    pub fn is_match(&self, text: &str) -> bool {
        match self {
            Self::Regex(regex) => regex.is_match(text),
            Self::Fancy(regex) => regex.is_match(text).unwrap_or(false),
        }
    }
}

/// Whether `source` is a pattern [`Pattern`] can use; the error explains why not.
pub fn pattern_supported(source: &str) -> Result<(), String> {
    CompiledPattern::new(source).map(drop)
}

/// `pattern` (`string_pattern_mismatch` otherwise).
pub fn pattern(text: &str, pattern: &Pattern, loc: &Loc, problems: &mut Problems) -> bool {
    let ok = pattern.is_match(text);
    if !ok {
        problems.push(Problem::string_pattern_mismatch(loc, pattern.source()));
    }
    ok
}

/// Which numeric bound to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// `minimum`: value >= bound.
    Minimum,
    /// `maximum`: value <= bound.
    Maximum,
    /// `exclusiveMinimum`: value > bound.
    ExclusiveMinimum,
    /// `exclusiveMaximum`: value < bound.
    ExclusiveMaximum,
}

/// A numeric bound; `text` is the bound as the document writes it (used in the message).
pub fn bound(
    value: f64,
    kind: Bound,
    limit: f64,
    text: &str,
    loc: &Loc,
    problems: &mut Problems,
) -> bool {
    let (ok, problem): (bool, fn(&Loc, &str) -> Problem) = match kind {
        Bound::Minimum => (value >= limit, Problem::greater_than_equal),
        Bound::Maximum => (value <= limit, Problem::less_than_equal),
        Bound::ExclusiveMinimum => (value > limit, Problem::greater_than),
        Bound::ExclusiveMaximum => (value < limit, Problem::less_than),
    };
    if !ok {
        problems.push(problem(loc, text));
    }
    ok
}

/// An integer bound, compared exactly (no rounding through floats).
pub fn integer_bound(
    value: i64,
    kind: Bound,
    limit: i64,
    loc: &Loc,
    problems: &mut Problems,
) -> bool {
    let (ok, problem): (bool, fn(&Loc, &str) -> Problem) = match kind {
        Bound::Minimum => (value >= limit, Problem::greater_than_equal),
        Bound::Maximum => (value <= limit, Problem::less_than_equal),
        Bound::ExclusiveMinimum => (value > limit, Problem::greater_than),
        Bound::ExclusiveMaximum => (value < limit, Problem::less_than),
    };
    if !ok {
        problems.push(problem(loc, &limit.to_string()));
    }
    ok
}

/// `multipleOf`; `text` is the divisor as the document writes it.
pub fn multiple_of(
    value: f64,
    divisor: f64,
    text: &str,
    loc: &Loc,
    problems: &mut Problems,
) -> bool {
    let quotient = value / divisor;
    // Float division leaves noise (0.3 / 0.1 = 2.9999999999999996): accept near-integers.
    let ok =
        divisor != 0.0 && (quotient - quotient.round()).abs() <= 1e-9 * quotient.abs().max(1.0);
    if !ok {
        problems.push(Problem::multiple_of(loc, text));
    }
    ok
}

/// `minItems`, `maxItems` and `uniqueItems` of one array.
#[derive(Clone, Copy, Debug, Default)]
pub struct ItemLimits {
    pub min: Option<usize>,
    pub max: Option<usize>,
    pub unique: bool,
}

/// An array's items and its limits, one kind of problem per array as Pydantic reports
/// them: too many items is the only problem (Pydantic stops counting there); otherwise
/// every item's problems, each at its index; only when every item is valid, too few items,
/// then (an addition of ours: Pydantic has no such list constraint) a repeated item.
pub fn items(
    items: &[Value],
    limits: ItemLimits,
    loc: &Loc,
    problems: &mut Problems,
    mut check_item: impl FnMut(&Value, &Loc, &mut Problems),
) {
    let _ = parse_items(items, limits, loc, problems, |item, loc, problems| {
        check_item(item, loc, problems);
        Some(item)
    });
}

/// [`items`] for items that are parsed on the way (the text items of a parameter array):
/// `parse_item` reads one item, recording its problems, and the array's limits are checked
/// in the same order. A repeated item is one whose parsed value serialises as an earlier
/// one's (`1` and `01` of an integer array are the same item). `None` once any problem is
/// recorded.
pub fn parse_items<'a, T, U: serde::Serialize>(
    items: &'a [T],
    limits: ItemLimits,
    loc: &Loc,
    problems: &mut Problems,
    mut parse_item: impl FnMut(&'a T, &Loc, &mut Problems) -> Option<U>,
) -> Option<Vec<U>> {
    if let Some(max) = limits.max
        && !max_items(items, max, loc, problems)
    {
        return None;
    }
    let before = problems.len();
    let parsed: Vec<Option<U>> = items
        .iter()
        .enumerate()
        .map(|(index, item)| parse_item(item, &loc.index(index), problems))
        .collect();
    if problems.len() != before {
        return None;
    }
    let parsed: Vec<U> = parsed.into_iter().collect::<Option<_>>()?;
    if let Some(min) = limits.min
        && !min_items(&parsed, min, loc, problems)
    {
        return None;
    }
    if limits.unique && !unique_items(&parsed, loc, problems) {
        return None;
    }
    Some(parsed)
}

/// `minItems`.
pub fn min_items<T>(items: &[T], min: usize, loc: &Loc, problems: &mut Problems) -> bool {
    let ok = items.len() >= min;
    if !ok {
        problems.push(Problem::too_short(loc, min, items.len()));
    }
    ok
}

/// `maxItems`.
pub fn max_items<T>(items: &[T], max: usize, loc: &Loc, problems: &mut Problems) -> bool {
    let ok = items.len() <= max;
    if !ok {
        problems.push(Problem::too_long(loc, max, items.len()));
    }
    ok
}

/// `uniqueItems`: reported at the first repeated item, as a `value_error`.
pub fn unique_items<T: serde::Serialize>(items: &[T], loc: &Loc, problems: &mut Problems) -> bool {
    let mut seen = HashSet::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        // Canonical text: serde_json writes equal values identically (keys in order kept,
        // so objects with the same members in another order count as different). A value
        // JSON cannot hold (a map with non-text keys) is never a repeat.
        let Ok(text) = serde_json::to_string(item) else {
            continue;
        };
        if !seen.insert(text) {
            problems.push(Problem::value_error(
                &loc.index(index),
                "List should have unique items",
            ));
            return false;
        }
    }
    true
}

/// A string enumeration (`enum` listing the allowed values otherwise).
pub fn one_of(text: &str, allowed: &[&str], loc: &Loc, problems: &mut Problems) -> bool {
    let ok = allowed.contains(&text);
    if !ok {
        problems.push(Problem::enumeration(loc, allowed));
    }
    ok
}

/// A value of a string enumeration: Pydantic answers `enum` for any other value, strings
/// and non-strings alike.
pub fn string_enum(value: &Value, allowed: &[&str], loc: &Loc, problems: &mut Problems) -> bool {
    let ok = value.as_str().is_some_and(|text| allowed.contains(&text));
    if !ok {
        problems.push(Problem::enumeration(loc, allowed));
    }
    ok
}

/// Any JSON enumeration or `const`; `allowed` are the allowed values as JSON texts.
pub fn one_of_json(value: &Value, allowed: &[&str], loc: &Loc, problems: &mut Problems) -> bool {
    let ok = allowed
        .iter()
        .any(|text| serde_json::from_str::<Value>(text).is_ok_and(|candidate| &candidate == value));
    if !ok {
        problems.push(Problem::enumeration(loc, allowed));
    }
    ok
}

/// An RFC 3339 date-time (`format: date-time`).
pub fn date_time(text: &str, loc: &Loc, problems: &mut Problems) -> bool {
    let ok = DateTime::parse_from_rfc3339(text).is_ok();
    if !ok {
        let reason = if text.len() < "YYYY-MM-DDTHH:MM:SSZ".len() {
            "input is too short"
        } else {
            "invalid RFC 3339 date-time"
        };
        problems.push(Problem::datetime_parsing(loc, reason));
    }
    ok
}

/// A `YYYY-MM-DD` date (`format: date`).
pub fn date(text: &str, loc: &Loc, problems: &mut Problems) -> bool {
    let well_formed = text.len() == 10 && NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok();
    if !well_formed {
        let reason = if text.len() < 10 {
            "input is too short"
        } else if text.len() > 10 {
            "unexpected extra characters at the end of the input"
        } else {
            "invalid date"
        };
        problems.push(Problem::date_parsing(loc, reason));
    }
    well_formed
}

/// A UUID (`format: uuid`): 32 hex digits, optionally hyphenated 8-4-4-4-12.
pub fn uuid(text: &str, loc: &Loc, problems: &mut Problems) -> bool {
    let hex_only: String = text.chars().filter(|c| *c != '-').collect();
    let hyphens_ok = if text.len() == 36 {
        text.char_indices()
            .all(|(i, c)| matches!(i, 8 | 13 | 18 | 23) == (c == '-'))
    } else {
        text.len() == 32
    };
    let ok = hyphens_ok && hex_only.len() == 32 && hex_only.chars().all(|c| c.is_ascii_hexdigit());
    if !ok {
        problems.push(Problem::uuid_parsing(loc, "invalid character or length"));
    }
    ok
}

/// Properties not declared by a schema with `additionalProperties: false`.
pub fn no_extra_properties(
    object: &Map<String, Value>,
    declared: &[&str],
    loc: &Loc,
    problems: &mut Problems,
) -> bool {
    let mut ok = true;
    for key in object
        .keys()
        .filter(|key| !declared.contains(&key.as_str()))
    {
        problems.push(Problem::extra_forbidden(&loc.key(key)));
        ok = false;
    }
    ok
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::{
        Bound, ItemLimits, Pattern, bound, date, date_time, integer, integer_bound, integer_in,
        max_length, min_length, multiple_of, no_extra_properties, object, one_of_json, pattern,
        pattern_supported, string_enum, unique_items, unsigned, uuid,
    };
    use super::{integer as int_check, items, parse_items};
    use crate::problem::{Loc, Problems};

    /// The error types `check` records for `value`.
    fn kinds(check: impl FnOnce(&Value, &Loc, &mut Problems), value: Value) -> Vec<String> {
        let mut problems = Problems::new();
        check(&value, &Loc::body(), &mut problems);
        problems.into_iter().map(|problem| problem.kind).collect()
    }

    #[test]
    fn integers_are_strict_and_64_bit() {
        let int = |value: &Value, loc: &Loc, problems: &mut Problems| {
            integer(value, loc, problems);
        };
        assert!(kinds(int, json!(i64::MIN)).is_empty());
        assert_eq!(kinds(int, json!("1")), ["int_type"]);
        assert_eq!(kinds(int, json!(true)), ["int_type"]);
        assert_eq!(kinds(int, json!(1.5)), ["int_from_float"]);
        assert_eq!(kinds(int, json!(1.0)), ["int_type"]);
        assert_eq!(kinds(int, json!(u64::MAX)), ["int_parsing"]);
        assert_eq!(kinds(int, json!(1e30)), ["int_parsing"]);
        let narrow = |value: &Value, loc: &Loc, problems: &mut Problems| {
            integer_in::<i32>(value, loc, problems);
        };
        assert_eq!(
            kinds(narrow, json!(i64::from(i32::MAX) + 1)),
            ["int_parsing"]
        );
        let wide = |value: &Value, loc: &Loc, problems: &mut Problems| {
            assert_eq!(
                unsigned(value, loc, problems).is_some(),
                value.as_u64().is_some()
            );
        };
        assert!(kinds(wide, json!(u64::MAX)).is_empty());
        assert_eq!(kinds(wide, json!(-1)), ["int_parsing"]);
    }

    #[test]
    fn lengths_count_characters_not_bytes() {
        let mut problems = Problems::new();
        let loc = Loc::body();
        assert!(max_length("日本語", 3, &loc, &mut problems));
        assert!(!max_length("日本語x", 3, &loc, &mut problems));
        assert!(!min_length("", 1, &loc, &mut problems));
        let messages: Vec<String> = problems.into_iter().map(|p| p.msg).collect();
        assert_eq!(
            messages,
            [
                "String should have at most 3 characters",
                "String should have at least 1 character"
            ]
        );
    }

    #[test]
    fn patterns_search_and_report_their_source() {
        static TIME: Pattern = Pattern::new("^([01][0-9]|2[0-3]):[0-5][0-9]$");
        static ANYWHERE: Pattern = Pattern::new("b+");
        let mut problems = Problems::new();
        let loc = Loc::body();
        assert!(pattern("09:30", &TIME, &loc, &mut problems));
        assert!(pattern("abba", &ANYWHERE, &loc, &mut problems));
        assert!(!pattern("24:00", &TIME, &loc, &mut problems));
        assert_eq!(
            problems.as_slice()[0].msg,
            "String should match pattern '^([01][0-9]|2[0-3]):[0-5][0-9]$'"
        );
        assert!(pattern_supported("^(?!x)").is_ok());
        assert!(pattern_supported("[z-a]").is_err());
        assert!(pattern_supported("^[a-z]+$").is_ok());
    }

    #[test]
    fn bounds_use_pydantic_types_and_the_document_text() {
        let mut problems = Problems::new();
        let loc = Loc::body();
        assert!(integer_bound(0, Bound::Minimum, 0, &loc, &mut problems));
        assert!(!integer_bound(
            101,
            Bound::Maximum,
            100,
            &loc,
            &mut problems
        ));
        assert!(!bound(
            1.0,
            Bound::ExclusiveMinimum,
            1.0,
            "1.0",
            &loc,
            &mut problems
        ));
        assert!(!bound(
            2.5,
            Bound::ExclusiveMaximum,
            2.5,
            "2.5",
            &loc,
            &mut problems
        ));
        assert!(multiple_of(0.3, 0.1, "0.1", &loc, &mut problems));
        assert!(!multiple_of(7.0, 2.0, "2", &loc, &mut problems));
        let found: Vec<(String, String)> = problems.into_iter().map(|p| (p.kind, p.msg)).collect();
        assert_eq!(
            found,
            [
                (
                    "less_than_equal".to_owned(),
                    "Input should be less than or equal to 100".to_owned()
                ),
                (
                    "greater_than".to_owned(),
                    "Input should be greater than 1.0".to_owned()
                ),
                (
                    "less_than".to_owned(),
                    "Input should be less than 2.5".to_owned()
                ),
                (
                    "multiple_of".to_owned(),
                    "Input should be a multiple of 2".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn repeated_items_are_reported_at_the_repeat() {
        let mut problems = Problems::new();
        let items = [json!(1), json!({"a": 1}), json!({"a": 1})];
        assert!(!unique_items(&items, &Loc::body(), &mut problems));
        assert_eq!(
            serde_json::to_value(&problems.as_slice()[0].loc).ok(),
            Some(json!(["body", 2]))
        );
    }

    #[test]
    fn formats_are_checked() {
        let mut problems = Problems::new();
        let loc = Loc::body();
        assert!(date_time("2024-02-29T10:00:00Z", &loc, &mut problems));
        assert!(date_time(
            "2024-02-29T10:00:00.5+02:00",
            &loc,
            &mut problems
        ));
        assert!(date("2024-02-29", &loc, &mut problems));
        assert!(uuid(
            "123e4567-e89b-12d3-a456-426614174000",
            &loc,
            &mut problems
        ));
        assert!(uuid(
            "123e4567e89b12d3a456426614174000",
            &loc,
            &mut problems
        ));
        assert!(problems.is_empty());
        assert!(!date_time("2024-02-30T10:00:00Z", &loc, &mut problems));
        assert!(!date_time("yesterday", &loc, &mut problems));
        assert!(!date("2023-02-29", &loc, &mut problems));
        assert!(!uuid(
            "123e4567-e89b-12d3-a456-42661417400g",
            &loc,
            &mut problems
        ));
        let found: Vec<String> = problems.into_iter().map(|p| p.kind).collect();
        assert_eq!(
            found,
            [
                "datetime_parsing",
                "datetime_parsing",
                "date_parsing",
                "uuid_parsing"
            ]
        );
    }

    #[test]
    fn enumerations_and_extra_properties() {
        let mut problems = Problems::new();
        let loc = Loc::body();
        assert!(string_enum(
            &json!("manual"),
            &["manual", "round_robin"],
            &loc,
            &mut problems
        ));
        assert!(!string_enum(
            &json!(1),
            &["manual", "round_robin"],
            &loc,
            &mut problems
        ));
        assert!(one_of_json(&json!(2), &["1", "2"], &loc, &mut problems));
        assert!(!one_of_json(&json!("2"), &["1", "2"], &loc, &mut problems));
        let value = json!({"a": 1, "b": 2, "c": 3});
        let Some(map) = object(&value, &loc, &mut problems) else {
            panic!("an object was refused");
        };
        assert!(!no_extra_properties(map, &["a"], &loc, &mut problems));
        let found: Vec<(String, Value)> = problems
            .into_iter()
            .map(|p| (p.kind, serde_json::to_value(p.loc).unwrap_or_default()))
            .collect();
        assert_eq!(
            found,
            [
                ("enum".to_owned(), json!(["body"])),
                ("enum".to_owned(), json!(["body"])),
                ("extra_forbidden".to_owned(), json!(["body", "b"])),
                ("extra_forbidden".to_owned(), json!(["body", "c"])),
            ]
        );
    }

    #[test]
    fn an_array_has_one_kind_of_problem_in_pydantics_order() {
        let limits = ItemLimits {
            min: Some(3),
            max: Some(4),
            unique: true,
        };
        let list = |value: &Value, loc: &Loc, problems: &mut Problems| {
            let array = value.as_array().map(Vec::as_slice).unwrap_or_default();
            items(array, limits, loc, problems, |item, loc, problems| {
                int_check(item, loc, problems);
            });
        };
        // Too many: only that, however bad the items.
        assert_eq!(kinds(list, json!(["a", "b", 1, 2, 3])), ["too_long"]);
        // Bad items: each of them, and not also too short.
        assert_eq!(
            kinds(list, json!(["a", 1.5])),
            ["int_type", "int_from_float"]
        );
        // Good items, too few: too short, and not also repeated.
        assert_eq!(kinds(list, json!([1, 1])), ["too_short"]);
        assert_eq!(kinds(list, json!([1, 2, 1])), ["value_error"]);
        assert!(kinds(list, json!([1, 2, 3])).is_empty());
        let mut problems = Problems::new();
        list(&json!([1, "x"]), &Loc::body(), &mut problems);
        let locs: Vec<String> = problems
            .into_iter()
            .map(|problem| serde_json::to_string(&problem.loc).unwrap_or_default())
            .collect();
        assert_eq!(locs, [r#"["body",1]"#]);
    }

    #[test]
    fn parsed_items_follow_the_same_order_and_compare_parsed_values() {
        let limits = ItemLimits {
            min: Some(2),
            max: Some(3),
            unique: true,
        };
        let loc = Loc::param("query", "ids");
        let run = |texts: &[&str]| {
            let mut problems = Problems::new();
            let parsed = parse_items(texts, limits, &loc, &mut problems, |text, loc, problems| {
                crate::param::integer(text, loc, problems)
            });
            let found: Vec<(String, String, String)> = problems
                .into_iter()
                .map(|problem| {
                    let loc = serde_json::to_string(&problem.loc).unwrap_or_default();
                    (problem.kind, loc, problem.msg)
                })
                .collect();
            (parsed, found)
        };
        let (parsed, found) = run(&["1", "x", "2", "y"]);
        assert_eq!(parsed, None);
        assert_eq!(
            found,
            [(
                "too_long".to_owned(),
                r#"["query","ids"]"#.to_owned(),
                "List should have at most 3 items after validation, not 4".to_owned()
            )]
        );
        let (parsed, found) = run(&["1", "x", "y"]);
        assert_eq!(parsed, None);
        let locs: Vec<&str> = found.iter().map(|(_, loc, _)| loc.as_str()).collect();
        assert_eq!(locs, [r#"["query","ids",1]"#, r#"["query","ids",2]"#]);
        let (parsed, found) = run(&["1"]);
        assert_eq!(parsed, None);
        assert_eq!(
            found,
            [(
                "too_short".to_owned(),
                r#"["query","ids"]"#.to_owned(),
                "List should have at least 2 items after validation, not 1".to_owned()
            )]
        );
        // `01` reads as 1: a repeat of the first item, reported at its own index.
        let (parsed, found) = run(&["1", "2", "01"]);
        assert_eq!(parsed, None);
        let kinds: Vec<(&str, &str)> = found
            .iter()
            .map(|(kind, loc, _)| (kind.as_str(), loc.as_str()))
            .collect();
        assert_eq!(kinds, [("value_error", r#"["query","ids",2]"#)]);
        let (parsed, found) = run(&["3", " 4"]);
        assert_eq!(parsed, Some(vec![3, 4]));
        assert!(found.is_empty(), "{found:?}");
    }
}
