//! Whole crates from a document: manifests and sources, as a map of relative path →
//! contents, and the root manifest that makes generated crates a workspace of their own.

use std::collections::BTreeMap;
use std::path::Path;

use crate::emit;
use crate::error::Result;
use crate::ir::Api;
use crate::load::{Document, load_file};
use crate::lower::lower;
pub use crate::options::GenerateOptions;

/// Generated files: path relative to the output root (`crates/x-models/src/lib.rs`) → contents.
pub type GeneratedFiles = BTreeMap<String, String>;

/// Generates the crates for the document at `spec_path`.
pub fn generate(spec_path: &Path, options: &GenerateOptions) -> Result<GeneratedFiles> {
    generate_from_document(&load_file(spec_path)?, options)
}

/// Generates the crates for an already loaded document.
pub fn generate_from_document(
    document: &Document,
    options: &GenerateOptions,
) -> Result<GeneratedFiles> {
    let api = lower(document)?;
    generate_from_api(&api, options)
}

/// Generates the crates for a lowered document.
///
/// The API crate, the largest, is emitted on a thread of its own while this thread emits
/// the models and client crates: each is a pure function of the IR, so the output does not
/// depend on which finishes first.
pub fn generate_from_api(api: &Api, options: &GenerateOptions) -> Result<GeneratedFiles> {
    let (api_lib, models_lib, client_lib) = std::thread::scope(|scope| {
        let api_lib = scope.spawn(|| emit::api::emit(api, options));
        let models_lib = emit::models::emit(api, &options.header("//"));
        let client_lib = emit::client::emit(api, options);
        let api_lib = api_lib
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (api_lib, models_lib, client_lib)
    });
    let mut files = GeneratedFiles::new();
    let models_dir = format!("{}/{}", options.crates_dir, options.models_crate());
    files.insert(
        format!("{models_dir}/Cargo.toml"),
        models_manifest(api, options),
    );
    files.insert(format!("{models_dir}/src/lib.rs"), models_lib?);
    let api_dir = format!("{}/{}", options.crates_dir, options.api_crate());
    files.insert(format!("{api_dir}/Cargo.toml"), api_manifest(api, options));
    files.insert(format!("{api_dir}/src/lib.rs"), api_lib?);
    let client_dir = format!("{}/{}", options.crates_dir, options.client_crate());
    files.insert(
        format!("{client_dir}/Cargo.toml"),
        client_manifest(api, options),
    );
    files.insert(format!("{client_dir}/src/lib.rs"), client_lib?);
    Ok(files)
}

fn models_manifest(api: &Api, options: &GenerateOptions) -> String {
    let description = format!(
        "Types of {}, generated from its OpenAPI document.",
        title(api, options)
    );
    format!(
        "{package}[dependencies]\nchrono.workspace = true\nopenapi-runtime.workspace = true\nserde.workspace = true\n\
         serde_json.workspace = true\nutoipa.workspace = true\n",
        package = package_section(options, &options.models_crate(), &description),
    )
}

/// The API crate's `Cargo.toml`. The models crate is referenced by path (it is generated
/// next to this one), so the manifest works in any workspace.
pub fn api_manifest(api: &Api, options: &GenerateOptions) -> String {
    let description = format!(
        "{}: the API trait and its actix-web glue, generated from its OpenAPI document.",
        title(api, options)
    );
    format!(
        "{package}[dependencies]\nactix-web.workspace = true\nchrono.workspace = true\n\
         {models} = {{ path = \"../{models}\" }}\n\
         openapi-runtime = {{ workspace = true, features = [\"server\"] }}\nserde.workspace = true\nserde_json.workspace = true\n\n\
         [features]\n# `Unimplemented`: answers 501 to every operation (tests of the glue).\nstub = []\n",
        package = package_section(options, &options.api_crate(), &description),
        models = options.models_crate(),
    )
}

/// The client crate's `Cargo.toml`: the models crate by path (it is generated next to
/// this one) and the runtime's `client` feature, never its `server` feature.
pub fn client_manifest(api: &Api, options: &GenerateOptions) -> String {
    let description = format!(
        "{}: a typed client, generated from its OpenAPI document.",
        title(api, options)
    );
    format!(
        "{package}[dependencies]\nchrono.workspace = true\n{models} = {{ path = \"../{models}\" }}\n\
         openapi-runtime = {{ workspace = true, features = [\"client\"] }}\nserde_json.workspace = true\n",
        package = package_section(options, &options.client_crate(), &description),
        models = options.models_crate(),
    )
}

/// The API's title, or the crates' base name when the document has none.
fn title<'a>(api: &'a Api, options: &'a GenerateOptions) -> &'a str {
    if api.title.is_empty() {
        &options.name
    } else {
        &api.title
    }
}

/// The generated header and the `[package]` table every generated crate shares.
fn package_section(options: &GenerateOptions, name: &str, description: &str) -> String {
    format!(
        "{header}\n[package]\nname = \"{name}\"\ndescription = {description}\nversion = \"0.1.0\"\n\
         edition.workspace = true\nrust-version.workspace = true\nlicense.workspace = true\npublish.workspace = true\n\n",
        header = options.header("#"),
        description = toml_string(description),
    )
}

/// A TOML basic string (Rust's `{:?}` escapes, such as `\u{fe0f}`, are not TOML).
pub fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Dependencies generated crates use, as named in this repository's workspace manifest.
const GENERATED_CRATE_DEPENDENCIES: &[&str] = &[
    "actix-web",
    "chrono",
    "futures-util",
    "serde",
    "serde_json",
    "utoipa",
];

/// Where a standalone workspace keeps its own copy of `openapi-runtime`, so that it
/// builds wherever it is moved (relative to the workspace root).
pub const VENDORED_RUNTIME_DIR: &str = "vendor/openapi-runtime";

/// A root `Cargo.toml` making `members` a workspace of their own: dependency versions
/// are copied from this repository's manifest (`repo_manifest`, its text), for the
/// generated crates and for the runtime's own dependencies (`runtime_manifest`, the
/// text of its manifest); `openapi-runtime` is the copy in [`VENDORED_RUNTIME_DIR`].
pub fn standalone_manifest(
    members: &[String],
    repo_manifest: &str,
    runtime_manifest: &str,
) -> String {
    let mut out = String::from(
        "# @generated by cargo xtask generate — do not edit\n[workspace]\nresolver = \"3\"\nmembers = [\n",
    );
    for member in members {
        out.push_str(&format!("    {},\n", toml_string(member)));
    }
    out.push_str("]\n\n[workspace.package]\nedition = \"2024\"\nrust-version = \"1.95\"\nlicense = \"MIT OR Apache-2.0\"\npublish = false\n\n");
    out.push_str("[workspace.dependencies]\n");
    out.push_str(&format!(
        "openapi-runtime = {{ path = {}, default-features = false }}\n",
        toml_string(VENDORED_RUNTIME_DIR)
    ));
    // API crates depend on their models crate through the workspace, as in this repository.
    for member in members.iter().filter(|member| member.ends_with("-models")) {
        let name = member.rsplit('/').next().unwrap_or(member);
        out.push_str(&format!("{name} = {{ path = {} }}\n", toml_string(member)));
    }
    let runtime_dependencies = dependency_names(runtime_manifest);
    for line in workspace_dependency_lines(repo_manifest) {
        let name = dependency_name(line);
        if GENERATED_CRATE_DEPENDENCIES.contains(&name) || runtime_dependencies.contains(&name) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The vendored runtime's manifest: the runtime's own, without its dev-dependencies
/// (the tests that use them are not copied).
pub fn vendored_runtime_manifest(runtime_manifest: &str) -> String {
    let mut out = String::new();
    let mut in_dev_dependencies = false;
    for line in runtime_manifest.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            in_dev_dependencies = trimmed == "[dev-dependencies]";
        }
        if !in_dev_dependencies {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn dependency_name(line: &str) -> &str {
    line.split(['=', ' ', '.']).next().unwrap_or_default()
}

/// The names in a manifest's `[dependencies]` table.
fn dependency_names(manifest: &str) -> Vec<&str> {
    manifest
        .lines()
        .skip_while(|line| line.trim() != "[dependencies]")
        .skip(1)
        .take_while(|line| !line.trim_start().starts_with('['))
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(dependency_name)
        .collect()
}

/// The lines of the `[workspace.dependencies]` table.
fn workspace_dependency_lines(manifest: &str) -> Vec<&str> {
    manifest
        .lines()
        .skip_while(|line| line.trim() != "[workspace.dependencies]")
        .skip(1)
        .take_while(|line| !line.trim_start().starts_with('['))
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standalone_manifest_copies_needed_dependencies_only() {
        let repo = "[workspace]\nmembers = []\n\n[workspace.dependencies]\n# Web\nactix-web = { version = \"4\" }\nsea-orm = \"2\"\nregex = \"1\"\nserde = { version = \"1\", features = [\"derive\"] }\n\n[profile.dev]\ndebug = 0\n";
        let runtime = "[package]\nname = \"openapi-runtime\"\n\n[dependencies]\nregex.workspace = true\n\n[dev-dependencies]\nsea-orm.workspace = true\n";
        let manifest = standalone_manifest(&["crates/a-models".to_string()], repo, runtime);
        assert!(
            manifest.contains("actix-web = { version = \"4\" }\n"),
            "{manifest}"
        );
        assert!(manifest.contains("serde = { version = \"1\", features = [\"derive\"] }\n"));
        assert!(
            manifest.contains("regex = \"1\"\n"),
            "the runtime's own: {manifest}"
        );
        assert!(!manifest.contains("sea-orm"));
        assert!(!manifest.contains("debug = 0"));
        assert!(manifest.contains(
            "openapi-runtime = { path = \"vendor/openapi-runtime\", default-features = false }"
        ));
        assert!(manifest.contains("\"crates/a-models\","));
        assert!(
            manifest.contains("a-models = { path = \"crates/a-models\" }\n"),
            "{manifest}"
        );
        let vendored = vendored_runtime_manifest(runtime);
        assert!(vendored.contains("regex.workspace = true"));
        assert!(!vendored.contains("sea-orm"), "{vendored}");
    }

    #[test]
    fn the_api_manifest_names_its_models_crate_by_path() {
        let document = serde_json::json!({
            "openapi": "3.1.0",
            "info": {"title": "Pets \"v1\"", "version": "1"},
            "paths": {},
        });
        let api = match crate::load::Document::new(document).and_then(|document| lower(&document)) {
            Ok(api) => api,
            Err(error) => panic!("lowering failed: {error}"),
        };
        let options = GenerateOptions::new("pets", "pets.yaml", "test");
        let manifest = api_manifest(&api, &options);
        assert!(manifest.contains("name = \"pets-api\""), "{manifest}");
        assert!(
            manifest.contains("description = \"Pets \\\"v1\\\": the API trait"),
            "{manifest}"
        );
        assert!(
            manifest.contains("pets-models = { path = \"../pets-models\" }"),
            "{manifest}"
        );
        assert!(manifest.contains("features = [\"server\"]"), "{manifest}");
    }

    #[test]
    fn toml_strings_escape_quotes_backslashes_and_controls() {
        assert_eq!(
            toml_string("a \"b\" \\ \n ♾\u{fe0f}"),
            "\"a \\\"b\\\" \\\\ \\u000A ♾\u{fe0f}\""
        );
    }

    #[test]
    fn names_follow_the_base_name() {
        let options =
            GenerateOptions::new("channels", "openapi/channels.yaml", "cargo xtask regen");
        assert_eq!(options.models_crate(), "channels-models");
        assert_eq!(options.api_crate(), "channels-api");
        assert_eq!(options.client_crate(), "channels-client");
        assert_eq!(options.trait_name(), "ChannelsApi");
        assert_eq!(
            options.header("//"),
            "// @generated from openapi/channels.yaml by cargo xtask regen — do not edit"
        );
    }
}
