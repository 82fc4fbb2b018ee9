//! The addresses and what each answers. Work that evaluates (an upload, an
//! explanation, a report) runs on tokio's blocking threads, each with its
//! own evaluator, so requests are independent; a panic there is caught as a
//! failed request and the server goes on.

use super::AppState;
use super::limits::MAX_BODY;
use super::pages::{self, Filter};
use super::session::Session;
use crate::collect::{Per, groups, workbook_bytes};
use crate::diagnostic::{Diagnostic, Kind};
use crate::eval::{EvalOptions, Evaluator};
use crate::number::Convention;
use crate::report::lapkin::Chapter;
use crate::report::{Format, RenderOptions, render_opts};
use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use std::path::Path as FsPath;
use std::sync::Arc;

type Shared = State<Arc<AppState>>;

/// Every address of the page, behind the guard and the security headers.
pub(crate) fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/style.css", get(style))
        .route("/unggah", post(upload))
        .route("/hasil/{id}", get(results))
        .route("/penjelasan/{id}/{n}", get(explanation))
        .route("/unduh/{id}", get(downloads))
        .route("/unduh/{id}/hasil.csv", get(results_csv))
        .route("/unduh/{id}/hasil.json", get(results_json))
        .route("/unduh/{id}/laporan/{unit}/{format}", get(report))
        .route("/unduh/{id}/template/{plan}/{n}", get(template))
        .route("/aturan", get(rules))
        .route("/aturan/{*name}", get(rule))
        .fallback(not_found)
        // The whole request is bounded before anything reads it.
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn_with_state(state.clone(), super::guard::check))
        .layer(axum::middleware::from_fn(super::headers::secure))
        .with_state(state)
}

async fn index(State(s): Shared) -> Response {
    pages::upload(s.lang, &[]).into_response()
}

async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], pages::stylesheet()).into_response()
}

async fn not_found(State(s): Shared) -> Response {
    (StatusCode::NOT_FOUND, pages::problem(s.lang, &[Diagnostic::error(Kind::ServeNotFound)])).into_response()
}

/// Runs `work` on a blocking thread; a panic is a failed request.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, Diagnostic> {
    tokio::task::spawn_blocking(work).await.map_err(|e| Diagnostic::error(Kind::ServeFailed { reason: e.to_string() }))
}

async fn upload(State(s): Shared, multipart: Multipart) -> Response {
    let form = match super::limits::read_form(multipart).await {
        Ok(f) => f,
        Err(d) => {
            let status = match d.kind {
                Kind::UploadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
                _ => StatusCode::BAD_REQUEST,
            };
            return (status, pages::upload(s.lang, &[d])).into_response();
        }
    };
    let (rules, lang) = (s.rules.clone(), s.lang);
    match blocking(move || super::upload::evaluate(form, rules, lang)).await {
        Ok(Ok(session)) => Redirect::to(&format!("/hasil/{}", s.sessions.add(session))).into_response(),
        Ok(Err(problems)) => (StatusCode::UNPROCESSABLE_ENTITY, pages::upload(s.lang, &problems)).into_response(),
        Err(d) => (StatusCode::INTERNAL_SERVER_ERROR, pages::upload(s.lang, &[d])).into_response(),
    }
}

/// The upload `id`, or the page saying it is gone.
fn session(s: &AppState, id: &str) -> Result<Arc<Session>, Response> {
    s.sessions.get(id).ok_or_else(|| {
        (StatusCode::NOT_FOUND, pages::problem(s.lang, &[Diagnostic::error(Kind::ServeUploadGone)])).into_response()
    })
}

/// The chapter of `unit` in an upload.
fn chapter<'a>(session: &'a Session, unit: &str) -> Option<&'a Chapter> {
    session.chapters.iter().find(|c| c.unit == unit)
}

async fn results(State(s): Shared, Path(id): Path<String>, Query(filter): Query<Filter>) -> Response {
    let session = match session(&s, &id) {
        Ok(x) => x,
        Err(r) => return r,
    };
    pages::results(s.lang, &id, &session, &filter).into_response()
}

fn failed(s: &AppState, d: Diagnostic) -> Response {
    (StatusCode::INTERNAL_SERVER_ERROR, pages::problem(s.lang, &[d])).into_response()
}

async fn explanation(State(s): Shared, Path((id, n)): Path<(String, usize)>) -> Response {
    let session = match session(&s, &id) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let Some(r) = session.report.results.get(n).cloned() else {
        return not_found(State(s)).await;
    };
    let state = s.clone();
    let work = move || {
        let plan = session.plans.iter().find(|p| *p.path == *r.plan)?;
        let rules = state.rules.clone();
        let options = EvalOptions { period: Some(r.period), ..session.options.clone() };
        let options = EvalOptions { periods: Vec::new(), every: None, ..options };
        let mut evaluator = Evaluator::with_rules(options, Arc::new(move |_: &FsPath| rules.clone()));
        let found = evaluator.explain(plan, &r.indicator);
        let (result, ex) = found.into_iter().find(|(x, _)| x.period == r.period)?;
        let text = ex.render_result(&plan.path, &result, state.lang);
        Some(pages::explanation(state.lang, &id, &result, &text))
    };
    match blocking(work).await {
        Ok(Some(page)) => page.into_response(),
        Ok(None) => not_found(State(s)).await,
        Err(d) => failed(&s, d),
    }
}

async fn downloads(State(s): Shared, Path(id): Path<String>) -> Response {
    let session = match session(&s, &id) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let templates: Vec<(usize, Vec<String>)> = session
        .plans
        .iter()
        .enumerate()
        .map(|(i, p)| (i, groups(p, Per::Tim).into_iter().map(|g| g.file).collect()))
        .collect();
    pages::downloads(s.lang, &id, &templates, &session).into_response()
}

/// A file to download: its type, name and bytes.
fn attachment(content_type: &'static str, name: &str, bytes: Vec<u8>) -> Response {
    let mut response = ([(header::CONTENT_TYPE, content_type)], bytes).into_response();
    // The name comes from a plan: only safe characters reach the header.
    let safe: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || "-_.".contains(c) { c } else { '_' }).collect();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{safe}\"")) {
        response.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

async fn results_csv(State(s): Shared, Path(id): Path<String>) -> Response {
    results_as(&s, &id, Format::Csv, "text/csv; charset=utf-8", "hasil.csv")
}

async fn results_json(State(s): Shared, Path(id): Path<String>) -> Response {
    results_as(&s, &id, Format::Json, "application/json", "hasil.json")
}

/// The results as `capaian eval --format csv|json` writes them.
fn results_as(s: &AppState, id: &str, format: Format, content_type: &'static str, name: &str) -> Response {
    match session(s, id) {
        Ok(session) => {
            let text = render_opts(&session.report, format, RenderOptions::new(Convention::En, s.lang));
            attachment(content_type, name, text.into_bytes())
        }
        Err(r) => r,
    }
}

async fn report(State(s): Shared, Path((id, unit, format)): Path<(String, String, String)>) -> Response {
    let session = match session(&s, &id) {
        Ok(x) => x,
        Err(r) => return r,
    };
    if !matches!(format.as_str(), "html" | "xlsx") {
        return not_found(State(s)).await;
    }
    let work = move || {
        let Some(chapter) = chapter(&session, &unit) else { return Ok(None) };
        let name = format!("lapkin-{unit}.{format}");
        if format == "xlsx" {
            let bytes = chapter.to_xlsx()?;
            Ok(Some(attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", &name, bytes)))
        } else {
            let mut r = attachment("text/html; charset=utf-8", &name, chapter.to_html().into_bytes());
            r.headers_mut()
                .insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(super::headers::REPORT_POLICY));
            Ok(Some(r))
        }
    };
    match blocking(work).await {
        Ok(Ok(Some(r))) => r,
        Ok(Ok(None)) => not_found(State(s)).await,
        Ok(Err(d)) => (StatusCode::UNPROCESSABLE_ENTITY, pages::problem(s.lang, &[d])).into_response(),
        Err(d) => failed(&s, d),
    }
}

async fn template(State(s): Shared, Path((id, plan, n)): Path<(String, usize, usize)>) -> Response {
    let session = match session(&s, &id) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let Some(p) = session.plans.get(plan) else { return not_found(State(s)).await };
    let Some(g) = groups(p, Per::Tim).into_iter().nth(n) else { return not_found(State(s)).await };
    match workbook_bytes(p, &g, Per::Tim) {
        Ok(bytes) => attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", &g.file, bytes),
        Err(e) => failed(&s, Diagnostic::error(Kind::ReportXlsx { reason: e.to_string() })),
    }
}

async fn rules(State(s): Shared) -> Response {
    let mut names = s.rules.names();
    names.sort();
    names.dedup();
    let places: Vec<String> = s.rule_dirs.iter().map(|d| d.display().to_string()).collect();
    pages::rules(s.lang, &places, &names).into_response()
}

async fn rule(State(s): Shared, Path(name): Path<String>) -> Response {
    // Only a name the store lists is looked up: never a path from the address.
    if !s.rules.names().contains(&name) {
        return not_found(State(s)).await;
    }
    match s.rules.rule(&name) {
        Some(Ok(source)) => {
            let path = crate::eval::shown_path(&source.path);
            pages::rule(s.lang, &name, &path, &source.text).into_response()
        }
        Some(Err(d)) => (StatusCode::UNPROCESSABLE_ENTITY, pages::problem(s.lang, &[d])).into_response(),
        None => not_found(State(s)).await,
    }
}
