//! Schema → IR mapping, one test per rule of docs/generated-code.md.

use serde_json::{Value, json};

use super::lower;
use crate::ir::*;
use crate::load::Document;

/// Lowers a document whose components are `schemas`.
fn lower_schemas(schemas: Value) -> Api {
    let document = Document::new(json!({
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "components": {"schemas": schemas}
    }))
    .unwrap();
    lower(&document).unwrap()
}

fn struct_of<'a>(api: &'a Api, name: &str) -> &'a StructDef {
    match &api
        .type_def(name)
        .unwrap_or_else(|| panic!("no type {name}"))
        .kind
    {
        TypeKind::Struct(def) => def,
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

fn field<'a>(def: &'a StructDef, wire: &str) -> &'a Field {
    def.fields
        .iter()
        .find(|f| f.wire_name == wire)
        .unwrap_or_else(|| panic!("no field {wire}"))
}

#[test]
fn property_rules() {
    let api = lower_schemas(json!({
        "S": {
            "type": "object",
            "required": ["a", "b"],
            "properties": {
                "a": {"type": "string"},
                "b": {"type": ["string", "null"]},
                "c": {"type": "boolean", "default": true},
                "d": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null},
                "e": {"type": "integer"},
                "f": {"type": "string", "nullable": true}
            }
        }
    }));
    let s = struct_of(&api, "S");
    let string = TypeRef::Primitive(Primitive::String);
    let cases = [
        ("a", FieldShape::Required, string.clone()),
        (
            "b",
            FieldShape::RequiredNullable,
            TypeRef::Option(Box::new(string.clone())),
        ),
        (
            "c",
            FieldShape::Defaulted,
            TypeRef::Primitive(Primitive::Bool),
        ),
        (
            "d",
            FieldShape::DefaultedNullable,
            TypeRef::Option(Box::new(string.clone())),
        ),
        (
            "e",
            FieldShape::Optional,
            TypeRef::Option(Box::new(TypeRef::Primitive(Primitive::I64))),
        ),
        ("f", FieldShape::Patch, TypeRef::Patch(Box::new(string))),
    ];
    for (wire, shape, rust_type) in cases {
        assert_eq!(field(s, wire).shape, shape, "{wire}");
        assert_eq!(field(s, wire).rust_type(), rust_type, "{wire}");
    }
}

fn lower_document(document: Value) -> Result<Api, crate::Error> {
    lower(&Document::new(document)?)
}

fn kind<'a>(api: &'a Api, name: &str) -> &'a TypeKind {
    &api.type_def(name)
        .unwrap_or_else(|| {
            panic!(
                "no type {name}; have {:?}",
                api.types.iter().map(|t| &t.name).collect::<Vec<_>>()
            )
        })
        .kind
}

fn named(name: &str) -> TypeRef {
    TypeRef::Named(name.to_string())
}

fn prim(primitive: Primitive) -> TypeRef {
    TypeRef::Primitive(primitive)
}

#[test]
fn scalar_formats() {
    let api = lower_schemas(json!({
        "S": {"type": "object", "required": ["a","b","c","d","e","f","g","h","i","j"], "properties": {
            "a": {"type": "integer"},
            "b": {"type": "integer", "format": "int32"},
            "c": {"type": "integer", "format": "uint64"},
            "d": {"type": "number"},
            "e": {"type": "number", "format": "float"},
            "f": {"type": "string", "format": "date-time"},
            "g": {"type": "string", "format": "date"},
            "h": {"type": "string", "format": "email"},
            "i": {"type": "boolean"},
            "j": {}
        }}
    }));
    let s = struct_of(&api, "S");
    let expected = [
        ("a", prim(Primitive::I64)),
        ("b", prim(Primitive::I32)),
        ("c", prim(Primitive::U64)),
        ("d", prim(Primitive::F64)),
        ("e", prim(Primitive::F32)),
        ("f", prim(Primitive::DateTime)),
        ("g", prim(Primitive::Date)),
        ("h", prim(Primitive::String)),
        ("i", prim(Primitive::Bool)),
        ("j", TypeRef::Any),
    ];
    for (wire, ty) in expected {
        assert_eq!(field(s, wire).ty, ty, "{wire}");
    }
    assert_eq!(field(s, "h").constraints.format.as_deref(), Some("email"));
}

#[test]
fn maps_and_free_form_objects() {
    let api = lower_schemas(json!({
        "S": {"type": "object", "required": ["a","b","c","d"], "properties": {
            "a": {"type": "object"},
            "b": {"type": "object", "additionalProperties": true},
            "c": {"type": "object", "additionalProperties": {"type": "integer"}},
            "d": {"type": "array", "items": {"type": ["string", "null"]}}
        }},
        "Closed": {"type": "object", "additionalProperties": false, "properties": {"x": {"type": "string"}}},
        "Extra": {"type": "object", "additionalProperties": {"type": "string"}, "properties": {"x": {"type": "string"}}}
    }));
    let s = struct_of(&api, "S");
    assert_eq!(field(s, "a").ty, TypeRef::FreeFormObject);
    assert_eq!(field(s, "b").ty, TypeRef::FreeFormObject);
    assert_eq!(
        field(s, "c").ty,
        TypeRef::Map(Box::new(prim(Primitive::I64)))
    );
    assert_eq!(
        field(s, "d").ty,
        TypeRef::Vec(Box::new(TypeRef::Option(Box::new(prim(Primitive::String)))))
    );
    assert_eq!(
        struct_of(&api, "Closed").additional,
        AdditionalProperties::Denied
    );
    assert_eq!(
        struct_of(&api, "Extra").additional,
        AdditionalProperties::Typed(prim(Primitive::String))
    );
}

#[test]
fn enums_string_integer_mixed_and_null() {
    let api = lower_schemas(json!({
        "Color": {"type": "string", "enum": ["red", "dark-blue", "URL", "1st"]},
        "S": {"type": "object", "properties": {
            "level": {"type": "integer", "enum": [1, 2, 3]},
            "mixed": {"enum": ["a", 1]},
            "maybe": {"enum": ["x", "y", null]},
            "fixed": {"const": "only"}
        }}
    }));
    let TypeKind::Enum(color) = kind(&api, "Color") else {
        panic!()
    };
    let names: Vec<(&str, &str)> = color
        .variants
        .iter()
        .map(|v| (v.rust_name.as_str(), v.wire_value.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("Red", "red"),
            ("DarkBlue", "dark-blue"),
            ("Url", "URL"),
            ("V1st", "1st")
        ]
    );
    let s = struct_of(&api, "S");
    assert_eq!(field(s, "level").ty, prim(Primitive::I64));
    assert_eq!(
        field(s, "level").constraints.allowed_values,
        Some(vec![json!(1), json!(2), json!(3)])
    );
    assert_eq!(field(s, "mixed").ty, TypeRef::Any);
    assert_eq!(field(s, "maybe").ty, named("SMaybe"));
    assert_eq!(field(s, "maybe").shape, FieldShape::Patch);
    assert_eq!(field(s, "fixed").ty, named("SFixed"));
    let TypeKind::Enum(maybe) = kind(&api, "SMaybe") else {
        panic!()
    };
    assert_eq!(maybe.variants.len(), 2);
}

#[test]
fn all_of_merges_properties_in_order() {
    let api = lower_schemas(json!({
        "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}, "note": {"type": "string"}}},
        "Child": {"allOf": [
            {"$ref": "#/components/schemas/Base"},
            {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "note": {"type": "string", "maxLength": 5}}}
        ]},
        "RefWithSiblings": {"$ref": "#/components/schemas/Base", "properties": {"extra": {"type": "boolean"}}}
    }));
    let child = struct_of(&api, "Child");
    let wires: Vec<&str> = child.fields.iter().map(|f| f.wire_name.as_str()).collect();
    assert_eq!(wires, ["id", "note", "name"]);
    assert_eq!(field(child, "id").shape, FieldShape::Required);
    assert_eq!(field(child, "name").shape, FieldShape::Required);
    assert_eq!(field(child, "note").constraints.max_length, Some(5));
    let wires: Vec<&str> = struct_of(&api, "RefWithSiblings")
        .fields
        .iter()
        .map(|f| f.wire_name.as_str())
        .collect();
    assert_eq!(wires, ["id", "note", "extra"]);
}

#[test]
fn discriminator_with_mapping_and_implicit_names() {
    let api = lower_schemas(json!({
        "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}, "purrs": {"type": "boolean"}}},
        "Dog": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
        "Pet": {
            "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
            "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat"}}
        }
    }));
    let TypeKind::TaggedUnion(pet) = kind(&api, "Pet") else {
        panic!("{:?}", kind(&api, "Pet"))
    };
    assert_eq!(pet.tag, "kind");
    let variants: Vec<(&str, &str, Option<TypeRef>)> = pet
        .variants
        .iter()
        .map(|v| (v.rust_name.as_str(), v.tag_value.as_str(), v.ty.clone()))
        .collect();
    assert_eq!(
        variants,
        [
            ("Cat", "cat", Some(named("Cat"))),
            ("Dog", "Dog", Some(named("Dog")))
        ]
    );
}

#[test]
fn discriminator_on_a_parent_extended_by_all_of() {
    let api = lower_schemas(json!({
        "Shape": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}},
                  "discriminator": {"propertyName": "type"}},
        "Circle": {"allOf": [{"$ref": "#/components/schemas/Shape"}, {"properties": {"r": {"type": "number"}}}]}
    }));
    let TypeKind::TaggedUnion(shape) = kind(&api, "Shape") else {
        panic!()
    };
    assert_eq!(shape.variants.len(), 1);
    assert_eq!(shape.variants[0].tag_value, "Circle");
    let wires: Vec<&str> = struct_of(&api, "Circle")
        .fields
        .iter()
        .map(|f| f.wire_name.as_str())
        .collect();
    assert_eq!(wires, ["type", "r"]);
}

#[test]
fn dropshot_style_enums_are_tagged_by_their_one_value_property() {
    let api = lower_schemas(json!({
        "Spec": {"oneOf": [
            {"type": "object", "required": ["type", "value"], "additionalProperties": false,
             "properties": {"type": {"type": "string", "enum": ["i440_fx"]}, "value": {"type": "integer"}}},
            {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "enum": ["none"]}}}
        ]}
    }));
    let TypeKind::TaggedUnion(spec) = kind(&api, "Spec") else {
        panic!("{:?}", kind(&api, "Spec"))
    };
    assert_eq!(spec.tag, "type");
    assert_eq!(spec.variants[0].tag_value, "i440_fx");
    assert_eq!(spec.variants[0].ty, Some(named("SpecI440Fx")));
    assert_eq!(spec.variants[1].ty, None);
    let payload = struct_of(&api, "SpecI440Fx");
    assert_eq!(
        payload.fields.len(),
        1,
        "the tag is left out of the payload"
    );
    assert_eq!(payload.additional, AdditionalProperties::Denied);
}

#[test]
fn untagged_unions_and_documented_string_alternatives() {
    let api = lower_schemas(json!({
        "Id": {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
        "Mode": {"oneOf": [{"const": "fast", "description": "quick"}, {"type": "string", "enum": ["slow"]}]},
        "S": {"type": "object", "required": ["id"], "properties": {"id": {"$ref": "#/components/schemas/Id"}}}
    }));
    let TypeKind::UntaggedUnion(id) = kind(&api, "Id") else {
        panic!()
    };
    let variants: Vec<(&str, TypeRef)> = id
        .variants
        .iter()
        .map(|v| (v.rust_name.as_str(), v.ty.clone()))
        .collect();
    assert_eq!(
        variants,
        [
            ("String", prim(Primitive::String)),
            ("Integer", prim(Primitive::I64))
        ]
    );
    let TypeKind::Enum(mode) = kind(&api, "Mode") else {
        panic!()
    };
    assert_eq!(
        mode.variants
            .iter()
            .map(|v| v.wire_value.as_str())
            .collect::<Vec<_>>(),
        ["fast", "slow"]
    );
    // The component admits null, so a required property referring to it is nullable.
    assert_eq!(
        field(struct_of(&api, "S"), "id").shape,
        FieldShape::RequiredNullable
    );
}

#[test]
fn recursion_is_boxed_and_recursive_aliases_become_newtypes() {
    let api = lower_schemas(json!({
        "Node": {"type": "object", "properties": {
            "next": {"$ref": "#/components/schemas/Node"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
        }},
        "A": {"type": "object", "required": ["b"], "properties": {"b": {"$ref": "#/components/schemas/B"}}},
        "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
        "Tree": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}
    }));
    let node = struct_of(&api, "Node");
    assert_eq!(
        field(node, "next").ty,
        TypeRef::Box(Box::new(named("Node")))
    );
    assert_eq!(
        field(node, "children").ty,
        TypeRef::Vec(Box::new(named("Node")))
    );
    let boxed = [
        field(struct_of(&api, "A"), "b"),
        field(struct_of(&api, "B"), "a"),
    ]
    .iter()
    .filter(|f| matches!(f.ty, TypeRef::Box(_)))
    .count();
    assert_eq!(boxed, 1, "one edge of the A-B cycle is boxed");
    assert!(matches!(kind(&api, "Tree"), TypeKind::Newtype(_)));
}

#[test]
fn inline_types_are_named_after_their_place_without_collisions() {
    let api = lower_schemas(json!({
        "Pet": {"type": "object", "properties": {
            "status": {"type": "string", "enum": ["a", "b"]},
            "owner": {"type": "object", "properties": {"name": {"type": "string"}}},
            "tags": {"type": "array", "items": {"type": "object", "properties": {"x": {"type": "string"}}}}
        }},
        "PetStatus": {"type": "string"},
        "pet": {"type": "object", "properties": {"type": {"type": "string"}, "Type": {"type": "string"}, "self": {"type": "string"}}}
    }));
    let pet = struct_of(&api, "Pet");
    assert_eq!(field(pet, "status").ty, named("PetStatus2"));
    assert_eq!(field(pet, "owner").ty, named("PetOwner"));
    assert_eq!(
        field(pet, "tags").ty,
        TypeRef::Vec(Box::new(named("PetTagsItem")))
    );
    let lower_pet = api.types.iter().find(|t| t.schema_name == "pet").unwrap();
    assert_eq!(lower_pet.name, "Pet2");
    let TypeKind::Struct(def) = &lower_pet.kind else {
        panic!()
    };
    let names: Vec<&str> = def.fields.iter().map(|f| f.rust_name.as_str()).collect();
    assert_eq!(names, ["r#type", "type_2", "self_"]);
}

#[test]
fn defaults_that_cannot_be_written_are_not_applied() {
    let api = lower_schemas(json!({
        "S": {"type": "object", "properties": {
            "when": {"type": "string", "format": "date-time", "default": "2020-01-01T00:00:00Z"},
            "count": {"type": "integer", "default": "10"},
            "wrong": {"type": "integer", "default": "many"},
            "read": {"type": "string", "readOnly": true}
        }, "required": ["read"]}
    }));
    let s = struct_of(&api, "S");
    assert_eq!(field(s, "when").shape, FieldShape::Optional);
    assert_eq!(field(s, "count").shape, FieldShape::Defaulted);
    assert_eq!(field(s, "wrong").shape, FieldShape::Optional);
    assert!(field(s, "read").read_only);
    assert_eq!(
        field(s, "read").shape,
        FieldShape::Optional,
        "read-only properties may be absent"
    );
}

fn with_paths(paths: Value) -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "components": {
            "schemas": {"Pet": {"type": "object", "properties": {"id": {"type": "integer"}}}},
            "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}, "bearer": {"type": "http", "scheme": "Bearer"}}
        },
        "security": [{"bearer": []}]
    })
}

#[test]
fn operations_parameters_bodies_responses_and_security() {
    let api = lower_document(with_paths(json!({
        "/pets/{petId}": {
            "parameters": [{"name": "petId", "in": "path", "required": true, "schema": {"type": "integer", "format": "int32"}}],
            "get": {
                "operationId": "getPet",
                "parameters": [
                    {"name": "fields", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": false},
                    {"name": "X-Trace", "in": "header", "schema": {"type": "string", "nullable": true}}
                ],
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                            "headers": {"X-Rate": {"schema": {"type": "integer"}, "required": true}}},
                    "4XX": {"description": "bad"},
                    "default": {"description": "other", "content": {"application/json": {"schema": {"type": "object", "properties": {"m": {"type": "string"}}}}}}
                }
            },
            "put": {
                "security": [],
                "requestBody": {"required": true, "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}},
                    "multipart/form-data": {"schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}}
                }},
                "responses": {"204": {"description": "done"}}
            }
        }
    })))
    .unwrap();
    let get = &api.operations[0];
    assert_eq!(
        (get.rust_name.as_str(), get.type_prefix.as_str(), get.method),
        ("get_pet", "GetPet", HttpMethod::Get)
    );
    let params: Vec<(&str, &str, ParamLocation, FieldShape)> = get
        .parameters
        .iter()
        .map(|p| (p.name.as_str(), p.rust_name.as_str(), p.location, p.shape))
        .collect();
    assert_eq!(
        params,
        [
            ("petId", "pet_id", ParamLocation::Path, FieldShape::Required),
            (
                "fields",
                "fields",
                ParamLocation::Query,
                FieldShape::Optional
            ),
            (
                "X-Trace",
                "x_trace",
                ParamLocation::Header,
                FieldShape::Optional
            ),
        ]
    );
    assert_eq!(get.parameters[0].ty, prim(Primitive::I32));
    assert_eq!(
        (get.parameters[1].style, get.parameters[1].explode),
        (ParamStyle::Form, false)
    );
    let statuses: Vec<ResponseStatus> = get.responses.iter().map(|r| r.status).collect();
    assert_eq!(
        statuses,
        [
            ResponseStatus::Code(200),
            ResponseStatus::Range(4),
            ResponseStatus::Default
        ]
    );
    assert_eq!(get.responses[0].contents[0].ty, Some(named("Pet")));
    assert_eq!(get.responses[0].headers[0].rust_name, "x_rate");
    assert_eq!(
        get.responses[2].contents[0].ty,
        Some(named("GetPetDefaultResponse"))
    );
    assert_eq!(
        get.security,
        [SecurityRequirement {
            schemes: vec![("bearer".to_string(), vec![])]
        }]
    );

    let put = &api.operations[1];
    // No operationId: named from path and method, as FastAPI names operations.
    assert_eq!(put.operation_id, "pets__petId__put");
    assert_eq!(put.rust_name, "pets_pet_id_put");
    assert!(put.security.is_empty());
    let body = put.request_body.as_ref().unwrap();
    let kinds: Vec<ContentKind> = body.contents.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ContentKind::Json, ContentKind::Multipart]);
    assert_eq!(
        field(struct_of(&api, "PetsPetIdPutRequest"), "file").ty,
        prim(Primitive::Binary)
    );
    assert!(matches!(
        api.security_scheme("bearer").unwrap().kind,
        SecuritySchemeKind::HttpBearer { .. }
    ));
}

#[test]
fn errors_name_the_json_pointer() {
    let err = lower_document(with_paths(json!({
        "/a": {"get": {"parameters": [{"name": "x", "in": "body"}], "responses": {}}}
    })))
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "/paths/~1a/get/parameters/0/in: unknown parameter location Some(\"body\")"
    );
    let err = lower_document(with_paths(
        json!({"/a": {"get": {"responses": {"20x": {"description": ""}}}}}),
    ))
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "/paths/~1a/get/responses/20x: `20x` is not a response status"
    );
    let err = lower_document(json!({"openapi": "2.0", "info": {}})).unwrap_err();
    assert!(
        err.to_string().starts_with("/openapi: version 2.0"),
        "{err}"
    );
}

#[test]
fn documents_without_paths_lower() {
    let api = lower_document(
        json!({"openapi": "3.1.0", "info": {"title": "W", "version": "1"}, "webhooks": {}}),
    )
    .unwrap();
    assert!(api.operations.is_empty());
    assert!(api.types.is_empty());
}

#[test]
fn alternatives_extending_their_union_inherit_its_properties() {
    let api = lower_schemas(json!({
        "Pet": {
            "type": "object", "required": ["petType"], "properties": {"petType": {"type": "string"}, "name": {"type": "string"}},
            "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
            "discriminator": {"propertyName": "petType"}
        },
        "Cat": {"allOf": [{"$ref": "#/components/schemas/Pet"}, {"properties": {"lives": {"type": "integer"}}}]},
        "Dog": {"allOf": [{"$ref": "#/components/schemas/Pet"}, {"properties": {"barks": {"type": "boolean"}}}]}
    }));
    assert!(matches!(kind(&api, "Pet"), TypeKind::TaggedUnion(_)));
    let wires: Vec<&str> = struct_of(&api, "Cat")
        .fields
        .iter()
        .map(|f| f.wire_name.as_str())
        .collect();
    assert_eq!(wires, ["petType", "name", "lives"]);
    assert_eq!(
        field(struct_of(&api, "Cat"), "petType").shape,
        FieldShape::Required
    );
}

#[test]
fn a_referenced_null_enum_makes_the_union_nullable() {
    let api = lower_schemas(json!({
        "StatusEnum": {"enum": ["a", "b"], "type": "string"},
        "BlankEnum": {"enum": [""]},
        "NullEnum": {"enum": [null]},
        "S": {"type": "object", "properties": {"status": {"oneOf": [
            {"$ref": "#/components/schemas/StatusEnum"},
            {"$ref": "#/components/schemas/BlankEnum"},
            {"$ref": "#/components/schemas/NullEnum"}
        ]}}}
    }));
    let status = field(struct_of(&api, "S"), "status");
    assert_eq!(status.shape, FieldShape::Patch);
    let TypeRef::Named(union) = &status.ty else {
        panic!("{:?}", status.ty)
    };
    let TypeKind::UntaggedUnion(union) = kind(&api, union) else {
        panic!()
    };
    let variants: Vec<&str> = union
        .variants
        .iter()
        .map(|v| v.rust_name.as_str())
        .collect();
    assert_eq!(variants, ["StatusEnum", "BlankEnum"]);
}

fn tagged_of<'a>(api: &'a Api, name: &str) -> &'a TaggedUnion {
    match &api
        .type_def(name)
        .unwrap_or_else(|| panic!("no type {name}"))
        .kind
    {
        TypeKind::TaggedUnion(union) => union,
        other => panic!("{name} is not a tagged union: {other:?}"),
    }
}

#[test]
fn a_dangling_discriminator_mapping_warns_and_uses_the_member_the_tag_selects() {
    // FastAPI's separate input/output schemas: the mapping names `Cat-Input`, the
    // `oneOf` holds `Cat`.
    let api = lower_schemas(json!({
        "Pet": {
            "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
            "discriminator": {"propertyName": "kind", "mapping": {
                "cat": "#/components/schemas/Cat-Input",
                "dog": "#/components/schemas/Dog",
                "bird": "#/components/schemas/Bird"
            }}
        },
        "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "cat"}}},
        "Dog": {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "dog"}}}
    }));
    let union = tagged_of(&api, "Pet");
    let variants: Vec<(&str, Option<&TypeRef>)> = union
        .variants
        .iter()
        .map(|v| (v.tag_value.as_str(), v.ty.as_ref()))
        .collect();
    assert_eq!(
        variants,
        [
            ("cat", Some(&TypeRef::Named("Cat".into()))),
            ("dog", Some(&TypeRef::Named("Dog".into()))),
        ]
    );
    let warnings: Vec<String> = api.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings[0].starts_with("warning: /components/schemas/Pet/discriminator/mapping/cat: ")
            && warnings[0].contains("`#/components/schemas/Cat`"),
        "{warnings:?}"
    );
    assert!(
        warnings[1].starts_with("warning: /components/schemas/Pet/discriminator/mapping/bird: ")
            && warnings[1].contains("refused"),
        "{warnings:?}"
    );
}

#[test]
fn a_dangling_mapping_falls_back_by_name_when_no_member_fixes_the_tag() {
    let api = lower_schemas(json!({
        "Shape": {
            "oneOf": [
                {"$ref": "#/components/schemas/Square-Output"},
                {"$ref": "#/components/schemas/Circle"}
            ],
            "discriminator": {"propertyName": "type", "mapping": {
                "square": "#/components/schemas/Square-Input"
            }}
        },
        "Square-Output": {"type": "object", "properties": {"type": {"type": "string"}, "side": {"type": "number"}}},
        "Circle": {"type": "object", "properties": {"type": {"type": "string"}, "radius": {"type": "number"}}}
    }));
    let union = tagged_of(&api, "Shape");
    let tags: Vec<(&str, Option<&TypeRef>)> = union
        .variants
        .iter()
        .map(|v| (v.tag_value.as_str(), v.ty.as_ref()))
        .collect();
    assert_eq!(
        tags,
        [
            ("square", Some(&TypeRef::Named("SquareOutput".into()))),
            ("Circle", Some(&TypeRef::Named("Circle".into()))),
        ]
    );
    assert_eq!(api.warnings.len(), 1);
}

#[test]
fn a_dangling_ref_outside_a_mapping_stays_an_error() {
    let error = Document::new(json!({
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "components": {"schemas": {"A": {"$ref": "#/components/schemas/Missing"}}}
    }))
    .unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("/components/schemas/A/$ref: reference"),
        "{error}"
    );
}

#[test]
fn every_unsupported_construct_is_reported_in_one_run() {
    let document = Document::new(json!({
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/a": {"get": {
            "parameters": [{"name": "x", "in": "body"}],
            "responses": {"200": {"description": "ok"}}
        }}},
        "components": {"schemas": {
            "A": {"type": "string", "pattern": "[z-a]"},
            "B": {"type": "object", "properties": {
                "c": {"type": "string", "pattern": "(abc"},
                "d": {"type": "string", "pattern": "^(?!admin)[a-z]+$"}
            }}
        }}
    }))
    .unwrap();
    let error = lower(&document).unwrap_err().to_string();
    assert!(
        error.starts_with("3 constructs of the document are not supported:"),
        "{error}"
    );
    for pointer in [
        "/components/schemas/A/pattern: ",
        "/components/schemas/B/properties/c/pattern: ",
        "/paths/~1a/get/parameters/0/in: ",
    ] {
        assert!(error.contains(pointer), "{pointer} missing from {error}");
    }
    assert!(
        !error.contains("properties/d"),
        "look-ahead is supported: {error}"
    );
}

#[test]
fn parameter_styles_a_location_or_value_cannot_take_are_reported_at_their_pointer() {
    let param = |name: &str, location: &str, extra: Value| {
        let mut param = json!({"name": name, "in": location, "required": location == "path"});
        if let (Some(param), Some(extra)) = (param.as_object_mut(), extra.as_object()) {
            param.extend(extra.clone());
        }
        param
    };
    let object = json!({"type": "object", "properties": {"a": {"type": "integer"}}});
    let nested = json!({"type": "object", "properties": {"a": {"type": "array", "items": {"type": "string"}}}});
    let union = json!({"oneOf": [object.clone(), {"type": "array", "items": {"type": "string"}}]});
    let document = Document::new(json!({
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/a/{p}": {"get": {
            "parameters": [
                param("p", "path", json!({"style": "form", "schema": {"type": "string"}})),
                param("q", "query", json!({"style": "matrix", "schema": {"type": "string"}})),
                param("r", "query", json!({"style": "tabDelimited", "schema": {"type": "string"}})),
                param("s", "query", json!({"style": "deepObject", "schema": {"type": "array", "items": {"type": "string"}}})),
                param("t", "query", json!({"schema": union})),
                param("u", "header", json!({"schema": nested})),
                param("v", "header", json!({"schema": {"type": "array", "items": object.clone()}})),
                // Supported: a union sent as JSON, an object in deepObject style.
                param("w", "query", json!({"content": {"application/json": {"schema": union}}})),
                param("x", "query", json!({"style": "deepObject", "schema": object})),
            ],
            "responses": {"200": {"description": "ok"}}
        }}}
    }))
    .unwrap();
    let error = lower(&document).unwrap_err().to_string();
    assert!(
        error.starts_with("7 constructs of the document are not supported:"),
        "{error}"
    );
    for pointer in [
        "/paths/~1a~1{p}/get/parameters/0/style: style \"form\" is not supported for a path parameter (only matrix, label, simple)",
        "/paths/~1a~1{p}/get/parameters/1/style: ",
        "/paths/~1a~1{p}/get/parameters/2/style: ",
        "/paths/~1a~1{p}/get/parameters/3/style: style deepObject is only defined for objects",
        "/paths/~1a~1{p}/get/parameters/4/schema: a query parameter whose schema is a union",
        "/paths/~1a~1{p}/get/parameters/5/schema: a header object",
        "/paths/~1a~1{p}/get/parameters/6/schema: a header array",
    ] {
        assert!(error.contains(pointer), "{pointer} missing from {error}");
    }
    assert!(
        !error.contains("parameters/7") && !error.contains("parameters/8"),
        "{error}"
    );
}

#[test]
fn content_parameters_keep_their_media_type() {
    let document = Document::new(json!({
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/a": {"get": {
            "parameters": [
                {"name": "f", "in": "query", "content": {"application/json": {"schema": {"type": "object"}}}},
                {"name": "g", "in": "query", "schema": {"type": "string"}}
            ],
            "responses": {"200": {"description": "ok"}}
        }}}
    }))
    .unwrap();
    let api = lower(&document).unwrap();
    let params = &api.operations[0].parameters;
    assert_eq!(params[0].content_type.as_deref(), Some("application/json"));
    assert!(params[0].is_json_content() && !params[1].is_json_content());
}

#[test]
fn untagged_members_are_named_in_locs_as_pydantic_names_them() {
    let api = lower_schemas(json!({
        "U": {"anyOf": [
            {"type": "integer"}, {"type": "number"}, {"type": "string"}, {"type": "boolean"},
            {"type": "array", "items": {"type": "integer"}},
            {"type": "object", "additionalProperties": {"type": "string"}},
            {"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Name"},
            {"type": "string", "format": "date-time"}
        ]},
        "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
        "Name": {"type": "string", "maxLength": 3}
    }));
    let TypeKind::UntaggedUnion(union) = kind(&api, "U") else {
        panic!()
    };
    let labels: Vec<String> = union
        .variants
        .iter()
        .map(|variant| variant.loc_label(&api))
        .collect();
    assert_eq!(
        labels,
        [
            "int",
            "float",
            "str",
            "bool",
            "list[int]",
            "dict[str,str]",
            "Cat",
            "str",
            "datetime"
        ]
    );
}

#[test]
fn inline_item_and_map_value_constraints_are_kept() {
    let api = lower_schemas(json!({
        "Level": {"type": "integer", "enum": [1, 2]},
        "S": {"type": "object", "properties": {
            "levels": {"type": "array", "items": {"type": "integer", "enum": [1, 2]}},
            "by_name": {"type": "object", "additionalProperties": {"type": ["integer", "null"], "enum": [3, 4, null]}},
            "named": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Level"}}
        }}
    }));
    let s = struct_of(&api, "S");
    let allowed = |constraints: &Option<Box<Constraints>>| {
        constraints
            .as_ref()
            .and_then(|inner| inner.allowed_values.clone())
    };
    assert_eq!(
        allowed(&field(s, "levels").constraints.items),
        Some(vec![json!(1), json!(2)])
    );
    assert_eq!(
        allowed(&field(s, "by_name").constraints.values),
        Some(vec![json!(3), json!(4)]),
        "null is nullability, not a value"
    );
    // A referenced value's constraints stay on its component.
    assert_eq!(field(s, "named").constraints.values, None);
}
