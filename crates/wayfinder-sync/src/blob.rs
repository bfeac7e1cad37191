//! Documents as blobs (SECURITY-AND-SYNC.md, section 4): a record's original travels sealed,
//! in chunks the server stores and serves without reading, each uploaded on its own so that
//! an interrupted upload resumes where it stopped.
//!
//! - The **name** the server knows a blob by is keyed with the case's first key: the same file
//!   in two cases has two unrelated names, and the name says nothing of the content.
//! - The **content** is what the member's vault holds of the original: the file's bytes, and
//!   with them the PDF's password if it had one and the text of each page (so that the receiver
//!   can search it without opening it). It is sealed with a key derived from the case key of
//!   the epoch it was uploaded in, chunk by chunk with XChaCha20-Poly1305; each chunk's place,
//!   the count of chunks and the epoch are bound to it, so that a chunk cannot be moved, dropped,
//!   repeated or cut short without the receiver noticing.

use crate::SyncError;
use crate::seal::{CaseKey, CaseRef};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use zeroize::Zeroizing;

/// The bytes of plaintext in each chunk (the last may be shorter).
pub const CHUNK: usize = 1 << 20;
/// The most chunks a blob may have: an original at the import limit (4 GiB) with the largest
/// extras ([`MAX_EXTRAS`] and its length) before it.
pub const MAX_CHUNKS: u32 = 4096 + 257;

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

fn derive(key: &CaseKey, salt: &[u8], info: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut out = Zeroizing::new([0u8; 32]);
    // 32 bytes is far below HKDF-SHA256's limit: expanding cannot fail.
    let _ = hkdf::Hkdf::<Sha256>::new(Some(salt), key.expose()).expand(info, &mut out[..]);
    out
}

/// The server's name for the original whose vault hash is `content`, in a case whose first
/// key is `first`.
pub fn name(first: &CaseKey, case: CaseRef, content: &[u8; 32]) -> BlobName {
    let mut info = b"wayfinder/v1/blob-name".to_vec();
    info.extend_from_slice(&case.0);
    info.extend_from_slice(content);
    BlobName(*derive(first, b"wayfinder/v1/blob-name", &info))
}

/// The most a blob's extras may take (the text of every page of a very long document): more is
/// refused before it is gathered.
pub const MAX_EXTRAS: u64 = 256 * 1024 * 1024;

/// The head of a blob's plaintext: the length of its extras (8 bytes, big-endian), then the
/// extras (postcard). The file's bytes follow it.
pub fn head(extras: &BlobExtras) -> Zeroizing<Vec<u8>> {
    let body = Zeroizing::new(postcard::to_allocvec(extras).unwrap_or_default());
    let mut out = Zeroizing::new(Vec::with_capacity(8 + body.len()));
    out.extend_from_slice(&(body.len() as u64).to_be_bytes());
    out.extend_from_slice(&body);
    out
}

/// The plaintext of a blob, whole: its head, then the file.
pub fn plaintext(extras: &BlobExtras, file: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut out = head(extras);
    out.extend_from_slice(file);
    out
}

/// Splits a blob's plaintext back into its extras and the file.
pub fn split(plain: &[u8]) -> Result<(BlobExtras, &[u8]), SyncError> {
    let mut unpacker = Unpacker::default();
    let file = unpacker.push(plain)?;
    Ok((unpacker.finish()?, file))
}

/// Takes a blob's plaintext a chunk at a time, as the chunks are opened, and hands back the
/// file's bytes as they come, once the extras before them are whole: a blob of any size
/// passes through without being held whole.
#[derive(Default)]
pub struct Unpacker {
    head: Zeroizing<Vec<u8>>,
    extras: Option<BlobExtras>,
}

impl Unpacker {
    /// The next bytes of the plaintext; what of them is the file's.
    pub fn push<'a>(&mut self, mut plain: &'a [u8]) -> Result<&'a [u8], SyncError> {
        if self.extras.is_some() {
            return Ok(plain);
        }
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
        let whole = 8 + length as usize;
        take(whole, &mut self.head);
        if self.head.len() < whole {
            return Ok(&[]);
        }
        let extras = postcard::from_bytes(&self.head[8..]).map_err(|_| SyncError::Malformed)?;
        self.extras = Some(extras);
        Ok(plain)
    }

    /// The extras, once the plaintext has ended; a plaintext cut short inside them is refused.
    pub fn finish(self) -> Result<BlobExtras, SyncError> {
        self.extras.ok_or(SyncError::Malformed)
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

fn chunk_key(key: &CaseKey, name: BlobName) -> Zeroizing<[u8; 32]> {
    derive(key, &name.0, b"wayfinder/v1/blob-key")
}

fn chunk_nonce(index: u32) -> XNonce {
    let mut nonce = [0u8; 24];
    nonce[..4].copy_from_slice(&index.to_be_bytes());
    XNonce::from(nonce)
}

fn chunk_aad(name: BlobName, epoch: u32, index: u32, total: u32) -> Vec<u8> {
    let mut aad = b"wayfinder/v1/blob-chunk".to_vec();
    aad.extend_from_slice(&name.0);
    aad.extend_from_slice(&epoch.to_be_bytes());
    aad.extend_from_slice(&index.to_be_bytes());
    aad.extend_from_slice(&total.to_be_bytes());
    aad
}

/// Chunk `index` of `plain`, sealed.
pub fn seal_chunk(
    key: &CaseKey,
    epoch: u32,
    name: BlobName,
    plain: &[u8],
    index: u32,
) -> Result<Vec<u8>, SyncError> {
    let len = plain.len() as u64;
    let (start, end) = part(len, index).ok_or(SyncError::Malformed)?;
    seal_part(
        key,
        epoch,
        name,
        index,
        chunks(len),
        &plain[start as usize..end as usize],
    )
}

/// Seals `part`, chunk `index` of a plaintext of `total` chunks: every chunk but the last
/// holds exactly [`CHUNK`] bytes. The key is unique to the blob and the epoch, so the chunk's
/// index can serve as its nonce.
pub fn seal_part(
    key: &CaseKey,
    epoch: u32,
    name: BlobName,
    index: u32,
    total: u32,
    part: &[u8],
) -> Result<Vec<u8>, SyncError> {
    if index >= total || part.len() > CHUNK || (index + 1 < total && part.len() != CHUNK) {
        return Err(SyncError::Malformed);
    }
    XChaCha20Poly1305::new((&*chunk_key(key, name)).into())
        .encrypt(
            &chunk_nonce(index),
            Payload {
                msg: part,
                aad: &chunk_aad(name, epoch, index, total),
            },
        )
        .map_err(|_| SyncError::Undecryptable)
}

/// Opens chunk `index` of `total`; any change to it, its place, its count or its epoch fails.
pub fn open_chunk(
    key: &CaseKey,
    epoch: u32,
    name: BlobName,
    index: u32,
    total: u32,
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, SyncError> {
    let plain = XChaCha20Poly1305::new((&*chunk_key(key, name)).into())
        .decrypt(
            &chunk_nonce(index),
            Payload {
                msg: sealed,
                aad: &chunk_aad(name, epoch, index, total),
            },
        )
        .map_err(|_| SyncError::Undecryptable)?;
    // Every chunk but the last is whole.
    if (index + 1 < total && plain.len() != CHUNK) || plain.len() > CHUNK {
        return Err(SyncError::Malformed);
    }
    Ok(Zeroizing::new(plain))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blob_opens_chunk_by_chunk_and_refuses_any_move() {
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
        let plain = plaintext(&extras, &file);
        let total = chunks(plain.len() as u64);
        assert_eq!(total, 3);
        let sealed: Vec<Vec<u8>> = (0..total)
            .map(|i| seal_chunk(&key, 2, name, &plain, i).unwrap_or_else(|e| panic!("{e}")))
            .collect();
        assert!(
            !sealed[0].windows(8).any(|w| w == b"page one"),
            "the text shows through"
        );
        let mut back = Vec::new();
        for (i, chunk) in sealed.iter().enumerate() {
            back.extend_from_slice(
                &open_chunk(&key, 2, name, i as u32, total, chunk)
                    .unwrap_or_else(|e| panic!("{e}")),
            );
        }
        let (extras_back, file_back) = split(&back).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(extras_back, extras);
        assert_eq!(file_back, file.as_slice());
        // Another case's blob served in its place, a chunk swapped, the wrong count, epoch or
        // key, a flipped byte: each refused.
        let elsewhere = super::name(&key, CaseRef([6; 16]), &[5; 32]);
        assert!(open_chunk(&key, 2, elsewhere, 0, total, &sealed[0]).is_err());
        assert!(open_chunk(&key, 2, name, 1, total, &sealed[0]).is_err());
        assert!(open_chunk(&key, 2, name, 0, total - 1, &sealed[0]).is_err());
        assert!(open_chunk(&key, 1, name, 0, total, &sealed[0]).is_err());
        assert!(open_chunk(&CaseKey::from_bytes([9; 32]), 2, name, 0, total, &sealed[0]).is_err());
        let mut flipped = sealed[2].clone();
        flipped[0] ^= 1;
        assert!(open_chunk(&key, 2, name, 2, total, &flipped).is_err());
        assert!(split(&[0, 0, 0, 0, 0, 0, 0, 200, 1]).is_err());
        // Extras claiming more than allowed are refused before anything is gathered.
        let mut unpacker = Unpacker::default();
        assert_eq!(
            unpacker.push(&(MAX_EXTRAS + 1).to_be_bytes()),
            Err(SyncError::Malformed)
        );
    }

    #[test]
    fn a_blob_unpacks_the_same_however_its_plaintext_is_cut() {
        let file: Vec<u8> = (0..5000).map(|i| (i % 253) as u8).collect();
        let extras = BlobExtras {
            secret: None,
            pages: (0..40).map(|i| format!("page {i} text")).collect(),
        };
        let plain = plaintext(&extras, &file);
        for cut in [1, 3, 8, 9, 100, 700, plain.len()] {
            let mut unpacker = Unpacker::default();
            let mut back = Vec::new();
            for piece in plain.chunks(cut) {
                back.extend_from_slice(unpacker.push(piece).unwrap_or_else(|e| panic!("{e}")));
            }
            assert_eq!(back, file, "cut every {cut}");
            assert_eq!(unpacker.finish().ok().as_ref(), Some(&extras));
        }
        // Cut short inside the extras: refused at the end.
        let mut unpacker = Unpacker::default();
        assert_eq!(unpacker.push(&plain[..20]), Ok(&[][..]));
        assert_eq!(unpacker.finish(), Err(SyncError::Malformed));
        // Every chunk but the last is whole; a part of the wrong size or place is refused.
        let key = CaseKey::from_bytes([3; 32]);
        let name = name(&key, CaseRef([4; 16]), &[5; 32]);
        assert_eq!(part(0, 0), Some((0, 0)));
        assert_eq!(
            part(CHUNK as u64 + 1, 1),
            Some((CHUNK as u64, CHUNK as u64 + 1))
        );
        assert_eq!(part(CHUNK as u64, 1), None);
        // An original at the import limit (4 GiB) with the largest extras still fits.
        assert!(chunks((4u64 << 30) + 8 + MAX_EXTRAS) <= MAX_CHUNKS);
        assert!(seal_part(&key, 1, name, 0, 2, &[0; 10]).is_err());
        assert!(seal_part(&key, 1, name, 2, 2, &[0; 10]).is_err());
        assert!(seal_part(&key, 1, name, 1, 2, &[0; 10]).is_ok());
    }
}
