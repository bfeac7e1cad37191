//! Wayfinder's encrypted vault: one folder per user that a thief cannot read.
//!
//! The folder holds `vault.json` (the public header: salt, Argon2id cost, the vault key wrapped
//! by the recovery passphrase), `vault.db` (SQLCipher 4, keyed with a sub-key of the vault key)
//! and `files/` (documents sealed one by one). The vault key itself lives in the OS keychain.
//! Opening gives an [`OpenVault`]; dropping it locks: the connection closes and every key is
//! wiped from memory.

pub mod archive;
pub mod audit;
pub mod casefile;
pub mod db;
mod dir;
pub mod directory;
mod durable;
pub mod error;
pub mod files;
pub mod header;
pub mod keychain;
pub mod keys;
pub mod library;
pub mod memory;
mod migrations;
pub mod oplog;
pub mod passphrase;
pub mod reading;
pub mod received;
pub mod sync_state;
mod vault;
mod vault_interchange;
mod vault_records;
mod vault_sync;

pub use casefile::{CaseFilter, CaseSummary, ConsentRow, EntityView, Reminded, TaskRow, Today};
pub use dir::{Found, VaultDir};
pub use error::{Result, VaultError};
pub use files::{FileId, SealedFileStore};
pub use keychain::KeychainEntry;
pub use keys::SecretKey;
pub use library::{Blob, Hit, HitPlace, RecordPlace, Scope};
pub use memory::{MemoryEntry, Origin};
pub use oplog::{Head, Stored};
pub use passphrase::{KdfParams, Passphrase};
pub use reading::{Progress, ReadPage, ReadWord, Reading, ReadingJob};
pub use vault::OpenVault;
pub use vault_interchange::{CaseParts, Written};
pub use vault_records::NewRecord;
pub use vault_sync::{IncomingBlob, OutgoingBlob};
