//! The chapter as one HTML file: inline CSS with A4 print rules, inline SVG
//! charts, no script and no address of anything outside the file. Every
//! text from a plan is escaped (plans come from strangers).

use super::model::{BudgetSum, Chapter, SasaranGroup};
use super::svg::{self, Bar, Line};
use crate::diagnostic::Text;
use crate::eval::{IndicatorResult, Status};
use crate::lang::Lang;
use crate::number::{Convention, Target, format_grouped_scaled};
use crate::report::columns::target_text;
use rust_decimal::Decimal;

pub(super) const STYLE: &str = r#"
@page { size: A4; margin: 15mm 12mm; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; color: #111; margin: 0 auto; max-width: 186mm; }
h1 { font-size: 15pt; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 7mm 0 2mm; border-bottom: 1px solid #888; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1mm; break-after: avoid; page-break-after: avoid; }
p.sub { margin: 0 0 4mm; color: #333; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
th, td { border: 1px solid #999; padding: 1mm 1.5mm; vertical-align: top; }
thead th { background: #e6e6e6; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.n { text-align: right; white-space: nowrap; }
td.id { white-space: nowrap; }
tr.sasaran th { text-align: left; background: #f3f3f3; }
tr.program th { text-align: left; background: #e4e4e4; }
tr.sum td { font-weight: bold; background: #fafafa; }
tr.component td { color: #444; font-size: 9pt; }
tr.component td.name { padding-left: 5mm; }
td.not-ok { color: #8a1c1c; }
p.note { font-size: 9pt; color: #333; margin: 1mm 0 3mm; }
figure { margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: 9pt; font-weight: bold; }
svg.chart { max-width: 100%; height: auto; }
svg .bar { fill: #2f6c9f; } svg .bar.below { fill: #c0633a; }
svg .hundred { stroke: #111; stroke-dasharray: 4 3; stroke-width: 1.2; }
svg .axis { stroke: #555; stroke-width: 1; }
svg .label, svg .value { font-size: 10px; fill: #222; }
svg polyline { fill: none; stroke-width: 2; }
svg polyline.target { stroke: #888; stroke-dasharray: 5 3; } svg .target { fill: #888; }
svg polyline.realisasi { stroke: #2f6c9f; } svg .realisasi { fill: #2f6c9f; }
svg polyline.absorption { stroke: #3b8a3e; } svg .absorption { fill: #3b8a3e; }
dl.provenance dt { font-weight: bold; margin-top: 2mm; }
dl.provenance dd { margin-left: 4mm; }
code { font-size: 9pt; }
"#;

/// Escapes text for HTML (element content and quoted attributes); control
/// and invisible characters are shown escaped, as every output does.
pub(super) fn escape(text: &str) -> String {
    let text = crate::diagnostic::escape_controls(text, false);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A number as Indonesian documents print it (`1.152.699`, `97,61`).
pub(super) fn num(d: Decimal) -> String {
    format_grouped_scaled(d, Convention::Id)
}

fn opt(d: Option<Decimal>) -> String {
    d.map(num).unwrap_or_else(|| "-".into())
}

/// Realisasi, target and earlier values as printed (`1:32` for a ratio).
fn printed(r: &IndicatorResult, text: Option<String>) -> String {
    match text {
        Some(t) if r.ratio => format!("1:{t}"),
        Some(t) => t,
        None => "-".into(),
    }
}

fn target(r: &IndicatorResult, t: Option<Target>) -> String {
    printed(r, t.map(|t| target_text(t, Convention::Id)))
}

fn value(r: &IndicatorResult, v: Option<Decimal>) -> String {
    printed(r, v.map(num))
}

struct Html<'a> {
    out: String,
    lang: Lang,
    chapter: &'a Chapter,
}

impl Html<'_> {
    fn t(&self, t: Text) -> String {
        t.message(self.lang)
    }

    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn h2(&mut self, id: &str, t: Text) {
        let title = escape(&self.t(t));
        self.push(&format!("<section id=\"{id}\">\n<h2>{title}</h2>\n"));
    }

    fn note(&mut self, t: Text) {
        let text = escape(&self.t(t));
        self.push(&format!("<p class=\"note\">{text}</p>\n"));
    }

    fn head(&mut self, cols: &[String]) {
        self.push("<thead><tr>");
        for c in cols {
            self.push(&format!("<th>{}</th>", escape(c)));
        }
        self.push("</tr></thead>\n<tbody>\n");
    }

    fn cells(&mut self, class: &str, cells: &[(bool, String)]) {
        self.push(&format!("<tr{}>", if class.is_empty() { String::new() } else { format!(" class=\"{class}\"") }));
        for (numeric, c) in cells {
            let class = if *numeric { " class=\"n\"" } else { "" };
            self.push(&format!("<td{class}>{}</td>", escape(c)));
        }
        self.push("</tr>\n");
    }

    fn measurement(&mut self) {
        self.h2("pengukuran", Text::LapkinMeasurement);
        let cols = [
            Text::LapkinColNo,
            Text::LapkinColKode,
            Text::LapkinColIndikator,
            Text::LapkinColSatuan,
            Text::LapkinColTarget,
            Text::LapkinColRealisasi,
            Text::LapkinColCapaian,
            Text::LapkinColKategori,
            Text::LapkinColStatus,
        ]
        .map(|t| self.t(t));
        self.push("<table class=\"measure\">\n");
        self.head(&cols);
        let groups: &[SasaranGroup] = &self.chapter.groups;
        for g in groups {
            let sasaran = g.sasaran.clone().unwrap_or_else(|| self.t(Text::LapkinNoSasaran));
            let label = match &g.sasaran_id {
                Some(id) => format!("{}: {id}. {sasaran}", self.t(Text::LapkinSasaran)),
                None => format!("{}: {sasaran}", self.t(Text::LapkinSasaran)),
            };
            self.push(&format!("<tr class=\"sasaran\"><th colspan=\"9\">{}</th></tr>\n", escape(&label)));
            for row in &g.rows {
                let r = &row.result;
                let status_class = if r.status == Status::Ok { "" } else { " class=\"not-ok\"" };
                self.push(&format!(
                    "<tr{}><td class=\"n\">{}</td><td class=\"id\">{}</td><td class=\"name\">{}</td><td>{}</td>\
                     <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td{status_class}>{}</td></tr>\n",
                    if row.component { " class=\"component\"" } else { "" },
                    row.no.map(|n| n.to_string()).unwrap_or_default(),
                    escape(&r.indicator),
                    escape(&r.name),
                    escape(r.satuan.as_deref().unwrap_or("")),
                    escape(&target(r, r.target)),
                    escape(&value(r, r.value)),
                    escape(&opt(r.capaian)),
                    escape(r.kategori.as_deref().unwrap_or("")),
                    escape(&r.status.label(self.lang)),
                ));
            }
            let left_out = if g.left_out.is_empty() {
                String::new()
            } else {
                format!("{}: {}", self.t(Text::LapkinColLeftOut), g.left_out.join(", "))
            };
            self.push(&format!(
                "<tr class=\"sum\"><td colspan=\"6\">{}</td><td class=\"n\">{}</td><td colspan=\"2\">{}</td></tr>\n",
                escape(&if g.method == crate::model::RollupMethod::Mean {
                    self.t(Text::LapkinColAverage)
                } else {
                    self.t(Text::LapkinColRollup { method: g.method.name().into() })
                }),
                escape(&opt(g.average)),
                escape(&left_out)
            ));
        }
        self.push("</tbody></table>\n");
        self.note(Text::LapkinAverageRule);
        if self.chapter.groups.iter().any(|g| g.method != crate::model::RollupMethod::Mean) {
            self.note(Text::LapkinRollupRule);
        }
        let bars: Vec<Bar> =
            self.chapter.indicators().map(|r| Bar { label: r.indicator.to_string(), value: r.capaian }).collect();
        if !bars.is_empty() {
            let title = self.t(Text::LapkinChartCapaian);
            self.push(&format!("<figure><figcaption>{}</figcaption>\n", escape(&title)));
            let chart = svg::bars(&title, &bars, "100%");
            self.push(&chart);
            self.push("</figure>\n");
        }
        self.push("</section>\n");
    }

    fn comparison(&mut self) {
        self.h2("perbandingan", Text::LapkinComparison);
        let years = self.chapter.earlier_years.clone();
        let rows: Vec<&IndicatorResult> = self.chapter.comparison.iter().filter(|r| !r.earlier.is_empty()).collect();
        if rows.is_empty() {
            self.note(Text::LapkinNoEarlier);
        } else {
            let year = self.chapter.year.map(|y| y.to_string()).unwrap_or_default();
            let mut cols = vec![self.t(Text::LapkinColKode), self.t(Text::LapkinColIndikator)];
            for y in years.iter().rev() {
                cols.push(self.t(Text::LapkinColRealisasiYear { year: y.to_string() }));
                cols.push(self.t(Text::LapkinColCapaianYear { year: y.to_string() }));
            }
            cols.push(self.t(Text::LapkinColRealisasiYear { year: year.clone() }));
            cols.push(self.t(Text::LapkinColCapaianYear { year }));
            cols.push(self.t(Text::LapkinColTrend));
            self.push("<table class=\"comparison\">\n");
            self.head(&cols);
            for r in rows {
                let mut cells = vec![(false, r.indicator.to_string()), (false, r.name.to_string())];
                for y in years.iter().rev() {
                    let e = r.earlier.iter().find(|e| e.year == *y);
                    cells.push((true, value(r, e.and_then(|e| e.value))));
                    cells.push((true, opt(e.and_then(|e| e.capaian))));
                }
                cells.push((true, value(r, r.value)));
                cells.push((true, opt(r.capaian)));
                cells.push((false, r.trend.map(|t| t.name().to_string()).unwrap_or_else(|| "-".into())));
                self.cells("", &cells);
            }
            self.push("</tbody></table>\n");
        }
        self.push("</section>\n");
        self.h2("renstra", Text::LapkinRenstra);
        let rows: Vec<&IndicatorResult> = self.chapter.comparison.iter().filter(|r| r.renstra.is_some()).collect();
        if rows.is_empty() {
            self.note(Text::LapkinNoRenstra);
        } else {
            let cols = [
                Text::LapkinColKode,
                Text::LapkinColIndikator,
                Text::LapkinColRenstraPeriod,
                Text::LapkinColTargetRenstra,
                Text::LapkinColRealisasi,
                Text::LapkinColCapaianRenstra,
            ]
            .map(|t| self.t(t));
            self.push("<table class=\"renstra\">\n");
            self.head(&cols);
            for r in rows {
                let Some(s) = &r.renstra else { continue };
                self.cells(
                    "",
                    &[
                        (false, r.indicator.to_string()),
                        (false, r.name.to_string()),
                        (false, format!("{}–{}", s.period.0, s.period.1)),
                        (true, target(r, Some(s.target))),
                        (true, value(r, r.value)),
                        (true, opt(s.capaian)),
                    ],
                );
            }
            self.push("</tbody></table>\n");
        }
        self.push("</section>\n");
    }

    fn sum_cells(&self, label: String, s: &BudgetSum) -> Vec<(bool, String)> {
        vec![
            (false, label),
            (false, String::new()),
            (false, s.satuan.clone().unwrap_or_default()),
            (true, opt(s.pagu)),
            (true, opt(s.realisasi)),
            (true, opt(s.penyerapan)),
            (true, String::new()),
            (true, opt(s.efisiensi)),
        ]
    }

    fn budget(&mut self) {
        self.h2("anggaran", Text::LapkinBudget);
        if self.chapter.budget.is_empty() {
            self.note(Text::LapkinNoBudget);
            self.push("</section>\n");
            return;
        }
        let cols = [
            Text::LapkinColKode,
            Text::LapkinColIndikator,
            Text::LapkinColSatuanAnggaran,
            Text::LapkinColPagu,
            Text::LapkinColRealisasiAnggaran,
            Text::LapkinColPenyerapan,
            Text::LapkinColCapaian,
            Text::LapkinColEfisiensi,
        ]
        .map(|t| self.t(t));
        self.push("<table class=\"budget\">\n");
        self.head(&cols);
        let ch = self.chapter;
        for (i, g) in ch.budget.iter().enumerate() {
            // The programme's heading before its first sasaran.
            let program = ch.programs.iter().find(|p| p.program == g.program);
            if program.is_some() && (i == 0 || ch.budget[i - 1].program != g.program) {
                let name = g.program.as_ref().map(|p| p.to_string()).unwrap_or_else(|| self.t(Text::LapkinNoProgram));
                self.out.push_str(&format!(
                    "<tr class=\"program\"><th colspan=\"8\">{}</th></tr>\n",
                    escape(&format!("{}: {name}", self.t(Text::LapkinProgram)))
                ));
            }
            let sasaran = g.sasaran.clone().unwrap_or_else(|| self.t(Text::LapkinNoSasaran));
            self.out.push_str(&format!(
                "<tr class=\"sasaran\"><th colspan=\"8\">{}</th></tr>\n",
                escape(&format!("{}: {sasaran}", self.t(Text::LapkinSasaran)))
            ));
            let mut rows = Vec::new();
            for b in &g.rows {
                let r = &b.result;
                let money = r.budget.as_ref();
                rows.push(vec![
                    (false, r.indicator.to_string()),
                    (false, r.name.to_string()),
                    (false, money.and_then(|m| m.satuan.clone()).unwrap_or_default()),
                    (true, opt(money.and_then(|m| m.pagu))),
                    (true, opt(money.and_then(|m| m.realisasi))),
                    (true, opt(money.and_then(|m| m.penyerapan))),
                    (true, opt(r.capaian)),
                    (true, opt(b.efisiensi)),
                ]);
            }
            // A sasaran's sum says nothing its programme's does not when it
            // is the programme's only sasaran.
            let own = g.rows.len() > 1 && program.is_none_or(|p| p.groups > 1);
            let sum = g.sum.as_ref().filter(|_| own).map(|s| self.sum_cells(self.t(Text::LapkinTotal), s));
            for r in rows {
                self.cells("", &r);
            }
            if let Some(s) = sum {
                self.cells("sum", &s);
            }
            let last = ch.budget.get(i + 1).is_none_or(|n| n.program != g.program);
            if let Some(p) = program.filter(|p| last && p.rows > 1)
                && let Some(s) = &p.sum
            {
                let cells = self.sum_cells(self.t(Text::LapkinProgramTotal), s);
                self.cells("sum program", &cells);
            }
        }
        if let Some(total) = &self.chapter.budget_total {
            let cells = self.sum_cells(self.t(Text::LapkinGrandTotal), total);
            self.cells("sum", &cells);
        }
        self.push("</tbody></table>\n");
        self.note(Text::LapkinEfisiensiRule);
        if !self.chapter.absorption.is_empty() {
            let title = self.t(Text::LapkinChartBudget);
            let cats: Vec<String> = self.chapter.absorption.iter().map(|(p, _)| p.to_string()).collect();
            let line = Line {
                name: self.t(Text::LapkinColPenyerapan),
                class: "absorption",
                values: self.chapter.absorption.iter().map(|(_, v)| Some(*v)).collect(),
            };
            self.push(&format!("<figure><figcaption>{}</figcaption>\n", escape(&title)));
            let chart = svg::lines(&title, &cats, &[line]);
            self.push(&chart);
            self.push("</figure>\n");
        }
        self.push("</section>\n");
    }

    fn progression(&mut self) {
        self.h2("perkembangan", Text::LapkinProgression);
        if self.chapter.progression.is_empty() {
            self.note(Text::LapkinNoProgression);
            self.push("</section>\n");
            return;
        }
        self.note(Text::LapkinProgressionRule);
        let cols = [
            Text::LapkinColPeriode,
            Text::LapkinColTargetSd,
            Text::LapkinColRealisasiSd,
            Text::LapkinColCapaian,
            Text::LapkinColStatus,
        ]
        .map(|t| self.t(t));
        for p in &self.chapter.progression {
            self.out.push_str(&format!("<h3>{} — {}</h3>\n", escape(&p.indicator), escape(&p.name)));
            let title = self.t(Text::LapkinChartProgress { indicator: p.indicator.clone() });
            let cats: Vec<String> = p.points.iter().map(|r| r.period.to_string()).collect();
            let single = |t: Option<Target>| match t {
                Some(Target::Single(d)) => Some(d),
                _ => None,
            };
            let lines = [
                Line {
                    name: self.t(Text::LapkinLegendTarget),
                    class: "target",
                    values: p.points.iter().map(|r| single(r.target)).collect(),
                },
                Line {
                    name: self.t(Text::LapkinLegendRealisasi),
                    class: "realisasi",
                    values: p.points.iter().map(|r| r.value).collect(),
                },
            ];
            self.out.push_str(&format!("<figure><figcaption>{}</figcaption>\n", escape(&title)));
            self.out.push_str(&svg::lines(&title, &cats, &lines));
            self.out.push_str("</figure>\n<table class=\"progression\">\n");
            let mut head = String::from("<thead><tr>");
            for c in &cols {
                head.push_str(&format!("<th>{}</th>", escape(c)));
            }
            self.out.push_str(&head);
            self.out.push_str("</tr></thead>\n<tbody>\n");
            for r in &p.points {
                let cells = [
                    (false, r.period.to_string()),
                    (true, target(r, r.target)),
                    (true, value(r, r.value)),
                    (true, opt(r.capaian)),
                    (false, r.status.label(self.lang)),
                ];
                let mut row = String::from("<tr>");
                for (numeric, c) in cells {
                    row.push_str(&format!("<td{}>{}</td>", if numeric { " class=\"n\"" } else { "" }, escape(&c)));
                }
                row.push_str("</tr>\n");
                self.out.push_str(&row);
            }
            self.out.push_str("</tbody></table>\n");
        }
        self.push("</section>\n");
    }

    fn notes(&mut self) {
        self.h2("catatan", Text::LapkinNotes);
        if self.chapter.notes.is_empty() {
            self.note(Text::LapkinNoNotes);
        } else {
            let cols = [Text::LapkinColKode, Text::LapkinColIndikator, Text::LapkinColStatus, Text::LapkinColCatatan]
                .map(|t| self.t(t));
            self.push("<table class=\"notes\">\n");
            self.head(&cols);
            let rows: Vec<Vec<(bool, String)>> = self
                .chapter
                .notes
                .iter()
                .map(|r| {
                    vec![
                        (false, r.indicator.to_string()),
                        (false, r.name.to_string()),
                        (false, r.status.label(self.lang)),
                        (false, r.message(self.lang).unwrap_or_default()),
                    ]
                })
                .collect();
            for r in rows {
                self.cells("", &r);
            }
            self.push("</tbody></table>\n");
        }
        self.push("</section>\n");
    }

    fn provenance(&mut self) {
        self.h2("sumber", Text::LapkinProvenance);
        let p = &self.chapter.provenance;
        let mut s = String::from("<dl class=\"provenance\">\n");
        s.push_str(&format!(
            "<dt>{}</dt><dd><code>{}</code></dd>\n",
            escape(&self.t(Text::LapkinPlans)),
            escape(&p.plan.display().to_string())
        ));
        if !p.earlier_plans.is_empty() {
            s.push_str(&format!("<dt>{}</dt>", escape(&self.t(Text::LapkinEarlierPlans))));
            for e in &p.earlier_plans {
                s.push_str(&format!("<dd><code>{}</code></dd>", escape(&e.display().to_string())));
            }
            s.push('\n');
        }
        s.push_str(&format!("<dt>{}</dt>", escape(&self.t(Text::LapkinRules))));
        for v in &p.rules {
            let version = match &v.commit {
                Some(c) if v.dirty => format!(
                    "<code class=\"commit\">{}</code> ({})",
                    escape(c),
                    escape(&self.t(Text::LapkinUncommitted))
                ),
                Some(c) => format!("<code class=\"commit\">{}</code>", escape(c)),
                None => escape(&self.t(Text::LapkinNotGit)),
            };
            s.push_str(&format!("<dd><code>{}</code>: {version}</dd>", escape(&v.place)));
        }
        if p.builtin {
            let builtin = self.t(Text::LapkinBuiltin { version: env!("CARGO_PKG_VERSION").to_string() });
            s.push_str(&format!("<dd>{}</dd>", escape(&builtin)));
        }
        s.push_str(&format!(
            "\n<dt>{}</dt><dd class=\"made\">{}</dd>\n</dl>\n</section>\n",
            escape(&self.t(Text::LapkinMade)),
            escape(&self.chapter.made_text())
        ));
        self.push(&s);
    }
}

/// The whole HTML document.
pub(super) fn render(chapter: &Chapter) -> String {
    let lang = chapter.lang;
    let mut h = Html { out: String::new(), lang, chapter };
    let title =
        Text::LapkinTitle { unit: chapter.unit_name.clone().unwrap_or_else(|| chapter.unit.clone()) }.message(lang);
    let subtitle = chapter.year.map(|y| Text::LapkinSubtitle { year: y.to_string() }.message(lang)).unwrap_or_default();
    h.push(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n<p class=\"sub\">{} · {}</p>\n</header>\n",
        if lang == Lang::Id { "id" } else { "en" },
        escape(&title),
        escape(&title),
        escape(&subtitle),
        escape(&chapter.unit),
    ));
    h.measurement();
    h.comparison();
    h.budget();
    h.progression();
    h.notes();
    h.provenance();
    h.push("</body>\n</html>\n");
    h.out
}
