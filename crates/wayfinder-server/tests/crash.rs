//! `kill -9` at random points of sync, hundreds of times, with the real server binary and the
//! app's side of sync in processes of their own (`examples/sync_worker.rs`): a writer that
//! adds notes to a shared case and pushes them, a reader that pulls them, and the server,
//! each killed anywhere in a push, a pull or a write; then the same with records whose
//! originals travel in chunks, killed anywhere in an upload or a download. After every kill:
//! both vaults pass SQLite's and SQLCipher's checks; every edit the writer's vault counts as
//! acknowledged is in the server's database; the reader holds every operation up to its
//! cursor (no batch half applied, no cursor ahead of what was applied); every original the
//! reader holds is the writer's, byte for byte, and nothing is held aside. At the end, once
//! everyone syncs in peace: every note the writer reported is in both vaults once, every
//! original it reported is in the reader's, and the server holds each operation once.

mod common;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use wayfinder_core::{CaseId, Child as Kid, CountryCode, DateOfBirth, EntityKind, PersonName};
use wayfinder_link::{Remote, ServerAddress, round};
use wayfinder_sync::MemberId;
use wayfinder_vault::{OpenVault, Passphrase, SecretKey, VaultDir};

/// Kills of the writer and the reader (each iteration kills both, at different moments).
const CLIENT_KILLS: usize = 100;
/// Kills of the server while the writer pushes.
const SERVER_KILLS: usize = 60;
/// Kills of the writer and the reader while originals travel (each iteration kills both).
const BLOB_CLIENT_KILLS: usize = 30;
/// Kills of the server while the writer uploads originals.
const BLOB_SERVER_KILLS: usize = 20;

/// What the workers reported done before they were killed: notes and records written.
#[derive(Default)]
struct Reported {
    notes: BTreeSet<String>,
    records: BTreeSet<[u8; 16]>,
}

impl Reported {
    fn take(&mut self, line: &str) {
        if let Some(note) = line.strip_prefix("e ") {
            self.notes.insert(note.to_owned());
        } else if let Some(record) = line.strip_prefix("a ") {
            let id = hex::decode(record)
                .ok()
                .and_then(|b| <[u8; 16]>::try_from(b).ok())
                .unwrap_or_else(|| panic!("the worker reported {line}"));
            self.records.insert(id);
        }
    }
}

fn random_below(limit: u64) -> u64 {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap_or_else(|e| panic!("{e}"));
    u64::from_le_bytes(bytes) % limit.max(1)
}

fn worker() -> PathBuf {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/debug/examples/sync_worker");
    assert!(
        path.is_file(),
        "{} is not built; run `cargo test -p wayfinder-server`",
        path.display()
    );
    path
}

struct Server {
    data: PathBuf,
    port: u16,
    process: Option<Child>,
}

impl Server {
    fn start(&mut self) {
        let child = Command::new(env!("CARGO_BIN_EXE_wayfinder-server"))
            .arg("--data")
            .arg(&self.data)
            .args(["serve", "--listen", &format!("127.0.0.1:{}", self.port)])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        self.process = Some(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "the server did not start");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.process.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every operation id the server's database holds, and how many rows it has for them.
    fn stored(&self) -> (BTreeSet<[u8; 16]>, usize) {
        let conn = rusqlite::Connection::open(self.data.join("server.db"))
            .unwrap_or_else(|e| panic!("{e}"));
        let mut stmt = conn
            .prepare("SELECT op_id FROM ops")
            .unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<[u8; 16]> = stmt
            .query_map([], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{e}"))
            .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
            .collect();
        let rows = ids.len();
        (ids.into_iter().collect(), rows)
    }

    /// The operations `member` may read whose place is at or before `cursor`, as the server
    /// orders a member's pulls.
    /// The operations of `case` the server has made readable to `member` up to `cursor`.
    fn readable_up_to(
        &self,
        member: MemberId,
        case: CaseId,
        cursor: wayfinder_sync::wire::Cursor,
    ) -> BTreeSet<[u8; 16]> {
        let conn = rusqlite::Connection::open(self.data.join("server.db"))
            .unwrap_or_else(|e| panic!("{e}"));
        let mut stmt = conn
            .prepare(
                "SELECT o.op_id FROM ops o JOIN envelopes e ON e.workspace = o.workspace
                   AND e.case_id = o.case_id AND e.epoch = o.epoch AND e.member = ?1
                 WHERE o.case_id = ?4
                   AND (max(o.seq, e.seq) < ?2 OR (max(o.seq, e.seq) = ?2 AND o.seq <= ?3))",
            )
            .unwrap_or_else(|e| panic!("{e}"));
        stmt.query_map(
            rusqlite::params![
                &member.0[..],
                cursor.visible as i64,
                cursor.seq as i64,
                &case.as_bytes()[..]
            ],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

struct Member {
    dir: PathBuf,
    key: SecretKey,
}

impl Member {
    fn open(&self) -> OpenVault {
        VaultDir::new(&self.dir)
            .open_with_key(&self.key)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    fn spawn(&self, mode: &str, address: &str, case: Option<CaseId>) -> Child {
        self.spawn_with(
            mode,
            address,
            &case.map(|c| c.to_string()).unwrap_or_default(),
        )
    }

    /// Starts the worker in `mode` with its last argument, if any.
    fn spawn_with(&self, mode: &str, address: &str, last: &str) -> Child {
        let mut command = Command::new(worker());
        command.args([mode, &self.dir.to_string_lossy(), address]);
        if !last.is_empty() {
            command.arg(last);
        }
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        if let Some(mut stdin) = child.stdin.take() {
            stdin
                .write_all(hex::encode(self.key.expose()).as_bytes())
                .unwrap_or_else(|e| panic!("{e}"));
        }
        child
    }
}

/// Checks one vault after a kill: sound, and returns its operation ids in the case and those
/// still waiting in its outbox.
fn inspect(member: &Member, case: CaseId) -> (OpenVault, BTreeSet<[u8; 16]>, BTreeSet<[u8; 16]>) {
    let vault = member.open();
    assert_eq!(
        vault.check_integrity().unwrap_or_else(|e| panic!("{e}")),
        Vec::<String>::new()
    );
    // Edits and audit entries both travel as sealed operations: the ids of both.
    let ops: BTreeSet<[u8; 16]> = vault
        .operation_ids(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|id| id.0)
        .chain(
            vault
                .audit_entries(Some(case))
                .unwrap_or_else(|e| panic!("{e}"))
                .iter()
                .map(|e| wayfinder_sync::audit::travel_id(&e.entry).0),
        )
        .collect();
    let unsent: BTreeSet<[u8; 16]> = vault
        .sealed_outbox(0, u32::MAX)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|(_, op)| op.op.0)
        .chain(
            vault
                .sealed_audit_outbox()
                .unwrap_or_else(|e| panic!("{e}"))
                .into_iter()
                .map(|op| op.op.0),
        )
        .collect();
    (vault, ops, unsent)
}

fn notes(vault: &OpenVault, case: CaseId) -> Vec<String> {
    let mut texts: Vec<String> = vault
        .case_file(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .filter(|e| e.kind == EntityKind::Note)
        .filter_map(|e| e.value("text").map(str::to_owned))
        .collect();
    texts.sort();
    texts
}

/// Reads up to `lines` lines the worker printed, keeping what it reported written.
fn read_some(
    child: &mut Child,
    lines: u64,
    reported: &mut Reported,
) -> BufReader<std::process::ChildStdout> {
    let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    let mut reader = BufReader::new(stdout);
    let mut line = String::new();
    for _ in 0..lines {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(n) if n > 0 => {
                assert!(!line.starts_with("error"), "the worker said {line}");
                reported.take(line.trim_end());
            }
            _ => break,
        }
    }
    reader
}

/// Kills the worker; what it printed before dying was reported too.
fn kill(child: &mut Child, rest: BufReader<std::process::ChildStdout>, reported: &mut Reported) {
    let _ = child.kill();
    let _ = child.wait();
    for line in rest.lines().map_while(Result::ok) {
        reported.take(&line);
    }
}

/// The bytes of a record's original in `vault`, if it holds them.
fn original(vault: &OpenVault, record: [u8; 16]) -> Option<Vec<u8>> {
    let (_, blob) = vault.record(record).ok()?;
    let bytes = vault
        .files()
        .read_all(blob.file)
        .unwrap_or_else(|e| panic!("an original it says it holds does not read: {e}"));
    Some(bytes.to_vec())
}

/// Every original the reader holds is the writer's, whole; with `settled`, it holds all the
/// writer reported. Nothing was held aside: a kill is not a forgery. An original found whole
/// once is not compared again (`whole`).
fn originals_whole(
    writer: &Member,
    reader: &Member,
    reported: &Reported,
    whole: &mut BTreeSet<[u8; 16]>,
    settled: bool,
) {
    let (writer, reader) = (writer.open(), reader.open());
    for record in reported.records.difference(&whole.clone()) {
        let mine = original(&writer, *record)
            .unwrap_or_else(|| panic!("the writer lost an original it reported"));
        match original(&reader, *record) {
            Some(theirs) => {
                assert!(theirs == mine, "the reader's original differs");
                whole.insert(*record);
            }
            None => assert!(!settled, "an original never reached the reader"),
        }
    }
    assert_eq!(reader.sync_pending().unwrap_or_default().held, 0);
}

fn new_vault(root: &Path, name: &str) -> (Member, OpenVault) {
    let dir = root.join(name);
    let kdf = wayfinder_testkit::FAST_KDF;
    let (vault, key) = VaultDir::new(&dir)
        .create(
            &Passphrase::new("correct horse battery staple for tests"),
            kdf,
            chrono::Utc::now(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    (Member { dir, key }, vault)
}

/// Opens `case` for a child called Crash Test and shares it with `members`.
fn shared_case(vault: &mut OpenVault, case: CaseId, members: &[MemberId]) {
    let today = chrono::Utc::now().date_naive();
    let child = Kid {
        name: PersonName::parse("Crash Test").unwrap_or_else(|e| panic!("{e}")),
        date_of_birth: DateOfBirth::parse("2018-05-01", today).unwrap_or_else(|e| panic!("{e}")),
        country: CountryCode::parse("FR").unwrap_or_else(|| panic!("country")),
        languages: wayfinder_core::parse_languages(["fr"]).unwrap_or_else(|e| panic!("{e}")),
    };
    vault
        .create_case(case, &child, chrono::Utc::now())
        .unwrap_or_else(|e| panic!("{e}"));
    vault
        .share_case(case, members, false)
        .unwrap_or_else(|e| panic!("{e}"));
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Reserves a workspace with the server's own command, as an admin does, and returns the
/// code that creates it.
fn reserve_workspace(data: &Path) -> String {
    let reserved = Command::new(env!("CARGO_BIN_EXE_wayfinder-server"))
        .arg("--data")
        .arg(data)
        .arg("create-workspace")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let printed = String::from_utf8_lossy(&reserved.stdout).into_owned();
    printed
        .lines()
        .find(|l| l.len() > 40 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or_else(|| panic!("no code in {printed}"))
        .to_owned()
}

#[test]
fn nothing_acknowledged_is_lost_and_nothing_half_applied_whatever_is_killed() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = root.path().join("server");
    std::fs::create_dir_all(&data).unwrap_or_else(|e| panic!("{e}"));
    let port = free_port();
    let address = format!("http://127.0.0.1:{port}");
    let code = reserve_workspace(&data);
    let mut server = Server {
        data,
        port,
        process: None,
    };
    server.start();

    // The team: the writer creates it, the reader joins and is admitted, one case shared.
    let (writer, writer_vault) = new_vault(root.path(), "writer");
    let (reader, reader_vault) = new_vault(root.path(), "reader");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let remote = || {
        Remote::new(ServerAddress::parse(&address, false).unwrap_or_else(|e| panic!("{e}")))
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let (writer_vault, reader_vault) = (Mutex::new(writer_vault), Mutex::new(reader_vault));
    let (writer_remote, reader_remote) = (remote(), remote());
    let case = CaseId::new(chrono::Utc::now(), [9; 10]);
    let reader_member = runtime.block_on(async {
        let member = common::translator_joins(
            &writer_vault,
            &writer_remote,
            &reader_vault,
            &reader_remote,
            &code,
        )
        .await;
        if let Ok(mut v) = writer_vault.lock() {
            shared_case(&mut v, case, &[member]);
        }
        round(&writer_vault, &writer_remote)
            .await
            .unwrap_or_else(|e| panic!("{}", e.code()));
        round(&reader_vault, &reader_remote)
            .await
            .unwrap_or_else(|e| panic!("{}", e.code()));
        member
    });
    drop((writer_vault, reader_vault));

    let mut reported = Reported::default();
    let mut whole = BTreeSet::new();
    let started = Instant::now();
    let check = |server: &Server, round: usize| {
        let (stored, rows) = server.stored();
        assert_eq!(
            stored.len(),
            rows,
            "round {round}: an operation is stored twice"
        );
        let (_, ops, unsent) = inspect(&writer, case);
        let acknowledged: BTreeSet<_> = ops.difference(&unsent).copied().collect();
        assert!(
            acknowledged.is_subset(&stored),
            "round {round}: an acknowledged edit is not on the server"
        );
        let (vault, held, _) = inspect(&reader, case);
        let cursor = vault
            .team_account()
            .unwrap_or_else(|e| panic!("{e}"))
            .map(|a| a.cursor)
            .unwrap_or_default();
        let owed = server.readable_up_to(reader_member, case, cursor);
        assert!(
            owed.is_subset(&held),
            "round {round}: the reader's cursor passed operations it does not hold"
        );
    };

    // The writer and the reader killed anywhere, the server running.
    for n in 0..CLIENT_KILLS {
        let mut write = writer.spawn("write", &address, Some(case));
        let mut read = reader.spawn("sync", &address, None);
        let rest = read_some(&mut write, random_below(14), &mut reported);
        std::thread::sleep(Duration::from_micros(random_below(4000)));
        let _ = read.kill();
        std::thread::sleep(Duration::from_micros(random_below(2000)));
        kill(&mut write, rest, &mut reported);
        let _ = read.wait();
        check(&server, n);
    }

    // The server killed anywhere while the writer pushes.
    for n in 0..SERVER_KILLS {
        let mut write = writer.spawn("write", &address, Some(case));
        let rest = read_some(&mut write, random_below(10), &mut reported);
        std::thread::sleep(Duration::from_micros(random_below(4000)));
        server.kill();
        kill(&mut write, rest, &mut reported);
        check(&server, CLIENT_KILLS + n);
        server.start();
    }

    eprintln!("edits: {:.1} s", started.elapsed().as_secs_f64());
    // Originals: the writer and the reader killed anywhere in an upload or a download.
    for n in 0..BLOB_CLIENT_KILLS {
        let mut attach = writer.spawn("attach", &address, Some(case));
        let mut read = reader.spawn("sync", &address, None);
        let rest = read_some(&mut attach, random_below(5), &mut reported);
        std::thread::sleep(Duration::from_micros(random_below(40_000)));
        let _ = read.kill();
        std::thread::sleep(Duration::from_micros(random_below(20_000)));
        kill(&mut attach, rest, &mut reported);
        let _ = read.wait();
        check(&server, CLIENT_KILLS + SERVER_KILLS + n);
        originals_whole(&writer, &reader, &reported, &mut whole, false);
    }
    // The server killed anywhere while the writer uploads, the reader downloading after.
    for n in 0..BLOB_SERVER_KILLS {
        let mut attach = writer.spawn("attach", &address, Some(case));
        let mut read = reader.spawn("sync", &address, None);
        let rest = read_some(&mut attach, random_below(4), &mut reported);
        std::thread::sleep(Duration::from_micros(random_below(40_000)));
        server.kill();
        kill(&mut attach, rest, &mut reported);
        let _ = read.kill();
        let _ = read.wait();
        check(&server, CLIENT_KILLS + SERVER_KILLS + BLOB_CLIENT_KILLS + n);
        originals_whole(&writer, &reader, &reported, &mut whole, false);
        server.start();
    }

    eprintln!("originals: {:.1} s", started.elapsed().as_secs_f64());
    // In peace: everyone syncs until nothing is left to send. New connections: the old ones
    // were to a server process that was killed (an app would retry a second later).
    let (writer_remote, reader_remote) = (remote(), remote());
    let (writer_vault, reader_vault) = (Mutex::new(writer.open()), Mutex::new(reader.open()));
    runtime.block_on(async {
        for _ in 0..2 {
            round(&writer_vault, &writer_remote)
                .await
                .unwrap_or_else(|e| panic!("{}", e.code()));
            round(&reader_vault, &reader_remote)
                .await
                .unwrap_or_else(|e| panic!("{}", e.code()));
        }
    });
    let (writer_vault, reader_vault) = (
        writer_vault.into_inner().unwrap_or_else(|e| panic!("{e}")),
        reader_vault.into_inner().unwrap_or_else(|e| panic!("{e}")),
    );
    let written = notes(&writer_vault, case);
    let kept: BTreeSet<String> = written.iter().cloned().collect();
    let lost: Vec<&String> = reported.notes.difference(&kept).collect();
    assert!(lost.is_empty(), "reported notes are missing: {lost:?}");
    assert!(
        reported.notes.len() > 50,
        "only {} notes were reported; the test proved little",
        reported.notes.len()
    );
    let unique: BTreeSet<&String> = written.iter().collect();
    assert_eq!(unique.len(), written.len(), "a note is there twice");
    assert_eq!(notes(&reader_vault, case), written, "the reader differs");
    let (stored, rows) = server.stored();
    assert_eq!(stored.len(), rows);
    let all: BTreeSet<[u8; 16]> = writer_vault
        .operation_ids(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|id| id.0)
        .collect();
    assert!(all.is_subset(&stored), "an edit never reached the server");
    drop((writer_vault, reader_vault));
    originals_whole(&writer, &reader, &reported, &mut whole, true);
    assert!(
        reported.records.len() > 10,
        "only {} originals were reported; the test proved little",
        reported.records.len()
    );
    eprintln!(
        "{} kills: {} notes reported, {} written, {} originals, {} operations on the server",
        (CLIENT_KILLS + BLOB_CLIENT_KILLS) * 2 + SERVER_KILLS + BLOB_SERVER_KILLS,
        reported.notes.len(),
        written.len(),
        reported.records.len(),
        stored.len()
    );
    drop(root);
}

/// Teams in which the admin takes a member out and her app is killed.
const REMOVAL_KILLS: usize = 12;

/// What the server holds of a team after a removal: whether `member` is still in its roster,
/// and the members holding the latest epoch of `case`, with that epoch.
fn after_removal(
    server: &Server,
    member: MemberId,
    case: CaseId,
) -> (bool, u32, BTreeSet<[u8; 16]>) {
    let conn =
        rusqlite::Connection::open(server.data.join("server.db")).unwrap_or_else(|e| panic!("{e}"));
    let in_roster: bool = conn
        .query_row(
            "SELECT count(*) > 0 FROM members WHERE member = ?1 AND in_roster = 1",
            [&member.0[..]],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let epoch: u32 = conn
        .query_row(
            "SELECT max(epoch) FROM envelopes WHERE case_id = ?1",
            [&case.as_bytes()[..]],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let mut stmt = conn
        .prepare("SELECT member FROM envelopes WHERE case_id = ?1 AND epoch = ?2")
        .unwrap_or_else(|e| panic!("{e}"));
    let holders = stmt
        .query_map(rusqlite::params![&case.as_bytes()[..], epoch], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    (in_roster, epoch, holders)
}

/// The admin's app takes a member out of the team and is killed: right after the server
/// took the roster (before the new epoch of the member's case is made), or anywhere in the
/// removal and the rounds after it. Restarted, her app makes the new epoch without the
/// member, and the member who stays reads what is written after. A removal the server never
/// took changes nothing (the admin sees it fail and does it again).
#[test]
fn a_kill_after_taking_someone_out_still_makes_her_cases_a_new_epoch() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = root.path().join("server");
    std::fs::create_dir_all(&data).unwrap_or_else(|e| panic!("{e}"));
    let port = free_port();
    let address = format!("http://127.0.0.1:{port}");
    let mut server = Server {
        data: data.clone(),
        port,
        process: None,
    };
    server.start();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let remote = || {
        Remote::new(ServerAddress::parse(&address, false).unwrap_or_else(|e| panic!("{e}")))
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let (mut rotated, mut untouched) = (0, 0);
    for n in 0..REMOVAL_KILLS {
        let team = root.path().join(format!("team {n}"));
        let code = reserve_workspace(&data);
        let (admin, admin_vault) = new_vault(&team, "admin");
        let (_, leaving_vault) = new_vault(&team, "leaving");
        let (staying, staying_vault) = new_vault(&team, "staying");
        let (admin_vault, leaving_vault, staying_vault) = (
            Mutex::new(admin_vault),
            Mutex::new(leaving_vault),
            Mutex::new(staying_vault),
        );
        let (admin_remote, leaving_remote, staying_remote) = (remote(), remote(), remote());
        let case = CaseId::new(chrono::Utc::now(), [n as u8; 10]);
        let (gone, kept) = runtime.block_on(async {
            let gone = common::translator_joins(
                &admin_vault,
                &admin_remote,
                &leaving_vault,
                &leaving_remote,
                &code,
            )
            .await;
            let kept =
                common::joins(&admin_vault, &admin_remote, &staying_vault, &staying_remote).await;
            if let Ok(mut v) = admin_vault.lock() {
                shared_case(&mut v, case, &[gone, kept]);
            }
            for (vault, link) in [
                (&admin_vault, &admin_remote),
                (&staying_vault, &staying_remote),
            ] {
                round(vault, link)
                    .await
                    .unwrap_or_else(|e| panic!("{}", e.code()));
            }
            (gone, kept)
        });
        drop((admin_vault, leaving_vault, staying_vault));
        assert_eq!(after_removal(&server, gone, case).1, 1);

        // Killed right after the server took the roster, or anywhere.
        let mut removal = admin.spawn_with("remove", &address, &hex::encode(gone.0));
        let mut reported = Reported::default();
        let rest = if n % 2 == 0 {
            read_some(&mut removal, 1, &mut reported)
        } else {
            let rest = read_some(&mut removal, 0, &mut reported);
            std::thread::sleep(Duration::from_micros(random_below(60_000)));
            rest
        };
        kill(&mut removal, rest, &mut reported);
        let (still_in, epoch, _) = after_removal(&server, gone, case);
        if n % 2 == 0 {
            assert!(
                !still_in,
                "team {n}: the roster was not taken before the kill"
            );
        }

        // Restarted: one round of her app, then an edit that the staying member reads.
        let admin_vault = Mutex::new(admin.open());
        let staying_vault = Mutex::new(staying.open());
        let (admin_remote, staying_remote) = (remote(), remote());
        let note = format!("after the kill {n}");
        runtime.block_on(async {
            round(&admin_vault, &admin_remote)
                .await
                .unwrap_or_else(|e| panic!("team {n}: {}", e.code()));
            if let Ok(mut v) = admin_vault.lock() {
                v.add_entity(
                    case,
                    EntityKind::Note,
                    &[("text", note.as_str())],
                    chrono::Utc::now(),
                    chrono::Utc::now().date_naive(),
                )
                .unwrap_or_else(|e| panic!("{e}"));
            }
            round(&admin_vault, &admin_remote)
                .await
                .unwrap_or_else(|e| panic!("team {n}: {}", e.code()));
            round(&staying_vault, &staying_remote)
                .await
                .unwrap_or_else(|e| panic!("team {n}: {}", e.code()));
        });
        let (in_roster, latest, holders) = after_removal(&server, gone, case);
        if in_roster {
            assert_eq!(latest, 1, "team {n}: a new epoch without a removal");
            untouched += 1;
        } else {
            assert!(
                latest > epoch.max(1),
                "team {n}: no new epoch after the kill"
            );
            let expected: BTreeSet<[u8; 16]> = [admin_id(&admin), kept.0].into_iter().collect();
            assert_eq!(holders, expected, "team {n}: the new epoch's holders");
            rotated += 1;
        }
        let staying_vault = staying_vault.into_inner().unwrap_or_else(|e| panic!("{e}"));
        assert!(
            notes(&staying_vault, case).contains(&note),
            "team {n}: the staying member does not read the note written after"
        );
    }
    eprintln!(
        "{REMOVAL_KILLS} kills in a removal: {rotated} rotated after restart, {untouched} before the roster"
    );
    assert!(rotated >= REMOVAL_KILLS / 2);
}

fn admin_id(admin: &Member) -> [u8; 16] {
    admin
        .open()
        .team_identity()
        .unwrap_or_else(|e| panic!("{e}"))
        .member()
        .0
}
