//! Numbers, quantities and dates as a passage writes them, read by value: in any digit script
//! (ASCII, Arabic-Indic, Persian, full-width), with the decimal mark of the passage's language,
//! each with the unit that follows it, if any.

use crate::Lang;

/// A number in a passage, with the unit written after it (canonical, see [`unit`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub unit: Option<&'static str>,
    /// Where it is in the passage, in chars: start and end (the unit included).
    pub span: (usize, usize),
}

/// A date written with numbers only: day and month (in either order, as the writer's country
/// orders them) and year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumericDate {
    pub first: u32,
    pub second: u32,
    pub year: u32,
    /// Year first (2025-03-12), which no reader misreads.
    pub iso: bool,
    pub span: (usize, usize),
}

impl NumericDate {
    /// The day and month, whichever order they were written in.
    pub fn day_month(&self) -> (u32, u32) {
        (self.first.min(self.second), self.first.max(self.second))
    }

    /// A reader in another country may read day and month the other way round.
    pub fn ambiguous(&self) -> bool {
        !self.iso && self.first != self.second && self.first <= 12 && self.second <= 12
    }
}

/// The value of a digit in any of the scripts a passage may use.
pub fn digit(c: char) -> Option<u32> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        '\u{FF10}'..='\u{FF19}' => '\u{FF10}',
        _ => return None,
    };
    Some(c as u32 - zero as u32)
}

/// A mark between digits: decimal, thousands, or either depending on the language.
#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Point,
    Comma,
    /// Arabic decimal separator (٫).
    Decimal,
    /// Arabic thousands separator (٬), a no-break or thin space.
    Thousands,
}

fn mark(c: char) -> Option<Mark> {
    Some(match c {
        '.' | '\u{FF0E}' => Mark::Point,
        ',' | '\u{FF0C}' | '\u{060C}' => Mark::Comma,
        '\u{066B}' => Mark::Decimal,
        '\u{066C}' | '\u{00A0}' | '\u{202F}' | '\u{2009}' => Mark::Thousands,
        _ => return None,
    })
}

/// The units a quantity may carry, each written in the six languages' ways, as one canonical
/// name: `mg` and `мг` and `毫克` are all `mg`. Longer spellings come first, so that `mg/m²` is
/// not read as `mg`.
const UNITS: &[(&str, &[&str])] = &[
    (
        "mg/m2",
        &[
            "mg/m²",
            "mg/m2",
            "мг/м²",
            "мг/м2",
            "毫克/平方米",
            "ملغ/م²",
            "مغ/م²",
        ],
    ),
    (
        "mg/kg",
        &[
            "mg/kg",
            "мг/кг",
            "毫克/千克",
            "毫克/公斤",
            "ملغ/كغ",
            "مغ/كغ",
        ],
    ),
    (
        "mmol/l",
        &[
            "mmol/l",
            "mmol/L",
            "ммоль/л",
            "毫摩尔/升",
            "ملمول/ل",
            "مليمول/لتر",
        ],
    ),
    (
        "µmol/l",
        &[
            "µmol/l",
            "µmol/L",
            "μmol/l",
            "μmol/L",
            "umol/L",
            "мкмоль/л",
            "微摩尔/升",
            "ميكرومول/لتر",
        ],
    ),
    (
        "mg/dl",
        &["mg/dl", "mg/dL", "мг/дл", "毫克/分升", "ملغ/دل", "مغ/دل"],
    ),
    ("g/dl", &["g/dl", "g/dL", "г/дл", "克/分升", "غ/دل"]),
    ("g/l", &["g/l", "g/L", "г/л", "克/升", "غ/ل"]),
    (
        "×10⁹/l",
        &[
            "×10⁹/l",
            "×10⁹/L",
            "x10^9/L",
            "x10^9/l",
            "×10^9/L",
            "·10⁹/л",
            "×10⁹/л",
            "х10⁹/л",
        ],
    ),
    (
        "µg",
        &["µg", "μg", "mcg", "мкг", "微克", "ميكروغرام", "مكغ"],
    ),
    ("mg", &["mg", "мг", "毫克", "ملغ", "مغ", "ملغم"]),
    ("kg", &["kg", "кг", "千克", "公斤", "كغ", "كلغ"]),
    ("ml", &["ml", "mL", "мл", "毫升", "مل"]),
    ("cgy", &["cGy", "сГр", "厘戈瑞"]),
    ("gy", &["Gy", "Гр", "戈瑞", "غراي"]),
    ("iu", &["IU", "UI", "МЕ", "ЕД", "国际单位", "وحدة دولية"]),
    ("cm", &["cm", "см", "厘米", "سم"]),
    ("mm", &["mm", "мм", "毫米", "مم"]),
    ("g", &["g", "г", "克", "غ", "غرام"]),
    ("l", &["l", "L", "л", "升", "لتر"]),
    ("%", &["%", "٪", "％"]),
];

/// The canonical name of the unit written at the start of `rest` (after optional spaces), and
/// how many chars it takes. A unit must end where a word ends: `5 groups` has no unit.
pub fn unit(rest: &[char]) -> Option<(&'static str, usize)> {
    let spaces = rest
        .iter()
        .take_while(|c| **c == ' ' || **c == '\u{00A0}' || **c == '\u{202F}')
        .count();
    let after = &rest[spaces..];
    for (name, spellings) in UNITS {
        for spelling in *spellings {
            let s: Vec<char> = spelling.chars().collect();
            if after.len() >= s.len()
                && after[..s.len()] == s[..]
                && after.get(s.len()).is_none_or(|c| !c.is_alphanumeric())
            {
                return Some((name, spaces + s.len()));
            }
        }
    }
    None
}

/// Whether the language writes a decimal comma (1,5 mg) rather than a decimal point.
fn decimal_comma(lang: Lang) -> bool {
    matches!(lang, Lang::Es | Lang::Fr | Lang::Ru | Lang::Ar)
}

/// The run of digits and marks starting at `at`: its chars and where it ends.
fn run(chars: &[char], at: usize) -> usize {
    let mut end = at;
    while end < chars.len() {
        let c = chars[end];
        let digit_or_mark_between_digits = digit(c).is_some()
            || (mark(c).is_some() && chars.get(end + 1).and_then(|n| digit(*n)).is_some());
        if !digit_or_mark_between_digits {
            break;
        }
        end += 1;
    }
    end
}

/// The dates written with numbers in `text` (12.03.2025, 3/12/2025, 2025-03-12,
/// 2025年3月12日).
pub fn dates(text: &str) -> Vec<NumericDate> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i]).is_none() || (i > 0 && digit(chars[i - 1]).is_some()) {
            i += 1;
            continue;
        }
        if let Some((date, end)) = date_at(&chars, i).or_else(|| chinese_date_at(&chars, i)) {
            out.push(date);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// A number of at most `max` digits at `at`: its value and where it ends.
fn number_at(chars: &[char], at: usize, max: usize) -> Option<(u32, usize)> {
    let mut value = 0u32;
    let mut i = at;
    while let Some(d) = chars.get(i).and_then(|c| digit(*c)) {
        value = value.saturating_mul(10).saturating_add(d);
        i += 1;
    }
    (i > at && i - at <= max).then_some((value, i))
}

/// 2025年3月12日: year, month and day, which no reader misreads.
fn chinese_date_at(chars: &[char], at: usize) -> Option<(NumericDate, usize)> {
    let (year, i) = number_at(chars, at, 4)?;
    (chars.get(i) == Some(&'年')).then_some(())?;
    let (month, i) = number_at(chars, i + 1, 2)?;
    (chars.get(i) == Some(&'月')).then_some(())?;
    let (day, i) = number_at(chars, i + 1, 2)?;
    let end = i + usize::from(matches!(chars.get(i), Some('日' | '号')));
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((
        NumericDate {
            first: day,
            second: month,
            year,
            iso: true,
            span: (at, end),
        },
        end,
    ))
}

/// Month names in the six languages (lower case; Russian by stem, for its cases), by month.
const MONTHS: [&[&str]; 12] = [
    &[
        "january",
        "jan",
        "enero",
        "janvier",
        "январ",
        "يناير",
        "كانون الثاني",
    ],
    &[
        "february",
        "feb",
        "febrero",
        "février",
        "феврал",
        "فبراير",
        "شباط",
    ],
    &["march", "mar", "marzo", "mars", "март", "مارس", "آذار"],
    &[
        "april",
        "apr",
        "abril",
        "avril",
        "апрел",
        "أبريل",
        "ابريل",
        "نيسان",
    ],
    &["may", "mayo", "mai", "ма", "مايو", "أيار"],
    &["june", "jun", "junio", "juin", "июн", "يونيو", "حزيران"],
    &["july", "jul", "julio", "juillet", "июл", "يوليو", "تموز"],
    &["august", "aug", "agosto", "août", "август", "أغسطس", "آب"],
    &[
        "september",
        "sep",
        "sept",
        "septiembre",
        "septembre",
        "сентябр",
        "سبتمبر",
        "أيلول",
    ],
    &[
        "october",
        "oct",
        "octubre",
        "octobre",
        "октябр",
        "أكتوبر",
        "تشرين الأول",
    ],
    &[
        "november",
        "nov",
        "noviembre",
        "novembre",
        "ноябр",
        "نوفمبر",
        "تشرين الثاني",
    ],
    &[
        "december",
        "dec",
        "diciembre",
        "décembre",
        "декабр",
        "ديسمبر",
        "كانون الأول",
    ],
];

/// The month a word (or two, for the Levantine Arabic names) names, and how many chars it takes.
fn month_at(chars: &[char], at: usize) -> Option<(u32, usize)> {
    let word_end = |from: usize| {
        from + chars[from..]
            .iter()
            .take_while(|c| c.is_alphabetic())
            .count()
    };
    let end = word_end(at);
    let word: String = chars[at..end].iter().collect::<String>().to_lowercase();
    // The Levantine names are two words: the second word is taken too when it makes one.
    let two = (chars.get(end) == Some(&' ') && end + 1 < chars.len()).then(|| {
        let e2 = word_end(end + 1);
        (chars[at..e2].iter().collect::<String>(), e2)
    });
    for (m, names) in MONTHS.iter().enumerate() {
        for name in *names {
            if let Some((pair, e2)) = &two
                && pair == name
            {
                return Some((m as u32 + 1, e2 - at));
            }
            let cyrillic = name
                .chars()
                .next()
                .is_some_and(|c| ('а'..='я').contains(&c));
            let matched = if cyrillic {
                // "ма" is May only as май, мая, мае.
                word.starts_with(name)
                    && (*name != "ма" || matches!(word.as_str(), "май" | "мая" | "мае"))
            } else {
                word == *name
            };
            if matched {
                return Some((m as u32 + 1, end - at));
            }
        }
    }
    None
}

/// A date written with its month in words (12 March 2025, March 12, 2025, 12 de marzo de
/// 2025, 12 марта 2025 г., ١٢ آذار ٢٠٢٥): day and month, year, and the span it covers. Such a
/// date no reader misreads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrittenDate {
    pub day: u32,
    pub month: u32,
    pub year: Option<u32>,
    pub span: (usize, usize),
}

/// The dates in `text` written with a month name and a day next to it.
pub fn written_dates(text: &str) -> Vec<WrittenDate> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = chars[i].is_alphabetic() && (i == 0 || !chars[i - 1].is_alphabetic());
        if !starts_word {
            i += 1;
            continue;
        }
        let Some((month, len)) = month_at(&chars, i) else {
            i += 1;
            continue;
        };
        let (start, end) = (i, i + len);
        // A number ends within a few chars before the month ("12 de "), or starts within a
        // few after it ("March 12"); a four-digit year follows within a few more.
        let before = (start.saturating_sub(5)..start)
            .rev()
            .find(|&j| digit(chars[j]).is_some())
            .map(|j| {
                let mut s = j;
                while s > 0 && digit(chars[s - 1]).is_some() {
                    s -= 1;
                }
                (s, j + 1)
            });
        let after = |from: usize, max: usize| {
            (from..(from + 6).min(chars.len()))
                .find(|&j| digit(chars[j]).is_some())
                .and_then(|j| number_at(&chars, j, max).map(|(v, e)| (v, j, e)))
        };
        let day_before = before.and_then(|(s, e)| {
            number_at(&chars, s, 2)
                .filter(|(_, ne)| *ne == e)
                .map(|(v, _)| (v, s))
        });
        let (day, from, mut to) = match day_before {
            Some((d, s)) => (d, s, end),
            None => match after(end, 2) {
                Some((d, _, e)) => (d, start, e),
                None => {
                    i = end;
                    continue;
                }
            },
        };
        let year = after(to, 4).filter(|(y, _, _)| *y >= 1000);
        if let Some((_, _, e)) = year {
            to = e;
        }
        if (1..=31).contains(&day) {
            out.push(WrittenDate {
                day,
                month,
                year: year.map(|(y, _, _)| y),
                span: (from, to),
            });
        }
        i = to.max(end);
    }
    out
}

fn date_at(chars: &[char], at: usize) -> Option<(NumericDate, usize)> {
    let mut parts: Vec<(u32, usize)> = Vec::new();
    let mut i = at;
    let mut separator = None;
    loop {
        let start = i;
        let mut value = 0u32;
        while let Some(d) = chars.get(i).and_then(|c| digit(*c)) {
            value = value.saturating_mul(10).saturating_add(d);
            i += 1;
        }
        if i == start || i - start > 4 {
            return None;
        }
        parts.push((value, i - start));
        if parts.len() == 3 {
            break;
        }
        let sep = *chars.get(i)?;
        if !matches!(sep, '.' | '/' | '-') || separator.is_some_and(|s| s != sep) {
            return None;
        }
        separator = Some(sep);
        i += 1;
    }
    if chars
        .get(i)
        .is_some_and(|c| digit(*c).is_some() || c.is_alphabetic())
    {
        return None;
    }
    let (a, b, c) = (parts[0], parts[1], parts[2]);
    let (first, second, year, iso) = if a.1 == 4 {
        (c.0, b.0, a.0, true)
    } else if c.1 == 4 || c.1 == 2 {
        (a.0, b.0, if c.1 == 2 { 2000 + c.0 } else { c.0 }, false)
    } else {
        return None;
    };
    let valid = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    if !(valid(first, second) || valid(second, first)) || a.1 > 4 || (a.1 != 4 && a.1 > 2) {
        return None;
    }
    Some((
        NumericDate {
            first,
            second,
            year,
            iso,
            span: (at, i),
        },
        i,
    ))
}

/// The quantities in `text`, read with the decimal mark of `lang`; numbers that are part of a
/// numeric date are left out (see [`dates`]), as are digits inside a word (`C71.6`, `SHH2`).
pub fn quantities(text: &str, lang: Lang) -> Vec<Quantity> {
    let chars: Vec<char> = text.chars().collect();
    let in_dates: Vec<(usize, usize)> = dates(text)
        .into_iter()
        .map(|d| d.span)
        .chain(written_dates(text).into_iter().map(|d| d.span))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i]).is_none() {
            i += 1;
            continue;
        }
        let end = run(&chars, i);
        let in_word = i > 0 && chars[i - 1].is_alphabetic()
            || chars
                .get(end)
                .is_some_and(|c| c.is_alphabetic() && unit(&chars[end..]).is_none());
        if in_word || in_dates.iter().any(|(s, e)| i >= *s && i < *e) {
            i = end;
            continue;
        }
        let Some(value) = value_of(&chars[i..end], lang) else {
            i = end;
            continue;
        };
        // A minus sign or a dash right before the number, not after a digit (a range).
        let negative = i > 0
            && matches!(chars[i - 1], '-' | '−')
            && (i < 2 || !chars[i - 2].is_alphanumeric());
        let (unit, unit_len) = match unit(&chars[end..]) {
            Some((u, len)) => (Some(u), len),
            None => (None, 0),
        };
        out.push(Quantity {
            value: if negative { -value } else { value },
            unit,
            span: (i, end + unit_len),
        });
        i = end + unit_len;
    }
    out
}

/// The value of a run of digits and marks, read as a writer of `lang` writes numbers.
fn value_of(run: &[char], lang: Lang) -> Option<f64> {
    let mut digits = String::new();
    let marks: Vec<(usize, Mark)> = run
        .iter()
        .enumerate()
        .filter_map(|(i, c)| mark(*c).map(|m| (i, m)))
        .collect();
    let comma_decimal = decimal_comma(lang);
    // Which mark is the decimal one: the Arabic decimal separator; else the language's mark,
    // if it is the last one and no other follows; a point or comma seen more than once, or
    // followed by exactly three digits in a number with both kinds, groups thousands.
    let decimal_at = marks.iter().rev().find_map(|(i, m)| match m {
        Mark::Decimal => Some(*i),
        Mark::Comma if comma_decimal => Some(*i),
        Mark::Point if !comma_decimal => Some(*i),
        _ => None,
    });
    let decimal_at = decimal_at.filter(|at| {
        let kind = marks.iter().find(|(i, _)| i == at).map(|(_, m)| *m);
        marks.iter().filter(|(_, m)| Some(*m) == kind).count() == 1
            && !marks.iter().any(|(i, _)| i > at)
    });
    for (i, c) in run.iter().enumerate() {
        if let Some(d) = digit(*c) {
            digits.push(char::from_digit(d, 10)?);
        } else if Some(i) == decimal_at {
            digits.push('.');
        } else if mark(*c).is_some() {
            // A point after a comma-decimal language's digits (1.5 in a Spanish letter) reads
            // as a decimal point when it cannot be a thousands group.
            let after = run[i + 1..]
                .iter()
                .take_while(|c| digit(**c).is_some())
                .count();
            if after != 3 && decimal_at.is_none() && marks.len() == 1 {
                digits.push('.');
            }
        }
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows of the tables below: an input and what is expected of it.
    type Values = &'static [(f64, Option<&'static str>)];
    type DayMonthYear = (u32, u32, Option<u32>);
    type DateRead = Option<(u32, u32, u32, bool)>;

    fn values(text: &str, lang: Lang) -> Vec<(f64, Option<&'static str>)> {
        quantities(text, lang)
            .into_iter()
            .map(|q| (q.value, q.unit))
            .collect()
    }

    #[test]
    fn numbers_are_read_by_value_in_every_script_and_language() {
        let table: &[(&str, Lang, Values)] = &[
            ("vincristine 1.5 mg/m²", Lang::En, &[(1.5, Some("mg/m2"))]),
            ("vincristina 1,5 mg/m²", Lang::Es, &[(1.5, Some("mg/m2"))]),
            ("vincristine 1,5 mg/m²", Lang::Fr, &[(1.5, Some("mg/m2"))]),
            ("винкристин 1,5 мг/м²", Lang::Ru, &[(1.5, Some("mg/m2"))]),
            ("فينكريستين ١٫٥ ملغ/م²", Lang::Ar, &[(1.5, Some("mg/m2"))]),
            ("长春新碱 １．５ mg/m²", Lang::Zh, &[(1.5, Some("mg/m2"))]),
            (
                "platelets 1,500 ×10⁹/L",
                Lang::En,
                &[(1500.0, Some("×10⁹/l"))],
            ),
            ("plaquettes 1\u{202F}500", Lang::Fr, &[(1500.0, None)]),
            ("plaquetas 1.500", Lang::Es, &[(1500.0, None)]),
            ("dosis 1.5 mg", Lang::Es, &[(1.5, Some("mg"))]),
            (
                "5 mg then 50 µg",
                Lang::En,
                &[(5.0, Some("mg")), (50.0, Some("µg"))],
            ),
            ("Hb 9,1 г/дл", Lang::Ru, &[(9.1, Some("g/dl"))]),
            ("glucose 5.4 mmol/L", Lang::En, &[(5.4, Some("mmol/l"))]),
            ("٢٣ Gy", Lang::Ar, &[(23.0, Some("gy"))]),
            ("3 groups", Lang::En, &[(3.0, None)]),
            ("ICD C71.6, SHH2", Lang::En, &[]),
            ("on 12.03.2025, 3 cycles", Lang::En, &[(3.0, None)]),
        ];
        for (text, lang, expect) in table {
            assert_eq!(values(text, *lang), expect.to_vec(), "{text}");
        }
    }

    #[test]
    fn dates_with_the_month_in_words_are_found_in_the_six_languages() {
        let table: &[(&str, DayMonthYear)] = &[
            ("seen on 12 March 2025 in clinic", (12, 3, Some(2025))),
            ("seen on March 12, 2025", (12, 3, Some(2025))),
            ("operada el 12 de marzo de 2025", (12, 3, Some(2025))),
            ("opérée le 12 mars 2025", (12, 3, Some(2025))),
            ("операция 12 марта 2025 г.", (12, 3, Some(2025))),
            ("أجريت في ١٢ آذار ٢٠٢٥", (12, 3, Some(2025))),
            ("أجريت في 12 مارس 2025", (12, 3, Some(2025))),
            ("выписана 3 мая", (3, 5, None)),
        ];
        for (text, expect) in table {
            let found = written_dates(text)
                .first()
                .map(|d| (d.day, d.month, d.year));
            assert_eq!(found, Some(*expect), "{text}");
        }
        // Its numbers are not quantities.
        assert!(quantities("on 12 March 2025, 3 cycles", Lang::En).len() == 1);
        assert!(written_dates("Mars colony, march on").is_empty());
    }

    #[test]
    fn numeric_dates_say_when_a_reader_could_read_them_the_other_way() {
        let table: &[(&str, DateRead)] = &[
            ("12.03.2025", Some((3, 12, 2025, true))),
            ("03/04/2025", Some((3, 4, 2025, true))),
            ("25/12/2025", Some((12, 25, 2025, false))),
            ("2025-03-04", Some((3, 4, 2025, false))),
            ("٠٣/٠٤/٢٠٢٥", Some((3, 4, 2025, true))),
            ("05.05.2025", Some((5, 5, 2025, false))),
            ("2025年3月12日", Some((3, 12, 2025, false))),
            ("1.5", None),
            ("13/13/2025", None),
        ];
        for (text, expect) in table {
            let found = dates(text)
                .first()
                .map(|d| (d.day_month().0, d.day_month().1, d.year, d.ambiguous()));
            assert_eq!(found, *expect, "{text}");
        }
    }
}
