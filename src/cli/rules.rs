//! Which rules the command line uses: the `--rules` folders first, then
//! every `rules/` folder from the plan's own folder upward (nearest first)
//! up to the repository root (or the working folder, or the plan's folder:
//! [`boundary`]), never `/tmp` or `/`, then the standard library built into
//! the tool. The library only reads
//! the store it is given; this walk is the command line's policy.

#[cfg(feature = "cli")]
use crate::diff::RulesSnapshot;
use crate::eval::RulesFor;
use crate::files::boundary;
use crate::rules::{Layered, RuleStore};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The rule folders for a plan file: `extra` first, then every `rules/`
/// folder from the plan's folder upward. The walk starts from the plan's
/// absolute path, so it is the same wherever the command runs; folders under
/// the working folder are shown relative to it, so messages and snapshots
/// read the same in every checkout.
pub(crate) fn dirs_for(plan_path: &Path, extra: &[PathBuf]) -> Vec<PathBuf> {
    let absolute = std::fs::canonicalize(plan_path)
        .or_else(|_| std::path::absolute(plan_path))
        .unwrap_or_else(|_| plan_path.to_path_buf());
    dirs_from(absolute.parent().unwrap_or(&absolute), extra)
}

/// `extra`, then every `rules/` folder in `dir` and above it, up to the
/// repository holding it (a rule folder a stranger left in `/tmp` above a
/// downloaded plan must not replace the library's rules).
fn dirs_from(dir: &Path, extra: &[PathBuf]) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = extra.to_vec();
    let cwd = std::env::current_dir().ok().and_then(|d| std::fs::canonicalize(d).ok());
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let top = boundary(&dir);
    let inside = dir.ancestors().take_while(|d| d.starts_with(&top));
    for dir in inside {
        let candidate = dir.join("rules");
        if candidate.is_dir() {
            let shown = cwd
                .as_ref()
                .and_then(|c| candidate.strip_prefix(c).ok())
                .map_or_else(|| candidate.clone(), Path::to_path_buf);
            if !dirs.contains(&shown) {
                dirs.push(shown);
            }
        }
    }
    dirs
}

/// Each plan's rules: `extra`, the `rules/` folders above the plan, the
/// built-in library.
pub fn rules_above_plans(extra: Vec<PathBuf>) -> RulesFor {
    Arc::new(move |plan: &Path| Arc::new(Layered::folders(&dirs_for(plan, &extra))) as Arc<dyn RuleStore>)
}

#[cfg(feature = "cli")]
/// Each plan's rules as they were at a git revision (`capaian diff`): the
/// same folders, read from the snapshot where they lie in the repository.
pub(crate) fn rules_at(snapshot: RulesSnapshot, extra: Vec<PathBuf>) -> RulesFor {
    Arc::new(move |plan: &Path| Arc::new(snapshot.store(&dirs_for(plan, &extra))) as Arc<dyn RuleStore>)
}

/// The rules `calc` sees: `extra`, the `rules/` folders of the working
/// folder and above it, the built-in library.
pub fn rules_here(extra: &[PathBuf]) -> Arc<dyn RuleStore> {
    let here = std::env::current_dir().ok().and_then(|d| std::fs::canonicalize(d).ok()).unwrap_or_default();
    Arc::new(Layered::folders(&dirs_from(&here, extra)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folders_above_a_plan_do_not_depend_on_how_its_path_is_written() {
        // Tests run in the package root, which has `rules/`.
        let root = std::env::current_dir().unwrap();
        for plan in ["examples/bkk-jambi/rkt-2024.toml", "examples/bkk-jambi/not-written-yet.toml"] {
            let relative = dirs_for(Path::new(plan), &[]);
            assert_eq!(relative, [PathBuf::from("examples/bkk-jambi/rules"), PathBuf::from("rules")], "{plan}");
            assert_eq!(dirs_for(&root.join(plan), &[]), relative, "{plan}");
        }
        let extra = [PathBuf::from("rules")];
        assert_eq!(dirs_for(Path::new("examples/x.toml"), &extra), extra, "a folder is searched once");
    }
}
