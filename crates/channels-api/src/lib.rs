// @generated from openapi/channels.yaml by cargo xtask regen — do not edit
//! Channels API (version 1.0.0): the [`ChannelsApi`] trait to implement and the actix-web glue that serves it ([`configure`]), generated from its OpenAPI document.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![cfg_attr(rustfmt, rustfmt::skip)]
/// The operations of Channels API. Implement it and mount it with [`configure`].
///
/// Each operation answers one of its documented responses, or `Err` for an
/// internal failure, which the glue logs and answers with a bare JSON 500.
pub trait ChannelsApi: Send + Sync + 'static {
    /// Who made the request, as established by `authenticate`.
    type Principal: Send + 'static;
    /// Called by the glue for every secured operation, after the body size check
    /// and before validation. `Err` answers 401 (or 500 for
    /// [`openapi_runtime::AuthError::Unavailable`]).
    fn authenticate(
        &self,
        credentials: openapi_runtime::Credentials,
    ) -> impl Future<
        Output = Result<Self::Principal, openapi_runtime::AuthError>,
    > + Send;
    /// Rules the document cannot state, by model type: each runs on a request
    /// body's values of its type once their schema checks pass, and its problems
    /// are answered in the same 422 as the schema's (like Pydantic's
    /// `mode="after"` validators). None by default.
    fn after_validation(&self) -> &openapi_runtime::AfterValidation {
        openapi_runtime::AfterValidation::none()
    }
    /// List Channels
    ///
    /// List the caller's channels, ordered by id, one page at a time.
    ///
    /// `GET /api/v1/channels`
    fn list_channels(
        &self,
        principal: Self::Principal,
        params: ListChannelsParams,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::ListChannelsResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Create Channel
    ///
    /// Create a channel.
    ///
    /// `POST /api/v1/channels`
    fn create_channel(
        &self,
        principal: Self::Principal,
        body: channels_models::ChannelCreate,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::CreateChannelResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Get Channel
    ///
    /// Get one channel.
    ///
    /// `GET /api/v1/channels/{channel_id}`
    fn get_channel(
        &self,
        principal: Self::Principal,
        params: GetChannelParams,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::GetChannelResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Update Channel
    ///
    /// Update a channel’s configuration.
    ///
    /// `PUT /api/v1/channels/{channel_id}`
    fn update_channel(
        &self,
        principal: Self::Principal,
        params: UpdateChannelParams,
        body: channels_models::ChannelUpdate,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::UpdateChannelResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Delete Channel
    ///
    /// Delete a channel. Its id is never reused.
    ///
    /// `DELETE /api/v1/channels/{channel_id}`
    fn delete_channel(
        &self,
        principal: Self::Principal,
        params: DeleteChannelParams,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::DeleteChannelResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Health
    ///
    /// The process is up.
    ///
    /// `GET /healthz`
    fn health(
        &self,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::HealthResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Ready
    ///
    /// The database is reachable.
    ///
    /// `GET /readyz`
    fn ready(
        &self,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::ReadyResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
}

/// Answers 501 Not Implemented to every operation of [`ChannelsApi`] and accepts any credentials: for testing the glue (what it parses, validates and refuses) without an implementation. Enabled by the crate's `stub` feature; never serve it.
#[cfg(feature = "stub")]
#[derive(Debug, Clone, Copy, Default)]
pub struct Unimplemented;

#[cfg(feature = "stub")]
impl ChannelsApi for Unimplemented {
    type Principal = ();
    fn authenticate(
        &self,
        _: openapi_runtime::Credentials,
    ) -> impl Future<Output = Result<(), openapi_runtime::AuthError>> + Send {
        std::future::ready(Ok(()))
    }
    fn list_channels(
        &self,
        _: Self::Principal,
        _: ListChannelsParams,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::ListChannelsResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("list_channels")),
        )
    }
    fn create_channel(
        &self,
        _: Self::Principal,
        _: channels_models::ChannelCreate,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::CreateChannelResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("create_channel")),
        )
    }
    fn get_channel(
        &self,
        _: Self::Principal,
        _: GetChannelParams,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::GetChannelResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("get_channel")),
        )
    }
    fn update_channel(
        &self,
        _: Self::Principal,
        _: UpdateChannelParams,
        _: channels_models::ChannelUpdate,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::UpdateChannelResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("update_channel")),
        )
    }
    fn delete_channel(
        &self,
        _: Self::Principal,
        _: DeleteChannelParams,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::DeleteChannelResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("delete_channel")),
        )
    }
    fn health(
        &self,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::HealthResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(Err(openapi_runtime::HandlerError::not_implemented("health")))
    }
    fn ready(
        &self,
    ) -> impl Future<
        Output = Result<
            channels_models::responses::ReadyResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(Err(openapi_runtime::HandlerError::not_implemented("ready")))
    }
}

/// The parameters of `list_channels`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ListChannelsParams {
    /// Skip
    ///
    /// Number of channels to skip.
    /// `skip` in query.
    pub skip: i64,
    /// Limit
    ///
    /// Largest number of channels to return.
    /// `limit` in query.
    pub limit: i64,
    /// Channel Type
    ///
    /// Only channels of this type.
    /// `channel_type` in query.
    pub channel_type: Option<String>,
    /// Is Active
    ///
    /// Only active (true) or inactive (false) channels.
    /// `is_active` in query.
    pub is_active: Option<bool>,
}

/// The parameters of `get_channel`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct GetChannelParams {
    /// Channel Id
    /// `channel_id` in path.
    pub channel_id: i64,
}

/// The parameters of `update_channel`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateChannelParams {
    /// Channel Id
    /// `channel_id` in path.
    pub channel_id: i64,
}

/// The parameters of `delete_channel`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteChannelParams {
    /// Channel Id
    /// `channel_id` in path.
    pub channel_id: i64,
}

/// Mounts every operation on `cfg`, served by `api`. A method a path does not
/// document answers 405 JSON; for unknown paths, give the application
/// `openapi_runtime::respond::not_found_handler` as its default service.
pub fn configure<T: ChannelsApi>(
    cfg: &mut actix_web::web::ServiceConfig,
    api: actix_web::web::Data<T>,
    options: openapi_runtime::GlueOptions,
) {
    cfg.app_data(api).app_data(actix_web::web::ThinData(options));
    cfg.service(
        actix_web::web::resource("/api/v1/channels")
            .route(actix_web::web::get().to(handle_list_channels::<T>))
            .route(actix_web::web::post().to(handle_create_channel::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET, POST",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/api/v1/channels/{channel_id}")
            .route(actix_web::web::get().to(handle_get_channel::<T>))
            .route(actix_web::web::put().to(handle_update_channel::<T>))
            .route(actix_web::web::delete().to(handle_delete_channel::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET, PUT, DELETE",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/healthz")
            .route(actix_web::web::get().to(handle_health::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/readyz")
            .route(actix_web::web::get().to(handle_ready::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
}

/// Serves `list_channels`.
async fn handle_list_channels<T: ChannelsApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("list_channels", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Required {
                schemes: SCHEMES_1,
                authenticate: |credentials| api.authenticate(credentials),
            },
            |req, _, problems| parse_list_channels_params(
                req,
                problems,
                api.after_validation(),
            ),
            |principal, params| api.list_channels(principal, params),
        )
        .await
}

fn parse_list_channels_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) -> Option<ListChannelsParams> {
    let query = openapi_runtime::param::FormPairs::from_query(req);
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("query", "skip");
        match query.last("skip") {
            Some(text) => {
                openapi_runtime::param::integer(text, loc, problems)
                    .filter(|value| {
                        let value = *value;
                        openapi_runtime::check::integer_bound(
                            value,
                            openapi_runtime::check::Bound::Minimum,
                            0,
                            loc,
                            problems,
                        )
                    })
            }
            None => Some(0),
        }
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("query", "limit");
        match query.last("limit") {
            Some(text) => {
                openapi_runtime::param::integer(text, loc, problems)
                    .filter(|value| {
                        let value = *value;
                        openapi_runtime::check::integer_bound(
                            value,
                            openapi_runtime::check::Bound::Maximum,
                            100,
                            loc,
                            problems,
                        )
                            && openapi_runtime::check::integer_bound(
                                value,
                                openapi_runtime::check::Bound::Minimum,
                                1,
                                loc,
                                problems,
                            )
                    })
            }
            None => Some(50),
        }
    };
    let param_2 = {
        match query.last("channel_type") {
            Some(text) => {
                let parsed = Some(text.to_owned());
                parsed.map(Some)
            }
            None => Some(None),
        }
    };
    let param_3 = {
        let loc = &openapi_runtime::Loc::param("query", "is_active");
        match query.last("is_active") {
            Some(text) => {
                let parsed = openapi_runtime::param::boolean(text, loc, problems);
                parsed.map(Some)
            }
            None => Some(None),
        }
    };
    Some(ListChannelsParams {
        skip: param_0?,
        limit: param_1?,
        channel_type: param_2?,
        is_active: param_3?,
    })
}

/// Serves `create_channel`.
async fn handle_create_channel<T: ChannelsApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("create_channel", true),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Required {
                schemes: SCHEMES_1,
                authenticate: |credentials| api.authenticate(credentials),
            },
            |req, bytes, problems| parse_create_channel_body(
                req,
                bytes,
                problems,
                api.after_validation(),
            ),
            |principal, body| api.create_channel(principal, body),
        )
        .await
}

fn parse_create_channel_body(
    req: &actix_web::HttpRequest,
    bytes: actix_web::web::Bytes,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) -> Option<channels_models::ChannelCreate> {
    match openapi_runtime::body::decode_json(req, &bytes, problems) {
        openapi_runtime::body::JsonBody::Absent => {
            problems
                .push(openapi_runtime::Problem::missing(&openapi_runtime::Loc::body()));
            None
        }
        openapi_runtime::body::JsonBody::Rejected => None,
        openapi_runtime::body::JsonBody::Value(value) => {
            let before = problems.len();
            {
                let value = &value;
                let loc = &openapi_runtime::Loc::body();
                validate_channel_create(value, loc, problems, after);
            }
            if problems.len() != before {
                problems.resolve_inputs(before, "body", &value);
                return None;
            }
            openapi_runtime::param::typed(value, &openapi_runtime::Loc::body(), problems)
        }
    }
}

/// Serves `get_channel`.
async fn handle_get_channel<T: ChannelsApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("get_channel", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Required {
                schemes: SCHEMES_1,
                authenticate: |credentials| api.authenticate(credentials),
            },
            |req, _, problems| parse_get_channel_params(
                req,
                problems,
                api.after_validation(),
            ),
            |principal, params| api.get_channel(principal, params),
        )
        .await
}

fn parse_get_channel_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) -> Option<GetChannelParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "channel_id");
        let before = problems.len();
        let parsed = match openapi_runtime::param::path(req, "channel_id").as_deref() {
            Some(text) => openapi_runtime::param::integer(text, loc, problems),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        };
        openapi_runtime::param::path_inputs(req, "channel_id", None, problems, before);
        parsed
    };
    Some(GetChannelParams {
        channel_id: param_0?,
    })
}

/// Serves `update_channel`.
async fn handle_update_channel<T: ChannelsApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("update_channel", true),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Required {
                schemes: SCHEMES_1,
                authenticate: |credentials| api.authenticate(credentials),
            },
            |req, bytes, problems| {
                let params = parse_update_channel_params(
                    req,
                    problems,
                    api.after_validation(),
                );
                let body = parse_update_channel_body(
                    req,
                    bytes,
                    problems,
                    api.after_validation(),
                );
                Some((params?, body?))
            },
            |principal, (params, body)| api.update_channel(principal, params, body),
        )
        .await
}

fn parse_update_channel_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) -> Option<UpdateChannelParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "channel_id");
        let before = problems.len();
        let parsed = match openapi_runtime::param::path(req, "channel_id").as_deref() {
            Some(text) => openapi_runtime::param::integer(text, loc, problems),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        };
        openapi_runtime::param::path_inputs(req, "channel_id", None, problems, before);
        parsed
    };
    Some(UpdateChannelParams {
        channel_id: param_0?,
    })
}

fn parse_update_channel_body(
    req: &actix_web::HttpRequest,
    bytes: actix_web::web::Bytes,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) -> Option<channels_models::ChannelUpdate> {
    match openapi_runtime::body::decode_json(req, &bytes, problems) {
        openapi_runtime::body::JsonBody::Absent => {
            problems
                .push(openapi_runtime::Problem::missing(&openapi_runtime::Loc::body()));
            None
        }
        openapi_runtime::body::JsonBody::Rejected => None,
        openapi_runtime::body::JsonBody::Value(value) => {
            let before = problems.len();
            {
                let value = &value;
                let loc = &openapi_runtime::Loc::body();
                validate_channel_update(value, loc, problems, after);
            }
            if problems.len() != before {
                problems.resolve_inputs(before, "body", &value);
                return None;
            }
            openapi_runtime::param::typed(value, &openapi_runtime::Loc::body(), problems)
        }
    }
}

/// Serves `delete_channel`.
async fn handle_delete_channel<T: ChannelsApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("delete_channel", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Required {
                schemes: SCHEMES_1,
                authenticate: |credentials| api.authenticate(credentials),
            },
            |req, _, problems| parse_delete_channel_params(
                req,
                problems,
                api.after_validation(),
            ),
            |principal, params| api.delete_channel(principal, params),
        )
        .await
}

fn parse_delete_channel_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) -> Option<DeleteChannelParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "channel_id");
        let before = problems.len();
        let parsed = match openapi_runtime::param::path(req, "channel_id").as_deref() {
            Some(text) => openapi_runtime::param::integer(text, loc, problems),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        };
        openapi_runtime::param::path_inputs(req, "channel_id", None, problems, before);
        parsed
    };
    Some(DeleteChannelParams {
        channel_id: param_0?,
    })
}

/// Serves `health`.
async fn handle_health<T: ChannelsApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("health", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |_, _, _| Some(()),
            |(), ()| api.health(),
        )
        .await
}

/// Serves `ready`.
async fn handle_ready<T: ChannelsApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("ready", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |_, _, _| Some(()),
            |(), ()| api.ready(),
        )
        .await
}

static SCHEMES_1: &[openapi_runtime::auth::Scheme] = &[
    openapi_runtime::auth::Scheme {
        name: "HTTPBearer",
        kind: openapi_runtime::auth::SchemeKind::Bearer,
    },
];

static PATTERN_1: openapi_runtime::check::Pattern = openapi_runtime::check::Pattern::new(
    "^[a-z][a-z0-9_]*$",
);

static PATTERN_2: openapi_runtime::check::Pattern = openapi_runtime::check::Pattern::new(
    "^([01][0-9]|2[0-3]):[0-5][0-9]$",
);

/// Checks a `ChannelCreate` value, recording every problem.
fn validate_channel_create(
    value: &serde_json::Value,
    loc: &openapi_runtime::Loc,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) {
    let before = problems.len();
    let Some(object) = openapi_runtime::check::object(value, loc, problems) else {
        return;
    };
    if let Some(value) = object.get("name") {
        let loc = &loc.key("name");
        if let Some(text) = openapi_runtime::check::string(value, loc, problems) {
            let _ = openapi_runtime::check::min_length(text, 1usize, loc, problems)
                && openapi_runtime::check::max_length(text, 100usize, loc, problems);
        }
    } else {
        problems.push(openapi_runtime::Problem::missing(&loc.key("name")));
    }
    if let Some(value) = object.get("channel_type") {
        let loc = &loc.key("channel_type");
        if let Some(text) = openapi_runtime::check::string(value, loc, problems) {
            let _ = openapi_runtime::check::min_length(text, 1usize, loc, problems)
                && openapi_runtime::check::max_length(text, 50usize, loc, problems)
                && openapi_runtime::check::pattern(text, &PATTERN_1, loc, problems);
        }
    } else {
        problems.push(openapi_runtime::Problem::missing(&loc.key("channel_type")));
    }
    if let Some(value) = object.get("config") {
        let loc = &loc.key("config");
        openapi_runtime::check::map(value, loc, problems);
    }
    if let Some(value) = object.get("is_active") {
        let loc = &loc.key("is_active");
        openapi_runtime::check::boolean(value, loc, problems);
    }
    if let Some(value) = object.get("is_default") {
        let loc = &loc.key("is_default");
        openapi_runtime::check::boolean(value, loc, problems);
    }
    if let Some(value) = object.get("auto_reply_enabled") {
        let loc = &loc.key("auto_reply_enabled");
        openapi_runtime::check::boolean(value, loc, problems);
    }
    if let Some(value) = object.get("sla_enabled") {
        let loc = &loc.key("sla_enabled");
        openapi_runtime::check::boolean(value, loc, problems);
    }
    if let Some(value) = object.get("assignment_mode") {
        let loc = &loc.key("assignment_mode");
        validate_assignment_mode_enum(value, loc, problems, after);
    }
    if let Some(value) = object.get("business_hours") {
        let loc = &loc.key("business_hours");
        if !value.is_null() {
            validate_business_hours(value, loc, problems, after);
        }
    }
    after.check::<channels_models::ChannelCreate>(before, value, loc, problems);
}

/// Checks a `ChannelUpdate` value, recording every problem.
fn validate_channel_update(
    value: &serde_json::Value,
    loc: &openapi_runtime::Loc,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) {
    let before = problems.len();
    let Some(object) = openapi_runtime::check::object(value, loc, problems) else {
        return;
    };
    if let Some(value) = object.get("business_hours") {
        let loc = &loc.key("business_hours");
        if !value.is_null() {
            validate_business_hours(value, loc, problems, after);
        }
    }
    if let Some(value) = object.get("assignment_mode") {
        let loc = &loc.key("assignment_mode");
        if !value.is_null() {
            validate_assignment_mode_enum(value, loc, problems, after);
        }
    }
    if let Some(value) = object.get("name") {
        let loc = &loc.key("name");
        if let Some(text) = openapi_runtime::check::string(value, loc, problems) {
            let _ = openapi_runtime::check::min_length(text, 1usize, loc, problems)
                && openapi_runtime::check::max_length(text, 100usize, loc, problems);
        }
    }
    if let Some(value) = object.get("config") {
        let loc = &loc.key("config");
        openapi_runtime::check::map(value, loc, problems);
    }
    if let Some(value) = object.get("is_active") {
        let loc = &loc.key("is_active");
        openapi_runtime::check::boolean(value, loc, problems);
    }
    if let Some(value) = object.get("is_default") {
        let loc = &loc.key("is_default");
        openapi_runtime::check::boolean(value, loc, problems);
    }
    if let Some(value) = object.get("auto_reply_enabled") {
        let loc = &loc.key("auto_reply_enabled");
        openapi_runtime::check::boolean(value, loc, problems);
    }
    if let Some(value) = object.get("sla_enabled") {
        let loc = &loc.key("sla_enabled");
        openapi_runtime::check::boolean(value, loc, problems);
    }
    after.check::<channels_models::ChannelUpdate>(before, value, loc, problems);
}

/// Checks a `AssignmentModeEnum` value, recording every problem.
fn validate_assignment_mode_enum(
    value: &serde_json::Value,
    loc: &openapi_runtime::Loc,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) {
    openapi_runtime::check::string_enum(
        value,
        &["manual", "round_robin", "load_balanced"],
        loc,
        problems,
    );
}

/// Checks a `BusinessHours` value, recording every problem.
fn validate_business_hours(
    value: &serde_json::Value,
    loc: &openapi_runtime::Loc,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) {
    let before = problems.len();
    let Some(object) = openapi_runtime::check::object(value, loc, problems) else {
        return;
    };
    if let Some(value) = object.get("monday") {
        let loc = &loc.key("monday");
        if !value.is_null() {
            validate_day_schedule(value, loc, problems, after);
        }
    }
    if let Some(value) = object.get("tuesday") {
        let loc = &loc.key("tuesday");
        if !value.is_null() {
            validate_day_schedule(value, loc, problems, after);
        }
    }
    if let Some(value) = object.get("wednesday") {
        let loc = &loc.key("wednesday");
        if !value.is_null() {
            validate_day_schedule(value, loc, problems, after);
        }
    }
    if let Some(value) = object.get("thursday") {
        let loc = &loc.key("thursday");
        if !value.is_null() {
            validate_day_schedule(value, loc, problems, after);
        }
    }
    if let Some(value) = object.get("friday") {
        let loc = &loc.key("friday");
        if !value.is_null() {
            validate_day_schedule(value, loc, problems, after);
        }
    }
    if let Some(value) = object.get("saturday") {
        let loc = &loc.key("saturday");
        if !value.is_null() {
            validate_day_schedule(value, loc, problems, after);
        }
    }
    if let Some(value) = object.get("sunday") {
        let loc = &loc.key("sunday");
        if !value.is_null() {
            validate_day_schedule(value, loc, problems, after);
        }
    }
    after.check::<channels_models::BusinessHours>(before, value, loc, problems);
}

/// Checks a `DaySchedule` value, recording every problem.
fn validate_day_schedule(
    value: &serde_json::Value,
    loc: &openapi_runtime::Loc,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) {
    let before = problems.len();
    let Some(object) = openapi_runtime::check::object(value, loc, problems) else {
        return;
    };
    if let Some(value) = object.get("enabled") {
        let loc = &loc.key("enabled");
        openapi_runtime::check::boolean(value, loc, problems);
    }
    if let Some(value) = object.get("start") {
        let loc = &loc.key("start");
        if let Some(text) = openapi_runtime::check::string(value, loc, problems) {
            openapi_runtime::check::pattern(text, &PATTERN_2, loc, problems);
        }
    }
    if let Some(value) = object.get("end") {
        let loc = &loc.key("end");
        if let Some(text) = openapi_runtime::check::string(value, loc, problems) {
            openapi_runtime::check::pattern(text, &PATTERN_2, loc, problems);
        }
    }
    after.check::<channels_models::DaySchedule>(before, value, loc, problems);
}

/// The OpenAPI document this crate was generated from, as JSON.
pub const OPENAPI_JSON: &str = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Channels API\",\"version\":\"1.0.0\",\"description\":\"Channels of a customer-messaging product: create, list, read, update and delete the channels through which conversations arrive.\"},\"tags\":[{\"name\":\"channels\",\"description\":\"Channel configuration\"},{\"name\":\"ops\",\"description\":\"Liveness and readiness, without authentication\"}],\"paths\":{\"/api/v1/channels\":{\"get\":{\"tags\":[\"channels\"],\"summary\":\"List Channels\",\"description\":\"List the caller's channels, ordered by id, one page at a time.\",\"operationId\":\"list_channels\",\"security\":[{\"HTTPBearer\":[]}],\"parameters\":[{\"name\":\"skip\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"format\":\"int64\",\"minimum\":0,\"default\":0,\"title\":\"Skip\"},\"description\":\"Number of channels to skip.\"},{\"name\":\"limit\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"maximum\":100,\"minimum\":1,\"default\":50,\"title\":\"Limit\"},\"description\":\"Largest number of channels to return.\"},{\"name\":\"channel_type\",\"in\":\"query\",\"required\":false,\"schema\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"null\"}],\"title\":\"Channel Type\"},\"description\":\"Only channels of this type.\"},{\"name\":\"is_active\",\"in\":\"query\",\"required\":false,\"schema\":{\"anyOf\":[{\"type\":\"boolean\"},{\"type\":\"null\"}],\"title\":\"Is Active\"},\"description\":\"Only active (true) or inactive (false) channels.\"}],\"responses\":{\"200\":{\"description\":\"Successful Response\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ChannelListResponse\"}}}},\"401\":{\"description\":\"Missing, malformed, unknown or revoked API key\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPError\"}}},\"headers\":{\"WWW-Authenticate\":{\"description\":\"Always `Bearer`.\",\"schema\":{\"type\":\"string\"}}}},\"422\":{\"description\":\"Validation Error\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPValidationError\"}}}}}},\"post\":{\"tags\":[\"channels\"],\"summary\":\"Create Channel\",\"description\":\"Create a channel.\",\"operationId\":\"create_channel\",\"security\":[{\"HTTPBearer\":[]}],\"requestBody\":{\"required\":true,\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ChannelCreate\"}}}},\"responses\":{\"201\":{\"description\":\"Successful Response\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ChannelResponse\"}}},\"links\":{\"GetChannel\":{\"operationId\":\"get_channel\",\"parameters\":{\"channel_id\":\"$response.body#/id\"},\"description\":\"The `id` in the response is the `channel_id` of the new channel.\"},\"UpdateChannel\":{\"operationId\":\"update_channel\",\"parameters\":{\"channel_id\":\"$response.body#/id\"},\"description\":\"The `id` in the response is the `channel_id` to update.\"},\"DeleteChannel\":{\"operationId\":\"delete_channel\",\"parameters\":{\"channel_id\":\"$response.body#/id\"},\"description\":\"The `id` in the response is the `channel_id` to delete.\"}}},\"401\":{\"description\":\"Missing, malformed, unknown or revoked API key\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPError\"}}},\"headers\":{\"WWW-Authenticate\":{\"description\":\"Always `Bearer`.\",\"schema\":{\"type\":\"string\"}}}},\"409\":{\"description\":\"A channel with this name already exists\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPError\"}}}},\"413\":{\"description\":\"Request body larger than the server's limit\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPError\"}}}},\"422\":{\"description\":\"Validation Error\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPValidationError\"}}}}}}},\"/api/v1/channels/{channel_id}\":{\"get\":{\"tags\":[\"channels\"],\"summary\":\"Get Channel\",\"description\":\"Get one channel.\",\"operationId\":\"get_channel\",\"security\":[{\"HTTPBearer\":[]}],\"parameters\":[{\"name\":\"channel_id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"integer\",\"format\":\"int64\",\"title\":\"Channel Id\"}}],\"responses\":{\"200\":{\"description\":\"Successful Response\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ChannelResponse\"}}}},\"401\":{\"description\":\"Missing, malformed, unknown or revoked API key\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPError\"}}},\"headers\":{\"WWW-Authenticate\":{\"description\":\"Always `Bearer`.\",\"schema\":{\"type\":\"string\"}}}},\"404\":{\"description\":\"Channel not found\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPError\"}}}},\"422\":{\"description\":\"Validation Error\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPValidationError\"}}}}}},\"put\":{\"tags\":[\"channels\"],\"summary\":\"Update Channel\",\"description\":\"Update a channel’s configuration.\",\"operationId\":\"update_channel\",\"security\":[{\"HTTPBearer\":[]}],\"parameters\":[{\"name\":\"channel_id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"integer\",\"format\":\"int64\",\"title\":\"Channel Id\"}}],\"requestBody\":{\"required\":true,\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ChannelUpdate\"}}}},\"responses\":{\"200\":{\"description\":\"Successful Response\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ChannelResponse\"}}}},\"401\":{\"description\":\"Missing, malformed, unknown or revoked API key\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPError\"}}},\"headers\":{\"WWW-Authenticate\":{\"description\":\"Always `Bearer`.\",\"schema\":{\"type\":\"string\"}}}},\"404\":{\"description\":\"Channel not found\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPError\"}}}},\"409\":{\"description\":\"A channel with this name already exists\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPError\"}}}},\"413\":{\"description\":\"Request body larger than the server's limit\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPError\"}}}},\"422\":{\"description\":\"Validation Error\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPValidationError\"}}}}}},\"delete\":{\"tags\":[\"channels\"],\"summary\":\"Delete Channel\",\"description\":\"Delete a channel. Its id is never reused.\",\"operationId\":\"delete_channel\",\"security\":[{\"HTTPBearer\":[]}],\"parameters\":[{\"name\":\"channel_id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"integer\",\"format\":\"int64\",\"title\":\"Channel Id\"}}],\"responses\":{\"204\":{\"description\":\"Successful Response\"},\"401\":{\"description\":\"Missing, malformed, unknown or revoked API key\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPError\"}}},\"headers\":{\"WWW-Authenticate\":{\"description\":\"Always `Bearer`.\",\"schema\":{\"type\":\"string\"}}}},\"404\":{\"description\":\"Channel not found\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPError\"}}}},\"422\":{\"description\":\"Validation Error\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HTTPValidationError\"}}}}}}},\"/healthz\":{\"get\":{\"tags\":[\"ops\"],\"summary\":\"Health\",\"description\":\"The process is up.\",\"operationId\":\"health\",\"security\":[],\"responses\":{\"200\":{\"description\":\"Successful Response\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HealthStatus\"}}}}}}},\"/readyz\":{\"get\":{\"tags\":[\"ops\"],\"summary\":\"Ready\",\"description\":\"The database is reachable.\",\"operationId\":\"ready\",\"security\":[],\"responses\":{\"200\":{\"description\":\"Successful Response\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HealthStatus\"}}}},\"503\":{\"description\":\"The database is unreachable\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HealthStatus\"}}}}}}}},\"components\":{\"schemas\":{\"AssignmentModeEnum\":{\"type\":\"string\",\"enum\":[\"manual\",\"round_robin\",\"load_balanced\"],\"title\":\"AssignmentModeEnum\",\"description\":\"How conversations are assigned to agents.\"},\"BusinessHours\":{\"properties\":{\"monday\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/DaySchedule\"},{\"type\":\"null\"}],\"title\":\"Monday\",\"default\":null},\"tuesday\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/DaySchedule\"},{\"type\":\"null\"}],\"title\":\"Tuesday\",\"default\":null},\"wednesday\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/DaySchedule\"},{\"type\":\"null\"}],\"title\":\"Wednesday\",\"default\":null},\"thursday\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/DaySchedule\"},{\"type\":\"null\"}],\"title\":\"Thursday\",\"default\":null},\"friday\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/DaySchedule\"},{\"type\":\"null\"}],\"title\":\"Friday\",\"default\":null},\"saturday\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/DaySchedule\"},{\"type\":\"null\"}],\"title\":\"Saturday\",\"default\":null},\"sunday\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/DaySchedule\"},{\"type\":\"null\"}],\"title\":\"Sunday\",\"default\":null}},\"type\":\"object\",\"title\":\"BusinessHours\",\"description\":\"Business hours configuration.\"},\"ChannelCreate\":{\"properties\":{\"name\":{\"type\":\"string\",\"maxLength\":100,\"minLength\":1,\"title\":\"Name\",\"description\":\"Friendly name for the channel\"},\"channel_type\":{\"type\":\"string\",\"maxLength\":50,\"minLength\":1,\"pattern\":\"^[a-z][a-z0-9_]*$\",\"title\":\"Type of channel\"},\"config\":{\"type\":\"object\",\"additionalProperties\":true,\"title\":\"Config\",\"default\":{}},\"is_active\":{\"type\":\"boolean\",\"title\":\"Is Active\",\"default\":true},\"is_default\":{\"type\":\"boolean\",\"title\":\"Is Default\",\"default\":false},\"auto_reply_enabled\":{\"type\":\"boolean\",\"title\":\"Auto Reply Enabled\",\"default\":false},\"sla_enabled\":{\"type\":\"boolean\",\"title\":\"Sla Enabled\",\"default\":false},\"assignment_mode\":{\"$ref\":\"#/components/schemas/AssignmentModeEnum\",\"default\":\"manual\"},\"business_hours\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/BusinessHours\"},{\"type\":\"null\"}],\"title\":\"Business Hours\",\"default\":null}},\"type\":\"object\",\"required\":[\"name\",\"channel_type\"],\"title\":\"ChannelCreate\",\"description\":\"Schema for creating a Channel.\"},\"ChannelListResponse\":{\"properties\":{\"items\":{\"items\":{\"$ref\":\"#/components/schemas/ChannelResponse\"},\"type\":\"array\",\"title\":\"Items\"},\"total\":{\"type\":\"integer\",\"title\":\"Total\",\"description\":\"Number of channels matching the filters, across all pages.\"},\"skip\":{\"type\":\"integer\",\"title\":\"Skip\"},\"limit\":{\"type\":\"integer\",\"title\":\"Limit\"}},\"type\":\"object\",\"required\":[\"items\",\"total\",\"skip\",\"limit\"],\"title\":\"ChannelListResponse\",\"description\":\"One page of channels.\"},\"ChannelResponse\":{\"properties\":{\"name\":{\"type\":\"string\",\"title\":\"Name\",\"description\":\"Friendly name for the channel\"},\"channel_type\":{\"type\":\"string\",\"title\":\"Type of channel\"},\"id\":{\"type\":\"integer\",\"title\":\"Id\"},\"status\":{\"$ref\":\"#/components/schemas/ChannelStatusEnum\"},\"config\":{\"type\":\"object\",\"additionalProperties\":true,\"title\":\"Config\"},\"is_active\":{\"type\":\"boolean\",\"title\":\"Is Active\"},\"is_default\":{\"type\":\"boolean\",\"title\":\"Is Default\"},\"auto_reply_enabled\":{\"type\":\"boolean\",\"title\":\"Auto Reply Enabled\"},\"business_hours_enabled\":{\"type\":\"boolean\",\"title\":\"Business Hours Enabled\"},\"assignment_mode\":{\"$ref\":\"#/components/schemas/AssignmentModeEnum\"},\"sla_enabled\":{\"type\":\"boolean\",\"title\":\"Sla Enabled\"},\"total_conversations\":{\"type\":\"integer\",\"title\":\"Total Conversations\"},\"total_messages_sent\":{\"type\":\"integer\",\"title\":\"Total Messages Sent\"},\"total_messages_received\":{\"type\":\"integer\",\"title\":\"Total Messages Received\"},\"created_at\":{\"type\":\"string\",\"format\":\"date-time\",\"title\":\"Created At\"},\"updated_at\":{\"type\":\"string\",\"format\":\"date-time\",\"title\":\"Updated At\"},\"business_hours\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/BusinessHours\"},{\"type\":\"null\"}],\"title\":\"Business Hours\",\"default\":null,\"description\":\"The weekly schedule, every day listed (null for a closed day), or null when no schedule is set.\"}},\"type\":\"object\",\"required\":[\"name\",\"channel_type\",\"id\",\"status\",\"config\",\"is_active\",\"is_default\",\"auto_reply_enabled\",\"business_hours_enabled\",\"assignment_mode\",\"sla_enabled\",\"total_conversations\",\"total_messages_sent\",\"total_messages_received\",\"created_at\",\"updated_at\"],\"title\":\"ChannelResponse\",\"description\":\"Schema for Channel response.\"},\"ChannelStatusEnum\":{\"type\":\"string\",\"enum\":[\"pending\",\"connected\",\"disconnected\",\"error\"],\"title\":\"ChannelStatusEnum\",\"description\":\"Status of a channel connection.\"},\"ChannelUpdate\":{\"properties\":{\"business_hours\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/BusinessHours\"},{\"type\":\"null\"}],\"title\":\"Business Hours\"},\"assignment_mode\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/AssignmentModeEnum\"},{\"type\":\"null\"}],\"title\":\"Assignment Mode\"},\"name\":{\"type\":\"string\",\"maxLength\":100,\"minLength\":1,\"title\":\"Name\",\"description\":\"Friendly name for the channel\"},\"config\":{\"type\":\"object\",\"additionalProperties\":true,\"title\":\"Config\"},\"is_active\":{\"type\":\"boolean\",\"title\":\"Is Active\"},\"is_default\":{\"type\":\"boolean\",\"title\":\"Is Default\"},\"auto_reply_enabled\":{\"type\":\"boolean\",\"title\":\"Auto Reply Enabled\"},\"sla_enabled\":{\"type\":\"boolean\",\"title\":\"Sla Enabled\"}},\"type\":\"object\",\"title\":\"ChannelUpdate\",\"description\":\"Schema for updating a Channel.\"},\"DaySchedule\":{\"properties\":{\"enabled\":{\"type\":\"boolean\",\"title\":\"Enabled\",\"default\":true},\"start\":{\"type\":\"string\",\"pattern\":\"^([01][0-9]|2[0-3]):[0-5][0-9]$\",\"title\":\"Start\",\"default\":\"09:00\",\"description\":\"Opening time, 24-hour HH:MM.\"},\"end\":{\"type\":\"string\",\"pattern\":\"^([01][0-9]|2[0-3]):[0-5][0-9]$\",\"title\":\"End\",\"default\":\"18:00\",\"description\":\"Closing time, 24-hour HH:MM; later than start when the day is enabled.\"}},\"type\":\"object\",\"title\":\"DaySchedule\",\"description\":\"Schedule for a single day.\"},\"HTTPError\":{\"properties\":{\"detail\":{\"type\":\"string\",\"title\":\"Detail\"}},\"type\":\"object\",\"required\":[\"detail\"],\"title\":\"HTTPError\",\"description\":\"An error with a human-readable explanation.\"},\"HTTPValidationError\":{\"properties\":{\"detail\":{\"items\":{\"$ref\":\"#/components/schemas/ValidationError\"},\"type\":\"array\",\"title\":\"Detail\"}},\"type\":\"object\",\"title\":\"HTTPValidationError\"},\"HealthStatus\":{\"properties\":{\"status\":{\"type\":\"string\",\"title\":\"Status\"}},\"type\":\"object\",\"required\":[\"status\"],\"title\":\"HealthStatus\",\"description\":\"Liveness or readiness of the service.\"},\"ValidationError\":{\"properties\":{\"loc\":{\"items\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]},\"type\":\"array\",\"title\":\"Location\"},\"msg\":{\"type\":\"string\",\"title\":\"Message\"},\"type\":{\"type\":\"string\",\"title\":\"Error Type\"}},\"type\":\"object\",\"required\":[\"loc\",\"msg\",\"type\"],\"title\":\"ValidationError\"}},\"securitySchemes\":{\"HTTPBearer\":{\"type\":\"http\",\"scheme\":\"bearer\",\"description\":\"An API key: `Authorization: Bearer <key>`.\"}}}}";

/// The OpenAPI document, parsed ([`OPENAPI_JSON`] is valid JSON by construction).
pub fn openapi_document() -> serde_json::Value {
    serde_json::from_str(OPENAPI_JSON).unwrap_or_default()
}
