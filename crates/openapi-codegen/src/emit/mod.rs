//! Rust source from the IR.
//!
//! `models` writes the models crate. The API crate's emitter lives in `api` (with
//! `validate`); `crate::workspace` calls both.

pub mod api;
pub mod models;
pub mod rust;
mod validate;
