//! A case's audit log as a PDF for a privacy officer, in her language: whether every device's
//! chain checks (or what checking found), then every entry. Ids only, never content.

use crate::{ReportError, date, fonts, isolate, page_label, world};
use chrono::NaiveDate;
use serde::Serialize;
use wayfinder_i18n::{Arg, Catalog, Locale};

/// Everything the log's PDF shows, its entries already in the reader's words.
#[derive(Debug, Clone)]
pub struct AuditReport {
    /// The child as the case names her; `None` for the vault's own log (unlocking, the team's
    /// members).
    pub child: Option<String>,
    /// What checking the chains found, each in the reader's language; empty when all check.
    pub findings: Vec<String>,
    /// The sentence that says every chain checks.
    pub whole: String,
    /// When, who, what, on which object, device and number.
    pub rows: Vec<[String; 5]>,
    pub today: NaiveDate,
}

#[derive(Serialize)]
struct View {
    lang: &'static str,
    rtl: bool,
    fonts: &'static [&'static str],
    title: String,
    whole: String,
    findings: Vec<String>,
    labels: serde_json::Map<String, serde_json::Value>,
    rows: Vec<[String; 5]>,
    prepared: String,
}

const LABELS: &[(&str, &str)] = &[
    ("when", "audit-col-when"),
    ("who", "audit-col-who"),
    ("what", "audit-col-what"),
    ("object", "audit-col-object"),
    ("device", "audit-col-device"),
    ("none", "audit-none"),
];

/// Makes the audit log's PDF in `locale`, in memory.
pub fn audit_pdf(
    fonts: &crate::Fonts,
    catalog: &Catalog,
    report: &AuditReport,
    locale: Locale,
) -> Result<Vec<u8>, ReportError> {
    let mut labels = serde_json::Map::new();
    for (name, id) in LABELS {
        labels.insert((*name).to_owned(), catalog.message(locale, id, &[]).into());
    }
    labels.insert("page".into(), page_label(catalog, locale).into());
    let view = View {
        lang: locale.tag(),
        rtl: locale.is_right_to_left(),
        fonts: fonts::families(locale.tag()),
        title: match &report.child {
            Some(child) => catalog.message(
                locale,
                "audit-pdf-title",
                &[("child", Arg::Text(&isolate(child)))],
            ),
            None => catalog.message(locale, "audit-pdf-vault-title", &[]),
        },
        whole: report.whole.clone(),
        findings: report.findings.clone(),
        labels,
        rows: report
            .rows
            .iter()
            .map(|r| r.clone().map(|cell| isolate(&cell)))
            .collect(),
        prepared: catalog.message(
            locale,
            "report-prepared",
            &[("date", Arg::Text(&date(catalog, locale, report.today)))],
        ),
    };
    let data = serde_json::to_vec(&view).map_err(|_| ReportError::Pdf)?;
    world::compile_pdf(fonts, TEMPLATE, data, Vec::new(), report.today)
}

const TEMPLATE: &str = include_str!("../templates/audit.typ");
