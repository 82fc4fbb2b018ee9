//! A progress bar on standard error for long runs: shown once a run has
//! taken a second and only when standard error is a terminal, so pipes,
//! logs and tests never see it.

use crate::eval::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// How long a run goes before it shows a bar.
const QUIET_FOR: Duration = Duration::from_secs(1);

/// The bar of one run, drawn from the first progress after [`QUIET_FOR`].
pub(super) struct Bar {
    shared: Arc<Shared>,
}

struct Shared {
    started: Instant,
    terminal: bool,
    bar: OnceLock<ProgressBar>,
}

impl Bar {
    /// A bar whose run starts now.
    pub(super) fn new() -> Bar {
        let terminal = std::io::stderr().is_terminal();
        Bar { shared: Arc::new(Shared { started: Instant::now(), terminal, bar: OnceLock::new() }) }
    }

    /// The callback the evaluator reports to.
    pub(super) fn callback(&self) -> Progress {
        let shared = self.shared.clone();
        Arc::new(move |done, total| {
            if !shared.terminal || shared.started.elapsed() < QUIET_FOR {
                return;
            }
            let bar = shared.bar.get_or_init(|| {
                // Numbers only: no words to translate.
                let style = ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {eta}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar());
                ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr()).with_style(style)
            });
            // A run read a batch at a time counts files, not indicator-periods.
            if bar.length() != Some(total as u64) {
                bar.set_length(total as u64);
            }
            bar.set_position(done as u64);
        })
    }

    /// Clears the bar, if one was drawn.
    pub(super) fn finish(&self) {
        if let Some(bar) = self.shared.bar.get() {
            bar.finish_and_clear();
        }
    }
}
