//! One client method per operation, and the params struct of its query, header and
//! cookie parameters.
//!
//! Signature: path parameters in path order (always required), then `params` (when the
//! operation has query, header or cookie parameters), then `body`. The body of the method
//! reads the path arguments in its first statement, before it binds any local, so a path
//! parameter may be called `request` or `response` without being shadowed.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::Context;
use super::decode;
use crate::emit::api::security::{self, Access, Carrier};
use crate::emit::rust::{doc_attrs, doc_text_attrs, ident};
use crate::ir::{
    ContentKind, FieldShape, HttpMethod, MediaContent, Operation, ParamLocation, ParamStyle,
    Parameter, Primitive, RequestBody, TypeRef,
};
use crate::names::NameScope;

pub(super) struct Emitted {
    pub methods: Vec<TokenStream>,
    pub params: Vec<TokenStream>,
}

/// Names the generated client type already has.
const CLIENT_METHODS: [&str; 3] = ["builder", "with_request_id", "base_url"];

pub(super) fn emit_all(context: &Context) -> Emitted {
    let mut methods = Vec::new();
    let mut params = Vec::new();
    let mut method_names = NameScope::with_taken(CLIENT_METHODS);
    for op in &context.api.operations {
        let name = method_names.claim(&op.rust_name);
        let (method, params_struct) = emit_operation(context, op, &name);
        methods.push(method);
        params.extend(params_struct);
    }
    Emitted { methods, params }
}

/// `ListChannelsParams`.
pub(super) fn params_struct_name(op: &Operation) -> Ident {
    format_ident!("{}Params", op.type_prefix)
}

/// Parameters that go into the params struct (not the path).
fn struct_params(op: &Operation) -> Vec<&Parameter> {
    op.parameters
        .iter()
        .filter(|param| param.location != ParamLocation::Path)
        .collect()
}

/// The field type: required parameters as they are; optional ones as `Option`, where
/// `None` sends nothing (the server then applies the document's default).
fn field_type(context: &Context, param: &Parameter) -> TokenStream {
    let ty = context.ty(&param.ty);
    match param.shape {
        FieldShape::Required => ty,
        _ => quote!(::std::option::Option<#ty>),
    }
}

fn emit_params_struct(context: &Context, op: &Operation) -> Option<TokenStream> {
    let params = struct_params(op);
    if params.is_empty() {
        return None;
    }
    let name = params_struct_name(op);
    let fields = params.iter().map(|param| {
        let docs = doc_attrs(&param.docs);
        let mut location = format!(" `{}` in {}.", param.name, param.location.key());
        if param.shape != FieldShape::Required {
            location.push_str(" `None` sends nothing");
            if let Some(default) = &param.default {
                location.push_str(&format!(" (the server's default is `{default}`)"));
            }
            location.push('.');
        }
        let field = ident(&param.rust_name);
        let ty = field_type(context, param);
        quote! {
            #docs
            #[doc = #location]
            pub #field: #ty,
        }
    });
    // `Default` only when every field may be left out.
    let derive = if params
        .iter()
        .all(|param| param.shape != FieldShape::Required)
    {
        quote!(#[derive(Debug, Clone, Default)])
    } else {
        quote!(#[derive(Debug, Clone)])
    };
    let doc = format!(
        " The query, header and cookie parameters of `{}`.",
        op.operation_id
    );
    Some(quote! {
        #[doc = #doc]
        #derive
        pub struct #name {
            #(#fields)*
        }
    })
}

fn method_tokens(method: HttpMethod) -> TokenStream {
    let name = format_ident!("{}", method.key().to_ascii_uppercase());
    quote!(::openapi_runtime::client::Method::#name)
}

fn style_tokens(style: ParamStyle) -> TokenStream {
    let name = format_ident!(
        "{}",
        match style {
            ParamStyle::Simple => "Simple",
            ParamStyle::Form => "Form",
            ParamStyle::Matrix => "Matrix",
            ParamStyle::Label => "Label",
            ParamStyle::SpaceDelimited => "SpaceDelimited",
            ParamStyle::PipeDelimited => "PipeDelimited",
            ParamStyle::DeepObject => "DeepObject",
        }
    );
    quote!(::openapi_runtime::client::Style::#name)
}

/// How the body is sent: the first JSON media type, else the first urlencoded form with
/// a schema, else the first `multipart/form-data` one with a schema, else raw bytes labelled with the first media type (as the server's glue reads it).
enum BodyPlan<'a> {
    Json(&'a MediaContent),
    Form(&'a MediaContent),
    Multipart(&'a MediaContent),
    Raw(&'a MediaContent),
}

fn body_plan(body: &RequestBody) -> Option<BodyPlan<'_>> {
    let pick = |kind: ContentKind| body.contents.iter().find(|content| content.kind == kind);
    if let Some(json) = pick(ContentKind::Json) {
        Some(BodyPlan::Json(json))
    } else if let Some(form) = pick(ContentKind::FormUrlEncoded).filter(|form| form.ty.is_some()) {
        Some(BodyPlan::Form(form))
    } else if let Some(form) = body.contents.iter().find(|content| content.is_form_data()) {
        Some(BodyPlan::Multipart(form))
    } else {
        body.contents.first().map(BodyPlan::Raw)
    }
}

/// A path template as literal pieces and parameter names (`/a/{id}/b` →
/// `["/a/", {id}, "/b"]`).
enum PathPiece<'a> {
    Literal(&'a str),
    Param(&'a str),
}

fn path_pieces(template: &str) -> Vec<PathPiece<'_>> {
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|close| open + close) else {
            break;
        };
        if open > 0 {
            pieces.push(PathPiece::Literal(&rest[..open]));
        }
        pieces.push(PathPiece::Param(&rest[open + 1..close]));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(PathPiece::Literal(rest));
    }
    pieces
}

fn emit_operation(
    context: &Context,
    op: &Operation,
    method_name: &str,
) -> (TokenStream, Option<TokenStream>) {
    let params_struct = emit_params_struct(context, op);
    // Path arguments are named after their parameters, avoiding the two fixed names.
    let mut arg_names = NameScope::with_taken(["params", "body"]);
    let path_params: Vec<(&Parameter, Ident)> = op
        .parameters_in(ParamLocation::Path)
        .map(|param| (param, ident(&arg_names.claim(&param.rust_name))))
        .collect();
    let mut args: Vec<TokenStream> = path_params
        .iter()
        .map(|(param, arg)| {
            // Text is borrowed; everything else (ids, enums) is small and taken by value.
            let ty = match &param.ty {
                TypeRef::Primitive(Primitive::String) => quote!(&str),
                ty => context.ty(ty),
            };
            quote!(#arg: #ty)
        })
        .collect();
    if params_struct.is_some() {
        let name = params_struct_name(op);
        args.push(quote!(params: &#name));
    }
    let body_plan = op.request_body.as_ref().and_then(body_plan);
    let body_required = op.request_body.as_ref().is_some_and(|body| body.required);
    let set_body = body_plan.map(|plan| {
        let (ty, call) = match &plan {
            BodyPlan::Json(content) => (
                content
                    .ty
                    .as_ref()
                    .map_or_else(|| quote!(::serde_json::Value), |ty| context.ty(ty)),
                quote!(request.json_body(body)?;),
            ),
            BodyPlan::Form(content) => (
                content
                    .ty
                    .as_ref()
                    .map_or_else(|| quote!(::serde_json::Value), |ty| context.ty(ty)),
                quote!(request.form_body(body)?;),
            ),
            BodyPlan::Multipart(content) => {
                let files = context.api.form_file_fields(content.ty.as_ref());
                let names = files.iter().map(|field| field.wire_name.as_str());
                let sets = files.iter().map(|field| {
                    let wire = &field.wire_name;
                    let rust = ident(&field.rust_name);
                    quote!(form.files(#wire, &body.#rust);)
                });
                (
                    content
                        .ty
                        .as_ref()
                        .map_or_else(|| quote!(::serde_json::Value), |ty| context.ty(ty)),
                    quote! {
                        let mut form = ::openapi_runtime::client::MultipartBody::new();
                        form.text_fields(body, &[#(#names),*])?;
                        #(#sets)*
                        request.multipart_body(form);
                    },
                )
            }
            BodyPlan::Raw(content) => {
                let media_type = &content.media_type;
                (
                    quote!([u8]),
                    quote!(request.raw_body(#media_type, body.to_vec());),
                )
            }
        };
        if body_required {
            args.push(quote!(body: &#ty));
            call
        } else {
            args.push(quote!(body: ::std::option::Option<&#ty>));
            quote! {
                if let ::std::option::Option::Some(body) = body {
                    #call
                }
            }
        }
    });

    let path = path_expression(op, &path_params);
    let http_method = method_tokens(op.method);
    let sets = struct_params(op).into_iter().map(|param| {
        let wire = &param.name;
        let field = ident(&param.rust_name);
        let explode = param.explode;
        // A `content` parameter of a JSON media type is one value: its JSON text.
        let (value, style, explode) = if param.is_json_content() {
            (
                quote!(&::openapi_runtime::client::json_text(#wire, &params.#field)?),
                style_tokens(ParamStyle::Form),
                false,
            )
        } else {
            (quote!(&params.#field), style_tokens(param.style), explode)
        };
        match param.location {
            ParamLocation::Query if param.allow_reserved && !param.is_json_content() => {
                quote!(request.query_reserved(#wire, #style, #explode, #value)?;)
            }
            ParamLocation::Query => quote!(request.query(#wire, #style, #explode, #value)?;),
            ParamLocation::Header => quote!(request.header(#wire, #explode, #value)?;),
            ParamLocation::Cookie => quote!(request.cookie(#wire, #explode, #value)?;),
            ParamLocation::Path => quote!(),
        }
    });
    let security = security_tokens(context, op);
    let decode = decode::emit(context, op);
    let response_type = decode::response_type(context, op);
    let docs = operation_docs(op);
    let name = ident(method_name);
    let sets: Vec<TokenStream> = sets.collect();
    // `mut` only when something is added, or the binding itself warns.
    let binding = if sets.is_empty() && security.is_empty() && set_body.is_none() {
        quote!(request)
    } else {
        quote!(mut request)
    };
    let method = quote! {
        #docs
        pub async fn #name(&self #(, #args)*) -> ::std::result::Result<#response_type, ::openapi_runtime::client::ClientError> {
            let #binding = self.inner.request(#http_method, #path);
            #(#sets)*
            #security
            #set_body
            let response = request.send().await?;
            #decode
        }
    };
    (method, params_struct)
}

/// The encoded path: literal pieces as written, parameters percent-encoded.
fn path_expression(op: &Operation, path_params: &[(&Parameter, Ident)]) -> TokenStream {
    let pieces = path_pieces(&op.path).into_iter().map(|piece| match piece {
        PathPiece::Literal(text) => quote!(::std::string::String::from(#text)),
        PathPiece::Param(name) => match path_params.iter().find(|(param, _)| param.name == name) {
            Some((param, arg)) if param.is_json_content() => {
                let style = style_tokens(ParamStyle::Simple);
                quote!(::openapi_runtime::client::path_value(#name, #style, false, &::openapi_runtime::client::json_text(#name, &#arg)?)?)
            }
            Some((param, arg)) => {
                let style = style_tokens(param.style);
                let explode = param.explode;
                // In a segment holding several parameters, the characters between them
                // are escaped in the values, so that the segment splits as sent.
                let separators = crate::emit::path_template::layout(&op.path, name)
                    .map(|layout| layout.separator_characters())
                    .unwrap_or_default();
                if separators.is_empty() {
                    quote!(::openapi_runtime::client::path_value(#name, #style, #explode, &#arg)?)
                } else {
                    quote!(::openapi_runtime::client::path_value_escaping(#name, #style, #explode, #separators, &#arg)?)
                }
            }
            // A template variable without a parameter: sent as written.
            None => {
                let text = format!("{{{name}}}");
                quote!(::std::string::String::from(#text))
            }
        },
    });
    let pieces: Vec<TokenStream> = pieces.collect();
    match pieces.as_slice() {
        [] => quote!(::std::string::String::new()),
        [single] => single.clone(),
        _ => quote!([#(#pieces),*].concat()),
    }
}

/// `request.security(&[...])?;` with the schemes the operation accepts.
fn security_tokens(context: &Context, op: &Operation) -> TokenStream {
    let schemes = match security::of(context.api, op) {
        Access::Anonymous => return TokenStream::new(),
        Access::Required(schemes) | Access::Optional(schemes) => schemes,
    };
    if schemes.is_empty() {
        return TokenStream::new();
    }
    let items = schemes.iter().map(|scheme| {
        let name = &scheme.name;
        let carrier = match &scheme.carrier {
            Carrier::Bearer => quote!(Bearer),
            Carrier::Basic => quote!(Basic),
            Carrier::Header(header) => quote!(Header(#header)),
            Carrier::Query(parameter) => quote!(Query(#parameter)),
            Carrier::Cookie(cookie) => quote!(Cookie(#cookie)),
        };
        quote!(::openapi_runtime::client::Scheme { name: #name, carrier: ::openapi_runtime::client::Carrier::#carrier })
    });
    quote!(request.security(&[#(#items),*])?;)
}

fn operation_docs(op: &Operation) -> TokenStream {
    let docs = doc_attrs(&op.docs);
    let route = format!(
        "`{} {}` (operation `{}`)",
        op.method.key().to_uppercase(),
        op.path,
        op.operation_id
    );
    let route = doc_text_attrs(Some(&route));
    if docs.is_empty() {
        route
    } else {
        quote!(#docs #[doc = ""] #route)
    }
}
