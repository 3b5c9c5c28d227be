//! What a JSON pointer means in the generated Rust, read from the lowered IR: the trait
//! method of an operation, its params struct fields, its response enum, the model type
//! and field of a schema.

use std::collections::HashMap;

use crate::ir::{Api, TypeKind};

/// Rust names of one lowered document.
#[derive(Debug, Default)]
pub(crate) struct RustNames {
    trait_name: String,
    /// `("post", "/api/v1/channels")` → operation names.
    operations: HashMap<(String, String), OperationNames>,
    /// Property pointer → `ChannelResponse.status`.
    fields: HashMap<String, String>,
    /// Schema pointer → `ChannelResponse`.
    types: HashMap<String, String>,
}

#[derive(Debug)]
struct OperationNames {
    method: String,
    type_prefix: String,
    /// `("query", "limit")` → `limit`.
    params: HashMap<(String, String), String>,
}

impl RustNames {
    /// Names of `api`'s items; `trait_name` is the generated trait (`ChannelsApi`).
    pub fn of(api: &Api, trait_name: &str) -> Self {
        let mut names = RustNames {
            trait_name: trait_name.to_string(),
            ..RustNames::default()
        };
        for def in &api.types {
            names.types.insert(def.pointer.clone(), def.name.clone());
            if let TypeKind::Struct(fields) = &def.kind {
                for field in &fields.fields {
                    names.fields.insert(
                        field.pointer.clone(),
                        format!("{}.{}", def.name, field.rust_name),
                    );
                }
            }
        }
        for op in &api.operations {
            let params = op
                .parameters
                .iter()
                .map(|param| {
                    (
                        (param.location.key().to_string(), param.name.clone()),
                        param.rust_name.clone(),
                    )
                })
                .collect();
            names.operations.insert(
                (op.method.key().to_string(), op.path.clone()),
                OperationNames {
                    method: op.rust_name.clone(),
                    type_prefix: op.type_prefix.clone(),
                    params,
                },
            );
        }
        names
    }

    fn operation(&self, method: &str, path: &str) -> Option<&OperationNames> {
        self.operations.get(&(method.to_string(), path.to_string()))
    }

    /// `ChannelsApi::create_channel`.
    pub fn method(&self, method: &str, path: &str) -> Option<String> {
        self.operation(method, path)
            .map(|op| format!("{}::{}", self.trait_name, op.method))
    }

    /// `ListChannelsParams.limit`.
    pub fn param(&self, method: &str, path: &str, location: &str, name: &str) -> Option<String> {
        let op = self.operation(method, path)?;
        let field = op.params.get(&(location.to_string(), name.to_string()))?;
        Some(format!("{}Params.{field}", op.type_prefix))
    }

    /// `GetChannelResponse` (variant for 404).
    pub fn response(&self, method: &str, path: &str, status: &str) -> Option<String> {
        self.operation(method, path)
            .map(|op| format!("{}Response (variant for {status})", op.type_prefix))
    }

    /// The model field used at `site` and the named type defined at `pointer`:
    /// `ChannelResponse.assignment_mode: AssignmentModeEnum`, `ChannelResponse.status`, or
    /// `AssignmentModeEnum`.
    pub fn schema(&self, site: &str, pointer: &str) -> Option<String> {
        let field = self.fields.get(site).or_else(|| self.fields.get(pointer));
        let named = (site != pointer).then(|| self.types.get(pointer)).flatten();
        match (field, named) {
            (Some(field), Some(named)) => Some(format!("{field}: {named}")),
            (Some(field), None) => Some(field.clone()),
            (None, _) => self
                .types
                .get(pointer)
                .or_else(|| self.types.get(site))
                .cloned(),
        }
    }
}

/// Names on both sides: the revision's name wins, the base's names what is gone.
#[derive(Debug, Default)]
pub(crate) struct BothNames {
    pub base: RustNames,
    pub revision: RustNames,
}
