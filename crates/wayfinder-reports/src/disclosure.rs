//! The disclosure report: for one child, every packet, summary, translation, original,
//! FHIR Bundle or archive that left the vault, to whom, when, under which consent, with the
//! SHA-256 of each file sent, in the family's language (HIPAA's accounting of disclosures,
//! GDPR's list of recipients).

use crate::{ReportError, date, fonts, isolate, page_label, world};
use chrono::NaiveDate;
use serde::Serialize;
use wayfinder_i18n::{Arg, Catalog, Locale};

/// One thing that left the vault.
#[derive(Debug, Clone)]
pub struct DisclosureLine {
    pub day: NaiveDate,
    /// One of `schema::REPORTS`.
    pub report: String,
    pub recipient: String,
    /// The consent it went under, in words; `None` when none was chosen.
    pub consent: Option<String>,
    pub file: Option<String>,
    /// The SHA-256 of the file, in hex; `None` for an export made before it was noted.
    pub sha256: Option<String>,
    /// Who sent it.
    pub by: String,
}

/// Everything the report shows.
#[derive(Debug, Clone)]
pub struct DisclosureReport {
    /// The child, as much as the consent the report goes under allows (empty: not named).
    pub child: String,
    pub lines: Vec<DisclosureLine>,
    pub today: NaiveDate,
}

#[derive(Serialize)]
struct Line {
    when: String,
    what: String,
    to: String,
    consent: String,
    file: String,
    sha256: String,
    by: String,
}

#[derive(Serialize)]
struct View {
    lang: &'static str,
    rtl: bool,
    fonts: &'static [&'static str],
    title: String,
    intro: String,
    labels: serde_json::Map<String, serde_json::Value>,
    lines: Vec<Line>,
    prepared: String,
}

const LABELS: &[(&str, &str)] = &[
    ("when", "disclosure-when"),
    ("what", "disclosure-what"),
    ("to", "disclosure-to"),
    ("consent", "disclosure-consent"),
    ("file", "disclosure-file"),
    ("by", "disclosure-by"),
    ("none", "disclosure-none"),
];

impl DisclosureReport {
    fn view(&self, catalog: &Catalog, locale: Locale) -> View {
        let say = |id: &str| catalog.message(locale, id, &[]);
        let mut labels = serde_json::Map::new();
        for (name, id) in LABELS {
            labels.insert((*name).to_owned(), say(id).into());
        }
        labels.insert("page".into(), page_label(catalog, locale).into());
        let title = if self.child.is_empty() {
            say("disclosure-title-unnamed")
        } else {
            catalog.message(
                locale,
                "disclosure-title",
                &[("child", Arg::Text(&isolate(&self.child)))],
            )
        };
        let lines = self
            .lines
            .iter()
            .map(|l| Line {
                when: date(catalog, locale, l.day),
                what: say(&format!("option-report-{}", l.report)),
                to: isolate(&l.recipient),
                consent: l
                    .consent
                    .as_deref()
                    .map_or_else(|| say("disclosure-no-consent"), isolate),
                file: l.file.as_deref().map_or_else(String::new, isolate),
                sha256: l
                    .sha256
                    .clone()
                    .unwrap_or_else(|| say("disclosure-no-hash")),
                by: isolate(&l.by),
            })
            .collect();
        View {
            lang: locale.tag(),
            rtl: locale.is_right_to_left(),
            fonts: fonts::families(locale.tag()),
            title,
            intro: say("disclosure-intro"),
            labels,
            lines,
            prepared: catalog.message(
                locale,
                "report-prepared",
                &[("date", Arg::Text(&date(catalog, locale, self.today)))],
            ),
        }
    }
}

/// Makes the disclosure report in `locale` as PDF bytes in memory.
pub fn disclosure_pdf(
    fonts: &crate::Fonts,
    catalog: &Catalog,
    report: &DisclosureReport,
    locale: Locale,
) -> Result<Vec<u8>, ReportError> {
    let data = serde_json::to_vec(&report.view(catalog, locale)).map_err(|_| ReportError::Pdf)?;
    world::compile_pdf(fonts, TEMPLATE, data, Vec::new(), report.today)
}

const TEMPLATE: &str = include_str!("../templates/disclosure.typ");
