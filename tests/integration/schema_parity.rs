//! The generated models describe the document they were generated from: for every
//! component schema of openapi/channels.yaml, the schema utoipa derives for the model
//! type of the same name lists the same properties (in the same order), the same
//! required properties, the same enum values, the same nullable properties and the same
//! JSON types, and is a map where the document's schema is one.
//!
//! The comparison (`openapi_runtime::schema_parity`, which `cargo xtask check-specs
//! --round-trips` also runs on every corpus document) is tested against altered copies
//! of the document, so a checker that stopped seeing differences would fail too.

use std::collections::BTreeSet;

use anyhow::{Context, Result};
use openapi_runtime::schema_parity::{self, Schemas, referenced_names};
use serde_json::{Value, json};
use utoipa::{PartialSchema, ToSchema};

const SPEC_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi/channels.yaml");
const MODELS_SOURCE_PATH: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../channels-models/src/lib.rs");

/// The derived schemas of the models, under the names utoipa gives them in a document.
struct Models {
    schemas: Schemas,
    rust_names: BTreeSet<String>,
}

impl Models {
    fn add<T: ToSchema>(&mut self, rust_name: &str) -> Result<()> {
        let schema = serde_json::to_value(<T as PartialSchema>::schema())?;
        self.schemas.insert(T::name().into_owned(), schema);
        self.rust_names.insert(rust_name.to_owned());
        Ok(())
    }
}

/// Every type of `channels_models`. Rust cannot enumerate a crate's types, so
/// `the_list_of_models_is_complete` checks this list against the generated source.
fn models() -> Result<Models> {
    use channels_models::*;
    let mut models = Models {
        schemas: Schemas::new(),
        rust_names: BTreeSet::new(),
    };
    macro_rules! add {
        ($($model:ident),+ $(,)?) => {
            $(models.add::<$model>(stringify!($model))?;)+
        };
    }
    add![
        AssignmentModeEnum,
        BusinessHours,
        ChannelCreate,
        ChannelListResponse,
        ChannelResponse,
        ChannelStatusEnum,
        ChannelUpdate,
        DaySchedule,
        HTTPError,
        HTTPValidationError,
        HealthStatus,
        ValidationError,
        ValidationErrorLocItem,
    ];
    Ok(models)
}

fn spec_schemas() -> Result<Schemas> {
    let text =
        std::fs::read_to_string(SPEC_PATH).with_context(|| format!("reading {SPEC_PATH}"))?;
    let spec: Value = yaml_serde::from_str(&text)?;
    spec.pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .context("the document has no components.schemas")
}

/// The types the generated source declares (`pub struct X` / `pub enum X`).
fn declared_model_types() -> Result<BTreeSet<String>> {
    let source = std::fs::read_to_string(MODELS_SOURCE_PATH)
        .with_context(|| format!("reading {MODELS_SOURCE_PATH}"))?;
    Ok(source
        .lines()
        .filter_map(|line| {
            line.strip_prefix("pub struct ")
                .or_else(|| line.strip_prefix("pub enum "))
        })
        .filter_map(|rest| {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            (!name.is_empty()).then_some(name)
        })
        .collect())
}

/// Differences in properties, required properties, enum values, JSON types and maps, and
/// spec schemas without a model. One line per difference.
fn shape_differences(spec: &Schemas, models: &Schemas) -> Vec<String> {
    schema_parity::document_differences(spec, models)
        .into_iter()
        .filter(|line| !line.contains(": nullable in the document: "))
        .collect()
}

/// Properties nullable on one side only. One line per difference.
fn nullability_differences(spec: &Schemas, models: &Schemas) -> Vec<String> {
    schema_parity::document_differences(spec, models)
        .into_iter()
        .filter(|line| line.contains(": nullable in the document: "))
        .collect()
}

#[test]
fn every_document_schema_has_a_model_with_the_same_shape() -> Result<()> {
    let differences = shape_differences(&spec_schemas()?, &models()?.schemas);
    assert!(
        differences.is_empty(),
        "the models' derived schemas differ from {SPEC_PATH}:\n{}",
        differences.join("\n")
    );
    Ok(())
}

#[test]
fn nullable_properties_match() -> Result<()> {
    let differences = nullability_differences(&spec_schemas()?, &models()?.schemas);
    assert!(
        differences.is_empty(),
        "generator gap: an optional, non-nullable property without a default is generated as \
         `Option<T>` (skipped when `None`), which utoipa derives as nullable; the generator should \
         add `#[schema(nullable = false)]` to such fields. Differences:\n{}",
        differences.join("\n")
    );
    Ok(())
}

#[test]
fn the_list_of_models_is_complete() -> Result<()> {
    let declared = declared_model_types()?;
    assert!(
        declared.len() >= 2,
        "no types found in {MODELS_SOURCE_PATH}"
    );
    assert_eq!(
        models()?.rust_names,
        declared,
        "models() must list exactly the types of {MODELS_SOURCE_PATH}"
    );
    Ok(())
}

/// Models with no schema of their name in the document must be named inline schemas of
/// it, so something refers to them; and every reference must resolve.
#[test]
fn every_model_is_a_document_schema_or_used_by_one() -> Result<()> {
    let spec = spec_schemas()?;
    let models = models()?.schemas;
    let referenced = referenced_names(&models);
    let orphans: Vec<&String> = models
        .keys()
        .filter(|name| !spec.contains_key(*name) && !referenced.contains(*name))
        .collect();
    assert!(
        orphans.is_empty(),
        "models neither in the document nor used: {orphans:?}"
    );
    let dangling: Vec<&String> = referenced
        .iter()
        .filter(|name| !models.contains_key(*name))
        .collect();
    assert!(
        dangling.is_empty(),
        "models refer to schemas no model has: {dangling:?}"
    );
    Ok(())
}

// The checks above, against altered copies of the document: each alteration must be
// reported.

fn altered_spec(alter: impl FnOnce(&mut Schemas) -> Option<()>) -> Result<Schemas> {
    let mut spec = spec_schemas()?;
    alter(&mut spec).context("the alteration did not apply: the document changed shape")?;
    Ok(spec)
}

fn assert_reported(differences: &[String], expected: &str) {
    assert!(
        differences.iter().any(|line| line.starts_with(expected)),
        "expected a difference starting with {expected:?}, got {differences:?}"
    );
}

#[test]
fn a_schema_without_a_model_is_reported() -> Result<()> {
    let spec = altered_spec(|spec| {
        spec.insert(
            "Webhook".to_owned(),
            json!({"type": "object", "properties": {"url": {"type": "string"}}}),
        );
        Some(())
    })?;
    assert_reported(
        &shape_differences(&spec, &models()?.schemas),
        "Webhook: in the document",
    );
    Ok(())
}

#[test]
fn a_different_property_is_reported() -> Result<()> {
    let spec = altered_spec(|spec| {
        let properties = spec
            .get_mut("HealthStatus")?
            .get_mut("properties")?
            .as_object_mut()?;
        properties.insert("checked_at".to_owned(), json!({"type": "string"}));
        Some(())
    })?;
    assert_reported(
        &shape_differences(&spec, &models()?.schemas),
        "HealthStatus: properties differ",
    );
    Ok(())
}

#[test]
fn a_different_required_list_is_reported() -> Result<()> {
    let spec = altered_spec(|spec| {
        spec.get_mut("ChannelCreate")?
            .get_mut("required")?
            .as_array_mut()?
            .pop()?;
        Some(())
    })?;
    assert_reported(
        &shape_differences(&spec, &models()?.schemas),
        "ChannelCreate: required differ",
    );
    Ok(())
}

#[test]
fn a_different_enum_is_reported() -> Result<()> {
    let spec = altered_spec(|spec| {
        let values = spec
            .get_mut("AssignmentModeEnum")?
            .get_mut("enum")?
            .as_array_mut()?;
        values.push(json!("least_recent"));
        Some(())
    })?;
    let differences = shape_differences(&spec, &models()?.schemas);
    assert_reported(&differences, "AssignmentModeEnum: enum values differ");
    // Followed through `$ref`, in the schemas using it too.
    assert_reported(
        &differences,
        "ChannelCreate.assignment_mode: enum values differ",
    );
    Ok(())
}

#[test]
fn a_different_nullability_is_reported() -> Result<()> {
    let spec = altered_spec(|spec| {
        let status = spec
            .get_mut("HealthStatus")?
            .pointer_mut("/properties/status")?;
        *status = json!({"anyOf": [{"type": "string"}, {"type": "null"}]});
        Some(())
    })?;
    assert_reported(
        &nullability_differences(&spec, &models()?.schemas),
        "HealthStatus.status: nullable in the document: true",
    );
    Ok(())
}

#[test]
fn a_different_json_type_is_reported() -> Result<()> {
    let spec = altered_spec(|spec| {
        let status = spec
            .get_mut("HealthStatus")?
            .pointer_mut("/properties/status")?;
        *status = json!({"type": "integer"});
        Some(())
    })?;
    assert_reported(
        &shape_differences(&spec, &models()?.schemas),
        "HealthStatus.status: JSON types differ",
    );
    Ok(())
}
