//! The clinical checks of a translated passage, each with a code the screen words in her
//! language and that an override (with its reason) names. A check never changes a passage: it
//! says what a reviewer would catch, before "final".

use crate::Lang;
use crate::glossary::{self, Term};
use crate::numbers::{self, Quantity};

/// What a check found in a passage's translation.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// A number of the source is not in the translation (by value, whatever its digits).
    NumberMissing {
        value: f64,
        unit: Option<&'static str>,
    },
    /// The translation has a number the source does not.
    NumberAdded {
        value: f64,
        unit: Option<&'static str>,
    },
    /// The same number with another unit (mg for µg, mg/dL for mmol/L).
    UnitChanged {
        value: f64,
        source: &'static str,
        target: &'static str,
    },
    /// A date of the source is not in the translation.
    DateMissing {
        day: u32,
        month: u32,
        year: Option<u32>,
    },
    /// A date in the translation written with numbers that its reader could take the other
    /// way round (03/04/2025): write the month in words, or year first.
    DateAmbiguous { text: String },
    /// The glossary's translation of a term the source uses is not in the translation.
    GlossaryNotUsed { term: String, expected: String },
    /// The translation uses a rendering the glossary forbids.
    Forbidden { term: String },
    /// A term to keep as it is (a drug, a gene, a code) is not in the translation as it is.
    NotKept { term: String },
    /// A unit left in Latin letters where the reader writes it in her own (мг, not mg).
    UnitUntranslated { unit: String },
    /// The same source passage is translated another way elsewhere in the document.
    Inconsistent { other: String },
}

impl Finding {
    /// The check's code: what the screen's message and an override name.
    pub fn code(&self) -> &'static str {
        match self {
            Finding::NumberMissing { .. } => "number-missing",
            Finding::NumberAdded { .. } => "number-added",
            Finding::UnitChanged { .. } => "unit-changed",
            Finding::DateMissing { .. } => "date-missing",
            Finding::DateAmbiguous { .. } => "date-ambiguous",
            Finding::GlossaryNotUsed { .. } => "glossary-not-used",
            Finding::Forbidden { .. } => "forbidden-term",
            Finding::NotKept { .. } => "term-not-kept",
            Finding::UnitUntranslated { .. } => "unit-untranslated",
            Finding::Inconsistent { .. } => "inconsistent",
        }
    }
}

/// The languages whose readers write units in their own letters: a Russian medical text
/// writes мг, мл, ммоль/л (GOST 8.417); Arabic and Chinese texts commonly keep mg and mL.
fn writes_own_units(lang: Lang) -> bool {
    lang == Lang::Ru
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Checks `target`, the translation into `target_lang` of `source` (in `source_lang`),
/// against the source and the glossary.
pub fn check(
    source: &str,
    source_lang: Lang,
    target: &str,
    target_lang: Lang,
    glossary: &[Term],
) -> Vec<Finding> {
    let mut out = Vec::new();
    numbers_and_units(source, source_lang, target, target_lang, &mut out);
    dates(source, target, &mut out);
    let target_stems = glossary::stems(target, target_lang);
    for term in glossary::found(glossary, source, source_lang, target_lang) {
        if term.keep {
            if !target.contains(term.source.as_str()) {
                out.push(Finding::NotKept {
                    term: term.source.clone(),
                });
            }
        } else if let Some(expected) = &term.target
            && !glossary::occurs(&target_stems, &glossary::stems(expected, target_lang))
        {
            out.push(Finding::GlossaryNotUsed {
                term: term.source.clone(),
                expected: expected.clone(),
            });
        }
    }
    // A forbidden rendering is wrong whatever the source says.
    for term in glossary.iter().filter(|t| t.target_lang == target_lang) {
        for forbidden in &term.forbidden {
            if glossary::occurs(&target_stems, &glossary::stems(forbidden, target_lang))
                && !out
                    .iter()
                    .any(|f| matches!(f, Finding::Forbidden { term } if term == forbidden))
            {
                out.push(Finding::Forbidden {
                    term: forbidden.clone(),
                });
            }
        }
    }
    out
}

fn numbers_and_units(
    source: &str,
    source_lang: Lang,
    target: &str,
    target_lang: Lang,
    out: &mut Vec<Finding>,
) {
    let from = numbers::quantities(source, source_lang);
    let mut to: Vec<Option<Quantity>> = numbers::quantities(target, target_lang)
        .into_iter()
        .map(Some)
        .collect();
    let target_chars: Vec<char> = target.chars().collect();
    for q in &to.iter().flatten().cloned().collect::<Vec<_>>() {
        // A unit the reader writes in her own letters, left in Latin ones.
        let written: String = target_chars[q.span.0..q.span.1]
            .iter()
            .skip_while(|c| numbers::digit(**c).is_some() || !c.is_alphabetic())
            .collect();
        if writes_own_units(target_lang)
            && q.unit.is_some()
            && written.chars().any(|c| c.is_ascii_alphabetic())
        {
            out.push(Finding::UnitUntranslated {
                unit: written.trim().to_owned(),
            });
        }
    }
    for q in &from {
        // The same value and unit first; then the same value with another unit.
        let exact = to.iter().position(|t| {
            t.as_ref().is_some_and(|t| {
                same(t.value, q.value) && (t.unit == q.unit || t.unit.is_none() || q.unit.is_none())
            })
        });
        let any = exact.or_else(|| {
            to.iter()
                .position(|t| t.as_ref().is_some_and(|t| same(t.value, q.value)))
        });
        match any.and_then(|i| to[i].take()) {
            Some(t) => {
                if let (Some(a), Some(b)) = (q.unit, t.unit)
                    && a != b
                {
                    out.push(Finding::UnitChanged {
                        value: q.value,
                        source: a,
                        target: b,
                    });
                }
            }
            None => out.push(Finding::NumberMissing {
                value: q.value,
                unit: q.unit,
            }),
        }
    }
    for t in to.into_iter().flatten() {
        out.push(Finding::NumberAdded {
            value: t.value,
            unit: t.unit,
        });
    }
}

fn dates(source: &str, target: &str, out: &mut Vec<Finding>) {
    // Every date as (day, month, year): numeric ones whichever way the writer ordered them,
    // matched against either order in the translation.
    let numeric = numbers::dates(source);
    let written = numbers::written_dates(source);
    let mut in_target: Vec<(u32, u32, Option<u32>)> = numbers::dates(target)
        .iter()
        .flat_map(|d| {
            [
                (d.first, d.second, Some(d.year)),
                (d.second, d.first, Some(d.year)),
            ]
        })
        .chain(
            numbers::written_dates(target)
                .into_iter()
                .map(|d| (d.day, d.month, d.year)),
        )
        .collect();
    let wanted = numeric
        .iter()
        .map(|d| {
            // Year first says which is the day; else day first, unless the second number
            // cannot be a month (an American writer's 03/25/2025).
            let (day, month) = if !d.iso && d.second > 12 {
                (d.second, d.first)
            } else {
                (d.first, d.second)
            };
            (day, month, Some(d.year), Some((d.second, d.first)))
        })
        .chain(written.into_iter().map(|d| (d.day, d.month, d.year, None)));
    for (day, month, year, swapped) in wanted {
        let hit = in_target.iter().position(|&(d, m, y)| {
            let same_year = year.is_none() || y.is_none() || y == year;
            same_year && ((d, m) == (day, month) || swapped == Some((d, m)))
        });
        match hit {
            Some(i) => {
                in_target.remove(i);
            }
            None => out.push(Finding::DateMissing { day, month, year }),
        }
    }
    let chars: Vec<char> = target.chars().collect();
    for d in numbers::dates(target).into_iter().filter(|d| d.ambiguous()) {
        out.push(Finding::DateAmbiguous {
            text: chars[d.span.0..d.span.1].iter().collect(),
        });
    }
}

/// The units of one document whose same source passage was translated in different ways:
/// each such unit with the other translation. `units` are (source, target) pairs.
pub fn inconsistent(units: &[(&str, &str)]) -> Vec<(usize, Finding)> {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut out = Vec::new();
    for (i, (source, target)) in units.iter().enumerate() {
        if target.trim().is_empty() {
            continue;
        }
        let other = units.iter().enumerate().find(|(j, (s, t))| {
            *j != i && !t.trim().is_empty() && norm(s) == norm(source) && norm(t) != norm(target)
        });
        if let Some((_, (_, t))) = other {
            out.push((
                i,
                Finding::Inconsistent {
                    other: (*t).to_owned(),
                },
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(
        source: &str,
        sl: Lang,
        target: &str,
        tl: Lang,
        glossary: &[Term],
    ) -> Vec<&'static str> {
        check(source, sl, target, tl, glossary)
            .iter()
            .map(Finding::code)
            .collect()
    }

    fn term(
        source: &str,
        sl: Lang,
        tl: Lang,
        target: Option<&str>,
        forbidden: &[&str],
        keep: bool,
    ) -> Term {
        Term {
            source: source.to_owned(),
            source_lang: sl,
            target_lang: tl,
            target: target.map(str::to_owned),
            forbidden: forbidden.iter().map(|s| (*s).to_owned()).collect(),
            keep,
        }
    }

    #[test]
    fn numbers_and_units_are_compared_by_value_across_languages_and_digits() {
        use Lang::*;
        let table: &[(&str, Lang, &str, Lang, &[&str])] = &[
            // Right, in every language and digit script.
            (
                "Винкристин 1,5 мг/м² в/в",
                Ru,
                "Vincristine 1.5 mg/m² IV",
                En,
                &[],
            ),
            (
                "Vincristine 1.5 mg/m² IV",
                En,
                "Vincristina 1,5 mg/m² i.v.",
                Es,
                &[],
            ),
            (
                "Vincristine 1.5 mg/m² IV",
                En,
                "Vincristine 1,5 mg/m² IV",
                Fr,
                &[],
            ),
            (
                "Vincristine 1.5 mg/m² IV",
                En,
                "فينكريستين ١٫٥ ملغ/م² وريدياً",
                Ar,
                &[],
            ),
            (
                "Vincristine 1.5 mg/m² IV",
                En,
                "长春新碱 １．５ mg/m² 静脉注射",
                Zh,
                &[],
            ),
            (
                "Vincristine 1.5 mg/m² IV",
                En,
                "Винкристин 1,5 мг/м² в/в",
                Ru,
                &[],
            ),
            // Wrong.
            (
                "Dexamethasone 5 mg",
                En,
                "Dexametasona 50 mg",
                Es,
                &["number-missing", "number-added"],
            ),
            (
                "Метотрексат 12 г/м²",
                Ru,
                "Methotrexate 12 mg/m²",
                En,
                &["unit-changed"],
            ),
            (
                "Glucose 5.4 mmol/L",
                En,
                "Glucose 5.4 mg/dL",
                Fr,
                &["unit-changed"],
            ),
            (
                "Фолиевая кислота 400 мкг",
                Ru,
                "Acide folique 400 mg",
                Fr,
                &["unit-changed"],
            ),
            (
                "Cisplatin 75 mg/m²",
                En,
                "Цисплатин 75 mg/m²",
                Ru,
                &["unit-untranslated"],
            ),
            ("24 Gy", En, "٢٤ غراي", Ar, &[]),
            (
                "3 cycles of 28 days",
                En,
                "3 ciclos de 21 días",
                Es,
                &["number-missing", "number-added"],
            ),
        ];
        for (source, sl, target, tl, expect) in table {
            assert_eq!(
                codes(source, *sl, target, *tl, &[]),
                expect.to_vec(),
                "{source} → {target}"
            );
        }
    }

    #[test]
    fn dates_must_arrive_and_be_written_so_the_reader_cannot_misread_them() {
        use Lang::*;
        let table: &[(&str, Lang, &str, Lang, &[&str])] = &[
            (
                "Operated on 12.03.2025",
                Ru,
                "Operada el 12 de marzo de 2025",
                Es,
                &[],
            ),
            (
                "Opérée le 12 mars 2025",
                Fr,
                "Operated on 12 March 2025",
                En,
                &[],
            ),
            ("Оперирована 12.03.2025", Ru, "于2025年3月12日手术", Zh, &[]),
            (
                "Оперирована 12.03.2025",
                Ru,
                "أجريت العملية في ١٢ آذار ٢٠٢٥",
                Ar,
                &[],
            ),
            (
                "Оперирована 25.03.2025",
                Ru,
                "Operated on 03/25/2025",
                En,
                &[],
            ),
            (
                "Оперирована 12.03.2025",
                Ru,
                "Operated on 03/12/2025",
                En,
                &["date-ambiguous"],
            ),
            (
                "Оперирована 12.03.2025",
                Ru,
                "Operated on 13 March 2025",
                En,
                &["date-missing"],
            ),
            (
                "Operated on 2025-03-04",
                En,
                "Opéré le 4 mars 2025",
                Fr,
                &[],
            ),
        ];
        for (source, sl, target, tl, expect) in table {
            assert_eq!(
                codes(source, *sl, target, *tl, &[]),
                expect.to_vec(),
                "{source} → {target}"
            );
        }
    }

    #[test]
    fn the_glossary_decides_terms_forbidden_renderings_and_names_kept_as_they_are() {
        use Lang::*;
        let glossary = [
            term(
                "опухоль задней черепной ямки",
                Ru,
                En,
                Some("posterior fossa tumour"),
                &[],
                false,
            ),
            term(
                "medulloblastoma",
                En,
                Es,
                Some("meduloblastoma"),
                &["medulobastoma"],
                false,
            ),
            term("SHH", En, Es, None, &[], true),
            term("SHH", En, Ar, None, &[], true),
            term(
                "髓母细胞瘤",
                Zh,
                Fr,
                Some("médulloblastome"),
                &["médulloblastôme"],
                false,
            ),
            term("лучевая терапия", Ru, Ar, Some("العلاج الإشعاعي"), &[], false),
        ];
        let table: &[(&str, Lang, &str, Lang, &[&str])] = &[
            (
                "Удаление опухоли задней черепной ямки",
                Ru,
                "Resection of the posterior fossa tumour",
                En,
                &[],
            ),
            (
                "Удаление опухоли задней черепной ямки",
                Ru,
                "Resection of the cerebellar mass",
                En,
                &["glossary-not-used"],
            ),
            (
                "Classic medulloblastoma, SHH group",
                En,
                "Meduloblastomas clásicos, grupo SHH",
                Es,
                &[],
            ),
            (
                "Classic medulloblastoma, SHH group",
                En,
                "Medulobastoma clásico, grupo Sonic",
                Es,
                &["glossary-not-used", "term-not-kept", "forbidden-term"],
            ),
            ("SHH", En, "مجموعة SHH", Ar, &[]),
            (
                "经典型髓母细胞瘤",
                Zh,
                "médulloblastômes classiques",
                Fr,
                &["glossary-not-used", "forbidden-term"],
            ),
            ("Начата лучевая терапия", Ru, "بدأ العلاج الإشعاعي", Ar, &[]),
        ];
        for (source, sl, target, tl, expect) in table {
            assert_eq!(
                codes(source, *sl, target, *tl, &glossary),
                expect.to_vec(),
                "{source} → {target}"
            );
        }
    }

    #[test]
    fn one_source_translated_two_ways_in_a_document_is_flagged_on_both() {
        let units = [
            ("Posterior fossa tumour", "Tumor de fosa posterior"),
            ("Vincristine", "Vincristina"),
            ("posterior  fossa tumour", "Tumoración de la fosa posterior"),
            ("Posterior fossa tumour", ""),
        ];
        let flagged: Vec<usize> = inconsistent(&units).into_iter().map(|(i, _)| i).collect();
        assert_eq!(flagged, [0, 2]);
    }
}
