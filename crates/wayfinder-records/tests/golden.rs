//! The packed study format (`WFDS`) is a promise to every vault that holds one: the frozen
//! file of each version in `tests/golden/` must keep reading, image by image, and packing the
//! same images must still give exactly the newest one's bytes. A change to the layout is a new
//! version and a new golden file beside the others, never an edit of one.

use std::path::{Path, PathBuf};
use wayfinder_records::{dicom, study};

/// Version 1, packed before the table kept each image's window.
const GOLDEN_V1: &str = "tests/golden/study-v1.wfds";
/// The newest version, which packing must still give byte for byte.
const GOLDEN: &str = "tests/golden/study-v2.wfds";

fn fixtures() -> PathBuf {
    wayfinder_testkit::fixture("dicom")
}

/// The two images of the frozen study: an MR (16-bit greyscale) and an RLE colour image.
fn images() -> Vec<(PathBuf, dicom::Instance)> {
    ["MR_small.dcm", "SC_rgb_rle.dcm"]
        .into_iter()
        .map(|name| {
            let path = fixtures().join(name);
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            let instance = dicom::read_instance(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            (path, instance)
        })
        .collect()
}

fn read_frozen(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The table of a frozen study, and where its images begin.
fn table_of(bytes: &[u8]) -> (study::Table, u64) {
    let table_len = study::table_len(bytes).unwrap_or_else(|e| panic!("{e}"));
    let start = study::PREFIX_LEN as usize;
    let table = study::parse_table(&bytes[start..start + table_len as usize])
        .unwrap_or_else(|e| panic!("{e}"));
    (table, table_len)
}

fn golden() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(GOLDEN);
    if std::env::var_os("WAYFINDER_WRITE_GOLDEN").is_some() && !path.exists() {
        let (packed, _) = study::pack(&images()).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, &*packed).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_frozen_study_of_version_2_keeps_each_image_s_own_window() {
    let (table, _) = table_of(&golden());
    let windows: Vec<bool> = table.images.iter().map(|i| i.window.is_some()).collect();
    // The MR names its window; the colour image has none.
    assert_eq!(windows, [true, false]);
}

#[test]
fn the_frozen_study_of_version_1_reads_back_image_by_image() {
    let bytes = read_frozen(GOLDEN_V1);
    let (table, table_len) = table_of(&bytes);
    assert!(table.images.iter().all(|i| i.window.is_none()));
    let listed: Vec<(&str, &str, Option<u32>)> = table
        .images
        .iter()
        .map(|i| (i.modality.as_str(), i.photometric.as_str(), i.rows))
        .collect();
    assert_eq!(
        listed,
        [("MR", "MONOCHROME2", Some(64)), ("OT", "RGB", Some(100))]
    );
    for (index, (path, _)) in images().iter().enumerate() {
        let (offset, length) = study::image_range(&table, table_len, index)
            .unwrap_or_else(|| panic!("image {index} has no range"));
        let image = &bytes[offset as usize..(offset + length) as usize];
        let original = std::fs::read(path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(image, original.as_slice(), "image {index} changed");
        let png = dicom::render(image, 0, None, 256).unwrap_or_else(|e| panic!("{e}"));
        assert!(png.starts_with(b"\x89PNG"), "image {index} does not render");
    }
    assert_eq!(study::image_range(&table, table_len, 2), None);
}

#[test]
fn packing_the_same_images_still_gives_the_frozen_bytes() {
    let (packed, text) = study::pack(&images()).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        *packed == golden(),
        "the packed study layout changed: that is a new version (VERSION + 1) with its own golden file"
    );
    assert_eq!(text.len(), 2);
}

#[test]
fn a_study_from_a_newer_version_or_with_another_magic_is_refused() {
    let mut newer = golden();
    newer[4] = study::VERSION + 1;
    assert_eq!(study::table_len(&newer), Err(study::StudyError::TooNew));
    let mut other = golden();
    other[0] = b'X';
    assert_eq!(study::table_len(&other), Err(study::StudyError::Damaged));
    assert_eq!(study::table_len(b"WFD"), Err(study::StudyError::Damaged));
}
