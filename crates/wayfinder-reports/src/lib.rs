//! Wayfinder's reports: the case summary a second-opinion board reads, typeset by Typst as a
//! library, in the reader's language whatever the coordinator's own.
//!
//! The templates are Typst source in `templates/`, compiled into the binary. What a case says
//! never becomes Typst source: it goes in as a JSON file the template reads with `json()`, so
//! a child's name that looks like markup prints as written. Labels come from the same Fluent
//! files as the screens. The PDF is made in memory; writing it anywhere is the caller's choice.

mod audit;
mod checklist;
mod disclosure;
mod fonts;
mod world;

pub use audit::{AuditReport, audit_pdf};
pub use checklist::{Checklist, ChecklistItem, ChecklistLeg, checklist_pdf};
pub use disclosure::{DisclosureLine, DisclosureReport, disclosure_pdf};
pub use fonts::{Fonts, families, font_dir};

use chrono::NaiveDate;
use serde::Serialize;
use wayfinder_i18n::{Arg, Catalog, Locale};

/// Why a report could not be made. Never carries a case's data.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ReportError {
    #[error("the report font {file} is missing")]
    FontMissing { file: String },
    #[error("the report template did not compile: {0}")]
    Template(String),
    #[error("the report could not be written as PDF")]
    Pdf,
}

wayfinder_core::error_codes! {
    ReportError {
        ReportError::FontMissing { .. } => "report-font-missing",
        ReportError::Template(_) => "report-template",
        ReportError::Pdf => "report-pdf",
    }
}

/// The child, with only what the case's consents allow this reader to see: a field left
/// `None` is withheld, and the summary says so instead of leaving a gap.
#[derive(Debug, Clone, Default)]
pub struct Child {
    pub name: Option<String>,
    pub date_of_birth: Option<NaiveDate>,
    /// Whole years on the day of the report: shown whatever the consent, since a reviewer
    /// needs it and it names no one. `None` only when the case has no date of birth.
    pub age: Option<u32>,
    /// `female`, `male`, `other`, as the case file holds it. No consent withholds it (it names
    /// no one); `None` is "not recorded".
    pub sex: Option<String>,
    /// ISO 3166 code.
    pub country: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Diagnosis {
    pub text: Option<String>,
    /// The code and its title, e.g. `C71.6` and `Malignant neoplasm of cerebellum`.
    pub icd10: Option<(String, String)>,
    pub topography: Option<String>,
    pub morphology: Option<String>,
    pub risk_group: Option<String>,
}

/// One line of the treatment timeline.
#[derive(Debug, Clone, Default)]
pub struct Treatment {
    pub what: String,
    pub place: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub outcome: Option<String>,
}

/// A record sent with the summary.
#[derive(Debug, Clone)]
pub struct Enclosed {
    pub title: String,
    /// A record category id (`pathology`, `imaging`, …).
    pub category: String,
    pub date: Option<NaiveDate>,
    pub pages: u32,
}

/// Who to answer: the coordinator who sends the summary.
#[derive(Debug, Clone, Default)]
pub struct Coordinator {
    pub name: String,
    pub organisation: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// Everything the case summary shows.
#[derive(Debug, Clone)]
pub struct Summary {
    pub child: Child,
    pub diagnosis: Diagnosis,
    /// The case's stage id (`review`, `treatment`, …).
    pub stage: String,
    pub timeline: Vec<Treatment>,
    pub questions: Vec<String>,
    pub enclosed: Vec<Enclosed>,
    pub coordinator: Coordinator,
    /// The day it is made, printed on it.
    pub today: NaiveDate,
}

/// The summary as its template reads it: every label in the reader's language and every
/// date and number already written her way.
#[derive(Serialize)]
struct View {
    lang: &'static str,
    rtl: bool,
    fonts: &'static [&'static str],
    labels: serde_json::Map<String, serde_json::Value>,
    child: Vec<(String, String)>,
    diagnosis: Vec<(String, String)>,
    status: String,
    timeline: Vec<[String; 4]>,
    questions: Vec<String>,
    enclosed: Vec<[String; 4]>,
    coordinator: Vec<String>,
    prepared: String,
}

/// Labels of the summary, by the name the template uses and the Fluent id that holds it.
const LABELS: &[(&str, &str)] = &[
    ("title", "report-summary-title"),
    ("child", "report-child"),
    ("diagnosis", "report-diagnosis"),
    ("status", "report-status"),
    ("timeline", "report-timeline"),
    ("treatment", "report-treatment"),
    ("place", "report-place"),
    ("dates", "report-dates"),
    ("outcome", "report-outcome"),
    ("questions", "report-questions"),
    ("enclosed", "report-enclosed"),
    ("record", "report-record"),
    ("category", "report-category"),
    ("date", "report-date"),
    ("pages", "report-pages"),
    ("coordinator", "report-coordinator"),
    ("none", "report-none"),
];

/// A value from the case, set apart from the text around it for the bidirectional algorithm
/// (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE): an English sentence in an Arabic summary
/// keeps its full stop at its end, and a name in Latin script reads the right way round.
fn isolate(value: &str) -> String {
    format!("\u{2068}{value}\u{2069}")
}

/// "Page {n} of {total}" in the reader's language, its numbers left for the template to fill.
fn page_label(catalog: &Catalog, locale: Locale) -> String {
    catalog.message(
        locale,
        "report-page",
        &[("n", Arg::Text("{n}")), ("total", Arg::Text("{total}"))],
    )
}

fn date(catalog: &Catalog, locale: Locale, day: NaiveDate) -> String {
    let pattern = catalog.message(locale, "report-date-pattern", &[]);
    let chrono_locale = match locale {
        Locale::En => chrono::Locale::en_GB,
        Locale::Es => chrono::Locale::es_ES,
        Locale::Fr => chrono::Locale::fr_FR,
        Locale::Ar => chrono::Locale::ar_SA,
        Locale::Zh => chrono::Locale::zh_CN,
        Locale::Ru => chrono::Locale::ru_RU,
    };
    day.format_localized(&pattern, chrono_locale).to_string()
}

impl Summary {
    fn view(&self, catalog: &Catalog, locale: Locale) -> View {
        let say = |id: &str| catalog.message(locale, id, &[]);
        let day = |d: NaiveDate| date(catalog, locale, d);
        let withheld = say("report-withheld");
        let mut labels = serde_json::Map::new();
        for (name, id) in LABELS {
            labels.insert((*name).to_owned(), say(id).into());
        }
        labels.insert("page".into(), page_label(catalog, locale).into());
        let child = vec![
            (
                say("report-name"),
                self.child
                    .name
                    .as_deref()
                    .map_or_else(|| withheld.clone(), isolate),
            ),
            (
                say("report-date-of-birth"),
                self.child
                    .date_of_birth
                    .map_or_else(|| withheld.clone(), day),
            ),
            (
                say("report-age"),
                self.child.age.map_or_else(
                    || withheld.clone(),
                    |years| {
                        catalog.message(
                            locale,
                            "report-age-years",
                            &[("years", Arg::Number(f64::from(years)))],
                        )
                    },
                ),
            ),
            (
                say("report-sex"),
                self.child.sex.as_ref().map_or_else(
                    || say("report-not-recorded"),
                    |s| say(&format!("option-sex-{s}")),
                ),
            ),
            (
                say("report-country"),
                // The country by its name in the reader's language; a code the table does
                // not know (assigned after its CLDR) is printed as it is.
                self.child.country.as_deref().map_or_else(
                    || withheld.clone(),
                    |code| isolate(wayfinder_i18n::country_name(locale, code).unwrap_or(code)),
                ),
            ),
        ];
        let d = &self.diagnosis;
        let diagnosis = [
            (say("report-diagnosis-text"), d.text.as_deref().map(isolate)),
            (
                say("report-icd10"),
                d.icd10
                    .as_ref()
                    .map(|(code, title)| isolate(&format!("{code} {title}"))),
            ),
            (
                say("report-topography"),
                d.topography.as_deref().map(isolate),
            ),
            (
                say("report-morphology"),
                d.morphology.as_deref().map(isolate),
            ),
            (
                say("report-risk-group"),
                d.risk_group.as_deref().map(isolate),
            ),
        ]
        .into_iter()
        .filter_map(|(label, value)| Some((label, value?)))
        .collect();
        let timeline = self
            .timeline
            .iter()
            .map(|t| {
                let dates = match (t.from, t.to) {
                    (Some(from), Some(to)) => format!("{} – {}", day(from), day(to)),
                    (Some(from), None) => day(from),
                    (None, Some(to)) => day(to),
                    (None, None) => String::new(),
                };
                [
                    isolate(&t.what),
                    t.place.as_deref().map(isolate).unwrap_or_default(),
                    dates,
                    t.outcome.as_deref().map(isolate).unwrap_or_default(),
                ]
            })
            .collect();
        let enclosed = self
            .enclosed
            .iter()
            .map(|e| {
                [
                    isolate(&e.title),
                    say(&format!("option-category-{}", e.category)),
                    e.date.map(day).unwrap_or_default(),
                    e.pages.to_string(),
                ]
            })
            .collect();
        let c = &self.coordinator;
        let coordinator = [
            Some(c.name.clone()),
            c.organisation.clone(),
            c.email.clone(),
            c.phone.clone(),
        ]
        .into_iter()
        .flatten()
        .filter(|line| !line.is_empty())
        .map(|line| isolate(&line))
        .collect();
        View {
            lang: locale.tag(),
            rtl: locale.is_right_to_left(),
            fonts: families(locale.tag()),
            labels,
            child,
            diagnosis,
            status: say(&format!("stage-{}", self.stage)),
            timeline,
            questions: self.questions.iter().map(|q| isolate(q)).collect(),
            enclosed,
            coordinator,
            prepared: catalog.message(
                locale,
                "report-prepared",
                &[("date", Arg::Text(&day(self.today)))],
            ),
        }
    }
}

/// Makes the case summary in `locale`, the reader's language, as PDF bytes in memory.
pub fn summary_pdf(
    fonts: &Fonts,
    catalog: &Catalog,
    summary: &Summary,
    locale: Locale,
) -> Result<Vec<u8>, ReportError> {
    let view = summary.view(catalog, locale);
    let data = serde_json::to_vec(&view).map_err(|_| ReportError::Pdf)?;
    world::compile_pdf(fonts, SUMMARY_TEMPLATE, data, Vec::new(), summary.today)
}

/// The summary's template and its data file, exactly as `summary_pdf` compiles them: for the
/// benchmark that compiles the same with the `typst` command-line compiler.
#[doc(hidden)]
pub fn summary_source(
    catalog: &Catalog,
    summary: &Summary,
    locale: Locale,
) -> Result<(&'static str, Vec<u8>), ReportError> {
    let data = serde_json::to_vec(&summary.view(catalog, locale)).map_err(|_| ReportError::Pdf)?;
    Ok((SUMMARY_TEMPLATE, data))
}

/// A page of `text` (paragraphs split by an empty line) set in the fonts and direction of
/// `language`: for the tests and benchmarks of reading scans, which print known text, make it
/// look scanned, and read it back.
#[doc(hidden)]
pub fn specimen_pdf(fonts: &Fonts, text: &str, language: &str) -> Result<Vec<u8>, ReportError> {
    let data = serde_json::json!({
        "text": text,
        "lang": language,
        "fonts": fonts::families(language),
        "rtl": language == "ar",
    });
    let data = serde_json::to_vec(&data).map_err(|_| ReportError::Pdf)?;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).ok_or(ReportError::Pdf)?;
    world::compile_pdf(fonts, SPECIMEN_TEMPLATE, data, Vec::new(), today)
}

const SPECIMEN_TEMPLATE: &str = include_str!("../templates/specimen.typ");

/// A PDF of scanned pages, each of `jpegs` filling an A4 page, with no text of its own: what a
/// scanner makes, for the tests and benchmarks of reading scans.
#[doc(hidden)]
pub fn scanned_pdf(fonts: &Fonts, jpegs: Vec<Vec<u8>>) -> Result<Vec<u8>, ReportError> {
    let captions = vec![None; jpegs.len()];
    scanned_pdf_captioned(fonts, jpegs, captions)
}

/// As `scanned_pdf`, a page given a caption also having that text of its own (typed over its
/// image): a document partly scanned, whose typed pages need no reading.
#[doc(hidden)]
pub fn scanned_pdf_captioned(
    fonts: &Fonts,
    jpegs: Vec<Vec<u8>>,
    captions: Vec<Option<String>>,
) -> Result<Vec<u8>, ReportError> {
    let names: Vec<String> = (0..jpegs.len()).map(|i| format!("/scan/{i}.jpg")).collect();
    let data = serde_json::to_vec(&serde_json::json!({ "files": names, "captions": captions }))
        .map_err(|_| ReportError::Pdf)?;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).ok_or(ReportError::Pdf)?;
    let files = names.into_iter().zip(jpegs).collect();
    world::compile_pdf(fonts, SCANNED_TEMPLATE, data, files, today)
}

const SCANNED_TEMPLATE: &str = include_str!("../templates/scanned.typ");

/// Forgets Typst's memoised layouts: for the benchmark, which measures reports laid out from
/// scratch.
#[doc(hidden)]
pub fn forget_memoised() {
    world::forget_memoised();
}

/// What an enclosed record is, for placing it in the packet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PacketMedia {
    /// A PDF without a password (a protected one is decrypted with PDFium first); its pages
    /// are placed as they are, vector and with their text.
    Pdf,
    Png,
    Jpeg,
}

/// A record the coordinator ticked for the packet, in the order she set.
#[derive(Clone)]
pub struct PacketRecord {
    pub title: String,
    /// A record category id.
    pub category: String,
    pub media: PacketMedia,
    /// Pages of a PDF (1 for an image).
    pub pages: u32,
    /// The original, in memory.
    pub bytes: Vec<u8>,
    /// The text read from each scanned page (by index; `None` for a page with its own text or
    /// none read): laid under the page's image, invisible, as OCRmyPDF does, so that the
    /// reviewer can search and copy it in her own PDF reader.
    pub read: Vec<Option<ReadLayer>>,
}

/// The text read from a scanned page: how it was turned upright (the packet shows it so), and
/// its lines, each a box in fractions of the upright page.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ReadLayer {
    pub rotation: u16,
    pub lines: Vec<ReadLine>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReadLine {
    pub text: String,
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

impl std::fmt::Debug for PacketRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PacketRecord")
            .field("media", &self.media)
            .field("pages", &self.pages)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize)]
struct PacketPart {
    title: String,
    /// The title as the bookmark shows it, without isolates.
    mark: String,
    category: String,
    file: String,
    pdf: bool,
    pages: u32,
    /// Per page: the read text to lay under it, or `null`.
    read: Vec<Option<ReadLayer>>,
}

#[derive(Serialize)]
struct PacketView {
    summary: View,
    records: Vec<PacketPart>,
}

/// Makes the review packet: the summary, then each record's pages as they were (a PDF's pages
/// stay vector with their text; an image is a page of its own), with a bookmark for every
/// section and every record and a page number on every page. The records are taken, not
/// copied: a packet's originals can be hundreds of megabytes.
pub fn packet_pdf(
    fonts: &Fonts,
    catalog: &Catalog,
    summary: &Summary,
    records: Vec<PacketRecord>,
    locale: Locale,
) -> Result<Vec<u8>, ReportError> {
    let mut files = Vec::with_capacity(records.len());
    let mut parts = Vec::with_capacity(records.len());
    for (i, record) in records.into_iter().enumerate() {
        let extension = match record.media {
            PacketMedia::Pdf => "pdf",
            PacketMedia::Png => "png",
            PacketMedia::Jpeg => "jpg",
        };
        let file = format!("/records/{i}.{extension}");
        parts.push(PacketPart {
            title: isolate(&record.title),
            mark: record.title.clone(),
            category: catalog.message(locale, &format!("option-category-{}", record.category), &[]),
            file: file.clone(),
            pdf: record.media == PacketMedia::Pdf,
            pages: record.pages.max(1),
            read: record.read,
        });
        files.push((file, record.bytes));
    }
    let view = PacketView {
        summary: summary.view(catalog, locale),
        records: parts,
    };
    let data = serde_json::to_vec(&view).map_err(|_| ReportError::Pdf)?;
    world::compile_pdf(fonts, PACKET_TEMPLATE, data, files, summary.today)
}

/// A passage of a translated document: its number (the marker on the original and beside
/// its translation), its page (from 0), its place on the page in fractions, its translation.
#[derive(Clone, Debug, Serialize)]
pub struct TranslatedUnit {
    pub number: u32,
    pub page: u32,
    pub region: Option<ReadLine>,
    pub target: String,
}

/// A document and its translation, for the translated PDF.
pub struct TranslatedDocument {
    pub title: String,
    pub media: PacketMedia,
    pub pages: u32,
    /// How far each page (by index) is turned clockwise, in degrees (0, 90, 180, 270), to
    /// stand as the workspace shows it (a scan read sideways): passages' places are on the page
    /// so turned. A page not listed is not turned.
    pub turns: Vec<u16>,
    /// The original, in memory.
    pub bytes: Vec<u8>,
    pub source_language: String,
    /// The translation's language, ISO 639-1: the reader's.
    pub language: String,
    pub units: Vec<TranslatedUnit>,
    pub translator: String,
    pub statement: String,
    pub date: chrono::NaiveDate,
    /// SHA-256 of the original file, and of the translation's text, in hex.
    pub source_sha256: String,
    pub text_sha256: String,
    /// Each translation set over its passage, rather than on a page after the original's.
    pub overlay: bool,
}

/// Makes the translated document in the reader's language (`language` of the document): the
/// translator's statement with the hashes of the original and of the translation's text, then
/// each original page with its passages' numbered markers, followed by their translations
/// (or with the translations set over them), bookmarked and numbered.
pub fn translated_pdf(
    fonts: &Fonts,
    catalog: &Catalog,
    doc: TranslatedDocument,
) -> Result<Vec<u8>, ReportError> {
    let date = doc.date;
    let (template, data, files) = translated_source(catalog, doc)?;
    world::compile_pdf(fonts, template, data, files, date)
}

/// A document's Typst source: its template, its data (`/data.json`), and the files it places,
/// each by its path.
pub type TypstSource = (&'static str, Vec<u8>, Vec<(String, Vec<u8>)>);

/// What the translated document is made from: its template, its data (`/data.json`) and the
/// original it places (`/original.<ext>`), for `translated_pdf`, or for the `typst` command
/// line to make the same document from.
pub fn translated_source(
    catalog: &Catalog,
    doc: TranslatedDocument,
) -> Result<TypstSource, ReportError> {
    let locale = Locale::from_tag(&doc.language).unwrap_or(Locale::En);
    let say = |id: &str| catalog.message(locale, id, &[]);
    let name = |code: &str| catalog.message(locale, &format!("translated-lang-{code}"), &[]);
    let numbered = |id: &str| catalog.message(locale, id, &[("n", Arg::Text("{n}"))]);
    let extension = match doc.media {
        PacketMedia::Pdf => "pdf",
        PacketMedia::Png => "png",
        PacketMedia::Jpeg => "jpg",
    };
    let file = format!("/original.{extension}");
    let data = serde_json::json!({
        "labels": {
            "title": say("translated-title"),
            "document": say("translated-document"),
            "languages": say("translated-languages"),
            "translator": say("translated-translator"),
            "date": say("translated-date"),
            "source-hash": say("translated-source-hash"),
            "text-hash": say("translated-text-hash"),
            "statement": say("translated-statement"),
            "original": numbered("translated-original-page"),
            "translation": numbered("translated-translation-page"),
            "page": page_label(catalog, locale),
        },
        "mark": doc.title,
        "title": isolate(&doc.title),
        "languages": format!("{} → {}", name(&doc.source_language), name(&doc.language)),
        "translator": isolate(&doc.translator),
        "date": doc.date.format("%Y-%m-%d").to_string(),
        "source-hash": doc.source_sha256,
        "text-hash": doc.text_sha256,
        "statement": doc.statement,
        "lang": doc.language,
        "fonts": fonts::families(&doc.language),
        "rtl": doc.language == "ar",
        "file": file,
        "pdf": doc.media == PacketMedia::Pdf,
        "pages": doc.pages.max(1),
        "turns": (0..doc.pages.max(1))
            .map(|p| doc.turns.get(p as usize).copied().filter(|t| [90, 180, 270].contains(t)).unwrap_or(0))
            .collect::<Vec<u16>>(),
        "units": doc.units,
        "overlay": doc.overlay,
    });
    let data = serde_json::to_vec(&data).map_err(|_| ReportError::Pdf)?;
    Ok((TRANSLATED_TEMPLATE, data, vec![(file, doc.bytes)]))
}

const TRANSLATED_TEMPLATE: &str = include_str!("../templates/translated.typ");

/// The review packet's template; it includes the summary's.
const PACKET_TEMPLATE: &str = concat!(
    include_str!("../templates/summary.typ"),
    include_str!("../templates/packet.typ")
);

/// The case summary's template.
const SUMMARY_TEMPLATE: &str = include_str!("../templates/summary.typ");
