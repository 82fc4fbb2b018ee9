//! Checks every plan reader makes the same way, whatever the format: ids a
//! report can print, the polarity a comparison target implies, and a
//! percentage read against a fraction.

use crate::diagnostic::{Diagnostic, Kind, Span};
use crate::model::{Indicator, Plan};

/// Ids name rows of every report: one holding a control character (an
/// escape sequence, a newline) could colour a terminal or forge a row.
pub(super) fn plain_id(id: String, span: Span) -> Result<String, Diagnostic> {
    if id.chars().any(|c| c.is_control() || crate::diagnostic::is_invisible(c)) {
        let shown = crate::diagnostic::escape_controls(&id, false).into_owned();
        return Err(Diagnostic::error(Kind::IdControl { id: shown }).with_span(span));
    }
    Ok(id)
}

/// A comparison target (`≤ 5`, `minimal 80`) says which way is better: it
/// sets the polarity when the indicator gives none, and is a warning when
/// the indicator's polarity says the other way (the word or the polarity is
/// a slip, and each gives another capaian).
pub(super) fn comparison_polarity(
    ind: &mut Indicator,
    given: Option<crate::model::Polarity>,
    text: &str,
    span: &Span,
) -> Option<Diagnostic> {
    use crate::model::Polarity;
    use crate::number::{Comparison, comparison};
    let (c, _) = comparison(text)?;
    let implied = match c {
        Comparison::AtMost => Polarity::Turun,
        Comparison::AtLeast => Polarity::Naik,
    };
    match given {
        None => {
            ind.polarity = implied;
            ind.polarity_given = true;
            None
        }
        Some(p) if p != implied => {
            let kind = Kind::ComparisonPolarity {
                indicator: ind.id.clone(),
                target: text.trim().to_string(),
                implied: implied.name().to_string(),
                polarity: p.name().to_string(),
            };
            Some(Diagnostic::warning(kind).with_span(span.clone()))
        }
        Some(_) => None,
    }
}

/// Whether a satuan says percent (`%`, `persen`, `persentase`).
pub(crate) fn is_percent(satuan: Option<&str>) -> bool {
    satuan.is_some_and(|s| matches!(s.trim().to_lowercase().as_str(), "%" | "persen" | "persentase" | "percent"))
}

/// A percentage against a fraction: target 95 (%) and realisasi 0,93 gives
/// a capaian of 0,98 that reads as a disaster. When an indicator's satuan is
/// a percentage and one side is above 1 while the other is a fraction of at
/// most 1, both readings are said; neither is chosen silently.
pub(super) fn percent_mixups(plan: &Plan) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for ind in &plan.indicators {
        let percent = is_percent(ind.satuan.as_deref());
        let Some(target) = ind.target.as_ref().map(|t| t.value.high()) else { continue };
        if !percent || target <= rust_decimal::Decimal::ZERO {
            continue;
        }
        let fraction = |v: rust_decimal::Decimal| v > rust_decimal::Decimal::ZERO && v <= rust_decimal::Decimal::ONE;
        for (period, r) in &ind.realisasi {
            let v = r.value;
            if (target > rust_decimal::Decimal::ONE && fraction(v))
                || (fraction(target) && v > rust_decimal::Decimal::ONE)
            {
                let kind = Kind::PercentFraction {
                    indicator: ind.id.clone(),
                    period: period.to_string(),
                    value: v.normalize().to_string(),
                    scaled: (v * rust_decimal::Decimal::ONE_HUNDRED).normalize().to_string(),
                    target: target.normalize().to_string(),
                };
                out.push(Diagnostic::warning(kind).with_span(r.span.clone()));
                break;
            }
        }
    }
    out
}
