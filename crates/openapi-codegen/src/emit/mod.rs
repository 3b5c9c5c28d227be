//! Rust source from the IR.
//!
//! `models` writes the models crate (with `responses`, the per-operation response enums). The API crate's emitter lives in `api` (with
//! `validate`); `crate::workspace` calls both.

pub mod api;
pub mod models;
mod responses;
pub mod rust;
mod validate;
