//! Generates Rust crates from OpenAPI 3.0/3.1 documents.
//!
//! The pipeline: [`load`] reads a YAML or JSON document into a raw JSON tree and checks its
//! references; [`lower`] turns the tree into the [`ir`]; [`emit`] turns the IR into Rust
//! source; [`workspace`] assembles crates (and, for standalone output, a workspace);
//! [`diff`] classifies the changes between two versions of a document.

pub mod diff;
pub mod emit;
pub mod error;
pub mod ir;
pub mod load;
pub mod lower;
pub mod names;
pub mod options;
pub mod warnings;
pub mod workspace;

pub use error::{Error, Result, Warning};
pub use warnings::generate_with_warnings;
pub use workspace::{GenerateOptions, GeneratedFiles, generate, generate_from_document};
