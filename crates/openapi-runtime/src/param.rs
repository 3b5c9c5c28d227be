//! Path, query, header and cookie parameters: decoding and parsing from text.
//!
//! Parameters arrive as text and are parsed as Pydantic parses text in lax mode: integers
//! in decimal (surrounding whitespace allowed; beyond `i64` is `int_parsing`), numbers,
//! and booleans in any of Pydantic's spellings.

#[cfg(feature = "server")]
use actix_web::HttpRequest;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::check;

#[cfg(feature = "server")]
use crate::problem::LocItem;
use crate::problem::{Loc, Problem, Problems};

mod styled;

pub use crate::style::Style;
pub use styled::{
    Escaping, Field, ObjectShape, Raw, Scalar, array, json, object, query_array, query_object,
    scalar, split_segment,
};
#[cfg(feature = "server")]
pub use styled::{PathSlot, path_part, path_raw};

/// Decoded `application/x-www-form-urlencoded` pairs (a query string or a form body),
/// in order, repeated keys kept, with each value as it was sent (still escaped) for the
/// styles whose delimiters are only delimiters when not escaped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormPairs {
    pairs: Vec<(String, String)>,
    raw_values: Vec<String>,
}

impl FormPairs {
    /// Decodes `a=1&b=x+y&a=%C3%A9`: `+` is a space, `%XX` a byte, invalid UTF-8 becomes
    /// U+FFFD, and a pair without `=` has an empty value (as Python's `parse_qsl` with
    /// `keep_blank_values`).
    pub fn parse(encoded: &str) -> Self {
        let mut pairs = Vec::new();
        let mut raw_values = Vec::new();
        for pair in encoded.split('&').filter(|pair| !pair.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            pairs.push((decode_component(key), decode_component(value)));
            raw_values.push(value.to_owned());
        }
        Self { pairs, raw_values }
    }

    /// The query string of a request.
    #[cfg(feature = "server")]
    pub fn from_query(req: &HttpRequest) -> Self {
        Self::parse(req.query_string())
    }

    /// The last value of `key`, as Starlette picks it for a single-valued parameter.
    pub fn last(&self, key: &str) -> Option<&str> {
        self.last_index(key)
            .and_then(|index| self.pairs.get(index))
            .map(|(_, value)| value.as_str())
    }

    /// The last value of `key` as sent, escapes not decoded (`a,b%2Cc`).
    pub fn last_raw(&self, key: &str) -> Option<&str> {
        self.last_index(key)
            .and_then(|index| self.raw_values.get(index))
            .map(String::as_str)
    }

    fn last_index(&self, key: &str) -> Option<usize> {
        self.pairs.iter().rposition(|(k, _)| k == key)
    }

    /// Every value of `key`, in order (a repeated parameter such as `?tag=a&tag=b`).
    pub fn all(&self, key: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, value)| value.as_str())
            .collect()
    }

    /// The pairs, in order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }
}

fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|pair| std::str::from_utf8(pair).ok())
                    .and_then(|pair| u8::from_str_radix(pair, 16).ok());
                if let Some(decoded) = hex {
                    out.push(decoded);
                    i += 2;
                } else {
                    out.push(b'%');
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A header's value (names are case-insensitive); bytes that are not UTF-8 are read as
/// Latin-1, as Starlette does.
#[cfg(feature = "server")]
pub fn header(req: &HttpRequest, name: &str) -> Option<String> {
    req.headers()
        .get(name)
        .map(|value| value.as_bytes().iter().map(|&b| char::from(b)).collect())
}

/// Every value of a repeated header, in order.
#[cfg(feature = "server")]
pub fn header_all(req: &HttpRequest, name: &str) -> Vec<String> {
    req.headers()
        .get_all(name)
        .map(|value| value.as_bytes().iter().map(|&b| char::from(b)).collect())
        .collect()
}

/// A cookie's value, from the `Cookie` headers (`name=value; other=value`), with its
/// `%XX` escapes decoded (`form` style percent-encodes, as the generated client does;
/// a value without escapes, such as a session token, reads as it is).
#[cfg(feature = "server")]
pub fn cookie(req: &HttpRequest, name: &str) -> Option<String> {
    cookie_raw(req, name).map(|raw| decode_path_segment(&raw))
}

/// A cookie's value as sent (surrounding double quotes removed, escapes kept), for the
/// styles whose delimiters are only delimiters when not escaped.
#[cfg(feature = "server")]
pub fn cookie_raw(req: &HttpRequest, name: &str) -> Option<String> {
    header_all(req, "cookie").iter().find_map(|line| {
        line.split(';').find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then(|| value.trim_matches('"').to_owned())
        })
    })
}

/// A header parameter holding a list: every line of the header, joined with `,` as
/// HTTP combines repeated fields (`None` when there is none).
#[cfg(feature = "server")]
pub fn header_list(req: &HttpRequest, name: &str) -> Option<String> {
    let lines = header_all(req, name);
    (!lines.is_empty()).then(|| lines.join(","))
}

/// A path segment captured by the router, percent-decoded. The router decodes every
/// escape except `%25`, `%2F` and `%2B` (so that they cannot change how the path splits),
/// which leaves those three to decode here: a value sent as `a%2Fb` is `a/b`.
#[cfg(feature = "server")]
pub fn path(req: &HttpRequest, name: &str) -> Option<String> {
    req.match_info().get(name).map(decode_path_segment)
}

/// Gives every problem of a failed request that has no input yet the input FastAPI
/// reports: for a query, header or cookie parameter, its text as received (`"0"` for a
/// query bound, not the parsed number; an array item's own text), `null` when the
/// parameter is absent; `null` for anything else found missing (the body, a path value).
/// Path values got theirs while parsed ([`path_inputs`]).
#[cfg(feature = "server")]
pub fn resolve_inputs(problems: &mut Problems, req: &HttpRequest) {
    let mut query: Option<FormPairs> = None;
    for problem in problems.unresolved(0) {
        let input = match problem.loc.as_slice() {
            [LocItem::Key(root), LocItem::Key(name), rest @ ..] => {
                let item = match rest.first() {
                    Some(LocItem::Index(index)) => Some(*index),
                    _ => None,
                };
                match root.as_str() {
                    "query" => {
                        let query = query.get_or_insert_with(|| FormPairs::from_query(req));
                        let values: Vec<String> =
                            query.all(name).into_iter().map(str::to_owned).collect();
                        Some(if values.is_empty() {
                            Value::Null
                        } else {
                            item_text(values, item)
                        })
                    }
                    "header" => Some(
                        header_list(req, name)
                            .map_or(Value::Null, |text| item_text(vec![text], item)),
                    ),
                    "cookie" => Some(
                        cookie(req, name).map_or(Value::Null, |text| item_text(vec![text], item)),
                    ),
                    _ => None,
                }
            }
            _ => None,
        };
        problem.input = match input {
            Some(input) => Some(input),
            None if problem.kind == "missing" => Some(Value::Null),
            None => None,
        };
    }
}

/// Gives the problems recorded since `before` while parsing a path parameter (the one
/// the router calls `route_name`, at `slot` of the template) its text, percent-decoded, or
/// the text of the item a problem is about.
#[cfg(feature = "server")]
pub fn path_inputs(
    req: &HttpRequest,
    route_name: &str,
    slot: Option<&PathSlot>,
    problems: &mut Problems,
    before: usize,
) {
    if problems.len() == before {
        return;
    }
    let Some(text) = path_part(req, route_name, slot) else {
        return;
    };
    for problem in problems.unresolved(before) {
        let item = match problem.loc.get(2) {
            Some(LocItem::Index(index)) => Some(*index),
            _ => None,
        };
        problem.input = Some(item_text(vec![text.clone()], item));
    }
}

/// A parameter's text, or the text of its item `item`: the item-th of repeated values, or
/// of the comma-separated items of a single value, or else the whole text.
#[cfg(feature = "server")]
fn item_text(mut values: Vec<String>, item: Option<usize>) -> Value {
    let Some(index) = item else {
        return Value::from(values.pop().unwrap_or_default());
    };
    if values.len() > 1 {
        return values.get(index).cloned().map_or(Value::Null, Value::from);
    }
    let text = values.pop().unwrap_or_default();
    match split_commas(&text).get(index) {
        Some(part) => Value::from(*part),
        None => Value::from(text),
    }
}

/// Decodes `%XX` escapes (a `+` stays a `+` in a path); invalid UTF-8 becomes U+FFFD.
pub fn decode_path_segment(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let escaped = (byte == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .filter(|pair| pair.iter().all(u8::is_ascii_hexdigit))
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .and_then(|pair| u8::from_str_radix(pair, 16).ok());
        match escaped {
            Some(decoded) => {
                out.push(decoded);
                i += 3;
            }
            None => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits the `form` style's comma-separated array (`?ids=1,2,3` with `explode: false`).
pub fn split_commas(text: &str) -> Vec<&str> {
    if text.is_empty() {
        Vec::new()
    } else {
        text.split(',').collect()
    }
}

/// An integer parameter: decimal, optional sign, surrounding whitespace allowed.
pub fn integer(text: &str, loc: &Loc, problems: &mut Problems) -> Option<i64> {
    let parsed = text.trim().parse::<i64>().ok();
    if parsed.is_none() {
        problems.push(Problem::int_parsing(loc));
    }
    parsed
}

/// An integer parameter of a narrower type (`int32`, `uint64`, ...).
pub fn integer_as<T: std::str::FromStr>(
    text: &str,
    loc: &Loc,
    problems: &mut Problems,
) -> Option<T> {
    let parsed = text.trim().parse::<T>().ok();
    if parsed.is_none() {
        problems.push(Problem::int_parsing(loc));
    }
    parsed
}

/// A number parameter (`inf` and `nan` spellings accepted, as Python's `float()` does).
pub fn number(text: &str, loc: &Loc, problems: &mut Problems) -> Option<f64> {
    let parsed = text.trim().parse::<f64>().ok();
    if parsed.is_none() {
        problems.push(Problem::float_parsing(loc));
    }
    parsed
}

/// A boolean parameter: Pydantic's spellings, case-insensitive.
pub fn boolean(text: &str, loc: &Loc, problems: &mut Problems) -> Option<bool> {
    let parsed = match text.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" | "t" | "y" => Some(true),
        "false" | "0" | "no" | "off" | "f" | "n" => Some(false),
        _ => None,
    };
    if parsed.is_none() {
        problems.push(Problem::bool_parsing(loc));
    }
    parsed
}

/// A date-time parameter (RFC 3339).
pub fn date_time(
    text: &str,
    loc: &Loc,
    problems: &mut Problems,
) -> Option<chrono::DateTime<chrono::Utc>> {
    if !check::date_time(text, loc, problems) {
        return None;
    }
    chrono::DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|parsed| parsed.with_timezone(&chrono::Utc))
}

/// A date parameter (`YYYY-MM-DD`).
pub fn date(text: &str, loc: &Loc, problems: &mut Problems) -> Option<chrono::NaiveDate> {
    if !check::date(text, loc, problems) {
        return None;
    }
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// A parameter of a string enumeration type `T`: one of `allowed` (`enum` otherwise).
pub fn enumeration<T: DeserializeOwned>(
    text: &str,
    allowed: &[&str],
    loc: &Loc,
    problems: &mut Problems,
) -> Option<T> {
    if !check::one_of(text, allowed, loc, problems) {
        return None;
    }
    typed(Value::String(text.to_owned()), loc, problems)
}

/// A parameter whose type is not a scalar (an object or array passed as text): read as
/// JSON, or as a plain string when it is not JSON, then converted to `T`.
pub fn structured<T: DeserializeOwned>(
    text: &str,
    loc: &Loc,
    problems: &mut Problems,
) -> Option<T> {
    let value =
        serde_json::from_str::<Value>(text).unwrap_or_else(|_| Value::String(text.to_owned()));
    typed(value, loc, problems)
}

/// Converts an already validated value to its Rust type; a value the type still refuses
/// is a `value_error` at `loc`, never a panic.
pub fn typed<T: DeserializeOwned>(value: Value, loc: &Loc, problems: &mut Problems) -> Option<T> {
    match serde_json::from_value(value) {
        Ok(typed) => Some(typed),
        Err(error) => {
            problems.push(Problem::value_error(loc, &error.to_string()));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{FormPairs, boolean, integer, number, split_commas};
    use crate::problem::{Loc, Problems};

    #[cfg(feature = "server")]
    #[test]
    fn parameter_problems_get_the_text_as_sent() {
        use crate::problem::Problem;
        use serde_json::{Value, json};
        let req = actix_web::test::TestRequest::get()
            .uri("/items?limit=0&ids=1&ids=x&tags=a,b,c&limit=101")
            .insert_header(("X-Rate", "fast"))
            .insert_header(("cookie", "session=abc; theme=dark%20blue"))
            .to_http_request();
        let query = |name: &str| Loc::param("query", name);
        let mut problems = Problems::new();
        problems.push(Problem::less_than_equal(&query("limit"), "100"));
        problems.push(Problem::int_parsing(&query("ids").index(1)));
        problems.push(Problem::string_too_long(&query("tags").index(2), 0));
        problems.push(Problem::missing(&query("page")));
        problems.push(Problem::int_parsing(&Loc::param("header", "X-Rate")));
        problems.push(Problem::string_too_short(
            &Loc::param("cookie", "theme"),
            20,
        ));
        problems.push(Problem::missing(&Loc::param("cookie", "token")));
        problems.push(Problem::missing(&Loc::body()));
        problems.push(Problem::int_parsing(&Loc::param("path", "id")));
        super::resolve_inputs(&mut problems, &req);
        let inputs: Vec<Option<Value>> = problems.into_iter().map(|p| p.input).collect();
        assert_eq!(
            inputs,
            vec![
                // The last of a repeated single-valued parameter, as Starlette picks it.
                Some(json!("101")),
                Some(json!("x")),
                Some(json!("c")),
                Some(Value::Null),
                Some(json!("fast")),
                Some(json!("dark blue")),
                Some(Value::Null),
                Some(Value::Null),
                // Path values are resolved while parsed (`path_inputs`), by route name.
                None,
            ]
        );
    }

    #[test]
    fn path_segments_decode_escapes_but_not_plus() {
        use super::decode_path_segment;
        assert_eq!(decode_path_segment("a%2Fb%25c+d"), "a/b%c+d");
        assert_eq!(decode_path_segment("caf%C3%A9"), "café");
        assert_eq!(decode_path_segment("100%"), "100%");
        assert_eq!(decode_path_segment("%zz%2"), "%zz%2");
        assert_eq!(decode_path_segment("%+1"), "%+1");
    }

    #[test]
    fn form_decoding_keeps_repeated_keys_and_decodes_escapes() {
        let pairs = FormPairs::parse("a=1&b=x+y&a=%C3%A9&flag&bad=%zz&&c=%FF");
        assert_eq!(pairs.last("a"), Some("é"));
        assert_eq!(pairs.all("a"), vec!["1", "é"]);
        assert_eq!(pairs.last("b"), Some("x y"));
        assert_eq!(pairs.last("flag"), Some(""));
        assert_eq!(pairs.last("bad"), Some("%zz"));
        assert_eq!(pairs.last("c"), Some("\u{fffd}"));
        assert_eq!(pairs.last("missing"), None);
        assert_eq!(pairs.pairs().len(), 6);
    }

    #[test]
    fn integers_parse_within_64_bits_only() {
        let loc = Loc::param("path", "channel_id");
        let mut problems = Problems::new();
        assert_eq!(integer(" 42 ", &loc, &mut problems), Some(42));
        assert_eq!(
            integer("-9223372036854775808", &loc, &mut problems),
            Some(i64::MIN)
        );
        assert!(problems.is_empty());
        for bad in ["9223372036854775808", "abc", "1.5", "", "0x10"] {
            assert_eq!(integer(bad, &loc, &mut problems), None, "{bad}");
        }
        assert_eq!(problems.len(), 5);
        assert!(problems.as_slice().iter().all(|p| p.kind == "int_parsing"
            && p.msg == "Input should be a valid integer, unable to parse string as an integer"));
    }

    #[test]
    fn booleans_accept_pydantic_spellings() {
        let loc = Loc::param("query", "is_active");
        let mut problems = Problems::new();
        for yes in ["true", "TRUE", "1", "yes", "On", "t", "Y"] {
            assert_eq!(boolean(yes, &loc, &mut problems), Some(true), "{yes}");
        }
        for no in ["false", "0", "No", "off", "F", "n"] {
            assert_eq!(boolean(no, &loc, &mut problems), Some(false), "{no}");
        }
        assert!(problems.is_empty());
        assert_eq!(boolean("maybe", &loc, &mut problems), None);
        assert_eq!(problems.as_slice()[0].kind, "bool_parsing");
    }

    #[test]
    fn numbers_and_comma_lists() {
        let loc = Loc::param("query", "x");
        let mut problems = Problems::new();
        assert_eq!(number("2.5", &loc, &mut problems), Some(2.5));
        assert_eq!(number("x", &loc, &mut problems), None);
        assert_eq!(problems.as_slice()[0].kind, "float_parsing");
        assert_eq!(split_commas("1,2,,3"), vec!["1", "2", "", "3"]);
        assert!(split_commas("").is_empty());
    }
}
