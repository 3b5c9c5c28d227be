//! Reading bodies under the size limit, with and without `Content-Length`.

use actix_web::FromRequest;
use actix_web::dev;
use actix_web::test::TestRequest;
use actix_web::web::{Bytes, Payload};
use futures_util::stream;
use openapi_runtime::body::{BodyError, read};

/// Reads `chunks` as a streamed body (no `Content-Length`, as with chunked encoding).
async fn read_streamed(chunks: Vec<&'static [u8]>, limit: usize) -> Result<Bytes, BodyError> {
    let req = TestRequest::default().to_http_request();
    let chunks = stream::iter(
        chunks
            .into_iter()
            .map(|chunk| Ok(Bytes::from_static(chunk))),
    );
    let stream: std::pin::Pin<
        Box<dyn futures_util::Stream<Item = Result<Bytes, actix_web::error::PayloadError>>>,
    > = Box::pin(chunks);
    let mut dev_payload = dev::Payload::Stream { payload: stream };
    let payload = match Payload::from_request(&req, &mut dev_payload).await {
        Ok(payload) => payload,
        Err(error) => panic!("payload extraction failed: {error}"),
    };
    read(&req, payload, limit).await
}

#[actix_web::test]
async fn streamed_body_at_the_limit_is_accepted() {
    let body = read_streamed(vec![b"abcd", b"efgh"], 8).await;
    assert_eq!(body, Ok(Bytes::from_static(b"abcdefgh")));
}

#[actix_web::test]
async fn streamed_body_one_byte_over_the_limit_is_refused() {
    assert_eq!(
        read_streamed(vec![b"abcd", b"efghi"], 8).await,
        Err(BodyError::TooLarge)
    );
}

#[actix_web::test]
async fn announced_length_over_the_limit_is_refused_before_reading() {
    let (req, mut dev_payload) = TestRequest::default()
        .set_payload(vec![b'x'; 9])
        .to_http_parts();
    let payload = match Payload::from_request(&req, &mut dev_payload).await {
        Ok(payload) => payload,
        Err(error) => panic!("payload extraction failed: {error}"),
    };
    assert_eq!(read(&req, payload, 8).await, Err(BodyError::TooLarge));
}
