//! `multipart/form-data` (RFC 7578) over a body already read under its size limit: the
//! parts are slices of the received bytes, never copied while parsing.
//!
//! Only what a form needs is read: each part's `Content-Disposition` (`form-data`, its
//! `name` and `filename`) and `Content-Type`. Anything Starlette's parser refuses is an
//! error here too, so that the glue answers it as FastAPI does (400 "There was an error
//! parsing the body").

use bytes::Bytes;

/// Starlette's default limits (`max_files`, `max_fields`): more parts are refused.
pub const MAX_FILES: usize = 1000;
pub const MAX_FIELDS: usize = 1000;

/// One part of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The `name` of its `Content-Disposition`.
    pub name: String,
    /// The `filename`, when the part is a file.
    pub filename: Option<String>,
    /// The part's own `Content-Type`, as sent.
    pub content_type: Option<String>,
    /// The part's bytes.
    pub data: Bytes,
}

/// Why a body is not a `multipart/form-data` body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MultipartError {
    #[error("the Content-Type has no boundary")]
    NoBoundary,
    #[error("the body does not start with the boundary")]
    NoOpeningDelimiter,
    #[error("the body ends before the closing boundary")]
    Unterminated,
    #[error("a delimiter line has text after the boundary")]
    MalformedDelimiter,
    #[error("a part's headers are malformed")]
    MalformedHeaders,
    #[error("a part has no Content-Disposition form-data with a name")]
    NoName,
    #[error("too many files (at most {MAX_FILES})")]
    TooManyFiles,
    #[error("too many fields (at most {MAX_FIELDS})")]
    TooManyFields,
}

/// The `boundary` parameter of a `multipart/form-data` Content-Type value.
pub fn boundary(content_type: &str) -> Result<String, MultipartError> {
    let mut params = content_type.split_once(';').map_or("", |(_, rest)| rest);
    while let Some((name, value, rest)) = next_param(params) {
        if name.eq_ignore_ascii_case("boundary") && !value.is_empty() && value.len() <= 200 {
            return Ok(value);
        }
        params = rest;
    }
    Err(MultipartError::NoBoundary)
}

/// The parts of `body`, in order.
pub fn parse(body: &Bytes, boundary: &str) -> Result<Vec<Part>, MultipartError> {
    let delimiter = [b"--", boundary.as_bytes()].concat();
    // The first delimiter may follow a preamble, which is ignored.
    let mut at = if body.starts_with(&delimiter) {
        delimiter.len()
    } else {
        let crlf_delimiter = [b"\r\n", delimiter.as_slice()].concat();
        find(body, &crlf_delimiter, 0).ok_or(MultipartError::NoOpeningDelimiter)?
            + crlf_delimiter.len()
    };
    let next_delimiter = [b"\r\n", delimiter.as_slice()].concat();
    let (mut files, mut fields) = (0usize, 0usize);
    let mut parts = Vec::new();
    loop {
        let rest = body.get(at..).unwrap_or_default();
        if rest.starts_with(b"--") {
            // The close delimiter; anything after it is an epilogue.
            return Ok(parts);
        }
        // Transport padding (RFC 2046) before the line break.
        let padding = rest
            .iter()
            .take_while(|&&byte| byte == b' ' || byte == b'\t')
            .count();
        if rest.len() == padding {
            return Err(MultipartError::Unterminated);
        }
        if !rest[padding..].starts_with(b"\r\n") {
            return Err(MultipartError::MalformedDelimiter);
        }
        let headers_start = at + padding + 2;
        let headers_end = if body.get(headers_start..headers_start + 2) == Some(b"\r\n") {
            // No headers at all (then no name either).
            headers_start
        } else {
            find(body, b"\r\n\r\n", headers_start).ok_or(MultipartError::Unterminated)?
        };
        let data_start = if headers_end == headers_start {
            headers_start + 2
        } else {
            headers_end + 4
        };
        let data_end = find(body, &next_delimiter, data_start.saturating_sub(2).max(at))
            .filter(|&end| end + 2 >= data_start)
            .ok_or(MultipartError::Unterminated)?;
        let headers = body.get(headers_start..headers_end).unwrap_or_default();
        let mut part = part_headers(headers)?;
        part.data = body.slice(data_start.min(data_end)..data_end);
        if part.filename.is_some() {
            files += 1;
            if files > MAX_FILES {
                return Err(MultipartError::TooManyFiles);
            }
        } else {
            fields += 1;
            if fields > MAX_FIELDS {
                return Err(MultipartError::TooManyFields);
            }
        }
        parts.push(part);
        at = data_end + next_delimiter.len();
    }
}

/// The name, filename and Content-Type of a part from its header block.
fn part_headers(block: &[u8]) -> Result<Part, MultipartError> {
    let text = std::str::from_utf8(block).map_err(|_| MultipartError::MalformedHeaders)?;
    let mut name = None;
    let mut filename = None;
    let mut content_type = None;
    for line in text.split("\r\n").filter(|line| !line.is_empty()) {
        let (header, value) = line
            .split_once(':')
            .ok_or(MultipartError::MalformedHeaders)?;
        let value = value.trim();
        if header.trim().eq_ignore_ascii_case("content-disposition") {
            let (kind, mut params) = value.split_once(';').unwrap_or((value, ""));
            if !kind.trim().eq_ignore_ascii_case("form-data") {
                return Err(MultipartError::NoName);
            }
            while let Some((param, param_value, rest)) = next_param(params) {
                if param.eq_ignore_ascii_case("name") {
                    name = Some(param_value);
                } else if param.eq_ignore_ascii_case("filename") {
                    filename = Some(param_value);
                }
                params = rest;
            }
        } else if header.trim().eq_ignore_ascii_case("content-type") {
            content_type = Some(value.to_owned());
        }
    }
    Ok(Part {
        name: name.ok_or(MultipartError::NoName)?,
        filename,
        content_type,
        data: Bytes::new(),
    })
}

/// The first `name=value` of a `; `-separated parameter list (value a token or a quoted
/// string with backslash escapes), and the rest of the list.
fn next_param(params: &str) -> Option<(&str, String, &str)> {
    let params = params.trim_start_matches([';', ' ', '\t']);
    if params.is_empty() {
        return None;
    }
    let Some((name, rest)) = params.split_once('=') else {
        // A parameter without a value: skipped.
        let rest = params.split_once(';').map_or("", |(_, rest)| rest);
        return next_param(rest);
    };
    let name = name.trim();
    let rest = rest.trim_start();
    if let Some(quoted) = rest.strip_prefix('"') {
        let mut value = String::new();
        let mut chars = quoted.char_indices();
        while let Some((index, ch)) = chars.next() {
            match ch {
                '\\' => {
                    if let Some((_, escaped)) = chars.next() {
                        value.push(escaped);
                    }
                }
                '"' => return Some((name, value, &quoted[index + 1..])),
                other => value.push(other),
            }
        }
        // An unterminated quoted string runs to the end.
        Some((name, value, ""))
    } else {
        let (value, rest) = rest.split_once(';').unwrap_or((rest, ""));
        Some((name, value.trim().to_owned(), rest))
    }
}

/// The first position of `needle` in `haystack` at or after `from`.
fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let (&first, tail) = needle.split_first()?;
    let mut at = from;
    while let Some(offset) = haystack.get(at..)?.iter().position(|&byte| byte == first) {
        let start = at + offset;
        if haystack.get(start + 1..start + needle.len()) == Some(tail) {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    use super::{MAX_FIELDS, MultipartError, Part, boundary, parse};

    fn parts(body: &str) -> Result<Vec<Part>, MultipartError> {
        parse(&Bytes::from(body.replace('\n', "\r\n")), "XyZ")
    }

    #[test]
    fn boundaries_are_read_from_the_content_type() {
        assert_eq!(
            boundary("multipart/form-data; boundary=abc"),
            Ok("abc".into())
        );
        assert_eq!(
            boundary("multipart/form-data; charset=utf-8; BOUNDARY=\"a b;c\""),
            Ok("a b;c".into())
        );
        assert_eq!(
            boundary("multipart/form-data"),
            Err(MultipartError::NoBoundary)
        );
        assert_eq!(
            boundary("multipart/form-data; boundary="),
            Err(MultipartError::NoBoundary)
        );
        assert_eq!(
            boundary("multipart/form-data; boundary=\"\""),
            Err(MultipartError::NoBoundary)
        );
    }

    #[test]
    fn text_and_file_parts_are_read_with_their_names() {
        let body = "preamble\n--XyZ\nContent-Disposition: form-data; name=\"title\"\n\nhello\nworld\n--XyZ\nContent-Disposition: form-data; name=\"file\"; filename=\"a \\\"b\\\".bin\"\nContent-Type: application/octet-stream\n\n\u{0}--XyZ-not-yet\n--XyZ\ncontent-disposition: FORM-DATA; name=empty\n\n\n--XyZ--\nepilogue";
        let parts = parts(body).expect("a valid body");
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0].name, "title");
        assert_eq!(&parts[0].data[..], b"hello\r\nworld");
        assert_eq!(parts[0].filename, None);
        assert_eq!(parts[1].name, "file");
        assert_eq!(parts[1].filename.as_deref(), Some("a \"b\".bin"));
        assert_eq!(
            parts[1].content_type.as_deref(),
            Some("application/octet-stream")
        );
        assert_eq!(&parts[1].data[..], b"\0--XyZ-not-yet");
        assert_eq!(parts[2].name, "empty");
        assert_eq!(&parts[2].data[..], b"");
    }

    #[test]
    fn binary_data_is_kept_byte_for_byte() {
        let mut body =
            b"--b\r\nContent-Disposition: form-data; name=f; filename=x\r\n\r\n".to_vec();
        let data: Vec<u8> = (0..=255u8)
            .chain([b'\r', b'\n', b'-', b'-', b'c'])
            .collect();
        body.extend_from_slice(&data);
        body.extend_from_slice(b"\r\n--b--\r\n");
        let parts = parse(&Bytes::from(body), "b").expect("a valid body");
        assert_eq!(&parts[0].data[..], data.as_slice());
    }

    #[test]
    fn an_empty_form_has_no_parts() {
        assert_eq!(parts("--XyZ--\n"), Ok(Vec::new()));
    }

    #[test]
    fn malformed_bodies_are_refused() {
        let cases = [
            ("", MultipartError::NoOpeningDelimiter),
            ("no delimiter at all", MultipartError::NoOpeningDelimiter),
            ("--XyZ", MultipartError::Unterminated),
            (
                "--XyZ\nContent-Disposition: form-data; name=a\n\nvalue",
                MultipartError::Unterminated,
            ),
            (
                "--XyZ\nContent-Disposition: form-data; name=a\n\nvalue\n--XyZ",
                MultipartError::Unterminated,
            ),
            (
                "--XyZ\nContent-Disposition: form-data; name=a",
                MultipartError::Unterminated,
            ),
            ("--XyZjunk\n\n--XyZ--", MultipartError::MalformedDelimiter),
            (
                "--XyZ\nContent-Type: text/plain\n\nx\n--XyZ--",
                MultipartError::NoName,
            ),
            (
                "--XyZ\nContent-Disposition: form-data\n\nx\n--XyZ--",
                MultipartError::NoName,
            ),
            (
                "--XyZ\nContent-Disposition: attachment; name=a\n\nx\n--XyZ--",
                MultipartError::NoName,
            ),
            ("--XyZ\n\nx\n--XyZ--", MultipartError::NoName),
            (
                "--XyZ\nno colon here\n\nx\n--XyZ--",
                MultipartError::MalformedHeaders,
            ),
        ];
        for (body, expected) in cases {
            assert_eq!(parts(body), Err(expected), "{body:?}");
        }
        let bad_header = Bytes::from_static(
            b"--b\r\nContent-Disposition: form-data; name=\xff\r\n\r\nx\r\n--b--",
        );
        assert_eq!(
            parse(&bad_header, "b"),
            Err(MultipartError::MalformedHeaders)
        );
    }

    #[test]
    fn too_many_fields_are_refused() {
        let mut body = String::new();
        for _ in 0..=MAX_FIELDS {
            body.push_str("--XyZ\nContent-Disposition: form-data; name=a\n\nx\n");
        }
        body.push_str("--XyZ--");
        assert_eq!(parts(&body), Err(MultipartError::TooManyFields));
    }
}
