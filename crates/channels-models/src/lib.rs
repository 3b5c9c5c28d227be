// @generated from openapi/channels.yaml by cargo xtask regen — do not edit
//! Types of Channels API (version 1.0.0), generated from its OpenAPI document.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![cfg_attr(rustfmt, rustfmt::skip)]
/// How conversations are assigned to agents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub enum AssignmentModeEnum {
    #[serde(rename = "manual")]
    Manual,
    #[serde(rename = "round_robin")]
    RoundRobin,
    #[serde(rename = "load_balanced")]
    LoadBalanced,
}

impl AssignmentModeEnum {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Manual => "manual",
            Self::RoundRobin => "round_robin",
            Self::LoadBalanced => "load_balanced",
        }
    }
}

/// Business hours configuration.
#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct BusinessHours {
    #[serde(default)]
    pub monday: Option<DaySchedule>,
    #[serde(default)]
    pub tuesday: Option<DaySchedule>,
    #[serde(default)]
    pub wednesday: Option<DaySchedule>,
    #[serde(default)]
    pub thursday: Option<DaySchedule>,
    #[serde(default)]
    pub friday: Option<DaySchedule>,
    #[serde(default)]
    pub saturday: Option<DaySchedule>,
    #[serde(default)]
    pub sunday: Option<DaySchedule>,
}

/// Schema for creating a Channel.
#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ChannelCreate {
    /// Friendly name for the channel
    pub name: String,
    /// Type of channel
    pub channel_type: String,
    #[serde(default = "ChannelCreate::default_config")]
    pub config: serde_json::Map<String, serde_json::Value>,
    #[serde(default = "ChannelCreate::default_is_active")]
    pub is_active: bool,
    #[serde(default = "ChannelCreate::default_is_default")]
    pub is_default: bool,
    #[serde(default = "ChannelCreate::default_auto_reply_enabled")]
    pub auto_reply_enabled: bool,
    #[serde(default = "ChannelCreate::default_sla_enabled")]
    pub sla_enabled: bool,
    #[serde(default = "ChannelCreate::default_assignment_mode")]
    pub assignment_mode: AssignmentModeEnum,
    #[serde(default)]
    pub business_hours: Option<BusinessHours>,
}

impl ChannelCreate {
    fn default_config() -> serde_json::Map<String, serde_json::Value> {
        serde_json::Map::new()
    }
    fn default_is_active() -> bool {
        true
    }
    fn default_is_default() -> bool {
        false
    }
    fn default_auto_reply_enabled() -> bool {
        false
    }
    fn default_sla_enabled() -> bool {
        false
    }
    fn default_assignment_mode() -> AssignmentModeEnum {
        AssignmentModeEnum::Manual
    }
}

/// One page of channels.
#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ChannelListResponse {
    pub items: Vec<ChannelResponse>,
    /// Number of channels matching the filters, across all pages.
    pub total: i64,
    pub skip: i64,
    pub limit: i64,
}

/// Schema for Channel response.
#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ChannelResponse {
    /// Friendly name for the channel
    pub name: String,
    /// Type of channel
    pub channel_type: String,
    pub id: i64,
    pub status: ChannelStatusEnum,
    pub config: serde_json::Map<String, serde_json::Value>,
    pub is_active: bool,
    pub is_default: bool,
    pub auto_reply_enabled: bool,
    pub business_hours_enabled: bool,
    pub assignment_mode: AssignmentModeEnum,
    pub sla_enabled: bool,
    pub total_conversations: i64,
    pub total_messages_sent: i64,
    pub total_messages_received: i64,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The weekly schedule, every day listed (null for a closed day), or null when no schedule is set.
    #[serde(default)]
    pub business_hours: Option<BusinessHours>,
}

/// Status of a channel connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub enum ChannelStatusEnum {
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "connected")]
    Connected,
    #[serde(rename = "disconnected")]
    Disconnected,
    #[serde(rename = "error")]
    Error,
}

impl ChannelStatusEnum {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Connected => "connected",
            Self::Disconnected => "disconnected",
            Self::Error => "error",
        }
    }
}

/// Schema for updating a Channel.
#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ChannelUpdate {
    #[serde(default, skip_serializing_if = "openapi_runtime::Patch::is_absent")]
    #[schema(value_type = Option<BusinessHours>)]
    pub business_hours: openapi_runtime::Patch<BusinessHours>,
    #[serde(default, skip_serializing_if = "openapi_runtime::Patch::is_absent")]
    #[schema(value_type = Option<AssignmentModeEnum>)]
    pub assignment_mode: openapi_runtime::Patch<AssignmentModeEnum>,
    /// Friendly name for the channel
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub config: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub is_active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub is_default: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub auto_reply_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub sla_enabled: Option<bool>,
}

/// Schedule for a single day.
#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct DaySchedule {
    #[serde(default = "DaySchedule::default_enabled")]
    pub enabled: bool,
    /// Opening time, 24-hour HH:MM.
    #[serde(default = "DaySchedule::default_start")]
    pub start: String,
    /// Closing time, 24-hour HH:MM; later than start when the day is enabled.
    #[serde(default = "DaySchedule::default_end")]
    pub end: String,
}

impl DaySchedule {
    fn default_enabled() -> bool {
        true
    }
    fn default_start() -> String {
        String::from("09:00")
    }
    fn default_end() -> String {
        String::from("18:00")
    }
}

/// An error with a human-readable explanation.
#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct HTTPError {
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct HTTPValidationError {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub detail: Option<Vec<ValidationError>>,
}

/// Liveness or readiness of the service.
#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct HealthStatus {
    pub status: String,
}

#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ValidationError {
    /// Location
    pub loc: Vec<ValidationErrorLocItem>,
    /// Message
    pub msg: String,
    /// Error Type
    pub r#type: String,
}

#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(untagged)]
pub enum ValidationErrorLocItem {
    String(String),
    Integer(i64),
}

/// The documented responses of each operation: one enum per operation, a variant
/// per status. A server writes them through
/// `openapi_runtime::response::DocumentedResponse`.
pub mod responses {
    /// The responses of `list_channels`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum ListChannelsResponse {
        /// 200: Successful Response
        Ok(crate::ChannelListResponse),
        /// 401: Missing, malformed, unknown or revoked API key
        Unauthorized {
            body: crate::HTTPError,
            /// The `WWW-Authenticate` header.
            www_authenticate: Option<String>,
        },
        /// 422: Validation Error
        UnprocessableEntity(crate::HTTPValidationError),
    }
    impl ListChannelsResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
                Self::Unauthorized { .. } => 401u16,
                Self::UnprocessableEntity { .. } => 422u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for ListChannelsResponse {
        fn status(&self) -> u16 {
            ListChannelsResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = ListChannelsResponse::status(&self);
            match self {
                Self::Ok(body) => {
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
            }
        }
    }
    /// The responses of `create_channel`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum CreateChannelResponse {
        /// 201: Successful Response
        Created(crate::ChannelResponse),
        /// 401: Missing, malformed, unknown or revoked API key
        Unauthorized {
            body: crate::HTTPError,
            /// The `WWW-Authenticate` header.
            www_authenticate: Option<String>,
        },
        /// 409: A channel with this name already exists
        Conflict(crate::HTTPError),
        /// 413: Request body larger than the server's limit
        PayloadTooLarge(crate::HTTPError),
        /// 422: Validation Error
        UnprocessableEntity(crate::HTTPValidationError),
    }
    impl CreateChannelResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Created { .. } => 201u16,
                Self::Unauthorized { .. } => 401u16,
                Self::Conflict { .. } => 409u16,
                Self::PayloadTooLarge { .. } => 413u16,
                Self::UnprocessableEntity { .. } => 422u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for CreateChannelResponse {
        fn status(&self) -> u16 {
            CreateChannelResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = CreateChannelResponse::status(&self);
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
                Self::Conflict(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
                Self::PayloadTooLarge(body) => {
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
    /// The responses of `get_channel`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum GetChannelResponse {
        /// 200: Successful Response
        Ok(crate::ChannelResponse),
        /// 401: Missing, malformed, unknown or revoked API key
        Unauthorized {
            body: crate::HTTPError,
            /// The `WWW-Authenticate` header.
            www_authenticate: Option<String>,
        },
        /// 404: Channel not found
        NotFound(crate::HTTPError),
        /// 422: Validation Error
        UnprocessableEntity(crate::HTTPValidationError),
    }
    impl GetChannelResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
                Self::Unauthorized { .. } => 401u16,
                Self::NotFound { .. } => 404u16,
                Self::UnprocessableEntity { .. } => 422u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for GetChannelResponse {
        fn status(&self) -> u16 {
            GetChannelResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = GetChannelResponse::status(&self);
            match self {
                Self::Ok(body) => {
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
                Self::NotFound(body) => {
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
    /// The responses of `update_channel`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum UpdateChannelResponse {
        /// 200: Successful Response
        Ok(crate::ChannelResponse),
        /// 401: Missing, malformed, unknown or revoked API key
        Unauthorized {
            body: crate::HTTPError,
            /// The `WWW-Authenticate` header.
            www_authenticate: Option<String>,
        },
        /// 404: Channel not found
        NotFound(crate::HTTPError),
        /// 409: A channel with this name already exists
        Conflict(crate::HTTPError),
        /// 413: Request body larger than the server's limit
        PayloadTooLarge(crate::HTTPError),
        /// 422: Validation Error
        UnprocessableEntity(crate::HTTPValidationError),
    }
    impl UpdateChannelResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
                Self::Unauthorized { .. } => 401u16,
                Self::NotFound { .. } => 404u16,
                Self::Conflict { .. } => 409u16,
                Self::PayloadTooLarge { .. } => 413u16,
                Self::UnprocessableEntity { .. } => 422u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for UpdateChannelResponse {
        fn status(&self) -> u16 {
            UpdateChannelResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = UpdateChannelResponse::status(&self);
            match self {
                Self::Ok(body) => {
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
                Self::NotFound(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
                Self::Conflict(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
                Self::PayloadTooLarge(body) => {
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
    /// The responses of `delete_channel`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum DeleteChannelResponse {
        /// 204: Successful Response
        NoContent,
        /// 401: Missing, malformed, unknown or revoked API key
        Unauthorized {
            body: crate::HTTPError,
            /// The `WWW-Authenticate` header.
            www_authenticate: Option<String>,
        },
        /// 404: Channel not found
        NotFound(crate::HTTPError),
        /// 422: Validation Error
        UnprocessableEntity(crate::HTTPValidationError),
    }
    impl DeleteChannelResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::NoContent { .. } => 204u16,
                Self::Unauthorized { .. } => 401u16,
                Self::NotFound { .. } => 404u16,
                Self::UnprocessableEntity { .. } => 422u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for DeleteChannelResponse {
        fn status(&self) -> u16 {
            DeleteChannelResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = DeleteChannelResponse::status(&self);
            match self {
                Self::NoContent => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::Empty,
                    )
                }
                Self::Unauthorized { body, www_authenticate } => {
                    openapi_runtime::response::ResponseParts::new(
                            status,
                            openapi_runtime::response::ResponseBody::json(&body),
                        )
                        .optional_header("www-authenticate", www_authenticate)
                }
                Self::NotFound(body) => {
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
    /// The responses of `health`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum HealthResponse {
        /// 200: Successful Response
        Ok(crate::HealthStatus),
    }
    impl HealthResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for HealthResponse {
        fn status(&self) -> u16 {
            HealthResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = HealthResponse::status(&self);
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
    /// The responses of `ready`, one variant per documented status.
    #[derive(Debug, Clone, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum ReadyResponse {
        /// 200: Successful Response
        Ok(crate::HealthStatus),
        /// 503: The database is unreachable
        ServiceUnavailable(crate::HealthStatus),
    }
    impl ReadyResponse {
        /// The status code this response is written with.
        pub fn status(&self) -> u16 {
            match self {
                Self::Ok { .. } => 200u16,
                Self::ServiceUnavailable { .. } => 503u16,
            }
        }
    }
    impl openapi_runtime::response::DocumentedResponse for ReadyResponse {
        fn status(&self) -> u16 {
            ReadyResponse::status(self)
        }
        fn into_parts(self) -> openapi_runtime::response::ResponseParts {
            let status = ReadyResponse::status(&self);
            match self {
                Self::Ok(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
                Self::ServiceUnavailable(body) => {
                    openapi_runtime::response::ResponseParts::new(
                        status,
                        openapi_runtime::response::ResponseBody::json(&body),
                    )
                }
            }
        }
    }
}
