//! Documents as blobs (SECURITY-AND-SYNC.md, section 4): a record's original travels sealed,
//! in chunks the server stores and serves without reading, each uploaded on its own so that
//! an interrupted upload resumes where it stopped.
//!
//! - The **name** the server knows a blob by is keyed with the case's first key: the same file
//!   in two cases has two unrelated names, and the name says nothing of the content. The server
//!   lets only the member who began a name's upload write to it.
//! - The **content** is what the member's vault holds of the original: the file's bytes, and
//!   with them the PDF's password if it had one and the text of each page (so that the receiver
//!   can search it without opening it). Its head is **signed by the uploader** and names the
//!   BLAKE3 digest and length of the file: a receiver checks the signature against the author
//!   of the record (who alone uploads its original) before it keeps a byte, and the digest once
//!   the file has passed. Another member of the case, who holds the same keys, cannot put other
//!   bytes under the author's record.
//! - It is sealed chunk by chunk with XChaCha20-Poly1305 under a key derived from the case key
//!   of the epoch it was uploaded in and a **salt of the upload**, drawn from the whole
//!   plaintext (its signed head names the file's digest): an upload of other bytes, or of the
//!   same file with other page text, has another key, so a chunk's index can serve as its
//!   nonce without ever sealing two plaintexts under one key and nonce. Every chunk carries the
//!   salt in front; each chunk's place, the count of chunks and the epoch are bound to it, so
//!   that a chunk cannot be moved, dropped, repeated, cut short or taken from another upload
//!   without the receiver noticing.

use crate::SyncError;
use crate::identity::{Identity, PublicIdentity};
use crate::seal::{CaseKey, CaseRef};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use zeroize::Zeroizing;

/// The bytes of plaintext in each chunk (the last may be shorter).
pub const CHUNK: usize = 1 << 20;
/// The most chunks a blob may have: an original at the import limit (4 GiB) with the largest
/// head ([`MAX_EXTRAS`] and its length and signature) before it.
pub const MAX_CHUNKS: u32 = 4096 + 257;
/// The salt of an upload, in front of each of its chunks.
pub const SALT: usize = 16;
/// The most bytes a sealed chunk takes: its salt, a whole chunk and the tag.
pub const MAX_SEALED_CHUNK: usize = SALT + CHUNK + 16;
const SIGNATURE: usize = 64;

/// A blob's name on the server.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Debug)]
pub struct BlobName(pub [u8; 32]);

/// What travels besides the file's bytes.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct BlobExtras {
    /// The password of a protected PDF.
    pub secret: Option<String>,
    /// The text of each page, for search.
    pub pages: Vec<String>,
}

impl std::fmt::Debug for BlobExtras {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlobExtras")
            .field("pages", &self.pages.len())
            .finish_non_exhaustive()
    }
}

/// What the uploader signs: the extras, and which file follows them.
#[derive(Serialize, Deserialize)]
struct Head {
    extras: BlobExtras,
    /// BLAKE3 of the file's bytes.
    digest: [u8; 32],
    len: u64,
}

fn derive(key: &CaseKey, salt: &[u8], info: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut out = Zeroizing::new([0u8; 32]);
    // 32 bytes is far below HKDF-SHA256's limit: expanding cannot fail.
    let _ = hkdf::Hkdf::<Sha256>::new(Some(salt), key.expose()).expand(info, &mut out[..]);
    out
}

/// The server's name for the original whose vault hash is `content`, in a case whose first
/// key is `first`.
pub fn name(first: &CaseKey, case: CaseRef, content: &[u8; 32]) -> BlobName {
    let mut info = b"wayfinder/v2/blob-name".to_vec();
    info.extend_from_slice(&case.0);
    info.extend_from_slice(content);
    BlobName(*derive(first, b"wayfinder/v2/blob-name", &info))
}

/// The most a blob's extras may take (the text of every page of a very long document): more is
/// refused before it is gathered.
pub const MAX_EXTRAS: u64 = 256 * 1024 * 1024;

fn signed(case: CaseRef, name: BlobName, body: &[u8]) -> Vec<u8> {
    let mut message = b"wayfinder/v2/blob-head".to_vec();
    message.extend_from_slice(&case.0);
    message.extend_from_slice(&name.0);
    message.extend_from_slice(body);
    message
}

/// The head of a blob's plaintext, as `uploader` signs it for `name` in `case`: the length of
/// its body (8 bytes, big-endian), the body (postcard: the extras, then the BLAKE3 `digest`
/// and the length `len` of the file), then the uploader's signature over the case, the name
/// and the body. The file's bytes follow it.
pub fn head(
    uploader: &Identity,
    case: CaseRef,
    name: BlobName,
    extras: &BlobExtras,
    digest: [u8; 32],
    len: u64,
) -> Zeroizing<Vec<u8>> {
    let head = Head {
        extras: extras.clone(),
        digest,
        len,
    };
    let body = Zeroizing::new(postcard::to_allocvec(&head).unwrap_or_default());
    let signature = uploader.sign(&signed(case, name, &body));
    let mut out = Zeroizing::new(Vec::with_capacity(8 + body.len() + SIGNATURE));
    out.extend_from_slice(&(body.len() as u64).to_be_bytes());
    out.extend_from_slice(&body);
    out.extend_from_slice(&signature);
    out
}

/// The plaintext of a blob, whole: its signed head, then the file.
pub fn plaintext(
    uploader: &Identity,
    case: CaseRef,
    name: BlobName,
    extras: &BlobExtras,
    file: &[u8],
) -> Zeroizing<Vec<u8>> {
    let digest = *blake3::hash(file).as_bytes();
    let mut out = head(uploader, case, name, extras, digest, file.len() as u64);
    out.extend_from_slice(file);
    out
}

/// Splits a blob's plaintext back into its extras and the file, checking that `uploader`
/// signed it for `name` in `case` and that the file is the one the head names.
pub fn split<'a>(
    plain: &'a [u8],
    uploader: &PublicIdentity,
    case: CaseRef,
    name: BlobName,
) -> Result<(BlobExtras, &'a [u8]), SyncError> {
    let mut unpacker = Unpacker::new(uploader.clone(), case, name);
    let file = unpacker.push(plain)?;
    Ok((unpacker.finish()?, file))
}

/// Takes a blob's plaintext a chunk at a time, as the chunks are opened, and hands back the
/// file's bytes as they come, once the head before them is whole and its signature checked:
/// a blob of any size passes through without being held whole, and nothing of a blob its
/// uploader did not sign reaches the caller.
pub struct Unpacker {
    uploader: PublicIdentity,
    case: CaseRef,
    name: BlobName,
    head: Zeroizing<Vec<u8>>,
    opened: Option<(BlobExtras, [u8; 32], u64)>,
    hasher: blake3::Hasher,
    passed: u64,
}

impl Unpacker {
    /// For the blob `name` of `case`, whose record `uploader` wrote.
    pub fn new(uploader: PublicIdentity, case: CaseRef, name: BlobName) -> Unpacker {
        Unpacker {
            uploader,
            case,
            name,
            head: Zeroizing::new(Vec::new()),
            opened: None,
            hasher: blake3::Hasher::new(),
            passed: 0,
        }
    }

    /// The next bytes of the plaintext; what of them is the file's.
    pub fn push<'a>(&mut self, mut plain: &'a [u8]) -> Result<&'a [u8], SyncError> {
        if self.opened.is_none() {
            let mut take = |want: usize, head: &mut Zeroizing<Vec<u8>>| {
                let n = want.saturating_sub(head.len()).min(plain.len());
                head.extend_from_slice(&plain[..n]);
                plain = &plain[n..];
            };
            take(8, &mut self.head);
            let Some(length) = self.head.first_chunk::<8>().map(|l| u64::from_be_bytes(*l)) else {
                return Ok(&[]);
            };
            if length > MAX_EXTRAS {
                return Err(SyncError::Malformed);
            }
            // At most 256 MiB, so it fits a usize on any platform Wayfinder runs on.
            let body_end = 8 + length as usize;
            take(body_end + SIGNATURE, &mut self.head);
            if self.head.len() < body_end + SIGNATURE {
                return Ok(&[]);
            }
            let body = &self.head[8..body_end];
            self.uploader
                .verify(&signed(self.case, self.name, body), &self.head[body_end..])?;
            let head: Head = postcard::from_bytes(body).map_err(|_| SyncError::Malformed)?;
            self.opened = Some((head.extras, head.digest, head.len));
        }
        let Some((_, _, len)) = &self.opened else {
            return Ok(&[]);
        };
        self.passed += plain.len() as u64;
        if self.passed > *len {
            return Err(SyncError::Mismatch);
        }
        self.hasher.update(plain);
        Ok(plain)
    }

    /// The extras, once the plaintext has ended: one cut short, or whose file is not the one
    /// its signed head names, is refused.
    pub fn finish(self) -> Result<BlobExtras, SyncError> {
        let (extras, digest, len) = self.opened.ok_or(SyncError::Malformed)?;
        if self.passed != len || self.hasher.finalize().as_bytes() != &digest {
            return Err(SyncError::Mismatch);
        }
        Ok(extras)
    }
}

/// How many chunks a plaintext of `len` bytes takes (an empty one still takes one).
pub fn chunks(len: u64) -> u32 {
    u32::try_from(len.div_ceil(CHUNK as u64).max(1)).unwrap_or(u32::MAX)
}

/// Which bytes of a plaintext of `len` bytes chunk `index` holds, from and to.
pub fn part(len: u64, index: u32) -> Option<(u64, u64)> {
    if index >= chunks(len) {
        return None;
    }
    let start = u64::from(index) * CHUNK as u64;
    Some((start, (start + CHUNK as u64).min(len)))
}

/// The salt of an upload whose plaintext begins with `head` (which names the file's digest,
/// so it stands for the whole plaintext): the same plaintext always has the same salt, so an
/// upload resumes under the key it began with; any other has another.
pub fn salt(key: &CaseKey, name: BlobName, head: &[u8]) -> [u8; SALT] {
    let mut info = b"wayfinder/v2/blob-salt".to_vec();
    info.extend_from_slice(blake3::hash(head).as_bytes());
    let derived = derive(key, &name.0, &info);
    let mut salt = [0u8; SALT];
    salt.copy_from_slice(&derived[..SALT]);
    salt
}

/// The salt in front of a sealed chunk.
pub fn salt_of(sealed: &[u8]) -> Option<[u8; SALT]> {
    sealed.first_chunk::<SALT>().copied()
}

fn chunk_key(key: &CaseKey, name: BlobName, salt: &[u8; SALT]) -> Zeroizing<[u8; 32]> {
    let mut with = name.0.to_vec();
    with.extend_from_slice(salt);
    derive(key, &with, b"wayfinder/v2/blob-key")
}

fn chunk_nonce(index: u32) -> XNonce {
    let mut nonce = [0u8; 24];
    nonce[..4].copy_from_slice(&index.to_be_bytes());
    XNonce::from(nonce)
}

fn chunk_aad(name: BlobName, epoch: u32, index: u32, total: u32) -> Vec<u8> {
    let mut aad = b"wayfinder/v2/blob-chunk".to_vec();
    aad.extend_from_slice(&name.0);
    aad.extend_from_slice(&epoch.to_be_bytes());
    aad.extend_from_slice(&index.to_be_bytes());
    aad.extend_from_slice(&total.to_be_bytes());
    aad
}

/// Chunk `index` of `plain` (which begins with its head of `head_len` bytes), sealed.
pub fn seal_chunk(
    key: &CaseKey,
    epoch: u32,
    name: BlobName,
    plain: &[u8],
    head_len: usize,
    index: u32,
) -> Result<Vec<u8>, SyncError> {
    let len = plain.len() as u64;
    let (start, end) = part(len, index).ok_or(SyncError::Malformed)?;
    let head = plain.get(..head_len).ok_or(SyncError::Malformed)?;
    seal_part(
        key,
        epoch,
        name,
        &salt(key, name, head),
        index,
        chunks(len),
        &plain[start as usize..end as usize],
    )
}

/// Seals `part`, chunk `index` of a plaintext of `total` chunks, under the upload's `salt`:
/// every chunk but the last holds exactly [`CHUNK`] bytes.
pub fn seal_part(
    key: &CaseKey,
    epoch: u32,
    name: BlobName,
    salt: &[u8; SALT],
    index: u32,
    total: u32,
    part: &[u8],
) -> Result<Vec<u8>, SyncError> {
    if index >= total || part.len() > CHUNK || (index + 1 < total && part.len() != CHUNK) {
        return Err(SyncError::Malformed);
    }
    let sealed = XChaCha20Poly1305::new((&*chunk_key(key, name, salt)).into())
        .encrypt(
            &chunk_nonce(index),
            Payload {
                msg: part,
                aad: &chunk_aad(name, epoch, index, total),
            },
        )
        .map_err(|_| SyncError::Undecryptable)?;
    let mut out = Vec::with_capacity(SALT + sealed.len());
    out.extend_from_slice(salt);
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Opens the chunks of one blob in order: every one must carry the salt of the first (a chunk
/// of another upload of the same name is refused), and any change to a chunk, its place, its
/// count or its epoch fails.
pub struct Opener {
    key: CaseKey,
    epoch: u32,
    name: BlobName,
    total: u32,
    salt: Option<[u8; SALT]>,
}

impl Opener {
    pub fn new(key: CaseKey, epoch: u32, name: BlobName, total: u32) -> Opener {
        Opener {
            key,
            epoch,
            name,
            total,
            salt: None,
        }
    }

    /// Opens chunk `index`.
    pub fn open(&mut self, index: u32, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, SyncError> {
        let salt = salt_of(sealed).ok_or(SyncError::Malformed)?;
        if *self.salt.get_or_insert(salt) != salt {
            return Err(SyncError::Mismatch);
        }
        let plain = XChaCha20Poly1305::new((&*chunk_key(&self.key, self.name, &salt)).into())
            .decrypt(
                &chunk_nonce(index),
                Payload {
                    msg: &sealed[SALT..],
                    aad: &chunk_aad(self.name, self.epoch, index, self.total),
                },
            )
            .map_err(|_| SyncError::Undecryptable)?;
        // Every chunk but the last is whole.
        if index >= self.total
            || (index + 1 < self.total && plain.len() != CHUNK)
            || plain.len() > CHUNK
        {
            return Err(SyncError::Malformed);
        }
        Ok(Zeroizing::new(plain))
    }
}

/// The first version of blobs (protocol version 1 as first released: no salt, no signed
/// head), kept only so that the frozen server database of that time can be written by the
/// code of its time; receivers no longer accept it.
pub mod v1 {
    use super::{BlobName, CHUNK, CaseKey, CaseRef, chunk_nonce, chunks, derive, part};
    use crate::SyncError;
    use chacha20poly1305::XChaCha20Poly1305;
    use chacha20poly1305::aead::{Aead, KeyInit, Payload};

    pub fn name(first: &CaseKey, case: CaseRef, content: &[u8; 32]) -> BlobName {
        let mut info = b"wayfinder/v1/blob-name".to_vec();
        info.extend_from_slice(&case.0);
        info.extend_from_slice(content);
        BlobName(*derive(first, b"wayfinder/v1/blob-name", &info))
    }

    pub fn seal_chunk(
        key: &CaseKey,
        epoch: u32,
        name: BlobName,
        plain: &[u8],
        index: u32,
    ) -> Result<Vec<u8>, SyncError> {
        let (start, end) = part(plain.len() as u64, index).ok_or(SyncError::Malformed)?;
        let total = chunks(plain.len() as u64);
        let mut aad = b"wayfinder/v1/blob-chunk".to_vec();
        aad.extend_from_slice(&name.0);
        aad.extend_from_slice(&epoch.to_be_bytes());
        aad.extend_from_slice(&index.to_be_bytes());
        aad.extend_from_slice(&total.to_be_bytes());
        debug_assert!(end - start <= CHUNK as u64);
        XChaCha20Poly1305::new((&*derive(key, &name.0, b"wayfinder/v1/blob-key")).into())
            .encrypt(
                &chunk_nonce(index),
                Payload {
                    msg: &plain[start as usize..end as usize],
                    aad: &aad,
                },
            )
            .map_err(|_| SyncError::Undecryptable)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::MemberId;

    fn identity(n: u8) -> Identity {
        Identity::generate(MemberId([n; 16])).unwrap_or_else(|e| panic!("{e}"))
    }

    fn sealed_all(key: &CaseKey, name: BlobName, plain: &[u8], head: usize) -> Vec<Vec<u8>> {
        (0..chunks(plain.len() as u64))
            .map(|i| seal_chunk(key, 2, name, plain, head, i).unwrap_or_else(|e| panic!("{e}")))
            .collect()
    }

    #[test]
    fn a_blob_opens_chunk_by_chunk_and_refuses_any_move() {
        let author = identity(1);
        let key = CaseKey::from_bytes([3; 32]);
        let case = CaseRef([4; 16]);
        let name = name(&key, case, &[5; 32]);
        assert_ne!(
            name,
            super::name(&key, CaseRef([6; 16]), &[5; 32]),
            "per case"
        );
        let file: Vec<u8> = (0..(CHUNK * 2 + 100)).map(|i| (i % 251) as u8).collect();
        let extras = BlobExtras {
            secret: Some("pdf-password".into()),
            pages: vec!["page one".into(), "صفحة".into()],
        };
        let plain = plaintext(&author, case, name, &extras, &file);
        let head = plain.len() - file.len();
        let total = chunks(plain.len() as u64);
        assert_eq!(total, 3);
        let sealed = sealed_all(&key, name, &plain, head);
        assert!(
            !sealed[0].windows(8).any(|w| w == b"page one"),
            "the text shows through"
        );
        assert!(sealed.iter().all(|c| c.len() <= MAX_SEALED_CHUNK));
        let mut opener = Opener::new(key.clone(), 2, name, total);
        let mut back = Vec::new();
        for (i, chunk) in sealed.iter().enumerate() {
            back.extend_from_slice(
                &opener
                    .open(i as u32, chunk)
                    .unwrap_or_else(|e| panic!("{e}")),
            );
        }
        let (extras_back, file_back) =
            split(&back, &author.public(), case, name).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(extras_back, extras);
        assert_eq!(file_back, file.as_slice());
        // Another case's blob served in its place, a chunk swapped, the wrong count, epoch or
        // key, a flipped byte: each refused.
        let open = |epoch, name, index, total, chunk: &[u8], key: &CaseKey| {
            Opener::new(key.clone(), epoch, name, total).open(index, chunk)
        };
        let elsewhere = super::name(&key, CaseRef([6; 16]), &[5; 32]);
        assert!(open(2, elsewhere, 0, total, &sealed[0], &key).is_err());
        assert!(open(2, name, 1, total, &sealed[0], &key).is_err());
        assert!(open(2, name, 0, total - 1, &sealed[0], &key).is_err());
        assert!(open(1, name, 0, total, &sealed[0], &key).is_err());
        assert!(open(2, name, 0, total, &sealed[0], &CaseKey::from_bytes([9; 32])).is_err());
        let mut flipped = sealed[2].clone();
        flipped[SALT] ^= 1;
        assert!(open(2, name, 2, total, &flipped, &key).is_err());
        // Extras claiming more than allowed are refused before anything is gathered.
        let mut unpacker = Unpacker::new(author.public(), case, name);
        assert_eq!(
            unpacker.push(&(MAX_EXTRAS + 1).to_be_bytes()),
            Err(SyncError::Malformed)
        );
    }

    #[test]
    fn another_upload_has_another_key_and_its_chunks_do_not_mix() {
        let author = identity(1);
        let key = CaseKey::from_bytes([3; 32]);
        let case = CaseRef([4; 16]);
        let name = name(&key, case, &[5; 32]);
        let file = vec![7u8; CHUNK + 10];
        let upload = |pages: Vec<String>| {
            let extras = BlobExtras {
                secret: None,
                pages,
            };
            let plain = plaintext(&author, case, name, &extras, &file);
            let head = plain.len() - file.len();
            sealed_all(&key, name, &plain, head)
        };
        let first = upload(vec!["before".into()]);
        // The same plaintext again: the same chunks, so a resumed upload continues the first.
        assert_eq!(upload(vec!["before".into()]), first);
        // The same file with its text read again: another salt, so never one key and nonce
        // over two plaintexts.
        let second = upload(vec!["after reading".into()]);
        assert_ne!(salt_of(&first[0]), salt_of(&second[0]));
        assert_eq!(salt_of(&first[1]), salt_of(&first[0]));
        // A chunk of the second upload after the first's: refused.
        let mut opener = Opener::new(key.clone(), 2, name, 2);
        assert!(opener.open(0, &first[0]).is_ok());
        assert_eq!(opener.open(1, &second[1]).err(), Some(SyncError::Mismatch));
    }

    #[test]
    fn only_the_author_s_signed_original_unpacks() {
        let author = identity(1);
        let insider = identity(2);
        let case = CaseRef([4; 16]);
        let key = CaseKey::from_bytes([3; 32]);
        let name = name(&key, case, &[5; 32]);
        let file: Vec<u8> = (0..5000).map(|i| (i % 253) as u8).collect();
        let extras = BlobExtras {
            secret: None,
            pages: (0..40).map(|i| format!("page {i} text")).collect(),
        };
        let plain = plaintext(&author, case, name, &extras, &file);
        for cut in [1, 3, 8, 9, 100, 700, plain.len()] {
            let mut unpacker = Unpacker::new(author.public(), case, name);
            let mut back = Vec::new();
            for piece in plain.chunks(cut) {
                back.extend_from_slice(unpacker.push(piece).unwrap_or_else(|e| panic!("{e}")));
            }
            assert_eq!(back, file, "cut every {cut}");
            assert_eq!(unpacker.finish().ok().as_ref(), Some(&extras));
        }
        // Signed by another member of the case: nothing of it passes.
        let forged = plaintext(&insider, case, name, &extras, &file);
        let mut unpacker = Unpacker::new(author.public(), case, name);
        assert_eq!(unpacker.push(&forged).err(), Some(SyncError::BadSignature));
        // Signed for another blob or case: refused.
        assert!(split(&plain, &author.public(), CaseRef([6; 16]), name).is_err());
        assert!(split(&plain, &author.public(), case, BlobName([0; 32])).is_err());
        // The author's head over other bytes of the same length: refused at the end.
        let mut swapped = plain.to_vec();
        let last = swapped.len() - 1;
        swapped[last] ^= 1;
        assert_eq!(
            split(&swapped, &author.public(), case, name).err(),
            Some(SyncError::Mismatch)
        );
        // Cut short, or longer than the head says: refused.
        assert!(split(&plain[..plain.len() - 1], &author.public(), case, name).is_err());
        let mut longer = plain.to_vec();
        longer.push(0);
        assert!(split(&longer, &author.public(), case, name).is_err());
        // Cut short inside the head: refused at the end.
        let mut unpacker = Unpacker::new(author.public(), case, name);
        assert_eq!(unpacker.push(&plain[..20]), Ok(&[][..]));
        assert_eq!(unpacker.finish().err(), Some(SyncError::Malformed));
    }

    #[test]
    fn every_chunk_but_the_last_is_whole() {
        let key = CaseKey::from_bytes([3; 32]);
        let name = name(&key, CaseRef([4; 16]), &[5; 32]);
        let salt = [1; SALT];
        assert_eq!(part(0, 0), Some((0, 0)));
        assert_eq!(
            part(CHUNK as u64 + 1, 1),
            Some((CHUNK as u64, CHUNK as u64 + 1))
        );
        assert_eq!(part(CHUNK as u64, 1), None);
        // An original at the import limit (4 GiB) with the largest head still fits.
        assert!(chunks((4u64 << 30) + 8 + MAX_EXTRAS + 64) <= MAX_CHUNKS);
        assert!(seal_part(&key, 1, name, &salt, 0, 2, &[0; 10]).is_err());
        assert!(seal_part(&key, 1, name, &salt, 2, 2, &[0; 10]).is_err());
        assert!(seal_part(&key, 1, name, &salt, 1, 2, &[0; 10]).is_ok());
    }
}
