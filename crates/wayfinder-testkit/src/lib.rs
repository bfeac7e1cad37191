//! What Wayfinder's tests and benchmarks share, so that each reads as its story: where the
//! real-world fixtures are (inside the repository, with their sources and licences), a scratch
//! vault with a cheap key derivation, a child to open a case for, a fixed clock, and (feature
//! `server`) the real sync server in this process, with (feature `team`) a team of three on it.

#[cfg(feature = "scans")]
pub mod scans;
#[cfg(feature = "server")]
pub mod server;
#[cfg(feature = "team")]
pub mod team;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use std::path::PathBuf;
use wayfinder_core::{Child, CountryCode, DateOfBirth, PersonName, parse_languages};
use wayfinder_vault::{KdfParams, OpenVault, Passphrase, SecretKey, VaultDir};

/// The repository's top folder.
pub fn repo_root() -> PathBuf {
    // This crate sits at `crates/wayfinder-testkit`.
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A file or folder under `tests/fixtures/` (PDF.js's PDFs under `pdfs/`, pydicom's DICOM
/// files and a hospital CD under `dicom/`): see that folder's README.
pub fn fixture(path: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(path)
}

/// The recovery passphrase of every scratch vault.
pub const PASSPHRASE: &str = "lantern orbit velvet cactus harbor";

/// A cheap Argon2id cost for tests that are not about the passphrase's cost.
pub const FAST_KDF: KdfParams = KdfParams {
    memory_kib: 1024,
    iterations: 1,
    parallelism: 1,
};

/// The tests' fixed "now": 24 November 2026, 09:30 UTC.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 30, 0)
        .single()
        .unwrap_or_default()
}

/// The day of `now()`.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
}

pub fn passphrase() -> Passphrase {
    Passphrase::new(PASSPHRASE)
}

/// A child born 7 March 2019 in the Emirates, speaking Arabic and English.
pub fn child(name: &str) -> Child {
    Child {
        name: PersonName::parse(name).unwrap_or_else(|e| panic!("{e}")),
        date_of_birth: DateOfBirth::parse("2019-03-07", today()).unwrap_or_else(|e| panic!("{e}")),
        country: CountryCode::parse("AE").unwrap_or_else(|| panic!("country")),
        languages: parse_languages(["ar", "en"]).unwrap_or_else(|e| panic!("{e}")),
    }
}

/// Ten random bytes: the random tail of a new id.
pub fn random_tail() -> [u8; 10] {
    let mut tail = [0u8; 10];
    getrandom::fill(&mut tail).unwrap_or_else(|e| panic!("{e}"));
    tail
}

/// A folder of this test's own under the system temp folder, removed at the end, and the
/// path of a vault inside it.
pub fn scratch() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let vault = dir.path().join("vault");
    (dir, vault)
}

/// A new vault in a scratch folder, open, with its key: the start of most tests.
pub fn new_vault() -> (tempfile::TempDir, PathBuf, VaultDir, OpenVault, SecretKey) {
    let (tmp, path) = scratch();
    let dir = VaultDir::new(&path);
    let (vault, vk) = dir
        .create(&passphrase(), FAST_KDF, now())
        .unwrap_or_else(|e| panic!("{e}"));
    (tmp, path, dir, vault, vk)
}

/// Every file under `dir`, in order, following no links: what a test searches for a canary or
/// reads as a corpus.
pub fn files_under(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() {
                out.push(entry.path());
            }
        }
    }
    out.sort();
    out
}

/// Adds to `case` in `vault` a one-page PDF record whose original is `bytes` (as an import
/// would, without reading the PDF: `text` is its page's text, `secret` its password): the
/// record's id and the original's hash in this vault.
pub fn add_original(
    vault: &mut OpenVault,
    case: wayfinder_core::CaseId,
    title: &str,
    bytes: &[u8],
    secret: Option<&str>,
    text: &str,
) -> ([u8; 16], [u8; 32]) {
    let hash = *vault.content_hasher().update(bytes).finalize().as_bytes();
    let file = vault
        .seal_original(&mut std::io::Cursor::new(bytes.to_vec()))
        .unwrap_or_else(|e| panic!("{e}"));
    let pages = vec![text.to_owned()];
    let record = vault
        .add_record(
            case,
            file,
            &wayfinder_vault::NewRecord {
                title,
                category: "other",
                date: None,
                institution: None,
                language: Some("en"),
                content: wayfinder_core::Content {
                    media: wayfinder_core::Media::Pdf,
                    size: bytes.len() as u64,
                    pages: 1,
                    hash,
                },
                secret,
                pages: &pages,
            },
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    (record, hash)
}

/// The files under `dir` that contain `canary` as UTF-8, UTF-16 (either byte order), or in
/// lower or upper case.
pub fn files_containing(dir: &std::path::Path, canary: &str) -> Vec<std::path::PathBuf> {
    let mut needles: Vec<Vec<u8>> = Vec::new();
    for variant in [
        canary.to_owned(),
        canary.to_lowercase(),
        canary.to_uppercase(),
    ] {
        needles.push(variant.as_bytes().to_vec());
        needles.push(variant.encode_utf16().flat_map(u16::to_le_bytes).collect());
        needles.push(variant.encode_utf16().flat_map(u16::to_be_bytes).collect());
    }
    files_under(dir)
        .into_iter()
        .filter(|path| {
            let bytes = std::fs::read(path).unwrap_or_default();
            needles
                .iter()
                .any(|n| bytes.windows(n.len()).any(|w| w == n.as_slice()))
        })
        .collect()
}

/// A one-page PDF showing `line` (ASCII) in Helvetica, its text stream uncompressed: a
/// document with a phrase a test can then look for on disk, in every encoding.
pub fn one_line_pdf(line: &str) -> Vec<u8> {
    turned_one_line_pdf(line, 0)
}

/// `one_line_pdf` whose page says it is shown turned clockwise by `rotate` degrees (its
/// /Rotate): the line, at the top left of the page as drawn, is seen where the turn takes it.
pub fn turned_one_line_pdf(line: &str, rotate: u16) -> Vec<u8> {
    let text: String = line
        .chars()
        .filter(char::is_ascii)
        .flat_map(|c| match c {
            '(' | ')' | '\\' => vec!['\\', c],
            _ => vec![c],
        })
        .collect();
    let stream = format!("BT /F1 18 Tf 72 720 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate {rotate} \
             /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{stream}\nendstream",
            stream.len()
        ),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fixtures_are_inside_the_repository() {
        for manifest in [
            "pdfs/MANIFEST.tsv",
            "dicom/MANIFEST.tsv",
            "dicom/cd/DICOMDIR",
        ] {
            assert!(fixture(manifest).is_file(), "{manifest} is missing");
        }
        let root = repo_root().canonicalize().unwrap_or_default();
        let fixtures = fixture("").canonicalize().unwrap_or_default();
        assert!(fixtures.starts_with(&root) && fixtures != root);
    }

    #[test]
    fn a_scratch_vault_opens_with_its_passphrase() {
        let (_tmp, _path, dir, vault, _vk) = new_vault();
        drop(vault);
        assert!(dir.open_with_passphrase(&passphrase()).is_ok());
    }
}
