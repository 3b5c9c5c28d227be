//! Tests only: see `tests/roundtrip.rs`.
