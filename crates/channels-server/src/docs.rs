//! The API's documentation: the OpenAPI document, Swagger UI and ReDoc. Everything is
//! served from the binary; nothing is fetched from a CDN.

use actix_web::http::header::{self, ContentType};
use actix_web::{HttpResponse, web};
use utoipa_swagger_ui::SwaggerUi;

const OPENAPI_PATH: &str = "/openapi.json";
const REDOC_SCRIPT: &[u8] = include_bytes!("../assets/redoc/redoc.standalone.js");

/// Only this server's own resources; ReDoc needs inline styles, data: images and
/// fonts, and a worker it creates from a blob.
const REDOC_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'";

const REDOC_PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Channels API - ReDoc</title>
</head>
<body>
<redoc spec-url="/openapi.json"></redoc>
<script src="/redoc/redoc.standalone.js"></script>
</body>
</html>
"#;

/// Mounts `/openapi.json`, `/docs` (Swagger UI) and `/redoc`. Swagger UI serves the
/// document it is given at `/openapi.json` itself.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/docs", web::get().to(docs_redirect))
        .route("/redoc", web::get().to(redoc_page))
        .route("/redoc/redoc.standalone.js", web::get().to(redoc_script))
        .service(
            SwaggerUi::new("/docs/{_:.*}")
                .external_url_unchecked(OPENAPI_PATH, channels_api::openapi_document()),
        );
}

async fn docs_redirect() -> HttpResponse {
    HttpResponse::PermanentRedirect()
        .insert_header((header::LOCATION, "/docs/"))
        .finish()
}

async fn redoc_page() -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::html())
        .insert_header((header::CONTENT_SECURITY_POLICY, REDOC_CSP))
        .body(REDOC_PAGE)
}

async fn redoc_script() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(REDOC_SCRIPT)
}
