//! The audit trail of one evaluation: the plan values read (with file and
//! line), each rule function run with the statements it executed and the
//! values it set, the rounding, the category lookup and the result.
//!
//! Everything here is recorded while the evaluation runs (the rule steps come
//! from the engine's debugger), not re-described afterwards.

use crate::diagnostic::Span;
use crate::engine::trace::{Step, StepKind};
use crate::model::{Indicator, Period};
use serde::Serialize;
use std::fmt::Write as _;

/// One plan value that went into the result.
#[derive(Debug, Clone, Serialize)]
pub struct Input {
    /// What it is (`target`, `realisasi 2024-03`, `component orang: target 2024-06`).
    pub label: String,
    /// The value as read.
    pub value: String,
    /// The text as written in the file.
    pub text: String,
    /// Where it was read.
    pub at: String,
    /// The source text of that line.
    #[serde(skip)]
    pub line: Option<String>,
}

/// One step of the explanation, in order.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Entry {
    /// A plain statement of what the evaluator did.
    Note {
        /// The text.
        text: String,
    },
    /// A rule function ran.
    Rule {
        /// `value`, `capaian` or `kategori`.
        function: String,
        /// The rule name.
        rule: String,
        /// The rule file.
        file: String,
        /// The statements it ran, with changed variables and returns.
        trace: Vec<TracedStep>,
        /// What it returned.
        result: String,
    },
    /// The output rounding.
    Rounding {
        /// Digits.
        decimals: u32,
        /// Mode.
        mode: String,
        /// Before.
        raw: String,
        /// After.
        rounded: String,
    },
    /// The category lookup in a scale.
    Kategori {
        /// Scale name.
        scale: String,
        /// Scale title.
        title: String,
        /// The value looked up.
        value: String,
        /// The band it fell in and its edges.
        band: String,
    },
}

/// A rule step with its source line.
#[derive(Debug, Clone, Serialize)]
pub struct TracedStep {
    /// The recorded step.
    #[serde(flatten)]
    pub step: Step,
    /// The text of the line.
    pub code: String,
}

/// The whole explanation of one indicator-period.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Explanation {
    /// The plan values read.
    pub inputs: Vec<Input>,
    /// What was done, in order.
    pub entries: Vec<Entry>,
}

impl Explanation {
    /// Adds a note.
    pub fn note(&mut self, text: impl Into<String>) {
        self.entries.push(Entry::Note { text: text.into() });
    }

    /// Collects the plan values of `ind` that matter for `period`.
    pub fn read_inputs(&mut self, ind: &Indicator, period: Period, prefix: &str) {
        let mut add = |label: String, value: String, span: &Span| {
            let text = span
                .source_line
                .as_deref()
                .map(|l| l.chars().skip(span.column.saturating_sub(1)).take(span.len).collect::<String>())
                .unwrap_or_default();
            self.inputs.push(Input {
                label: format!("{prefix}{label}"),
                value,
                text,
                at: span.to_string(),
                line: span.source_line.clone(),
            });
        };
        if let Some(t) = &ind.target {
            add("target (annual)".into(), t.value.to_string(), &t.span);
        }
        for (p, t) in &ind.targets {
            if p.ends_by(&period) {
                add(format!("target {p} ({})", target_kind(ind)), t.value.to_string(), &t.span);
            }
        }
        for (p, v) in &ind.realisasi {
            if p.ends_by(&period) {
                add(format!("realisasi {p}"), v.value.normalize().to_string(), &v.span);
            }
        }
        if let Some(rule) = &ind.rule {
            add("rule".into(), rule.value.clone(), &rule.span);
        }
        if let Some(b) = &ind.budget {
            // A budget printed "dalam ribuan" reads 684671 for Rp 684.671.000:
            // say the unit beside every figure.
            let unit = b.satuan.as_ref().map(|s| format!(" ({s})")).unwrap_or_default();
            if let Some(pagu) = &b.pagu {
                add("budget pagu".into(), format!("{}{unit}", pagu.value.normalize()), &pagu.span);
            }
            for (p, v) in b.realisasi.iter().filter(|(p, _)| p.ends_by(&period)) {
                add(format!("budget realisasi {p}"), format!("{}{unit}", v.value.normalize()), &v.span);
            }
        }
        for (name, value) in &ind.params {
            let shown = serde_json::to_string(value).unwrap_or_default();
            self.inputs.push(Input {
                label: format!("{prefix}params.{name}"),
                value: shown.trim_matches('"').to_string(),
                text: String::new(),
                at: format!("indicator at {}", ind.span),
                line: None,
            });
        }
        for c in &ind.components {
            self.read_inputs(c, period, &format!("{prefix}component {}: ", c.id));
        }
    }

    /// Renders the explanation for a terminal.
    pub fn render(&self, header: &str, result: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{header}\n");
        let _ = writeln!(out, "inputs read from the plan:");
        let width = self.inputs.iter().map(|i| i.label.chars().count()).max().unwrap_or(0);
        for i in &self.inputs {
            if i.text.is_empty() {
                let _ = writeln!(out, "  {:<width$}  {:>14}   ({})", i.label, i.value, i.at);
            } else {
                let _ = writeln!(out, "  {:<width$}  {:>14}   ← {} at {}", i.label, i.value, i.text, i.at);
            }
        }
        let _ = writeln!(out);
        for e in &self.entries {
            match e {
                Entry::Note { text } => {
                    let _ = writeln!(out, "{text}");
                }
                Entry::Rule { function, rule, file, trace, result } => {
                    let _ = writeln!(out, "rule `{rule}`, fn {function}(x)  ({file})");
                    let mut current = file.clone();
                    for t in trace {
                        // Steps inside an imported rule name its file.
                        if !t.step.source.is_empty() && t.step.source != current {
                            current = t.step.source.clone();
                            let _ = writeln!(out, "    in {current}:");
                        }
                        match &t.step.kind {
                            StepKind::Statement => {
                                let _ = writeln!(out, "  {:>4} | {}", t.step.line, t.code.trim_end());
                            }
                            StepKind::Return { value } => {
                                let _ = writeln!(out, "       = {value}");
                            }
                            StepKind::Error { message } => {
                                let _ = writeln!(out, "       ! {message}");
                            }
                        }
                        for (name, value) in &t.step.changed {
                            let _ = writeln!(out, "       . {name} = {value}");
                        }
                    }
                    let _ = writeln!(out, "  → {function} = {result}");
                }
                Entry::Rounding { decimals, mode, raw, rounded } => {
                    let _ = writeln!(out, "rounding: {decimals} decimals, {mode}: {raw} → {rounded}");
                }
                Entry::Kategori { scale, title, value, band } => {
                    let _ = writeln!(out, "kategori: scale `{scale}` ({title}): {value} falls in {band}");
                }
            }
        }
        let _ = writeln!(out, "\nresult: {result}");
        out
    }
}

fn target_kind(ind: &Indicator) -> &'static str {
    match ind.target_kind {
        crate::model::TargetKind::Cumulative => "cumulative",
        crate::model::TargetKind::PerPeriod => "per period",
    }
}
