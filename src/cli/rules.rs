//! Which rules the command line uses: the `--rules` folders first, then
//! the folders the project's `capaian.toml` names (`rules = ["…"]`), then
//! every `rules/` folder from the plan's own folder upward (nearest first)
//! up to the repository root (or the working folder, or the plan's folder:
//! [`boundary`]), never `/tmp` or `/`, then the standard library built into
//! the tool. The library only reads
//! the store it is given; this walk is the command line's policy.

use crate::diagnostic::{Diagnostic, Kind, Text};
#[cfg(feature = "cli")]
use crate::diff::RulesSnapshot;
use crate::eval::RulesFor;
use crate::files::{PLAN_FILE_LIMIT, boundary, read_text};
use crate::plan::fields::Fields;
use crate::plan::toml_value::Source;
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
    // A broken capaian.toml is reported before any command runs (`check_projects`).
    for folder in project_rules(&top).unwrap_or_default() {
        let shown =
            cwd.as_ref().and_then(|c| folder.strip_prefix(c).ok()).map_or_else(|| folder.clone(), Path::to_path_buf);
        if !dirs.contains(&shown) {
            dirs.push(shown);
        }
    }
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

/// The rule folders the project's `capaian.toml` at `top` names:
/// `rules = ["../capaian/rules"]`, each relative to the file (canonical),
/// searched after `--rules` and before the project's own `rules/` folders —
/// so a formula repository declares the library it builds on once. No file:
/// none.
pub(crate) fn project_rules(top: &Path) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let path = top.join("capaian.toml");
    if !path.is_file() {
        return Ok(Vec::new());
    }
    let text = read_text(&path, PLAN_FILE_LIMIT).map_err(|d| vec![d])?;
    let src = Source::new(&path, &text);
    let doc = src.parse().map_err(|e| e.diagnostics())?;
    let f = Fields::new(&src, doc.get_ref());
    let mut folders = Vec::new();
    if let Some(v) = f.get("rules") {
        match v.get_ref() {
            toml::de::DeValue::Array(items) => {
                for item in items.iter() {
                    let Some(name) = f.keep(src.text(item, "rules")) else { continue };
                    let folder = top.join(&name);
                    match std::fs::canonicalize(&folder) {
                        Ok(dir) if dir.is_dir() => folders.push(dir),
                        _ => f.report(src.error_at(item, Kind::ConfigRulesNotFolder { folder: name })),
                    }
                }
            }
            _ => f.report(src.error_at(v, Kind::ConfigRulesNotList)),
        }
    }
    let problems = f.finish(Text::PlaceKey { key: "capaian.toml".into() });
    if problems.is_empty() { Ok(folders) } else { Err(problems) }
}

/// The problems of the `capaian.toml` of each project the `paths` lie in
/// (each file once): a folder it names that is not there would otherwise
/// show up as an unknown rule far from its cause.
#[cfg(feature = "cli")]
pub(crate) fn check_projects(paths: &[PathBuf]) -> Vec<Diagnostic> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for p in paths {
        let dir = if p.is_dir() { p.as_path() } else { p.parent().unwrap_or(Path::new(".")) };
        let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
        let top = boundary(dir);
        if !seen.contains(&top) {
            out.extend(project_rules(&top).err().unwrap_or_default());
            seen.push(top);
        }
    }
    out
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
