//! Matches from the translation memory for a new passage: the same passage (exact), the same
//! but for its numbers (and then the old translation with the new numbers put in), or a
//! passage like it, scored 0 to 100 by edit distance, with the words that differ marked.
//! The vault narrows a large memory to a few candidates; this decides among them.

use crate::Lang;
use crate::numbers;

/// How a memory entry matches a new passage, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    Exact,
    /// The same words; only numbers differ.
    Numbers,
    Fuzzy,
}

/// A memory entry matched to a passage.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    /// Which of the candidates it is.
    pub index: usize,
    pub kind: MatchKind,
    /// 0 to 100: 100 for exact.
    pub score: u8,
    /// The spans (in chars) of the entry's source that differ from the passage.
    pub differs: Vec<(usize, usize)>,
    /// For a match differing only in numbers, its translation with the passage's numbers.
    pub adapted: Option<String>,
}

/// Fuzzy matches below this score are not shown: they help less than they mislead.
pub const MIN_SCORE: u8 = 60;

fn normal(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The passage with each of its numbers as `#`, to compare the words alone.
fn masked(text: &str, lang: Lang) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    for q in numbers::quantities(text, lang) {
        out.extend(&chars[at..q.span.0]);
        out.push('#');
        if let Some(unit) = q.unit {
            out.push_str(unit);
        }
        at = q.span.1;
    }
    out.extend(&chars[at..]);
    normal(&out)
}

/// How alike two passages are, 0 to 100, by edit distance over their characters.
pub fn score(a: &str, b: &str) -> u8 {
    similarity(&normal(a), &normal(b))
}

/// `score` of two passages already made `normal`.
fn similarity(a: &str, b: &str) -> u8 {
    (strsim::normalized_levenshtein(a, b) * 100.0).round() as u8
}

/// The words of `entry` that are not in `passage`, as char spans of `entry`, by the longest
/// common run of words between the two.
pub fn differences(passage: &str, entry: &str) -> Vec<(usize, usize)> {
    let words = |text: &str| -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        let mut start = None;
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().chain(std::iter::once(&' ')).enumerate() {
            match (c.is_whitespace(), start) {
                (false, None) => start = Some(i),
                (true, Some(s)) => {
                    out.push((s, i, chars[s..i].iter().collect::<String>().to_lowercase()));
                    start = None;
                }
                _ => {}
            }
        }
        out
    };
    let a = words(passage);
    let b = words(entry);
    // Longest common subsequence of words: what is kept; the rest of `entry` differs.
    let mut table = vec![vec![0u16; a.len() + 1]; b.len() + 1];
    for i in (0..b.len()).rev() {
        for j in (0..a.len()).rev() {
            table[i][j] = if b[i].2 == a[j].2 {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out: Vec<(usize, usize)> = Vec::new();
    while i < b.len() {
        if j < a.len() && b[i].2 == a[j].2 {
            i += 1;
            j += 1;
        } else if j < a.len() && table[i][j + 1] >= table[i + 1][j] {
            j += 1;
        } else {
            match out.last_mut() {
                // Next to the last span (a space apart): one span.
                Some(last) if i > 0 && last.1 == b[i - 1].1 => last.1 = b[i].1,
                _ => out.push((b[i].0, b[i].1)),
            }
            i += 1;
        }
    }
    out
}

/// The translation `target` (in `target_lang`) of `source`, with the numbers of `passage`
/// put in place of `source`'s, when each has the same numbers in the same order of units.
fn adapt(
    passage: &str,
    source: &str,
    target: &str,
    source_lang: Lang,
    target_lang: Lang,
) -> Option<String> {
    let new = numbers::quantities(passage, source_lang);
    let old = numbers::quantities(source, source_lang);
    let there = numbers::quantities(target, target_lang);
    if new.len() != old.len() || old.len() != there.len() {
        return None;
    }
    let chars: Vec<char> = target.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    for ((n, o), t) in new.iter().zip(&old).zip(&there) {
        if n.unit != o.unit || t.unit != o.unit && t.unit.is_some() && o.unit.is_some() {
            return None;
        }
        // The number's own digits in the target, up to its unit.
        let digits_end = t.span.0
            + chars[t.span.0..t.span.1]
                .iter()
                .take_while(|c| {
                    numbers::digit(**c).is_some()
                        || matches!(c, '.' | ',' | '٫' | '٬' | '\u{00A0}' | '\u{202F}')
                })
                .count();
        out.extend(&chars[at..t.span.0]);
        let mut written = format!("{}", n.value);
        if matches!(target_lang, Lang::Es | Lang::Fr | Lang::Ru) {
            written = written.replace('.', ",");
        }
        out.push_str(&written);
        at = digits_end;
    }
    out.extend(&chars[at..]);
    Some(out)
}

/// The entries of `candidates` ((source, target) pairs) that match `passage`, best first:
/// exact, then differing only in numbers, then fuzzy by score; at most `limit`.
pub fn best(
    passage: &str,
    candidates: &[(&str, &str)],
    source_lang: Lang,
    target_lang: Lang,
    limit: usize,
) -> Vec<Match> {
    let wanted = normal(passage);
    let wanted_len = wanted.chars().count();
    // Only a passage with a number can match another but for its numbers.
    let has_number = |text: &str| text.chars().any(|c| numbers::digit(c).is_some());
    let wanted_masked = has_number(passage).then(|| masked(passage, source_lang));
    let mut out: Vec<Match> = candidates
        .iter()
        .enumerate()
        .filter_map(|(index, (source, target))| {
            let entry = normal(source);
            let (kind, score) = if entry == wanted {
                (MatchKind::Exact, 100)
            } else if wanted_masked
                .as_ref()
                .is_some_and(|w| has_number(source) && masked(source, source_lang) == *w)
            {
                (
                    MatchKind::Numbers,
                    similarity(&wanted, &entry).max(MIN_SCORE),
                )
            } else {
                // Edit distance is at least the difference in length: an entry far longer or
                // shorter cannot reach the least score, and is not measured.
                let len = entry.chars().count();
                let longest = len.max(wanted_len).max(1);
                if (longest - len.min(wanted_len)) * 100 > (100 - usize::from(MIN_SCORE)) * longest
                {
                    return None;
                }
                let s = similarity(&wanted, &entry);
                if s < MIN_SCORE {
                    return None;
                }
                (MatchKind::Fuzzy, s)
            };
            let adapted = (kind == MatchKind::Numbers)
                .then(|| adapt(passage, source, target, source_lang, target_lang))
                .flatten();
            Some(Match {
                index,
                kind,
                score,
                differs: if kind == MatchKind::Exact {
                    Vec::new()
                } else {
                    differences(passage, source)
                },
                adapted,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(b.score.cmp(&a.score))
            .then(a.index.cmp(&b.index))
    });
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_then_numbers_then_fuzzy_with_the_difference_marked() {
        let memory = [
            (
                "Vincristine 1.5 mg/m² on day 1",
                "Vincristina 1,5 mg/m² el día 1",
            ),
            (
                "Vincristine 1.5 mg/m² on day 8",
                "Vincristina 1,5 mg/m² el día 8",
            ),
            ("Vincristine 2 mg/m² weekly", "Vincristina 2 mg/m² semanal"),
            ("Posterior fossa tumour", "Tumor de fosa posterior"),
        ];
        let found = best(
            "Vincristine 1.5 mg/m² on day 8",
            &memory,
            Lang::En,
            Lang::Es,
            5,
        );
        let kinds: Vec<(usize, MatchKind)> = found.iter().map(|m| (m.index, m.kind)).collect();
        assert_eq!(
            kinds,
            [
                (1, MatchKind::Exact),
                (0, MatchKind::Numbers),
                (2, MatchKind::Fuzzy)
            ]
        );
        // Only numbers differ: the old translation with the new number.
        assert_eq!(
            found[1].adapted.as_deref(),
            Some("Vincristina 1,5 mg/m² el día 8")
        );
        // The fuzzy match marks the words that differ: "2" and "weekly".
        let (source, _) = memory[2];
        let marked: Vec<String> = found[2]
            .differs
            .iter()
            .map(|(s, e)| source.chars().skip(*s).take(e - s).collect())
            .collect();
        assert_eq!(marked, ["2", "weekly"]);
        assert!(found[2].score >= MIN_SCORE && found[2].score < 100);
    }

    #[test]
    fn numbers_are_put_in_as_the_target_language_writes_them() {
        let memory = [(
            "Метотрексат 12 г/м², 24 часа",
            "Methotrexate 12 g/m², 24 hours",
        )];
        let found = best(
            "Метотрексат 8,5 г/м², 36 часа",
            &memory,
            Lang::Ru,
            Lang::En,
            1,
        );
        assert_eq!(found[0].kind, MatchKind::Numbers);
        assert_eq!(
            found[0].adapted.as_deref(),
            Some("Methotrexate 8.5 g/m², 36 hours")
        );
        let memory = [("Methotrexate 12 g/m²", "Méthotrexate 12 g/m²")];
        let found = best("Methotrexate 8.5 g/m²", &memory, Lang::En, Lang::Fr, 1);
        assert_eq!(found[0].adapted.as_deref(), Some("Méthotrexate 8,5 g/m²"));
    }

    #[test]
    fn passages_unlike_the_memory_find_nothing() {
        let memory = [("Posterior fossa tumour", "Tumor de fosa posterior")];
        assert!(best("Platelets 120 ×10⁹/L", &memory, Lang::En, Lang::Es, 5).is_empty());
    }
}
