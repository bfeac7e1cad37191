//! DICOM files and CDs: an instance's metadata, one frame rendered as a PNG, and the images a
//! DICOMDIR lists, read with dicom-rs and pure-Rust codecs only (RLE, JPEG through jpeg-decoder).
//!
//! Files come from families, so every input may be damaged or hostile: nothing here may panic.
//! dicom-rs indexes without checking in a few places (the RLE and JPEG adapters, LUT
//! construction), so `render` checks what those places assume before it calls them.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use dicom_core::VR;
use dicom_core::dictionary::{DataDictionary, DataDictionaryEntry};
use dicom_dictionary_std::{StandardDataDictionary, tags, uids};
use dicom_object::file::ReadPreamble;
use dicom_object::{
    DefaultDicomObject, FileMetaTable, InMemDicomObject, OpenFileOptions, ReadError, Tag,
};
use dicom_pixeldata::{
    ConvertOptions, DecodedPixelData, PixelDecoder, PlanarConfiguration, VoiLutOption, WindowLevel,
};
use dicom_transfer_syntax_registry::{TransferSyntaxIndex, TransferSyntaxRegistry};
use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat, RgbImage};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DicomError {
    #[error("the file is not a DICOM file")]
    NotDicom,
    #[error("the DICOM file is damaged or cut short")]
    Damaged,
    #[error("this image compression is not supported yet")]
    CodecUnsupported,
    #[error("the image has no pixel data")]
    NoImage,
}

wayfinder_core::error_codes! {
    DicomError {
        DicomError::NotDicom => "dicom-not-dicom",
        DicomError::Damaged => "dicom-damaged",
        DicomError::CodecUnsupported => "dicom-codec-unsupported",
        DicomError::NoImage => "dicom-no-image",
    }
}

/// What one DICOM file says about itself, without its pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    pub sop_instance_uid: String,
    pub study_uid: String,
    /// `YYYY-MM-DD`, or `None` when absent or not a real date.
    pub study_date: Option<String>,
    pub study_description: String,
    pub series_uid: String,
    pub series_number: Option<i32>,
    pub series_description: String,
    pub modality: String,
    pub instance_number: Option<i32>,
    pub rows: Option<u32>,
    pub columns: Option<u32>,
    pub bits_allocated: Option<u16>,
    pub samples_per_pixel: Option<u16>,
    pub photometric: String,
    /// Number of Frames; 1 when absent and the file has an image, 0 when it has none.
    pub frames: u32,
    /// The transfer syntax's name as dicom-rs's registry gives it, or its UID when unknown.
    pub transfer_syntax: String,
    /// The first Window Center and Window Width, as `(center, width)`.
    pub window: Option<(f64, f64)>,
    /// Institution Name, or empty.
    pub institution: String,
}

/// Reads metadata only: parsing stops before the pixel data.
///
/// Because the pixel data is not read, whether a file has an image is judged from Rows and
/// Columns: the Image Pixel module requires them together with Pixel Data, and objects
/// without an image (RT plans, structured reports) have none of them.
pub fn read_instance(bytes: &[u8]) -> Result<Instance, DicomError> {
    let object = open(bytes, Some(tags::PIXEL_DATA))?;
    let rows = int::<u32>(&object, tags::ROWS);
    let columns = int::<u32>(&object, tags::COLUMNS);
    let frames = if rows.is_some() && columns.is_some() {
        number_of_frames(&object)?.unwrap_or(1)
    } else {
        0
    };
    let mut sop_instance_uid = text(&object, tags::SOP_INSTANCE_UID);
    if sop_instance_uid.is_empty() {
        sop_instance_uid = clean(&object.meta().media_storage_sop_instance_uid);
    }
    Ok(Instance {
        sop_instance_uid,
        study_uid: text(&object, tags::STUDY_INSTANCE_UID),
        study_date: date(&object, tags::STUDY_DATE),
        study_description: text(&object, tags::STUDY_DESCRIPTION),
        series_uid: text(&object, tags::SERIES_INSTANCE_UID),
        series_number: int(&object, tags::SERIES_NUMBER),
        series_description: text(&object, tags::SERIES_DESCRIPTION),
        modality: text(&object, tags::MODALITY),
        instance_number: int(&object, tags::INSTANCE_NUMBER),
        rows,
        columns,
        bits_allocated: int(&object, tags::BITS_ALLOCATED),
        samples_per_pixel: int(&object, tags::SAMPLES_PER_PIXEL),
        photometric: text(&object, tags::PHOTOMETRIC_INTERPRETATION),
        frames,
        transfer_syntax: transfer_syntax_name(object.meta().transfer_syntax()),
        window: file_window(&object),
        institution: text(&object, tags::INSTITUTION_NAME),
    })
}

/// Renders frame `frame` (0-based) as PNG bytes in memory, scaled down (never up) to at most
/// `max_width` pixels wide keeping its aspect ratio.
///
/// Greyscale images get `window` (center, width) when given, else the file's own window, else
/// the frame's minimum and maximum; MONOCHROME1 is inverted. RGB, YBR and palette colour
/// images are shown in colour.
pub fn render(
    bytes: &[u8],
    frame: u32,
    window: Option<(f64, f64)>,
    max_width: u32,
) -> Result<Vec<u8>, DicomError> {
    let object = open(bytes, None)?;
    let image = decode_frame(&object, frame, window)?;
    to_png(image, max_width)
}

/// One image of a CD, with the patient, study and series its DICOMDIR files it under.
#[derive(Debug, Clone, PartialEq)]
pub struct DirEntry {
    pub patient_id: String,
    pub patient_name: String,
    pub study_uid: String,
    pub study_date: Option<String>,
    pub study_description: String,
    pub series_uid: String,
    pub series_number: Option<i32>,
    pub modality: String,
    pub instance_number: Option<i32>,
    /// Relative to the DICOMDIR's folder: the Referenced File ID's components joined.
    pub file: PathBuf,
}

/// Reads a DICOMDIR (the directory record sequence: PATIENT > STUDY > SERIES > IMAGE) and
/// lists every image with its patient/study/series.
///
/// Every record under a series that references a file is listed (IMAGE, and also RT DOSE,
/// SR DOCUMENT and the like). A file reference that could leave the CD's folder ("..", a
/// separator or a drive inside a component) makes the whole DICOMDIR `Damaged`.
pub fn read_dicomdir(path: &Path) -> Result<Vec<DirEntry>, DicomError> {
    let bytes = std::fs::read(path).map_err(|_| DicomError::Damaged)?;
    parse_dicomdir(&bytes)
}

/// `read_dicomdir` on the DICOMDIR's bytes.
pub fn parse_dicomdir(bytes: &[u8]) -> Result<Vec<DirEntry>, DicomError> {
    let object = open(bytes, None)?;
    let records = object
        .get(tags::DIRECTORY_RECORD_SEQUENCE)
        .and_then(|element| element.items())
        .ok_or(DicomError::Damaged)?;
    let root = int::<u32>(
        &object,
        tags::OFFSET_OF_THE_FIRST_DIRECTORY_RECORD_OF_THE_ROOT_DIRECTORY_ENTITY,
    );
    let order = root
        .and_then(|root| linked_order(root, records))
        .unwrap_or_else(|| (0..records.len()).collect());

    let mut entries = Vec::new();
    let mut patient = (String::new(), String::new());
    let mut study = (String::new(), None, String::new());
    let mut series = (String::new(), None, String::new());
    for record in order.into_iter().filter_map(|index| records.get(index)) {
        match text(record, tags::DIRECTORY_RECORD_TYPE).as_str() {
            "PATIENT" => {
                patient = (
                    text(record, tags::PATIENT_ID),
                    text(record, tags::PATIENT_NAME),
                );
                study = (String::new(), None, String::new());
                series = (String::new(), None, String::new());
            }
            "STUDY" => {
                study = (
                    text(record, tags::STUDY_INSTANCE_UID),
                    date(record, tags::STUDY_DATE),
                    text(record, tags::STUDY_DESCRIPTION),
                );
                series = (String::new(), None, String::new());
            }
            "SERIES" => {
                series = (
                    text(record, tags::SERIES_INSTANCE_UID),
                    int(record, tags::SERIES_NUMBER),
                    text(record, tags::MODALITY),
                );
            }
            _ => {
                let in_use = int::<u16>(record, tags::RECORD_IN_USE_FLAG) != Some(0);
                let Some(file) = record.get(tags::REFERENCED_FILE_ID) else {
                    continue;
                };
                if !in_use {
                    continue;
                }
                entries.push(DirEntry {
                    patient_id: patient.0.clone(),
                    patient_name: patient.1.clone(),
                    study_uid: study.0.clone(),
                    study_date: study.1.clone(),
                    study_description: study.2.clone(),
                    series_uid: series.0.clone(),
                    series_number: series.1,
                    modality: series.2.clone(),
                    instance_number: int(record, tags::INSTANCE_NUMBER),
                    file: file_path(file)?,
                });
            }
        }
    }
    Ok(entries)
}

/// Explicit VR Big Endian, which dicom-dictionary-std marks deprecated since the standard
/// retired it; CDs still carry it.
const EXPLICIT_VR_BIG_ENDIAN: &str = "1.2.840.10008.1.2.2";

/// Parses a DICOM file held in memory, up to `read_until` (excluded) when given.
///
/// Every declared value length is checked against the bytes left before dicom-rs sees the
/// file (see `lengths_fit`). A data set in implicit VR under a transfer syntax that says
/// explicit VR little endian is read as implicit VR: some writers do this (the fixture
/// `SC_rgb_jpeg.dcm`, from highdicom 0.1), and pydicom reads such files by looking at the
/// data. Such a data set is read whole, pixel data included.
fn open(bytes: &[u8], read_until: Option<Tag>) -> Result<DefaultDicomObject, DicomError> {
    let body = if bytes.get(128..132) == Some(b"DICM".as_slice()) {
        bytes.get(128..).unwrap_or_default()
    } else if bytes.get(..4) == Some(b"DICM".as_slice()) {
        bytes
    } else {
        return Err(DicomError::NotDicom);
    };
    let after_magic = body.get(4..).unwrap_or_default();
    lengths_fit(after_magic, Encoding::ExplicitLittle, true).ok_or(DicomError::Damaged)?;
    let mut dataset = body;
    let meta = FileMetaTable::from_reader(&mut dataset).map_err(|_| DicomError::Damaged)?;
    let declared = encoding(meta.transfer_syntax());

    let mut error = DicomError::Damaged;
    if declared.is_none_or(|encoding| lengths_fit(dataset, encoding, false).is_some()) {
        let mut options = OpenFileOptions::new().read_preamble(ReadPreamble::Never);
        if let Some(tag) = read_until {
            options = options.read_until(tag);
        }
        match options.from_reader(body) {
            Ok(object) => return Ok(object),
            Err(
                ReadError::ReadUnrecognizedTransferSyntax { .. }
                | ReadError::ReadUnsupportedTransferSyntax { .. }
                | ReadError::ReadUnsupportedTransferSyntaxWithSuggestion { .. },
            ) => error = DicomError::CodecUnsupported,
            Err(_) => {}
        }
    }

    // In explicit VR, two capital letters (the VR) follow the first tag.
    let looks_explicit = dataset
        .get(4..6)
        .is_some_and(|vr| vr.iter().all(u8::is_ascii_uppercase));
    if declared == Some(Encoding::ExplicitLittle)
        && !looks_explicit
        && lengths_fit(dataset, Encoding::ImplicitLittle, false).is_some()
    {
        let implicit = TransferSyntaxRegistry
            .get(uids::IMPLICIT_VR_LITTLE_ENDIAN)
            .ok_or(DicomError::Damaged)?;
        if let Ok(object) = InMemDicomObject::read_dataset_with_ts(dataset, implicit) {
            return Ok(object.with_exact_meta(meta));
        }
    }
    Err(error)
}

/// How a data set is encoded, for `lengths_fit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    ImplicitLittle,
    ExplicitLittle,
    ExplicitBig,
}

/// The encoding of a transfer syntax's data set; `None` when it cannot be walked without
/// decoding (deflated) or dicom-rs does not know it (and will refuse it).
fn encoding(transfer_syntax: &str) -> Option<Encoding> {
    match clean(transfer_syntax).as_str() {
        uids::IMPLICIT_VR_LITTLE_ENDIAN => Some(Encoding::ImplicitLittle),
        EXPLICIT_VR_BIG_ENDIAN => Some(Encoding::ExplicitBig),
        uids::DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN => None,
        uid => TransferSyntaxRegistry
            .get(uid)
            .filter(|ts| !ts.is_unsupported())
            .map(|_| Encoding::ExplicitLittle),
    }
}

/// Whether a VR's value length takes 16 bits in explicit VR (PS3.5 7.1.2); others take 32
/// bits after two reserved bytes, unknown VRs included (dicom-rs reads those as UN).
fn short_length(vr: VR) -> bool {
    use VR::*;
    matches!(
        vr,
        AE | AS
            | AT
            | CS
            | DA
            | DS
            | DT
            | FL
            | FD
            | IS
            | LO
            | LT
            | PN
            | SH
            | SL
            | SS
            | ST
            | TM
            | UI
            | UL
            | US
    )
}

/// The size of one number for binary numeric VRs: dicom-rs reads `length / size` numbers,
/// so a length that is not a multiple would leave it reading the rest of the file off by a
/// few bytes.
fn number_size(vr: VR) -> usize {
    use VR::*;
    match vr {
        US | SS | OW => 2,
        UL | SL | FL | OF | OL | AT => 4,
        FD | OD | SV | UV | OV => 8,
        _ => 1,
    }
}

/// The VR dicom-rs gives an element in implicit VR: from its dictionary, with Pixel Data and
/// Overlay Data as OW, and UN when unknown.
fn implicit_vr(group: u16, element: u16) -> VR {
    if (group, element) == (0x7FE0, 0x0010) || (group >> 8 == 0x60 && element == 0x3000) {
        return VR::OW;
    }
    StandardDataDictionary
        .by_tag(Tag(group, element))
        .map_or(VR::UN, |entry| entry.vr().relaxed())
}

/// Whether every value length declared in `data` fits in the bytes left after it: `None`
/// when one does not, else where the walk stopped.
///
/// dicom-rs allocates (and zeroes) a value's declared length before reading it, so a damaged
/// length of a few GB costs that much memory, and seconds, before the read fails. This walks
/// the elements as dicom-rs will, skipping values without reading them, descending into
/// sequences and items, and skipping pixel data fragments. It stops at a truncated header,
/// leaving that to dicom-rs.
/// With `meta_only`, it stops at the end of the file meta group: dicom-rs reads elements of
/// any group there until the group length (0002,0000) is used up, so the walk does too.
fn lengths_fit(data: &[u8], encoding: Encoding, meta_only: bool) -> Option<usize> {
    let big = encoding == Encoding::ExplicitBig;
    let u16_at = |at: usize| -> Option<u16> {
        let bytes = [*data.get(at)?, *data.get(at.checked_add(1)?)?];
        Some(if big {
            u16::from_be_bytes(bytes)
        } else {
            u16::from_le_bytes(bytes)
        })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let high_first = (
            u32::from(u16_at(at)?),
            u32::from(u16_at(at.checked_add(2)?)?),
        );
        Some(if big {
            high_first.0 << 16 | high_first.1
        } else {
            high_first.1 << 16 | high_first.0
        })
    };
    let mut at = 0usize;
    let mut in_pixel_sequence = false;
    // Where the meta group ends by its own length: after the group length element
    // (0002,0000), whatever VR it claims (dicom-rs only checks that its value is 4 bytes).
    let meta_end = (data.get(..4) == Some(b"\x02\x00\x00\x00".as_slice()))
        .then(|| {
            let vr = VR::from_binary([*data.get(4)?, *data.get(5)?]).unwrap_or(VR::UN);
            let (length, value_at) = if short_length(vr) {
                (u32::from(u16_at(6)?), 8)
            } else {
                (u32_at(8)?, 12)
            };
            (length == 4)
                .then(|| u32_at(value_at))
                .flatten()
                .map(|group| (value_at + 4).saturating_add(group as usize))
        })
        .flatten()
        .unwrap_or(0);
    // The ends of the sequences and items of defined length the walk is inside. An element
    // that runs past the end of its container is refused: dicom-rs would go on reading from
    // a place this walk cannot follow.
    let mut ends: Vec<usize> = Vec::new();
    loop {
        while ends.last().is_some_and(|&end| at >= end) {
            if ends.pop().is_some_and(|end| at > end) {
                return None;
            }
        }
        let inside = |end: usize| ends.last().is_none_or(|&limit| end <= limit);
        let (Some(group), Some(element)) = (u16_at(at), u16_at(at + 2)) else {
            return Some(at);
        };
        if meta_only && group != 0x0002 && at >= meta_end {
            return Some(at);
        }
        if group == 0xFFFE {
            let Some(length) = u32_at(at + 4) else {
                return Some(at);
            };
            at += 8;
            // Only items and the two delimiters exist in group FFFE; dicom-rs reads anything
            // else there its own way.
            if !inside(at) || !matches!(element, 0xE000 | 0xE00D | 0xE0DD) {
                return None;
            }
            // A delimiter's length is zero (PS3.5 7.5); dicom-rs reads a value for one that
            // says otherwise.
            if element != 0xE000 && length != 0 {
                return None;
            }
            if element == 0xE0DD {
                in_pixel_sequence = false;
            } else if element == 0xE000 && length != u32::MAX {
                let length = usize::try_from(length).ok()?;
                if data.len().saturating_sub(at) < length || !inside(at + length) {
                    return None;
                }
                if in_pixel_sequence {
                    at += length;
                } else {
                    ends.push(at + length);
                }
            }
            continue;
        }
        let (vr, length, header) = if encoding == Encoding::ImplicitLittle {
            (implicit_vr(group, element), u32_at(at + 4), 8)
        } else {
            let (Some(first), Some(second)) = (data.get(at + 4), data.get(at + 5)) else {
                return Some(at);
            };
            let vr = VR::from_binary([*first, *second]).unwrap_or(VR::UN);
            if short_length(vr) {
                (vr, u16_at(at + 6).map(u32::from), 8)
            } else {
                (vr, u32_at(at + 8), 12)
            }
        };
        let Some(length) = length else {
            return Some(at);
        };
        at += header;
        if !inside(at) {
            return None;
        }
        if length == u32::MAX {
            // dicom-rs reads any undefined-length element as a sequence, in the same encoding.
            in_pixel_sequence |= (group, element) == (0x7FE0, 0x0010);
            continue;
        }
        let length = usize::try_from(length).ok()?;
        if data.len().saturating_sub(at) < length
            || length % number_size(vr) != 0
            || !inside(at + length)
        {
            return None;
        }
        if vr == VR::SQ {
            ends.push(at + length);
        } else {
            at += length;
        }
    }
}

/// A text value without its padding, or empty when absent or not text.
fn text(object: &InMemDicomObject, tag: Tag) -> String {
    object
        .get(tag)
        .and_then(|element| element.to_str().ok())
        .map(|value| clean(&value))
        .unwrap_or_default()
}

fn clean(value: &str) -> String {
    value
        .trim_matches(|c: char| c == '\0' || c.is_whitespace())
        .to_owned()
}

fn int<T: TryFrom<i64>>(object: &InMemDicomObject, tag: Tag) -> Option<T> {
    object
        .get(tag)
        .and_then(|element| element.to_int::<i64>().ok())
        .and_then(|value| T::try_from(value).ok())
}

/// A DA value as `YYYY-MM-DD`; the old ACR-NEMA form `YYYY.MM.DD` is accepted too.
fn date(object: &InMemDicomObject, tag: Tag) -> Option<String> {
    let value = text(object, tag);
    let digits: String = value.chars().filter(|c| *c != '.').collect();
    if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year = digits.get(0..4)?.parse().ok()?;
    let month = digits.get(4..6)?.parse().ok()?;
    let day = digits.get(6..8)?.parse().ok()?;
    chrono::NaiveDate::from_ymd_opt(year, month, day).map(|d| d.format("%Y-%m-%d").to_string())
}

/// Number of Frames: `None` when absent or empty, `Damaged` when it is not a positive number
/// (then no frame of the image can be found reliably).
fn number_of_frames(object: &InMemDicomObject) -> Result<Option<u32>, DicomError> {
    let Some(element) = object.get(tags::NUMBER_OF_FRAMES) else {
        return Ok(None);
    };
    if text(object, tags::NUMBER_OF_FRAMES).is_empty() {
        return Ok(None);
    }
    match element.to_int::<i64>() {
        Ok(frames) if frames > 0 => u32::try_from(frames)
            .map(Some)
            .map_err(|_| DicomError::Damaged),
        _ => Err(DicomError::Damaged),
    }
}

fn transfer_syntax_name(uid: &str) -> String {
    let uid = clean(uid);
    TransferSyntaxRegistry
        .get(&uid)
        .map_or(uid.clone(), |ts| ts.name().to_owned())
}

fn file_window(object: &InMemDicomObject) -> Option<(f64, f64)> {
    let first = |tag| {
        object
            .get(tag)
            .and_then(|element| element.to_multi_float64().ok())
            .and_then(|values| values.first().copied())
    };
    Some((first(tags::WINDOW_CENTER)?, first(tags::WINDOW_WIDTH)?))
}

/// A window worth applying: finite, with a positive width.
fn usable_window((center, width): (f64, f64)) -> Option<WindowLevel> {
    (center.is_finite() && width.is_finite() && width > 0.0)
        .then_some(WindowLevel { center, width })
}

/// The attributes that decide how a frame is decoded, checked against what dicom-rs assumes.
struct Layout {
    rows: u16,
    columns: u16,
    samples: u16,
    bits_allocated: u16,
    frames: u32,
    photometric: String,
}

fn layout(object: &InMemDicomObject) -> Result<Layout, DicomError> {
    let rows = int::<u16>(object, tags::ROWS).ok_or(DicomError::Damaged)?;
    let columns = int::<u16>(object, tags::COLUMNS).ok_or(DicomError::Damaged)?;
    let samples = int::<u16>(object, tags::SAMPLES_PER_PIXEL).ok_or(DicomError::Damaged)?;
    let bits_allocated = int::<u16>(object, tags::BITS_ALLOCATED).ok_or(DicomError::Damaged)?;
    let bits_stored = int::<u16>(object, tags::BITS_STORED).ok_or(DicomError::Damaged)?;
    let photometric = text(object, tags::PHOTOMETRIC_INTERPRETATION);
    if rows == 0 || columns == 0 || bits_stored == 0 || bits_stored > bits_allocated {
        return Err(DicomError::Damaged);
    }
    let supported = match (samples, photometric.as_str()) {
        (1, "MONOCHROME1" | "MONOCHROME2") => matches!(bits_allocated, 1 | 8 | 16),
        (1, "PALETTE COLOR") => matches!(bits_allocated, 8 | 16),
        // YBR_FULL_422 outside JPEG is subsampled, which nothing here decodes.
        (3, "RGB" | "YBR_FULL" | "YBR_FULL_422") => matches!(bits_allocated, 8 | 16),
        _ => false,
    };
    if !supported {
        return Err(DicomError::CodecUnsupported);
    }
    Ok(Layout {
        rows,
        columns,
        samples,
        bits_allocated,
        frames: number_of_frames(object)?.unwrap_or(1),
        photometric,
    })
}

fn decode_frame(
    object: &DefaultDicomObject,
    frame: u32,
    window: Option<(f64, f64)>,
) -> Result<DynamicImage, DicomError> {
    let Some(pixel_data) = object.get(tags::PIXEL_DATA) else {
        if object.get(tags::FLOAT_PIXEL_DATA).is_some()
            || object.get(tags::DOUBLE_FLOAT_PIXEL_DATA).is_some()
        {
            return Err(DicomError::CodecUnsupported);
        }
        return Err(DicomError::NoImage);
    };
    let layout = layout(object)?;
    if frame >= layout.frames {
        return Err(DicomError::NoImage);
    }
    let ts = TransferSyntaxRegistry
        .get(&clean(object.meta().transfer_syntax()))
        .ok_or(DicomError::CodecUnsupported)?;
    if !ts.can_decode_all() {
        return Err(DicomError::CodecUnsupported);
    }
    let jpeg = matches!(
        ts.uid(),
        uids::JPEG_BASELINE8_BIT
            | uids::JPEG_EXTENDED12_BIT
            | uids::JPEG_LOSSLESS
            | uids::JPEG_LOSSLESS_SV1
    );
    if layout.photometric == "YBR_FULL_422" && !jpeg {
        return Err(DicomError::CodecUnsupported);
    }
    if ts.is_encapsulated_pixel_data() {
        let fragments = pixel_data.fragments().ok_or(DicomError::Damaged)?;
        if jpeg {
            let offsets = pixel_data.value().offset_table().unwrap_or(&[]);
            let bytes = jpeg_frame(fragments, offsets, frame, &layout)?;
            let header = check_jpeg(&bytes, &layout)?;
            if layout.samples == 3 {
                return jpeg_colour(&bytes, &header, &layout);
            }
        } else if ts.uid() == uids::RLE_LOSSLESS {
            check_rle(fragments, frame, &layout)?;
        } else {
            return Err(DicomError::CodecUnsupported);
        }
    } else if pixel_data.fragments().is_some() || pixel_data.items().is_some() {
        return Err(DicomError::Damaged);
    }

    let decoded = object
        .decode_pixel_data_frame(frame)
        .map_err(|_| DicomError::Damaged)?;
    if layout.photometric == "PALETTE COLOR" {
        return palette_image(object, &decoded, &layout);
    }
    if layout.samples == 3 {
        return colour_image(&decoded, &layout);
    }
    let chosen = window.and_then(usable_window).or_else(|| {
        decoded
            .window()
            .ok()
            .flatten()
            .and_then(|windows| windows.first())
            .and_then(|w| usable_window((w.center, w.width)))
    });
    // VOI LUT sequences are left aside on purpose: dicom-pixeldata panics on some malformed ones.
    let voi = chosen.map_or(VoiLutOption::Normalize, VoiLutOption::Custom);
    let options = ConvertOptions::new().with_voi_lut(voi).force_8bit();
    decoded
        .to_dynamic_image_with_options(0, &options)
        .map_err(|_| DicomError::Damaged)
}

/// Checks what dicom-rs's RLE adapter indexes without checking: the 64-byte header, one
/// segment per byte of each sample, and segments that decode to a full plane.
fn check_rle(fragments: &[Vec<u8>], frame: u32, layout: &Layout) -> Result<(), DicomError> {
    let fragment = usize::try_from(frame)
        .ok()
        .and_then(|frame| fragments.get(frame))
        .ok_or(DicomError::Damaged)?;
    let word = |at: usize| -> Option<usize> {
        let bytes = fragment.get(at..at + 4)?;
        let value = u32::from_le_bytes([
            bytes.first().copied()?,
            *bytes.get(1)?,
            *bytes.get(2)?,
            *bytes.get(3)?,
        ]);
        usize::try_from(value).ok()
    };
    let segments = word(0).ok_or(DicomError::Damaged)?;
    let expected = usize::from(layout.samples) * usize::from(layout.bits_allocated / 8);
    if segments != expected || segments == 0 || segments > 15 {
        return Err(DicomError::Damaged);
    }
    let mut bounds = (1..=segments)
        .map(|i| word(4 * i))
        .collect::<Option<Vec<usize>>>()
        .ok_or(DicomError::Damaged)?;
    bounds.push(fragment.len());
    let plane = usize::from(layout.rows) * usize::from(layout.columns);
    for pair in bounds.windows(2) {
        let (start, end) = match pair {
            [start, end] => (*start, *end),
            _ => return Err(DicomError::Damaged),
        };
        let segment = fragment.get(start..end).ok_or(DicomError::Damaged)?;
        if packbits_len(segment).ok_or(DicomError::Damaged)? < plane {
            return Err(DicomError::Damaged);
        }
    }
    Ok(())
}

/// The length a PackBits segment decodes to, as the RLE adapter's reader decodes it; `None`
/// when a run is cut short.
fn packbits_len(segment: &[u8]) -> Option<usize> {
    let mut read = 0usize;
    let mut out = 0usize;
    while read < segment.len() {
        let header = *segment.get(read)? as i8;
        read += 1;
        if header >= 0 {
            let count = usize::from(header.unsigned_abs()) + 1;
            out += count.min(segment.len().saturating_sub(read));
            read += count;
        } else if header != -128 {
            segment.get(read)?;
            out += 1 + usize::from(header.unsigned_abs());
            read += 1;
        }
    }
    Some(out)
}

/// The bytes of one JPEG frame, chosen from the fragments as dicom-rs's JPEG adapter does.
fn jpeg_frame(
    fragments: &[Vec<u8>],
    offsets: &[u32],
    frame: u32,
    layout: &Layout,
) -> Result<Vec<u8>, DicomError> {
    let index = usize::try_from(frame).map_err(|_| DicomError::Damaged)?;
    let frames = usize::try_from(layout.frames).map_err(|_| DicomError::Damaged)?;
    if fragments.len() == 1 || fragments.len() == frames {
        return fragments.get(index).cloned().ok_or(DicomError::Damaged);
    }
    let start = match offsets.get(index) {
        Some(offset) => usize::try_from(*offset).map_err(|_| DicomError::Damaged)?,
        None if index == 0 => 0,
        None => return Err(DicomError::Damaged),
    };
    let next = index
        .checked_add(1)
        .and_then(|next| offsets.get(next))
        .and_then(|next| usize::try_from(*next).ok());
    let mut position = 0usize;
    let mut bytes = Vec::new();
    for fragment in fragments {
        if position >= start {
            bytes.extend_from_slice(fragment);
        }
        position = position.saturating_add(fragment.len()).saturating_add(8);
        if next.is_some_and(|next| position >= next) {
            break;
        }
    }
    Ok(bytes)
}

/// Checks a JPEG frame against the image's attributes before jpeg-decoder sees it: the
/// adapter copies the decoded bytes into a buffer sized from the attributes without checking.
/// Features jpeg-decoder lacks (12-bit lossy, arithmetic coding, hierarchical) are
/// `CodecUnsupported`.
fn check_jpeg(bytes: &[u8], layout: &Layout) -> Result<JpegHeader, DicomError> {
    let header = jpeg_header(bytes).ok_or(DicomError::Damaged)?;
    let lossless = header.marker == 0xC3;
    if !matches!(header.marker, 0xC0..=0xC3)
        || (header.precision != 8 && !lossless)
        || !(2..=16).contains(&header.precision)
        || header.height == 0
    {
        return Err(DicomError::CodecUnsupported);
    }
    if header.width != layout.columns
        || header.height != layout.rows
        || u16::from(header.components) != layout.samples
    {
        return Err(DicomError::Damaged);
    }
    if header.sample_bytes() * 8 != layout.bits_allocated {
        return Err(DicomError::CodecUnsupported);
    }
    // A few bytes claiming a huge image would have the decoder allocate gigabytes: refuse
    // what dicom-rs's adapter refuses (16 MiB or more, at over 64 times the stream's size).
    let decoded = usize::from(header.width)
        * usize::from(header.height)
        * usize::from(header.components)
        * usize::from(header.sample_bytes());
    if decoded >= 16 << 20 && bytes.len() < decoded / 64 {
        return Err(DicomError::Damaged);
    }
    Ok(header)
}

/// What a JPEG stream's headers say, up to its frame header.
struct JpegHeader {
    marker: u8,
    precision: u8,
    height: u16,
    width: u16,
    components: u8,
    /// A JFIF or Adobe segment, or component identifiers that name the colour space.
    colour_declared: bool,
}

impl JpegHeader {
    fn sample_bytes(&self) -> u16 {
        if self.precision > 8 { 2 } else { 1 }
    }
}

/// Reads a JPEG stream's headers up to its frame header (SOFn).
fn jpeg_header(bytes: &[u8]) -> Option<JpegHeader> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut colour_declared = false;
    let mut at = 2usize;
    loop {
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        while *bytes.get(at)? == 0xFF {
            at += 1;
        }
        let marker = *bytes.get(at)?;
        at += 1;
        match marker {
            0x01 | 0xD0..=0xD7 => continue,
            0xD8..=0xDA => return None,
            _ => {}
        }
        let length = usize::from(u16::from_be_bytes([*bytes.get(at)?, *bytes.get(at + 1)?]));
        if length < 2 {
            return None;
        }
        let segment = bytes.get(at + 2..at + length)?;
        // jpeg-decoder heeds an Adobe segment only when it holds its 12 bytes.
        let jfif = marker == 0xE0 && segment.starts_with(b"JFIF\0");
        let adobe = marker == 0xEE && segment.starts_with(b"Adobe\0") && segment.len() >= 12;
        colour_declared |= jfif || adobe;
        if matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF) {
            let components = *segment.get(5)?;
            let identifiers: Vec<u8> = (0..usize::from(components))
                .filter_map(|i| segment.get(6 + 3 * i).copied())
                .collect();
            colour_declared |= matches!(identifiers.as_slice(), [1, 2, 3] | [b'R', b'G', b'B']);
            return Some(JpegHeader {
                marker,
                precision: *segment.first()?,
                height: u16::from_be_bytes([*segment.get(1)?, *segment.get(2)?]),
                width: u16::from_be_bytes([*segment.get(3)?, *segment.get(4)?]),
                components,
                colour_declared,
            });
        }
        at += length;
    }
}

/// Decodes a colour JPEG frame. When the stream does not say whether it holds RGB or YCbCr,
/// the DICOM Photometric Interpretation decides (RGB means no colour transform); dicom-rs's
/// adapter would assume YCbCr and show an RGB image in false colours.
fn jpeg_colour(
    bytes: &[u8],
    header: &JpegHeader,
    layout: &Layout,
) -> Result<DynamicImage, DicomError> {
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    if !header.colour_declared {
        decoder.set_color_transform(if layout.photometric == "RGB" {
            jpeg_decoder::ColorTransform::RGB
        } else {
            jpeg_decoder::ColorTransform::YCbCr
        });
    }
    let pixels = decoder.decode().map_err(|error| match error {
        jpeg_decoder::Error::Unsupported(_) => DicomError::CodecUnsupported,
        _ => DicomError::Damaged,
    })?;
    let (width, height) = (u32::from(layout.columns), u32::from(layout.rows));
    let image = if header.sample_bytes() == 2 {
        let samples = pixels
            .chunks_exact(2)
            .map(|pair| match pair {
                [a, b] => u16::from_ne_bytes([*a, *b]),
                _ => 0,
            })
            .collect();
        image::ImageBuffer::from_raw(width, height, samples).map(DynamicImage::ImageRgb16)
    } else {
        RgbImage::from_raw(width, height, pixels).map(DynamicImage::ImageRgb8)
    };
    image
        .map(|image| DynamicImage::ImageRgb8(image.to_rgb8()))
        .ok_or(DicomError::Damaged)
}

/// Builds a colour image from decoded RGB or YBR_FULL samples. dicom-pixeldata labels every
/// decoded RLE frame RGB, so the file's own Photometric Interpretation decides here.
fn colour_image(
    decoded: &DecodedPixelData<'_>,
    layout: &Layout,
) -> Result<DynamicImage, DicomError> {
    let data = decoded.frame_data(0).map_err(|_| DicomError::Damaged)?;
    let samples: Vec<u8> = if layout.bits_allocated == 16 {
        data.chunks_exact(2)
            .map(|pair| match pair {
                [a, b] => u16::from_ne_bytes([*a, *b]).to_be_bytes()[0],
                _ => 0,
            })
            .collect()
    } else {
        data.to_vec()
    };
    let pixels = usize::from(layout.rows) * usize::from(layout.columns);
    let interleaved: Vec<[u8; 3]> = match decoded.planar_configuration() {
        PlanarConfiguration::Standard => samples
            .chunks_exact(3)
            .map(|pixel| match pixel {
                [a, b, c] => [*a, *b, *c],
                _ => [0; 3],
            })
            .collect(),
        PlanarConfiguration::PixelFirst => (0..pixels)
            .map(|i| {
                let sample = |plane: usize| samples.get(plane * pixels + i).copied().unwrap_or(0);
                [sample(0), sample(1), sample(2)]
            })
            .collect(),
    };
    let ybr = layout.photometric == "YBR_FULL";
    let rgb: Vec<u8> = interleaved
        .into_iter()
        .flat_map(|pixel| if ybr { ybr_to_rgb(pixel) } else { pixel })
        .collect();
    RgbImage::from_raw(u32::from(layout.columns), u32::from(layout.rows), rgb)
        .map(DynamicImage::ImageRgb8)
        .ok_or(DicomError::Damaged)
}

/// YBR_FULL to RGB, as PS3.3 C.7.6.3.1.2 defines it.
fn ybr_to_rgb([y, cb, cr]: [u8; 3]) -> [u8; 3] {
    let (y, cb, cr) = (f64::from(y), f64::from(cb) - 128.0, f64::from(cr) - 128.0);
    // The float-to-int cast saturates, which is the clamp we want.
    let channel = |value: f64| value.round().clamp(0.0, 255.0) as u8;
    [
        channel(y + 1.402 * cr),
        channel(y - 0.344_136 * cb - 0.714_136 * cr),
        channel(y + 1.772 * cb),
    ]
}

/// Maps palette indices to colours; dicom-pixeldata would show the indices as grey.
fn palette_image(
    object: &InMemDicomObject,
    decoded: &DecodedPixelData<'_>,
    layout: &Layout,
) -> Result<DynamicImage, DicomError> {
    let red = Palette::read(
        object,
        tags::RED_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR,
        tags::RED_PALETTE_COLOR_LOOKUP_TABLE_DATA,
    )?;
    let green = Palette::read(
        object,
        tags::GREEN_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR,
        tags::GREEN_PALETTE_COLOR_LOOKUP_TABLE_DATA,
    )?;
    let blue = Palette::read(
        object,
        tags::BLUE_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR,
        tags::BLUE_PALETTE_COLOR_LOOKUP_TABLE_DATA,
    )?;
    let data = decoded.frame_data(0).map_err(|_| DicomError::Damaged)?;
    let indices: Vec<i64> = if layout.bits_allocated == 8 {
        data.iter().map(|b| i64::from(*b)).collect()
    } else {
        data.chunks_exact(2)
            .map(|pair| match pair {
                [a, b] => i64::from(u16::from_ne_bytes([*a, *b])),
                _ => 0,
            })
            .collect()
    };
    let pixels = indices
        .iter()
        .flat_map(|index| [red.map(*index), green.map(*index), blue.map(*index)])
        .collect();
    RgbImage::from_raw(u32::from(layout.columns), u32::from(layout.rows), pixels)
        .map(DynamicImage::ImageRgb8)
        .ok_or(DicomError::Damaged)
}

/// One channel of a palette colour lookup table, narrowed to 8 bits.
struct Palette {
    first: i64,
    table: Vec<u8>,
}

impl Palette {
    fn read(object: &InMemDicomObject, descriptor: Tag, data: Tag) -> Result<Self, DicomError> {
        // Segmented palettes have no plain LUT data; they are not supported yet.
        let descriptor = object
            .get(descriptor)
            .and_then(|element| element.to_multi_int::<i64>().ok())
            .ok_or(DicomError::CodecUnsupported)?;
        let words = object
            .get(data)
            .and_then(|element| element.to_multi_int::<u16>().ok())
            .ok_or(DicomError::CodecUnsupported)?;
        let [count, first, bits] = descriptor.as_slice() else {
            return Err(DicomError::Damaged);
        };
        // An entry count of 0 means 2^16 entries; a first value read as signed is unsigned.
        let count = if *count == 0 {
            65536
        } else {
            count.rem_euclid(65536)
        };
        let count = usize::try_from(count).map_err(|_| DicomError::Damaged)?;
        let first = first.rem_euclid(65536);
        let table: Vec<u8> = match bits {
            16 => words.iter().map(|w| w.to_be_bytes()[0]).collect(),
            8 if words.len() >= count => words.iter().map(|w| w.to_le_bytes()[0]).collect(),
            8 => words.iter().flat_map(|w| w.to_le_bytes()).collect(),
            _ => return Err(DicomError::CodecUnsupported),
        };
        if table.len() < count || count == 0 {
            return Err(DicomError::Damaged);
        }
        let mut table = table;
        table.truncate(count);
        Ok(Palette { first, table })
    }

    fn map(&self, index: i64) -> u8 {
        let last = self.table.len().saturating_sub(1);
        let at = usize::try_from(index - self.first).unwrap_or(0).min(last);
        self.table.get(at).copied().unwrap_or(0)
    }
}

fn to_png(image: DynamicImage, max_width: u32) -> Result<Vec<u8>, DicomError> {
    let max_width = max_width.max(1);
    let image = if image.width() > max_width {
        let (width, height) = (u64::from(image.width()), u64::from(image.height()));
        let scaled = (height * u64::from(max_width) + width / 2) / width;
        let scaled = u32::try_from(scaled).unwrap_or(u32::MAX).max(1);
        image.resize_exact(max_width, scaled, FilterType::Triangle)
    } else {
        image
    };
    let mut png = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|_| DicomError::Damaged)?;
    Ok(png)
}

/// The Referenced File ID as a relative path, refusing any component that could leave the
/// CD's folder.
fn file_path(element: &dicom_object::mem::InMemElement) -> Result<PathBuf, DicomError> {
    let components = element.to_multi_str().map_err(|_| DicomError::Damaged)?;
    let mut path = PathBuf::new();
    for component in components.iter() {
        let component = clean(component);
        let unsafe_component = component.is_empty()
            || component == "."
            || component == ".."
            || component.contains(['/', '\\', ':', '\0']);
        if unsafe_component {
            return Err(DicomError::Damaged);
        }
        path.push(component);
    }
    if path.as_os_str().is_empty() {
        return Err(DicomError::Damaged);
    }
    Ok(path)
}

/// The records in the order their offsets link them, parents before children, or `None` when
/// the offsets cannot be trusted (then the records are read in file order).
///
/// dicom-rs does not keep where each record starts. Records are stored in file order, so when
/// every record is referenced exactly once (by the root or by another record's next or lower
/// offset), the k-th smallest referenced offset is where the k-th record starts.
fn linked_order(root: u32, records: &[InMemDicomObject]) -> Option<Vec<usize>> {
    let next = |record: &InMemDicomObject| {
        int::<u32>(record, tags::OFFSET_OF_THE_NEXT_DIRECTORY_RECORD).unwrap_or(0)
    };
    let lower = |record: &InMemDicomObject| {
        int::<u32>(
            record,
            tags::OFFSET_OF_REFERENCED_LOWER_LEVEL_DIRECTORY_ENTITY,
        )
        .unwrap_or(0)
    };
    let mut offsets: Vec<u32> = std::iter::once(root)
        .chain(
            records
                .iter()
                .flat_map(|record| [next(record), lower(record)]),
        )
        .filter(|offset| *offset != 0)
        .collect();
    offsets.sort_unstable();
    offsets.dedup();
    if offsets.len() != records.len() {
        return None;
    }
    let mut visited = vec![false; records.len()];
    let mut order = Vec::with_capacity(records.len());
    let mut pending = vec![root];
    while let Some(offset) = pending.pop() {
        if offset == 0 {
            continue;
        }
        let index = offsets.binary_search(&offset).ok()?;
        let seen = visited.get_mut(index)?;
        if *seen {
            return None;
        }
        *seen = true;
        order.push(index);
        let record = records.get(index)?;
        // The sibling waits under the child, so a record's children come right after it.
        pending.push(next(record));
        pending.push(lower(record));
    }
    (order.len() == records.len()).then_some(order)
}
