//! A built-in sample case (a child with medulloblastoma, her parents, her treatment, three
//! records, a consent, a request to a tumour board and a logged call), in any of the six
//! languages, for `wayfinder-fhir export-sample` and for the tests that hand its Bundle to
//! validators no one here wrote.

use crate::{CaseEntity, Original};
use sha2::Digest;
use std::collections::BTreeMap;
use wayfinder_core::schema::{Content, EntityKind, Media};

/// The six languages' child, guardians and diagnosis in words.
fn words(language: &str) -> [&'static str; 5] {
    match language {
        "es" => [
            "Lucía Fernández García",
            "Marta García",
            "madre",
            "Meduloblastoma, grupo SHH",
            "Resección quirúrgica",
        ],
        "fr" => [
            "Émile Durand",
            "Claire Durand",
            "mère",
            "Médulloblastome, groupe SHH",
            "Exérèse chirurgicale",
        ],
        "ar" => [
            "ليلى حداد",
            "سلمى حداد",
            "الأم",
            "ورم أرومي نخاعي، مجموعة SHH",
            "استئصال جراحي",
        ],
        "zh" => ["王小明", "李梅", "母亲", "髓母细胞瘤，SHH 亚组", "手术切除"],
        "ru" => [
            "Лейла Хаддад",
            "Салма Хаддад",
            "мать",
            "Медуллобластома, группа SHH",
            "Хирургическая резекция",
        ],
        _ => [
            "Layla Haddad",
            "Salma Haddad",
            "mother",
            "Medulloblastoma, SHH group",
            "Surgical resection",
        ],
    }
}

fn id(n: u8) -> [u8; 16] {
    let mut bytes = [
        0x01, 0x93, 0x6a, 0x10, 0x00, 0x00, 0x70, 0, 0x80, 0, 0, 0, 0, 0, 0, 0,
    ];
    bytes[15] = n;
    bytes
}

/// A small PDF of one page saying what the sample record is: a real file, so that importing
/// the sample Bundle takes it through the same reading as any record.
pub fn sample_pdf(title: &str) -> Vec<u8> {
    let text: String = title
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == ' ')
        .collect();
    let stream = format!("BT /F1 18 Tf 72 720 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn entity(n: u8, kind: EntityKind, pairs: &[(&str, &str)]) -> CaseEntity {
    CaseEntity {
        id: id(n),
        kind,
        created_millis: 1_764_000_000_000 + u64::from(n) * 60_000,
        fields: crate::export::fields(pairs),
    }
}

/// The sample case in `language` (en, es, fr, ar, zh, ru), its consent allowing `identity`
/// (full, initials, none), and its records' originals by entity id.
pub fn sample(language: &str, identity: &str) -> (Vec<CaseEntity>, BTreeMap<[u8; 16], Original>) {
    let [child, guardian, relation, diagnosis, surgery] = words(language);
    let languages = if language == "en" {
        "en".to_owned()
    } else {
        format!("{language} en")
    };
    let mut originals = BTreeMap::new();
    let mut record = |n: u8, title: &str, category: &str, date: &str| {
        let bytes = sample_pdf(title);
        let content = Content {
            media: Media::Pdf,
            size: bytes.len() as u64,
            pages: 1,
            // The vault names a file by its keyed hash; with no vault, its SHA-256 stands in.
            hash: sha2::Sha256::digest(&bytes).into(),
        };
        originals.insert(
            id(n),
            Original {
                media: Media::Pdf,
                bytes,
            },
        );
        entity(
            n,
            EntityKind::Record,
            &[
                ("title", title),
                ("category", category),
                ("date", date),
                ("institution", "Hospital Universitario La Paz"),
                ("language", language),
                ("content", &content.to_text()),
            ],
        )
    };
    let pathology = record(10, "Pathology report", "pathology", "2026-09-02");
    let mri = record(11, "MRI brain", "imaging", "2026-08-28");
    let passport = record(12, "Passport", "identity-travel", "2025-01-15");
    let records = format!(
        "{} {}",
        crate::export::resource_id(&id(10)),
        crate::export::resource_id(&id(11))
    );
    let entities = vec![
        entity(
            0,
            EntityKind::Case,
            &[
                ("stage", "review"),
                ("child.name", child),
                ("child.date_of_birth", "2018-03-14"),
                ("child.sex", "female"),
                ("child.country", "JO"),
                ("child.languages", &languages),
                ("diagnosis.text", diagnosis),
                ("diagnosis.icd10", "C71.6"),
                ("diagnosis.topography", "C71.6"),
                ("diagnosis.morphology", "9471/3"),
                ("diagnosis.risk_group", "standard"),
            ],
        ),
        entity(
            1,
            EntityKind::Contact,
            &[
                ("name", guardian),
                ("relation", relation),
                ("phone", "+962 79 123 4567"),
                ("email", "guardian@example.org"),
                ("language", language),
            ],
        ),
        entity(
            2,
            EntityKind::Treatment,
            &[
                ("what", surgery),
                ("where", "Hospital Universitario La Paz"),
                ("from", "2026-09-01"),
                ("to", "2026-09-01"),
                ("outcome", "Gross total resection"),
            ],
        ),
        entity(
            3,
            EntityKind::Treatment,
            &[("what", "Craniospinal irradiation"), ("from", "2026-10-05")],
        ),
        entity(
            4,
            EntityKind::Consent,
            &[
                ("what", "Second opinion review"),
                ("recipient", "Tumour board, Great Ormond Street"),
                ("until", "2027-06-30"),
                ("identity", identity),
            ],
        ),
        pathology,
        mri,
        passport,
        entity(
            20,
            EntityKind::Request,
            &[
                ("kind", "second-opinion"),
                ("title", "Second opinion on adjuvant therapy"),
                ("questions", "Is proton therapy advised?"),
                ("consent", &crate::export::resource_id(&id(4))),
                ("records", &records),
            ],
        ),
        entity(
            21,
            EntityKind::Recipient,
            &[
                ("request", &crate::export::resource_id(&id(20))),
                ("institution", &crate::export::resource_id(&id(90))),
                ("institution_name", "Great Ormond Street Hospital"),
                ("status", "sent"),
                ("follow_up", "2026-12-15"),
            ],
        ),
        entity(
            22,
            EntityKind::Communication,
            &[
                ("channel", "phone"),
                ("direction", "outgoing"),
                ("date", "2026-11-20"),
                ("institution_name", "Great Ormond Street Hospital"),
                ("contact", "Dr Jane Smith"),
                ("request", &crate::export::resource_id(&id(20))),
                ("summary", "Called to confirm the packet arrived."),
            ],
        ),
    ];
    (entities, originals)
}
