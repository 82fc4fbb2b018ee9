//! The audit trail of one evaluation: the plan values read (with file and
//! line), each rule function run with the statements it executed and the
//! values it set, the rounding, the category lookup and the result.
//!
//! Everything here is recorded while the evaluation runs (the rule steps come
//! from the engine's debugger), not re-described afterwards.

use super::figures::TargetBasis;
use crate::diagnostic::{Span, Text};
use crate::engine::trace::{Step, StepKind};
use crate::lang::Lang;
use crate::model::{Aggregation, Indicator, Period, TargetKind};
use crate::number::Target;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};
use std::fmt::Write as _;

/// What a plan value is, as data; said in the reader's language at output.
#[derive(Debug, Clone, PartialEq)]
pub enum What {
    /// The annual target.
    AnnualTarget,
    /// A period's target, stated cumulatively or per period.
    Target {
        /// The period.
        period: Period,
        /// How the plan states it.
        kind: TargetKind,
    },
    /// A period's realisasi.
    Realisasi {
        /// The period.
        period: Period,
    },
    /// The rule the indicator names.
    Rule,
    /// The budget ceiling.
    BudgetPagu,
    /// A period's budget spending.
    BudgetRealisasi {
        /// The period.
        period: Period,
    },
    /// A rule parameter.
    Param {
        /// Its name.
        name: String,
    },
    /// A value of a component.
    Component {
        /// The component id.
        id: String,
        /// Which of its values.
        of: Box<What>,
    },
}

impl What {
    /// The label in `lang` (`target (annual)`, `component orang: target 2024-06 (cumulative)`).
    pub fn label(&self, lang: Lang) -> String {
        let text = match self {
            What::AnnualTarget => Text::ExplainInputAnnualTarget,
            What::Target { period, kind: TargetKind::Cumulative } => {
                Text::ExplainInputTargetCumulative { period: period.to_string() }
            }
            What::Target { period, kind: TargetKind::PerPeriod } => {
                Text::ExplainInputTargetPerPeriod { period: period.to_string() }
            }
            What::Realisasi { period } => Text::ExplainInputRealisasi { period: period.to_string() },
            What::Rule => Text::ExplainInputRule,
            What::BudgetPagu => Text::ExplainInputBudgetPagu,
            What::BudgetRealisasi { period } => Text::ExplainInputBudgetRealisasi { period: period.to_string() },
            What::Param { name } => return format!("params.{name}"),
            What::Component { id, of } => Text::ExplainInputComponent { component: id.clone(), label: of.label(lang) },
        };
        text.message(lang)
    }
}

/// One plan value that went into the result.
#[derive(Debug, Clone)]
pub struct Input {
    /// What it is.
    pub what: What,
    /// The value as read.
    pub value: String,
    /// The text as written in the file.
    pub text: String,
    /// Where it was read: the value's own place, or (for a parameter) the
    /// indicator's.
    pub at: String,
    /// Whether `at` is the indicator's place rather than the value's.
    pub at_indicator: bool,
    /// The source text of that line.
    pub line: Option<String>,
}

impl Input {
    /// The label in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        self.what.label(lang)
    }

    /// Where it was read, in `lang`.
    pub fn place(&self, lang: Lang) -> String {
        if self.at_indicator { Text::ExplainIndicatorAt { at: self.at.clone() }.message(lang) } else { self.at.clone() }
    }

    fn to_json(&self, lang: Lang) -> serde_json::Value {
        serde_json::json!({ "label": self.label(lang), "value": self.value, "text": self.text, "at": self.place(lang) })
    }
}

/// Where a value came from when no rule computed it.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum ValueFrom {
    /// The realisasi to date, because the rule defines no `value(x)`.
    Realisasi {
        /// The rule that defines no `value(x)`.
        rule: String,
        /// The realisasi to date.
        #[serde(serialize_with = "as_text")]
        value: Decimal,
        /// How the periods were combined.
        aggregation: Aggregation,
        /// The periods that went in.
        periods: Vec<Period>,
    },
    /// No realisasi was reported up to the period.
    NoRealisasi {
        /// The period evaluated.
        period: Period,
    },
}

/// One step of the explanation, in order: what the evaluator did, as data.
/// The sentences are made when rendering, in the reader's language.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Entry {
    /// The target the period is measured against, and on what it rests.
    Target {
        /// The period evaluated.
        period: Period,
        /// The target to date.
        #[serde(serialize_with = "as_text")]
        target: Target,
        /// Annual, the year's last period, or to date.
        basis: TargetBasis,
    },
    /// There is no target for the period.
    NoTarget {
        /// Why.
        #[serde(serialize_with = "as_code")]
        reason: Text,
    },
    /// The value, when no rule computed it.
    Value {
        /// Where it came from.
        #[serde(flatten)]
        from: ValueFrom,
    },
    /// The rule defines no `capaian(x)`, so the standard rule computes it.
    StandardCapaian {
        /// The indicator's rule.
        rule: String,
        /// The standard rule that applies.
        standard: String,
    },
    /// The figures are invented.
    Illustrative {
        /// What is illustrative.
        what: String,
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
    /// A figure the rule returned beside the capaian.
    Output {
        /// Its name.
        name: String,
        /// Before rounding, if a number.
        raw: Option<String>,
        /// As shown.
        shown: String,
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

impl Entry {
    /// The entry's sentence in `lang` (for a rule call, its first line).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Entry::Target { period, target, basis } => target_text(*period, target, *basis),
            Entry::NoTarget { reason } => Text::ExplainNoTarget { reason: reason.message(lang) },
            Entry::Value { from: ValueFrom::Realisasi { rule, value, aggregation, periods } } => {
                Text::ExplainValueRealisasi {
                    rule: rule.clone(),
                    value: value.normalize().to_string(),
                    aggregation: aggregation.name().into(),
                    periods: periods.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
                }
            }
            Entry::Value { from: ValueFrom::NoRealisasi { period } } => {
                Text::ExplainValueNone { period: period.to_string() }
            }
            Entry::StandardCapaian { rule, standard } => {
                Text::ExplainStandardCapaian { rule: rule.clone(), standard: standard.clone() }
            }
            Entry::Illustrative { what } if what.is_empty() => Text::IllustrativeFigures,
            Entry::Illustrative { what } => Text::Illustrative { what: what.clone() },
            Entry::Rule { function, rule, file, .. } => {
                Text::ExplainRule { rule: rule.clone(), function: function.clone(), file: file.clone() }
            }
            Entry::Rounding { decimals, mode, raw, rounded } => Text::ExplainRounding {
                decimals: decimals.to_string(),
                mode: mode.clone(),
                raw: raw.clone(),
                rounded: rounded.clone(),
            },
            Entry::Output { name, raw, shown } => match raw {
                Some(raw) if raw != shown => {
                    Text::ExplainOutputRounded { name: name.clone(), raw: raw.clone(), shown: shown.clone() }
                }
                _ => Text::ExplainOutput { name: name.clone(), shown: shown.clone() },
            },
            Entry::Kategori { scale, title, value, band } => Text::ExplainKategori {
                scale: scale.clone(),
                title: title.clone(),
                value: value.clone(),
                band: band.clone(),
            },
        }
        .message(lang)
    }
}

fn target_text(period: Period, target: &Target, basis: TargetBasis) -> Text {
    let (period, target) = (period.to_string(), target.to_string());
    match basis {
        TargetBasis::Annual => Text::ExplainTargetAnnual { period, target },
        TargetBasis::ClosesYear => Text::ExplainTargetClosesYear { period, target },
        TargetBasis::ToDate { kind: TargetKind::Cumulative, aggregation } => {
            Text::ExplainTargetCumulative { period, target, aggregation: aggregation.name().into() }
        }
        TargetBasis::ToDate { kind: TargetKind::PerPeriod, aggregation } => {
            Text::ExplainTargetPerPeriod { period, target, aggregation: aggregation.name().into() }
        }
    }
}

fn as_text<T: std::fmt::Display, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

/// A catalogue text as its stable code and parameters.
fn as_code<S: Serializer>(t: &Text, s: S) -> Result<S::Ok, S::Error> {
    let params: serde_json::Map<String, serde_json::Value> =
        t.args(crate::lang::Lang::En).into_iter().map(|(k, v)| (k.to_string(), v.into())).collect();
    serde_json::json!({ "code": t.code(), "params": params }).serialize(s)
}

/// Whoever watches an evaluation: the explanation, or nobody.
pub(crate) trait Observer {
    /// Whether entries are wanted at all (rule calls are traced only then).
    fn observing(&self) -> bool;
    /// Receives one entry.
    fn entry(&mut self, entry: Entry);
}

/// Nobody watches: plain evaluation.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Unobserved;

impl Observer for Unobserved {
    fn observing(&self) -> bool {
        false
    }

    fn entry(&mut self, _: Entry) {}
}

impl Observer for Explanation {
    fn observing(&self) -> bool {
        true
    }

    fn entry(&mut self, entry: Entry) {
        self.entries.push(entry);
    }
}

/// Gives `obs` the entry `make` builds, if it is watching.
pub(crate) fn see(obs: &mut dyn Observer, make: impl FnOnce() -> Entry) {
    if obs.observing() {
        obs.entry(make());
    }
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
#[derive(Debug, Clone, Default)]
pub struct Explanation {
    /// The plan values read.
    pub inputs: Vec<Input>,
    /// What was done, in order.
    pub entries: Vec<Entry>,
}

impl Explanation {
    /// Collects the plan values of `ind` that matter for `period`.
    pub fn read_inputs(&mut self, ind: &Indicator, period: Period) {
        self.read(ind, period, &|w| w);
    }

    fn read(&mut self, ind: &Indicator, period: Period, wrap: &dyn Fn(What) -> What) {
        let mut add = |what: What, value: String, span: &Span| {
            let text = span
                .source_line
                .as_deref()
                .map(|l| l.chars().skip(span.column.saturating_sub(1)).take(span.len).collect::<String>())
                .unwrap_or_default();
            self.inputs.push(Input {
                what: wrap(what),
                value,
                text,
                at: span.to_string(),
                at_indicator: false,
                line: span.source_line.as_deref().map(str::to_string),
            });
        };
        if let Some(t) = &ind.target {
            add(What::AnnualTarget, t.value.to_string(), &t.span);
        }
        for (p, t) in ind.targets.iter().filter(|(p, _)| p.ends_by(&period)) {
            add(What::Target { period: *p, kind: ind.target_kind }, t.value.to_string(), &t.span);
        }
        for (p, v) in ind.realisasi.iter().filter(|(p, _)| p.ends_by(&period)) {
            add(What::Realisasi { period: *p }, v.value.normalize().to_string(), &v.span);
        }
        if let Some(rule) = &ind.rule {
            add(What::Rule, rule.value.clone(), &rule.span);
        }
        if let Some(b) = &ind.budget {
            // A budget printed "dalam ribuan" reads 684671 for Rp 684.671.000:
            // say the unit beside every figure.
            let unit = b.satuan.as_ref().map(|s| format!(" ({s})")).unwrap_or_default();
            if let Some(pagu) = &b.pagu {
                add(What::BudgetPagu, format!("{}{unit}", pagu.value.normalize()), &pagu.span);
            }
            for (p, v) in b.realisasi.iter().filter(|(p, _)| p.ends_by(&period)) {
                add(What::BudgetRealisasi { period: *p }, format!("{}{unit}", v.value.normalize()), &v.span);
            }
        }
        for (name, value) in &ind.params {
            let shown = serde_json::to_string(value).unwrap_or_default();
            self.inputs.push(Input {
                what: wrap(What::Param { name: name.clone() }),
                value: shown.trim_matches('"').to_string(),
                text: String::new(),
                at: ind.span.to_string(),
                at_indicator: true,
                line: None,
            });
        }
        for c in &ind.components {
            let id = c.id.clone();
            self.read(c, period, &|w| wrap(What::Component { id: id.clone(), of: Box::new(w) }));
        }
    }

    /// The machine-readable explanation: `inputs` and `steps` with their
    /// machine fields, each with its `text` in `lang`.
    pub fn to_json(&self, lang: Lang) -> (serde_json::Value, serde_json::Value) {
        let inputs = self.inputs.iter().map(|i| i.to_json(lang)).collect::<Vec<_>>();
        let steps = self
            .entries
            .iter()
            .map(|e| {
                let mut v = serde_json::to_value(e).unwrap_or_default();
                if let Some(m) = v.as_object_mut() {
                    m.insert("text".into(), e.text(lang).into());
                }
                v
            })
            .collect::<Vec<_>>();
        (inputs.into(), steps.into())
    }

    /// The whole explanation of `r` from the plan at `path`, as `capaian
    /// explain` prints it and the served page shows it: which indicator,
    /// period and plan, the trace, then the result and its notes.
    pub fn render_result(&self, path: &std::path::Path, r: &crate::eval::IndicatorResult, lang: Lang) -> String {
        let header = Text::ExplainHeader {
            unit: r.unit.to_string(),
            indicator: r.indicator.to_string(),
            name: r.name.to_string(),
            period: r.period.to_string(),
            path: path.display().to_string(),
        }
        .message(lang);
        let show = |d: Option<rust_decimal::Decimal>| d.map_or("-".to_string(), |d| d.to_string());
        let (target, realisasi, capaian) =
            (r.target.map_or("-".into(), |t| t.to_string()), show(r.value), show(r.capaian));
        let (kategori, status) = (r.kategori.as_deref().unwrap_or("-").to_string(), r.status.label(lang));
        let result = match r.message(lang) {
            Some(message) => Text::ExplainResultNoted { target, realisasi, capaian, kategori, status, message },
            None => Text::ExplainResult { target, realisasi, capaian, kategori, status },
        }
        .message(lang);
        self.render(&header, &result, lang)
    }

    /// Renders the explanation for a terminal in `lang`.
    pub fn render(&self, header: &str, result: &str, lang: Lang) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{header}\n");
        let _ = writeln!(out, "{}", Text::ExplainInputs.message(lang));
        let labels: Vec<String> = self.inputs.iter().map(|i| i.label(lang)).collect();
        let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        for (i, label) in self.inputs.iter().zip(&labels) {
            if i.text.is_empty() {
                let _ = writeln!(out, "  {label:<width$}  {:>14}   ({})", i.value, i.place(lang));
            } else {
                let read = Text::ExplainReadAt { text: i.text.clone(), at: i.place(lang) }.message(lang);
                let _ = writeln!(out, "  {label:<width$}  {:>14}   {read}", i.value);
            }
        }
        let _ = writeln!(out);
        for e in &self.entries {
            let _ = writeln!(out, "{}", e.text(lang));
            if let Entry::Rule { function, file, trace, result, .. } = e {
                render_trace(&mut out, file, trace, lang);
                let _ = writeln!(out, "  → {function} = {result}");
            }
        }
        let _ = writeln!(out, "\n{result}");
        out
    }
}

/// The statements a rule function ran, with changed variables and returns.
fn render_trace(out: &mut String, file: &str, trace: &[TracedStep], lang: Lang) {
    let mut current = file.to_string();
    for t in trace {
        // Steps inside an imported rule name its file.
        if !t.step.source.is_empty() && t.step.source != current {
            current = t.step.source.clone();
            let _ = writeln!(out, "    {}", Text::ExplainInFile { file: current.clone() }.message(lang));
        }
        let _ = match &t.step.kind {
            StepKind::Statement => writeln!(out, "  {:>4} | {}", t.step.line, t.code.trim_end()),
            StepKind::Return { value } => writeln!(out, "       = {value}"),
            StepKind::Error { message } => writeln!(out, "       ! {message}"),
        };
        for (name, value) in &t.step.changed {
            let _ = writeln!(out, "       . {name} = {value}");
        }
    }
}
