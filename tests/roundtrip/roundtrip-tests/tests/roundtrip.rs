//! Values sent by the generated client arrive unchanged at the trait behind the generated
//! glue: each operation of tests/specs/client-roundtrip.yaml echoes what the glue handed
//! it, and the test compares the echo with what it sent.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use actix_web::{App, HttpServer, web};
use openapi_runtime::{AuthError, Credentials, GlueOptions, HandlerError, Patch};
use roundtrip_api::{
    EchoArrayLimitsParams, EchoHeadersCookiesParams, EchoJsonParamsParams, EchoPathArraysParams,
    EchoPathObjectsParams, EchoPathParams, EchoPathScalarsParams, EchoQueryParams,
    EchoQueryStylesParams, EchoRangeSegmentParams, EchoReservedParams, EchoSplitSegmentParams,
    EchoTwoPathParamsParams, RoundtripApi,
};
use roundtrip_client::{ClientError, RetryPolicy, RoundtripClient};
use roundtrip_models::responses::{
    EchoArrayLimitsResponse, EchoBodyResponse, EchoHeadersCookiesResponse, EchoJsonParamsResponse,
    EchoPathArraysResponse, EchoPathObjectsResponse, EchoPathResponse, EchoPathScalarsResponse,
    EchoQueryResponse, EchoQueryStylesResponse, EchoRangeSegmentResponse, EchoReservedResponse,
    EchoSplitSegmentResponse, EchoTwoPathParamsResponse, EchoUploadResponse,
};
use roundtrip_models::{
    ArrayLimitsEcho, Filter, HeadersCookiesEcho, JsonParamsEcho, Mode, Note, NoteEcho,
    PathArraysEcho, PathEcho, PathObjectsEcho, PathScalarsEcho, QueryEcho, QueryStylesEcho, Range,
    RangeSegmentEcho, ReservedEcho, SplitEcho, TwoPathEcho, Upload, UploadEcho,
};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const TOKEN: &str = "s3cret-token";

/// Echoes every request.
struct Echo;

impl RoundtripApi for Echo {
    type Principal = String;

    async fn authenticate(&self, credentials: Credentials) -> Result<String, AuthError> {
        match credentials {
            Credentials::Bearer { token, .. } if token == TOKEN => Ok(token),
            _ => Err(AuthError::Invalid),
        }
    }

    async fn echo_path(&self, params: EchoPathParams) -> Result<EchoPathResponse, HandlerError> {
        Ok(EchoPathResponse::Ok(PathEcho { name: params.name }))
    }

    async fn echo_two_path_params(
        &self,
        params: EchoTwoPathParamsParams,
    ) -> Result<EchoTwoPathParamsResponse, HandlerError> {
        Ok(EchoTwoPathParamsResponse::Ok(TwoPathEcho {
            name: params.name,
            version: params.version,
        }))
    }

    async fn echo_query(&self, params: EchoQueryParams) -> Result<EchoQueryResponse, HandlerError> {
        Ok(EchoQueryResponse::Ok(QueryEcho {
            q: params.q,
            tags: params.tags.unwrap_or_default(),
            ids: params.ids.unwrap_or_default(),
            mode: params.mode,
            limit: params.limit,
            flag: params.flag,
            trace: params.x_trace,
            request_id: params.x_request_id,
        }))
    }

    async fn echo_query_styles(
        &self,
        params: EchoQueryStylesParams,
    ) -> Result<EchoQueryStylesResponse, HandlerError> {
        Ok(EchoQueryStylesResponse::Ok(QueryStylesEcho {
            csv: params.csv,
            spaced: params.spaced,
            piped: params.piped,
            required_csv: params.required_csv,
            deep: params.deep,
            flat: params.flat,
            spaced_range: params.spaced_range,
            piped_range: params.piped_range,
            filter: params.filter,
        }))
    }

    async fn echo_path_arrays(
        &self,
        params: EchoPathArraysParams,
    ) -> Result<EchoPathArraysResponse, HandlerError> {
        Ok(EchoPathArraysResponse::Ok(PathArraysEcho {
            simple: params.simple,
            simple_x: params.simple_x,
            label: params.label,
            label_x: params.label_x,
            matrix: params.matrix,
            matrix_x: params.matrix_x,
        }))
    }

    async fn echo_path_objects(
        &self,
        params: EchoPathObjectsParams,
    ) -> Result<EchoPathObjectsResponse, HandlerError> {
        Ok(EchoPathObjectsResponse::Ok(PathObjectsEcho {
            simple: params.simple,
            simple_x: params.simple_x,
            label: params.label,
            label_x: params.label_x,
            matrix: params.matrix,
            matrix_x: params.matrix_x,
        }))
    }

    async fn echo_path_scalars(
        &self,
        params: EchoPathScalarsParams,
    ) -> Result<EchoPathScalarsResponse, HandlerError> {
        Ok(EchoPathScalarsResponse::Ok(PathScalarsEcho {
            label: params.label,
            matrix: params.matrix,
            version: params.version,
        }))
    }

    async fn echo_headers_cookies(
        &self,
        params: EchoHeadersCookiesParams,
    ) -> Result<EchoHeadersCookiesResponse, HandlerError> {
        Ok(EchoHeadersCookiesResponse::Ok(HeadersCookiesEcho {
            ids: params.x_ids,
            range: params.x_range,
            range_exploded: params.x_range_exploded,
            session: params.session,
            tags: params.tags,
            cookie_range: params.range,
            cookie_range_exploded: params.range_exploded,
        }))
    }

    async fn echo_json_params(
        &self,
        params: EchoJsonParamsParams,
    ) -> Result<EchoJsonParamsResponse, HandlerError> {
        Ok(EchoJsonParamsResponse::Ok(JsonParamsEcho {
            doc: params.doc,
            filter: params.filter,
            words: params.x_words,
        }))
    }

    async fn echo_array_limits(
        &self,
        params: EchoArrayLimitsParams,
    ) -> Result<EchoArrayLimitsResponse, HandlerError> {
        Ok(EchoArrayLimitsResponse::Ok(ArrayLimitsEcho {
            path_ids: params.path_ids,
            ids: params.ids,
            codes: params.codes,
            modes: params.modes,
            short_words: params.short_words,
            sizes: params.x_sizes,
            picks: params.picks,
        }))
    }

    async fn echo_reserved(
        &self,
        params: EchoReservedParams,
    ) -> Result<EchoReservedResponse, HandlerError> {
        Ok(EchoReservedResponse::Ok(ReservedEcho {
            target: params.target,
            paths: params.paths,
            each: params.each,
            plain: params.plain,
        }))
    }

    async fn echo_split_segment(
        &self,
        params: EchoSplitSegmentParams,
    ) -> Result<EchoSplitSegmentResponse, HandlerError> {
        Ok(EchoSplitSegmentResponse::Ok(SplitEcho {
            name: params.name,
            ext: params.ext,
        }))
    }

    async fn echo_range_segment(
        &self,
        params: EchoRangeSegmentParams,
    ) -> Result<EchoRangeSegmentResponse, HandlerError> {
        Ok(EchoRangeSegmentResponse::Ok(RangeSegmentEcho {
            from: params.from,
            to: params.to,
        }))
    }

    async fn echo_body(
        &self,
        principal: String,
        body: Note,
    ) -> Result<EchoBodyResponse, HandlerError> {
        Ok(EchoBodyResponse::Created(NoteEcho {
            note: body,
            principal,
        }))
    }

    async fn echo_upload(&self, body: Upload) -> Result<EchoUploadResponse, HandlerError> {
        let numbers = |bytes: &[u8]| bytes.iter().map(|&byte| i64::from(byte)).collect();
        Ok(EchoUploadResponse::Ok(UploadEcho {
            title: body.title,
            count: body.count,
            tags: body.tags,
            file: numbers(&body.file),
            attachments: body
                .attachments
                .unwrap_or_default()
                .iter()
                .map(|file| numbers(file))
                .collect(),
        }))
    }
}

/// Serves `Echo` on a free port until the returned handle is stopped.
async fn serve() -> anyhow::Result<(String, actix_web::dev::ServerHandle)> {
    let api = web::Data::new(Echo);
    let server = HttpServer::new(move || {
        let api = api.clone();
        App::new().configure(|cfg| roundtrip_api::configure(cfg, api, GlueOptions::default()))
    })
    .workers(1)
    .disable_signals()
    .bind("127.0.0.1:0")?;
    let addr = server.addrs()[0];
    let server = server.run();
    let handle = server.handle();
    tokio::spawn(server);
    Ok((format!("http://{addr}"), handle))
}

fn client(base_url: &str) -> anyhow::Result<RoundtripClient> {
    Ok(RoundtripClient::builder(base_url)
        .token_token(TOKEN)
        .build()?)
}

#[tokio::test]
async fn path_parameters_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    for name in [
        "plain",
        "a/b",
        "what?",
        "#hash",
        "with space",
        "100%",
        "a+b",
        "semi;colon,comma",
        // (A whole segment of `.` or `..` cannot be sent: URL parsers, reqwest's
        // included, remove dot segments even when percent-encoded.)
        "dots..",
        ".hidden",
        "café ☕ 東京",
        "%2F",
        "tab\tnew\nline",
    ] {
        let echoed = client.echo_path(name).await?;
        assert_eq!(
            echoed,
            EchoPathResponse::Ok(PathEcho { name: name.into() }),
            "{name:?}"
        );
    }
    let echoed = client.echo_two_path_params("x/y z", 7).await?;
    assert_eq!(
        echoed,
        EchoTwoPathParamsResponse::Ok(TwoPathEcho {
            name: "x/y z".into(),
            version: 7
        })
    );
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn query_and_header_parameters_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    let params = roundtrip_client::EchoQueryParams {
        q: Some("a&b=c d+e/é#?".into()),
        tags: Some(vec!["x,y".into(), "".into(), "z&w".into(), "ü".into()]),
        ids: Some(vec![3, -1, 2]),
        mode: Some(Mode::SlowAndCareful),
        limit: Some(25),
        flag: true,
        x_trace: Some("trace-1".into()),
        x_request_id: None,
    };
    let EchoQueryResponse::Ok(echoed) = client.echo_query(&params).await?;
    // Unset, the request id is generated: 128 random bits in hex.
    let generated = echoed.request_id.clone().unwrap_or_default();
    assert!(
        generated.len() == 32 && generated.bytes().all(|b| b.is_ascii_hexdigit()),
        "{generated:?}"
    );
    assert_eq!(
        echoed,
        QueryEcho {
            q: params.q.clone(),
            tags: params.tags.clone().unwrap_or_default(),
            ids: vec![3, -1, 2],
            mode: Some(Mode::SlowAndCareful),
            limit: 25,
            flag: true,
            trace: Some("trace-1".into()),
            request_id: Some(generated.clone()),
        }
    );
    let EchoQueryResponse::Ok(again) = client.echo_query(&params).await?;
    assert_ne!(again.request_id, Some(generated), "a fresh id per request");
    let EchoQueryResponse::Ok(chosen) = client
        .with_request_id("caller-chosen-id")
        .echo_query(&params)
        .await?;
    assert_eq!(chosen.request_id.as_deref(), Some("caller-chosen-id"));

    // Left out, optional parameters are absent and the document's default applies.
    let EchoQueryResponse::Ok(echoed) = client
        .echo_query(&roundtrip_client::EchoQueryParams {
            q: None,
            tags: None,
            ids: None,
            mode: None,
            limit: None,
            flag: false,
            x_trace: None,
            x_request_id: Some("set-as-a-parameter".into()),
        })
        .await?;
    assert_eq!(
        echoed,
        QueryEcho {
            q: None,
            tags: Vec::new(),
            ids: Vec::new(),
            mode: None,
            limit: 10,
            flag: false,
            trace: None,
            request_id: Some("set-as-a-parameter".into()),
        }
    );
    server.stop(false).await;
    Ok(())
}

fn words(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| (*item).to_owned()).collect()
}

fn range(min: i64, max: Option<i64>, label: Option<&str>) -> Range {
    Range {
        min,
        max,
        label: label.map(str::to_owned),
    }
}

/// Text with every character that is a delimiter in some style.
const RESERVED: &str = "a,b;c=d.e|f&g?h#i/j[k]l%m+n é";

#[tokio::test]
async fn query_styles_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    let params = roundtrip_client::EchoQueryStylesParams {
        csv: Some(words(&[RESERVED, "", "plain"])),
        // No space and no `|` in the items: those styles have no escape for them.
        spaced: Some(words(&["a,b", "c+d", "%41", "é"])),
        piped: Some(vec![1, -2, 3]),
        required_csv: words(&["only"]),
        deep: Some(range(0, Some(10), Some(RESERVED))),
        flat: Some(range(1, None, Some(RESERVED))),
        spaced_range: Some(range(2, Some(3), Some("p|q,r"))),
        piped_range: Some(range(4, None, Some("s t,u"))),
        filter: Some(Filter {
            color: Some(RESERVED.into()),
            size: 7,
        }),
    };
    let EchoQueryStylesResponse::Ok(echoed) = client.echo_query_styles(&params).await?;
    assert_eq!(
        echoed,
        QueryStylesEcho {
            csv: params.csv.clone(),
            spaced: params.spaced.clone(),
            piped: params.piped.clone(),
            required_csv: params.required_csv.clone(),
            deep: params.deep.clone(),
            flat: params.flat.clone(),
            spaced_range: params.spaced_range.clone(),
            piped_range: params.piped_range.clone(),
            filter: params.filter.clone(),
        }
    );

    // Empty arrays and objects in the styles that can say so; absent stays absent.
    let empty = roundtrip_client::EchoQueryStylesParams {
        csv: Some(Vec::new()),
        spaced: Some(Vec::new()),
        piped: Some(Vec::new()),
        required_csv: Vec::new(),
        deep: None,
        flat: None,
        spaced_range: None,
        piped_range: None,
        filter: None,
    };
    let EchoQueryStylesResponse::Ok(echoed) = client.echo_query_styles(&empty).await?;
    assert_eq!(
        echoed,
        QueryStylesEcho {
            csv: Some(Vec::new()),
            spaced: Some(Vec::new()),
            piped: Some(Vec::new()),
            required_csv: Vec::new(),
            deep: None,
            flat: None,
            spaced_range: None,
            piped_range: None,
            filter: None,
        }
    );

    // A value its style cannot carry is refused by the client, not sent misread.
    for refused in [
        roundtrip_client::EchoQueryStylesParams {
            spaced: Some(words(&["a b"])),
            ..empty.clone()
        },
        roundtrip_client::EchoQueryStylesParams {
            spaced_range: Some(range(1, None, Some("a b"))),
            ..empty.clone()
        },
        roundtrip_client::EchoQueryStylesParams {
            required_csv: words(&[""]),
            ..empty.clone()
        },
    ] {
        let outcome = client.echo_query_styles(&refused).await;
        assert!(
            matches!(outcome, Err(ClientError::Request(_))),
            "{outcome:?}"
        );
    }
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn path_styles_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    let sent = PathArraysEcho {
        simple: words(&[RESERVED, "", "x"]),
        simple_x: words(&["1", RESERVED]),
        label: words(&[RESERVED, "y"]),
        label_x: words(&["", RESERVED, "dots.."]),
        matrix: words(&[RESERVED, ""]),
        matrix_x: words(&[RESERVED, "z"]),
    };
    let echoed = client
        .echo_path_arrays(
            sent.simple.clone(),
            sent.simple_x.clone(),
            sent.label.clone(),
            sent.label_x.clone(),
            sent.matrix.clone(),
            sent.matrix_x.clone(),
        )
        .await?;
    assert_eq!(echoed, EchoPathArraysResponse::Ok(sent));

    let sent = PathObjectsEcho {
        simple: range(1, Some(2), Some(RESERVED)),
        simple_x: range(3, None, Some(RESERVED)),
        label: range(4, Some(5), Some(RESERVED)),
        label_x: range(6, None, Some(RESERVED)),
        matrix: range(7, Some(8), Some(RESERVED)),
        matrix_x: range(9, None, Some(RESERVED)),
    };
    let echoed = client
        .echo_path_objects(
            sent.simple.clone(),
            sent.simple_x.clone(),
            sent.label.clone(),
            sent.label_x.clone(),
            sent.matrix.clone(),
            sent.matrix_x.clone(),
        )
        .await?;
    assert_eq!(echoed, EchoPathObjectsResponse::Ok(sent));

    // (An empty label value cannot be sent: its segment would be `.`, which URL parsers
    // remove.)
    for (label, matrix) in [(RESERVED, RESERVED), ("x", ""), ("v1.2", "x=y")] {
        let echoed = client
            .echo_path_scalars(label, matrix, vec![1, 22, -3])
            .await?;
        assert_eq!(
            echoed,
            EchoPathScalarsResponse::Ok(PathScalarsEcho {
                label: label.into(),
                matrix: matrix.into(),
                version: vec![1, 22, -3],
            }),
            "{label:?} {matrix:?}"
        );
    }
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn header_and_cookie_styles_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    // Header values are not escaped: no `,` inside an item.
    let params = roundtrip_client::EchoHeadersCookiesParams {
        x_ids: Some(vec![1, -2, 3]),
        x_range: Some(range(1, Some(2), Some("a b;c=d"))),
        x_range_exploded: Some(range(3, None, Some("e;f"))),
        session: Some(RESERVED.into()),
        tags: Some(words(&[RESERVED, "", "t"])),
        range: Some(range(4, Some(5), Some(RESERVED))),
        range_exploded: Some(range(6, None, Some(RESERVED))),
    };
    let EchoHeadersCookiesResponse::Ok(echoed) = client.echo_headers_cookies(&params).await?;
    assert_eq!(
        echoed,
        HeadersCookiesEcho {
            ids: params.x_ids.clone(),
            range: params.x_range.clone(),
            range_exploded: params.x_range_exploded.clone(),
            session: params.session.clone(),
            tags: params.tags.clone(),
            cookie_range: params.range.clone(),
            cookie_range_exploded: params.range_exploded.clone(),
        }
    );
    let refused = client
        .echo_headers_cookies(&roundtrip_client::EchoHeadersCookiesParams {
            x_range: Some(range(1, None, Some("a,b"))),
            ..Default::default()
        })
        .await;
    assert!(
        matches!(refused, Err(ClientError::Request(_))),
        "{refused:?}"
    );
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn json_content_parameters_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    let doc = range(1, Some(2), Some(RESERVED));
    let params = roundtrip_client::EchoJsonParamsParams {
        filter: range(3, None, Some(RESERVED)),
        x_words: Some(words(&["a,b", "c"])),
    };
    let EchoJsonParamsResponse::Ok(echoed) = client.echo_json_params(doc.clone(), &params).await?;
    assert_eq!(
        echoed,
        JsonParamsEcho {
            doc,
            filter: params.filter.clone(),
            words: params.x_words.clone(),
        }
    );
    server.stop(false).await;
    Ok(())
}

/// Sends `GET path_and_query` with `headers`, answering the status and the JSON body.
async fn raw_get(
    base_url: &str,
    path_and_query: &str,
    headers: &[(&str, &str)],
) -> anyhow::Result<(u16, Value)> {
    let http = roundtrip_client::reqwest::Client::new();
    let mut request = http.get(format!("{base_url}{path_and_query}"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await?;
    let status = response.status().as_u16();
    let body: Value = serde_json::from_slice(&response.bytes().await?)?;
    Ok((status, body))
}

/// `(loc, type)` of each problem of a 422 body.
fn problems(body: &Value) -> Vec<(Value, String)> {
    body["detail"]
        .as_array()
        .map(|detail| {
            detail
                .iter()
                .map(|problem| {
                    (
                        problem["loc"].clone(),
                        problem["type"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A request (path and query, headers) and the `(loc, type)` of the problems it gets.
type MalformedCase = (
    &'static str,
    Vec<(&'static str, &'static str)>,
    Vec<(Value, &'static str)>,
);

#[tokio::test]
async fn malformed_styled_values_are_422s_at_their_loc() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let cases: Vec<MalformedCase> = vec![
        (
            "/styles/query?deep%5Bmin%5D=x&flat=min,1,max&piped=1|two&spaced_range=min%20-1",
            vec![],
            vec![
                (json!(["query", "piped", 1]), "int_parsing"),
                (json!(["query", "required_csv"]), "missing"),
                (json!(["query", "deep", "min"]), "int_parsing"),
                (json!(["query", "flat"]), "value_error"),
                (
                    json!(["query", "spaced_range", "min"]),
                    "greater_than_equal",
                ),
            ],
        ),
        (
            // The properties of an exploded form object are query parameters.
            "/styles/query?required_csv=&color=red&size=big",
            vec![],
            vec![(json!(["query", "size"]), "int_parsing")],
        ),
        (
            "/styles/query?required_csv=&color=red",
            vec![],
            vec![(json!(["query", "size"]), "missing")],
        ),
        (
            "/styles/scalars/no-dot/no-semicolon/vone.json",
            vec![],
            vec![
                (json!(["path", "label"]), "value_error"),
                (json!(["path", "matrix"]), "value_error"),
                (json!(["path", "version", 0]), "int_parsing"),
            ],
        ),
        (
            "/styles/objects/min,1,max/min=1,max/.min,x/.min/;simple=min,1/;matrix_x",
            vec![],
            vec![
                (json!(["path", "simple"]), "value_error"),
                (json!(["path", "simple_x"]), "value_error"),
                (json!(["path", "label", "min"]), "int_parsing"),
                (json!(["path", "label_x"]), "value_error"),
                (json!(["path", "matrix"]), "value_error"),
                (json!(["path", "matrix_x", "min"]), "missing"),
            ],
        ),
        (
            "/styles/headers-cookies",
            vec![
                ("x-ids", "1, x"),
                ("x-range", "min"),
                ("cookie", "range=min,-1; range_exploded=min"),
            ],
            vec![
                (json!(["header", "X-Ids", 1]), "int_parsing"),
                (json!(["header", "X-Range"]), "value_error"),
                (json!(["cookie", "range", "min"]), "greater_than_equal"),
                (json!(["cookie", "range_exploded"]), "value_error"),
            ],
        ),
        (
            "/styles/json/%7Bnot-json?filter=%7B%7D",
            vec![("x-words", "[1]")],
            vec![
                (json!(["path", "doc"]), "json_invalid"),
                (json!(["query", "filter", "min"]), "missing"),
                (json!(["header", "X-Words", 0]), "string_type"),
            ],
        ),
    ];
    for (path, headers, expected) in cases {
        let (status, body) = raw_get(&base_url, path, &headers).await?;
        assert_eq!(status, 422, "{path}: {body}");
        let expected: Vec<(Value, String)> = expected
            .into_iter()
            .map(|(loc, kind)| (loc, kind.to_owned()))
            .collect();
        assert_eq!(problems(&body), expected, "{path}: {body}");
    }
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn parameter_arrays_within_their_limits_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    let params = roundtrip_client::EchoArrayLimitsParams {
        ids: Some(vec![0, 5, 5]),
        codes: Some(words(&["ab", "c"])),
        modes: Some(vec![Mode::Fast, Mode::Fast]),
        short_words: Some(words(&["ab", "c,d"])),
        x_sizes: Some(vec![0.5, 2.0]),
        picks: Some(words(&["x", "y z"])),
    };
    let EchoArrayLimitsResponse::Ok(echoed) = client.echo_array_limits(vec![2, 1], &params).await?;
    assert_eq!(
        echoed,
        ArrayLimitsEcho {
            path_ids: vec![2, 1],
            ids: params.ids.clone(),
            codes: params.codes.clone(),
            modes: params.modes.clone(),
            short_words: params.short_words.clone(),
            sizes: params.x_sizes.clone(),
            picks: params.picks.clone(),
        }
    );
    // Absent arrays are not too short: they are absent.
    let EchoArrayLimitsResponse::Ok(echoed) = client
        .echo_array_limits(vec![1, 2], &Default::default())
        .await?;
    assert_eq!(
        echoed,
        ArrayLimitsEcho {
            path_ids: vec![1, 2],
            ids: None,
            codes: None,
            modes: None,
            short_words: None,
            sizes: None,
            picks: None,
        }
    );
    // Beyond the limits, the glue's 422 reaches the client as an error.
    let outcome = client
        .echo_array_limits(
            vec![1, 2],
            &roundtrip_client::EchoArrayLimitsParams {
                ids: Some(vec![1]),
                ..Default::default()
            },
        )
        .await;
    assert_eq!(outcome.err().and_then(|err| err.status()), Some(422));
    server.stop(false).await;
    Ok(())
}

/// `(loc, type, msg)` of each problem of a 422 body.
fn problems_with_messages(body: &Value) -> Vec<(Value, String, String)> {
    body["detail"]
        .as_array()
        .map(|detail| {
            detail
                .iter()
                .map(|problem| {
                    (
                        problem["loc"].clone(),
                        problem["type"].as_str().unwrap_or_default().to_owned(),
                        problem["msg"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn parameter_arrays_beyond_their_limits_are_422s_in_pydantics_order() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let cases: Vec<MalformedCase> = vec![
        (
            // Too many items is the only problem of an array, however bad its items; a
            // repeated item is reported at its index; too few is checked last.
            "/limits/1,01?ids=1&ids=x&ids=3&ids=4&codes=ab,ab&modes=fast%7Cbogus%7Cslow_and_careful&short_words=a,b",
            vec![("x-sizes", "1, 2, 3"), ("cookie", "picks=")],
            vec![
                (json!(["path", "path_ids", 1]), "value_error"),
                (json!(["query", "ids"]), "too_long"),
                (json!(["query", "codes", 1]), "value_error"),
                (json!(["query", "modes"]), "too_long"),
                (json!(["query", "short_words", 0]), "string_too_short"),
                (json!(["query", "short_words", 1]), "string_too_short"),
                (json!(["header", "X-Sizes"]), "too_long"),
                (json!(["cookie", "picks"]), "too_short"),
            ],
        ),
        (
            // Every invalid item, each with its first problem, and then not too short.
            "/limits/x?ids=-1&ids=x&codes=abcd,ab1,ok&modes=bogus&short_words=ab,cd,ef",
            vec![("x-sizes", "0, 1"), ("cookie", "picks=a,a")],
            vec![
                (json!(["path", "path_ids", 0]), "int_parsing"),
                (json!(["query", "ids", 0]), "greater_than_equal"),
                (json!(["query", "ids", 1]), "int_parsing"),
                (json!(["query", "codes", 0]), "string_too_long"),
                (json!(["query", "codes", 1]), "string_pattern_mismatch"),
                (json!(["query", "modes", 0]), "enum"),
                (json!(["query", "short_words"]), "too_long"),
                (json!(["header", "X-Sizes", 0]), "greater_than"),
                (json!(["cookie", "picks", 1]), "value_error"),
            ],
        ),
        (
            "/limits/7?ids=1",
            vec![],
            vec![
                (json!(["path", "path_ids"]), "too_short"),
                (json!(["query", "ids"]), "too_short"),
            ],
        ),
    ];
    for (path, headers, expected) in cases {
        let (status, body) = raw_get(&base_url, path, &headers).await?;
        assert_eq!(status, 422, "{path}: {body}");
        let expected: Vec<(Value, String)> = expected
            .into_iter()
            .map(|(loc, kind)| (loc, kind.to_owned()))
            .collect();
        assert_eq!(problems(&body), expected, "{path}: {body}");
    }

    // FastAPI's messages for the list limits.
    let (status, body) = raw_get(&base_url, "/limits/1,2?ids=1", &[]).await?;
    assert_eq!(status, 422, "{body}");
    assert_eq!(
        problems_with_messages(&body),
        [(
            json!(["query", "ids"]),
            "too_short".to_owned(),
            "List should have at least 2 items after validation, not 1".to_owned()
        )]
    );
    let (status, body) = raw_get(&base_url, "/limits/1,2?ids=1&ids=2&ids=3&ids=4", &[]).await?;
    assert_eq!(status, 422, "{body}");
    assert_eq!(
        problems_with_messages(&body),
        [(
            json!(["query", "ids"]),
            "too_long".to_owned(),
            "List should have at most 3 items after validation, not 4".to_owned()
        )]
    );
    let (status, body) = raw_get(&base_url, "/limits/1,2?codes=ab,cd,ab", &[]).await?;
    assert_eq!(status, 422, "{body}");
    assert_eq!(
        problems_with_messages(&body),
        [(
            json!(["query", "codes", 2]),
            "value_error".to_owned(),
            "Value error, List should have unique items".to_owned()
        )]
    );
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn parameters_sharing_a_segment_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    for (name, ext) in [
        ("report", "pdf"),
        ("archive.tar", "gz"),
        ("a.b", "c.d"),
        ("x", "-~_."),
        ("v1-2", ".hidden"),
        (RESERVED, RESERVED),
        ("é/ü", "%2E"),
    ] {
        let echoed = client.echo_split_segment(name, ext).await?;
        assert_eq!(
            echoed,
            EchoSplitSegmentResponse::Ok(SplitEcho {
                name: name.into(),
                ext: ext.into(),
            }),
            "{name:?} {ext:?}"
        );
    }
    for from in ["a-b", "-", "x.json", "v1-", RESERVED] {
        let echoed = client.echo_range_segment(from, 12).await?;
        assert_eq!(
            echoed,
            EchoRangeSegmentResponse::Ok(RangeSegmentEcho {
                from: from.into(),
                to: 12,
            }),
            "{from:?}"
        );
    }
    // Sent by other clients, unescaped: split as the router's pattern (and Starlette's)
    // matches, each parameter but the last taking as much as it can.
    for (path, expected) in [
        ("/split/a.b.c", json!({"name": "a.b", "ext": "c"})),
        ("/split/a%2Eb.c%2Ed", json!({"name": "a.b", "ext": "c.d"})),
        ("/range/va-b-5.json", json!({"from": "a-b", "to": 5})),
        ("/range/va%2Db-5.json", json!({"from": "a-b", "to": 5})),
    ] {
        let (status, body) = raw_get(&base_url, path, &[]).await?;
        assert_eq!((status, body), (200, expected), "{path}");
    }
    // Each parameter is validated as its own.
    let cases: Vec<MalformedCase> = vec![
        (
            "/range/va-x.json",
            vec![],
            vec![(json!(["path", "to"]), "int_parsing")],
        ),
        (
            // (`va--1.json` is `a-` to 1: the first parameter takes all it can.)
            "/range/va-%2D1.json",
            vec![],
            vec![(json!(["path", "to"]), "greater_than_equal")],
        ),
    ];
    for (path, headers, expected) in cases {
        let (status, body) = raw_get(&base_url, path, &headers).await?;
        assert_eq!(status, 422, "{path}: {body}");
        let expected: Vec<(Value, String)> = expected
            .into_iter()
            .map(|(loc, kind)| (loc, kind.to_owned()))
            .collect();
        assert_eq!(problems(&body), expected, "{path}: {body}");
    }
    server.stop(false).await;
    Ok(())
}

/// Every RFC 3986 reserved character, and a few that are not.
const ALL_RESERVED: &str = "http://h/p?q=1&r=[a]#f+g,h;i=j's!$()*@ é%";

#[tokio::test]
async fn allow_reserved_values_arrive_unchanged_in_either_form() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    let params = roundtrip_client::EchoReservedParams {
        target: Some(ALL_RESERVED.into()),
        paths: Some(words(&["a,b/c", ALL_RESERVED, ""])),
        each: Some(words(&[ALL_RESERVED, "x,y"])),
        plain: Some(ALL_RESERVED.into()),
    };
    let EchoReservedResponse::Ok(echoed) = client.echo_reserved(&params).await?;
    assert_eq!(
        echoed,
        ReservedEcho {
            target: params.target.clone(),
            paths: params.paths.clone(),
            each: params.each.clone(),
            plain: params.plain.clone(),
        }
    );
    // The glue reads reserved characters sent as they are, and escaped.
    for query in [
        "target=http://h/p?q=1;x=[y]@z&paths=a:b,c/d&each=e,f&each=g",
        "target=http%3A%2F%2Fh%2Fp%3Fq%3D1%3Bx%3D%5By%5D%40z&paths=a%3Ab,c%2Fd&each=e%2Cf&each=g",
    ] {
        let (status, body) = raw_get(&base_url, &format!("/reserved?{query}"), &[]).await?;
        assert_eq!(status, 200, "{query}: {body}");
        assert_eq!(
            body,
            json!({
                "target": "http://h/p?q=1;x=[y]@z",
                "paths": ["a:b", "c/d"],
                "each": ["e,f", "g"],
            }),
            "{query}"
        );
    }
    server.stop(false).await;

    // On the wire: reserved characters as they are, but for those the query's syntax
    // reads (`&`, `#`, `+`, and `,` inside a comma-joined item); escaped without
    // allowReserved.
    let (base_url, requests) = capturing_server().await?;
    let outcome = RoundtripClient::builder(base_url.as_str())
        .build()?
        .echo_reserved(&roundtrip_client::EchoReservedParams {
            target: Some("a/b?c=d&e#f+g,h".into()),
            paths: Some(words(&["i,j", "k:l"])),
            each: Some(words(&["m,n"])),
            plain: Some("a/b".into()),
        })
        .await;
    assert_eq!(outcome.err().and_then(|err| err.status()), Some(503));
    let request = requests
        .lock()
        .map(|seen| seen.join("\n"))
        .unwrap_or_default();
    let line = request.lines().next().unwrap_or_default();
    assert_eq!(
        line,
        "GET /reserved?target=a/b?c=d%26e%23f%2Bg,h&paths=i%2Cj,k:l&each=m,n&plain=a%2Fb HTTP/1.1"
    );
    Ok(())
}

#[tokio::test]
async fn bodies_and_credentials_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    for body in [
        Patch::Absent,
        Patch::Null,
        Patch::Value("text ✓".to_string()),
    ] {
        let note = Note {
            title: "Title \"quoted\" \u{1F600}".into(),
            body: body.clone(),
            tags: Some(vec!["a".into()]),
        };
        let echoed = client.echo_body(&note).await?;
        assert_eq!(
            echoed,
            EchoBodyResponse::Created(NoteEcho {
                note,
                principal: TOKEN.into()
            }),
            "{body:?}"
        );
    }

    // A value the glue rejects comes back as the typed 422.
    let invalid = Note {
        title: String::new(),
        body: Patch::Absent,
        tags: None,
    };
    match client.echo_body(&invalid).await? {
        EchoBodyResponse::UnprocessableEntity(errors) => {
            let detail = errors.detail.unwrap_or_default();
            assert_eq!(detail.len(), 1, "{detail:?}");
        }
        other => panic!("expected 422, got {other:?}"),
    }

    // Without credentials: the documented 401, with its header.
    let anonymous = RoundtripClient::builder(base_url.as_str()).build()?;
    match anonymous
        .echo_body(&Note {
            title: "t".into(),
            body: Patch::Absent,
            tags: None,
        })
        .await?
    {
        EchoBodyResponse::Unauthorized {
            body,
            www_authenticate,
        } => {
            assert_eq!(body.detail, "Not authenticated");
            assert_eq!(www_authenticate.as_deref(), Some("Bearer"));
        }
        other => panic!("expected 401, got {other:?}"),
    }
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn multipart_forms_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    let every_byte: Vec<u8> = (0..=255u8).chain(*b"\r\n--").collect();
    let uploads = [
        Upload {
            title: "Title \"quoted\"\r\n\u{1F600}".into(),
            count: Some(3),
            tags: Some(vec!["a".into(), "b c".into(), String::new()]),
            file: every_byte.clone(),
            attachments: Some(vec![vec![1, 2], Vec::new(), every_byte.clone()]),
        },
        // Optional properties left out, an empty file.
        Upload {
            title: "t".into(),
            count: None,
            tags: None,
            file: Vec::new(),
            attachments: None,
        },
    ];
    for upload in uploads {
        let numbers = |bytes: &[u8]| {
            bytes
                .iter()
                .map(|&byte| i64::from(byte))
                .collect::<Vec<_>>()
        };
        let expected = UploadEcho {
            title: upload.title.clone(),
            count: upload.count,
            tags: upload.tags.clone(),
            file: numbers(&upload.file),
            attachments: upload
                .attachments
                .iter()
                .flatten()
                .map(|file| numbers(file))
                .collect(),
        };
        assert_eq!(
            client.echo_upload(&upload).await?,
            EchoUploadResponse::Ok(expected)
        );
    }

    // A text property breaking its constraint: the typed 422 at the property.
    let invalid = Upload {
        title: String::new(),
        count: Some(-1),
        tags: None,
        file: vec![1],
        attachments: None,
    };
    match client.echo_upload(&invalid).await? {
        EchoUploadResponse::UnprocessableEntity(errors) => {
            let locs: Vec<Value> = errors
                .detail
                .unwrap_or_default()
                .iter()
                .map(|problem| serde_json::to_value(&problem.loc))
                .collect::<Result<_, _>>()?;
            assert_eq!(locs, [json!(["body", "title"]), json!(["body", "count"])]);
        }
        other => panic!("expected 422, got {other:?}"),
    }

    // Raw requests: a missing file is `missing`; a body that is not multipart is a 400.
    let http = roundtrip_client::reqwest::Client::new();
    let post = |content_type: &str, body: &'static str| {
        http.post(format!("{base_url}/uploads"))
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let response = post(
        "multipart/form-data; boundary=b",
        "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nt\r\n--b--\r\n",
    )
    .await?;
    assert_eq!(response.status().as_u16(), 422);
    let body: Value = serde_json::from_slice(&response.bytes().await?)?;
    assert_eq!(
        problems(&body),
        [(json!(["body", "file"]), "missing".to_owned())]
    );
    for (content_type, body) in [
        ("multipart/form-data", "--b\r\n\r\n--b--"),
        (
            "multipart/form-data; boundary=b",
            "--b\r\nContent-Disposition: form-data; name=title\r\n\r\nt",
        ),
        (
            "multipart/form-data; boundary=b",
            "--b\r\nContent-Type: text/plain\r\n\r\nt\r\n--b--",
        ),
    ] {
        let response = post(content_type, body).await?;
        assert_eq!(response.status().as_u16(), 400, "{body:?}");
        let answer: Value = serde_json::from_slice(&response.bytes().await?)?;
        assert_eq!(
            answer,
            json!({"detail": "There was an error parsing the body"})
        );
    }
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn undocumented_statuses_are_errors_with_the_raw_response() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    // A path the server does not route answers 404, which `echo_path` does not declare:
    // the base URL's prefix makes every request miss.
    let client = RoundtripClient::builder(format!("{base_url}/elsewhere")).build()?;
    match client.echo_path("x").await {
        Err(ClientError::UnexpectedStatus(response)) => {
            assert_eq!(response.status, 404);
            assert!(response.headers.contains_key("content-length"));
        }
        other => panic!("expected an undocumented status, got {other:?}"),
    }
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn unreachable_servers_are_transport_errors() -> anyhow::Result<()> {
    // Port 9 (discard) on loopback is not served here; the connection is refused.
    let client = RoundtripClient::builder("http://127.0.0.1:9").build()?;
    let outcome = client.echo_path("x").await;
    assert!(
        matches!(outcome, Err(ClientError::Transport(_))),
        "{outcome:?}"
    );
    Ok(())
}

/// A server answering every request with 503 (as a proxy with no live backend would),
/// counting the requests it got.
async fn unavailable_server() -> anyhow::Result<(String, Arc<AtomicUsize>)> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base_url = format!("http://{}", listener.local_addr()?);
    let requests = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&requests);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                // Read the whole request (headers and the small body these tests send).
                let mut request = Vec::new();
                let mut buffer = [0u8; 4096];
                while let Ok(read) = stream.read(&mut buffer).await {
                    if read == 0 {
                        break;
                    }
                    request.extend_from_slice(&buffer[..read]);
                    if complete(&request) {
                        break;
                    }
                }
                let answer = "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";
                let _ = stream.write_all(answer.as_bytes()).await;
            });
        }
    });
    Ok((base_url, requests))
}

/// A server answering every request with 503, keeping the text of each request it got.
async fn capturing_server() -> anyhow::Result<(String, Arc<std::sync::Mutex<Vec<String>>>)> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base_url = format!("http://{}", listener.local_addr()?);
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let record = Arc::clone(&record);
            tokio::spawn(async move {
                let mut request = Vec::new();
                let mut buffer = [0u8; 4096];
                while let Ok(read) = stream.read(&mut buffer).await {
                    if read == 0 {
                        break;
                    }
                    request.extend_from_slice(&buffer[..read]);
                    if complete(&request) {
                        break;
                    }
                }
                if let Ok(mut seen) = record.lock() {
                    seen.push(String::from_utf8_lossy(&request).into_owned());
                }
                let answer = "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";
                let _ = stream.write_all(answer.as_bytes()).await;
            });
        }
    });
    Ok((base_url, seen))
}

/// Whether `request` holds the headers and as many body bytes as `content-length` says.
fn complete(request: &[u8]) -> bool {
    let text = String::from_utf8_lossy(request);
    let Some((head, body)) = text.split_once("\r\n\r\n") else {
        return false;
    };
    let length = head
        .lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse::<usize>().ok())
        .unwrap_or(0);
    body.len() >= length
}

#[tokio::test]
async fn retries_are_off_by_default_and_only_for_idempotent_methods() -> anyhow::Result<()> {
    let (base_url, requests) = unavailable_server().await?;
    let note = Note {
        title: "t".into(),
        body: Patch::Absent,
        tags: None,
    };

    let plain = RoundtripClient::builder(base_url.as_str()).build()?;
    let outcome = plain.echo_path("x").await;
    assert_eq!(outcome.err().and_then(|err| err.status()), Some(503));
    assert_eq!(requests.load(Ordering::SeqCst), 1, "no retry by default");

    let retrying = RoundtripClient::builder(base_url.as_str())
        .retry(RetryPolicy::idempotent(2, Duration::from_millis(1)))
        .token_token(TOKEN)
        .build()?;
    requests.store(0, Ordering::SeqCst);
    let outcome = retrying.echo_path("x").await;
    assert_eq!(outcome.err().and_then(|err| err.status()), Some(503));
    assert_eq!(
        requests.load(Ordering::SeqCst),
        3,
        "GET: sent, then retried twice"
    );

    requests.store(0, Ordering::SeqCst);
    let outcome = retrying.echo_body(&note).await;
    assert_eq!(outcome.err().and_then(|err| err.status()), Some(503));
    assert_eq!(requests.load(Ordering::SeqCst), 1, "POST: never retried");
    Ok(())
}
