// The one integration-test binary of the workspace.
mod support;

mod channels;
mod cli;
mod concurrency;
mod domain;
mod durability;
mod errors;
mod group_commit;
mod hostile;
mod key_cache;
mod pydantic_parity;
mod schema_parity;
mod serving;
mod typed_client;
