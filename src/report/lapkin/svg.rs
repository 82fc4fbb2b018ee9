//! Inline SVG charts for the HTML chapter: bars with the 100% line, lines
//! of target against realisasi. Coordinates are computed with decimals and
//! written to one decimal place; labels print the figures as the tables do.

use super::html::{escape, num};
use rust_decimal::Decimal;

/// One bar: its label and value (none: drawn empty, labelled "-").
pub(super) struct Bar {
    pub label: String,
    pub value: Option<Decimal>,
}

/// One line: its name, class (colour) and a value per category.
pub(super) struct Line {
    pub name: String,
    pub class: &'static str,
    pub values: Vec<Option<Decimal>>,
}

fn px(d: Decimal) -> String {
    d.round_dp(1).normalize().to_string()
}

fn dec(n: i64) -> Decimal {
    Decimal::from(n)
}

/// A ceiling for the axis: the largest value (at least `floor`) rounded up
/// to a half of its power of ten (0,99 → 1; 181,82 → 200; 1.152.699 → 1.500.000).
fn axis_max(values: impl Iterator<Item = Decimal>, floor: Decimal) -> Decimal {
    let top = values.fold(floor, Decimal::max);
    if top <= Decimal::ZERO {
        return Decimal::ONE;
    }
    let ten = dec(10);
    let mut p = Decimal::ONE;
    for _ in 0..28 {
        match p.checked_mul(ten) {
            Some(next) if next <= top => p = next,
            _ => break,
        }
    }
    for _ in 0..28 {
        if p <= top {
            break;
        }
        p /= ten;
    }
    let half = p / dec(2);
    if half.is_zero() {
        return top;
    }
    // Near the end of the decimal range the rounded-up ceiling may not
    // exist: the largest value itself is the axis then.
    top.checked_div(half).and_then(|q| q.ceil().checked_mul(half)).map_or(top, |m| m.normalize())
}

/// Horizontal bars of capaian (%) with a dashed line at 100.
pub(super) fn bars(title: &str, bars: &[Bar], hundred_label: &str) -> String {
    let (left, width, row) = (dec(110), dec(480), dec(22));
    let height = row * dec(bars.len() as i64) + dec(40);
    let max = axis_max(bars.iter().filter_map(|b| b.value), dec(120));
    let x = |v: Decimal| left + (v.max(Decimal::ZERO) / max * width);
    let mut s = format!(
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 640 {h}\" width=\"640\" height=\"{h}\"><title>{t}</title>\n",
        h = px(height),
        t = escape(title)
    );
    for (i, b) in bars.iter().enumerate() {
        let y = dec(10) + row * dec(i as i64);
        s.push_str(&format!(
            "<text x=\"{lx}\" y=\"{ty}\" class=\"label\" text-anchor=\"end\">{l}</text>",
            lx = px(left - dec(6)),
            ty = px(y + dec(14)),
            l = escape(&b.label)
        ));
        match b.value {
            Some(v) => {
                let w = x(v) - left;
                let class = if v >= dec(100) { "bar" } else { "bar below" };
                s.push_str(&format!(
                    "<rect class=\"{class}\" x=\"{l}\" y=\"{y}\" width=\"{w}\" height=\"16\"/>\
                     <text x=\"{tx}\" y=\"{ty}\" class=\"value\">{v}</text>\n",
                    l = px(left),
                    y = px(y + dec(2)),
                    w = px(w),
                    tx = px(x(v) + dec(4)),
                    ty = px(y + dec(14)),
                    v = escape(&num(v))
                ));
            }
            None => s.push_str(&format!(
                "<text x=\"{tx}\" y=\"{ty}\" class=\"value\">-</text>\n",
                tx = px(left + dec(4)),
                ty = px(y + dec(14))
            )),
        }
    }
    let hx = px(x(dec(100)));
    let bottom = height - dec(26);
    s.push_str(&format!(
        "<line class=\"hundred\" x1=\"{hx}\" y1=\"6\" x2=\"{hx}\" y2=\"{b}\"/>\
         <text x=\"{hx}\" y=\"{ty}\" class=\"label\" text-anchor=\"middle\">{l}</text>\n",
        b = px(bottom),
        ty = px(bottom + dec(16)),
        l = escape(hundred_label)
    ));
    s.push_str("</svg>\n");
    s
}

/// Lines over categories (periods), with a legend.
pub(super) fn lines(title: &str, categories: &[String], lines: &[Line]) -> String {
    let (left, top, width, height) = (dec(60), dec(24), dec(540), dec(180));
    let max = axis_max(lines.iter().flat_map(|l| l.values.iter().flatten().copied()), Decimal::ZERO);
    let n = dec(categories.len().max(1) as i64);
    let x = |i: usize| left + width * (dec(i as i64) * dec(2) + dec(1)) / (n * dec(2));
    let y = |v: Decimal| top + height - (v.max(Decimal::ZERO) / max * height);
    let mut s = format!(
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 640 250\" width=\"640\" height=\"250\"><title>{t}</title>\n",
        t = escape(title)
    );
    // Axes and the top of the scale.
    s.push_str(&format!(
        "<line class=\"axis\" x1=\"{l}\" y1=\"{t}\" x2=\"{l}\" y2=\"{b}\"/>\
         <line class=\"axis\" x1=\"{l}\" y1=\"{b}\" x2=\"{r}\" y2=\"{b}\"/>\
         <text x=\"{lx}\" y=\"{ty}\" class=\"label\" text-anchor=\"end\">{m}</text>\
         <text x=\"{lx}\" y=\"{b}\" class=\"label\" text-anchor=\"end\">0</text>\n",
        l = px(left),
        t = px(top),
        b = px(top + height),
        r = px(left + width),
        lx = px(left - dec(4)),
        ty = px(top + dec(4)),
        m = escape(&num(max))
    ));
    for (i, c) in categories.iter().enumerate() {
        s.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" class=\"label\" text-anchor=\"middle\">{c}</text>",
            x = px(x(i)),
            y = px(top + height + dec(16)),
            c = escape(c)
        ));
    }
    s.push('\n');
    for (k, line) in lines.iter().enumerate() {
        let points: Vec<String> = line
            .values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| format!("{},{}", px(x(i)), px(y(v)))))
            .collect();
        if points.len() > 1 {
            s.push_str(&format!("<polyline class=\"{}\" points=\"{}\"/>", line.class, points.join(" ")));
        }
        for p in &points {
            let (cx, cy) = p.split_once(',').unwrap_or(("0", "0"));
            s.push_str(&format!("<circle class=\"{}\" cx=\"{cx}\" cy=\"{cy}\" r=\"3\"/>", line.class));
        }
        let lx = left + dec(10) + dec(140) * dec(k as i64);
        s.push_str(&format!(
            "<rect class=\"{c}\" x=\"{x}\" y=\"6\" width=\"12\" height=\"4\"/>\
             <text x=\"{tx}\" y=\"12\" class=\"label\">{n}</text>\n",
            c = line.class,
            x = px(lx),
            tx = px(lx + dec(16)),
            n = escape(&line.name)
        ));
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        for (top, floor, want) in [
            ("0.99", "0", "1"),
            ("181.82", "120", "200"),
            ("1152699", "0", "1500000"),
            ("0", "0", "1"),
            ("87.5", "120", "150"),
        ] {
            assert_eq!(axis_max([d(top)].into_iter(), d(floor)), d(want), "{top}");
        }
    }
}
