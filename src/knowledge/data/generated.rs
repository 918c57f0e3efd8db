//! The generated Rust tables (`src/data/generated`, DO NOT EDIT): the HS chapters and
//! the data release's version.

#[rustfmt::skip]
pub mod hs { include!("../../data/generated/hs.rs"); }
#[rustfmt::skip]
pub mod release { include!("../../data/generated/release.rs"); }
