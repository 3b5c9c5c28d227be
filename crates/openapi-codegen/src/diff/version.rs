//! Whether `info.version` acknowledges breaking changes with a major bump.

/// A `MAJOR.MINOR.PATCH` version (a leading `v`, pre-release and build suffixes allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Semver {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

impl Semver {
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let text = text.strip_prefix('v').unwrap_or(text);
        let core = text.split(['-', '+']).next()?;
        let mut parts = core.split('.');
        let mut number = || -> Option<u64> {
            let part = parts.next()?;
            // Semver forbids leading zeros and signs; `parse` alone would accept `+1`.
            if part.is_empty()
                || !part.bytes().all(|b| b.is_ascii_digit())
                || (part.len() > 1 && part.starts_with('0'))
            {
                return None;
            }
            part.parse().ok()
        };
        let version = Semver {
            major: number()?,
            minor: number()?,
            patch: number()?,
        };
        parts.next().is_none().then_some(version)
    }

    /// The component whose increase signals incompatibility: the first non-zero one, as
    /// Cargo reads `0.x` versions (`0.3` → `0.4` is a major step; `0.0.3` → `0.0.4` too).
    fn compatibility_key(self) -> (u64, u64, u64) {
        match (self.major, self.minor) {
            (0, 0) => (0, 0, self.patch),
            (0, minor) => (0, minor, 0),
            (major, _) => (major, 0, 0),
        }
    }
}

/// What the versions of the two documents say about breaking changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionBump {
    /// The revision's version is a major step up from the base's.
    Major,
    /// Both are semver, without a major step.
    NotMajor,
    /// One of them is not semver: the versions say nothing.
    Unknown,
}

pub fn bump(base: &str, revision: &str) -> VersionBump {
    match (Semver::parse(base), Semver::parse(revision)) {
        (Some(base), Some(revision)) => {
            if revision.compatibility_key() > base.compatibility_key() {
                VersionBump::Major
            } else {
                VersionBump::NotMajor
            }
        }
        _ => VersionBump::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_parse_as_semver_or_not_at_all() {
        assert_eq!(
            Semver::parse("v1.2.3-beta+7"),
            Some(Semver {
                major: 1,
                minor: 2,
                patch: 3
            })
        );
        for text in ["1.2", "1.2.3.4", "01.2.3", "2024-01-01", "latest", "1.+2.3"] {
            assert_eq!(Semver::parse(text), None, "{text}");
        }
    }

    #[test]
    fn a_major_bump_is_the_first_nonzero_component() {
        assert_eq!(bump("1.4.2", "2.0.0"), VersionBump::Major);
        assert_eq!(bump("1.4.2", "1.5.0"), VersionBump::NotMajor);
        assert_eq!(bump("1.0.0", "1.0.0"), VersionBump::NotMajor);
        assert_eq!(bump("0.3.1", "0.4.0"), VersionBump::Major);
        assert_eq!(bump("0.3.1", "0.3.2"), VersionBump::NotMajor);
        assert_eq!(bump("0.0.3", "0.0.4"), VersionBump::Major);
        assert_eq!(bump("2.0.0", "1.0.0"), VersionBump::NotMajor);
        assert_eq!(bump("2024-01", "2025-01"), VersionBump::Unknown);
    }
}
