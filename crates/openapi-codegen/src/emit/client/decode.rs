//! The response of a call as the operation's enum (`<models>::responses::<Op>Response`):
//! the variant of the documented status, its JSON body parsed, its headers read.
//! Statuses are matched exactly first, then by range (`4XX`), then `default`; anything
//! else is `ClientError::UnexpectedStatus`.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::Context;
use crate::emit::responses::{enum_name, header_fields, variant_name};
use crate::ir::{ContentKind, Operation, Response, ResponseStatus};

/// `::channels_models::responses::GetChannelResponse`.
pub(super) fn response_type(context: &Context, op: &Operation) -> TokenStream {
    let models = &context.models;
    let name = enum_name(op);
    quote!(#models::responses::#name)
}

/// A `match` on `response.status` (`response: RawResponse` is in scope) that answers the
/// method's `Result`.
pub(super) fn emit(context: &Context, op: &Operation) -> TokenStream {
    let enum_type = response_type(context, op);
    let order = |response: &&Response| match response.status {
        ResponseStatus::Code(_) => 0,
        ResponseStatus::Range(_) => 1,
        ResponseStatus::Default => 2,
    };
    let mut responses: Vec<&Response> = op.responses.iter().collect();
    responses.sort_by_key(order);
    let arms = responses.iter().map(|response| {
        let pattern = match response.status {
            ResponseStatus::Code(code) => {
                let code = Literal::u16_unsuffixed(code);
                quote!(#code)
            }
            ResponseStatus::Range(class) => {
                let low = Literal::u16_unsuffixed(u16::from(class) * 100);
                let high = Literal::u16_unsuffixed(u16::from(class) * 100 + 99);
                quote!(#low..=#high)
            }
            ResponseStatus::Default => quote!(_),
        };
        let value = variant_value(&enum_type, response);
        quote!(#pattern => ::std::result::Result::Ok(#value),)
    });
    let fallback = (!op
        .responses
        .iter()
        .any(|response| response.status == ResponseStatus::Default))
    .then(|| {
        quote!(_ => ::std::result::Result::Err(::openapi_runtime::client::ClientError::UnexpectedStatus(::std::boxed::Box::new(response))),)
    });
    // Only a `default` response: every status is that variant, no `match` needed.
    if let [only] = responses.as_slice()
        && only.status == ResponseStatus::Default
    {
        let value = variant_value(&enum_type, only);
        return quote!(::std::result::Result::Ok(#value));
    }
    quote! {
        match response.status {
            #(#arms)*
            #fallback
        }
    }
}

/// How a variant's body is read; mirrors the models' `responses` module.
enum Body {
    None,
    Json,
    Raw,
}

fn body_of(response: &Response) -> Body {
    match response.contents.first() {
        None => Body::None,
        Some(content) if content.kind == ContentKind::Json => Body::Json,
        Some(_) => Body::Raw,
    }
}

/// The expression building the variant from `response`.
fn variant_value(enum_type: &TokenStream, response: &Response) -> TokenStream {
    let variant = variant_name(response.status);
    let body = match body_of(response) {
        Body::None => None,
        Body::Json => Some(quote!(::openapi_runtime::client::json_body(&response)?)),
        Body::Raw => Some(quote!(::std::clone::Clone::clone(&response.body))),
    };
    let has_status = !matches!(response.status, ResponseStatus::Code(_));
    if response.headers.is_empty() && !has_status {
        return match body {
            None => quote!(#enum_type::#variant),
            Some(body) => quote!(#enum_type::#variant(#body)),
        };
    }
    let status = has_status.then(|| quote!(status: response.status,));
    let body = body.map(|body| quote!(body: #body,));
    // Field names as the models' `responses` module names them.
    let headers = header_fields(response).into_iter().map(|(header, field)| {
        let wire = header.name.to_ascii_lowercase();
        if header.required {
            quote!(#field: ::openapi_runtime::client::required_header(&response, #wire)?,)
        } else {
            quote!(#field: response.header(#wire),)
        }
    });
    quote!(#enum_type::#variant { #status #body #(#headers)* })
}
