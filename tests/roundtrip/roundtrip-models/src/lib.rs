// @generated from tests/specs/client-roundtrip.yaml by cargo xtask regen — do not edit
//! Types of Round trip (version 1.0.0), generated from its OpenAPI document.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![cfg_attr(rustfmt, rustfmt::skip)]
#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ArrayLimitsEcho {
    pub path_ids: Vec<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub ids: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub codes: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub modes: Option<Vec<Mode>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub short_words: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub sizes: Option<Vec<f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub picks: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Error {
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Filter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub color: Option<String>,
    pub size: i64,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct HeadersCookiesEcho {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub ids: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub range: Option<Range>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub range_exploded: Option<Range>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub session: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub cookie_range: Option<Range>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub cookie_range_exploded: Option<Range>,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct JsonParamsEcho {
    pub doc: Range,
    pub filter: Range,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub words: Option<Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub enum Mode {
    #[serde(rename = "fast")]
    Fast,
    #[serde(rename = "slow_and_careful")]
    SlowAndCareful,
}

impl Mode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Fast => "fast",
            Self::SlowAndCareful => "slow_and_careful",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Note {
    pub title: String,
    #[serde(default, skip_serializing_if = "openapi_runtime::Patch::is_absent")]
    #[schema(value_type = Option<String>)]
    pub body: openapi_runtime::Patch<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub tags: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct NoteEcho {
    pub note: Note,
    pub principal: String,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct PathArraysEcho {
    pub simple: Vec<String>,
    pub simple_x: Vec<String>,
    pub label: Vec<String>,
    pub label_x: Vec<String>,
    pub matrix: Vec<String>,
    pub matrix_x: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct PathEcho {
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct PathObjectsEcho {
    pub simple: Range,
    pub simple_x: Range,
    pub label: Range,
    pub label_x: Range,
    pub matrix: Range,
    pub matrix_x: Range,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct PathScalarsEcho {
    pub label: String,
    pub matrix: String,
    pub version: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct QueryEcho {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub q: Option<String>,
    pub tags: Vec<String>,
    pub ids: Vec<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub mode: Option<Mode>,
    pub limit: i64,
    pub flag: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub trace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub request_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct QueryStylesEcho {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub csv: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub spaced: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub piped: Option<Vec<i64>>,
    pub required_csv: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub deep: Option<Range>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub flat: Option<Range>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub spaced_range: Option<Range>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub piped_range: Option<Range>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub filter: Option<Filter>,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Range {
    pub min: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub max: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub label: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct RangeSegmentEcho {
    pub from: String,
    pub to: i64,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ReservedEcho {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub target: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub paths: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub each: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub plain: Option<String>,
}

pub type ShortWords = Vec<String>;

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct SplitEcho {
    pub name: String,
    pub ext: String,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct TwoPathEcho {
    pub name: String,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Upload {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub tags: Option<Vec<String>>,
    pub file: Vec<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub attachments: Option<Vec<Vec<u8>>>,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct UploadEcho {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub tags: Option<Vec<String>>,
    /// The file's bytes.
    pub file: Vec<i64>,
    pub attachments: Vec<Vec<i64>>,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ValidationErrors {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub detail: Option<Vec<ValidationErrorsDetailItem>>,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ValidationErrorsDetailItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub loc: Option<Vec<ValidationErrorsDetailItemLocItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub msg: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub r#type: Option<String>,
}

#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(untagged)]
pub enum ValidationErrorsDetailItemLocItem {
    String(String),
    Integer(i64),
}

pub type Words = Vec<String>;

/// The documented responses of each operation: one enum per operation, a variant
/// per status. A server writes them through
/// `openapi_runtime::response::DocumentedResponse`.
pub mod responses {
    /// The responses of `echo_path`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoPathResponse {
        /// 200: The path parameter as the server read it.
        Ok(crate::PathEcho),
    }
    impl EchoPathResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoPathResponse {
        fn status(&self) -> u16 {
            EchoPathResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoPathResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_two_path_params`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoTwoPathParamsResponse {
        /// 200: The path parameters as the server read them.
        Ok(crate::TwoPathEcho),
    }
    impl EchoTwoPathParamsResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoTwoPathParamsResponse {
        fn status(&self) -> u16 {
            EchoTwoPathParamsResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoTwoPathParamsResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_query`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoQueryResponse {
        /// 200: The query and header parameters as the server read them.
        Ok(crate::QueryEcho),
    }
    impl EchoQueryResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoQueryResponse {
        fn status(&self) -> u16 {
            EchoQueryResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoQueryResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_body`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoBodyResponse {
        /// 201: The body as the server read it, and who sent it.
        Created(crate::NoteEcho),
        /// 401: No or wrong token.
        Unauthorized {
            body: crate::Error,
            /// The `WWW-Authenticate` header.
            www_authenticate: Option<String>,
        },
        /// 422: Validation Error
        UnprocessableEntity(crate::ValidationErrors),
        /// 4XX: Any other client error.
        ClientError { status: u16, body: crate::Error },
    }
    impl EchoBodyResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Created { .. } => 201u16,
                Self::Unauthorized { .. } => 401u16,
                Self::UnprocessableEntity { .. } => 422u16,
                Self::ClientError { status, .. } => *status,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoBodyResponse {
        fn status(&self) -> u16 {
            EchoBodyResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoBodyResponse::status(&self);
            match self {
                Self::Created(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
                Self::Unauthorized { body, www_authenticate } => {
                    openapi_runtime::response::ResponseParts::new(
                            status,
                            openapi_runtime::response::ResponseBody::json(&body),
                        )
                        .optional_header("www-authenticate", www_authenticate)
                }
                Self::UnprocessableEntity(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
                Self::ClientError { body, .. } => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_query_styles`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoQueryStylesResponse {
        /// 200: The parameters as the server read them.
        Ok(crate::QueryStylesEcho),
    }
    impl EchoQueryStylesResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoQueryStylesResponse {
        fn status(&self) -> u16 {
            EchoQueryStylesResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoQueryStylesResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_path_arrays`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoPathArraysResponse {
        /// 200: The parameters as the server read them.
        Ok(crate::PathArraysEcho),
    }
    impl EchoPathArraysResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoPathArraysResponse {
        fn status(&self) -> u16 {
            EchoPathArraysResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoPathArraysResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_path_objects`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoPathObjectsResponse {
        /// 200: The parameters as the server read them.
        Ok(crate::PathObjectsEcho),
    }
    impl EchoPathObjectsResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoPathObjectsResponse {
        fn status(&self) -> u16 {
            EchoPathObjectsResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoPathObjectsResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_path_scalars`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoPathScalarsResponse {
        /// 200: The parameters as the server read them.
        Ok(crate::PathScalarsEcho),
    }
    impl EchoPathScalarsResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoPathScalarsResponse {
        fn status(&self) -> u16 {
            EchoPathScalarsResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoPathScalarsResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_headers_cookies`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoHeadersCookiesResponse {
        /// 200: The parameters as the server read them.
        Ok(crate::HeadersCookiesEcho),
    }
    impl EchoHeadersCookiesResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoHeadersCookiesResponse {
        fn status(&self) -> u16 {
            EchoHeadersCookiesResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoHeadersCookiesResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_json_params`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoJsonParamsResponse {
        /// 200: The parameters as the server read them.
        Ok(crate::JsonParamsEcho),
    }
    impl EchoJsonParamsResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoJsonParamsResponse {
        fn status(&self) -> u16 {
            EchoJsonParamsResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoJsonParamsResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_array_limits`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoArrayLimitsResponse {
        /// 200: The parameters as the server read them.
        Ok(crate::ArrayLimitsEcho),
    }
    impl EchoArrayLimitsResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoArrayLimitsResponse {
        fn status(&self) -> u16 {
            EchoArrayLimitsResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoArrayLimitsResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_reserved`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoReservedResponse {
        /// 200: The parameters as the server read them.
        Ok(crate::ReservedEcho),
    }
    impl EchoReservedResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoReservedResponse {
        fn status(&self) -> u16 {
            EchoReservedResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoReservedResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_split_segment`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoSplitSegmentResponse {
        /// 200: The parameters as the server read them.
        Ok(crate::SplitEcho),
    }
    impl EchoSplitSegmentResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoSplitSegmentResponse {
        fn status(&self) -> u16 {
            EchoSplitSegmentResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoSplitSegmentResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_range_segment`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoRangeSegmentResponse {
        /// 200: The parameters as the server read them.
        Ok(crate::RangeSegmentEcho),
    }
    impl EchoRangeSegmentResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoRangeSegmentResponse {
        fn status(&self) -> u16 {
            EchoRangeSegmentResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoRangeSegmentResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
    /// The responses of `echo_upload`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum EchoUploadResponse {
        /// 200: The form as the server read it.
        Ok(crate::UploadEcho),
        /// 422: Validation Error
        UnprocessableEntity(crate::ValidationErrors),
    }
    impl EchoUploadResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
                Self::UnprocessableEntity { .. } => 422u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for EchoUploadResponse {
        fn status(&self) -> u16 {
            EchoUploadResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = EchoUploadResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
                Self::UnprocessableEntity(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
}
