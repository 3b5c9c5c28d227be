//! Comparing the HTTP surface: paths, operations, parameters, request bodies, responses
//! and security requirements. Schemas are handed to [`super::schema`].

use serde_json::{Map, Value};

use super::change::Level::{self, Breaking, Compatible, PotentiallyBreaking};
use super::rust_names::{BothNames, RustNames};
use super::schema::{Direction, SchemaDiff};
use super::sink::{Finding, Sink, Use};
use crate::ir::HttpMethod;
use crate::load::{Document, join_pointer};

/// One operation of one document.
struct OperationSide<'a> {
    path: &'a str,
    method: &'static str,
    pointer: String,
    item: &'a Map<String, Value>,
    item_pointer: String,
    operation: &'a Map<String, Value>,
}

impl OperationSide<'_> {
    fn label(&self) -> String {
        format!("{} {}", self.method.to_ascii_uppercase(), self.path)
    }
}

fn operations_of(doc: &Document) -> Vec<OperationSide<'_>> {
    let mut operations = Vec::new();
    let Some(paths) = doc.root.get("paths").and_then(Value::as_object) else {
        return operations;
    };
    for (path, item) in paths {
        let item_pointer = join_pointer("/paths", path);
        let Ok((item_pointer, item)) = doc.deref(item, &item_pointer) else {
            continue;
        };
        let Some(item) = item.as_object() else {
            continue;
        };
        for method in HttpMethod::ALL {
            if let Some(operation) = item.get(method.key()).and_then(Value::as_object) {
                operations.push(OperationSide {
                    path,
                    method: method.key(),
                    pointer: join_pointer(&item_pointer, method.key()),
                    item,
                    item_pointer: item_pointer.clone(),
                    operation,
                });
            }
        }
    }
    operations
}

/// A path template with its parameter names erased: `/a/{id}` and `/a/{key}` are one path.
fn path_shape(path: &str) -> String {
    let mut shape = String::with_capacity(path.len());
    let mut in_name = false;
    for ch in path.chars() {
        match ch {
            '{' => {
                in_name = true;
                shape.push('{');
            }
            '}' => {
                in_name = false;
                shape.push('}');
            }
            _ if in_name => {}
            _ => shape.push(ch),
        }
    }
    shape
}

/// An operation as a place where changes apply, named by the trait method of `names`.
fn use_of(names: &RustNames, op: &OperationSide<'_>) -> Use {
    Use {
        label: op.label(),
        rust: names.method(op.method, op.path).into_iter().collect(),
    }
}

/// Compares every operation of the two documents.
pub(crate) struct OperationsDiff<'a> {
    pub base: &'a Document,
    pub revision: &'a Document,
    pub names: &'a BothNames,
    pub sink: &'a mut Sink,
}

impl OperationsDiff<'_> {
    pub fn run(&mut self) {
        let old_ops = operations_of(self.base);
        let new_ops = operations_of(self.revision);
        let find = |ops: &[OperationSide<'_>], shape: &str, method: &str| {
            ops.iter()
                .position(|op| op.method == method && path_shape(op.path) == shape)
        };
        for old in &old_ops {
            let shape = path_shape(old.path);
            match find(&new_ops, &shape, old.method) {
                Some(index) => self.compare_operation(old, &new_ops[index]),
                None if !new_ops.iter().any(|op| path_shape(op.path) == shape) => {
                    // The whole path is gone: one change, listing its operations.
                    let at = use_of(&self.names.base, old);
                    let pointer = join_pointer("/paths", old.path);
                    self.add(
                        &at,
                        Breaking,
                        "path-removed",
                        format!("path `{}` removed", old.path),
                        Some(&pointer),
                        None,
                        None,
                    );
                }
                None => {
                    let at = use_of(&self.names.base, old);
                    self.add(
                        &at,
                        Breaking,
                        "operation-removed",
                        format!("operation {} removed", old.label()),
                        Some(&old.pointer),
                        None,
                        None,
                    );
                }
            }
        }
        for new in &new_ops {
            if find(&old_ops, &path_shape(new.path), new.method).is_none() {
                let at = use_of(&self.names.revision, new);
                self.add(
                    &at,
                    Compatible,
                    "operation-added",
                    format!("operation {} added", new.label()),
                    None,
                    Some(&new.pointer),
                    None,
                );
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        at: &Use,
        level: Level,
        rule: &'static str,
        reason: String,
        base: Option<&str>,
        revision: Option<&str>,
        rust: Option<String>,
    ) {
        self.sink.add(
            at,
            Finding {
                level,
                rule,
                reason,
                base,
                revision,
                rust,
            },
        );
    }

    fn compare_operation(&mut self, old: &OperationSide<'_>, new: &OperationSide<'_>) {
        let method = self
            .names
            .revision
            .method(new.method, new.path)
            .or_else(|| self.names.base.method(old.method, old.path));
        let at = Use {
            label: new.label(),
            rust: method.into_iter().collect(),
        };
        let text = |op: &OperationSide<'_>, key: &str| {
            op.operation
                .get(key)
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        if text(old, "operationId") != text(new, "operationId")
            && text(old, "operationId").is_some()
        {
            let reason = format!(
                "operationId changed from `{}` to `{}` (generated method renamed)",
                text(old, "operationId").unwrap_or_default(),
                text(new, "operationId").unwrap_or_default()
            );
            self.add(
                &at,
                PotentiallyBreaking,
                "operation-id-changed",
                reason,
                Some(&old.pointer),
                Some(&new.pointer),
                None,
            );
        }
        for key in ["summary", "description"] {
            if text(old, key) != text(new, key) {
                self.add(
                    &at,
                    Compatible,
                    "description-changed",
                    format!("operation {key} changed"),
                    Some(&old.pointer),
                    Some(&new.pointer),
                    None,
                );
            }
        }
        let deprecated = |op: &OperationSide<'_>| {
            op.operation.get("deprecated").and_then(Value::as_bool) == Some(true)
        };
        if !deprecated(old) && deprecated(new) {
            self.add(
                &at,
                Compatible,
                "operation-deprecated",
                "operation deprecated".into(),
                Some(&old.pointer),
                Some(&new.pointer),
                None,
            );
        }
        self.compare_parameters(old, new, &at);
        self.compare_request_body(old, new, &at);
        self.compare_responses(old, new, &at);
        self.compare_security(old, new, &at);
    }

    fn schema_diff<'b>(&'b mut self, at: &'b Use, direction: Direction) -> SchemaDiff<'b> {
        SchemaDiff::new(
            self.base,
            self.revision,
            self.names,
            self.sink,
            at,
            direction,
        )
    }
}

mod bodies;
mod parameters;
mod security;
