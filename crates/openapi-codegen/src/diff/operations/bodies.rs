//! Request bodies and responses: presence, media types, status codes, headers, and the
//! schema of each media type both sides share.

use serde_json::{Map, Value};

use super::{OperationSide, OperationsDiff};
use crate::diff::change::Level::{Breaking, Compatible, PotentiallyBreaking};
use crate::diff::schema::Direction;
use crate::diff::sink::Use;
use crate::load::{Document, join_pointer};

/// A request body or response object, `$ref` followed: (pointer, object).
fn resolved<'a>(
    doc: &'a Document,
    value: Option<&'a Value>,
    pointer: String,
) -> Option<(String, &'a Map<String, Value>)> {
    let (pointer, value) = doc.deref(value?, &pointer).ok()?;
    Some((pointer, value.as_object()?))
}

/// The `content` entries: (media type, pointer of the entry, entry).
fn contents<'a>(
    object: &'a Map<String, Value>,
    pointer: &str,
) -> Vec<(&'a str, String, &'a Value)> {
    let content_pointer = join_pointer(pointer, "content");
    object
        .get("content")
        .and_then(Value::as_object)
        .map(|content| {
            content
                .iter()
                .map(|(media_type, entry)| {
                    (
                        media_type.as_str(),
                        join_pointer(&content_pointer, media_type),
                        entry,
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The responses of an operation: (status as written, response). Statuses match
/// case-insensitively (`4xx` is `4XX`).
fn responses_of<'a>(op: &OperationSide<'a>) -> Vec<(&'a str, &'a Value)> {
    op.operation
        .get("responses")
        .and_then(Value::as_object)
        .map(|responses| {
            responses
                .iter()
                .map(|(status, value)| (status.as_str(), value))
                .collect()
        })
        .unwrap_or_default()
}

/// Media types compare without parameters and case (`application/json; charset=utf-8`).
fn media_essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

impl OperationsDiff<'_> {
    pub(super) fn compare_request_body(
        &mut self,
        old: &OperationSide<'_>,
        new: &OperationSide<'_>,
        at: &Use,
    ) {
        let old_body = resolved(
            self.base,
            old.operation.get("requestBody"),
            join_pointer(&old.pointer, "requestBody"),
        );
        let new_body = resolved(
            self.revision,
            new.operation.get("requestBody"),
            join_pointer(&new.pointer, "requestBody"),
        );
        let required =
            |body: &Map<String, Value>| body.get("required").and_then(Value::as_bool) == Some(true);
        match (old_body, new_body) {
            (None, None) => {}
            (None, Some((pointer, body))) => {
                let (level, rule, reason) = if required(body) {
                    (
                        Breaking,
                        "new-required-request-body",
                        "new required request body",
                    )
                } else {
                    (
                        Compatible,
                        "new-optional-request-body",
                        "new optional request body",
                    )
                };
                self.add(at, level, rule, reason.into(), None, Some(&pointer), None);
            }
            (Some((pointer, _)), None) => {
                self.add(
                    at,
                    PotentiallyBreaking,
                    "request-body-removed",
                    "request body removed".into(),
                    Some(&pointer),
                    None,
                    None,
                );
            }
            (Some((old_pointer, old_body)), Some((new_pointer, new_body))) => {
                let (base, revision) = (Some(old_pointer.as_str()), Some(new_pointer.as_str()));
                match (required(old_body), required(new_body)) {
                    (false, true) => self.add(
                        at,
                        Breaking,
                        "request-body-became-required",
                        "request body became required".into(),
                        base,
                        revision,
                        None,
                    ),
                    (true, false) => self.add(
                        at,
                        Compatible,
                        "request-body-became-optional",
                        "request body became optional".into(),
                        base,
                        revision,
                        None,
                    ),
                    _ => {}
                }
                let at = at.within("request body", None);
                self.compare_contents(
                    old_body,
                    &old_pointer,
                    new_body,
                    &new_pointer,
                    &at,
                    Direction::Request,
                );
            }
        }
    }

    /// Media types of a body or response, and the schemas of those both sides have.
    fn compare_contents(
        &mut self,
        old: &Map<String, Value>,
        old_pointer: &str,
        new: &Map<String, Value>,
        new_pointer: &str,
        at: &Use,
        direction: Direction,
    ) {
        let old_contents = contents(old, old_pointer);
        let new_contents = contents(new, new_pointer);
        let word = match direction {
            Direction::Request => "request",
            Direction::Response => "response",
        };
        for (media_type, old_entry_pointer, old_entry) in &old_contents {
            let Some((_, new_entry_pointer, new_entry)) = new_contents
                .iter()
                .find(|(m, ..)| media_essence(m) == media_essence(media_type))
            else {
                let rule = match direction {
                    Direction::Request => "request-media-type-removed",
                    Direction::Response => "response-media-type-removed",
                };
                self.add(
                    at,
                    Breaking,
                    rule,
                    format!("{word} media type `{media_type}` removed"),
                    Some(old_entry_pointer),
                    None,
                    None,
                );
                continue;
            };
            if let (Some(old_schema), Some(new_schema)) =
                (old_entry.get("schema"), new_entry.get("schema"))
            {
                let at = at.within(media_type, None);
                self.schema_diff(&at, direction).compare(
                    old_schema,
                    &join_pointer(old_entry_pointer, "schema"),
                    new_schema,
                    &join_pointer(new_entry_pointer, "schema"),
                );
            }
        }
        for (media_type, new_entry_pointer, _) in &new_contents {
            if !old_contents
                .iter()
                .any(|(m, ..)| media_essence(m) == media_essence(media_type))
            {
                let rule = match direction {
                    Direction::Request => "request-media-type-added",
                    Direction::Response => "response-media-type-added",
                };
                self.add(
                    at,
                    Compatible,
                    rule,
                    format!("{word} media type `{media_type}` added"),
                    None,
                    Some(new_entry_pointer),
                    None,
                );
            }
        }
    }

    pub(super) fn compare_responses(
        &mut self,
        old: &OperationSide<'_>,
        new: &OperationSide<'_>,
        at: &Use,
    ) {
        let (old_responses, new_responses) = (responses_of(old), responses_of(new));
        let responses_pointer = |op: &OperationSide<'_>| join_pointer(&op.pointer, "responses");
        for (status, old_value) in &old_responses {
            let old_pointer = join_pointer(&responses_pointer(old), status);
            let rust = self.names.base.response(old.method, old.path, status);
            let Some((new_status, new_value)) = new_responses
                .iter()
                .find(|(s, _)| s.eq_ignore_ascii_case(status))
            else {
                self.add(
                    at,
                    Breaking,
                    "response-status-removed",
                    format!("response status {status} removed"),
                    Some(&old_pointer),
                    None,
                    rust,
                );
                continue;
            };
            let new_pointer = join_pointer(&responses_pointer(new), new_status);
            let rust = self
                .names
                .revision
                .response(new.method, new.path, status)
                .or(rust);
            let (Some((old_pointer, old_response)), Some((new_pointer, new_response))) = (
                resolved(self.base, Some(old_value), old_pointer),
                resolved(self.revision, Some(new_value), new_pointer),
            ) else {
                continue;
            };
            let at = at.within(&format!("response {status}"), rust);
            self.compare_headers(old_response, &old_pointer, new_response, &new_pointer, &at);
            self.compare_contents(
                old_response,
                &old_pointer,
                new_response,
                &new_pointer,
                &at,
                Direction::Response,
            );
        }
        for (status, _) in &new_responses {
            if !old_responses
                .iter()
                .any(|(s, _)| s.eq_ignore_ascii_case(status))
            {
                let pointer = join_pointer(&responses_pointer(new), status);
                let rust = self.names.revision.response(new.method, new.path, status);
                self.add(
                    at,
                    Compatible,
                    "response-status-added",
                    format!("response status {status} added"),
                    None,
                    Some(&pointer),
                    rust,
                );
            }
        }
    }

    fn compare_headers(
        &mut self,
        old: &Map<String, Value>,
        old_pointer: &str,
        new: &Map<String, Value>,
        new_pointer: &str,
        at: &Use,
    ) {
        let headers = |doc: &Document, object: &Map<String, Value>, pointer: &str| {
            let headers_pointer = join_pointer(pointer, "headers");
            object
                .get("headers")
                .and_then(Value::as_object)
                .map(|headers| {
                    headers
                        .iter()
                        .filter_map(|(name, header)| {
                            let (pointer, header) =
                                resolved(doc, Some(header), join_pointer(&headers_pointer, name))?;
                            let required =
                                header.get("required").and_then(Value::as_bool) == Some(true);
                            Some((name.to_ascii_lowercase(), name.clone(), pointer, required))
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        };
        let old_headers = headers(self.base, old, old_pointer);
        let new_headers = headers(self.revision, new, new_pointer);
        for (key, name, pointer, required) in &old_headers {
            match new_headers.iter().find(|(k, ..)| k == key) {
                None => {
                    let (level, rule) = if *required {
                        (Breaking, "response-required-header-removed")
                    } else {
                        (PotentiallyBreaking, "response-optional-header-removed")
                    };
                    self.add(
                        at,
                        level,
                        rule,
                        format!("response header `{name}` removed"),
                        Some(pointer),
                        None,
                        None,
                    );
                }
                Some((_, _, new_header_pointer, false)) if *required => {
                    let reason = format!("response header `{name}` became optional");
                    self.add(
                        at,
                        Breaking,
                        "response-header-became-optional",
                        reason,
                        Some(pointer),
                        Some(new_header_pointer),
                        None,
                    );
                }
                Some(_) => {}
            }
        }
        for (key, name, pointer, _) in &new_headers {
            if !old_headers.iter().any(|(k, ..)| k == key) {
                self.add(
                    at,
                    Compatible,
                    "response-header-added",
                    format!("response header `{name}` added"),
                    None,
                    Some(pointer),
                    None,
                );
            }
        }
    }
}
