//! Credentials for the security schemes a document declares, taken from the request.
//!
//! The glue finds the credentials an operation's security requirement asks for and hands
//! them to the implementation's `authenticate`. Missing or malformed credentials answer
//! 401 `{"detail": "Not authenticated"}`; credentials that `authenticate` refuses answer
//! 401 `{"detail": "Invalid authentication credentials"}`. For HTTP schemes both carry a
//! `WWW-Authenticate` challenge naming the scheme.

use actix_web::HttpRequest;
use actix_web::HttpResponse;
use actix_web::http::StatusCode;

use crate::param::{FormPairs, cookie, header};
use crate::respond;

/// Credentials found in a request, tagged with the name of the security scheme (as the
/// document's `components.securitySchemes` names it) they were found for.
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    /// `Authorization: Bearer <token>`.
    Bearer {
        /// The security scheme's name.
        scheme: &'static str,
        /// The token, without the `Bearer` prefix.
        token: String,
    },
    /// `Authorization: Basic <base64(user:password)>`.
    Basic {
        /// The security scheme's name.
        scheme: &'static str,
        /// The user name.
        username: String,
        /// The password.
        password: String,
    },
    /// An API key from a header, a query parameter or a cookie.
    ApiKey {
        /// The security scheme's name.
        scheme: &'static str,
        /// The key.
        key: String,
    },
}

impl Credentials {
    /// The name of the security scheme these credentials are for.
    pub fn scheme(&self) -> &'static str {
        match self {
            Self::Bearer { scheme, .. }
            | Self::Basic { scheme, .. }
            | Self::ApiKey { scheme, .. } => scheme,
        }
    }
}

impl std::fmt::Debug for Credentials {
    /// Never prints secrets: requests get logged.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Bearer { scheme, .. } => write!(f, "Bearer {{ scheme: {scheme:?}, .. }}"),
            Self::Basic {
                scheme, username, ..
            } => {
                write!(
                    f,
                    "Basic {{ scheme: {scheme:?}, username: {username:?}, .. }}"
                )
            }
            Self::ApiKey { scheme, .. } => write!(f, "ApiKey {{ scheme: {scheme:?}, .. }}"),
        }
    }
}

/// Why `authenticate` refused a request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// Unknown, expired or revoked credentials: 401 "Invalid authentication credentials".
    #[error("invalid authentication credentials")]
    Invalid,
    /// The credentials could not be checked (the store is down): 500, with no detail sent
    /// to the client. The text is for the implementation's own logs.
    #[error("authentication could not be performed: {0}")]
    Unavailable(String),
}

/// Where a security scheme's credentials are carried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemeKind {
    /// `type: http`, `scheme: bearer`.
    Bearer,
    /// `type: http`, `scheme: basic`.
    Basic,
    /// `type: apiKey`, `in: header`, with the header's name.
    ApiKeyHeader(&'static str),
    /// `type: apiKey`, `in: query`, with the parameter's name.
    ApiKeyQuery(&'static str),
    /// `type: apiKey`, `in: cookie`, with the cookie's name.
    ApiKeyCookie(&'static str),
}

/// A security scheme as the glue needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scheme {
    /// Its name in `components.securitySchemes`.
    pub name: &'static str,
    /// Where its credentials are.
    pub kind: SchemeKind,
}

/// The credentials of the first scheme (in the order of the operation's security
/// requirements) whose credentials the request carries, well-formed.
pub fn find(req: &HttpRequest, schemes: &[Scheme]) -> Option<Credentials> {
    schemes.iter().find_map(|scheme| extract(req, scheme))
}

fn extract(req: &HttpRequest, scheme: &Scheme) -> Option<Credentials> {
    let name = scheme.name;
    match scheme.kind {
        SchemeKind::Bearer => {
            let token = authorization_param(req, "bearer")?;
            Some(Credentials::Bearer {
                scheme: name,
                token,
            })
        }
        SchemeKind::Basic => {
            let decoded = decode_base64(&authorization_param(req, "basic")?)?;
            let text = String::from_utf8(decoded).ok()?;
            let (username, password) = text.split_once(':')?;
            Some(Credentials::Basic {
                scheme: name,
                username: username.to_owned(),
                password: password.to_owned(),
            })
        }
        SchemeKind::ApiKeyHeader(header_name) => api_key(name, header(req, header_name)),
        SchemeKind::ApiKeyQuery(parameter) => api_key(
            name,
            FormPairs::from_query(req)
                .last(parameter)
                .map(str::to_owned),
        ),
        SchemeKind::ApiKeyCookie(cookie_name) => api_key(name, cookie(req, cookie_name)),
    }
}

fn api_key(scheme: &'static str, key: Option<String>) -> Option<Credentials> {
    key.filter(|key| !key.is_empty())
        .map(|key| Credentials::ApiKey { scheme, key })
}

/// The parameter of `Authorization: <scheme> <param>` when the scheme matches
/// (case-insensitively) and the parameter is not empty.
fn authorization_param(req: &HttpRequest, expected_scheme: &str) -> Option<String> {
    let value = header(req, "authorization")?;
    let (scheme, param) = value.trim().split_once(' ')?;
    let param = param.trim();
    (scheme.eq_ignore_ascii_case(expected_scheme) && !param.is_empty()).then(|| param.to_owned())
}

/// Standard base64 with padding, as HTTP Basic uses it.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let digits = text.trim_end_matches('=');
    if !text.len().is_multiple_of(4) || text.len() - digits.len() > 2 {
        return None;
    }
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for c in digits.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((buffer >> bits) & 0xFF).ok()?);
        }
    }
    Some(out)
}

/// The `WWW-Authenticate` challenge for an operation's schemes: the first HTTP scheme's.
pub fn challenge(schemes: &[Scheme]) -> Option<&'static str> {
    schemes.iter().find_map(|scheme| match scheme.kind {
        SchemeKind::Bearer => Some("Bearer"),
        SchemeKind::Basic => Some("Basic"),
        _ => None,
    })
}

/// 401 `{"detail": "Not authenticated"}`: the request carries no usable credentials.
pub fn not_authenticated(schemes: &[Scheme]) -> HttpResponse {
    respond::unauthorized("Not authenticated", challenge(schemes))
}

/// The answer when `authenticate` refuses the credentials.
pub fn refused(error: &AuthError, schemes: &[Scheme]) -> HttpResponse {
    match error {
        AuthError::Invalid => {
            respond::unauthorized("Invalid authentication credentials", challenge(schemes))
        }
        AuthError::Unavailable(_) => {
            respond::error(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error")
        }
    }
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;

    use super::{Credentials, Scheme, SchemeKind, decode_base64, find};

    const BEARER: Scheme = Scheme {
        name: "HTTPBearer",
        kind: SchemeKind::Bearer,
    };

    fn bearer(header: Option<&str>) -> Option<Credentials> {
        let mut req = TestRequest::default();
        if let Some(value) = header {
            req = req.insert_header(("Authorization", value));
        }
        find(&req.to_http_request(), &[BEARER])
    }

    #[test]
    fn bearer_scheme_is_case_insensitive() {
        let expected = Some(Credentials::Bearer {
            scheme: "HTTPBearer",
            token: "abc".to_owned(),
        });
        assert_eq!(bearer(Some("Bearer abc")), expected);
        assert_eq!(bearer(Some("bearer abc")), expected);
        assert_eq!(bearer(Some("BEARER  abc ")), expected);
    }

    #[test]
    fn missing_other_or_empty_bearer_credentials_are_none() {
        for header in [
            None,
            Some("Basic abc"),
            Some("Bearer"),
            Some("Bearer "),
            Some("abc"),
            Some(""),
        ] {
            assert_eq!(bearer(header), None, "{header:?}");
        }
    }

    #[test]
    fn api_keys_come_from_header_query_or_cookie() {
        let schemes = [
            Scheme {
                name: "h",
                kind: SchemeKind::ApiKeyHeader("X-Key"),
            },
            Scheme {
                name: "q",
                kind: SchemeKind::ApiKeyQuery("key"),
            },
            Scheme {
                name: "c",
                kind: SchemeKind::ApiKeyCookie("session"),
            },
        ];
        let key = |scheme: &'static str, key: &str| {
            Some(Credentials::ApiKey {
                scheme,
                key: key.to_owned(),
            })
        };
        let header = TestRequest::default()
            .insert_header(("x-key", "k1"))
            .to_http_request();
        assert_eq!(find(&header, &schemes), key("h", "k1"));
        let query = TestRequest::with_uri("/p?key=k%202").to_http_request();
        assert_eq!(find(&query, &schemes), key("q", "k 2"));
        let cookie = TestRequest::default()
            .insert_header(("cookie", "a=b; session=k3"))
            .to_http_request();
        assert_eq!(find(&cookie, &schemes), key("c", "k3"));
        assert_eq!(
            find(&TestRequest::default().to_http_request(), &schemes),
            None
        );
    }

    #[test]
    fn basic_credentials_are_decoded() {
        let schemes = [Scheme {
            name: "basic",
            kind: SchemeKind::Basic,
        }];
        let req = TestRequest::default()
            .insert_header(("authorization", "Basic dXNlcjpwYXNz"))
            .to_http_request();
        assert_eq!(
            find(&req, &schemes),
            Some(Credentials::Basic {
                scheme: "basic",
                username: "user".to_owned(),
                password: "pass".to_owned()
            })
        );
        assert_eq!(decode_base64("YQ=="), Some(b"a".to_vec()));
        assert_eq!(decode_base64("YWI="), Some(b"ab".to_vec()));
        assert_eq!(decode_base64("YQ"), None);
        assert_eq!(decode_base64("Y!=="), None);
    }

    #[test]
    fn debug_output_hides_secrets() {
        let credentials = Credentials::Bearer {
            scheme: "HTTPBearer",
            token: "secret".to_owned(),
        };
        assert!(!format!("{credentials:?}").contains("secret"));
    }
}
