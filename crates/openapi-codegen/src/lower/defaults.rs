//! Defaults the generated code can apply: those that can be written as a Rust value of the
//! field's type. Others (a date, a whole struct, a value of the wrong type) are kept in
//! the IR for documentation, but the field takes the shape it would have without one.

use crate::emit::rust::default_expr;
use crate::ir::{Api, FieldShape, TypeKind};

pub(crate) fn drop_inexpressible_defaults(api: &mut Api) {
    let types = api.types.clone();
    let expressible = |ty: &crate::ir::TypeRef, default: &Option<serde_json::Value>| match default {
        // `default: null` on a nullable value is `None`.
        Some(serde_json::Value::Null) => true,
        Some(value) => default_expr(&types, ty, value, None).is_some(),
        None => true,
    };
    for def in &mut api.types {
        if let TypeKind::Struct(def) = &mut def.kind {
            for field in &mut def.fields {
                if !expressible(&field.ty, &field.default) {
                    field.shape = FieldShape::of(field.required, field.nullable, false);
                }
                // A null default on a value that cannot be null says nothing.
                if field.default == Some(serde_json::Value::Null) && !field.nullable {
                    field.shape = FieldShape::of(field.required, false, false);
                }
            }
        }
    }
    for operation in &mut api.operations {
        for parameter in &mut operation.parameters {
            let no_null_default =
                parameter.default == Some(serde_json::Value::Null) && !parameter.nullable;
            if !expressible(&parameter.ty, &parameter.default) || no_null_default {
                parameter.shape =
                    match FieldShape::of(parameter.required, parameter.nullable, false) {
                        FieldShape::Patch => FieldShape::Optional,
                        shape => shape,
                    };
            }
        }
    }
}
