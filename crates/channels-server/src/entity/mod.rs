//! SeaORM entities: one module per table created by the migrations.

pub mod api_key;
pub mod channel;
pub mod tenant;
