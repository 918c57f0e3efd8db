//! What every layer uses and which depends on nothing: calendar dates, text
//! normalisation (one pipeline for every matcher), the multi-term matcher and sorting
//! with little code.

pub mod date;
pub mod order;
pub mod term_finder;
pub mod text;
