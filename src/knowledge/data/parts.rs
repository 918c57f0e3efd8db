//! The data's parts: sections a page loads only when a check first needs them (each
//! destination's thresholds, the HS texts, China's tariff by chapter with the
//! declaration-element sets its lines use, the HS word index by bucket, the
//! hazardous-chemical catalogue and its names by first character, the vocabulary's
//! and the vague terms' Chinese terms (one file), the Chinese messages, the rules'
//! explanations; `xtask/src/parts.rs` decides which). The generated files hold
//! every part, and natively both are embedded whole. The web build's core data file
//! holds none of them and names their files in its header (`# parts: ...`); each file
//! holds the part of its name, a chapter's file its element sets too, the vocabulary's
//! Chinese terms the vague ones too (`parts/NAME.tsv`,
//! written by `cargo run -p xtask -- web-data`).
//!
//! A check that reaches for a part the core file named but nobody has loaded reads it as
//! empty and notes it as wanted; the wasm face then refuses the check's result, naming
//! the parts, and the page loads them and checks again (`www/package/precheck.js`). So
//! the first report downloads the core file and the few parts its declaration needs
//! instead of 3.4 MB.

use std::sync::{Mutex, MutexGuard, OnceLock};

/// The parts the loaded core file named, the parts loaded, and the parts a check asked
/// for that were not loaded.
struct Registry {
    announced: Vec<&'static str>,
    installed: Vec<(&'static str, &'static str)>,
    /// The part files installed, as their `# files:` header lines name them.
    files: Vec<&'static str>,
    /// Space-separated (one string for the page to read).
    wanted: String,
    /// The data release the parts are of: the core file's once it is loaded, until then
    /// the first part's (a page may get a part before the core file).
    release: Option<&'static str>,
}

static REGISTRY: Mutex<Registry> =
    Mutex::new(Registry { announced: Vec::new(), installed: Vec::new(), files: Vec::new(), wanted: String::new(), release: None });

fn registry() -> MutexGuard<'static, Registry> {
    // A panic while holding the lock leaves the lists whole (each change is one push).
    REGISTRY.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Takes the loaded core file's release as the parts': parts of another one installed
/// before it came are dropped (the page asks for them again).
pub(crate) fn agree(release: &'static str) {
    let mut r = registry();
    if r.release.is_some_and(|v| v != release) {
        r.installed.clear();
        r.files.clear();
    }
    r.release = Some(release);
}

/// Notes the parts a loaded core file names in its `# parts:` header line and leaves out.
pub(crate) fn announce(names: &[&'static str]) {
    let mut r = registry();
    for name in names {
        if !r.announced.contains(name) {
            r.announced.push(name);
        }
    }
}

/// Installs a part file (`parts/NAME.tsv`: the data version's header, a `# files:` line
/// naming the part files it holds, and one or more sections). A part loaded twice keeps
/// its first text.
pub fn install(text: String) -> Result<(), String> {
    // Kept for the life of the page: reports borrow its strings.
    let text: &'static str = Box::leak(text.into_boxed_str());
    let version = super::format::check_header(text)?;
    let sections = super::format::sections(text);
    if sections.is_empty() {
        return Err("the part file holds no section".into());
    }
    let mut r = registry();
    match r.release {
        Some(release) => super::format::same_release(version, release)?,
        None => r.release = Some(version),
    }
    for (name, body) in sections {
        if !r.installed.iter().any(|(n, _)| *n == name) {
            r.installed.push((name, body));
        }
    }
    let header = text.lines().take_while(|line| line.starts_with('#'));
    for file in header.filter_map(|line| line.strip_prefix("# files:")).flat_map(str::split_ascii_whitespace) {
        if !r.files.contains(&file) {
            r.files.push(file);
        }
    }
    Ok(())
}

/// A part's text: None when it is not loaded. The file that holds it (usually of the same
/// name; a chapter's element sets come with its tariff lines) is then noted as wanted,
/// if the core file named it; a file nobody named (a chapter with no tariff lines) is
/// simply absent.
pub(crate) fn get(name: &str, file: &str) -> Option<&'static str> {
    let mut r = registry();
    if let Some((_, body)) = r.installed.iter().find(|(n, _)| *n == name) {
        return Some(body);
    }
    if r.announced.contains(&file) && !r.wanted.split(' ').any(|w| w == file) {
        if !r.wanted.is_empty() {
            r.wanted.push(' ');
        }
        r.wanted.push_str(file);
    }
    None
}

/// Whether a core file that names parts was loaded (the tariff then comes in parts).
pub fn announced() -> bool {
    !registry().announced.is_empty()
}

/// Forgets the parts noted as wanted (before a check).
pub fn clear_wanted() {
    registry().wanted.clear();
}

/// The parts asked for since [`clear_wanted`] that are not loaded, in the order asked,
/// space-separated.
pub fn wanted() -> String {
    registry().wanted.clone()
}

/// The part files the core file named that are not loaded yet (a page that loads them
/// all), space-separated: a file is loaded when a loaded file named it (`# files:`) or a
/// part of its name is loaded.
pub fn missing() -> String {
    let r = registry();
    let missing = r.announced.iter().filter(|name| !r.files.contains(name) && !r.installed.iter().any(|(n, _)| n == *name));
    missing.copied().collect::<Vec<_>>().join(" ")
}

/// A part as some table reads it, read when first needed: from the text its file gave
/// (the generated files hold every part) or else from the loaded part files. While the
/// part is not loaded it reads as absent and nothing is kept, so a later load is seen.
pub(crate) struct Part<T> {
    name: &'static str,
    /// The part file that holds it (usually of its name).
    file: &'static str,
    given: Option<&'static str>,
    read: OnceLock<(&'static str, T)>,
}

impl<T> Default for Part<T> {
    fn default() -> Part<T> {
        Part::new("", None)
    }
}

impl<T> Part<T> {
    pub(crate) fn new(name: &'static str, given: Option<&'static str>) -> Part<T> {
        Part::shipped_in(name, name, given)
    }

    /// A part shipped in the file of another (`xtask/src/parts.rs`, `file_of`).
    pub(crate) fn shipped_in(name: &'static str, file: &'static str, given: Option<&'static str>) -> Part<T> {
        Part { name, file, given, read: OnceLock::new() }
    }

    /// The part's text and what `read` makes of it, or None while it is not loaded.
    pub(crate) fn get(&self, read: impl FnOnce(&'static str) -> T) -> Option<(&'static str, &T)> {
        if let Some((text, value)) = self.read.get() {
            return Some((text, value));
        }
        let text = match self.given {
            Some(text) => text,
            None => get(self.name, self.file)?,
        };
        let (text, value) = self.read.get_or_init(|| (text, read(text)));
        Some((text, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The registry is global: these names are not the data's, so the other tests'
    /// (which read the embedded files) never meet them.
    #[test]
    fn an_announced_part_is_wanted_until_installed() {
        let header = format!("# precheck data {} {}: test part\n", super::super::release().version, super::super::format::FORMAT);
        announce(&["test-part-a", "test-part-b"]);
        clear_wanted();
        let part: Part<usize> = Part::new("test-part-a", None);
        assert!(
            part.get(|t| t.len()).is_none()
                && get("test-part-b.x", "test-part-b").is_none()
                && get("test-unknown", "test-unknown").is_none()
        );
        assert_eq!(wanted(), "test-part-a test-part-b", "each once, in the order asked; an unnamed part never");
        assert!(part.get(|t| t.len()).is_none() && wanted() == "test-part-a test-part-b");
        assert!(missing().contains("test-part-a"));
        assert_eq!(install(format!("{header}@test-part-a\nrow\n")), Ok(()));
        clear_wanted();
        assert_eq!(part.get(|t| t.len()).map(|(t, n)| (t, *n)), Some(("row\n", 4)));
        assert!(!missing().split(' ').any(|n| n == "test-part-a") && missing().contains("test-part-b"));
        // Another data release or format, or no section: refused with a message.
        assert!(install("# precheck data 1999.01.01 (format 2): old\n@test-part-b\nx\n".into())
            .unwrap_err()
            .contains("data version 1999.01.01"));
        assert!(install("# precheck data 1999.01.01: old\n@test-part-b\nx\n".into()).unwrap_err().contains("(format 2)"));
        assert!(install(format!("{header}no sections\n")).unwrap_err().contains("no section"));
        // A file holds the part of its name and may hold more.
        assert_eq!(install(format!("{header}@test-part-b\na\n@test-part-b.x\nb\n")), Ok(()));
        assert_eq!(get("test-part-b.x", "test-part-b"), Some("b\n"));
        assert!(!missing().contains("test-part-b"));
        // A file whose parts are named otherwise counts as loaded by its `# files:` line.
        announce(&["test-texts.01"]);
        assert!(missing().split(' ').any(|n| n == "test-texts.01"));
        assert_eq!(install(format!("{header}# files: test-texts.01\n@test-heads.01\nh\n@test-subs.01\ns\n")), Ok(()));
        assert!(!missing().split(' ').any(|n| n == "test-texts.01") && get("test-subs.01", "test-texts.01") == Some("s\n"));
        // A part given by its file is read from that text, whatever the registry holds.
        let given: Part<usize> = Part::new("test-part-b", Some("abc"));
        assert_eq!(given.get(|t| t.len()).map(|(_, n)| *n), Some(3));
        clear_wanted();
        assert!(wanted().is_empty());
    }
}
