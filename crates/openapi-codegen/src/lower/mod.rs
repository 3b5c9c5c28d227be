//! From a loaded document to the IR.
//!
//! Component schemas are named first (in document order), so references can name their
//! targets before those are lowered; inline schemas that need a type are named after
//! where they appear (`Pet` + `status` → `PetStatus`), in document order, so names are
//! deterministic. Post-passes then box recursive types and check defaults.

mod defaults;
mod normalize;
mod objects;
mod operations;
mod recursion;
mod schema;
mod security;
mod unions;

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use crate::error::{Error, Result, Warning};
use crate::ir::{Api, Docs, TypeDef};
use crate::load::{Document, join_pointer};
use crate::names::{NameScope, type_name};

pub use normalize::{Normalized, normalize};

/// Lowers a whole document.
pub fn lower(document: &Document) -> Result<Api> {
    let root = &document.root;
    let openapi_version = root
        .get("openapi")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            Error::spec(
                "/openapi",
                "missing `openapi` version (only OpenAPI 3.x is supported)",
            )
        })?
        .to_string();
    if !openapi_version.starts_with("3.") {
        return Err(Error::spec(
            "/openapi",
            format!("version {openapi_version} is not supported (only 3.0.x and 3.1.x)"),
        ));
    }
    let info = root.get("info");
    let info_text = |key: &str| {
        info.and_then(|i| i.get(key))
            .and_then(Value::as_str)
            .map(str::to_string)
    };

    let mut lowerer = Lowerer::new(document);
    lowerer.name_components();
    lowerer.lower_components();
    let operations = lowerer.lower_operations();
    let security_schemes = security::lower_schemes(document);
    let (operations, security_schemes) = match (operations, security_schemes) {
        (Ok(operations), Ok(schemes)) if lowerer.errors.is_empty() => (operations, schemes),
        (operations, schemes) => {
            // Everything unsupported in one report, so a user fixes a document in one go.
            let mut errors = std::mem::take(&mut lowerer.errors);
            errors.extend(operations.err());
            errors.extend(schemes.err());
            return Err(Error::combine(errors)
                .unwrap_or_else(|| Error::spec("", "the document could not be lowered")));
        }
    };

    let mut types: Vec<TypeDef> = lowerer.types.into_values().collect();
    recursion::break_cycles(&mut types);
    let mut api = Api {
        title: info_text("title").unwrap_or_default(),
        version: info_text("version").unwrap_or_default(),
        description: info_text("description"),
        openapi_version,
        types,
        operations,
        security_schemes,
        document: root.clone(),
        warnings: lowerer.warnings,
    };
    defaults::drop_inexpressible_defaults(&mut api);
    Ok(api)
}

/// State of one lowering.
pub(crate) struct Lowerer<'doc> {
    doc: &'doc Document,
    /// Named types so far, by Rust name (a BTreeMap keeps the output sorted).
    types: BTreeMap<String, TypeDef>,
    type_names: NameScope,
    /// Component schema pointer → Rust name, assigned before any lowering.
    components: HashMap<String, String>,
    /// Inline schemas already given a type, by pointer (a path-level parameter shared by
    /// several operations, a schema referenced by a non-component `$ref`).
    inline_types: HashMap<String, String>,
    /// Unsupported constructs met so far; lowering goes on to find them all.
    errors: Vec<Error>,
    warnings: Vec<Warning>,
}

impl<'doc> Lowerer<'doc> {
    fn new(doc: &'doc Document) -> Self {
        Self {
            doc,
            types: BTreeMap::new(),
            type_names: NameScope::new(),
            components: HashMap::new(),
            inline_types: HashMap::new(),
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn component_schemas(&self) -> Vec<(String, String)> {
        let doc = self.doc;
        doc.root
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|schemas| {
                schemas
                    .keys()
                    .map(|key| (key.clone(), join_pointer("/components/schemas", key)))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn name_components(&mut self) {
        for (key, pointer) in self.component_schemas() {
            let name = self.type_names.claim(&type_name(&key));
            self.components.insert(pointer, name);
        }
    }

    /// Lowers every component schema; those that fail are recorded and skipped.
    fn lower_components(&mut self) {
        for (key, pointer) in self.component_schemas() {
            let Some(name) = self.components.get(&pointer).cloned() else {
                continue;
            };
            let doc = self.doc;
            let schema = doc.at_pointer(&pointer).unwrap_or(&Value::Null);
            let result = self.define(&name, &key, schema, &pointer);
            self.record(result);
        }
    }

    /// Keeps an error for the final report; lowering carries on without the value.
    pub(crate) fn record<T>(&mut self, result: Result<T>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(Error::Several(errors)) => {
                self.errors.extend(errors);
                None
            }
            Err(error) => {
                self.errors.push(error);
                None
            }
        }
    }

    pub(crate) fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            pointer: pointer.to_string(),
            message: message.into(),
        });
    }

    /// Claims a name for an inline type derived from `hint`.
    fn claim_type_name(&mut self, hint: &str) -> String {
        self.type_names.claim(&type_name(hint))
    }

    fn insert_type(&mut self, def: TypeDef) {
        self.types.insert(def.name.clone(), def);
    }
}

/// Title and description of a schema (or parameter, or operation).
pub(crate) fn docs_of(object: &serde_json::Map<String, Value>) -> Docs {
    let text = |key: &str| {
        object
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_string)
            .filter(|text| !text.trim().is_empty())
    };
    Docs {
        title: text("title").or_else(|| text("summary")),
        description: text("description"),
        deprecated: object.get("deprecated").and_then(Value::as_bool) == Some(true),
    }
}

#[cfg(test)]
mod tests;
