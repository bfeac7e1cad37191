//! Medical codes, checked for form: ICD-10 (including ICD-10-CM's longer codes) and the ICD-O-3
//! topography and morphology codes that pathology reports use for childhood cancers.
//! A value of these types is always well-formed; whether a code exists is the picker's business.

use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Debug, thiserror::Error)]
pub enum CodeError {
    #[error("not an ICD-10 code")]
    Icd10,
    #[error("not an ICD-O-3 topography code")]
    Topography,
    #[error("not an ICD-O-3 morphology code")]
    Morphology,
}

fn normalise(input: &str) -> String {
    input.trim().to_ascii_uppercase()
}

/// An ICD-10 or ICD-10-CM code: a letter, two characters (one at least a digit), then
/// optionally a dot and one to four more (C71.6, C91.00, Z51.11, S72.001A, QA0.0101).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Icd10Code(String);

impl Icd10Code {
    pub fn parse(input: &str) -> Result<Self, CodeError> {
        let code = normalise(input);
        let (head, tail) = match code.split_once('.') {
            Some((h, t)) => (h, Some(t)),
            None => (code.as_str(), None),
        };
        let h: Vec<char> = head.chars().collect();
        // A letter, then two letters or digits of which at least one is a digit: C71, C4A, and
        // the QA0 block that ICD-10-CM added in 2026.
        let head_ok = h.len() == 3
            && h[0].is_ascii_uppercase()
            && h[1..].iter().all(char::is_ascii_alphanumeric)
            && h[1..].iter().any(char::is_ascii_digit);
        let tail_ok = tail.is_none_or(|t| {
            (1..=4).contains(&t.len()) && t.chars().all(|c| c.is_ascii_alphanumeric())
        });
        if head_ok && tail_ok {
            Ok(Icd10Code(code))
        } else {
            Err(CodeError::Icd10)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An ICD-O-3 topography code: C00.0 to C80.9 (the site of the tumour).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct TopographyCode(String);

impl TopographyCode {
    pub fn parse(input: &str) -> Result<Self, CodeError> {
        let code = normalise(input);
        let c: Vec<char> = code.chars().collect();
        let ok = c.len() == 5
            && c[0] == 'C'
            && c[1].is_ascii_digit()
            && c[2].is_ascii_digit()
            && c[3] == '.'
            && c[4].is_ascii_digit()
            && code[1..3].parse::<u8>().is_ok_and(|n| n <= 80);
        if ok {
            Ok(TopographyCode(code))
        } else {
            Err(CodeError::Topography)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An ICD-O-3 morphology code: four digits of histology, a slash, the behaviour (0, 1, 2, 3, 6
/// or 9), and optionally a grade digit (9470/3, 8500/32).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct MorphologyCode(String);

impl MorphologyCode {
    pub fn parse(input: &str) -> Result<Self, CodeError> {
        let code = input.trim().to_owned();
        let ok = match code.split_once('/') {
            Some((histology, rest)) => {
                let r: Vec<char> = rest.chars().collect();
                histology.len() == 4
                    && histology.chars().all(|c| c.is_ascii_digit())
                    && histology.starts_with(['8', '9'])
                    && matches!(r.first(), Some('0' | '1' | '2' | '3' | '6' | '9'))
                    && (r.len() == 1 || (r.len() == 2 && matches!(r[1], '1'..='9')))
            }
            None => false,
        };
        if ok {
            Ok(MorphologyCode(code))
        } else {
            Err(CodeError::Morphology)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Icd10Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn icd10(input: &str, expect: Option<&str>) {
        assert_eq!(
            Icd10Code::parse(input).ok().as_ref().map(Icd10Code::as_str),
            expect,
            "{input:?}"
        );
    }
    fn topo(input: &str, expect: Option<&str>) {
        assert_eq!(
            TopographyCode::parse(input)
                .ok()
                .as_ref()
                .map(TopographyCode::as_str),
            expect,
            "{input:?}"
        );
    }
    fn morph(input: &str, expect: Option<&str>) {
        assert_eq!(
            MorphologyCode::parse(input)
                .ok()
                .as_ref()
                .map(MorphologyCode::as_str),
            expect,
            "{input:?}"
        );
    }

    #[test]
    fn icd10_codes() {
        icd10("C71.6", Some("C71.6"));
        icd10(" c91.00 ", Some("C91.00"));
        icd10("C40", Some("C40"));
        icd10("S72.001A", Some("S72.001A"));
        icd10("C4A.9", Some("C4A.9"));
        icd10("QA0.0101", Some("QA0.0101"));
        icd10("CAB", None);
        icd10("C71.", None);
        icd10("C7", None);
        icd10("71.6", None);
        icd10("C71.60000", None);
        icd10("C71-6", None);
        icd10("", None);
    }

    #[test]
    fn topography_codes() {
        topo("C71.6", Some("C71.6"));
        topo("c64.9", Some("C64.9"));
        topo("C80.9", Some("C80.9"));
        topo("C81.0", None);
        topo("C71", None);
        topo("D71.6", None);
    }

    #[test]
    fn morphology_codes() {
        morph("9470/3", Some("9470/3"));
        morph("8960/3", Some("8960/3"));
        morph("9500/32", Some("9500/32"));
        morph("9470/4", None);
        morph("9470", None);
        morph("947/3", None);
        morph("1470/3", None);
        morph("9470/30", None);
    }
}
