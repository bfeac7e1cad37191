//! Cold start of the app to an unlocked case list, and its resident memory, with a vault of
//! 10,000 cases against the same app with an empty vault (the baseline), in one run.
//!
//! The start is timed from launching tauri-driver (which launches the app) to the case list
//! being on screen, so it includes the driver's own start; the baseline includes it too.
//! Run through `scripts/bench-startup`, which builds the release app first.
#![allow(clippy::print_stdout)]

use chrono::{NaiveDate, Utc};
use std::time::{Duration, Instant};
use wayfinder_core::{CaseId, Child, CountryCode, DateOfBirth, PersonName, parse_languages};
use wayfinder_tests::{App, Machine, Result, app_binary};
use wayfinder_vault::{KdfParams, Passphrase, VaultDir};

fn make_vault(machine: &Machine, cases: usize) -> Result<()> {
    let dir = VaultDir::new(machine.vault_dir());
    let passphrase = Passphrase::new("lantern orbit velvet cactus harbor");
    let (vault, vk) = dir.create(&passphrase, KdfParams::RECOMMENDED, Utc::now())?;
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    for i in 0..cases {
        let child = Child {
            name: PersonName::parse(&format!("Child number {i}"))?,
            date_of_birth: DateOfBirth::parse("2017-06-01", today)?,
            country: CountryCode::parse(["AE", "ES", "FR", "CN", "RU", "UA"][i % 6])
                .ok_or("country")?,
            languages: parse_languages(["ar", "en"])?,
        };
        let mut tail = [0u8; 10];
        tail[..8].copy_from_slice(&(i as u64).to_le_bytes());
        vault.create_case(CaseId::new(Utc::now(), tail), child, Utc::now())?;
    }
    vault.store_key_in_keychain(&vk)?;
    Ok(())
}

fn rss_kib(pid: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

fn pgrep(args: &[&str]) -> Vec<String> {
    std::process::Command::new("pgrep")
        .args(args)
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Resident memory of the app's own process, and of it with its WebKit processes.
fn memory() -> (u64, u64) {
    let binary = app_binary().to_string_lossy().into_owned();
    let Some(app) = pgrep(&["-f", &binary]).into_iter().find(|p| rss_kib(p) > 0) else {
        return (0, 0);
    };
    let own = rss_kib(&app);
    let mut total = own;
    let mut stack = vec![app];
    while let Some(pid) = stack.pop() {
        for child in pgrep(&["-P", &pid]) {
            total += rss_kib(&child);
            stack.push(child);
        }
    }
    (own, total)
}

struct Sample {
    start: Duration,
    own_kib: u64,
    total_kib: u64,
}

async fn measure(cases: usize, runs: usize) -> Result<Vec<Sample>> {
    let machine = Machine::new();
    make_vault(&machine, cases)?;
    let mut samples = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let app = App::start(&machine).await?;
        app.el(if cases == 0 {
            "cases-empty"
        } else {
            "cases-count"
        })
        .await?;
        if cases > 0 {
            let rows = app
                .driver
                .find_all(thirtyfour::By::Css("[data-testid='case-row']"))
                .await?
                .len();
            assert_eq!(rows, cases, "the list does not show every case");
        }
        let start = t.elapsed();
        tokio::time::sleep(Duration::from_millis(500)).await;
        let (own_kib, total_kib) = memory();
        app.quit().await?;
        samples.push(Sample {
            start,
            own_kib,
            total_kib,
        });
    }
    Ok(samples)
}

fn median<T: Copy + Ord>(mut v: Vec<T>) -> T {
    v.sort();
    v[v.len() / 2]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<()> {
    println!("app: {}", app_binary().display());
    let runs = 5;
    let base = measure(0, runs).await?;
    let ours = measure(10_000, runs).await?;
    let ms = |s: &[Sample]| median(s.iter().map(|x| x.start.as_millis()).collect()) as f64;
    let own = |s: &[Sample]| median(s.iter().map(|x| x.own_kib).collect()) as f64 / 1024.0;
    let total = |s: &[Sample]| median(s.iter().map(|x| x.total_kib).collect()) as f64 / 1024.0;
    println!(
        "{:<58} {:>10} {:>10} {:>7}",
        "benchmark (median of 5)", "10k cases", "empty", "ratio"
    );
    println!(
        "{:<58} {:>7.0} ms {:>7.0} ms {:>6.2}x",
        "cold start to the unlocked case list (goal < 1 s)",
        ms(&ours),
        ms(&base),
        ms(&ours) / ms(&base)
    );
    println!(
        "{:<58} {:>7.1} MB {:>7.1} MB {:>6.2}x",
        "resident memory, app process (goal < 150 MB)",
        own(&ours),
        own(&base),
        own(&ours) / own(&base)
    );
    println!(
        "{:<58} {:>7.1} MB {:>7.1} MB {:>6.2}x",
        "resident memory, app with its WebKit processes",
        total(&ours),
        total(&base),
        total(&ours) / total(&base)
    );
    Ok(())
}
