//! Suggestions she confirms: a record's language and category guessed from its text, and a
//! PDF's title and date read from what it says of itself, cheaply and only where the guess is
//! safe; otherwise nothing is suggested ("other", no language, the file's name, no date).

use chrono::NaiveDate;
use wayfinder_core::Media;

/// The longest title a record keeps (its field's limit).
const MAX_TITLE_CHARS: usize = 200;

/// A PDF's own title, when it says something: without the name of the program that wrote it
/// ("Microsoft Word - ") or a file extension, and not a placeholder ("Untitled", "Document1",
/// "scan0003"). `None` leaves the file's name as the title.
pub fn pdf_title(title: Option<&str>) -> Option<String> {
    let mut title = title?.split_whitespace().collect::<Vec<_>>().join(" ");
    for program in [
        "Microsoft Word - ",
        "Microsoft PowerPoint - ",
        "Microsoft Excel - ",
    ] {
        if let Some(rest) = title.strip_prefix(program) {
            title = rest.to_owned();
        }
    }
    if let Some((stem, ext)) = title.rsplit_once('.') {
        let known = [
            "doc", "docx", "rtf", "odt", "pdf", "xls", "xlsx", "txt", "tif", "jpg",
        ];
        if known.contains(&ext.to_ascii_lowercase().as_str()) {
            title = stem.trim().to_owned();
        }
    }
    let letters = title.chars().filter(|c| c.is_alphabetic()).count();
    let word: String = title
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let rest_is_number = title
        .chars()
        .filter(|c| !c.is_alphabetic())
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '_' | '-'));
    let placeholder = [
        "untitled", "document", "doc", "scan", "img", "image", "dsc", "title",
    ]
    .contains(&word.as_str())
        || (word == "notitle" || word == "untitleddocument");
    if letters < 3 || (placeholder && rest_is_number) {
        return None;
    }
    Some(title.chars().take(MAX_TITLE_CHARS).collect())
}

/// The day a PDF was made, from its creation date as PDF writes it (`D:20260514093000+02'00'`,
/// the time and zone optional), when it is a real day after 1980 (older dates are a clock
/// that was never set).
pub fn pdf_date(created: Option<&str>) -> Option<String> {
    let digits = created?
        .trim()
        .strip_prefix("D:")
        .unwrap_or(created?.trim());
    let day = NaiveDate::parse_from_str(digits.get(..8)?, "%Y%m%d").ok()?;
    let first = NaiveDate::from_ymd_opt(1980, 1, 2)?;
    let last = NaiveDate::from_ymd_opt(2100, 1, 1)?;
    (first..last)
        .contains(&day)
        .then(|| day.format("%Y-%m-%d").to_string())
}

/// The language of the text, when there is enough of it to tell with confidence, as one of
/// the ISO 639-1 codes the case file uses.
pub fn language(text: &str) -> Option<&'static str> {
    let sample: String = text.chars().take(4000).collect();
    if sample.chars().filter(|c| c.is_alphabetic()).count() < 40 {
        return None;
    }
    let info = whatlang::detect(&sample)?;
    if !info.is_reliable() {
        return None;
    }
    use whatlang::Lang::*;
    Some(match info.lang() {
        Eng => "en",
        Spa => "es",
        Fra => "fr",
        Ara => "ar",
        Cmn => "zh",
        Rus => "ru",
        Deu => "de",
        Ita => "it",
        Por => "pt",
        Tur => "tr",
        Ukr => "uk",
        Pes => "fa",
        Urd => "ur",
        Hin => "hi",
        Jpn => "ja",
        Kor => "ko",
        Nld => "nl",
        Pol => "pl",
        Heb => "he",
        _ => return None,
    })
}

/// Words that mark a category, in the languages of the app, lower case. The first category
/// with a word in the text wins; the order puts the most specific first.
const CATEGORY_WORDS: &[(&str, &[&str])] = &[
    (
        "biomarker",
        &[
            "mutation",
            "sequencing",
            "molecular",
            "methylation",
            "mutación",
            "séquençage",
            "секвенир",
            "突变",
            "基因",
        ],
    ),
    (
        "pathology",
        &[
            "histolog",
            "patholog",
            "biopsy",
            "immunohisto",
            "patolog",
            "biopsia",
            "biopsie",
            "гистолог",
            "биопси",
            "病理",
            "التشريح المرضي",
            "خزعة",
        ],
    ),
    (
        "imaging",
        &[
            "mri ",
            "magnetic resonance",
            "computed tomography",
            "resonancia",
            "irm ",
            "мрт",
            "磁共振",
            "الرنين المغناطيسي",
        ],
    ),
    (
        "discharge-letter",
        &[
            "discharge",
            "alta hospitalaria",
            "compte rendu de sortie",
            "выписк",
            "出院",
            "خروج",
        ],
    ),
    (
        "lab",
        &[
            "haemoglobin",
            "hemoglobin",
            "platelets",
            "leukocytes",
            "hemoglobina",
            "hémoglobine",
            "гемоглобин",
            "血红蛋白",
            "الهيموغلوبين",
        ],
    ),
    (
        "referral",
        &[
            "referral",
            "derivación",
            "lettre d'adressage",
            "направлени",
            "转诊",
            "إحالة",
        ],
    ),
    (
        "consent",
        &[
            "consent",
            "consentimiento",
            "consentement",
            "согласи",
            "同意书",
            "موافقة",
        ],
    ),
];

/// The category suggested for a record: imaging for a DICOM study, else the first category
/// whose words appear in its text, else "other".
pub fn category(media: Media, text: &str) -> &'static str {
    if media == Media::Dicom {
        return "imaging";
    }
    let lower = text.to_lowercase();
    CATEGORY_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| lower.contains(w)))
        .map_or("other", |(category, _)| category)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pdf_names_itself_only_when_it_says_something() {
        let check = |title: Option<&str>, expect: Option<&str>| {
            assert_eq!(pdf_title(title).as_deref(), expect, "{title:?}");
        };
        check(Some("Histopathology report"), Some("Histopathology report"));
        check(
            Some("Microsoft Word - Выписка  из истории болезни.docx"),
            Some("Выписка из истории болезни"),
        );
        check(Some("  病理报告  "), Some("病理报告"));
        check(Some("Untitled"), None);
        check(Some("Document1"), None);
        check(Some("scan_0003"), None);
        check(Some("IMG-20260514"), None);
        check(Some("12.pdf"), None);
        check(Some(""), None);
        check(None, None);
        let long = "a".repeat(500);
        assert_eq!(pdf_title(Some(&long)).map(|t| t.chars().count()), Some(200));
    }

    #[test]
    fn a_pdf_dates_itself_only_with_a_real_day() {
        let check = |created: Option<&str>, expect: Option<&str>| {
            assert_eq!(pdf_date(created).as_deref(), expect, "{created:?}");
        };
        check(Some("D:20260514093000+02'00'"), Some("2026-05-14"));
        check(Some("D:20260514"), Some("2026-05-14"));
        check(Some("20251231235959Z"), Some("2025-12-31"));
        check(Some("D:19700101000000Z"), None);
        check(Some("D:20261345"), None);
        check(Some("D:2026"), None);
        check(Some("yesterday"), None);
        check(None, None);
    }

    #[test]
    fn suggestions_come_from_the_text_or_not_at_all() {
        let english = "Histology: classic medulloblastoma of the cerebellar vermis. The tumour cells are small and round, with a high nuclear to cytoplasmic ratio.";
        assert_eq!(language(english), Some("en"));
        assert_eq!(category(Media::Pdf, english), "pathology");
        let russian = "Выписка из истории болезни. Ребёнок поступил в отделение с жалобами на головную боль и рвоту по утрам.";
        assert_eq!(language(russian), Some("ru"));
        assert_eq!(category(Media::Pdf, russian), "discharge-letter");
        assert_eq!(language("MRI"), None);
        assert_eq!(category(Media::Jpeg, ""), "other");
        assert_eq!(category(Media::Dicom, ""), "imaging");
    }
}
