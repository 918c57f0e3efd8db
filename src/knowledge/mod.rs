//! What precheck knows, read from the reference data: the tables themselves (`data`),
//! the HS nomenclature and code suggestions (`hs`), how sellers name goods
//! (`vocabulary`), currencies and rates (`money`), the message catalogue (`messages`)
//! and the one matcher for every phrase list (`phrases`). Nothing here knows about a declaration.

pub mod data;
pub mod hs;
pub mod messages;
pub mod money;
pub mod phrases;
pub mod vocabulary;
