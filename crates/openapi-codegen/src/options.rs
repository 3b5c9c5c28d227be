//! What to generate and how to label it: shared by the emitters and `workspace`.

use heck::{ToKebabCase, ToUpperCamelCase};

/// What to generate and how to label it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenerateOptions {
    /// Base name: crates `<name>-models`, `<name>-api` and `<name>-client`, trait `<Name>Api`.
    pub name: String,
    /// How the document is named in the `@generated` header (`openapi/channels.yaml`).
    pub spec_label: String,
    /// The command that regenerates the files, for the header (`cargo xtask regen`).
    pub command: String,
    /// Directory (relative to the output root) the crates go in.
    pub crates_dir: String,
    /// Rust code shown (and compiled as a `no_run` doctest) in the client crate's
    /// documentation, e.g. a tour of the API.
    pub client_example: Option<String>,
}

impl GenerateOptions {
    pub fn new(name: &str, spec_label: &str, command: &str) -> Self {
        Self {
            name: name.to_kebab_case(),
            spec_label: spec_label.to_string(),
            command: command.to_string(),
            crates_dir: "crates".to_string(),
            client_example: None,
        }
    }

    pub fn models_crate(&self) -> String {
        format!("{}-models", self.name)
    }

    pub fn api_crate(&self) -> String {
        format!("{}-api", self.name)
    }

    pub fn client_crate(&self) -> String {
        format!("{}-client", self.name)
    }

    /// `channels` → `ChannelsApi`.
    pub fn trait_name(&self) -> String {
        format!("{}Api", self.name.to_upper_camel_case())
    }

    /// The first line of every generated file (`#` comments for manifests).
    pub fn header(&self, comment: &str) -> String {
        format!(
            "{comment} @generated from {} by {} — do not edit",
            self.spec_label, self.command
        )
    }
}
