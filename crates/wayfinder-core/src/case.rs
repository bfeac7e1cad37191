//! A case: one family's journey, starting with the child it is about.
//!
//! The foundation holds the child's identity (name, date of birth, country, languages spoken);
//! the rest of the case file grows around it. Each field is a type that cannot hold a bad value.

use crate::iso::{CountryCode, LanguageCode};
use chrono::{Datelike, NaiveDate};

/// Why a value given for a case was refused. Each variant has a stable `code()` that the UI
/// turns into a message in the user's language; no variant carries the refused value, so a
/// patient's data can never reach an error message or a log through it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("the name is empty")]
    NameEmpty,
    #[error("the name is longer than {max} characters")]
    NameTooLong { max: usize },
    #[error("the name contains control characters")]
    NameHasControlCharacters,
    #[error("the date is not a valid date")]
    DateInvalid,
    #[error("the date of birth is in the future")]
    DateOfBirthInFuture,
    #[error("the date of birth is before {min_year}")]
    DateOfBirthTooEarly { min_year: i32 },
    #[error("the country code is not an ISO 3166-1 code")]
    CountryUnknown,
    #[error("a language code is not an ISO 639-1 code")]
    LanguageUnknown,
    #[error("no language is given")]
    LanguagesEmpty,
    #[error("the value is empty")]
    ValueEmpty,
    #[error("the text is longer than {max} characters")]
    TextTooLong { max: usize },
    #[error("the value is not one of the choices")]
    ChoiceUnknown,
    #[error("the e-mail address is not valid")]
    EmailInvalid,
    #[error("the phone number is not valid")]
    PhoneInvalid,
    #[error("the code is not well-formed")]
    CodeInvalid,
    #[error("the case cannot move to that stage from where it is")]
    StageRefused,
    #[error("the request cannot move to that status from where it is")]
    StatusRefused,
    /// A travel value (a date rule, a time zone) refused, with its own code.
    #[error(transparent)]
    Travel(#[from] crate::travel::TravelError),
}

crate::error_codes! {
    DomainError {
        DomainError::NameEmpty => "name-empty",
        DomainError::NameTooLong { max } => "name-too-long" (max = *max as f64),
        DomainError::NameHasControlCharacters => "name-control-characters",
        DomainError::DateInvalid => "date-invalid",
        DomainError::DateOfBirthInFuture => "date-of-birth-in-future",
        DomainError::DateOfBirthTooEarly { min_year } => "date-of-birth-too-early"
            (min_year = f64::from(*min_year)),
        DomainError::CountryUnknown => "country-unknown",
        DomainError::LanguageUnknown => "language-unknown",
        DomainError::LanguagesEmpty => "languages-empty",
        DomainError::ValueEmpty => "value-empty",
        DomainError::TextTooLong { max } => "text-too-long" (max = *max as f64),
        DomainError::ChoiceUnknown => "choice-unknown",
        DomainError::EmailInvalid => "email-invalid",
        DomainError::PhoneInvalid => "phone-invalid",
        DomainError::CodeInvalid => "code-invalid",
        DomainError::StageRefused => "stage-refused",
        DomainError::StatusRefused => "request-status-refused",
        @passes
        DomainError::Travel(e) => e,
    }
}

/// A person's name as the family writes it, in any script. Trimmed, never empty.
#[derive(Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub const MAX_CHARS: usize = 200;

    pub fn parse(input: &str) -> Result<Self, DomainError> {
        let name = input.trim();
        if name.is_empty() {
            return Err(DomainError::NameEmpty);
        }
        if name.chars().count() > Self::MAX_CHARS {
            return Err(DomainError::NameTooLong {
                max: Self::MAX_CHARS,
            });
        }
        if name.chars().any(char::is_control) {
            return Err(DomainError::NameHasControlCharacters);
        }
        Ok(PersonName(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A name is patient data: it is never printed by `{:?}`, so it cannot leak through a log line
/// or a panic message that formats a value holding it.
impl std::fmt::Debug for PersonName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PersonName(<redacted>)")
    }
}

/// A date of birth: a real calendar date, not after today, not before 1900.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateOfBirth(NaiveDate);

impl DateOfBirth {
    pub const MIN_YEAR: i32 = 1900;

    /// Parses `YYYY-MM-DD`; `today` is the caller's date, so the rule is testable.
    pub fn parse(input: &str, today: NaiveDate) -> Result<Self, DomainError> {
        let date = NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d")
            .map_err(|_| DomainError::DateInvalid)?;
        Self::new(date, today)
    }

    pub fn new(date: NaiveDate, today: NaiveDate) -> Result<Self, DomainError> {
        if date > today {
            return Err(DomainError::DateOfBirthInFuture);
        }
        if date.year() < Self::MIN_YEAR {
            return Err(DomainError::DateOfBirthTooEarly {
                min_year: Self::MIN_YEAR,
            });
        }
        Ok(DateOfBirth(date))
    }

    pub fn date(&self) -> NaiveDate {
        self.0
    }

    /// ISO 8601, the form in which it is stored.
    pub fn to_iso(&self) -> String {
        self.0.format("%Y-%m-%d").to_string()
    }
}

impl std::fmt::Debug for DateOfBirth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DateOfBirth(<redacted>)")
    }
}

/// The languages a family speaks: at least one, no repeats, in the order given.
pub fn parse_languages<'a>(
    codes: impl IntoIterator<Item = &'a str>,
) -> Result<Vec<LanguageCode>, DomainError> {
    let mut out: Vec<LanguageCode> = Vec::new();
    for code in codes {
        let lang = LanguageCode::parse(code).ok_or(DomainError::LanguageUnknown)?;
        if !out.contains(&lang) {
            out.push(lang);
        }
    }
    if out.is_empty() {
        return Err(DomainError::LanguagesEmpty);
    }
    Ok(out)
}

/// The child a case is about.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Child {
    pub name: PersonName,
    pub date_of_birth: DateOfBirth,
    pub country: CountryCode,
    pub languages: Vec<LanguageCode>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    fn check_name(input: &str, expect: Result<&str, DomainError>) {
        let got = PersonName::parse(input).map(|n| n.as_str().to_owned());
        assert_eq!(got, expect.map(str::to_owned), "input {input:?}");
    }

    fn check_dob(input: &str, expect: Result<&str, DomainError>) {
        let got = DateOfBirth::parse(input, today()).map(|d| d.to_iso());
        assert_eq!(got, expect.map(str::to_owned), "input {input:?}");
    }

    #[test]
    fn names() {
        check_name("  Layla Haddad ", Ok("Layla Haddad"));
        check_name("ليلى حداد", Ok("ليلى حداد"));
        check_name("王小明", Ok("王小明"));
        check_name("#set page(width: 1pt) $x$", Ok("#set page(width: 1pt) $x$"));
        check_name("   ", Err(DomainError::NameEmpty));
        check_name("", Err(DomainError::NameEmpty));
        check_name("a\u{0}b", Err(DomainError::NameHasControlCharacters));
        check_name(&"x".repeat(201), Err(DomainError::NameTooLong { max: 200 }));
        check_name(&"я".repeat(200), Ok(&"я".repeat(200)));
    }

    #[test]
    fn dates_of_birth() {
        check_dob("2019-03-07", Ok("2019-03-07"));
        check_dob(" 2026-11-24 ", Ok("2026-11-24"));
        check_dob("2026-11-25", Err(DomainError::DateOfBirthInFuture));
        check_dob(
            "1899-12-31",
            Err(DomainError::DateOfBirthTooEarly { min_year: 1900 }),
        );
        check_dob("2019-02-30", Err(DomainError::DateInvalid));
        check_dob("07/03/2019", Err(DomainError::DateInvalid));
        check_dob("", Err(DomainError::DateInvalid));
    }

    #[test]
    fn languages() {
        let got = parse_languages(["ar", "EN", "ar"])
            .map(|l| l.iter().map(|c| c.as_str()).collect::<Vec<_>>());
        assert_eq!(got, Ok(vec!["ar", "en"]));
        assert_eq!(parse_languages([]), Err(DomainError::LanguagesEmpty));
        assert_eq!(
            parse_languages(["ar", "zz"]),
            Err(DomainError::LanguageUnknown)
        );
    }

    #[test]
    fn patient_data_never_reaches_debug_output() {
        let child = Child {
            name: PersonName::parse("Canary Wren").unwrap_or_else(|_| unreachable!()),
            date_of_birth: DateOfBirth::parse("2019-03-07", today())
                .unwrap_or_else(|_| unreachable!()),
            country: CountryCode::parse("ES").unwrap_or_else(|| unreachable!()),
            languages: parse_languages(["es"]).unwrap_or_default(),
        };
        let printed = format!("{child:?}");
        assert!(!printed.contains("Canary"), "{printed}");
        assert!(!printed.contains("2019"), "{printed}");
    }

    #[test]
    fn every_error_code_is_listed() {
        let all = [
            DomainError::NameEmpty,
            DomainError::NameTooLong { max: 1 },
            DomainError::NameHasControlCharacters,
            DomainError::DateInvalid,
            DomainError::DateOfBirthInFuture,
            DomainError::DateOfBirthTooEarly { min_year: 1 },
            DomainError::CountryUnknown,
            DomainError::LanguageUnknown,
            DomainError::LanguagesEmpty,
            DomainError::ValueEmpty,
            DomainError::TextTooLong { max: 1 },
            DomainError::ChoiceUnknown,
            DomainError::EmailInvalid,
            DomainError::PhoneInvalid,
            DomainError::CodeInvalid,
            DomainError::StageRefused,
            DomainError::StatusRefused,
        ];
        let codes: Vec<_> = all.iter().map(DomainError::code).collect();
        assert_eq!(codes, DomainError::ALL_CODES);
    }
}
