//! The data that crosses to the UI, and only that. Domain types stay free of serde; here they
//! are converted at the boundary. `cargo test -p wayfinder-api` writes the TypeScript twins of
//! these types into `ui/src/lib/bindings/`, and CI fails if the committed ones differ.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;
use wayfinder_core::{EntityKind, Media, Stage};
use wayfinder_sync::Role;

/// A closed set of the domain as it crosses to the UI: an enum of the same variants, named in
/// kebab case (as the domain stores them), converted both ways, so that a variant added on one
/// side fails to compile until the other has it.
macro_rules! mirrored {
    ($(#[$meta:meta])* $dto:ident <=> $domain:ident { $($variant:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
        #[serde(rename_all = "kebab-case")]
        pub enum $dto {
            $($variant),*
        }

        impl From<$domain> for $dto {
            fn from(value: $domain) -> $dto {
                match value {
                    $($domain::$variant => $dto::$variant),*
                }
            }
        }

        impl From<$dto> for $domain {
            fn from(value: $dto) -> $domain {
                match value {
                    $($dto::$variant => $domain::$variant),*
                }
            }
        }
    };
}

mirrored! {
    /// Where a family's journey stands.
    StageDto <=> Stage {
        Inquiry, Intake, Records, Review, Matching, Travel, Treatment, FollowUp, Closed,
    }
}

mirrored! {
    /// What an entity of the case file is.
    EntityKindDto <=> EntityKind {
        Case, Contact, Treatment, Question, Consent, Task, Note, Record, Export, PageText,
        Translation, Unit, Team, Term, Trip, TripItem, TripLeg, Traveller, TripTemplate,
        TemplateItem, Institution, DirectoryContact, Requirement, Request, Recipient, Dispatch,
        Communication,
    }
}

mirrored! {
    /// What kind of file a record's original is.
    MediaDto <=> Media { Pdf, Jpeg, Png, Tiff, Dicom }
}

mirrored! {
    /// A member's role in the team.
    RoleDto <=> Role { Admin, Coordinator, Translator, Liaison }
}

/// Which report she prepares: the case summary, or the review packet (the summary and the
/// records' pages after it).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKindDto {
    Summary,
    Packet,
    /// Everything that left the vault for this child, to whom, under which consent.
    Disclosure,
}

impl ReportKindDto {
    /// The name an export's note keeps in the case file.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportKindDto::Summary => "summary",
            ReportKindDto::Packet => "packet",
            ReportKindDto::Disclosure => "disclosure",
        }
    }
}

/// What a report shows of the child: everything, initials only, or nothing that names her.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum IdentityDto {
    Full,
    Initials,
    None,
}

impl From<wayfinder_core::Disclosure> for IdentityDto {
    fn from(disclosure: wayfinder_core::Disclosure) -> IdentityDto {
        use wayfinder_core::Disclosure;
        match disclosure {
            Disclosure::Full => IdentityDto::Full,
            Disclosure::Initials => IdentityDto::Initials,
            Disclosure::Nothing => IdentityDto::None,
        }
    }
}

/// An error as the UI sees it: a stable code to branch on, and a message in the user's
/// language that says what to do. Never matched by its text.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct ErrorDto {
    pub code: String,
    pub message: String,
}

/// Where the app stands, which decides the screen the UI shows.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum VaultStatus {
    /// First start: there is no vault yet.
    NeedsSetup,
    /// A vault is there and locked; `reason` says why the keychain did not open it, if it was
    /// tried (an error code such as `keychain-missing`).
    Locked {
        reason: Option<ErrorDto>,
    },
    Unlocked,
    /// The vault folder cannot be used at all (not a vault, or from a newer version).
    Unusable {
        error: ErrorDto,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SettingsDto {
    /// The interface language: en, es, fr, ar, zh or ru.
    pub language: String,
    /// Minutes without activity before the vault locks itself.
    pub auto_lock_minutes: u32,
    /// Her contact details, printed on every report.
    pub contact: ContactDto,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ContactDto {
    pub name: String,
    pub organisation: String,
    pub email: String,
    pub phone: String,
}

/// What report to prepare for whom. The consent chosen decides how much of the child it names;
/// with none, the child is not identified and `recipient` says who receives it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ReportRequestDto {
    pub case_id: String,
    pub report: ReportKindDto,
    /// The reader's language: en, es, fr, ar, zh or ru.
    pub language: String,
    pub consent_id: Option<String>,
    pub recipient: String,
    /// The records to enclose, in the order she set.
    pub record_ids: Vec<String>,
}

/// A record to send on its own, as its original: to the recipient of a consent, or to the one
/// she names when she chose none.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RecordExportRequestDto {
    pub case_id: String,
    pub record_id: String,
    pub consent_id: Option<String>,
    pub recipient: String,
}

/// A case to export as an HL7 FHIR R4 Bundle: to whom, under which consent (which decides
/// what the Bundle shows of the child, as for reports), with the records' originals or not.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FhirExportRequestDto {
    pub case_id: String,
    pub consent_id: Option<String>,
    pub recipient: String,
    pub originals: bool,
}

/// A child as a FHIR Bundle names her, or as a case holds her, for the two to be compared.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FhirChildDto {
    pub name: Option<String>,
    pub date_of_birth: Option<String>,
    pub sex: Option<String>,
    pub country: Option<String>,
    pub languages: Vec<String>,
}

/// Something of a Bundle with no place in a case, kept with it as a note. `reason`: no-place,
/// other-patient, no-file, bad-file, another-condition, fields (a resource read, with the
/// fields named left over), invalid (values Wayfinder does not accept, named), in-case (a
/// record the case holds already), protected, unreadable.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FhirKeptDto {
    pub resource: String,
    pub id: Option<String>,
    pub reason: String,
    pub fields: Vec<String>,
}

/// What importing a Bundle would do; nothing is written until she confirms.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FhirPreviewDto {
    /// The file as picked, and the SHA-256 of what was previewed, for the import to confirm.
    pub file: String,
    pub sha256: String,
    /// The child as the Bundle names her.
    pub child: FhirChildDto,
    /// The case's child, when importing into a case: shown beside the Bundle's.
    pub existing: Option<FhirChildDto>,
    /// Fields a new case needs that the Bundle lacks (child.country…): she fills them in.
    pub missing: Vec<String>,
    pub diagnosis: Option<String>,
    pub contacts: u32,
    pub treatments: u32,
    pub records: u32,
    pub consents: u32,
    pub communications: u32,
    pub kept: Vec<FhirKeptDto>,
}

/// What an import of a Bundle wrote.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FhirImportedDto {
    pub case_id: String,
    pub created: bool,
    pub case_fields: u32,
    pub entities: u32,
    pub records: u32,
    pub kept: Vec<FhirKeptDto>,
}

/// What opening a sealed case archive added: its case, its originals, its log's entries.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ArchiveImportedDto {
    pub case_id: String,
    pub originals: u32,
    pub audit_entries: u32,
}

/// A report prepared in memory, ready to preview page by page and to export.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PreparedReportDto {
    pub pages: u32,
    /// What it shows of the child.
    pub identity: IdentityDto,
    pub recipient: String,
}

/// Where a report went: the file's name (its folder is hers, and stays out of the case).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ExportedDto {
    pub file: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct UnlockOutcome {
    /// Whether the vault key is now in the OS keychain, so that the next start needs no prompt.
    pub keychain_stored: bool,
}

/// A case as the list shows it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CaseSummaryDto {
    pub id: String,
    pub name: String,
    /// `None` only for a stage a newer version of the app wrote.
    pub stage: Option<StageDto>,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub assignee: String,
    /// Who the case waits on, if anyone (a hospital, the family...).
    pub waiting_on: String,
    /// `YYYY-MM-DD`.
    pub date_of_birth: String,
    /// RFC 3339.
    pub updated_at: String,
    /// How many of the case's own fields are in conflict.
    pub conflicts: u32,
    /// The earliest due date of its open tasks, `YYYY-MM-DD`.
    pub next_due: Option<String>,
    /// How many of its open tasks are past their date.
    pub overdue: u32,
    /// RFC 3339: when "waiting on" was last set, if the case waits on someone.
    pub waiting_since: Option<String>,
    /// The institutions its open requests wait on, by name.
    pub waiting_requests: Vec<String>,
}

/// Which cases to list; an absent or empty condition does not filter.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq, Default)]
#[serde(rename_all = "camelCase")]
pub struct CaseFilterDto {
    pub stage: Option<StageDto>,
    pub country: Option<String>,
    pub assignee: Option<String>,
    /// Part of the child's name, any case.
    pub name: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct NewCaseDto {
    pub child_name: String,
    pub date_of_birth: String,
    pub country: String,
    pub languages: Vec<String>,
}

/// One version of a field: its value (`null` when cleared), who wrote it and when.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct VersionDto {
    pub value: Option<String>,
    /// For a field that holds several codes (a child's languages): each, in order; the UI never
    /// reads them out of `value`. Empty for any other field.
    pub codes: Vec<String>,
    /// A short form of the author's id, until the team's roster gives names.
    pub author: String,
    /// Whether this vault's own user wrote it.
    pub by_me: bool,
    /// RFC 3339.
    pub at: String,
}

/// A file or folder she picked or dropped: the token that stands for it, and its name to show.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct PickedDto {
    pub token: String,
    pub name: String,
}

/// A new value for a field: text as she typed or picked it, or the codes of a field that holds
/// several (a child's languages).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(untagged)]
pub enum FieldValueDto {
    Text(String),
    Codes(Vec<String>),
}

impl FieldValueDto {
    /// The value as the case file stores it.
    pub fn stored(&self) -> String {
        match self {
            FieldValueDto::Text(text) => text.clone(),
            FieldValueDto::Codes(codes) => wayfinder_core::schema::join_codes(codes),
        }
    }
}

/// One entity of a case file. A field with one version has that value; with two or more it is
/// in conflict, and the screen shows every version for the user to pick one.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct EntityDto {
    pub id: String,
    pub kind: EntityKindDto,
    pub created_at: String,
    pub fields: BTreeMap<String, Vec<VersionDto>>,
    /// Set when someone deleted this entity while someone else changed it: who deleted it and
    /// when, for her to keep the entity or let the deletion stand.
    pub deletion: Option<VersionDto>,
    /// A record's original, as import found it: read here, never parsed by the UI.
    pub content: Option<ContentDto>,
    /// A consent's standing today, on this laptop's calendar.
    pub standing: Option<ConsentStandingDto>,
}

/// A record's original: its kind, its size in bytes, its pages (a study's images).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ContentDto {
    pub media: MediaDto,
    #[ts(type = "number")]
    pub size: u64,
    pub pages: u32,
    /// Whether a review packet can enclose it (a PDF or a photo); else it is sent on its own.
    pub enclosable: bool,
    /// How far reading its scanned pages into text has come; `None` when it has none.
    pub reading: Option<ReadingProgressDto>,
}

/// How far reading a record's scanned pages has come: `done` of `total` pages, of which
/// `failed` could not be read and `poor` were read with low confidence.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ReadingProgressDto {
    pub done: u32,
    pub total: u32,
    pub failed: u32,
    pub poor: u32,
}

/// Where the background reading of scans stands: pages left in the vault, and why it cannot
/// go on, if it cannot (Tesseract or its languages are not installed).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ReadingEventDto {
    pub remaining: u32,
    pub unavailable: Option<ErrorDto>,
}

/// A line of text read on a page, its box as fractions of the upright page.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TextBoxDto {
    pub text: String,
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

/// What was read on a page: `state` is "none" (not read, or it has its own text), "waiting"
/// (on the reader's list), "read" or
/// "failed" (with why). A page read is shown turned by `rotation` degrees clockwise.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PageReadingDto {
    pub state: String,
    pub rotation: u16,
    pub confidence: Option<f32>,
    /// Read with a mean confidence under 70: the screen says so.
    pub poor: bool,
    pub lines: Vec<TextBoxDto>,
    pub failure: Option<ErrorDto>,
    /// The text she (or a member) typed for the page, if any: its entity and its versions
    /// (two or more: typed differently on two laptops, for her to keep one).
    pub corrected_id: Option<String>,
    pub corrected: Vec<VersionDto>,
    /// Languages the page is expected in (ISO 639-1) that the text reader on this laptop has
    /// no model for: she may install them and read the page again.
    pub missing_languages: Vec<String>,
}

/// Whether a consent allows sharing today.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase", tag = "state")]
pub enum ConsentStandingDto {
    /// No end date, or one far enough away.
    Valid,
    /// Still valid, ending soon: days left, 0 on its last day.
    Ending {
        #[serde(rename = "daysLeft")]
        days_left: i32,
    },
    /// Its last day has passed: nothing may be shared under it.
    Expired,
}

impl From<wayfinder_core::dates::ConsentStanding> for ConsentStandingDto {
    fn from(standing: wayfinder_core::dates::ConsentStanding) -> ConsentStandingDto {
        use wayfinder_core::dates::ConsentStanding;
        match standing {
            ConsentStanding::Valid => ConsentStandingDto::Valid,
            ConsentStanding::ExpiringIn(days) => ConsentStandingDto::Ending {
                days_left: i32::try_from(days).unwrap_or(i32::MAX),
            },
            ConsentStanding::Expired => ConsentStandingDto::Expired,
        }
    }
}

/// A move of the case's stage: to what, when, by whom.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct StageChangeDto {
    pub stage: StageDto,
    pub at: String,
    pub author: String,
    pub by_me: bool,
}

/// One change in a case's activity: who, when, and what (an entity made, a field changed or
/// emptied, an entity deleted). `field` is empty for a making or a deletion.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ActivityDto {
    pub at: String,
    pub author: String,
    pub by_me: bool,
    /// `None` for an entity whose making has not arrived.
    pub kind: Option<EntityKindDto>,
    pub entity: String,
    pub field: String,
    pub action: ActivityActionDto,
}

/// A case's audit log: its entries, oldest first, and each device's chain as checked.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CaseAuditDto {
    pub entries: Vec<AuditEntryDto>,
    pub chains: Vec<AuditChainDto>,
}

/// One entry: who, when, from which device, what, on which object (a record's or entity's
/// id, or a member's name).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntryDto {
    pub at: String,
    pub member: String,
    pub by_me: bool,
    pub device: String,
    pub seq: u32,
    pub action: AuditActionDto,
    pub object: Option<String>,
}

/// What an entry records.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum AuditActionDto {
    Unlocked,
    UnlockFailed,
    CaseOpened,
    RecordViewed,
    FieldChanged,
    Imported,
    Exported,
    Shared,
    Unshared,
    MemberAdded,
    MemberRemoved,
}

/// One device's chain in the case: how many entries, how many a valid signature vouches
/// for, and what is wrong with it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct AuditChainDto {
    pub device: String,
    pub member: String,
    pub by_me: bool,
    pub entries: u32,
    pub verified: u32,
    /// Her keys are not in the roster this vault holds: her entries could not be checked.
    pub unknown_author: bool,
    pub findings: Vec<AuditFindingDto>,
}

/// Something wrong with a chain: an entry `seq` altered, out of order, forked or foreign;
/// entries `seq` to `to` missing; or `seq` entries held where a later edit named `to`.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct AuditFindingDto {
    pub kind: AuditFindingKindDto,
    pub seq: u32,
    pub to: u32,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum AuditFindingKindDto {
    Altered,
    Missing,
    OutOfOrder,
    Forked,
    HeldBack,
    Foreign,
}

/// What a change did.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ActivityActionDto {
    Made,
    Changed,
    Emptied,
    Deleted,
}

/// The whole case file.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CaseFileDto {
    pub id: String,
    /// The case itself first, then contacts, treatments, questions, consents, tasks, notes.
    pub entities: Vec<EntityDto>,
    pub stage_history: Vec<StageChangeDto>,
    /// The stages the case may move to from where it is.
    pub stage_moves: Vec<StageDto>,
    /// Whether there is an edit of this session to undo.
    pub can_undo: bool,
    /// The latest changes, newest first.
    pub activity: Vec<ActivityDto>,
    /// The kinds her role in the team does not let her edit: shown, without the means to.
    pub read_only: Vec<EntityKindDto>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TaskRowDto {
    pub id: String,
    pub case_id: String,
    pub case_name: String,
    pub title: String,
    pub due: String,
    pub assignee: String,
    /// Days past due (0: due today).
    pub overdue_days: i32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ConsentRowDto {
    pub id: String,
    pub case_id: String,
    pub case_name: String,
    pub what: String,
    pub recipient: String,
    pub until: String,
    /// Days left (0: its last day); negative once it has expired.
    pub days_left: i32,
}

/// Everything that needs her today, across all cases.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TodayDto {
    /// The most overdue first, at most as many as asked for.
    pub tasks: Vec<TaskRowDto>,
    /// How many open tasks are due in all.
    pub tasks_due: u32,
    pub waiting: Vec<CaseSummaryDto>,
    pub consents: Vec<ConsentRowDto>,
    /// Documents to translate not yet done, the soonest due first.
    pub translations: Vec<TranslationRowDto>,
    /// Open travel items due today or earlier, across cases, the most overdue first.
    pub travel: Vec<TaskRowDto>,
    pub travel_due: u32,
    /// Requests still waiting on an institution past their follow-up date, the longest
    /// waiting first: `title` is the institution, `due` the follow-up date.
    pub requests: Vec<TaskRowDto>,
    pub requests_due: u32,
}

/// A value to choose, with the message id of its label.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct OptionDto {
    pub value: String,
    pub label: String,
}

/// One field of an entity kind, as a form needs it. `label` is a message id; a test checks that
/// every language has it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct FieldSpecDto {
    pub name: String,
    /// name, text, long-text, birth-date, date, country, language, languages, stage, choice,
    /// email, phone, code or bool.
    pub input: String,
    pub required: bool,
    pub label: String,
    /// For `choice`: the values to choose from.
    pub options: Vec<OptionDto>,
    /// A code list to pick from as she types (`icd10`), if any.
    pub picker: Option<String>,
}

/// An entry of a code list: the code and its official title.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct CodeEntryDto {
    pub code: String,
    pub title: String,
}

/// An entity kind of the case file and its fields, in form order; `title` and `add_label` are
/// message ids.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct KindSpecDto {
    pub kind: EntityKindDto,
    pub title: String,
    pub add_label: String,
    pub fields: Vec<FieldSpecDto>,
}

/// What the forms offer: codes (names are shown in the user's language by the UI) and the
/// case file's shape, so the screens never repeat the domain's rules.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct ReferenceLists {
    /// ISO 3166-1 alpha-2 codes.
    pub countries: Vec<String>,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
    /// Every stage, in the order a case moves.
    pub stages: Vec<OptionDto>,
    pub kinds: Vec<KindSpecDto>,
}

/// What to import into a case: the files or folders she picked or dropped, by their tokens. Its `Debug`
/// leaves the password out.
#[derive(Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ImportRequestDto {
    pub case_id: String,
    /// The tokens of files she picked or dropped (`PickedDto`); never a path.
    pub files: Vec<String>,
    /// One of the record categories for every file; `null` to suggest one from each file.
    pub category: Option<String>,
    /// Import files the vault already holds, knowing where they are.
    pub allow_duplicate: bool,
    /// The password of a protected PDF, when she is retrying one file with it.
    pub password: Option<String>,
}

impl std::fmt::Debug for ImportRequestDto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImportRequestDto")
            .field("case_id", &self.case_id)
            .field("files", &self.files.len())
            .field("category", &self.category)
            .field("allow_duplicate", &self.allow_duplicate)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// Where a file imported before already is.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RecordPlaceDto {
    pub case_id: String,
    pub case_name: String,
    pub record_id: String,
    pub title: String,
}

/// What an import reports while it runs, in order: started, then for each item working and
/// done, then finished.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(
    tag = "kind",
    rename_all = "kebab-case",
    rename_all_fields = "camelCase"
)]
pub enum ImportEventDto {
    Started {
        total: u32,
    },
    /// Item `index` (0-based) of `total` is being read.
    Working {
        index: u32,
        total: u32,
        title: String,
    },
    Done {
        index: u32,
        /// The token of the file (the first file of a DICOM study), to retry it with.
        file: String,
        title: String,
        /// `imported`, `duplicate`, `pdf-password-required`, `pdf-password-wrong`, or an error.
        outcome: String,
        /// What happened, in her language.
        message: String,
        record_id: Option<String>,
        places: Vec<RecordPlaceDto>,
    },
    Finished {
        imported: u32,
        cancelled: bool,
    },
}

/// One image of a DICOM study.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StudyImageDto {
    pub series_number: Option<i32>,
    pub series_description: String,
    pub modality: String,
    pub instance_number: Option<i32>,
    pub rows: Option<u32>,
    pub columns: Option<u32>,
    pub frames: u32,
    pub transfer_syntax: String,
    pub photometric: String,
    /// The file's own window (its first Window Center and Width), if it names one.
    pub window_center: Option<f64>,
    pub window_width: Option<f64>,
}

/// A page's size at 100%, in CSS pixels: a PDF page's points at 96 to the inch, an image's
/// pixels one for one.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PageSizeDto {
    pub width: f32,
    pub height: f32,
}

/// A record opened for reading.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RecordViewDto {
    pub id: String,
    pub case_id: String,
    pub title: String,
    pub media: MediaDto,
    pub pages: u32,
    #[ts(type = "number")]
    pub size: u64,
    /// A DICOM study's images, in page order; empty for other records.
    pub images: Vec<StudyImageDto>,
    pub study_description: String,
    /// Each page's size at 100%, so the viewer can fit a page before it is drawn; a page the
    /// file does not size (an image whose header it cannot read) is missing from the end.
    pub page_sizes: Vec<PageSizeDto>,
}

/// Where a match lies on a page, as fractions of the page from its top left corner.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct HighlightDto {
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

/// Where to search: everything, one case, or one record.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SearchRequestDto {
    pub query: String,
    pub case_id: Option<String>,
    pub record_id: Option<String>,
    pub limit: u32,
}

/// A search hit: a page of a record or a field of the case file, with the words around it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SearchHitDto {
    pub case_id: String,
    pub case_name: String,
    /// The record, for a hit on a page; its title and the page (0-based).
    pub record_id: Option<String>,
    pub record_title: Option<String>,
    pub page: Option<u32>,
    /// The entity and field, for a hit in the case file; `kind` is the entity's kind.
    pub entity_id: Option<String>,
    pub kind: Option<EntityKindDto>,
    pub field: Option<String>,
    pub snippet: String,
    /// The matched parts of `snippet`, as [start, end) offsets in UTF-16 code units.
    pub marks: Vec<(u32, u32)>,
}

/// What sync is doing.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SyncStateDto {
    /// This vault has joined no team.
    Off,
    Syncing,
    Idle,
    /// The server could not be reached.
    Offline,
    /// The last round failed for another reason, which `error` says.
    Error,
}

/// Where sync stands, for the top bar, the Team screen and each case.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatusDto {
    /// Whether this vault has joined a team.
    pub joined: bool,
    pub state: SyncStateDto,
    /// What went wrong in the last round, in her language.
    pub error: Option<ErrorDto>,
    /// When everything was last in step with the server (RFC 3339).
    pub last_synced: Option<String>,
    /// Her edits the server has not acknowledged yet, in all.
    pub unsent: u32,
    pub unsent_cases: Vec<UnsentDto>,
    /// Things received that did not verify, kept aside.
    pub held: u32,
    /// Edits others built on that never arrived: the server may be withholding them.
    pub missing: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct UnsentDto {
    pub case_id: String,
    pub unsent: u32,
}

/// Her team, as the Team screen shows it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TeamDto {
    pub joined: bool,
    pub server: Option<String>,
    /// Her key's fingerprint, to read aloud.
    pub fingerprint: Option<String>,
    /// Whether an admin has signed her into the roster yet.
    pub admitted: bool,
    pub admin: bool,
    /// Whether she may share cases (coordinators and admins).
    pub can_share: bool,
    pub members: Vec<MemberDto>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct MemberDto {
    pub id: String,
    pub name: String,
    pub role: RoleDto,
    pub fingerprint: String,
    pub me: bool,
}

/// Whom a case is shared with (its latest epoch); empty when it is not shared.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CaseSharingDto {
    pub shared: bool,
    pub members: Vec<String>,
}

/// A record marked for translation: into which language, by whom, reviewed by whom, by when.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct MarkForTranslationDto {
    pub case_id: String,
    pub record_id: String,
    /// ISO 639-1.
    pub language: String,
    pub translator: String,
    pub reviewer: String,
    pub due: Option<String>,
}

/// A rectangle on a page, in fractions of the page as the viewer shows it.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RegionDto {
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

/// What a clinical check found in a passage's translation, in her language; `overridden`
/// holds her reason when she let it stand.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FindingDto {
    pub code: String,
    pub message: String,
    pub overridden: Option<String>,
}

/// A passage of a page and its translation.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct UnitDto {
    pub id: String,
    pub page: u32,
    pub region: Option<RegionDto>,
    pub source: String,
    pub target: String,
    /// draft, translated, reviewed or final.
    pub state: String,
    pub translator: String,
    pub reviewer: String,
    pub comment: String,
    pub findings: Vec<FindingDto>,
    /// Two members changed it at once: the case file shows both for her to keep one.
    pub conflict: bool,
    /// Two translators' translations of it made at once, for her to keep one (empty when
    /// there is one).
    pub versions: Vec<String>,
}

/// A record being translated, with its passages in reading order.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TranslationViewDto {
    pub id: String,
    pub case_id: String,
    pub record_id: String,
    pub record_title: String,
    pub source_language: String,
    pub language: String,
    pub status: String,
    pub translator: String,
    pub reviewer: String,
    pub due: Option<String>,
    pub pages: u32,
    /// How many passages each page has.
    pub coverage: Vec<u32>,
    pub units: Vec<UnitDto>,
}

/// A passage she drew or selected on a page.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct NewUnitDto {
    pub translation_id: String,
    pub page: u32,
    pub region: Option<RegionDto>,
    pub source: String,
}

/// A check she lets stand, and why.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct OverrideDto {
    pub code: String,
    pub reason: String,
}

/// A passage moved to another state; to "final" only when every finding is overridden.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct UnitStateRequestDto {
    pub unit_id: String,
    pub state: String,
    pub overrides: Vec<OverrideDto>,
}

/// A match from her translation memory for a passage.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct MemoryMatchDto {
    /// exact, numbers (only numbers differ) or fuzzy.
    pub kind: String,
    pub score: u8,
    pub source: String,
    pub target: String,
    /// The spans of `source` that differ from the passage, in UTF-16 units.
    pub differs: Vec<(u32, u32)>,
    /// For a match differing only in numbers: its translation with the passage's numbers.
    pub adapted: Option<String>,
}

/// A document's passages (XLIFF) or her memory in its languages (TMX) to go out, to whom.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct InterchangeExportDto {
    pub translation_id: String,
    pub recipient: String,
}

/// What reading an XLIFF or TMX file back did: passages (or memory pairs) changed or added,
/// left as they were, and passages kept because they were reviewed or final already.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct InterchangeImportDto {
    pub changed: u32,
    pub unchanged: u32,
    pub kept: u32,
}

/// The team's glossary; `in_team` is false outside a team, where there is none.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct GlossaryDto {
    pub in_team: bool,
    /// Her role in the team lets her read the glossary, not change it.
    pub read_only: bool,
    pub terms: Vec<TermDto>,
}

/// What planning or the document rules found wrong with a trip, an item, an itinerary entry or
/// a traveller: a stable code, and the message in her language.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TripFlagDto {
    pub code: String,
    pub message: String,
}

/// One thing to do for a trip, as planned: its date rule (an anchor and days from it) or
/// none when she dates it by hand, its date now, and what planning found.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TripItemDto {
    pub id: String,
    pub title: String,
    pub rule: Option<String>,
    pub due: Option<String>,
    pub done: bool,
    pub assignee: String,
    pub needs: String,
    /// The items it comes after, by id.
    pub after: Vec<String>,
    /// The case's records it needs: each by id and title.
    pub records: Vec<TripRecordDto>,
    pub source: String,
    pub check_embassy: bool,
    pub flags: Vec<TripFlagDto>,
}

/// A record an item needs, as the checklist names it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TripRecordDto {
    pub id: String,
    pub title: String,
}

/// An itinerary entry: each end on its own place's clock and zone, and on hers.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TripLegDto {
    pub id: String,
    pub leg: String,
    pub title: String,
    pub from_place: String,
    pub to_place: String,
    pub starts: String,
    pub starts_zone: String,
    pub ends: String,
    pub ends_zone: String,
    /// The same moments as instants (RFC 3339, UTC), for the screen to show in her own zone;
    /// `None` where the local time cannot be placed.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub reference: String,
    pub flags: Vec<TripFlagDto>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TravellerDto {
    pub id: String,
    pub name: String,
    pub role: String,
    pub passport_expiry: Option<String>,
    pub in_invitation: bool,
    pub flags: Vec<TripFlagDto>,
}

/// A trip of a case, planned as of today.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TripDto {
    pub id: String,
    pub case_id: String,
    pub destination: String,
    pub hospital: String,
    pub visa_type: String,
    pub template: String,
    pub travel: Option<String>,
    pub visa: Option<String>,
    pub admission: Option<String>,
    pub return_date: Option<String>,
    pub passport_months: Option<u32>,
    pub one_parent: bool,
    pub other_parent_consent: bool,
    pub items: Vec<TripItemDto>,
    pub legs: Vec<TripLegDto>,
    pub travellers: Vec<TravellerDto>,
    /// The trip's own findings (a consent missing), and a circle of items if planning
    /// could not go through.
    pub flags: Vec<TripFlagDto>,
}

/// A trip planned for a case: to where, from the starter checklist Wayfinder ships for it
/// (when there is one) or empty.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct NewTripDto {
    pub case_id: String,
    pub destination: String,
    pub starter: bool,
    /// A team template to plan from (its id): it names the destination, and Wayfinder's
    /// starter is not used.
    pub template: Option<String>,
}

/// One item of a trip's checklist as she writes it: a new one (no `item`) or a change of one.
/// `rule` is `travel-45`, `admission+1`…, or empty for a date set by hand in `due`; `after`
/// names items of the same trip.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TripItemEditDto {
    pub trip: String,
    pub item: Option<String>,
    pub title: String,
    pub rule: String,
    pub due: String,
    pub assignee: String,
    pub needs: String,
    pub after: Vec<String>,
    /// The case's records it needs, by id.
    pub records: Vec<String>,
}

/// The team's directory: none outside a team; `read_only` when her role may not keep it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct DirectoryDto {
    pub in_team: bool,
    pub read_only: bool,
    /// How many institutions the directory holds, of which `institutions` are those found.
    pub total: u32,
    pub institutions: Vec<InstitutionDto>,
}

/// What importing a CSV file into the directory would do: the file as read (its encoding,
/// the columns left aside), how many institutions and contacts it adds, how many lines are
/// left out (already in the directory, or repeated) or wrong, and the lines to show: every
/// one left out or wrong, and the first of those that add something.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct DirectoryPreviewDto {
    /// The file as picked, and the SHA-256 of what was previewed, for the import to confirm.
    pub file: String,
    pub sha256: String,
    pub encoding: String,
    pub ignored_columns: Vec<String>,
    pub lines: u32,
    pub institutions: u32,
    pub contacts: u32,
    pub left_out: u32,
    pub wrong: u32,
    pub shown: Vec<PreviewLineDto>,
}

/// A line of a directory file in its preview. `outcome` is "new" (an institution), "contact"
/// (a contact of the institution on line `same_as`), "in-directory" or "repeated" (left out;
/// the first line with it in `same_as`), or "wrong" (`column` and `message` say why).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PreviewLineDto {
    pub line: u32,
    pub outcome: String,
    pub name: String,
    pub city: String,
    pub country: String,
    pub contact: String,
    pub same_as: Option<u32>,
    pub column: Option<String>,
    pub message: Option<String>,
}

/// An institution of the directory, with its contacts and its requirement profile.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct InstitutionDto {
    pub id: String,
    pub name: String,
    /// One of `schema::INSTITUTION_KINDS`.
    pub kind: String,
    pub department: String,
    pub country: String,
    pub city: String,
    pub languages: Vec<String>,
    pub turnaround: Option<u32>,
    pub email: String,
    pub phone: String,
    pub note: String,
    pub contacts: Vec<DirectoryContactDto>,
    pub requirements: Vec<RequirementDto>,
    /// Its fields two members changed at once, each with both values, for her to settle.
    pub conflicts: Vec<FieldConflictDto>,
}

/// A field with more than one value (two members changed it at once): each one's, side by
/// side, until she keeps one.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FieldConflictDto {
    pub field: String,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct DirectoryContactDto {
    pub id: String,
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub languages: Vec<String>,
    pub channel: String,
}

/// A line of a requirement profile: for requests of `request_kind`, `need` (one of
/// `coordination::NEEDS`), in or translated into `language`.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RequirementDto {
    pub id: String,
    pub request_kind: String,
    pub need: String,
    pub language: Option<String>,
}

/// A new request of a case to institutions of the directory (their ids).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct NewRequestDto {
    pub case_id: String,
    /// One of `coordination::REQUEST_KINDS`.
    pub kind: String,
    pub title: String,
    pub questions: String,
    pub institutions: Vec<String>,
}

/// A case's request and its recipients.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RequestDto {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub questions: String,
    /// The records it encloses, by id, in order.
    pub records: Vec<String>,
    pub consent: Option<String>,
    pub slides_sent: bool,
    pub payment_arranged: bool,
    pub recipients: Vec<RecipientDto>,
    pub conflicts: Vec<FieldConflictDto>,
}

/// One institution a request goes to.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RecipientDto {
    pub id: String,
    /// The institution's id in the directory, and its name when it was chosen.
    pub institution: String,
    pub institution_name: String,
    /// Whether the directory still has it (it may have been deleted since).
    pub in_directory: bool,
    /// One of `coordination::STATUSES`.
    pub status: String,
    /// The statuses it may move to from here.
    pub moves: Vec<String>,
    pub follow_up: Option<String>,
    /// Days past the follow-up date while it waits on the institution; none otherwise.
    pub waiting_days: Option<u32>,
    pub outcome: String,
    /// The records of its answer (the opinion, a quote), by id.
    pub answer: Vec<String>,
    /// Every status it has had, oldest first.
    pub history: Vec<StatusChangeDto>,
    pub conflicts: Vec<FieldConflictDto>,
    /// What its profile asks that the packet does not hold.
    pub missing: Vec<MissingDto>,
    /// Each time it was sent, what went.
    pub sent: Vec<DispatchDto>,
}

/// A status a recipient took, when and by whom.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct StatusChangeDto {
    pub status: String,
    /// When, RFC 3339.
    pub at: String,
    pub author: String,
    pub by_me: bool,
}

/// A need of the profile the packet does not meet, and the language it must be in.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct MissingDto {
    pub need: String,
    pub language: Option<String>,
}

/// What went to a recipient, frozen when it was sent.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct DispatchDto {
    pub id: String,
    /// When, RFC 3339.
    pub at: String,
    pub records: Vec<SentRecordDto>,
    /// The translations enclosed: `title` is their language.
    pub translations: Vec<SentRecordDto>,
    pub consent: Option<String>,
    pub declared: Vec<String>,
    pub override_reason: Option<String>,
    /// The SHA-256 of the report file sent, and its name as exported.
    pub report_sha256: Option<String>,
    pub report_file: Option<String>,
}

/// A file as it was sent: what it was, and its SHA-256.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SentRecordDto {
    pub id: String,
    pub title: String,
    pub sha256: String,
}

/// Sends a request to one recipient; `override_reason` when the profile finds something
/// missing and she sends it all the same; `follow_up` to set the date herself.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SendRequestDto {
    pub recipient: String,
    pub override_reason: Option<String>,
    pub follow_up: Option<String>,
    /// The report exported for it (a review packet), by the id of its export in the case.
    pub report: Option<String>,
}

/// A recipient's status moved (and what it answered).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RecipientStatusDto {
    pub recipient: String,
    pub status: String,
    pub outcome: Option<String>,
}

/// A checklist the team shares for a destination, as the plan form offers it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TripTemplateDto {
    pub id: String,
    pub name: String,
    pub destination: String,
    pub hospital: String,
    pub visa_type: String,
    pub items: u32,
}

/// The team's travel templates: none outside a team; `read_only` when her role may not keep
/// them.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TripTemplatesDto {
    pub in_team: bool,
    pub read_only: bool,
    pub templates: Vec<TripTemplateDto>,
}

/// A trip's checklist kept as the team's template, under a name.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SaveTemplateDto {
    pub trip: String,
    pub name: String,
}

/// The family's checklist of a trip, in the family's language (en, es, fr, ar, zh or ru).
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistRequestDto {
    pub trip: String,
    pub language: String,
}

/// One of a trip's anchor dates (`travel`, `visa`, `admission`, `return`) set, moved or
/// cleared: the open items dated from it move with it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct AnchorRequestDto {
    pub trip: String,
    pub anchor: String,
    pub date: Option<String>,
}

/// A term of the glossary: its rendering in `language`, renderings not to use, or `keep` for
/// a name kept as it is in every language.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TermDto {
    pub id: String,
    pub source: String,
    pub source_language: String,
    pub language: String,
    pub target: String,
    pub forbidden: Vec<String>,
    pub keep: bool,
    pub note: String,
    /// Two members changed it at once: shown until someone settles it.
    pub conflict: bool,
}

/// A term to add.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct NewTermDto {
    pub source: String,
    pub source_language: String,
    pub language: String,
    pub target: String,
    pub forbidden: Vec<String>,
    pub keep: bool,
    pub note: String,
}

/// What a glossary file added, and how many of its terms were there already.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct GlossaryImportDto {
    pub added: u32,
    pub skipped: u32,
}

/// A passage of her translation memory found by a concordance search.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ConcordanceDto {
    pub source: String,
    pub target: String,
    pub source_language: String,
    pub language: String,
}

/// A document to translate, for her list across cases.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TranslationRowDto {
    pub id: String,
    pub case_id: String,
    pub case_name: String,
    pub record_title: String,
    pub language: String,
    pub status: String,
    pub translator: String,
    pub due: Option<String>,
}

/// A translated document to prepare: bilingual (each original page, then its translation) or
/// overlaid (the translation over each passage), for whom.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TranslationExportDto {
    pub translation_id: String,
    pub overlay: bool,
    pub recipient: String,
}

/// Every type above, for the export test.
#[cfg(test)]
pub(crate) fn export_all(dir: &std::path::Path) -> Result<(), ts_rs::ExportError> {
    let cfg = ts_rs::Config::new().with_out_dir(dir);
    ErrorDto::export_all(&cfg)?;
    VaultStatus::export_all(&cfg)?;
    SettingsDto::export_all(&cfg)?;
    ReportRequestDto::export_all(&cfg)?;
    PreparedReportDto::export_all(&cfg)?;
    ExportedDto::export_all(&cfg)?;
    RecordExportRequestDto::export_all(&cfg)?;
    FhirExportRequestDto::export_all(&cfg)?;
    FhirPreviewDto::export_all(&cfg)?;
    FhirImportedDto::export_all(&cfg)?;
    ArchiveImportedDto::export_all(&cfg)?;
    UnlockOutcome::export_all(&cfg)?;
    CaseSummaryDto::export_all(&cfg)?;
    CaseFilterDto::export_all(&cfg)?;
    NewCaseDto::export_all(&cfg)?;
    FieldValueDto::export_all(&cfg)?;
    PickedDto::export_all(&cfg)?;
    CaseFileDto::export_all(&cfg)?;
    TodayDto::export_all(&cfg)?;
    ReferenceLists::export_all(&cfg)?;
    OptionDto::export_all(&cfg)?;
    CodeEntryDto::export_all(&cfg)?;
    ImportRequestDto::export_all(&cfg)?;
    ImportEventDto::export_all(&cfg)?;
    RecordViewDto::export_all(&cfg)?;
    HighlightDto::export_all(&cfg)?;
    SearchRequestDto::export_all(&cfg)?;
    SearchHitDto::export_all(&cfg)?;
    SyncStatusDto::export_all(&cfg)?;
    TeamDto::export_all(&cfg)?;
    CaseSharingDto::export_all(&cfg)?;
    ReadingEventDto::export_all(&cfg)?;
    TripFlagDto::export_all(&cfg)?;
    TripItemDto::export_all(&cfg)?;
    TripLegDto::export_all(&cfg)?;
    TravellerDto::export_all(&cfg)?;
    TripDto::export_all(&cfg)?;
    NewTripDto::export_all(&cfg)?;
    AnchorRequestDto::export_all(&cfg)?;
    ChecklistRequestDto::export_all(&cfg)?;
    TripTemplateDto::export_all(&cfg)?;
    TripItemEditDto::export_all(&cfg)?;
    TripRecordDto::export_all(&cfg)?;
    DirectoryDto::export_all(&cfg)?;
    DirectoryPreviewDto::export_all(&cfg)?;
    NewRequestDto::export_all(&cfg)?;
    RequestDto::export_all(&cfg)?;
    SendRequestDto::export_all(&cfg)?;
    RecipientStatusDto::export_all(&cfg)?;
    TripTemplatesDto::export_all(&cfg)?;
    SaveTemplateDto::export_all(&cfg)?;
    PageReadingDto::export_all(&cfg)?;
    MarkForTranslationDto::export_all(&cfg)?;
    TranslationViewDto::export_all(&cfg)?;
    NewUnitDto::export_all(&cfg)?;
    UnitStateRequestDto::export_all(&cfg)?;
    MemoryMatchDto::export_all(&cfg)?;
    ConcordanceDto::export_all(&cfg)?;
    InterchangeExportDto::export_all(&cfg)?;
    InterchangeImportDto::export_all(&cfg)?;
    GlossaryDto::export_all(&cfg)?;
    NewTermDto::export_all(&cfg)?;
    GlossaryImportDto::export_all(&cfg)?;
    TranslationRowDto::export_all(&cfg)?;
    TranslationExportDto::export_all(&cfg)?;
    CaseAuditDto::export_all(&cfg)?;
    Ok(())
}
