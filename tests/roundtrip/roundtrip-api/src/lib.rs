// @generated from tests/specs/client-roundtrip.yaml by cargo xtask regen — do not edit
//! Round trip (version 1.0.0): the [`RoundtripApi`] trait to implement and the actix-web glue that serves it ([`configure`]), generated from its OpenAPI document.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![cfg_attr(rustfmt, rustfmt::skip)]
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
    /// Query arrays and objects in every style.
    ///
    /// `GET /styles/query`
    fn echo_query_styles(
        &self,
        params: EchoQueryStylesParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoQueryStylesResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Path arrays in every style; `_x` is exploded.
    ///
    /// `GET /styles/arrays/{simple}/{simple_x}/{label}/{label_x}/{matrix}/{matrix_x}`
    fn echo_path_arrays(
        &self,
        params: EchoPathArraysParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoPathArraysResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Path objects in every style; `_x` is exploded.
    ///
    /// `GET /styles/objects/{simple}/{simple_x}/{label}/{label_x}/{matrix}/{matrix_x}`
    fn echo_path_objects(
        &self,
        params: EchoPathObjectsParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoPathObjectsResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Path scalars with a prefix, and one with literal text around it.
    ///
    /// `GET /styles/scalars/{label}/{matrix}/v{version}.json`
    fn echo_path_scalars(
        &self,
        params: EchoPathScalarsParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoPathScalarsResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Header (simple) and cookie (form) arrays and objects.
    ///
    /// `GET /styles/headers-cookies`
    fn echo_headers_cookies(
        &self,
        params: EchoHeadersCookiesParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoHeadersCookiesResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Parameters described by `content` with a JSON media type.
    ///
    /// `GET /styles/json/{doc}`
    fn echo_json_params(
        &self,
        params: EchoJsonParamsParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoJsonParamsResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Parameter arrays with minItems, maxItems, uniqueItems and item constraints.
    ///
    /// `GET /limits/{path_ids}`
    fn echo_array_limits(
        &self,
        params: EchoArrayLimitsParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoArrayLimitsResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Query parameters with allowReserved, and one without.
    ///
    /// `GET /reserved`
    fn echo_reserved(
        &self,
        params: EchoReservedParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoReservedResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Two parameters in one segment, around a dot.
    ///
    /// `GET /split/{name}.{ext}`
    fn echo_split_segment(
        &self,
        params: EchoSplitSegmentParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoSplitSegmentResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// Two parameters in one segment with literal text around them; `to` is an integer.
    ///
    /// `GET /range/v{from}-{to}.json`
    fn echo_range_segment(
        &self,
        params: EchoRangeSegmentParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoRangeSegmentResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send;
    /// A multipart form with text, repeated and file properties.
    ///
    /// `POST /uploads`
    fn echo_upload(
        &self,
        body: roundtrip_models::Upload,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoUploadResponse,
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
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_path")),
        )
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
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_two_path_params")),
        )
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
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_query")),
        )
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
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_body")),
        )
    }
    fn echo_query_styles(
        &self,
        _: EchoQueryStylesParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoQueryStylesResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_query_styles")),
        )
    }
    fn echo_path_arrays(
        &self,
        _: EchoPathArraysParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoPathArraysResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_path_arrays")),
        )
    }
    fn echo_path_objects(
        &self,
        _: EchoPathObjectsParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoPathObjectsResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_path_objects")),
        )
    }
    fn echo_path_scalars(
        &self,
        _: EchoPathScalarsParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoPathScalarsResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_path_scalars")),
        )
    }
    fn echo_headers_cookies(
        &self,
        _: EchoHeadersCookiesParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoHeadersCookiesResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_headers_cookies")),
        )
    }
    fn echo_json_params(
        &self,
        _: EchoJsonParamsParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoJsonParamsResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_json_params")),
        )
    }
    fn echo_array_limits(
        &self,
        _: EchoArrayLimitsParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoArrayLimitsResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_array_limits")),
        )
    }
    fn echo_reserved(
        &self,
        _: EchoReservedParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoReservedResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_reserved")),
        )
    }
    fn echo_split_segment(
        &self,
        _: EchoSplitSegmentParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoSplitSegmentResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_split_segment")),
        )
    }
    fn echo_range_segment(
        &self,
        _: EchoRangeSegmentParams,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoRangeSegmentResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_range_segment")),
        )
    }
    fn echo_upload(
        &self,
        _: roundtrip_models::Upload,
    ) -> impl Future<
        Output = Result<
            roundtrip_models::responses::EchoUploadResponse,
            openapi_runtime::HandlerError,
        >,
    > + Send {
        std::future::ready(
            Err(openapi_runtime::HandlerError::not_implemented("echo_upload")),
        )
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

/// The parameters of `echo_query_styles`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoQueryStylesParams {
    /// form, explode false.
    /// `csv` in query.
    pub csv: Option<Vec<String>>,
    /// `spaced` in query.
    pub spaced: Option<Vec<String>>,
    /// `piped` in query.
    pub piped: Option<Vec<i64>>,
    /// `required_csv` in query.
    pub required_csv: Vec<String>,
    /// `deep` in query.
    pub deep: Option<roundtrip_models::Range>,
    /// form, explode false.
    /// `flat` in query.
    pub flat: Option<roundtrip_models::Range>,
    /// `spaced_range` in query.
    pub spaced_range: Option<roundtrip_models::Range>,
    /// `piped_range` in query.
    pub piped_range: Option<roundtrip_models::Range>,
    /// form, explode true; each property is a query parameter of its own.
    /// `filter` in query.
    pub filter: Option<roundtrip_models::Filter>,
}

/// The parameters of `echo_path_arrays`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoPathArraysParams {
    /// `simple` in path.
    pub simple: roundtrip_models::Words,
    /// `simple_x` in path.
    pub simple_x: roundtrip_models::Words,
    /// `label` in path.
    pub label: roundtrip_models::Words,
    /// `label_x` in path.
    pub label_x: roundtrip_models::Words,
    /// `matrix` in path.
    pub matrix: roundtrip_models::Words,
    /// `matrix_x` in path.
    pub matrix_x: roundtrip_models::Words,
}

/// The parameters of `echo_path_objects`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoPathObjectsParams {
    /// `simple` in path.
    pub simple: roundtrip_models::Range,
    /// `simple_x` in path.
    pub simple_x: roundtrip_models::Range,
    /// `label` in path.
    pub label: roundtrip_models::Range,
    /// `label_x` in path.
    pub label_x: roundtrip_models::Range,
    /// `matrix` in path.
    pub matrix: roundtrip_models::Range,
    /// `matrix_x` in path.
    pub matrix_x: roundtrip_models::Range,
}

/// The parameters of `echo_path_scalars`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoPathScalarsParams {
    /// `label` in path.
    pub label: String,
    /// `matrix` in path.
    pub matrix: String,
    /// `version` in path.
    pub version: Vec<i64>,
}

/// The parameters of `echo_headers_cookies`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoHeadersCookiesParams {
    /// `X-Ids` in header.
    pub x_ids: Option<Vec<i64>>,
    /// `X-Range` in header.
    pub x_range: Option<roundtrip_models::Range>,
    /// `X-Range-Exploded` in header.
    pub x_range_exploded: Option<roundtrip_models::Range>,
    /// `session` in cookie.
    pub session: Option<String>,
    /// `tags` in cookie.
    pub tags: Option<roundtrip_models::Words>,
    /// `range` in cookie.
    pub range: Option<roundtrip_models::Range>,
    /// `range_exploded` in cookie.
    pub range_exploded: Option<roundtrip_models::Range>,
}

/// The parameters of `echo_json_params`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoJsonParamsParams {
    /// `doc` in path.
    pub doc: roundtrip_models::Range,
    /// `filter` in query.
    pub filter: roundtrip_models::Range,
    /// `X-Words` in header.
    pub x_words: Option<roundtrip_models::Words>,
}

/// The parameters of `echo_array_limits`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoArrayLimitsParams {
    /// `path_ids` in path.
    pub path_ids: Vec<i64>,
    /// form, explode true.
    /// `ids` in query.
    pub ids: Option<Vec<i64>>,
    /// form, explode false.
    /// `codes` in query.
    pub codes: Option<Vec<String>>,
    /// `modes` in query.
    pub modes: Option<Vec<roundtrip_models::Mode>>,
    /// The limits are those of the component.
    /// `short_words` in query.
    pub short_words: Option<roundtrip_models::ShortWords>,
    /// `X-Sizes` in header.
    pub x_sizes: Option<Vec<f64>>,
    /// `picks` in cookie.
    pub picks: Option<Vec<String>>,
}

/// The parameters of `echo_reserved`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoReservedParams {
    /// `target` in query.
    pub target: Option<String>,
    /// `paths` in query.
    pub paths: Option<Vec<String>>,
    /// `each` in query.
    pub each: Option<Vec<String>>,
    /// `plain` in query.
    pub plain: Option<String>,
}

/// The parameters of `echo_split_segment`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoSplitSegmentParams {
    /// `name` in path.
    pub name: String,
    /// `ext` in path.
    pub ext: String,
}

/// The parameters of `echo_range_segment`, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct EchoRangeSegmentParams {
    /// `from` in path.
    pub from: String,
    /// `to` in path.
    pub to: i64,
}

/// Mounts every operation on `cfg`, served by `api`. A method a path does not
/// document answers 405 JSON; for unknown paths, give the application
/// `openapi_runtime::respond::not_found_handler` as its default service.
pub fn configure<T: RoundtripApi>(
    cfg: &mut actix_web::web::ServiceConfig,
    api: actix_web::web::Data<T>,
    options: openapi_runtime::GlueOptions,
) {
    cfg.app_data(api).app_data(actix_web::web::ThinData(options));
    cfg.service(
        actix_web::web::resource("/files/{name}")
            .route(actix_web::web::get().to(handle_echo_path::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/files/{name}/versions/{version}")
            .route(actix_web::web::get().to(handle_echo_two_path_params::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/search")
            .route(actix_web::web::get().to(handle_echo_query::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/notes")
            .route(actix_web::web::post().to(handle_echo_body::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "POST",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/styles/query")
            .route(actix_web::web::get().to(handle_echo_query_styles::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource(
                "/styles/arrays/{simple}/{simple_x}/{label}/{label_x}/{matrix}/{matrix_x}",
            )
            .route(actix_web::web::get().to(handle_echo_path_arrays::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource(
                "/styles/objects/{simple}/{simple_x}/{label}/{label_x}/{matrix}/{matrix_x}",
            )
            .route(actix_web::web::get().to(handle_echo_path_objects::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/styles/scalars/{label}/{matrix}/v{version}.json")
            .route(actix_web::web::get().to(handle_echo_path_scalars::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/styles/headers-cookies")
            .route(actix_web::web::get().to(handle_echo_headers_cookies::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/styles/json/{doc}")
            .route(actix_web::web::get().to(handle_echo_json_params::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/limits/{path_ids}")
            .route(actix_web::web::get().to(handle_echo_array_limits::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/reserved")
            .route(actix_web::web::get().to(handle_echo_reserved::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/split/{name}.{ext}")
            .route(actix_web::web::get().to(handle_echo_split_segment::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/range/v{from}-{to}.json")
            .route(actix_web::web::get().to(handle_echo_range_segment::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "GET",
                )),
            ),
    );
    cfg.service(
        actix_web::web::resource("/uploads")
            .route(actix_web::web::post().to(handle_echo_upload::<T>))
            .default_service(
                actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(
                    "POST",
                )),
            ),
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
            |req, _, problems| parse_echo_path_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_path(params),
        )
        .await
}

fn parse_echo_path_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) -> Option<EchoPathParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "name");
        let before = problems.len();
        let parsed = match openapi_runtime::param::path(req, "name").as_deref() {
            Some(text) => Some(text.to_owned()),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        };
        openapi_runtime::param::path_inputs(req, "name", None, problems, before);
        parsed
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
            |req, _, problems| parse_echo_two_path_params_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_two_path_params(params),
        )
        .await
}

fn parse_echo_two_path_params_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) -> Option<EchoTwoPathParamsParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "name");
        let before = problems.len();
        let parsed = match openapi_runtime::param::path(req, "name").as_deref() {
            Some(text) => Some(text.to_owned()),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        };
        openapi_runtime::param::path_inputs(req, "name", None, problems, before);
        parsed
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("path", "version");
        let before = problems.len();
        let parsed = match openapi_runtime::param::path(req, "version").as_deref() {
            Some(text) => openapi_runtime::param::integer(text, loc, problems),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        };
        openapi_runtime::param::path_inputs(req, "version", None, problems, before);
        parsed
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
            |req, _, problems| parse_echo_query_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_query(params),
        )
        .await
}

fn parse_echo_query_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
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
        let loc = &openapi_runtime::Loc::param("query", "tags");
        match openapi_runtime::param::query_array(
            &query,
            "tags",
            openapi_runtime::param::Style::Form,
            true,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: None,
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, _loc, _problems| {
                            let text = text.as_str();
                            Some(text.to_owned())
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_2 = {
        let loc = &openapi_runtime::Loc::param("query", "ids");
        match openapi_runtime::param::query_array(
            &query,
            "ids",
            openapi_runtime::param::Style::Form,
            false,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: None,
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, loc, problems| {
                            let text = text.as_str();
                            openapi_runtime::param::integer(text, loc, problems)
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_3 = {
        let loc = &openapi_runtime::Loc::param("query", "mode");
        match query.last("mode") {
            Some(text) => {
                let parsed = openapi_runtime::param::enumeration::<
                    roundtrip_models::Mode,
                >(text, &["fast", "slow_and_careful"], loc, problems);
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
            |req, bytes, problems| parse_echo_body_body(
                req,
                bytes,
                problems,
                api.after_validation(),
            ),
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
                validate_note(value, loc, problems, after);
            }
            if problems.len() != before {
                problems.resolve_inputs(before, "body", &value);
                return None;
            }
            openapi_runtime::param::typed(value, &openapi_runtime::Loc::body(), problems)
        }
    }
}

/// Serves `echo_query_styles`.
async fn handle_echo_query_styles<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("echo_query_styles", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |req, _, problems| parse_echo_query_styles_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_query_styles(params),
        )
        .await
}

fn parse_echo_query_styles_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) -> Option<EchoQueryStylesParams> {
    let query = openapi_runtime::param::FormPairs::from_query(req);
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("query", "csv");
        match openapi_runtime::param::query_array(
            &query,
            "csv",
            openapi_runtime::param::Style::Form,
            false,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: None,
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, _loc, _problems| {
                            let text = text.as_str();
                            Some(text.to_owned())
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("query", "spaced");
        match openapi_runtime::param::query_array(
            &query,
            "spaced",
            openapi_runtime::param::Style::SpaceDelimited,
            false,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: None,
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, _loc, _problems| {
                            let text = text.as_str();
                            Some(text.to_owned())
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_2 = {
        let loc = &openapi_runtime::Loc::param("query", "piped");
        match openapi_runtime::param::query_array(
            &query,
            "piped",
            openapi_runtime::param::Style::PipeDelimited,
            false,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: None,
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, loc, problems| {
                            let text = text.as_str();
                            openapi_runtime::param::integer(text, loc, problems)
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_3 = {
        let loc = &openapi_runtime::Loc::param("query", "required_csv");
        match openapi_runtime::param::query_array(
            &query,
            "required_csv",
            openapi_runtime::param::Style::Form,
            false,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                    &raw,
                    openapi_runtime::check::ItemLimits {
                        min: None,
                        max: None,
                        unique: false,
                    },
                    loc,
                    problems,
                    |text, _loc, _problems| {
                        let text = text.as_str();
                        Some(text.to_owned())
                    },
                )
            }
        }
    };
    let param_4 = {
        let loc = &openapi_runtime::Loc::param("query", "deep");
        match openapi_runtime::param::query_object(
            &query,
            "deep",
            openapi_runtime::param::Style::DeepObject,
            true,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems).map(Some)
                } else {
                    None
                }
            }
        }
    };
    let param_5 = {
        let loc = &openapi_runtime::Loc::param("query", "flat");
        match openapi_runtime::param::query_object(
            &query,
            "flat",
            openapi_runtime::param::Style::Form,
            false,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems).map(Some)
                } else {
                    None
                }
            }
        }
    };
    let param_6 = {
        let loc = &openapi_runtime::Loc::param("query", "spaced_range");
        match openapi_runtime::param::query_object(
            &query,
            "spaced_range",
            openapi_runtime::param::Style::SpaceDelimited,
            false,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems).map(Some)
                } else {
                    None
                }
            }
        }
    };
    let param_7 = {
        let loc = &openapi_runtime::Loc::param("query", "piped_range");
        match openapi_runtime::param::query_object(
            &query,
            "piped_range",
            openapi_runtime::param::Style::PipeDelimited,
            false,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems).map(Some)
                } else {
                    None
                }
            }
        }
    };
    let param_8 = {
        let loc = &openapi_runtime::Loc::root("query");
        match openapi_runtime::param::query_object(
            &query,
            "filter",
            openapi_runtime::param::Style::Form,
            true,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "color",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                    openapi_runtime::param::Field {
                        name: "size",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                ],
                others: None,
                excluded: &[
                    "csv",
                    "spaced",
                    "piped",
                    "required_csv",
                    "deep",
                    "flat",
                    "spaced_range",
                    "piped_range",
                ],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_filter(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems).map(Some)
                } else {
                    None
                }
            }
        }
    };
    Some(EchoQueryStylesParams {
        csv: param_0?,
        spaced: param_1?,
        piped: param_2?,
        required_csv: param_3?,
        deep: param_4?,
        flat: param_5?,
        spaced_range: param_6?,
        piped_range: param_7?,
        filter: param_8?,
    })
}

/// Serves `echo_path_arrays`.
async fn handle_echo_path_arrays<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("echo_path_arrays", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |req, _, problems| parse_echo_path_arrays_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_path_arrays(params),
        )
        .await
}

fn parse_echo_path_arrays_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) -> Option<EchoPathArraysParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "simple");
        let before = problems.len();
        let parsed = match openapi_runtime::param::array(
            openapi_runtime::param::path_raw(
                    req,
                    "simple",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 5,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "simple",
            openapi_runtime::param::Style::Simple,
            false,
            openapi_runtime::param::Escaping::Percent,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                    &raw,
                    openapi_runtime::check::ItemLimits {
                        min: None,
                        max: None,
                        unique: false,
                    },
                    loc,
                    problems,
                    |text, _loc, _problems| {
                        let text = text.as_str();
                        Some(text.to_owned())
                    },
                )
            }
        };
        openapi_runtime::param::path_inputs(req, "simple", None, problems, before);
        parsed
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("path", "simple_x");
        let before = problems.len();
        let parsed = match openapi_runtime::param::array(
            openapi_runtime::param::path_raw(
                    req,
                    "simple_x",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 4,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "simple_x",
            openapi_runtime::param::Style::Simple,
            true,
            openapi_runtime::param::Escaping::Percent,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                    &raw,
                    openapi_runtime::check::ItemLimits {
                        min: None,
                        max: None,
                        unique: false,
                    },
                    loc,
                    problems,
                    |text, _loc, _problems| {
                        let text = text.as_str();
                        Some(text.to_owned())
                    },
                )
            }
        };
        openapi_runtime::param::path_inputs(req, "simple_x", None, problems, before);
        parsed
    };
    let param_2 = {
        let loc = &openapi_runtime::Loc::param("path", "label");
        let before = problems.len();
        let parsed = match openapi_runtime::param::array(
            openapi_runtime::param::path_raw(
                    req,
                    "label",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 3,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "label",
            openapi_runtime::param::Style::Label,
            false,
            openapi_runtime::param::Escaping::Percent,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                    &raw,
                    openapi_runtime::check::ItemLimits {
                        min: None,
                        max: None,
                        unique: false,
                    },
                    loc,
                    problems,
                    |text, _loc, _problems| {
                        let text = text.as_str();
                        Some(text.to_owned())
                    },
                )
            }
        };
        openapi_runtime::param::path_inputs(req, "label", None, problems, before);
        parsed
    };
    let param_3 = {
        let loc = &openapi_runtime::Loc::param("path", "label_x");
        let before = problems.len();
        let parsed = match openapi_runtime::param::array(
            openapi_runtime::param::path_raw(
                    req,
                    "label_x",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 2,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "label_x",
            openapi_runtime::param::Style::Label,
            true,
            openapi_runtime::param::Escaping::Percent,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                    &raw,
                    openapi_runtime::check::ItemLimits {
                        min: None,
                        max: None,
                        unique: false,
                    },
                    loc,
                    problems,
                    |text, _loc, _problems| {
                        let text = text.as_str();
                        Some(text.to_owned())
                    },
                )
            }
        };
        openapi_runtime::param::path_inputs(req, "label_x", None, problems, before);
        parsed
    };
    let param_4 = {
        let loc = &openapi_runtime::Loc::param("path", "matrix");
        let before = problems.len();
        let parsed = match openapi_runtime::param::array(
            openapi_runtime::param::path_raw(
                    req,
                    "matrix",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 1,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "matrix",
            openapi_runtime::param::Style::Matrix,
            false,
            openapi_runtime::param::Escaping::Percent,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                    &raw,
                    openapi_runtime::check::ItemLimits {
                        min: None,
                        max: None,
                        unique: false,
                    },
                    loc,
                    problems,
                    |text, _loc, _problems| {
                        let text = text.as_str();
                        Some(text.to_owned())
                    },
                )
            }
        };
        openapi_runtime::param::path_inputs(req, "matrix", None, problems, before);
        parsed
    };
    let param_5 = {
        let loc = &openapi_runtime::Loc::param("path", "matrix_x");
        let before = problems.len();
        let parsed = match openapi_runtime::param::array(
            openapi_runtime::param::path_raw(
                    req,
                    "matrix_x",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 0,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "matrix_x",
            openapi_runtime::param::Style::Matrix,
            true,
            openapi_runtime::param::Escaping::Percent,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                    &raw,
                    openapi_runtime::check::ItemLimits {
                        min: None,
                        max: None,
                        unique: false,
                    },
                    loc,
                    problems,
                    |text, _loc, _problems| {
                        let text = text.as_str();
                        Some(text.to_owned())
                    },
                )
            }
        };
        openapi_runtime::param::path_inputs(req, "matrix_x", None, problems, before);
        parsed
    };
    Some(EchoPathArraysParams {
        simple: param_0?,
        simple_x: param_1?,
        label: param_2?,
        label_x: param_3?,
        matrix: param_4?,
        matrix_x: param_5?,
    })
}

/// Serves `echo_path_objects`.
async fn handle_echo_path_objects<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("echo_path_objects", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |req, _, problems| parse_echo_path_objects_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_path_objects(params),
        )
        .await
}

fn parse_echo_path_objects_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) -> Option<EchoPathObjectsParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "simple");
        let before = problems.len();
        let parsed = match openapi_runtime::param::object(
            openapi_runtime::param::path_raw(
                    req,
                    "simple",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 5,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "simple",
            openapi_runtime::param::Style::Simple,
            false,
            openapi_runtime::param::Escaping::Percent,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems)
                } else {
                    None
                }
            }
        };
        openapi_runtime::param::path_inputs(req, "simple", None, problems, before);
        parsed
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("path", "simple_x");
        let before = problems.len();
        let parsed = match openapi_runtime::param::object(
            openapi_runtime::param::path_raw(
                    req,
                    "simple_x",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 4,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "simple_x",
            openapi_runtime::param::Style::Simple,
            true,
            openapi_runtime::param::Escaping::Percent,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems)
                } else {
                    None
                }
            }
        };
        openapi_runtime::param::path_inputs(req, "simple_x", None, problems, before);
        parsed
    };
    let param_2 = {
        let loc = &openapi_runtime::Loc::param("path", "label");
        let before = problems.len();
        let parsed = match openapi_runtime::param::object(
            openapi_runtime::param::path_raw(
                    req,
                    "label",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 3,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "label",
            openapi_runtime::param::Style::Label,
            false,
            openapi_runtime::param::Escaping::Percent,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems)
                } else {
                    None
                }
            }
        };
        openapi_runtime::param::path_inputs(req, "label", None, problems, before);
        parsed
    };
    let param_3 = {
        let loc = &openapi_runtime::Loc::param("path", "label_x");
        let before = problems.len();
        let parsed = match openapi_runtime::param::object(
            openapi_runtime::param::path_raw(
                    req,
                    "label_x",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 2,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "label_x",
            openapi_runtime::param::Style::Label,
            true,
            openapi_runtime::param::Escaping::Percent,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems)
                } else {
                    None
                }
            }
        };
        openapi_runtime::param::path_inputs(req, "label_x", None, problems, before);
        parsed
    };
    let param_4 = {
        let loc = &openapi_runtime::Loc::param("path", "matrix");
        let before = problems.len();
        let parsed = match openapi_runtime::param::object(
            openapi_runtime::param::path_raw(
                    req,
                    "matrix",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 1,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "matrix",
            openapi_runtime::param::Style::Matrix,
            false,
            openapi_runtime::param::Escaping::Percent,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems)
                } else {
                    None
                }
            }
        };
        openapi_runtime::param::path_inputs(req, "matrix", None, problems, before);
        parsed
    };
    let param_5 = {
        let loc = &openapi_runtime::Loc::param("path", "matrix_x");
        let before = problems.len();
        let parsed = match openapi_runtime::param::object(
            openapi_runtime::param::path_raw(
                    req,
                    "matrix_x",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 0,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "matrix_x",
            openapi_runtime::param::Style::Matrix,
            true,
            openapi_runtime::param::Escaping::Percent,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems)
                } else {
                    None
                }
            }
        };
        openapi_runtime::param::path_inputs(req, "matrix_x", None, problems, before);
        parsed
    };
    Some(EchoPathObjectsParams {
        simple: param_0?,
        simple_x: param_1?,
        label: param_2?,
        label_x: param_3?,
        matrix: param_4?,
        matrix_x: param_5?,
    })
}

/// Serves `echo_path_scalars`.
async fn handle_echo_path_scalars<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("echo_path_scalars", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |req, _, problems| parse_echo_path_scalars_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_path_scalars(params),
        )
        .await
}

fn parse_echo_path_scalars_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) -> Option<EchoPathScalarsParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "label");
        let before = problems.len();
        let parsed = match openapi_runtime::param::scalar(
            openapi_runtime::param::path_raw(
                    req,
                    "label",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 2,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "label",
            openapi_runtime::param::Style::Label,
            openapi_runtime::param::Escaping::Percent,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(text) => {
                let text = text.as_str();
                Some(text.to_owned())
            }
        };
        openapi_runtime::param::path_inputs(req, "label", None, problems, before);
        parsed
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("path", "matrix");
        let before = problems.len();
        let parsed = match openapi_runtime::param::scalar(
            openapi_runtime::param::path_raw(
                    req,
                    "matrix",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 1,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "matrix",
            openapi_runtime::param::Style::Matrix,
            openapi_runtime::param::Escaping::Percent,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(text) => {
                let text = text.as_str();
                Some(text.to_owned())
            }
        };
        openapi_runtime::param::path_inputs(req, "matrix", None, problems, before);
        parsed
    };
    let param_2 = {
        let loc = &openapi_runtime::Loc::param("path", "version");
        let before = problems.len();
        let parsed = match openapi_runtime::param::array(
            openapi_runtime::param::path_raw(
                    req,
                    "version",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 0,
                            literals: &["v", ".json"],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "version",
            openapi_runtime::param::Style::Simple,
            false,
            openapi_runtime::param::Escaping::Percent,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                    &raw,
                    openapi_runtime::check::ItemLimits {
                        min: None,
                        max: None,
                        unique: false,
                    },
                    loc,
                    problems,
                    |text, loc, problems| {
                        let text = text.as_str();
                        openapi_runtime::param::integer(text, loc, problems)
                    },
                )
            }
        };
        openapi_runtime::param::path_inputs(req, "version", None, problems, before);
        parsed
    };
    Some(EchoPathScalarsParams {
        label: param_0?,
        matrix: param_1?,
        version: param_2?,
    })
}

/// Serves `echo_headers_cookies`.
async fn handle_echo_headers_cookies<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("echo_headers_cookies", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |req, _, problems| parse_echo_headers_cookies_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_headers_cookies(params),
        )
        .await
}

fn parse_echo_headers_cookies_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) -> Option<EchoHeadersCookiesParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("header", "X-Ids");
        match openapi_runtime::param::array(
            openapi_runtime::param::header_list(req, "X-Ids").as_deref(),
            "X-Ids",
            openapi_runtime::param::Style::Simple,
            false,
            openapi_runtime::param::Escaping::Header,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: None,
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, loc, problems| {
                            let text = text.as_str();
                            openapi_runtime::param::integer(text, loc, problems)
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("header", "X-Range");
        match openapi_runtime::param::object(
            openapi_runtime::param::header_list(req, "X-Range").as_deref(),
            "X-Range",
            openapi_runtime::param::Style::Simple,
            false,
            openapi_runtime::param::Escaping::Header,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems).map(Some)
                } else {
                    None
                }
            }
        }
    };
    let param_2 = {
        let loc = &openapi_runtime::Loc::param("header", "X-Range-Exploded");
        match openapi_runtime::param::object(
            openapi_runtime::param::header_list(req, "X-Range-Exploded").as_deref(),
            "X-Range-Exploded",
            openapi_runtime::param::Style::Simple,
            true,
            openapi_runtime::param::Escaping::Header,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems).map(Some)
                } else {
                    None
                }
            }
        }
    };
    let param_3 = {
        match openapi_runtime::param::cookie(req, "session").as_deref() {
            Some(text) => {
                let parsed = Some(text.to_owned());
                parsed.map(Some)
            }
            None => Some(None),
        }
    };
    let param_4 = {
        let loc = &openapi_runtime::Loc::param("cookie", "tags");
        match openapi_runtime::param::array(
            openapi_runtime::param::cookie_raw(req, "tags").as_deref(),
            "tags",
            openapi_runtime::param::Style::Form,
            false,
            openapi_runtime::param::Escaping::Percent,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: None,
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, _loc, _problems| {
                            let text = text.as_str();
                            Some(text.to_owned())
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_5 = {
        let loc = &openapi_runtime::Loc::param("cookie", "range");
        match openapi_runtime::param::object(
            openapi_runtime::param::cookie_raw(req, "range").as_deref(),
            "range",
            openapi_runtime::param::Style::Form,
            false,
            openapi_runtime::param::Escaping::Percent,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems).map(Some)
                } else {
                    None
                }
            }
        }
    };
    let param_6 = {
        let loc = &openapi_runtime::Loc::param("cookie", "range_exploded");
        match openapi_runtime::param::object(
            openapi_runtime::param::cookie_raw(req, "range_exploded").as_deref(),
            "range_exploded",
            openapi_runtime::param::Style::Form,
            true,
            openapi_runtime::param::Escaping::Percent,
            &openapi_runtime::param::ObjectShape {
                fields: &[
                    openapi_runtime::param::Field {
                        name: "min",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "max",
                        scalar: openapi_runtime::param::Scalar::Integer,
                    },
                    openapi_runtime::param::Field {
                        name: "label",
                        scalar: openapi_runtime::param::Scalar::Text,
                    },
                ],
                others: None,
                excluded: &[],
            },
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(value) => {
                let before = problems.len();
                {
                    let value = &value;
                    validate_range(value, loc, problems, after);
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems).map(Some)
                } else {
                    None
                }
            }
        }
    };
    Some(EchoHeadersCookiesParams {
        x_ids: param_0?,
        x_range: param_1?,
        x_range_exploded: param_2?,
        session: param_3?,
        tags: param_4?,
        range: param_5?,
        range_exploded: param_6?,
    })
}

/// Serves `echo_json_params`.
async fn handle_echo_json_params<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("echo_json_params", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |req, _, problems| parse_echo_json_params_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_json_params(params),
        )
        .await
}

fn parse_echo_json_params_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) -> Option<EchoJsonParamsParams> {
    let query = openapi_runtime::param::FormPairs::from_query(req);
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "doc");
        let before = problems.len();
        let parsed = match openapi_runtime::param::path(req, "doc").as_deref() {
            Some(text) => {
                match openapi_runtime::param::json(text, loc, problems) {
                    Some(value) => {
                        let before = problems.len();
                        {
                            let value = &value;
                            validate_range(value, loc, problems, after);
                        }
                        if problems.len() == before {
                            openapi_runtime::param::typed(value, loc, problems)
                        } else {
                            None
                        }
                    }
                    None => None,
                }
            }
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        };
        openapi_runtime::param::path_inputs(req, "doc", None, problems, before);
        parsed
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("query", "filter");
        match query.last("filter") {
            Some(text) => {
                match openapi_runtime::param::json(text, loc, problems) {
                    Some(value) => {
                        let before = problems.len();
                        {
                            let value = &value;
                            validate_range(value, loc, problems, after);
                        }
                        if problems.len() == before {
                            openapi_runtime::param::typed(value, loc, problems)
                        } else {
                            None
                        }
                    }
                    None => None,
                }
            }
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        }
    };
    let param_2 = {
        let loc = &openapi_runtime::Loc::param("header", "X-Words");
        match openapi_runtime::param::header(req, "X-Words").as_deref() {
            Some(text) => {
                match openapi_runtime::param::json(text, loc, problems) {
                    Some(value) => {
                        let before = problems.len();
                        {
                            let value = &value;
                            validate_words(value, loc, problems, after);
                        }
                        if problems.len() == before {
                            openapi_runtime::param::typed(value, loc, problems).map(Some)
                        } else {
                            None
                        }
                    }
                    None => None,
                }
            }
            None => Some(None),
        }
    };
    Some(EchoJsonParamsParams {
        doc: param_0?,
        filter: param_1?,
        x_words: param_2?,
    })
}

/// Serves `echo_array_limits`.
async fn handle_echo_array_limits<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("echo_array_limits", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |req, _, problems| parse_echo_array_limits_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_array_limits(params),
        )
        .await
}

fn parse_echo_array_limits_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) -> Option<EchoArrayLimitsParams> {
    let query = openapi_runtime::param::FormPairs::from_query(req);
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "path_ids");
        let before = problems.len();
        let parsed = match openapi_runtime::param::array(
            openapi_runtime::param::path_raw(
                    req,
                    "path_ids",
                    Some(
                        &openapi_runtime::param::PathSlot {
                            from_end: 0,
                            literals: &["", ""],
                            index: 0,
                        },
                    ),
                )
                .as_deref(),
            "path_ids",
            openapi_runtime::param::Style::Simple,
            false,
            openapi_runtime::param::Escaping::Percent,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                    &raw,
                    openapi_runtime::check::ItemLimits {
                        min: Some(2usize),
                        max: None,
                        unique: true,
                    },
                    loc,
                    problems,
                    |text, loc, problems| {
                        let text = text.as_str();
                        openapi_runtime::param::integer(text, loc, problems)
                    },
                )
            }
        };
        openapi_runtime::param::path_inputs(req, "path_ids", None, problems, before);
        parsed
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("query", "ids");
        match openapi_runtime::param::query_array(
            &query,
            "ids",
            openapi_runtime::param::Style::Form,
            true,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: Some(2usize),
                            max: Some(3usize),
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, loc, problems| {
                            let text = text.as_str();
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
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_2 = {
        let loc = &openapi_runtime::Loc::param("query", "codes");
        match openapi_runtime::param::query_array(
            &query,
            "codes",
            openapi_runtime::param::Style::Form,
            false,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: None,
                            unique: true,
                        },
                        loc,
                        problems,
                        |text, loc, problems| {
                            let text = text.as_str();
                            (openapi_runtime::check::max_length(
                                text,
                                3usize,
                                loc,
                                problems,
                            )
                                && openapi_runtime::check::pattern(
                                    text,
                                    &PATTERN_1,
                                    loc,
                                    problems,
                                ))
                                .then(|| text.to_owned())
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_3 = {
        let loc = &openapi_runtime::Loc::param("query", "modes");
        match openapi_runtime::param::query_array(
            &query,
            "modes",
            openapi_runtime::param::Style::PipeDelimited,
            false,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: Some(2usize),
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, loc, problems| {
                            let text = text.as_str();
                            openapi_runtime::param::enumeration::<
                                roundtrip_models::Mode,
                            >(text, &["fast", "slow_and_careful"], loc, problems)
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_4 = {
        let loc = &openapi_runtime::Loc::param("query", "short_words");
        match openapi_runtime::param::query_array(
            &query,
            "short_words",
            openapi_runtime::param::Style::Form,
            false,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: Some(2usize),
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, loc, problems| {
                            let text = text.as_str();
                            (openapi_runtime::check::min_length(
                                text,
                                2usize,
                                loc,
                                problems,
                            ))
                                .then(|| text.to_owned())
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_5 = {
        let loc = &openapi_runtime::Loc::param("header", "X-Sizes");
        match openapi_runtime::param::array(
            openapi_runtime::param::header_list(req, "X-Sizes").as_deref(),
            "X-Sizes",
            openapi_runtime::param::Style::Simple,
            false,
            openapi_runtime::param::Escaping::Header,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: Some(2usize),
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, loc, problems| {
                            let text = text.as_str();
                            openapi_runtime::param::number(text, loc, problems)
                                .filter(|value| {
                                    let value = *value;
                                    openapi_runtime::check::bound(
                                        value,
                                        openapi_runtime::check::Bound::ExclusiveMinimum,
                                        0.0,
                                        "0",
                                        loc,
                                        problems,
                                    )
                                })
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_6 = {
        let loc = &openapi_runtime::Loc::param("cookie", "picks");
        match openapi_runtime::param::array(
            openapi_runtime::param::cookie_raw(req, "picks").as_deref(),
            "picks",
            openapi_runtime::param::Style::Form,
            false,
            openapi_runtime::param::Escaping::Percent,
            loc,
            problems,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: Some(1usize),
                            max: None,
                            unique: true,
                        },
                        loc,
                        problems,
                        |text, _loc, _problems| {
                            let text = text.as_str();
                            Some(text.to_owned())
                        },
                    )
                    .map(Some)
            }
        }
    };
    Some(EchoArrayLimitsParams {
        path_ids: param_0?,
        ids: param_1?,
        codes: param_2?,
        modes: param_3?,
        short_words: param_4?,
        x_sizes: param_5?,
        picks: param_6?,
    })
}

/// Serves `echo_reserved`.
async fn handle_echo_reserved<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("echo_reserved", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |req, _, problems| parse_echo_reserved_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_reserved(params),
        )
        .await
}

fn parse_echo_reserved_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) -> Option<EchoReservedParams> {
    let query = openapi_runtime::param::FormPairs::from_query(req);
    let param_0 = {
        match query.last("target") {
            Some(text) => {
                let parsed = Some(text.to_owned());
                parsed.map(Some)
            }
            None => Some(None),
        }
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("query", "paths");
        match openapi_runtime::param::query_array(
            &query,
            "paths",
            openapi_runtime::param::Style::Form,
            false,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: None,
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, _loc, _problems| {
                            let text = text.as_str();
                            Some(text.to_owned())
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_2 = {
        let loc = &openapi_runtime::Loc::param("query", "each");
        match openapi_runtime::param::query_array(
            &query,
            "each",
            openapi_runtime::param::Style::Form,
            true,
        ) {
            openapi_runtime::param::Raw::Absent => Some(None),
            openapi_runtime::param::Raw::Invalid => None,
            openapi_runtime::param::Raw::Value(raw) => {
                openapi_runtime::check::parse_items(
                        &raw,
                        openapi_runtime::check::ItemLimits {
                            min: None,
                            max: None,
                            unique: false,
                        },
                        loc,
                        problems,
                        |text, _loc, _problems| {
                            let text = text.as_str();
                            Some(text.to_owned())
                        },
                    )
                    .map(Some)
            }
        }
    };
    let param_3 = {
        match query.last("plain") {
            Some(text) => {
                let parsed = Some(text.to_owned());
                parsed.map(Some)
            }
            None => Some(None),
        }
    };
    Some(EchoReservedParams {
        target: param_0?,
        paths: param_1?,
        each: param_2?,
        plain: param_3?,
    })
}

/// Serves `echo_split_segment`.
async fn handle_echo_split_segment<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("echo_split_segment", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |req, _, problems| parse_echo_split_segment_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_split_segment(params),
        )
        .await
}

fn parse_echo_split_segment_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) -> Option<EchoSplitSegmentParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "name");
        let before = problems.len();
        let parsed = match openapi_runtime::param::path_part(
                req,
                "name",
                Some(
                    &openapi_runtime::param::PathSlot {
                        from_end: 0,
                        literals: &["", ".", ""],
                        index: 0,
                    },
                ),
            )
            .as_deref()
        {
            Some(text) => Some(text.to_owned()),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        };
        openapi_runtime::param::path_inputs(
            req,
            "name",
            Some(
                &openapi_runtime::param::PathSlot {
                    from_end: 0,
                    literals: &["", ".", ""],
                    index: 0,
                },
            ),
            problems,
            before,
        );
        parsed
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("path", "ext");
        let before = problems.len();
        let parsed = match openapi_runtime::param::path_part(
                req,
                "ext",
                Some(
                    &openapi_runtime::param::PathSlot {
                        from_end: 0,
                        literals: &["", ".", ""],
                        index: 1,
                    },
                ),
            )
            .as_deref()
        {
            Some(text) => Some(text.to_owned()),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        };
        openapi_runtime::param::path_inputs(
            req,
            "ext",
            Some(
                &openapi_runtime::param::PathSlot {
                    from_end: 0,
                    literals: &["", ".", ""],
                    index: 1,
                },
            ),
            problems,
            before,
        );
        parsed
    };
    Some(EchoSplitSegmentParams {
        name: param_0?,
        ext: param_1?,
    })
}

/// Serves `echo_range_segment`.
async fn handle_echo_range_segment<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("echo_range_segment", false),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |req, _, problems| parse_echo_range_segment_params(
                req,
                problems,
                api.after_validation(),
            ),
            |(), params| api.echo_range_segment(params),
        )
        .await
}

fn parse_echo_range_segment_params(
    req: &actix_web::HttpRequest,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) -> Option<EchoRangeSegmentParams> {
    let param_0 = {
        let loc = &openapi_runtime::Loc::param("path", "from");
        let before = problems.len();
        let parsed = match openapi_runtime::param::path_part(
                req,
                "from",
                Some(
                    &openapi_runtime::param::PathSlot {
                        from_end: 0,
                        literals: &["v", "-", ".json"],
                        index: 0,
                    },
                ),
            )
            .as_deref()
        {
            Some(text) => Some(text.to_owned()),
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        };
        openapi_runtime::param::path_inputs(
            req,
            "from",
            Some(
                &openapi_runtime::param::PathSlot {
                    from_end: 0,
                    literals: &["v", "-", ".json"],
                    index: 0,
                },
            ),
            problems,
            before,
        );
        parsed
    };
    let param_1 = {
        let loc = &openapi_runtime::Loc::param("path", "to");
        let before = problems.len();
        let parsed = match openapi_runtime::param::path_part(
                req,
                "to",
                Some(
                    &openapi_runtime::param::PathSlot {
                        from_end: 0,
                        literals: &["v", "-", ".json"],
                        index: 1,
                    },
                ),
            )
            .as_deref()
        {
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
            None => {
                problems.push(openapi_runtime::Problem::missing(loc));
                None
            }
        };
        openapi_runtime::param::path_inputs(
            req,
            "to",
            Some(
                &openapi_runtime::param::PathSlot {
                    from_end: 0,
                    literals: &["v", "-", ".json"],
                    index: 1,
                },
            ),
            problems,
            before,
        );
        parsed
    };
    Some(EchoRangeSegmentParams {
        from: param_0?,
        to: param_1?,
    })
}

/// Serves `echo_upload`.
async fn handle_echo_upload<T: RoundtripApi>(
    api: actix_web::web::Data<T>,
    options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
    req: actix_web::HttpRequest,
    payload: actix_web::web::Payload,
) -> actix_web::HttpResponse {
    openapi_runtime::pipeline::serve(
            openapi_runtime::pipeline::Operation::new("echo_upload", true),
            options.0,
            req,
            payload,
            openapi_runtime::pipeline::Anonymous,
            |req, bytes, problems| parse_echo_upload_body(
                req,
                bytes,
                problems,
                api.after_validation(),
            ),
            |(), body| api.echo_upload(body),
        )
        .await
}

fn parse_echo_upload_body(
    req: &actix_web::HttpRequest,
    bytes: actix_web::web::Bytes,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) -> Option<roundtrip_models::Upload> {
    if bytes.is_empty() {
        {
            problems
                .push(openapi_runtime::Problem::missing(&openapi_runtime::Loc::body()));
            None
        }
    } else {
        let form = openapi_runtime::body::decode_multipart(
            req,
            &bytes,
            &[
                openapi_runtime::body::FormField {
                    name: "title",
                    scalar: openapi_runtime::body::FormScalar::Text,
                    repeated: false,
                },
                openapi_runtime::body::FormField {
                    name: "count",
                    scalar: openapi_runtime::body::FormScalar::Integer,
                    repeated: false,
                },
                openapi_runtime::body::FormField {
                    name: "tags",
                    scalar: openapi_runtime::body::FormScalar::Text,
                    repeated: true,
                },
                openapi_runtime::body::FormField {
                    name: "file",
                    scalar: openapi_runtime::body::FormScalar::Binary,
                    repeated: false,
                },
                openapi_runtime::body::FormField {
                    name: "attachments",
                    scalar: openapi_runtime::body::FormScalar::Binary,
                    repeated: true,
                },
            ],
            problems,
        )?;
        let before = problems.len();
        {
            let value = form.value();
            let loc = &openapi_runtime::Loc::body();
            validate_upload(value, loc, problems, after);
        }
        if problems.len() != before {
            problems.resolve_inputs(before, "body", form.value());
            return None;
        }
        let (value, mut files) = form.into_parts();
        let mut typed: roundtrip_models::Upload = openapi_runtime::param::typed(
            value,
            &openapi_runtime::Loc::body(),
            problems,
        )?;
        files.set("file", &mut typed.file);
        files.set("attachments", &mut typed.attachments);
        Some(typed)
    }
}

static SCHEMES_1: &[openapi_runtime::auth::Scheme] = &[
    openapi_runtime::auth::Scheme {
        name: "Token",
        kind: openapi_runtime::auth::SchemeKind::Bearer,
    },
];

static PATTERN_1: openapi_runtime::check::Pattern = openapi_runtime::check::Pattern::new(
    "^[a-z]+$",
);

/// Checks a `Filter` value, recording every problem.
fn validate_filter(
    value: &serde_json::Value,
    loc: &openapi_runtime::Loc,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) {
    let before = problems.len();
    let Some(object) = openapi_runtime::check::object(value, loc, problems) else {
        return;
    };
    if let Some(value) = object.get("color") {
        let loc = &loc.key("color");
        openapi_runtime::check::string(value, loc, problems);
    }
    if let Some(value) = object.get("size") {
        let loc = &loc.key("size");
        openapi_runtime::check::integer(value, loc, problems);
    } else {
        problems.push(openapi_runtime::Problem::missing(&loc.key("size")));
    }
    after.check::<roundtrip_models::Filter>(before, value, loc, problems);
}

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
            openapi_runtime::check::items(
                items,
                openapi_runtime::check::ItemLimits {
                    min: None,
                    max: None,
                    unique: false,
                },
                loc,
                problems,
                |value, loc, problems| {
                    openapi_runtime::check::string(value, loc, problems);
                },
            );
        }
    }
    after.check::<roundtrip_models::Note>(before, value, loc, problems);
}

/// Checks a `Range` value, recording every problem.
fn validate_range(
    value: &serde_json::Value,
    loc: &openapi_runtime::Loc,
    problems: &mut openapi_runtime::Problems,
    after: &openapi_runtime::AfterValidation,
) {
    let before = problems.len();
    let Some(object) = openapi_runtime::check::object(value, loc, problems) else {
        return;
    };
    if let Some(value) = object.get("min") {
        let loc = &loc.key("min");
        if let Some(value) = openapi_runtime::check::integer(value, loc, problems) {
            openapi_runtime::check::integer_bound(
                value,
                openapi_runtime::check::Bound::Minimum,
                0,
                loc,
                problems,
            );
        }
    } else {
        problems.push(openapi_runtime::Problem::missing(&loc.key("min")));
    }
    if let Some(value) = object.get("max") {
        let loc = &loc.key("max");
        openapi_runtime::check::integer(value, loc, problems);
    }
    if let Some(value) = object.get("label") {
        let loc = &loc.key("label");
        openapi_runtime::check::string(value, loc, problems);
    }
    after.check::<roundtrip_models::Range>(before, value, loc, problems);
}

/// Checks a `Upload` value, recording every problem.
fn validate_upload(
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
    if let Some(value) = object.get("count") {
        let loc = &loc.key("count");
        if let Some(value) = openapi_runtime::check::integer(value, loc, problems) {
            openapi_runtime::check::integer_bound(
                value,
                openapi_runtime::check::Bound::Minimum,
                0,
                loc,
                problems,
            );
        }
    }
    if let Some(value) = object.get("tags") {
        let loc = &loc.key("tags");
        if let Some(items) = openapi_runtime::check::array(value, loc, problems) {
            openapi_runtime::check::items(
                items,
                openapi_runtime::check::ItemLimits {
                    min: None,
                    max: None,
                    unique: false,
                },
                loc,
                problems,
                |value, loc, problems| {
                    openapi_runtime::check::string(value, loc, problems);
                },
            );
        }
    }
    if let Some(value) = object.get("file") {
        let loc = &loc.key("file");
        openapi_runtime::check::string(value, loc, problems);
    } else {
        problems.push(openapi_runtime::Problem::missing(&loc.key("file")));
    }
    if let Some(value) = object.get("attachments") {
        let loc = &loc.key("attachments");
        if let Some(items) = openapi_runtime::check::array(value, loc, problems) {
            openapi_runtime::check::items(
                items,
                openapi_runtime::check::ItemLimits {
                    min: None,
                    max: None,
                    unique: false,
                },
                loc,
                problems,
                |value, loc, problems| {
                    openapi_runtime::check::string(value, loc, problems);
                },
            );
        }
    }
    after.check::<roundtrip_models::Upload>(before, value, loc, problems);
}

/// Checks a `Words` value, recording every problem.
fn validate_words(
    value: &serde_json::Value,
    loc: &openapi_runtime::Loc,
    problems: &mut openapi_runtime::Problems,
    _after: &openapi_runtime::AfterValidation,
) {
    if let Some(items) = openapi_runtime::check::array(value, loc, problems) {
        openapi_runtime::check::items(
            items,
            openapi_runtime::check::ItemLimits {
                min: None,
                max: None,
                unique: false,
            },
            loc,
            problems,
            |value, loc, problems| {
                openapi_runtime::check::string(value, loc, problems);
            },
        );
    }
}

/// The OpenAPI document this crate was generated from, as JSON.
pub const OPENAPI_JSON: &str = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Round trip\",\"version\":\"1.0.0\",\"license\":{\"name\":\"MIT OR Apache-2.0\"}},\"paths\":{\"/files/{name}\":{\"get\":{\"operationId\":\"echo_path\",\"parameters\":[{\"name\":\"name\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}],\"responses\":{\"200\":{\"description\":\"The path parameter as the server read it.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/PathEcho\"}}}}}}},\"/files/{name}/versions/{version}\":{\"get\":{\"operationId\":\"echo_two_path_params\",\"parameters\":[{\"name\":\"name\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}},{\"name\":\"version\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"integer\"}}],\"responses\":{\"200\":{\"description\":\"The path parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/TwoPathEcho\"}}}}}}},\"/search\":{\"get\":{\"operationId\":\"echo_query\",\"parameters\":[{\"name\":\"q\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}},{\"name\":\"tags\",\"in\":\"query\",\"description\":\"Repeated keys (form, explode true).\",\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},{\"name\":\"ids\",\"in\":\"query\",\"description\":\"Comma-separated (form, explode false).\",\"explode\":false,\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}},{\"name\":\"mode\",\"in\":\"query\",\"schema\":{\"$ref\":\"#/components/schemas/Mode\"}},{\"name\":\"limit\",\"in\":\"query\",\"schema\":{\"type\":\"integer\",\"default\":10}},{\"name\":\"flag\",\"in\":\"query\",\"required\":true,\"schema\":{\"type\":\"boolean\"}},{\"name\":\"X-Trace\",\"in\":\"header\",\"schema\":{\"type\":\"string\"}},{\"name\":\"X-Request-Id\",\"in\":\"header\",\"description\":\"Left unset, the client generates one.\",\"schema\":{\"type\":\"string\"}}],\"responses\":{\"200\":{\"description\":\"The query and header parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/QueryEcho\"}}}}}}},\"/notes\":{\"post\":{\"operationId\":\"echo_body\",\"security\":[{\"Token\":[]}],\"requestBody\":{\"required\":true,\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Note\"}}}},\"responses\":{\"201\":{\"description\":\"The body as the server read it, and who sent it.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/NoteEcho\"}}}},\"401\":{\"description\":\"No or wrong token.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Error\"}}},\"headers\":{\"WWW-Authenticate\":{\"schema\":{\"type\":\"string\"}}}},\"422\":{\"description\":\"Validation Error\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ValidationErrors\"}}}},\"4XX\":{\"description\":\"Any other client error.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Error\"}}}}}}},\"/styles/query\":{\"get\":{\"operationId\":\"echo_query_styles\",\"description\":\"Query arrays and objects in every style.\",\"parameters\":[{\"name\":\"csv\",\"in\":\"query\",\"description\":\"form, explode false.\",\"explode\":false,\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},{\"name\":\"spaced\",\"in\":\"query\",\"style\":\"spaceDelimited\",\"explode\":false,\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},{\"name\":\"piped\",\"in\":\"query\",\"style\":\"pipeDelimited\",\"explode\":false,\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}},{\"name\":\"required_csv\",\"in\":\"query\",\"required\":true,\"explode\":false,\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},{\"name\":\"deep\",\"in\":\"query\",\"style\":\"deepObject\",\"explode\":true,\"schema\":{\"$ref\":\"#/components/schemas/Range\"}},{\"name\":\"flat\",\"in\":\"query\",\"description\":\"form, explode false.\",\"explode\":false,\"schema\":{\"$ref\":\"#/components/schemas/Range\"}},{\"name\":\"spaced_range\",\"in\":\"query\",\"style\":\"spaceDelimited\",\"explode\":false,\"schema\":{\"$ref\":\"#/components/schemas/Range\"}},{\"name\":\"piped_range\",\"in\":\"query\",\"style\":\"pipeDelimited\",\"explode\":false,\"schema\":{\"$ref\":\"#/components/schemas/Range\"}},{\"name\":\"filter\",\"in\":\"query\",\"description\":\"form, explode true; each property is a query parameter of its own.\",\"schema\":{\"$ref\":\"#/components/schemas/Filter\"}}],\"responses\":{\"200\":{\"description\":\"The parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/QueryStylesEcho\"}}}}}}},\"/styles/arrays/{simple}/{simple_x}/{label}/{label_x}/{matrix}/{matrix_x}\":{\"get\":{\"operationId\":\"echo_path_arrays\",\"description\":\"Path arrays in every style; `_x` is exploded.\",\"parameters\":[{\"name\":\"simple\",\"in\":\"path\",\"required\":true,\"schema\":{\"$ref\":\"#/components/schemas/Words\"}},{\"name\":\"simple_x\",\"in\":\"path\",\"required\":true,\"explode\":true,\"schema\":{\"$ref\":\"#/components/schemas/Words\"}},{\"name\":\"label\",\"in\":\"path\",\"required\":true,\"style\":\"label\",\"schema\":{\"$ref\":\"#/components/schemas/Words\"}},{\"name\":\"label_x\",\"in\":\"path\",\"required\":true,\"style\":\"label\",\"explode\":true,\"schema\":{\"$ref\":\"#/components/schemas/Words\"}},{\"name\":\"matrix\",\"in\":\"path\",\"required\":true,\"style\":\"matrix\",\"schema\":{\"$ref\":\"#/components/schemas/Words\"}},{\"name\":\"matrix_x\",\"in\":\"path\",\"required\":true,\"style\":\"matrix\",\"explode\":true,\"schema\":{\"$ref\":\"#/components/schemas/Words\"}}],\"responses\":{\"200\":{\"description\":\"The parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/PathArraysEcho\"}}}}}}},\"/styles/objects/{simple}/{simple_x}/{label}/{label_x}/{matrix}/{matrix_x}\":{\"get\":{\"operationId\":\"echo_path_objects\",\"description\":\"Path objects in every style; `_x` is exploded.\",\"parameters\":[{\"name\":\"simple\",\"in\":\"path\",\"required\":true,\"schema\":{\"$ref\":\"#/components/schemas/Range\"}},{\"name\":\"simple_x\",\"in\":\"path\",\"required\":true,\"explode\":true,\"schema\":{\"$ref\":\"#/components/schemas/Range\"}},{\"name\":\"label\",\"in\":\"path\",\"required\":true,\"style\":\"label\",\"schema\":{\"$ref\":\"#/components/schemas/Range\"}},{\"name\":\"label_x\",\"in\":\"path\",\"required\":true,\"style\":\"label\",\"explode\":true,\"schema\":{\"$ref\":\"#/components/schemas/Range\"}},{\"name\":\"matrix\",\"in\":\"path\",\"required\":true,\"style\":\"matrix\",\"schema\":{\"$ref\":\"#/components/schemas/Range\"}},{\"name\":\"matrix_x\",\"in\":\"path\",\"required\":true,\"style\":\"matrix\",\"explode\":true,\"schema\":{\"$ref\":\"#/components/schemas/Range\"}}],\"responses\":{\"200\":{\"description\":\"The parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/PathObjectsEcho\"}}}}}}},\"/styles/scalars/{label}/{matrix}/v{version}.json\":{\"get\":{\"operationId\":\"echo_path_scalars\",\"description\":\"Path scalars with a prefix, and one with literal text around it.\",\"parameters\":[{\"name\":\"label\",\"in\":\"path\",\"required\":true,\"style\":\"label\",\"schema\":{\"type\":\"string\"}},{\"name\":\"matrix\",\"in\":\"path\",\"required\":true,\"style\":\"matrix\",\"schema\":{\"type\":\"string\"}},{\"name\":\"version\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}}],\"responses\":{\"200\":{\"description\":\"The parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/PathScalarsEcho\"}}}}}}},\"/styles/headers-cookies\":{\"get\":{\"operationId\":\"echo_headers_cookies\",\"description\":\"Header (simple) and cookie (form) arrays and objects.\",\"parameters\":[{\"name\":\"X-Ids\",\"in\":\"header\",\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}},{\"name\":\"X-Range\",\"in\":\"header\",\"schema\":{\"$ref\":\"#/components/schemas/Range\"}},{\"name\":\"X-Range-Exploded\",\"in\":\"header\",\"explode\":true,\"schema\":{\"$ref\":\"#/components/schemas/Range\"}},{\"name\":\"session\",\"in\":\"cookie\",\"schema\":{\"type\":\"string\"}},{\"name\":\"tags\",\"in\":\"cookie\",\"explode\":false,\"schema\":{\"$ref\":\"#/components/schemas/Words\"}},{\"name\":\"range\",\"in\":\"cookie\",\"explode\":false,\"schema\":{\"$ref\":\"#/components/schemas/Range\"}},{\"name\":\"range_exploded\",\"in\":\"cookie\",\"schema\":{\"$ref\":\"#/components/schemas/Range\"}}],\"responses\":{\"200\":{\"description\":\"The parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/HeadersCookiesEcho\"}}}}}}},\"/styles/json/{doc}\":{\"get\":{\"operationId\":\"echo_json_params\",\"description\":\"Parameters described by `content` with a JSON media type.\",\"parameters\":[{\"name\":\"doc\",\"in\":\"path\",\"required\":true,\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Range\"}}}},{\"name\":\"filter\",\"in\":\"query\",\"required\":true,\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Range\"}}}},{\"name\":\"X-Words\",\"in\":\"header\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Words\"}}}}],\"responses\":{\"200\":{\"description\":\"The parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/JsonParamsEcho\"}}}}}}},\"/limits/{path_ids}\":{\"get\":{\"operationId\":\"echo_array_limits\",\"description\":\"Parameter arrays with minItems, maxItems, uniqueItems and item constraints.\",\"parameters\":[{\"name\":\"path_ids\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"array\",\"minItems\":2,\"uniqueItems\":true,\"items\":{\"type\":\"integer\"}}},{\"name\":\"ids\",\"in\":\"query\",\"description\":\"form, explode true.\",\"schema\":{\"type\":\"array\",\"minItems\":2,\"maxItems\":3,\"items\":{\"type\":\"integer\",\"minimum\":0}}},{\"name\":\"codes\",\"in\":\"query\",\"description\":\"form, explode false.\",\"explode\":false,\"schema\":{\"type\":\"array\",\"uniqueItems\":true,\"items\":{\"type\":\"string\",\"maxLength\":3,\"pattern\":\"^[a-z]+$\"}}},{\"name\":\"modes\",\"in\":\"query\",\"style\":\"pipeDelimited\",\"explode\":false,\"schema\":{\"type\":\"array\",\"maxItems\":2,\"items\":{\"$ref\":\"#/components/schemas/Mode\"}}},{\"name\":\"short_words\",\"in\":\"query\",\"description\":\"The limits are those of the component.\",\"explode\":false,\"schema\":{\"$ref\":\"#/components/schemas/ShortWords\"}},{\"name\":\"X-Sizes\",\"in\":\"header\",\"schema\":{\"type\":\"array\",\"maxItems\":2,\"items\":{\"type\":\"number\",\"exclusiveMinimum\":0}}},{\"name\":\"picks\",\"in\":\"cookie\",\"explode\":false,\"schema\":{\"type\":\"array\",\"minItems\":1,\"uniqueItems\":true,\"items\":{\"type\":\"string\"}}}],\"responses\":{\"200\":{\"description\":\"The parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ArrayLimitsEcho\"}}}}}}},\"/reserved\":{\"get\":{\"operationId\":\"echo_reserved\",\"description\":\"Query parameters with allowReserved, and one without.\",\"parameters\":[{\"name\":\"target\",\"in\":\"query\",\"allowReserved\":true,\"schema\":{\"type\":\"string\"}},{\"name\":\"paths\",\"in\":\"query\",\"explode\":false,\"allowReserved\":true,\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},{\"name\":\"each\",\"in\":\"query\",\"allowReserved\":true,\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},{\"name\":\"plain\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}}],\"responses\":{\"200\":{\"description\":\"The parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ReservedEcho\"}}}}}}},\"/split/{name}.{ext}\":{\"get\":{\"operationId\":\"echo_split_segment\",\"description\":\"Two parameters in one segment, around a dot.\",\"parameters\":[{\"name\":\"name\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}},{\"name\":\"ext\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}],\"responses\":{\"200\":{\"description\":\"The parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/SplitEcho\"}}}}}}},\"/range/v{from}-{to}.json\":{\"get\":{\"operationId\":\"echo_range_segment\",\"description\":\"Two parameters in one segment with literal text around them; `to` is an integer.\",\"parameters\":[{\"name\":\"from\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}},{\"name\":\"to\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"integer\",\"minimum\":0}}],\"responses\":{\"200\":{\"description\":\"The parameters as the server read them.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/RangeSegmentEcho\"}}}}}}},\"/uploads\":{\"post\":{\"operationId\":\"echo_upload\",\"description\":\"A multipart form with text, repeated and file properties.\",\"security\":[],\"requestBody\":{\"required\":true,\"content\":{\"multipart/form-data\":{\"schema\":{\"$ref\":\"#/components/schemas/Upload\"}}}},\"responses\":{\"200\":{\"description\":\"The form as the server read it.\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/UploadEcho\"}}}},\"422\":{\"description\":\"Validation Error\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/ValidationErrors\"}}}}}}}},\"components\":{\"securitySchemes\":{\"Token\":{\"type\":\"http\",\"scheme\":\"bearer\"}},\"schemas\":{\"Upload\":{\"type\":\"object\",\"required\":[\"title\",\"file\"],\"properties\":{\"title\":{\"type\":\"string\",\"minLength\":1},\"count\":{\"type\":\"integer\",\"minimum\":0},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"file\":{\"type\":\"string\",\"format\":\"binary\"},\"attachments\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"format\":\"binary\"}}}},\"UploadEcho\":{\"type\":\"object\",\"required\":[\"title\",\"file\",\"attachments\"],\"properties\":{\"title\":{\"type\":\"string\"},\"count\":{\"type\":\"integer\"},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"file\":{\"description\":\"The file's bytes.\",\"type\":\"array\",\"items\":{\"type\":\"integer\"}},\"attachments\":{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}}}},\"Words\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"ShortWords\":{\"type\":\"array\",\"maxItems\":2,\"items\":{\"type\":\"string\",\"minLength\":2}},\"ArrayLimitsEcho\":{\"type\":\"object\",\"required\":[\"path_ids\"],\"properties\":{\"path_ids\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}},\"ids\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}},\"codes\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"modes\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Mode\"}},\"short_words\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"sizes\":{\"type\":\"array\",\"items\":{\"type\":\"number\"}},\"picks\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}},\"ReservedEcho\":{\"type\":\"object\",\"properties\":{\"target\":{\"type\":\"string\"},\"paths\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"each\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"plain\":{\"type\":\"string\"}}},\"SplitEcho\":{\"type\":\"object\",\"required\":[\"name\",\"ext\"],\"properties\":{\"name\":{\"type\":\"string\"},\"ext\":{\"type\":\"string\"}}},\"RangeSegmentEcho\":{\"type\":\"object\",\"required\":[\"from\",\"to\"],\"properties\":{\"from\":{\"type\":\"string\"},\"to\":{\"type\":\"integer\"}}},\"Range\":{\"type\":\"object\",\"required\":[\"min\"],\"properties\":{\"min\":{\"type\":\"integer\",\"minimum\":0},\"max\":{\"type\":\"integer\"},\"label\":{\"type\":\"string\"}}},\"Filter\":{\"type\":\"object\",\"required\":[\"size\"],\"properties\":{\"color\":{\"type\":\"string\"},\"size\":{\"type\":\"integer\"}}},\"QueryStylesEcho\":{\"type\":\"object\",\"required\":[\"required_csv\"],\"properties\":{\"csv\":{\"$ref\":\"#/components/schemas/Words\"},\"spaced\":{\"$ref\":\"#/components/schemas/Words\"},\"piped\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}},\"required_csv\":{\"$ref\":\"#/components/schemas/Words\"},\"deep\":{\"$ref\":\"#/components/schemas/Range\"},\"flat\":{\"$ref\":\"#/components/schemas/Range\"},\"spaced_range\":{\"$ref\":\"#/components/schemas/Range\"},\"piped_range\":{\"$ref\":\"#/components/schemas/Range\"},\"filter\":{\"$ref\":\"#/components/schemas/Filter\"}}},\"PathArraysEcho\":{\"type\":\"object\",\"required\":[\"simple\",\"simple_x\",\"label\",\"label_x\",\"matrix\",\"matrix_x\"],\"properties\":{\"simple\":{\"$ref\":\"#/components/schemas/Words\"},\"simple_x\":{\"$ref\":\"#/components/schemas/Words\"},\"label\":{\"$ref\":\"#/components/schemas/Words\"},\"label_x\":{\"$ref\":\"#/components/schemas/Words\"},\"matrix\":{\"$ref\":\"#/components/schemas/Words\"},\"matrix_x\":{\"$ref\":\"#/components/schemas/Words\"}}},\"PathObjectsEcho\":{\"type\":\"object\",\"required\":[\"simple\",\"simple_x\",\"label\",\"label_x\",\"matrix\",\"matrix_x\"],\"properties\":{\"simple\":{\"$ref\":\"#/components/schemas/Range\"},\"simple_x\":{\"$ref\":\"#/components/schemas/Range\"},\"label\":{\"$ref\":\"#/components/schemas/Range\"},\"label_x\":{\"$ref\":\"#/components/schemas/Range\"},\"matrix\":{\"$ref\":\"#/components/schemas/Range\"},\"matrix_x\":{\"$ref\":\"#/components/schemas/Range\"}}},\"PathScalarsEcho\":{\"type\":\"object\",\"required\":[\"label\",\"matrix\",\"version\"],\"properties\":{\"label\":{\"type\":\"string\"},\"matrix\":{\"type\":\"string\"},\"version\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}}},\"HeadersCookiesEcho\":{\"type\":\"object\",\"properties\":{\"ids\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}},\"range\":{\"$ref\":\"#/components/schemas/Range\"},\"range_exploded\":{\"$ref\":\"#/components/schemas/Range\"},\"session\":{\"type\":\"string\"},\"tags\":{\"$ref\":\"#/components/schemas/Words\"},\"cookie_range\":{\"$ref\":\"#/components/schemas/Range\"},\"cookie_range_exploded\":{\"$ref\":\"#/components/schemas/Range\"}}},\"JsonParamsEcho\":{\"type\":\"object\",\"required\":[\"doc\",\"filter\"],\"properties\":{\"doc\":{\"$ref\":\"#/components/schemas/Range\"},\"filter\":{\"$ref\":\"#/components/schemas/Range\"},\"words\":{\"$ref\":\"#/components/schemas/Words\"}}},\"Mode\":{\"type\":\"string\",\"enum\":[\"fast\",\"slow_and_careful\"]},\"PathEcho\":{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{\"name\":{\"type\":\"string\"}}},\"TwoPathEcho\":{\"type\":\"object\",\"required\":[\"name\",\"version\"],\"properties\":{\"name\":{\"type\":\"string\"},\"version\":{\"type\":\"integer\"}}},\"QueryEcho\":{\"type\":\"object\",\"required\":[\"tags\",\"ids\",\"limit\",\"flag\"],\"properties\":{\"q\":{\"type\":\"string\"},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"ids\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}},\"mode\":{\"$ref\":\"#/components/schemas/Mode\"},\"limit\":{\"type\":\"integer\"},\"flag\":{\"type\":\"boolean\"},\"trace\":{\"type\":\"string\"},\"request_id\":{\"type\":\"string\"}}},\"Note\":{\"type\":\"object\",\"required\":[\"title\"],\"properties\":{\"title\":{\"type\":\"string\",\"minLength\":1},\"body\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"null\"}]},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}},\"NoteEcho\":{\"type\":\"object\",\"required\":[\"note\",\"principal\"],\"properties\":{\"note\":{\"$ref\":\"#/components/schemas/Note\"},\"principal\":{\"type\":\"string\"}}},\"Error\":{\"type\":\"object\",\"required\":[\"detail\"],\"properties\":{\"detail\":{\"type\":\"string\"}}},\"ValidationErrors\":{\"type\":\"object\",\"properties\":{\"detail\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"loc\":{\"type\":\"array\",\"items\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]}},\"msg\":{\"type\":\"string\"},\"type\":{\"type\":\"string\"}}}}}}}}}";

/// The OpenAPI document, parsed ([`OPENAPI_JSON`] is valid JSON by construction).
pub fn openapi_document() -> serde_json::Value {
    serde_json::from_str(OPENAPI_JSON).unwrap_or_default()
}
