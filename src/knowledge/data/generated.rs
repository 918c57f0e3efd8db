//! The generated Rust tables (`src/data/generated`, DO NOT EDIT): the HS chapters (the
//! data release's version is in the data files themselves, `@release`).

#[rustfmt::skip]
pub mod hs { include!("../../data/generated/hs.rs"); }
