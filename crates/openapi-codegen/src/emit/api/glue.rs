//! `configure` and one handler per operation: body size, authentication, validation of
//! everything, then the trait method.

use proc_macro2::TokenStream;
use quote::quote;

use super::security::{self, Access};
use super::{BodyDecoding, BodyPlan, Context, fn_ident, params, request_body, unused_prefix};
use crate::emit::rust::ident;
use crate::emit::validate::Validators;
use crate::error::Result;
use crate::ir::{Constraints, HttpMethod, Operation, ParamLocation, Primitive, TypeKind, TypeRef};

pub(crate) fn emit(context: &Context, validators: &mut Validators) -> Result<TokenStream> {
    let trait_name = &context.trait_name;
    let mut handlers = Vec::new();
    for op in &context.api.operations {
        handlers.push(emit_handler(context, validators, op)?);
    }
    let resources = routes(context).into_iter().map(|(route, ops)| {
        let routes = ops.iter().map(|op| {
            let method = method_tokens(op.method);
            let handler = handler_name(op);
            quote! {
                .route(#method.to({
                    let api = api.clone();
                    move |req: actix_web::HttpRequest, payload: actix_web::web::Payload| {
                        #handler(api.clone(), options, req, payload)
                    }
                }))
            }
        });
        let allow = allow_header(&ops);
        quote! {
            cfg.service(
                actix_web::web::resource(#route)
                    #(#routes)*
                    .default_service(actix_web::web::to(|| openapi_runtime::respond::method_not_allowed_handler(#allow))),
            );
        }
    });
    let resources: Vec<TokenStream> = resources.collect();
    let cfg = unused_prefix(&resources, "cfg");
    let api = unused_prefix(&resources, "api");
    let options = unused_prefix(&resources, "options");
    Ok(quote! {
        /// Mounts every operation on `cfg`, served by `api`. A method a path does not
        /// document answers 405 JSON; for unknown paths, give the application
        /// `openapi_runtime::respond::not_found_handler` as its default service.
        pub fn configure<T: #trait_name>(
            #cfg: &mut actix_web::web::ServiceConfig,
            #api: actix_web::web::Data<T>,
            #options: openapi_runtime::GlueOptions,
        ) {
            #(#resources)*
        }

        #(#handlers)*
    })
}

/// The `Allow` value of a 405 on a route: its documented methods, uppercase, in the
/// order of a path item's fields (so the value does not depend on document order).
pub(crate) fn allow_header(ops: &[&Operation]) -> String {
    HttpMethod::ALL
        .into_iter()
        .filter(|method| ops.iter().any(|op| op.method == *method))
        .map(|method| method.key().to_uppercase())
        .collect::<Vec<_>>()
        .join(", ")
}

fn handler_name(op: &Operation) -> proc_macro2::Ident {
    fn_ident("handle", &op.rust_name)
}

fn method_tokens(method: HttpMethod) -> TokenStream {
    match method {
        HttpMethod::Get => quote!(actix_web::web::get()),
        HttpMethod::Put => quote!(actix_web::web::put()),
        HttpMethod::Post => quote!(actix_web::web::post()),
        HttpMethod::Delete => quote!(actix_web::web::delete()),
        HttpMethod::Patch => quote!(actix_web::web::patch()),
        HttpMethod::Head => quote!(actix_web::web::head()),
        HttpMethod::Options => quote!(actix_web::web::method(actix_web::http::Method::OPTIONS)),
        HttpMethod::Trace => quote!(actix_web::web::method(actix_web::http::Method::TRACE)),
    }
}

/// Operations grouped by actix-web route, in document order.
fn routes<'a>(context: &Context<'a>) -> Vec<(String, Vec<&'a Operation>)> {
    let mut routes: Vec<(String, Vec<&Operation>)> = Vec::new();
    for op in &context.api.operations {
        let route = route_of(op);
        match routes.iter_mut().find(|(existing, _)| *existing == route) {
            Some((_, ops)) => ops.push(op),
            None => routes.push((route, vec![op])),
        }
    }
    routes
}

/// The path template with each `{name}` replaced by the parameter's route segment name
/// (`{` and `}` in names would otherwise be actix-web syntax).
pub(crate) fn route_of(op: &Operation) -> String {
    let mut route = String::new();
    let mut rest = op.path.as_str();
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|close| open + close) else {
            break;
        };
        route.push_str(&rest[..open]);
        let name = &rest[open + 1..close];
        let segment = op
            .parameters_in(ParamLocation::Path)
            .find(|param| param.name == name)
            .map(params::route_segment_name)
            .unwrap_or_else(|| heck::ToSnakeCase::to_snake_case(name));
        route.push('{');
        route.push_str(&segment);
        route.push('}');
        rest = &rest[close + 1..];
    }
    route.push_str(rest);
    route
}

fn emit_handler(
    context: &Context,
    validators: &mut Validators,
    op: &Operation,
) -> Result<TokenStream> {
    let trait_name = &context.trait_name;
    let name = handler_name(op);
    let method = ident(&op.rust_name);
    let body_plan = op
        .request_body
        .as_ref()
        .and_then(|body| request_body(context, body));

    let read_body = body_plan.as_ref().map(|_| {
        quote! {
            let bytes = match openapi_runtime::body::read(&req, payload, options.body_limit).await {
                Ok(bytes) => bytes,
                Err(openapi_runtime::body::BodyError::TooLarge) => {
                    return openapi_runtime::respond::payload_too_large();
                }
                Err(openapi_runtime::body::BodyError::Unreadable) => {
                    return openapi_runtime::respond::bad_request();
                }
            };
        }
    });
    // Operations without a body leave it unread; actix-web discards it.
    let payload_arg = if body_plan.is_some() {
        quote!(payload)
    } else {
        quote!(_payload)
    };
    let options_arg = if body_plan.is_some() {
        quote!(options)
    } else {
        quote!(_options)
    };

    let (authenticate, principal_arg) = match security::of(context.api, op) {
        Access::Anonymous => (TokenStream::new(), None),
        Access::Required(schemes) => {
            let schemes = security::schemes_tokens(&schemes);
            (
                quote! {
                    let schemes: &[openapi_runtime::auth::Scheme] = #schemes;
                    let principal = match openapi_runtime::auth::find(&req, schemes) {
                        Some(credentials) => match api.authenticate(credentials).await {
                            Ok(principal) => principal,
                            Err(error) => return openapi_runtime::auth::refused(&error, schemes),
                        },
                        None => return openapi_runtime::auth::not_authenticated(schemes),
                    };
                },
                Some(quote!(principal)),
            )
        }
        Access::Optional(schemes) => {
            let schemes = security::schemes_tokens(&schemes);
            (
                quote! {
                    let schemes: &[openapi_runtime::auth::Scheme] = #schemes;
                    let principal = match openapi_runtime::auth::find(&req, schemes) {
                        Some(credentials) => match api.authenticate(credentials).await {
                            Ok(principal) => Some(principal),
                            Err(error) => return openapi_runtime::auth::refused(&error, schemes),
                        },
                        None => None,
                    };
                },
                Some(quote!(principal)),
            )
        }
    };

    let params_parser = params::emit_parser(context, validators, op)?;
    let parse_params = params_parser.as_ref().map(|_| {
        let parser = params::parser_name(op);
        quote!(let params = #parser(&req, &mut problems);)
    });
    let (body_parser, parse_body) = match &body_plan {
        Some(plan) => {
            let parser_name = fn_ident("parse", &format!("{}_body", op.rust_name));
            let parser = emit_body_parser(context, validators, plan, &parser_name, &op.pointer)?;
            (
                Some(parser),
                Some(quote!(let body = #parser_name(&req, bytes, &mut problems);)),
            )
        }
        None => (None, None),
    };
    let mut unwraps = Vec::new();
    let mut args = Vec::new();
    if let Some(principal) = principal_arg {
        args.push(principal);
    }
    if parse_params.is_some() {
        unwraps.push(quote!(params));
        args.push(quote!(params));
    }
    if parse_body.is_some() {
        unwraps.push(quote!(body));
        args.push(quote!(body));
    }
    let validation = if unwraps.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            let mut problems = openapi_runtime::Problems::new();
            #parse_params
            #parse_body
            #(let Some(#unwraps) = #unwraps else {
                return openapi_runtime::respond::validation_failed(problems);
            };)*
            if !problems.is_empty() {
                return openapi_runtime::respond::validation_failed(problems);
            }
        }
    };
    let req_arg = if read_body.is_some() || !authenticate.is_empty() || parse_params.is_some() {
        quote!(req)
    } else {
        quote!(_req)
    };
    let doc = format!(" Serves `{}`.", op.operation_id);
    let operation_id = &op.operation_id;
    let response = context.response_type(op);
    Ok(quote! {
        #[doc = #doc]
        async fn #name<T: #trait_name>(
            api: actix_web::web::Data<T>,
            #options_arg: openapi_runtime::GlueOptions,
            #req_arg: actix_web::HttpRequest,
            #payload_arg: actix_web::web::Payload,
        ) -> actix_web::HttpResponse {
            #read_body
            #authenticate
            #validation
            let outcome: Result<#response, openapi_runtime::HandlerError> = api.#method(#(#args),*).await;
            match outcome {
                Ok(response) => openapi_runtime::respond::documented(response),
                Err(failure) => openapi_runtime::respond::handler_failed(#operation_id, &failure),
            }
        }

        #params_parser
        #body_parser
    })
}

/// `fn parse_<op>_body(req, bytes, problems) -> Option<Body>`.
fn emit_body_parser(
    context: &Context,
    validators: &mut Validators,
    plan: &BodyPlan,
    name: &proc_macro2::Ident,
    pointer: &str,
) -> Result<TokenStream> {
    let rust_type = &plan.rust_type;
    let absent = if plan.required {
        quote! {{
            problems.push(openapi_runtime::Problem::missing(&openapi_runtime::Loc::body()));
            None
        }}
    } else {
        quote!(Some(None))
    };
    let wrap = if plan.required {
        quote!()
    } else {
        quote!(.map(Some))
    };
    let content_ty = plan.content.and_then(|content| content.ty.as_ref());
    let default_constraints = Constraints::default();
    let constraints = plan
        .content
        .map_or(&default_constraints, |content| &content.constraints);
    let check = match content_ty {
        Some(ty) => validators.value_check(ty, constraints, pointer)?,
        None => TokenStream::new(),
    };
    let validate_and_convert = |value_expr: TokenStream| {
        let bind = if check.is_empty() {
            TokenStream::new()
        } else {
            quote! {
                let before = problems.len();
                {
                    let value = &value;
                    let loc = &openapi_runtime::Loc::body();
                    #check
                }
                if problems.len() != before {
                    return None;
                }
            }
        };
        let value_binding =
            (value_expr.to_string() != "value").then(|| quote!(let value = #value_expr;));
        quote! {{
            #value_binding
            #bind
            openapi_runtime::param::typed(value, &openapi_runtime::Loc::body(), problems)#wrap
        }}
    };
    let (req_arg, body) = match plan.decoding {
        BodyDecoding::Json => {
            let convert = validate_and_convert(quote!(value));
            (
                quote!(req),
                quote! {
                    match openapi_runtime::body::decode_json(req, &bytes, problems) {
                        openapi_runtime::body::JsonBody::Absent => #absent,
                        openapi_runtime::body::JsonBody::Rejected => None,
                        openapi_runtime::body::JsonBody::Value(value) => #convert,
                    }
                },
            )
        }
        BodyDecoding::Form => {
            let fields = form_fields(context, content_ty);
            let convert = validate_and_convert(quote! {
                openapi_runtime::body::form_object(&openapi_runtime::body::decode_form(&bytes), &[#(#fields),*])
            });
            (
                quote!(_req),
                quote! {
                    if bytes.is_empty() {
                        #absent
                    } else #convert
                },
            )
        }
        BodyDecoding::Raw => {
            let raw = if plan.required {
                quote!(Some(openapi_runtime::body::RawBody::new(req, bytes)))
            } else {
                quote!(Some(Some(openapi_runtime::body::RawBody::new(req, bytes))))
            };
            (
                quote!(req),
                quote! {
                    if bytes.is_empty() {
                        #absent
                    } else {
                        #raw
                    }
                },
            )
        }
    };
    let problems = unused_prefix(std::slice::from_ref(&body), "problems");
    Ok(quote! {
        fn #name(
            #req_arg: &actix_web::HttpRequest,
            bytes: actix_web::web::Bytes,
            #problems: &mut openapi_runtime::Problems,
        ) -> Option<#rust_type> {
            #body
        }
    })
}

/// How each declared property of a form body is read from text.
fn form_fields(context: &Context, ty: Option<&TypeRef>) -> Vec<TokenStream> {
    let Some(TypeRef::Named(name)) = ty else {
        return Vec::new();
    };
    let Some(TypeKind::Struct(struct_def)) = context.api.type_def(name).map(|def| &def.kind) else {
        return Vec::new();
    };
    struct_def
        .fields
        .iter()
        .map(|field| {
            let (item, repeated) = match field.ty.unwrapped() {
                TypeRef::Vec(item) => (item.unwrapped().clone(), true),
                other => (other.clone(), false),
            };
            let scalar = match resolve_alias(context, &item) {
                TypeRef::Primitive(
                    Primitive::I32 | Primitive::I64 | Primitive::U32 | Primitive::U64,
                ) => quote!(Integer),
                TypeRef::Primitive(Primitive::F32 | Primitive::F64) => quote!(Number),
                TypeRef::Primitive(Primitive::Bool) => quote!(Boolean),
                _ => quote!(Text),
            };
            let wire = &field.wire_name;
            quote! {
                openapi_runtime::body::FormField {
                    name: #wire,
                    scalar: openapi_runtime::body::FormScalar::#scalar,
                    repeated: #repeated,
                }
            }
        })
        .collect()
}

fn resolve_alias(context: &Context, ty: &TypeRef) -> TypeRef {
    if let TypeRef::Named(name) = ty
        && let Some(TypeKind::Alias(alias)) = context.api.type_def(name).map(|def| &def.kind)
    {
        return alias.target.unwrapped().clone();
    }
    ty.clone()
}
