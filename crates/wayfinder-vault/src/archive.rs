//! The sealed case archive: one case whole (every operation of its file, its records'
//! originals with their pages' text and password, its audit log) in one file sealed under a
//! passphrase (Argon2id, then XChaCha20-Poly1305 in the STREAM construction the vault's own
//! files use), to be imported whole into another vault.
//!
//! The header names the cost of the passphrase's derivation, its salt, the stream's nonce,
//! the length of what follows and a check value made from the derived key, and is bound to
//! every chunk as associated data. So a wrong passphrase is told apart (the check does not
//! match) from a file cut short (shorter than its header says) and from one altered (a chunk
//! that does not open); and nothing is written until all of it opened and checked.

use crate::error::VaultError;
use crate::files::FileId;
use crate::passphrase::{KdfParams, Passphrase};
use crate::{OpenVault, casefile, library, oplog, received};
use aead_stream::{NewStream, StreamBE32, StreamPrimitive};
use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::{KeyInit, Payload};
use serde::{Deserialize, Serialize};
use wayfinder_core::schema::Media;
use wayfinder_core::{CaseId, Content, EntityKind};
use wayfinder_sync::audit::SignedEntry;

const MAGIC: &[u8; 8] = b"WFCASEAR";
const VERSION: u8 = 1;
const HEADER_LEN: usize = 8 + 1 + 12 + 16 + 19 + 8 + 32;
const CHUNK: usize = 1024 * 1024;
const TAG: usize = 16;
const FORMAT: &str = "wayfinder-case-archive 1";
const CHECK_CONTEXT: &str = "wayfinder case archive 1: passphrase check";
const KEY_CONTEXT: &str = "wayfinder case archive 1: stream key";

/// Why an archive cannot be made or read.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("the file is not a case archive")]
    NotAnArchive,
    #[error("the archive was made by a newer version")]
    TooNew,
    #[error("the passphrase does not open the archive")]
    WrongPassphrase,
    #[error("the archive is cut short")]
    Truncated,
    #[error("the archive was altered")]
    Altered,
    #[error("the case is already in this vault")]
    CaseExists,
    #[error("the archive holds an edit this vault would not accept")]
    Refused,
    #[error(transparent)]
    Vault(#[from] VaultError),
}

wayfinder_core::error_codes! {
    ArchiveError {
        ArchiveError::NotAnArchive => "archive-not-an-archive",
        ArchiveError::TooNew => "archive-too-new",
        ArchiveError::WrongPassphrase => "archive-wrong-passphrase",
        ArchiveError::Truncated => "archive-truncated",
        ArchiveError::Altered => "archive-altered",
        ArchiveError::CaseExists => "archive-case-exists",
        ArchiveError::Refused => "archive-refused",
        @passes
        ArchiveError::Vault(e) => e,
    }
}

type Result<T> = std::result::Result<T, ArchiveError>;

/// An original as the archive carries it.
#[derive(Serialize, Deserialize)]
struct ArchivedBlob {
    hash: [u8; 32],
    media: String,
    size: u64,
    pages: u32,
    secret: Option<String>,
    texts: Vec<String>,
    bytes: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
struct Body {
    format: String,
    case: [u8; 16],
    /// Each operation in its frozen encoding, in the order the vault stored them.
    operations: Vec<Vec<u8>>,
    blobs: Vec<ArchivedBlob>,
    /// The case's audit entries, each as the vault keeps it.
    audit: Vec<Vec<u8>>,
}

/// What an archive held, once imported.
#[derive(Debug, PartialEq, Eq)]
pub struct Imported {
    pub case: CaseId,
    pub operations: usize,
    pub originals: usize,
    pub audit_entries: usize,
}

fn keys(passphrase: &Passphrase, kdf: &KdfParams, salt: &[u8]) -> Result<([u8; 32], [u8; 32])> {
    let kek = kdf.derive(passphrase, salt)?;
    let check = blake3::derive_key(CHECK_CONTEXT, kek.expose());
    let key = blake3::derive_key(KEY_CONTEXT, kek.expose());
    Ok((check, key))
}

fn stream(key: &[u8; 32], nonce: &[u8; 19]) -> StreamBE32<XChaCha20Poly1305> {
    StreamBE32::from_aead(XChaCha20Poly1305::new(key.into()), nonce.into())
}

impl OpenVault {
    /// The case sealed under `passphrase` as one file's bytes.
    pub fn export_archive(
        &self,
        case: CaseId,
        passphrase: &Passphrase,
        kdf: KdfParams,
    ) -> Result<Vec<u8>> {
        let (_, kind) = casefile::entity_kind(&self.conn, *case.as_bytes())?;
        if kind != EntityKind::Case {
            return Err(VaultError::CaseNotFound.into());
        }
        let operations = self
            .conn
            .prepare("SELECT encoded FROM operations WHERE case_id = ?1 ORDER BY seq")
            .and_then(|mut s| {
                s.query_map([&case.as_bytes()[..]], |r| r.get::<_, Vec<u8>>(0))?
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(VaultError::from)?;
        let mut blobs = Vec::new();
        for record in casefile::case_file(&self.conn, case)?
            .iter()
            .filter(|e| e.kind == EntityKind::Record)
        {
            let Some(content) = record.value("content").and_then(Content::parse) else {
                continue;
            };
            if blobs.iter().any(|b: &ArchivedBlob| b.hash == content.hash) {
                continue;
            }
            let Some(blob) = library::blob(&self.conn, &content.hash)? else {
                // An original still on its way from the team: the record goes without it.
                continue;
            };
            let texts = (0..content.pages)
                .map(|p| {
                    library::page_text(&self.conn, &content.hash, p).map(Option::unwrap_or_default)
                })
                .collect::<crate::Result<Vec<_>>>()?;
            blobs.push(ArchivedBlob {
                hash: content.hash,
                media: content.media.as_str().to_owned(),
                size: content.size,
                pages: content.pages,
                secret: blob.secret.clone(),
                texts,
                bytes: self.files.read_all(blob.file)?,
            });
        }
        let audit = self
            .conn
            .prepare("SELECT body FROM audit_entries WHERE scope = ?1 ORDER BY id")
            .and_then(|mut s| {
                s.query_map([&case.as_bytes()[..]], |r| r.get::<_, Vec<u8>>(0))?
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(VaultError::from)?;
        let plain = zeroize::Zeroizing::new(
            postcard::to_stdvec(&Body {
                format: FORMAT.to_owned(),
                case: *case.as_bytes(),
                operations,
                blobs,
                audit,
            })
            .map_err(|_| ArchiveError::NotAnArchive)?,
        );

        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 19];
        crate::keys::random_bytes(&mut salt)?;
        crate::keys::random_bytes(&mut nonce)?;
        let (check, key) = keys(passphrase, &kdf, &salt)?;
        let chunks = plain.len().div_ceil(CHUNK).max(1);
        let sealed_len = (plain.len() + chunks * TAG) as u64;
        let mut out = Vec::with_capacity(HEADER_LEN + sealed_len as usize);
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&kdf.memory_kib.to_le_bytes());
        out.extend_from_slice(&kdf.iterations.to_le_bytes());
        out.extend_from_slice(&kdf.parallelism.to_le_bytes());
        out.extend_from_slice(&salt);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed_len.to_le_bytes());
        out.extend_from_slice(&check);
        let header = out.clone();
        let stream = stream(&key, &nonce);
        for index in 0..chunks {
            let piece = plain
                .get(index * CHUNK..((index + 1) * CHUNK).min(plain.len()))
                .unwrap_or(&[]);
            let sealed = stream
                .encrypt(
                    u32::try_from(index).map_err(|_| ArchiveError::NotAnArchive)?,
                    index + 1 == chunks,
                    Payload {
                        msg: piece,
                        aad: &header,
                    },
                )
                .map_err(|_| ArchiveError::NotAnArchive)?;
            out.extend_from_slice(&sealed);
        }
        Ok(out)
    }

    /// Opens an archive with `passphrase` and adds its case to this vault whole, or nothing.
    pub fn import_archive(&mut self, bytes: &[u8], passphrase: &Passphrase) -> Result<Imported> {
        let body = open(bytes, passphrase)?;
        if body.format != FORMAT {
            return Err(ArchiveError::TooNew);
        }
        let case = CaseId::from_bytes(body.case);
        if casefile::entity_kind(&self.conn, body.case).is_ok() {
            return Err(ArchiveError::CaseExists);
        }
        let operations = body
            .operations
            .iter()
            .map(|b| wayfinder_merge::decode(b).map_err(|_| ArchiveError::Altered))
            .collect::<Result<Vec<_>>>()?;
        if operations.iter().any(|op| op.target.scope != body.case) {
            return Err(ArchiveError::Refused);
        }
        let audit = body
            .audit
            .iter()
            .map(|b| {
                wayfinder_sync::wire::decode::<SignedEntry>(b).map_err(|_| ArchiveError::Altered)
            })
            .collect::<Result<Vec<_>>>()?;
        if audit
            .iter()
            .any(|e| e.entry.scope.map(|s| s.0) != Some(body.case))
        {
            return Err(ArchiveError::Refused);
        }
        // The originals first, sealed under this vault's key and noted as pending, so that a
        // kill before the case is written leaves no file behind once the vault opens again.
        let mut sealed: Vec<(FileId, &ArchivedBlob)> = Vec::new();
        let written = self.seal_archived(&body.blobs, &mut sealed);
        let result = written.and_then(|()| self.write_archived(&operations, &sealed, &audit));
        if result.is_err() {
            for (file, _) in &sealed {
                let _ = self.files.remove(*file);
                let _ = self.conn.execute(
                    "DELETE FROM pending_files WHERE file_id = ?1",
                    [file.to_hex()],
                );
            }
        }
        result.map(|()| Imported {
            case,
            operations: operations.len(),
            originals: sealed.len(),
            audit_entries: audit.len(),
        })
    }

    fn seal_archived<'a>(
        &mut self,
        blobs: &'a [ArchivedBlob],
        sealed: &mut Vec<(FileId, &'a ArchivedBlob)>,
    ) -> Result<()> {
        for blob in blobs {
            if blob.bytes.len() as u64 != blob.size || Media::parse(&blob.media).is_none() {
                return Err(ArchiveError::Altered);
            }
            let file = self.seal_original(&mut &blob.bytes[..])?;
            sealed.push((file, blob));
        }
        Ok(())
    }

    fn write_archived(
        &mut self,
        operations: &[wayfinder_merge::Operation],
        sealed: &[(FileId, &ArchivedBlob)],
        audit: &[SignedEntry],
    ) -> Result<()> {
        let now = chrono::Utc::now();
        let today = chrono::Local::now().date_naive();
        let tx = self.conn.transaction().map_err(VaultError::from)?;
        for op in operations {
            // Checked as another member's edit would be: the file is a stranger's.
            if received::refusal(&tx, op, crate::vault::millis(now), today)?.is_some() {
                return Err(ArchiveError::Refused);
            }
            oplog::receive(&tx, op)?;
        }
        for (file, blob) in sealed {
            let content = Content {
                media: Media::parse(&blob.media).ok_or(ArchiveError::Altered)?,
                size: blob.size,
                pages: blob.pages,
                hash: blob.hash,
            };
            library::insert_blob(&tx, *file, &content, blob.secret.as_deref(), &blob.texts)?;
        }
        for entry in audit {
            crate::audit::store_received(&tx, entry)?;
        }
        tx.commit().map_err(VaultError::from)?;
        Ok(())
    }
}

/// The archive's body, opened and checked whole.
fn open(bytes: &[u8], passphrase: &Passphrase) -> Result<Body> {
    if bytes.len() < HEADER_LEN || &bytes[..8] != MAGIC {
        return Err(ArchiveError::NotAnArchive);
    }
    if bytes[8] > VERSION {
        return Err(ArchiveError::TooNew);
    }
    let u32_at = |at: usize| {
        bytes
            .get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .map(u32::from_le_bytes)
            .ok_or(ArchiveError::NotAnArchive)
    };
    let kdf = KdfParams {
        memory_kib: u32_at(9)?,
        iterations: u32_at(13)?,
        parallelism: u32_at(17)?,
    };
    // A cost no archive of ours asks for is not one: refuse before deriving.
    if kdf.memory_kib > 4 * 1024 * 1024 || kdf.iterations > 64 || kdf.parallelism > 64 {
        return Err(ArchiveError::Altered);
    }
    let salt = &bytes[21..37];
    let nonce: [u8; 19] = bytes[37..56]
        .try_into()
        .map_err(|_| ArchiveError::NotAnArchive)?;
    let sealed_len = u64::from_le_bytes(
        bytes[56..64]
            .try_into()
            .map_err(|_| ArchiveError::NotAnArchive)?,
    );
    let check: [u8; 32] = bytes[64..96]
        .try_into()
        .map_err(|_| ArchiveError::NotAnArchive)?;
    let (expected, key) = keys(passphrase, &kdf, salt).map_err(|_| ArchiveError::Altered)?;
    if !constant_time_eq(&expected, &check) {
        return Err(ArchiveError::WrongPassphrase);
    }
    let data = &bytes[HEADER_LEN..];
    match (data.len() as u64).cmp(&sealed_len) {
        std::cmp::Ordering::Less => return Err(ArchiveError::Truncated),
        std::cmp::Ordering::Greater => return Err(ArchiveError::Altered),
        std::cmp::Ordering::Equal => {}
    }
    let header = &bytes[..HEADER_LEN];
    let stream = stream(&key, &nonce);
    let pieces: Vec<&[u8]> = data.chunks(CHUNK + TAG).collect();
    let mut plain = zeroize::Zeroizing::new(Vec::with_capacity(data.len()));
    for (index, piece) in pieces.iter().enumerate() {
        let opened = stream
            .decrypt(
                u32::try_from(index).map_err(|_| ArchiveError::Altered)?,
                index + 1 == pieces.len(),
                Payload {
                    msg: piece,
                    aad: header,
                },
            )
            .map_err(|_| ArchiveError::Altered)?;
        plain.extend_from_slice(&opened);
    }
    postcard::from_bytes(&plain).map_err(|_| ArchiveError::Altered)
}

fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
