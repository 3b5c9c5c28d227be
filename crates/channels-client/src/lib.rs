// @generated from openapi/channels.yaml by cargo xtask regen — do not edit
//! A typed client for Channels API (version 1.0.0), generated from its OpenAPI document: [`ChannelsClient`] has one async method per operation, which answers the operation's response enum from `channels_models::responses`.
//!
//! A status the document does not declare for the operation, or a body that does
//! not match it, is a [`ClientError`] carrying the status, the headers and the
//! raw body. Every request carries an `x-request-id` (generated unless set with
//! `with_request_id`); retries are off unless configured, and then apply to
//! idempotent methods only ([`RetryPolicy`]).
//!
//! # Example
//!
//! ```no_run
//! use std::time::Duration;
//!
//! use channels_client::models::responses::{
//!     CreateChannelResponse, GetChannelResponse, UpdateChannelResponse,
//! };
//! use channels_client::models::{
//!     AssignmentModeEnum, BusinessHours, ChannelCreate, ChannelResponse, ChannelUpdate, DaySchedule,
//! };
//! use channels_client::{ChannelsClient, Patch};
//!
//! /// Creates a channel, sets its business hours, reads it back, and meets a 404 and a 422.
//! pub async fn tour(
//!     base_url: &str,
//!     api_key: &str,
//! ) -> Result<ChannelResponse, Box<dyn std::error::Error + Send + Sync>> {
//!     let client = ChannelsClient::builder(base_url)
//!         .http_bearer_token(api_key)
//!         .timeout(Duration::from_secs(10))
//!         .build()?;
//!
//!     // Create: the typed body is the server's own model.
//!     let new_channel = ChannelCreate {
//!         name: "Support".into(),
//!         channel_type: "email".into(),
//!         config: Default::default(),
//!         is_active: true,
//!         is_default: false,
//!         auto_reply_enabled: false,
//!         sla_enabled: false,
//!         assignment_mode: AssignmentModeEnum::RoundRobin,
//!         business_hours: None,
//!     };
//!     let created = match client.create_channel(&new_channel).await? {
//!         CreateChannelResponse::Created(channel) => channel,
//!         other => return Err(format!("create answered {}: {other:?}", other.status()).into()),
//!     };
//!
//!     // Set business hours: a merge patch, so only `business_hours` changes.
//!     let weekday = DaySchedule {
//!         enabled: true,
//!         start: "08:30".into(),
//!         end: "17:00".into(),
//!     };
//!     let hours = BusinessHours {
//!         monday: Some(weekday.clone()),
//!         tuesday: Some(weekday.clone()),
//!         wednesday: Some(weekday.clone()),
//!         thursday: Some(weekday.clone()),
//!         friday: Some(weekday),
//!         saturday: None,
//!         sunday: None,
//!     };
//!     let update = ChannelUpdate {
//!         business_hours: Patch::Value(hours),
//!         assignment_mode: Patch::Absent,
//!         name: None,
//!         config: None,
//!         is_active: None,
//!         is_default: None,
//!         auto_reply_enabled: None,
//!         sla_enabled: None,
//!     };
//!     match client.update_channel(created.id, &update).await? {
//!         UpdateChannelResponse::Ok(channel) => assert!(channel.business_hours_enabled),
//!         other => return Err(format!("update answered {}: {other:?}", other.status()).into()),
//!     }
//!
//!     // Read it back.
//!     let fetched = match client.get_channel(created.id).await? {
//!         GetChannelResponse::Ok(channel) => channel,
//!         other => return Err(format!("get answered {}: {other:?}", other.status()).into()),
//!     };
//!
//!     // A 404 is a documented response, not an error.
//!     match client.get_channel(i64::MAX).await? {
//!         GetChannelResponse::NotFound(error) => println!("as expected: {}", error.detail),
//!         other => return Err(format!("expected 404, got {other:?}").into()),
//!     }
//!
//!     // So is a 422: a day that ends before it starts.
//!     let backwards = ChannelUpdate {
//!         business_hours: Patch::Value(BusinessHours {
//!             monday: Some(DaySchedule {
//!                 enabled: true,
//!                 start: "18:00".into(),
//!                 end: "09:00".into(),
//!             }),
//!             ..fetched.business_hours.clone().unwrap_or(BusinessHours {
//!                 monday: None,
//!                 tuesday: None,
//!                 wednesday: None,
//!                 thursday: None,
//!                 friday: None,
//!                 saturday: None,
//!                 sunday: None,
//!             })
//!         }),
//!         ..update
//!     };
//!     match client.update_channel(created.id, &backwards).await? {
//!         UpdateChannelResponse::UnprocessableEntity(problems) => {
//!             for problem in problems.detail.unwrap_or_default() {
//!                 println!("rejected: {:?} {}", problem.loc, problem.msg);
//!             }
//!         }
//!         other => return Err(format!("expected 422, got {other:?}").into()),
//!     }
//!     Ok(fetched)
//! }
//! ```
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::too_many_arguments)]
#![allow(clippy::match_overlapping_arm)]
#![cfg_attr(rustfmt, rustfmt::skip)]
pub use ::openapi_runtime::client::{ClientError, RawResponse, RetryPolicy};

pub use ::openapi_runtime::Patch;

/// The HTTP client library requests are sent with.
pub use ::openapi_runtime::client::reqwest;

/// The models crate: request and response bodies, and `responses`, the
/// per-operation response enums the methods answer.
pub use ::channels_models as models;

/// A client of Channels API. Cheap to clone; clones share one connection pool.
#[derive(Debug, Clone)]
pub struct ChannelsClient {
    inner: ::openapi_runtime::client::Client,
}

impl ChannelsClient {
    /// A builder for the API at `base_url` (e.g. `https://api.example.com`).
    pub fn builder(
        base_url: impl ::std::convert::Into<::std::string::String>,
    ) -> ChannelsClientBuilder {
        ChannelsClientBuilder::new(base_url)
    }
    /// A client whose requests carry `request_id` as their `x-request-id`
    /// instead of a generated one (e.g. the id of the request being served).
    pub fn with_request_id(
        &self,
        request_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            inner: self.inner.with_request_id(request_id),
        }
    }
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        self.inner.base_url()
    }
    /// List Channels
    ///
    /// List the caller's channels, ordered by id, one page at a time.
    ///
    /// `GET /api/v1/channels` (operation `list_channels`)
    pub async fn list_channels(
        &self,
        params: &ListChannelsParams,
    ) -> ::std::result::Result<
        ::channels_models::responses::ListChannelsResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                ::std::string::String::from("/api/v1/channels"),
            );
        request
            .query("skip", ::openapi_runtime::client::Style::Form, true, &params.skip)?;
        request
            .query(
                "limit",
                ::openapi_runtime::client::Style::Form,
                true,
                &params.limit,
            )?;
        request
            .query(
                "channel_type",
                ::openapi_runtime::client::Style::Form,
                true,
                &params.channel_type,
            )?;
        request
            .query(
                "is_active",
                ::openapi_runtime::client::Style::Form,
                true,
                &params.is_active,
            )?;
        request
            .security(
                &[
                    ::openapi_runtime::client::Scheme {
                        name: "HTTPBearer",
                        carrier: ::openapi_runtime::client::Carrier::Bearer,
                    },
                ],
            )?;
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::ListChannelsResponse::Ok(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            401 => {
                ::std::result::Result::Ok(::channels_models::responses::ListChannelsResponse::Unauthorized {
                    body: ::openapi_runtime::client::json_body(&response)?,
                    www_authenticate: response.header("www-authenticate"),
                })
            }
            422 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::ListChannelsResponse::UnprocessableEntity(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            _ => {
                ::std::result::Result::Err(
                    ::openapi_runtime::client::ClientError::UnexpectedStatus(
                        ::std::boxed::Box::new(response),
                    ),
                )
            }
        }
    }
    /// Create Channel
    ///
    /// Create a channel.
    ///
    /// `POST /api/v1/channels` (operation `create_channel`)
    pub async fn create_channel(
        &self,
        body: &::channels_models::ChannelCreate,
    ) -> ::std::result::Result<
        ::channels_models::responses::CreateChannelResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::POST,
                ::std::string::String::from("/api/v1/channels"),
            );
        request
            .security(
                &[
                    ::openapi_runtime::client::Scheme {
                        name: "HTTPBearer",
                        carrier: ::openapi_runtime::client::Carrier::Bearer,
                    },
                ],
            )?;
        request.json_body(body)?;
        let response = request.send().await?;
        match response.status {
            201 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::CreateChannelResponse::Created(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            401 => {
                ::std::result::Result::Ok(::channels_models::responses::CreateChannelResponse::Unauthorized {
                    body: ::openapi_runtime::client::json_body(&response)?,
                    www_authenticate: response.header("www-authenticate"),
                })
            }
            409 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::CreateChannelResponse::Conflict(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            413 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::CreateChannelResponse::PayloadTooLarge(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            422 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::CreateChannelResponse::UnprocessableEntity(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            _ => {
                ::std::result::Result::Err(
                    ::openapi_runtime::client::ClientError::UnexpectedStatus(
                        ::std::boxed::Box::new(response),
                    ),
                )
            }
        }
    }
    /// Get Channel
    ///
    /// Get one channel.
    ///
    /// `GET /api/v1/channels/{channel_id}` (operation `get_channel`)
    pub async fn get_channel(
        &self,
        channel_id: i64,
    ) -> ::std::result::Result<
        ::channels_models::responses::GetChannelResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                [
                    ::std::string::String::from("/api/v1/channels/"),
                    ::openapi_runtime::client::path_value(
                        "channel_id",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        &channel_id,
                    )?,
                ]
                    .concat(),
            );
        request
            .security(
                &[
                    ::openapi_runtime::client::Scheme {
                        name: "HTTPBearer",
                        carrier: ::openapi_runtime::client::Carrier::Bearer,
                    },
                ],
            )?;
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::GetChannelResponse::Ok(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            401 => {
                ::std::result::Result::Ok(::channels_models::responses::GetChannelResponse::Unauthorized {
                    body: ::openapi_runtime::client::json_body(&response)?,
                    www_authenticate: response.header("www-authenticate"),
                })
            }
            404 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::GetChannelResponse::NotFound(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            422 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::GetChannelResponse::UnprocessableEntity(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            _ => {
                ::std::result::Result::Err(
                    ::openapi_runtime::client::ClientError::UnexpectedStatus(
                        ::std::boxed::Box::new(response),
                    ),
                )
            }
        }
    }
    /// Update Channel
    ///
    /// Update a channel’s configuration.
    ///
    /// `PUT /api/v1/channels/{channel_id}` (operation `update_channel`)
    pub async fn update_channel(
        &self,
        channel_id: i64,
        body: &::channels_models::ChannelUpdate,
    ) -> ::std::result::Result<
        ::channels_models::responses::UpdateChannelResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::PUT,
                [
                    ::std::string::String::from("/api/v1/channels/"),
                    ::openapi_runtime::client::path_value(
                        "channel_id",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        &channel_id,
                    )?,
                ]
                    .concat(),
            );
        request
            .security(
                &[
                    ::openapi_runtime::client::Scheme {
                        name: "HTTPBearer",
                        carrier: ::openapi_runtime::client::Carrier::Bearer,
                    },
                ],
            )?;
        request.json_body(body)?;
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::UpdateChannelResponse::Ok(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            401 => {
                ::std::result::Result::Ok(::channels_models::responses::UpdateChannelResponse::Unauthorized {
                    body: ::openapi_runtime::client::json_body(&response)?,
                    www_authenticate: response.header("www-authenticate"),
                })
            }
            404 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::UpdateChannelResponse::NotFound(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            409 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::UpdateChannelResponse::Conflict(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            413 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::UpdateChannelResponse::PayloadTooLarge(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            422 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::UpdateChannelResponse::UnprocessableEntity(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            _ => {
                ::std::result::Result::Err(
                    ::openapi_runtime::client::ClientError::UnexpectedStatus(
                        ::std::boxed::Box::new(response),
                    ),
                )
            }
        }
    }
    /// Delete Channel
    ///
    /// Delete a channel. Its id is never reused.
    ///
    /// `DELETE /api/v1/channels/{channel_id}` (operation `delete_channel`)
    pub async fn delete_channel(
        &self,
        channel_id: i64,
    ) -> ::std::result::Result<
        ::channels_models::responses::DeleteChannelResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::DELETE,
                [
                    ::std::string::String::from("/api/v1/channels/"),
                    ::openapi_runtime::client::path_value(
                        "channel_id",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        &channel_id,
                    )?,
                ]
                    .concat(),
            );
        request
            .security(
                &[
                    ::openapi_runtime::client::Scheme {
                        name: "HTTPBearer",
                        carrier: ::openapi_runtime::client::Carrier::Bearer,
                    },
                ],
            )?;
        let response = request.send().await?;
        match response.status {
            204 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::DeleteChannelResponse::NoContent,
                )
            }
            401 => {
                ::std::result::Result::Ok(::channels_models::responses::DeleteChannelResponse::Unauthorized {
                    body: ::openapi_runtime::client::json_body(&response)?,
                    www_authenticate: response.header("www-authenticate"),
                })
            }
            404 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::DeleteChannelResponse::NotFound(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            422 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::DeleteChannelResponse::UnprocessableEntity(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            _ => {
                ::std::result::Result::Err(
                    ::openapi_runtime::client::ClientError::UnexpectedStatus(
                        ::std::boxed::Box::new(response),
                    ),
                )
            }
        }
    }
    /// Health
    ///
    /// The process is up.
    ///
    /// `GET /healthz` (operation `health`)
    pub async fn health(
        &self,
    ) -> ::std::result::Result<
        ::channels_models::responses::HealthResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                ::std::string::String::from("/healthz"),
            );
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::HealthResponse::Ok(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            _ => {
                ::std::result::Result::Err(
                    ::openapi_runtime::client::ClientError::UnexpectedStatus(
                        ::std::boxed::Box::new(response),
                    ),
                )
            }
        }
    }
    /// Ready
    ///
    /// The database is reachable.
    ///
    /// `GET /readyz` (operation `ready`)
    pub async fn ready(
        &self,
    ) -> ::std::result::Result<
        ::channels_models::responses::ReadyResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                ::std::string::String::from("/readyz"),
            );
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::ReadyResponse::Ok(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            503 => {
                ::std::result::Result::Ok(
                    ::channels_models::responses::ReadyResponse::ServiceUnavailable(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            _ => {
                ::std::result::Result::Err(
                    ::openapi_runtime::client::ClientError::UnexpectedStatus(
                        ::std::boxed::Box::new(response),
                    ),
                )
            }
        }
    }
}

/// Configures a [`ChannelsClient`].
#[derive(Debug, Clone)]
pub struct ChannelsClientBuilder {
    inner: ::openapi_runtime::client::ClientBuilder,
}

impl ChannelsClientBuilder {
    /// A builder for the API at `base_url`; see [`Self::build`].
    pub fn new(base_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            inner: ::openapi_runtime::client::ClientBuilder::new(base_url),
        }
    }
    /// The `reqwest::Client` to send requests with (its connection pool, TLS
    /// and proxy settings). Default: a new one.
    pub fn http_client(self, http: ::openapi_runtime::client::reqwest::Client) -> Self {
        Self {
            inner: self.inner.http_client(http),
        }
    }
    /// The longest one request may take, until its whole body has arrived.
    pub fn timeout(self, timeout: ::std::time::Duration) -> Self {
        Self {
            inner: self.inner.timeout(timeout),
        }
    }
    /// Retries (off by default). They apply only to idempotent methods (`GET`,
    /// `HEAD`, `PUT`, `DELETE`, `OPTIONS`, `TRACE`); see [`crate::RetryPolicy`].
    pub fn retry(self, retry: ::openapi_runtime::client::RetryPolicy) -> Self {
        Self {
            inner: self.inner.retry(retry),
        }
    }
    /// The bearer token for the `HTTPBearer` scheme (`Authorization: Bearer`).
    /// An API key: `Authorization: Bearer <key>`.
    pub fn http_bearer_token(
        self,
        token: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            inner: self
                .inner
                .credential(
                    "HTTPBearer",
                    ::openapi_runtime::client::Credential::Bearer(token.into()),
                ),
        }
    }
    /// The client; fails when the base URL is not an absolute `http(s)` URL.
    pub fn build(
        self,
    ) -> ::std::result::Result<ChannelsClient, ::openapi_runtime::client::ClientError> {
        ::std::result::Result::Ok(ChannelsClient {
            inner: self.inner.build()?,
        })
    }
}

/// The query, header and cookie parameters of `list_channels`.
#[derive(Debug, Clone, Default)]
pub struct ListChannelsParams {
    /// Skip
    ///
    /// Number of channels to skip.
    /// `skip` in query. `None` sends nothing (the server's default is `0`).
    pub skip: ::std::option::Option<i64>,
    /// Limit
    ///
    /// Largest number of channels to return.
    /// `limit` in query. `None` sends nothing (the server's default is `50`).
    pub limit: ::std::option::Option<i64>,
    /// Channel Type
    ///
    /// Only channels of this type.
    /// `channel_type` in query. `None` sends nothing.
    pub channel_type: ::std::option::Option<String>,
    /// Is Active
    ///
    /// Only active (true) or inactive (false) channels.
    /// `is_active` in query. `None` sends nothing.
    pub is_active: ::std::option::Option<bool>,
}
