//! `cargo xtask diff`: what a change of an OpenAPI document breaks, against a base taken
//! from git (`--base HEAD`, the default) or from a file.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, anyhow, bail};
use heck::ToUpperCamelCase;
use openapi_codegen::diff::{self, Format, Level, Report};
use openapi_codegen::load::{Document, load_file, parse_yaml};

use crate::files::repo_root;
use crate::regen;

/// `--format`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
    Markdown,
}

/// `--fail-on`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FailOn {
    /// Fail on breaking changes.
    Breaking,
    /// Fail on breaking and potentially breaking changes.
    Warning,
}

pub struct Options {
    pub base: String,
    pub spec: Option<PathBuf>,
    pub format: OutputFormat,
    pub fail_on: Option<FailOn>,
}

pub fn run(options: &Options) -> Result<bool> {
    let spec = options
        .spec
        .clone()
        .unwrap_or_else(|| repo_root().join(regen::options().spec_label));
    let report = compare_with_base(&options.base, &spec)?;
    let format = match options.format {
        OutputFormat::Text => Format::Text,
        OutputFormat::Json => Format::Json,
        OutputFormat::Markdown => Format::Markdown,
    };
    print!("{}", diff::render(&report, format));
    let Some(fail_on) = options.fail_on else {
        return Ok(true);
    };
    let threshold = match fail_on {
        FailOn::Breaking => Level::Breaking,
        FailOn::Warning => Level::PotentiallyBreaking,
    };
    if diff::fails(&report, threshold) {
        let what = match fail_on {
            FailOn::Breaking => "breaking",
            FailOn::Warning => "breaking or potentially breaking",
        };
        eprintln!(
            "error: {what} API changes in {} (a major bump of info.version acknowledges them)",
            spec.display()
        );
        return Ok(false);
    }
    Ok(true)
}

/// The report of `spec` against `base` (a file, else a git revision).
pub fn compare_with_base(base: &str, spec: &Path) -> Result<Report> {
    let revision = load_file(spec).with_context(|| format!("loading {}", spec.display()))?;
    let base_document = if Path::new(base).is_file() {
        load_file(Path::new(base)).with_context(|| format!("loading the base {base}"))?
    } else {
        load_from_git(base, spec)?
    };
    Ok(diff::compare(&base_document, &revision, &trait_name(spec)))
}

/// The generated trait's name: `ChannelsApi` for the project's document, else from the
/// file name (`petstore.yaml` → `PetstoreApi`), as `cargo xtask generate --name` would.
fn trait_name(spec: &Path) -> String {
    let channels = regen::options();
    if spec.ends_with(&channels.spec_label) {
        return channels.trait_name();
    }
    let stem = spec
        .file_stem()
        .map(|stem| stem.to_string_lossy().to_upper_camel_case())
        .unwrap_or_default();
    format!("{stem}Api")
}

/// `git show REV:./FILE`, run in the file's directory so the path needs no repository root.
fn load_from_git(revision: &str, spec: &Path) -> Result<Document> {
    let file_name = spec
        .file_name()
        .ok_or_else(|| anyhow!("{} is not a file", spec.display()))?
        .to_string_lossy()
        .into_owned();
    let dir = match spec.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let object = format!("{revision}:./{file_name}");
    let output = match Command::new("git")
        .arg("show")
        .arg(&object)
        .current_dir(&dir)
        .output()
    {
        Ok(output) => output,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            bail!("git is not installed, so the base `{revision}` cannot be read; pass --base FILE")
        }
        Err(err) => return Err(err).context("running git"),
    };
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        if stderr.contains("not a git repository") {
            bail!(
                "{} is not in a git repository, so the base `{revision}` cannot be read; pass --base FILE",
                spec.display()
            );
        }
        if stderr.contains("does not exist in") || stderr.contains("exists on disk, but not in") {
            bail!(
                "{} does not exist at `{revision}` (not committed yet?): there is no base to compare with",
                spec.display()
            );
        }
        if stderr.contains("invalid object name") {
            bail!("--base `{revision}` is neither a file nor a git revision");
        }
        bail!("git show {object} failed: {}", stderr.trim());
    }
    let text =
        String::from_utf8(output.stdout).with_context(|| format!("{object} is not UTF-8"))?;
    let root =
        parse_yaml(&text).map_err(|message| anyhow!("{object}: not valid YAML: {message}"))?;
    Document::new(root).with_context(|| format!("loading {object}"))
}

/// The line `cargo xtask regen` prints after writing: `2 breaking, 1 compatible: …`;
/// `None` when the document is unchanged since `HEAD`.
pub fn summary_since_head(spec: &Path) -> Result<Option<String>> {
    let report = compare_with_base("HEAD", spec)?;
    Ok(report
        .counts_line()
        .map(|counts| format!("API changes since HEAD: {counts}: cargo xtask diff for details")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch directory removed when dropped.
    struct Scratch(PathBuf);

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn scratch(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("xtask-diff-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    const SPEC_V1: &str = "openapi: 3.1.0\ninfo: {title: T, version: 1.0.0}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n  /b:\n    get:\n      responses:\n        '200': {description: ok}\n";
    const SPEC_V2: &str = "openapi: 3.1.0\ninfo: {title: T, version: 1.1.0}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n";

    fn git(dir: &Path, args: &[&str]) {
        let status = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    }

    #[test]
    fn the_base_comes_from_git_and_the_summary_counts_changes() {
        let dir = scratch("git");
        let spec = dir.0.join("api.yaml");
        std::fs::write(&spec, SPEC_V1).unwrap();
        git(&dir.0, &["init", "--quiet"]);
        git(&dir.0, &["add", "api.yaml"]);
        git(&dir.0, &["commit", "--quiet", "-m", "v1"]);
        assert_eq!(
            summary_since_head(&spec).unwrap(),
            None,
            "unchanged is silent"
        );
        std::fs::write(&spec, SPEC_V2).unwrap();
        assert_eq!(
            summary_since_head(&spec).unwrap().as_deref(),
            Some("API changes since HEAD: 1 breaking: cargo xtask diff for details")
        );
        let report = compare_with_base("HEAD", &spec).unwrap();
        assert!(diff::fails(&report, Level::Breaking));
    }

    #[test]
    fn a_missing_base_is_explained() {
        let dir = scratch("nogit");
        let spec = dir.0.join("api.yaml");
        std::fs::write(&spec, SPEC_V1).unwrap();
        let err = compare_with_base("HEAD", &spec).unwrap_err().to_string();
        assert!(
            err.contains("not in a git repository") && err.contains("--base FILE"),
            "{err}"
        );
        git(&dir.0, &["init", "--quiet"]);
        std::fs::write(dir.0.join("other"), "x").unwrap();
        git(&dir.0, &["add", "other"]);
        git(&dir.0, &["commit", "--quiet", "-m", "other"]);
        let err = compare_with_base("HEAD", &spec).unwrap_err().to_string();
        assert!(err.contains("does not exist at `HEAD`"), "{err}");
        let err = compare_with_base("no-such-rev", &spec)
            .unwrap_err()
            .to_string();
        assert!(err.contains("neither a file nor a git revision"), "{err}");
    }

    #[test]
    fn a_file_base_works_without_git() {
        let dir = scratch("file");
        let (base, spec) = (dir.0.join("v1.yaml"), dir.0.join("v2.yaml"));
        std::fs::write(&base, SPEC_V1).unwrap();
        std::fs::write(&spec, SPEC_V2).unwrap();
        let report = compare_with_base(&base.display().to_string(), &spec).unwrap();
        assert_eq!(report.counts_line().as_deref(), Some("1 breaking"));
        assert_eq!(report.changes[0].rule, "path-removed");
    }

    #[test]
    fn fail_on_breaking_fails_unless_the_major_version_moves() {
        let dir = scratch("fail-on");
        let (base, spec) = (dir.0.join("v1.yaml"), dir.0.join("v2.yaml"));
        std::fs::write(&base, SPEC_V1).unwrap();
        std::fs::write(&spec, SPEC_V2).unwrap();
        let options = |fail_on| Options {
            base: base.display().to_string(),
            spec: Some(spec.clone()),
            format: OutputFormat::Json,
            fail_on,
        };
        assert!(run(&options(None)).unwrap(), "reporting alone never fails");
        assert!(!run(&options(Some(FailOn::Breaking))).unwrap());
        assert!(!run(&options(Some(FailOn::Warning))).unwrap());
        std::fs::write(&spec, SPEC_V2.replace("version: 1.1.0", "version: 2.0.0")).unwrap();
        assert!(run(&options(Some(FailOn::Breaking))).unwrap());
    }
}
