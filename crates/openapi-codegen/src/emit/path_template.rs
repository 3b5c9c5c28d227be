//! Where a path parameter is in its path template: the segment holding it, and the
//! literal text around and between that segment's parameters. The glue reads a
//! parameter's text from there; the client escapes, in the values of a segment holding
//! several parameters, the characters of the literal text between them.

/// One parameter's place in the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SegmentLayout {
    /// Segments after the parameter's (`/a/{id}/b`: 1).
    pub from_end: usize,
    /// The segment's literal text around and between its parameters (one piece more than
    /// it has parameters): `{name}.{ext}` is `["", ".", ""]`.
    pub literals: Vec<String>,
    /// Which of the segment's parameters this one is.
    pub index: usize,
}

impl SegmentLayout {
    /// Whether the segment holds other parameters too.
    pub fn shared(&self) -> bool {
        self.literals.len() > 2
    }

    /// The unreserved characters (RFC 3986: the only ones the client does not escape
    /// anyway) of the literal text between the segment's parameters: a value holding one
    /// of them would split differently, so the client escapes them (`%2E`, `%2D`).
    pub fn separator_characters(&self) -> String {
        let mut characters = String::new();
        let between = self
            .literals
            .iter()
            .skip(1)
            .take(self.literals.len().saturating_sub(2));
        for character in between.flat_map(|literal| literal.chars()) {
            if matches!(character, '-' | '.' | '_' | '~') && !characters.contains(character) {
                characters.push(character);
            }
        }
        characters
    }
}

/// The layout of the parameter `name` in `path`; `None` when the template does not hold
/// it (or a segment's braces do not close).
pub(crate) fn layout(path: &str, name: &str) -> Option<SegmentLayout> {
    let segments: Vec<&str> = path.split('/').collect();
    for (position, segment) in segments.iter().enumerate() {
        let (literals, names) = split_segment(segment)?;
        if let Some(index) = names.iter().position(|candidate| *candidate == name) {
            return Some(SegmentLayout {
                from_end: segments.len() - 1 - position,
                literals,
                index,
            });
        }
    }
    None
}

/// `v{a}-{b}.json` → (`["v", "-", ".json"]`, `["a", "b"]`).
fn split_segment(segment: &str) -> Option<(Vec<String>, Vec<&str>)> {
    let mut literals = Vec::new();
    let mut names = Vec::new();
    let mut rest = segment;
    while let Some(open) = rest.find('{') {
        let close = open + rest[open..].find('}')?;
        literals.push(rest[..open].to_string());
        names.push(&rest[open + 1..close]);
        rest = &rest[close + 1..];
    }
    literals.push(rest.to_string());
    Some((literals, names))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_found_with_the_text_around_them() {
        let single = layout("/a/{id}.json/b", "id");
        assert_eq!(
            single,
            Some(SegmentLayout {
                from_end: 1,
                literals: vec![String::new(), ".json".into()],
                index: 0,
            })
        );
        assert!(single.is_some_and(|layout| !layout.shared()));
        let Some(ext) = layout("/files/{name}.{ext}", "ext") else {
            panic!("ext is in the template");
        };
        assert_eq!(ext.from_end, 0);
        assert_eq!(ext.index, 1);
        assert!(ext.shared());
        assert_eq!(ext.separator_characters(), ".");
        let Some(from) = layout("/r/v{from}-{to}~{step}.x", "from") else {
            panic!("from is in the template");
        };
        // The prefix and suffix are not between parameters.
        assert_eq!(from.separator_characters(), "-~");
        assert_eq!(layout("/files/{name}", "other"), None);
    }
}
