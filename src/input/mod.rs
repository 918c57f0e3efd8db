//! Reading what a person typed: a declaration, leniently, with every field that cannot
//! be read kept as an issue on its path; a listings table's column names (`columns`; the
//! table reader itself is a face: `faces::bulk`).

pub mod columns;
pub mod declaration;
pub mod json;
