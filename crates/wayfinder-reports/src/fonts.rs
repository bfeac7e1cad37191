//! The fonts reports are set in: Noto, from named files of Debian's `fonts-noto-core` and
//! `fonts-noto-cjk` packages (installed by `scripts/setup`), never whatever else the laptop has,
//! so that a report looks the same on every machine that makes it. Read once, shared by every
//! report; the PDF embeds only the glyphs it uses.

use std::path::{Path, PathBuf};
use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

/// The font files, by family: Latin and Cyrillic, Arabic, Chinese (the collection's SC face).
const FILES: &[&str] = &[
    "truetype/noto/NotoSans-Regular.ttf",
    "truetype/noto/NotoSans-Bold.ttf",
    "truetype/noto/NotoSans-Italic.ttf",
    "truetype/noto/NotoNaskhArabic-Regular.ttf",
    "truetype/noto/NotoNaskhArabic-Bold.ttf",
    "opentype/noto/NotoSansCJK-Regular.ttc",
    "opentype/noto/NotoSansCJK-Bold.ttc",
];

/// Font family names in the order text falls back through them, for each reader's language:
/// the reader's own script first, so that shared characters (digits, punctuation) match it.
pub fn families(language: &str) -> &'static [&'static str] {
    match language {
        "ar" => &["Noto Naskh Arabic", "Noto Sans", "Noto Sans CJK SC"],
        "zh" => &["Noto Sans CJK SC", "Noto Sans", "Noto Naskh Arabic"],
        _ => &["Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC"],
    }
}

/// Where the font files are: `WAYFINDER_FONTS` when set (a folder with the same layout),
/// else the system's share folder where the packages put them.
pub fn font_dir() -> PathBuf {
    std::env::var_os("WAYFINDER_FONTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/share/fonts"))
}

/// Every face of the report fonts, and the book Typst picks them from.
pub struct Fonts {
    pub(crate) book: LazyHash<FontBook>,
    pub(crate) fonts: Vec<Font>,
}

impl Fonts {
    /// Reads the font files under `dir`. A missing file is an error naming it: a report set
    /// in a fallback font could drop a child's name written in another script.
    pub fn load(dir: &Path) -> Result<Fonts, crate::ReportError> {
        let mut fonts = Vec::new();
        for file in FILES {
            let path = dir.join(file);
            let data = std::fs::read(&path).map_err(|_| crate::ReportError::FontMissing {
                file: (*file).to_owned(),
            })?;
            fonts.extend(Font::iter(Bytes::new(data)));
        }
        let book = LazyHash::new(FontBook::from_fonts(&fonts));
        Ok(Fonts { book, fonts })
    }
}
