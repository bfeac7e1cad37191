//! The command a privacy officer runs, on a statement as the app writes it: accepted as it
//! is, refused once a byte changed.

use std::process::Command;
use wayfinder_sync::MemberId;
use wayfinder_sync::audit::Signer;
use wayfinder_sync::statement::{Disclosed, FORMAT, StatementBody, sign};

#[test]
fn wayfinder_audit_verify_accepts_a_statement_and_refuses_a_changed_one() {
    let body = StatementBody {
        format: FORMAT.into(),
        case: "0193a0c2-0000-7000-8000-000000000001".into(),
        child: "ليلى حداد".into(),
        made_at: "2026-12-06T10:00:00Z".into(),
        made_by: "Maria".into(),
        disclosures: vec![Disclosed {
            at: "2026-11-20T09:12:00Z".into(),
            report: "fhir".into(),
            recipient: "Great Ormond Street".into(),
            language: "en".into(),
            file: Some("case-2026-11-20.fhir.json".into()),
            sha256: Some("0f".repeat(32)),
            consent: None,
            records: Vec::new(),
            by: "Maria".into(),
        }],
    };
    let file = sign(body, &Signer::from_seed(MemberId([1; 16]), &[2; 32]))
        .unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("statement.json");
    let run = |bytes: &[u8]| {
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
        Command::new(env!("CARGO_BIN_EXE_wayfinder-audit"))
            .arg("verify")
            .arg(&path)
            .output()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let ok = run(&file);
    let said = String::from_utf8_lossy(&ok.stdout);
    assert!(ok.status.success(), "{said}");
    assert!(said.starts_with("valid: 1 disclosures"), "{said}");
    assert!(said.contains(&"0f".repeat(32)), "{said}");
    // The hash of the file sent, changed by one digit.
    let text = String::from_utf8_lossy(&file).replacen(
        &"0f".repeat(32),
        &format!("1f{}", "0f".repeat(31)),
        1,
    );
    let refused = run(text.as_bytes());
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("refused"));
}
