//! One response enum per operation: a variant per documented status.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::Context;
use crate::emit::rust::{doc_text_attrs, ident};
use crate::ir::{ContentKind, Operation, Response, ResponseStatus};

/// `UpdateChannelResponse`.
pub(crate) fn enum_name(op: &Operation) -> Ident {
    format_ident!("{}Response", op.type_prefix)
}

/// How a variant carries its body.
enum Body {
    None,
    /// JSON, of this type.
    Json(TokenStream),
    /// Another media type: bytes written with this content type.
    Raw(String),
}

fn body_of(context: &Context, response: &Response) -> Body {
    let Some(content) = response.contents.first() else {
        return Body::None;
    };
    match (content.kind, &content.ty) {
        (ContentKind::Json, Some(ty)) => Body::Json(context.ty(ty)),
        (ContentKind::Json, None) => Body::Json(quote!(serde_json::Value)),
        _ => Body::Raw(content.media_type.clone()),
    }
}

/// The variant name: the status's reason phrase (`Ok`, `NotFound`), `Default`, or a class
/// name for ranges (`ClientError` for `4XX`).
pub(crate) fn variant_name(status: ResponseStatus) -> Ident {
    match status {
        ResponseStatus::Code(code) => reason_name(code).map_or_else(
            || format_ident!("Status{}", code),
            |name| format_ident!("{}", name),
        ),
        ResponseStatus::Range(class) => format_ident!(
            "{}",
            match class {
                1 => "Informational",
                2 => "Success",
                3 => "Redirection",
                4 => "ClientError",
                _ => "ServerError",
            }
        ),
        ResponseStatus::Default => format_ident!("Default"),
    }
}

fn reason_name(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => "Continue",
        101 => "SwitchingProtocols",
        102 => "Processing",
        103 => "EarlyHints",
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        207 => "MultiStatus",
        208 => "AlreadyReported",
        226 => "ImUsed",
        300 => "MultipleChoices",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        305 => "UseProxy",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        407 => "ProxyAuthenticationRequired",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "LengthRequired",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        414 => "UriTooLong",
        415 => "UnsupportedMediaType",
        416 => "RangeNotSatisfiable",
        417 => "ExpectationFailed",
        418 => "ImATeapot",
        421 => "MisdirectedRequest",
        422 => "UnprocessableEntity",
        423 => "Locked",
        424 => "FailedDependency",
        425 => "TooEarly",
        426 => "UpgradeRequired",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        431 => "RequestHeaderFieldsTooLarge",
        451 => "UnavailableForLegalReasons",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        505 => "HttpVersionNotSupported",
        506 => "VariantAlsoNegotiates",
        507 => "InsufficientStorage",
        508 => "LoopDetected",
        510 => "NotExtended",
        511 => "NetworkAuthenticationRequired",
        _ => return None,
    })
}

/// Whether the variant names its status itself (ranges and `default`).
fn has_status_field(status: ResponseStatus) -> bool {
    !matches!(status, ResponseStatus::Code(_))
}

pub(crate) fn emit(context: &Context, op: &Operation) -> TokenStream {
    let name = enum_name(op);
    let variants = op
        .responses
        .iter()
        .map(|response| emit_variant(context, response));
    let arms = op
        .responses
        .iter()
        .map(|response| emit_write_arm(context, response));
    let status_arms = op.responses.iter().map(|response| {
        let variant = variant_name(response.status);
        match response.status {
            ResponseStatus::Code(code) => {
                quote!(Self::#variant { .. } => openapi_runtime::respond::status(#code))
            }
            _ => quote!(Self::#variant { status, .. } => *status),
        }
    });
    let doc = format!(
        " The responses of `{}`, one variant per documented status.",
        op.operation_id
    );
    if op.responses.is_empty() {
        return quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, PartialEq)]
            pub enum #name {}

            impl #name {
                /// The status code this response is written with.
                pub fn status(&self) -> actix_web::http::StatusCode {
                    match *self {}
                }

                /// The HTTP response: status, headers and JSON body.
                pub fn into_http_response(self) -> actix_web::HttpResponse {
                    match self {}
                }
            }
        };
    }
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        // Responses are built once and moved straight into the HTTP response; boxing the
        // larger bodies would only make implementations wordier.
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#variants)*
        }

        impl #name {
            /// The status code this response is written with.
            pub fn status(&self) -> actix_web::http::StatusCode {
                match self {
                    #(#status_arms,)*
                }
            }

            /// The HTTP response: status, headers and body.
            pub fn into_http_response(self) -> actix_web::HttpResponse {
                let status = self.status();
                match self {
                    #(#arms)*
                }
            }
        }
    }
}

fn status_label(status: ResponseStatus) -> String {
    match status {
        ResponseStatus::Code(code) => code.to_string(),
        ResponseStatus::Range(class) => format!("{class}XX"),
        ResponseStatus::Default => "default".to_string(),
    }
}

fn emit_variant(context: &Context, response: &Response) -> TokenStream {
    let variant = variant_name(response.status);
    let description = response.description.trim();
    let doc_text = if description.is_empty() {
        status_label(response.status)
    } else {
        format!("{}: {description}", status_label(response.status))
    };
    let docs = doc_text_attrs(Some(&doc_text));
    let body = body_of(context, response);
    let body_type = match &body {
        Body::None => None,
        Body::Json(ty) => Some(ty.clone()),
        Body::Raw(_) => Some(quote!(actix_web::web::Bytes)),
    };
    let headers: Vec<TokenStream> = response
        .headers
        .iter()
        .map(|header| {
            let name = ident(&header.rust_name);
            let doc = doc_text_attrs(Some(&format!("The `{}` header.", header.name)));
            if header.required {
                quote!(#doc #name: String)
            } else {
                quote!(#doc #name: Option<String>)
            }
        })
        .collect();
    let status_field =
        has_status_field(response.status).then(|| quote!(status: actix_web::http::StatusCode,));
    match (body_type, headers.is_empty(), status_field) {
        (None, true, None) => quote!(#docs #variant,),
        (Some(ty), true, None) => quote!(#docs #variant(#ty),),
        (body_type, _, status_field) => {
            let body_field = body_type.map(|ty| quote!(body: #ty,));
            quote!(#docs #variant { #status_field #body_field #(#headers,)* },)
        }
    }
}

fn emit_write_arm(context: &Context, response: &Response) -> TokenStream {
    let variant = variant_name(response.status);
    let body = body_of(context, response);
    let write = |body_expr: TokenStream| match &body {
        Body::None => quote!(openapi_runtime::respond::empty(status)),
        Body::Json(_) => quote!(openapi_runtime::respond::json(status, &#body_expr)),
        Body::Raw(media_type) => {
            quote!(openapi_runtime::respond::raw(status, #media_type, #body_expr))
        }
    };
    let tuple_form = response.headers.is_empty() && !has_status_field(response.status);
    if tuple_form {
        return match body {
            Body::None => quote!(Self::#variant => openapi_runtime::respond::empty(status),),
            _ => {
                let write = write(quote!(body));
                quote!(Self::#variant(body) => #write,)
            }
        };
    }
    let header_names: Vec<Ident> = response
        .headers
        .iter()
        .map(|header| ident(&header.rust_name))
        .collect();
    let set_headers = response
        .headers
        .iter()
        .zip(&header_names)
        .map(|(header, name)| {
            let wire = header.name.to_ascii_lowercase();
            if header.required {
                quote!(openapi_runtime::respond::set_header(&mut response, #wire, &#name);)
            } else {
                quote! {
                    if let Some(value) = &#name {
                        openapi_runtime::respond::set_header(&mut response, #wire, value);
                    }
                }
            }
        });
    let body_binding = (!matches!(body, Body::None)).then(|| quote!(body,));
    let write = write(quote!(body));
    let rest = if has_status_field(response.status) {
        quote!(..)
    } else {
        quote!()
    };
    if header_names.is_empty() {
        quote!(Self::#variant { #body_binding #rest } => #write,)
    } else {
        quote! {
            Self::#variant { #body_binding #(#header_names,)* #rest } => {
                let mut response = #write;
                #(#set_headers)*
                response
            }
        }
    }
}
