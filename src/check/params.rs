//! Which parameters a rule requires: those it reads as `x.params.NAME`
//! without ever testing `"NAME" in x.params` (which marks a default).

/// Required parameter names with the first line that reads each.
pub(super) fn required(text: &str) -> Vec<(String, usize)> {
    let mut read: Vec<(String, usize)> = Vec::new();
    let mut guarded = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("x.params.") {
            let name: String = rest[at + 9..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            // `x.params.keys()` is a method call, not a parameter.
            let is_call = rest[at + 9 + name.len()..].trim_start().starts_with('(');
            if !name.is_empty() && !is_call && !read.iter().any(|(n, _)| *n == name) {
                read.push((name, i + 1));
            }
            rest = &rest[at + 9..];
        }
        let mut rest = code;
        while let Some(at) = rest.find(" in x.params") {
            let before = rest[..at].trim_end();
            if let Some(stripped) = before.strip_suffix('"')
                && let Some(start) = stripped.rfind('"')
            {
                guarded.push(stripped[start + 1..].to_string());
            }
            rest = &rest[at + 12..];
        }
    }
    read.retain(|(n, _)| !guarded.contains(n));
    read
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guarded_parameters_are_optional() {
        let text = "fn capaian(x) {\n  let k = x.params.keys();\n  let a = x.params.cap;\n  if \"inside\" in x.params { x.params.inside } else { 100 }\n}\n// x.params.commented\n";
        assert_eq!(required(text), [("cap".to_string(), 3)]);
    }
}
