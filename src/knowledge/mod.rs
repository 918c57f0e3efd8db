//! What precheck knows, read from the reference data: the tables themselves (`data`),
//! the HS nomenclature and code suggestions (`hs`), how sellers name goods
//! (`vocabulary`), currencies and rates (`money`) and the message catalogue
//! (`messages`). Nothing here knows about a declaration.

pub mod data;
pub mod hs;
pub mod messages;
pub mod money;
pub mod vocabulary;
