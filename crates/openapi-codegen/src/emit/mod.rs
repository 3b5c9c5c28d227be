//! Rust source from the IR.
//!
//! `models` writes the models crate (with `responses`, the per-operation response
//! enums); `api` writes the API crate, with `validate` for its body validators;
//! `client` writes the client crate.
//! `crate::workspace` calls both and writes the manifests. Imports go one way: no
//! emitter depends on `workspace` (the options they need are in `crate::options`), and
//! `validate` depends only on the IR.

pub mod api;
pub mod client;
pub mod models;
mod path_template;
mod responses;
pub mod rust;
mod validate;
pub mod value_schema;
