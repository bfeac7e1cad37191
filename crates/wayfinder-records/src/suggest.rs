//! Suggestions she confirms: a record's language and category guessed from its text, cheaply
//! and only where the guess is safe; otherwise nothing is suggested ("other", no language).

use wayfinder_core::Media;

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
