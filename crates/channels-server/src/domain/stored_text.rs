//! Text as stored in plain text columns. PostgreSQL's text types cannot hold NUL, yet a
//! channel name may contain one, so NUL is escaped as `\0` (and `\` as `\\`, which
//! keeps the escaping reversible and distinct names distinct). Both databases store
//! the same form.

pub fn encode(text: &str) -> String {
    if !text.contains(['\\', '\0']) {
        return text.to_owned();
    }
    let mut stored = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        match c {
            '\\' => stored.push_str("\\\\"),
            '\0' => stored.push_str("\\0"),
            c => stored.push(c),
        }
    }
    stored
}

pub fn decode(stored: String) -> String {
    if !stored.contains('\\') {
        return stored;
    }
    let mut text = String::with_capacity(stored.len());
    let mut chars = stored.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
            continue;
        }
        match chars.next() {
            Some('0') => text.push('\0'),
            // `\\`, and (never written) a lone trailing backslash, stay a backslash.
            Some(escaped) => text.push(escaped),
            None => text.push('\\'),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_keeps_names_apart() {
        let names = ["plain", "a\\b", "\0nul\0", "\\0", "\\\0", "🦀\\", ""];
        let stored: Vec<String> = names.iter().map(|name| encode(name)).collect();
        for (name, stored) in names.iter().zip(&stored) {
            assert!(!stored.contains('\0'), "{stored:?}");
            assert_eq!(decode(stored.clone()), *name);
        }
        let mut distinct = stored.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), names.len());
        assert_eq!(encode("plain"), "plain");
    }
}
