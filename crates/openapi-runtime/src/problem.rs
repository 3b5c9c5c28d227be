//! Validation problems in FastAPI's shape and Pydantic v2's vocabulary.
//!
//! A [`Problem`] is one entry of a 422 body: what (`type`), where (`loc`), a readable
//! message (`msg`) worded as Pydantic words it, the value it is about (`input`) and the
//! constraint's parameters (`ctx`, as Pydantic names them). [`Problems`] collects every
//! problem of a request so that the client learns about all of them at once.
//!
//! Checks record a problem where they find it, without its `input`: the value is looked
//! up afterwards, only when a request fails, from the problem's `loc`
//! ([`Problems::resolve_inputs`] for a body, `pipeline` for parameters). So the checks of
//! a valid request never copy a value.

use std::fmt::Display;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

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

/// One validation problem, serialised as FastAPI does:
/// `{"type", "loc", "msg", "input", "ctx"}`, `ctx` only for kinds that have one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Pydantic's error type (`missing`, `string_too_short`, ...).
    #[serde(rename = "type")]
    pub kind: String,
    /// Where the problem is.
    pub loc: Vec<LocItem>,
    /// Pydantic's message for this kind of problem.
    pub msg: String,
    /// The value the problem is about, as received: the parameter's text, the JSON value,
    /// or for `missing` the object the property is missing from (`null` for a missing
    /// parameter or body). `None` (not serialised) until it is resolved from `loc`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Value>,
    /// The constraint's parameters (`{"min_length": 1}`, `{"ge": 0}`, `{"expected": ...}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ctx: Option<Map<String, Value>>,
}

impl Problem {
    /// A problem of any kind, with its message.
    pub fn new(loc: &Loc, kind: &str, msg: impl Into<String>) -> Self {
        Self {
            kind: kind.to_owned(),
            loc: loc.items().to_vec(),
            msg: msg.into(),
            input: None,
            ctx: None,
        }
    }

    /// This problem with one more `ctx` entry.
    pub fn with_ctx(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.ctx
            .get_or_insert_with(Map::new)
            .insert(key.to_owned(), value.into());
        self
    }

    /// This problem about `input` (a value the check already holds, such as a whole
    /// body that is not JSON).
    pub fn with_input(mut self, input: impl Into<Value>) -> Self {
        self.input = Some(input.into());
        self
    }

    /// `missing`: a required property or parameter is absent.
    pub fn missing(loc: &Loc) -> Self {
        Self::new(loc, "missing", "Field required")
    }

    /// `json_invalid`: the body is not JSON; `offset` is Python's character position and
    /// `error` Python's message (`Expecting value`), which FastAPI puts in `ctx` (with `{}`
    /// as the input).
    pub fn json_invalid(offset: usize, error: &str) -> Self {
        Self::new(
            &Loc::body().index(offset),
            "json_invalid",
            "JSON decode error",
        )
        .with_input(Map::new())
        .with_ctx("error", error)
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
        let expected = expected_list(allowed);
        Self::new(loc, "enum", format!("Input should be {expected}")).with_ctx("expected", expected)
    }

    /// `literal_error`: a value different from a `const`.
    pub fn literal_error<T: Display>(loc: &Loc, allowed: &[T]) -> Self {
        let expected = expected_list(allowed);
        Self::new(loc, "literal_error", format!("Input should be {expected}"))
            .with_ctx("expected", expected)
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
        .with_ctx("min_length", min_length)
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
        .with_ctx("max_length", max_length)
    }

    /// `string_pattern_mismatch`: the string does not match `pattern`.
    pub fn string_pattern_mismatch(loc: &Loc, pattern: &str) -> Self {
        Self::new(
            loc,
            "string_pattern_mismatch",
            format!("String should match pattern '{pattern}'"),
        )
        .with_ctx("pattern", pattern)
    }

    /// `greater_than_equal`: below `minimum`; `bound` is written as the document writes it.
    pub fn greater_than_equal(loc: &Loc, bound: &str) -> Self {
        Self::new(
            loc,
            "greater_than_equal",
            format!("Input should be greater than or equal to {bound}"),
        )
        .with_ctx("ge", bound_value(bound))
    }

    /// `less_than_equal`: above `maximum`.
    pub fn less_than_equal(loc: &Loc, bound: &str) -> Self {
        Self::new(
            loc,
            "less_than_equal",
            format!("Input should be less than or equal to {bound}"),
        )
        .with_ctx("le", bound_value(bound))
    }

    /// `greater_than`: not above `exclusiveMinimum`.
    pub fn greater_than(loc: &Loc, bound: &str) -> Self {
        Self::new(
            loc,
            "greater_than",
            format!("Input should be greater than {bound}"),
        )
        .with_ctx("gt", bound_value(bound))
    }

    /// `less_than`: not below `exclusiveMaximum`.
    pub fn less_than(loc: &Loc, bound: &str) -> Self {
        Self::new(
            loc,
            "less_than",
            format!("Input should be less than {bound}"),
        )
        .with_ctx("lt", bound_value(bound))
    }

    /// `multiple_of`: not a multiple of `multipleOf`.
    pub fn multiple_of(loc: &Loc, divisor: &str) -> Self {
        Self::new(
            loc,
            "multiple_of",
            format!("Input should be a multiple of {divisor}"),
        )
        .with_ctx("multiple_of", bound_value(divisor))
    }

    /// `too_short`: fewer items than `minItems`.
    pub fn too_short(loc: &Loc, min_length: usize, actual: usize) -> Self {
        Self::new(
            loc,
            "too_short",
            format!(
                "List should have at least {min_length} {} after validation, not {actual}",
                plural(min_length, "item")
            ),
        )
        .with_ctx("field_type", "List")
        .with_ctx("min_length", min_length)
        .with_ctx("actual_length", actual)
    }

    /// `too_long`: more items than `maxItems`.
    pub fn too_long(loc: &Loc, max_length: usize, actual: usize) -> Self {
        Self::new(
            loc,
            "too_long",
            format!(
                "List should have at most {max_length} {} after validation, not {actual}",
                plural(max_length, "item")
            ),
        )
        .with_ctx("field_type", "List")
        .with_ctx("max_length", max_length)
        .with_ctx("actual_length", actual)
    }

    /// `datetime_parsing`: not an RFC 3339 date-time; `reason` says what is wrong.
    pub fn datetime_parsing(loc: &Loc, reason: &str) -> Self {
        Self::new(
            loc,
            "datetime_parsing",
            format!("Input should be a valid datetime, {reason}"),
        )
        .with_ctx("error", reason)
    }

    /// `datetime_from_date_parsing`: a date-time whose date part is invalid.
    pub fn datetime_from_date_parsing(loc: &Loc, reason: &str) -> Self {
        Self::new(
            loc,
            "datetime_from_date_parsing",
            format!("Input should be a valid datetime or date, {reason}"),
        )
        .with_ctx("error", reason)
    }

    /// `date_parsing`: not a `YYYY-MM-DD` date.
    pub fn date_parsing(loc: &Loc, reason: &str) -> Self {
        Self::new(
            loc,
            "date_parsing",
            format!("Input should be a valid date in the format YYYY-MM-DD, {reason}"),
        )
        .with_ctx("error", reason)
    }

    /// `uuid_parsing`: not a UUID.
    pub fn uuid_parsing(loc: &Loc, reason: &str) -> Self {
        Self::new(
            loc,
            "uuid_parsing",
            format!("Input should be a valid UUID, {reason}"),
        )
        .with_ctx("error", reason)
    }

    /// `value_error`: a rule beyond the schema (the message explains it).
    pub fn value_error(loc: &Loc, message: &str) -> Self {
        Self::new(loc, "value_error", format!("Value error, {message}")).with_ctx("error", message)
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
        .with_ctx("discriminator", format!("'{discriminator}'"))
        .with_ctx("tag", tag)
        .with_ctx("expected_tags", expected)
    }

    /// `union_tag_not_found`: the discriminator property is missing.
    pub fn union_tag_not_found(loc: &Loc, discriminator: &str) -> Self {
        Self::new(
            loc,
            "union_tag_not_found",
            format!("Unable to extract tag using discriminator '{discriminator}'"),
        )
        .with_ctx("discriminator", format!("'{discriminator}'"))
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

/// A bound as a JSON number for `ctx` (`0`, `0.5`); `bound` is the number as the document
/// writes it, kept as text if it is not one.
fn bound_value(bound: &str) -> Value {
    serde_json::from_str::<serde_json::Number>(bound)
        .map_or_else(|_| Value::from(bound), Value::Number)
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

/// The value at `steps` inside `value`, as Pydantic reports a problem's input. A step the
/// value does not have is the name of a missing property or the label of a union's
/// alternative (`["body", "u", "int"]`): it is passed over, so the input is the object the
/// property is missing from, or the value the alternative was tried on.
fn value_at<'v>(mut value: &'v Value, steps: &[LocItem]) -> &'v Value {
    for step in steps {
        let next = match step {
            LocItem::Key(key) => value.as_object().and_then(|object| object.get(key)),
            LocItem::Index(index) => value.as_array().and_then(|items| items.get(*index)),
        };
        if let Some(next) = next {
            value = next;
        }
    }
    value
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

    /// Gives each problem recorded since `since` under `root` (`body`) that has no input
    /// yet the value it is about, found in `value` (what `root` holds) along its `loc`.
    pub fn resolve_inputs(&mut self, since: usize, root: &str, value: &Value) {
        for problem in self.unresolved(since) {
            if let Some((LocItem::Key(first), steps)) = problem.loc.split_first()
                && first == root
            {
                problem.input = Some(value_at(value, steps).clone());
            }
        }
    }

    /// The problems recorded since `since` whose input is not resolved yet.
    pub fn unresolved(&mut self, since: usize) -> impl Iterator<Item = &mut Problem> {
        self.0
            .iter_mut()
            .skip(since)
            .filter(|problem| problem.input.is_none())
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
        problems.push(Problem::missing(&Loc::body().key("name")).with_input(json!({})));
        problems.push(Problem::json_invalid(7, "Expecting value"));
        problems.push(Problem::string_too_short(&Loc::body().key("name"), 1).with_input(""));
        let body = serde_json::to_string(&problems.into_body()).unwrap_or_default();
        assert_eq!(
            body,
            concat!(
                r#"{"detail":["#,
                r#"{"type":"missing","loc":["body","name"],"msg":"Field required","input":{}},"#,
                r#"{"type":"json_invalid","loc":["body",7],"msg":"JSON decode error","input":{},"ctx":{"error":"Expecting value"}},"#,
                r#"{"type":"string_too_short","loc":["body","name"],"msg":"String should have at least 1 character","input":"","ctx":{"min_length":1}}"#,
                "]}"
            )
        );
    }

    #[test]
    fn an_unresolved_input_is_left_out() {
        let body = serde_json::to_value(Problem::int_type(&Loc::body())).ok();
        assert_eq!(
            body,
            Some(
                json!({"type": "int_type", "loc": ["body"], "msg": "Input should be a valid integer"})
            )
        );
    }

    #[test]
    fn ctx_carries_the_constraint_as_pydantic_names_it() {
        let loc = Loc::body();
        let ctx = |problem: Problem| serde_json::to_value(problem.ctx).ok();
        assert_eq!(
            ctx(Problem::greater_than_equal(&loc, "1")),
            Some(json!({"ge": 1}))
        );
        assert_eq!(
            ctx(Problem::less_than(&loc, "10.5")),
            Some(json!({"lt": 10.5}))
        );
        assert_eq!(
            ctx(Problem::multiple_of(&loc, "0.5")),
            Some(json!({"multiple_of": 0.5}))
        );
        assert_eq!(
            ctx(Problem::too_long(&loc, 2, 3)),
            Some(json!({"field_type": "List", "max_length": 2, "actual_length": 3}))
        );
        assert_eq!(
            ctx(Problem::enumeration(&loc, &["a", "b"])),
            Some(json!({"expected": "'a' or 'b'"}))
        );
        assert_eq!(
            ctx(Problem::union_tag_invalid(&loc, "c", "kind", &["a", "b"])),
            Some(json!({"discriminator": "'kind'", "tag": "c", "expected_tags": "'a', 'b'"}))
        );
        assert_eq!(ctx(Problem::int_parsing(&loc)), Some(json!(null)));
    }

    #[test]
    fn inputs_are_found_along_the_loc() {
        let body = json!({"day": {"start": "1"}, "tags": ["a", 3], "u": []});
        let mut problems = Problems::new();
        problems.push(Problem::string_type(&Loc::root("query").key("q")));
        let since = problems.len();
        problems.push(Problem::missing(&Loc::body().key("day").key("end")));
        problems.push(Problem::string_type(&Loc::body().key("tags").index(1)));
        // A union alternative's label is not a step into the value.
        problems.push(Problem::int_type(&Loc::body().key("u").key("int")));
        problems.push(Problem::model_attributes_type(&Loc::body()));
        problems.push(Problem::json_invalid(3, "Expecting value"));
        problems.resolve_inputs(since, "body", &body);
        let inputs: Vec<_> = problems
            .as_slice()
            .iter()
            .map(|p| p.input.clone())
            .collect();
        assert_eq!(
            inputs,
            vec![
                None,
                Some(json!({"start": "1"})),
                Some(json!(3)),
                Some(json!([])),
                Some(body.clone()),
                Some(json!({})),
            ]
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
