//! How much of a child's identity a report may show a recipient. A report goes to someone the
//! family consented to, under one consent; that consent says whether the child is named, shown
//! by initials only, or not identified at all. No consent, or one that does not say, identifies
//! nothing; an expired consent allows nothing to be sent.

use crate::dates::{ConsentStanding, consent_standing};
use chrono::{Datelike, NaiveDate};

/// What a summary shows of the child.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Disclosure {
    /// Name, date of birth and country, as the case holds them.
    Full,
    /// Initials instead of the name; no date of birth and no country.
    Initials,
    /// Nothing that names the child or where the family lives.
    Nothing,
}

/// Why no report may be made under a consent.
#[derive(Clone, Copy, PartialEq, Eq, Debug, thiserror::Error)]
pub enum DisclosureError {
    #[error("the consent has expired")]
    ConsentExpired,
}

impl Disclosure {
    /// The level a consent's `identity` field names; a missing or unknown one shows nothing.
    pub fn parse(value: Option<&str>) -> Disclosure {
        match value {
            Some("full") => Disclosure::Full,
            Some("initials") => Disclosure::Initials,
            _ => Disclosure::Nothing,
        }
    }

    /// What a report may show under a consent with `identity` and last day `until`, or, with no
    /// consent chosen, under none.
    pub fn under(
        consent: Option<(Option<&str>, Option<NaiveDate>)>,
        today: NaiveDate,
    ) -> Result<Disclosure, DisclosureError> {
        let Some((identity, until)) = consent else {
            return Ok(Disclosure::Nothing);
        };
        if consent_standing(until, today) == ConsentStanding::Expired {
            return Err(DisclosureError::ConsentExpired);
        }
        Ok(Disclosure::parse(identity))
    }

    pub fn shows_name(self) -> bool {
        self != Disclosure::Nothing
    }

    pub fn shows_birth_date(self) -> bool {
        self == Disclosure::Full
    }

    pub fn shows_country(self) -> bool {
        self == Disclosure::Full
    }
}

/// The first letter of each part of a name, each followed by a full stop: "Layla Haddad" gives
/// "L. H.", "王小明" gives "王.".
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|part| part.chars().find(|c| c.is_alphabetic()))
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A child's age in whole years on `today`. A reviewer needs it whatever the consent says: it
/// is a clinical fact, and on its own it names no one.
pub fn age_on(birth: NaiveDate, today: NaiveDate) -> u32 {
    let mut years = today.year() - birth.year();
    if (today.month(), today.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn a_consent_decides_what_a_report_shows() {
        let today = d("2026-11-24");
        let check = |consent, expect| assert_eq!(Disclosure::under(consent, today), expect);
        check(None, Ok(Disclosure::Nothing));
        check(Some((Some("full"), None)), Ok(Disclosure::Full));
        check(
            Some((Some("initials"), Some(d("2026-11-24")))),
            Ok(Disclosure::Initials),
        );
        check(Some((None, None)), Ok(Disclosure::Nothing));
        check(Some((Some("everything"), None)), Ok(Disclosure::Nothing));
        check(
            Some((Some("full"), Some(d("2026-11-23")))),
            Err(DisclosureError::ConsentExpired),
        );
        assert!(!Disclosure::Initials.shows_birth_date());
        assert!(Disclosure::Initials.shows_name());
        assert!(!Disclosure::Nothing.shows_name());
        assert!(Disclosure::Full.shows_country());
    }

    #[test]
    fn initials_and_ages() {
        assert_eq!(initials("Layla Haddad"), "L. H.");
        assert_eq!(initials("  émile   de la-Tour "), "É. D. L.");
        assert_eq!(initials("王小明"), "王.");
        assert_eq!(initials("Лейла Хаддад"), "Л. Х.");
        assert_eq!(age_on(d("2018-04-02"), d("2026-04-01")), 7);
        assert_eq!(age_on(d("2018-04-02"), d("2026-04-02")), 8);
        assert_eq!(age_on(d("2020-02-29"), d("2021-02-28")), 0);
        assert_eq!(age_on(d("2026-11-24"), d("2026-11-24")), 0);
    }
}
