// @generated from tests/specs/client-roundtrip.yaml by cargo xtask regen — do not edit
//! A typed client for Round trip (version 1.0.0), generated from its OpenAPI document: [`RoundtripClient`] has one async method per operation, which answers the operation's response enum from `roundtrip_models::responses`.
//!
//! A status the document does not declare for the operation, or a body that does
//! not match it, is a [`ClientError`] carrying the status, the headers and the
//! raw body. Every request carries an `x-request-id` (generated unless set with
//! `with_request_id`); retries are off unless configured, and then apply to
//! idempotent methods only ([`RetryPolicy`]).
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
pub use ::roundtrip_models as models;

/// A client of Round trip. Cheap to clone; clones share one connection pool.
#[derive(Debug, Clone)]
pub struct RoundtripClient {
    inner: ::openapi_runtime::client::Client,
}

impl RoundtripClient {
    /// A builder for the API at `base_url` (e.g. `https://api.example.com`).
    pub fn builder(
        base_url: impl ::std::convert::Into<::std::string::String>,
    ) -> RoundtripClientBuilder {
        RoundtripClientBuilder::new(base_url)
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
    /// `GET /files/{name}` (operation `echo_path`)
    pub async fn echo_path(
        &self,
        name: &str,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoPathResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                [
                    ::std::string::String::from("/files/"),
                    ::openapi_runtime::client::path_value(
                        "name",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        &name,
                    )?,
                ]
                    .concat(),
            );
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoPathResponse::Ok(
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
    /// `GET /files/{name}/versions/{version}` (operation `echo_two_path_params`)
    pub async fn echo_two_path_params(
        &self,
        name: &str,
        version: i64,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoTwoPathParamsResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                [
                    ::std::string::String::from("/files/"),
                    ::openapi_runtime::client::path_value(
                        "name",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        &name,
                    )?,
                    ::std::string::String::from("/versions/"),
                    ::openapi_runtime::client::path_value(
                        "version",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        &version,
                    )?,
                ]
                    .concat(),
            );
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoTwoPathParamsResponse::Ok(
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
    /// `GET /search` (operation `echo_query`)
    pub async fn echo_query(
        &self,
        params: &EchoQueryParams,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoQueryResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                ::std::string::String::from("/search"),
            );
        request.query("q", ::openapi_runtime::client::Style::Form, true, &params.q)?;
        request
            .query("tags", ::openapi_runtime::client::Style::Form, true, &params.tags)?;
        request
            .query("ids", ::openapi_runtime::client::Style::Form, false, &params.ids)?;
        request
            .query("mode", ::openapi_runtime::client::Style::Form, true, &params.mode)?;
        request
            .query(
                "limit",
                ::openapi_runtime::client::Style::Form,
                true,
                &params.limit,
            )?;
        request
            .query("flag", ::openapi_runtime::client::Style::Form, true, &params.flag)?;
        request.header("X-Trace", false, &params.x_trace)?;
        request.header("X-Request-Id", false, &params.x_request_id)?;
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoQueryResponse::Ok(
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
    /// `POST /notes` (operation `echo_body`)
    pub async fn echo_body(
        &self,
        body: &::roundtrip_models::Note,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoBodyResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::POST,
                ::std::string::String::from("/notes"),
            );
        request
            .security(
                &[
                    ::openapi_runtime::client::Scheme {
                        name: "Token",
                        carrier: ::openapi_runtime::client::Carrier::Bearer,
                    },
                ],
            )?;
        request.json_body(body)?;
        let response = request.send().await?;
        match response.status {
            201 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoBodyResponse::Created(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            401 => {
                ::std::result::Result::Ok(::roundtrip_models::responses::EchoBodyResponse::Unauthorized {
                    body: ::openapi_runtime::client::json_body(&response)?,
                    www_authenticate: response.header("www-authenticate"),
                })
            }
            422 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoBodyResponse::UnprocessableEntity(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            400..=499 => {
                ::std::result::Result::Ok(::roundtrip_models::responses::EchoBodyResponse::ClientError {
                    status: response.status,
                    body: ::openapi_runtime::client::json_body(&response)?,
                })
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
    /// Query arrays and objects in every style.
    ///
    /// `GET /styles/query` (operation `echo_query_styles`)
    pub async fn echo_query_styles(
        &self,
        params: &EchoQueryStylesParams,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoQueryStylesResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                ::std::string::String::from("/styles/query"),
            );
        request
            .query("csv", ::openapi_runtime::client::Style::Form, false, &params.csv)?;
        request
            .query(
                "spaced",
                ::openapi_runtime::client::Style::SpaceDelimited,
                false,
                &params.spaced,
            )?;
        request
            .query(
                "piped",
                ::openapi_runtime::client::Style::PipeDelimited,
                false,
                &params.piped,
            )?;
        request
            .query(
                "required_csv",
                ::openapi_runtime::client::Style::Form,
                false,
                &params.required_csv,
            )?;
        request
            .query(
                "deep",
                ::openapi_runtime::client::Style::DeepObject,
                true,
                &params.deep,
            )?;
        request
            .query("flat", ::openapi_runtime::client::Style::Form, false, &params.flat)?;
        request
            .query(
                "spaced_range",
                ::openapi_runtime::client::Style::SpaceDelimited,
                false,
                &params.spaced_range,
            )?;
        request
            .query(
                "piped_range",
                ::openapi_runtime::client::Style::PipeDelimited,
                false,
                &params.piped_range,
            )?;
        request
            .query(
                "filter",
                ::openapi_runtime::client::Style::Form,
                true,
                &params.filter,
            )?;
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoQueryStylesResponse::Ok(
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
    /// Path arrays in every style; `_x` is exploded.
    ///
    /// `GET /styles/arrays/{simple}/{simple_x}/{label}/{label_x}/{matrix}/{matrix_x}` (operation `echo_path_arrays`)
    pub async fn echo_path_arrays(
        &self,
        simple: ::roundtrip_models::Words,
        simple_x: ::roundtrip_models::Words,
        label: ::roundtrip_models::Words,
        label_x: ::roundtrip_models::Words,
        matrix: ::roundtrip_models::Words,
        matrix_x: ::roundtrip_models::Words,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoPathArraysResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                [
                    ::std::string::String::from("/styles/arrays/"),
                    ::openapi_runtime::client::path_value(
                        "simple",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        &simple,
                    )?,
                    ::std::string::String::from("/"),
                    ::openapi_runtime::client::path_value(
                        "simple_x",
                        ::openapi_runtime::client::Style::Simple,
                        true,
                        &simple_x,
                    )?,
                    ::std::string::String::from("/"),
                    ::openapi_runtime::client::path_value(
                        "label",
                        ::openapi_runtime::client::Style::Label,
                        false,
                        &label,
                    )?,
                    ::std::string::String::from("/"),
                    ::openapi_runtime::client::path_value(
                        "label_x",
                        ::openapi_runtime::client::Style::Label,
                        true,
                        &label_x,
                    )?,
                    ::std::string::String::from("/"),
                    ::openapi_runtime::client::path_value(
                        "matrix",
                        ::openapi_runtime::client::Style::Matrix,
                        false,
                        &matrix,
                    )?,
                    ::std::string::String::from("/"),
                    ::openapi_runtime::client::path_value(
                        "matrix_x",
                        ::openapi_runtime::client::Style::Matrix,
                        true,
                        &matrix_x,
                    )?,
                ]
                    .concat(),
            );
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoPathArraysResponse::Ok(
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
    /// Path objects in every style; `_x` is exploded.
    ///
    /// `GET /styles/objects/{simple}/{simple_x}/{label}/{label_x}/{matrix}/{matrix_x}` (operation `echo_path_objects`)
    pub async fn echo_path_objects(
        &self,
        simple: ::roundtrip_models::Range,
        simple_x: ::roundtrip_models::Range,
        label: ::roundtrip_models::Range,
        label_x: ::roundtrip_models::Range,
        matrix: ::roundtrip_models::Range,
        matrix_x: ::roundtrip_models::Range,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoPathObjectsResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                [
                    ::std::string::String::from("/styles/objects/"),
                    ::openapi_runtime::client::path_value(
                        "simple",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        &simple,
                    )?,
                    ::std::string::String::from("/"),
                    ::openapi_runtime::client::path_value(
                        "simple_x",
                        ::openapi_runtime::client::Style::Simple,
                        true,
                        &simple_x,
                    )?,
                    ::std::string::String::from("/"),
                    ::openapi_runtime::client::path_value(
                        "label",
                        ::openapi_runtime::client::Style::Label,
                        false,
                        &label,
                    )?,
                    ::std::string::String::from("/"),
                    ::openapi_runtime::client::path_value(
                        "label_x",
                        ::openapi_runtime::client::Style::Label,
                        true,
                        &label_x,
                    )?,
                    ::std::string::String::from("/"),
                    ::openapi_runtime::client::path_value(
                        "matrix",
                        ::openapi_runtime::client::Style::Matrix,
                        false,
                        &matrix,
                    )?,
                    ::std::string::String::from("/"),
                    ::openapi_runtime::client::path_value(
                        "matrix_x",
                        ::openapi_runtime::client::Style::Matrix,
                        true,
                        &matrix_x,
                    )?,
                ]
                    .concat(),
            );
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoPathObjectsResponse::Ok(
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
    /// Path scalars with a prefix, and one with literal text around it.
    ///
    /// `GET /styles/scalars/{label}/{matrix}/v{version}.json` (operation `echo_path_scalars`)
    pub async fn echo_path_scalars(
        &self,
        label: &str,
        matrix: &str,
        version: Vec<i64>,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoPathScalarsResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                [
                    ::std::string::String::from("/styles/scalars/"),
                    ::openapi_runtime::client::path_value(
                        "label",
                        ::openapi_runtime::client::Style::Label,
                        false,
                        &label,
                    )?,
                    ::std::string::String::from("/"),
                    ::openapi_runtime::client::path_value(
                        "matrix",
                        ::openapi_runtime::client::Style::Matrix,
                        false,
                        &matrix,
                    )?,
                    ::std::string::String::from("/v"),
                    ::openapi_runtime::client::path_value(
                        "version",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        &version,
                    )?,
                    ::std::string::String::from(".json"),
                ]
                    .concat(),
            );
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoPathScalarsResponse::Ok(
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
    /// Header (simple) and cookie (form) arrays and objects.
    ///
    /// `GET /styles/headers-cookies` (operation `echo_headers_cookies`)
    pub async fn echo_headers_cookies(
        &self,
        params: &EchoHeadersCookiesParams,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoHeadersCookiesResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                ::std::string::String::from("/styles/headers-cookies"),
            );
        request.header("X-Ids", false, &params.x_ids)?;
        request.header("X-Range", false, &params.x_range)?;
        request.header("X-Range-Exploded", true, &params.x_range_exploded)?;
        request.cookie("session", true, &params.session)?;
        request.cookie("tags", false, &params.tags)?;
        request.cookie("range", false, &params.range)?;
        request.cookie("range_exploded", true, &params.range_exploded)?;
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoHeadersCookiesResponse::Ok(
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
    /// Parameters described by `content` with a JSON media type.
    ///
    /// `GET /styles/json/{doc}` (operation `echo_json_params`)
    pub async fn echo_json_params(
        &self,
        doc: ::roundtrip_models::Range,
        params: &EchoJsonParamsParams,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoJsonParamsResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                [
                    ::std::string::String::from("/styles/json/"),
                    ::openapi_runtime::client::path_value(
                        "doc",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        &::openapi_runtime::client::json_text("doc", &doc)?,
                    )?,
                ]
                    .concat(),
            );
        request
            .query(
                "filter",
                ::openapi_runtime::client::Style::Form,
                false,
                &::openapi_runtime::client::json_text("filter", &params.filter)?,
            )?;
        request
            .header(
                "X-Words",
                false,
                &::openapi_runtime::client::json_text("X-Words", &params.x_words)?,
            )?;
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoJsonParamsResponse::Ok(
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
    /// Parameter arrays with minItems, maxItems, uniqueItems and item constraints.
    ///
    /// `GET /limits/{path_ids}` (operation `echo_array_limits`)
    pub async fn echo_array_limits(
        &self,
        path_ids: Vec<i64>,
        params: &EchoArrayLimitsParams,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoArrayLimitsResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                [
                    ::std::string::String::from("/limits/"),
                    ::openapi_runtime::client::path_value(
                        "path_ids",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        &path_ids,
                    )?,
                ]
                    .concat(),
            );
        request.query("ids", ::openapi_runtime::client::Style::Form, true, &params.ids)?;
        request
            .query(
                "codes",
                ::openapi_runtime::client::Style::Form,
                false,
                &params.codes,
            )?;
        request
            .query(
                "modes",
                ::openapi_runtime::client::Style::PipeDelimited,
                false,
                &params.modes,
            )?;
        request
            .query(
                "short_words",
                ::openapi_runtime::client::Style::Form,
                false,
                &params.short_words,
            )?;
        request.header("X-Sizes", false, &params.x_sizes)?;
        request.cookie("picks", false, &params.picks)?;
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoArrayLimitsResponse::Ok(
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
    /// Query parameters with allowReserved, and one without.
    ///
    /// `GET /reserved` (operation `echo_reserved`)
    pub async fn echo_reserved(
        &self,
        params: &EchoReservedParams,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoReservedResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                ::std::string::String::from("/reserved"),
            );
        request
            .query_reserved(
                "target",
                ::openapi_runtime::client::Style::Form,
                true,
                &params.target,
            )?;
        request
            .query_reserved(
                "paths",
                ::openapi_runtime::client::Style::Form,
                false,
                &params.paths,
            )?;
        request
            .query_reserved(
                "each",
                ::openapi_runtime::client::Style::Form,
                true,
                &params.each,
            )?;
        request
            .query(
                "plain",
                ::openapi_runtime::client::Style::Form,
                true,
                &params.plain,
            )?;
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoReservedResponse::Ok(
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
    /// Two parameters in one segment, around a dot.
    ///
    /// `GET /split/{name}.{ext}` (operation `echo_split_segment`)
    pub async fn echo_split_segment(
        &self,
        name: &str,
        ext: &str,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoSplitSegmentResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                [
                    ::std::string::String::from("/split/"),
                    ::openapi_runtime::client::path_value_escaping(
                        "name",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        ".",
                        &name,
                    )?,
                    ::std::string::String::from("."),
                    ::openapi_runtime::client::path_value_escaping(
                        "ext",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        ".",
                        &ext,
                    )?,
                ]
                    .concat(),
            );
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoSplitSegmentResponse::Ok(
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
    /// Two parameters in one segment with literal text around them; `to` is an integer.
    ///
    /// `GET /range/v{from}-{to}.json` (operation `echo_range_segment`)
    pub async fn echo_range_segment(
        &self,
        from: &str,
        to: i64,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoRangeSegmentResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::GET,
                [
                    ::std::string::String::from("/range/v"),
                    ::openapi_runtime::client::path_value_escaping(
                        "from",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        "-",
                        &from,
                    )?,
                    ::std::string::String::from("-"),
                    ::openapi_runtime::client::path_value_escaping(
                        "to",
                        ::openapi_runtime::client::Style::Simple,
                        false,
                        "-",
                        &to,
                    )?,
                    ::std::string::String::from(".json"),
                ]
                    .concat(),
            );
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoRangeSegmentResponse::Ok(
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
    /// A multipart form with text, repeated and file properties.
    ///
    /// `POST /uploads` (operation `echo_upload`)
    pub async fn echo_upload(
        &self,
        body: &::roundtrip_models::Upload,
    ) -> ::std::result::Result<
        ::roundtrip_models::responses::EchoUploadResponse,
        ::openapi_runtime::client::ClientError,
    > {
        let mut request = self
            .inner
            .request(
                ::openapi_runtime::client::Method::POST,
                ::std::string::String::from("/uploads"),
            );
        let mut form = ::openapi_runtime::client::MultipartBody::new();
        form.text_fields(body, &["file", "attachments"])?;
        form.files("file", &body.file);
        form.files("attachments", &body.attachments);
        request.multipart_body(form);
        let response = request.send().await?;
        match response.status {
            200 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoUploadResponse::Ok(
                        ::openapi_runtime::client::json_body(&response)?,
                    ),
                )
            }
            422 => {
                ::std::result::Result::Ok(
                    ::roundtrip_models::responses::EchoUploadResponse::UnprocessableEntity(
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

/// Configures a [`RoundtripClient`].
#[derive(Debug, Clone)]
pub struct RoundtripClientBuilder {
    inner: ::openapi_runtime::client::ClientBuilder,
}

impl RoundtripClientBuilder {
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
    /// The bearer token for the `Token` scheme (`Authorization: Bearer`).
    pub fn token_token(
        self,
        token: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            inner: self
                .inner
                .credential(
                    "Token",
                    ::openapi_runtime::client::Credential::Bearer(token.into()),
                ),
        }
    }
    /// The client; fails when the base URL is not an absolute `http(s)` URL.
    pub fn build(
        self,
    ) -> ::std::result::Result<RoundtripClient, ::openapi_runtime::client::ClientError> {
        ::std::result::Result::Ok(RoundtripClient {
            inner: self.inner.build()?,
        })
    }
}

/// The query, header and cookie parameters of `echo_query`.
#[derive(Debug, Clone)]
pub struct EchoQueryParams {
    /// `q` in query. `None` sends nothing.
    pub q: ::std::option::Option<String>,
    /// Repeated keys (form, explode true).
    /// `tags` in query. `None` sends nothing.
    pub tags: ::std::option::Option<Vec<String>>,
    /// Comma-separated (form, explode false).
    /// `ids` in query. `None` sends nothing.
    pub ids: ::std::option::Option<Vec<i64>>,
    /// `mode` in query. `None` sends nothing.
    pub mode: ::std::option::Option<::roundtrip_models::Mode>,
    /// `limit` in query. `None` sends nothing (the server's default is `10`).
    pub limit: ::std::option::Option<i64>,
    /// `flag` in query.
    pub flag: bool,
    /// `X-Trace` in header. `None` sends nothing.
    pub x_trace: ::std::option::Option<String>,
    /// Left unset, the client generates one.
    /// `X-Request-Id` in header. `None` sends nothing.
    pub x_request_id: ::std::option::Option<String>,
}

/// The query, header and cookie parameters of `echo_query_styles`.
#[derive(Debug, Clone)]
pub struct EchoQueryStylesParams {
    /// form, explode false.
    /// `csv` in query. `None` sends nothing.
    pub csv: ::std::option::Option<Vec<String>>,
    /// `spaced` in query. `None` sends nothing.
    pub spaced: ::std::option::Option<Vec<String>>,
    /// `piped` in query. `None` sends nothing.
    pub piped: ::std::option::Option<Vec<i64>>,
    /// `required_csv` in query.
    pub required_csv: Vec<String>,
    /// `deep` in query. `None` sends nothing.
    pub deep: ::std::option::Option<::roundtrip_models::Range>,
    /// form, explode false.
    /// `flat` in query. `None` sends nothing.
    pub flat: ::std::option::Option<::roundtrip_models::Range>,
    /// `spaced_range` in query. `None` sends nothing.
    pub spaced_range: ::std::option::Option<::roundtrip_models::Range>,
    /// `piped_range` in query. `None` sends nothing.
    pub piped_range: ::std::option::Option<::roundtrip_models::Range>,
    /// form, explode true; each property is a query parameter of its own.
    /// `filter` in query. `None` sends nothing.
    pub filter: ::std::option::Option<::roundtrip_models::Filter>,
}

/// The query, header and cookie parameters of `echo_headers_cookies`.
#[derive(Debug, Clone, Default)]
pub struct EchoHeadersCookiesParams {
    /// `X-Ids` in header. `None` sends nothing.
    pub x_ids: ::std::option::Option<Vec<i64>>,
    /// `X-Range` in header. `None` sends nothing.
    pub x_range: ::std::option::Option<::roundtrip_models::Range>,
    /// `X-Range-Exploded` in header. `None` sends nothing.
    pub x_range_exploded: ::std::option::Option<::roundtrip_models::Range>,
    /// `session` in cookie. `None` sends nothing.
    pub session: ::std::option::Option<String>,
    /// `tags` in cookie. `None` sends nothing.
    pub tags: ::std::option::Option<::roundtrip_models::Words>,
    /// `range` in cookie. `None` sends nothing.
    pub range: ::std::option::Option<::roundtrip_models::Range>,
    /// `range_exploded` in cookie. `None` sends nothing.
    pub range_exploded: ::std::option::Option<::roundtrip_models::Range>,
}

/// The query, header and cookie parameters of `echo_json_params`.
#[derive(Debug, Clone)]
pub struct EchoJsonParamsParams {
    /// `filter` in query.
    pub filter: ::roundtrip_models::Range,
    /// `X-Words` in header. `None` sends nothing.
    pub x_words: ::std::option::Option<::roundtrip_models::Words>,
}

/// The query, header and cookie parameters of `echo_array_limits`.
#[derive(Debug, Clone, Default)]
pub struct EchoArrayLimitsParams {
    /// form, explode true.
    /// `ids` in query. `None` sends nothing.
    pub ids: ::std::option::Option<Vec<i64>>,
    /// form, explode false.
    /// `codes` in query. `None` sends nothing.
    pub codes: ::std::option::Option<Vec<String>>,
    /// `modes` in query. `None` sends nothing.
    pub modes: ::std::option::Option<Vec<::roundtrip_models::Mode>>,
    /// The limits are those of the component.
    /// `short_words` in query. `None` sends nothing.
    pub short_words: ::std::option::Option<::roundtrip_models::ShortWords>,
    /// `X-Sizes` in header. `None` sends nothing.
    pub x_sizes: ::std::option::Option<Vec<f64>>,
    /// `picks` in cookie. `None` sends nothing.
    pub picks: ::std::option::Option<Vec<String>>,
}

/// The query, header and cookie parameters of `echo_reserved`.
#[derive(Debug, Clone, Default)]
pub struct EchoReservedParams {
    /// `target` in query. `None` sends nothing.
    pub target: ::std::option::Option<String>,
    /// `paths` in query. `None` sends nothing.
    pub paths: ::std::option::Option<Vec<String>>,
    /// `each` in query. `None` sends nothing.
    pub each: ::std::option::Option<Vec<String>>,
    /// `plain` in query. `None` sends nothing.
    pub plain: ::std::option::Option<String>,
}
