//! What a Bundle from a hospital would become in a case: the child's fields, and entities to
//! add (guardians, treatments, records with their files, consents, the communication log).
//! Each entry is accounted for: it becomes something, or it is kept with a reason, and the
//! fields a resource carries that Wayfinder has no place for are listed. Nothing here writes;
//! the app checks every value as if she had typed it, since a Bundle is a stranger's file.

use crate::codes;
use crate::model::*;
use crate::{FhirError, parse_id};
use base64::Engine as _;
use chrono::NaiveDate;
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use wayfinder_core::iso::{CountryCode, LanguageCode};
use wayfinder_core::schema::{EntityKind, RECORD_CATEGORIES, SEXES, join_codes};

/// What a Bundle would become.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Incoming {
    /// The case's own fields read from the Patient and the first Condition.
    pub case: BTreeMap<String, String>,
    /// Whether a Patient was found: without one there is no child to import.
    pub patient: bool,
    pub entities: Vec<IncomingEntity>,
    pub kept: Vec<Kept>,
    /// Every entry in the Bundle's order: its resource type, its id, and what it became (an
    /// entity kind's name, "case", or "kept").
    pub accounted: Vec<(String, Option<String>, String)>,
    /// Each entry's resource as it came, by its place in the Bundle.
    pub resources: Vec<Value>,
}

impl Incoming {
    /// What of the Bundle a kept item keeps, as compact JSON: the fields it names for a
    /// resource read with fields left over, else the whole resource, its files' data left
    /// out (a file that could not be read stays in the Bundle she holds; the note says so).
    pub fn json_of(&self, kept: &Kept) -> Option<String> {
        let resource = self.resources.get(kept.index)?;
        let mut value = if kept.reason == "fields" {
            let map = resource.as_object()?;
            Value::Object(
                kept.fields
                    .iter()
                    .filter_map(|f| map.get(f).map(|v| (f.clone(), v.clone())))
                    .collect(),
            )
        } else if kept.reason == "in-case" {
            return None;
        } else {
            resource.clone()
        };
        strip_data(&mut value);
        serde_json::to_string(&value).ok()
    }
}

/// Removes attachments' base64 data, wherever they are.
fn strip_data(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.contains_key("contentType") {
                map.remove("data");
            }
            map.values_mut().for_each(strip_data);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_data),
        _ => {}
    }
}

/// An entity to add to the case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomingEntity {
    pub kind: EntityKind,
    pub fields: BTreeMap<String, String>,
    /// A record's file, decoded from the attachment.
    pub original: Option<Vec<u8>>,
    /// The resource it came from, as `Type/id`.
    pub source: String,
    /// Its entry's place in the Bundle.
    pub index: usize,
}

/// Something Wayfinder has no place for, kept with the case (the Bundle itself is kept as a
/// record) and listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    pub resource: String,
    pub id: Option<String>,
    /// Why: `no-place` (a kind of resource a case does not hold), `other-patient` (about
    /// someone else), `no-file` (a document whose file is not in the Bundle), `bad-file`
    /// (its file does not decode), `another-condition` (the case holds one diagnosis),
    /// `fields` (a resource read, with fields that have no place, named in `fields`).
    pub reason: &'static str,
    pub fields: Vec<String>,
    /// Its entry's place in the Bundle.
    pub index: usize,
}

fn date(text: Option<&str>) -> Option<String> {
    let text = text?.trim();
    let day = text.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .map(|d| d.format("%Y-%m-%d").to_string())
}

fn concept_text(concept: &CodeableConcept) -> Option<String> {
    concept
        .text
        .clone()
        .or_else(|| concept.coding.iter().find_map(|c| c.display.clone()))
        .or_else(|| concept.coding.iter().find_map(|c| c.code.clone()))
        .filter(|t| !t.trim().is_empty())
}

fn codes_in(concept: &CodeableConcept, systems: &[&str]) -> Vec<String> {
    concept
        .coding
        .iter()
        .filter(|c| c.system.as_deref().is_some_and(|s| systems.contains(&s)))
        .filter_map(|c| c.code.clone())
        .collect()
}

fn human_name(names: &[HumanName]) -> Option<String> {
    let name = names.first()?;
    name.text
        .clone()
        .filter(|t| !t.trim().is_empty())
        .or_else(|| {
            let mut parts = name.given.clone();
            parts.extend(name.family.clone());
            let joined = parts.join(" ");
            (!joined.trim().is_empty()).then_some(joined)
        })
}

fn language_code(concept: &CodeableConcept) -> Option<String> {
    concept
        .coding
        .iter()
        .filter_map(|c| c.code.as_deref())
        .chain(concept.text.as_deref())
        .filter_map(|code| code.split(['-', '_']).next())
        .map(str::to_ascii_lowercase)
        .find(|code| LanguageCode::parse(code).is_some())
}

fn country(text: &str) -> Option<String> {
    let upper = text.trim().to_ascii_uppercase();
    CountryCode::parse(&upper).map(|c| c.as_str().to_owned())
}

/// The fields of a resource that this model read nothing from.
fn unread(other: &Other) -> Vec<String> {
    other
        .keys()
        .filter(|k| !matches!(k.as_str(), "resourceType" | "id" | "meta" | "text"))
        .cloned()
        .collect()
}

/// Who a resource is about: the keys by which the Bundle's chosen Patient may be referred to.
struct Child {
    keys: HashSet<String>,
}

impl Child {
    /// Whether a reference names the child; no reference at all is taken as the child, since
    /// a document in her Bundle need not say whom it is about.
    fn is(&self, reference: Option<&Reference>) -> bool {
        match reference.and_then(|r| r.reference.as_deref()) {
            None => true,
            Some(r) => {
                self.keys.contains(r) || self.keys.iter().any(|k| r.ends_with(&format!("/{k}")))
            }
        }
    }
}

fn entity(
    kind: EntityKind,
    (source, index): (&str, usize),
    pairs: Vec<(&str, Option<String>)>,
) -> IncomingEntity {
    IncomingEntity {
        kind,
        fields: pairs
            .into_iter()
            .filter_map(|(k, v)| {
                v.filter(|v| !v.trim().is_empty())
                    .map(|v| (k.to_owned(), v))
            })
            .collect(),
        original: None,
        source: source.to_owned(),
        index,
    }
}

/// Reads a Bundle's bytes.
pub fn read_bundle(bytes: &[u8]) -> Result<Incoming, FhirError> {
    let value: Value = serde_json::from_slice(bytes).map_err(|_| FhirError::NotJson)?;
    if value.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
        return Err(FhirError::NotABundle);
    }
    let bundle: Bundle = read(&value).ok_or(FhirError::NotABundle)?;
    let mut incoming = Incoming::default();
    let resources: Vec<(Option<String>, Value)> = bundle
        .entry
        .iter()
        .filter_map(|e| e.resource.clone().map(|r| (e.full_url.clone(), r)))
        .collect();

    // The child: the first Patient. Another Patient in the same Bundle is someone else.
    let mut child = Child {
        keys: HashSet::new(),
    };
    let first_patient = resources
        .iter()
        .position(|(_, r)| r.get("resourceType").and_then(Value::as_str) == Some("Patient"));
    if let Some(index) = first_patient {
        let (full_url, value) = &resources[index];
        if let Some(url) = full_url {
            child.keys.insert(url.clone());
        }
        if let Some(id) = value.get("id").and_then(Value::as_str) {
            child.keys.insert(format!("Patient/{id}"));
        }
    }

    let mut condition_read = false;
    let mut reported = HashSet::new();
    for (_, value) in &resources {
        if let Some(doc) = read::<DocumentReference>(value) {
            if value.get("resourceType").and_then(Value::as_str) == Some("DocumentReference") {
                for related in doc.context.iter().flat_map(|c| &c.related) {
                    if let Some(r) = &related.reference {
                        reported.insert(r.clone());
                    }
                }
            }
        }
    }

    for (index, (full_url, value)) in resources.iter().enumerate() {
        let kind = value
            .get("resourceType")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        let id = value.get("id").and_then(Value::as_str).map(str::to_owned);
        let source = format!("{kind}/{}", id.as_deref().unwrap_or(""));
        let keep = |incoming: &mut Incoming, reason: &'static str, fields: Vec<String>| {
            incoming.kept.push(Kept {
                resource: kind.clone(),
                id: id.clone(),
                reason,
                fields,
                index,
            });
        };
        let became: String = match kind.as_str() {
            "Patient" if Some(index) == first_patient => match read::<Patient>(value) {
                Some(p) => {
                    incoming.patient = true;
                    let case = &mut incoming.case;
                    let mut put = |k: &str, v: Option<String>| {
                        if let Some(v) = v.filter(|v| !v.trim().is_empty()) {
                            case.insert(k.to_owned(), v);
                        }
                    };
                    put("child.name", human_name(&p.name));
                    put("child.date_of_birth", date(p.birth_date.as_deref()));
                    put(
                        "child.sex",
                        p.gender.filter(|g| SEXES.contains(&g.as_str())),
                    );
                    put(
                        "child.country",
                        p.address
                            .iter()
                            .find_map(|a| a.country.as_deref().and_then(country)),
                    );
                    let mut languages: Vec<String> = Vec::new();
                    for l in p
                        .communication
                        .iter()
                        .filter_map(|c| language_code(&c.language))
                    {
                        if !languages.contains(&l) {
                            languages.push(l);
                        }
                    }
                    put("child.languages", Some(join_codes(&languages)));
                    let fields = unread(&p.other);
                    if !fields.is_empty() {
                        keep(&mut incoming, "fields", fields);
                    }
                    "case".into()
                }
                None => {
                    keep(&mut incoming, "no-place", Vec::new());
                    "kept".into()
                }
            },
            "Patient" => {
                keep(&mut incoming, "other-patient", Vec::new());
                "kept".into()
            }
            "RelatedPerson" => match read::<RelatedPerson>(value) {
                Some(p) if child.is(Some(&p.patient)) => {
                    let telecom = |system: &str| {
                        p.telecom
                            .iter()
                            .find(|t| t.system.as_deref() == Some(system))
                            .and_then(|t| t.value.clone())
                    };
                    incoming.entities.push(entity(
                        EntityKind::Contact,
                        (&source, index),
                        vec![
                            ("name", human_name(&p.name)),
                            ("relation", p.relationship.first().and_then(concept_text)),
                            ("phone", telecom("phone")),
                            ("email", telecom("email")),
                            (
                                "language",
                                p.communication
                                    .iter()
                                    .find_map(|c| language_code(&c.language)),
                            ),
                        ],
                    ));
                    note_unread(&mut incoming, (&kind, &id, index), &p.other);
                    "contact".into()
                }
                Some(_) => {
                    keep(&mut incoming, "other-patient", Vec::new());
                    "kept".into()
                }
                None => {
                    keep(&mut incoming, "no-place", Vec::new());
                    "kept".into()
                }
            },
            "Condition" => match read::<Condition>(value) {
                Some(c) if !child.is(Some(&c.subject)) => {
                    keep(&mut incoming, "other-patient", Vec::new());
                    "kept".into()
                }
                Some(c) if !condition_read => {
                    condition_read = true;
                    let code = c.code.clone().unwrap_or_default();
                    let case = &mut incoming.case;
                    let mut put = |k: &str, v: Vec<String>| {
                        if !v.is_empty() {
                            case.insert(k.to_owned(), join_codes(&v));
                        }
                    };
                    put(
                        "diagnosis.icd10",
                        codes_in(&code, &[codes::ICD10, codes::ICD10_CM]),
                    );
                    put("diagnosis.morphology", codes_in(&code, &[codes::ICD_O_3]));
                    put(
                        "diagnosis.topography",
                        c.body_site
                            .iter()
                            .flat_map(|b| codes_in(b, &[codes::ICD_O_3]))
                            .collect(),
                    );
                    if let Some(t) = concept_text(&code) {
                        incoming.case.insert("diagnosis.text".into(), t);
                    }
                    if let Some(r) = c
                        .stage
                        .iter()
                        .find_map(|s| s.summary.as_ref().and_then(concept_text))
                    {
                        incoming.case.insert("diagnosis.risk_group".into(), r);
                    }
                    note_unread(&mut incoming, (&kind, &id, index), &c.other);
                    "case".into()
                }
                Some(_) => {
                    keep(&mut incoming, "another-condition", Vec::new());
                    "kept".into()
                }
                None => {
                    keep(&mut incoming, "no-place", Vec::new());
                    "kept".into()
                }
            },
            "Procedure" => match read::<Procedure>(value) {
                Some(p) if child.is(Some(&p.subject)) => {
                    let period = p.performed_period.clone().unwrap_or_default();
                    let from = date(period.start.as_deref())
                        .or_else(|| date(p.performed_date_time.as_deref()));
                    incoming.entities.push(entity(
                        EntityKind::Treatment,
                        (&source, index),
                        vec![
                            (
                                "what",
                                p.code
                                    .as_ref()
                                    .and_then(concept_text)
                                    .or_else(|| Some("Procedure".into())),
                            ),
                            ("where", p.location.as_ref().and_then(|l| l.display.clone())),
                            ("from", from),
                            ("to", date(period.end.as_deref())),
                            ("outcome", p.outcome.as_ref().and_then(concept_text)),
                        ],
                    ));
                    note_unread(&mut incoming, (&kind, &id, index), &p.other);
                    "treatment".into()
                }
                _ => {
                    keep(&mut incoming, "other-patient", Vec::new());
                    "kept".into()
                }
            },
            "MedicationStatement" => {
                let about = value
                    .get("subject")
                    .and_then(|s| serde_json::from_value::<Reference>(s.clone()).ok());
                if child.is(about.as_ref()) && about.is_some() {
                    let what = value
                        .get("medicationCodeableConcept")
                        .and_then(|m| serde_json::from_value::<CodeableConcept>(m.clone()).ok())
                        .and_then(|c| concept_text(&c))
                        .or_else(|| {
                            value
                                .pointer("/medicationReference/display")
                                .and_then(Value::as_str)
                                .map(str::to_owned)
                        })
                        .unwrap_or_else(|| "Medication".into());
                    let period: Period = value
                        .get("effectivePeriod")
                        .and_then(|p| serde_json::from_value(p.clone()).ok())
                        .unwrap_or_default();
                    let from = date(period.start.as_deref())
                        .or_else(|| date(value.get("effectiveDateTime").and_then(Value::as_str)));
                    incoming.entities.push(entity(
                        EntityKind::Treatment,
                        (&source, index),
                        vec![
                            ("what", Some(what)),
                            ("from", from),
                            ("to", date(period.end.as_deref())),
                        ],
                    ));
                    "treatment".into()
                } else {
                    keep(&mut incoming, "other-patient", Vec::new());
                    "kept".into()
                }
            }
            "DocumentReference" => match read::<DocumentReference>(value) {
                Some(d) if child.is(d.subject.as_ref()) => match record(&d, (&source, index)) {
                    Ok(record) => {
                        incoming.entities.push(record);
                        note_unread(&mut incoming, (&kind, &id, index), &d.other);
                        "record".into()
                    }
                    Err(reason) => {
                        keep(&mut incoming, reason, Vec::new());
                        "kept".into()
                    }
                },
                _ => {
                    keep(&mut incoming, "other-patient", Vec::new());
                    "kept".into()
                }
            },
            "DiagnosticReport" => {
                let named = full_url
                    .iter()
                    .cloned()
                    .chain(id.iter().map(|i| format!("DiagnosticReport/{i}")))
                    .any(|k| reported.contains(&k));
                match read::<DiagnosticReport>(value) {
                    // Said by a DocumentReference that carries its file: read with it.
                    Some(_) if named => "record".into(),
                    Some(r) if child.is(r.subject.as_ref()) => {
                        match r.presented_form.iter().find(|a| a.data.is_some()) {
                            Some(form) => {
                                let doc = DocumentReference {
                                    description: concept_text(&r.code),
                                    category: r.category.clone(),
                                    date: r.effective_date_time.clone(),
                                    author: r.performer.clone(),
                                    content: vec![DocumentContent {
                                        attachment: form.clone(),
                                        ..DocumentContent::default()
                                    }],
                                    ..DocumentReference::default()
                                };
                                match record(&doc, (&source, index)) {
                                    Ok(mut record) => {
                                        if let Some(category) = r
                                            .category
                                            .iter()
                                            .flat_map(|c| &c.coding)
                                            .filter_map(|c| c.code.as_deref())
                                            .find_map(report_category_back)
                                        {
                                            record
                                                .fields
                                                .insert("category".into(), category.into());
                                        }
                                        incoming.entities.push(record);
                                        "record".into()
                                    }
                                    Err(reason) => {
                                        keep(&mut incoming, reason, Vec::new());
                                        "kept".into()
                                    }
                                }
                            }
                            None => {
                                keep(&mut incoming, "no-file", Vec::new());
                                "kept".into()
                            }
                        }
                    }
                    _ => {
                        keep(&mut incoming, "other-patient", Vec::new());
                        "kept".into()
                    }
                }
            }
            "Consent" => match read::<Consent>(value) {
                Some(c) if child.is(c.patient.as_ref()) => {
                    let provision = c.provision.clone().unwrap_or_default();
                    let identity = c
                        .extension
                        .iter()
                        .find(|e| e.url == codes::IDENTITY_EXTENSION)
                        .and_then(|e| e.value_code.clone());
                    incoming.entities.push(entity(
                        EntityKind::Consent,
                        (&source, index),
                        vec![
                            (
                                "what",
                                provision
                                    .code
                                    .iter()
                                    .find_map(concept_text)
                                    .or_else(|| concept_text(&c.scope))
                                    .or_else(|| Some("Consent".into())),
                            ),
                            (
                                "recipient",
                                provision
                                    .actor
                                    .iter()
                                    .find_map(|a| a.reference.display.clone())
                                    .or_else(|| Some("?".into())),
                            ),
                            (
                                "until",
                                date(provision.period.as_ref().and_then(|p| p.end.as_deref())),
                            ),
                            ("identity", identity),
                        ],
                    ));
                    note_unread(&mut incoming, (&kind, &id, index), &c.other);
                    "consent".into()
                }
                _ => {
                    keep(&mut incoming, "other-patient", Vec::new());
                    "kept".into()
                }
            },
            "Communication" => match read::<Communication>(value) {
                Some(c) if child.is(c.subject.as_ref()) => {
                    let incoming_message = c.received.is_some() && c.sent.is_none();
                    let party = if incoming_message {
                        c.sender.as_ref().and_then(|s| s.display.clone())
                    } else {
                        c.recipient.iter().find_map(|r| r.display.clone())
                    };
                    let summary = c
                        .payload
                        .iter()
                        .filter_map(|p| p.content_string.clone())
                        .collect::<Vec<_>>()
                        .join("\n");
                    let when = date(c.sent.as_deref()).or_else(|| date(c.received.as_deref()));
                    let channel = c
                        .medium
                        .iter()
                        .flat_map(|m| &m.coding)
                        .filter(|m| m.system.as_deref() == Some(codes::CHANNEL))
                        .find_map(|m| m.code.clone());
                    if summary.is_empty() || when.is_none() {
                        keep(&mut incoming, "no-place", Vec::new());
                        "kept".into()
                    } else {
                        let (contact, institution) =
                            match party.as_deref().and_then(|p| p.split_once(", ")) {
                                Some((c, i)) => (Some(c.to_owned()), Some(i.to_owned())),
                                None => (None, party.clone()),
                            };
                        incoming.entities.push(entity(
                            EntityKind::Communication,
                            (&source, index),
                            vec![
                                ("channel", Some(channel.unwrap_or_else(|| "email".into()))),
                                (
                                    "direction",
                                    Some(
                                        if incoming_message {
                                            "incoming"
                                        } else {
                                            "outgoing"
                                        }
                                        .into(),
                                    ),
                                ),
                                ("date", when),
                                ("institution_name", institution),
                                ("contact", contact),
                                ("summary", Some(summary)),
                            ],
                        ));
                        "communication".into()
                    }
                }
                _ => {
                    keep(&mut incoming, "other-patient", Vec::new());
                    "kept".into()
                }
            },
            _ => {
                keep(&mut incoming, "no-place", Vec::new());
                "kept".into()
            }
        };
        incoming.accounted.push((kind, id, became));
    }
    incoming.resources = resources.into_iter().map(|(_, r)| r).collect();
    Ok(incoming)
}

fn note_unread(
    incoming: &mut Incoming,
    (kind, id, index): (&str, &Option<String>, usize),
    other: &Other,
) {
    let fields = unread(other);
    if !fields.is_empty() {
        incoming.kept.push(Kept {
            resource: kind.to_owned(),
            id: id.clone(),
            reason: "fields",
            fields,
            index,
        });
    }
}

fn report_category_back(code: &str) -> Option<&'static str> {
    ["pathology", "imaging", "lab", "biomarker"]
        .into_iter()
        .find(|c| codes::report_category(c).is_some_and(|(v, _)| v == code))
}

/// A document with its file: a record to import.
fn record(doc: &DocumentReference, source: (&str, usize)) -> Result<IncomingEntity, &'static str> {
    let attachment = doc
        .content
        .iter()
        .map(|c| &c.attachment)
        .find(|a| a.data.is_some())
        .ok_or("no-file")?;
    let data = attachment.data.as_deref().unwrap_or_default();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data.trim())
        .map_err(|_| "bad-file")?;
    if bytes.is_empty() {
        return Err("no-file");
    }
    let category = doc
        .category
        .iter()
        .flat_map(|c| &c.coding)
        .filter(|c| c.system.as_deref() == Some(codes::CATEGORY))
        .find_map(|c| c.code.as_deref())
        .filter(|c| RECORD_CATEGORIES.contains(c))
        .or_else(|| {
            doc.kind
                .iter()
                .flat_map(|k| &k.coding)
                .filter(|c| c.system.as_deref() == Some(codes::LOINC))
                .find_map(|c| c.code.as_deref().and_then(codes::category_of_type))
        })
        .unwrap_or("other");
    let title = doc
        .description
        .clone()
        .or_else(|| attachment.title.clone())
        .or_else(|| doc.kind.as_ref().and_then(concept_text))
        .unwrap_or_else(|| "Document".into());
    let date = date(
        doc.context
            .as_ref()
            .and_then(|c| c.period.as_ref())
            .and_then(|p| p.start.as_deref()),
    )
    .or_else(|| date(attachment.creation.as_deref()));
    let mut record = entity(
        EntityKind::Record,
        source,
        vec![
            ("title", Some(title)),
            ("category", Some(category.into())),
            ("date", date),
            (
                "institution",
                doc.author.iter().find_map(|a| a.display.clone()),
            ),
            (
                "language",
                attachment
                    .language
                    .as_deref()
                    .and_then(|l| l.split('-').next())
                    .map(str::to_ascii_lowercase)
                    .filter(|l| LanguageCode::parse(l).is_some()),
            ),
        ],
    );
    record.original = Some(bytes);
    Ok(record)
}

/// An id in a Bundle that Wayfinder wrote names the entity it came from.
pub fn entity_of(source: &str) -> Option<[u8; 16]> {
    source.split_once('/').and_then(|(_, id)| parse_id(id))
}
