//! The persisted and transmitted form of an operation: a version byte, then the fields in
//! postcard's stable binary format. A change to the layout is a new version, never an edit:
//! `tests/golden/` pins version 1 byte for byte.

use crate::operation::Operation;

pub const FORMAT_VERSION: u8 = 1;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("the operation is empty")]
    Empty,
    #[error("the operation is in format {0}, newer than this version reads")]
    UnknownVersion(u8),
    #[error("the operation is malformed")]
    Malformed,
}

pub fn encode(op: &Operation) -> Vec<u8> {
    let out = vec![FORMAT_VERSION];
    // Serialising owned, plain data into a Vec cannot fail.
    match postcard::to_extend(op, out) {
        Ok(bytes) => bytes,
        Err(_) => unreachable!("postcard cannot fail writing into a Vec"),
    }
}

pub fn decode(bytes: &[u8]) -> Result<Operation, DecodeError> {
    let (&version, body) = bytes.split_first().ok_or(DecodeError::Empty)?;
    if version != FORMAT_VERSION {
        return Err(DecodeError::UnknownVersion(version));
    }
    let (op, rest) =
        postcard::take_from_bytes::<Operation>(body).map_err(|_| DecodeError::Malformed)?;
    if !rest.is_empty() {
        return Err(DecodeError::Malformed);
    }
    Ok(op)
}
