//! Paths and operations: parameters, request bodies, responses, security.

use serde_json::{Map, Value};

use super::security::lower_requirements;
use super::{Lowerer, docs_of};
use crate::error::{Error, Result};
use crate::ir::{
    ContentKind, Docs, FieldShape, HttpMethod, MediaContent, Operation, ParamLocation, ParamObject,
    ParamStyle, ParamValue, Parameter, RequestBody, Response, ResponseHeader, ResponseStatus,
    SecurityRequirement, TypeRef,
};
use crate::load::join_pointer;
use crate::names::{NameScope, field_name, type_name, unraw};

/// Where an operation is in the document.
struct OperationSite<'a> {
    path: &'a str,
    method: HttpMethod,
    item: &'a Map<String, Value>,
    item_pointer: &'a str,
    operation: &'a Map<String, Value>,
    pointer: String,
}

impl Lowerer<'_> {
    pub(crate) fn lower_operations(&mut self) -> Result<Vec<Operation>> {
        let doc = self.doc;
        let Some(paths) = doc.root.get("paths").and_then(Value::as_object) else {
            // Documents with only webhooks or components have no operations.
            return Ok(Vec::new());
        };
        let root_security = match doc.root.get("security") {
            Some(security) => lower_requirements(security, "/security")?,
            None => Vec::new(),
        };
        // The API trait's own method; an operation of that name is numbered.
        let mut method_names = NameScope::with_taken(crate::names::TRAIT_METHODS.iter().copied());
        let mut prefixes = NameScope::new();
        let mut operations = Vec::new();
        for (path, item) in paths {
            let item_pointer = join_pointer("/paths", path);
            let (item_pointer, item) = doc.deref(item, &item_pointer)?;
            let Some(item) = item.as_object() else {
                continue;
            };
            for method in HttpMethod::ALL {
                let Some(operation) = item.get(method.key()).and_then(Value::as_object) else {
                    continue;
                };
                let pointer = join_pointer(&item_pointer, method.key());
                let operation_id = operation
                    .get("operationId")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .unwrap_or_else(|| derived_operation_id(method, path));
                let rust_name = method_names.claim(&field_name(&operation_id));
                let type_prefix = prefixes.claim(&type_name(unraw(&rust_name)));
                let site = OperationSite {
                    path,
                    method,
                    item,
                    item_pointer: &item_pointer,
                    operation,
                    pointer,
                };
                let lowered = self.lower_operation(
                    &site,
                    operation_id,
                    rust_name,
                    type_prefix,
                    &root_security,
                );
                operations.extend(self.record(lowered));
            }
        }
        Ok(operations)
    }

    fn lower_operation(
        &mut self,
        site: &OperationSite<'_>,
        operation_id: String,
        rust_name: String,
        type_prefix: String,
        root_security: &[SecurityRequirement],
    ) -> Result<Operation> {
        let OperationSite {
            path,
            method,
            item,
            item_pointer,
            operation,
            ref pointer,
        } = *site;
        let parameters =
            self.lower_parameters(item, item_pointer, operation, pointer, &type_prefix)?;
        let request_body = match operation.get("requestBody") {
            Some(body) => Some(self.lower_request_body(
                body,
                &join_pointer(pointer, "requestBody"),
                &type_prefix,
            )?),
            None => None,
        };
        let responses = self.lower_responses(operation, pointer, &type_prefix)?;
        let security = match operation.get("security") {
            Some(security) => lower_requirements(security, &join_pointer(pointer, "security"))?,
            None => root_security.to_vec(),
        };
        let tags = operation
            .get("tags")
            .and_then(Value::as_array)
            .map(|tags| {
                tags.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        Ok(Operation {
            operation_id,
            rust_name,
            type_prefix,
            method,
            path: path.to_string(),
            tags,
            docs: docs_of(operation),
            parameters,
            request_body,
            responses,
            security,
            pointer: pointer.clone(),
        })
    }

    fn lower_parameters(
        &mut self,
        item: &Map<String, Value>,
        item_pointer: &str,
        operation: &Map<String, Value>,
        pointer: &str,
        prefix: &str,
    ) -> Result<Vec<Parameter>> {
        let doc = self.doc;
        // Path-item parameters first; an operation parameter with the same name and
        // location replaces one in place.
        let mut raw: Vec<(String, &Value)> = Vec::new();
        for (owner, owner_pointer) in [(item, item_pointer), (operation, pointer)] {
            let Some(list) = owner.get("parameters").and_then(Value::as_array) else {
                continue;
            };
            let list_pointer = join_pointer(owner_pointer, "parameters");
            for (index, parameter) in list.iter().enumerate() {
                let (at, parameter) =
                    doc.deref(parameter, &join_pointer(&list_pointer, &index.to_string()))?;
                let key = |p: &Value| (p.get("name").cloned(), p.get("in").cloned());
                match raw
                    .iter_mut()
                    .find(|(_, existing)| key(existing) == key(parameter))
                {
                    Some(slot) => *slot = (at, parameter),
                    None => raw.push((at, parameter)),
                }
            }
        }
        let mut names = NameScope::new();
        let mut parameters = Vec::with_capacity(raw.len());
        // Every parameter's problems are reported, not just the first one's.
        let mut errors = Vec::new();
        for (at, parameter) in raw {
            match self.lower_parameter(parameter, &at, prefix, &mut names) {
                Ok(parameter) => parameters.push(parameter),
                Err(Error::Several(several)) => errors.extend(several),
                Err(error) => errors.push(error),
            }
        }
        match Error::combine(errors) {
            None => Ok(parameters),
            Some(error) => Err(error),
        }
    }

    fn lower_parameter(
        &mut self,
        parameter: &Value,
        at: &str,
        prefix: &str,
        names: &mut NameScope,
    ) -> Result<Parameter> {
        let Some(object) = parameter.as_object() else {
            return Err(Error::spec(at, "a parameter must be an object"));
        };
        let name = object
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::spec(at, "a parameter needs a `name`"))?;
        let location = match object.get("in").and_then(Value::as_str) {
            Some("path") => ParamLocation::Path,
            Some("query") => ParamLocation::Query,
            Some("header") => ParamLocation::Header,
            Some("cookie") => ParamLocation::Cookie,
            other => {
                return Err(Error::spec(
                    join_pointer(at, "in"),
                    format!("unknown parameter location {other:?}"),
                ));
            }
        };
        // A parameter has a `schema`, or a `content` map with one media type.
        let (schema, schema_pointer, content_type) = match object.get("schema") {
            Some(schema) => (schema.clone(), join_pointer(at, "schema"), None),
            None => match object
                .get("content")
                .and_then(Value::as_object)
                .and_then(|content| content.iter().next())
            {
                Some((media, entry)) => {
                    let entry_pointer = join_pointer(&join_pointer(at, "content"), media);
                    match entry.get("schema") {
                        Some(schema) => (
                            schema.clone(),
                            join_pointer(&entry_pointer, "schema"),
                            Some(media.clone()),
                        ),
                        None => (Value::Bool(true), at.to_string(), Some(media.clone())),
                    }
                }
                None => (Value::Bool(true), at.to_string(), None),
            },
        };
        let lowered = self.lower_use(&schema, &schema_pointer, &format!("{prefix} {name}"))?;
        let required = location == ParamLocation::Path
            || object.get("required").and_then(Value::as_bool) == Some(true);
        let shape = match FieldShape::of(required, lowered.nullable, lowered.default.is_some()) {
            // Absent and null are the same thing for a parameter.
            FieldShape::Patch => FieldShape::Optional,
            shape => shape,
        };
        let (style, explode) =
            self.parameter_style(object, at, location, content_type.is_some(), &lowered.ty)?;
        let mut docs = docs_of(object);
        if docs.description.is_none() {
            docs.description = lowered.docs.description.clone();
        }
        docs.title = docs.title.or(lowered.docs.title.clone());
        Ok(Parameter {
            name: name.to_string(),
            rust_name: names.claim(&field_name(name)),
            location,
            style,
            explode,
            allow_reserved: location == ParamLocation::Query
                && object.get("allowReserved").and_then(Value::as_bool) == Some(true),
            content_type,
            required,
            nullable: lowered.nullable,
            default: lowered.default,
            shape,
            ty: lowered.ty,
            constraints: lowered.constraints,
            docs,
            pointer: at.to_string(),
        })
    }

    /// `style` and `explode`, with their defaults; a style the location does not allow,
    /// or a value the style cannot carry faithfully, is unsupported (at its pointer).
    fn parameter_style(
        &self,
        object: &Map<String, Value>,
        at: &str,
        location: ParamLocation,
        content: bool,
        ty: &TypeRef,
    ) -> Result<(ParamStyle, bool)> {
        let key = location.key();
        let style_pointer = join_pointer(at, "style");
        let style = match object.get("style") {
            None => ParamStyle::default_in(key),
            Some(written) => {
                let allowed = ParamStyle::allowed_in(key);
                match written.as_str().and_then(ParamStyle::from_name) {
                    Some(style) if allowed.contains(&style) => style,
                    _ => {
                        let names: Vec<&str> = allowed.iter().map(|style| style.name()).collect();
                        return Err(Error::spec(
                            style_pointer,
                            format!(
                                "style {written} is not supported for a {key} parameter (only {})",
                                names.join(", ")
                            ),
                        ));
                    }
                }
            }
        };
        let explode = object
            .get("explode")
            .and_then(Value::as_bool)
            .unwrap_or(style.default_explode());
        // A `content` parameter is one value in its media type: no style applies.
        if content {
            return Ok((style, explode));
        }
        let lookup = |name: &str| self.types.get(name);
        let value = ParamValue::of(ty, &lookup);
        let nested = |ty: &TypeRef| {
            !matches!(
                ParamValue::of(ty, &|name: &str| self.types.get(name)),
                ParamValue::Scalar
            )
        };
        let unsupported = match value {
            ParamValue::Mixed => Some(format!(
                "a {key} parameter whose schema is a union of objects or arrays cannot be read in style {} (describe it with `content` and a JSON media type)",
                style.name()
            )),
            ParamValue::Array(_) | ParamValue::Scalar if style == ParamStyle::DeepObject => {
                Some("style deepObject is only defined for objects".to_string())
            }
            // Header values are not escaped, so nested values (sent as JSON, commas and
            // all) cannot be told apart from the delimiters.
            ParamValue::Array(item) if location == ParamLocation::Header && nested(item) => {
                Some("a header array of arrays or objects is not supported (only arrays of scalars)".to_string())
            }
            ParamValue::Object(ParamObject::Struct(def))
                if location == ParamLocation::Header
                    && def.fields.iter().any(|field| nested(&field.ty)) =>
            {
                Some("a header object with array or object properties is not supported (only scalar properties)".to_string())
            }
            ParamValue::Object(ParamObject::Map(value))
                if location == ParamLocation::Header && nested(value) =>
            {
                Some("a header object with array or object values is not supported (only scalar values)".to_string())
            }
            ParamValue::Object(ParamObject::FreeForm) if location == ParamLocation::Header => {
                Some("a free-form header object is not supported (its values may nest)".to_string())
            }
            _ => None,
        };
        match unsupported {
            Some(message) => Err(Error::spec(
                if object.contains_key("style") {
                    style_pointer
                } else {
                    join_pointer(at, "schema")
                },
                message,
            )),
            None => Ok((style, explode)),
        }
    }

    fn lower_request_body(
        &mut self,
        body: &Value,
        pointer: &str,
        prefix: &str,
    ) -> Result<RequestBody> {
        let doc = self.doc;
        let (pointer, body) = doc.deref(body, pointer)?;
        let object = body.as_object().cloned().unwrap_or_default();
        let contents = self.lower_contents(&object, &pointer, &format!("{prefix} Request"))?;
        Ok(RequestBody {
            required: object.get("required").and_then(Value::as_bool) == Some(true),
            contents,
            docs: docs_of(&object),
            pointer,
        })
    }

    fn lower_contents(
        &mut self,
        owner: &Map<String, Value>,
        pointer: &str,
        hint: &str,
    ) -> Result<Vec<MediaContent>> {
        let Some(content) = owner.get("content").and_then(Value::as_object) else {
            return Ok(Vec::new());
        };
        let content_pointer = join_pointer(pointer, "content");
        let mut contents = Vec::with_capacity(content.len());
        for (media_type, entry) in content {
            let kind = ContentKind::of(media_type);
            let (ty, constraints) = match entry.get("schema") {
                Some(schema) => {
                    let at = join_pointer(&join_pointer(&content_pointer, media_type), "schema");
                    let lowered = self.lower_use(schema, &at, hint)?;
                    (Some(lowered.ty_with_null()), lowered.constraints)
                }
                None => (None, Default::default()),
            };
            contents.push(MediaContent {
                media_type: media_type.clone(),
                kind,
                ty,
                constraints,
            });
        }
        Ok(contents)
    }

    fn lower_responses(
        &mut self,
        operation: &Map<String, Value>,
        pointer: &str,
        prefix: &str,
    ) -> Result<Vec<Response>> {
        let doc = self.doc;
        let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
            return Ok(Vec::new());
        };
        let responses_pointer = join_pointer(pointer, "responses");
        let mut lowered = Vec::with_capacity(responses.len());
        for (status, response) in responses {
            let at = join_pointer(&responses_pointer, status);
            let status_code = parse_status(status)
                .ok_or_else(|| Error::spec(&at, format!("`{status}` is not a response status")))?;
            let (at, response) = doc.deref(response, &at)?;
            let object = response.as_object().cloned().unwrap_or_default();
            let status_word = match status_code {
                ResponseStatus::Code(code) => code.to_string(),
                ResponseStatus::Range(class) => format!("{class}XX"),
                ResponseStatus::Default => "Default".to_string(),
            };
            let contents =
                self.lower_contents(&object, &at, &format!("{prefix} {status_word} Response"))?;
            let headers = self.lower_headers(&object, &at, &format!("{prefix} {status_word}"))?;
            lowered.push(Response {
                status: status_code,
                description: object
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                contents,
                headers,
                pointer: at,
            });
        }
        Ok(lowered)
    }

    fn lower_headers(
        &mut self,
        response: &Map<String, Value>,
        pointer: &str,
        hint: &str,
    ) -> Result<Vec<ResponseHeader>> {
        let doc = self.doc;
        let Some(headers) = response.get("headers").and_then(Value::as_object) else {
            return Ok(Vec::new());
        };
        let headers_pointer = join_pointer(pointer, "headers");
        let mut names = NameScope::new();
        let mut lowered = Vec::with_capacity(headers.len());
        for (name, header) in headers {
            // `Content-Type` is described by the media type, not by a header.
            if name.eq_ignore_ascii_case("content-type") {
                continue;
            }
            let (at, header) = doc.deref(header, &join_pointer(&headers_pointer, name))?;
            let object = header.as_object().cloned().unwrap_or_default();
            let schema = object.get("schema").cloned().unwrap_or(Value::Bool(true));
            let schema_lowered = self.lower_use(
                &schema,
                &join_pointer(&at, "schema"),
                &format!("{hint} {name}"),
            )?;
            let docs = Docs {
                description: object
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                ..Docs::default()
            };
            lowered.push(ResponseHeader {
                name: name.clone(),
                rust_name: names.claim(&field_name(name)),
                required: object.get("required").and_then(Value::as_bool) == Some(true),
                ty: schema_lowered.ty,
                docs,
            });
        }
        Ok(lowered)
    }
}

fn parse_status(status: &str) -> Option<ResponseStatus> {
    if status.eq_ignore_ascii_case("default") {
        return Some(ResponseStatus::Default);
    }
    let bytes = status.as_bytes();
    if bytes.len() == 3
        && bytes[1..].eq_ignore_ascii_case(b"XX")
        && (b'1'..=b'5').contains(&bytes[0])
    {
        return Some(ResponseStatus::Range(bytes[0] - b'0'));
    }
    status
        .parse::<u16>()
        .ok()
        .filter(|code| (100..=599).contains(code))
        .map(ResponseStatus::Code)
}

/// A stable id for an operation without `operationId`, the way FastAPI's
/// `generate_unique_id` builds one from the path and method (less the handler's name,
/// which a document does not have): every non-word character of the path becomes `_` and
/// the method follows, so `GET /items/{item_id}` is `items__item_id__get`.
fn derived_operation_id(method: HttpMethod, path: &str) -> String {
    let path: String = path
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let id = format!("{path}_{}", method.key());
    id.trim_start_matches('_').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_without_an_id_are_named_like_fastapi_names_them() {
        assert_eq!(
            derived_operation_id(HttpMethod::Get, "/items/{item_id}"),
            "items__item_id__get"
        );
        assert_eq!(
            derived_operation_id(HttpMethod::Post, "/users/{user-id}/avatar.png"),
            "users__user_id__avatar_png_post"
        );
        assert_eq!(derived_operation_id(HttpMethod::Delete, "/"), "delete");
    }

    #[test]
    fn statuses() {
        assert_eq!(parse_status("200"), Some(ResponseStatus::Code(200)));
        assert_eq!(parse_status("4XX"), Some(ResponseStatus::Range(4)));
        assert_eq!(parse_status("5xx"), Some(ResponseStatus::Range(5)));
        assert_eq!(parse_status("default"), Some(ResponseStatus::Default));
        assert_eq!(parse_status("abc"), None);
        assert_eq!(parse_status("999"), None);
    }
}
