//! What Wayfinder's tests and benchmarks share, so that each reads as its story: where the
//! real-world fixtures are (inside the repository, with their sources and licences).

use std::path::PathBuf;

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
}
