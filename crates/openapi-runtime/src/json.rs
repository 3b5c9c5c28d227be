//! JSON decoding that fails where Python's `json` module fails.
//!
//! FastAPI reports malformed JSON as `json_invalid` at `["body", N]`, N being the position
//! Python's decoder gives: a character (code point) offset, counted after the error rules of
//! CPython's `json.decoder`/`json.scanner`. This decoder applies the same grammar and the same
//! rules (which character an error points at), so clients see the same positions.
//!
//! It is iterative: nesting depth costs heap, not stack, and is bounded by [`MAX_DEPTH`] so
//! that later recursive steps (validation, deserialisation, dropping) stay cheap.
//!
//! Deliberate differences from Python, where a `serde_json::Value` cannot hold the result:
//! `NaN`, `Infinity`, `-Infinity` and numbers beyond the `f64` range are rejected at their
//! first character; lone UTF-16 surrogates in `\u` escapes become U+FFFD. Integers beyond
//! the `u64` range become floating-point numbers. A UTF-8 byte-order mark is skipped (Python
//! does so for bytes); bytes that are not UTF-8 are an error at the character offset where
//! the invalid sequence starts.

use serde_json::{Map, Number, Value};

/// Deepest accepted nesting of arrays and objects.
pub const MAX_DEPTH: usize = 256;

/// Why and where decoding stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// Character offset, as Python's `JSONDecodeError.pos`.
    pub offset: usize,
    /// Python's message (`Expecting value`, ...), which FastAPI sends as the problem's
    /// `ctx.error`.
    pub message: &'static str,
}

/// Decodes a request body.
pub fn parse_bytes(bytes: &[u8]) -> Result<Value, JsonError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_str(text),
        Err(error) => {
            let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
            let offset = String::from_utf8_lossy(valid).chars().count();
            Err(JsonError {
                offset,
                message: "Invalid UTF-8",
            })
        }
    }
}

/// Decodes a JSON text.
pub fn parse_str(text: &str) -> Result<Value, JsonError> {
    let chars: Vec<char> = text.chars().collect();
    Parser {
        chars: &chars,
        pos: 0,
    }
    .document()
}

/// An array or object being filled.
enum Frame {
    Array(Vec<Value>),
    /// The object so far and the key whose value is being decoded.
    Object(Map<String, Value>, String),
}

struct Parser<'a> {
    chars: &'a [char],
    pos: usize,
}

impl Parser<'_> {
    fn document(mut self) -> Result<Value, JsonError> {
        self.skip_whitespace();
        let mut stack: Vec<Frame> = Vec::new();
        loop {
            let mut value = match self.peek() {
                Some('{') => {
                    let open = self.pos;
                    self.pos += 1;
                    self.skip_whitespace();
                    match self.peek() {
                        Some('}') => {
                            self.pos += 1;
                            Value::Object(Map::new())
                        }
                        Some('"') => {
                            self.check_depth(stack.len(), open)?;
                            let key = self.key_and_colon()?;
                            stack.push(Frame::Object(Map::new(), key));
                            continue;
                        }
                        _ => {
                            return Err(
                                self.error("Expecting property name enclosed in double quotes")
                            );
                        }
                    }
                }
                Some('[') => {
                    let open = self.pos;
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(']') {
                        self.pos += 1;
                        Value::Array(Vec::new())
                    } else {
                        self.check_depth(stack.len(), open)?;
                        stack.push(Frame::Array(Vec::new()));
                        continue;
                    }
                }
                Some('"') => Value::String(self.string()?),
                _ => self.scalar()?,
            };
            // Attach the finished value to its container; close containers that end here.
            loop {
                let Some(frame) = stack.last_mut() else {
                    self.skip_whitespace();
                    if self.pos != self.chars.len() {
                        return Err(self.error("Extra data"));
                    }
                    return Ok(value);
                };
                let closing = match frame {
                    Frame::Array(items) => {
                        items.push(value);
                        ']'
                    }
                    Frame::Object(map, key) => {
                        map.insert(std::mem::take(key), value);
                        '}'
                    }
                };
                self.skip_whitespace();
                match self.peek() {
                    Some(',') => {
                        self.pos += 1;
                        self.skip_whitespace();
                        if let Frame::Object(_, key) = frame {
                            if self.peek() != Some('"') {
                                return Err(
                                    self.error("Expecting property name enclosed in double quotes")
                                );
                            }
                            *key = self.key_and_colon()?;
                        }
                        break;
                    }
                    Some(c) if c == closing => {
                        self.pos += 1;
                        value = match stack.pop() {
                            Some(Frame::Array(items)) => Value::Array(items),
                            Some(Frame::Object(map, _)) => Value::Object(map),
                            None => return Err(self.error("Expecting value")),
                        };
                    }
                    _ => return Err(self.error("Expecting ',' delimiter")),
                }
            }
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn error(&self, message: &'static str) -> JsonError {
        self.error_at(self.pos, message)
    }

    fn error_at(&self, offset: usize, message: &'static str) -> JsonError {
        JsonError { offset, message }
    }

    /// Python's `WHITESPACE`: space, tab, newline, carriage return.
    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }

    /// Refuses to open one more container (at `at`) when `open` are already open.
    fn check_depth(&self, open: usize, at: usize) -> Result<(), JsonError> {
        if open >= MAX_DEPTH {
            Err(self.error_at(at, "Maximum nesting depth exceeded"))
        } else {
            Ok(())
        }
    }

    /// A key (the cursor is on its opening quote), the `:` after it and the whitespace
    /// before the value.
    fn key_and_colon(&mut self) -> Result<String, JsonError> {
        let key = self.string()?;
        self.skip_whitespace();
        if self.peek() != Some(':') {
            return Err(self.error("Expecting ':' delimiter"));
        }
        self.pos += 1;
        self.skip_whitespace();
        Ok(key)
    }

    /// A string; the cursor is on its opening quote.
    fn string(&mut self) -> Result<String, JsonError> {
        let begin = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error_at(begin, "Unterminated string starting at"));
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                '\\' => {
                    let Some(escape) = self.chars.get(self.pos + 1).copied() else {
                        return Err(self.error_at(begin, "Unterminated string starting at"));
                    };
                    let simple = match escape {
                        '"' => Some('"'),
                        '\\' => Some('\\'),
                        '/' => Some('/'),
                        'b' => Some('\u{8}'),
                        'f' => Some('\u{c}'),
                        'n' => Some('\n'),
                        'r' => Some('\r'),
                        't' => Some('\t'),
                        _ => None,
                    };
                    if let Some(decoded) = simple {
                        out.push(decoded);
                        self.pos += 2;
                    } else if escape == 'u' {
                        self.pos += 1;
                        out.push(self.unicode_escape()?);
                    } else {
                        return Err(self.error("Invalid \\escape"));
                    }
                }
                c if u32::from(c) < 0x20 => {
                    return Err(self.error("Invalid control character at"));
                }
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    /// `\uXXXX`, possibly a surrogate pair; the cursor is on the `u`.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        if (0xD800..=0xDBFF).contains(&first)
            && self.peek() == Some('\\')
            && self.chars.get(self.pos + 1) == Some(&'u')
        {
            let before_second = self.pos;
            self.pos += 1;
            let second = self.hex4()?;
            if (0xDC00..=0xDFFF).contains(&second) {
                let combined = 0x10000 + (((first - 0xD800) << 10) | (second - 0xDC00));
                return Ok(char::from_u32(combined).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            // Not a low surrogate: the second escape is decoded on its own.
            self.pos = before_second;
        }
        Ok(char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    /// The four hex digits after the `u` under the cursor; leaves the cursor after them.
    fn hex4(&mut self) -> Result<u32, JsonError> {
        let u_at = self.pos;
        let digits = self.chars.get(u_at + 1..u_at + 5);
        let value = digits.and_then(|digits| {
            digits
                .iter()
                .try_fold(0u32, |acc, c| c.to_digit(16).map(|d| acc * 16 + d))
        });
        match value {
            Some(value) => {
                self.pos = u_at + 5;
                Ok(value)
            }
            None => Err(self.error_at(u_at, "Invalid \\uXXXX escape")),
        }
    }

    /// `null`, `true`, `false` or a number; anything else is "Expecting value" here.
    fn scalar(&mut self) -> Result<Value, JsonError> {
        for (word, value) in [
            ("null", Value::Null),
            ("true", Value::Bool(true)),
            ("false", Value::Bool(false)),
        ] {
            if self.starts_with(word) {
                self.pos += word.len();
                return Ok(value);
            }
        }
        self.number()
    }

    fn starts_with(&self, word: &str) -> bool {
        let rest = self.chars.get(self.pos..).unwrap_or_default();
        rest.len() >= word.len() && word.chars().zip(rest).all(|(expected, c)| expected == *c)
    }

    /// Python's `NUMBER_RE`: `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`.
    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.pos;
        let mut at = start;
        if self.chars.get(at) == Some(&'-') {
            at += 1;
        }
        match self.chars.get(at) {
            Some('0') => at += 1,
            Some('1'..='9') => at = self.digits_end(at),
            _ => return Err(self.error_at(start, "Expecting value")),
        }
        let mut integral = true;
        if self.chars.get(at) == Some(&'.') && self.is_digit(at + 1) {
            at = self.digits_end(at + 1);
            integral = false;
        }
        if matches!(self.chars.get(at), Some('e' | 'E')) {
            let sign = usize::from(matches!(self.chars.get(at + 1), Some('+' | '-')));
            if self.is_digit(at + 1 + sign) {
                at = self.digits_end(at + 1 + sign);
                integral = false;
            }
        }
        let text: String = self
            .chars
            .get(start..at)
            .unwrap_or_default()
            .iter()
            .collect();
        let number = if integral {
            text.parse::<i64>()
                .map(Number::from)
                .or_else(|_| text.parse::<u64>().map(Number::from))
                .ok()
                .or_else(|| text.parse::<f64>().ok().and_then(Number::from_f64))
        } else {
            text.parse::<f64>().ok().and_then(Number::from_f64)
        };
        match number {
            Some(number) => {
                self.pos = at;
                Ok(Value::Number(number))
            }
            None => Err(self.error_at(start, "Number out of range")),
        }
    }

    fn is_digit(&self, at: usize) -> bool {
        self.chars.get(at).is_some_and(char::is_ascii_digit)
    }

    fn digits_end(&self, mut at: usize) -> usize {
        while self.is_digit(at) {
            at += 1;
        }
        at
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{MAX_DEPTH, parse_bytes, parse_str};

    /// Inputs and the `JSONDecodeError.pos` that CPython 3.11's `json.loads` reports.
    const PYTHON_POSITIONS: &[(&str, usize)] = &[
        ("", 0),
        (" ", 1),
        ("{", 1),
        ("}", 0),
        ("[", 1),
        ("]", 0),
        ("{\"a\"", 4),
        ("{\"a\":", 5),
        ("{\"a\":}", 5),
        ("{\"a\" 1}", 5),
        ("{\"a\":1,}", 7),
        ("{\"a\":1 \"b\":2}", 7),
        ("{a:1}", 1),
        ("{'a':1}", 1),
        ("[1,]", 3),
        ("[1 2]", 3),
        ("[,]", 1),
        ("\"abc", 0),
        ("\"a\\x\"", 2),
        ("\"a\\u12\"", 3),
        ("\"a\\u12G4\"", 3),
        ("\"\t\"", 1),
        ("\"a\nb\"", 2),
        ("tru", 0),
        ("nul", 0),
        ("True", 0),
        ("-", 0),
        ("-a", 0),
        ("01", 1),
        ("1.", 1),
        ("1e", 1),
        ("1.5e+", 3),
        ("{\"a\":1}x", 7),
        ("{\"a\":1} {\"b\":2}", 8),
        ("[1,2", 4),
        ("{\"a\":[1,2}", 9),
        ("{\"a\":{\"b\":1]", 11),
        ("  {\"a\": 1,  }", 12),
        ("{\"é\": \"ü\", x}", 11),
        ("[\"日本語\", ]", 8),
        ("\"\\", 0),
        ("\"\\u", 2),
        ("{\"a\":\"b\"", 8),
        ("{\"a\":1,\"b\"}", 10),
        ("[1,2,3", 6),
        ("[1,2,3,", 7),
        ("{\"a\":1,", 7),
        ("{\"a\":1 ,", 8),
        ("[1 ,]", 4),
        ("{\"a\" : 1 , \"b\" : }", 17),
        ("[-]", 1),
        ("[--1]", 1),
        ("[1e5.2]", 4),
        ("{\"\":1,\"\":}", 9),
        ("[truex]", 5),
        ("[nullnull]", 5),
        ("[0x10]", 2),
        ("  \n  ", 5),
        ("[\n1,\n2\n", 7),
        ("\"\\ud800\\u\"", 8),
        ("\"\\ud800\\uzzzz\"", 8),
        ("{\"a\"\t:\t1\t,\t\"b\":2", 16),
        ("{\"a\":1}}", 7),
        ("[[]]]", 4),
        ("\"\u{1f}\"", 1),
        ("[1,\u{0}]", 3),
        ("{\"a\":-}", 5),
        ("{\"a\":1.5e}", 8),
        ("[1.e5]", 2),
        ("[.5]", 1),
        ("[+1]", 1),
        ("{,}", 1),
        ("{\"a\":1,,}", 7),
        ("[1,,2]", 3),
        ("[\t]x", 3),
        ("null 1", 5),
    ];

    #[test]
    fn error_positions_match_python() {
        for (input, expected) in PYTHON_POSITIONS {
            match parse_str(input) {
                Ok(value) => panic!("{input:?} decoded to {value}"),
                Err(error) => assert_eq!(error.offset, *expected, "position for {input:?}"),
            }
        }
    }

    #[test]
    fn decodes_what_python_accepts() {
        let decoded = parse_str(
            " {\"a\" : [1, -2.5e3, true, false, null, \"x\\n\\u00e9\\ud83d\\ude00\"], \"b\": {}, \"c\": [ ]}\r\n",
        );
        assert_eq!(
            decoded,
            Ok(json!({"a": [1, -2500.0, true, false, null, "x\né😀"], "b": {}, "c": []}))
        );
        assert_eq!(parse_str("\"\u{7f}\""), Ok(json!("\u{7f}")));
    }

    #[test]
    fn duplicate_keys_keep_the_last_value() {
        assert_eq!(
            parse_str("{\"a\":1,\"b\":2,\"a\":3}"),
            Ok(json!({"a": 3, "b": 2}))
        );
    }

    #[test]
    fn big_integers_keep_their_kind_while_they_fit() {
        assert_eq!(parse_str("9223372036854775807"), Ok(json!(i64::MAX)));
        assert_eq!(parse_str("18446744073709551615"), Ok(json!(u64::MAX)));
        let huge = parse_str("123456789012345678901234567890");
        assert!(huge.is_ok_and(|value| value.is_f64()));
    }

    #[test]
    fn values_a_json_value_cannot_hold_are_rejected_at_their_start() {
        for (input, offset) in [
            ("NaN", 0),
            ("[Infinity]", 1),
            ("[1, -Infinity]", 4),
            ("1e400", 0),
        ] {
            assert_eq!(
                parse_str(input).map_err(|e| e.offset),
                Err(offset),
                "{input}"
            );
        }
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(parse_str("\"\\ud800x\""), Ok(json!("\u{fffd}x")));
        assert_eq!(parse_str("\"\\ud800\\u0041\""), Ok(json!("\u{fffd}A")));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse_str(&deep).map_err(|e| e.offset), Err(MAX_DEPTH));
        let allowed = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse_str(&allowed).is_ok());
        let objects = "{\"a\":".repeat(MAX_DEPTH + 1);
        assert_eq!(
            parse_str(&objects).map_err(|e| e.offset),
            Err(MAX_DEPTH * 5)
        );
        let spaced = "[ ".repeat(MAX_DEPTH + 1);
        assert_eq!(parse_str(&spaced).map_err(|e| e.offset), Err(MAX_DEPTH * 2));
    }

    #[test]
    fn bytes_skip_a_bom_and_report_invalid_utf8_in_characters() {
        assert_eq!(parse_bytes(b"\xEF\xBB\xBF{}"), Ok(json!({})));
        let invalid = parse_bytes(
            "{\"é\": \"\u{ff}"
                .as_bytes()
                .iter()
                .copied()
                .chain([0xFF])
                .collect::<Vec<_>>()
                .as_slice(),
        );
        assert_eq!(invalid.map_err(|e| e.offset), Err(8));
    }
}
