//! What the fuzz targets in `fuzz/` run on each input, here so that the test replaying the
//! inputs that once crashed us (`fuzz/crashers/`) runs exactly the same code on stable Rust.
//!
//! Each function takes untrusted bytes and must return, whatever they are: a panic, an
//! overflow, an abort or an allocation the file did not pay for is a finding.

use crate::{dicom, image, study};
use wayfinder_core::Media;

/// The sniffer, then the header reader of whatever it recognised: what import does first
/// with every file before deciding to read it.
pub fn sniff(data: &[u8]) {
    match crate::sniff::sniff(data) {
        Some(Media::Dicom) => {
            let _ = dicom::read_instance(data);
        }
        Some(media @ (Media::Jpeg | Media::Png | Media::Tiff)) => {
            let _ = image::info(media, data);
        }
        Some(Media::Pdf) | None => {}
    }
}

/// The DICOM reader: metadata, then the first frame rendered small when there is one.
pub fn dicom(data: &[u8]) {
    if let Ok(instance) = dicom::read_instance(data)
        && instance.frames > 0
    {
        let _ = dicom::render(data, 0, None, 64);
        let _ = dicom::render(data, 0, Some((40.0, 400.0)), 64);
    }
}

/// A CD's DICOMDIR.
pub fn dicomdir(data: &[u8]) {
    let _ = dicom::parse_dicomdir(data);
}

/// A packed study as read back from the vault: its prefix, its table, and where each image
/// lies, every range checked against the file's length.
pub fn study(data: &[u8]) {
    let Ok(table_len) = study::table_len(data) else {
        return;
    };
    let start = study::PREFIX_LEN as usize;
    let Some(json) = usize::try_from(table_len)
        .ok()
        .and_then(|len| data.get(start..start.checked_add(len)?))
    else {
        return;
    };
    let Ok(table) = study::parse_table(json) else {
        return;
    };
    for index in 0..table.images.len() {
        if let Some((offset, length)) = study::image_range(&table, table_len, index) {
            let _ = offset.checked_add(length);
        }
    }
}
