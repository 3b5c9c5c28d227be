//! Rust tokens shared by the emitters: type references, default values, doc attributes,
//! formatting.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::ir::{Docs, Primitive, TypeDef, TypeKind, TypeRef};

/// An identifier from a name the IR already made valid (raw identifiers included).
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => format_ident!("{}", name),
    }
}

/// The tokens of a type. `models` prefixes named types (e.g. `channels_models::`) when
/// the code lives outside the models crate.
pub fn type_tokens(ty: &TypeRef, models: Option<&TokenStream>) -> TokenStream {
    match ty {
        TypeRef::Named(name) => {
            let name = ident(name);
            match models {
                Some(prefix) => quote!(#prefix::#name),
                None => quote!(#name),
            }
        }
        TypeRef::Primitive(primitive) => primitive_tokens(*primitive),
        TypeRef::Vec(inner) => {
            let inner = type_tokens(inner, models);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(inner, models);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        TypeRef::Option(inner) => {
            let inner = type_tokens(inner, models);
            quote!(Option<#inner>)
        }
        TypeRef::Patch(inner) => {
            let inner = type_tokens(inner, models);
            quote!(openapi_runtime::Patch<#inner>)
        }
        TypeRef::Box(inner) => {
            let inner = type_tokens(inner, models);
            quote!(Box<#inner>)
        }
        TypeRef::Any => quote!(serde_json::Value),
        TypeRef::FreeFormObject => quote!(serde_json::Map<String, serde_json::Value>),
    }
}

fn primitive_tokens(primitive: Primitive) -> TokenStream {
    match primitive {
        Primitive::Bool => quote!(bool),
        Primitive::I32 => quote!(i32),
        Primitive::I64 => quote!(i64),
        Primitive::U32 => quote!(u32),
        Primitive::U64 => quote!(u64),
        Primitive::F32 => quote!(f32),
        Primitive::F64 => quote!(f64),
        Primitive::String => quote!(String),
        Primitive::DateTime => quote!(chrono::DateTime<chrono::Utc>),
        Primitive::Date => quote!(chrono::NaiveDate),
        Primitive::Binary => quote!(Vec<u8>),
    }
}

/// `#[doc = ...]` attributes for documentation, if any.
pub fn doc_attrs(docs: &Docs) -> TokenStream {
    doc_text_attrs(docs.text().as_deref())
}

/// Like [`doc_attrs`], but a title that only restates `name` (FastAPI titles every
/// property after its name: `is_active` → "Is Active") is left out.
pub fn doc_attrs_for(docs: &Docs, name: &str) -> TokenStream {
    let squash = |text: &str| -> String {
        text.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let mut docs = docs.clone();
    if docs
        .title
        .as_deref()
        .is_some_and(|title| squash(title) == squash(name))
    {
        docs.title = None;
    }
    doc_text_attrs(docs.text().as_deref())
}

/// `#[doc = ...]` attributes, one per line so rustdoc renders paragraphs.
pub fn doc_text_attrs(text: Option<&str>) -> TokenStream {
    let Some(text) = text else {
        return TokenStream::new();
    };
    let lines = text.lines().map(|line| {
        // A space after `///`, as hand-written docs have; trailing spaces carry nothing.
        let line = format!(" {}", line.trim_end());
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// An expression of type `ty` for a spec `default`, or `None` when the value cannot be
/// written as a Rust expression of that type (then the default is not applied).
pub fn default_expr(
    types: &[TypeDef],
    ty: &TypeRef,
    value: &Value,
    models: Option<&TokenStream>,
) -> Option<TokenStream> {
    default_expr_at(types, ty, value, models, 0)
}

fn default_expr_at(
    types: &[TypeDef],
    ty: &TypeRef,
    value: &Value,
    models: Option<&TokenStream>,
    depth: usize,
) -> Option<TokenStream> {
    if depth > 16 {
        return None;
    }
    let next = |ty: &TypeRef, value: &Value| default_expr_at(types, ty, value, models, depth + 1);
    match ty {
        TypeRef::Primitive(primitive) => primitive_literal(*primitive, value),
        TypeRef::Option(inner) => match value {
            Value::Null => Some(quote!(None)),
            _ => next(inner, value).map(|expr| quote!(Some(#expr))),
        },
        TypeRef::Box(inner) => next(inner, value).map(|expr| quote!(Box::new(#expr))),
        TypeRef::Vec(inner) => {
            let items = value.as_array()?;
            let items: Option<Vec<TokenStream>> =
                items.iter().map(|item| next(inner, item)).collect();
            let items = items?;
            Some(if items.is_empty() {
                quote!(Vec::new())
            } else {
                quote!(vec![#(#items),*])
            })
        }
        TypeRef::Map(inner) => {
            let entries = value.as_object()?;
            let entries: Option<Vec<TokenStream>> = entries
                .iter()
                .map(|(key, item)| next(inner, item).map(|expr| quote!((#key.to_string(), #expr))))
                .collect();
            let entries = entries?;
            Some(if entries.is_empty() {
                quote!(std::collections::BTreeMap::new())
            } else {
                quote!(std::collections::BTreeMap::from([#(#entries),*]))
            })
        }
        TypeRef::Any => json_tokens(value).map(|json| quote!(serde_json::json!(#json))),
        TypeRef::FreeFormObject => {
            let object = value.as_object()?;
            if object.is_empty() {
                return Some(quote!(serde_json::Map::new()));
            }
            let json = json_tokens(value)?;
            // `json!` of an object literal is always an object; the match only names the type.
            Some(quote!(match serde_json::json!(#json) {
                serde_json::Value::Object(map) => map,
                _ => serde_json::Map::new(),
            }))
        }
        TypeRef::Named(name) => {
            let def = types
                .binary_search_by(|def| def.name.as_str().cmp(name))
                .ok()
                .map(|i| &types[i])?;
            match &def.kind {
                TypeKind::Enum(def_enum) => {
                    let wanted = match value {
                        Value::String(s) => s.clone(),
                        Value::Number(n) => n.to_string(),
                        Value::Bool(b) => b.to_string(),
                        _ => return None,
                    };
                    let variant = def_enum
                        .variants
                        .iter()
                        .find(|variant| variant.wire_value == wanted)?;
                    let ty = type_tokens(&TypeRef::Named(name.clone()), models);
                    let variant = ident(&variant.rust_name);
                    Some(quote!(#ty::#variant))
                }
                TypeKind::Alias(alias) => next(&alias.target, value),
                TypeKind::Newtype(alias) => {
                    let inner = next(&alias.target, value)?;
                    let ty = type_tokens(&TypeRef::Named(name.clone()), models);
                    Some(quote!(#ty(#inner)))
                }
                // Structs and unions would need every nested default checked; not applied.
                _ => None,
            }
        }
        TypeRef::Patch(_) => None,
    }
}

fn primitive_literal(primitive: Primitive, value: &Value) -> Option<TokenStream> {
    // Some documents write numbers as strings (`default: "10"`); they mean the number.
    let number_text = match value {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => Some(s.trim().to_string()),
        _ => None,
    };
    match primitive {
        Primitive::Bool => match value {
            Value::Bool(b) => Some(quote!(#b)),
            Value::String(s) if s == "true" || s == "false" => {
                let b = s == "true";
                Some(quote!(#b))
            }
            _ => None,
        },
        Primitive::I32 => number_text?
            .parse::<i32>()
            .ok()
            .map(|n| literal(Literal::i32_unsuffixed(n))),
        Primitive::I64 => number_text?
            .parse::<i64>()
            .ok()
            .map(|n| literal(Literal::i64_unsuffixed(n))),
        Primitive::U32 => number_text?
            .parse::<u32>()
            .ok()
            .map(|n| literal(Literal::u32_unsuffixed(n))),
        Primitive::U64 => number_text?
            .parse::<u64>()
            .ok()
            .map(|n| literal(Literal::u64_unsuffixed(n))),
        Primitive::F32 => float_literal(&number_text?, |text| {
            text.parse::<f32>().is_ok_and(f32::is_finite)
        }),
        Primitive::F64 => float_literal(&number_text?, |text| {
            text.parse::<f64>().is_ok_and(f64::is_finite)
        }),
        Primitive::String => {
            let text = match value {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                Value::Bool(b) => b.to_string(),
                _ => return None,
            };
            Some(quote!(String::from(#text)))
        }
        // Dates would have to be parsed at run time, which can fail.
        Primitive::DateTime | Primitive::Date | Primitive::Binary => None,
    }
}

/// A float literal spelled as the document spells it (`1e300` stays `1e300`), with `.0`
/// added to whole numbers so Rust reads them as floats.
fn float_literal(text: &str, is_valid: impl Fn(&str) -> bool) -> Option<TokenStream> {
    if !is_valid(text) || text.contains(['i', 'I', 'n', 'N']) {
        return None;
    }
    let text = if text.contains(['.', 'e', 'E']) {
        text.to_string()
    } else {
        format!("{text}.0")
    };
    text.parse().ok()
}

/// A JSON value as tokens `serde_json::json!` accepts (JSON is valid `json!` input).
pub(crate) fn json_tokens(value: &Value) -> Option<TokenStream> {
    value.to_string().parse().ok()
}

fn literal(literal: Literal) -> TokenStream {
    quote!(#literal)
}

/// Formats a token stream as a Rust file with prettyplease, prefixed by `header`.
///
/// The file tells rustfmt to leave it as it is (`#![cfg_attr(rustfmt, rustfmt::skip)]`, an
/// inner attribute stable Rust accepts: rustc never sets the `rustfmt` cfg): its layout is
/// prettyplease's, and `cargo fmt --check` passes on generated crates without running
/// rustfmt over them, which took longer than generating them.
///
/// The items are parsed and laid out a few at a time ([`item_chunks`]): prettyplease lays
/// out each item on its own, so the text is the same as from the whole file at once, and
/// the syntax tree of a large file never has to be held (and freed) as one.
pub fn format_file(tokens: TokenStream, header: &str, what: &str) -> Result<String> {
    let parse_error = |err: syn::Error| Error::Emit {
        what: what.to_string(),
        message: err.to_string(),
    };
    let mut text = String::new();
    let mut first = true;
    for chunk in item_chunks(tokens.clone()) {
        let Ok(mut file) = syn::parse2::<syn::File>(chunk) else {
            // Not cut at item boundaries after all: the whole file, for its error or text.
            let mut file: syn::File = syn::parse2(tokens).map_err(parse_error)?;
            file.attrs.push(skip_rustfmt());
            text = prettyplease::unparse(&file);
            break;
        };
        if first {
            file.attrs.push(skip_rustfmt());
            first = false;
        }
        text.push_str(&prettyplease::unparse(&file));
    }
    Ok(format!("{header}\n{}", separate_items(&text)))
}

fn skip_rustfmt() -> syn::Attribute {
    syn::parse_quote!(#![cfg_attr(rustfmt, rustfmt::skip)])
}

/// Top-level items per chunk in [`item_chunks`].
const ITEMS_PER_CHUNK: usize = 64;

/// The top-level items of a file's tokens, a few per stream (the first with the file's
/// inner attributes). An item ends with a `;` or a `{ ... }` block at the top level (and a
/// `;` right after such a block belongs to it, as in `const X: T = T { .. };`).
fn item_chunks(tokens: TokenStream) -> Vec<TokenStream> {
    use proc_macro2::{Delimiter, TokenTree};
    let mut chunks = Vec::new();
    let mut chunk: Vec<TokenTree> = Vec::new();
    let mut items = 0;
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        let ends_item = match &token {
            TokenTree::Punct(punct) => punct.as_char() == ';',
            TokenTree::Group(group) => {
                group.delimiter() == Delimiter::Brace
                    && !matches!(tokens.peek(), Some(TokenTree::Punct(next)) if next.as_char() == ';')
            }
            _ => false,
        };
        chunk.push(token);
        if ends_item {
            items += 1;
            if items == ITEMS_PER_CHUNK {
                chunks.push(chunk.drain(..).collect());
                items = 0;
            }
        }
    }
    if !chunk.is_empty() || chunks.is_empty() {
        chunks.push(chunk.into_iter().collect());
    }
    chunks
}

/// Puts a blank line after each top-level item, which prettyplease does not.
fn separate_items(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + source.len() / 16);
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        let ends_item = line == "}"
            || (line.ends_with(';') && !line.starts_with(' ') && !line.starts_with("//"));
        if ends_item && lines.peek().is_some_and(|next| !next.is_empty()) {
            out.push('\n');
        }
    }
    out
}

/// Whether `tokens` use the identifier `name` (bindings the code does not use are left out).
pub fn mentions(tokens: &TokenStream, name: &str) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        proc_macro2::TokenTree::Ident(ident) => ident == name,
        proc_macro2::TokenTree::Group(group) => mentions(&group.stream(), name),
        _ => false,
    })
}

/// `name`, or `_name` when none of `code` uses it (parameters generated code may not need).
pub fn unused_prefix(code: &[TokenStream], name: &str) -> Ident {
    if code.iter().any(|tokens| mentions(tokens, name)) {
        format_ident!("{}", name)
    } else {
        format_ident!("_{}", name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items of every shape whose end `item_chunks` must find, more than one chunk of them.
    fn many_items() -> TokenStream {
        let items = (0..ITEMS_PER_CHUNK + 5).map(|n| {
            let name = format_ident!("Item{n}");
            let constant = format_ident!("ITEM_{n}");
            let function = format_ident!("item_{n}");
            let tuple = format_ident!("Tuple{n}");
            quote! {
                /// A struct.
                #[derive(Debug)]
                pub struct #name { pub a: u8 }
                pub struct #tuple(pub u8);
                impl #name { pub fn new() -> Self { Self { a: 0 } } }
                pub const #constant: #name = #name { a: 1 };
                static PATTERN: &[u8] = &[1, 2];
                pub fn #function() -> u8 { let x = { 1 }; x }
                pub mod inner { pub type T = u8; }
                pub trait Named { fn name(&self) -> impl Future<Output = ()> + Send; }
            }
        });
        quote! {
            #![doc = " A crate."]
            #![allow(dead_code)]
            #(#items)*
        }
    }

    #[test]
    fn chunks_end_at_item_boundaries() {
        let chunks = item_chunks(many_items());
        assert!(chunks.len() > 1, "{}", chunks.len());
        for chunk in chunks {
            if let Err(err) = syn::parse2::<syn::File>(chunk.clone()) {
                panic!("{err}: {chunk}");
            }
        }
    }

    /// Laying out the chunks one by one gives the text of the whole file laid out at once.
    #[test]
    fn chunked_layout_is_the_whole_file_s() {
        let chunked = format_file(many_items(), "// header", "test").unwrap();
        let mut file: syn::File = syn::parse2(many_items()).unwrap();
        file.attrs.push(skip_rustfmt());
        let whole = format!(
            "// header\n{}",
            separate_items(&prettyplease::unparse(&file))
        );
        assert_eq!(chunked, whole);
        assert!(
            chunked.starts_with(
                "// header\n//! A crate.\n#![allow(dead_code)]\n#![cfg_attr(rustfmt, rustfmt::skip)]\n"
            ),
            "{chunked}"
        );
    }

    /// Tokens that do not end where `item_chunks` expects still format, as a whole.
    #[test]
    fn an_item_with_a_block_inside_an_expression_still_formats() {
        let tokens = quote! {
            const X: u8 = { 1 } + 2;
            pub struct A;
        };
        let text = format_file(tokens, "// header", "test").unwrap();
        assert!(text.contains("const X: u8 = { 1 } + 2;\n"), "{text}");
    }
}
