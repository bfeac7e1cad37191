//! The case file at scale: 5,000 cases with 50 tasks each and 200 operations each (one
//! million operations), a trip each with 20 checklist items (100,000 travel items), two
//! requests each waiting on an institution (10,000 open requests), and the team's directory
//! of 5,000 institutions with 20,000 contacts. Measured in one run:
//! - applying every operation from the log into a new vault (SQLCipher), against inserting the
//!   same final rows into plain tables in plain SQLite;
//! - the case list, a name search and Today (tasks, travel items and requests due), p95 of
//!   repeated runs (goal: each under 20 ms), against the same queries on plain tables in plain
//!   SQLite;
//! - a directory search, and the page of institutions it shows with their contacts (goal:
//!   under 10 ms), against the same queries on plain tables in plain SQLite.
//!
//! `cargo bench -p wayfinder-vault --bench casefile`; under `cargo test` a hundredth runs.
#![allow(clippy::print_stdout)]

use chrono::NaiveDate;
use rusqlite::{Connection, params};
use std::collections::HashMap;
use std::time::{Duration, Instant};
use wayfinder_core::CaseId;
use wayfinder_merge::{AuthorId, Change, Clock, FieldRef, OpId, Operation};
use wayfinder_vault::{CaseFilter, Passphrase, VaultDir, oplog::KIND_FIELD};

fn scale() -> f64 {
    let full = std::env::args().any(|a| a == "--bench");
    std::env::var("WAYFINDER_BENCH_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if full { 1.0 } else { 0.01 })
}

const TASKS_PER_CASE: usize = 50;
const TRAVEL_ITEMS_PER_CASE: usize = 20;
const OPS_PER_CASE: usize = 200;
const REQUESTS_PER_CASE: usize = 2;
const INSTITUTIONS_PER_CASE: usize = 1;
const CONTACTS_PER_INSTITUTION: usize = 4;
const CITIES: [&str; 8] = [
    "Lyon", "Madrid", "Istanbul", "Moscou", "Amman", "Boston", "Milano", "Seoul",
];
const SURNAMES: [&str; 6] = ["Martin", "García", "Yılmaz", "Иванова", "Haddad", "李"];
const TODAY: (i32, u32, u32) = (2026, 11, 24);

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).unwrap_or_default()
}

/// The final state of one task, for the plain-table baseline.
struct TaskRow {
    id: [u8; 16],
    case: [u8; 16],
    title: String,
    due: String,
    done: bool,
}

struct CaseRow {
    id: [u8; 16],
    name: String,
    stage: &'static str,
    country: &'static str,
    updated: u64,
}

/// What `generate` makes: the operations, and the final rows they add up to.
struct Generated {
    ops: Vec<Operation>,
    cases: Vec<CaseRow>,
    tasks: Vec<TaskRow>,
    travel: Vec<TaskRow>,
    /// The recipients of requests, as Today reads them (`title` the institution).
    requests: Vec<TaskRow>,
}

/// Every operation of `cases` cases, each case's 200 in the order its author made them, then
/// its trip's and its requests', and the final rows they add up to.
fn generate(cases: usize) -> Generated {
    let author = AuthorId([0xa1; 16]);
    let mut clock = Clock::default();
    let mut ops = Vec::with_capacity(cases * OPS_PER_CASE);
    let mut case_rows = Vec::with_capacity(cases);
    let mut task_rows = Vec::with_capacity(cases * TASKS_PER_CASE);
    let mut travel_rows = Vec::with_capacity(cases * TRAVEL_ITEMS_PER_CASE);
    let mut request_rows = Vec::with_capacity(cases * REQUESTS_PER_CASE);
    let mut seq: u64 = 0;
    let start_millis: u64 = 1_780_000_000_000;
    for c in 0..cases {
        let case_id = *CaseId::new(
            chrono::DateTime::from_timestamp_millis(start_millis as i64 + c as i64)
                .unwrap_or_default(),
            [c as u8; 10],
        )
        .as_bytes();
        let mut last: HashMap<([u8; 16], &'static str), OpId> = HashMap::new();
        let mut write =
            |entity: [u8; 16], field: &'static str, value: String, ops: &mut Vec<Operation>| {
                seq += 1;
                let mut id = [0u8; 16];
                id[..8].copy_from_slice(&seq.to_be_bytes());
                id[8..].copy_from_slice(&case_id[..8]);
                let time = clock.tick(start_millis + seq);
                let parents = last
                    .get(&(entity, field))
                    .map(|p| vec![*p])
                    .unwrap_or_default();
                let op = Operation {
                    id: OpId(id),
                    author,
                    time,
                    target: FieldRef {
                        scope: case_id,
                        entity,
                        field: field.to_owned(),
                    },
                    parents,
                    change: Change::Set(value.into_bytes()),
                };
                last.insert((entity, field), op.id);
                ops.push(op);
            };
        let name = format!(
            "Child {c:05} {}",
            ["Haddad", "Петров", "王", "García", "Dubois"][c % 5]
        );
        let country = ["AE", "UA", "CN", "ES", "FR"][c % 5];
        let stage = ["inquiry", "records", "review", "travel", "follow-up"][c % 5];
        let before = ops.len();
        write(case_id, KIND_FIELD, "case".into(), &mut ops);
        write(case_id, "stage", stage.into(), &mut ops);
        write(case_id, "child.name", name.clone(), &mut ops);
        write(
            case_id,
            "child.date_of_birth",
            "2017-06-01".into(),
            &mut ops,
        );
        write(case_id, "child.country", country.into(), &mut ops);
        write(case_id, "child.languages", "ar en".into(), &mut ops);
        let mut tasks = Vec::with_capacity(TASKS_PER_CASE);
        for t in 0..TASKS_PER_CASE {
            let mut task = case_id;
            task[12..].copy_from_slice(&(t as u32).to_be_bytes());
            task[0] ^= 0x80;
            // Due dates spread over four months around today.
            let due = today() + chrono::Duration::days(((c * 7 + t * 13) % 120) as i64 - 60);
            let due = due.format("%Y-%m-%d").to_string();
            write(task, KIND_FIELD, "task".into(), &mut ops);
            write(task, "title", format!("Task {t} of case {c}"), &mut ops);
            write(task, "due", due.clone(), &mut ops);
            tasks.push((task, due));
        }
        // The rest of the 200: tasks marked done (nine in ten of those due before today).
        let mut done = [false; TASKS_PER_CASE];
        let mut t = 0;
        while ops.len() - before < OPS_PER_CASE {
            let (task, due) = &tasks[t % TASKS_PER_CASE];
            let mark = due.as_str() < "2026-11-24" && (t % 10 != 0);
            write(
                *task,
                "done",
                if mark { "true" } else { "false" }.into(),
                &mut ops,
            );
            done[t % TASKS_PER_CASE] = mark;
            t += 1;
        }
        for (i, (task, due)) in tasks.into_iter().enumerate() {
            task_rows.push(TaskRow {
                id: task,
                case: case_id,
                title: format!("Task {i} of case {c}"),
                due,
                done: done[i],
            });
        }
        // A trip with 20 items due over four months around today, eight in ten of those
        // already due marked done.
        let mut trip = case_id;
        trip[0] ^= 0x40;
        write(trip, KIND_FIELD, "trip".into(), &mut ops);
        write(trip, "destination", "TR".into(), &mut ops);
        let trip_text = wayfinder_core::EntityId::from_bytes(trip).to_string();
        for i in 0..TRAVEL_ITEMS_PER_CASE {
            let mut item = case_id;
            item[12..].copy_from_slice(&(i as u32).to_be_bytes());
            item[0] ^= 0x20;
            let due = today() + chrono::Duration::days(((c * 11 + i * 17) % 120) as i64 - 60);
            let due = due.format("%Y-%m-%d").to_string();
            let done = due.as_str() < "2026-11-24" && (c + i) % 5 != 0;
            let title = format!("Travel item {i} of case {c}");
            write(item, KIND_FIELD, "trip-item".into(), &mut ops);
            write(item, "trip", trip_text.clone(), &mut ops);
            write(item, "title", title.clone(), &mut ops);
            write(item, "due", due.clone(), &mut ops);
            if done {
                write(item, "done", "true".into(), &mut ops);
            }
            travel_rows.push(TaskRow {
                id: item,
                case: case_id,
                title,
                due,
                done,
            });
        }
        // Two requests, each sent to an institution and waiting, follow-ups spread over four
        // months around today.
        for r in 0..REQUESTS_PER_CASE {
            let mut recipient = case_id;
            recipient[12..].copy_from_slice(&(r as u32).to_be_bytes());
            recipient[0] ^= 0x10;
            let due = today() + chrono::Duration::days(((c * 5 + r * 31) % 120) as i64 - 60);
            let due = due.format("%Y-%m-%d").to_string();
            let title = format!("Hospital {:05}", (c * 3 + r) % cases.max(1));
            write(recipient, KIND_FIELD, "recipient".into(), &mut ops);
            write(recipient, "institution_name", title.clone(), &mut ops);
            write(recipient, "status", "sent".into(), &mut ops);
            write(recipient, "follow_up", due.clone(), &mut ops);
            request_rows.push(TaskRow {
                id: recipient,
                case: case_id,
                title,
                due,
                done: false,
            });
        }
        case_rows.push(CaseRow {
            id: case_id,
            name,
            stage,
            country,
            updated: ops.last().map(|o| o.time.millis).unwrap_or(0),
        });
    }
    Generated {
        ops,
        cases: case_rows,
        tasks: task_rows,
        travel: travel_rows,
        requests: request_rows,
    }
}

/// An institution of the directory and its contacts, for the plain-table baseline.
struct InstitutionRow {
    id: [u8; 16],
    name: String,
    city: &'static str,
    country: &'static str,
    contacts: Vec<([u8; 16], String, &'static str)>,
}

/// The team-wide scope's directory: `count` institutions, each with four contacts, as the
/// operations that make them and the rows they add up to.
fn generate_directory(count: usize) -> (Vec<Operation>, Vec<InstitutionRow>) {
    let author = AuthorId([0xa2; 16]);
    let scope = [0x7e; 16];
    let mut clock = Clock::default();
    let mut ops = Vec::new();
    let mut rows = Vec::with_capacity(count);
    let mut seq: u64 = 0;
    let start_millis: u64 = 1_790_000_000_000;
    let mut write = |entity: [u8; 16], field: &str, value: String, ops: &mut Vec<Operation>| {
        seq += 1;
        let mut id = [0u8; 16];
        id[..8].copy_from_slice(&seq.to_be_bytes());
        id[8..].copy_from_slice(&[0x7e; 8]);
        ops.push(Operation {
            id: OpId(id),
            author,
            time: clock.tick(start_millis + seq),
            target: FieldRef {
                scope,
                entity,
                field: field.to_owned(),
            },
            parents: Vec::new(),
            change: Change::Set(value.into_bytes()),
        });
    };
    write(scope, KIND_FIELD, "team".into(), &mut ops);
    for i in 0..count {
        let mut id = [0x55; 16];
        id[12..].copy_from_slice(&(i as u32).to_be_bytes());
        let city = CITIES[i % CITIES.len()];
        let country = ["FR", "ES", "TR", "RU", "JO", "US", "IT", "KR"][i % CITIES.len()];
        let name = format!("Hospital {i:05}");
        write(id, KIND_FIELD, "institution".into(), &mut ops);
        write(id, "name", name.clone(), &mut ops);
        write(id, "kind", "hospital".into(), &mut ops);
        write(id, "city", city.into(), &mut ops);
        write(id, "country", country.into(), &mut ops);
        let owner = wayfinder_core::EntityId::from_bytes(id).to_string();
        let mut contacts = Vec::with_capacity(CONTACTS_PER_INSTITUTION);
        for k in 0..CONTACTS_PER_INSTITUTION {
            let mut contact = id;
            contact[0] = 0x66;
            contact[11] = k as u8;
            let person = format!("Dr {} {i}-{k}", SURNAMES[(i + k) % SURNAMES.len()]);
            write(contact, KIND_FIELD, "directory-contact".into(), &mut ops);
            write(contact, "institution", owner.clone(), &mut ops);
            write(contact, "name", person.clone(), &mut ops);
            write(contact, "role", "Coordinator".into(), &mut ops);
            contacts.push((contact, person, "Coordinator"));
        }
        rows.push(InstitutionRow {
            id,
            name,
            city,
            country,
            contacts,
        });
    }
    (ops, rows)
}

fn p95(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[(samples.len() * 95 / 100).min(samples.len() - 1)]
}

fn time_runs(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut rows = 0;
    let samples = (0..runs)
        .map(|_| {
            let t = Instant::now();
            rows = f();
            t.elapsed()
        })
        .collect();
    (p95(samples), rows)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn row(what: &str, ours: Duration, base: Duration) {
    println!(
        "{what:<52} {:>10.2} ms {:>10.2} ms {:>7.2}x",
        ms(ours),
        ms(base),
        ours.as_secs_f64() / base.as_secs_f64()
    );
}

fn plain_tables(
    path: &std::path::Path,
    made: &Generated,
    directory: &[InstitutionRow],
) -> (Connection, Duration) {
    let (cases, tasks, travel) = (&made.cases, &made.tasks, &made.travel);
    let conn = Connection::open(path).unwrap_or_else(|e| panic!("{e}"));
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
         CREATE TABLE cases (id BLOB PRIMARY KEY, name TEXT, name_folded TEXT, stage TEXT, country TEXT, updated INTEGER) STRICT;
         CREATE INDEX cases_by_update ON cases (updated DESC);
         CREATE TABLE tasks (id BLOB PRIMARY KEY, case_id BLOB, title TEXT, due TEXT, done INTEGER) STRICT;
         CREATE INDEX tasks_open_by_due ON tasks (done, due);
         CREATE TABLE travel (id BLOB PRIMARY KEY, case_id BLOB, title TEXT, due TEXT, done INTEGER) STRICT;
         CREATE INDEX travel_open_by_due ON travel (done, due);
         CREATE TABLE requests (id BLOB PRIMARY KEY, case_id BLOB, title TEXT, due TEXT, done INTEGER) STRICT;
         CREATE INDEX requests_open_by_due ON requests (done, due);
         CREATE TABLE institutions (id BLOB PRIMARY KEY, name TEXT, city TEXT, country TEXT, name_folded TEXT, folded TEXT) STRICT;
         CREATE INDEX institutions_by_name ON institutions (name_folded);
         CREATE TABLE contacts (id BLOB PRIMARY KEY, institution BLOB, name TEXT, role TEXT, folded TEXT) STRICT;
         CREATE INDEX contacts_by_institution ON contacts (institution);",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let t = Instant::now();
    conn.execute_batch("BEGIN")
        .unwrap_or_else(|e| panic!("{e}"));
    for c in cases {
        conn.execute(
            "INSERT INTO cases VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                &c.id[..],
                c.name,
                c.name.to_lowercase(),
                c.stage,
                c.country,
                c.updated as i64
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    for task in tasks {
        conn.execute(
            "INSERT INTO tasks VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                &task.id[..],
                &task.case[..],
                task.title,
                task.due,
                task.done
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    for item in &made.requests {
        conn.execute(
            "INSERT INTO requests VALUES (?1, ?2, ?3, ?4, 0)",
            params![&item.id[..], &item.case[..], item.title, item.due],
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    for i in directory {
        let folded = [i.name.as_str(), i.city, i.country]
            .join("\u{1f}")
            .to_lowercase();
        conn.execute(
            "INSERT INTO institutions VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                &i.id[..],
                i.name,
                i.city,
                i.country,
                i.name.to_lowercase(),
                folded
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"));
        for (id, name, role) in &i.contacts {
            let folded = [name.as_str(), role].join("\u{1f}").to_lowercase();
            conn.execute(
                "INSERT INTO contacts VALUES (?1, ?2, ?3, ?4, ?5)",
                params![&id[..], &i.id[..], name, role, folded],
            )
            .unwrap_or_else(|e| panic!("{e}"));
        }
    }
    for item in travel {
        conn.execute(
            "INSERT INTO travel VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                &item.id[..],
                &item.case[..],
                item.title,
                item.due,
                item.done
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    conn.execute_batch("COMMIT")
        .unwrap_or_else(|e| panic!("{e}"));
    (conn, t.elapsed())
}

fn main() {
    let cases = ((5_000.0 * scale()) as usize).max(2);
    let runs = if scale() < 1.0 { 5 } else { 200 };
    let made = generate(cases);
    let (directory_ops, directory) = generate_directory(cases * INSTITUTIONS_PER_CASE);
    let (case_rows, task_rows, travel_rows) = (&made.cases, &made.tasks, &made.travel);
    let ops: Vec<Operation> = made.ops.iter().chain(&directory_ops).cloned().collect();
    println!(
        "{} cases, {} tasks, {} travel items, {} open requests, {} institutions with {} contacts, {} operations",
        case_rows.len(),
        task_rows.len(),
        travel_rows.len(),
        made.requests.len(),
        directory.len(),
        directory.len() * CONTACTS_PER_INSTITUTION,
        ops.len()
    );
    println!(
        "{:<52} {:>13} {:>13} {:>8}",
        "benchmark", "ours", "baseline", "ratio"
    );

    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = VaultDir::new(tmp.path().join("vault"));
    let fast = wayfinder_testkit::FAST_KDF;
    let (mut vault, _vk) = dir
        .create(
            &Passphrase::new("lantern orbit velvet cactus harbor"),
            fast,
            chrono::Utc::now(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let t = Instant::now();
    for batch in ops.chunks(10_000) {
        vault
            .apply_operations(batch)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let apply = t.elapsed();
    let (plain, insert) = plain_tables(&tmp.path().join("plain.db"), &made, &directory);
    row(
        &format!("apply {} operations from the log", ops.len()),
        apply,
        insert,
    );
    println!(
        "  (baseline: inserting the final {} rows into plain tables)",
        case_rows.len()
            + task_rows.len()
            + travel_rows.len()
            + made.requests.len()
            + directory.len() * (1 + CONTACTS_PER_INSTITUTION)
    );

    let (ours, n) = time_runs(runs, || {
        vault
            .list_cases(&CaseFilter::default())
            .unwrap_or_else(|e| panic!("{e}"))
            .len()
    });
    assert_eq!(n, cases);
    let mut list = plain
        .prepare("SELECT id, name, stage, country, updated FROM cases ORDER BY updated DESC, id")
        .unwrap_or_else(|e| panic!("{e}"));
    let (base, m) = time_runs(runs, || {
        list.query_map([], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, i64>(4)?,
            ))
        })
        .unwrap_or_else(|e| panic!("{e}"))
        .count()
    });
    assert_eq!(m, cases);
    row(&format!("case list of {cases} cases, p95"), ours, base);

    let filter = CaseFilter {
        name: Some("петров".into()),
        ..Default::default()
    };
    let (ours, n) = time_runs(runs, || {
        vault
            .list_cases(&filter)
            .unwrap_or_else(|e| panic!("{e}"))
            .len()
    });
    let mut search = plain
        .prepare("SELECT id, name FROM cases WHERE name_folded LIKE ?1 ORDER BY updated DESC")
        .unwrap_or_else(|e| panic!("{e}"));
    let (base, m) = time_runs(runs, || {
        search
            .query_map(["%петров%"], |r| r.get::<_, Vec<u8>>(0))
            .unwrap_or_else(|e| panic!("{e}"))
            .count()
    });
    assert_eq!(n, m);
    row("name search, p95", ours, base);

    // Today lists the 500 most overdue tasks and travel items and counts them all, as the
    // screen does.
    let (ours, n) = time_runs(runs, || {
        let day = vault.today(today(), 500).unwrap_or_else(|e| panic!("{e}"));
        day.tasks.len()
            + day.tasks_due as usize
            + day.travel.len()
            + day.travel_due as usize
            + day.requests.len()
            + day.requests_due as usize
    });
    let list_of = |table: &str| {
        format!(
            "SELECT t.id, c.name, t.title, t.due FROM {table} t JOIN cases c ON c.id = t.case_id
             WHERE t.done = 0 AND t.due <= ?1 AND c.stage != 'closed' ORDER BY t.due, t.id LIMIT 500"
        )
    };
    let count_of = |table: &str| {
        format!(
            "SELECT count(*) FROM {table} t JOIN cases c ON c.id = t.case_id
             WHERE t.done = 0 AND t.due <= ?1 AND c.stage != 'closed'"
        )
    };
    let mut statements: Vec<(rusqlite::Statement<'_>, rusqlite::Statement<'_>)> =
        ["tasks", "travel", "requests"]
            .into_iter()
            .map(|table| {
                (
                    plain
                        .prepare(&list_of(table))
                        .unwrap_or_else(|e| panic!("{e}")),
                    plain
                        .prepare(&count_of(table))
                        .unwrap_or_else(|e| panic!("{e}")),
                )
            })
            .collect();
    let (base, m) = time_runs(runs, || {
        statements
            .iter_mut()
            .map(|(list, count)| {
                let listed = list
                    .query_map(["2026-11-24"], |r| r.get::<_, Vec<u8>>(0))
                    .unwrap_or_else(|e| panic!("{e}"))
                    .count();
                let total: i64 = count
                    .query_row(["2026-11-24"], |r| r.get(0))
                    .unwrap_or_else(|e| panic!("{e}"));
                listed + total as usize
            })
            .sum()
    });
    assert_eq!(n, m, "Today lists and counts what the plain tables do");
    let day = vault.today(today(), 500).unwrap_or_else(|e| panic!("{e}"));
    assert!(day.travel_due > 0, "no travel item is due");
    assert!(day.requests_due > 0, "no request is waiting");
    row(
        &format!(
            "Today (500 each of tasks, travel, of {} open requests), p95",
            made.requests.len()
        ),
        ours,
        base,
    );

    // The directory: a contact's name (a few), a city (a page of 100 of many), a name, and
    // nothing found; each the institutions' ids, then the page as the screen shows it (each
    // institution found with its contacts).
    let queries = ["иванова 12", "istanbul", "hospital 0042", "nowhere at all"];
    let mut turn = 0;
    let (ours, _) = time_runs(runs * 4, || {
        turn += 1;
        vault
            .directory_search(queries[turn % queries.len()], 100)
            .unwrap_or_else(|e| panic!("{e}"))
            .len()
    });
    let mut find = plain
        .prepare(
            "SELECT i.id FROM institutions i WHERE i.folded LIKE ?1
               OR i.id IN (SELECT c.institution FROM contacts c WHERE c.folded LIKE ?1)
             ORDER BY i.name_folded, i.id LIMIT 100",
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let mut turn = 0;
    let (base, _) = time_runs(runs * 4, || {
        turn += 1;
        find.query_map([format!("%{}%", queries[turn % queries.len()])], |r| {
            r.get::<_, Vec<u8>>(0)
        })
        .unwrap_or_else(|e| panic!("{e}"))
        .count()
    });
    for q in queries {
        let ours = vault
            .directory_search(q, 100)
            .unwrap_or_else(|e| panic!("{e}"));
        let theirs: Vec<Vec<u8>> = find
            .query_map([format!("%{q}%")], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{e}"))
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            ours.len(),
            theirs.len(),
            "the directory finds what the plain tables do for {q}"
        );
    }
    row(
        &format!(
            "directory search of {} institutions, {} contacts, p95",
            directory.len(),
            directory.len() * CONTACTS_PER_INSTITUTION
        ),
        ours,
        base,
    );
    let mut turn = 0;
    let (ours, read) = time_runs(runs * 4, || {
        turn += 1;
        vault
            .directory_page(queries[turn % queries.len()], 100)
            .unwrap_or_else(|e| panic!("{e}"))
            .iter()
            .map(|l| 1 + l.parts.len())
            .sum()
    });
    let mut institution = plain
        .prepare("SELECT name, city, country FROM institutions WHERE id = ?1")
        .unwrap_or_else(|e| panic!("{e}"));
    let mut contacts = plain
        .prepare("SELECT name, role FROM contacts WHERE institution = ?1 ORDER BY name")
        .unwrap_or_else(|e| panic!("{e}"));
    let mut turn = 0;
    let (base, base_read) = time_runs(runs * 4, || {
        turn += 1;
        let ids: Vec<Vec<u8>> = find
            .query_map([format!("%{}%", queries[turn % queries.len()])], |r| {
                r.get(0)
            })
            .unwrap_or_else(|e| panic!("{e}"))
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{e}"));
        let mut read = 0;
        for id in ids {
            read += institution
                .query_map([&id], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                })
                .unwrap_or_else(|e| panic!("{e}"))
                .count();
            read += contacts
                .query_map([&id], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })
                .unwrap_or_else(|e| panic!("{e}"))
                .count();
        }
        read
    });
    // The last turn of each read the same query's page: as many entities on both sides.
    assert_eq!(read, base_read, "the page holds what the plain tables do");
    row(
        "directory page (found, with their contacts), p95",
        ours,
        base,
    );
}
