//! The Bundles Wayfinder writes, checked by three validators no one here wrote (installed by
//! `scripts/setup` into `tests/fhir`), the official R4 examples read without a loss, and a
//! round trip that changes nothing.

use chrono::{TimeZone, Utc};
use serde_json::Value;
use sha2::Digest;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use wayfinder_core::disclosure::Disclosure;
use wayfinder_core::schema::{Content, EntityKind, Media};
use wayfinder_fhir::{CaseEntity, Choice, Original, export, read_bundle, sample};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn validators() -> PathBuf {
    let dir = root().join("tests/fhir");
    assert!(
        dir.join("node_modules/fhir").is_dir(),
        "the FHIR validators are missing from tests/fhir: run scripts/setup"
    );
    dir
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 6, 9, 30, 0)
        .single()
        .unwrap_or_default()
}

fn sample_bundle(language: &str, identity: &str, originals: bool) -> (Value, Vec<[u8; 16]>) {
    let (entities, files) = sample::sample(language, identity);
    let exported = export(
        &entities,
        &mut |e| files.get(&e.id).cloned(),
        &Choice {
            disclosure: Disclosure::parse(Some(identity)),
            originals,
            now: now(),
        },
    );
    (exported.bundle, exported.left_out)
}

fn lines(output: std::process::Output) -> Vec<Value> {
    assert!(
        output.status.success(),
        "validator failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or(Value::Null))
        .collect()
}

/// Each file's errors by validator: the R4 JSON schema, the `fhir` package, fhir.resources.
fn validate(files: &[PathBuf]) -> BTreeMap<String, Vec<String>> {
    let dir = validators();
    let node = Command::new("node")
        .arg(dir.join("validate.js"))
        .args(files)
        .current_dir(&dir)
        .output()
        .unwrap_or_else(|e| panic!("node runs: {e}"));
    let python = Command::new("python3")
        .arg(dir.join("validate.py"))
        .args(files)
        .env("PYTHONPATH", root().join(".deps/fhir-python"))
        .output()
        .unwrap_or_else(|e| panic!("python3 runs: {e}"));
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in lines(node) {
        let file = line["file"].as_str().unwrap_or_default().to_owned();
        for key in ["schema", "fhirjs"] {
            for e in line[key].as_array().into_iter().flatten() {
                errors
                    .entry(file.clone())
                    .or_default()
                    .push(format!("{key}: {}", e.as_str().unwrap_or_default()));
            }
        }
        errors.entry(file).or_default();
    }
    for line in lines(python) {
        let file = line["file"].as_str().unwrap_or_default().to_owned();
        for e in line["errors"].as_array().into_iter().flatten() {
            errors.entry(file.clone()).or_default().push(format!(
                "fhir.resources: {}",
                e.as_str().unwrap_or_default()
            ));
        }
    }
    assert_eq!(errors.len(), files.len(), "every file was validated");
    errors
}

#[test]
fn every_exported_bundle_passes_three_validators() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let mut files = Vec::new();
    for language in ["en", "es", "fr", "ar", "zh", "ru"] {
        for (identity, originals) in [("full", true), ("initials", false), ("none", true)] {
            let (bundle, _) = sample_bundle(language, identity, originals);
            let path = dir.path().join(format!("{language}-{identity}.json"));
            std::fs::write(
                &path,
                serde_json::to_vec_pretty(&bundle).unwrap_or_else(|e| panic!("json: {e}")),
            )
            .unwrap_or_else(|e| panic!("written: {e}"));
            files.push(path);
        }
    }
    // A broken Bundle, to show each validator can refuse: a gender R4 does not know, a field
    // no resource has, and a Procedure without its status.
    let (mut broken, _) = sample_bundle("en", "full", false);
    broken["entry"][0]["resource"]["gender"] = "girl".into();
    broken["entry"][0]["resource"]["favouriteColour"] = "blue".into();
    for entry in broken["entry"].as_array_mut().into_iter().flatten() {
        if entry["resource"]["resourceType"] == "Procedure" {
            if let Some(map) = entry["resource"].as_object_mut() {
                map.remove("status");
            }
        }
    }
    let broken_path = dir.path().join("broken.json");
    std::fs::write(
        &broken_path,
        serde_json::to_vec(&broken).unwrap_or_else(|e| panic!("json: {e}")),
    )
    .unwrap_or_else(|e| panic!("written: {e}"));
    files.push(broken_path.clone());

    let errors = validate(&files);
    let broken_errors = &errors[&broken_path.to_string_lossy().into_owned()];
    for validator in ["schema:", "fhirjs:", "fhir.resources:"] {
        assert!(
            broken_errors.iter().any(|e| e.starts_with(validator)),
            "{validator} refuses the broken Bundle: {broken_errors:?}"
        );
    }
    for (file, found) in &errors {
        if *file != broken_path.to_string_lossy() {
            assert!(found.is_empty(), "{file}: {found:#?}");
        }
    }
}

fn resources<'a>(bundle: &'a Value, kind: &str) -> Vec<&'a Value> {
    bundle["entry"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

#[test]
fn the_child_is_shown_as_the_consent_allows() {
    let (full, left_out) = sample_bundle("en", "full", true);
    let patient = resources(&full, "Patient")[0];
    assert_eq!(patient["name"][0]["text"], "Layla Haddad");
    assert_eq!(patient["birthDate"], "2018-03-14");
    assert_eq!(patient["address"][0]["country"], "JO");
    assert!(left_out.is_empty());
    assert_eq!(resources(&full, "DocumentReference").len(), 3);
    let guardian = resources(&full, "RelatedPerson")[0];
    assert_eq!(guardian["telecom"][0]["value"], "+962 79 123 4567");

    let (initials, left_out) = sample_bundle("ru", "initials", true);
    let patient = resources(&initials, "Patient")[0];
    assert_eq!(patient["name"][0]["text"], "Л. Х.");
    assert!(patient.get("birthDate").is_none());
    assert!(patient.get("address").is_none());
    assert_eq!(left_out.len(), 1, "the passport stays home");
    assert_eq!(resources(&initials, "DocumentReference").len(), 2);
    let guardian = resources(&initials, "RelatedPerson")[0];
    assert!(guardian.get("telecom").is_none());

    let (nothing, _) = sample_bundle("ar", "none", true);
    let patient = resources(&nothing, "Patient")[0];
    assert!(patient.get("name").is_none());
    assert!(
        resources(&nothing, "RelatedPerson")[0]
            .get("name")
            .is_none()
    );
    let text = serde_json::to_string(&nothing).unwrap_or_else(|e| panic!("json: {e}"));
    for secret in ["ليلى", "حداد", "2018-03-14", "+962", "guardian@example.org"] {
        assert!(
            !text.contains(secret),
            "{secret} left under no consent to name her"
        );
    }
}

#[test]
fn records_carry_their_originals_only_when_chosen() {
    let (with, _) = sample_bundle("fr", "full", true);
    let (without, _) = sample_bundle("fr", "full", false);
    let data = |b: &Value| {
        resources(b, "DocumentReference")
            .iter()
            .filter(|d| d["content"][0]["attachment"].get("data").is_some())
            .count()
    };
    assert_eq!(data(&with), 3);
    assert_eq!(data(&without), 0);
    let first = resources(&without, "DocumentReference")[0];
    assert_eq!(
        first["content"][0]["attachment"]["contentType"],
        "application/pdf"
    );
    assert_eq!(first["type"]["coding"][0]["code"], "11526-1");
    assert_eq!(resources(&with, "DiagnosticReport").len(), 2);
    let incoming = read_bundle(&serde_json::to_vec(&with).unwrap_or_else(|e| panic!("json: {e}")))
        .unwrap_or_else(|e| panic!("read: {e}"));
    let records: Vec<_> = incoming
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Record)
        .collect();
    assert_eq!(records.len(), 3);
    assert!(
        records[0]
            .original
            .as_ref()
            .is_some_and(|b| b.starts_with(b"%PDF-"))
    );
}

/// Entities as importing them would make them, with the ids the Bundle gave and the times and
/// contents the vault would give: what exporting again reads.
fn as_case(
    incoming: &wayfinder_fhir::Incoming,
    before: &[CaseEntity],
) -> (Vec<CaseEntity>, BTreeMap<[u8; 16], Original>) {
    let created = |id: &[u8; 16]| {
        before
            .iter()
            .find(|e| e.id == *id)
            .map_or(0, |e| e.created_millis)
    };
    let case_id = before[0].id;
    let mut entities = vec![CaseEntity {
        id: case_id,
        kind: EntityKind::Case,
        created_millis: created(&case_id),
        fields: incoming.case.clone(),
    }];
    let mut originals = BTreeMap::new();
    for e in &incoming.entities {
        let id = wayfinder_fhir::import::entity_of(&e.source)
            .unwrap_or_else(|| panic!("an id Wayfinder wrote"));
        let mut fields = e.fields.clone();
        if let Some(bytes) = &e.original {
            let content = Content {
                media: Media::Pdf,
                size: bytes.len() as u64,
                pages: 1,
                hash: sha2::Sha256::digest(bytes).into(),
            };
            fields.insert("content".into(), content.to_text());
            originals.insert(
                id,
                Original {
                    media: Media::Pdf,
                    bytes: bytes.clone(),
                },
            );
        }
        entities.push(CaseEntity {
            id,
            kind: e.kind,
            created_millis: created(&id),
            fields,
        });
    }
    (entities, originals)
}

#[test]
fn export_import_export_is_stable() {
    for language in ["en", "zh"] {
        // Requests and their recipients are exported but not imported (a recipient names an
        // institution of the team's directory): they are kept and listed, tested below.
        let (mut entities, files) = sample::sample(language, "full");
        entities.retain(|e| !matches!(e.kind, EntityKind::Request | EntityKind::Recipient));
        for e in &mut entities {
            e.fields.remove("request");
        }
        let choice = Choice {
            disclosure: Disclosure::Full,
            originals: true,
            now: now(),
        };
        let first = export(&entities, &mut |e| files.get(&e.id).cloned(), &choice).bundle;
        let incoming =
            read_bundle(&serde_json::to_vec(&first).unwrap_or_else(|e| panic!("json: {e}")))
                .unwrap_or_else(|e| panic!("read: {e}"));
        assert!(incoming.kept.is_empty(), "{:?}", incoming.kept);
        let (again, originals) = as_case(&incoming, &entities);
        let second = export(&again, &mut |e| originals.get(&e.id).cloned(), &choice).bundle;
        assert!(
            first == second,
            "{language}: the second export differs from the first"
        );
    }
}

#[test]
fn requests_are_kept_and_listed_not_dropped() {
    let (bundle, _) = sample_bundle("en", "full", false);
    let incoming =
        read_bundle(&serde_json::to_vec(&bundle).unwrap_or_else(|e| panic!("json: {e}")))
            .unwrap_or_else(|e| panic!("read: {e}"));
    let kept: Vec<_> = incoming
        .kept
        .iter()
        .map(|k| (k.resource.as_str(), k.reason))
        .collect();
    assert!(kept.contains(&("ServiceRequest", "no-place")), "{kept:?}");
    assert!(kept.contains(&("Task", "no-place")), "{kept:?}");
    // Records sent without their files are documents the Bundle does not carry.
    assert_eq!(
        kept.iter()
            .filter(|k| **k == ("DocumentReference", "no-file"))
            .count(),
        3
    );
    assert_eq!(
        incoming.accounted.len(),
        bundle["entry"].as_array().map_or(0, Vec::len)
    );
}

#[test]
fn a_second_child_in_a_bundle_is_never_read_as_hers() {
    let (mut bundle, _) = sample_bundle("en", "full", false);
    let other = serde_json::json!({
        "fullUrl": "urn:uuid:11111111-2222-4333-8444-555555555555",
        "resource": {"resourceType": "Patient", "id": "11111111-2222-4333-8444-555555555555",
                     "name": [{"text": "Someone Else"}], "birthDate": "2016-01-01"}
    });
    let procedure = serde_json::json!({
        "resource": {"resourceType": "Procedure", "status": "completed",
                     "code": {"text": "Not her surgery"},
                     "subject": {"reference": "urn:uuid:11111111-2222-4333-8444-555555555555"}}
    });
    let entries = bundle["entry"]
        .as_array_mut()
        .unwrap_or_else(|| panic!("entries"));
    entries.push(other);
    entries.push(procedure);
    let incoming =
        read_bundle(&serde_json::to_vec(&bundle).unwrap_or_else(|e| panic!("json: {e}")))
            .unwrap_or_else(|e| panic!("read: {e}"));
    assert_eq!(incoming.case["child.name"], "Layla Haddad");
    assert!(
        !incoming
            .entities
            .iter()
            .any(|e| e.fields.values().any(|v| v.contains("Not her")))
    );
    let other_patient = incoming
        .kept
        .iter()
        .filter(|k| k.reason == "other-patient")
        .count();
    assert_eq!(other_patient, 2);
}

#[test]
fn what_is_not_a_bundle_is_refused() {
    use wayfinder_fhir::FhirError;
    assert_eq!(read_bundle(b"%PDF-1.7"), Err(FhirError::NotJson));
    assert_eq!(
        read_bundle(br#"{"resourceType":"Patient","id":"x"}"#),
        Err(FhirError::NotABundle)
    );
    assert_eq!(read_bundle(br#"[1,2]"#), Err(FhirError::NotABundle));
    let empty = read_bundle(br#"{"resourceType":"Bundle","type":"collection"}"#)
        .unwrap_or_else(|e| panic!("read: {e}"));
    assert!(!empty.patient);
}

/// Every Bundle of the official R4 examples, and every Patient, Condition and
/// DocumentReference example wrapped in a Bundle of its own: read without a failure, every
/// entry accounted for, and those three kinds each read or kept with a reason.
#[test]
fn the_official_r4_examples_are_accounted_for() {
    let dir = validators().join("node_modules/hl7.fhir.r4.examples");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("examples: {e}"))
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| {
            ["Bundle-", "Patient-", "Condition-", "DocumentReference-"]
                .iter()
                .any(|p| n.starts_with(p))
                && n.ends_with(".json")
        })
        .collect();
    names.sort();
    let (mut bundles, mut patients, mut conditions, mut documents) = (0, 0, 0, 0);
    let mut children = 0;
    for name in &names {
        let text = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("example: {e}"));
        let value: Value =
            serde_json::from_slice(&text).unwrap_or_else(|e| panic!("example is JSON: {e}"));
        let bundle = if value["resourceType"] == "Bundle" {
            value
        } else {
            serde_json::json!({"resourceType": "Bundle", "type": "collection",
                               "entry": [{"resource": value}]})
        };
        let entries: Vec<&Value> = bundle["entry"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e.get("resource"))
            .collect();
        bundles += 1;
        let incoming =
            read_bundle(&serde_json::to_vec(&bundle).unwrap_or_else(|e| panic!("json: {e}")))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(incoming.accounted.len(), entries.len(), "{name}");
        for (entry, (kind, _, became)) in entries.iter().zip(&incoming.accounted) {
            assert_eq!(
                entry["resourceType"].as_str(),
                Some(kind.as_str()),
                "{name}"
            );
            match kind.as_str() {
                "Patient" => patients += 1,
                "Condition" => conditions += 1,
                "DocumentReference" => documents += 1,
                _ => continue,
            }
            if became == "kept" {
                let id = entry["id"].as_str().map(str::to_owned);
                assert!(
                    incoming
                        .kept
                        .iter()
                        .any(|k| k.resource == *kind && k.id == id),
                    "{name}: a kept {kind} is listed"
                );
            }
        }
        if incoming.patient {
            children += 1;
        }
        if name == "Patient-example.json" {
            assert_eq!(incoming.case["child.name"], "Peter James Chalmers");
            assert_eq!(incoming.case["child.date_of_birth"], "1974-12-25");
            assert_eq!(incoming.case["child.sex"], "male");
            let fields: Vec<_> = incoming
                .kept
                .iter()
                .flat_map(|k| k.fields.clone())
                .collect();
            assert!(fields.contains(&"telecom".to_owned()), "{fields:?}");
        }
    }
    eprintln!(
        "read {bundles} example Bundles: {patients} Patients ({children} children read), {conditions} Conditions, {documents} DocumentReferences"
    );
    // What the R4 examples package holds (79 files of these kinds, 52 Patients among them):
    // fewer would mean the package or this test's reading of it went wrong.
    assert!(bundles >= 79 && patients >= 50 && conditions >= 12 && documents >= 2);
}
