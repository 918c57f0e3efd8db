//! The data files' format, shared by the main file and the tariff chunk: a header line
//! naming the data version, `@section` lines, `#` comments, tab-separated fields.

/// The header line that ties a data file to this build.
pub(crate) fn check_header(text: &str) -> Result<(), String> {
    let header = format!("# precheck data {}:", super::generated::release::DATA_VERSION);
    if text.lines().take(3).any(|l| l.starts_with(&header)) {
        return Ok(());
    }
    let found = text.lines().find(|l| l.starts_with("# precheck data")).unwrap_or("no precheck header");
    Err(format!("the data file is not for data version {} ({found})", super::generated::release::DATA_VERSION))
}

/// The data rows of a data file: (section, tab-separated fields), skipping comments and
/// blank lines. Both data files (this one and the tariff chunk) are read through it.
pub(crate) fn rows(text: &'static str) -> impl Iterator<Item = (&'static str, Vec<&'static str>)> {
    let mut section = "";
    text.lines().filter_map(move |line| {
        if let Some(name) = line.strip_prefix('@') {
            section = name;
            return None;
        }
        (!line.starts_with('#') && !line.is_empty()).then(|| (section, line.split('\t').collect()))
    })
}
