//! Generated validators: code that checks a decoded JSON value against its schema with
//! `openapi_runtime::check`, recording every problem with its exact location.
//!
//! Conventions of the emitted code: a check runs where `value: &serde_json::Value`,
//! `loc: &openapi_runtime::Loc`, `problems: &mut openapi_runtime::Problems` and
//! `after: &openapi_runtime::AfterValidation` are in scope; string checks also see
//! `text: &str`, numeric checks `value: i64` or `f64`.
//!
//! As Pydantic v2, a value gets one problem at most: its constraints are checked in
//! Pydantic's order (length before pattern; `multipleOf` before bounds) and the first
//! that fails ends the checks. An object's after-validation rules run once its own
//! checks (nested values' included) found nothing.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::rust::{ident, unused_prefix};
use crate::error::{Error, Result};
use crate::ir::{
    AdditionalProperties, Api, Constraints, Primitive, StructDef, TaggedUnion, TypeDef, TypeKind,
    TypeRef, UntaggedUnion,
};
use crate::names::NameScope;

/// Collects the validators and patterns the glue asks for, then emits them.
pub(crate) struct Validators<'a> {
    api: &'a Api,
    /// The models crate's path, for the types after-validation rules are keyed by.
    models: TokenStream,
    /// Pattern sources with their static names, in the order first used.
    patterns: Vec<(String, Ident)>,
    /// Type name → validator function name, for every type asked for so far.
    functions: BTreeMap<String, Ident>,
    names: NameScope,
}

impl<'a> Validators<'a> {
    pub fn new(api: &'a Api, models: TokenStream) -> Self {
        Self {
            api,
            models,
            patterns: Vec::new(),
            functions: BTreeMap::new(),
            names: NameScope::new(),
        }
    }

    /// The static holding `pattern`; fails when the runtime cannot compile it.
    fn pattern(&mut self, pattern: &str, pointer: &str) -> Result<Ident> {
        if let Some((_, existing)) = self.patterns.iter().find(|(source, _)| source == pattern) {
            return Ok(existing.clone());
        }
        openapi_runtime::check::pattern_supported(pattern).map_err(|err| {
            Error::spec(
                pointer,
                format!("pattern {pattern:?} is not supported: {err}"),
            )
        })?;
        let name = format_ident!("PATTERN_{}", self.patterns.len() + 1);
        self.patterns.push((pattern.to_string(), name.clone()));
        Ok(name)
    }

    /// The validator function of the named type `name`.
    fn function(&mut self, name: &str) -> Ident {
        if let Some(existing) = self.functions.get(name) {
            return existing.clone();
        }
        let snake = heck::ToSnakeCase::to_snake_case(crate::names::unraw(name));
        let function = ident(&self.names.claim(&format!("validate_{snake}")));
        self.functions.insert(name.to_string(), function.clone());
        function
    }

    /// Checks of a string in `text`, as boolean expressions (all are evaluated).
    pub fn string_checks(
        &mut self,
        constraints: &Constraints,
        pointer: &str,
    ) -> Result<Vec<TokenStream>> {
        let mut checks = Vec::new();
        if let Some(min) = constraints.min_length.and_then(|n| usize::try_from(n).ok()) {
            checks.push(quote!(openapi_runtime::check::min_length(text, #min, loc, problems)));
        }
        if let Some(max) = constraints.max_length.and_then(|n| usize::try_from(n).ok()) {
            checks.push(quote!(openapi_runtime::check::max_length(text, #max, loc, problems)));
        }
        if let Some(pattern) = &constraints.pattern {
            let name = self.pattern(pattern, pointer)?;
            checks.push(quote!(openapi_runtime::check::pattern(text, &#name, loc, problems)));
        }
        match constraints.format.as_deref() {
            Some("uuid") => checks.push(quote!(openapi_runtime::check::uuid(text, loc, problems))),
            Some("date-time") => checks.push(quote!(openapi_runtime::check::date_time(
                text, loc, problems
            ))),
            Some("date") => checks.push(quote!(openapi_runtime::check::date(text, loc, problems))),
            _ => {}
        }
        if let Some(allowed) = &constraints.allowed_values {
            let allowed: Vec<String> = allowed.iter().map(ToString::to_string).collect();
            checks.push(quote! {
                openapi_runtime::check::one_of_json(&serde_json::Value::from(text), &[#(#allowed),*], loc, problems)
            });
        }
        Ok(checks)
    }

    /// Checks of an integer in `value: i64`.
    pub fn integer_checks(constraints: &Constraints) -> Vec<TokenStream> {
        let mut checks = Vec::new();
        // Pydantic checks `multiple_of` before the bounds.
        if let Some(divisor) = constraints
            .multiple_of
            .filter(|d| d.is_finite() && *d != 0.0)
        {
            let (divisor, text) = float_literal(divisor);
            checks.push(quote!(openapi_runtime::check::multiple_of(value as f64, #divisor, #text, loc, problems)));
        }
        for (bound, kind) in bounds(constraints) {
            let kind = bound_kind(kind);
            match integral(bound) {
                Some(limit) => {
                    let limit = Literal::i64_unsuffixed(limit);
                    checks.push(quote!(openapi_runtime::check::integer_bound(value, #kind, #limit, loc, problems)));
                }
                None => {
                    let (limit, text) = float_literal(bound);
                    checks.push(quote!(openapi_runtime::check::bound(value as f64, #kind, #limit, #text, loc, problems)));
                }
            }
        }
        checks.extend(allowed_check(constraints));
        checks
    }

    /// Checks of a number in `value: f64`.
    pub fn number_checks(constraints: &Constraints) -> Vec<TokenStream> {
        let mut checks = Vec::new();
        // Pydantic checks `multiple_of` before the bounds.
        if let Some(divisor) = constraints
            .multiple_of
            .filter(|d| d.is_finite() && *d != 0.0)
        {
            let (divisor, text) = float_literal(divisor);
            checks.push(
                quote!(openapi_runtime::check::multiple_of(value, #divisor, #text, loc, problems)),
            );
        }
        for (bound, kind) in bounds(constraints) {
            let kind = bound_kind(kind);
            let (limit, text) = float_literal(bound);
            checks.push(
                quote!(openapi_runtime::check::bound(value, #kind, #limit, #text, loc, problems)),
            );
        }
        checks.extend(allowed_check(constraints));
        checks
    }

    /// Statements validating `value` as `ty`; empty when any JSON value is acceptable.
    pub fn value_check(
        &mut self,
        ty: &TypeRef,
        constraints: &Constraints,
        pointer: &str,
    ) -> Result<TokenStream> {
        Ok(self.check(ty, constraints, pointer)?.render())
    }

    fn check(&mut self, ty: &TypeRef, constraints: &Constraints, pointer: &str) -> Result<Check> {
        Ok(match ty {
            TypeRef::Named(name) => {
                let function = self.function(name);
                let extra = self.extra_checks(constraints);
                Check::Statements(quote!(#function(value, loc, problems, after); #extra))
            }
            TypeRef::Primitive(primitive) => {
                self.primitive_check(*primitive, constraints, pointer)?
            }
            TypeRef::Vec(inner) => {
                let default_items = Constraints::default();
                let item_constraints = constraints.items.as_deref().unwrap_or(&default_items);
                let item_check = self.value_check(inner, item_constraints, pointer)?;
                let limits = item_limits(constraints);
                let limited = has_item_limits(constraints);
                let check_item = if item_check.is_empty() {
                    quote!(|_, _, _| {})
                } else {
                    quote!(|value, loc, problems| { #item_check })
                };
                let checks = if item_check.is_empty() && !limited {
                    TokenStream::new()
                } else {
                    // One runtime function keeps Pydantic's order (too many, then the
                    // items, then too few) out of every generated validator.
                    quote! {
                        openapi_runtime::check::items(
                            items,
                            #limits,
                            loc,
                            problems,
                            #check_item,
                        );
                    }
                };
                let read = quote!(openapi_runtime::check::array(value, loc, problems));
                Check::reading(read, quote!(items), checks)
            }
            TypeRef::Map(inner) => {
                let default_values = Constraints::default();
                let value_constraints = constraints.values.as_deref().unwrap_or(&default_values);
                let item_check = self.value_check(inner, value_constraints, pointer)?;
                let body = if item_check.is_empty() {
                    TokenStream::new()
                } else {
                    quote! {
                        for (key, value) in map {
                            let loc = &loc.key(key);
                            #item_check
                        }
                    }
                };
                let read = quote!(openapi_runtime::check::map(value, loc, problems));
                Check::reading(read, quote!(map), body)
            }
            TypeRef::Option(inner) | TypeRef::Patch(inner) => {
                self.check(inner, constraints, pointer)?.skipping_null()
            }
            TypeRef::Box(inner) => self.check(inner, constraints, pointer)?,
            TypeRef::Any => Check::Statements(self.extra_checks(constraints)),
            TypeRef::FreeFormObject => {
                Check::Statements(quote!(openapi_runtime::check::map(value, loc, problems);))
            }
        })
    }

    /// `enum`/`const` values on a type whose own validator does not know them.
    fn extra_checks(&self, constraints: &Constraints) -> TokenStream {
        let Some(allowed) = &constraints.allowed_values else {
            return TokenStream::new();
        };
        let allowed: Vec<String> = allowed.iter().map(ToString::to_string).collect();
        quote!(openapi_runtime::check::one_of_json(value, &[#(#allowed),*], loc, problems);)
    }

    fn primitive_check(
        &mut self,
        primitive: Primitive,
        constraints: &Constraints,
        pointer: &str,
    ) -> Result<Check> {
        let statements = first_failure;
        Ok(match primitive {
            Primitive::String | Primitive::Binary => {
                let checks = statements(self.string_checks(constraints, pointer)?);
                let read = quote!(openapi_runtime::check::string(value, loc, problems));
                Check::reading(read, quote!(text), checks)
            }
            Primitive::DateTime | Primitive::Date => {
                let format = if primitive == Primitive::Date {
                    quote!(openapi_runtime::check::date(text, loc, problems))
                } else {
                    quote!(openapi_runtime::check::date_time(text, loc, problems))
                };
                let mut checks = vec![format];
                let without_format = Constraints {
                    format: None,
                    ..constraints.clone()
                };
                checks.extend(self.string_checks(&without_format, pointer)?);
                let read = quote!(openapi_runtime::check::string(value, loc, problems));
                Check::reading(read, quote!(text), statements(checks))
            }
            Primitive::Bool => {
                Check::Statements(quote!(openapi_runtime::check::boolean(value, loc, problems);))
            }
            Primitive::I64 | Primitive::I32 | Primitive::U32 => {
                let read = match primitive {
                    Primitive::I64 => quote!(openapi_runtime::check::integer(value, loc, problems)),
                    Primitive::I32 => quote!(
                        openapi_runtime::check::integer_in::<i32>(value, loc, problems)
                            .map(i64::from)
                    ),
                    _ => quote!(
                        openapi_runtime::check::integer_in::<u32>(value, loc, problems)
                            .map(i64::from)
                    ),
                };
                let checks = statements(Self::integer_checks(constraints));
                Check::reading(read, quote!(value), checks)
            }
            Primitive::U64 | Primitive::F64 | Primitive::F32 => {
                let read = if primitive == Primitive::U64 {
                    quote!(
                        openapi_runtime::check::unsigned(value, loc, problems)
                            .map(|value| value as f64)
                    )
                } else {
                    quote!(openapi_runtime::check::number(value, loc, problems))
                };
                let checks = statements(Self::number_checks(constraints));
                Check::reading(read, quote!(value), checks)
            }
        })
    }

    /// The validator functions asked for (and those they call) and the pattern statics.
    pub fn finish(mut self) -> Result<TokenStream> {
        let mut emitted = BTreeSet::new();
        let mut items = Vec::new();
        loop {
            let pending: Vec<(String, Ident)> = self
                .functions
                .iter()
                .filter(|(name, _)| !emitted.contains(*name))
                .map(|(name, function)| (name.clone(), function.clone()))
                .collect();
            if pending.is_empty() {
                break;
            }
            for (name, function) in pending {
                emitted.insert(name.clone());
                let Some(def) = self.api.type_def(&name) else {
                    return Err(Error::Emit {
                        what: format!("the validator of {name}"),
                        message: "unknown type".to_string(),
                    });
                };
                items.push(self.type_validator(def, &function)?);
            }
        }
        let patterns = self.patterns.iter().map(|(pattern, name)| {
            quote!(static #name: openapi_runtime::check::Pattern = openapi_runtime::check::Pattern::new(#pattern);)
        });
        Ok(quote!(#(#patterns)* #(#items)*))
    }

    fn type_validator(&mut self, def: &TypeDef, function: &Ident) -> Result<TokenStream> {
        let body = match &def.kind {
            TypeKind::Struct(struct_def) => self.struct_body(struct_def)?,
            TypeKind::Enum(enum_def) => {
                let allowed = enum_def.variants.iter().map(|variant| &variant.wire_value);
                quote!(openapi_runtime::check::string_enum(value, &[#(#allowed),*], loc, problems);)
            }
            TypeKind::TaggedUnion(union) => self.tagged_body(union, &def.pointer)?,
            TypeKind::UntaggedUnion(union) => self.untagged_body(union, &def.pointer)?,
            TypeKind::Alias(alias) | TypeKind::Newtype(alias) => {
                self.value_check(&alias.target, &alias.constraints, &def.pointer)?
            }
        };
        let doc = format!(
            " Checks a `{}` value, recording every problem.",
            def.schema_name
        );
        // Objects get the implementation's after-validation rules, as Pydantic models
        // get `mode="after"` validators.
        let body = if matches!(def.kind, TypeKind::Struct(_)) {
            let rust = crate::emit::rust::type_tokens(
                &TypeRef::Named(def.name.clone()),
                Some(&self.models),
            );
            quote! {
                let before = problems.len();
                #body
                after.check::<#rust>(before, value, loc, problems);
            }
        } else {
            body
        };
        let [value, loc, problems, after] = ["value", "loc", "problems", "after"]
            .map(|name| unused_prefix(std::slice::from_ref(&body), name));
        Ok(quote! {
            #[doc = #doc]
            fn #function(
                #value: &serde_json::Value,
                #loc: &openapi_runtime::Loc,
                #problems: &mut openapi_runtime::Problems,
                #after: &openapi_runtime::AfterValidation,
            ) {
                #body
            }
        })
    }

    fn struct_body(&mut self, struct_def: &StructDef) -> Result<TokenStream> {
        let mut checks = Vec::new();
        for field in &struct_def.fields {
            let wire = &field.wire_name;
            let check = self.check(&field.ty, &field.constraints, &field.pointer)?;
            let check = if field.nullable {
                check.skipping_null()
            } else {
                check
            }
            .render();
            let missing = field
                .required
                .then(|| quote!(else { problems.push(openapi_runtime::Problem::missing(&loc.key(#wire))); }));
            if check.is_empty() && missing.is_none() {
                continue;
            }
            let bind = if check.is_empty() {
                quote!(_value)
            } else {
                quote!(value)
            };
            let loc_binding = (!check.is_empty()).then(|| quote!(let loc = &loc.key(#wire);));
            checks.push(quote! {
                if let Some(#bind) = object.get(#wire) {
                    #loc_binding
                    #check
                } #missing
            });
        }
        let declared: Vec<&str> = struct_def
            .fields
            .iter()
            .map(|field| field.wire_name.as_str())
            .collect();
        match &struct_def.additional {
            AdditionalProperties::Ignored => {}
            AdditionalProperties::Denied => checks.push(quote! {
                openapi_runtime::check::no_extra_properties(object, &[#(#declared),*], loc, problems);
            }),
            AdditionalProperties::Typed(ty) => {
                let check = self.value_check(ty, &Constraints::default(), "")?;
                if !check.is_empty() {
                    checks.push(quote! {
                        for (key, value) in object {
                            if ![#(#declared),*].contains(&key.as_str()) {
                                let loc = &loc.key(key);
                                #check
                            }
                        }
                    });
                }
            }
        }
        Ok(if checks.is_empty() {
            quote!(openapi_runtime::check::object(value, loc, problems);)
        } else {
            quote! {
                let Some(object) = openapi_runtime::check::object(value, loc, problems) else {
                    return;
                };
                #(#checks)*
            }
        })
    }

    fn tagged_body(&mut self, union: &TaggedUnion, pointer: &str) -> Result<TokenStream> {
        let tag = &union.tag;
        let tags: Vec<&str> = union
            .variants
            .iter()
            .map(|variant| variant.tag_value.as_str())
            .collect();
        let mut arms = Vec::new();
        for variant in &union.variants {
            let tag_value = &variant.tag_value;
            let check = match &variant.ty {
                Some(ty) => self.value_check(ty, &Constraints::default(), pointer)?,
                None => TokenStream::new(),
            };
            arms.push(if check.is_empty() {
                quote!(Some(#tag_value) => {})
            } else {
                quote!(Some(#tag_value) => { let loc = &loc.key(#tag_value); #check })
            });
        }
        Ok(quote! {
            let Some(object) = openapi_runtime::check::object(value, loc, problems) else {
                return;
            };
            match object.get(#tag) {
                None => problems.push(openapi_runtime::Problem::union_tag_not_found(loc, #tag)),
                Some(found) => match found.as_str() {
                    #(#arms)*
                    _ => problems.push(openapi_runtime::Problem::union_tag_invalid(
                        loc,
                        &found.as_str().map_or_else(|| found.to_string(), str::to_owned),
                        #tag,
                        &[#(#tags),*],
                    )),
                },
            }
        })
    }

    fn untagged_body(&mut self, union: &UntaggedUnion, pointer: &str) -> Result<TokenStream> {
        let mut attempts = Vec::new();
        for variant in &union.variants {
            let check = self.value_check(&variant.ty, &Constraints::default(), pointer)?;
            if check.is_empty() {
                // This alternative accepts anything, so the union does.
                return Ok(TokenStream::new());
            }
            // Pydantic's name for the member (`int`, `str`, `Pet`), as FastAPI's `loc` has it.
            let label = variant.loc_label(self.api);
            attempts.push(quote! {
                {
                    let mut attempt = openapi_runtime::Problems::new();
                    let problems = &mut attempt;
                    let loc = &loc.key(#label);
                    #check
                    attempt
                }
            });
        }
        Ok(quote! {
            let attempts = [#(#attempts),*];
            if attempts.iter().any(openapi_runtime::Problems::is_empty) {
                return;
            }
            for attempt in attempts {
                problems.extend(attempt);
            }
        })
    }
}

/// Whether an array has `minItems`, `maxItems` or `uniqueItems`.
pub(crate) fn has_item_limits(constraints: &Constraints) -> bool {
    constraints.min_items.is_some() || constraints.max_items.is_some() || constraints.unique_items
}

/// `openapi_runtime::check::ItemLimits { .. }` of an array's constraints: what
/// `check::items` (a body array) and `check::parse_items` (a parameter array) take.
pub(crate) fn item_limits(constraints: &Constraints) -> TokenStream {
    let count = |n: Option<u64>| match n.and_then(|n| usize::try_from(n).ok()) {
        Some(n) => quote!(Some(#n)),
        None => quote!(None),
    };
    let (min, max) = (count(constraints.min_items), count(constraints.max_items));
    let unique = constraints.unique_items;
    quote!(openapi_runtime::check::ItemLimits { min: #min, max: #max, unique: #unique })
}

fn bounds(constraints: &Constraints) -> Vec<(f64, &'static str)> {
    // Pydantic's order: le, lt, ge, gt.
    [
        (constraints.maximum, "Maximum"),
        (constraints.exclusive_maximum, "ExclusiveMaximum"),
        (constraints.minimum, "Minimum"),
        (constraints.exclusive_minimum, "ExclusiveMinimum"),
    ]
    .into_iter()
    .filter_map(|(bound, kind)| bound.filter(|b| b.is_finite()).map(|b| (b, kind)))
    .collect()
}

fn bound_kind(kind: &str) -> TokenStream {
    let kind = format_ident!("{}", kind);
    quote!(openapi_runtime::check::Bound::#kind)
}

/// `bound` as an `i64` when it is a whole number in range.
fn integral(bound: f64) -> Option<i64> {
    // The range check keeps the conversion exact.
    (bound.fract() == 0.0 && bound.abs() < 9.0e15).then_some(bound as i64)
}

/// A float literal and the text used in messages (`0` for whole numbers, as Pydantic
/// prints an integer bound).
fn float_literal(value: f64) -> (Literal, String) {
    let text = match integral(value) {
        Some(whole) => whole.to_string(),
        None => value.to_string(),
    };
    (Literal::f64_unsuffixed(value), text)
}

fn allowed_check(constraints: &Constraints) -> Option<TokenStream> {
    let allowed = constraints.allowed_values.as_ref()?;
    let allowed: Vec<String> = allowed.iter().map(ToString::to_string).collect();
    Some(
        quote!(openapi_runtime::check::one_of_json(&serde_json::Value::from(value), &[#(#allowed),*], loc, problems)),
    )
}

/// Statements running `checks` (boolean expressions, each recording its problem) in order
/// until one fails: one problem per value, as Pydantic reports.
fn first_failure(checks: Vec<TokenStream>) -> TokenStream {
    match checks.as_slice() {
        [] => TokenStream::new(),
        [single] => quote!(#single;),
        _ => quote!(let _ = #(#checks)&&*;),
    }
}

/// Generated checking code, kept structured so that a null guard merges into the
/// condition (`if !value.is_null() && let Some(text) = ...`) instead of nesting `if`s.
enum Check {
    /// Statements (possibly none).
    Statements(TokenStream),
    /// `if <condition> { <body> }`.
    Guarded {
        condition: TokenStream,
        body: TokenStream,
    },
}

impl Check {
    /// Reads `value` with `read` (an `Option`), running `body` on the result bound to
    /// `binding`; without a body, only the read's own check remains.
    fn reading(read: TokenStream, binding: TokenStream, body: TokenStream) -> Self {
        if body.is_empty() {
            Self::Statements(quote!(#read;))
        } else {
            Self::Guarded {
                condition: quote!(let Some(#binding) = #read),
                body,
            }
        }
    }

    /// The same check, skipped when the value is `null`.
    fn skipping_null(self) -> Self {
        match self {
            Self::Statements(body) if body.is_empty() => Self::Statements(body),
            Self::Statements(body) => Self::Guarded {
                condition: quote!(!value.is_null()),
                body,
            },
            Self::Guarded { condition, body } => Self::Guarded {
                condition: quote!(!value.is_null() && #condition),
                body,
            },
        }
    }

    fn render(self) -> TokenStream {
        match self {
            Self::Statements(body) => body,
            Self::Guarded { condition, body } => quote!(if #condition { #body }),
        }
    }
}
