//! The family's own checklist for a trip: what to do by when, what to bring, the journey in
//! the local times of where each part of it happens, and whom to call, in the family's
//! language, in large print with boxes to tick on paper.

use crate::{ReportError, date, fonts, isolate, page_label, world};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use wayfinder_i18n::{Arg, Catalog, Locale};

/// One thing to do, as the family reads it.
#[derive(Debug, Clone)]
pub struct ChecklistItem {
    /// In the family's language where Wayfinder wrote it; as she wrote it otherwise.
    pub title: String,
    pub due: Option<NaiveDate>,
    /// Who does it (a member's name, or "the family" in the family's language).
    pub who: String,
    /// The papers it needs, in words.
    pub needs: String,
    pub done: bool,
}

/// One part of the journey, each end in its own place's time.
#[derive(Debug, Clone)]
pub struct ChecklistLeg {
    /// One of `flight`, `ground`, `stay`, `appointment`.
    pub leg: String,
    pub title: String,
    pub from_place: String,
    pub to_place: String,
    pub starts: NaiveDateTime,
    /// An IANA zone, e.g. `Europe/Istanbul`.
    pub starts_zone: String,
    pub ends: NaiveDateTime,
    pub ends_zone: String,
    /// A booking or flight number.
    pub reference: String,
}

/// Everything the family's checklist shows. The caller chooses what of the case goes in: the
/// checklist names the travellers, never a diagnosis.
#[derive(Debug, Clone)]
pub struct Checklist {
    /// ISO 3166 code of the destination.
    pub destination: String,
    pub hospital: Option<String>,
    pub travel: Option<NaiveDate>,
    pub admission: Option<NaiveDate>,
    pub return_date: Option<NaiveDate>,
    pub items: Vec<ChecklistItem>,
    /// Each traveller's name, to bring their passport.
    pub travellers: Vec<String>,
    pub legs: Vec<ChecklistLeg>,
    /// Whom to call: each a few lines (name, organisation, phone, e-mail).
    pub contacts: Vec<Vec<String>>,
    pub today: NaiveDate,
}

#[derive(Serialize)]
struct View {
    lang: &'static str,
    rtl: bool,
    fonts: &'static [&'static str],
    title: String,
    labels: serde_json::Map<String, serde_json::Value>,
    facts: Vec<(String, String)>,
    /// Box ticked, what, by when, who, papers.
    todo: Vec<(bool, String, String, String, String)>,
    bring: Vec<String>,
    journey: Vec<Journey>,
    /// Each contact's lines.
    contacts: Vec<Vec<String>>,
    prepared: String,
}

/// A part of the journey as printed: what it is, each end (place and local time), its
/// reference.
#[derive(Serialize)]
struct Journey {
    what: String,
    from: String,
    to: String,
    reference: String,
}

/// Labels of the checklist, by the name the template uses and the Fluent id that holds it.
const LABELS: &[(&str, &str)] = &[
    ("todo", "checklist-todo"),
    ("what", "checklist-what"),
    ("when", "checklist-when"),
    ("who", "checklist-who"),
    ("needs", "checklist-needs"),
    ("bring", "checklist-bring"),
    ("journey", "checklist-journey"),
    ("call", "checklist-call"),
    ("none", "report-none"),
];

/// A zone as the family knows it: its city (`America/New_York` is "New York").
fn place_of(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

impl Checklist {
    fn view(&self, catalog: &Catalog, locale: Locale) -> View {
        let say = |id: &str| catalog.message(locale, id, &[]);
        let day = |d: NaiveDate| date(catalog, locale, d);
        let at = |t: NaiveDateTime, zone: &str| {
            catalog.message(
                locale,
                "checklist-local-time",
                &[
                    ("date", Arg::Text(&day(t.date()))),
                    ("time", Arg::Text(&t.format("%H:%M").to_string())),
                    ("place", Arg::Text(&isolate(&place_of(zone)))),
                ],
            )
        };
        let mut labels = serde_json::Map::new();
        for (name, id) in LABELS {
            labels.insert((*name).to_owned(), say(id).into());
        }
        labels.insert("page".into(), page_label(catalog, locale).into());
        let country = wayfinder_i18n::country_name(locale, &self.destination)
            .unwrap_or(&self.destination)
            .to_owned();
        let title = catalog.message(
            locale,
            "checklist-title",
            &[("country", Arg::Text(&isolate(&country)))],
        );
        let facts = [
            (
                say("checklist-hospital"),
                self.hospital.as_deref().map(isolate),
            ),
            (say("checklist-travel"), self.travel.map(day)),
            (say("checklist-admission"), self.admission.map(day)),
            (say("checklist-return"), self.return_date.map(day)),
        ]
        .into_iter()
        .filter_map(|(label, value)| Some((label, value?)))
        .collect();
        let todo = self
            .items
            .iter()
            .map(|i| {
                (
                    i.done,
                    isolate(&i.title),
                    i.due.map_or_else(|| say("checklist-no-date"), day),
                    if i.who.is_empty() {
                        String::new()
                    } else {
                        isolate(&i.who)
                    },
                    if i.needs.is_empty() {
                        String::new()
                    } else {
                        isolate(&i.needs)
                    },
                )
            })
            .collect();
        let mut bring: Vec<String> = self
            .travellers
            .iter()
            .map(|name| {
                catalog.message(
                    locale,
                    "checklist-passport",
                    &[("name", Arg::Text(&isolate(name)))],
                )
            })
            .collect();
        // Each paper an item needs, once, in the order the items come.
        let mut seen = std::collections::BTreeSet::new();
        for item in &self.items {
            let needs = item.needs.trim();
            if !needs.is_empty() && seen.insert(needs.to_lowercase()) {
                bring.push(isolate(needs));
            }
        }
        let journey = self
            .legs
            .iter()
            .map(|l| {
                let what = format!(
                    "{}: {}",
                    say(&format!("option-leg-{}", l.leg)),
                    isolate(&l.title)
                );
                let end = |place: &str, time: NaiveDateTime, zone: &str| {
                    let when = at(time, zone);
                    if place.trim().is_empty() {
                        when
                    } else {
                        format!("{} — {when}", isolate(place.trim()))
                    }
                };
                let from = end(&l.from_place, l.starts, &l.starts_zone);
                let to = end(&l.to_place, l.ends, &l.ends_zone);
                let reference = if l.reference.is_empty() {
                    String::new()
                } else {
                    isolate(&l.reference)
                };
                Journey {
                    what,
                    from,
                    to,
                    reference,
                }
            })
            .collect();
        let contacts = self
            .contacts
            .iter()
            .map(|lines| {
                lines
                    .iter()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| isolate(l))
                    .collect::<Vec<_>>()
            })
            .filter(|c| !c.is_empty())
            .collect();
        View {
            lang: locale.tag(),
            rtl: locale.is_right_to_left(),
            fonts: fonts::families(locale.tag()),
            title,
            labels,
            facts,
            todo,
            bring,
            journey,
            contacts,
            prepared: catalog.message(
                locale,
                "report-prepared",
                &[("date", Arg::Text(&day(self.today)))],
            ),
        }
    }
}

/// Makes the family's checklist in `locale`, the family's language, as PDF bytes in memory.
pub fn checklist_pdf(
    fonts: &crate::Fonts,
    catalog: &Catalog,
    checklist: &Checklist,
    locale: Locale,
) -> Result<Vec<u8>, ReportError> {
    let data =
        serde_json::to_vec(&checklist.view(catalog, locale)).map_err(|_| ReportError::Pdf)?;
    world::compile_pdf(fonts, CHECKLIST_TEMPLATE, data, Vec::new(), checklist.today)
}

const CHECKLIST_TEMPLATE: &str = include_str!("../templates/checklist.typ");

#[cfg(test)]
mod tests {
    use super::place_of;

    #[test]
    fn a_zone_is_named_by_its_city() {
        for (zone, city) in [
            ("Europe/Istanbul", "Istanbul"),
            ("America/New_York", "New York"),
            ("America/Argentina/Buenos_Aires", "Buenos Aires"),
            ("UTC", "UTC"),
        ] {
            assert_eq!(place_of(zone), city);
        }
    }
}
