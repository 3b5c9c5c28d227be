//! The utoipa parity test of one document: every component schema that becomes a struct
//! or an enum (unions and newtypes included) is compared with the schema utoipa derives
//! for its type (`spec_round_trips::parity`); an alias is compared through the type it
//! names where that type has a schema, and listed as not compared where it has none.

use std::fmt::Write as _;

use anyhow::{Context, Result};
use openapi_codegen::emit::value_schema;
use openapi_codegen::ir::{Api, EnumDef, Primitive, TypeDef, TypeKind, TypeRef};
use serde_json::Value;

/// Deeper alias chains are cycles (the generator makes recursive aliases newtypes).
const MAX_DEPTH: usize = 32;

/// The document's component schemas as written, for the test to read.
pub fn components(api: &Api) -> Result<String> {
    let components = api
        .document
        .pointer("/components/schemas")
        .cloned()
        .unwrap_or_else(|| Value::Object(Default::default()));
    serde_json::to_string(&components).context("serializing the component schemas")
}

/// The parity test function of one document (`models`: the models crate's Rust name).
pub fn test(api: &Api, models: &str, module: &str) -> String {
    let models = models.replace('-', "_");
    let mut lines = String::new();
    for def in &api.types {
        let path = format!("{models}::{}", def.name);
        let component = component_name(def);
        match (&def.kind, component) {
            (TypeKind::Alias(alias), Some(component)) => {
                let problem = if value_schema::numeric_enum_schema(
                    api,
                    &alias.target,
                    &alias.constraints,
                    false,
                )
                .is_some()
                {
                    // `i64` has a schema, not the alias: the values are documented on
                    // each property that holds it.
                    Some("a numeric enum (a plain number in Rust)".to_owned())
                } else {
                    alias_schema_problem(api, &alias.target)
                };
                match problem {
                    None => {
                        let _ =
                            writeln!(lines, "    parity.compare_alias::<{path}>({component:?});");
                    }
                    Some(why) => {
                        let _ = writeln!(lines, "    parity.not_compared({component:?}, {why:?});");
                    }
                }
            }
            (TypeKind::Alias(_), None) => {}
            (_, Some(component)) => {
                let _ = writeln!(lines, "    parity.compare::<{path}>({component:?});");
            }
            (_, None) => {
                let _ = writeln!(lines, "    parity.add::<{path}>();");
            }
        }
    }
    let binding = if lines.is_empty() { "let" } else { "let mut" };
    format!(
        "\n#[test]\nfn every_component_schema_is_derived_by_utoipa_as_written() {{\n    \
         {binding} parity = spec_round_trips::parity::Parity::new(include_str!(\"{module}.components.json\"));\n\
         {lines}    parity.finish();\n}}\n"
    )
}

/// The component name of a type generated for a component schema (not for an inline one).
fn component_name(def: &TypeDef) -> Option<&str> {
    let expected = format!(
        "/components/schemas/{}",
        openapi_codegen::load::escape_token(&def.schema_name)
    );
    (def.pointer == expected).then_some(def.schema_name.as_str())
}

/// Why `<Alias as utoipa::PartialSchema>::schema()` does not exist, or `None` when it
/// does: utoipa implements it for its primitives, `Vec`, `Option`, `Box` and maps of
/// types that compose (derived types do), for `serde_json::Value`, and for the tagged
/// unions' hand-written impls (which do not compose).
fn alias_schema_problem(api: &Api, target: &TypeRef) -> Option<String> {
    match resolve(api, target, 0) {
        TypeRef::Any => None,
        TypeRef::Named(name)
            if match api.type_def(&name).map(|def| &def.kind) {
                Some(TypeKind::TaggedUnion(_)) => true,
                Some(TypeKind::Enum(def)) => has_empty_value(def),
                _ => false,
            } =>
        {
            None
        }
        other => composes(api, &other, 0).err(),
    }
}

/// The type behind a chain of aliases.
fn resolve(api: &Api, ty: &TypeRef, depth: usize) -> TypeRef {
    match ty {
        TypeRef::Named(name) if depth < MAX_DEPTH => match api.type_def(name).map(|d| &d.kind) {
            Some(TypeKind::Alias(alias)) => resolve(api, &alias.target, depth + 1),
            _ => ty.clone(),
        },
        _ => ty.clone(),
    }
}

/// Whether utoipa's `ComposeSchema` covers the type (what `Vec<T>` and maps need of `T`).
fn composes(api: &Api, ty: &TypeRef, depth: usize) -> Result<(), String> {
    if depth > MAX_DEPTH {
        return Err("an alias chain too deep".to_owned());
    }
    match resolve(api, ty, depth) {
        TypeRef::Primitive(Primitive::DateTime | Primitive::Date) => {
            Err("a chrono type (utoipa documents it only as a field)".to_owned())
        }
        TypeRef::Primitive(_) => Ok(()),
        TypeRef::Named(name) => match api.type_def(&name).map(|def| &def.kind) {
            Some(TypeKind::TaggedUnion(_)) => Err(format!(
                "holds the tagged union {name}, whose hand-written schema does not compose"
            )),
            Some(TypeKind::Enum(def)) if has_empty_value(def) => Err(format!(
                "holds the enum {name}, whose hand-written schema (it has an empty value) does not compose"
            )),
            Some(_) => Ok(()),
            None => Err(format!("names {name}, which is not generated")),
        },
        TypeRef::Vec(inner)
        | TypeRef::Option(inner)
        | TypeRef::Box(inner)
        | TypeRef::Map(inner) => composes(api, &inner, depth + 1),
        TypeRef::Patch(_) => Err("a patch".to_owned()),
        TypeRef::Any | TypeRef::FreeFormObject => {
            Err("holds JSON values (serde_json), whose schema does not compose".to_owned())
        }
    }
}

/// Enums with an empty value get a hand-written schema (utoipa's derive ignores an empty
/// `rename`), which does not compose.
fn has_empty_value(def: &EnumDef) -> bool {
    def.variants
        .iter()
        .any(|variant| variant.wire_value.is_empty())
}
