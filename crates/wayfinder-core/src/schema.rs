//! The case file's shape: every kind of entity a case holds, each field's kind, and how a typed
//! value is written as its canonical text. Every edit of the case file is one field of one
//! entity (an operation, in `wayfinder-merge`); this is what says which fields exist and what
//! values they accept. A value is parsed here once, at the edge, and stored canonical.

use crate::case::{DateOfBirth, DomainError, PersonName, parse_languages};
use crate::codes::{CountryCode, LanguageCode};
use crate::medical_codes::{Icd10Code, MorphologyCode, TopographyCode};
use crate::stage::Stage;
use chrono::NaiveDate;

/// The kinds of entity in a case file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum EntityKind {
    /// The case itself: the child, the diagnosis, the stage.
    Case,
    /// A guardian or another contact of the family.
    Contact,
    /// One step of the treatment history.
    Treatment,
    /// A question for the reviewers.
    Question,
    /// What may be shared with whom, until when.
    Consent,
    Task,
    Note,
}

impl EntityKind {
    pub const ALL: [EntityKind; 7] = [
        EntityKind::Case,
        EntityKind::Contact,
        EntityKind::Treatment,
        EntityKind::Question,
        EntityKind::Consent,
        EntityKind::Task,
        EntityKind::Note,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Case => "case",
            EntityKind::Contact => "contact",
            EntityKind::Treatment => "treatment",
            EntityKind::Question => "question",
            EntityKind::Consent => "consent",
            EntityKind::Task => "task",
            EntityKind::Note => "note",
        }
    }

    pub fn parse(name: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The fields of this kind, in the order a form shows them.
    pub fn fields(self) -> &'static [Field] {
        match self {
            EntityKind::Case => CASE_FIELDS,
            EntityKind::Contact => CONTACT_FIELDS,
            EntityKind::Treatment => TREATMENT_FIELDS,
            EntityKind::Question => QUESTION_FIELDS,
            EntityKind::Consent => CONSENT_FIELDS,
            EntityKind::Task => TASK_FIELDS,
            EntityKind::Note => NOTE_FIELDS,
        }
    }

    pub fn field(self, name: &str) -> Option<&'static Field> {
        self.fields().iter().find(|f| f.name == name)
    }
}

/// What a field holds, which decides how its input is parsed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FieldKind {
    /// A person's name (child, contact).
    Name,
    /// Free text up to a length.
    Text {
        max_chars: usize,
    },
    /// A date of birth: not in the future.
    BirthDate,
    /// Any calendar date (a due date, a treatment's start, a consent's end).
    Date,
    Country,
    Language,
    Languages,
    Stage,
    Sex,
    Channel,
    Email,
    Phone,
    Icd10,
    Topography,
    Morphology,
    Bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Field {
    pub name: &'static str,
    pub kind: FieldKind,
    /// Whether an entity of this kind must have it (it cannot be cleared).
    pub required: bool,
}

const fn field(name: &'static str, kind: FieldKind, required: bool) -> Field {
    Field {
        name,
        kind,
        required,
    }
}

const SHORT: FieldKind = FieldKind::Text { max_chars: 200 };
const LONG: FieldKind = FieldKind::Text { max_chars: 20_000 };

const CASE_FIELDS: &[Field] = &[
    field("stage", FieldKind::Stage, true),
    field("child.name", FieldKind::Name, true),
    field("child.date_of_birth", FieldKind::BirthDate, true),
    field("child.sex", FieldKind::Sex, false),
    field("child.country", FieldKind::Country, true),
    field("child.languages", FieldKind::Languages, true),
    field("diagnosis.text", LONG, false),
    field("diagnosis.icd10", FieldKind::Icd10, false),
    field("diagnosis.topography", FieldKind::Topography, false),
    field("diagnosis.morphology", FieldKind::Morphology, false),
    field("diagnosis.risk_group", SHORT, false),
    field("assignee", SHORT, false),
    field("waiting_on", SHORT, false),
];
const CONTACT_FIELDS: &[Field] = &[
    field("name", FieldKind::Name, true),
    field("relation", SHORT, false),
    field("phone", FieldKind::Phone, false),
    field("email", FieldKind::Email, false),
    field("language", FieldKind::Language, false),
    field("channel", FieldKind::Channel, false),
];
const TREATMENT_FIELDS: &[Field] = &[
    field("what", SHORT, true),
    field("where", SHORT, false),
    field("from", FieldKind::Date, false),
    field("to", FieldKind::Date, false),
    field("outcome", LONG, false),
];
const QUESTION_FIELDS: &[Field] = &[field("text", LONG, true)];
const CONSENT_FIELDS: &[Field] = &[
    field("what", SHORT, true),
    field("recipient", SHORT, true),
    field("until", FieldKind::Date, false),
];
const TASK_FIELDS: &[Field] = &[
    field("title", SHORT, true),
    field("due", FieldKind::Date, false),
    field("assignee", SHORT, false),
    field("done", FieldKind::Bool, false),
];
const NOTE_FIELDS: &[Field] = &[field("text", LONG, true)];

/// The sexes recorded on a child's medical record.
pub const SEXES: &[&str] = &["female", "male", "other", "unknown"];
/// How a contact prefers to be reached.
pub const CHANNELS: &[&str] = &["phone", "sms", "whatsapp", "email", "in-person"];

/// Parses what the user typed for `field` into its canonical stored text, or says what is wrong.
/// `today` is the user's date, so date rules are testable.
pub fn parse_value(field: &Field, input: &str, today: NaiveDate) -> Result<String, DomainError> {
    let trimmed = input.trim();
    if trimmed.is_empty() && !matches!(field.kind, FieldKind::Languages) {
        return Err(if field.kind == FieldKind::Name {
            DomainError::NameEmpty
        } else {
            DomainError::ValueEmpty
        });
    }
    Ok(match field.kind {
        FieldKind::Name => PersonName::parse(trimmed)?.as_str().to_owned(),
        FieldKind::Text { max_chars } => {
            if trimmed.chars().count() > max_chars {
                return Err(DomainError::TextTooLong { max: max_chars });
            }
            if input
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
            {
                return Err(DomainError::NameHasControlCharacters);
            }
            trimmed.to_owned()
        }
        FieldKind::BirthDate => DateOfBirth::parse(trimmed, today)?.to_iso(),
        FieldKind::Date => parse_date(trimmed)?.format("%Y-%m-%d").to_string(),
        FieldKind::Country => CountryCode::parse(trimmed)
            .ok_or(DomainError::CountryUnknown)?
            .as_str()
            .to_owned(),
        FieldKind::Language => LanguageCode::parse(trimmed)
            .ok_or(DomainError::LanguageUnknown)?
            .as_str()
            .to_owned(),
        FieldKind::Languages => {
            let langs = parse_languages(trimmed.split([' ', ',']).filter(|s| !s.is_empty()))?;
            langs
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        }
        FieldKind::Stage => Stage::parse(trimmed)
            .ok_or(DomainError::ChoiceUnknown)?
            .as_str()
            .to_owned(),
        FieldKind::Sex => choice(SEXES, trimmed)?,
        FieldKind::Channel => choice(CHANNELS, trimmed)?,
        FieldKind::Email => {
            let ok = trimmed.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty()
                    && host.contains('.')
                    && !host.starts_with('.')
                    && !host.ends_with('.')
            }) && !trimmed.contains(char::is_whitespace)
                && trimmed.len() <= 254;
            if !ok {
                return Err(DomainError::EmailInvalid);
            }
            trimmed.to_owned()
        }
        FieldKind::Phone => {
            let digits = trimmed.chars().filter(char::is_ascii_digit).count();
            let ok = (6..=15).contains(&digits)
                && trimmed
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-().".contains(c))
                && trimmed.chars().skip(1).all(|c| c != '+');
            if !ok {
                return Err(DomainError::PhoneInvalid);
            }
            trimmed.to_owned()
        }
        FieldKind::Icd10 => Icd10Code::parse(trimmed)
            .map_err(|_| DomainError::CodeInvalid)?
            .as_str()
            .to_owned(),
        FieldKind::Topography => TopographyCode::parse(trimmed)
            .map_err(|_| DomainError::CodeInvalid)?
            .as_str()
            .to_owned(),
        FieldKind::Morphology => MorphologyCode::parse(trimmed)
            .map_err(|_| DomainError::CodeInvalid)?
            .as_str()
            .to_owned(),
        FieldKind::Bool => match trimmed {
            "true" => "true".to_owned(),
            "false" => "false".to_owned(),
            _ => return Err(DomainError::ChoiceUnknown),
        },
    })
}

fn choice(options: &[&str], input: &str) -> Result<String, DomainError> {
    options
        .iter()
        .find(|o| **o == input)
        .map(|o| (*o).to_owned())
        .ok_or(DomainError::ChoiceUnknown)
}

pub fn parse_date(input: &str) -> Result<NaiveDate, DomainError> {
    NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d").map_err(|_| DomainError::DateInvalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    fn check(kind: EntityKind, name: &str, input: &str, expect: Result<&str, &str>) {
        let field = kind
            .field(name)
            .unwrap_or_else(|| panic!("no field {name}"));
        let got = parse_value(field, input, today());
        assert_eq!(
            got.as_deref().map_err(DomainError::code),
            expect,
            "{}.{name} = {input:?}",
            kind.as_str()
        );
    }

    #[test]
    fn values_parse_to_their_canonical_text() {
        use EntityKind::*;
        check(Case, "child.name", "  Layla  ", Ok("Layla"));
        check(Case, "child.name", " ", Err("name-empty"));
        check(Case, "child.country", "ae", Ok("AE"));
        check(Case, "child.languages", "ar, EN ar", Ok("ar en"));
        check(Case, "child.languages", "", Err("languages-empty"));
        check(Case, "child.sex", "female", Ok("female"));
        check(Case, "child.sex", "f", Err("choice-unknown"));
        check(Case, "stage", "review", Ok("review"));
        check(Case, "diagnosis.icd10", "c71.6", Ok("C71.6"));
        check(Case, "diagnosis.icd10", "brain", Err("code-invalid"));
        check(Case, "diagnosis.topography", "C71.6", Ok("C71.6"));
        check(Case, "diagnosis.morphology", "9470/3", Ok("9470/3"));
        check(
            Case,
            "diagnosis.text",
            "Medulloblastoma, WNT-activated\nstandard risk",
            Ok("Medulloblastoma, WNT-activated\nstandard risk"),
        );
        check(
            Contact,
            "email",
            "amal.haddad@example.org",
            Ok("amal.haddad@example.org"),
        );
        check(Contact, "email", "amal@", Err("email-invalid"));
        check(Contact, "email", "a b@example.org", Err("email-invalid"));
        check(Contact, "phone", "+971 50 123 4567", Ok("+971 50 123 4567"));
        check(Contact, "phone", "12", Err("phone-invalid"));
        check(Contact, "phone", "call me", Err("phone-invalid"));
        check(Contact, "channel", "whatsapp", Ok("whatsapp"));
        check(Contact, "language", "AR", Ok("ar"));
        check(Task, "due", "2026-12-01", Ok("2026-12-01"));
        check(Task, "due", "2026-02-30", Err("date-invalid"));
        check(Task, "done", "true", Ok("true"));
        check(Task, "done", "yes", Err("choice-unknown"));
        check(Task, "title", &"x".repeat(201), Err("text-too-long"));
        check(Consent, "until", "2027-01-31", Ok("2027-01-31"));
        check(Note, "text", "", Err("value-empty"));
    }

    #[test]
    fn every_kind_names_itself_and_has_a_required_field() {
        for kind in EntityKind::ALL {
            assert_eq!(EntityKind::parse(kind.as_str()), Some(kind));
            assert!(kind.fields().iter().any(|f| f.required), "{kind:?}");
        }
    }
}
