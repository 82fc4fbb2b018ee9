//! `capaian explain --rollup KEY`: what went into one roll-up figure — each
//! member with the capaian (and weight or sums) counted, the arithmetic,
//! the rounding, and everything left out with its reason.

use super::{Figure, Rollup};
use crate::diagnostic::Text;
use crate::lang::Lang;
use crate::model::RollupMethod;
use rust_decimal::Decimal;

impl Rollup {
    /// The explanation of the figure `key` in `lang`, or `None` if no
    /// figure has that key.
    pub fn explain(&self, key: &str, lang: Lang) -> Option<String> {
        self.find(key).map(|f| explain(f, lang))
    }
}

/// The lines explaining `f`.
pub(crate) fn explain(f: &Figure, lang: Lang) -> String {
    let t = |t: Text| t.message(lang);
    let mut out = Vec::new();
    let name = f.name.clone().unwrap_or_default();
    out.push(t(Text::RollupExplainHead { level: f.level.name().into(), key: f.key.clone(), name }));
    if let Some(p) = &f.plan {
        out.push(t(Text::RollupExplainPlan { plan: crate::eval::shown_path(p).into_owned() }));
    }
    if let Some(p) = f.period {
        out.push(t(Text::RollupExplainPeriod { period: p.to_string() }));
    }
    out.push(t(Text::RollupExplainMethod { method: f.method.name().into() }));
    for m in &f.members {
        let extra = match (f.method, m.weight, m.pooled) {
            (RollupMethod::Weighted, Some(w), _) => t(Text::RollupExplainWeight { weight: w.normalize().to_string() }),
            (RollupMethod::Ratio, _, Some(p)) => t(Text::RollupExplainSums {
                pembilang: p.pembilang.normalize().to_string(),
                expected: p.expected.normalize().to_string(),
            }),
            _ => String::new(),
        };
        // Fluent trims a message's leading blanks: the indent is the layout's.
        out.push(format!(
            "  {}",
            t(Text::RollupExplainMember {
                key: m.key.clone(),
                capaian: m.capaian.to_string(),
                extra,
                indicators: m.indicators.to_string(),
            })
        ));
    }
    out.push(arithmetic(f, lang));
    if let Some(c) = f.capaian {
        out.push(t(Text::RollupExplainRounded { value: c.to_string() }));
    }
    for l in &f.left_out {
        out.push(format!("  {}", t(Text::RollupExplainLeftOut { key: l.key.clone(), why: l.why.message(lang) })));
    }
    out.push(t(Text::RollupExplainCount {
        indicators: f.indicators.to_string(),
        counted: f.members.len().to_string(),
        left_out: f.left_out.len().to_string(),
    }));
    if let Some(r) = f.rank {
        out.push(t(Text::RollupExplainRank { rank: r.to_string() }));
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// The computation written out: `(100 + 80,01) ÷ 2 = 90,005`.
fn arithmetic(f: &Figure, lang: Lang) -> String {
    let Some(raw) = f.capaian_raw else { return Text::RollupExplainNone.message(lang) };
    let plus = |xs: Vec<Decimal>| xs.iter().map(|x| x.normalize().to_string()).collect::<Vec<_>>().join(" + ");
    let raw = raw.normalize().to_string();
    let text = match f.method {
        RollupMethod::Mean => Text::RollupExplainMean {
            sum: plus(f.members.iter().map(|m| m.capaian).collect()),
            n: f.members.len().to_string(),
            raw,
        },
        RollupMethod::Weighted => Text::RollupExplainWeighted {
            sum: f
                .members
                .iter()
                .map(|m| format!("{} × {}", m.weight.unwrap_or_default().normalize(), m.capaian.normalize()))
                .collect::<Vec<_>>()
                .join(" + "),
            weight: f.weight.unwrap_or_default().normalize().to_string(),
            raw,
        },
        RollupMethod::Ratio => {
            let p = f.pooled.map(|p| (p.pembilang, p.expected, p.polarity)).unwrap_or_default();
            let lower = p.2 == crate::model::Polarity::Turun;
            let (pembilang, expected) = (p.0.normalize().to_string(), p.1.normalize().to_string());
            if lower {
                Text::RollupExplainRatioLower { pembilang, expected, raw }
            } else {
                Text::RollupExplainRatio { pembilang, expected, raw }
            }
        }
        RollupMethod::Min => {
            let values: Vec<String> = f.members.iter().map(|m| m.capaian.normalize().to_string()).collect();
            Text::RollupExplainMin { values: values.join(", "), raw }
        }
    };
    text.message(lang)
}
