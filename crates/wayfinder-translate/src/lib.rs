//! Wayfinder's translation rules, with no I/O: the clinical checks that stand between a
//! translated passage and "final" (numbers by value across digit scripts, units, dates a
//! reader could misread, the glossary, forbidden terms, one source translated two ways),
//! matches from the translation memory (exact, differing only in numbers, fuzzy with the
//! difference marked), glossary terms found through inflection, and XLIFF 2.1 and TMX 1.4b
//! written and read back.

pub mod checks;
#[doc(hidden)]
pub mod fuzzing;
pub mod glossary;
pub mod interchange;
pub mod memory;
pub mod numbers;

/// A language a passage is written in: Wayfinder's six.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
    Fr,
    Ar,
    Zh,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Es, Lang::Fr, Lang::Ar, Lang::Zh, Lang::Ru];

    /// From an ISO 639-1 code.
    pub fn from_iso(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.iso() == code)
    }

    pub fn iso(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::Ru => "ru",
        }
    }
}
