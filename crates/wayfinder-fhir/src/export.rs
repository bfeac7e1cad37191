//! A case as a FHIR R4 Bundle of type `collection`: the child as a Patient (as much of her
//! identity as the chosen consent allows, as reports do), guardians as RelatedPersons, the
//! diagnosis as a Condition, the treatment history as Procedures, records as DocumentReferences
//! (with a DiagnosticReport for a pathology, imaging, lab or biomarker result), consents,
//! requests as ServiceRequests with a Task per institution, and the communication log.

use crate::model::*;
use crate::{CaseEntity, Original, codes};
use base64::Engine as _;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use wayfinder_core::coordination::Status;
use wayfinder_core::disclosure::{Disclosure, initials};
use wayfinder_core::schema::{Content, EntityKind, split_codes};

/// What she chose for the export.
#[derive(Clone, Copy, Debug)]
pub struct Choice {
    /// How much of the child's identity the Bundle shows, from the consent she chose.
    pub disclosure: Disclosure,
    /// Whether records carry their originals, or only what they are.
    pub originals: bool,
    pub now: DateTime<Utc>,
}

/// A Bundle, and what was left out of it.
#[derive(Debug)]
pub struct Exported {
    pub bundle: Value,
    /// Records left out because they identify the child (passports, visas) and the consent
    /// does not let her name be shown.
    pub left_out: Vec<[u8; 16]>,
}

/// An entity's id as the UUID that names its resource.
pub fn resource_id(id: &[u8; 16]) -> String {
    uuid::Uuid::from_bytes(*id).hyphenated().to_string()
}

/// A resource made of an entity that has none of its own (the case's Condition), named by a
/// UUID derived from the entity's id, so that exporting again names it the same.
fn derived_id(id: &[u8; 16], what: &str) -> String {
    let digest = Sha256::new()
        .chain_update(id)
        .chain_update(what.as_bytes())
        .finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes)
        .into_uuid()
        .hyphenated()
        .to_string()
}

fn urn(id: &str) -> String {
    format!("urn:uuid:{id}")
}

fn reference(id: &str) -> Reference {
    Reference {
        reference: Some(urn(id)),
        ..Reference::default()
    }
}

fn display(text: &str) -> Reference {
    Reference {
        display: Some(text.to_owned()),
        ..Reference::default()
    }
}

fn text(text: &str) -> CodeableConcept {
    CodeableConcept {
        text: Some(text.to_owned()),
        ..CodeableConcept::default()
    }
}

fn coded(system: &str, code: &str, shown: Option<&str>) -> CodeableConcept {
    CodeableConcept {
        coding: vec![coding(system, code, shown)],
        ..CodeableConcept::default()
    }
}

fn coding(system: &str, code: &str, shown: Option<&str>) -> Coding {
    Coding {
        system: Some(system.to_owned()),
        code: Some(code.to_owned()),
        display: shown.map(str::to_owned),
        ..Coding::default()
    }
}

fn language(code: &str, preferred: bool) -> Communicates {
    Communicates {
        language: coded(codes::BCP47, code, None),
        preferred,
        ..Communicates::default()
    }
}

fn instant(millis: u64) -> String {
    Utc.timestamp_millis_opt(i64::try_from(millis).unwrap_or(i64::MAX))
        .single()
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn field<'a>(entity: &'a CaseEntity, name: &str) -> Option<&'a str> {
    entity
        .fields
        .get(name)
        .map(String::as_str)
        .filter(|v| !v.trim().is_empty())
}

fn name(full: &str, disclosure: Disclosure) -> Vec<HumanName> {
    let shown = match disclosure {
        Disclosure::Full => full.to_owned(),
        Disclosure::Initials => initials(full),
        Disclosure::Nothing => return Vec::new(),
    };
    vec![HumanName {
        text: Some(shown),
        ..HumanName::default()
    }]
}

struct Writer {
    entries: Vec<Entry>,
}

impl Writer {
    fn add<T: serde::Serialize>(&mut self, kind: &str, id: &str, body: &T) {
        self.entries.push(Entry {
            full_url: Some(urn(id)),
            resource: Some(resource(kind, body)),
            ..Entry::default()
        });
    }
}

/// The case's entities (the case itself first, as the vault lists them) as a Bundle;
/// `original` gives a record's file when she chose to send originals.
pub fn export(
    entities: &[CaseEntity],
    original: &mut dyn FnMut(&CaseEntity) -> Option<Original>,
    choice: &Choice,
) -> Exported {
    let mut out = Writer {
        entries: Vec::new(),
    };
    let mut left_out = Vec::new();
    let Some(case) = entities.iter().find(|e| e.kind == EntityKind::Case) else {
        return Exported {
            bundle: bundle(None, out, choice.now),
            left_out,
        };
    };
    let patient_id = resource_id(&case.id);
    let patient = reference(&patient_id);
    let disclosure = choice.disclosure;
    let languages = field(case, "child.languages")
        .map(split_codes)
        .unwrap_or_default();
    out.add(
        "Patient",
        &patient_id,
        &Patient {
            id: Some(patient_id.clone()),
            name: field(case, "child.name")
                .map(|n| name(n, disclosure))
                .unwrap_or_default(),
            gender: field(case, "child.sex").map(str::to_owned),
            birth_date: field(case, "child.date_of_birth")
                .filter(|_| disclosure.shows_birth_date())
                .map(str::to_owned),
            address: field(case, "child.country")
                .filter(|_| disclosure.shows_country())
                .map(|c| {
                    vec![Address {
                        country: Some(c.to_owned()),
                        ..Address::default()
                    }]
                })
                .unwrap_or_default(),
            communication: languages
                .iter()
                .enumerate()
                .map(|(i, l)| language(l, i == 0))
                .collect(),
            ..Patient::default()
        },
    );
    if let Some(condition) = condition(case, &patient) {
        let id = derived_id(&case.id, "condition");
        out.add(
            "Condition",
            &id,
            &Condition {
                id: Some(id.clone()),
                ..condition
            },
        );
    }
    for entity in entities {
        let id = resource_id(&entity.id);
        match entity.kind {
            EntityKind::Contact => out.add(
                "RelatedPerson",
                &id,
                &related_person(entity, &id, &patient, disclosure),
            ),
            EntityKind::Treatment => out.add("Procedure", &id, &procedure(entity, &id, &patient)),
            EntityKind::Record => {
                let category = field(entity, "category").unwrap_or("other");
                if category == "identity-travel" && disclosure != Disclosure::Full {
                    left_out.push(entity.id);
                    continue;
                }
                let report = codes::report_category(category).map(|(code, shown)| {
                    let report_id = derived_id(&entity.id, "report");
                    out.add(
                        "DiagnosticReport",
                        &report_id,
                        &DiagnosticReport {
                            id: Some(report_id.clone()),
                            status: "final".into(),
                            category: vec![coded(codes::V2_0074, code, Some(shown))],
                            code: text(field(entity, "title").unwrap_or(category)),
                            subject: Some(patient.clone()),
                            effective_date_time: field(entity, "date").map(str::to_owned),
                            performer: field(entity, "institution")
                                .map(|i| vec![display(i)])
                                .unwrap_or_default(),
                            ..DiagnosticReport::default()
                        },
                    );
                    reference(&report_id)
                });
                let file = if choice.originals {
                    original(entity)
                } else {
                    None
                };
                out.add(
                    "DocumentReference",
                    &id,
                    &document(entity, &id, &patient, file, report),
                );
            }
            EntityKind::Consent => {
                out.add("Consent", &id, &consent(entity, &id, &patient, choice.now))
            }
            EntityKind::Request => out.add(
                "ServiceRequest",
                &id,
                &service_request(entity, &id, &patient),
            ),
            EntityKind::Recipient => out.add("Task", &id, &task(entity, &id, &patient)),
            EntityKind::Communication => {
                out.add("Communication", &id, &communication(entity, &id, &patient))
            }
            _ => {}
        }
    }
    Exported {
        bundle: bundle(Some(&case.id), out, choice.now),
        left_out,
    }
}

fn bundle(case: Option<&[u8; 16]>, out: Writer, now: DateTime<Utc>) -> Value {
    resource(
        "Bundle",
        &Bundle {
            identifier: case.map(|c| Identifier {
                system: Some("urn:ietf:rfc:3986".into()),
                value: Some(urn(&derived_id(c, "bundle"))),
                ..Identifier::default()
            }),
            kind: "collection".into(),
            timestamp: Some(now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            entry: out.entries,
            ..Bundle::default()
        },
    )
}

fn condition(case: &CaseEntity, patient: &Reference) -> Option<Condition> {
    let icd10 = field(case, "diagnosis.icd10")
        .map(split_codes)
        .unwrap_or_default();
    let morphology = field(case, "diagnosis.morphology")
        .map(split_codes)
        .unwrap_or_default();
    let topography = field(case, "diagnosis.topography")
        .map(split_codes)
        .unwrap_or_default();
    let words = field(case, "diagnosis.text");
    let risk = field(case, "diagnosis.risk_group");
    if icd10.is_empty()
        && morphology.is_empty()
        && topography.is_empty()
        && words.is_none()
        && risk.is_none()
    {
        return None;
    }
    let mut code = CodeableConcept {
        text: words.map(str::to_owned),
        ..CodeableConcept::default()
    };
    code.coding
        .extend(icd10.iter().map(|c| coding(codes::ICD10, c, None)));
    code.coding
        .extend(morphology.iter().map(|c| coding(codes::ICD_O_3, c, None)));
    Some(Condition {
        code: Some(code),
        body_site: topography
            .iter()
            .map(|c| coded(codes::ICD_O_3, c, None))
            .collect(),
        subject: patient.clone(),
        stage: risk
            .map(|r| {
                vec![ConditionStage {
                    summary: Some(text(r)),
                    ..ConditionStage::default()
                }]
            })
            .unwrap_or_default(),
        ..Condition::default()
    })
}

fn related_person(
    entity: &CaseEntity,
    id: &str,
    patient: &Reference,
    disclosure: Disclosure,
) -> RelatedPerson {
    let mut telecom = Vec::new();
    if disclosure == Disclosure::Full {
        for (system, name) in [("phone", "phone"), ("email", "email")] {
            if let Some(value) = field(entity, name) {
                telecom.push(ContactPoint {
                    system: Some(system.into()),
                    value: Some(value.to_owned()),
                    ..ContactPoint::default()
                });
            }
        }
    }
    RelatedPerson {
        id: Some(id.to_owned()),
        patient: patient.clone(),
        relationship: field(entity, "relation")
            .map(|r| vec![text(r)])
            .unwrap_or_default(),
        name: field(entity, "name")
            .map(|n| name(n, disclosure))
            .unwrap_or_default(),
        telecom,
        communication: field(entity, "language")
            .map(|l| vec![language(l, true)])
            .unwrap_or_default(),
        ..RelatedPerson::default()
    }
}

fn procedure(entity: &CaseEntity, id: &str, patient: &Reference) -> Procedure {
    let from = field(entity, "from");
    let to = field(entity, "to");
    Procedure {
        id: Some(id.to_owned()),
        status: match (from, to) {
            (_, Some(_)) => "completed",
            (Some(_), None) => "in-progress",
            (None, None) => "unknown",
        }
        .into(),
        code: field(entity, "what").map(text),
        subject: patient.clone(),
        performed_period: (from.is_some() || to.is_some()).then(|| Period {
            start: from.map(str::to_owned),
            end: to.map(str::to_owned),
            ..Period::default()
        }),
        location: field(entity, "where").map(display),
        outcome: field(entity, "outcome").map(text),
        ..Procedure::default()
    }
}

fn document(
    entity: &CaseEntity,
    id: &str,
    patient: &Reference,
    file: Option<Original>,
    report: Option<Reference>,
) -> DocumentReference {
    let category = field(entity, "category").unwrap_or("other");
    let content = field(entity, "content").and_then(Content::parse);
    let date = field(entity, "date");
    DocumentReference {
        id: Some(id.to_owned()),
        status: "current".into(),
        kind: codes::document_type(category)
            .map(|(code, shown)| coded(codes::LOINC, code, Some(shown))),
        category: vec![coded(codes::CATEGORY, category, None)],
        subject: Some(patient.clone()),
        date: Some(instant(entity.created_millis)),
        author: field(entity, "institution")
            .map(|i| vec![display(i)])
            .unwrap_or_default(),
        description: field(entity, "title").map(str::to_owned),
        content: vec![DocumentContent {
            attachment: Attachment {
                content_type: content.map(|c| codes::mime(c.media).to_owned()),
                language: field(entity, "language").map(str::to_owned),
                size: file
                    .as_ref()
                    .map(|f| f.bytes.len() as u64)
                    .or(content.map(|c| c.size)),
                data: file.map(|f| base64::engine::general_purpose::STANDARD.encode(&f.bytes)),
                title: field(entity, "title").map(str::to_owned),
                creation: date.map(str::to_owned),
                ..Attachment::default()
            },
            ..DocumentContent::default()
        }],
        context: (date.is_some() || report.is_some()).then(|| DocumentContext {
            period: date.map(|d| Period {
                start: Some(d.to_owned()),
                ..Period::default()
            }),
            related: report.into_iter().collect(),
            ..DocumentContext::default()
        }),
        ..DocumentReference::default()
    }
}

fn consent(entity: &CaseEntity, id: &str, patient: &Reference, now: DateTime<Utc>) -> Consent {
    let until = field(entity, "until");
    let expired = until
        .and_then(|u| NaiveDate::parse_from_str(u, "%Y-%m-%d").ok())
        .is_some_and(|u| u < now.date_naive());
    Consent {
        id: Some(id.to_owned()),
        extension: field(entity, "identity")
            .map(|level| {
                vec![Extension {
                    url: codes::IDENTITY_EXTENSION.into(),
                    value_code: Some(level.to_owned()),
                    ..Extension::default()
                }]
            })
            .unwrap_or_default(),
        status: if expired { "inactive" } else { "active" }.into(),
        scope: coded(
            codes::CONSENT_SCOPE,
            "patient-privacy",
            Some("Privacy Consent"),
        ),
        category: vec![coded(codes::LOINC, "59284-0", Some("Patient Consent"))],
        patient: Some(patient.clone()),
        policy_rule: Some(coded(codes::ACT_CODE, "OPTIN", Some("opt-in"))),
        provision: Some(Provision {
            kind: Some("permit".into()),
            period: until.map(|u| Period {
                end: Some(u.to_owned()),
                ..Period::default()
            }),
            actor: field(entity, "recipient")
                .map(|r| {
                    vec![ProvisionActor {
                        role: coded(codes::PARTICIPATION, "IRCP", Some("information recipient")),
                        reference: display(r),
                        ..ProvisionActor::default()
                    }]
                })
                .unwrap_or_default(),
            code: field(entity, "what")
                .map(|w| vec![text(w)])
                .unwrap_or_default(),
            ..Provision::default()
        }),
        ..Consent::default()
    }
}

fn refs(entity: &CaseEntity, name: &str) -> Vec<Reference> {
    field(entity, name)
        .map(split_codes)
        .unwrap_or_default()
        .iter()
        .filter_map(|hex| crate::parse_id(hex))
        .map(|id| reference(&resource_id(&id)))
        .collect()
}

fn service_request(entity: &CaseEntity, id: &str, patient: &Reference) -> ServiceRequest {
    let kind = field(entity, "kind").unwrap_or("second-opinion");
    ServiceRequest {
        id: Some(id.to_owned()),
        status: "active".into(),
        intent: "proposal".into(),
        code: Some(CodeableConcept {
            coding: vec![coding(codes::REQUEST_KIND, kind, None)],
            text: field(entity, "title").map(str::to_owned),
            ..CodeableConcept::default()
        }),
        subject: patient.clone(),
        authored_on: Some(instant(entity.created_millis)),
        supporting_info: refs(entity, "records"),
        note: field(entity, "questions")
            .map(|q| {
                vec![Annotation {
                    text: q.to_owned(),
                    ..Annotation::default()
                }]
            })
            .unwrap_or_default(),
        ..ServiceRequest::default()
    }
}

fn task(entity: &CaseEntity, id: &str, patient: &Reference) -> Task {
    let status = field(entity, "status")
        .and_then(Status::parse)
        .map_or("requested", Status::fhir_task_status);
    Task {
        id: Some(id.to_owned()),
        status: status.into(),
        intent: "order".into(),
        focus: refs(entity, "request").into_iter().next(),
        for_whom: Some(patient.clone()),
        owner: field(entity, "institution_name").map(display),
        restriction: field(entity, "follow_up").map(|d| TaskRestriction {
            period: Some(Period {
                end: Some(d.to_owned()),
                ..Period::default()
            }),
            ..TaskRestriction::default()
        }),
        note: field(entity, "outcome")
            .map(|o| {
                vec![Annotation {
                    text: o.to_owned(),
                    ..Annotation::default()
                }]
            })
            .unwrap_or_default(),
        ..Task::default()
    }
}

fn communication(entity: &CaseEntity, id: &str, patient: &Reference) -> Communication {
    let incoming = field(entity, "direction") == Some("incoming");
    let date = field(entity, "date").map(str::to_owned);
    let party = [field(entity, "contact"), field(entity, "institution_name")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let party = (!party.is_empty()).then(|| display(&party));
    Communication {
        id: Some(id.to_owned()),
        status: "completed".into(),
        based_on: refs(entity, "request"),
        medium: field(entity, "channel")
            .map(|c| vec![coded(codes::CHANNEL, c, None)])
            .unwrap_or_default(),
        subject: Some(patient.clone()),
        sent: if incoming { None } else { date.clone() },
        received: if incoming { date } else { None },
        recipient: if incoming {
            Vec::new()
        } else {
            party.clone().into_iter().collect()
        },
        sender: if incoming { party } else { None },
        payload: field(entity, "summary")
            .map(|s| {
                vec![Payload {
                    content_string: Some(s.to_owned()),
                    ..Payload::default()
                }]
            })
            .unwrap_or_default(),
        ..Communication::default()
    }
}

/// The entities' fields by name, for callers that hold them another way.
pub fn fields(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}
