//! Validation problems in FastAPI's shape and Pydantic v2's vocabulary.
//!
//! A [`Problem`] is one entry of a 422 body: where (`loc`), what (`type`) and a readable
//! message (`msg`) worded as Pydantic words it. [`Problems`] collects every problem of a
//! request so that the client learns about all of them at once.

use std::fmt::Display;

use serde::{Deserialize, Serialize};

/// One step of a location: a property or parameter name, or an array index (or, for
/// malformed JSON, the character offset of the error).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LocItem {
    /// A property, parameter or location-root name (`body`, `query`, ...).
    Key(String),
    /// An array index or a character offset.
    Index(usize),
}

impl From<&str> for LocItem {
    fn from(key: &str) -> Self {
        Self::Key(key.to_owned())
    }
}

impl From<usize> for LocItem {
    fn from(index: usize) -> Self {
        Self::Index(index)
    }
}

/// Where a problem is: a path rooted at `body`, `path`, `query`, `header` or `cookie`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Loc(Vec<LocItem>);

impl Loc {
    /// The request body.
    pub fn body() -> Self {
        Self(vec![LocItem::from("body")])
    }

    /// A parameter: `root` is its `in` (`path`, `query`, `header`, `cookie`).
    pub fn param(root: &str, name: &str) -> Self {
        Self(vec![LocItem::from(root), LocItem::from(name)])
    }

    /// A location root alone (`query`): the base of an object parameter whose properties
    /// are query parameters of their own (`form` style, exploded), as FastAPI's query
    /// models report them.
    pub fn root(root: &str) -> Self {
        Self(vec![LocItem::from(root)])
    }

    /// This location followed by a property name.
    pub fn key(&self, key: &str) -> Self {
        self.child(LocItem::from(key))
    }

    /// This location followed by an array index.
    pub fn index(&self, index: usize) -> Self {
        self.child(LocItem::Index(index))
    }

    fn child(&self, item: LocItem) -> Self {
        let mut items = Vec::with_capacity(self.0.len() + 1);
        items.extend_from_slice(&self.0);
        items.push(item);
        Self(items)
    }

    /// The steps, outermost first.
    pub fn items(&self) -> &[LocItem] {
        &self.0
    }
}

impl From<Vec<LocItem>> for Loc {
    fn from(items: Vec<LocItem>) -> Self {
        Self(items)
    }
}

/// One validation problem, serialised as FastAPI does: `{"loc", "msg", "type"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Where the problem is.
    pub loc: Vec<LocItem>,
    /// Pydantic's message for this kind of problem.
    pub msg: String,
    /// Pydantic's error type (`missing`, `string_too_short`, ...).
    #[serde(rename = "type")]
    pub kind: String,
}

impl Problem {
    /// A problem of any kind, with its message.
    pub fn new(loc: &Loc, kind: &str, msg: impl Into<String>) -> Self {
        Self {
            loc: loc.items().to_vec(),
            msg: msg.into(),
            kind: kind.to_owned(),
        }
    }

    /// `missing`: a required property or parameter is absent.
    pub fn missing(loc: &Loc) -> Self {
        Self::new(loc, "missing", "Field required")
    }

    /// `json_invalid`: the body is not JSON; `offset` is Python's character position.
    pub fn json_invalid(offset: usize) -> Self {
        Self::new(
            &Loc::body().index(offset),
            "json_invalid",
            "JSON decode error",
        )
    }

    /// `model_attributes_type`: an object with declared properties was expected.
    pub fn model_attributes_type(loc: &Loc) -> Self {
        Self::new(
            loc,
            "model_attributes_type",
            "Input should be a valid dictionary or object to extract fields from",
        )
    }

    /// `dict_type`: a map (free-form object) was expected.
    pub fn dict_type(loc: &Loc) -> Self {
        Self::new(loc, "dict_type", "Input should be a valid dictionary")
    }

    /// `list_type`: an array was expected.
    pub fn list_type(loc: &Loc) -> Self {
        Self::new(loc, "list_type", "Input should be a valid list")
    }

    /// `string_type`: a string was expected.
    pub fn string_type(loc: &Loc) -> Self {
        Self::new(loc, "string_type", "Input should be a valid string")
    }

    /// `bool_type`: a boolean was expected.
    pub fn bool_type(loc: &Loc) -> Self {
        Self::new(loc, "bool_type", "Input should be a valid boolean")
    }

    /// `bool_parsing`: a parameter is not one of the accepted boolean spellings.
    pub fn bool_parsing(loc: &Loc) -> Self {
        Self::new(
            loc,
            "bool_parsing",
            "Input should be a valid boolean, unable to interpret input",
        )
    }

    /// `int_type`: an integer was expected.
    pub fn int_type(loc: &Loc) -> Self {
        Self::new(loc, "int_type", "Input should be a valid integer")
    }

    /// `int_parsing`: text (or a number) that is not an integer of the accepted range.
    pub fn int_parsing(loc: &Loc) -> Self {
        Self::new(
            loc,
            "int_parsing",
            "Input should be a valid integer, unable to parse string as an integer",
        )
    }

    /// `int_from_float`: a number with a fractional part where an integer was expected.
    pub fn int_from_float(loc: &Loc) -> Self {
        Self::new(
            loc,
            "int_from_float",
            "Input should be a valid integer, got a number with a fractional part",
        )
    }

    /// `float_type`: a number was expected.
    pub fn float_type(loc: &Loc) -> Self {
        Self::new(loc, "float_type", "Input should be a valid number")
    }

    /// `float_parsing`: a parameter is not a number.
    pub fn float_parsing(loc: &Loc) -> Self {
        Self::new(
            loc,
            "float_parsing",
            "Input should be a valid number, unable to parse string as a number",
        )
    }

    /// `enum`: a value outside an enumeration; `allowed` are the wire values.
    pub fn enumeration<T: Display>(loc: &Loc, allowed: &[T]) -> Self {
        Self::new(
            loc,
            "enum",
            format!("Input should be {}", expected_list(allowed)),
        )
    }

    /// `literal_error`: a value different from a `const`.
    pub fn literal_error<T: Display>(loc: &Loc, allowed: &[T]) -> Self {
        Self::new(
            loc,
            "literal_error",
            format!("Input should be {}", expected_list(allowed)),
        )
    }

    /// `string_too_short`: fewer characters (code points) than `minLength`.
    pub fn string_too_short(loc: &Loc, min_length: usize) -> Self {
        Self::new(
            loc,
            "string_too_short",
            format!(
                "String should have at least {min_length} {}",
                plural(min_length, "character")
            ),
        )
    }

    /// `string_too_long`: more characters (code points) than `maxLength`.
    pub fn string_too_long(loc: &Loc, max_length: usize) -> Self {
        Self::new(
            loc,
            "string_too_long",
            format!(
                "String should have at most {max_length} {}",
                plural(max_length, "character")
            ),
        )
    }

    /// `string_pattern_mismatch`: the string does not match `pattern`.
    pub fn string_pattern_mismatch(loc: &Loc, pattern: &str) -> Self {
        Self::new(
            loc,
            "string_pattern_mismatch",
            format!("String should match pattern '{pattern}'"),
        )
    }

    /// `greater_than_equal`: below `minimum`; `bound` is written as the document writes it.
    pub fn greater_than_equal(loc: &Loc, bound: &str) -> Self {
        Self::new(
            loc,
            "greater_than_equal",
            format!("Input should be greater than or equal to {bound}"),
        )
    }

    /// `less_than_equal`: above `maximum`.
    pub fn less_than_equal(loc: &Loc, bound: &str) -> Self {
        Self::new(
            loc,
            "less_than_equal",
            format!("Input should be less than or equal to {bound}"),
        )
    }

    /// `greater_than`: not above `exclusiveMinimum`.
    pub fn greater_than(loc: &Loc, bound: &str) -> Self {
        Self::new(
            loc,
            "greater_than",
            format!("Input should be greater than {bound}"),
        )
    }

    /// `less_than`: not below `exclusiveMaximum`.
    pub fn less_than(loc: &Loc, bound: &str) -> Self {
        Self::new(
            loc,
            "less_than",
            format!("Input should be less than {bound}"),
        )
    }

    /// `multiple_of`: not a multiple of `multipleOf`.
    pub fn multiple_of(loc: &Loc, divisor: &str) -> Self {
        Self::new(
            loc,
            "multiple_of",
            format!("Input should be a multiple of {divisor}"),
        )
    }

    /// `too_short`: fewer items than `minItems` (or properties than `minProperties`).
    pub fn too_short(loc: &Loc, min_length: usize, actual: usize) -> Self {
        Self::new(
            loc,
            "too_short",
            format!(
                "List should have at least {min_length} {} after validation, not {actual}",
                plural(min_length, "item")
            ),
        )
    }

    /// `too_long`: more items than `maxItems` (or properties than `maxProperties`).
    pub fn too_long(loc: &Loc, max_length: usize, actual: usize) -> Self {
        Self::new(
            loc,
            "too_long",
            format!(
                "List should have at most {max_length} {} after validation, not {actual}",
                plural(max_length, "item")
            ),
        )
    }

    /// `datetime_parsing`: not an RFC 3339 date-time; `reason` says what is wrong.
    pub fn datetime_parsing(loc: &Loc, reason: &str) -> Self {
        Self::new(
            loc,
            "datetime_parsing",
            format!("Input should be a valid datetime, {reason}"),
        )
    }

    /// `datetime_from_date_parsing`: a date-time whose date part is invalid.
    pub fn datetime_from_date_parsing(loc: &Loc, reason: &str) -> Self {
        Self::new(
            loc,
            "datetime_from_date_parsing",
            format!("Input should be a valid datetime or date, {reason}"),
        )
    }

    /// `date_parsing`: not a `YYYY-MM-DD` date.
    pub fn date_parsing(loc: &Loc, reason: &str) -> Self {
        Self::new(
            loc,
            "date_parsing",
            format!("Input should be a valid date in the format YYYY-MM-DD, {reason}"),
        )
    }

    /// `uuid_parsing`: not a UUID.
    pub fn uuid_parsing(loc: &Loc, reason: &str) -> Self {
        Self::new(
            loc,
            "uuid_parsing",
            format!("Input should be a valid UUID, {reason}"),
        )
    }

    /// `value_error`: a rule beyond the schema (the message explains it).
    pub fn value_error(loc: &Loc, message: &str) -> Self {
        Self::new(loc, "value_error", format!("Value error, {message}"))
    }

    /// `union_tag_invalid`: a discriminator value that names no alternative.
    pub fn union_tag_invalid<T: Display>(
        loc: &Loc,
        tag: &str,
        discriminator: &str,
        expected: &[T],
    ) -> Self {
        let expected = expected
            .iter()
            .map(|tag| format!("'{tag}'"))
            .collect::<Vec<_>>()
            .join(", ");
        Self::new(
            loc,
            "union_tag_invalid",
            format!(
                "Input tag '{tag}' found using '{discriminator}' does not match any of the expected tags: {expected}"
            ),
        )
    }

    /// `union_tag_not_found`: the discriminator property is missing.
    pub fn union_tag_not_found(loc: &Loc, discriminator: &str) -> Self {
        Self::new(
            loc,
            "union_tag_not_found",
            format!("Unable to extract tag using discriminator '{discriminator}'"),
        )
    }

    /// `union_no_match`: a value matching none of the alternatives of a union.
    pub fn union_no_match(loc: &Loc) -> Self {
        Self::new(
            loc,
            "union_no_match",
            "Input should match one of the allowed schemas",
        )
    }

    /// `extra_forbidden`: a property the schema does not allow.
    pub fn extra_forbidden(loc: &Loc) -> Self {
        Self::new(loc, "extra_forbidden", "Extra inputs are not permitted")
    }
}

/// Pydantic's list of expected values: `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`.
fn expected_list<T: Display>(allowed: &[T]) -> String {
    let quoted: Vec<String> = allowed.iter().map(|value| format!("'{value}'")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        noun.to_owned()
    } else {
        format!("{noun}s")
    }
}

/// Every problem found in one request, in the order they were found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems(Vec<Problem>, /* body unparsable */ bool);

impl Problems {
    /// No problems yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records one more problem.
    pub fn push(&mut self, problem: Problem) {
        self.0.push(problem);
    }

    /// Records several problems.
    pub fn extend(&mut self, problems: impl IntoIterator<Item = Problem>) {
        self.0.extend(problems);
    }

    /// Whether nothing was wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty() && !self.1
    }

    /// Records that the body could not be parsed at all (a malformed multipart body):
    /// FastAPI answers that 400 "There was an error parsing the body", not 422.
    pub fn body_unparsable(&mut self) {
        self.1 = true;
    }

    /// Whether [`Problems::body_unparsable`] was recorded.
    pub fn is_body_unparsable(&self) -> bool {
        self.1
    }

    /// How many problems were found.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The problems, in the order they were found.
    pub fn as_slice(&self) -> &[Problem] {
        &self.0
    }

    /// `Ok(value)` when nothing was wrong, else the problems.
    pub fn into_result<T>(self, value: T) -> Result<T, Self> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }

    /// The 422 body.
    pub fn into_body(self) -> ValidationErrorBody {
        ValidationErrorBody { detail: self.0 }
    }
}

impl IntoIterator for Problems {
    type Item = Problem;
    type IntoIter = std::vec::IntoIter<Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl From<Problem> for Problems {
    fn from(problem: Problem) -> Self {
        Self(vec![problem], false)
    }
}

/// FastAPI's 422 body: `{"detail": [problem, ...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidationErrorBody {
    /// Every problem of the request.
    pub detail: Vec<Problem>,
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{Loc, Problem, Problems};

    #[test]
    fn serialises_like_fastapi() {
        let mut problems = Problems::new();
        problems.push(Problem::missing(&Loc::body().key("name")));
        problems.push(Problem::json_invalid(7));
        let body = serde_json::to_value(problems.into_body()).ok();
        assert_eq!(
            body,
            Some(json!({"detail": [
                {"loc": ["body", "name"], "msg": "Field required", "type": "missing"},
                {"loc": ["body", 7], "msg": "JSON decode error", "type": "json_invalid"},
            ]}))
        );
    }

    #[test]
    fn nested_locations_keep_their_steps() {
        let loc = Loc::body().key("items").index(2).key("start");
        assert_eq!(
            serde_json::to_value(Problem::string_type(&loc).loc).ok(),
            Some(json!(["body", "items", 2, "start"]))
        );
    }

    #[test]
    fn enum_message_lists_values_as_pydantic_does() {
        let loc = Loc::body();
        let three = Problem::enumeration(&loc, &["manual", "round_robin", "load_balanced"]);
        assert_eq!(
            three.msg,
            "Input should be 'manual', 'round_robin' or 'load_balanced'"
        );
        assert_eq!(
            Problem::enumeration(&loc, &["a", "b"]).msg,
            "Input should be 'a' or 'b'"
        );
        assert_eq!(
            Problem::enumeration(&loc, &["a"]).msg,
            "Input should be 'a'"
        );
    }

    #[test]
    fn length_messages_use_singular_and_plural() {
        let loc = Loc::body();
        assert_eq!(
            Problem::string_too_short(&loc, 1).msg,
            "String should have at least 1 character"
        );
        assert_eq!(
            Problem::string_too_long(&loc, 100).msg,
            "String should have at most 100 characters"
        );
        assert_eq!(
            Problem::too_short(&loc, 2, 1).msg,
            "List should have at least 2 items after validation, not 1"
        );
    }

    #[test]
    fn into_result_reports_only_when_something_is_wrong() {
        assert_eq!(Problems::new().into_result(5), Ok(5));
        let problems = Problems::from(Problem::missing(&Loc::body()));
        assert_eq!(problems.clone().into_result(5), Err(problems));
    }
}
