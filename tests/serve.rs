//! `capaian serve`: the server started on a free port and driven over
//! HTTP: every bundled example uploaded gives `eval`'s figures, a filled
//! collection workbook gives `collect` + `eval`'s, explanations and
//! downloads work, bad uploads get their page and the server goes on,
//! the token and the security headers hold, a bounded load passes, and
//! headless Chromium shows each page (screenshots kept for the panduan).

use crate::support::{Test, chromium, root, run_chromium, run_in};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// A running `capaian serve`, stopped when dropped.
struct Server {
    child: Child,
    /// `127.0.0.1:PORT`.
    addr: String,
}

impl Server {
    fn start(args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_capaian"))
            .current_dir(root())
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start capaian serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|r| r.split('/').next())
            .unwrap_or_else(|| panic!("no address in {line:?}"));
        Server { addr: addr.to_string(), child }
    }

    fn get(&self, path: &str) -> Response {
        self.request("GET", path, &[], &[])
    }

    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Response {
        request(&self.addr, method, path, headers, body)
    }

    /// Uploads files with the form's fields; gives the answer (a redirect
    /// to the results when the upload was evaluated).
    fn upload(&self, files: &[(&str, &[u8])], fields: &[(&str, &str)]) -> Response {
        let (content_type, body) = multipart(files, fields);
        self.request("POST", "/unggah", &[("content-type", &content_type)], &body)
    }

    /// Uploads and gives the upload's id.
    fn uploaded(&self, files: &[(&str, &[u8])], fields: &[(&str, &str)]) -> String {
        let r = self.upload(files, fields);
        assert_eq!(r.status, 303, "{}", r.text());
        r.header("location").unwrap().rsplit('/').next().unwrap().to_string()
    }

    /// Resident memory of the server, in KiB.
    fn rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Debug)]
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One HTTP/1.1 request on its own connection (closed after the answer).
fn request(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Response {
    let mut stream = TcpStream::connect(addr).unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        head.push_str(&format!("Host: {addr}\r\n"));
    }
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    // The server may answer (413) before reading a large body.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("an HTTP answer");
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    if headers.iter().any(|(k, v)| k == "transfer-encoding" && v.contains("chunked")) {
        body = unchunk(&body);
    }
    Response { status, headers, body }
}

fn unchunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = raw.windows(2).position(|w| w == b"\r\n").unwrap();
        let size = usize::from_str_radix(std::str::from_utf8(&raw[..line_end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&raw[line_end + 2..line_end + 2 + size]);
        raw = &raw[line_end + 2 + size + 2..];
    }
}

/// A multipart/form-data body, as a browser sends the upload form.
fn multipart(files: &[(&str, &[u8])], fields: &[(&str, &str)]) -> (String, Vec<u8>) {
    let boundary = "----capaian-test-boundary-7d1f";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").bytes(),
        );
    }
    for (name, bytes) in files {
        body.extend(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend(b"\r\n");
    }
    body.extend(format!("--{boundary}--\r\n").bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(root().join(path)).unwrap()
}

/// The figures of each result that must be the same: JSON text of the
/// fields, keyed by indicator and period.
fn figures(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let fields = ["unit", "indicator", "period", "target", "realisasi", "value", "capaian", "kategori", "status"];
    let mut out: Vec<String> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| fields.iter().map(|f| r[*f].to_string()).collect::<Vec<_>>().join(" "))
        .collect();
    out.sort();
    out
}

fn eval_json(args: &[&str]) -> String {
    let mut all = vec!["eval", "--format", "json"];
    all.extend(args);
    let out = Test::new().args(&all).output();
    assert!(out.code <= 1, "{}", out.stderr);
    out.stdout
}

#[test]
fn every_bundled_example_uploaded_gives_evals_figures() {
    // (files, --rules of the server, eval's extra arguments, form fields)
    type Case<'a> = (&'a [&'a str], &'a [&'a str], &'a [&'a str], &'a [(&'a str, &'a str)]);
    let cases: [Case<'_>; 6] = [
        (&["examples/labkesmas-batam/rkt-2024.toml"], &["rules"], &[], &[]),
        (&["examples/labkesmas-batam/capaian-2024.xlsx"], &["rules"], &[], &[]),
        (
            &[
                "examples/labkesmas-batam/rkt-2024.toml",
                "examples/labkesmas-batam/rkt-2025-awal.toml",
                "examples/labkesmas-batam/rkt-2025-revisi.toml",
            ],
            &["rules"],
            &[],
            &[],
        ),
        (
            &["examples/bkk-jambi/rkt-2024.toml"],
            &["examples/bkk-jambi/rules", "rules"],
            &[],
            &[("period", "every-quarter")],
        ),
        (&["examples/bkpsdm-batam/renja-2024.toml"], &["rules"], &["--period", "2024-Q2"], &[("period", "q2")]),
        (&["examples/formula-repo/rkt-2024.toml"], &["examples/formula-repo/rules", "rules"], &[], &[]),
    ];
    for (files, rules, extra, fields) in cases {
        let mut args = Vec::new();
        for r in rules {
            args.extend(["--rules", r]);
        }
        let server = Server::start(&args);
        let bytes: Vec<(String, Vec<u8>)> =
            files.iter().map(|f| (f.rsplit('/').next().unwrap().to_string(), read(f))).collect();
        let upload: Vec<(&str, &[u8])> = bytes.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
        let id = server.uploaded(&upload, fields);
        let served = server.get(&format!("/unduh/{id}/hasil.json"));
        assert_eq!(served.status, 200);
        assert_eq!(served.header("content-type"), Some("application/json"));
        let mut eval_args: Vec<&str> = files.to_vec();
        if fields.contains(&("period", "every-quarter")) {
            eval_args.extend(["--periods", "quarters"]);
        }
        eval_args.extend(extra);
        let want = figures(&eval_json(&eval_args));
        assert!(!want.is_empty());
        assert_eq!(figures(&served.text()), want, "{files:?}");
        // The page shows them grouped by sasaran, numbers in Indonesian style.
        let page = server.get(&format!("/hasil/{id}")).text();
        assert!(page.contains("<table class=\"results\">"), "{files:?}");
    }
}

#[test]
fn results_page_explanation_and_downloads() {
    // The rules `eval` finds above the examples: the repository's own.
    let server = Server::start(&["--rules", "rules"]);
    let plan = read("examples/labkesmas-batam/rkt-2024.toml");
    let id = server.uploaded(&[("rkt-2024.toml", &plan)], &[]);
    let page = server.get(&format!("/hasil/{id}"));
    assert_eq!(page.status, 200);
    let html = page.text();
    // IKK-2: 15.174 of 10.000 is 151,74 %, in the style of the documents.
    assert!(
        html.contains("<td class=\"n\">10.000</td><td class=\"n\">15.174</td><td class=\"n\">151,74</td>"),
        "{html}"
    );
    assert!(html.contains("Ringkasan per sasaran") && html.contains("<td class=\"n\">135,45</td>"), "the LKjIP mean");
    assert!(html.contains("Ringkasan per unit"));
    // Filters are plain GET parameters.
    let filtered = server.get(&format!("/hasil/{id}?status=no_data&kategori=")).text();
    assert!(filtered.contains("Tidak ada hasil yang cocok"), "{filtered}");
    let ok = server.get(&format!("/hasil/{id}?status=ok&kategori=Sangat+Baik")).text();
    assert_eq!(ok.matches("/penjelasan/").count(), 11);

    // The explanation is `capaian explain`'s text, escaped.
    let link = html.split("href=\"/penjelasan/").nth(2).unwrap().split('"').next().unwrap();
    let explained = server.get(&format!("/penjelasan/{link}")).text();
    let cli = Test::new().args(["--lang", "id", "explain", "examples/labkesmas-batam/rkt-2024.toml", "IKK-2"]).output();
    assert_eq!(cli.code, 0, "{}", cli.stderr);
    let escaped = cli
        .stdout
        .replace("examples/labkesmas-batam/", "")
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    assert!(explained.contains(&escaped), "{explained}\n---\n{escaped}");
    assert!(explained.contains("rkt-2024.toml:"), "inputs name their place");

    // Downloads: the report as XLSX and HTML, results, collection workbooks.
    let downloads = server.get(&format!("/unduh/{id}")).text();
    for link in ["/laporan/labkesmas-batam/xlsx", "/laporan/labkesmas-batam/html", "/hasil.csv", "/template/0/0"] {
        assert!(downloads.contains(&format!("/unduh/{id}{link}")), "{link}");
    }
    let xlsx = server.get(&format!("/unduh/{id}/laporan/labkesmas-batam/xlsx"));
    assert_eq!(xlsx.status, 200);
    assert!(xlsx.body.starts_with(b"PK"));
    assert_eq!(xlsx.header("content-disposition"), Some("attachment; filename=\"lapkin-labkesmas-batam.xlsx\""));
    let report = server.get(&format!("/unduh/{id}/laporan/labkesmas-batam/html"));
    assert!(report.text().contains("<table class=\"measure\">"));
    assert!(report.header("content-security-policy").unwrap().contains("style-src 'unsafe-inline'"));
    let csv = server.get(&format!("/unduh/{id}/hasil.csv")).text();
    let want = Test::new().args(["eval", "--format", "csv", "examples/labkesmas-batam/rkt-2024.toml"]).output();
    assert_eq!(csv.lines().count(), want.stdout.lines().count());
    assert_eq!(csv.lines().next(), want.stdout.lines().next());
    let template = server.get(&format!("/unduh/{id}/template/0/0"));
    assert!(template.body.starts_with(b"PK"));
    assert_eq!(server.get(&format!("/unduh/{id}/template/0/99")).status, 404);
    assert_eq!(server.get("/hasil/0000").status, 404);
}

#[test]
fn a_filled_collection_workbook_gives_collect_and_evals_figures() {
    use crate::collect::{PLAN, Typed, form, realisasi_cell, setup, type_into};
    let (dir, forms) = setup();
    let d = dir.path();
    let manajemen = d.join(form(&forms, "meningkatnya-dukungan"));
    type_into(&manajemen, &realisasi_cell(&manajemen, "IKK-4", "2024-07"), Typed::Number("61.2"));
    let server = Server::start(&[]);
    let plan = std::fs::read(d.join(PLAN)).unwrap();
    let mut files: Vec<(String, Vec<u8>)> = vec![(PLAN.to_string(), plan)];
    for f in &forms {
        files.push((f.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(d.join(f)).unwrap()));
    }
    let upload: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    let id = server.uploaded(&upload, &[("period", "m07")]);
    let served = figures(&server.get(&format!("/unduh/{id}/hasil.json")).text());

    let mut args = vec!["collect".to_string(), PLAN.into()];
    args.extend(forms.iter().map(|f| f.display().to_string()));
    args.extend(["-o".into(), "juli.toml".into()]);
    assert_eq!(run_in(d, &args).code, 0);
    let out = run_in(d, ["eval", "--format", "json", "--period", "2024-07", "juli.toml"]);
    assert_eq!(served, figures(&out.stdout));
    assert!(served.iter().any(|r| r.starts_with("\"bkk-jambi\" \"IKK-4\" \"2024-07\"") && r.contains(" 102.00 ")));
}

#[test]
fn a_filled_workbook_with_a_workbook_plan_says_what_to_upload() {
    use crate::collect::{form, setup};
    let (dir, forms) = setup();
    let filled = std::fs::read(dir.path().join(form(&forms, "meningkatnya-dukungan"))).unwrap();
    let plan = read("examples/labkesmas-batam/capaian-2024.xlsx");
    let server = Server::start(&[]);
    let id = server.uploaded(&[("capaian-2024.xlsx", &plan), ("isian.xlsx", &filled)], &[]);
    let page = server.get(&format!("/hasil/{id}")).text();
    assert!(page.contains("upload/merge-needs-text"), "{page}");
    assert!(!page.contains("collect/one-plan"), "{page}");
    assert_eq!(server.get("/").status, 200);
}

#[test]
fn bad_uploads_get_their_page_and_the_server_goes_on() {
    let server = Server::start(&[]);
    // Malformed TOML: the problem with its file and line.
    let r = server.upload(&[("rusak.toml", b"[unit]\nid = \n")], &[]);
    assert_eq!(r.status, 422);
    let t = r.text();
    assert!(t.contains("<td>rusak.toml</td>") && t.contains("<td>2:"), "{t}");
    // One bad file does not stop the others.
    let good = read("examples/labkesmas-batam/rkt-2024.toml");
    let id = server.uploaded(&[("rusak.toml", b"[unit]\nid = \n"), ("rkt-2024.toml", &good)], &[]);
    let page = server.get(&format!("/hasil/{id}")).text();
    assert!(page.contains("rusak.toml") && page.contains("151,74"));
    // A format not read, no file, too many files, a broken form.
    let r = server.upload(&[("catatan.txt", b"x")], &[]);
    assert_eq!(r.status, 400);
    assert!(r.text().contains("upload/format"));
    assert!(server.upload(&[], &[("period", "")]).text().contains("upload/no-file"));
    let many: Vec<(&str, &[u8])> = (0..21).map(|_| ("a.toml", good.as_slice())).collect();
    assert!(server.upload(&many, &[]).text().contains("upload/too-many-files"));
    let r = server.request("POST", "/unggah", &[("content-type", "multipart/form-data; boundary=x")], b"garbage");
    assert_eq!(r.status, 400, "{}", r.text());
    // A bad period or earlier years.
    let r = server.upload(&[("rkt-2024.toml", &good)], &[("period", "q9")]);
    assert!(r.text().contains("period/invalid"), "{}", r.text());
    // Too many rows: refused after reading, before evaluating.
    let mut rows = String::from("[unit]\nid = \"u\"\n[plan]\nyear = 2024\n");
    for n in 0..20_001 {
        rows.push_str(&format!("[[indicator]]\nid = \"I{n}\"\nname = \"x\"\ntarget = 1\nrealisasi = 1\n"));
    }
    let r = server.upload(&[("besar.toml", rows.as_bytes())], &[]);
    assert_eq!(r.status, 422);
    assert!(r.text().contains("upload/too-many-rows"), "{}", r.text());
    // Too large: refused before it is read.
    let big = vec![b'#'; 9 << 20];
    let r = server.upload(&[("besar.toml", &big)], &[]);
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(r.text().contains("upload/too-large"));
    // A hostile file name is a label, escaped, never a path.
    let r = server.upload(&[("<img src=x onerror=alert(1)>.toml", b"[unit]\nid = \n")], &[]);
    let t = r.text();
    assert!(t.contains("<td>&lt;img src=x onerror=alert(1)&gt;.toml</td>") && !t.contains("<img"), "{t}");
    let t = server.upload(&[("../../etc/rkt.toml", b"[unit]\nid = \n")], &[]).text();
    assert!(t.contains("<td>rkt.toml</td>") && !t.contains("etc/"), "{t}");
    // Still serving.
    assert_eq!(server.get("/").status, 200);
    assert_eq!(server.get("/tidak-ada").status, 404);
}

#[test]
fn security_headers_host_and_token() {
    let server = Server::start(&[]);
    let r = server.get("/");
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    let csp = r.header("content-security-policy").unwrap();
    assert!(csp.contains("default-src 'none'") && !csp.contains("script-src"), "{csp}");
    assert_eq!(r.header("referrer-policy"), Some("no-referrer"));
    assert_eq!(server.get("/style.css").header("content-type"), Some("text/css; charset=utf-8"));
    // DNS rebinding: another host name pointing at 127.0.0.1 is refused.
    assert_eq!(server.request("GET", "/", &[("host", "evil.example")], &[]).status, 403);

    // Beyond loopback without a token: refused at start, a token offered.
    let out = Test::new().args(["serve", "--listen", "0.0.0.0:0"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("error[serve/token-needed]") && out.stderr.contains("--token "), "{}", out.stderr);
    // With one, every request needs it; the query sets a cookie.
    let token = "rahasia-yang-cukup-panjang";
    let guarded = Server::start(&["--token", token]);
    assert_eq!(guarded.get("/").status, 403);
    let r = guarded.get(&format!("/?token={token}"));
    assert_eq!(r.status, 200);
    let cookie = r.header("set-cookie").unwrap().split(';').next().unwrap().to_string();
    assert!(r.header("set-cookie").unwrap().contains("HttpOnly"));
    assert_eq!(guarded.request("GET", "/aturan", &[("cookie", &cookie)], &[]).status, 200);
    assert_eq!(guarded.request("GET", "/", &[("cookie", "capaian_token=salah")], &[]).status, 403);
}

#[test]
fn the_rule_library_is_shown_read_only() {
    let server = Server::start(&["--rules", "examples/bkk-jambi/rules"]);
    let page = server.get("/aturan").text();
    assert!(page.contains("examples/bkk-jambi/rules") && page.contains("href=\"/aturan/standard/positif\""), "{page}");
    let rule = server.get("/aturan/standard/positif").text();
    assert!(rule.contains("fn capaian(x)"));
    // Only names the store lists: never a path.
    assert_eq!(server.get("/aturan/../../Cargo.toml").status, 404);
    assert_eq!(server.get("/aturan/%2e%2e/Cargo").status, 404);
    assert_eq!(server.request("POST", "/aturan", &[], b"").status, 405);
}

#[test]
fn a_bounded_load_gives_no_error_and_bounded_memory() {
    let server = Server::start(&[]);
    let plan = read("examples/labkesmas-batam/rkt-2024.toml");
    let id = server.uploaded(&[("rkt-2024.toml", &plan)], &[]);
    let before = server.rss_kib();
    let addr = server.addr.clone();
    let (content_type, body) = multipart(&[("rkt-2024.toml", &plan)], &[]);
    // 200 requests, 8 at a time: uploads, results, explanations, downloads.
    let failures: Vec<String> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..8)
            .map(|w| {
                let (addr, id, content_type, body) = (&addr, &id, &content_type, &body);
                s.spawn(move || {
                    let mut failed = Vec::new();
                    for i in 0..25 {
                        let r = match (w + i) % 5 {
                            0 => request(addr, "POST", "/unggah", &[("content-type", content_type)], body),
                            1 => request(addr, "GET", &format!("/hasil/{id}"), &[], &[]),
                            2 => request(addr, "GET", &format!("/penjelasan/{id}/{}", i % 11), &[], &[]),
                            3 => request(addr, "GET", &format!("/unduh/{id}/hasil.json"), &[], &[]),
                            _ => request(addr, "GET", "/", &[], &[]),
                        };
                        if !matches!(r.status, 200 | 303) {
                            failed.push(format!("{} {}", r.status, r.text()));
                        }
                    }
                    failed
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap()).collect()
    });
    assert!(failures.is_empty(), "{failures:?}");
    let after = server.rss_kib();
    eprintln!("serve load: 200 requests, 8 concurrent; memory {before} KiB before, {after} KiB after");
    // Uploads beyond the kept sixteen are dropped: memory stays bounded.
    assert!(after < 512 * 1024, "{after} KiB");
}

#[test]
fn chromium_shows_upload_results_explanation_and_downloads() {
    let Some(browser) = chromium() else {
        eprintln!("note: /usr/bin/chromium is not installed; the browser test is skipped");
        return;
    };
    let server = Server::start(&["--rules", "examples/bkk-jambi/rules"]);
    // Chromium cannot submit a form without a driver: the test uploads over
    // HTTP, as the form does, and the browser opens each resulting page.
    let plan = read("examples/bkk-jambi/rkt-2024.toml");
    let id = server.uploaded(&[("rkt-2024.toml", &plan)], &[("period", "q2")]);
    let base = format!("http://{}", server.addr);
    let dir = tempfile::tempdir().unwrap();
    let shots = root().join("target/serve-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let pages = [
        ("unggah", "/".to_string(), "<form class=\"upload\""),
        ("hasil", format!("/hasil/{id}"), "<table class=\"results\">"),
        ("penjelasan", format!("/penjelasan/{id}/0"), "<pre class=\"explain\">"),
        ("unduh", format!("/unduh/{id}"), "<ul class=\"downloads\">"),
    ];
    for (name, path, marker) in pages {
        let url = format!("{base}{path}");
        let png = shots.join(format!("serve-{name}.png"));
        let _ = std::fs::remove_file(&png);
        let profile = dir.path().join(name);
        let out = run_chromium(
            &browser,
            &profile,
            &[
                format!("--screenshot={}", png.display()),
                "--hide-scrollbars".into(),
                "--window-size=900,680".into(),
                url.clone(),
            ],
        );
        let shot = std::fs::read(&png)
            .unwrap_or_else(|_| panic!("no screenshot of {name}: {}", String::from_utf8_lossy(&out.stderr)));
        assert!(shot.starts_with(b"\x89PNG") && shot.len() > 10_000, "{name}: {} bytes", shot.len());
        let dom = run_chromium(&browser, &profile, &["--dump-dom".into(), url]);
        let dom = String::from_utf8_lossy(&dom.stdout);
        assert!(dom.contains(marker), "{name}: {dom}");
        // The panduan shows these pages: `CAPAIAN_BLESS_DOCS=1` refreshes them.
        if std::env::var_os("CAPAIAN_BLESS_DOCS").is_some() {
            std::fs::copy(&png, root().join(format!("docs/img/serve-{name}.png"))).unwrap();
        }
    }
    assert!(Path::new(&shots.join("serve-hasil.png")).exists());
}
