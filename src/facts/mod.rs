//! What is true of one declaration, worked out once per check before any rule runs: what
//! each line's goods are (`goods`, `description`) and what China's export side says of
//! them (`controls`), the destination's thresholds (`destination`), how China's customs
//! clears the parcel (`clearance`), the channel that suits (`channel`) and the documents
//! needed (`documents`). Rules read these; they never work them out again.

pub mod channel;
pub mod clearance;
pub mod controls;
pub mod description;
pub mod destination;
pub mod documents;
pub mod goods;
