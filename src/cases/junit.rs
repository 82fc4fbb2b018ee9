//! JUnit XML, the format most CI systems show as a test report.

use super::TestRun;

/// Renders a run as JUnit XML: one `<testsuite>` per case file.
pub(crate) fn junit_xml(run: &TestRun) -> String {
    let mut files: Vec<&std::path::Path> = run.cases.iter().map(|c| c.file.as_path()).collect();
    files.dedup();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"capaian\" tests=\"{}\" failures=\"{}\">\n",
        run.cases.len(),
        run.failed()
    ));
    for file in files {
        let cases: Vec<_> = run.cases.iter().filter(|c| c.file == file).collect();
        let failures = cases.iter().filter(|c| !c.passed).count();
        out.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\">\n",
            esc(&file.display().to_string()),
            cases.len()
        ));
        for c in cases {
            out.push_str(&format!(
                "    <testcase classname=\"{}\" name=\"{}\"",
                esc(&file.display().to_string()),
                esc(&c.name)
            ));
            if c.passed {
                out.push_str("/>\n");
            } else {
                let text: Vec<String> = c
                    .mismatches
                    .iter()
                    .map(|m| format!("{}: expected {}, got {}", m.field, m.expected, m.actual))
                    .collect();
                out.push_str(&format!(
                    ">\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n",
                    esc(&text.join("; ")),
                    esc(&c.text)
                ));
            }
        }
        out.push_str("  </testsuite>\n");
    }
    for d in &run.broken_files {
        out.push_str(&format!(
            "  <testsuite name=\"unreadable case file\" tests=\"1\" failures=\"1\">\n    <testcase name=\"{}\">\n      <failure message=\"{}\"/>\n    </testcase>\n  </testsuite>\n",
            esc(&d.span.as_ref().map(|s| s.to_string()).unwrap_or_default()),
            esc(&d.message(crate::lang::Lang::En))
        ));
    }
    out.push_str("</testsuites>\n");
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
