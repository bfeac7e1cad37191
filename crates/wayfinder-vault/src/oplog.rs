//! The case file as operations (SECURITY-AND-SYNC.md, section 4), stored in the vault.
//!
//! Every edit is an operation from `wayfinder-merge`, kept for ever in `operations` (its frozen
//! encoding included, for sync). What they add up to is kept beside them, updated in the same
//! transaction: `heads` (each field's current versions: one is its value, more are a conflict),
//! `replaced` (every id an operation names as a parent), and the indexes the screens query
//! (`case_index`, `task_index`, `consent_index`). The algorithm is `wayfinder_merge::Replica`'s,
//! in SQL; a property test checks that both always agree.

use crate::error::{Result, VaultError};
use crate::keys::random_bytes;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use wayfinder_core::EntityKind;
use wayfinder_merge::{AuthorId, Change, Clock, FieldRef, Hlc, OpId, Operation, encode};

/// The field that records an entity's existence: set to its kind when created, cleared when
/// deleted. An ordinary register, so a deletion concurrent with an edit is a visible conflict.
pub const KIND_FIELD: &str = "$kind";

/// This vault's author id and clock, kept in `meta`.
pub fn author(conn: &Connection) -> Result<AuthorId> {
    let bytes: Option<Vec<u8>> = conn
        .query_row("SELECT value FROM meta WHERE key = 'author'", [], |r| {
            r.get(0)
        })
        .optional()?;
    let bytes = bytes.ok_or(VaultError::Damaged)?;
    Ok(AuthorId(bytes.try_into().map_err(|_| VaultError::Damaged)?))
}

pub fn init_author(tx: &Transaction<'_>) -> Result<AuthorId> {
    let mut id = [0u8; 16];
    random_bytes(&mut id)?;
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('author', ?1)",
        [&id[..]],
    )?;
    Ok(AuthorId(id))
}

fn load_clock(tx: &Transaction<'_>) -> Result<Clock> {
    let bytes: Option<Vec<u8>> = tx
        .query_row("SELECT value FROM meta WHERE key = 'hlc'", [], |r| r.get(0))
        .optional()?;
    Ok(match bytes {
        Some(b) if b.len() == 12 => {
            let millis = u64::from_be_bytes(b[..8].try_into().map_err(|_| VaultError::Damaged)?);
            let counter = u32::from_be_bytes(b[8..].try_into().map_err(|_| VaultError::Damaged)?);
            Clock::new(Hlc { millis, counter })
        }
        _ => Clock::default(),
    })
}

fn save_clock(tx: &Transaction<'_>, clock: &Clock) -> Result<()> {
    let last = clock.last();
    let mut bytes = last.millis.to_be_bytes().to_vec();
    bytes.extend_from_slice(&last.counter.to_be_bytes());
    tx.execute("INSERT INTO meta (key, value) VALUES ('hlc', ?1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [bytes])?;
    Ok(())
}

/// A UUIDv7 for an operation or entity made at `now_millis`.
pub fn new_id(now_millis: u64) -> Result<[u8; 16]> {
    let mut tail = [0u8; 10];
    random_bytes(&mut tail)?;
    Ok(
        *uuid::Builder::from_unix_timestamp_millis(now_millis, &tail)
            .into_uuid()
            .as_bytes(),
    )
}

fn value_text(change: &Change) -> Option<String> {
    match change {
        Change::Set(bytes) => Some(String::from_utf8_lossy(bytes).into_owned()),
        Change::Clear => None,
    }
}

/// The ids of every operation of `case`, in the order they were stored.
pub fn operation_ids(conn: &Connection, case: wayfinder_core::CaseId) -> Result<Vec<OpId>> {
    let mut stmt = conn.prepare("SELECT id FROM operations WHERE case_id = ?1 ORDER BY seq")?;
    let ids = stmt
        .query_map([&case.as_bytes()[..]], |r| r.get::<_, [u8; 16]>(0))?
        .map(|r| r.map(OpId))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ids)
}

/// The current heads of a field, as ids.
pub fn heads_of(tx: &Connection, field: &FieldRef) -> Result<Vec<OpId>> {
    let mut stmt = tx.prepare_cached(
        "SELECT op_id FROM heads WHERE case_id = ?1 AND entity = ?2 AND field = ?3
         ORDER BY hlc_millis, hlc_counter, author, op_id",
    )?;
    let ids = stmt
        .query_map(
            params![&field.scope[..], &field.entity[..], field.field],
            |r| r.get::<_, [u8; 16]>(0),
        )?
        .map(|r| r.map(OpId))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ids)
}

/// Writes a new local operation on `field` (parents: its current heads), in `tx`.
pub fn write_local(
    tx: &Transaction<'_>,
    now_millis: u64,
    field: FieldRef,
    change: Change,
) -> Result<Operation> {
    // Her edit goes into the audit log in the same transaction: both or neither.
    crate::audit::note_change(tx, field.scope, field.entity, now_millis)?;
    write_local_at(tx, now_millis, field, change, Schema::Current)
}

/// Which derived tables exist: a migration runs at the schema it was written for, before the
/// tables of later migrations (which fill themselves from what is there when they run).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Schema {
    /// Schema 2: the operation log and the case file's indexes, no records or search yet.
    OperationLog,
    Current,
}

/// `write_local` as a migration of an earlier schema needs it.
pub fn write_local_at(
    tx: &Transaction<'_>,
    now_millis: u64,
    field: FieldRef,
    change: Change,
    schema: Schema,
) -> Result<Operation> {
    let author = author(tx)?;
    let mut clock = load_clock(tx)?;
    let time = clock.tick(now_millis);
    save_clock(tx, &clock)?;
    let op = Operation {
        id: OpId(new_id(now_millis)?),
        author,
        time,
        parents: heads_of(tx, &field)?,
        target: field,
        change,
    };
    apply_at(tx, &op, schema)?;
    Ok(op)
}

/// Whether `apply` stored something new.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stored {
    New,
    Duplicate,
}

/// Applies an operation received from elsewhere: as `apply`, and this vault's clock moves past
/// its time, so that the next local edit comes after it.
pub fn receive(tx: &Transaction<'_>, op: &Operation) -> Result<Stored> {
    let stored = apply(tx, op)?;
    if stored == Stored::New {
        let mut clock = load_clock(tx)?;
        clock.observe(op.time);
        save_clock(tx, &clock)?;
    }
    Ok(stored)
}

/// Applies an operation, local or received: stores it, updates the field's heads and the
/// indexes of its entity. Applying one twice changes nothing; order does not matter.
pub fn apply(tx: &Transaction<'_>, op: &Operation) -> Result<Stored> {
    apply_at(tx, op, Schema::Current)
}

fn apply_at(tx: &Transaction<'_>, op: &Operation, schema: Schema) -> Result<Stored> {
    let target = &op.target;
    let inserted = tx.execute(
        "INSERT INTO operations (id, case_id, entity, field, author, hlc_millis, hlc_counter, encoded)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO NOTHING",
        params![
            &op.id.0[..],
            &target.scope[..],
            &target.entity[..],
            target.field,
            &op.author.0[..],
            op.time.millis as i64,
            op.time.counter,
            encode(op),
        ],
    )?;
    if inserted == 0 {
        return Ok(Stored::Duplicate);
    }
    {
        let mut replace =
            tx.prepare_cached("INSERT INTO replaced (op_id) VALUES (?1) ON CONFLICT DO NOTHING")?;
        let mut drop_head = tx.prepare_cached(
            "DELETE FROM heads WHERE case_id = ?1 AND entity = ?2 AND field = ?3 AND op_id = ?4",
        )?;
        for parent in &op.parents {
            replace.execute([&parent.0[..]])?;
            drop_head.execute(params![
                &target.scope[..],
                &target.entity[..],
                target.field,
                &parent.0[..]
            ])?;
        }
    }
    let replaced: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM replaced WHERE op_id = ?1)")?
        .query_row([&op.id.0[..]], |r| r.get(0))?;
    if !replaced {
        tx.prepare_cached(
            "INSERT INTO heads (case_id, entity, field, op_id, author, hlc_millis, hlc_counter, value)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            &target.scope[..],
            &target.entity[..],
            target.field,
            &op.id.0[..],
            &op.author.0[..],
            op.time.millis as i64,
            op.time.counter,
            value_text(&op.change),
        ])?;
    }
    reindex(tx, target.scope, target.entity, op.time.millis, schema)?;
    if schema == Schema::Current {
        crate::library::index_field(tx, target.scope, target.entity, &target.field)?;
    }
    Ok(Stored::New)
}

/// One head of a field: a value (or a clearing) with who wrote it and when.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Head {
    pub op: OpId,
    pub author: AuthorId,
    pub time: Hlc,
    pub value: Option<String>,
}

/// Every field's heads of one entity.
pub fn entity_heads(conn: &Connection, entity: [u8; 16]) -> Result<Vec<(String, Head)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT field, op_id, author, hlc_millis, hlc_counter, value FROM heads WHERE entity = ?1
         ORDER BY field, hlc_millis, hlc_counter, author, op_id",
    )?;
    let rows = stmt
        .query_map([&entity[..]], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Head {
                    op: OpId(r.get(1)?),
                    author: AuthorId(r.get(2)?),
                    time: Hlc {
                        millis: r.get::<_, i64>(3)? as u64,
                        counter: r.get(4)?,
                    },
                    value: r.get(5)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The value a list or an index shows for a field: its single head, or in a conflict the
/// earliest head (the screen shows the conflict itself).
fn shown(heads: &[(String, Head)], field: &str) -> String {
    heads
        .iter()
        .find(|(f, _)| f == field)
        .and_then(|(_, h)| h.value.clone())
        .unwrap_or_default()
}

/// Rebuilds the index rows of one entity from its heads.
fn reindex(
    tx: &Transaction<'_>,
    case_id: [u8; 16],
    entity: [u8; 16],
    millis: u64,
    schema: Schema,
) -> Result<()> {
    let heads = entity_heads(tx, entity)?;
    let kind = heads
        .iter()
        .filter(|(f, _)| f == KIND_FIELD)
        .filter_map(|(_, h)| h.value.as_deref())
        .find_map(EntityKind::parse);
    let exists = kind.is_some();
    match kind {
        Some(kind) => {
            tx.prepare_cached(
                "INSERT INTO entities (entity, case_id, kind, created_millis) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (entity) DO NOTHING",
            )?
            .execute(params![&entity[..], &case_id[..], kind.as_str(), millis as i64])?;
        }
        None => {
            tx.prepare_cached("DELETE FROM entities WHERE entity = ?1")?
                .execute([&entity[..]])?;
        }
    }
    let conflicts = {
        let mut fields: Vec<&str> = heads.iter().map(|(f, _)| f.as_str()).collect();
        let total = fields.len();
        fields.dedup();
        (total - fields.len()) as i64
    };
    match kind {
        Some(EntityKind::Case) => {
            let name = shown(&heads, "child.name");
            tx.prepare_cached(
                "INSERT INTO case_index (case_id, name, name_folded, stage, country, assignee, waiting_on, date_of_birth, updated_millis, conflicts)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (case_id) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded,
                   stage = excluded.stage, country = excluded.country, assignee = excluded.assignee,
                   waiting_on = excluded.waiting_on, date_of_birth = excluded.date_of_birth,
                   updated_millis = max(case_index.updated_millis, excluded.updated_millis), conflicts = excluded.conflicts",
            )?
            .execute(params![
                &case_id[..],
                name,
                fold(&name),
                shown(&heads, "stage"),
                shown(&heads, "child.country"),
                shown(&heads, "assignee"),
                shown(&heads, "waiting_on"),
                shown(&heads, "child.date_of_birth"),
                millis as i64,
                conflicts,
            ])?;
            // Tasks of a closed case leave Today; they come back if it reopens.
            tx.prepare_cached(
                "UPDATE task_index SET case_open = ?2 WHERE case_id = ?1 AND case_open != ?2",
            )?
            .execute(params![&case_id[..], shown(&heads, "stage") != "closed"])?;
            if schema == Schema::Current {
                // Its requests may have come before it did.
                refresh_waiting(tx, case_id)?;
                for table in ["trip_item_index", "recipient_index"] {
                    tx.prepare_cached(&format!(
                        "UPDATE {table} SET case_open = ?2 WHERE case_id = ?1 AND case_open != ?2"
                    ))?
                    .execute(params![&case_id[..], shown(&heads, "stage") != "closed"])?;
                }
            }
        }
        Some(EntityKind::TripItem) if schema == Schema::Current => {
            tx.prepare_cached(
                "INSERT INTO trip_item_index (item_id, case_id, title, due, assignee, done, case_open)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6,
                   coalesce((SELECT stage != 'closed' FROM case_index WHERE case_id = ?2), 1))
                 ON CONFLICT (item_id) DO UPDATE SET title = excluded.title, due = excluded.due,
                   assignee = excluded.assignee, done = excluded.done",
            )?
            .execute(params![
                &entity[..],
                &case_id[..],
                shown(&heads, "title"),
                shown(&heads, "due"),
                shown(&heads, "assignee"),
                shown(&heads, "done") == "true",
            ])?;
        }
        Some(EntityKind::Recipient) if schema == Schema::Current => {
            let waits = wayfinder_core::coordination::Status::parse(&shown(&heads, "status"))
                .is_some_and(wayfinder_core::coordination::Status::open);
            tx.prepare_cached(
                "INSERT INTO recipient_index (recipient_id, case_id, title, due, done, case_open)
                 VALUES (?1, ?2, ?3, ?4, ?5,
                   coalesce((SELECT stage != 'closed' FROM case_index WHERE case_id = ?2), 1))
                 ON CONFLICT (recipient_id) DO UPDATE SET title = excluded.title,
                   due = excluded.due, done = excluded.done",
            )?
            .execute(params![
                &entity[..],
                &case_id[..],
                shown(&heads, "institution_name"),
                shown(&heads, "follow_up"),
                !waits,
            ])?;
            refresh_waiting(tx, case_id)?;
        }
        Some(EntityKind::Task) => {
            tx.prepare_cached(
                "INSERT INTO task_index (task_id, case_id, title, due, assignee, done, case_open)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6,
                   coalesce((SELECT stage != 'closed' FROM case_index WHERE case_id = ?2), 1))
                 ON CONFLICT (task_id) DO UPDATE SET title = excluded.title, due = excluded.due,
                   assignee = excluded.assignee, done = excluded.done",
            )?
            .execute(params![
                &entity[..],
                &case_id[..],
                shown(&heads, "title"),
                shown(&heads, "due"),
                shown(&heads, "assignee"),
                shown(&heads, "done") == "true",
            ])?;
        }
        Some(EntityKind::Consent) => {
            tx.prepare_cached(
                "INSERT INTO consent_index (consent_id, case_id, what, recipient, until) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (consent_id) DO UPDATE SET what = excluded.what, recipient = excluded.recipient, until = excluded.until",
            )?
            .execute(params![&entity[..], &case_id[..], shown(&heads, "what"), shown(&heads, "recipient"), shown(&heads, "until")])?;
        }
        _ => {}
    }
    if schema == Schema::Current
        && (kind == Some(EntityKind::Record) || (!exists && entity != case_id))
    {
        crate::library::reindex_record(tx, case_id, entity, &heads, exists)?;
    }
    if schema == Schema::Current
        && (kind.is_some_and(|k| crate::directory::KINDS.contains(&k)) || !exists)
    {
        crate::directory::reindex(tx, entity, kind, &heads)?;
    }
    if schema == Schema::Current && (kind == Some(EntityKind::PageText) || !exists) {
        crate::library::reindex_page_text(tx, entity, &heads, exists)?;
    }
    if schema == Schema::Current && (kind == Some(EntityKind::Unit) || !exists) {
        crate::memory::reindex_unit(tx, entity, &heads, exists)?;
    }
    if !exists {
        tx.prepare_cached("DELETE FROM task_index WHERE task_id = ?1")?
            .execute([&entity[..]])?;
        if schema == Schema::Current {
            tx.prepare_cached("DELETE FROM trip_item_index WHERE item_id = ?1")?
                .execute([&entity[..]])?;
            let gone = tx
                .prepare_cached("DELETE FROM recipient_index WHERE recipient_id = ?1")?
                .execute([&entity[..]])?;
            if gone > 0 {
                refresh_waiting(tx, case_id)?;
            }
        }
        tx.prepare_cached("DELETE FROM consent_index WHERE consent_id = ?1")?
            .execute([&entity[..]])?;
        if entity == case_id {
            tx.prepare_cached("DELETE FROM case_index WHERE case_id = ?1")?
                .execute([&case_id[..]])?;
        }
    }
    if entity != case_id {
        // A change anywhere in a case is a change to the case, for "recently changed" lists.
        tx.prepare_cached(
            "UPDATE case_index SET updated_millis = max(updated_millis, ?2) WHERE case_id = ?1",
        )?
        .execute(params![&case_id[..], millis as i64])?;
    }
    Ok(())
}

/// Writes again which institutions a case's open requests wait on, for its list.
fn refresh_waiting(tx: &Transaction<'_>, case_id: [u8; 16]) -> Result<()> {
    tx.prepare_cached(
        "UPDATE case_index SET waiting_requests = coalesce((SELECT group_concat(title, char(31))
           FROM (SELECT DISTINCT r.title FROM recipient_index r
                 WHERE r.case_id = ?1 AND r.done = 0 ORDER BY r.title)), '')
         WHERE case_id = ?1",
    )?
    .execute([&case_id[..]])?;
    Ok(())
}

/// Names as searched: lower case, so that "layla" finds "Layla" and "иван" finds "Иван".
pub fn fold(text: &str) -> String {
    text.to_lowercase()
}
