//! The case file's shape: every kind of entity a case holds, each field's kind, and how a typed
//! value is written as its canonical text. Every edit of the case file is one field of one
//! entity (an operation, in `wayfinder-merge`); this is what says which fields exist and what
//! values they accept. A value is parsed here once, at the edge, and stored canonical.

use crate::case::{DateOfBirth, DomainError, PersonName, parse_languages};
use crate::iso::{CountryCode, LanguageCode};
use crate::medical_codes::{Icd10Code, MorphologyCode, TopographyCode};
use crate::stage::Stage;
use chrono::{NaiveDate, NaiveDateTime};

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
    /// A document the family sent: its original is sealed in the vault's file store.
    Record,
    /// A report that left the vault: what, to whom, in which language. Written by the export
    /// itself, never typed; its creation time is when.
    Export,
    /// The text of one page of a record typed by hand: a correction of what the text reader
    /// read on a scan, which search and the viewer take instead. It names its record and page
    /// once, when made.
    PageText,
    /// A record to be translated: into which language, by whom, reviewed by whom, by when,
    /// and how far it has come.
    Translation,
    /// A passage of a record's page and its translation: a region drawn on the page, or a
    /// passage of its text; its source, its translation and how far it has come.
    Unit,
    /// The team-wide scope: what belongs to the team and to no case (the glossary, travel
    /// templates, the directory), shared with every member and synced like a case. Its kinds
    /// are those whose [`EntityKind::scope_root`] is this one.
    Team,
    /// A glossary entry of the team: a term and what it becomes, or must not become, in
    /// another language. No patient data: it is the whole team's.
    Term,
    /// A journey to treatment abroad: where to, and the dates its checklist is planned from
    /// (travel, the visa appointment, admission, return).
    Trip,
    /// One thing to do for a trip: its date relative to one of the trip's dates (or set by
    /// hand), who does it, what it needs, what it comes after, whether it is done.
    TripItem,
    /// An entry of a trip's itinerary: a flight, a ride, a stay or an appointment, each end
    /// in its own place's time zone.
    TripLeg,
    /// Someone who travels: the child, a parent, an attendant, with their passport's expiry
    /// and whether the hospital's invitation letter names them.
    Traveller,
    /// A checklist the team shares for a destination (a country, a hospital, a visa): no
    /// patient data, in the team-wide scope.
    TripTemplate,
    /// One item of a trip template, with its date rule and what it comes after.
    TemplateItem,
    /// An institution of the team's directory (a hospital, a tumour board, a trial team, a
    /// laboratory, an embassy): no patient data, in the team-wide scope.
    Institution,
    /// Someone to reach at an institution of the directory.
    DirectoryContact,
    /// One line of an institution's requirement profile: what a request of a kind must
    /// enclose, and in which language.
    Requirement,
    /// A request for a case (a second opinion, eligibility, admission, a quote): what is
    /// asked, with which records, under which consent.
    Request,
    /// One institution a request goes to, with its own status and follow-up date.
    Recipient,
    /// What was sent to a recipient, frozen when sent: each record's hash, the translations
    /// enclosed, the consent, and her reason if she sent it incomplete.
    Dispatch,
    /// A call, an e-mail, a message or a meeting, logged with the case.
    Communication,
}

impl EntityKind {
    pub const ALL: [EntityKind; 27] = [
        EntityKind::Case,
        EntityKind::Contact,
        EntityKind::Treatment,
        EntityKind::Question,
        EntityKind::Consent,
        EntityKind::Task,
        EntityKind::Note,
        EntityKind::Record,
        EntityKind::Export,
        EntityKind::PageText,
        EntityKind::Translation,
        EntityKind::Unit,
        EntityKind::Team,
        EntityKind::Term,
        EntityKind::Trip,
        EntityKind::TripItem,
        EntityKind::TripLeg,
        EntityKind::Traveller,
        EntityKind::TripTemplate,
        EntityKind::TemplateItem,
        EntityKind::Institution,
        EntityKind::DirectoryContact,
        EntityKind::Requirement,
        EntityKind::Request,
        EntityKind::Recipient,
        EntityKind::Dispatch,
        EntityKind::Communication,
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
            EntityKind::Record => "record",
            EntityKind::Export => "export",
            EntityKind::PageText => "page-text",
            EntityKind::Translation => "translation",
            EntityKind::Unit => "unit",
            EntityKind::Team => "team",
            EntityKind::Term => "term",
            EntityKind::Trip => "trip",
            EntityKind::TripItem => "trip-item",
            EntityKind::TripLeg => "trip-leg",
            EntityKind::Traveller => "traveller",
            EntityKind::TripTemplate => "trip-template",
            EntityKind::TemplateItem => "template-item",
            EntityKind::Institution => "institution",
            EntityKind::DirectoryContact => "directory-contact",
            EntityKind::Requirement => "requirement",
            EntityKind::Request => "request",
            EntityKind::Recipient => "recipient",
            EntityKind::Dispatch => "dispatch",
            EntityKind::Communication => "communication",
        }
    }

    /// Whether this kind is the root of a scope (a case, or the team-wide scope), whose id is
    /// the scope's.
    pub fn is_root(self) -> bool {
        matches!(self, EntityKind::Case | EntityKind::Team)
    }

    /// The root of the scope an entity of this kind lives in: a case's kinds in a case, the
    /// team's in the team-wide scope.
    pub fn scope_root(self) -> EntityKind {
        match self {
            EntityKind::Team
            | EntityKind::Term
            | EntityKind::TripTemplate
            | EntityKind::TemplateItem
            | EntityKind::Institution
            | EntityKind::DirectoryContact
            | EntityKind::Requirement => EntityKind::Team,
            EntityKind::Case
            | EntityKind::Contact
            | EntityKind::Treatment
            | EntityKind::Question
            | EntityKind::Consent
            | EntityKind::Task
            | EntityKind::Note
            | EntityKind::Record
            | EntityKind::Export
            | EntityKind::PageText
            | EntityKind::Translation
            | EntityKind::Unit
            | EntityKind::Trip
            | EntityKind::TripItem
            | EntityKind::TripLeg
            | EntityKind::Traveller
            | EntityKind::Request
            | EntityKind::Recipient
            | EntityKind::Dispatch
            | EntityKind::Communication => EntityKind::Case,
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
            EntityKind::Record => RECORD_FIELDS,
            EntityKind::Export => EXPORT_FIELDS,
            EntityKind::PageText => PAGE_TEXT_FIELDS,
            EntityKind::Translation => TRANSLATION_FIELDS,
            EntityKind::Unit => UNIT_FIELDS,
            EntityKind::Team => TEAM_FIELDS,
            EntityKind::Term => TERM_FIELDS,
            EntityKind::Trip => TRIP_FIELDS,
            EntityKind::TripItem => TRIP_ITEM_FIELDS,
            EntityKind::TripLeg => TRIP_LEG_FIELDS,
            EntityKind::Traveller => TRAVELLER_FIELDS,
            EntityKind::TripTemplate => TRIP_TEMPLATE_FIELDS,
            EntityKind::TemplateItem => TEMPLATE_ITEM_FIELDS,
            EntityKind::Institution => INSTITUTION_FIELDS,
            EntityKind::DirectoryContact => DIRECTORY_CONTACT_FIELDS,
            EntityKind::Requirement => REQUIREMENT_FIELDS,
            EntityKind::Request => REQUEST_FIELDS,
            EntityKind::Recipient => RECIPIENT_FIELDS,
            EntityKind::Dispatch => DISPATCH_FIELDS,
            EntityKind::Communication => COMMUNICATION_FIELDS,
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
    /// A record's category, one of [`RECORD_CATEGORIES`].
    Category,
    /// What a record's original is (see [`Content`]): written once by the import, never typed.
    Content,
    /// How much of the child's identity a consent lets the case summary show, one of
    /// [`DISCLOSURES`].
    Disclosure,
    /// Which report an export was, one of [`REPORTS`].
    Report,
    /// Another entity of the same case, of this kind, by its id: written once, when made.
    Ref(EntityKind),
    /// A page of a record, counted from 0, in plain digits: written once, when made.
    Page,
    /// A rectangle on a page: left, top, width and height as fractions of the page as the
    /// viewer shows it (a scan turned upright, a PDF page with its own turn), each with at
    /// most four decimals.
    Region,
    /// How far a record's translation has come, one of [`TRANSLATION_STATUSES`].
    TranslationStatus,
    /// How far a unit's translation has come, one of [`UNIT_STATES`].
    UnitState,
    /// When a trip's item falls due, relative to one of its dates: `travel-45`, `admission+1`
    /// (see [`crate::travel::Rule`]).
    TravelRule,
    /// Other entities of the same scope, of this kind, by id, separated by spaces (what an
    /// item comes after). Unlike [`FieldKind::Ref`], it changes.
    Refs(EntityKind),
    /// A date and time on a place's own clock, `2027-04-16T22:00`.
    LocalTime,
    /// A time zone of the IANA database, `Europe/Istanbul`.
    TimeZone,
    /// What an itinerary entry is, one of [`LEGS`].
    Leg,
    /// Who travels, one of [`TRAVELLER_ROLES`].
    TravellerRole,
    /// A number of months, 0 to 24 (how long a passport must outlast the return).
    Months,
    /// A number of days, 0 to 365 (an institution's usual time to answer).
    Days,
    /// One of a fixed list of codes; `labels` names its options' messages
    /// (`option-<labels>-<code>`).
    Choice {
        options: &'static [&'static str],
        labels: &'static str,
    },
    /// An entity of the team-wide scope, of this kind, by its id (the institution a request
    /// goes to): written once, when made. It may not have reached this laptop yet, or have
    /// been deleted since; what names it keeps its name beside it.
    TeamRef(EntityKind),
    /// Where a recipient's answer stands, one of `coordination::Status`; it moves only as
    /// `Status::moves` allows.
    RequestStatus,
    /// What was sent, as JSON (see `coordination`): written once, when made.
    Packet,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Field {
    pub name: &'static str,
    pub kind: FieldKind,
    /// Whether an entity of this kind must have it (it cannot be cleared).
    pub required: bool,
}

impl Field {
    /// Whether the field is written once, when its entity is made, and never again: what an
    /// original is, and which entity and page it belongs to.
    pub fn written_once(&self) -> bool {
        matches!(
            self.kind,
            FieldKind::Content
                | FieldKind::Ref(_)
                | FieldKind::Page
                | FieldKind::TeamRef(_)
                | FieldKind::Packet
        )
    }
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
    field("identity", FieldKind::Disclosure, false),
];
const TASK_FIELDS: &[Field] = &[
    field("title", SHORT, true),
    field("due", FieldKind::Date, false),
    field("assignee", SHORT, false),
    field("done", FieldKind::Bool, false),
];
const NOTE_FIELDS: &[Field] = &[field("text", LONG, true)];
const RECORD_FIELDS: &[Field] = &[
    field("title", SHORT, true),
    field("category", FieldKind::Category, true),
    field("date", FieldKind::Date, false),
    field("institution", SHORT, false),
    field("language", FieldKind::Language, false),
    field("content", FieldKind::Content, true),
];

const EXPORT_FIELDS: &[Field] = &[
    field("report", FieldKind::Report, true),
    field("recipient", SHORT, true),
    field("language", FieldKind::Language, true),
    // The enclosed records' titles, one a line, in the packet's order.
    field("records", LONG, false),
    field("pages", SHORT, false),
    // The file's name, not its folder: where she keeps exports is hers.
    field("file", SHORT, false),
    // The SHA-256 of the file written, in hex: what a request says it sent.
    field("sha256", SHORT, false),
    // The consent it went under, if she chose one: for the disclosure report.
    field("consent", FieldKind::Refs(EntityKind::Consent), false),
];

const PAGE_TEXT_FIELDS: &[Field] = &[
    field("record", FieldKind::Ref(EntityKind::Record), true),
    field("page", FieldKind::Page, true),
    field("text", LONG, true),
];

const TRANSLATION_FIELDS: &[Field] = &[
    field("record", FieldKind::Ref(EntityKind::Record), true),
    field("language", FieldKind::Language, true),
    field("status", FieldKind::TranslationStatus, true),
    field("translator", SHORT, false),
    field("reviewer", SHORT, false),
    field("due", FieldKind::Date, false),
    // Her statement of accuracy for the translated document: name, qualification.
    field("statement", LONG, false),
    // The language of the original, when she sets it: what the record says is a guess at
    // import (or the case's language), and a translator may not edit the record.
    field("source_language", FieldKind::Language, false),
];

const UNIT_FIELDS: &[Field] = &[
    field("translation", FieldKind::Ref(EntityKind::Translation), true),
    field("page", FieldKind::Page, true),
    field("region", FieldKind::Region, false),
    field("source", LONG, true),
    field("target", LONG, false),
    field("state", FieldKind::UnitState, true),
    field("translator", SHORT, false),
    field("reviewer", SHORT, false),
    field("comment", LONG, false),
    // The checks she overrode, one a line: the check's code, a colon, her reason.
    field("overrides", LONG, false),
];

/// How far a record's translation has come.
pub const TRANSLATION_STATUSES: &[&str] = &["to-do", "in-progress", "in-review", "done"];
/// How far a unit's translation has come: only a unit that passes its checks (or whose
/// findings she overrode with a reason) is final.
pub const UNIT_STATES: &[&str] = &["draft", "translated", "reviewed", "final"];

/// The most entities one `Refs` field names.
pub const MAX_REFS: usize = 50;

/// What an itinerary entry is.
pub const LEGS: &[&str] = &["flight", "ground", "stay", "appointment"];

/// Who travels.
pub const TRAVELLER_ROLES: &[&str] = &["child", "parent", "attendant"];

const TRIP_FIELDS: &[Field] = &[
    field("destination", FieldKind::Country, true),
    field("hospital", SHORT, false),
    field("visa_type", SHORT, false),
    // The template it was planned from, by name, as it was then.
    field("template", SHORT, false),
    field("travel", FieldKind::Date, false),
    field("visa", FieldKind::Date, false),
    field("admission", FieldKind::Date, false),
    field("return", FieldKind::Date, false),
    // How many months the destination asks a passport to outlast the return.
    field("passport_months", FieldKind::Months, false),
    // A minor travelling with one parent needs the other's consent.
    field("one_parent", FieldKind::Bool, false),
    field("other_parent_consent", FieldKind::Bool, false),
];

const TRIP_ITEM_FIELDS: &[Field] = &[
    field("trip", FieldKind::Ref(EntityKind::Trip), true),
    field("title", SHORT, true),
    field("rule", FieldKind::TravelRule, false),
    // Its date as last planned, or as she set it when it has no rule.
    field("due", FieldKind::Date, false),
    field("done", FieldKind::Bool, false),
    // A member's name, or the family.
    field("assignee", SHORT, false),
    // The records it needs (a passport scan, the invitation letter), in words.
    field("needs", SHORT, false),
    field("after", FieldKind::Refs(EntityKind::TripItem), false),
    // Where the requirement comes from, and whether to check it with the embassy.
    field("source", SHORT, false),
    field("check_embassy", FieldKind::Bool, false),
    field("note", LONG, false),
    // The case's records it needs, by id (the passport scan, the invitation letter).
    field("records", FieldKind::Refs(EntityKind::Record), false),
];

const TRIP_LEG_FIELDS: &[Field] = &[
    field("trip", FieldKind::Ref(EntityKind::Trip), true),
    field("leg", FieldKind::Leg, true),
    field("title", SHORT, true),
    field("from_place", SHORT, false),
    field("starts", FieldKind::LocalTime, true),
    field("starts_zone", FieldKind::TimeZone, true),
    field("to_place", SHORT, false),
    field("ends", FieldKind::LocalTime, true),
    field("ends_zone", FieldKind::TimeZone, true),
    field("reference", SHORT, false),
    field("note", LONG, false),
];

const TRAVELLER_FIELDS: &[Field] = &[
    field("trip", FieldKind::Ref(EntityKind::Trip), true),
    field("name", FieldKind::Name, true),
    field("role", FieldKind::TravellerRole, true),
    field("passport_expiry", FieldKind::Date, false),
    field("in_invitation", FieldKind::Bool, false),
];

const TRIP_TEMPLATE_FIELDS: &[Field] = &[
    field("name", SHORT, true),
    field("destination", FieldKind::Country, true),
    field("hospital", SHORT, false),
    field("visa_type", SHORT, false),
    field("passport_months", FieldKind::Months, false),
    // The language its items are written in.
    field("language", FieldKind::Language, false),
];

const TEMPLATE_ITEM_FIELDS: &[Field] = &[
    field("template", FieldKind::Ref(EntityKind::TripTemplate), true),
    field("title", SHORT, true),
    field("rule", FieldKind::TravelRule, false),
    field("assignee", SHORT, false),
    field("needs", SHORT, false),
    field("after", FieldKind::Refs(EntityKind::TemplateItem), false),
    field("source", SHORT, false),
    field("check_embassy", FieldKind::Bool, false),
];

/// What an institution of the directory is.
pub const INSTITUTION_KINDS: &[&str] = &[
    "hospital",
    "tumour-board",
    "trial-team",
    "laboratory",
    "embassy",
    "other",
];
/// Which way a communication went.
pub const DIRECTIONS: &[&str] = &["incoming", "outgoing"];

const INSTITUTION_FIELDS: &[Field] = &[
    field("name", SHORT, true),
    field(
        "kind",
        FieldKind::Choice {
            options: INSTITUTION_KINDS,
            labels: "institution-kind",
        },
        true,
    ),
    field("department", SHORT, false),
    field("country", FieldKind::Country, false),
    field("city", SHORT, false),
    // The languages it accepts documents in.
    field("languages", FieldKind::Languages, false),
    // How many days it usually takes to answer.
    field("turnaround", FieldKind::Days, false),
    field("email", FieldKind::Email, false),
    field("phone", FieldKind::Phone, false),
    field("note", LONG, false),
];

const DIRECTORY_CONTACT_FIELDS: &[Field] = &[
    field("institution", FieldKind::Ref(EntityKind::Institution), true),
    field("name", FieldKind::Name, true),
    field("role", SHORT, false),
    field("email", FieldKind::Email, false),
    field("phone", FieldKind::Phone, false),
    field("languages", FieldKind::Languages, false),
    field("channel", FieldKind::Channel, false),
];

const REQUEST_KIND: FieldKind = FieldKind::Choice {
    options: crate::coordination::REQUEST_KINDS,
    labels: "request-kind",
};

const REQUIREMENT_FIELDS: &[Field] = &[
    field("institution", FieldKind::Ref(EntityKind::Institution), true),
    field("request_kind", REQUEST_KIND, true),
    field(
        "need",
        FieldKind::Choice {
            options: crate::coordination::NEEDS,
            labels: "need",
        },
        true,
    ),
    // The language it must be in, or translated into.
    field("language", FieldKind::Language, false),
];

const REQUEST_FIELDS: &[Field] = &[
    field("kind", REQUEST_KIND, true),
    field("title", SHORT, true),
    field("questions", LONG, false),
    // The consent it is sent under (one), and the records it encloses, in order.
    field("consent", FieldKind::Refs(EntityKind::Consent), false),
    field("records", FieldKind::Refs(EntityKind::Record), false),
    // What is sent or arranged apart from the records.
    field("slides_sent", FieldKind::Bool, false),
    field("payment_arranged", FieldKind::Bool, false),
];

const RECIPIENT_FIELDS: &[Field] = &[
    field("request", FieldKind::Ref(EntityKind::Request), true),
    field(
        "institution",
        FieldKind::TeamRef(EntityKind::Institution),
        true,
    ),
    // Its name when chosen, kept should the directory lose it.
    field("institution_name", SHORT, true),
    field("status", FieldKind::RequestStatus, true),
    field("follow_up", FieldKind::Date, false),
    field("outcome", LONG, false),
    // The records of its answer: the opinion, a quote.
    field("answer", FieldKind::Refs(EntityKind::Record), false),
];

const DISPATCH_FIELDS: &[Field] = &[
    field("recipient", FieldKind::Ref(EntityKind::Recipient), true),
    field("packet", FieldKind::Packet, true),
    // Why she sent it though the profile found something missing.
    field("override_reason", LONG, false),
];

const COMMUNICATION_FIELDS: &[Field] = &[
    field("channel", FieldKind::Channel, true),
    field(
        "direction",
        FieldKind::Choice {
            options: DIRECTIONS,
            labels: "direction",
        },
        true,
    ),
    field("date", FieldKind::Date, true),
    field("institution_name", SHORT, false),
    field("contact", SHORT, false),
    field("request", FieldKind::Refs(EntityKind::Request), false),
    field("summary", LONG, true),
    field("records", FieldKind::Refs(EntityKind::Record), false),
];

/// The team-wide scope's own fields: its name, as the team calls itself.
const TEAM_FIELDS: &[Field] = &[field("name", SHORT, false)];

const TERM_FIELDS: &[Field] = &[
    field("source", SHORT, true),
    field("source_language", FieldKind::Language, true),
    field("language", FieldKind::Language, true),
    field("target", SHORT, false),
    // Renderings not to use, one a line.
    field("forbidden", LONG, false),
    // Kept as it is in every language: a drug's or a gene's name, a code.
    field("keep", FieldKind::Bool, false),
    field("note", LONG, false),
];

/// The categories a record is filed under (PRODUCT.md, section 3).
pub const RECORD_CATEGORIES: &[&str] = &[
    "pathology",
    "imaging",
    "lab",
    "biomarker",
    "treatment-summary",
    "discharge-letter",
    "referral",
    "identity-travel",
    "consent",
    "other",
];

/// How much of the child's identity a consent allows a summary to show: name and date of birth,
/// initials only, or nothing that names the child. A consent that does not say shows nothing.
pub const DISCLOSURES: &[&str] = &["full", "initials", "none"];
/// What an export was: one of the reports, or a record sent on its own as its original.
pub const REPORTS: &[&str] = &[
    "summary",
    "packet",
    "record",
    "translation",
    "xliff",
    "tmx",
    "checklist",
    "fhir",
    "disclosure",
    "statement",
    "archive",
];

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
            join_codes(&langs.iter().map(|l| l.as_str()).collect::<Vec<_>>())
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
        FieldKind::Category => choice(RECORD_CATEGORIES, trimmed)?,
        FieldKind::Disclosure => choice(DISCLOSURES, trimmed)?,
        FieldKind::Report => choice(REPORTS, trimmed)?,
        FieldKind::Content => Content::parse(trimmed)
            .ok_or(DomainError::ChoiceUnknown)?
            .to_text(),
        FieldKind::Ref(_) => {
            let id: crate::EntityId = trimmed.parse().map_err(|_| DomainError::ChoiceUnknown)?;
            id.to_string()
        }
        FieldKind::Page => {
            let digits = trimmed.len() <= 6 && trimmed.bytes().all(|b| b.is_ascii_digit());
            let page: u32 = trimmed
                .parse()
                .ok()
                .filter(|_| digits)
                .ok_or(DomainError::ChoiceUnknown)?;
            page.to_string()
        }
        FieldKind::Region => Region::parse(trimmed)
            .ok_or(DomainError::ChoiceUnknown)?
            .to_text(),
        FieldKind::TranslationStatus => choice(TRANSLATION_STATUSES, trimmed)?,
        FieldKind::UnitState => choice(UNIT_STATES, trimmed)?,
        FieldKind::TravelRule => trimmed
            .parse::<crate::travel::Rule>()
            .map_err(DomainError::Travel)?
            .to_string(),
        FieldKind::Refs(_) => {
            let mut ids = Vec::new();
            for part in trimmed.split_whitespace() {
                let id: crate::EntityId = part.parse().map_err(|_| DomainError::ChoiceUnknown)?;
                let id = id.to_string();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            if ids.len() > MAX_REFS {
                return Err(DomainError::ChoiceUnknown);
            }
            ids.join(" ")
        }
        FieldKind::LocalTime => NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%dT%H:%M")
            .map_err(|_| DomainError::DateInvalid)?
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
        FieldKind::TimeZone => trimmed
            .parse::<chrono_tz::Tz>()
            .map_err(|_| DomainError::Travel(crate::travel::TravelError::ZoneUnknown))?
            .name()
            .to_owned(),
        FieldKind::Leg => choice(LEGS, trimmed)?,
        FieldKind::Choice { options, .. } => choice(options, trimmed)?,
        FieldKind::RequestStatus => crate::coordination::Status::parse(trimmed)
            .ok_or(DomainError::ChoiceUnknown)?
            .code()
            .to_owned(),
        FieldKind::TeamRef(_) => {
            let id: crate::EntityId = trimmed.parse().map_err(|_| DomainError::ChoiceUnknown)?;
            id.to_string()
        }
        FieldKind::Days => {
            let days: u16 = trimmed
                .parse()
                .ok()
                .filter(|d| *d <= 365 && trimmed.len() <= 3)
                .ok_or(DomainError::ChoiceUnknown)?;
            days.to_string()
        }
        FieldKind::Packet => crate::coordination::SentPacket::parse(trimmed)
            .ok_or(DomainError::ChoiceUnknown)?
            .to_text(),
        FieldKind::TravellerRole => choice(TRAVELLER_ROLES, trimmed)?,
        FieldKind::Months => {
            let months: u8 = trimmed
                .parse()
                .ok()
                .filter(|m| *m <= 24 && trimmed.len() <= 2)
                .ok_or(DomainError::ChoiceUnknown)?;
            months.to_string()
        }
        FieldKind::Bool => match trimmed {
            "true" => "true".to_owned(),
            "false" => "false".to_owned(),
            _ => return Err(DomainError::ChoiceUnknown),
        },
    })
}

/// A rectangle on a page, in fractions of the page as shown: written `left top width height`,
/// each with at most four decimals (a tenth of a millimetre on A4), all within the page.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Region {
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

impl Region {
    pub fn parse(text: &str) -> Option<Region> {
        let parts: Vec<f32> = text
            .split(' ')
            .map(|p| p.parse::<f32>().ok().filter(|v| v.is_finite()))
            .collect::<Option<_>>()?;
        let [left, top, width, height] = parts.as_slice() else {
            return None;
        };
        let region = Region {
            left: *left,
            top: *top,
            width: *width,
            height: *height,
        };
        let within = |start: f32, size: f32| start >= 0.0 && size > 0.0 && start + size <= 1.0001;
        (within(region.left, region.width) && within(region.top, region.height)).then_some(region)
    }

    pub fn to_text(self) -> String {
        let f = |v: f32| {
            let text = format!("{:.4}", v);
            let text = text.trim_end_matches('0').trim_end_matches('.');
            if text.is_empty() {
                "0".to_owned()
            } else {
                text.to_owned()
            }
        };
        format!(
            "{} {} {} {}",
            f(self.left),
            f(self.top),
            f(self.width),
            f(self.height)
        )
    }
}

/// What kind of file a record's original is, recognised by its content.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Media {
    Pdf,
    Jpeg,
    Png,
    Tiff,
    Dicom,
}

impl Media {
    pub const ALL: [Media; 5] = [
        Media::Pdf,
        Media::Jpeg,
        Media::Png,
        Media::Tiff,
        Media::Dicom,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Media::Pdf => "pdf",
            Media::Jpeg => "jpeg",
            Media::Png => "png",
            Media::Tiff => "tiff",
            Media::Dicom => "dicom",
        }
    }

    pub fn parse(name: &str) -> Option<Media> {
        Media::ALL.into_iter().find(|m| m.as_str() == name)
    }

    /// Whether a page of this kind whose own text is `own_text` is read by the text reader:
    /// every page of a photo or scan, a PDF's page with fewer than `FEW_CHARACTERS` letters
    /// and digits (a scanner's stamp or a page number is not a page's text), never a DICOM
    /// image.
    pub fn needs_reading(self, own_text: &str) -> bool {
        match self {
            Media::Pdf => {
                own_text
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .take(FEW_CHARACTERS)
                    .count()
                    < FEW_CHARACTERS
            }
            Media::Jpeg | Media::Png | Media::Tiff => true,
            Media::Dicom => false,
        }
    }
}

/// Below this many letters and digits of its own, a PDF's page is read as a scan.
pub const FEW_CHARACTERS: usize = 20;

/// A record's `content` field: which original it is (the keyed hash of its bytes, which is
/// also how the vault finds its sealed file), what kind of file, how big, how many pages.
/// Written as `media size pages hash`, e.g. `pdf 1048576 14 3f…` (64 hex digits).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Content {
    pub media: Media,
    pub size: u64,
    pub pages: u32,
    pub hash: [u8; 32],
}

impl Content {
    pub fn parse(text: &str) -> Option<Content> {
        let mut parts = text.split(' ');
        let media = Media::parse(parts.next()?)?;
        let size = parts.next()?.parse().ok()?;
        let pages = parts.next()?.parse().ok()?;
        let hex = parts.next()?;
        if parts.next().is_some() || hex.len() != 64 {
            return None;
        }
        let mut hash = [0u8; 32];
        for (i, byte) in hash.iter_mut().enumerate() {
            *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(Content {
            media,
            size,
            pages,
            hash,
        })
    }

    pub fn to_text(&self) -> String {
        let hex: String = self.hash.iter().map(|b| format!("{b:02x}")).collect();
        format!("{} {} {} {hex}", self.media.as_str(), self.size, self.pages)
    }
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

/// How a field of several codes (a child's languages) is stored: the codes, a space between.
pub fn join_codes(codes: &[impl AsRef<str>]) -> String {
    codes
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The codes of a stored field of several (see `join_codes`).
pub fn split_codes(stored: &str) -> Vec<String> {
    stored.split_whitespace().map(str::to_owned).collect()
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
        check(Record, "category", "pathology", Ok("pathology"));
        check(Record, "category", "x-ray", Err("choice-unknown"));
        let hash = "ab".repeat(32);
        check(
            Record,
            "content",
            &format!("pdf 1048576 14 {hash}"),
            Ok(&*format!("pdf 1048576 14 {hash}")),
        );
        check(
            Record,
            "content",
            &format!("gif 10 1 {hash}"),
            Err("choice-unknown"),
        );
        check(Record, "content", "pdf 10 1 abc", Err("choice-unknown"));
        let id = "0192d9a4-7c3e-7000-8000-000000000001";
        check(Translation, "record", id, Ok(id));
        check(Translation, "record", "chapter one", Err("choice-unknown"));
        check(Translation, "status", "in-review", Ok("in-review"));
        check(Translation, "status", "reviewed", Err("choice-unknown"));
        check(Unit, "page", "12", Ok("12"));
        check(Unit, "page", "-1", Err("choice-unknown"));
        check(Unit, "page", "1e3", Err("choice-unknown"));
        check(
            Unit,
            "region",
            "0.1 0.25 0.5 0.125",
            Ok("0.1 0.25 0.5 0.125"),
        );
        check(
            Unit,
            "region",
            "0.123456 0.2 0.3 0.4",
            Ok("0.1235 0.2 0.3 0.4"),
        );
        check(Unit, "region", "0.8 0.2 0.5 0.1", Err("choice-unknown"));
        check(Unit, "region", "0.1 0.2 0 0.1", Err("choice-unknown"));
        check(Unit, "region", "NaN 0.2 0.1 0.1", Err("choice-unknown"));
        check(Unit, "state", "final", Ok("final"));
        check(Term, "keep", "true", Ok("true"));
        check(Term, "source_language", "RU", Ok("ru"));
        // Travel: a date rule, the items an item comes after, local times and their zones.
        check(TripItem, "rule", " travel-45 ", Ok("travel-45"));
        check(TripItem, "rule", "travel - 45", Err("travel-rule-invalid"));
        check(TripItem, "rule", "departure-3", Err("travel-rule-invalid"));
        let (a, b) = (
            "0190a4a2-0000-7000-8000-00000000000a",
            "0190a4a2-0000-7000-8000-00000000000b",
        );
        check(
            TripItem,
            "after",
            &format!("{a}  {b} {a}"),
            Ok(&format!("{a} {b}")),
        );
        check(TripItem, "after", "passport", Err("choice-unknown"));
        check(
            TripLeg,
            "starts",
            "2027-04-16T22:00",
            Ok("2027-04-16T22:00"),
        );
        check(TripLeg, "starts", "2027-02-30T22:00", Err("date-invalid"));
        check(TripLeg, "starts", "16/04/2027 22:00", Err("date-invalid"));
        check(TripLeg, "starts_zone", "Asia/Kolkata", Ok("Asia/Kolkata"));
        check(
            TripLeg,
            "starts_zone",
            "Europe/Atlantis",
            Err("travel-zone-unknown"),
        );
        check(TripLeg, "leg", "flight", Ok("flight"));
        check(TripLeg, "leg", "boat", Err("choice-unknown"));
        check(Trip, "passport_months", "6", Ok("6"));
        check(Trip, "passport_months", "25", Err("choice-unknown"));
        check(Trip, "passport_months", "-1", Err("choice-unknown"));
        check(Trip, "destination", "tr", Ok("TR"));
        check(Traveller, "role", "attendant", Ok("attendant"));
        check(TripTemplate, "destination", "IN", Ok("IN"));
    }

    #[test]
    fn every_kind_names_itself_and_has_a_required_field() {
        for kind in EntityKind::ALL {
            assert_eq!(EntityKind::parse(kind.as_str()), Some(kind));
            // What a person adds has something she must fill in; the team-wide scope is made
            // by the app, empty.
            if kind != EntityKind::Team {
                assert!(kind.fields().iter().any(|f| f.required), "{kind:?}");
            }
            // Each kind lives under a root, and a root is its own.
            assert!(kind.scope_root().is_root(), "{kind:?}");
            assert_eq!(kind.is_root(), kind.scope_root() == kind, "{kind:?}");
        }
    }
}
