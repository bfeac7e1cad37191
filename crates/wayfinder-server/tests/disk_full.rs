//! The disk filling up while originals arrive: the translator's vault lives on a small tmpfs
//! (in a private mount namespace made with `unshare`, as root or as a mapped root user, as in
//! the records' `disk_full.rs`), and one sync round (`examples/sync_worker.rs once`) fetches
//! the case's originals from the real server until the disk is full. The round ends with
//! `disk-full`; every original kept before it is whole; nothing half sealed stays and nothing
//! is held aside as if forged; once the disk is grown, the next round fetches the rest.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use wayfinder_core::{CaseId, Child, CountryCode, DateOfBirth, PersonName, parse_languages};
use wayfinder_link::{Remote, ServerAddress, round};
use wayfinder_sync::CreationCode;
use wayfinder_vault::{OpenVault, Passphrase, SecretKey, VaultDir};

const ORIGINALS: usize = 6;
const SIZE: usize = 3 << 20;

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
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

fn new_vault(dir: &Path) -> (OpenVault, SecretKey) {
    let kdf = wayfinder_testkit::FAST_KDF;
    VaultDir::new(dir)
        .create(
            &Passphrase::new("correct horse battery staple for tests"),
            kdf,
            now(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
}

fn size_of(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| {
            let path = entry.path();
            if path.is_dir() {
                size_of(&path)
            } else {
                entry.metadata().map_or(0, |m| m.len())
            }
        })
        .sum()
}

/// How the worker's round ended (`ok` or `error CODE`) and its exit status.
fn ended(out: &Path, name: &str) -> (String, String) {
    let said = std::fs::read_to_string(out.join(format!("{name}.txt"))).unwrap_or_default();
    let status = std::fs::read_to_string(out.join(format!("{name}.status"))).unwrap_or_default();
    (said.trim().to_owned(), status.trim().to_owned())
}

/// Opens the vault copied out of the tmpfs and checks it as she would find it: sound, nothing
/// held aside, no half-sealed file, and every original it holds the coordinator's, whole.
/// Returns how many it holds.
fn check(path: &Path, key: &SecretKey, originals: &[([u8; 32], Vec<u8>)]) -> usize {
    // As the round left the disk, before opening the vault tidies anything.
    let sealed: Vec<String> = std::fs::read_dir(path.join("files"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let vault = VaultDir::new(path)
        .open_with_key(key)
        .unwrap_or_else(|e| panic!("the vault does not open after the disk was full: {e}"));
    assert_eq!(
        vault.check_integrity().unwrap_or_else(|e| panic!("{e}")),
        Vec::<String>::new()
    );
    assert_eq!(
        vault.sync_pending().unwrap_or_else(|e| panic!("{e}")).held,
        0,
        "a full disk was taken for a forgery"
    );
    let mut held = 0;
    for (hash, bytes) in originals {
        if let Some(blob) = vault.blob(hash).unwrap_or_else(|e| panic!("{e}")) {
            let read = vault
                .files()
                .read_all(blob.file)
                .unwrap_or_else(|e| panic!("a kept original does not read: {e}"));
            assert!(read == *bytes, "a kept original differs");
            held += 1;
        }
    }
    assert_eq!(
        sealed.len(),
        held,
        "sealed files without an original: {sealed:?}"
    );
    held
}

#[test]
fn a_full_disk_ends_the_round_keeps_what_arrived_whole_and_the_rest_comes_once_space_is_freed() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));

    // The real server, in this process, on a port the worker reaches over loopback.
    let (server, workspace, code) = runtime.block_on(common::start());
    let address = server.url().to_owned();

    // The coordinator shares a case with six originals of 3 MiB; the translator joins.
    let remote = || {
        Remote::new(ServerAddress::parse(&address, false).unwrap_or_else(|e| panic!("{e}")))
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let reader_dir = tmp.path().join("reader");
    let (writer, _) = new_vault(&tmp.path().join("writer"));
    let (reader, reader_key) = new_vault(&reader_dir);
    let (writer, reader) = (Mutex::new(writer), Mutex::new(reader));
    let (writer_remote, reader_remote) = (remote(), remote());
    let mut originals = Vec::new();
    runtime.block_on(async {
        let her = common::translator_joins(
            &writer,
            &writer_remote,
            &reader,
            &reader_remote,
            &CreationCode { workspace, code }.to_text(),
        )
        .await;
        if let Ok(mut v) = writer.lock() {
            let case = CaseId::new(now(), [4; 10]);
            let today = now().date_naive();
            let child = Child {
                name: PersonName::parse("Disk Full").unwrap_or_else(|e| panic!("{e}")),
                date_of_birth: DateOfBirth::parse("2016-06-06", today)
                    .unwrap_or_else(|e| panic!("{e}")),
                country: CountryCode::parse("MA").unwrap_or_else(|| panic!("country")),
                languages: parse_languages(["ar"]).unwrap_or_else(|e| panic!("{e}")),
            };
            v.create_case(case, &child, now())
                .unwrap_or_else(|e| panic!("{e}"));
            v.share_case(case, &[her], false)
                .unwrap_or_else(|e| panic!("{e}"));
            for n in 0..ORIGINALS {
                let mut bytes = vec![0u8; SIZE];
                getrandom::fill(&mut bytes).unwrap_or_else(|e| panic!("{e}"));
                let hash = *v.content_hasher().update(&bytes).finalize().as_bytes();
                let file = v
                    .seal_original(&mut std::io::Cursor::new(&bytes))
                    .unwrap_or_else(|e| panic!("{e}"));
                let title = format!("CT series {n}");
                let pages = vec![title.clone()];
                v.add_record(
                    case,
                    file,
                    &wayfinder_vault::NewRecord {
                        title: &title,
                        category: "imaging",
                        date: None,
                        institution: None,
                        language: None,
                        content: wayfinder_core::Content {
                            media: wayfinder_core::Media::Pdf,
                            size: SIZE as u64,
                            pages: 1,
                            hash,
                        },
                        secret: None,
                        pages: &pages,
                    },
                    now(),
                    today,
                )
                .unwrap_or_else(|e| panic!("{e}"));
                originals.push((hash, bytes));
            }
        }
        let sent = round(&writer, &writer_remote)
            .await
            .unwrap_or_else(|e| panic!("{}", e.code()));
        assert_eq!(sent.blobs.sent, ORIGINALS);
    });
    drop(reader);

    let key_file = tmp.path().join("key");
    std::fs::File::create(&key_file)
        .and_then(|mut f| f.write_all(hex::encode(reader_key.expose()).as_bytes()))
        .unwrap_or_else(|e| panic!("{e}"));
    let mount = tmp.path().join("small-disk");
    std::fs::create_dir_all(&mount).unwrap_or_else(|e| panic!("{e}"));
    // Room for her vault as it is and about two and a half originals more.
    let small = (size_of(&reader_dir) + 8 * 1024 * 1024) / 1024;
    let script = r#"set -u
mount -t tmpfs -o size="$SMALL"k tmpfs "$MNT" || exit 90
cp -a "$VAULT" "$MNT/vault" || exit 91
"$WORKER" once "$MNT/vault" "$ADDRESS" < "$KEY" > "$OUT/full.txt"
echo $? > "$OUT/full.status"
cp -a "$MNT/vault" "$OUT/after-full" || exit 92
mount -o remount,size=200m "$MNT" || exit 93
"$WORKER" once "$MNT/vault" "$ADDRESS" < "$KEY" > "$OUT/freed.txt"
echo $? > "$OUT/freed.status"
cp -a "$MNT/vault" "$OUT/after-freed" || exit 94
"#;
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0");
    let mut command = Command::new("unshare");
    if !root {
        command.arg("--map-root-user");
    }
    let status = command
        .args(["--mount", "--propagation", "private", "sh", "-c", script])
        .env("SMALL", small.to_string())
        .env("MNT", &mount)
        .env("VAULT", &reader_dir)
        .env("WORKER", worker())
        .env("ADDRESS", &address)
        .env("KEY", &key_file)
        .env("OUT", tmp.path())
        .status()
        .unwrap_or_else(|e| panic!("unshare (util-linux) could not start: {e}"));
    assert!(
        status.success(),
        "the small disk could not be set up: {status}"
    );

    assert_eq!(
        ended(tmp.path(), "full"),
        ("error disk-full".to_owned(), "4".to_owned()),
        "the round that filled the disk did not end as disk-full"
    );
    let kept = check(&tmp.path().join("after-full"), &reader_key, &originals);
    eprintln!("{kept} of {ORIGINALS} originals fitted on a {small} KiB disk");
    assert!(
        (1..ORIGINALS).contains(&kept),
        "{kept} originals fitted: the disk was not the limit"
    );
    assert_eq!(
        ended(tmp.path(), "freed"),
        ("ok".to_owned(), "0".to_owned()),
        "syncing did not resume once space was freed"
    );
    assert_eq!(
        check(&tmp.path().join("after-freed"), &reader_key, &originals),
        ORIGINALS
    );
    drop(server);
    drop(runtime);
}
