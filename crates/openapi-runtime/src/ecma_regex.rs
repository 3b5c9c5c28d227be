//! JSON Schema `pattern`s: ECMA-262 regular expressions, run by Rust engines.
//!
//! JSON Schema specifies patterns in the ECMA-262 dialect, which the `regex` crate reads
//! differently in places: `\d` and `\w` are ASCII in ECMA-262 and Unicode in `regex`, `.`
//! excludes only line terminators, `[\w-/]` is a class holding a literal `-` rather than a
//! range, `\u00e9` spells a code point, `{` that starts no quantifier is a literal. The
//! [`translate`] function rewrites a pattern into `regex` syntax with ECMA-262's meaning,
//! and says whether it needs look-around or back-references: only those patterns are run
//! by `fancy-regex` (a backtracking engine), the others keep `regex`'s linear-time matching.

use std::fmt::Write as _;

/// Which engine a translated pattern needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// The `regex` crate: linear time, no look-around or back-references.
    Regex,
    /// `fancy-regex`: look-around and back-references (backtracking, with a step limit).
    Fancy,
}

/// A pattern rewritten into Rust regex syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translated {
    pub source: String,
    pub engine: Engine,
}

/// Why a pattern cannot be translated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} (at character {position})")]
pub struct TranslateError {
    pub position: usize,
    pub message: String,
}

/// ECMA-262's `\s`: its WhiteSpace and LineTerminator characters.
const SPACE: &str = r"\t\n\x{B}\x{C}\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}";
const DIGIT: &str = "0-9";
const WORD: &str = "0-9A-Za-z_";
/// ECMA-262's `.`: anything but a line terminator.
const DOT: &str = r"[^\n\r\x{2028}\x{2029}]";

/// Translates an ECMA-262 pattern (as JSON Schema's `pattern` holds it).
pub fn translate(pattern: &str) -> Result<Translated, TranslateError> {
    let mut translator = Translator {
        chars: pattern.chars().collect(),
        at: 0,
        out: String::with_capacity(pattern.len() + 8),
        engine: Engine::Regex,
    };
    translator.run()?;
    Ok(Translated {
        source: translator.out,
        engine: translator.engine,
    })
}

/// One member of a character class.
enum ClassItem {
    Char(char),
    /// A class escape (`\d`, `\W`, `\p{L}`), already in Rust class syntax.
    Set(String),
}

struct Translator {
    chars: Vec<char>,
    at: usize,
    out: String,
    engine: Engine,
}

impl Translator {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.at + offset).copied()
    }

    fn starts_with(&self, text: &str) -> bool {
        text.chars()
            .enumerate()
            .all(|(offset, c)| self.peek_at(offset) == Some(c))
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T, TranslateError> {
        Err(TranslateError {
            position: self.at,
            message: message.into(),
        })
    }

    fn run(&mut self) -> Result<(), TranslateError> {
        while let Some(c) = self.peek() {
            self.at += 1;
            match c {
                '\\' => self.escape()?,
                '[' => self.class()?,
                '(' => self.group()?,
                '.' => self.out.push_str(DOT),
                '{' => self.brace(),
                '}' | ']' => push_literal(&mut self.out, c),
                ')' | '|' | '^' | '$' | '*' | '+' | '?' => self.out.push(c),
                other => push_literal(&mut self.out, other),
            }
        }
        Ok(())
    }

    /// `{n}`, `{n,}`, `{n,m}` quantify; any other `{` is a literal (ECMA-262 Annex B).
    fn brace(&mut self) {
        let mut end = self.at;
        let digits = |end: &mut usize, chars: &[char]| {
            let start = *end;
            while chars.get(*end).is_some_and(char::is_ascii_digit) {
                *end += 1;
            }
            *end > start
        };
        let quantifier = digits(&mut end, &self.chars) && {
            if self.chars.get(end) == Some(&',') {
                end += 1;
                digits(&mut end, &self.chars);
            }
            self.chars.get(end) == Some(&'}')
        };
        if quantifier {
            self.out.push('{');
            self.out.extend(&self.chars[self.at..=end]);
            self.at = end + 1;
        } else {
            push_literal(&mut self.out, '{');
        }
    }

    fn group(&mut self) -> Result<(), TranslateError> {
        if self.peek() != Some('?') {
            self.out.push('(');
            return Ok(());
        }
        for (ecma, fancy) in [("?=", true), ("?!", true), ("?<=", true), ("?<!", true)] {
            if self.starts_with(ecma) {
                self.at += ecma.chars().count();
                self.out.push('(');
                self.out.push_str(ecma);
                if fancy {
                    self.engine = Engine::Fancy;
                }
                return Ok(());
            }
        }
        if self.starts_with("?:") {
            self.at += 2;
            self.out.push_str("(?:");
            return Ok(());
        }
        if self.starts_with("?<") {
            self.at += 2;
            let name = self.group_name('>')?;
            let _ = write!(self.out, "(?P<{name}>");
            return Ok(());
        }
        self.error("unsupported group syntax `(?`")
    }

    /// A group name up to `close`, which is consumed.
    fn group_name(&mut self, close: char) -> Result<String, TranslateError> {
        let mut name = String::new();
        loop {
            match self.peek() {
                Some(c) if c == close => {
                    self.at += 1;
                    break;
                }
                Some(c) if c.is_ascii_alphanumeric() || c == '_' => {
                    name.push(c);
                    self.at += 1;
                }
                _ => return self.error("group names must be ASCII letters, digits or `_`"),
            }
        }
        if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
            return self.error("invalid group name");
        }
        Ok(name)
    }

    /// An escape outside a class (the backslash is consumed).
    fn escape(&mut self) -> Result<(), TranslateError> {
        let Some(c) = self.peek() else {
            return self.error("pattern ends with `\\`");
        };
        match c {
            'b' => {
                self.at += 1;
                // ECMA-262's word boundary knows only ASCII word characters.
                self.out.push_str(r"(?-u:\b)");
            }
            'B' => {
                self.at += 1;
                self.out.push_str(r"(?-u:\B)");
            }
            '1'..='9' => {
                let start = self.at;
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.at += 1;
                }
                let number: String = self.chars[start..self.at].iter().collect();
                self.engine = Engine::Fancy;
                let _ = write!(self.out, r"\{number}");
            }
            'k' if self.peek_at(1) == Some('<') => {
                self.at += 2;
                let name = self.group_name('>')?;
                self.engine = Engine::Fancy;
                let _ = write!(self.out, r"\k<{name}>");
            }
            _ => match self.class_escape()? {
                ClassItem::Char(c) => push_literal(&mut self.out, c),
                ClassItem::Set(set) => {
                    let _ = write!(self.out, "[{set}]");
                }
            },
        }
        Ok(())
    }

    /// An escape that stands for a character or a set of them, in or out of a class.
    fn class_escape(&mut self) -> Result<ClassItem, TranslateError> {
        let Some(c) = self.peek() else {
            return self.error("pattern ends with `\\`");
        };
        self.at += 1;
        let set = |positive: &str, negated: bool| {
            ClassItem::Set(if negated {
                format!("[^{positive}]")
            } else {
                positive.to_string()
            })
        };
        Ok(match c {
            'd' | 'D' => set(DIGIT, c == 'D'),
            'w' | 'W' => set(WORD, c == 'W'),
            's' | 'S' => set(SPACE, c == 'S'),
            'p' | 'P' if self.peek() == Some('{') => {
                let start = self.at;
                while self.peek().is_some_and(|c| c != '}') {
                    self.at += 1;
                }
                if self.peek() != Some('}') {
                    return self.error("unterminated `\\p{`");
                }
                self.at += 1;
                let body: String = self.chars[start..self.at].iter().collect();
                ClassItem::Set(format!(r"\{c}{body}"))
            }
            't' => ClassItem::Char('\t'),
            'n' => ClassItem::Char('\n'),
            'r' => ClassItem::Char('\r'),
            'v' => ClassItem::Char('\u{B}'),
            'f' => ClassItem::Char('\u{C}'),
            '0' if !self.peek().is_some_and(|c| c.is_ascii_digit()) => ClassItem::Char('\0'),
            'c' if self.peek().is_some_and(|c| c.is_ascii_alphabetic()) => {
                let letter = self.peek().unwrap_or('@');
                self.at += 1;
                ClassItem::Char(char::from(letter as u8 % 32))
            }
            'x' => ClassItem::Char(self.hex_char(2)?),
            'u' => ClassItem::Char(self.unicode_escape()?),
            c if c.is_ascii_alphanumeric() => {
                return self.error(format!("unknown escape `\\{c}`"));
            }
            // Identity escapes: `\/`, `\.`, `\-`, `\\`, ...
            c => ClassItem::Char(c),
        })
    }

    fn hex_char(&mut self, digits: usize) -> Result<char, TranslateError> {
        let code = self.hex(digits)?;
        match char::from_u32(code) {
            Some(c) => Ok(c),
            None => self.error("escape names no Unicode scalar value"),
        }
    }

    fn hex(&mut self, digits: usize) -> Result<u32, TranslateError> {
        let text: String = self.chars.iter().skip(self.at).take(digits).collect();
        if text.chars().count() != digits || !text.chars().all(|c| c.is_ascii_hexdigit()) {
            return self.error(format!("expected {digits} hexadecimal digits"));
        }
        self.at += digits;
        u32::from_str_radix(&text, 16).or_else(|_| self.error("bad hexadecimal escape"))
    }

    /// `\uXXXX` (a surrogate pair spelled as two of them is one code point) or `\u{X…}`.
    fn unicode_escape(&mut self) -> Result<char, TranslateError> {
        if self.peek() == Some('{') {
            self.at += 1;
            let start = self.at;
            while self.peek().is_some_and(|c| c.is_ascii_hexdigit()) {
                self.at += 1;
            }
            let text: String = self.chars[start..self.at].iter().collect();
            if self.peek() != Some('}') || text.is_empty() {
                return self.error("malformed `\\u{…}` escape");
            }
            self.at += 1;
            return u32::from_str_radix(&text, 16)
                .ok()
                .and_then(char::from_u32)
                .map_or_else(|| self.error("escape names no Unicode scalar value"), Ok);
        }
        let high = self.hex(4)?;
        if (0xD800..0xDC00).contains(&high) && self.starts_with("\\u") {
            let saved = self.at;
            self.at += 2;
            if let Ok(low) = self.hex(4)
                && (0xDC00..0xE000).contains(&low)
            {
                let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                if let Some(c) = char::from_u32(code) {
                    return Ok(c);
                }
            }
            self.at = saved;
        }
        match char::from_u32(high) {
            Some(c) => Ok(c),
            None => self.error("a lone surrogate cannot match a Rust string"),
        }
    }

    /// A character class (the `[` is consumed).
    fn class(&mut self) -> Result<(), TranslateError> {
        let negated = self.peek() == Some('^');
        if negated {
            self.at += 1;
        }
        let mut items = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return self.error("unterminated character class");
            };
            if c == ']' {
                self.at += 1;
                break;
            }
            let first = self.class_atom()?;
            let ranged = self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']');
            if !ranged {
                items.push(first);
                continue;
            }
            self.at += 1;
            let second = self.class_atom()?;
            match (first, second) {
                (ClassItem::Char(low), ClassItem::Char(high)) => {
                    if low > high {
                        return self.error(format!("range out of order: {low:?}-{high:?}"));
                    }
                    let mut range = String::new();
                    push_class_char(&mut range, low);
                    range.push('-');
                    push_class_char(&mut range, high);
                    items.push(ClassItem::Set(range));
                }
                // `[\w-/]`: a class escape cannot end a range, so the `-` is a literal.
                (first, second) => items.extend([first, ClassItem::Char('-'), second]),
            }
        }
        self.out.push_str(&render_class(&items, negated));
        Ok(())
    }

    fn class_atom(&mut self) -> Result<ClassItem, TranslateError> {
        let Some(c) = self.peek() else {
            return self.error("unterminated character class");
        };
        self.at += 1;
        if c != '\\' {
            return Ok(ClassItem::Char(c));
        }
        match self.peek() {
            // In a class, `\b` is a backspace and `\-` a hyphen.
            Some('b') => {
                self.at += 1;
                Ok(ClassItem::Char('\u{8}'))
            }
            Some('-') => {
                self.at += 1;
                Ok(ClassItem::Char('-'))
            }
            _ => self.class_escape(),
        }
    }
}

/// A class in Rust syntax. ECMA-262's `[]` matches nothing and `[^]` anything.
fn render_class(items: &[ClassItem], negated: bool) -> String {
    if items.is_empty() {
        return if negated {
            r"[\x{0}-\x{10FFFF}]".to_string()
        } else {
            r"[^\x{0}-\x{10FFFF}]".to_string()
        };
    }
    let mut class = String::from(if negated { "[^" } else { "[" });
    for item in items {
        match item {
            ClassItem::Char(c) => push_class_char(&mut class, *c),
            ClassItem::Set(set) if set.starts_with('[') => class.push_str(set),
            ClassItem::Set(set) => class.push_str(set),
        }
    }
    class.push(']');
    class
}

/// A literal character outside a class, escaped when `regex` would read it as syntax.
fn push_literal(out: &mut String, c: char) {
    if r"\.+*?()|[]{}^$#&-~".contains(c) {
        out.push('\\');
        out.push(c);
    } else if c.is_control() || c.is_whitespace() {
        let _ = write!(out, r"\x{{{:X}}}", u32::from(c));
    } else {
        out.push(c);
    }
}

/// A character inside a class: everything but letters and digits is escaped, so that
/// nothing reads as Rust class syntax (`[`, `&&`, `--`, `~~`).
fn push_class_char(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || (!c.is_ascii() && !c.is_control() && !c.is_whitespace()) {
        out.push(c);
    } else {
        let _ = write!(out, r"\x{{{:X}}}", u32::from(c));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rust(pattern: &str) -> String {
        translate(pattern).unwrap().source
    }

    #[test]
    fn plain_patterns_stay_on_the_regex_engine() {
        let translated = translate("^[a-z]+$").unwrap();
        assert_eq!(translated.engine, Engine::Regex);
        assert_eq!(translated.source, "^[a-z]+$");
    }

    #[test]
    fn look_around_and_back_references_need_the_backtracking_engine() {
        for pattern in [
            "^(?!admin)[a-z]+$",
            "(?=.*[0-9])",
            "(?<=@)x",
            "(?<!a)b",
            r"(a)\1",
            r"(?<q>')\k<q>",
        ] {
            assert_eq!(
                translate(pattern).unwrap().engine,
                Engine::Fancy,
                "{pattern}"
            );
        }
    }

    #[test]
    fn class_escape_next_to_a_hyphen_makes_the_hyphen_literal() {
        assert_eq!(rust(r"[\w-/]"), r"[0-9A-Za-z_\x{2D}\x{2F}]");
        assert_eq!(rust(r"[a-\d]"), r"[a\x{2D}0-9]");
        assert_eq!(rust("[-a]"), r"[\x{2D}a]");
        assert_eq!(rust("[a-]"), r"[a\x{2D}]");
        assert_eq!(rust("[a-z]"), "[a-z]");
    }

    #[test]
    fn shorthand_classes_are_ascii_and_dot_stops_at_line_terminators() {
        assert_eq!(rust(r"\d"), "[0-9]");
        assert_eq!(rust(r"\W"), "[[^0-9A-Za-z_]]");
        assert_eq!(rust("."), r"[^\n\r\x{2028}\x{2029}]");
    }

    #[test]
    fn ecma_escapes_become_code_points() {
        assert_eq!(rust(r"\u00e9"), "é");
        assert_eq!(rust(r"\uD83D\uDE00"), "😀");
        assert_eq!(rust(r"\u{1F600}"), "😀");
        assert_eq!(rust(r"\x41\cJ\/"), r"A\x{A}/");
        assert!(translate(r"\uD800").is_err());
    }

    #[test]
    fn braces_that_quantify_nothing_are_literals() {
        assert_eq!(rust("a{2,3}"), "a{2,3}");
        assert_eq!(rust("a{"), r"a\{");
        assert_eq!(rust("{x}"), r"\{x\}");
        assert_eq!(rust("a]"), r"a\]");
    }

    #[test]
    fn empty_classes_match_nothing_or_anything() {
        assert_eq!(rust("[]"), r"[^\x{0}-\x{10FFFF}]");
        assert_eq!(rust("[^]"), r"[\x{0}-\x{10FFFF}]");
    }

    #[test]
    fn named_groups_and_errors() {
        assert_eq!(rust("(?<year>[0-9]{4})"), "(?P<year>[0-9]{4})");
        assert!(translate("[z-a]").is_err());
        assert!(translate("[abc").is_err());
        assert!(translate(r"\q").is_err());
        assert!(translate("(?i)a").is_err());
    }

    /// Whether the compiled pattern finds a match in `text`, as validation asks.
    fn matches(pattern: &str, text: &str) -> bool {
        crate::check::CompiledPattern::new(pattern)
            .unwrap_or_else(|error| panic!("{pattern}: {error}"))
            .is_match(text)
    }

    #[test]
    fn digits_and_word_characters_are_ascii_only() {
        assert!(matches(r"^\d+$", "0123456789"));
        assert!(
            !matches(r"^\d+$", "١٢٣"),
            "Arabic-Indic digits are not \\d in ECMA-262"
        );
        assert!(matches(r"^\w+$", "snake_Case9"));
        assert!(!matches(r"^\w+$", "café"));
        assert!(matches(r"^\W$", "é"));
        assert!(matches(r"^[^\d]$", "٣"));
    }

    #[test]
    fn whitespace_is_ecmas() {
        assert!(matches(r"^\s$", "\u{feff}"), "BOM is ECMA-262 white space");
        assert!(!matches(r"^\s$", "\u{85}"), "NEL is not");
        assert!(matches(r"^\S$", "\u{85}"));
    }

    #[test]
    fn hyphen_after_a_class_escape_is_a_literal() {
        assert!(matches(r"^[\w-/]+$", "a-b/c"));
        assert!(!matches(r"^[\w-/]+$", "a.b"));
        assert!(matches(r"^[\w.-]+@[\w-]+$", "first.last@host-name"));
    }

    #[test]
    fn anchors_bind_to_the_whole_text_and_search_is_unanchored() {
        assert!(
            matches("b", "abc"),
            "patterns are searched, not matched whole"
        );
        assert!(!matches("^b", "abc"));
        assert!(
            !matches("^a$", "a\n"),
            "`$` does not match before a final newline"
        );
        assert!(
            !matches("^a$", "b\na"),
            "without the m flag `^` is the start of input"
        );
        assert!(matches(r"\bcat\b", "a cat!"));
        assert!(
            matches(r"\bcat\b", "écat"),
            "é is no ECMA-262 word character, so a boundary precedes `c`"
        );
    }

    #[test]
    fn dot_stops_at_line_terminators_only() {
        assert!(matches("^.$", "😀"));
        assert!(!matches("^.$", "\n"));
        assert!(!matches("^.$", "\u{2028}"));
        assert!(matches("^.$", "\u{85}"));
    }

    #[test]
    fn unicode_escapes_and_properties() {
        assert!(matches(r"^\u00e9$", "é"));
        assert!(matches(r"^\uD83D\uDE00$", "😀"));
        assert!(matches(r"^\p{L}+$", "Ωmega"));
        assert!(matches(r"^[\p{Lu}\d]+$", "AB12"));
        assert!(!matches(r"^[\p{Lu}\d]+$", "ab"));
    }

    #[test]
    fn look_around_and_back_references_run() {
        assert!(matches("^(?!admin$)[a-z]+$", "alice"));
        assert!(!matches("^(?!admin$)[a-z]+$", "admin"));
        assert!(matches("^(?=.*[0-9])(?=.*[a-z]).{8,}$", "abcdefg1"));
        assert!(!matches("^(?=.*[0-9])(?=.*[a-z]).{8,}$", "abcdefgh"));
        assert!(matches(r#"^(['"]).*\1$"#, "'quoted'"));
        assert!(!matches(r#"^(['"]).*\1$"#, "'mixed\""));
        assert!(matches(r"(?<=@)example", "me@example"));
    }

    #[test]
    fn patterns_in_pydantics_dialect_run_as_written() {
        assert!(matches("(?i)^abc$", "ABC"));
        assert!(matches("^(?P<word>[a-z]+)$", "abc"));
        assert!(matches(r"^abc\Z", "abc"));
        assert!(crate::check::CompiledPattern::new("[z-a]").is_err());
    }

    #[test]
    fn literal_braces_and_punctuation() {
        assert!(matches("^a{$", "a{"));
        assert!(matches(r"^\{\}#&~$", "{}#&~"));
        assert!(matches("^[#&~-]+$", "#&~-"));
        assert!(!matches("[]", "anything"));
        assert!(matches("^[^]$", "\n"));
    }
}
