//! Planning a case again after an anchor moves: 1,000 items, each dated relative to one of the
//! four anchors, each after up to two earlier items, a fifth of them done; travel moves a day at
//! a time. p50 and p95 of `travel::plan` (the circle check, every date, every flag). Goal: under
//! 10 ms. `cargo bench -p wayfinder-core --bench travel`; under `cargo test` it plans once as a
//! smoke test.
#![allow(clippy::print_stdout)]

use chrono::NaiveDate;
use std::time::{Duration, Instant};
use wayfinder_core::travel::{Anchor, Anchors, Item, Rule, plan};

fn p(times: &mut [Duration], q: f64) -> Duration {
    times.sort();
    times[((times.len() as f64 - 1.0) * q).round() as usize]
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let rounds = if full { 200 } else { 1 };
    let base = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default();
    let items: Vec<Item<u32>> = (0..1000u32)
        .map(|i| Item {
            key: i,
            rule: Some(Rule {
                anchor: Anchor::ALL[(i % 4) as usize],
                days: (i % 90) as i32 - 60,
            }),
            due: None,
            done: i % 5 == 0,
            after: [i.checked_sub(1), i.checked_sub(7)]
                .into_iter()
                .flatten()
                .collect(),
        })
        .collect();
    let mut anchors = Anchors {
        travel: Some(base),
        visa: base.checked_sub_days(chrono::Days::new(30)),
        admission: base.checked_add_days(chrono::Days::new(2)),
        return_date: base.checked_add_days(chrono::Days::new(40)),
    };
    let today = base.checked_sub_days(chrono::Days::new(90)).unwrap_or(base);
    let mut times = Vec::with_capacity(rounds);
    for round in 0..rounds {
        anchors.travel = base.checked_add_days(chrono::Days::new(round as u64 + 1));
        let started = Instant::now();
        let planned = plan(&items, &anchors, today).unwrap_or_else(|c| panic!("{c:?}"));
        times.push(started.elapsed());
        assert_eq!(planned.len(), items.len());
    }
    let (t50, t95) = (p(&mut times, 0.5), p(&mut times, 0.95));
    println!("plan 1,000 items after travel moves: p50 {t50:.2?}  p95 {t95:.2?}  ({rounds} moves)");
    println!(
        "goal p95 < 10 ms: {}",
        if t95 < Duration::from_millis(10) {
            "met"
        } else {
            "missed"
        }
    );
}
