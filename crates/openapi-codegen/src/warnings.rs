//! Generation that also hands back what the user should be warned about.

use std::path::Path;

use crate::error::{Result, Warning};
use crate::load::load_file;
use crate::lower::lower;
use crate::workspace::{GenerateOptions, GeneratedFiles, generate_from_api};

/// Generates the crates for the document at `spec_path`, with the warnings of lowering
/// (each naming a JSON pointer), for a command line to print.
pub fn generate_with_warnings(
    spec_path: &Path,
    options: &GenerateOptions,
) -> Result<(GeneratedFiles, Vec<Warning>)> {
    let api = lower(&load_file(spec_path)?)?;
    let files = generate_from_api(&api, options)?;
    Ok((files, api.warnings))
}
