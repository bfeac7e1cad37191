//! Three real vaults and the real server over real HTTP on port 0: the coordinator creates the
//! team with the server's creation code, invites a translator and a liaison who join with
//! their invitation codes, admits them, and shares a case with the liaison only. Edits
//! travel both ways in rounds; a field both change is a conflict in both vaults; the translator
//! never receives the case; another case's original served in place of one is kept aside
//! while the rest arrive; a server that goes away and comes back changes nothing but the
//! wait; the liaison, removed, can no longer sync and the case's new epoch shuts her out.
//! Afterwards no byte the server wrote holds the canary. A server speaking another protocol
//! version, or answering garbage, is named as such.

use std::sync::Mutex;
use wayfinder_core::{CaseId, Child, CountryCode, DateOfBirth, PersonName, parse_languages};
use wayfinder_link::{LinkError, Remote, ServerAddress, round, team};
use wayfinder_sync::{CreationCode, RefusalCode, Role};
use wayfinder_testkit::server::serve;
use wayfinder_vault::{OpenVault, Passphrase, VaultDir};

const CANARY: &str = "Zorbaquill Canarywing";
/// A phrase inside a record's original, and its password.
const PHRASE: &str = "Glimmerfax Oncoquartz";
const PDF_PASSWORD: &str = "grenadine-7";

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

fn today() -> chrono::NaiveDate {
    now().date_naive()
}

struct Member {
    _dir: tempfile::TempDir,
    vault: Mutex<OpenVault>,
    remote: Remote,
}

fn member(address: &str) -> Member {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let kdf = wayfinder_testkit::FAST_KDF;
    let (vault, _) = VaultDir::new(dir.path().join("vault"))
        .create(
            &Passphrase::new("correct horse battery staple for tests"),
            kdf,
            now(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let address = ServerAddress::parse(address, false).unwrap_or_else(|e| panic!("{e}"));
    Member {
        _dir: dir,
        vault: Mutex::new(vault),
        remote: Remote::new(address).unwrap_or_else(|e| panic!("{e}")),
    }
}

impl Member {
    fn with<T>(&self, work: impl FnOnce(&mut OpenVault) -> T) -> T {
        let mut vault = self.vault.lock().unwrap_or_else(|e| panic!("{e}"));
        work(&mut vault)
    }

    async fn sync(&self) -> wayfinder_link::Progress {
        round(&self.vault, &self.remote)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", e.code()))
    }

    async fn sync_code(&self) -> &'static str {
        match round(&self.vault, &self.remote).await {
            Ok(_) => "ok",
            Err(e) => e.code(),
        }
    }

    fn names(&self, case: CaseId) -> Vec<String> {
        self.with(|v| {
            let mut names: Vec<String> = v
                .field_heads(*case.as_bytes())
                .unwrap_or_else(|e| panic!("{e}"))
                .into_iter()
                .filter(|(field, _)| field == "child.name")
                .filter_map(|(_, head)| head.value)
                .collect();
            names.sort();
            names
        })
    }

    fn has_case(&self, case: CaseId) -> bool {
        self.with(|v| v.case_file(case).is_ok())
    }
}

fn add_original(
    who: &Member,
    case: CaseId,
    title: &str,
    original: &[u8],
    secret: Option<&str>,
    text: &str,
) -> ([u8; 16], [u8; 32]) {
    who.with(|v| wayfinder_testkit::add_original(v, case, title, original, secret, text))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_shares_a_case_with_exactly_its_members_through_the_real_server() {
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let running = serve(data.path(), 0).await;
    let (port, server, address) = (running.port, running.task, running.address);
    let creation = {
        let (workspace, code) = wayfinder_server::reserve_workspace(running.store.as_ref())
            .unwrap_or_else(|e| panic!("{e}"));
        CreationCode { workspace, code }.to_text()
    };

    let amira = member(&address);
    let lucia = member(&address);
    let nadia = member(&address);
    team::create(&amira.vault, &amira.remote, &creation, "Amira")
        .await
        .unwrap_or_else(|e| panic!("{}", e.code()));
    // A creation code works once.
    let again = member(&address);
    let refused = team::create(&again.vault, &again.remote, &creation, "Again").await;
    assert_eq!(
        refused.err().map(|e| e.code()),
        Some("server-workspace-exists")
    );

    for (who, name, role) in [
        (&lucia, "Lucía", Role::Liaison),
        (&nadia, "Nadia", Role::Translator),
    ] {
        let code = team::invite(&amira.vault, &amira.remote, role)
            .await
            .unwrap_or_else(|e| panic!("{}", e.code()));
        let joined = team::join(&who.vault, &who.remote, &code, name)
            .await
            .unwrap_or_else(|e| panic!("{}", e.code()));
        assert_eq!(joined, role);
        // The same code again is refused; a mistyped one is caught before the server.
        let other = member(&address);
        let reused = team::join(&other.vault, &other.remote, &code, "Someone").await;
        assert_eq!(
            reused.err().map(|e| e.code()),
            Some("server-code-not-valid")
        );
        // One character read wrong over the phone: the check catches it (all but one time in
        // 65,536).
        let mistyped: String = code
            .chars()
            .enumerate()
            .map(|(i, c)| match (i, c) {
                (7, 'X') => 'Y',
                (7, _) => 'X',
                (_, c) => c,
            })
            .collect();
        let mistyped = team::join(&other.vault, &other.remote, &mistyped, "Someone").await;
        assert!(matches!(mistyped, Err(LinkError::BadCode(_))));
    }
    let waiting = team::waiting(&amira.vault, &amira.remote)
        .await
        .unwrap_or_else(|e| panic!("{}", e.code()));
    let names: Vec<&str> = waiting.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Lucía", "Nadia"]);
    // The admin compares fingerprints with each before admitting them.
    let lucia_id = lucia.with(|v| v.team_identity().unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(
        waiting[0].identity.fingerprint(),
        lucia_id.public().fingerprint()
    );
    let ids: Vec<_> = waiting.iter().map(|m| m.identity.member).collect();
    let roster = team::admit(&amira.vault, &amira.remote, &ids)
        .await
        .unwrap_or_else(|e| panic!("{}", e.code()));
    assert_eq!(roster.members.len(), 3);

    // The coordinator opens a case offline and shares it with the liaison only.
    let case = CaseId::new(now(), [7; 10]);
    let child = Child {
        name: PersonName::parse(CANARY).unwrap_or_else(|e| panic!("{e}")),
        date_of_birth: DateOfBirth::parse("2019-03-07", today()).unwrap_or_else(|e| panic!("{e}")),
        country: CountryCode::parse("AE").unwrap_or_else(|| panic!("country")),
        languages: parse_languages(["ar", "en"]).unwrap_or_else(|e| panic!("{e}")),
    };
    amira.with(|v| {
        v.create_case(case, &child, now())
            .unwrap_or_else(|e| panic!("{e}"));
        v.share_case(case, &[lucia_id.member()], false)
            .unwrap_or_else(|e| panic!("{e}"))
    });
    let pushed = amira.sync().await;
    assert!(pushed.pushed >= 5, "{pushed:?}");
    assert!(amira.with(|v| v.sync_pending().unwrap_or_default().unsent.is_empty()));
    // The case's key, and the team-wide scope's, which every member is given.
    let got = lucia.sync().await;
    assert_eq!((got.keys, got.held), (2, 0));
    assert_eq!(lucia.names(case), [CANARY]);
    nadia.sync().await;
    assert!(!nadia.has_case(case), "the liaison was not given the case");

    // A record's original travels sealed, with its password and its text: the liaison
    // opens the same bytes and finds the phrase by search; the liaison cannot even ask.
    let original = format!("%PDF-1.7 pathology report: {PHRASE}").into_bytes();
    let (record, _) = add_original(
        &amira,
        case,
        "Biopsy",
        &original,
        Some(PDF_PASSWORD),
        &format!("pathology report: {PHRASE}"),
    );
    let sent = amira.sync().await;
    assert_eq!(sent.blobs.sent, 1, "{sent:?}");
    let got = lucia.sync().await;
    assert_eq!(got.blobs.received, 1, "{got:?}");
    let (_, blob) = lucia.with(|v| v.record(record).unwrap_or_else(|e| panic!("{e}")));
    let bytes = lucia.with(|v| {
        v.files()
            .read_all(blob.file)
            .unwrap_or_else(|e| panic!("{e}"))
    });
    assert_eq!(bytes.as_slice(), original.as_slice());
    assert_eq!(blob.secret.as_deref(), Some(PDF_PASSWORD));
    let hits = lucia.with(|v| {
        v.search("Oncoquartz", wayfinder_vault::Scope::Everything, 10)
            .unwrap_or_else(|e| panic!("{e}"))
    });
    assert!(
        !hits.is_empty(),
        "the liaison's search does not find the phrase"
    );
    // Her audit entries came with the case, through the server, sealed like edits: the
    // liaison sees who made the case and who imported the record, and Amira's chain checks.
    let amira_id = amira.with(|v| v.team_identity().unwrap_or_else(|e| panic!("{e}")));
    let log = lucia.with(|v| v.audit_log(Some(case)).unwrap_or_else(|e| panic!("{e}")));
    assert!(
        log.iter().any(|row| row.author == amira_id.member()
            && row.action == wayfinder_sync::audit::AuditAction::FieldChanged),
        "{log:?}"
    );
    let chains = lucia.with(|v| v.audit_check(case).unwrap_or_else(|e| panic!("{e}")));
    let hers: Vec<_> = chains
        .iter()
        .filter(|c| c.author == amira_id.member())
        .collect();
    assert_eq!(hers.len(), 1, "{chains:?}");
    assert!(hers[0].checked.is_whole(), "{chains:?}");
    assert_eq!(hers[0].checked.verified, hers[0].entries);
    assert!(
        amira.with(|v| v.sealed_audit_outbox().unwrap_or_default().is_empty()),
        "every entry acknowledged"
    );
    // Syncing again sends and fetches nothing more.
    assert_eq!(amira.sync().await.blobs, Default::default());
    assert_eq!(lucia.sync().await.blobs, Default::default());

    // A server that serves another case's original in place of one: the substitute does not
    // open under this case's key, so it is kept aside, never stored, and is not fetched again;
    // the other original still arrives whole.
    let second = CaseId::new(now(), [8; 10]);
    amira.with(|v| {
        v.create_case(second, &child, now())
            .unwrap_or_else(|e| panic!("{e}"));
        v.share_case(second, &[lucia_id.member()], false)
            .unwrap_or_else(|e| panic!("{e}"))
    });
    let letter_bytes = b"%PDF-1.7 discharge letter".to_vec();
    let scan_bytes = b"%PDF-1.7 scan of the second case".to_vec();
    let (letter, letter_hash) = add_original(&amira, case, "Letter", &letter_bytes, None, "");
    let (scan, scan_hash) = add_original(&amira, second, "Scan", &scan_bytes, None, "");
    assert_eq!(amira.sync().await.blobs.sent, 2);
    let chunk_of = |of: CaseId, hash: &[u8; 32]| {
        let first = amira.with(|v| {
            v.first_case_key(of)
                .unwrap_or_else(|e| panic!("{e}"))
                .unwrap_or_else(|| panic!("no key"))
        });
        let name =
            wayfinder_sync::blob::name(&first, wayfinder_sync::CaseRef(*of.as_bytes()), hash);
        let needle = hex::encode(name.0);
        wayfinder_testkit::files_under(&data.path().join("blobs"))
            .into_iter()
            .find(|p| p.to_string_lossy().contains(&needle))
            .unwrap_or_else(|| panic!("no chunk stored"))
    };
    std::fs::copy(chunk_of(second, &scan_hash), chunk_of(case, &letter_hash))
        .unwrap_or_else(|e| panic!("{e}"));
    let got = lucia.sync().await;
    assert_eq!((got.blobs.received, got.blobs.held), (1, 1), "{got:?}");
    assert_eq!(lucia.with(|v| v.sync_pending().unwrap_or_default().held), 1);
    let read = |record| {
        lucia.with(|v| {
            let (_, blob) = v.record(record).ok()?;
            v.files().read_all(blob.file).ok().map(|b| b.to_vec())
        })
    };
    assert_eq!(read(scan), Some(scan_bytes));
    assert_eq!(read(letter), None, "the substitute was stored");
    assert_eq!(lucia.sync().await.blobs, Default::default());
    let nadia_me = nadia.with(|v| v.team_identity().unwrap_or_else(|e| panic!("{e}")));
    let first = amira.with(|v| {
        v.first_case_key(case)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no key"))
    });
    let asked: Result<wayfinder_sync::wire::BlobState, _> = nadia
        .remote
        .call_as(
            roster.workspace,
            &nadia_me,
            "/v1/blob/state",
            &wayfinder_sync::wire::BlobAsk {
                case: wayfinder_sync::CaseRef(*case.as_bytes()),
                name: wayfinder_sync::blob::name(
                    &first,
                    wayfinder_sync::CaseRef(*case.as_bytes()),
                    &blob.content.hash,
                ),
                index: 0,
            },
        )
        .await;
    assert!(
        matches!(&asked, Err(LinkError::Refused(RefusalCode::CaseNotHeld))),
        "{asked:?}"
    );

    // Both rename the child while apart: both see the conflict.
    amira.with(|v| {
        v.edit_field(
            *case.as_bytes(),
            "child.name",
            Some("Layla Haddad"),
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    });
    lucia.with(|v| {
        v.edit_field(
            *case.as_bytes(),
            "child.name",
            Some("Leila Haddad"),
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    });
    for _ in 0..2 {
        amira.sync().await;
        lucia.sync().await;
    }
    assert_eq!(amira.names(case), ["Layla Haddad", "Leila Haddad"]);
    assert_eq!(lucia.names(case), ["Layla Haddad", "Leila Haddad"]);
    // She resolves it; the choice reaches the other.
    lucia.with(|v| {
        v.edit_field(
            *case.as_bytes(),
            "child.name",
            Some("Layla Haddad"),
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    });
    lucia.sync().await;
    amira.sync().await;
    assert_eq!(amira.names(case), ["Layla Haddad"]);

    // The server goes away: her edit waits in the outbox; it comes back on the same port and
    // the edit arrives.
    server.abort();
    let _ = server.await;
    amira.with(|v| {
        v.edit_field(
            *case.as_bytes(),
            "diagnosis.text",
            Some("medulloblastoma"),
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    });
    assert_eq!(amira.sync_code().await, "link-offline");
    assert_eq!(
        amira.with(|v| v.sync_pending().unwrap_or_default().unsent.len()),
        1,
        "the edit is still waiting"
    );
    let server = serve(data.path(), port).await.task;
    amira.sync().await;
    lucia.sync().await;
    let diagnosis = lucia.with(|v| {
        v.field_heads(*case.as_bytes())
            .unwrap_or_default()
            .into_iter()
            .find(|(f, _)| f == "diagnosis.text")
            .and_then(|(_, h)| h.value)
    });
    assert_eq!(diagnosis.as_deref(), Some("medulloblastoma"));

    // The liaison is removed: she can no longer sync, and the case's next edit is sealed
    // under a key she does not have.
    team::remove(&amira.vault, &amira.remote, lucia_id.member())
        .await
        .unwrap_or_else(|e| panic!("{}", e.code()));
    amira.with(|v| {
        v.edit_field(
            *case.as_bytes(),
            "child.name",
            Some("Layla H."),
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    });
    amira.sync().await;
    assert_eq!(lucia.sync_code().await, "server-not-a-member");
    assert_eq!(lucia.names(case), ["Layla Haddad"]);

    // Nothing the server wrote holds the canary, in any of the usual encodings.
    server.abort();
    let _ = server.await;
    let needles: Vec<Vec<u8>> = vec![
        CANARY.as_bytes().to_vec(),
        CANARY.to_lowercase().into_bytes(),
        CANARY.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        b"medulloblastoma".to_vec(),
        PHRASE.as_bytes().to_vec(),
        PDF_PASSWORD.as_bytes().to_vec(),
    ];
    let files = wayfinder_testkit::files_under(data.path());
    assert!(!files.is_empty());
    for file in files {
        let bytes = std::fs::read(&file).unwrap_or_default();
        for needle in &needles {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_slice()),
                "{} holds a canary",
                file.display()
            );
        }
    }
}

/// A stand-in server that answers every request with `answer` and `status`.
async fn stand_in(status: u16, answer: Vec<u8>) -> String {
    let app = axum_like(status, answer);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let address = format!(
        "http://{}",
        listener.local_addr().unwrap_or_else(|e| panic!("{e}"))
    );
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let reply = app.clone();
            tokio::spawn(async move {
                use tokio::io::{AsyncReadExt, AsyncWriteExt};
                let mut buffer = vec![0u8; 64 * 1024];
                let _ = socket.read(&mut buffer).await;
                let _ = socket.write_all(&reply).await;
            });
        }
    });
    address
}

/// An HTTP/1.1 response with `status` and `body`.
fn axum_like(status: u16, body: Vec<u8>) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status} X\r\ncontent-type: application/x-wayfinder\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend(body);
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_of_another_version_or_none_at_all_is_named_as_such() {
    let code = |r: Result<wayfinder_sync::Role, LinkError>| r.err().map(|e| e.code());
    let invitation = wayfinder_sync::InvitationCode {
        workspace: wayfinder_sync::WorkspaceId([1; 16]),
        secret: [2; 16],
        pin: wayfinder_sync::Pin([3; 16]),
    }
    .to_text();

    // A newer server refuses our version and says which it speaks.
    let mut newer = b"WF\x00\x02".to_vec();
    newer.extend(postcard_refusal("wire-version", 2));
    let address = stand_in(400, newer).await;
    let someone = member(&address);
    let answer = team::join(&someone.vault, &someone.remote, &invitation, "Ana").await;
    assert!(
        matches!(answer, Err(LinkError::Version { server: 2 })),
        "{answer:?}"
    );

    // Something that is not a Wayfinder server at all.
    let address = stand_in(200, b"<html>welcome</html>".to_vec()).await;
    let someone = member(&address);
    assert_eq!(
        code(team::join(&someone.vault, &someone.remote, &invitation, "Ana").await),
        Some("link-protocol")
    );

    // Nobody there.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        listener
            .local_addr()
            .unwrap_or_else(|e| panic!("{e}"))
            .port()
    };
    let someone = member(&format!("http://127.0.0.1:{closed}"));
    assert_eq!(
        code(team::join(&someone.vault, &someone.remote, &invitation, "Ana").await),
        Some("link-offline")
    );
    // Joining failed every time: the vault is still free to join.
    assert!(someone.with(|v| v.team_account().unwrap_or_default().is_none()));
}

/// A refusal's body in version 2 (the same layout as version 1's, for this test).
fn postcard_refusal(code: &str, version: u16) -> Vec<u8> {
    let mut out = vec![code.len() as u8];
    out.extend_from_slice(code.as_bytes());
    // postcard writes a u16 as a varint.
    out.push(version as u8);
    out
}
