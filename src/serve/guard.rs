//! Who may use the page. On a loopback address anyone on this machine may,
//! but only through a loopback host name (a web page elsewhere that points
//! its own host name at 127.0.0.1 is refused: DNS rebinding). Beyond
//! loopback every request must carry the token given with `--token`: as
//! `?token=` on the first visit, which sets a cookie, then the cookie (or an
//! `Authorization: Bearer` header for scripts). Without a token such an
//! address is refused at start, with a fresh token to use printed.

use super::AppState;
use crate::diagnostic::{Diagnostic, Kind};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::hash::{BuildHasher, Hasher};
use std::net::SocketAddr;
use std::sync::Arc;

/// The name of the cookie holding the token.
const COOKIE: &str = "capaian_token";

/// The access policy chosen at start.
#[derive(Debug, Clone)]
pub(crate) struct Guard {
    token: Option<String>,
}

impl Guard {
    /// The policy for listening on `addr`: a non-loopback address without a
    /// token is refused, naming a fresh token the user may pass.
    pub(crate) fn new(addr: &SocketAddr, token: Option<String>) -> Result<Guard, Diagnostic> {
        match token {
            Some(t) if t.trim().len() < 16 => Err(Diagnostic::error(Kind::ServeTokenShort { min: "16".into() })),
            Some(t) => Ok(Guard { token: Some(t) }),
            None if addr.ip().is_loopback() => Ok(Guard { token: None }),
            None => Err(Diagnostic::error(Kind::ServeTokenNeeded { listen: addr.to_string(), token: random_hex() })),
        }
    }

    /// Whether the request may pass, and whether it carried the token in
    /// its query (then the answer sets the cookie).
    fn admits(&self, req: &Request) -> (bool, bool) {
        let Some(token) = &self.token else {
            return (loopback_host(req), false);
        };
        let from_query = req
            .uri()
            .query()
            .unwrap_or("")
            .split('&')
            .filter_map(|pair| pair.strip_prefix("token="))
            .any(|t| same(t, token));
        let header_text = |name| req.headers().get_all(name).iter().filter_map(|v| v.to_str().ok());
        let from_cookie = header_text(header::COOKIE)
            .flat_map(|c| c.split(';'))
            .filter_map(|c| c.trim().strip_prefix(COOKIE).and_then(|c| c.strip_prefix('=')))
            .any(|t| same(t, token));
        let from_bearer =
            header_text(header::AUTHORIZATION).filter_map(|a| a.strip_prefix("Bearer ")).any(|t| same(t.trim(), token));
        (from_query || from_cookie || from_bearer, from_query)
    }
}

/// The host the request names is this machine's own (`localhost`,
/// `127.0.0.1`, `[::1]`, any port); no Host header is HTTP/1.0 from a tool.
fn loopback_host(req: &Request) -> bool {
    let Some(host) = req.headers().get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return true;
    };
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.split(':').next().unwrap_or(""),
    };
    name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// A form posted from another site (cross-site request forgery): a browser
/// names the page a request comes from in `Origin` (and `Sec-Fetch-Site`).
/// A POST whose origin is not this page's own host is refused, so a web page
/// elsewhere cannot make the planner's browser upload to the local page.
/// Requests without those headers (scripts, curl) are not browsers' and pass.
fn cross_site(req: &Request) -> bool {
    if req.method() == axum::http::Method::GET || req.method() == axum::http::Method::HEAD {
        return false;
    }
    let text = |name| req.headers().get(name).and_then(|h| h.to_str().ok());
    if text("sec-fetch-site").is_some_and(|s| s.eq_ignore_ascii_case("cross-site")) {
        return true;
    }
    let Some(origin) = text("origin") else { return false };
    let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
    text("host").is_none_or(|host| !origin_host.eq_ignore_ascii_case(host))
}

/// Compares two secrets in time independent of where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// 128 random bits as hex: the standard library's hasher keys are drawn
/// from the system's random source for each process, so a keyed SipHash of
/// a counter and the time is unguessable without another dependency. Used
/// for tokens and upload ids.
pub(crate) fn random_hex() -> String {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    (0..2u8)
        .map(|half| {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u64(n);
            h.write_u128(nanos);
            h.write_u8(half);
            format!("{:016x}", h.finish())
        })
        .collect()
}

/// The middleware: a request that may not pass gets the refusal page.
pub(crate) async fn check(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let (admitted, set_cookie) = state.guard.admits(&req);
    if !admitted || cross_site(&req) {
        let page = super::pages::problem(state.lang, &[Diagnostic::error(Kind::ServeForbidden)]);
        return (StatusCode::FORBIDDEN, page).into_response();
    }
    let mut response = next.run(req).await;
    if let (true, Some(token)) = (set_cookie, &state.guard.token) {
        let cookie = format!("{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/");
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(uri: &str, headers: &[(&str, &str)]) -> Request {
        let mut b = axum::http::Request::builder().uri(uri);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(axum::body::Body::empty()).unwrap()
    }

    #[test]
    fn beyond_loopback_a_token_is_required() {
        let any: SocketAddr = "0.0.0.0:8080".parse().unwrap();
        let err = Guard::new(&any, None).unwrap_err();
        assert!(matches!(err.kind, Kind::ServeTokenNeeded { .. }));
        assert!(matches!(Guard::new(&any, Some("short".into())).unwrap_err().kind, Kind::ServeTokenShort { .. }));
        let local: SocketAddr = "127.0.0.1:0".parse().unwrap();
        assert!(Guard::new(&local, None).is_ok());
    }

    #[test]
    fn the_token_comes_by_query_cookie_or_bearer() {
        let any: SocketAddr = "0.0.0.0:8080".parse().unwrap();
        let g = Guard::new(&any, Some("0123456789abcdef".into())).unwrap();
        assert_eq!(g.admits(&request("/", &[])), (false, false));
        assert_eq!(g.admits(&request("/?token=0123456789abcdef", &[])), (true, true));
        assert_eq!(g.admits(&request("/?token=0123456789abcdeX", &[])), (false, false));
        assert_eq!(g.admits(&request("/", &[("cookie", "a=b; capaian_token=0123456789abcdef")])), (true, false));
        assert_eq!(g.admits(&request("/", &[("authorization", "Bearer 0123456789abcdef")])), (true, false));
    }

    #[test]
    fn on_loopback_only_loopback_host_names_pass() {
        let local: SocketAddr = "127.0.0.1:0".parse().unwrap();
        let g = Guard::new(&local, None).unwrap();
        for host in ["localhost:8080", "127.0.0.1:8080", "[::1]:8080", "LOCALHOST"] {
            assert!(g.admits(&request("/", &[("host", host)])).0, "{host}");
        }
        assert!(!g.admits(&request("/", &[("host", "evil.example:8080")])).0);
    }

    #[test]
    fn a_form_posted_from_another_site_is_refused() {
        let post = |headers: &[(&str, &str)]| {
            let mut b = axum::http::Request::builder().method("POST").uri("/unggah");
            for (k, v) in headers {
                b = b.header(*k, *v);
            }
            b.body(axum::body::Body::empty()).unwrap()
        };
        let host = ("host", "127.0.0.1:8080");
        assert!(!cross_site(&post(&[host, ("origin", "http://127.0.0.1:8080")])));
        assert!(!cross_site(&post(&[host])));
        assert!(cross_site(&post(&[host, ("origin", "https://evil.example")])));
        assert!(cross_site(&post(&[host, ("origin", "null")])));
        assert!(cross_site(&post(&[host, ("sec-fetch-site", "cross-site")])));
        assert!(!cross_site(&request("/", &[host, ("origin", "https://evil.example")])));
    }

    #[test]
    fn random_ids_differ() {
        let (a, b) = (random_hex(), random_hex());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
    }
}
