//! The faces of the engine: JavaScript through wasm (`wasm`, the only module that knows
//! about it) and bulk listing tables (`bulk`; `csv_input` reads a CSV file, natively).
//! The command line is the `precheck` binary in `src/bin`.

pub mod bulk;
#[cfg(not(target_arch = "wasm32"))]
pub mod csv_input;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
