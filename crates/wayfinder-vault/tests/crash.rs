//! `kill -9` in the middle of a burst of writes, dozens of times: every write the writer had
//! reported as done is there afterwards, and SQLite's and SQLCipher's checks find nothing wrong.

mod common;

use common::*;
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;
use wayfinder_core::CaseId;

const KILLS: usize = 40;

fn random_below(limit: u64) -> u64 {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap_or_else(|e| panic!("{e}"));
    u64::from_le_bytes(bytes) % limit
}

#[test]
fn every_reported_write_survives_sigkill() {
    let (_tmp, path, dir, vault, vk) = new_vault();
    drop(vault);
    let key_hex = hex::encode(vk.expose());
    let writer = example("crash_writer");

    let mut created: HashSet<String> = HashSet::new();
    let mut edited: HashSet<String> = HashSet::new();
    let mut writes_seen = 0;
    for round in 0..KILLS {
        let mut child = Command::new(&writer)
            .arg(&path)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        if let Some(mut stdin) = child.stdin.take() {
            stdin
                .write_all(key_hex.as_bytes())
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let mut lines = BufReader::new(stdout).lines();
        // Kill after a random number of reported writes, plus a random slice of a millisecond,
        // so the kill lands anywhere in a transaction, including before the first one.
        let wait_for = random_below(60);
        for _ in 0..wait_for {
            match lines.next() {
                Some(Ok(line)) => record(&line, &mut created, &mut edited),
                _ => break,
            }
        }
        std::thread::sleep(Duration::from_micros(random_below(1500)));
        child.kill().unwrap_or_else(|e| panic!("{e}"));
        // Lines already printed before the kill were reported too.
        for line in lines.map_while(Result::ok) {
            record(&line, &mut created, &mut edited);
        }
        let _ = child.wait();

        let vault = dir
            .open_with_key(&vk)
            .unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert_eq!(
            vault.check_integrity().unwrap_or_else(|e| panic!("{e}")),
            Vec::<String>::new(),
            "round {round}"
        );
        let stored: HashMap<String, String> = vault
            .list_cases(&wayfinder_vault::CaseFilter::default())
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            .map(|c| (c.id.to_string(), c.name))
            .collect();
        for id in &created {
            assert!(
                stored.contains_key(id),
                "round {round}: reported case {id} is missing"
            );
        }
        for id in &edited {
            let name = stored.get(id).map(String::as_str).unwrap_or("");
            assert!(
                name.starts_with("Edited "),
                "round {round}: reported edit of {id} is missing"
            );
        }
        writes_seen = created.len() + edited.len();
    }
    assert!(
        writes_seen > KILLS,
        "the writer reported only {writes_seen} writes; the test proved little"
    );
}

fn record(line: &str, created: &mut HashSet<String>, edited: &mut HashSet<String>) {
    match line.split_once(' ') {
        Some(("c", id)) => {
            assert!(id.parse::<CaseId>().is_ok(), "bad id {id}");
            created.insert(id.to_owned());
        }
        Some(("e", id)) => {
            edited.insert(id.to_owned());
        }
        _ => panic!("the writer said {line:?}"),
    }
}
