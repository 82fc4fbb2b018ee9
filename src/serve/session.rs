//! Uploads held in memory between pages: each evaluated upload gets a
//! random id, and results, explanations and downloads are read from it.
//! Only the [`MAX_SESSIONS`] used last are kept (the one unused longest is
//! dropped), so
//! memory stays bounded whatever the number of visitors; nothing is written
//! to disk.

use crate::diagnostic::Diagnostic;
use crate::eval::{EvalOptions, Report};
use crate::model::Plan;
use crate::report::lapkin::Chapter;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

/// How many uploads are kept at once.
pub(crate) const MAX_SESSIONS: usize = 16;

/// One evaluated upload.
#[derive(Debug)]
pub(crate) struct Session {
    /// The files' labels, in upload order.
    pub files: Vec<String>,
    /// The plans read from them (filled collection workbooks merged in).
    pub plans: Vec<Plan>,
    /// The options it was evaluated with (period, earlier years).
    pub options: EvalOptions,
    /// What `eval` gives for them.
    pub report: Report,
    /// Chapter III of each unit, made once: the summaries of the results
    /// page and the report downloads.
    pub chapters: Vec<Chapter>,
    /// Everything reading and evaluating said, in order: warnings of the
    /// files, files that could not be read, the evaluator's findings.
    pub problems: Vec<Diagnostic>,
}

/// The kept uploads, newest last.
#[derive(Default)]
pub(crate) struct Sessions {
    kept: Mutex<VecDeque<(String, Arc<Session>)>>,
}

impl Sessions {
    /// Keeps `session` and gives its id, dropping the one unused longest
    /// beyond the limit.
    pub(crate) fn add(&self, session: Session) -> String {
        let id = super::guard::random_hex();
        // A poisoned lock means another request panicked while holding it;
        // the queue itself is still whole.
        let mut kept = self.kept.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        kept.push_back((id.clone(), Arc::new(session)));
        while kept.len() > MAX_SESSIONS {
            kept.pop_front();
        }
        id
    }

    /// The upload `id`, if still kept; it becomes the one used last.
    pub(crate) fn get(&self, id: &str) -> Option<Arc<Session>> {
        let mut kept = self.kept.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let at = kept.iter().position(|(k, _)| k == id)?;
        let entry = kept.remove(at)?;
        let session = entry.1.clone();
        kept.push_back(entry);
        Some(session)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty() -> Session {
        Session {
            files: Vec::new(),
            plans: Vec::new(),
            options: EvalOptions::default(),
            report: Report::default(),
            chapters: Vec::new(),
            problems: Vec::new(),
        }
    }

    #[test]
    fn only_the_uploads_used_last_are_kept() {
        let sessions = Sessions::default();
        let first = sessions.add(empty());
        let second = sessions.add(empty());
        let ids: Vec<String> = (0..MAX_SESSIONS - 2).map(|_| sessions.add(empty())).collect();
        // The first is used again: the second is now the one unused longest.
        assert!(sessions.get(&first).is_some());
        sessions.add(empty());
        assert!(sessions.get(&second).is_none());
        assert!(sessions.get(&first).is_some());
        assert!(ids.iter().all(|id| sessions.get(id).is_some()));
        assert!(sessions.get("nope").is_none());
    }
}
