//! Cold start of the app to an unlocked case list, and its resident memory, with a vault of
//! 10,000 cases against the same app with an empty vault (the baseline), in one run.
//!
//! The start is timed from launching tauri-driver (which launches the app) to the case list
//! being on screen, so it includes the driver's own start; the baseline includes it too.
//! Run through `scripts/bench-startup`, which builds the release app first.
#![allow(clippy::print_stdout)]

use chrono::{NaiveDate, Utc};
use std::time::{Duration, Instant};
use thirtyfour::By;
use wayfinder_core::{CaseId, Child, CountryCode, DateOfBirth, PersonName, parse_languages};
use wayfinder_tests::{App, Machine, Result, app_binary};
use wayfinder_vault::{KdfParams, Passphrase, VaultDir};

fn make_vault(machine: &Machine, cases: usize) -> Result<()> {
    let dir = VaultDir::new(machine.vault_dir());
    let passphrase = Passphrase::new("lantern orbit velvet cactus harbor");
    let (mut vault, vk) = dir.create(&passphrase, KdfParams::RECOMMENDED, Utc::now())?;
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
        vault.create_case(CaseId::new(Utc::now(), tail), &child, Utc::now())?;
    }
    vault.store_key_in_keychain(&vk)?;
    Ok(())
}

/// A figure in kB from `/proc/PID/smaps_rollup` (`Rss:` or `Pss:`).
fn smaps_kib(pid: &str, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

fn rss_kib(pid: &str) -> u64 {
    smaps_kib(pid, "Rss:")
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

/// Resident memory of the app's own process (RSS and PSS), and RSS with its WebKit processes.
fn memory() -> (u64, u64, u64) {
    let binary = app_binary().to_string_lossy().into_owned();
    let Some(app) = pgrep(&["-f", &binary]).into_iter().find(|p| rss_kib(p) > 0) else {
        return (0, 0, 0);
    };
    let own = rss_kib(&app);
    let own_pss = smaps_kib(&app, "Pss:");
    let mut total = own;
    let mut stack = vec![app];
    while let Some(pid) = stack.pop() {
        for child in pgrep(&["-P", &pid]) {
            total += rss_kib(&child);
            stack.push(child);
        }
    }
    (own, own_pss, total)
}

struct Sample {
    start: Duration,
    own_kib: u64,
    own_pss_kib: u64,
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
            // The list shows its first page; the count names them all.
            let rows = app
                .driver
                .find_all(By::Css("[data-testid='case-row']"))
                .await?
                .len();
            assert!(rows > 0 && rows <= cases, "{rows} rows shown");
            let count: String = app
                .text("cases-count")
                .await?
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            assert_eq!(count, cases.to_string());
        }
        let start = t.elapsed();
        tokio::time::sleep(Duration::from_millis(500)).await;
        let (own_kib, own_pss_kib, total_kib) = memory();
        app.quit().await?;
        samples.push(Sample {
            start,
            own_kib,
            own_pss_kib,
            total_kib,
        });
    }
    Ok(samples)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn row(what: &str, unit: &str, ours: f64, base: f64) {
    println!(
        "{what:<58} {ours:>8.1} {unit} {base:>8.1} {unit} {:>6.2}x",
        ours / base
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<()> {
    println!("app: {}", app_binary().display());
    let runs = 5;
    let base = measure(0, runs).await?;
    let ours = measure(10_000, runs).await?;
    let figure = |s: &[Sample], f: fn(&Sample) -> f64| median(s.iter().map(f).collect());
    println!(
        "{:<58} {:>11} {:>11} {:>7}",
        "benchmark (median of 5)", "10k cases", "empty", "ratio"
    );
    let ms: fn(&Sample) -> f64 = |x| x.start.as_secs_f64() * 1000.0;
    let own: fn(&Sample) -> f64 = |x| x.own_kib as f64 / 1024.0;
    let pss: fn(&Sample) -> f64 = |x| x.own_pss_kib as f64 / 1024.0;
    let total: fn(&Sample) -> f64 = |x| x.total_kib as f64 / 1024.0;
    row(
        "cold start to the unlocked case list (goal < 1 s)",
        "ms",
        figure(&ours, ms),
        figure(&base, ms),
    );
    row(
        "resident memory (RSS), app process (goal < 150 MB)",
        "MB",
        figure(&ours, own),
        figure(&base, own),
    );
    row(
        "proportional memory (PSS), app process",
        "MB",
        figure(&ours, pss),
        figure(&base, pss),
    );
    row(
        "RSS, app with its WebKit processes",
        "MB",
        figure(&ours, total),
        figure(&base, total),
    );
    Ok(())
}
