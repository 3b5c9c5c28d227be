//! The params struct of an operation and the code that fills it from a request.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::context::{Context, fn_ident, mentions, unused_prefix};
use crate::emit::rust::{default_expr, doc_attrs, ident};
use crate::emit::validate::{Validators, item_limits};
use crate::error::Result;
use crate::ir::{
    AdditionalProperties, Constraints, FieldShape, Operation, ParamLocation, ParamObject,
    ParamStyle, ParamValue, Parameter, Primitive, SecuritySchemeKind, TypeKind, TypeRef,
};

/// `UpdateChannelParams`.
pub(crate) fn struct_name(op: &Operation) -> Ident {
    format_ident!("{}Params", op.type_prefix)
}

/// The parser function's name.
pub(crate) fn parser_name(op: &Operation) -> Ident {
    fn_ident("parse", &format!("{}_params", op.rust_name))
}

/// Parameters are never tri-state: absent and empty mean the same in a query string.
fn field_type(param: &Parameter) -> TypeRef {
    match param.shape {
        FieldShape::Patch => TypeRef::Option(Box::new(param.ty.clone())),
        shape => shape.wrap(param.ty.clone()),
    }
}

pub(crate) fn emit_struct(context: &Context, op: &Operation) -> Option<TokenStream> {
    if op.parameters.is_empty() {
        return None;
    }
    let name = struct_name(op);
    let fields = op.parameters.iter().map(|param| {
        let docs = doc_attrs(&param.docs);
        let location = format!(" `{}` in {}.", param.name, param.location.key());
        let field = ident(&param.rust_name);
        let ty = context.ty(&field_type(param));
        quote! {
            #docs
            #[doc = #location]
            pub #field: #ty,
        }
    });
    let doc = format!(
        " The parameters of `{}`, parsed and validated.",
        op.operation_id
    );
    Some(quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name {
            #(#fields)*
        }
    })
}

/// The name a path parameter has in the actix-web route (a valid identifier, so that any
/// parameter name in the document routes).
pub(crate) fn route_segment_name(param: &Parameter) -> String {
    crate::names::unraw(&param.rust_name).to_string()
}

/// `fn parse_<op>_params(req, problems, after) -> Option<Params>`: every parameter is
/// parsed and checked (so that all problems are recorded) before the struct is built.
pub(crate) fn emit_parser(
    context: &Context,
    validators: &mut Validators,
    op: &Operation,
) -> Result<Option<TokenStream>> {
    if op.parameters.is_empty() {
        return Ok(None);
    }
    let name = parser_name(op);
    let params_struct = struct_name(op);
    let query = op
        .parameters_in(ParamLocation::Query)
        .next()
        .map(|_| quote!(let query = openapi_runtime::param::FormPairs::from_query(req);));
    // FastAPI reports parameter problems by location: path, query, header, then cookie.
    let mut parses = Vec::new();
    for location in [
        ParamLocation::Path,
        ParamLocation::Query,
        ParamLocation::Header,
        ParamLocation::Cookie,
    ] {
        for param in op.parameters_in(location) {
            parses.push(parse_param(context, validators, op, param)?);
        }
    }
    let fields: Vec<Ident> = op
        .parameters
        .iter()
        .map(|param| ident(&param.rust_name))
        .collect();
    let locals: Vec<Ident> = (0..op.parameters.len()).map(param_local).collect();
    let problems = unused_prefix(&parses, "problems");
    let after = unused_prefix(&parses, "after");
    Ok(Some(quote! {
        fn #name(
            req: &actix_web::HttpRequest,
            #problems: &mut openapi_runtime::Problems,
            #after: &openapi_runtime::AfterValidation,
        ) -> Option<#params_struct> {
            #query
            #(#parses)*
            // Every parameter has been parsed (and every problem recorded) by now.
            Some(#params_struct { #(#fields: #locals?),* })
        }
    }))
}

/// The parser's local holding the parameter at `index`.
fn param_local(index: usize) -> Ident {
    format_ident!("param_{}", index)
}

/// `openapi_runtime::param::Style::Form`.
fn style_tokens(style: ParamStyle) -> TokenStream {
    let variant = format_ident!("{}", format!("{style:?}"));
    quote!(openapi_runtime::param::Style::#variant)
}

/// Where a path parameter's text is in the request's path: the number of segments after
/// its own, and the literal text around and between the parameters of its segment.
/// `None` when the template does not hold it (the router's value is read then).
fn path_slot(op: &Operation, param: &Parameter) -> TokenStream {
    match crate::emit::path_template::layout(&op.path, &param.name) {
        Some(layout) => {
            let from_end = proc_macro2::Literal::usize_unsuffixed(layout.from_end);
            let index = proc_macro2::Literal::usize_unsuffixed(layout.index);
            let literals = &layout.literals;
            quote! {
                Some(&openapi_runtime::param::PathSlot { from_end: #from_end, literals: &[#(#literals),*], index: #index })
            }
        }
        None => quote!(None),
    }
}

/// Whether the path parameter shares its segment with others (`{name}.{ext}`).
fn shares_segment(op: &Operation, param: &Parameter) -> bool {
    crate::emit::path_template::layout(&op.path, &param.name).is_some_and(|layout| layout.shared())
}

/// How a property or map value of an object parameter is read from text.
fn scalar_hint(context: &Context, ty: &TypeRef) -> TokenStream {
    let lookup = |name: &str| context.api.type_def(name);
    let mut resolved = ty.unwrapped();
    while let TypeRef::Named(name) = resolved {
        match lookup(name).map(|def| &def.kind) {
            Some(TypeKind::Alias(alias)) => resolved = alias.target.unwrapped(),
            Some(TypeKind::Enum(_)) => return quote!(openapi_runtime::param::Scalar::Text),
            _ => break,
        }
    }
    let variant = match resolved {
        TypeRef::Primitive(Primitive::I32 | Primitive::I64 | Primitive::U32 | Primitive::U64) => {
            quote!(Integer)
        }
        TypeRef::Primitive(Primitive::F32 | Primitive::F64) => quote!(Number),
        TypeRef::Primitive(Primitive::Bool) => quote!(Boolean),
        TypeRef::Primitive(_) => quote!(Text),
        _ => quote!(Json),
    };
    quote!(openapi_runtime::param::Scalar::#variant)
}

/// The `ObjectShape` of an object parameter.
fn object_shape(
    context: &Context,
    op: &Operation,
    param: &Parameter,
    object: ParamObject,
) -> TokenStream {
    let (fields, others): (Vec<TokenStream>, Option<TokenStream>) = match object {
        ParamObject::Struct(def) => (
            def.fields
                .iter()
                .map(|field| {
                    let name = &field.wire_name;
                    let scalar = scalar_hint(context, &field.ty);
                    quote!(openapi_runtime::param::Field { name: #name, scalar: #scalar })
                })
                .collect(),
            match &def.additional {
                AdditionalProperties::Typed(ty) => Some(scalar_hint(context, ty)),
                AdditionalProperties::Ignored | AdditionalProperties::Denied => None,
            },
        ),
        ParamObject::Map(value) => (Vec::new(), Some(scalar_hint(context, value))),
        ParamObject::FreeForm => (
            Vec::new(),
            Some(quote!(openapi_runtime::param::Scalar::Json)),
        ),
    };
    let others = match others {
        Some(scalar) => quote!(Some(#scalar)),
        None => quote!(None),
    };
    // Keys of the query that belong to something else: the operation's other query
    // parameters and the document's query API keys.
    let mut excluded: Vec<&str> = Vec::new();
    if param.location == ParamLocation::Query && param.style == ParamStyle::Form && param.explode {
        excluded.extend(
            op.parameters_in(ParamLocation::Query)
                .filter(|other| !std::ptr::eq(*other, param))
                .map(|other| other.name.as_str()),
        );
        excluded.extend(context.api.security_schemes.iter().filter_map(
            |scheme| match &scheme.kind {
                SecuritySchemeKind::ApiKey {
                    location: ParamLocation::Query,
                    name,
                } => Some(name.as_str()),
                _ => None,
            },
        ));
    }
    quote! {
        openapi_runtime::param::ObjectShape {
            fields: &[#(#fields),*],
            others: #others,
            excluded: &[#(#excluded),*],
        }
    }
}

/// `let param_<n> = ...;`: `Some(value)` when valid (absent optional parameters included),
/// `None` after recording the problem.
fn parse_param(
    context: &Context,
    validators: &mut Validators,
    op: &Operation,
    param: &Parameter,
) -> Result<TokenStream> {
    // Numbered, not named after the parameter: a parameter called `query`, `req` or
    // `problems` must not shadow the parser's own locals.
    let field = param_local(
        op.parameters
            .iter()
            .position(|candidate| std::ptr::eq(candidate, param))
            .unwrap_or_default(),
    );
    let location = param.location.key();
    let wire = &param.name;
    let field_type = field_type(param);
    // The value is parsed without its `Option` layers, which are then put back: a present
    // parameter is `Some(value)` however many layers the field has.
    let value_type = strip_options(&param.ty);
    let layers = option_layers(&field_type);
    let absent = match param.shape {
        FieldShape::Optional | FieldShape::Patch => Some(quote!(Some(None))),
        FieldShape::Defaulted | FieldShape::DefaultedNullable => param
            .default
            .as_ref()
            .and_then(|default| {
                default_expr(
                    &context.api.types,
                    &field_type,
                    default,
                    Some(&context.models),
                )
            })
            .map(|expr| quote!(Some(#expr))),
        FieldShape::Required | FieldShape::RequiredNullable => None,
    }
    .unwrap_or_else(|| {
        quote! {{
            problems.push(openapi_runtime::Problem::missing(loc));
            None
        }}
    });
    let wrap = match layers {
        0 => quote!(),
        1 => quote!(.map(Some)),
        _ => {
            let mut wrapped = quote!(value);
            for _ in 0..layers {
                wrapped = quote!(Some(#wrapped));
            }
            quote!(.map(|value| #wrapped))
        }
    };
    let segment = route_segment_name(param);
    let style = style_tokens(param.style);
    let explode = param.explode;
    // The text as sent, escapes kept, for the styles that split before decoding.
    let (raw_text, escaping) = match param.location {
        ParamLocation::Path => {
            let slot = path_slot(op, param);
            (
                quote!(openapi_runtime::param::path_raw(req, #segment, #slot)),
                quote!(openapi_runtime::param::Escaping::Percent),
            )
        }
        ParamLocation::Header => (
            quote!(openapi_runtime::param::header_list(req, #wire)),
            quote!(openapi_runtime::param::Escaping::Header),
        ),
        ParamLocation::Cookie => (
            quote!(openapi_runtime::param::cookie_raw(req, #wire)),
            quote!(openapi_runtime::param::Escaping::Percent),
        ),
        // Query values are read from the parsed query string instead.
        ParamLocation::Query => (
            quote!(Option::<String>::None),
            quote!(openapi_runtime::param::Escaping::Percent),
        ),
    };
    // One value's text, decoded: `Option<&str>` in every location (the query is
    // borrowed, the others are owned).
    let raw_single = match param.location {
        // A segment holding several parameters is split as sent: the router has decoded
        // escaped separators (`%2D` in `{from}-{to}`) before splitting.
        ParamLocation::Path if shares_segment(op, param) => {
            let slot = path_slot(op, param);
            quote!(openapi_runtime::param::path_part(req, #segment, #slot).as_deref())
        }
        ParamLocation::Path => quote!(openapi_runtime::param::path(req, #segment).as_deref()),
        ParamLocation::Query => quote!(query.last(#wire)),
        ParamLocation::Header => quote!(openapi_runtime::param::header(req, #wire).as_deref()),
        ParamLocation::Cookie => quote!(openapi_runtime::param::cookie(req, #wire).as_deref()),
    };
    // Validates `value: serde_json::Value` as the parameter's type, then converts it.
    let validate_json = |validators: &mut Validators| -> Result<TokenStream> {
        let check = validators.value_check(value_type, &param.constraints, &param.pointer)?;
        Ok(if check.is_empty() {
            quote!(openapi_runtime::param::typed(value, loc, problems)#wrap)
        } else {
            quote! {{
                let before = problems.len();
                {
                    let value = &value;
                    #check
                }
                if problems.len() == before {
                    openapi_runtime::param::typed(value, loc, problems)#wrap
                } else {
                    None
                }
            }}
        })
    };
    let lookup = |name: &str| context.api.type_def(name);
    let value_kind = if param.is_json_content() {
        None
    } else {
        Some(ParamValue::of(value_type, &lookup))
    };
    let mut loc_expr = quote!(openapi_runtime::Loc::param(#location, #wire));
    let parse = match value_kind {
        // `content` with a JSON media type: the text is JSON.
        None => {
            let convert = validate_json(validators)?;
            quote! {
                match #raw_single {
                    Some(text) => match openapi_runtime::param::json(text, loc, problems) {
                        Some(value) => #convert,
                        None => None,
                    },
                    None => #absent,
                }
            }
        }
        Some(ParamValue::Array(item)) => {
            let raw_items = match param.location {
                ParamLocation::Query => quote! {
                    openapi_runtime::param::query_array(&query, #wire, #style, #explode)
                },
                _ => quote! {
                    openapi_runtime::param::array(#raw_text.as_deref(), #wire, #style, #explode, #escaping, loc, problems)
                },
            };
            // The limits of the array (the parameter's own, else those of the component
            // it names) are checked as a body array's are, by the same runtime function,
            // while its text items are parsed.
            let constraints = array_constraints(context, value_type, &param.constraints);
            let default_items = Constraints::default();
            let item_constraints = constraints.items.as_deref().unwrap_or(&default_items);
            let item_parse =
                parse_text(context, validators, item, item_constraints, &param.pointer)?;
            let limits = item_limits(&constraints);
            let [item_loc, item_problems] = ["loc", "problems"]
                .map(|name| unused_prefix(std::slice::from_ref(&item_parse), name));
            quote! {
                match #raw_items {
                    openapi_runtime::param::Raw::Absent => #absent,
                    openapi_runtime::param::Raw::Invalid => None,
                    openapi_runtime::param::Raw::Value(raw) => openapi_runtime::check::parse_items(
                        &raw,
                        #limits,
                        loc,
                        problems,
                        |text, #item_loc, #item_problems| {
                            let text = text.as_str();
                            #item_parse
                        },
                    )#wrap,
                }
            }
        }
        Some(ParamValue::Object(object)) => {
            let shape = object_shape(context, op, param, object);
            let form_exploded = param.location == ParamLocation::Query
                && param.style == ParamStyle::Form
                && param.explode;
            if form_exploded {
                // Each property is a query parameter of its own, reported at
                // `["query", property]` as FastAPI reports a query model's fields.
                loc_expr = quote!(openapi_runtime::Loc::root(#location));
            }
            let raw_object = match param.location {
                ParamLocation::Query => quote! {
                    openapi_runtime::param::query_object(&query, #wire, #style, #explode, &#shape, loc, problems)
                },
                _ => quote! {
                    openapi_runtime::param::object(#raw_text.as_deref(), #wire, #style, #explode, #escaping, &#shape, loc, problems)
                },
            };
            let convert = validate_json(validators)?;
            // A required object whose properties are query parameters is never missing
            // as a whole: its required properties are.
            let absent = if form_exploded
                && matches!(
                    param.shape,
                    FieldShape::Required | FieldShape::RequiredNullable
                ) {
                quote! {{
                    let value = serde_json::Value::Object(serde_json::Map::new());
                    #convert
                }}
            } else {
                absent
            };
            quote! {
                match #raw_object {
                    openapi_runtime::param::Raw::Absent => #absent,
                    openapi_runtime::param::Raw::Invalid => None,
                    openapi_runtime::param::Raw::Value(value) => #convert,
                }
            }
        }
        Some(ParamValue::Scalar | ParamValue::Mixed) => {
            let text_parse = parse_text(
                context,
                validators,
                value_type,
                &param.constraints,
                &param.pointer,
            )?;
            // The parse goes through a binding when wrapped: `Some(x).map(Some)` is noise.
            let present = if layers > 0 {
                quote! {{
                    let parsed = #text_parse;
                    parsed #wrap
                }}
            } else {
                text_parse
            };
            if matches!(param.style, ParamStyle::Label | ParamStyle::Matrix) {
                quote! {
                    match openapi_runtime::param::scalar(#raw_text.as_deref(), #wire, #style, #escaping, loc, problems) {
                        openapi_runtime::param::Raw::Absent => #absent,
                        openapi_runtime::param::Raw::Invalid => None,
                        openapi_runtime::param::Raw::Value(text) => {
                            let text = text.as_str();
                            #present
                        }
                    }
                }
            } else {
                quote! {
                    match #raw_single {
                        Some(text) => #present,
                        None => #absent,
                    }
                }
            }
        }
    };
    let loc = mentions(&parse, "loc").then(|| quote!(let loc = &#loc_expr;));
    if param.location == ParamLocation::Path {
        // The router knows a path value by its route name and the segment's layout, not
        // by the name in `loc`: the problems learn their input here, while both are known.
        let slot = if shares_segment(op, param) {
            path_slot(op, param)
        } else {
            quote!(None)
        };
        return Ok(quote! {
            let #field = {
                #loc
                let before = problems.len();
                let parsed = #parse;
                openapi_runtime::param::path_inputs(req, #segment, #slot, problems, before);
                parsed
            };
        });
    }
    Ok(quote! {
        let #field = {
            #loc
            #parse
        };
    })
}

/// An expression of type `Option<T>` parsing `text: &str` as `ty` and checking it.
fn parse_text(
    context: &Context,
    validators: &mut Validators,
    ty: &TypeRef,
    constraints: &Constraints,
    pointer: &str,
) -> Result<TokenStream> {
    let filtered = |read: TokenStream, checks: Vec<TokenStream>| {
        if checks.is_empty() {
            read
        } else {
            quote!(#read.filter(|value| { let value = *value; #(#checks)&&* }))
        }
    };
    Ok(match ty {
        TypeRef::Primitive(primitive) => match primitive {
            Primitive::String => {
                let checks = validators.string_checks(constraints, pointer)?;
                if checks.is_empty() {
                    quote!(Some(text.to_owned()))
                } else {
                    quote!((#(#checks)&&*).then(|| text.to_owned()))
                }
            }
            Primitive::Binary => quote!(Some(text.as_bytes().to_vec())),
            Primitive::Bool => quote!(openapi_runtime::param::boolean(text, loc, problems)),
            Primitive::I64 => filtered(
                quote!(openapi_runtime::param::integer(text, loc, problems)),
                Validators::integer_checks(constraints),
            ),
            Primitive::I32 | Primitive::U32 => {
                let rust = if *primitive == Primitive::I32 {
                    quote!(i32)
                } else {
                    quote!(u32)
                };
                let checks = Validators::integer_checks(constraints);
                let read = quote!(openapi_runtime::param::integer_as::<#rust>(text, loc, problems));
                if checks.is_empty() {
                    read
                } else {
                    quote!(#read.filter(|value| { let value = i64::from(*value); #(#checks)&&* }))
                }
            }
            Primitive::U64 => {
                let checks = Validators::number_checks(constraints);
                let read = quote!(openapi_runtime::param::integer_as::<u64>(
                    text, loc, problems
                ));
                if checks.is_empty() {
                    read
                } else {
                    quote!(#read.filter(|value| { let value = *value as f64; #(#checks)&&* }))
                }
            }
            Primitive::F64 => filtered(
                quote!(openapi_runtime::param::number(text, loc, problems)),
                Validators::number_checks(constraints),
            ),
            Primitive::F32 => {
                let read = filtered(
                    quote!(openapi_runtime::param::number(text, loc, problems)),
                    Validators::number_checks(constraints),
                );
                quote!(#read.map(|value| value as f32))
            }
            Primitive::DateTime => quote!(openapi_runtime::param::date_time(text, loc, problems)),
            Primitive::Date => quote!(openapi_runtime::param::date(text, loc, problems)),
        },
        TypeRef::Named(name) => {
            let rust = context.ty(ty);
            match context.api.type_def(name).map(|def| &def.kind) {
                Some(TypeKind::Enum(enum_def)) => {
                    let allowed = enum_def.variants.iter().map(|variant| &variant.wire_value);
                    quote!(openapi_runtime::param::enumeration::<#rust>(text, &[#(#allowed),*], loc, problems))
                }
                Some(TypeKind::Alias(alias)) if !matches!(alias.target, TypeRef::Vec(_)) => {
                    let merged = if constraints.is_empty() {
                        &alias.constraints
                    } else {
                        constraints
                    };
                    parse_text(context, validators, &alias.target, merged, pointer)?
                }
                _ => quote!(openapi_runtime::param::structured::<#rust>(text, loc, problems)),
            }
        }
        TypeRef::Option(inner) => {
            let inner = parse_text(context, validators, inner, constraints, pointer)?;
            quote!(#inner.map(Some))
        }
        TypeRef::Box(inner) => {
            let inner = parse_text(context, validators, inner, constraints, pointer)?;
            quote!(#inner.map(Box::new))
        }
        other => {
            let rust = context.ty(other);
            quote!(openapi_runtime::param::structured::<#rust>(text, loc, problems))
        }
    })
}

/// The constraints of an array parameter: its own, or (when it states none) those of the
/// array component its schema names, through aliases.
fn array_constraints(context: &Context, ty: &TypeRef, constraints: &Constraints) -> Constraints {
    if !constraints.is_empty() {
        return constraints.clone();
    }
    if let TypeRef::Named(name) = ty.unwrapped()
        && let Some(TypeKind::Alias(alias)) = context.api.type_def(name).map(|def| &def.kind)
    {
        return array_constraints(context, &alias.target, &alias.constraints);
    }
    Constraints::default()
}

fn strip_options(ty: &TypeRef) -> &TypeRef {
    match ty {
        TypeRef::Option(inner) => strip_options(inner),
        other => other,
    }
}

fn option_layers(ty: &TypeRef) -> usize {
    match ty {
        TypeRef::Option(inner) => 1 + option_layers(inner),
        _ => 0,
    }
}
