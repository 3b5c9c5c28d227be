//! Arrays, objects and prefixed values in every `style` and `explode` combination of
//! OpenAPI 3.0/3.1 ("Style Values"), read as the generated client writes them
//! (`client::encode`): delimiters literal, items percent-encoded (RFC 3986).
//!
//! Each reader answers a [`Raw`] value: absent, the items as text (escapes decoded, not
//! yet parsed into their types), or invalid, after recording one problem at the
//! parameter's `loc`. Nothing a client sends panics here.
//!
//! Where a delimiter has no escape of its own (`spaceDelimited`, `pipeDelimited`: a
//! space or `|` inside an item is sent as the same `%20` or `%7C` as the delimiter) the
//! value is decoded first and then split; the client refuses items holding their
//! style's delimiter rather than send something that would be read differently.

use serde_json::{Map, Value};

use super::{FormPairs, decode_component, decode_path_segment};
use crate::problem::{Loc, Problem, Problems};
use crate::style::Style;

/// A parameter's value as found in the request, before its items are parsed.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw<T> {
    /// Not in the request.
    Absent,
    /// The value's items (or text), escapes decoded.
    Value(T),
    /// In the request, but not written in the parameter's style; the problem is recorded.
    Invalid,
}

/// How the text of a path segment, a header or a cookie is unescaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escaping {
    /// `%XX` escapes, decoded after splitting (path segments and cookies).
    Percent,
    /// None (header values are sent as they are); items lose the optional white space
    /// that HTTP lists allow around their commas.
    Header,
}

impl Escaping {
    fn unescape(self, text: &str) -> String {
        match self {
            Self::Percent => decode_path_segment(text),
            Self::Header => text.trim_matches([' ', '\t']).to_owned(),
        }
    }
}

/// How a property of an object parameter is read from text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    /// As text (strings, enums, dates: their checks run on the text).
    Text,
    /// A decimal integer (`int_parsing` otherwise).
    Integer,
    /// A number (`float_parsing` otherwise).
    Number,
    /// A boolean in Pydantic's spellings (`bool_parsing` otherwise).
    Boolean,
    /// JSON (a nested array or object, which the client sends as JSON text), or the
    /// text as a string when it is not JSON.
    Json,
}

/// A declared property of an object parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub scalar: Scalar,
}

/// What an object parameter holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ObjectShape {
    /// The declared properties.
    pub fields: &'static [Field],
    /// How other keys are read when the object takes them (a map, `additionalProperties`
    /// with a schema); `None` for an object of declared properties, whose other keys are
    /// read as text (and refused or ignored by its checks).
    pub others: Option<Scalar>,
    /// `form`, exploded: the operation's other query parameters (and query API keys),
    /// which are not keys of an object that takes other keys.
    pub excluded: &'static [&'static str],
}

impl ObjectShape {
    fn scalar(&self, key: &str) -> Scalar {
        self.fields
            .iter()
            .find(|field| field.name == key)
            .map(|field| field.scalar)
            .or(self.others)
            .unwrap_or(Scalar::Text)
    }

    /// Whether a query key is one of the object's, for `form` style exploded.
    fn owns(&self, key: &str) -> bool {
        self.fields.iter().any(|field| field.name == key)
            || (self.others.is_some() && !self.excluded.contains(&key))
    }
}

/// The items of a query array in its style (`Absent` when the parameter is not sent).
/// `form` exploded: one item per repetition (`?id=1&id=2`); `form` not exploded: the
/// value split at its literal commas, each item decoded (`%2C` is a comma inside an
/// item); `spaceDelimited`, `pipeDelimited`: the decoded value split at spaces or `|`.
/// A present, empty value (`?id=`) is an empty array, except for exploded `form`, where
/// it is one empty item.
pub fn query_array(query: &FormPairs, name: &str, style: Style, explode: bool) -> Raw<Vec<String>> {
    match (style, explode) {
        (Style::Form, true) => {
            let items = query.all(name);
            if items.is_empty() {
                Raw::Absent
            } else {
                Raw::Value(items.into_iter().map(str::to_owned).collect())
            }
        }
        (Style::SpaceDelimited | Style::PipeDelimited, _) => match query.last(name) {
            None => Raw::Absent,
            Some(text) => Raw::Value(split(text, delimiter(style)).map(str::to_owned).collect()),
        },
        _ => match query.last_raw(name) {
            None => Raw::Absent,
            Some(raw) => Raw::Value(split(raw, ',').map(decode_component).collect()),
        },
    }
}

/// A query object in its style, as JSON with its properties read as `shape` says (a
/// property that does not parse is recorded at its key, and the object is `Invalid`).
/// `form` exploded: each property is a query parameter of its own (`?min=1&max=2`);
/// `form` not exploded: `?range=min,1,max,2`; `spaceDelimited`, `pipeDelimited`: the
/// same pairs with their delimiter; `deepObject`: `?range[min]=1&range[max]=2`.
pub fn query_object(
    query: &FormPairs,
    name: &str,
    style: Style,
    explode: bool,
    shape: &ObjectShape,
    loc: &Loc,
    problems: &mut Problems,
) -> Raw<Value> {
    let pairs = match (style, explode) {
        (Style::Form, true) => {
            let pairs: Vec<(String, String)> = query
                .pairs()
                .iter()
                .filter(|(key, _)| shape.owns(key))
                .cloned()
                .collect();
            if pairs.is_empty() {
                return Raw::Absent;
            }
            pairs
        }
        (Style::DeepObject, _) => {
            let pairs: Vec<(String, String)> = query
                .pairs()
                .iter()
                .filter_map(|(key, value)| {
                    let inner = key
                        .strip_prefix(name)?
                        .strip_prefix('[')?
                        .strip_suffix(']')?;
                    Some((inner.to_owned(), value.clone()))
                })
                .collect();
            if pairs.is_empty() {
                return Raw::Absent;
            }
            pairs
        }
        (Style::SpaceDelimited | Style::PipeDelimited, _) => {
            let Some(text) = query.last(name) else {
                return Raw::Absent;
            };
            let items: Vec<String> = split(text, delimiter(style)).map(str::to_owned).collect();
            match flat_pairs(items, style, loc, problems) {
                Some(pairs) => pairs,
                None => return Raw::Invalid,
            }
        }
        _ => {
            let Some(raw) = query.last_raw(name) else {
                return Raw::Absent;
            };
            let items: Vec<String> = split(raw, ',').map(decode_component).collect();
            match flat_pairs(items, style, loc, problems) {
                Some(pairs) => pairs,
                None => return Raw::Invalid,
            }
        }
    };
    object_value(pairs, shape, loc, problems)
}

/// A path parameter written with a prefix (`label`: `.5`; `matrix`: `;id=5`), or a
/// value in `simple` or `form` style, as its decoded text.
pub fn scalar(
    raw: Option<&str>,
    name: &str,
    style: Style,
    escaping: Escaping,
    loc: &Loc,
    problems: &mut Problems,
) -> Raw<String> {
    let Some(raw) = raw else {
        return Raw::Absent;
    };
    match style {
        Style::Label => match label_body(raw, loc, problems) {
            Some(body) => Raw::Value(escaping.unescape(body)),
            None => Raw::Invalid,
        },
        Style::Matrix => {
            let Some(pieces) = matrix_pieces(raw, name, loc, problems) else {
                return Raw::Invalid;
            };
            match pieces.into_iter().rev().find(|(key, _)| key == name) {
                Some((_, value)) => Raw::Value(escaping.unescape(value)),
                None => invalid(loc, problems, &matrix_expected(name)),
            }
        }
        _ => Raw::Value(escaping.unescape(raw)),
    }
}

/// A path, header or cookie array in its style, as its decoded items: `simple` and
/// `form` `a,b`; `label` `.a,b` (`.a.b` exploded); `matrix` `;id=a,b` (`;id=a;id=b`
/// exploded). Items are split at literal delimiters, then unescaped.
pub fn array(
    raw: Option<&str>,
    name: &str,
    style: Style,
    explode: bool,
    escaping: Escaping,
    loc: &Loc,
    problems: &mut Problems,
) -> Raw<Vec<String>> {
    let Some(raw) = raw else {
        return Raw::Absent;
    };
    let items = |text: &str, delimiter: char| -> Vec<String> {
        split(text, delimiter)
            .map(|item| escaping.unescape(item))
            .collect()
    };
    match style {
        Style::Label => match label_body(raw, loc, problems) {
            Some(body) => Raw::Value(items(body, if explode { '.' } else { ',' })),
            None => Raw::Invalid,
        },
        Style::Matrix => {
            // An exploded empty array is nothing at all.
            if explode && raw.is_empty() {
                return Raw::Value(Vec::new());
            }
            let Some(pieces) = matrix_pieces(raw, name, loc, problems) else {
                return Raw::Invalid;
            };
            let mut values = pieces
                .into_iter()
                .filter(|(key, _)| key == name)
                .map(|(_, value)| value);
            if explode {
                let values: Vec<String> = values.map(|value| escaping.unescape(value)).collect();
                if values.is_empty() {
                    return invalid(loc, problems, &matrix_expected(name));
                }
                Raw::Value(values)
            } else {
                match values.next_back() {
                    Some(value) => Raw::Value(items(value, ',')),
                    None => invalid(loc, problems, &matrix_expected(name)),
                }
            }
        }
        _ => Raw::Value(items(raw, ',')),
    }
}

/// A path, header or cookie object in its style, as JSON with its properties read as
/// `shape` says: `simple` and `form` `R,100,G,200` (`R=100,G=200` exploded); `label`
/// `.R,100,G,200` (`.R=100.G=200`); `matrix` `;color=R,100,G,200` (`;R=100;G=200`).
#[allow(clippy::too_many_arguments)]
pub fn object(
    raw: Option<&str>,
    name: &str,
    style: Style,
    explode: bool,
    escaping: Escaping,
    shape: &ObjectShape,
    loc: &Loc,
    problems: &mut Problems,
) -> Raw<Value> {
    let Some(raw) = raw else {
        return Raw::Absent;
    };
    let pairs = match (style, explode) {
        (Style::Label, _) => {
            let Some(body) = label_body(raw, loc, problems) else {
                return Raw::Invalid;
            };
            if explode {
                keyed_pairs(split(body, '.'), escaping, style, loc, problems)
            } else {
                let items = split(body, ',')
                    .map(|item| escaping.unescape(item))
                    .collect();
                flat_pairs(items, style, loc, problems)
            }
        }
        (Style::Matrix, true) => {
            let Some(pieces) = matrix_pieces(raw, name, loc, problems) else {
                return Raw::Invalid;
            };
            Some(
                pieces
                    .into_iter()
                    .map(|(key, value)| (key, escaping.unescape(value)))
                    .collect(),
            )
        }
        (Style::Matrix, false) => {
            let Some(pieces) = matrix_pieces(raw, name, loc, problems) else {
                return Raw::Invalid;
            };
            match pieces.into_iter().rev().find(|(key, _)| key == name) {
                Some((_, value)) => {
                    let items = split(value, ',')
                        .map(|item| escaping.unescape(item))
                        .collect();
                    flat_pairs(items, style, loc, problems)
                }
                None => return invalid(loc, problems, &matrix_expected(name)),
            }
        }
        (_, true) => keyed_pairs(split(raw, ','), escaping, style, loc, problems),
        (_, false) => {
            let items = split(raw, ',')
                .map(|item| escaping.unescape(item))
                .collect();
            flat_pairs(items, style, loc, problems)
        }
    };
    match pairs {
        Some(pairs) => object_value(pairs, shape, loc, problems),
        None => Raw::Invalid,
    }
}

/// A `content` parameter of a JSON media type: the text as JSON (`json_invalid`, as
/// Pydantic's `Json` type words it, otherwise).
pub fn json(text: &str, loc: &Loc, problems: &mut Problems) -> Option<Value> {
    match serde_json::from_str(text) {
        Ok(value) => Some(value),
        Err(error) => {
            problems.push(Problem::new(
                loc,
                "json_invalid",
                format!("Invalid JSON: {error}"),
            ));
            None
        }
    }
}

/// Where a path parameter is in the request's path, counted from its end (so that a
/// prefix the application mounts the routes under does not matter), with the literal
/// text of its segment around and between the segment's parameters (`{id}.json`:
/// `["", ".json"]`; `{name}.{ext}`: `["", ".", ""]`).
#[cfg(feature = "server")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathSlot {
    /// Segments after the parameter's (`/a/{id}/b`: 1).
    pub from_end: usize,
    /// The segment's literal text: one piece more than it has parameters.
    pub literals: &'static [&'static str],
    /// Which of the segment's parameters this one is (`{name}.{ext}`: `ext` is 1).
    pub index: usize,
}

/// A path parameter's text as sent (escapes not decoded), for the styles whose
/// delimiters are only delimiters when not escaped, and for segments holding several
/// parameters. The router decodes most escapes before matching (`%2C` would be a comma,
/// `%2D` a `-` that splits `{from}-{to}` elsewhere), so the text is taken from the
/// request's path; the router's value is the fallback when the segment does not hold
/// the slot's literal text as sent.
#[cfg(feature = "server")]
pub fn path_raw(
    req: &actix_web::HttpRequest,
    route_name: &str,
    slot: Option<&PathSlot>,
) -> Option<String> {
    slot.and_then(|slot| {
        let segment = req.uri().path().rsplit('/').nth(slot.from_end)?;
        split_segment(segment, slot.literals)?
            .get(slot.index)
            .map(|part| (*part).to_owned())
    })
    .or_else(|| req.match_info().get(route_name).map(str::to_owned))
}

/// A path parameter of a segment holding several, percent-decoded ([`path_raw`]'s text).
#[cfg(feature = "server")]
pub fn path_part(
    req: &actix_web::HttpRequest,
    route_name: &str,
    slot: Option<&PathSlot>,
) -> Option<String> {
    path_raw(req, route_name, slot).map(|raw| super::decode_path_segment(&raw))
}

/// The parameters' texts of a segment, given its literal text around and between them
/// (`literals`, one more than the parameters). Split as the router's (and Starlette's)
/// regular expression `prefix([^/]+)sep([^/]+)suffix` does: each parameter takes as much
/// as the rest still allows, and, when there are several, none is empty. `None` when the
/// segment does not have that shape.
pub fn split_segment<'a>(segment: &'a str, literals: &[&str]) -> Option<Vec<&'a str>> {
    let (first, rest) = literals.split_first()?;
    let (last, separators) = rest.split_last()?;
    let body = segment.strip_prefix(first)?;
    // The suffix is matched at the end; it must not overlap the prefix.
    let body = body.strip_suffix(last)?;
    if separators.is_empty() {
        return Some(vec![body]);
    }
    split_parts(body, separators)
}

fn split_parts<'a>(text: &'a str, separators: &[&str]) -> Option<Vec<&'a str>> {
    let Some((separator, rest)) = separators.split_first() else {
        return (!text.is_empty()).then(|| vec![text]);
    };
    // Greedy: the rightmost separator first, backing off while the rest cannot match.
    for (at, _) in text.rmatch_indices(separator) {
        if at == 0 {
            continue;
        }
        if let Some(mut parts) = split_parts(&text[at + separator.len()..], rest) {
            parts.insert(0, &text[..at]);
            return Some(parts);
        }
    }
    None
}

fn delimiter(style: Style) -> char {
    match style {
        Style::SpaceDelimited => ' ',
        Style::PipeDelimited => '|',
        _ => ',',
    }
}

/// The parts of `text` between delimiters; none for an empty text (an empty array).
fn split(text: &str, delimiter: char) -> impl Iterator<Item = &str> {
    let parts = (!text.is_empty()).then(|| text.split(delimiter));
    parts.into_iter().flatten()
}

fn invalid<T>(loc: &Loc, problems: &mut Problems, expected: &str) -> Raw<T> {
    problems.push(Problem::value_error(loc, expected));
    Raw::Invalid
}

fn label_body<'a>(raw: &'a str, loc: &Loc, problems: &mut Problems) -> Option<&'a str> {
    let body = raw.strip_prefix('.');
    if body.is_none() {
        problems.push(Problem::value_error(
            loc,
            "expected a value in `label` style, starting with `.`",
        ));
    }
    body
}

fn matrix_expected(name: &str) -> String {
    format!("expected a value in `matrix` style, `;{name}=...`")
}

/// `;a=1;b;c=2` as `(a, "1"), (b, ""), (c, "2")` with the keys decoded and the values
/// still escaped.
fn matrix_pieces<'a>(
    raw: &'a str,
    name: &str,
    loc: &Loc,
    problems: &mut Problems,
) -> Option<Vec<(String, &'a str)>> {
    let Some(body) = raw.strip_prefix(';') else {
        problems.push(Problem::value_error(loc, &matrix_expected(name)));
        return None;
    };
    Some(
        body.split(';')
            .map(|piece| {
                let (key, value) = piece.split_once('=').unwrap_or((piece, ""));
                (decode_path_segment(key), value)
            })
            .collect(),
    )
}

/// `key,value,key,value` (items already unescaped) as pairs; an odd count is invalid.
fn flat_pairs(
    items: Vec<String>,
    style: Style,
    loc: &Loc,
    problems: &mut Problems,
) -> Option<Vec<(String, String)>> {
    if !items.len().is_multiple_of(2) {
        problems.push(Problem::value_error(
            loc,
            &format!(
                "expected an object in `{}` style: keys and values alternating",
                style.name()
            ),
        ));
        return None;
    }
    let mut pairs = Vec::with_capacity(items.len() / 2);
    let mut items = items.into_iter();
    while let (Some(key), Some(value)) = (items.next(), items.next()) {
        pairs.push((key, value));
    }
    Some(pairs)
}

/// `key=value` parts (still escaped) as pairs; a part without `=` is invalid.
fn keyed_pairs<'a>(
    parts: impl Iterator<Item = &'a str>,
    escaping: Escaping,
    style: Style,
    loc: &Loc,
    problems: &mut Problems,
) -> Option<Vec<(String, String)>> {
    let mut pairs = Vec::new();
    for part in parts {
        let Some((key, value)) = part.split_once('=') else {
            problems.push(Problem::value_error(
                loc,
                &format!(
                    "expected an object in `{}` style, exploded: `key=value` items",
                    style.name()
                ),
            ));
            return None;
        };
        pairs.push((escaping.unescape(key), escaping.unescape(value)));
    }
    Some(pairs)
}

/// The pairs as a JSON object, each value read as its key's scalar says; every value
/// that does not parse is recorded at its key. A repeated key keeps its last value.
fn object_value(
    pairs: Vec<(String, String)>,
    shape: &ObjectShape,
    loc: &Loc,
    problems: &mut Problems,
) -> Raw<Value> {
    let before = problems.len();
    let mut object = Map::new();
    for (key, text) in pairs {
        let read = read_scalar(&text, shape.scalar(&key), &loc.key(&key), problems);
        if let Some(value) = read {
            object.insert(key, value);
        }
    }
    if problems.len() == before {
        Raw::Value(Value::Object(object))
    } else {
        Raw::Invalid
    }
}

fn read_scalar(text: &str, scalar: Scalar, loc: &Loc, problems: &mut Problems) -> Option<Value> {
    match scalar {
        Scalar::Text => Some(Value::String(text.to_owned())),
        Scalar::Integer => match text.trim().parse::<i64>() {
            Ok(integer) => Some(Value::from(integer)),
            // Beyond `i64` but within `u64` (`format: uint64`): the checks decide.
            Err(_) => match text.trim().parse::<u64>() {
                Ok(unsigned) => Some(Value::from(unsigned)),
                Err(_) => {
                    problems.push(Problem::int_parsing(loc));
                    None
                }
            },
        },
        Scalar::Number => super::number(text, loc, problems).map(|number| {
            // `inf` and `nan` have no JSON form: left as text, the checks refuse them.
            serde_json::Number::from_f64(number)
                .map_or_else(|| Value::String(text.to_owned()), Value::Number)
        }),
        Scalar::Boolean => super::boolean(text, loc, problems).map(Value::Bool),
        Scalar::Json => {
            Some(serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_owned())))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn segments_with_several_parameters_split_as_the_router_matches() {
        let split = |segment, literals: &[&str]| split_segment(segment, literals);
        assert_eq!(split("a.b", &["", ".", ""]), Some(vec!["a", "b"]));
        // Greedy, as `([^/]+)\.([^/]+)`: the first parameter takes all it can.
        assert_eq!(split("a.b.c", &["", ".", ""]), Some(vec!["a.b", "c"]));
        // Escaped separators are not separators.
        assert_eq!(split("a%2Db-c", &["", "-", ""]), Some(vec!["a%2Db", "c"]));
        assert_eq!(
            split("v1-2-3.json", &["v", "-", "-", ".json"]),
            Some(vec!["1", "2", "3"])
        );
        // The first separator backs off when the rest cannot match.
        assert_eq!(
            split("a-b-c", &["", "-", "-", ""]),
            Some(vec!["a", "b", "c"])
        );
        // No empty part when several share the segment; the shape must be there.
        assert_eq!(split(".b", &["", ".", ""]), None);
        assert_eq!(split("a.", &["", ".", ""]), None);
        assert_eq!(split("ab", &["", ".", ""]), None);
        assert_eq!(split("x.json", &["v", ".json"]), None);
        // One parameter: the text between prefix and suffix, as before.
        assert_eq!(split("v1.json", &["v", ".json"]), Some(vec!["1"]));
    }

    const FIELDS: &[Field] = &[
        Field {
            name: "R",
            scalar: Scalar::Integer,
        },
        Field {
            name: "G",
            scalar: Scalar::Integer,
        },
        Field {
            name: "note",
            scalar: Scalar::Text,
        },
    ];
    const COLOR: ObjectShape = ObjectShape {
        fields: FIELDS,
        others: None,
        excluded: &[],
    };
    const MAP: ObjectShape = ObjectShape {
        fields: &[],
        others: Some(Scalar::Boolean),
        excluded: &["limit"],
    };

    fn loc() -> Loc {
        Loc::param("path", "color")
    }

    fn strings(items: &[&str]) -> Raw<Vec<String>> {
        Raw::Value(items.iter().map(|item| (*item).to_owned()).collect())
    }

    #[test]
    fn query_arrays_in_every_style() {
        let query =
            FormPairs::parse("f=a%2Cb,c&e=x&e=y%20z&s=a%20b+c&p=a%7Cb|c&empty=&blank=&blank=");
        let run = |name, style, explode| query_array(&query, name, style, explode);
        assert_eq!(run("f", Style::Form, false), strings(&["a,b", "c"]));
        assert_eq!(run("e", Style::Form, true), strings(&["x", "y z"]));
        assert_eq!(
            run("s", Style::SpaceDelimited, false),
            strings(&["a", "b", "c"])
        );
        assert_eq!(
            run("p", Style::PipeDelimited, false),
            strings(&["a", "b", "c"])
        );
        assert_eq!(run("empty", Style::Form, false), strings(&[]));
        assert_eq!(run("empty", Style::PipeDelimited, false), strings(&[]));
        assert_eq!(run("blank", Style::Form, true), strings(&["", ""]));
        assert_eq!(run("missing", Style::Form, true), Raw::Absent);
        assert_eq!(run("missing", Style::Form, false), Raw::Absent);
    }

    #[test]
    fn query_objects_in_every_style() {
        let query = FormPairs::parse(
            "R=1&G=2&limit=5&c=R,3,G,4,note,a%2Cb&d%5BR%5D=5&d[note]=x%5Dy&s=R%205&p=G|6&t=on&odd=R,1,G",
        );
        let mut problems = Problems::new();
        let mut run = |name, style, explode, shape: &ObjectShape| {
            query_object(&query, name, style, explode, shape, &loc(), &mut problems)
        };
        assert_eq!(
            run("any", Style::Form, true, &COLOR),
            Raw::Value(json!({"R": 1, "G": 2}))
        );
        assert_eq!(
            run("c", Style::Form, false, &COLOR),
            Raw::Value(json!({"R": 3, "G": 4, "note": "a,b"}))
        );
        assert_eq!(
            run("d", Style::DeepObject, true, &COLOR),
            Raw::Value(json!({"R": 5, "note": "x]y"}))
        );
        assert_eq!(
            run("s", Style::SpaceDelimited, false, &COLOR),
            Raw::Value(json!({"R": 5}))
        );
        assert_eq!(
            run("p", Style::PipeDelimited, false, &COLOR),
            Raw::Value(json!({"G": 6}))
        );
        assert_eq!(run("nothing", Style::DeepObject, true, &COLOR), Raw::Absent);
        assert_eq!(run("nothing", Style::Form, false, &COLOR), Raw::Absent);
        // A map takes every key but the operation's other parameters.
        let only_t = FormPairs::parse("t=on&limit=5");
        assert_eq!(
            query_object(
                &only_t,
                "m",
                Style::Form,
                true,
                &MAP,
                &loc(),
                &mut Problems::new()
            ),
            Raw::Value(json!({"t": true}))
        );
        let mut problems = Problems::new();
        assert_eq!(
            query_object(
                &query,
                "odd",
                Style::Form,
                false,
                &COLOR,
                &loc(),
                &mut problems
            ),
            Raw::Invalid
        );
        assert_eq!(problems.as_slice()[0].kind, "value_error");
    }

    #[test]
    fn properties_that_do_not_parse_are_reported_at_their_key() {
        let query = FormPairs::parse("c=R,x,G,2.5");
        let mut problems = Problems::new();
        let read = query_object(
            &query,
            "c",
            Style::Form,
            false,
            &COLOR,
            &loc(),
            &mut problems,
        );
        assert_eq!(read, Raw::Invalid);
        let kinds: Vec<(&str, String)> = problems
            .as_slice()
            .iter()
            .map(|problem| (problem.kind.as_str(), format!("{:?}", problem.loc)))
            .collect();
        assert_eq!(kinds.len(), 2, "{kinds:?}");
        assert!(kinds.iter().all(|(kind, _)| *kind == "int_parsing"));
        assert!(kinds[0].1.contains("\"R\""), "{kinds:?}");
    }

    #[test]
    fn path_values_in_every_style() {
        let mut problems = Problems::new();
        let p = Escaping::Percent;
        let mut arr =
            |raw, style, explode| array(Some(raw), "id", style, explode, p, &loc(), &mut problems);
        assert_eq!(arr("3,a%2Cb", Style::Simple, false), strings(&["3", "a,b"]));
        assert_eq!(arr(".3,a%2Eb", Style::Label, false), strings(&["3", "a.b"]));
        assert_eq!(arr(".3.a%2Eb", Style::Label, true), strings(&["3", "a.b"]));
        assert_eq!(arr(";id=3,4", Style::Matrix, false), strings(&["3", "4"]));
        assert_eq!(
            arr(";id=3;id=a%3Bb", Style::Matrix, true),
            strings(&["3", "a;b"])
        );
        assert_eq!(arr("", Style::Simple, false), strings(&[]));
        assert_eq!(arr(".", Style::Label, true), strings(&[]));
        assert_eq!(arr(";id=", Style::Matrix, false), strings(&[]));
        assert_eq!(arr("", Style::Matrix, true), strings(&[]));
        assert!(problems.is_empty());

        let mut problems = Problems::new();
        let mut one = |raw, style| scalar(Some(raw), "id", style, p, &loc(), &mut problems);
        assert_eq!(one(".a%2Fb", Style::Label), Raw::Value("a/b".into()));
        assert_eq!(one(";id=5", Style::Matrix), Raw::Value("5".into()));
        assert_eq!(one(";id", Style::Matrix), Raw::Value(String::new()));
        assert_eq!(one("a%20b", Style::Simple), Raw::Value("a b".into()));
        assert!(problems.is_empty());

        let obj = |raw, style, explode| {
            object(
                Some(raw),
                "color",
                style,
                explode,
                p,
                &COLOR,
                &loc(),
                &mut Problems::new(),
            )
        };
        let rgb = Raw::Value(json!({"R": 100, "G": 200}));
        assert_eq!(obj("R,100,G,200", Style::Simple, false), rgb);
        assert_eq!(obj("R=100,G=200", Style::Simple, true), rgb);
        assert_eq!(obj(".R,100,G,200", Style::Label, false), rgb);
        assert_eq!(obj(".R=100.G=200", Style::Label, true), rgb);
        assert_eq!(obj(";color=R,100,G,200", Style::Matrix, false), rgb);
        assert_eq!(obj(";R=100;G=200", Style::Matrix, true), rgb);
        assert_eq!(obj("", Style::Simple, false), Raw::Value(json!({})));
    }

    #[test]
    fn malformed_values_are_problems_not_panics() {
        let p = Escaping::Percent;
        for (raw, style, explode) in [
            ("3", Style::Label, false),
            ("", Style::Label, true),
            ("3", Style::Matrix, false),
            (";other=3", Style::Matrix, false),
            (";other=3", Style::Matrix, true),
        ] {
            let mut problems = Problems::new();
            let read = array(Some(raw), "id", style, explode, p, &loc(), &mut problems);
            assert_eq!(read, Raw::Invalid, "{raw:?} {style:?}");
            assert_eq!(problems.len(), 1);
            assert_eq!(problems.as_slice()[0].kind, "value_error");
            assert_eq!(problems.as_slice()[0].loc, loc().items());
        }
        for (raw, style, explode) in [
            ("R,100,G", Style::Simple, false),
            ("R=100,G", Style::Simple, true),
            ("R,1", Style::Label, false),
            (".R=1.G", Style::Label, true),
            (";R", Style::Matrix, false),
            ("%zz=%%,=", Style::Simple, true),
            (";color=R,x", Style::Matrix, false),
        ] {
            let mut problems = Problems::new();
            let read = object(
                Some(raw),
                "color",
                style,
                explode,
                p,
                &COLOR,
                &loc(),
                &mut problems,
            );
            if raw == "%zz=%%,=" {
                // Escapes that are not escapes stay as written; an empty key is a key.
                assert!(matches!(read, Raw::Value(_)), "{read:?}");
                continue;
            }
            assert_eq!(read, Raw::Invalid, "{raw:?} {style:?}");
            assert_eq!(problems.len(), 1, "{raw:?}");
        }
        let mut problems = Problems::new();
        assert_eq!(
            scalar(Some("5"), "id", Style::Matrix, p, &loc(), &mut problems),
            Raw::Invalid
        );
        assert_eq!(json("{\"a\":", &loc(), &mut problems), None);
        assert_eq!(problems.as_slice()[1].kind, "json_invalid");
        assert_eq!(json("[1]", &loc(), &mut problems), Some(json!([1])));
    }

    #[test]
    fn any_input_in_any_style_is_a_value_or_one_recorded_problem() {
        let inputs = [
            "",
            ".",
            ";",
            "=",
            ",",
            ",,",
            ";;=",
            ".=.",
            "%",
            "%2",
            "%zz",
            "%FF%FE",
            "é",
            ";id",
            ";id=",
            ";id=a=b",
            ".a=b.=",
            "a=b,c",
            "[",
            "]",
            "id[",
            "id[]=",
            "\u{0}",
            "min,1,max,2",
            ";R=1;G",
            "+%2B+",
        ];
        let escapings = [Escaping::Percent, Escaping::Header];
        for input in inputs {
            for style in Style::ALL {
                for explode in [false, true] {
                    for escaping in escapings {
                        let mut problems = Problems::new();
                        let loc = loc();
                        let reads = [
                            matches!(
                                array(
                                    Some(input),
                                    "id",
                                    style,
                                    explode,
                                    escaping,
                                    &loc,
                                    &mut problems
                                ),
                                Raw::Invalid
                            ),
                            matches!(
                                object(
                                    Some(input),
                                    "id",
                                    style,
                                    explode,
                                    escaping,
                                    &COLOR,
                                    &loc,
                                    &mut problems
                                ),
                                Raw::Invalid
                            ),
                            matches!(
                                scalar(Some(input), "id", style, escaping, &loc, &mut problems),
                                Raw::Invalid
                            ),
                        ];
                        let invalid = reads.iter().filter(|invalid| **invalid).count();
                        assert!(
                            problems.len() >= invalid,
                            "{input:?} {style:?} {explode}: {problems:?}"
                        );
                    }
                    let query =
                        FormPairs::parse(&format!("id={input}&id%5B{input}%5D={input}&{input}"));
                    let mut problems = Problems::new();
                    let _ = query_array(&query, "id", style, explode);
                    let read =
                        query_object(&query, "id", style, explode, &MAP, &loc(), &mut problems);
                    assert_eq!(
                        read == Raw::Invalid,
                        !problems.is_empty(),
                        "{input:?} {style:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn header_items_are_trimmed_and_not_unescaped() {
        let mut problems = Problems::new();
        let read = array(
            Some("a, b%20c ,\td"),
            "x",
            Style::Simple,
            false,
            Escaping::Header,
            &loc(),
            &mut problems,
        );
        assert_eq!(read, strings(&["a", "b%20c", "d"]));
    }
}
