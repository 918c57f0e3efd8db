//! The tree is the flow (see the crate docs in `src/lib.rs`): a module uses only the
//! layers below its own, no two modules use each other (not even a parent and a child),
//! and only the faces know about wasm or files. Read from the sources, so a new `use`
//! that breaks the design fails here with the line that did it.
//!
//! What counts as a use: every `crate::…` and `super::…` path outside a file's
//! `#[cfg(test)]` module (tests may drive the whole engine) and outside comments.
//! Declaring a child (`mod x;`) is not a use; re-exporting or calling it is.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Layers from the bottom; a module may use its own layer and those before it.
const LAYERS: &[&str] = &["base", "knowledge", "input", "report", "facts", "rules", "engine", "faces"];

/// Text no core module may contain: the wasm bindings and the file system.
const FACE_ONLY: &[&str] = &["wasm_bindgen", "js_sys", "web_sys", "std::fs", "std::io", "std::env"];

struct Module {
    path: String,
    file: PathBuf,
    /// (line number, line) of the non-test, non-comment code.
    code: Vec<(usize, String)>,
}

fn modules() -> Vec<Module> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect(&src, &mut files);
    files
        .into_iter()
        .filter(|f| !f.starts_with(src.join("bin")) && !f.starts_with(src.join("data")))
        .map(|file| {
            let rel = file.strip_prefix(&src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
                parts.pop();
            }
            let text = std::fs::read_to_string(&file).unwrap();
            let mut code = Vec::new();
            for (n, line) in text.lines().enumerate() {
                let t = line.trim_start();
                if t.starts_with("#[cfg(test)]") {
                    break;
                }
                if t.starts_with("//") {
                    continue;
                }
                let line = line.split(" //").next().unwrap_or(line);
                code.push((n + 1, line.to_string()));
            }
            Module { path: parts.join("::"), file, code }
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The modules a line uses, resolved to the longest known module path.
fn uses(module: &Module, line: &str, known: &BTreeSet<String>) -> Vec<String> {
    let mut found = Vec::new();
    let parent = |m: &str| m.rsplit_once("::").map_or(String::new(), |(p, _)| p.to_string());
    let mut push_path = |path: String| {
        let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        let mut best = None;
        for n in (1..=segments.len()).rev() {
            let candidate = segments[..n].join("::");
            if known.contains(&candidate) {
                best = Some(candidate);
                break;
            }
        }
        // A name at the crate root is one of the engine's re-exports (`crate::check_json`).
        found.push(best.unwrap_or_else(|| "engine".to_string()));
    };
    for (at, prefix) in [("crate::", ""), ("super::", "super")] {
        let mut rest = line;
        while let Some(i) = rest.find(at) {
            let before = rest[..i].chars().last();
            rest = &rest[i + at.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == ':') {
                continue;
            }
            // `super` of `a::b` is `a`, whether b is a file or a directory with mod.rs.
            let base = if prefix.is_empty() { String::new() } else { parent(&module.path) };
            if rest.starts_with('{') {
                let group = &rest[1..rest.find('}').unwrap_or(rest.len())];
                for item in group.split(',') {
                    let item = item.trim().split(" as ").next().unwrap_or("").trim();
                    if !item.is_empty() {
                        push_path(join(&base, item));
                    }
                }
            } else {
                let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(rest.len());
                push_path(join(&base, rest[..end].trim_end_matches(':')));
            }
        }
    }
    // A parent naming its child by a relative path (`store::load`, `pub use store::X`).
    for child in known.iter().filter(|k| parent(k) == module.path && !k.is_empty()) {
        let name = child.rsplit("::").next().unwrap_or(child);
        let pattern = format!("{name}::");
        let mut rest = line;
        while let Some(i) = rest.find(&pattern) {
            let before = rest[..i].chars().last();
            rest = &rest[i + pattern.len()..];
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                found.push(child.clone());
                break;
            }
        }
    }
    found.into_iter().filter(|m| m != &module.path && !m.is_empty()).collect()
}

fn join(base: &str, path: &str) -> String {
    if base.is_empty() {
        path.to_string()
    } else {
        format!("{base}::{path}")
    }
}

fn layer(module: &str) -> usize {
    let top = module.split("::").next().unwrap_or("");
    LAYERS.iter().position(|l| *l == top).unwrap_or_else(|| panic!("module {module} is in no layer of {LAYERS:?}"))
}

/// module -> the modules it uses -> (first line number, that line).
type Edges = BTreeMap<String, BTreeMap<String, (usize, String)>>;

fn graph() -> (Vec<Module>, Edges) {
    let modules = modules();
    let known: BTreeSet<String> = modules.iter().map(|m| m.path.clone()).collect();
    let mut edges = Edges::new();
    for m in &modules {
        for (n, line) in &m.code {
            for used in uses(m, line, &known) {
                edges.entry(m.path.clone()).or_default().entry(used).or_insert((*n, line.trim().to_string()));
            }
        }
    }
    (modules, edges)
}

#[test]
fn every_module_uses_only_its_layer_and_those_below() {
    let (modules, edges) = graph();
    let mut wrong = Vec::new();
    for m in modules.iter().filter(|m| !m.path.is_empty()) {
        for (used, (n, line)) in edges.get(&m.path).into_iter().flatten() {
            if used.is_empty() {
                continue;
            }
            if layer(used) > layer(&m.path) {
                wrong.push(format!("{}:{n} ({}) uses {used} ({}): {line}", m.file.display(), LAYERS[layer(&m.path)], LAYERS[layer(used)]));
            }
        }
    }
    assert!(wrong.is_empty(), "uses against the flow:\n{}", wrong.join("\n"));
}

#[test]
fn no_module_cycle() {
    let (_, edges) = graph();
    // Depth-first search; a module met again while still on the path closes a cycle.
    fn visit(m: &str, edges: &Edges, path: &mut Vec<String>, done: &mut BTreeSet<String>, cycles: &mut Vec<String>) {
        if let Some(i) = path.iter().position(|p| p == m) {
            cycles.push(format!("{} -> {m}", path[i..].join(" -> ")));
            return;
        }
        if !done.insert(m.to_string()) {
            return;
        }
        path.push(m.to_string());
        for used in edges.get(m).into_iter().flat_map(|e| e.keys()) {
            visit(used, edges, path, done, cycles);
        }
        path.pop();
    }
    let (mut done, mut cycles) = (BTreeSet::new(), Vec::new());
    for m in edges.keys().filter(|m| !m.is_empty()) {
        visit(m, &edges, &mut Vec::new(), &mut done, &mut cycles);
    }
    let explain: Vec<String> = cycles
        .iter()
        .map(|c| {
            let hops: Vec<&str> = c.split(" -> ").collect();
            let lines: Vec<String> = hops.windows(2).map(|w| format!("  {} uses {} at line {}", w[0], w[1], edges[w[0]][w[1]].0)).collect();
            format!("{c}\n{}", lines.join("\n"))
        })
        .collect();
    assert!(cycles.is_empty(), "module cycles:\n{}", explain.join("\n"));
}

#[test]
fn only_the_faces_know_wasm_and_files() {
    let (modules, _) = graph();
    let mut wrong = Vec::new();
    for m in modules.iter().filter(|m| !m.path.is_empty() && !m.path.starts_with("faces")) {
        for (n, line) in &m.code {
            for word in FACE_ONLY.iter().filter(|w| line.contains(*w)) {
                wrong.push(format!("{}:{n}: {word}: {}", m.file.display(), line.trim()));
            }
        }
    }
    assert!(wrong.is_empty(), "the core must not know wasm or files:\n{}", wrong.join("\n"));
}

#[test]
fn the_checker_sees_uses() {
    // The checker itself: a use in a group, a super path and a root re-export resolve.
    let known: BTreeSet<String> =
        ["facts", "facts::goods", "facts::controls", "engine", "base", "base::date"].iter().map(|s| s.to_string()).collect();
    let m = Module { path: "facts::controls".into(), file: PathBuf::from("src/facts/controls.rs"), code: vec![] };
    assert_eq!(uses(&m, "use crate::{check_json, base::date::Date};", &known), vec!["engine", "base::date"]);
    assert_eq!(uses(&m, "let f = super::goods::ItemFacts::default();", &known), vec!["facts::goods"]);
    assert_eq!(uses(&m, "x.y::crate::z", &known), Vec::<String>::new());
    let parent = Module { path: "facts".into(), file: PathBuf::from("src/facts/mod.rs"), code: vec![] };
    assert_eq!(uses(&parent, "pub use goods::ItemFacts;", &known), vec!["facts::goods"]);
    assert_eq!(uses(&parent, "let x = crate::facts::goods::f();", &known), vec!["facts::goods"]);
    assert_eq!(layer("faces::wasm"), 7);
}
