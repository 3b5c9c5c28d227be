//! What a comparison finds: classified changes and the report that holds them.

use serde::Serialize;

/// How a change affects existing clients (and the server implementing the trait).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Some existing client or implementation stops working.
    Breaking,
    /// Existing clients may stop working, depending on how they were written (an
    /// exhaustive `match` on an enum that gained a value, a default they relied on).
    PotentiallyBreaking,
    /// Existing clients keep working.
    Compatible,
}

impl Level {
    pub const ALL: [Level; 3] = [
        Level::Breaking,
        Level::PotentiallyBreaking,
        Level::Compatible,
    ];

    /// `breaking`, `potentially breaking`, `compatible`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Breaking => "breaking",
            Self::PotentiallyBreaking => "potentially breaking",
            Self::Compatible => "compatible",
        }
    }
}

/// One difference between the two documents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub level: Level,
    /// A stable identifier of the rule that classified it (`response-property-removed`).
    pub rule: &'static str,
    /// One line saying what changed.
    pub reason: String,
    /// JSON pointer in the base document (`None`: the thing is new).
    pub base: Option<String>,
    /// JSON pointer in the revised document (`None`: the thing is gone).
    pub revision: Option<String>,
    /// Where it applies: `POST /api/v1/channels, request body, application/json`, one
    /// entry per use.
    pub operations: Vec<String>,
    /// What it means in the generated Rust: trait methods, params fields, response
    /// variants, model types and fields.
    pub rust: Vec<String>,
}

/// The result of comparing two documents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// `info.version` of the base document.
    pub base_version: String,
    /// `info.version` of the revised document.
    pub revision_version: String,
    /// Sorted: breaking first, then by pointer.
    pub changes: Vec<Change>,
}

impl Report {
    /// Number of changes at `level`.
    pub fn count(&self, level: Level) -> usize {
        self.changes
            .iter()
            .filter(|change| change.level == level)
            .count()
    }

    /// The changes at `level`, in report order.
    pub fn at(&self, level: Level) -> impl Iterator<Item = &Change> {
        self.changes
            .iter()
            .filter(move |change| change.level == level)
    }

    /// `2 breaking, 1 compatible`; `None` when nothing changed.
    pub fn counts_line(&self) -> Option<String> {
        let parts: Vec<String> = Level::ALL
            .into_iter()
            .map(|level| (level, self.count(level)))
            .filter(|(_, count)| *count > 0)
            .map(|(level, count)| format!("{count} {}", level.label()))
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}
