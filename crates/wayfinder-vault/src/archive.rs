//! The sealed case archive: one case whole (every operation of its file, its records'
//! originals with their pages' text and password, its audit log) in one file sealed under a
//! passphrase (Argon2id, then XChaCha20-Poly1305 in the STREAM construction the vault's own
//! files use), or to one member of the team (version 2: a random key wrapped for her public
//! key with HPKE and signed by the sender, `wayfinder_sync::ArchiveEnvelope`), to be imported
//! whole into another vault.
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
use wayfinder_sync::{ArchiveEnvelope, CaseRef, MemberId};

const MAGIC: &[u8; 8] = b"WFCASEAR";
const VERSION: u8 = 1;
/// Sealed to a member's public key: magic, version, the envelope's length (u32, little-endian)
/// and the envelope (postcard), the stream's nonce, the length of what follows.
const VERSION_MEMBER: u8 = 2;
/// The most bytes an envelope may take (X-Wing's 1,120, a signature, ids): more is not one.
const MAX_ENVELOPE: usize = 4096;
const MEMBER_KEY_CONTEXT: &str = "wayfinder case archive 2: stream key";
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
    #[error("the archive was sealed for another member")]
    NotForYou,
    #[error("the archive's sender is not in this vault's team")]
    UnknownSender,
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
        ArchiveError::NotForYou => "archive-not-for-you",
        ArchiveError::UnknownSender => "archive-unknown-sender",
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
        let plain = self.archive_body(case)?;
        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 19];
        crate::keys::random_bytes(&mut salt)?;
        crate::keys::random_bytes(&mut nonce)?;
        let (check, key) = keys(passphrase, &kdf, &salt)?;
        let mut out = Vec::with_capacity(HEADER_LEN + sealed_len(plain.len()) as usize);
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&kdf.memory_kib.to_le_bytes());
        out.extend_from_slice(&kdf.iterations.to_le_bytes());
        out.extend_from_slice(&kdf.parallelism.to_le_bytes());
        out.extend_from_slice(&salt);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed_len(plain.len()).to_le_bytes());
        out.extend_from_slice(&check);
        seal_stream(out, &key, &nonce, &plain)
    }

    /// The case sealed for `recipient`, a member of the team's roster, as one file's bytes:
    /// only her vault opens it, and it names her as the sender.
    pub fn export_archive_for(&mut self, case: CaseId, recipient: MemberId) -> Result<Vec<u8>> {
        let me = self.in_transaction(crate::sync_state::identity)?;
        let roster = crate::sync_state::roster(&self.conn)?.ok_or(VaultError::NotInTeam)?;
        let to = roster.member(recipient).ok_or(VaultError::NotInRoster)?;
        let plain = self.archive_body(case)?;
        let key = {
            let mut key = zeroize::Zeroizing::new([0u8; 32]);
            crate::keys::random_bytes(&mut key[..])?;
            key
        };
        let envelope = ArchiveEnvelope::wrap(&key, CaseRef(*case.as_bytes()), &to.identity, &me)
            .map_err(|e| VaultError::Untrusted(e.code()))?;
        let envelope = postcard::to_stdvec(&envelope).map_err(|_| ArchiveError::NotAnArchive)?;
        let mut nonce = [0u8; 19];
        crate::keys::random_bytes(&mut nonce)?;
        let stream_key = blake3::derive_key(MEMBER_KEY_CONTEXT, &key[..]);
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(VERSION_MEMBER);
        out.extend_from_slice(&(envelope.len() as u32).to_le_bytes());
        out.extend_from_slice(&envelope);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed_len(plain.len()).to_le_bytes());
        seal_stream(out, &stream_key, &nonce, &plain)
    }

    /// Opens an archive sealed for her (its sender checked against the team's roster) and
    /// adds its case to this vault whole, or nothing.
    pub fn import_archive_for_me(&mut self, bytes: &[u8]) -> Result<Imported> {
        let Some((envelope, header_len)) = read_member_header(bytes)? else {
            return Err(ArchiveError::WrongPassphrase);
        };
        let me = self.in_transaction(crate::sync_state::identity)?;
        if envelope.member != me.member() {
            return Err(ArchiveError::NotForYou);
        }
        let sender = crate::sync_state::rosters(&self.conn)?
            .iter()
            .find_map(|r| r.member(envelope.sender).map(|m| m.identity.clone()))
            .ok_or(ArchiveError::UnknownSender)?;
        let key = envelope.unwrap(&me, &sender).map_err(|e| match e {
            wayfinder_sync::SyncError::Mismatch => ArchiveError::NotForYou,
            wayfinder_sync::SyncError::UnknownAuthor => ArchiveError::UnknownSender,
            _ => ArchiveError::Altered,
        })?;
        let stream_key = blake3::derive_key(MEMBER_KEY_CONTEXT, &key[..]);
        let nonce: [u8; 19] = bytes
            .get(header_len - 27..header_len - 8)
            .and_then(|b| b.try_into().ok())
            .ok_or(ArchiveError::Truncated)?;
        let body = open_stream(bytes, header_len, &stream_key, &nonce)?;
        self.import_body(body)
    }

    /// The case whole, as the archive's plaintext.
    fn archive_body(&self, case: CaseId) -> Result<zeroize::Zeroizing<Vec<u8>>> {
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
        Ok(plain)
    }

    /// Opens an archive with `passphrase` and adds its case to this vault whole, or nothing.
    pub fn import_archive(&mut self, bytes: &[u8], passphrase: &Passphrase) -> Result<Imported> {
        let body = open(bytes, passphrase)?;
        self.import_body(body)
    }

    fn import_body(&mut self, body: Body) -> Result<Imported> {
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
    if bytes[8] == VERSION_MEMBER {
        // Sealed for a member: no passphrase opens it.
        return Err(ArchiveError::WrongPassphrase);
    }
    if bytes[8] > VERSION_MEMBER {
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
    let check: [u8; 32] = bytes[64..96]
        .try_into()
        .map_err(|_| ArchiveError::NotAnArchive)?;
    let (expected, key) = keys(passphrase, &kdf, salt).map_err(|_| ArchiveError::Altered)?;
    if !constant_time_eq(&expected, &check) {
        return Err(ArchiveError::WrongPassphrase);
    }
    open_stream(bytes, HEADER_LEN, &key, &nonce)
}

/// Whom an archive was sealed for: `None` for one sealed under a passphrase.
pub fn sealed_for(bytes: &[u8]) -> Result<Option<MemberId>> {
    Ok(read_member_header(bytes)?.map(|(envelope, _)| envelope.member))
}

/// How long the sealed stream of `plain_len` bytes is.
fn sealed_len(plain_len: usize) -> u64 {
    let chunks = plain_len.div_ceil(CHUNK).max(1);
    (plain_len + chunks * TAG) as u64
}

/// Seals `plain` in chunks after `header` (which names the stream's length, its last eight
/// bytes before any check value), the whole header bound to every chunk.
fn seal_stream(
    mut out: Vec<u8>,
    key: &[u8; 32],
    nonce: &[u8; 19],
    plain: &[u8],
) -> Result<Vec<u8>> {
    let header = out.clone();
    let chunks = plain.len().div_ceil(CHUNK).max(1);
    out.reserve(sealed_len(plain.len()) as usize);
    let stream = stream(key, nonce);
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

/// The envelope of an archive sealed for a member, and where its header ends; `None` for one
/// sealed under a passphrase.
fn read_member_header(bytes: &[u8]) -> Result<Option<(ArchiveEnvelope, usize)>> {
    if bytes.len() < 9 || &bytes[..8] != MAGIC {
        return Err(ArchiveError::NotAnArchive);
    }
    match bytes[8] {
        VERSION => return Ok(None),
        VERSION_MEMBER => {}
        _ => return Err(ArchiveError::TooNew),
    }
    let len = bytes
        .get(9..13)
        .and_then(|b| b.try_into().ok())
        .map(u32::from_le_bytes)
        .ok_or(ArchiveError::Truncated)? as usize;
    if len > MAX_ENVELOPE {
        return Err(ArchiveError::Altered);
    }
    let envelope = bytes.get(13..13 + len).ok_or(ArchiveError::Truncated)?;
    let envelope: ArchiveEnvelope =
        postcard::from_bytes(envelope).map_err(|_| ArchiveError::Altered)?;
    let header_len = 13 + len + 19 + 8;
    if bytes.len() < header_len {
        return Err(ArchiveError::Truncated);
    }
    Ok(Some((envelope, header_len)))
}

/// The stream after a header of `header_len` bytes (its length in the header's last eight
/// bytes before `check`, if any), opened and decoded whole.
fn open_stream(bytes: &[u8], header_len: usize, key: &[u8; 32], nonce: &[u8; 19]) -> Result<Body> {
    let len_at = if bytes.get(8) == Some(&VERSION) {
        56
    } else {
        header_len - 8
    };
    let sealed_len = u64::from_le_bytes(
        bytes
            .get(len_at..len_at + 8)
            .and_then(|b| b.try_into().ok())
            .ok_or(ArchiveError::Truncated)?,
    );
    let data = &bytes[header_len..];
    match (data.len() as u64).cmp(&sealed_len) {
        std::cmp::Ordering::Less => return Err(ArchiveError::Truncated),
        std::cmp::Ordering::Greater => return Err(ArchiveError::Altered),
        std::cmp::Ordering::Equal => {}
    }
    let header = &bytes[..header_len];
    let stream = stream(key, nonce);
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
