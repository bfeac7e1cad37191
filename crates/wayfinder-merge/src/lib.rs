//! Every edit as an operation, and how operations merge (SECURITY-AND-SYNC.md, section 4).
//!
//! An operation changes one field of one entity: it carries a UUIDv7 id, its author, a hybrid
//! logical clock time, and the ids of the operations on that same field its author had seen
//! (its parents). Each field is a multi-value register: its value is the set of operations on it
//! that no other operation names as a parent. One such head is the value; two or more are a
//! conflict, kept and shown to a person, never settled silently; her choice is a new operation
//! naming all the heads. The same operations applied in any order, any number of times, give
//! the same state. No I/O here: the vault stores operations, the sync protocol carries them.

mod clock;
mod encoding;
mod operation;
mod replica;

pub use clock::{Clock, Hlc};
pub use encoding::{DecodeError, FORMAT_VERSION, decode, encode};
pub use operation::{AuthorId, Change, FieldRef, OpId, Operation};
pub use replica::{Applied, FieldValue, Replica, Version};
