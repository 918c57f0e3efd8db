//! Reading what a person typed: a declaration, leniently, with every field that cannot
//! be read kept as an issue on its path (the bulk table reader is a face: `faces::bulk`).

pub mod declaration;
pub mod json;
