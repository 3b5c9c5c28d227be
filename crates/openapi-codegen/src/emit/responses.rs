//! The models crate's `responses` module: one enum per operation, a variant per
//! documented status, as plain data. Each implements the runtime's
//! `DocumentedResponse` (status, headers, body), which the server feature writes as HTTP
//! and which needs no HTTP library itself.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::emit::rust::{doc_text_attrs, ident, type_tokens};
use crate::ir::{Api, ContentKind, Operation, Response, ResponseHeader, ResponseStatus};
use crate::names::{NameScope, field_name};

/// The field names of a variant's headers: the header's own name, made unique against
/// the variant's `status` and `body` fields (and the locals of `into_parts`).
pub(crate) fn header_fields(response: &Response) -> Vec<(&ResponseHeader, Ident)> {
    let mut names = NameScope::with_taken(["status", "body"]);
    response
        .headers
        .iter()
        .map(|header| (header, ident(&names.claim(&field_name(&header.name)))))
        .collect()
}

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

fn body_of(response: &Response) -> Body {
    let Some(content) = response.contents.first() else {
        return Body::None;
    };
    match (content.kind, &content.ty) {
        // Inside the module, the crate's own types by their full path.
        (ContentKind::Json, Some(ty)) => Body::Json(type_tokens(ty, Some(&quote!(crate)))),
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

/// `pub mod responses { ... }`, one enum per operation.
pub(crate) fn emit_module(api: &Api) -> TokenStream {
    let enums = api.operations.iter().map(emit_enum);
    quote! {
        /// The documented responses of each operation: one enum per operation, a variant
        /// per status. A server writes them through
        /// `openapi_runtime::response::DocumentedResponse`.
        pub mod responses {
            #(#enums)*
        }
    }
}

fn emit_enum(op: &Operation) -> TokenStream {
    let name = enum_name(op);
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
                pub fn status(&self) -> u16 {
                    match *self {}
                }
            }

            impl openapi_runtime::response::DocumentedResponse for #name {
                fn status(&self) -> u16 {
                    match *self {}
                }

                fn into_parts(self) -> openapi_runtime::response::ResponseParts {
                    match self {}
                }
            }
        };
    }
    let variants = op.responses.iter().map(emit_variant);
    let arms = op.responses.iter().map(emit_parts_arm);
    let status_arms = op.responses.iter().map(|response| {
        let variant = variant_name(response.status);
        match response.status {
            ResponseStatus::Code(code) => quote!(Self::#variant { .. } => #code),
            _ => quote!(Self::#variant { status, .. } => *status),
        }
    });
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
            pub fn status(&self) -> u16 {
                match self {
                    #(#status_arms,)*
                }
            }
        }

        impl openapi_runtime::response::DocumentedResponse for #name {
            fn status(&self) -> u16 {
                #name::status(self)
            }

            fn into_parts(self) -> openapi_runtime::response::ResponseParts {
                let status = #name::status(&self);
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

fn emit_variant(response: &Response) -> TokenStream {
    let variant = variant_name(response.status);
    let description = response.description.trim();
    let doc_text = if description.is_empty() {
        status_label(response.status)
    } else {
        format!("{}: {description}", status_label(response.status))
    };
    let docs = doc_text_attrs(Some(&doc_text));
    let body = body_of(response);
    let body_type = match &body {
        Body::None => None,
        Body::Json(ty) => Some(ty.clone()),
        Body::Raw(_) => Some(quote!(openapi_runtime::response::Bytes)),
    };
    let headers: Vec<TokenStream> = header_fields(response)
        .into_iter()
        .map(|(header, name)| {
            let doc = doc_text_attrs(Some(&format!("The `{}` header.", header.name)));
            if header.required {
                quote!(#doc #name: String)
            } else {
                quote!(#doc #name: Option<String>)
            }
        })
        .collect();
    let status_field = has_status_field(response.status).then(|| quote!(status: u16,));
    match (body_type, headers.is_empty(), status_field) {
        (None, true, None) => quote!(#docs #variant,),
        (Some(ty), true, None) => quote!(#docs #variant(#ty),),
        (body_type, _, status_field) => {
            let body_field = body_type.map(|ty| quote!(body: #ty,));
            quote!(#docs #variant { #status_field #body_field #(#headers,)* },)
        }
    }
}

/// The arm of `into_parts` for one variant.
fn emit_parts_arm(response: &Response) -> TokenStream {
    let variant = variant_name(response.status);
    let body = body_of(response);
    let parts = match &body {
        Body::None => quote! {
            openapi_runtime::response::ResponseParts::new(
                status,
                openapi_runtime::response::ResponseBody::Empty,
            )
        },
        Body::Json(_) => quote! {
            openapi_runtime::response::ResponseParts::new(
                status,
                openapi_runtime::response::ResponseBody::json(&body),
            )
        },
        Body::Raw(media_type) => quote! {
            openapi_runtime::response::ResponseParts::new(
                status,
                openapi_runtime::response::ResponseBody::Raw { content_type: #media_type, bytes: body },
            )
        },
    };
    let tuple_form = response.headers.is_empty() && !has_status_field(response.status);
    if tuple_form {
        return match body {
            Body::None => quote!(Self::#variant => #parts,),
            _ => quote!(Self::#variant(body) => #parts,),
        };
    }
    let fields = header_fields(response);
    let header_names: Vec<&Ident> = fields.iter().map(|(_, name)| name).collect();
    let add_headers = fields.iter().map(|(header, name)| {
        let wire = header.name.to_ascii_lowercase();
        if header.required {
            quote!(.header(#wire, #name))
        } else {
            quote!(.optional_header(#wire, #name))
        }
    });
    let body_binding = (!matches!(body, Body::None)).then(|| quote!(body,));
    let rest = if has_status_field(response.status) {
        quote!(..)
    } else {
        quote!()
    };
    quote! {
        Self::#variant { #body_binding #(#header_names,)* #rest } => #parts #(#add_headers)*,
    }
}
