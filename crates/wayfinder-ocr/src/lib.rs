//! Wayfinder's reading of scans: the words on a page image, with their boxes and how sure the
//! reader is of each, read by Tesseract 5 on this laptop.
//!
//! Tesseract runs as a child process. The page goes to it as a PNG in memory (an anonymous
//! memory file on Linux, its standard input elsewhere) and its words come back on its standard
//! output as TSV: no file holding a page or its text is ever written to a disk. A page is
//! shrunk first if it is huge. A reading that looks like a page the wrong way up (plain
//! Tesseract reads a page upside down as garbage) is turned and read again, as Tesseract's own
//! orientation model says if need be; slight skew Tesseract's layout analysis takes in its
//! stride, more is straightened first (`deskew`). A child that cannot be started, crashes,
//! hangs past the time-out, or answers something that is not its TSV gives its own error, and
//! a reading can be cancelled (the vault locked) at any moment, which kills the child.

pub mod deskew;
mod process;
mod tsv;

pub use process::Tesseract;
pub use tsv::{PageText, Word, unspaced};

use image::GrayImage;

/// Why a page could not be read. None carries any text of the page.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OcrError {
    #[error("the text reader (Tesseract) is not installed")]
    Missing,
    #[error("the text reader has none of the languages asked for")]
    LanguageMissing,
    #[error("the text reader stopped with an error")]
    Crashed,
    #[error("the text reader took too long")]
    TimedOut,
    #[error("the text reader answered something unreadable")]
    Garbage,
    #[error("the reading was stopped")]
    Cancelled,
}

wayfinder_core::error_codes! {
    OcrError {
        OcrError::Missing => "ocr-missing",
        OcrError::LanguageMissing => "ocr-language-missing",
        OcrError::Crashed => "ocr-crashed",
        OcrError::TimedOut => "ocr-timed-out",
        OcrError::Garbage => "ocr-garbage",
        OcrError::Cancelled => "ocr-cancelled",
    }
}

/// A language Wayfinder reads text in: its six, each with Tesseract's model for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    Spanish,
    French,
    Arabic,
    Chinese,
    Russian,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::English,
        Language::Spanish,
        Language::French,
        Language::Arabic,
        Language::Chinese,
        Language::Russian,
    ];

    /// From an ISO 639-1 code, as records and cases name their languages.
    pub fn from_iso(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.iso() == code)
    }

    /// Its ISO 639-1 code, as records and cases name their languages.
    pub fn iso(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::French => "fr",
            Language::Arabic => "ar",
            Language::Chinese => "zh",
            Language::Russian => "ru",
        }
    }

    /// From Tesseract's name of its model (`eng`, `chi_sim`).
    pub fn from_tesseract(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.tesseract() == code)
    }

    pub fn tesseract(self) -> &'static str {
        match self {
            Language::English => "eng",
            Language::Spanish => "spa",
            Language::French => "fra",
            Language::Arabic => "ara",
            Language::Chinese => "chi_sim",
            Language::Russian => "rus",
        }
    }

    /// The language read when the orientation model names a page's script and no language
    /// the page was expected in writes it.
    fn for_script(script: &str) -> Option<Language> {
        Some(match script {
            "Cyrillic" => Language::Russian,
            "Arabic" => Language::Arabic,
            "Han" | "HanS" | "HanT" => Language::Chinese,
            "Latin" => Language::English,
            _ => return None,
        })
    }

    fn script(self) -> &'static str {
        match self {
            Language::English | Language::Spanish | Language::French => "Latin",
            Language::Arabic => "Arabic",
            Language::Chinese => "Han",
            Language::Russian => "Cyrillic",
        }
    }
}

/// The language of the script most letters of `text` are written in (Cyrillic: Russian;
/// Arabic; Han: Chinese), if that is not the Latin alphabet: what a page read well turned out
/// to be in, whatever languages it was read in.
pub fn written_in(text: &str) -> Option<Language> {
    use unicode_script::{Script, UnicodeScript};
    let mut counts = [0usize; 4];
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        match c.script() {
            Script::Latin => counts[0] += 1,
            Script::Cyrillic => counts[1] += 1,
            Script::Arabic => counts[2] += 1,
            Script::Han => counts[3] += 1,
            _ => {}
        }
    }
    let (most, _) = counts
        .iter()
        .enumerate()
        .max_by_key(|(_, n)| **n)
        .filter(|(_, n)| **n > 0)?;
    [
        None,
        Some(Language::Russian),
        Some(Language::Arabic),
        Some(Language::Chinese),
    ][most]
}

/// The language `text` is in, when it is plainly one of the six: the reading of a page in one
/// language, a hundred words or so. By `whatlang`'s trigram statistics, trusted only when it
/// calls itself reliable; else by the script most letters are written in (`written_in`).
pub fn spoken_in(text: &str) -> Option<Language> {
    use whatlang::Lang;
    let detected = whatlang::detect(text)
        .filter(whatlang::Info::is_reliable)
        .and_then(|info| {
            Some(match info.lang() {
                Lang::Eng => Language::English,
                Lang::Spa => Language::Spanish,
                Lang::Fra => Language::French,
                Lang::Ara => Language::Arabic,
                Lang::Cmn => Language::Chinese,
                Lang::Rus => Language::Russian,
                _ => return None,
            })
        });
    detected.or_else(|| written_in(text))
}

/// At most this many languages are read at once: each one more slows reading down.
pub const MAX_LANGUAGES: usize = 3;

/// The languages a page is read in: those it is expected in (the record's, then the case's),
/// the language of the script the orientation model saw if none of those writes it, and
/// English for the drug and gene names every letter holds when none of them writes the Latin
/// alphabet (Spanish or French models read those names as well); at most `MAX_LANGUAGES`, in
/// that order. Each language more slows reading down.
pub fn languages(expected: &[Language], script: Option<&str>) -> Vec<Language> {
    let mut out: Vec<Language> = Vec::new();
    let add = |l: Language, out: &mut Vec<Language>| {
        if !out.contains(&l) && out.len() < MAX_LANGUAGES {
            out.push(l);
        }
    };
    let seen = script.and_then(Language::for_script);
    let seen_covered = seen.is_none_or(|s| expected.iter().any(|l| l.script() == s.script()));
    if let (Some(seen), false) = (seen, seen_covered) {
        // A page in a script none of the expected languages write is in that script.
        add(seen, &mut out);
    }
    for &l in expected {
        add(l, &mut out);
    }
    if !out.iter().any(|l| l.script() == "Latin") {
        if out.len() == MAX_LANGUAGES {
            out.pop();
        }
        add(Language::English, &mut out);
    }
    out
}

/// How far a page must be turned, clockwise, to stand the right way up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Rotation {
    #[default]
    None,
    Quarter,
    Half,
    ThreeQuarters,
}

impl Rotation {
    pub fn degrees(self) -> u16 {
        match self {
            Rotation::None => 0,
            Rotation::Quarter => 90,
            Rotation::Half => 180,
            Rotation::ThreeQuarters => 270,
        }
    }

    pub fn from_degrees(degrees: u16) -> Option<Rotation> {
        Some(match degrees {
            0 => Rotation::None,
            90 => Rotation::Quarter,
            180 => Rotation::Half,
            270 => Rotation::ThreeQuarters,
            _ => return None,
        })
    }

    /// The image turned by this rotation.
    pub fn apply(self, image: &GrayImage) -> GrayImage {
        match self {
            Rotation::None => image.clone(),
            Rotation::Quarter => image::imageops::rotate90(image),
            Rotation::Half => image::imageops::rotate180(image),
            Rotation::ThreeQuarters => image::imageops::rotate270(image),
        }
    }
}

/// What the orientation model made of a page.
#[derive(Clone, Debug, PartialEq)]
pub struct Orientation {
    pub rotation: Rotation,
    /// Tesseract's confidence in the orientation (0 when it saw too little text to say).
    pub confidence: f32,
    /// The script it saw ("Latin", "Cyrillic", "Arabic", "Han"), if it saw enough text.
    pub script: Option<String>,
}

/// Below this orientation confidence a page is left as it is: a page with a few words, a
/// photo with a caption, is not turned on a guess. (Measured on short upside-down letters,
/// which Tesseract rates from 4 up; a page the right way up that it would turn rates below 1.)
pub const TURN_CONFIDENCE: f32 = 2.0;

/// The longest side a page is read at, in pixels: a page of A4 at 400 dpi. A bigger photo is
/// shrunk first; more pixels make reading slower and no better.
pub const MAX_SIDE: u32 = 4_700;

/// Below this mean confidence (0 to 100) a page's text is shown as read poorly.
pub const POOR_CONFIDENCE: f32 = 70.0;

/// The image Tesseract is given: shrunk to `MAX_SIDE` if larger.
pub fn fit(image: &GrayImage) -> Option<GrayImage> {
    let (w, h) = image.dimensions();
    let long = w.max(h);
    if long <= MAX_SIDE {
        return None;
    }
    let scale = f64::from(MAX_SIDE) / f64::from(long);
    let nw = ((f64::from(w) * scale).round() as u32).max(1);
    let nh = ((f64::from(h) * scale).round() as u32).max(1);
    Some(image::imageops::resize(
        image,
        nw,
        nh,
        image::imageops::FilterType::Triangle,
    ))
}

/// A grey image as a PNG quickly compressed: Tesseract decodes a PNG faster than the same
/// pixels raw (measured: 8.7 MB of raw pixels cost it a quarter of a second more than their
/// 5 MB PNG through a pipe, 0.08 s more through a memory file).
pub(crate) fn png(image: &GrayImage) -> Vec<u8> {
    let mut out = Vec::with_capacity(image.as_raw().len() / 2);
    let encoder = image::codecs::png::PngEncoder::new_with_quality(
        &mut out,
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Sub,
    );
    // Encoding a valid image into memory does not fail; if it ever did, Tesseract would
    // answer an empty page with an error, which is reported as such.
    let _ = image.write_with_encoder(encoder);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expected_languages_come_first_with_latin_letters_for_drug_names() {
        use Language::*;
        assert_eq!(languages(&[Russian], Some("Cyrillic")), [Russian, English]);
        assert_eq!(languages(&[Russian], None), [Russian, English]);
        assert_eq!(languages(&[], Some("Arabic")), [Arabic, English]);
        assert_eq!(languages(&[], None), [English]);
        // A Spanish letter's drug names are Latin letters the Spanish model reads.
        assert_eq!(languages(&[Spanish], None), [Spanish]);
        // A Chinese page in a case expected in Spanish and French is read as Chinese.
        assert_eq!(
            languages(&[Spanish, French], Some("Han")),
            [Chinese, Spanish, French]
        );
        assert_eq!(
            languages(&[Arabic, Russian, Chinese], None),
            [Arabic, Russian, English]
        );
    }

    #[test]
    fn a_page_is_written_in_the_script_most_of_its_letters_are() {
        assert_eq!(
            written_in("Назначен винкристин 1,5 мг/м², vincristine"),
            Some(Language::Russian)
        );
        assert_eq!(written_in("髓母细胞瘤 SHH"), Some(Language::Chinese));
        assert_eq!(written_in("ورم أرومي نخاعي"), Some(Language::Arabic));
        assert_eq!(written_in("Meduloblastoma, ЦНС"), None);
        assert_eq!(written_in("12.03.2025"), None);
    }

    #[test]
    fn a_page_read_is_in_the_language_its_words_are() {
        use Language::*;
        let cases = [
            (
                "The patient was admitted with headache and vomiting. MRI showed a mass in the posterior fossa and she underwent resection.",
                Some(English),
            ),
            (
                "La paciente ingresó por cefalea y vómitos. La resonancia mostró una masa en la fosa posterior y fue operada.",
                Some(Spanish),
            ),
            (
                "La patiente a été admise pour céphalées et vomissements. L'IRM a montré une masse de la fosse postérieure.",
                Some(French),
            ),
            (
                "Пациентка поступила с головной болью и рвотой. МРТ выявила опухоль задней черепной ямки, vincristine.",
                Some(Russian),
            ),
            (
                "患者因头痛和呕吐入院。磁共振显示后颅窝肿块，行手术切除。",
                Some(Chinese),
            ),
            (
                "ورم أرومي نخاعي في الحفرة الخلفية عند طفلة في السابعة",
                Some(Arabic),
            ),
            // Too little to say, or not words at all.
            ("12.03.2025", None),
            ("", None),
        ];
        for (text, language) in cases {
            assert_eq!(spoken_in(text), language, "{text}");
        }
    }

    #[test]
    fn rotations_turn_clockwise() {
        let mut image = GrayImage::new(3, 2);
        image.put_pixel(0, 0, image::Luma([9]));
        let turned = Rotation::Quarter.apply(&image);
        assert_eq!(turned.dimensions(), (2, 3));
        assert_eq!(turned.get_pixel(1, 0).0, [9]);
        assert_eq!(Rotation::from_degrees(270), Some(Rotation::ThreeQuarters));
        assert_eq!(Rotation::from_degrees(45), None);
    }

    #[test]
    fn huge_pages_are_shrunk_keeping_their_shape() {
        let image = GrayImage::new(9_400, 4_700);
        let fitted = fit(&image).map(|i| i.dimensions());
        assert_eq!(fitted, Some((MAX_SIDE, MAX_SIDE / 2)));
        assert!(fit(&GrayImage::new(2480, 3508)).is_none());
    }

    #[test]
    fn a_page_goes_to_tesseract_as_a_png() {
        let image = GrayImage::from_raw(2, 1, vec![0, 255]).unwrap_or_default();
        let bytes = png(&image);
        assert!(bytes.starts_with(b"\x89PNG"));
        let back = image::load_from_memory(&bytes).map(|i| i.into_luma8());
        assert_eq!(back.ok(), Some(image));
    }
}
