//! What the client emitter writes for small documents.

use crate::load::{Document, parse_yaml};
use crate::lower::lower;
use crate::workspace::GenerateOptions;

fn client_source(yaml: &str) -> String {
    let document = Document::new(parse_yaml(yaml).unwrap()).unwrap();
    let api = lower(&document).unwrap();
    super::emit(&api, &GenerateOptions::new("pets", "pets.yaml", "test")).unwrap()
}

const PETS: &str = r#"
openapi: 3.1.0
info: {title: Pets, version: "1"}
paths:
  /pets/{pet_name}:
    get:
      operationId: get_pet
      parameters:
        - {name: pet_name, in: path, required: true, schema: {type: string}}
        - {name: tags, in: query, explode: false, schema: {type: array, items: {type: string}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: string}}}}
"#;

#[test]
fn every_operation_has_a_method() {
    let source = client_source(PETS);
    assert!(source.contains("pub async fn get_pet("), "{source}");
    assert!(source.contains("pet_name: &str"), "{source}");
    assert!(source.contains("pub struct GetPetParams"), "{source}");
    assert!(!source.contains("fn delete_pet("), "{source}");
}

/// Adding an operation to the document and regenerating adds its method: no hand edits.
#[test]
fn an_added_operation_gets_a_method() {
    let extended = format!(
        "{PETS}    delete:\n      operationId: delete_pet\n      parameters:\n        - {{name: pet_name, in: path, required: true, schema: {{type: string}}}}\n      responses:\n        \"204\": {{description: gone}}\n"
    );
    let source = client_source(&extended);
    assert!(source.contains("pub async fn get_pet("), "{source}");
    assert!(source.contains("pub async fn delete_pet("), "{source}");
    assert!(source.contains("client::Method::DELETE"), "{source}");
    assert!(
        source.contains("responses::DeletePetResponse::NoContent"),
        "{source}"
    );
}

#[test]
fn parameters_named_like_the_generated_code_do_not_shadow_it() {
    let source = client_source(
        r#"
openapi: 3.1.0
info: {title: Clash, version: "1"}
paths:
  /x/{params}/{body}/{request}:
    post:
      operationId: builder
      parameters:
        - {name: params, in: path, required: true, schema: {type: string}}
        - {name: body, in: path, required: true, schema: {type: string}}
        - {name: request, in: path, required: true, schema: {type: string}}
        - {name: response, in: query, schema: {type: string}}
      requestBody:
        required: true
        content: {application/json: {schema: {type: object}}}
      responses:
        "200": {description: ok}
"#,
    );
    // The operation does not replace the client's own `builder`.
    assert!(source.contains("pub async fn builder_2("), "{source}");
    assert!(source.contains("params_2: &str"), "{source}");
    assert!(source.contains("body_2: &str"), "{source}");
    assert!(source.contains("params: &BuilderParams"), "{source}");
}

#[test]
fn multipart_bodies_are_sent_as_text_and_file_parts() {
    let source = client_source(
        r#"
openapi: 3.1.0
info: {title: Pets, version: "1"}
paths:
  /photos:
    post:
      operationId: upload_photo
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [photo]
              properties:
                caption: {type: string}
                photo: {type: string, format: binary}
                more: {type: array, items: {type: string, format: binary}}
      responses:
        "204": {description: ok}
"#,
    );
    let compact: String = source.split_whitespace().collect();
    for expected in [
        "body:&::pets_models::UploadPhotoRequest",
        "letmutform=::openapi_runtime::client::MultipartBody::new();",
        "form.text_fields(body,&[\"photo\",\"more\"])?;",
        "form.files(\"photo\",&body.photo);",
        "form.files(\"more\",&body.more);",
        "request.multipart_body(form);",
    ] {
        assert!(compact.contains(expected), "no {expected} in\n{source}");
    }
    assert!(!source.contains("raw_body"), "{source}");
}
