//! Parameters: matched by location and name (path parameters by position, so renaming
//! `{id}` to `{channel_id}` changes nothing on the wire).

use serde_json::{Map, Value};

use super::{OperationSide, OperationsDiff};
use crate::diff::change::Level::{Breaking, Compatible, PotentiallyBreaking};
use crate::diff::schema::Direction;
use crate::diff::sink::Use;
use crate::load::{Document, join_pointer};

/// One parameter of one operation, after merging path-item and operation parameters.
struct ParameterSide<'a> {
    /// `query limit`, or `path #0` for path parameters.
    key: (String, String),
    name: String,
    location: String,
    pointer: String,
    object: &'a Map<String, Value>,
}

impl ParameterSide<'_> {
    fn required(&self) -> bool {
        self.location == "path"
            || self.object.get("required").and_then(Value::as_bool) == Some(true)
    }

    /// `style`, or the location's default.
    fn style(&self) -> String {
        match self.object.get("style").and_then(Value::as_str) {
            Some(style) => style.to_string(),
            None if matches!(self.location.as_str(), "query" | "cookie") => "form".to_string(),
            None => "simple".to_string(),
        }
    }

    /// `explode`, or the style's default.
    fn explode(&self) -> bool {
        self.object
            .get("explode")
            .and_then(Value::as_bool)
            .unwrap_or(self.style() == "form")
    }

    /// The schema: `schema`, or the one of the first `content` entry.
    fn schema(&self) -> Option<(String, &Value)> {
        if let Some(schema) = self.object.get("schema") {
            return Some((join_pointer(&self.pointer, "schema"), schema));
        }
        let (media_type, media) = self.object.get("content")?.as_object()?.iter().next()?;
        let pointer = join_pointer(&join_pointer(&self.pointer, "content"), media_type);
        Some((join_pointer(&pointer, "schema"), media.get("schema")?))
    }
}

fn parameters_of<'a>(doc: &'a Document, op: &OperationSide<'a>) -> Vec<ParameterSide<'a>> {
    let path_names: Vec<&str> = op
        .path
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split('}').next())
        .collect();
    let mut parameters: Vec<ParameterSide<'a>> = Vec::new();
    let lists = [
        (
            op.item.get("parameters"),
            join_pointer(&op.item_pointer, "parameters"),
        ),
        (
            op.operation.get("parameters"),
            join_pointer(&op.pointer, "parameters"),
        ),
    ];
    for (list, list_pointer) in lists {
        let Some(list) = list.and_then(Value::as_array) else {
            continue;
        };
        for (index, parameter) in list.iter().enumerate() {
            let Ok((pointer, parameter)) =
                doc.deref(parameter, &join_pointer(&list_pointer, &index.to_string()))
            else {
                continue;
            };
            let Some(object) = parameter.as_object() else {
                continue;
            };
            let text = |key: &str| {
                object
                    .get(key)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            let (name, location) = (text("name"), text("in"));
            let key = match path_names.iter().position(|known| *known == name) {
                Some(position) if location == "path" => (location.clone(), format!("#{position}")),
                // Header names are case-insensitive.
                _ if location == "header" => (location.clone(), name.to_ascii_lowercase()),
                _ => (location.clone(), name.clone()),
            };
            // An operation's parameter replaces the path item's of the same name.
            parameters.retain(|known| known.key != key);
            parameters.push(ParameterSide {
                key,
                name,
                location,
                pointer,
                object,
            });
        }
    }
    parameters
}

impl OperationsDiff<'_> {
    pub(super) fn compare_parameters(
        &mut self,
        old: &OperationSide<'_>,
        new: &OperationSide<'_>,
        at: &Use,
    ) {
        let old_params = parameters_of(self.base, old);
        let new_params = parameters_of(self.revision, new);
        for old_param in &old_params {
            let rust =
                self.names
                    .base
                    .param(old.method, old.path, &old_param.location, &old_param.name);
            let Some(new_param) = new_params.iter().find(|p| p.key == old_param.key) else {
                let reason = format!(
                    "{} parameter `{}` removed",
                    old_param.location, old_param.name
                );
                self.add(
                    at,
                    PotentiallyBreaking,
                    "request-parameter-removed",
                    reason,
                    Some(&old_param.pointer),
                    None,
                    rust,
                );
                continue;
            };
            let rust = self
                .names
                .revision
                .param(new.method, new.path, &new_param.location, &new_param.name)
                .or(rust);
            let what = format!("{} parameter `{}`", new_param.location, new_param.name);
            let (base, revision) = (
                Some(old_param.pointer.as_str()),
                Some(new_param.pointer.as_str()),
            );
            match (old_param.required(), new_param.required()) {
                (false, true) => self.add(
                    at,
                    Breaking,
                    "request-parameter-became-required",
                    format!("{what} became required"),
                    base,
                    revision,
                    rust.clone(),
                ),
                (true, false) => self.add(
                    at,
                    Compatible,
                    "request-parameter-became-optional",
                    format!("{what} became optional"),
                    base,
                    revision,
                    rust.clone(),
                ),
                _ => {}
            }
            if (old_param.style(), old_param.explode()) != (new_param.style(), new_param.explode())
            {
                let reason = format!("{what} serialisation changed (`style`/`explode`)");
                self.add(
                    at,
                    Breaking,
                    "request-parameter-style-changed",
                    reason,
                    base,
                    revision,
                    rust.clone(),
                );
            }
            let description = |p: &ParameterSide<'_>| p.object.get("description").cloned();
            if description(old_param) != description(new_param) {
                self.add(
                    at,
                    Compatible,
                    "description-changed",
                    format!("{what}: description changed"),
                    base,
                    revision,
                    rust.clone(),
                );
            }
            if let (Some((old_pointer, old_schema)), Some((new_pointer, new_schema))) =
                (old_param.schema(), new_param.schema())
            {
                let at = at.within(&what, rust);
                self.schema_diff(&at, Direction::Request).compare(
                    old_schema,
                    &old_pointer,
                    new_schema,
                    &new_pointer,
                );
            }
        }
        for new_param in &new_params {
            if old_params.iter().any(|p| p.key == new_param.key) {
                continue;
            }
            let rust = self.names.revision.param(
                new.method,
                new.path,
                &new_param.location,
                &new_param.name,
            );
            let what = format!("{} parameter `{}`", new_param.location, new_param.name);
            let (level, rule, reason) = if new_param.required() {
                (
                    Breaking,
                    "new-required-request-parameter",
                    format!("new required {what}"),
                )
            } else {
                (
                    Compatible,
                    "new-optional-request-parameter",
                    format!("new optional {what}"),
                )
            };
            self.add(
                at,
                level,
                rule,
                reason,
                None,
                Some(&new_param.pointer),
                rust,
            );
        }
    }
}
