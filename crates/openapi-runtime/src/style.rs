//! How a parameter is serialized (OpenAPI 3.0/3.1 `style`), shared by the generated
//! client's encoder (`client`, feature `client`) and the generated glue's decoder
//! ([`crate::param`]), so that both read the document's `style` the same way.

/// A parameter's `style`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Style {
    /// `a,b,c` (path and header default).
    Simple,
    /// `name=a,b,c`, or `name=a&name=b` when exploded (query and cookie default).
    Form,
    /// `;name=a,b,c`, or `;name=a;name=b` when exploded (path).
    Matrix,
    /// `.a,b,c`, or `.a.b.c` when exploded (path).
    Label,
    /// `name=a%20b%20c` (query arrays and objects).
    SpaceDelimited,
    /// `name=a|b|c` (query arrays and objects).
    PipeDelimited,
    /// `name[key]=value` (query objects).
    DeepObject,
}

impl Style {
    /// Every style, in the order of the specification's table.
    pub const ALL: [Self; 7] = [
        Self::Matrix,
        Self::Label,
        Self::Simple,
        Self::Form,
        Self::SpaceDelimited,
        Self::PipeDelimited,
        Self::DeepObject,
    ];

    /// The name the document uses (`spaceDelimited`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Simple => "simple",
            Self::Form => "form",
            Self::Matrix => "matrix",
            Self::Label => "label",
            Self::SpaceDelimited => "spaceDelimited",
            Self::PipeDelimited => "pipeDelimited",
            Self::DeepObject => "deepObject",
        }
    }

    /// The style a document names, if it is one.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|style| style.name() == name)
    }

    /// The styles OpenAPI allows in a location (`path`, `query`, `header`, `cookie`).
    pub fn allowed_in(location: &str) -> &'static [Self] {
        match location {
            "path" => &[Self::Matrix, Self::Label, Self::Simple],
            "query" => &[
                Self::Form,
                Self::SpaceDelimited,
                Self::PipeDelimited,
                Self::DeepObject,
            ],
            "header" => &[Self::Simple],
            "cookie" => &[Self::Form],
            _ => &[],
        }
    }

    /// The default of a location: `form` in query and cookie, else `simple`.
    pub fn default_in(location: &str) -> Self {
        match location {
            "query" | "cookie" => Self::Form,
            _ => Self::Simple,
        }
    }

    /// `explode`'s default: true for `form`, else false.
    pub fn default_explode(self) -> bool {
        self == Self::Form
    }
}

#[cfg(test)]
mod tests {
    use super::Style;

    #[test]
    fn names_round_trip_and_locations_allow_the_specification_styles() {
        for style in Style::ALL {
            assert_eq!(Style::from_name(style.name()), Some(style));
        }
        assert_eq!(Style::from_name("tabDelimited"), None);
        assert!(Style::allowed_in("query").contains(&Style::DeepObject));
        assert!(!Style::allowed_in("query").contains(&Style::Matrix));
        assert_eq!(Style::allowed_in("header"), &[Style::Simple]);
        assert_eq!(Style::default_in("cookie"), Style::Form);
        assert!(Style::Form.default_explode() && !Style::Label.default_explode());
    }
}
