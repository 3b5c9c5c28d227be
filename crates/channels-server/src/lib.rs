//! The Channels API server: the generated `ChannelsApi` trait implemented over SeaORM
//! (SQLite or PostgreSQL), plus the documentation pages and the `keys` command line.

pub mod api;
pub mod app;
pub mod cli;
pub mod config;
pub mod db;
pub mod docs;
pub mod domain;
pub mod entity;
pub mod group_commit;
pub mod inline_reads;
pub mod migration;
pub mod panic_guard;
pub mod request_id;
pub mod sqlite_rows;
pub mod telemetry;
pub mod thread_connections;
