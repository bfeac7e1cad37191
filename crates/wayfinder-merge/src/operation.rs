//! An operation: one change to one field of one entity, with who made it, when, and what its
//! author had seen of that field.

use crate::clock::Hlc;
use serde::{Deserialize, Serialize};
use std::fmt;

/// An operation's id: a UUIDv7, made by the author's device.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct OpId(pub [u8; 16]);

/// Who made an operation: a member's (or this vault's) id.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct AuthorId(pub [u8; 16]);

fn hex16(bytes: &[u8; 16], f: &mut fmt::Formatter<'_>) -> fmt::Result {
    for b in bytes {
        write!(f, "{b:02x}")?;
    }
    Ok(())
}

impl fmt::Debug for OpId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("op:")?;
        hex16(&self.0, f)
    }
}

impl fmt::Debug for AuthorId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("author:")?;
        hex16(&self.0, f)
    }
}

/// The field an operation changes: an entity (a case, a contact, a task…) and one of its fields.
/// `scope` is the case the entity belongs to: what is shared, sealed and synced together.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
pub struct FieldRef {
    pub scope: [u8; 16],
    pub entity: [u8; 16],
    pub field: String,
}

/// What an operation does to its field. Values are opaque bytes here: the domain encodes and
/// decodes them, the merge never looks inside. A value is patient data and never printed.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Set(Vec<u8>),
    Clear,
}

impl fmt::Debug for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::Set(bytes) => write!(f, "Set(<{} bytes>)", bytes.len()),
            Change::Clear => f.write_str("Clear"),
        }
    }
}

#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Operation {
    pub id: OpId,
    pub author: AuthorId,
    pub time: Hlc,
    pub target: FieldRef,
    /// The operations on the same field that the author had seen: the heads it replaces.
    pub parents: Vec<OpId>,
    pub change: Change,
}
