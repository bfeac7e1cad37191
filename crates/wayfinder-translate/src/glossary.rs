//! The team's glossary, found in a passage through inflection: "опухоли" finds the term
//! "опухоль", "tumores" finds "tumor". Words are compared by their Snowball stems (English,
//! Spanish, French, Russian, Arabic); Chinese, which does not inflect, character by character.

use crate::Lang;
use rust_stemmers::{Algorithm, Stemmer};

/// A glossary entry: a term in one language and what it must, or must not, become in another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub source: String,
    pub source_lang: Lang,
    pub target_lang: Lang,
    /// The approved translation, if the entry gives one.
    pub target: Option<String>,
    /// Renderings a translator must not use (an outdated or misleading name).
    pub forbidden: Vec<String>,
    /// Kept as it is in every language (a drug's, a gene's name, an ICD code).
    pub keep: bool,
}

fn stemmer(lang: Lang) -> Option<Stemmer> {
    Some(Stemmer::create(match lang {
        Lang::En => Algorithm::English,
        Lang::Es => Algorithm::Spanish,
        Lang::Fr => Algorithm::French,
        Lang::Ru => Algorithm::Russian,
        Lang::Ar => Algorithm::Arabic,
        Lang::Zh => return None,
    }))
}

/// A passage as the glossary compares it: lower-case word stems, or Han characters one by one.
pub fn stems(text: &str, lang: Lang) -> Vec<String> {
    let stemmer = stemmer(lang);
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() {
            let lower = word.to_lowercase();
            out.push(match &stemmer {
                Some(s) => s.stem(&lower).into_owned(),
                None => lower,
            });
            word.clear();
        }
    };
    for c in text.chars() {
        let han = ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c);
        if han {
            flush(&mut word, &mut out);
            out.push(c.to_string());
        } else if c.is_alphanumeric() || (c == '-' && !word.is_empty()) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Whether `needle` (a term's stems) occurs in `haystack` (a passage's), word for word.
pub fn occurs(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Whether `term` (in `lang`) occurs in `text`, through inflection.
pub fn mentions(text: &str, term: &str, lang: Lang) -> bool {
    occurs(&stems(text, lang), &stems(term, lang))
}

/// The entries of `glossary` whose term occurs in `source` and whose target is `target_lang`.
pub fn found<'g>(
    glossary: &'g [Term],
    source: &str,
    source_lang: Lang,
    target_lang: Lang,
) -> Vec<&'g Term> {
    let passage = stems(source, source_lang);
    glossary
        .iter()
        .filter(|t| t.source_lang == source_lang && t.target_lang == target_lang)
        .filter(|t| occurs(&passage, &stems(&t.source, source_lang)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_found_through_inflection_in_each_language() {
        let table: &[(Lang, &str, &str, bool)] = &[
            (Lang::En, "Two tumours were resected", "tumour", true),
            (
                Lang::En,
                "posterior fossa masses",
                "posterior fossa mass",
                true,
            ),
            (Lang::Es, "Se resecaron dos tumores", "tumor", true),
            (
                Lang::Fr,
                "les médulloblastomes classiques",
                "médulloblastome classique",
                true,
            ),
            (
                Lang::Ru,
                "удаление опухоли задней черепной ямки",
                "опухоль задней черепной ямки",
                true,
            ),
            (Lang::Ar, "استئصال الأورام", "ورم", false),
            (Lang::Ar, "العلاج الكيميائي", "العلاج الكيميائي", true),
            (
                Lang::Zh,
                "病理检查证实为经典型髓母细胞瘤",
                "髓母细胞瘤",
                true,
            ),
            (Lang::Zh, "病理检查", "髓母细胞瘤", false),
            (Lang::En, "vincristine", "cisplatin", false),
        ];
        for (lang, text, term, expect) in table {
            assert_eq!(mentions(text, term, *lang), *expect, "{term} in {text}");
        }
    }
}
