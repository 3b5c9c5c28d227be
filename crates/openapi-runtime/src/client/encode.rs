//! Parameters on the wire as the document's `style` and `explode` say (OpenAPI 3,
//! "Style Values"), with RFC 3986 percent-encoding.
//!
//! Values are first turned into JSON with serde, so that every generated type (enums by
//! their wire names, dates in RFC 3339, nested objects) is written as the server reads it.
//! Delimiters are written literally and items percent-encoded, so an item may hold a
//! delimiter; where a style's delimiter has no escape of its own (`spaceDelimited`,
//! `pipeDelimited`, `label` exploded is fine as `.` is escaped, headers are not escaped),
//! a value holding it is refused rather than sent to be read differently. The generated
//! glue reads all of it back (`openapi_runtime::param`).

use serde::Serialize;
use serde_json::Value;

use super::error::ClientError;
pub use crate::style::Style;

/// Bytes that stay as they are in any URL component (RFC 3986 `unreserved`).
fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// Percent-encodes everything but the unreserved characters: safe in a path segment
/// (`/`, `?`, `#`, `%`, spaces and non-ASCII included) and in a query key or value.
pub fn percent_encode(text: &str) -> String {
    encode_except(text, is_unreserved)
}

/// Percent-encodes every byte of `text` that `keep` does not keep.
fn encode_except(text: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    for &byte in text.as_bytes() {
        if keep(byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// RFC 3986 reserved characters that a query value with `allowReserved` carries as they
/// are. Left out, so still escaped: `&` (it ends the pair), `#` (it ends the query), `+`
/// (form decoding, Starlette's and the glue's, reads it as a space) and, in a value whose
/// items are joined by `,` (`form` not exploded), the `,`. `=` stays: the key ends at the
/// first `=` (Python's `parse_qsl`, the glue), so later ones belong to the value.
fn is_kept_reserved(byte: u8, comma_delimited: bool) -> bool {
    matches!(
        byte,
        b':' | b'/'
            | b'?'
            | b'['
            | b']'
            | b'@'
            | b'!'
            | b'$'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b';'
            | b'='
    ) || (byte == b',' && !comma_delimited)
}

/// A query value with `allowReserved`: [`percent_encode`], except the reserved characters
/// [`is_kept_reserved`] lets through.
fn reserved_encode(text: &str, comma_delimited: bool) -> String {
    encode_except(text, |byte| {
        is_unreserved(byte) || is_kept_reserved(byte, comma_delimited)
    })
}

/// `label` style: also escapes `.`, its delimiter (RFC 3986 allows `%2E`).
fn label_encode(text: &str) -> String {
    percent_encode(text).replace('.', "%2E")
}

fn refuse(name: &str, why: &str) -> ClientError {
    ClientError::Request(format!("parameter `{name}`: {why}"))
}

/// A `content` parameter of a JSON media type: the value as JSON text (`None` when
/// absent), then sent as a plain value.
pub fn json_text(name: &str, value: &impl Serialize) -> Result<Option<String>, ClientError> {
    Ok(match to_json(name, value)? {
        Value::Null => None,
        json => Some(json.to_string()),
    })
}

/// The value as JSON (`Null` for `None`).
fn to_json(name: &str, value: &impl Serialize) -> Result<Value, ClientError> {
    serde_json::to_value(value)
        .map_err(|err| ClientError::Request(format!("parameter `{name}`: {err}")))
}

/// A scalar as text: strings as they are, numbers and booleans as JSON writes them,
/// anything nested as compact JSON.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A parameter's value, flattened.
enum Shape {
    Absent,
    Scalar(String),
    Array(Vec<String>),
    Object(Vec<(String, String)>),
}

fn shape(value: Value) -> Shape {
    match value {
        Value::Null => Shape::Absent,
        Value::Array(items) => Shape::Array(items.iter().map(scalar_text).collect()),
        Value::Object(map) => Shape::Object(
            map.iter()
                .map(|(key, item)| (key.clone(), scalar_text(item)))
                .collect(),
        ),
        scalar => Shape::Scalar(scalar_text(&scalar)),
    }
}

/// One path parameter's encoded text (`simple`, `label` or `matrix` style). Every
/// character of the value that is not unreserved is percent-encoded, so a value never
/// spills into another segment or the query.
pub fn path_value(
    name: &str,
    style: Style,
    explode: bool,
    value: &impl Serialize,
) -> Result<String, ClientError> {
    path_value_escaping(name, style, explode, "", value)
}

/// [`path_value`] for a parameter sharing its segment with others (`{name}.{ext}`):
/// `separators` (among RFC 3986's unreserved `-._~`, which are otherwise sent as they are)
/// are escaped too in the value's text, so that the segment splits where the template
/// says.
pub fn path_value_escaping(
    name: &str,
    style: Style,
    explode: bool,
    separators: &str,
    value: &impl Serialize,
) -> Result<String, ClientError> {
    let encoded_name = percent_encode(name);
    let encode = |text: &str| {
        let mut encoded = if style == Style::Label {
            label_encode(text)
        } else {
            percent_encode(text)
        };
        // Only unreserved characters are left to escape; an escape's own `%XX` has none
        // of them.
        for separator in separators
            .chars()
            .filter(|c| matches!(c, '-' | '.' | '_' | '~'))
        {
            encoded = encoded.replace(separator, &format!("%{:02X}", u32::from(separator)));
        }
        encoded
    };
    let text = match shape(to_json(name, value)?) {
        Shape::Absent => String::new(),
        Shape::Scalar(text) => match style {
            Style::Label => format!(".{}", encode(&text)),
            Style::Matrix => format!(";{encoded_name}={}", encode(&text)),
            _ => encode(&text),
        },
        Shape::Array(items) => {
            let items: Vec<String> = items.iter().map(|item| encode(item)).collect();
            match (style, explode) {
                (Style::Label, true) => format!(".{}", items.join(".")),
                (Style::Label, false) => format!(".{}", items.join(",")),
                (Style::Matrix, true) => items
                    .iter()
                    .map(|item| format!(";{encoded_name}={item}"))
                    .collect(),
                (Style::Matrix, false) => format!(";{encoded_name}={}", items.join(",")),
                _ => items.join(","),
            }
        }
        Shape::Object(entries) => {
            let entries: Vec<(String, String)> = entries
                .iter()
                .map(|(key, item)| (encode(key), encode(item)))
                .collect();
            let joined = |pair: &str, between: &str| {
                entries
                    .iter()
                    .map(|(key, item)| format!("{key}{pair}{item}"))
                    .collect::<Vec<_>>()
                    .join(between)
            };
            match (style, explode) {
                (Style::Label, true) => format!(".{}", joined("=", ".")),
                (Style::Label, false) => format!(".{}", joined(",", ",")),
                (Style::Matrix, true) => format!(";{}", joined("=", ";")),
                (Style::Matrix, false) => format!(";{encoded_name}={}", joined(",", ",")),
                (_, true) => joined("=", ","),
                (_, false) => joined(",", ","),
            }
        }
    };
    Ok(text)
}

/// Appends a query parameter to `query` (already encoded pairs, `key=value`, joined by
/// `&` when the URL is built). `None` adds nothing.
pub fn query_value(
    query: &mut Vec<String>,
    name: &str,
    style: Style,
    explode: bool,
    value: &impl Serialize,
) -> Result<(), ClientError> {
    query_value_as(query, name, style, explode, false, value)
}

/// [`query_value`] for a parameter with `allowReserved`: the value's RFC 3986 reserved
/// characters are sent unescaped, except `&`, `#`, `+` and a `,` inside an item of a
/// comma-joined value, which the query's syntax would read differently. Keys (the
/// parameter's name, an object's property names) are always escaped.
pub fn query_value_reserved(
    query: &mut Vec<String>,
    name: &str,
    style: Style,
    explode: bool,
    value: &impl Serialize,
) -> Result<(), ClientError> {
    query_value_as(query, name, style, explode, true, value)
}

fn query_value_as(
    query: &mut Vec<String>,
    name: &str,
    style: Style,
    explode: bool,
    allow_reserved: bool,
    value: &impl Serialize,
) -> Result<(), ClientError> {
    let key = percent_encode(name);
    // Values (not keys); `comma_delimited` when the value's items are joined by `,`.
    let encode_value = |text: &str, comma_delimited: bool| {
        if allow_reserved {
            reserved_encode(text, comma_delimited)
        } else {
            percent_encode(text)
        }
    };
    let comma_joined = style == Style::Form && !explode;
    let delimited = matches!(style, Style::SpaceDelimited | Style::PipeDelimited);
    // `spaceDelimited` and `pipeDelimited` have no escape for their delimiter.
    let check_delimiter = |texts: Vec<&String>| {
        let delimiter = if style == Style::SpaceDelimited {
            ' '
        } else {
            '|'
        };
        if delimited && texts.iter().any(|text| text.contains(delimiter)) {
            return Err(refuse(
                name,
                &format!(
                    "style {} cannot carry a value holding {delimiter:?}",
                    style.name()
                ),
            ));
        }
        Ok(())
    };
    match shape(to_json(name, value)?) {
        Shape::Absent => {}
        Shape::Scalar(text) => query.push(format!("{key}={}", encode_value(&text, false))),
        // Repeated keys: an empty array has no representation and is left out.
        Shape::Array(items) if style == Style::Form && explode => {
            query.extend(
                items
                    .iter()
                    .map(|item| format!("{key}={}", encode_value(item, false))),
            );
        }
        Shape::Array(items) => {
            // `key=` is the empty array; one empty item would read as that.
            if let [only] = items.as_slice()
                && only.is_empty()
            {
                return Err(refuse(
                    name,
                    "an array of one empty string reads as an empty array in this style",
                ));
            }
            check_delimiter(items.iter().collect())?;
            let encoded: Vec<String> = items
                .iter()
                .map(|item| encode_value(item, comma_joined))
                .collect();
            let between = match style {
                Style::SpaceDelimited => "%20",
                Style::PipeDelimited => "%7C",
                _ => ",",
            };
            query.push(format!("{key}={}", encoded.join(between)));
        }
        Shape::Object(entries) => match (style, explode) {
            (Style::DeepObject, _) => query.extend(entries.iter().map(|(field, item)| {
                format!(
                    "{key}%5B{}%5D={}",
                    percent_encode(field),
                    encode_value(item, false)
                )
            })),
            (Style::Form, true) => query.extend(entries.iter().map(|(field, item)| {
                format!("{}={}", percent_encode(field), encode_value(item, false))
            })),
            _ => {
                check_delimiter(
                    entries
                        .iter()
                        .flat_map(|(field, item)| [field, item])
                        .collect(),
                )?;
                let between = match style {
                    Style::SpaceDelimited => "%20",
                    Style::PipeDelimited => "%7C",
                    _ => ",",
                };
                let flat: Vec<String> = entries
                    .iter()
                    .flat_map(|(field, item)| {
                        [percent_encode(field), encode_value(item, comma_joined)]
                    })
                    .collect();
                query.push(format!("{key}={}", flat.join(between)));
            }
        },
    }
    Ok(())
}

/// A header parameter's text (`simple` style), `None` when the value is absent. Header
/// values are not escaped, so an array or object whose items hold a `,` (or, exploded,
/// whose keys hold a `=`) is refused.
pub fn header_value(
    name: &str,
    explode: bool,
    value: &impl Serialize,
) -> Result<Option<String>, ClientError> {
    let no_comma = |text: &String| {
        if text.contains(',') {
            Err(refuse(
                name,
                "a header array or object cannot carry an item holding `,`",
            ))
        } else {
            Ok(())
        }
    };
    Ok(match shape(to_json(name, value)?) {
        Shape::Absent => None,
        Shape::Scalar(text) => Some(text),
        Shape::Array(items) => {
            items.iter().try_for_each(no_comma)?;
            Some(items.join(","))
        }
        Shape::Object(entries) => {
            for (key, item) in &entries {
                no_comma(key)?;
                no_comma(item)?;
                if explode && key.contains('=') {
                    return Err(refuse(
                        name,
                        "an exploded header object cannot carry a key holding `=`",
                    ));
                }
            }
            Some(
                entries
                    .iter()
                    .map(|(key, item)| {
                        if explode {
                            format!("{key}={item}")
                        } else {
                            format!("{key},{item}")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(","),
            )
        }
    })
}

/// A cookie parameter's value (`form` style), `None` when the value is absent: items
/// percent-encoded, delimiters (`,`, and `=` exploded) literal.
pub fn cookie_value(
    name: &str,
    explode: bool,
    value: &impl Serialize,
) -> Result<Option<String>, ClientError> {
    Ok(match shape(to_json(name, value)?) {
        Shape::Absent => None,
        Shape::Scalar(text) => Some(percent_encode(&text)),
        Shape::Array(items) => Some(
            items
                .iter()
                .map(|item| percent_encode(item))
                .collect::<Vec<_>>()
                .join(","),
        ),
        Shape::Object(entries) => Some(
            entries
                .iter()
                .map(|(key, item)| {
                    let between = if explode { "=" } else { "," };
                    format!("{}{between}{}", percent_encode(key), percent_encode(item))
                })
                .collect::<Vec<_>>()
                .join(","),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn reserved_and_non_ascii_characters_are_encoded() {
        assert_eq!(percent_encode("a/b?c#d e%f"), "a%2Fb%3Fc%23d%20e%25f");
        assert_eq!(percent_encode("café"), "caf%C3%A9");
        assert_eq!(percent_encode("A-z_0.9~"), "A-z_0.9~");
    }

    #[test]
    fn path_styles_follow_the_specification() {
        let ids = vec![3, 4, 5];
        assert_eq!(
            path_value("id", Style::Simple, false, &ids).unwrap(),
            "3,4,5"
        );
        assert_eq!(
            path_value("id", Style::Label, false, &ids).unwrap(),
            ".3,4,5"
        );
        assert_eq!(
            path_value("id", Style::Label, true, &ids).unwrap(),
            ".3.4.5"
        );
        assert_eq!(
            path_value("id", Style::Matrix, true, &ids).unwrap(),
            ";id=3;id=4;id=5"
        );
        assert_eq!(
            path_value("id", Style::Matrix, false, &ids).unwrap(),
            ";id=3,4,5"
        );
        assert_eq!(
            path_value("id", Style::Simple, false, &"a b").unwrap(),
            "a%20b"
        );
        let object = BTreeMap::from([("R", 100), ("G", 200)]);
        assert_eq!(
            path_value("c", Style::Simple, true, &object).unwrap(),
            "G=200,R=100"
        );
    }

    #[test]
    fn query_styles_follow_the_specification() {
        let run = |style, explode, value: &dyn erased::Value| {
            let mut query = Vec::new();
            value.push(&mut query, style, explode);
            query.join("&")
        };
        let ids = vec!["a b", "c"];
        assert_eq!(run(Style::Form, true, &ids), "id=a%20b&id=c");
        assert_eq!(run(Style::Form, false, &ids), "id=a%20b,c");
        let delimited = vec!["a/b", "c"];
        assert_eq!(
            run(Style::SpaceDelimited, false, &delimited),
            "id=a%2Fb%20c"
        );
        assert_eq!(run(Style::PipeDelimited, false, &ids), "id=a%20b%7Cc");
        let object = BTreeMap::from([("x", 1), ("y", 2)]);
        assert_eq!(
            run(Style::DeepObject, true, &object),
            "id%5Bx%5D=1&id%5By%5D=2"
        );
        assert_eq!(run(Style::Form, true, &object), "x=1&y=2");
        assert_eq!(run(Style::Form, false, &object), "id=x,1,y,2");
        assert_eq!(run(Style::Form, true, &Option::<i64>::None), "");
        assert_eq!(run(Style::Form, true, &Some(true)), "id=true");
    }

    /// Lets one closure take values of different types.
    mod erased {
        use super::super::*;
        pub trait Value {
            fn push(&self, query: &mut Vec<String>, style: Style, explode: bool);
        }
        impl<T: Serialize> Value for T {
            fn push(&self, query: &mut Vec<String>, style: Style, explode: bool) {
                query_value(query, "id", style, explode, self).unwrap();
            }
        }
    }

    #[test]
    fn delimiters_stay_literal_and_items_that_would_read_differently_are_refused() {
        let run = |style, explode, value: &dyn erased::Value| {
            let mut query = Vec::new();
            value.push(&mut query, style, explode);
            query.join("&")
        };
        let empty: Vec<String> = Vec::new();
        assert_eq!(run(Style::Form, false, &empty), "id=");
        assert_eq!(run(Style::PipeDelimited, false, &empty), "id=");
        assert_eq!(run(Style::Form, true, &empty), "");
        assert_eq!(run(Style::Form, false, &vec!["a,b", ""]), "id=a%2Cb,");
        let object = BTreeMap::from([("x", 1), ("y", 2)]);
        assert_eq!(
            run(Style::SpaceDelimited, false, &object),
            "id=x%201%20y%202"
        );
        assert_eq!(
            run(Style::PipeDelimited, false, &object),
            "id=x%7C1%7Cy%7C2"
        );
        let mut query = Vec::new();
        let refused = [
            query_value(&mut query, "id", Style::PipeDelimited, false, &vec!["a|b"]),
            query_value(&mut query, "id", Style::SpaceDelimited, false, &vec!["a b"]),
            query_value(&mut query, "id", Style::Form, false, &vec![""]),
        ];
        assert!(refused.iter().all(Result::is_err), "{refused:?}");
        assert!(query.is_empty());
        assert_eq!(
            path_value("id", Style::Label, true, &vec!["a.b", "c"]).unwrap(),
            ".a%2Eb.c"
        );
        assert!(header_value("h", false, &vec!["a,b"]).is_err());
        assert!(header_value("h", true, &BTreeMap::from([("a=b", 1)])).is_err());
        assert_eq!(
            cookie_value("c", false, &vec!["a,b", "c d"])
                .unwrap()
                .as_deref(),
            Some("a%2Cb,c%20d")
        );
        assert_eq!(
            cookie_value("c", true, &BTreeMap::from([("k", "v=w")]))
                .unwrap()
                .as_deref(),
            Some("k=v%3Dw")
        );
        assert_eq!(
            json_text("j", &Some(vec![1, 2])).unwrap().as_deref(),
            Some("[1,2]")
        );
        assert_eq!(json_text("j", &Option::<i64>::None).unwrap(), None);
    }

    #[test]
    fn allow_reserved_keeps_reserved_characters_the_query_syntax_does_not_read() {
        let run = |style, explode, value: &dyn Serialize2| {
            let mut query = Vec::new();
            value.push_reserved(&mut query, style, explode);
            query.join("&")
        };
        let url = "http://h/p?q=1&r=[a]#f+g,h;i=j's!$()*@ é%";
        assert_eq!(
            run(Style::Form, true, &url),
            "id=http://h/p?q=1%26r=[a]%23f%2Bg,h;i=j's!$()*@%20%C3%A9%25"
        );
        // An item of a comma-joined value keeps its `,` escaped; an exploded one need not.
        let items = vec!["a,b/c", "d"];
        assert_eq!(run(Style::Form, false, &items), "id=a%2Cb/c,d");
        assert_eq!(run(Style::Form, true, &items), "id=a,b/c&id=d");
        assert_eq!(run(Style::PipeDelimited, false, &items), "id=a,b/c%7Cd");
        // Keys stay escaped.
        let object = BTreeMap::from([("k/1", "v/1")]);
        assert_eq!(run(Style::DeepObject, true, &object), "id%5Bk%2F1%5D=v/1");
        assert_eq!(run(Style::Form, true, &object), "k%2F1=v/1");
        // Without allowReserved, the same value is escaped throughout.
        let mut query = Vec::new();
        query_value(&mut query, "id", Style::Form, true, &"a/b:c").unwrap();
        assert_eq!(query, ["id=a%2Fb%3Ac"]);
    }

    /// Lets one closure take values of different types (with `allowReserved`).
    trait Serialize2 {
        fn push_reserved(&self, query: &mut Vec<String>, style: Style, explode: bool);
    }
    impl<T: Serialize> Serialize2 for T {
        fn push_reserved(&self, query: &mut Vec<String>, style: Style, explode: bool) {
            query_value_reserved(query, "id", style, explode, self).unwrap();
        }
    }

    #[test]
    fn values_sharing_a_segment_escape_its_separators() {
        assert_eq!(
            path_value_escaping("n", Style::Simple, false, ".", &"a.b-c/d").unwrap(),
            "a%2Eb-c%2Fd"
        );
        assert_eq!(
            path_value_escaping("n", Style::Simple, false, "-~", &vec!["a-b", "c~d.e"]).unwrap(),
            "a%2Db,c%7Ed.e"
        );
        assert_eq!(
            path_value_escaping("n", Style::Simple, false, "", &"a.b").unwrap(),
            path_value("n", Style::Simple, false, &"a.b").unwrap()
        );
    }

    #[test]
    fn headers_are_simple_style() {
        assert_eq!(
            header_value("h", false, &vec![1, 2]).unwrap().as_deref(),
            Some("1,2")
        );
        assert_eq!(
            header_value("h", false, &Option::<String>::None).unwrap(),
            None
        );
    }
}
