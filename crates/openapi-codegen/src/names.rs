//! Turning document names into valid, unique Rust identifiers.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Strict and reserved keywords of Rust 2024 (usable as raw identifiers, except those in
/// [`NOT_RAW`]).
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
];

/// Methods every generated API trait has besides the operations; operation method names
/// avoid them.
pub const TRAIT_METHODS: &[&str] = &["authenticate", "after_validation"];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super"];

/// Type names generated code uses unqualified (prelude, derives, std types); a document
/// type with one of these names would shadow them.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Vec",
    "String",
    "Box",
    "Default",
    "Clone",
    "Debug",
    "PartialEq",
    "Eq",
    "Serialize",
    "Deserialize",
    "ToSchema",
    "Self",
    "Send",
    "Sync",
    "Copy",
    "Sized",
    "Fn",
    "Drop",
    "From",
    "Into",
    "ToString",
    "Iterator",
    "Ord",
    "PartialOrd",
    "Hash",
    "AsRef",
    "Patch",
    "Value",
    "Map",
    "BTreeMap",
];

/// Keeps ASCII letters and digits, turning everything else into word breaks, so heck's
/// case conversion sees the words of `Page«Post»`, `io.k8s.Pod` or `x-request-id`.
fn ascii_words(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// An UpperCamelCase type or variant name for `raw` (not yet unique).
pub fn type_name(raw: &str) -> String {
    let is_plain = raw.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && raw.chars().all(|c| c.is_ascii_alphanumeric())
        && raw.chars().any(|c| c.is_ascii_lowercase());
    // Names like `HTTPError` are kept so the document's schema names survive; all-capital
    // names (`URL`) are converted, as Rust style (and clippy) wants `Url`.
    let mut name = if is_plain {
        raw.to_string()
    } else {
        ascii_words(raw).to_upper_camel_case()
    };
    if name.is_empty() {
        name = "Unnamed".to_string();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    if RESERVED_TYPE_NAMES.contains(&name.as_str()) {
        name.push_str("Type");
    }
    name
}

/// An UpperCamelCase enum variant name for a wire value (not yet unique).
pub fn variant_name(raw: &str) -> String {
    let mut name = ascii_words(raw).to_upper_camel_case();
    if name.is_empty() {
        return "Empty".to_string();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    // Variants live in their enum's namespace, so only `Self` cannot be one.
    if name == "Self" {
        name.push_str("Value");
    }
    name
}

/// A snake_case field, parameter or method name for `raw` (not yet unique), raw-escaped
/// when it is a keyword (`type` → `r#type`).
pub fn field_name(raw: &str) -> String {
    let mut name = ascii_words(raw).to_snake_case();
    if name.is_empty() {
        name = "value".to_string();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "n_");
    }
    escape_keyword(name)
}

fn escape_keyword(name: String) -> String {
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// The identifier without a raw prefix, for building other names from it.
pub fn unraw(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// Hands out names unique within one scope, numbering repeats (`Pet`, `Pet2`, `pet_2`).
#[derive(Debug, Default, Clone)]
pub struct NameScope {
    taken: BTreeSet<String>,
}

impl NameScope {
    pub fn new() -> Self {
        Self::default()
    }

    /// A scope in which `names` are already taken.
    pub fn with_taken<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        Self {
            taken: names.into_iter().map(str::to_string).collect(),
        }
    }

    /// `candidate` if free, else `candidate` with the smallest free number appended
    /// (`_` first for snake_case names, so `foo_bar` and `fooBar` become `foo_bar`, `foo_bar_2`).
    pub fn claim(&mut self, candidate: &str) -> String {
        let base = unraw(candidate);
        if self.taken.insert(candidate.to_string()) {
            return candidate.to_string();
        }
        let separator = if base.starts_with(|c: char| c.is_ascii_uppercase()) {
            ""
        } else {
            "_"
        };
        // `self_` (an escaped keyword) numbers as `self_2`, not `self__2`.
        let base = if separator.is_empty() {
            base
        } else {
            base.trim_end_matches('_')
        };
        (2..)
            .map(|n| format!("{base}{separator}{n}"))
            .find(|name| self.taken.insert(name.clone()))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_keep_valid_names_and_convert_others() {
        assert_eq!(type_name("HTTPError"), "HTTPError");
        assert_eq!(type_name("Pet"), "Pet");
        assert_eq!(type_name("pet_status"), "PetStatus");
        assert_eq!(type_name("io.k8s.Pod"), "IoK8sPod");
        assert_eq!(type_name("Page«Post»"), "PagePost");
        assert_eq!(type_name("1stPlace"), "V1stPlace");
        assert_eq!(type_name("String"), "StringType");
        assert_eq!(type_name("Self"), "SelfType");
        assert_eq!(type_name(""), "Unnamed");
        assert_eq!(type_name("URL"), "Url");
        assert_eq!(variant_name("round_robin"), "RoundRobin");
        assert_eq!(variant_name("URL"), "Url");
        assert_eq!(variant_name("i440fx"), "I440fx");
        assert_eq!(variant_name("1"), "V1");
        assert_eq!(variant_name("-"), "Empty");
        assert_eq!(variant_name("none"), "None");
        assert_eq!(variant_name("self"), "SelfValue");
    }

    #[test]
    fn field_names_are_snake_case_and_escape_keywords() {
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("createdAt"), "created_at");
        assert_eq!(field_name("X-Request-Id"), "x_request_id");
        assert_eq!(field_name("2fa"), "n_2fa");
        assert_eq!(field_name("$"), "value");
        assert_eq!(field_name("@type"), "r#type");
    }

    #[test]
    fn scope_numbers_duplicates() {
        let mut scope = NameScope::new();
        assert_eq!(scope.claim("foo_bar"), "foo_bar");
        assert_eq!(scope.claim("foo_bar"), "foo_bar_2");
        assert_eq!(scope.claim("foo_bar"), "foo_bar_3");
        assert_eq!(scope.claim("Pet"), "Pet");
        assert_eq!(scope.claim("Pet"), "Pet2");
        assert_eq!(scope.claim("r#type"), "r#type");
        assert_eq!(scope.claim("r#type"), "type_2");
        // `self` and `Self` both become `self_`; the second is numbered in snake case.
        assert_eq!(scope.claim(&field_name("self")), "self_");
        assert_eq!(scope.claim(&field_name("Self")), "self_2");
    }

    #[test]
    fn operations_do_not_take_the_trait_s_own_method_names() {
        let mut methods = NameScope::with_taken(TRAIT_METHODS.iter().copied());
        assert_eq!(methods.claim("authenticate"), "authenticate_2");
        assert_eq!(methods.claim("after_validation"), "after_validation_2");
    }
}
