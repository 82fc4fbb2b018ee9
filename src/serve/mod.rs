//! `capaian serve`: the planner's web page. A planner uploads plans (TOML,
//! CSV, workbooks) and filled collection workbooks, sees the results grouped
//! by sasaran, an indicator's explanation, and downloads the chapter III
//! report, the results and the collection workbooks.
//!
//! The page computes nothing itself: it calls the library as the command
//! line does (plans read from memory by [`crate::plan::load_bytes`], the
//! [`Evaluator`](crate::eval::Evaluator), `lapkin`, `template`). Uploads are
//! held in memory, bounded ([`limits`]), and never taken as paths; rules
//! come only from the folders given at start. It listens on this machine
//! only unless a token guards it ([`guard`]).

mod guard;
mod headers;
mod limits;
mod pages;
mod routes;
mod session;
mod upload;

use crate::diagnostic::{Diagnostic, Kind, Text};
use crate::lang::Lang;
use crate::rules::{Layered, RuleStore};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

/// How the server runs, from the command line.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    /// The address to listen on (`127.0.0.1:8080`).
    pub listen: String,
    /// The secret every request must carry; required beyond loopback.
    pub token: Option<String>,
    /// The rule folders, before the built-in library.
    pub rules: Vec<PathBuf>,
    /// The page's language.
    pub lang: Lang,
}

/// What every request shares: read-only settings and the uploads' store.
pub(crate) struct AppState {
    pub lang: Lang,
    /// The rules every upload is evaluated with: the configured folders,
    /// then the built-in library; never a folder an upload could name.
    pub rules: Arc<dyn RuleStore>,
    /// The configured folders, for the rules page.
    pub rule_dirs: Vec<PathBuf>,
    pub guard: guard::Guard,
    pub sessions: session::Sessions,
}

/// Starts the server and serves until the process is stopped. `say` gets
/// the line telling where the page is (with its token, when one is set).
pub(crate) fn serve(config: Config, say: &mut dyn FnMut(String)) -> Result<(), Diagnostic> {
    let addr: SocketAddr =
        config.listen.parse().map_err(|e: std::net::AddrParseError| bind_error(&config.listen, e.to_string()))?;
    let guard = guard::Guard::new(&addr, config.token.clone())?;
    let rules: Arc<dyn RuleStore> = Arc::new(Layered::folders(&config.rules));
    let state = Arc::new(AppState {
        lang: config.lang,
        rules,
        rule_dirs: config.rules.clone(),
        guard,
        sessions: session::Sessions::default(),
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_io()
        .build()
        .map_err(|e| bind_error(&config.listen, e.to_string()))?;
    runtime.block_on(async move {
        let listener =
            tokio::net::TcpListener::bind(addr).await.map_err(|e| bind_error(&config.listen, e.to_string()))?;
        let bound = listener.local_addr().map_err(|e| bind_error(&config.listen, e.to_string()))?;
        let url = match &config.token {
            Some(token) => format!("http://{bound}/?token={token}"),
            None => format!("http://{bound}/"),
        };
        say(Text::ServeListening { url }.message(config.lang));
        let app = routes::router(state);
        axum::serve(listener, app).await.map_err(|e| bind_error(&config.listen, e.to_string()))
    })
}

fn bind_error(listen: &str, reason: String) -> Diagnostic {
    Diagnostic::error(Kind::ServeListen { listen: listen.to_string(), reason })
}
