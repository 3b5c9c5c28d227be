//! `configure` and one handler per operation. The sequence every request goes through
//! (body size, authentication, validation of everything, the trait method, the
//! response) is `openapi_runtime::pipeline::serve`; a handler passes only what differs
//! per operation: its security, its parsers and its call.

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::context::{BodyDecoding, BodyPlan, Context, fn_ident, request_body, unused_prefix};
use super::params;
use super::security::{self, Access};
use crate::emit::rust::ident;
use crate::emit::validate::Validators;
use crate::error::Result;
use crate::ir::{Constraints, HttpMethod, Operation, ParamLocation, Primitive, TypeKind, TypeRef};

pub(crate) fn emit(context: &Context, validators: &mut Validators) -> Result<TokenStream> {
    let trait_name = &context.trait_name;
    let mut handlers = Vec::new();
    let mut schemes = SchemeStatics::default();
    for op in &context.api.operations {
        handlers.push(emit_handler(context, validators, &mut schemes, op)?);
    }
    let resources = routes(context).into_iter().map(|(route, ops)| {
        let routes = ops.iter().map(|op| {
            let method = method_tokens(op.method);
            let handler = handler_name(op);
            quote!(.route(#method.to(#handler::<T>)))
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
    let scheme_statics = schemes.emit();
    Ok(quote! {
        /// Mounts every operation on `cfg`, served by `api`. A method a path does not
        /// document answers 405 JSON; for unknown paths, give the application
        /// `openapi_runtime::respond::not_found_handler` as its default service.
        pub fn configure<T: #trait_name>(
            cfg: &mut actix_web::web::ServiceConfig,
            api: actix_web::web::Data<T>,
            options: openapi_runtime::GlueOptions,
        ) {
            // The handlers take both as extractors.
            cfg.app_data(api).app_data(actix_web::web::ThinData(options));
            #(#resources)*
        }

        #(#handlers)*
        #scheme_statics
    })
}

/// One static per distinct list of security schemes, shared by the handlers.
#[derive(Default)]
struct SchemeStatics {
    lists: Vec<(String, TokenStream)>,
}

impl SchemeStatics {
    fn name(index: usize) -> proc_macro2::Ident {
        quote::format_ident!("SCHEMES_{}", index + 1)
    }

    fn get(&mut self, schemes: TokenStream) -> proc_macro2::Ident {
        let key = schemes.to_string();
        if let Some(index) = self.lists.iter().position(|(existing, _)| *existing == key) {
            return Self::name(index);
        }
        self.lists.push((key, schemes));
        Self::name(self.lists.len() - 1)
    }

    fn emit(&self) -> TokenStream {
        let statics = self.lists.iter().enumerate().map(|(index, (_, schemes))| {
            let name = Self::name(index);
            quote!(static #name: &[openapi_runtime::auth::Scheme] = #schemes;)
        });
        quote!(#(#statics)*)
    }
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
/// The resources in the order actix-web tries them: document order, except that a
/// concrete path goes before a templated one that would match it (`/x/health/` before
/// `/x/{id}/`), as OpenAPI requires ("concrete paths are matched before templated ones").
pub(crate) fn routes<'a>(context: &Context<'a>) -> Vec<(String, Vec<&'a Operation>)> {
    let mut groups: Vec<(String, Vec<&Operation>)> = Vec::new();
    let mut group_of: HashMap<String, usize> = HashMap::new();
    for op in &context.api.operations {
        let route = route_of(op);
        match group_of.get(&route) {
            Some(&group) => groups[group].1.push(op),
            None => {
                group_of.insert(route.clone(), groups.len());
                groups.push((route, vec![op]));
            }
        }
    }
    let order = route_order(groups.iter().map(|(route, _)| route.as_str()));
    let mut groups: Vec<Option<(String, Vec<&Operation>)>> = groups.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|group| groups[group].take())
        .collect()
}

/// The order in which to register `routes` (distinct, in document order), as indices:
/// each route goes before the first route placed earlier that shadows it. Linear in the
/// number of routes for real documents: a route is only compared with the templated
/// routes of its length that share its first segment (or template it).
fn route_order<'r>(routes: impl Iterator<Item = &'r str>) -> Vec<usize> {
    let templated = |segment: &str| segment.contains('{');
    let routes: Vec<Vec<&str>> = routes.map(|route| route.split('/').collect()).collect();
    // Templated routes placed so far, by (segment count, first segment); `None` when the
    // first segment is a template itself.
    let mut general: HashMap<(usize, Option<&str>), Vec<usize>> = HashMap::new();
    let mut order: Vec<usize> = Vec::with_capacity(routes.len());
    for (index, segments) in routes.iter().enumerate() {
        let first = segments.get(1).copied().unwrap_or("");
        let candidates = [Some(first), None]
            .into_iter()
            .filter_map(|key| general.get(&(segments.len(), key)))
            .flatten()
            .filter(|&&placed| shadows(&routes[placed], segments))
            .copied()
            .collect::<Vec<usize>>();
        let at = if candidates.is_empty() {
            order.len()
        } else {
            order
                .iter()
                .position(|placed| candidates.contains(placed))
                .unwrap_or(order.len())
        };
        order.insert(at, index);
        if segments.iter().any(|segment| templated(segment)) {
            let key = (!templated(first)).then_some(first);
            general
                .entry((segments.len(), key))
                .or_default()
                .push(index);
        }
    }
    order
}

/// Whether the route `general` matches every request path `specific` matches and is less
/// concrete: the same segments, a template wherever they differ.
fn shadows(general: &[&str], specific: &[&str]) -> bool {
    let templated = |segment: &str| segment.contains('{');
    general.len() == specific.len()
        && general
            .iter()
            .zip(specific)
            .all(|(g, s)| g == s || (templated(g) && !templated(s)))
        && general.iter().zip(specific).any(|(g, s)| g != s)
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
    scheme_statics: &mut SchemeStatics,
    op: &Operation,
) -> Result<TokenStream> {
    let trait_name = &context.trait_name;
    let name = handler_name(op);
    let method = ident(&op.rust_name);
    let body_plan = op
        .request_body
        .as_ref()
        .and_then(|body| request_body(context, body));
    let reads_body = body_plan.is_some();

    let (guard, principal) = match security::of(context.api, op) {
        Access::Anonymous => (quote!(openapi_runtime::pipeline::Anonymous), None),
        Access::Required(schemes) => {
            let schemes = scheme_statics.get(security::schemes_tokens(&schemes));
            (
                quote! {
                    openapi_runtime::pipeline::Required {
                        schemes: #schemes,
                        authenticate: |credentials| api.authenticate(credentials),
                    }
                },
                Some(quote!(principal)),
            )
        }
        Access::Optional(schemes) => {
            let schemes = scheme_statics.get(security::schemes_tokens(&schemes));
            (
                quote! {
                    openapi_runtime::pipeline::Optional {
                        schemes: #schemes,
                        authenticate: |credentials| api.authenticate(credentials),
                    }
                },
                Some(quote!(principal)),
            )
        }
    };

    // Only what differs per operation: its parsers and its call.
    let params_parser = params::emit_parser(context, validators, op)?;
    let params_parser_name = params_parser.as_ref().map(|_| params::parser_name(op));
    let (body_parser, body_parser_name) = match &body_plan {
        Some(plan) => {
            let parser_name = fn_ident("parse", &format!("{}_body", op.rust_name));
            let parser = emit_body_parser(context, validators, plan, &parser_name, &op.pointer)?;
            (Some(parser), Some(parser_name))
        }
        None => (None, None),
    };
    let (parse, input) = match (&params_parser_name, &body_parser_name) {
        (None, None) => (quote!(|_, _, _| Some(())), quote!(())),
        (Some(params), None) => (
            quote!(|req, _, problems| #params(req, problems, api.after_validation())),
            quote!(params),
        ),
        (None, Some(body)) => (
            quote!(|req, bytes, problems| #body(req, bytes, problems, api.after_validation())),
            quote!(body),
        ),
        (Some(params), Some(body)) => (
            // Both are parsed, so that every problem is reported at once.
            quote! {
                |req, bytes, problems| {
                    let params = #params(req, problems, api.after_validation());
                    let body = #body(req, bytes, problems, api.after_validation());
                    Some((params?, body?))
                }
            },
            quote!((params, body)),
        ),
    };
    let mut args = Vec::new();
    args.extend(principal.clone());
    if params_parser_name.is_some() {
        args.push(quote!(params));
    }
    if body_parser_name.is_some() {
        args.push(quote!(body));
    }
    let principal_pattern = principal.unwrap_or_else(|| quote!(()));
    let doc = format!(" Serves `{}`.", op.operation_id);
    let operation_id = &op.operation_id;
    Ok(quote! {
        #[doc = #doc]
        async fn #name<T: #trait_name>(
            api: actix_web::web::Data<T>,
            options: actix_web::web::ThinData<openapi_runtime::GlueOptions>,
            req: actix_web::HttpRequest,
            payload: actix_web::web::Payload,
        ) -> actix_web::HttpResponse {
            openapi_runtime::pipeline::serve(
                openapi_runtime::pipeline::Operation::new(#operation_id, #reads_body),
                options.0,
                req,
                payload,
                #guard,
                #parse,
                |#principal_pattern, #input| api.#method(#(#args),*),
            )
            .await
        }

        #params_parser
        #body_parser
    })
}

/// `fn parse_<op>_body(req, bytes, problems, after) -> Option<Body>`.
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
                    problems.resolve_inputs(before, "body", &value);
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
        BodyDecoding::Multipart => {
            let fields = form_fields(context, content_ty);
            let files: Vec<(String, proc_macro2::Ident)> = context
                .api
                .form_file_fields(content_ty)
                .into_iter()
                .map(|field| (field.wire_name.clone(), ident(&field.rust_name)))
                .collect();
            let bind = if check.is_empty() {
                TokenStream::new()
            } else {
                quote! {
                    let before = problems.len();
                    {
                        let value = form.value();
                        let loc = &openapi_runtime::Loc::body();
                        #check
                    }
                    if problems.len() != before {
                        problems.resolve_inputs(before, "body", form.value());
                        return None;
                    }
                }
            };
            let (files_binding, typed_binding) = if files.is_empty() {
                (quote!(_), quote!(typed))
            } else {
                (quote!(mut files), quote!(mut typed))
            };
            let sets = files
                .iter()
                .map(|(wire, field)| quote!(files.set(#wire, &mut typed.#field);));
            let done = if plan.required {
                quote!(Some(typed))
            } else {
                quote!(Some(Some(typed)))
            };
            let content_rust_type =
                content_ty.map_or_else(|| quote!(serde_json::Value), |ty| context.ty(ty));
            (
                quote!(req),
                quote! {
                    if bytes.is_empty() {
                        #absent
                    } else {
                        let form = openapi_runtime::body::decode_multipart(req, &bytes, &[#(#fields),*], problems)?;
                        #bind
                        let (value, #files_binding) = form.into_parts();
                        let #typed_binding: #content_rust_type = openapi_runtime::param::typed(value, &openapi_runtime::Loc::body(), problems)?;
                        #(#sets)*
                        #done
                    }
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
    let after = unused_prefix(std::slice::from_ref(&body), "after");
    Ok(quote! {
        fn #name(
            #req_arg: &actix_web::HttpRequest,
            bytes: actix_web::web::Bytes,
            #problems: &mut openapi_runtime::Problems,
            #after: &openapi_runtime::AfterValidation,
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
                _ if context.api.is_form_file(field) => quote!(Binary),
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

#[cfg(test)]
mod route_order_tests {
    use super::*;

    /// The order as first written: each route inserted before the first placed route that
    /// shadows it, every placed route compared.
    fn naive_order(routes: &[String]) -> Vec<usize> {
        let mut order: Vec<usize> = Vec::new();
        for (index, route) in routes.iter().enumerate() {
            let segments: Vec<&str> = route.split('/').collect();
            let at = order
                .iter()
                .position(|&placed| {
                    let general: Vec<&str> = routes[placed].split('/').collect();
                    shadows(&general, &segments)
                })
                .unwrap_or(order.len());
            order.insert(at, index);
        }
        order
    }

    #[test]
    fn agrees_with_comparing_every_route() {
        // Every route of up to three segments over a few literals and templates, in an
        // order that mixes concrete and templated ones.
        let pieces = ["x", "y", "{a}", "{b}", "health", ""];
        let mut routes = Vec::new();
        for first in pieces {
            routes.push(format!("/{first}"));
            for second in pieces {
                routes.push(format!("/{first}/{second}"));
                for third in ["z", "{c}"] {
                    routes.push(format!("/{first}/{second}/{third}"));
                }
            }
        }
        // A deterministic shuffle, so templated routes often come first.
        let mut shuffled = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut next = 7usize;
        while shuffled.len() < routes.len() {
            next = (next * 31 + 17) % routes.len();
            if seen.insert(next) {
                shuffled.push(routes[next].clone());
            } else if let Some(missing) = (0..routes.len()).find(|i| !seen.contains(i)) {
                seen.insert(missing);
                shuffled.push(routes[missing].clone());
            }
        }
        let fast = route_order(shuffled.iter().map(String::as_str));
        assert_eq!(fast, naive_order(&shuffled));
        // The shuffle really does move routes.
        assert_ne!(fast, (0..shuffled.len()).collect::<Vec<_>>());
    }
}
