//! `capaian template` and `capaian collect`: the collection round of the
//! SOP Penyusunan LAPKIN (steps 2–4).

use super::args::{CollectArgs, PerArg, TemplateArgs};
use super::commands::{eprint_all, lang, print_out};
use super::{EXIT_FAILED, EXIT_OK, EXIT_UNUSABLE};
use crate::collect::{Per, changes, groups, lines, merge_checked, number_text, read_workbook, workbook_bytes};
use crate::diagnostic::{Diagnostic, Kind, Severity, Span, Text};
use crate::files::{PLAN_FILE_LIMIT, read_text};
use crate::model::Plan;
use crate::output::{output_target, write_output};
use crate::plan::load_paths;
use std::path::{Path, PathBuf};

/// The one plan of `path`; anything else is reported.
fn one_plan(path: &Path) -> Result<Plan, ()> {
    let loaded = load_paths(&[path.to_path_buf()], None)
        .and_then(crate::plan::Loaded::strict)
        .map_err(|e| eprint_all(&e.diagnostics()))?;
    eprint_all(&loaded.warnings);
    let count = loaded.plans.len();
    let mut plans = loaded.plans;
    match plans.pop() {
        Some(plan) if count == 1 => Ok(plan),
        _ => {
            let d = Diagnostic::error(Kind::CollectOnePlan { count: count.to_string() }).with_span(Span::file(path));
            eprint_all(&[d]);
            Err(())
        }
    }
}

pub(super) fn template(a: TemplateArgs) -> i32 {
    let Ok(plan) = one_plan(&a.plan) else { return EXIT_UNUSABLE };
    let per = match a.per {
        PerArg::Tim => Per::Tim,
        PerArg::Sasaran => Per::Sasaran,
        PerArg::Indikator => Per::Indikator,
    };
    let dir = &a.output;
    let fail = |kind: Kind| {
        eprint_all(&[Diagnostic::error(kind).with_span(Span::file(dir))]);
        EXIT_UNUSABLE
    };
    if dir.exists() && !dir.is_dir() {
        return fail(Kind::TemplateNotFolder { path: dir.display().to_string() });
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        return fail(Kind::FileUnwritable { path: dir.display().to_string(), reason: e.to_string() });
    }
    let groups = groups(&plan, per);
    // All or nothing: a filled workbook in the folder is never replaced.
    let existing: Vec<Diagnostic> = groups
        .iter()
        .map(|g| dir.join(&g.file))
        .filter(|p| std::fs::symlink_metadata(p).is_ok())
        .map(|p| Diagnostic::error(Kind::TemplateExists { path: p.display().to_string() }).with_span(Span::file(&p)))
        .collect();
    if !existing.is_empty() {
        eprint_all(&existing);
        return EXIT_UNUSABLE;
    }
    let mut out = String::new();
    for g in &groups {
        let path = dir.join(&g.file);
        let unwritable = |reason: String| {
            Diagnostic::error(Kind::FileUnwritable { path: path.display().to_string(), reason })
                .with_span(Span::file(&path))
        };
        let written = workbook_bytes(&plan, g, per)
            .map_err(|e| unwritable(e.to_string()))
            .and_then(|bytes| write_output(&path, &bytes, std::slice::from_ref(&plan.path)));
        if let Err(d) = written {
            print_out(&out);
            eprint_all(&[d]);
            return EXIT_UNUSABLE;
        }
        let rows: usize = g.indicators.iter().map(|ind| lines(&plan, ind).len()).sum();
        let wrote = Text::TemplateWrote {
            file: path.display().to_string(),
            indicators: g.indicators.len().to_string(),
            rows: rows.to_string(),
        };
        out.push_str(&wrote.message(lang()));
        out.push('\n');
        if g.label.is_none() && per == Per::Tim {
            let note = Text::TemplateNoTim { file: g.file.clone(), count: g.indicators.len().to_string() };
            out.push_str(&format!("  {}\n", note.message(lang())));
        }
    }
    print_out(&out);
    EXIT_OK
}

pub(super) fn collect(a: CollectArgs) -> i32 {
    let Ok(plan) = one_plan(&a.plan) else { return EXIT_UNUSABLE };
    // The new plan is never an input: refused before anything is read or
    // said to be replaced.
    let mut inputs: Vec<PathBuf> = a.workbooks.clone();
    inputs.push(plan.path.clone());
    if let Some(target) = a.output.as_ref().filter(|_| !a.dry_run)
        && let Err(d) = output_target(target, &inputs)
    {
        eprint_all(&[d]);
        return EXIT_UNUSABLE;
    }
    let mut filled = Vec::new();
    let mut problems = Vec::new();
    let mut rejected = Vec::new();
    for w in &a.workbooks {
        let read = read_workbook(w, &plan);
        filled.extend(read.filled);
        problems.extend(read.problems);
        rejected.extend(read.rejected);
    }
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        problems.into_iter().partition(|d| d.severity == Severity::Error);
    eprint_all(&warnings);
    if !errors.is_empty() {
        eprint_all(&errors);
        eprint_all(&rejected);
        return EXIT_UNUSABLE;
    }
    // Cells that are no realisasi reject their indicators only: the others
    // are merged, and the exit code says something failed.
    eprint_all(&rejected);
    let done = if rejected.is_empty() { EXIT_OK } else { EXIT_FAILED };
    let merged = changes(filled, a.force);
    let mut out = String::new();
    for ch in &merged.changes {
        let f = &ch.filled;
        let line = Text::CollectChange {
            indicator: f.id(),
            period: f.period.to_string(),
            old: ch.old().map_or_else(|| "—".to_string(), number_text),
            new: number_text(f.value),
            cell: f.span.to_string(),
        };
        out.push_str(&line.message(lang()));
        out.push('\n');
    }
    let replaced = merged.changes.iter().filter(|c| c.old().is_some()).count();
    let summary = Text::CollectSummary {
        new: (merged.changes.len() - replaced).to_string(),
        replaced: replaced.to_string(),
        same: merged.same.to_string(),
    };
    out.push_str(&summary.message(lang()));
    out.push('\n');
    let conflicted = merged.conflicts.iter().any(|d| d.severity == Severity::Error);
    if conflicted || a.dry_run {
        if a.dry_run {
            out.push_str(&Text::CollectDryRun.message(lang()));
            out.push('\n');
        }
        print_out(&out);
        eprint_all(&merged.conflicts);
        return if conflicted { EXIT_FAILED } else { done };
    }
    let Some(target) = &a.output else { return EXIT_UNUSABLE };
    let written = read_text(&plan.path, PLAN_FILE_LIMIT)
        .and_then(|text| merge_checked(&plan, &text, &merged.changes, target, lang()))
        .and_then(|(text, _)| write_output(target, text.as_bytes(), &inputs));
    eprint_all(&merged.conflicts);
    if let Err(d) = written {
        print_out(&out);
        eprint_all(&[d]);
        return EXIT_UNUSABLE;
    }
    out.push_str(&Text::CollectWritten { path: target.display().to_string() }.message(lang()));
    out.push('\n');
    print_out(&out);
    done
}
