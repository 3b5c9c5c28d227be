//! The intermediate representation: what a document means, independent of how it was spelled.
//!
//! Lowering (`crate::lower`) turns a loaded document into an [`Api`]; the emitters
//! (`crate::emit`) turn an [`Api`] into Rust source. Every name in the IR is already a
//! valid, collision-free Rust identifier, so emitters never sanitise names themselves.
//! Every item keeps the JSON pointer it came from, for error messages.

use serde_json::Value;

/// One lowered OpenAPI document.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`.
    pub description: Option<String>,
    /// The `openapi` field (`3.0.3`, `3.1.0`, …).
    pub openapi_version: String,
    /// Every named type, sorted by [`TypeDef::name`] so output is deterministic.
    pub types: Vec<TypeDef>,
    /// Operations in document order (paths in order, methods in the order
    /// get, put, post, delete, options, head, patch, trace).
    pub operations: Vec<Operation>,
    /// `components.securitySchemes`, in document order.
    pub security_schemes: Vec<SecurityScheme>,
    /// The document itself (local `$ref`s left as they were), converted to JSON.
    pub document: Value,
    /// What lowering accepted with a caveat the user should see.
    pub warnings: Vec<crate::error::Warning>,
}

impl Api {
    /// The properties of the object `ty` that hold files in a multipart form:
    /// `format: binary`, or an array of it (not of nullable items), aliases followed.
    pub fn form_file_fields(&self, ty: Option<&TypeRef>) -> Vec<&Field> {
        let Some(TypeRef::Named(name)) = ty.map(TypeRef::unwrapped) else {
            return Vec::new();
        };
        let Some(TypeKind::Struct(object)) = self.type_def(name).map(|def| &def.kind) else {
            return Vec::new();
        };
        object
            .fields
            .iter()
            .filter(|field| self.is_form_file(field))
            .collect()
    }

    /// Whether `field` holds files in a multipart form (see [`Api::form_file_fields`]).
    pub fn is_form_file(&self, field: &Field) -> bool {
        let binary = |ty: &TypeRef| {
            let mut ty = ty.unwrapped();
            for _ in 0..8 {
                let TypeRef::Named(name) = ty else { break };
                let Some(TypeKind::Alias(alias)) = self.type_def(name).map(|def| &def.kind) else {
                    break;
                };
                ty = alias.target.unwrapped();
            }
            *ty == TypeRef::Primitive(Primitive::Binary)
        };
        match &field.ty {
            TypeRef::Vec(item) => !matches!(**item, TypeRef::Option(_)) && binary(item),
            ty => binary(ty),
        }
    }

    /// The named type called `name` (a Rust type name, as in [`TypeRef::Named`]).
    pub fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.types
            .binary_search_by(|def| def.name.as_str().cmp(name))
            .ok()
            .map(|index| &self.types[index])
    }

    /// The security scheme declared as `name` in `components.securitySchemes`.
    pub fn security_scheme(&self, name: &str) -> Option<&SecurityScheme> {
        self.security_schemes
            .iter()
            .find(|scheme| scheme.name == name)
    }
}

/// Human-readable documentation taken from `title`, `summary` and `description`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Docs {
    pub title: Option<String>,
    pub description: Option<String>,
    /// `deprecated: true` in the document.
    pub deprecated: bool,
}

impl Docs {
    /// Title and description joined as rustdoc paragraphs; `None` when both are absent.
    pub fn text(&self) -> Option<String> {
        let parts: Vec<&str> = [self.title.as_deref(), self.description.as_deref()]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .collect();
        // A title that merely repeats the start of the description adds nothing.
        match parts.as_slice() {
            [] => None,
            [title, description] if description.starts_with(title) => Some(description.to_string()),
            _ => Some(parts.join("\n\n")),
        }
    }
}

/// A type with a name: one per component schema and per inline schema that needs one.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// The Rust type name (UpperCamelCase unless the document's name already is a valid
    /// type name, e.g. `HTTPError`).
    pub name: String,
    /// The name in the document (component key), or for inline schemas the generated name.
    /// Differs from `name` when the document's name is not a valid Rust identifier.
    pub schema_name: String,
    /// Where the schema is, e.g. `/components/schemas/Pet`.
    pub pointer: String,
    pub docs: Docs,
    pub kind: TypeKind,
}

/// What a named type is.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// An object with known properties.
    Struct(StructDef),
    /// A closed set of string values.
    Enum(EnumDef),
    /// `oneOf`/`anyOf` whose alternative is chosen by a tag property: either a
    /// `discriminator`, or objects each having a property restricted to one value.
    TaggedUnion(TaggedUnion),
    /// `oneOf`/`anyOf` without a tag: the first alternative that parses wins.
    UntaggedUnion(UntaggedUnion),
    /// Another type under this name (`pub type Name = Target;`), e.g. a component that
    /// is a plain string with constraints, an array, a map, or an integer enum.
    Alias(Alias),
    /// A one-field tuple struct (`pub struct Name(pub Target);`, serde-transparent): used
    /// instead of an alias where an alias would be recursive (`Tree = Vec<Tree>`).
    Newtype(Alias),
}

/// An object type.
#[derive(Debug, Clone, PartialEq)]
pub struct StructDef {
    /// In document order (after `allOf` merging: earlier parts first).
    pub fields: Vec<Field>,
    /// What happens to properties not listed in `fields`.
    pub additional: AdditionalProperties,
}

/// Policy for properties an object does not declare.
#[derive(Debug, Clone, PartialEq)]
pub enum AdditionalProperties {
    /// Not mentioned (or `true`): accepted and dropped.
    Ignored,
    /// `additionalProperties: false`: an unknown property is an error.
    Denied,
    /// `additionalProperties: <schema>` next to `properties`: kept, in a flattened map.
    Typed(TypeRef),
}

/// One property of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The property name on the wire.
    pub wire_name: String,
    /// The Rust field name: snake_case, keywords raw (`r#type`), unique in the struct.
    pub rust_name: String,
    /// The value's type, without the wrappers `shape` adds (it may be a `Vec`, `Box`,
    /// or an `Option` for nullable array items, and so on).
    pub ty: TypeRef,
    /// Listed in `required` and not `readOnly` (clients never send read-only properties,
    /// so a request without one is valid).
    pub required: bool,
    /// `null` is a valid value (3.0 `nullable`, 3.1 `type: [X, null]`, `anyOf [X, {type: null}]`).
    pub nullable: bool,
    /// The spec's `default`, as written (may be `Value::Null`).
    pub default: Option<Value>,
    /// How `required`, `nullable` and `default` combine into the Rust field type.
    pub shape: FieldShape,
    pub constraints: Constraints,
    pub read_only: bool,
    pub write_only: bool,
    pub docs: Docs,
    pub pointer: String,
}

impl Field {
    /// The field's complete Rust type, wrappers included.
    pub fn rust_type(&self) -> TypeRef {
        self.shape.wrap(self.ty.clone())
    }
}

/// The property rules of docs/generated-code.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldShape {
    /// Required, not nullable: `T`.
    Required,
    /// Required and nullable: `Option<T>`, `None` serialised as `null`.
    RequiredNullable,
    /// Optional with a non-null default, not nullable: `T` with `#[serde(default = ...)]`.
    Defaulted,
    /// Optional with a default, nullable (covers `default: null`):
    /// `Option<T>` with `#[serde(default = ...)]`, `None` serialised as `null`.
    DefaultedNullable,
    /// Optional, not nullable, no default: `Option<T>`, skipped when `None`.
    Optional,
    /// Optional, nullable, no default: `openapi_runtime::Patch<T>`, skipped when absent.
    Patch,
}

impl FieldShape {
    /// Applies the rules to a property's facts.
    pub fn of(required: bool, nullable: bool, has_default: bool) -> Self {
        match (required, nullable, has_default) {
            (true, false, _) => Self::Required,
            (true, true, _) => Self::RequiredNullable,
            (false, false, true) => Self::Defaulted,
            (false, true, true) => Self::DefaultedNullable,
            (false, false, false) => Self::Optional,
            (false, true, false) => Self::Patch,
        }
    }

    /// Wraps a value type as this shape requires.
    pub fn wrap(self, ty: TypeRef) -> TypeRef {
        match self {
            Self::Required | Self::Defaulted => ty,
            Self::RequiredNullable | Self::DefaultedNullable | Self::Optional => {
                TypeRef::Option(Box::new(ty))
            }
            Self::Patch => TypeRef::Patch(Box::new(ty)),
        }
    }
}

/// A closed set of string values, emitted as a Rust enum.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumDef {
    pub variants: Vec<EnumVariant>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant {
    /// UpperCamelCase, unique in the enum.
    pub rust_name: String,
    /// The exact wire value.
    pub wire_value: String,
}

/// A union whose alternative is named by a tag property.
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedUnion {
    /// The tag's property name on the wire (`discriminator.propertyName`).
    pub tag: String,
    pub variants: Vec<TaggedVariant>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TaggedVariant {
    /// UpperCamelCase, unique in the union.
    pub rust_name: String,
    /// The tag value selecting this variant.
    pub tag_value: String,
    /// The variant's payload: a named struct (which may itself declare the tag property),
    /// or `None` when the alternative carries nothing but the tag.
    pub ty: Option<TypeRef>,
}

/// A union tried alternative by alternative.
#[derive(Debug, Clone, PartialEq)]
pub struct UntaggedUnion {
    pub variants: Vec<UntaggedVariant>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UntaggedVariant {
    /// UpperCamelCase, unique in the union (`String`, `Integer`, `Pet`, `Variant2`, …).
    pub rust_name: String,
    pub ty: TypeRef,
}

impl UntaggedVariant {
    /// The member's name in the `loc` of the problems it reports when no member accepts
    /// a value, as Pydantic names the members of a smart union (FastAPI's `loc`):
    /// `int`, `float`, `str`, `bool`, `datetime`, `date`, `bytes`, `list[int]`,
    /// `dict[str,int]`, `any`, and a model by its class name (the schema's name).
    pub fn loc_label(&self, api: &Api) -> String {
        loc_label(api, &self.ty, 0)
    }
}

fn loc_label(api: &Api, ty: &TypeRef, depth: usize) -> String {
    match ty {
        TypeRef::Named(name) => match api.type_def(name) {
            // Python has no aliases: the member is the aliased type.
            Some(TypeDef {
                kind: TypeKind::Alias(alias),
                ..
            }) if depth < 8 => loc_label(api, &alias.target, depth + 1),
            Some(def) => def.schema_name.clone(),
            None => name.clone(),
        },
        TypeRef::Primitive(primitive) => match primitive {
            Primitive::Bool => "bool",
            Primitive::I32 | Primitive::I64 | Primitive::U32 | Primitive::U64 => "int",
            Primitive::F32 | Primitive::F64 => "float",
            Primitive::String => "str",
            Primitive::DateTime => "datetime",
            Primitive::Date => "date",
            Primitive::Binary => "bytes",
        }
        .to_string(),
        TypeRef::Vec(item) => format!("list[{}]", loc_label(api, item, depth + 1)),
        TypeRef::Map(value) => format!("dict[str,{}]", loc_label(api, value, depth + 1)),
        TypeRef::Option(inner) => format!("nullable[{}]", loc_label(api, inner, depth + 1)),
        TypeRef::Patch(inner) | TypeRef::Box(inner) => loc_label(api, inner, depth),
        TypeRef::Any => "any".to_string(),
        TypeRef::FreeFormObject => "dict[str,any]".to_string(),
    }
}

/// A name for another type.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub target: TypeRef,
    /// Constraints of the aliased schema (e.g. a component `Name: {type: string, maxLength: 10}`).
    pub constraints: Constraints,
}

/// A reference to a type, as it appears in fields, parameters and bodies.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    /// A [`TypeDef`] in [`Api::types`], by Rust name.
    Named(String),
    Primitive(Primitive),
    /// `Vec<T>`.
    Vec(Box<TypeRef>),
    /// `std::collections::BTreeMap<String, T>` (`additionalProperties: <schema>`).
    Map(Box<TypeRef>),
    /// `Option<T>`: a nullable value where no field shape applies (array items, map values).
    Option(Box<TypeRef>),
    /// `openapi_runtime::Patch<T>`.
    Patch(Box<TypeRef>),
    /// `Box<T>`, breaking a cycle of types that contain each other by value.
    Box(Box<TypeRef>),
    /// `serde_json::Value`: any JSON.
    Any,
    /// `serde_json::Map<String, serde_json::Value>`: any JSON object.
    FreeFormObject,
}

impl TypeRef {
    /// The type inside `Box`, `Option` and `Patch` wrappers.
    pub fn unwrapped(&self) -> &TypeRef {
        match self {
            Self::Box(inner) | Self::Option(inner) | Self::Patch(inner) => inner.unwrapped(),
            other => other,
        }
    }
}

/// Scalar types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Primitive {
    Bool,
    I32,
    I64,
    U32,
    U64,
    F32,
    F64,
    String,
    /// `format: date-time`: `chrono::DateTime<chrono::Utc>`.
    DateTime,
    /// `format: date`: `chrono::NaiveDate`.
    Date,
    /// `format: binary` (raw bytes, e.g. an octet-stream body or a multipart file):
    /// `Vec<u8>` in Rust; never part of a JSON body.
    Binary,
}

/// Validation keywords of a schema. Everything is optional; emitters validate what is set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    /// An ECMA-262 regular expression, as written.
    pub pattern: Option<String>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    /// 3.1 numeric form; the 3.0 boolean form is converted (the bound moves here from
    /// `minimum`).
    pub exclusive_minimum: Option<f64>,
    pub exclusive_maximum: Option<f64>,
    pub multiple_of: Option<f64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,
    /// `enum`/`const` values not already enforced by the Rust type (e.g. integer enums).
    pub allowed_values: Option<Vec<Value>>,
    /// `format` as written, for formats that have no dedicated Rust type (`email`, `uri`, …).
    pub format: Option<String>,
    /// Constraints on each item, when the value is an array.
    pub items: Option<Box<Constraints>>,
    /// Constraints on each value, when the value is a map (`additionalProperties`).
    pub values: Option<Box<Constraints>>,
}

impl Constraints {
    /// No keyword is set.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// HTTP methods an operation may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl HttpMethod {
    pub const ALL: [HttpMethod; 8] = [
        Self::Get,
        Self::Put,
        Self::Post,
        Self::Delete,
        Self::Options,
        Self::Head,
        Self::Patch,
        Self::Trace,
    ];

    /// The key under a path item (`get`, `post`, …).
    pub fn key(self) -> &'static str {
        match self {
            Self::Get => "get",
            Self::Put => "put",
            Self::Post => "post",
            Self::Delete => "delete",
            Self::Options => "options",
            Self::Head => "head",
            Self::Patch => "patch",
            Self::Trace => "trace",
        }
    }
}

/// One path + method.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// `operationId`, or one derived from method and path.
    pub operation_id: String,
    /// snake_case method name, unique among operations.
    pub rust_name: String,
    /// UpperCamelCase prefix for per-operation types (`ListChannels` → `ListChannelsParams`).
    pub type_prefix: String,
    pub method: HttpMethod,
    /// The path template as written (`/api/v1/channels/{channel_id}`).
    pub path: String,
    pub tags: Vec<String>,
    /// `summary` as title, `description` as description.
    pub docs: Docs,
    /// Path-item and operation parameters merged (operation wins), in document order.
    pub parameters: Vec<Parameter>,
    pub request_body: Option<RequestBody>,
    /// In document order.
    pub responses: Vec<Response>,
    /// The effective requirements: the operation's `security`, else the document's.
    /// Empty: no authentication. An empty [`SecurityRequirement`] among several
    /// alternatives (`{}`) makes authentication optional.
    pub security: Vec<SecurityRequirement>,
    pub pointer: String,
}

impl Operation {
    /// Parameters found in `location`, in order.
    pub fn parameters_in(&self, location: ParamLocation) -> impl Iterator<Item = &Parameter> {
        self.parameters
            .iter()
            .filter(move |param| param.location == location)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

impl ParamLocation {
    /// The `in` value, which is also the root of a validation error's `loc`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Path => "path",
            Self::Query => "query",
            Self::Header => "header",
            Self::Cookie => "cookie",
        }
    }
}

/// How an array or object parameter is serialised (`style`): the runtime's enum, which
/// the generated client's encoder and the generated glue's decoder share.
pub use openapi_runtime::Style as ParamStyle;

#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// The wire name (`X-Request-Id`, `limit`).
    pub name: String,
    /// snake_case, unique among the operation's parameters.
    pub rust_name: String,
    pub location: ParamLocation,
    /// `style`, or the location's default.
    pub style: ParamStyle,
    /// `explode`, or the style's default.
    pub explode: bool,
    /// `allowReserved` (query parameters only): the client leaves RFC 3986 reserved
    /// characters of the value unescaped where the query's syntax allows.
    pub allow_reserved: bool,
    /// The media type of a parameter described by `content` instead of `schema`: its
    /// value is that media type's text (JSON for a JSON type), and `style` does not apply.
    pub content_type: Option<String>,
    pub required: bool,
    pub nullable: bool,
    pub default: Option<Value>,
    /// Same rules as properties; a parameter is never a `Patch`: optional and nullable
    /// parameters are `Option<T>` (absent and empty mean the same in a query string).
    pub shape: FieldShape,
    /// The value type (without `shape`'s wrappers).
    pub ty: TypeRef,
    pub constraints: Constraints,
    pub docs: Docs,
    pub pointer: String,
}

impl Parameter {
    pub fn rust_type(&self) -> TypeRef {
        self.shape.wrap(self.ty.clone())
    }

    /// Whether the value is sent as JSON text (`content` with a JSON media type).
    pub fn is_json_content(&self) -> bool {
        self.content_type
            .as_deref()
            .is_some_and(|media| ContentKind::of(media) == ContentKind::Json)
    }
}

/// What a parameter's value is, as far as its `style` is concerned.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ParamValue<'a> {
    /// One value as text: a primitive, an enum, a union of those, or any JSON.
    Scalar,
    /// An array of this item type.
    Array(&'a TypeRef),
    /// An object: key/value pairs.
    Object(ParamObject<'a>),
    /// A union with object or array alternatives: no style says which one was sent.
    Mixed,
}

/// The kinds of object a parameter can hold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ParamObject<'a> {
    /// Declared properties (and perhaps others).
    Struct(&'a StructDef),
    /// `additionalProperties` alone: any key, values of this type.
    Map(&'a TypeRef),
    /// Any key, any value.
    FreeForm,
}

impl<'a> ParamValue<'a> {
    /// Classifies `ty`, looking named types up with `lookup` (aliases are seen through).
    pub fn of(ty: &'a TypeRef, lookup: &dyn Fn(&str) -> Option<&'a TypeDef>) -> Self {
        match ty.unwrapped() {
            TypeRef::Primitive(_) | TypeRef::Any => Self::Scalar,
            TypeRef::Vec(item) => Self::Array(item),
            TypeRef::Map(value) => Self::Object(ParamObject::Map(value)),
            TypeRef::FreeFormObject => Self::Object(ParamObject::FreeForm),
            TypeRef::Named(name) => match lookup(name).map(|def| &def.kind) {
                None | Some(TypeKind::Enum(_)) => Self::Scalar,
                Some(TypeKind::Struct(def)) => Self::Object(ParamObject::Struct(def)),
                Some(TypeKind::Alias(alias)) => Self::of(&alias.target, lookup),
                // A recursive alias, wrapped in a struct: read from JSON text.
                Some(TypeKind::Newtype(_)) => Self::Mixed,
                Some(TypeKind::UntaggedUnion(union)) => {
                    let scalar = union
                        .variants
                        .iter()
                        .all(|variant| Self::of(&variant.ty, lookup) == Self::Scalar);
                    if scalar { Self::Scalar } else { Self::Mixed }
                }
                Some(TypeKind::TaggedUnion(_)) => Self::Mixed,
            },
            // `unwrapped` leaves none of these.
            TypeRef::Option(_) | TypeRef::Patch(_) | TypeRef::Box(_) => Self::Scalar,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    pub required: bool,
    /// One per media type, in document order.
    pub contents: Vec<MediaContent>,
    pub docs: Docs,
    pub pointer: String,
}

/// One entry of a `content` map.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaContent {
    /// As written (`application/json`, `application/problem+json`, `multipart/form-data`).
    pub media_type: String,
    pub kind: ContentKind,
    /// `None` when the media type has no schema.
    pub ty: Option<TypeRef>,
    /// Constraints of the body schema itself (e.g. `maxItems` on an array body).
    pub constraints: Constraints,
}

impl MediaContent {
    /// `multipart/form-data` with a schema: the glue decodes it as a form (other
    /// multipart types stay raw bytes).
    pub fn is_form_data(&self) -> bool {
        self.kind == ContentKind::Multipart
            && self.ty.is_some()
            && self
                .media_type
                .split(';')
                .next()
                .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("multipart/form-data"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentKind {
    /// `application/json` and `*/*+json`.
    Json,
    /// `application/x-www-form-urlencoded`.
    FormUrlEncoded,
    /// `multipart/*`.
    Multipart,
    /// `application/octet-stream` and other binary types.
    Binary,
    /// `text/*`.
    Text,
    /// Anything else (`application/xml`, `*/*`, …).
    Other,
}

impl ContentKind {
    pub fn of(media_type: &str) -> Self {
        let essence = media_type
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        if essence == "application/json" || essence.ends_with("+json") {
            Self::Json
        } else if essence == "application/x-www-form-urlencoded" {
            Self::FormUrlEncoded
        } else if essence.starts_with("multipart/") {
            Self::Multipart
        } else if essence.starts_with("text/") {
            Self::Text
        } else if essence == "application/octet-stream"
            || essence.starts_with("image/")
            || essence.starts_with("audio/")
            || essence.starts_with("video/")
            || essence == "application/pdf"
            || essence == "application/zip"
        {
            Self::Binary
        } else {
            Self::Other
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: ResponseStatus,
    pub description: String,
    pub contents: Vec<MediaContent>,
    pub headers: Vec<ResponseHeader>,
    pub pointer: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResponseStatus {
    /// `200`, `404`, …
    Code(u16),
    /// `4XX`: the first digit.
    Range(u8),
    /// `default`.
    Default,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResponseHeader {
    /// As written (`WWW-Authenticate`).
    pub name: String,
    /// snake_case (`www_authenticate`).
    pub rust_name: String,
    pub required: bool,
    pub ty: TypeRef,
    pub docs: Docs,
}

/// One alternative of a `security` list: all its schemes must be satisfied.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecurityRequirement {
    /// (scheme name in `components.securitySchemes`, scopes). Empty: anonymous access.
    /// Real documents sometimes name a scheme they never declare (Ory Kratos'
    /// `sessionToken`): [`Api::security_scheme`] then returns `None`, and such an
    /// alternative can never be satisfied.
    pub schemes: Vec<(String, Vec<String>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SecurityScheme {
    /// The key in `components.securitySchemes`.
    pub name: String,
    pub kind: SecuritySchemeKind,
    pub docs: Docs,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SecuritySchemeKind {
    /// `type: http, scheme: bearer` (any case).
    HttpBearer { bearer_format: Option<String> },
    /// `type: http, scheme: basic`.
    HttpBasic,
    /// Another `http` scheme, as written.
    Http { scheme: String },
    /// `type: apiKey`.
    ApiKey {
        location: ParamLocation,
        name: String,
    },
    /// `type: oauth2`; tokens arrive as bearer tokens.
    OAuth2,
    /// `type: openIdConnect`; tokens arrive as bearer tokens.
    OpenIdConnect { url: String },
    /// `type: mutualTLS`.
    MutualTls,
}
