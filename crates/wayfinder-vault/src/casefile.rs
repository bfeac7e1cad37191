//! Reading and writing the case file through operations: the lists and views the screens show,
//! and every edit as one operation in one transaction.

use crate::error::{Result, VaultError};
use crate::oplog::{self, Head, KIND_FIELD};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use std::collections::BTreeMap;
use wayfinder_core::dates::{ConsentStanding, consent_standing};
use wayfinder_core::{CaseId, EntityKind};
use wayfinder_merge::{Change, FieldRef, Hlc, Operation};

/// A case as the list shows it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CaseSummary {
    pub id: CaseId,
    pub name: String,
    pub stage: String,
    pub country: String,
    pub assignee: String,
    pub waiting_on: String,
    pub date_of_birth: String,
    pub updated_millis: u64,
    /// How many fields of the case itself are in conflict.
    pub conflicts: u32,
    /// The earliest due date of its open tasks (`YYYY-MM-DD`), or empty.
    pub next_due: String,
    /// How many of its open tasks are past their date (as of the filter's `today`).
    pub overdue: u32,
    /// When "waiting on" was last set to someone, if it is.
    pub waiting_since_millis: Option<u64>,
    /// The institutions its requests still wait on, by name (each once): the case list's
    /// "waiting on" beside whomever she named herself.
    pub waiting_requests: Vec<String>,
}

/// Which cases to list: every condition given must hold.
#[derive(Clone, Default, Debug)]
pub struct CaseFilter {
    pub stage: Option<String>,
    pub country: Option<String>,
    pub assignee: Option<String>,
    /// Part of the child's name, in any case.
    pub name: Option<String>,
    pub limit: Option<u32>,
    /// The day against which tasks are overdue; without it none is counted.
    pub today: Option<NaiveDate>,
}

/// The columns of a case summary, read from `case_index` as `c`; `?{today}` is the day
/// against which tasks are overdue (`YYYY-MM-DD`, or NULL). Each task column is one look in
/// `task_index_by_case`, and "waiting since" one in the case's own heads.
fn summary_columns(today: usize) -> String {
    format!(
        "c.case_id, c.name, c.stage, c.country, c.assignee, c.waiting_on, c.date_of_birth,
         c.updated_millis, c.conflicts,
         coalesce((SELECT min(t.due) FROM task_index t WHERE t.case_id = c.case_id AND t.done = 0 AND t.due != ''), ''),
         (SELECT count(*) FROM task_index t WHERE t.case_id = c.case_id AND t.done = 0 AND t.due != ''
            AND ?{today} IS NOT NULL AND t.due < ?{today}),
         CASE WHEN c.waiting_on = '' THEN NULL ELSE
           (SELECT max(h.hlc_millis) FROM heads h JOIN entities e ON e.entity = h.entity
            WHERE h.case_id = c.case_id AND e.kind = 'case' AND h.field = 'waiting_on') END,
         c.waiting_requests"
    )
}

fn read_summary(r: &rusqlite::Row<'_>) -> rusqlite::Result<CaseSummary> {
    Ok(CaseSummary {
        id: CaseId::from_bytes(r.get(0)?),
        name: r.get(1)?,
        stage: r.get(2)?,
        country: r.get(3)?,
        assignee: r.get(4)?,
        waiting_on: r.get(5)?,
        date_of_birth: r.get(6)?,
        updated_millis: r.get::<_, i64>(7)? as u64,
        conflicts: r.get::<_, i64>(8)? as u32,
        next_due: r.get(9)?,
        overdue: r.get::<_, i64>(10)? as u32,
        waiting_since_millis: r.get::<_, Option<i64>>(11)?.map(|m| m.max(0) as u64),
        waiting_requests: r
            .get::<_, String>(12)?
            .split('\u{1f}')
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect(),
    })
}

/// Escapes `%`, `_` and `\` for a LIKE pattern.
pub(crate) fn like_pattern(text: &str) -> String {
    let mut out = String::from("%");
    for c in oplog::fold(text.trim()).chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// The cases that match, the most recently changed first.
pub fn list(conn: &Connection, filter: &CaseFilter) -> Result<Vec<CaseSummary>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {} FROM case_index c
         WHERE (?1 IS NULL OR c.stage = ?1) AND (?2 IS NULL OR c.country = ?2) AND (?3 IS NULL OR c.assignee = ?3)
           AND (?4 IS NULL OR c.name_folded LIKE ?4 ESCAPE '\\')
         ORDER BY c.updated_millis DESC, c.case_id LIMIT ?5",
        summary_columns(6)
    ))?;
    let rows = stmt
        .query_map(
            params![
                filter.stage,
                filter.country,
                filter.assignee,
                filter
                    .name
                    .as_deref()
                    .filter(|n| !n.trim().is_empty())
                    .map(like_pattern),
                filter.limit.map_or(-1, i64::from),
                filter.today.map(|d| d.format("%Y-%m-%d").to_string()),
            ],
            read_summary,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn count(conn: &Connection) -> Result<u64> {
    Ok(conn.query_row("SELECT count(*) FROM case_index", [], |r| {
        r.get::<_, i64>(0)
    })? as u64)
}

/// One entity of a case with every field's heads (one head: its value; more: a conflict).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct EntityView {
    pub id: [u8; 16],
    pub kind: EntityKind,
    pub created_millis: u64,
    pub fields: BTreeMap<String, Vec<Head>>,
    /// Someone deleted this entity while someone else, not having seen the deletion, changed
    /// it: the deletion, for a person to confirm or undo. Nothing is dropped silently.
    pub deletion_conflict: Option<Head>,
}

impl EntityView {
    /// A field's value when it has exactly one head.
    pub fn value(&self, field: &str) -> Option<&str> {
        match self.fields.get(field).map(Vec::as_slice) {
            Some([one]) => one.value.as_deref(),
            _ => None,
        }
    }
}

/// Every living entity of a case, the case itself first, then by kind and creation.
pub fn case_file(conn: &Connection, case: CaseId) -> Result<Vec<EntityView>> {
    let mut stmt = conn.prepare_cached(
        "SELECT entity, kind, created_millis FROM entities WHERE case_id = ?1
         ORDER BY entity != case_id, kind, created_millis, entity",
    )?;
    let entities = stmt
        .query_map([&case.as_bytes()[..]], |r| {
            Ok((
                r.get::<_, [u8; 16]>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)? as u64,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if entities.is_empty() {
        return Err(VaultError::CaseNotFound);
    }
    views(conn, entities)
}

/// Every living entity of one kind, in every case and scope, with its case, by creation.
pub fn of_kind(conn: &Connection, kind: EntityKind) -> Result<Vec<(CaseId, EntityView)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT entity, kind, created_millis, case_id FROM entities WHERE kind = ?1
         ORDER BY created_millis, entity",
    )?;
    let rows = stmt
        .query_map([kind.as_str()], |r| {
            Ok((
                (
                    r.get::<_, [u8; 16]>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)? as u64,
                ),
                CaseId::from_bytes(r.get::<_, [u8; 16]>(3)?),
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let (entities, cases): (Vec<_>, Vec<_>) = rows.into_iter().unzip();
    Ok(cases.into_iter().zip(views(conn, entities)?).collect())
}

/// One living entity with its case.
pub fn entity(conn: &Connection, id: [u8; 16]) -> Result<(CaseId, EntityView)> {
    let row: Option<(String, i64, [u8; 16])> = conn
        .prepare_cached("SELECT kind, created_millis, case_id FROM entities WHERE entity = ?1")?
        .query_row([&id[..]], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let (kind, created, case) = row.ok_or(VaultError::CaseNotFound)?;
    let view = views(conn, vec![(id, kind, created as u64)])?
        .pop()
        .ok_or(VaultError::Damaged)?;
    Ok((CaseId::from_bytes(case), view))
}

/// Each entity with its fields' heads.
fn views(conn: &Connection, entities: Vec<([u8; 16], String, u64)>) -> Result<Vec<EntityView>> {
    let mut out = Vec::with_capacity(entities.len());
    for (id, kind, created_millis) in entities {
        let Some(kind) = EntityKind::parse(&kind) else {
            continue;
        };
        out.push(view_of(
            id,
            kind,
            created_millis,
            oplog::entity_heads(conn, id)?,
        ));
    }
    Ok(out)
}

/// An entity as its heads make it.
pub(crate) fn view_of(
    id: [u8; 16],
    kind: EntityKind,
    created_millis: u64,
    heads: Vec<(String, Head)>,
) -> EntityView {
    let mut fields: BTreeMap<String, Vec<Head>> = BTreeMap::new();
    let mut deletion_conflict = None;
    for (field, head) in heads {
        if field != KIND_FIELD {
            fields.entry(field).or_default().push(head);
        } else if head.value.is_none() {
            // A living entity whose existence also has a cleared head: deleted elsewhere
            // while changed here.
            deletion_conflict = Some(head);
        }
    }
    EntityView {
        id,
        kind,
        created_millis,
        fields,
        deletion_conflict,
    }
}

/// The kind of a living entity, and the case it belongs to.
pub fn entity_kind(conn: &Connection, entity: [u8; 16]) -> Result<(CaseId, EntityKind)> {
    let row: Option<([u8; 16], String)> = conn
        .prepare_cached("SELECT case_id, kind FROM entities WHERE entity = ?1")?
        .query_row([&entity[..]], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (case, kind) = row.ok_or(VaultError::CaseNotFound)?;
    Ok((
        CaseId::from_bytes(case),
        EntityKind::parse(&kind).ok_or(VaultError::Damaged)?,
    ))
}

/// Whether every id of a list field (`after`) names an entity of `case`, of the kind `wanted`:
/// an item cannot come after another case's item, or after a contact.
pub fn refs_belong(
    conn: &Connection,
    case: CaseId,
    wanted: EntityKind,
    value: &str,
) -> Result<bool> {
    for id in value.split_whitespace() {
        let Ok(id) = id.parse::<wayfinder_core::EntityId>() else {
            return Ok(false);
        };
        match entity_kind(conn, id.into_bytes()) {
            Ok((c, k)) if c == case && k == wanted => {}
            Ok(_) | Err(VaultError::CaseNotFound) => return Ok(false),
            Err(e) => return Err(e),
        }
    }
    Ok(true)
}

fn field_ref(case: CaseId, entity: [u8; 16], field: &str) -> FieldRef {
    FieldRef {
        scope: *case.as_bytes(),
        entity,
        field: field.to_owned(),
    }
}

/// Creates an entity of `kind` with its first values (already canonical), in one transaction.
pub fn create_entity(
    tx: &Transaction<'_>,
    now_millis: u64,
    case: CaseId,
    entity: [u8; 16],
    kind: EntityKind,
    values: &[(&str, String)],
) -> Result<Vec<Operation>> {
    let mut ops = vec![oplog::write_local(
        tx,
        now_millis,
        field_ref(case, entity, KIND_FIELD),
        Change::Set(kind.as_str().as_bytes().to_vec()),
    )?];
    for (field, value) in values {
        ops.push(oplog::write_local(
            tx,
            now_millis,
            field_ref(case, entity, field),
            Change::Set(value.as_bytes().to_vec()),
        )?);
    }
    Ok(ops)
}

/// Sets (or clears, with `None`) one field: one operation naming the field's current heads,
/// so that writing a field in conflict resolves the conflict.
pub fn set_field(
    tx: &Transaction<'_>,
    now_millis: u64,
    case: CaseId,
    entity: [u8; 16],
    field: &str,
    value: Option<&str>,
) -> Result<Operation> {
    let change = match value {
        Some(v) => Change::Set(v.as_bytes().to_vec()),
        None => Change::Clear,
    };
    oplog::write_local(tx, now_millis, field_ref(case, entity, field), change)
}

/// Every version a field has had, oldest first: for a stage, when and by whom it moved.
pub fn field_history(
    conn: &Connection,
    case: CaseId,
    entity: [u8; 16],
    field: &str,
) -> Result<Vec<(Hlc, wayfinder_merge::AuthorId, Option<String>)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT encoded FROM operations WHERE case_id = ?1 AND entity = ?2 AND field = ?3
         ORDER BY hlc_millis, hlc_counter, author, id",
    )?;
    let rows = stmt
        .query_map(params![&case.as_bytes()[..], &entity[..], field], |r| {
            r.get::<_, Vec<u8>>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.iter()
        .map(|bytes| {
            let op = wayfinder_merge::decode(bytes).map_err(|_| VaultError::Damaged)?;
            let value = match op.change {
                Change::Set(b) => Some(String::from_utf8_lossy(&b).into_owned()),
                Change::Clear => None,
            };
            Ok((op.time, op.author, value))
        })
        .collect()
}

/// One change to a case, as its activity lists it: who, when, to which entity and field.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Activity {
    pub time: Hlc,
    pub author: wayfinder_merge::AuthorId,
    pub entity: [u8; 16],
    /// The kind of the entity changed, from its creation; `None` for one whose creation has
    /// not arrived.
    pub kind: Option<EntityKind>,
    /// The field changed, or `oplog::KIND_FIELD` for the entity's creation or deletion.
    pub field: String,
    /// Whether the change emptied the field (for `KIND_FIELD`, deleted the entity).
    pub cleared: bool,
}

/// The latest `limit` changes to `case`, newest first. Each change carries its entity's kind,
/// read from the entity's first operation (the one that made it).
pub fn activity(conn: &Connection, case: CaseId, limit: u32) -> Result<Vec<Activity>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT o.encoded,
           (SELECT k.encoded FROM operations k WHERE k.case_id = o.case_id AND k.entity = o.entity
              AND k.field = '{}' ORDER BY k.hlc_millis, k.hlc_counter LIMIT 1)
         FROM operations o WHERE o.case_id = ?1
         ORDER BY o.hlc_millis DESC, o.hlc_counter DESC, o.seq DESC LIMIT ?2",
        oplog::KIND_FIELD
    ))?;
    let rows = stmt
        .query_map(params![&case.as_bytes()[..], limit], |r| {
            Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Option<Vec<u8>>>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.iter()
        .map(|(op, made)| {
            let op = wayfinder_merge::decode(op).map_err(|_| VaultError::Damaged)?;
            let kind = made
                .as_deref()
                .and_then(|m| wayfinder_merge::decode(m).ok())
                .and_then(|m| match m.change {
                    Change::Set(b) => EntityKind::parse(&String::from_utf8_lossy(&b)),
                    Change::Clear => None,
                });
            Ok(Activity {
                time: op.time,
                author: op.author,
                entity: op.target.entity,
                kind,
                field: op.target.field.clone(),
                cleared: matches!(op.change, Change::Clear),
            })
        })
        .collect()
}

/// A task as Today lists it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct TaskRow {
    pub id: [u8; 16],
    pub case: CaseId,
    pub case_name: String,
    pub title: String,
    pub due: String,
    pub assignee: String,
}

/// A consent that ends soon or has ended.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ConsentRow {
    pub id: [u8; 16],
    pub case: CaseId,
    pub case_name: String,
    pub what: String,
    pub recipient: String,
    pub until: String,
    pub standing: ConsentStanding,
}

/// What needs her today, across all cases.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Today {
    /// Open tasks due today or earlier, the oldest first, at most the limit asked for.
    pub tasks: Vec<TaskRow>,
    /// How many open tasks are due today or earlier in all.
    pub tasks_due: u64,
    /// Open cases waiting on someone (a hospital, the family, a translator).
    pub waiting: Vec<CaseSummary>,
    /// Consents that end within the warning period or have ended, in cases still open.
    pub consents: Vec<ConsentRow>,
    /// Open items of trips' checklists due today or earlier, the oldest first, at most the
    /// limit asked for (a task's row: its title, date and who does it).
    pub travel: Vec<TaskRow>,
    /// How many open travel items are due today or earlier in all.
    pub travel_due: u64,
    /// Requests that still wait on an institution on or after their follow-up date, the
    /// longest waiting first (a task's row: the institution's name, the follow-up date).
    pub requests: Vec<TaskRow>,
    /// How many such requests there are in all.
    pub requests_due: u64,
}

/// What is due by `today`; at most `task_limit` tasks are listed (the most overdue first),
/// and `tasks_due` says how many there are in all.
pub fn today(conn: &Connection, today: NaiveDate, task_limit: u32) -> Result<Today> {
    let iso = today.format("%Y-%m-%d").to_string();
    let (tasks, tasks_due) = due_rows(conn, "task_index", "task_id", &iso, task_limit)?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {} FROM case_index c WHERE c.waiting_on != '' AND c.stage != 'closed'
         ORDER BY c.updated_millis, c.case_id",
        summary_columns(1)
    ))?;
    let waiting = stmt
        .query_map([&iso], read_summary)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let horizon = (today + chrono::Duration::days(wayfinder_core::dates::CONSENT_WARNING_DAYS))
        .format("%Y-%m-%d")
        .to_string();
    let mut stmt = conn.prepare_cached(
        "SELECT k.consent_id, k.case_id, c.name, k.what, k.recipient, k.until
         FROM consent_index k JOIN case_index c ON c.case_id = k.case_id
         WHERE k.until != '' AND k.until <= ?1 AND c.stage != 'closed'
         ORDER BY k.until, c.name, k.consent_id",
    )?;
    let consents = stmt
        .query_map([&horizon], |r| {
            Ok((
                r.get::<_, [u8; 16]>(0)?,
                CaseId::from_bytes(r.get(1)?),
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .map(|(id, case, case_name, what, recipient, until)| {
            let standing = consent_standing(wayfinder_core::schema::parse_date(&until).ok(), today);
            ConsentRow {
                id,
                case,
                case_name,
                what,
                recipient,
                until,
                standing,
            }
        })
        .collect();
    let (travel, travel_due) = due_rows(conn, "trip_item_index", "item_id", &iso, task_limit)?;
    let (requests, requests_due) =
        due_rows(conn, "recipient_index", "recipient_id", &iso, task_limit)?;
    Ok(Today {
        tasks,
        tasks_due,
        waiting,
        consents,
        travel,
        travel_due,
        requests,
        requests_due,
    })
}

/// The open rows of a due-date index (`task_index`, `trip_item_index`: the same columns, its
/// own id) due by `iso` in cases still open, the oldest first, at most `limit`, in the order
/// of its (done, case_open, due, id) index so that the limit stops the scan; and how many
/// there are in all.
/// Travel items newly due: how many of them fall due today, and how many are late.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reminded {
    pub today: u64,
    pub late: u64,
}

/// Notes, in `tx`, every open travel item due by `today` that this laptop has not yet reminded
/// her of at the date it is due now, and says how many there were: each is told once, and
/// again only after it moved to another date.
pub fn remind_travel(tx: &rusqlite::Transaction<'_>, today: NaiveDate) -> Result<Reminded> {
    let iso = today.format("%Y-%m-%d").to_string();
    let fresh: Vec<(Vec<u8>, String)> = tx
        .prepare_cached(
            "SELECT t.item_id, t.due FROM trip_item_index t
             WHERE t.done = 0 AND t.case_open = 1 AND t.due != '' AND t.due <= ?1
               AND NOT EXISTS (SELECT 1 FROM travel_reminded r
                               WHERE r.item_id = t.item_id AND r.due = t.due)",
        )?
        .query_map([&iso], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut note =
        tx.prepare_cached("INSERT INTO travel_reminded (item_id, due) VALUES (?1, ?2)")?;
    let mut reminded = Reminded::default();
    for (id, due) in &fresh {
        note.execute(params![id, due])?;
        if *due == iso {
            reminded.today += 1;
        } else {
            reminded.late += 1;
        }
    }
    Ok(reminded)
}

fn due_rows(
    conn: &Connection,
    table: &str,
    id: &str,
    iso: &str,
    limit: u32,
) -> Result<(Vec<TaskRow>, u64)> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT t.{id}, t.case_id, c.name, t.title, t.due, t.assignee
         FROM {table} t JOIN case_index c ON c.case_id = t.case_id
         WHERE t.done = 0 AND t.case_open = 1 AND t.due != '' AND t.due <= ?1
         ORDER BY t.due, t.{id} LIMIT ?2"
    ))?;
    let rows = stmt
        .query_map(params![iso, limit], |r| {
            Ok(TaskRow {
                id: r.get(0)?,
                case: CaseId::from_bytes(r.get(1)?),
                case_name: r.get(2)?,
                title: r.get(3)?,
                due: r.get(4)?,
                assignee: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let total: i64 = conn
        .prepare_cached(&format!(
            "SELECT count(*) FROM {table} WHERE done = 0 AND case_open = 1 AND due != '' AND due <= ?1"
        ))?
        .query_row([iso], |r| r.get(0))?;
    Ok((rows, total as u64))
}
