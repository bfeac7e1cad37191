//! A member with her real keys and a hacked client, against the real server and the real
//! vaults of the others (SECURITY.md): what she tries is refused by the server and, where a
//! server could be made to pass it on, again by every member who receives it.

use wayfinder_core::CaseId;
use wayfinder_link::LinkError;
use wayfinder_sync::blob::{self, BlobExtras};
use wayfinder_sync::wire::{BlobPut, BlobState};
use wayfinder_sync::{CaseRef, RefusalCode};
use wayfinder_testkit::team::three;
use wayfinder_testkit::{child, now};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_member_can_put_other_bytes_under_another_member_s_original() {
    let team = three().await;
    let (lucia, nadia) = (team.lucia.id(), team.nadia.id());
    let case = CaseId::new(now(), [4; 10]);
    team.amira.with(|v| {
        v.create_case(case, &child("Layla Haddad"), now())
            .unwrap_or_else(|e| panic!("{e}"));
        v.share_case(case, &[lucia, nadia], false)
            .unwrap_or_else(|e| panic!("{e}"));
    });
    let original = b"%PDF-1.7 pathology: stage II, margins clear".to_vec();
    let (record, hash) = team.amira.with(|v| {
        wayfinder_testkit::add_original(v, case, "Pathology", &original, None, "Pathology report")
    });
    assert_eq!(team.amira.sync().await.blobs.sent, 1);
    assert_eq!(team.lucia.sync().await.blobs.received, 1);

    // Lucía reads the record, so she can name its original; with the case's key she seals
    // other bytes under that name, signed by her, and sends them as a first chunk.
    let case_ref = CaseRef(*case.as_bytes());
    let (me, workspace, first, (epoch, key)) = team.lucia.with(|v| {
        let first = v.first_case_key(case).ok().flatten();
        let current = v.current_case_key(case).ok().flatten();
        let account = v.team_account().ok().flatten();
        (
            v.team_identity().unwrap_or_else(|e| panic!("{e}")),
            account.unwrap_or_else(|| panic!("no account")).workspace,
            first.unwrap_or_else(|| panic!("no first key")),
            current.unwrap_or_else(|| panic!("no key")),
        )
    });
    let name = blob::name(&first, case_ref, &hash);
    let forged = b"%PDF-1.7 pathology: stage IV, margins close".to_vec();
    assert_eq!(
        forged.len(),
        original.len(),
        "the same size, as a receiver checks it"
    );
    let plain = blob::plaintext(&me, case_ref, name, &BlobExtras::default(), &forged);
    let head = plain.len() - forged.len();
    let put = BlobPut {
        case: case_ref,
        name,
        epoch,
        index: 0,
        total: blob::chunks(plain.len() as u64),
        chunk: blob::seal_chunk(&key, epoch, name, &plain, head, 0)
            .unwrap_or_else(|e| panic!("{e}")),
    };
    // The server: the name is Amira's, who began it.
    let refused: Result<BlobState, _> = team
        .lucia
        .remote
        .call_as(workspace, &me, "/v1/blob/put", &put)
        .await;
    assert!(
        matches!(refused, Err(LinkError::Refused(RefusalCode::BlobTaken))),
        "{refused:?}"
    );

    // A server that sides with her serves her chunk in place of Amira's: Nadia's vault finds
    // it signed by someone who did not write the record, keeps none of it and counts it aside.
    let needle = hex::encode(name.0);
    let stored = wayfinder_testkit::files_under(&team.server.data.join("blobs"))
        .into_iter()
        .find(|p| p.to_string_lossy().contains(&needle))
        .unwrap_or_else(|| panic!("no chunk stored"));
    let honest = std::fs::read(&stored).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&stored, &put.chunk).unwrap_or_else(|e| panic!("{e}"));
    let got = team.nadia.sync().await;
    assert_eq!((got.blobs.received, got.blobs.held), (0, 1), "{got:?}");
    assert_eq!(
        team.nadia
            .with(|v| v.sync_pending().unwrap_or_else(|e| panic!("{e}")).held),
        1
    );
    let kept = team.nadia.with(|v| {
        let (_, blob) = v.record(record).ok()?;
        v.files().read_all(blob.file).ok().map(|b| b.to_vec())
    });
    assert_eq!(kept, None, "the forged original was kept");
    // The server serves Amira's chunk again; Nadia tries what was held aside once more (the
    // Team screen's "Try again"), and the next round brings the original.
    std::fs::write(&stored, &honest).unwrap_or_else(|e| panic!("{e}"));
    team.nadia
        .with(|v| v.retry_held(now()).unwrap_or_else(|e| panic!("{e}")));
    let got = team.nadia.sync().await;
    assert_eq!((got.blobs.received, got.blobs.held), (1, 0), "{got:?}");
    let kept = team.nadia.with(|v| {
        let (_, blob) = v.record(record).ok()?;
        v.files().read_all(blob.file).ok().map(|b| b.to_vec())
    });
    assert_eq!(kept.as_deref(), Some(&original[..]));
    // Lucía's copy, fetched before, is Amira's bytes.
    let hers = team.lucia.with(|v| {
        let (_, blob) = v.record(record).ok()?;
        v.files().read_all(blob.file).ok().map(|b| b.to_vec())
    });
    assert_eq!(hers, Some(original));
}
