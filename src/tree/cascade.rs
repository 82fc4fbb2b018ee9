//! The cascade of a run's plans: every tujuan, sasaran and indicator as a
//! node, each with the node above it, and what is wrong with the links —
//! parents that name nothing, parents in a plan not given, loops.
//!
//! Parents may cross plans (a Labkesmas IKK under a Ditjen IKU, written
//! `UNIT/ID`), so the links are resolved over all plans at once. Chains may
//! be as deep as a file makes them: every walk here is a loop over an
//! explicit path, never a recursion, so a hostile 100 000-deep chain costs
//! memory, not the stack.

use crate::diagnostic::{Diagnostic, Kind, Span, Text, suggest};
use crate::model::{Plan, Revision};
use std::collections::HashMap;

/// What a node of the tree is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    /// A `[[tujuan]]`.
    Tujuan,
    /// A `[[sasaran]]`, or a sasaran an indicator names by `sasaran_id`.
    Sasaran,
    /// An indicator (IKU, IKK), by its index in the plan.
    Indicator(usize),
}

/// One node: a tujuan, a sasaran or an indicator of one plan.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    /// The plan's index in the run.
    pub(crate) plan: usize,
    /// What it is.
    pub(crate) level: Level,
    /// Its id in the plan.
    pub(crate) id: String,
    /// Its text.
    pub(crate) name: Option<String>,
    /// Its sasaran id (an indicator's `sasaran_id`), for the mismatch check.
    sasaran_id: Option<String>,
    /// Its `parent` as written, with where.
    written: Option<(String, Span)>,
    /// Where it is declared.
    span: Span,
}

/// Every node of a run's plans with its resolved parent.
#[derive(Debug, Default)]
pub(crate) struct Cascade {
    /// The nodes: per plan, its tujuan, its sasaran, then its indicators.
    pub(crate) nodes: Vec<Node>,
    /// The node above each (`None`: a root). A loop is cut at its first
    /// node, which becomes a root marked in `cut`.
    pub(crate) parent: Vec<Option<usize>>,
    /// The nodes where a loop of parents was cut.
    pub(crate) cut: Vec<bool>,
    /// What is wrong with the links.
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl Cascade {
    /// Resolves the links of `plans`, one run's.
    pub(crate) fn new(plans: &[Plan]) -> Cascade {
        let mut c = Cascade::default();
        // Per plan: id → node, of tujuan, sasaran and indicators.
        let mut tujuan: Vec<HashMap<&str, usize>> = Vec::new();
        let mut sasaran: Vec<HashMap<&str, usize>> = Vec::new();
        let mut indicators: Vec<HashMap<&str, usize>> = Vec::new();
        for (p, plan) in plans.iter().enumerate() {
            let mut t = HashMap::new();
            for g in &plan.tujuan {
                t.entry(g.id.as_str()).or_insert(c.nodes.len());
                c.push(Node::goal(p, Level::Tujuan, &g.id, g.name.clone(), None, &g.span));
            }
            let mut s = HashMap::new();
            for g in &plan.sasaran {
                s.entry(g.id.as_str()).or_insert(c.nodes.len());
                let written = g.parent.as_ref().map(|l| (l.value.clone(), l.span.clone()));
                c.push(Node::goal(p, Level::Sasaran, &g.id, g.name.clone(), written, &g.span));
            }
            // A sasaran named by indicators but not listed is a node too,
            // named by the first indicator's `sasaran` text.
            let declared = s.len();
            for ind in &plan.indicators {
                if let Some(id) = &ind.sasaran_id
                    && !s.contains_key(id.as_str())
                {
                    // A plan that lists its sasaran lists them all: one
                    // missing is likely a slip of the id.
                    if declared > 0 {
                        let kind = Kind::TreeUndeclaredSasaran { indicator: ind.id.clone(), sasaran: id.clone() };
                        let d = Diagnostic::warning(kind).with_span(ind.span.clone());
                        c.diagnostics.push(hint(d, id, plan.sasaran.iter().map(|g| g.id.as_str())));
                    }
                    s.insert(id.as_str(), c.nodes.len());
                    c.push(Node::goal(p, Level::Sasaran, id, ind.sasaran.clone(), None, &ind.span));
                }
            }
            let mut i = HashMap::new();
            for (at, ind) in plan.indicators.iter().enumerate() {
                i.entry(ind.id.as_str()).or_insert(c.nodes.len());
                c.push(Node {
                    plan: p,
                    level: Level::Indicator(at),
                    id: ind.id.clone(),
                    name: Some(ind.name.clone()).filter(|n| !n.is_empty()),
                    sasaran_id: ind.sasaran_id.clone(),
                    written: ind.parent.as_ref().map(|l| (l.value.clone(), l.span.clone())),
                    span: ind.span.clone(),
                });
            }
            tujuan.push(t);
            sasaran.push(s);
            indicators.push(i);
        }
        let maps = Maps { plans, tujuan: &tujuan, sasaran: &sasaran, indicators: &indicators };
        for n in 0..c.nodes.len() {
            let parent = maps.resolve(&c.nodes[n], &mut c.diagnostics);
            c.parent[n] = parent;
        }
        c.mismatches();
        c.cut_loops(plans);
        c
    }

    fn push(&mut self, node: Node) {
        self.nodes.push(node);
        self.parent.push(None);
        self.cut.push(false);
    }

    /// An indicator under another indicator of its plan serves the same
    /// sasaran; across plans sasaran are other units' and may differ.
    fn mismatches(&mut self) {
        for (n, node) in self.nodes.iter().enumerate() {
            let Some(p) = self.parent[n] else { continue };
            let above = &self.nodes[p];
            if let (Level::Indicator(_), Level::Indicator(_), Some(mine), Some(theirs)) =
                (node.level, above.level, &node.sasaran_id, &above.sasaran_id)
                && node.plan == above.plan
                && mine != theirs
            {
                let kind = Kind::TreeSasaranMismatch {
                    indicator: node.id.clone(),
                    sasaran: mine.clone(),
                    parent: above.id.clone(),
                    parent_sasaran: theirs.clone(),
                };
                let span = node.written.as_ref().map_or(&node.span, |(_, s)| s).clone();
                self.diagnostics.push(Diagnostic::warning(kind).with_span(span));
            }
        }
    }

    /// Finds every loop of parents (a node its own parent is a loop of
    /// one), reports it whole, and cuts it at its first node so the tree
    /// can still be printed. Each node is walked once: O(nodes).
    fn cut_loops(&mut self, plans: &[Plan]) {
        // 0: not seen; 1: on the path being walked; 2: done.
        let mut state = vec![0u8; self.nodes.len()];
        let mut at_path = vec![0usize; self.nodes.len()];
        let mut path = Vec::new();
        for start in 0..self.nodes.len() {
            path.clear();
            let mut cur = Some(start);
            while let Some(n) = cur {
                if state[n] != 0 {
                    break;
                }
                state[n] = 1;
                at_path[n] = path.len();
                path.push(n);
                cur = self.parent[n];
            }
            if let Some(n) = cur
                && state[n] == 1
            {
                let mut ring = path[at_path[n]..].to_vec();
                // The loop is reported from its first node in the files,
                // wherever the walk entered it.
                let first = (0..ring.len()).min_by_key(|i| ring[*i]).unwrap_or(0);
                ring.rotate_left(first);
                self.report_loop(&ring, plans);
                self.parent[ring[0]] = None;
                self.cut[ring[0]] = true;
            }
            for n in &path {
                state[*n] = 2;
            }
        }
    }

    fn report_loop(&mut self, ring: &[usize], plans: &[Plan]) {
        let one_plan = ring.iter().all(|n| self.nodes[*n].plan == self.nodes[ring[0]].plan);
        let name = |n: usize| {
            let node = &self.nodes[n];
            if one_plan { node.id.clone() } else { format!("{}/{}", plans[node.plan].unit.id, node.id) }
        };
        let mut names: Vec<String> = ring.iter().map(|n| name(*n)).collect();
        names.push(name(ring[0]));
        let first = &self.nodes[ring[0]];
        let span = first.written.as_ref().map_or(&first.span, |(_, s)| s).clone();
        let d = Diagnostic::error(Kind::TreeCycle { cycle: names.join(" → ") }).with_span(span);
        self.diagnostics.push(d);
    }

    /// The children of every node, in node order (file order, plans in
    /// the run's order): the order the tree is printed in.
    pub(crate) fn children(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.nodes.len()];
        for (n, p) in self.parent.iter().enumerate() {
            if let Some(p) = p {
                out[*p].push(n);
            }
        }
        out
    }
}

impl Node {
    fn goal(
        plan: usize,
        level: Level,
        id: &str,
        name: Option<String>,
        written: Option<(String, Span)>,
        span: &Span,
    ) -> Node {
        Node { plan, level, id: id.to_string(), name, sasaran_id: None, written, span: span.clone() }
    }
}

/// The ids of each plan, for resolving parents.
struct Maps<'a> {
    plans: &'a [Plan],
    tujuan: &'a [HashMap<&'a str, usize>],
    sasaran: &'a [HashMap<&'a str, usize>],
    indicators: &'a [HashMap<&'a str, usize>],
}

impl Maps<'_> {
    /// The node `node`'s parent names, or `None` with a finding when it
    /// names nothing. Without `parent`, an indicator sits under its sasaran.
    fn resolve(&self, node: &Node, out: &mut Vec<Diagnostic>) -> Option<usize> {
        let p = node.plan;
        let Some((written, span)) = &node.written else {
            return match node.level {
                Level::Indicator(_) => node.sasaran_id.as_ref().and_then(|s| self.sasaran[p].get(s.as_str()).copied()),
                _ => None,
            };
        };
        let at = |kind: Kind| Diagnostic::error(kind).with_span(span.clone());
        if node.level == Level::Sasaran {
            if let Some(t) = self.tujuan[p].get(written.as_str()) {
                return Some(*t);
            }
            let d = at(Kind::TreeOrphanSasaran { sasaran: node.id.clone(), parent: written.clone() });
            out.push(hint(d, written, self.tujuan[p].keys().copied()));
            return None;
        }
        if let Some(n) = self.local(p, written) {
            return Some(n);
        }
        let indicator = node.id.clone();
        let qualified = written.split_once('/');
        // `UNIT/ID` of the plan's own unit is the plan's own indicator.
        if let Some((unit, id)) = qualified
            && unit == self.plans[p].unit.id
            && let Some(n) = self.local(p, id)
        {
            return Some(n);
        }
        if let Some((unit, id)) = qualified
            && unit != self.plans[p].unit.id
        {
            let Some(q) = self.plan_of(unit, self.plans[p].year) else {
                let year = self.plans[p].year.map_or_else(|| "-".to_string(), |y| y.to_string());
                let kind = Kind::TreeMissingPlan { indicator, parent: written.clone(), unit: unit.into(), year };
                let d = Diagnostic::warning(kind).with_span(span.clone());
                out.push(d.with_help(Text::TreeGivePlan { unit: unit.to_string() }));
                return None;
            };
            if let Some(n) = self.indicators[q].get(id) {
                return Some(*n);
            }
            let path = self.plans[q].path.display().to_string();
            let kind =
                Kind::TreeNotInPlan { indicator, parent: written.clone(), id: id.into(), unit: unit.into(), path };
            out.push(hint(at(kind), id, self.indicators[q].keys().copied()));
            return None;
        }
        let d = at(Kind::TreeOrphan { indicator, parent: written.clone() });
        let ids = self.indicators[p].keys().chain(self.sasaran[p].keys()).chain(self.tujuan[p].keys()).copied();
        out.push(hint(d, qualified.map_or(written.as_str(), |(_, id)| id), ids));
        None
    }

    /// The node `id` names in plan `p`: an indicator (an IKK's IKU), a
    /// sasaran, or a tujuan (whose indicator an IKU tujuan is).
    fn local(&self, p: usize, id: &str) -> Option<usize> {
        let found = self.indicators[p].get(id).or_else(|| self.sasaran[p].get(id));
        found.or_else(|| self.tujuan[p].get(id)).copied()
    }

    /// The plan of `unit` a parent of a plan of `year` is in: of the same
    /// year (either year unknown matches), the latest revision of it.
    fn plan_of(&self, unit: &str, year: Option<i32>) -> Option<usize> {
        let same_year = |p: &Plan| match (p.year, year) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        (0..self.plans.len())
            .filter(|q| self.plans[*q].unit.id == unit && same_year(&self.plans[*q]))
            .max_by_key(|q| (Revision::rank(self.plans[*q].revision), *q))
    }
}

/// Plans with more ids than this get no hint: a list that long helps nobody.
const MAX_HINTED: usize = 500;

/// A did-you-mean among `ids`, else the ids themselves (a few of them).
fn hint<'a>(d: Diagnostic, word: &str, ids: impl Iterator<Item = &'a str>) -> Diagnostic {
    // A hostile plan of many orphans must not cost ids × ids comparisons.
    let mut ids: Vec<&str> = ids.take(MAX_HINTED + 1).collect();
    if ids.len() > MAX_HINTED {
        return d;
    }
    ids.sort_unstable();
    match suggest(word, ids.iter().copied()) {
        Some(s) => d.with_help(Text::DidYouMean { word: s.to_string() }),
        None if ids.is_empty() => d,
        None => {
            let more = if ids.len() > 12 { ", …" } else { "" };
            d.with_help(Text::TreeParentsAre { ids: format!("{}{more}", ids[..ids.len().min(12)].join(", ")) })
        }
    }
}
