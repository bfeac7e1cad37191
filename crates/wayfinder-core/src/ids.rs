//! Newtype identifiers: UUIDv7, so that ids sort by creation time and never collide across
//! laptops that create records offline.

use chrono::{DateTime, Utc};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

/// The id of a case. Made from a creation time and 10 random bytes supplied by the caller.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct CaseId(Uuid);

impl CaseId {
    /// A UUIDv7 for a case created at `now`; `random` must come from a CSPRNG.
    pub fn new(now: DateTime<Utc>, random: [u8; 10]) -> Self {
        let millis = u64::try_from(now.timestamp_millis()).unwrap_or(0);
        CaseId(uuid::Builder::from_unix_timestamp_millis(millis, &random).into_uuid())
    }

    pub fn as_uuid(&self) -> Uuid {
        self.0
    }

    pub fn as_bytes(&self) -> &[u8; 16] {
        self.0.as_bytes()
    }

    pub fn from_bytes(bytes: [u8; 16]) -> Self {
        CaseId(Uuid::from_bytes(bytes))
    }
}

impl fmt::Display for CaseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// A string that is not an id.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not an id")]
pub struct InvalidId;

impl FromStr for CaseId {
    type Err = InvalidId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let id = Uuid::parse_str(s).map_err(|_| InvalidId)?;
        if id.get_version_num() != 7 {
            return Err(InvalidId);
        }
        Ok(CaseId(id))
    }
}

/// The id of an entity of a case file (a contact, a consent, a record...): a UUID the vault
/// made. Crossing to the UI it is its hyphenated text, read back here and nowhere else.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct EntityId([u8; 16]);

impl EntityId {
    pub fn from_bytes(bytes: [u8; 16]) -> Self {
        EntityId(bytes)
    }

    pub fn into_bytes(self) -> [u8; 16] {
        self.0
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Uuid::from_bytes(self.0).hyphenated().fmt(f)
    }
}

impl FromStr for EntityId {
    type Err = InvalidId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::parse_str(s)
            .map(|id| EntityId(*id.as_bytes()))
            .map_err(|_| InvalidId)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn ids_sort_by_creation_time_and_round_trip() {
        let early = Utc
            .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .unwrap_or_default();
        let late = Utc
            .with_ymd_and_hms(2026, 6, 1, 0, 0, 0)
            .single()
            .unwrap_or_default();
        let a = CaseId::new(early, [0xff; 10]);
        let b = CaseId::new(late, [0x00; 10]);
        assert!(a < b);
        assert_eq!(a.as_uuid().get_version_num(), 7);
        assert_eq!(a.to_string().parse::<CaseId>(), Ok(a));
        assert_eq!(CaseId::from_bytes(*b.as_bytes()), b);
    }

    #[test]
    fn refuses_ids_that_are_not_uuid_v7() {
        assert_eq!("not-an-id".parse::<CaseId>(), Err(InvalidId));
        assert_eq!(
            "67e55044-10b1-426f-9247-bb680e5fe0c8".parse::<CaseId>(),
            Err(InvalidId)
        );
    }

    #[test]
    fn entity_ids_read_back_what_they_print_and_nothing_else() {
        let id = EntityId::from_bytes([7; 16]);
        assert_eq!(id.to_string().parse::<EntityId>(), Ok(id));
        assert_eq!(id.to_string(), "07070707-0707-0707-0707-070707070707");
        for bad in [
            "",
            "not-an-id",
            "07070707-0707-0707-0707-0707070707",
            "../../etc",
        ] {
            assert_eq!(bad.parse::<EntityId>(), Err(InvalidId), "{bad}");
        }
    }
}
