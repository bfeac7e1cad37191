//! A DICOM study as one original: its images packed one after another behind a table of
//! contents, so that the vault seals, hashes and syncs it as one file, and the viewer reads
//! one image (a few chunks of the sealed file) without decrypting the rest.
//!
//! Layout: `WFDS` | version (1 byte) | table length (u32 LE) | table (JSON) | images. The table
//! lists each image's offset from the start of the images, its length and what the viewer
//! lists about it. Version 2 adds each image's own window to the table; a version-1 table,
//! without it, still reads. Each version is pinned by a golden file in `tests/golden/`.

#[cfg(feature = "import")]
use crate::{dicom::Instance, import::ImportError};
use serde::{Deserialize, Serialize};
#[cfg(feature = "import")]
use std::path::PathBuf;
#[cfg(feature = "import")]
use zeroize::Zeroizing;

pub const MAGIC: &[u8; 4] = b"WFDS";
pub const VERSION: u8 = 2;
/// The bytes before the table: magic, version, table length.
pub const PREFIX_LEN: u64 = 9;

/// One image of a packed study, as its table lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudyImage {
    pub offset: u64,
    pub length: u64,
    pub series_uid: String,
    pub series_number: Option<i32>,
    pub series_description: String,
    pub modality: String,
    pub instance_number: Option<i32>,
    pub rows: Option<u32>,
    pub columns: Option<u32>,
    pub frames: u32,
    pub transfer_syntax: String,
    pub photometric: String,
    /// The file's own window, as `(center, width)`. Studies packed before it was kept have
    /// none (the image is still shown in its own window).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<(f64, f64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub study_description: String,
    pub study_date: Option<String>,
    pub images: Vec<StudyImage>,
}

/// Packs the images (already read once by `plan`) into one study file, and gives the text
/// each image adds to search: its series' description and modality, on the series' first image.
#[cfg(feature = "import")]
pub fn pack(
    images: &[(PathBuf, Instance)],
) -> Result<(Zeroizing<Vec<u8>>, Vec<String>), ImportError> {
    let mut data = Zeroizing::new(Vec::new());
    let mut table = Table {
        study_description: String::new(),
        study_date: None,
        images: Vec::with_capacity(images.len()),
    };
    let mut text = Vec::with_capacity(images.len());
    let mut last_series = None;
    for (path, instance) in images {
        let bytes = Zeroizing::new(std::fs::read(path).map_err(|_| ImportError::Unreadable)?);
        if table.images.is_empty() {
            table.study_description = instance.study_description.clone();
            table.study_date = instance.study_date.clone();
        }
        table.images.push(StudyImage {
            offset: data.len() as u64,
            length: bytes.len() as u64,
            series_uid: instance.series_uid.clone(),
            series_number: instance.series_number,
            series_description: instance.series_description.clone(),
            modality: instance.modality.clone(),
            instance_number: instance.instance_number,
            rows: instance.rows,
            columns: instance.columns,
            frames: instance.frames,
            transfer_syntax: instance.transfer_syntax.clone(),
            photometric: instance.photometric.clone(),
            window: instance.window,
        });
        text.push(if last_series.as_ref() != Some(&instance.series_uid) {
            last_series = Some(instance.series_uid.clone());
            format!(
                "{} {} {}",
                instance.modality, instance.study_description, instance.series_description
            )
            .trim()
            .to_owned()
        } else {
            String::new()
        });
        data.extend_from_slice(&bytes);
    }
    let table_json = serde_json::to_vec(&table).map_err(|_| ImportError::Unreadable)?;
    let mut out = Zeroizing::new(Vec::with_capacity(
        PREFIX_LEN as usize + table_json.len() + data.len(),
    ));
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    out.extend_from_slice(&(table_json.len() as u32).to_le_bytes());
    out.extend_from_slice(&table_json);
    out.extend_from_slice(&data);
    Ok((out, text))
}

/// Why a packed study could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StudyError {
    #[error("the study is damaged")]
    Damaged,
    #[error("the study was packed by a newer version")]
    TooNew,
}

/// The length of the table, from the first `PREFIX_LEN` bytes.
pub fn table_len(prefix: &[u8]) -> Result<u64, StudyError> {
    if prefix.len() < PREFIX_LEN as usize || &prefix[..4] != MAGIC {
        return Err(StudyError::Damaged);
    }
    if prefix[4] > VERSION {
        return Err(StudyError::TooNew);
    }
    let len = u32::from_le_bytes([prefix[5], prefix[6], prefix[7], prefix[8]]);
    Ok(u64::from(len))
}

pub fn parse_table(json: &[u8]) -> Result<Table, StudyError> {
    serde_json::from_slice(json).map_err(|_| StudyError::Damaged)
}

/// Where image `index` lies in the packed file: its offset from the file's start, and length.
/// `None` for an index past the table or a range that does not fit in a file.
pub fn image_range(table: &Table, table_len: u64, index: usize) -> Option<(u64, u64)> {
    let image = table.images.get(index)?;
    let offset = (PREFIX_LEN + table_len).checked_add(image.offset)?;
    offset.checked_add(image.length)?;
    Some((offset, image.length))
}
