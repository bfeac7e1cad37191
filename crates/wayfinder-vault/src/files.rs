//! The sealed file store: each document a file named by a random id, sealed with its own key.
//!
//! A file's key is wrapped by the vault's file key; its content is sealed in 1 MiB chunks with
//! the STREAM construction over XChaCha20-Poly1305, so one chunk (a page of a large scan, a
//! slice of a DICOM study) can be read and checked without decrypting the rest. Chunks cannot
//! be reordered, dropped or cut off unnoticed: each chunk's position and "last" flag are part of
//! its nonce, and every chunk is bound to the file's id.
//!
//! Layout: `WFSF` | version (1 byte) | chunk size (u32 LE) | plaintext length (u64 LE) |
//! file-key nonce (24) | wrapped file key (48) | stream nonce (19) | chunks.

use crate::durable;
use crate::error::{Result, VaultError};
use crate::keys::{SecretKey, random_bytes};
use aead_stream::{NewStream, StreamBE32, StreamPrimitive};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::PathBuf;

const MAGIC: &[u8; 4] = b"WFSF";
const VERSION: u8 = 1;
pub const CHUNK: usize = 1024 * 1024;
const TAG: usize = 16;
const HEADER_LEN: usize = 4 + 1 + 4 + 8 + 24 + 48 + 19;

/// The id of a sealed file: random, so that names reveal nothing.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct FileId([u8; 16]);

impl FileId {
    pub fn to_hex(self) -> String {
        hex::encode(self.0)
    }

    pub fn random() -> Result<FileId> {
        let mut bytes = [0u8; 16];
        random_bytes(&mut bytes)?;
        Ok(FileId(bytes))
    }

    pub fn from_hex(text: &str) -> Option<FileId> {
        let bytes = hex::decode(text).ok()?;
        Some(FileId(bytes.try_into().ok()?))
    }
}

/// A sealed file's header, parsed.
struct SealedHeader {
    chunk: usize,
    length: u64,
}

impl SealedHeader {
    fn chunks(&self) -> u64 {
        if self.length == 0 {
            1
        } else {
            self.length.div_ceil(self.chunk as u64)
        }
    }
}

pub struct SealedFileStore {
    dir: PathBuf,
    key: SecretKey,
}

impl SealedFileStore {
    pub fn new(dir: PathBuf, key: SecretKey) -> SealedFileStore {
        SealedFileStore { dir, key }
    }

    fn path(&self, id: FileId) -> PathBuf {
        self.dir.join(id.to_hex())
    }

    /// Seals everything `source` yields into a new file and returns its id. Only sealed bytes
    /// ever reach the disk; the file appears under its name only once complete and synced.
    pub fn put(&self, source: &mut dyn Read) -> Result<FileId> {
        let id = FileId::random()?;
        self.put_as(id, source)?;
        Ok(id)
    }

    /// As `put`, under an id chosen beforehand (so that it can be noted before sealing).
    pub fn put_as(&self, id: FileId, source: &mut dyn Read) -> Result<()> {
        let mut writer = self.writer(id)?;
        let mut buffer = zeroize::Zeroizing::new(vec![0u8; CHUNK]);
        loop {
            let n = read_full(source, &mut buffer)?;
            writer.write(&buffer[..n])?;
            if n < CHUNK {
                break;
            }
        }
        writer.finish()
    }

    /// A new sealed file under `id`, written piece by piece: see [`SealedWriter`].
    pub fn writer(&self, id: FileId) -> Result<SealedWriter> {
        let file_key = SecretKey::random()?;
        let mut key_nonce = [0u8; 24];
        random_bytes(&mut key_nonce)?;
        let wrapped = XChaCha20Poly1305::new(self.key.expose().into())
            .encrypt(
                &XNonce::from(key_nonce),
                Payload {
                    msg: file_key.expose(),
                    aad: &id.0,
                },
            )
            .map_err(|_| VaultError::Storage {
                kind: "seal".to_owned(),
            })?;
        let mut stream_nonce = [0u8; 19];
        random_bytes(&mut stream_nonce)?;
        let partial = self.dir.join(format!("{}.partial", id.to_hex()));
        let mut out = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&partial)?;
        // The length goes in the header, which is only known at the end: it is written last,
        // over a placeholder.
        let written = out.write_all(&[0u8; HEADER_LEN]);
        let writer = SealedWriter {
            id,
            dir: self.dir.clone(),
            partial,
            out: Some(out),
            stream: StreamBE32::from_aead(
                XChaCha20Poly1305::new(file_key.expose().into()),
                &stream_nonce.into(),
            ),
            key_nonce,
            wrapped,
            stream_nonce,
            pending: zeroize::Zeroizing::new(Vec::with_capacity(CHUNK)),
            position: 0,
            sealed: 0,
        };
        written?;
        Ok(writer)
    }

    fn open_header(
        &self,
        id: FileId,
    ) -> Result<(File, SealedHeader, StreamBE32<XChaCha20Poly1305>)> {
        let mut file = File::open(self.path(id)).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => VaultError::Damaged,
            _ => VaultError::from(e),
        })?;
        let mut raw = [0u8; HEADER_LEN];
        file.read_exact(&mut raw).map_err(|_| VaultError::Damaged)?;
        if &raw[0..4] != MAGIC {
            return Err(VaultError::Damaged);
        }
        if raw[4] > VERSION {
            return Err(VaultError::TooNew {
                found: u32::from(raw[4]),
                supported: u32::from(VERSION),
            });
        }
        let field = |range: std::ops::Range<usize>| raw[range].to_vec();
        let chunk =
            u32::from_le_bytes(field(5..9).try_into().map_err(|_| VaultError::Damaged)?) as usize;
        let length = u64::from_le_bytes(field(9..17).try_into().map_err(|_| VaultError::Damaged)?);
        let key_nonce: [u8; 24] = field(17..41).try_into().map_err(|_| VaultError::Damaged)?;
        let stream_nonce: [u8; 19] = field(89..108).try_into().map_err(|_| VaultError::Damaged)?;
        if chunk == 0 || chunk > 64 * CHUNK {
            return Err(VaultError::Damaged);
        }
        let file_key = XChaCha20Poly1305::new(self.key.expose().into())
            .decrypt(
                &XNonce::from(key_nonce),
                Payload {
                    msg: &raw[41..89],
                    aad: &id.0,
                },
            )
            .map_err(|_| VaultError::Damaged)?;
        let file_key = SecretKey::from_slice(&file_key).ok_or(VaultError::Damaged)?;
        let stream = StreamBE32::from_aead(
            XChaCha20Poly1305::new(file_key.expose().into()),
            &stream_nonce.into(),
        );
        Ok((file, SealedHeader { chunk, length }, stream))
    }

    /// The plaintext length of a sealed file.
    pub fn len(&self, id: FileId) -> Result<u64> {
        Ok(self.open_header(id)?.1.length)
    }

    /// One chunk of a file, decrypted and checked, without reading the others.
    pub fn read_chunk(&self, id: FileId, index: u64) -> Result<Vec<u8>> {
        let (mut file, header, stream) = self.open_header(id)?;
        read_chunk_from(&mut file, &header, &stream, id, index)
    }

    /// A whole file, decrypted and checked.
    pub fn read_all(&self, id: FileId) -> Result<Vec<u8>> {
        let (mut file, header, stream) = self.open_header(id)?;
        let mut out = Vec::with_capacity(usize::try_from(header.length).unwrap_or(0));
        for index in 0..header.chunks() {
            out.extend_from_slice(&read_chunk_from(&mut file, &header, &stream, id, index)?);
        }
        Ok(out)
    }

    /// `len` bytes from `offset` of a file, decrypting only the chunks that hold them.
    pub fn read_range(&self, id: FileId, offset: u64, len: u64) -> Result<Vec<u8>> {
        let (mut file, header, stream) = self.open_header(id)?;
        let end = offset.checked_add(len).ok_or(VaultError::Damaged)?;
        if end > header.length {
            return Err(VaultError::Damaged);
        }
        let chunk = header.chunk as u64;
        let mut out = Vec::with_capacity(usize::try_from(len).map_err(|_| VaultError::Damaged)?);
        let mut index = offset / chunk;
        while (out.len() as u64) < len {
            let plain = read_chunk_from(&mut file, &header, &stream, id, index)?;
            let from = if index == offset / chunk {
                (offset % chunk) as usize
            } else {
                0
            };
            let want = (len - out.len() as u64) as usize;
            let take = want.min(plain.len().saturating_sub(from));
            if take == 0 {
                return Err(VaultError::Damaged);
            }
            out.extend_from_slice(&plain[from..from + take]);
            index += 1;
        }
        Ok(out)
    }

    /// Removes a sealed file; one already gone is not an error.
    pub fn remove(&self, id: FileId) -> Result<()> {
        match fs::remove_file(self.path(id)) {
            Ok(()) => durable::sync_dir(&self.dir),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Removes what an interrupted `put` left behind (sealed bytes only, but useless).
    pub fn remove_partials(&self) -> Result<usize> {
        let mut removed = 0;
        for entry in fs::read_dir(&self.dir)? {
            let entry = entry?;
            if entry.file_name().to_string_lossy().ends_with(".partial") {
                fs::remove_file(entry.path())?;
                removed += 1;
            }
        }
        Ok(removed)
    }
}

fn read_chunk_from(
    file: &mut File,
    header: &SealedHeader,
    stream: &StreamBE32<XChaCha20Poly1305>,
    id: FileId,
    index: u64,
) -> Result<Vec<u8>> {
    let chunks = header.chunks();
    if index >= chunks {
        return Err(VaultError::Damaged);
    }
    let last = index + 1 == chunks;
    let plain_len = if last {
        header.length - index * header.chunk as u64
    } else {
        header.chunk as u64
    };
    let offset = HEADER_LEN as u64 + index * (header.chunk + TAG) as u64;
    let mut sealed = vec![0u8; usize::try_from(plain_len).map_err(|_| VaultError::Damaged)? + TAG];
    file.seek(SeekFrom::Start(offset))?;
    file.read_exact(&mut sealed)
        .map_err(|_| VaultError::Damaged)?;
    let position = u32::try_from(index).map_err(|_| VaultError::Damaged)?;
    stream
        .decrypt(
            position,
            last,
            Payload {
                msg: &sealed,
                aad: &id.0,
            },
        )
        .map_err(|_| VaultError::Damaged)
}

/// A sealed file being written: bytes go in as they come and are sealed a chunk at a time, so
/// that no more than one chunk of plaintext is held; the file appears under its name, whole
/// and synced, only at [`SealedWriter::finish`]. Dropped before that, it leaves nothing.
pub struct SealedWriter {
    id: FileId,
    dir: PathBuf,
    partial: PathBuf,
    out: Option<File>,
    stream: StreamBE32<XChaCha20Poly1305>,
    key_nonce: [u8; 24],
    wrapped: Vec<u8>,
    stream_nonce: [u8; 19],
    /// Plaintext not sealed yet: at most one chunk, sealed once more follows it (or at the
    /// end, as the last).
    pending: zeroize::Zeroizing<Vec<u8>>,
    position: u32,
    sealed: u64,
}

impl SealedWriter {
    pub fn write(&mut self, mut data: &[u8]) -> Result<()> {
        while !data.is_empty() {
            if self.pending.len() == CHUNK {
                self.seal_pending(false)?;
            }
            let take = (CHUNK - self.pending.len()).min(data.len());
            self.pending.extend_from_slice(&data[..take]);
            data = &data[take..];
        }
        Ok(())
    }

    /// How many bytes of plaintext went in so far.
    pub fn len(&self) -> u64 {
        self.sealed + self.pending.len() as u64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn seal_pending(&mut self, last: bool) -> Result<()> {
        let out = self.out.as_mut().ok_or(VaultError::Storage {
            kind: "seal".to_owned(),
        })?;
        // Chunks are bound to the file's id and its own key; a header whose length disagrees
        // with the chunks fails on the "last chunk" flag or on a short read.
        let sealed = self
            .stream
            .encrypt(
                self.position,
                last,
                Payload {
                    msg: &self.pending,
                    aad: &self.id.0,
                },
            )
            .map_err(|_| VaultError::Storage {
                kind: "seal".to_owned(),
            })?;
        out.write_all(&sealed)?;
        self.sealed += self.pending.len() as u64;
        self.pending.clear();
        if !last {
            self.position = self.position.checked_add(1).ok_or(VaultError::Storage {
                kind: "file too large".to_owned(),
            })?;
        }
        Ok(())
    }

    /// Seals what is left as the last chunk, writes the header, syncs the file and gives it
    /// its name.
    pub fn finish(mut self) -> Result<()> {
        self.seal_pending(true)?;
        let mut header = Vec::with_capacity(HEADER_LEN);
        header.extend_from_slice(MAGIC);
        header.push(VERSION);
        header.extend_from_slice(&(CHUNK as u32).to_le_bytes());
        header.extend_from_slice(&self.sealed.to_le_bytes());
        header.extend_from_slice(&self.key_nonce);
        header.extend_from_slice(&self.wrapped);
        header.extend_from_slice(&self.stream_nonce);
        let mut out = self.out.take().ok_or(VaultError::Storage {
            kind: "seal".to_owned(),
        })?;
        let written = out
            .seek(SeekFrom::Start(0))
            .and_then(|_| out.write_all(&header))
            .and_then(|()| out.sync_all());
        drop(out);
        written?;
        fs::rename(&self.partial, self.dir.join(self.id.to_hex()))?;
        durable::sync_dir(&self.dir)
    }
}

impl Drop for SealedWriter {
    fn drop(&mut self) {
        // Unfinished (an error, or abandoned): the partial file goes. Finished, it was renamed.
        if self.out.take().is_some() || self.partial.exists() {
            let _ = fs::remove_file(&self.partial);
        }
    }
}

/// Reads until `buffer` is full or the source ends; returns how many bytes were read.
fn read_full(source: &mut dyn Read, buffer: &mut [u8]) -> Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match source.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn store(dir: &Path) -> SealedFileStore {
        SealedFileStore::new(dir.to_path_buf(), SecretKey::from_bytes([5; 32]))
    }

    fn check_round_trip(len: usize) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = store(dir.path());
        let content: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        let id = store
            .put(&mut content.as_slice())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(store.len(id).ok(), Some(len as u64));
        assert_eq!(
            store.read_all(id).ok().as_deref(),
            Some(content.as_slice()),
            "length {len}"
        );
        if len > CHUNK {
            let second = store.read_chunk(id, 1).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(second.as_slice(), &content[CHUNK..(2 * CHUNK).min(len)]);
        }
        let on_disk = fs::read(dir.path().join(id.to_hex())).unwrap_or_default();
        if len >= 64 {
            assert!(
                !on_disk.windows(64).any(|w| w == &content[..64]),
                "plaintext reached the disk"
            );
        }
    }

    #[test]
    fn files_of_every_size_round_trip() {
        for len in [0, 1, 1000, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 17] {
            check_round_trip(len);
        }
    }

    #[test]
    fn a_file_written_piece_by_piece_is_the_same_and_one_abandoned_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = store(dir.path());
        for (len, piece) in [
            (0, 1),
            (2 * CHUNK, 4096),
            (2 * CHUNK + 17, CHUNK),
            (CHUNK + 5, 7_777),
        ] {
            let content: Vec<u8> = (0..len).map(|i| (i * 7 % 256) as u8).collect();
            let id = FileId::random().unwrap_or_else(|e| panic!("{e}"));
            let mut writer = store.writer(id).unwrap_or_else(|e| panic!("{e}"));
            for part in content.chunks(piece) {
                writer.write(part).unwrap_or_else(|e| panic!("{e}"));
            }
            assert_eq!(writer.len(), len as u64);
            writer.finish().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                store.read_all(id).unwrap_or_else(|e| panic!("{e}")),
                content
            );
            // The same bytes sealed in one go read the same: one format.
            let whole = store
                .put(&mut std::io::Cursor::new(&content))
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(store.len(whole).unwrap_or(0), len as u64);
        }
        let id = FileId::random().unwrap_or_else(|e| panic!("{e}"));
        let mut writer = store.writer(id).unwrap_or_else(|e| panic!("{e}"));
        writer
            .write(&[1; 3 * CHUNK])
            .unwrap_or_else(|e| panic!("{e}"));
        drop(writer);
        assert!(store.read_all(id).is_err());
        let names: Vec<String> = fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            !names.iter().any(|n| n.starts_with(&id.to_hex())),
            "{names:?}"
        );
    }

    #[test]
    fn a_changed_truncated_or_extended_file_is_refused() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = store(dir.path());
        let content = vec![42u8; CHUNK + 10];
        let id = store
            .put(&mut content.as_slice())
            .unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(id.to_hex());
        let original = fs::read(&path).unwrap_or_default();

        let mut flipped = original.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        fs::write(&path, &flipped).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            store.read_all(id).map_err(|e| e.code()).err(),
            Some("vault-damaged")
        );

        fs::write(&path, &original[..HEADER_LEN + CHUNK + TAG]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            store.read_all(id).map_err(|e| e.code()).err(),
            Some("vault-damaged")
        );

        // A file sealed under another vault's key does not open.
        fs::write(&path, &original).unwrap_or_else(|e| panic!("{e}"));
        let other = SealedFileStore::new(dir.path().to_path_buf(), SecretKey::from_bytes([6; 32]));
        assert_eq!(
            other.read_all(id).map_err(|e| e.code()).err(),
            Some("vault-damaged")
        );
        assert!(store.read_all(id).is_ok());
    }
}
