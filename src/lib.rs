//! # precheck
//!
//! An export-declaration pre-check for small parcels leaving China (post, express or
//! general trade). It reads a declaration, leniently, and says what customs will stop on
//! and how to fix it: vague goods descriptions, HS codes (validity by date, outdated
//! 2017 codes, agreement with the description), values and totals that do not add up or
//! hug a threshold, the destination's de minimis and what is likely owed, China's
//! clearance category, customs mode and export VAT refund, the declaration elements,
//! prohibited, controlled and restricted goods, lithium batteries, brand infringement,
//! the documents needed and the channel that suits the shipment.
//!
//! The same core runs natively (the `precheck` command line, tests) and in the browser
//! (`faces::wasm`, the only module that knows about wasm). Everything is embedded or
//! loaded from the page's own origin: no declaration data leaves the device.
//!
//! ## The tree is the flow
//!
//! ```text
//! input ──> knowledge ──> facts ──> rules ──> report ──> faces
//! ```
//!
//! * [`base`]: dates, text normalisation, the multi-term matcher and small sorting;
//!   depends on nothing.
//! * [`knowledge`]: the reference data (`src/data/generated`, made by `xtask` from
//!   `src/data/raw`) and what is known from it: the HS nomenclature and suggestions, the
//!   listing vocabulary, every phrase list in one matcher, money and rates, the message
//!   catalogue.
//! * [`input`]: reading a declaration leniently, every bad field an issue on its path.
//! * [`report`]: the report's shape (the contract's names) and the printable forms.
//! * [`facts`]: what is true of this declaration, worked out once: each line's goods and
//!   controls, the destination's thresholds, China's clearance, the channel, documents.
//! * [`rules`](mod@rules): the registry; each rule reads the facts and says what customs will stop on.
//! * [`engine`]: one check from start to end, and the other questions the faces ask.
//! * [`faces`]: JavaScript (wasm), bulk listing tables; the command line is `src/bin`.
//!
//! A module uses only the layers listed above it (`tests/architecture.rs` checks this),
//! so there is no module cycle and the core knows nothing of wasm or files.

pub mod base;
pub mod engine;
pub mod faces;
pub mod facts;
pub mod input;
pub mod knowledge;
pub mod report;
pub mod rules;

/// Natively, a declaration also checks from JSON text and from serde_json's tree.
#[cfg(not(target_arch = "wasm32"))]
pub use engine::{check_json, check_str, read_json};
pub use engine::{
    check_tree, data_version, declaration_elements, rules, rules_in, suggest_hs_codes, suggest_hs_codes_in, suggest_hs_codes_with,
    BadOptions, CheckError, CodeElements, ElementInfo, Options, RuleDoc, VERSION,
};
pub use input::json::Json;
