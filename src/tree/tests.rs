//! The cascade's checks, one plan or several, and the tree's order.

use super::cascade::Cascade;
use super::{PohonLevel, pohon};
use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::model::Plan;
use std::path::Path;

/// A plan of `unit` for 2024 from the TOML after its header.
fn plan(unit: &str, body: &str) -> Plan {
    let text = format!("[unit]\nid = \"{unit}\"\n[plan]\nyear = 2024\n{body}");
    crate::plan::read_toml_plan(Path::new(&format!("{unit}.toml")), &text, None)
        .unwrap_or_else(|e| panic!("{:?}", e.diagnostics()))
}

/// An indicator with an optional parent and sasaran id.
fn ind(id: &str, parent: Option<&str>, sasaran: Option<&str>) -> String {
    let mut s = format!("[[indicator]]\nid = \"{id}\"\ntarget = 1\n");
    if let Some(p) = parent {
        s.push_str(&format!("parent = \"{p}\"\n"));
    }
    if let Some(x) = sasaran {
        s.push_str(&format!("sasaran_id = \"{x}\"\n"));
    }
    s
}

fn findings(plans: &[Plan]) -> Vec<(&'static str, String)> {
    Cascade::new(plans).diagnostics.iter().map(|d: &Diagnostic| (d.code(), d.message(Lang::En))).collect()
}

macro_rules! case {
    ($plans:expr, [$($code:literal),*]) => {{
        let got = findings(&$plans);
        let codes: Vec<&str> = got.iter().map(|(c, _)| *c).collect();
        assert_eq!(codes, [$($code),*] as [&str; 0 $(+ { let _ = $code; 1 })*], "{got:#?}");
        got
    }};
}

#[test]
fn a_well_linked_plan_has_no_findings() {
    let body = "[[tujuan]]\nid = \"T\"\n[[sasaran]]\nid = \"S\"\nparent = \"T\"\n".to_string()
        + &*ind("IKU-1", Some("T"), None)
        + &*ind("IKU-2", None, Some("S"))
        + &*ind("IKK-1", Some("IKU-2"), Some("S"))
        + &*ind("IKK-2", Some("u/IKU-2"), None);
    case!([plan("u", &body)], []);
}

#[test]
fn a_parent_that_names_nothing_is_an_orphan_with_a_suggestion() {
    let got = case!([plan("u", &(ind("IKU-1", None, None) + &*ind("IKK-1", Some("IKU-l"), None)))], ["tree/orphan"]);
    assert_eq!(got[0].1, "the parent `IKU-l` of indicator `IKK-1` names no indicator, sasaran or tujuan of its plan");
    let d = &Cascade::new(&[plan("u", &ind("A", Some("IKU-9"), None))]).diagnostics[0];
    assert_eq!(d.help_text(Lang::En).as_deref(), Some("ids of the plan: A"));
    let sasaran = plan("u", "[[sasaran]]\nid = \"S\"\nparent = \"T-9\"\n");
    case!([sasaran], ["tree/orphan-sasaran"]);
}

#[test]
fn a_self_parent_is_a_loop_of_one() {
    let got = case!([plan("u", &ind("A", Some("A"), None))], ["tree/cycle"]);
    assert_eq!(got[0].1, "indicators are each other's parents, round a loop: A → A");
}

#[test]
fn a_loop_is_named_whole_from_its_first_indicator() {
    let body =
        ind("X", None, None) + &*ind("A", Some("C"), None) + &*ind("B", Some("A"), None) + &*ind("C", Some("B"), None);
    let got = case!([plan("u", &body)], ["tree/cycle"]);
    assert_eq!(got[0].1, "indicators are each other's parents, round a loop: A → C → B → A");
    // A branch hanging off a loop is not a second loop.
    let body = ind("A", Some("B"), None) + &*ind("B", Some("A"), None) + &*ind("C", Some("A"), None);
    case!([plan("u", &body)], ["tree/cycle"]);
}

#[test]
fn a_loop_across_plans_names_the_units() {
    let a = plan("dit", &ind("IKU-1", Some("upt/IKK-1"), None));
    let b = plan("upt", &ind("IKK-1", Some("dit/IKU-1"), None));
    let got = case!([a, b], ["tree/cycle"]);
    assert_eq!(got[0].1, "indicators are each other's parents, round a loop: dit/IKU-1 → upt/IKK-1 → dit/IKU-1");
}

#[test]
fn a_parent_in_a_plan_not_given_is_a_warning_naming_the_unit() {
    let got = case!([plan("upt", &ind("IKK-1", Some("ditjen/IKU-1"), None))], ["tree/missing-plan"]);
    assert_eq!(
        got[0].1,
        "the parent `ditjen/IKU-1` of indicator `IKK-1` is in a plan of unit `ditjen` (2024), which is not in this run"
    );
    let d = &Cascade::new(&[plan("upt", &ind("IKK-1", Some("ditjen/IKU-1"), None))]).diagnostics[0];
    assert_eq!(d.severity, crate::diagnostic::Severity::Warning);
}

#[test]
fn a_parent_missing_from_a_plan_given_is_an_error() {
    let dit = plan("ditjen", &ind("IKU-1", None, None));
    let got = case!([dit, plan("upt", &ind("IKK-1", Some("ditjen/IKU-2"), None))], ["tree/not-in-plan"]);
    assert!(got[0].1.contains("the plan of unit `ditjen` (ditjen.toml) has no indicator `IKU-2`"), "{got:?}");
}

#[test]
fn a_plan_of_another_year_is_not_the_parent_plan() {
    let mut dit = plan("ditjen", &ind("IKU-1", None, None));
    dit.year = Some(2023);
    case!([dit, plan("upt", &ind("IKK-1", Some("ditjen/IKU-1"), None))], ["tree/missing-plan"]);
}

#[test]
fn an_indicator_under_one_of_another_sasaran_is_a_warning() {
    let body = ind("IKU-1", None, Some("S-1")) + &*ind("IKK-1", Some("IKU-1"), Some("S-2"));
    let got = case!([plan("u", &body)], ["tree/sasaran-mismatch"]);
    assert_eq!(got[0].1, "indicator `IKK-1` measures sasaran `S-2`, but its parent `IKU-1` measures sasaran `S-1`");
}

/// A hostile chain: each indicator the parent of the next, 100 000 deep.
/// Checking it, building the tree and printing it are loops, so the
/// stack does not grow with the chain.
#[test]
fn a_chain_100_000_deep_neither_overflows_nor_loops() {
    const N: usize = 100_000;
    let mut p = plan("u", &ind("I0", None, None));
    let template = p.indicators[0].clone();
    for i in 1..N {
        let mut next = template.clone();
        next.id = format!("I{i}");
        next.parent = Some(crate::model::Located { value: format!("I{}", i - 1), span: template.span.clone() });
        p.indicators.push(next);
    }
    // Run on a thread with a small stack: a recursion would overflow it.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let plans = [p];
            assert!(Cascade::new(&plans).diagnostics.is_empty());
            let tree = pohon(&plans, None);
            let nodes = &tree.plans[0].nodes;
            assert_eq!(nodes.len(), N);
            assert_eq!(nodes[N - 1].depth, N - 1);
            let table = tree.to_table(Lang::En);
            assert!(table.lines().last().unwrap().contains("depth 99999"), "{}", &table[table.len() - 200..]);
            let json = tree.to_json(Lang::En);
            assert!(json.contains("\"depth\": 99999"));
            // Closing the chain into a loop is found and cut too.
            let mut plans = plans;
            plans[0].indicators[0].parent =
                Some(crate::model::Located { value: format!("I{}", N - 1), span: plans[0].indicators[0].span.clone() });
            let c = Cascade::new(&plans);
            assert_eq!(c.diagnostics.len(), 1);
            assert!(c.cut[0]);
            assert_eq!(pohon(&plans, None).plans[0].nodes.len(), N);
        })
        .unwrap();
    handle.join().unwrap();
}

#[test]
fn the_tree_is_tujuan_sasaran_indicators_in_file_order_and_crosses_plans() {
    let dit = plan(
        "dit",
        &("[[tujuan]]\nid = \"T\"\nname = \"Tujuan\"\n[[sasaran]]\nid = \"S\"\nparent = \"T\"\n".to_string()
            + &*ind("IKU-2", None, Some("S"))
            + &*ind("IKU-1", None, Some("S"))),
    );
    let upt = plan("upt", &(ind("IKK-1", Some("dit/IKU-1"), None) + &*ind("IKK-2", None, None)));
    let tree = pohon(&[dit, upt], None);
    let shown = |i: usize| -> Vec<(usize, PohonLevel, String)> {
        tree.plans[i].nodes.iter().map(|n| (n.depth, n.level, format!("{}/{}", n.unit, n.id))).collect()
    };
    use PohonLevel::*;
    assert_eq!(
        shown(0),
        [
            (0, Tujuan, "dit/T".into()),
            (1, Sasaran, "dit/S".into()),
            (2, Indicator, "dit/IKU-2".into()),
            (2, Indicator, "dit/IKU-1".into()),
            (3, Indicator, "upt/IKK-1".into())
        ]
    );
    assert_eq!(shown(1), [(0, Indicator, "upt/IKK-2".to_string())]);
    let table = tree.to_table(Lang::Id);
    assert!(table.contains("\n      upt/IKK-1  indikator"), "{table}");
}

#[test]
fn a_sasaran_id_the_plans_sasaran_do_not_list_is_a_warning_only_where_they_are_listed() {
    let listed = "[[sasaran]]\nid = \"SK-1\"\n".to_string() + &*ind("A", None, Some("SK-l"));
    let got = case!([plan("u", &listed)], ["tree/undeclared-sasaran"]);
    assert_eq!(got[0].1, "indicator `A` names sasaran `SK-l`, which the plan's `[[sasaran]]` do not list");
    // Without [[sasaran]], an indicator's sasaran_id is a node of its own.
    case!([plan("u", &ind("A", None, Some("SK-1")))], []);
}
