//! Recognising a file by its content, never by its name.

use wayfinder_core::Media;

/// How many bytes `sniff` needs to see: the DICOM magic sits after a 128-byte preamble.
pub const HEAD_LEN: usize = 132;

/// What the file starting with `head` is, or `None` for a kind the app does not accept.
pub fn sniff(head: &[u8]) -> Option<Media> {
    // A DICOM file's 128-byte preamble is free for other uses: some scanners put a TIFF
    // header there (a "dual-personality" file, legal in PS3.10 section 7.5), so the `DICM`
    // marker after it decides before any other guess.
    if head.get(128..132) == Some(b"DICM") {
        return Some(Media::Dicom);
    }
    // PDF readers accept a header a little way into the file; so does PDFium.
    if head.len() >= 5 && find(&head[..head.len().min(1024)], b"%PDF-").is_some() {
        return Some(Media::Pdf);
    }
    match infer::get(head)?.mime_type() {
        "image/jpeg" => Some(Media::Jpeg),
        "image/png" => Some(Media::Png),
        "image/tiff" => Some(Media::Tiff),
        "application/dicom" => Some(Media::Dicom),
        "application/pdf" => Some(Media::Pdf),
        _ => None,
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_known_by_their_first_bytes() {
        let mut dicom = vec![0u8; 128];
        dicom.extend_from_slice(b"DICM\x02\x00\x00\x00");
        // A TIFF header in the preamble, as in pydicom's CT_small.dcm.
        let mut dual = b"II*\x00\x08\x00\x00\x00".to_vec();
        dual.resize(128, 0);
        dual.extend_from_slice(b"DICM\x02\x00\x00\x00");
        let mut dual_pdf = b"%PDF-1.4\n".to_vec();
        dual_pdf.resize(128, b' ');
        dual_pdf.extend_from_slice(b"DICM");
        let cases: &[(&[u8], Option<Media>)] = &[
            (b"%PDF-1.7\n%\xe2\xe3", Some(Media::Pdf)),
            (b"\r\n%PDF-1.4", Some(Media::Pdf)),
            (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", Some(Media::Jpeg)),
            (b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", Some(Media::Png)),
            (
                b"II*\x00\x08\x00\x00\x00\x10\x00\xfe\x00\x04\x00\x01\x00",
                Some(Media::Tiff),
            ),
            (
                b"MM\x00*\x00\x00\x00\x08\x00\x10\x00\xfe\x00\x04\x00\x01",
                Some(Media::Tiff),
            ),
            (&dicom, Some(Media::Dicom)),
            (&dual, Some(Media::Dicom)),
            (&dual_pdf, Some(Media::Dicom)),
            (&dicom[..131], None),
            (b"GIF89a", None),
            (b"PK\x03\x04", None),
            (b"", None),
            (b"%PD", None),
            (b"just some text", None),
        ];
        for (head, expect) in cases {
            assert_eq!(sniff(head), *expect, "{head:?}");
        }
    }
}
