//! The pohon kinerja written out: an indented table for people, JSON (a
//! flat list of nodes with depth and parent) for programs. Both are loops
//! over the pre-order rows: a chain of any depth prints without recursion,
//! and the indentation stops growing at [`MAX_INDENT`] levels, the depth
//! then written out, so a deep chain does not print in quadratic space.

use super::{Pohon, PohonNode};
use crate::diagnostic::Text;
use crate::lang::Lang;
use serde::Serialize;

/// Levels of indentation shown; deeper nodes say their depth.
const MAX_INDENT: usize = 12;

/// Names longer than this are cut (with `…`), as in the eval table.
const NAME_WIDTH: usize = 60;

impl Pohon {
    /// The tree as text: per plan a heading, then one line per node with
    /// its id indented by depth, level, name, capaian, kategori, status.
    pub fn to_table(&self, lang: Lang) -> String {
        let header: Vec<String> = [
            Text::TreeColNode,
            Text::TreeColLevel,
            Text::ColumnName,
            Text::ColumnCapaian,
            Text::ColumnKategori,
            Text::ColumnStatus,
        ]
        .into_iter()
        .map(|t| t.message(lang))
        .collect();
        let mut out = String::new();
        for (i, plan) in self.plans.iter().enumerate() {
            if plan.nodes.is_empty() {
                continue;
            }
            if i > 0 && !out.is_empty() {
                out.push('\n');
            }
            let year = plan.year.map_or_else(|| "-".to_string(), |y| y.to_string());
            let heading = Text::TreePlan { unit: plan.unit.clone(), year, path: plan.path.display().to_string() };
            out.push_str(&format!("# {}\n", heading.message(lang)));
            let rows: Vec<[String; 6]> = plan.nodes.iter().map(|n| row(n, &plan.unit, lang)).collect();
            let mut widths = header.iter().map(|h| h.chars().count()).collect::<Vec<_>>();
            for r in &rows {
                for (w, cell) in widths.iter_mut().zip(r) {
                    *w = (*w).max(cell.chars().count());
                }
            }
            line(&mut out, header.iter().map(String::as_str), &widths);
            for r in &rows {
                line(&mut out, r.iter().map(String::as_str), &widths);
            }
        }
        out
    }

    /// The tree as JSON: `{"plans": [{unit, year, path, nodes: […]}]}`,
    /// each node with its depth and parent; capaian as exact decimal text.
    pub fn to_json(&self, lang: Lang) -> String {
        #[derive(Serialize)]
        struct Node<'a> {
            depth: usize,
            level: &'static str,
            unit: &'a str,
            id: &'a str,
            name: Option<&'a str>,
            parent_unit: Option<&'a str>,
            parent: Option<&'a str>,
            capaian: Option<String>,
            kategori: Option<&'a str>,
            status: Option<&'static str>,
            in_cycle: bool,
        }
        #[derive(Serialize)]
        struct Plan<'a> {
            unit: &'a str,
            year: Option<i32>,
            path: String,
            nodes: Vec<Node<'a>>,
        }
        #[derive(Serialize)]
        struct Doc<'a> {
            plans: Vec<Plan<'a>>,
            findings: Vec<serde_json::Value>,
        }
        let doc = Doc {
            plans: self
                .plans
                .iter()
                .map(|p| Plan {
                    unit: &p.unit,
                    year: p.year,
                    path: p.path.display().to_string(),
                    nodes: p
                        .nodes
                        .iter()
                        .map(|n| Node {
                            depth: n.depth,
                            level: n.level.name(),
                            unit: &n.unit,
                            id: &n.id,
                            name: n.name.as_deref(),
                            parent_unit: n.parent.as_ref().map(|(u, _)| u.as_str()),
                            parent: n.parent.as_ref().map(|(_, id)| id.as_str()),
                            capaian: n.capaian.map(|c| c.to_string()),
                            kategori: n.kategori.as_deref(),
                            status: n.status.map(|s| s.name()),
                            in_cycle: n.in_cycle,
                        })
                        .collect(),
                })
                .collect(),
            findings: self.findings.iter().map(|d| d.to_json(lang)).collect(),
        };
        serde_json::to_string_pretty(&doc).map(|s| s + "\n").unwrap_or_default()
    }
}

/// The cells of one node; an indicator of another unit than the section's
/// is shown as `UNIT/ID`.
fn row(n: &PohonNode, section_unit: &str, lang: Lang) -> [String; 6] {
    let id = if n.unit == section_unit { n.id.clone() } else { format!("{}/{}", n.unit, n.id) };
    let node = format!("{}{id}", "  ".repeat(n.depth.min(MAX_INDENT)));
    let mut level = n.level.label(lang);
    if n.depth > MAX_INDENT {
        level = format!("{level} ({})", Text::TreeDepth { depth: n.depth.to_string() }.message(lang));
    }
    if n.in_cycle {
        level = format!("{level} ({})", Text::TreeInCycle.message(lang));
    }
    let name = n.name.as_deref().unwrap_or("-");
    let name = crate::diagnostic::escape_controls(name, false);
    let name = if name.chars().count() > NAME_WIDTH {
        format!("{}…", name.chars().take(NAME_WIDTH - 1).collect::<String>())
    } else {
        name.into_owned()
    };
    let dash = || "-".to_string();
    [
        node,
        level,
        name,
        n.capaian.map_or_else(dash, |c| c.to_string()),
        n.kategori.clone().unwrap_or_else(dash),
        n.status.map_or_else(dash, |s| s.label(lang)),
    ]
}

/// One line of aligned cells (the last one not padded).
fn line<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>, widths: &[usize]) {
    let cells: Vec<&str> = cells.collect();
    let last = cells.len().saturating_sub(1);
    for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
        if i == last {
            out.push_str(cell);
        } else {
            let pad = w.saturating_sub(cell.chars().count());
            out.push_str(cell);
            out.push_str(&" ".repeat(pad + 2));
        }
    }
    out.push('\n');
}
