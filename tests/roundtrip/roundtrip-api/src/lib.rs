// @generated from tests/specs/client-roundtrip.yaml by cargo xtask regen — do not edit
//! Round trip (version 1.0.0): the [`RoundtripApi`] trait to implement and the actix-web glue that serves it ([`configure`]), generated from its OpenAPI document.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
/// The operations of Round trip. Implement it and mount it with [`configure`].
///
/// Each operation answers one of its documented responses, or `Err` for an
/// internal failure, which the glue logs and answers with a bare JSON 500.
pub trait RoundtripApi: Send + Sync + 'static {
    /// Who made the request, as established by `authenticate`.
    type Principal: Send + 'static;
    /// Called by the glue for every secured operation, after the body size check
    /// and before validation. `Err` answers 401 (or 500 for
    /// [`openapi_runtime::AuthError::Unavailable`]).
    fn authenticate(
        &self,
        credentials: openapi_runtime::Credentials,
    ) -> impl Future<Output = Result<Self::Principal, openapi_runtime::AuthError>> + Send;
    /// Rules the document cannot state, by model type: each runs on a request
    /// body's values of its type once their schema checks pass, and its problems
    /// are answered in the same 422 as the schema's (like Pydantic's
    /// `mode="after"` validators). None by default.
    fn after_validation(&self) -> &openapi_runtime::AfterValidation {
        openapi_runtime::AfterValidation::none()
    }
    /// `GET /files/{name}`
    fn echo_path(
        &self,
        params: EchoPathParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoPathResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// `GET /files/{name}/versions/{version}`
    fn echo_two_path_params(
        &self,
        params: EchoTwoPathParamsParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoTwoPathParamsResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// `GET /search`
    fn echo_query(
        &self,
        params: EchoQueryParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoQueryResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// `POST /notes`
    fn echo_body(
        &self,
        principal: Self::Principal,
        body: roundtrip_models::Note,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoBodyResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
}

/// Answers 501 Not Implemented to every operation of [`RoundtripApi`] and accepts any credentials: for testing the glue (what it parses, validates and refuses) without an implementation. Enabled by the crate's `stub` feature; never serve it.
#[cfg(feature = "stub")]
#[derive(Debug, Clone, Copy, Default)]
pub struct Unimplemented;

#[cfg(feature = "stub")]
impl RoundtripApi for Unimplemented {
    type Principal = ();
    fn authenticate(
        &self,
        _: openapi_runtime::Credentials,
    ) -> impl Future<Output = Result<(), openapi_runtime::AuthError>> + Send {
        std::future::ready(Ok(()))
    }
    fn echo_path(
        &self,
        _: EchoPathParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoPathResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(Err(openapi_runtime::HandlerError::not_implemented(
            "echo_path",
        )))
    }
    fn echo_two_path_params(
        &self,
        _: EchoTwoPathParamsParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoTwoPathParamsResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(Err(openapi_runtime::HandlerError::not_implemented(
            "echo_two_path_params",
        )))
    }
    fn echo_query(
        &self,
        _: EchoQueryParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoQueryResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(Err(openapi_runtime::HandlerError::not_implemented(
            "echo_query",
        )))
    }
    fn echo_body(
        &self,
        _: Self::Principal,
        _: roundtrip_models::Note,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoBodyResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(Err(openapi_runtime::HandlerError::not_implemented(
            "echo_body",
        )))
    }
}

/// The parameters of `echo_path`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoPathParams {
    /// `name` in path.
    pub name: String,
}

/// The parameters of `echo_two_path_params`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoTwoPathParamsParams {
    /// `name` in path.
    pub name: String,
    /// `version` in path.
    pub version: i64,
}

/// The parameters of `echo_query`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoQueryParams {
    /// `q` in query.
    pub q: Option<String>,
    /// Repeated keys (form, explode true).
    /// `tags` in query.
    pub tags: Option<Vec<String>>,
    /// Comma-separated (form, explode false).
    /// `ids` in query.
    pub ids: Option<Vec<i64>>,
    /// `mode` in query.
    pub mode: Option<roundtrip_models::Mode>,
    /// `limit` in query.
    pub limit: i64,
    /// `flag` in query.
    pub flag: bool,
    /// `X-Trace` in header.
    pub x_trace: Option<String>,
    /// Left unset, the client generates one.
    /// `X-Request-Id` in header.
    pub x_request_id: Option<String>,
}

/// Mounts every operation on `cfg`, served by `api`. A method a path does not
/// document answers 405 JSON; for unknown paths, give the application
/// `openapi_runtime::respond::not_found_handler` as its default service.
pub fn configure<T: RoundtripApi>(
    cfg: &mut actix_web::web::ServiceConfig,
    api: actix_web::web::Data<T>,
    options: openapi_runtime::GlueOptions,
) {
    cfg.app_data(api)
        .app_data(actix_web::web::ThinData(options));
    cfg.service(
        actix_web::web::resource("/files/{name}")
            .route(actix_web::web::get().to(handle_echo_path::<T>))
            .default_service(actix_web::web::to(|| {
                openapi_runtime::respond::method_not_allowed_handler("GET")
            })),
    );
    cfg.service(
        actix_web::web::resource("/files/{name}/versions/{version}")
            .route(actix_web::web::get().to(handle_echo_two_path_params::<T>))
            .default_service(actix_web::web::to(|| {
                openapi_runtime::respond::method_not_allowed_handler("GET")
            })),
    );
    cfg.service(
        actix_web::web::resource("/search")
            .route(actix_web::web::get().to(handle_echo_query::<T>))
            .default_service(actix_web::web::to(|| {
                openapi_runtime::respond::method_not_allowed_handler("GET")
            })),
    );
    cfg.service(
        actix_web::web::resource("/notes")
            .route(actix_web::web::post().to(handle_echo_body::<T>))
            .default_service(actix_web::web::to(|| {
                openapi_runtime::respond::method_not_allowed_handler("POST")
            })),
    );
}

/// Serves `echo_path`.
async fn handle_echo_path<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
        openapi_runtime::pipeline::Operation::new("echo_path", false),
        options.0,
        req,
        payload,
        openapi_runtime::pipeline::Anonymous,
        |req, _, problems| parse_echo_path_params(req, problems),
        |(), params| api.echo_path(params),
    )
    .await
}

fn parse_echo_path_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
) -> Option<EchoPathParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "name");
        match openapi_runtime::param::path(req, "name").as_deref() {
            Some(text) => Some(text.to_owned()),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        }
    };
    Some(EchoPathParams { name: param_0? })
}

/// Serves `echo_two_path_params`.
async fn handle_echo_two_path_params<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
        openapi_runtime::pipeline::Operation::new("echo_two_path_params", false),
        options.0,
        req,
        payload,
        openapi_runtime::pipeline::Anonymous,
        |req, _, problems| parse_echo_two_path_params_params(req, problems),
        |(), params| api.echo_two_path_params(params),
    )
    .await
}

fn parse_echo_two_path_params_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
) -> Option<EchoTwoPathParamsParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "name");
        match openapi_runtime::param::path(req, "name").as_deref() {
            Some(text) => Some(text.to_owned()),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        }
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("path", "version");
        match openapi_runtime::param::path(req, "version").as_deref() {
            Some(text) => openapi_runtime::param::integer(text, loc, problems),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        }
    };
    Some(EchoTwoPathParamsParams {
        name: param_0?,
        version: param_1?,
    })
}

/// Serves `echo_query`.
async fn handle_echo_query<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
        openapi_runtime::pipeline::Operation::new("echo_query", false),
        options.0,
        req,
        payload,
        openapi_runtime::pipeline::Anonymous,
        |req, _, problems| parse_echo_query_params(req, problems),
        |(), params| api.echo_query(params),
    )
    .await
}

fn parse_echo_query_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
) -> Option<EchoQueryParams> {
    let query = openapi_runtime::param::FormPairs::from_query(req);
    let param_0 = {
        match query.last("q") {
            Some(text) => {
                let parsed = Some(text.to_owned());
                parsed.map(Some)
            }
            None => Some(None),
        }
    };
    let param_1 = {
        let raw: Vec<String> = query
            .all("tags")
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<String>>();
        if raw.is_empty() {
            Some(None)
        } else {
            let parsed: Vec<Option<_>> = raw
                .iter()
                .map(|text| {
                    let text = text.as_str();
                    Some(text.to_owned())
                })
                .collect();
            parsed.into_iter().collect::<Option<Vec<_>>>().map(Some)
        }
    };
    let param_2 = {
        let loc = &openapi_runtime::Loc::param("query", "ids");
        let raw: Vec<String> = query
            .last("ids")
            .map(|text| {
                openapi_runtime::param::split_commas(text)
                    .into_iter()
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        if raw.is_empty() {
            Some(None)
        } else {
            let parsed: Vec<Option<_>> = raw
                .iter()
                .enumerate()
                .map(|(index, text)| {
                    let loc = &loc.index(index);
                    let text = text.as_str();
                    openapi_runtime::param::integer(text, loc, problems)
                })
                .collect();
            parsed.into_iter().collect::<Option<Vec<_>>>().map(Some)
        }
    };
    let param_3 = {
        let loc = &openapi_runtime::Loc::param("query", "mode");
        match query.last("mode") {
            Some(text) => {
                let parsed = openapi_runtime::param::enumeration::<roundtrip_models::Mode>(
                    text,
                    &["fast", "slow_and_careful"],
                    loc,
                    problems,
                );
                parsed.map(Some)
            }
            None => Some(None),
        }
    };
    let param_4 = {
        let loc = &openapi_runtime::Loc::param("query", "limit");
        match query.last("limit") {
            Some(text) => openapi_runtime::param::integer(text, loc, problems),
            None => Some(10),
        }
    };
    let param_5 = {
        let loc = &openapi_runtime::Loc::param("query", "flag");
        match query.last("flag") {
            Some(text) => openapi_runtime::param::boolean(text, loc, problems),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        }
    };
    let param_6 = {
        match openapi_runtime::param::header(req, "X-Trace").as_deref() {
            Some(text) => {
                let parsed = Some(text.to_owned());
                parsed.map(Some)
            }
            None => Some(None),
        }
    };
    let param_7 = {
        match openapi_runtime::param::header(req, "X-Request-Id").as_deref() {
            Some(text) => {
                let parsed = Some(text.to_owned());
                parsed.map(Some)
            }
            None => Some(None),
        }
    };
    Some(EchoQueryParams {
        q: param_0?,
        tags: param_1?,
        ids: param_2?,
        mode: param_3?,
        limit: param_4?,
        flag: param_5?,
        x_trace: param_6?,
        x_request_id: param_7?,
    })
}

/// Serves `echo_body`.
async fn handle_echo_body<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
        openapi_runtime::pipeline::Operation::new("echo_body", true),
        options.0,
        req,
        payload,
        openapi_runtime::pipeline::Required {
            schemes: SCHEMES_1,
            authenticate: |credentials| api.authenticate(credentials),
        },
        |req, bytes, problems| parse_echo_body_body(req, bytes, problems, api.after_validation()),
        |principal, body| api.echo_body(principal, body),
    )
    .await
}

fn parse_echo_body_body(
    req: &actix_web::HttpRequest,
    bytes: actix_web::web::Bytes,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) -> Option<roundtrip_models::Note> {
    match openapi_runtime::body::decode_json(req, &bytes, problems) {
        openapi_runtime::body::JsonBody::Absent => {
            problems.push(openapi_runtime::Problem::missing(
                &openapi_runtime::Loc::body(),
            ));
            None
        }
        openapi_runtime::body::JsonBody::Rejected => None,
        openapi_runtime::body::JsonBody::Value(value) => {
            let before = problems.len();
            {
                let value = &value;
                let loc = &openapi_runtime::Loc::body();
                validate_note(value, loc, problems, after);
            }
            if problems.len() != before {
                return None;
            }
            openapi_runtime::param::typed(value, &openapi_runtime::Loc::body(), problems)
        }
    }
}

static SCHEMES_1: &[openapi_runtime::auth::Scheme] = &[openapi_runtime::auth::Scheme {
    name: "Token",
    kind: openapi_runtime::auth::SchemeKind::Bearer,
}];

/// Checks a `Note` value, recording every problem.
fn validate_note(
    value: &serde_json::Value,
    loc: &openapi_runtime::Loc,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) {
    let before = problems.len();
    let Some(object) = openapi_runtime::check::object(value, loc, problems) else {
        return;
    };
    if let Some(value) = object.get("title") {
        let loc = &loc.key("title");
        if let Some(text) = openapi_runtime::check::string(value, loc, problems) {
            openapi_runtime::check::min_length(text, 1usize, loc, problems);
        }
    } else {
        problems.push(openapi_runtime::Problem::missing(&loc.key("title")));
    }
    if let Some(value) = object.get("body") {
        let loc = &loc.key("body");
        if !value.is_null() {
            openapi_runtime::check::string(value, loc, problems);
        }
    }
    if let Some(value) = object.get("tags") {
        let loc = &loc.key("tags");
        if let Some(items) = openapi_runtime::check::array(value, loc, problems) {
            for (index, value) in items.iter().enumerate() {
                let loc = &loc.index(index);
                openapi_runtime::check::string(value, loc, problems);
            }
        }
    }
    after.check::<roundtrip_models::Note>(before, value, loc, problems);
}

/// The OpenAPI document this crate was generated from, as JSON.
pub const OPENAPI_JSON: &str = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Round trip\",\"version\":\"1.0.0\",\"license\":{\"name\":\"MIT OR Apache-2.0\"}},\"paths\":{\"/files/{name}\":{\"get\":{\"operationId\":\"echo_path\",\"parameters\":[{\"name\":\"name\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}],\"responses\":{\"200\":{\"description\":\"The path parameter as the server read it.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/PathEcho\"}}}}}}},\"/files/{name}/versions/{version}\":{\"get\":{\"operationId\":\"echo_two_path_params\",\"parameters\":[{\"name\":\"name\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}},{\"name\":\"version\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"integer\"}}],\"responses\":{\"200\":{\"description\":\"The path parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/TwoPathEcho\"}}}}}}},\"/search\":{\"get\":{\"operationId\":\"echo_query\",\"parameters\":[{\"name\":\"q\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}},{\"name\":\"tags\",\"in\":\"query\",\"description\":\"Repeated keys (form, explode true).\",\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},{\"name\":\"ids\",\"in\":\"query\",\"description\":\"Comma-separated (form, explode false).\",\"explode\":false,\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}},{\"name\":\"mode\",\"in\":\"query\",\"schema\":{\"$ref\":\"#/components/schemas/Mode\"}},{\"name\":\"limit\",\"in\":\"query\",\"schema\":{\"type\":\"integer\",\"default\":10}},{\"name\":\"flag\",\"in\":\"query\",\"required\":true,\"schema\":{\"type\":\"boolean\"}},{\"name\":\"X-Trace\",\"in\":\"header\",\"schema\":{\"type\":\"string\"}},{\"name\":\"X-Request-Id\",\"in\":\"header\",\"description\":\"Left unset, the client generates one.\",\"schema\":{\"type\":\"string\"}}],\"responses\":{\"200\":{\"description\":\"The query and header parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/QueryEcho\"}}}}}}},\"/notes\":{\"post\":{\"operationId\":\"echo_body\",\"security\":[{\"Token\":[]}],\"requestBody\":{\"required\":true,\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Note\"}}}},\"responses\":{\"201\":{\"description\":\"The body as the server read it, and who sent it.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/NoteEcho\"}}}},\"401\":{\"description\":\"No or wrong token.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Error\"}}},\"headers\":{\"WWW-Authenticate\":{\"schema\":{\"type\":\"string\"}}}},\"422\":{\"description\":\"Validation Error\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ValidationErrors\"}}}},\"4XX\":{\"description\":\"Any other client error.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Error\"}}}}}}}},\"components\":{\"securitySchemes\":{\"Token\":{\"type\":\"http\",\"scheme\":\"bearer\"}},\"schemas\":{\"Mode\":{\"type\":\"string\",\"enum\":[\"fast\",\"slow_and_careful\"]},\"PathEcho\":{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{\"name\":{\"type\":\"string\"}}},\"TwoPathEcho\":{\"type\":\"object\",\"required\":[\"name\",\"version\"],\"properties\":{\"name\":{\"type\":\"string\"},\"version\":{\"type\":\"integer\"}}},\"QueryEcho\":{\"type\":\"object\",\"required\":[\"tags\",\"ids\",\"limit\",\"flag\"],\"properties\":{\"q\":{\"type\":\"string\"},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"ids\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}},\"mode\":{\"$ref\":\"#/components/schemas/Mode\"},\"limit\":{\"type\":\"integer\"},\"flag\":{\"type\":\"boolean\"},\"trace\":{\"type\":\"string\"},\"request_id\":{\"type\":\"string\"}}},\"Note\":{\"type\":\"object\",\"required\":[\"title\"],\"properties\":{\"title\":{\"type\":\"string\",\"minLength\":1},\"body\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"null\"}]},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}},\"NoteEcho\":{\"type\":\"object\",\"required\":[\"note\",\"principal\"],\"properties\":{\"note\":{\"$ref\":\"#/components/schemas/Note\"},\"principal\":{\"type\":\"string\"}}},\"Error\":{\"type\":\"object\",\"required\":[\"detail\"],\"properties\":{\"detail\":{\"type\":\"string\"}}},\"ValidationErrors\":{\"type\":\"object\",\"properties\":{\"detail\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"loc\":{\"type\":\"array\",\"items\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]}},\"msg\":{\"type\":\"string\"},\"type\":{\"type\":\"string\"}}}}}}}}}";

/// The OpenAPI document, parsed ([`OPENAPI_JSON`] is valid JSON by construction).
pub fn openapi_document() -> serde_json::Value {
    serde_json::from_str(OPENAPI_JSON).unwrap_or_default()
}
