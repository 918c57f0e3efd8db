//! Reading what a person typed: JSON into a small tree (`json`), a declaration from it,
//! leniently, with every field that cannot be read kept as an issue on its path
//! (`declaration`); a listings table's column names (`columns`; the table reader itself is
//! a face: `faces::bulk`).

pub mod columns;
pub mod declaration;
pub mod json;
