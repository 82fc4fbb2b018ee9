//! The security headers every answer carries. The page loads nothing from
//! elsewhere and runs no script, so the content security policy allows only
//! its own stylesheet and images; the downloaded HTML report, which keeps
//! its CSS inline to stay one self-contained file, is allowed inline styles
//! and nothing else. Pages are never cached: they hold a planner's figures.

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// The policy of the page itself.
pub(crate) const PAGE_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
     frame-ancestors 'none'; base-uri 'none'";

/// The policy of the self-contained report (inline `<style>` and SVG).
pub(crate) const REPORT_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'";

/// The middleware: the headers are added where a handler set none.
pub(crate) async fn secure(req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    let fixed: [(HeaderName, &str); 6] = [
        (header::CONTENT_SECURITY_POLICY, PAGE_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        // The token may be in the address: it must not travel in a Referer.
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
        (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
    ];
    for (name, value) in fixed {
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    }
    response
}
