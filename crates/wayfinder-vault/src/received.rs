//! What another member's edit must be before this vault applies it: the rules an edit made
//! here obeys, checked again, since a member with real keys may run a client that skips them.
//! An operation that breaks one is held aside (`team_held`, with the rule's code), never
//! applied; the rest of its batch still is.

use crate::error::Result;
use crate::oplog::KIND_FIELD;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use wayfinder_core::schema::parse_value;
use wayfinder_core::{EntityKind, FieldKind, Stage};
use wayfinder_merge::{Change, Operation};

/// How far ahead of this laptop's clock an edit may be dated: a member's clock set a little
/// wrong is fine; an edit dated next year would drag every later edit here along with it.
pub const MAX_AHEAD_MILLIS: u64 = 24 * 60 * 60 * 1000;

/// Why `op` must not be applied here, or `None` when it may be. `now_millis` and `today` are
/// this laptop's.
pub fn refusal(
    conn: &Connection,
    op: &Operation,
    now_millis: u64,
    today: NaiveDate,
) -> Result<Option<&'static str>> {
    let known: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM operations WHERE id = ?1)")?
        .query_row([&op.id.0[..]], |r| r.get(0))?;
    if known {
        // Delivered again: applying it changes nothing.
        return Ok(None);
    }
    if op.time.millis > now_millis.saturating_add(MAX_AHEAD_MILLIS) {
        return Ok(Some("received-dated-ahead"));
    }
    let target = &op.target;
    let home: Option<[u8; 16]> = conn
        .prepare_cached("SELECT case_id FROM operations WHERE entity = ?1 LIMIT 1")?
        .query_row([&target.entity[..]], |r| r.get(0))
        .optional()?;
    if home.is_some_and(|case| case != target.scope) {
        return Ok(Some("received-other-case"));
    }
    let kind = created_kind(conn, target.entity)?;
    if target.field == KIND_FIELD {
        return Ok(match &op.change {
            Change::Set(value) => {
                let Some(named) = std::str::from_utf8(value).ok().and_then(EntityKind::parse)
                else {
                    return Ok(Some("received-kind-unknown"));
                };
                let root = if named.is_root() {
                    Some(named)
                } else {
                    created_kind(conn, target.scope)?
                };
                if kind.is_some_and(|k| k != named) {
                    Some("received-kind-changed")
                } else if named.is_root() != (target.entity == target.scope)
                    // A case's kind in the team-wide scope, or the team's in a case.
                    || root.is_some_and(|r| r != named.scope_root())
                {
                    Some("received-kind-misplaced")
                } else {
                    None
                }
            }
            // A case, the team-wide scope and the log of what left the vault are never deleted.
            Change::Clear => kind
                .is_some_and(|k| k.is_root() || k == EntityKind::Export)
                .then_some("received-kept-entity-deleted"),
        });
    }
    let Some(kind) = kind else {
        // An entity is made with its kind first: a field of one never made is not applied.
        return Ok(Some("received-entity-unknown"));
    };
    let Some(field) = kind.field(&target.field) else {
        return Ok(Some("received-field-unknown"));
    };
    if kind == EntityKind::Export || field.written_once() {
        // What left the vault, what an original is, and which entity and page something
        // belongs to, are written once, when made.
        let written: bool = conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM operations WHERE entity = ?1 AND field = ?2)",
            )?
            .query_row(rusqlite::params![&target.entity[..], target.field], |r| {
                r.get(0)
            })?;
        if written || !op.parents.is_empty() {
            return Ok(Some("received-kept-field-changed"));
        }
    }
    let value = match &op.change {
        Change::Set(bytes) => match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => return Ok(Some("received-value-invalid")),
        },
        Change::Clear if field.required => return Ok(Some("received-value-required")),
        Change::Clear => return Ok(None),
    };
    // A date of birth entered today on a laptop a day ahead is not in the future.
    let tomorrow = today.succ_opt().unwrap_or(today);
    if parse_value(field, value, tomorrow).as_deref() != Ok(value) {
        return Ok(Some("received-value-invalid"));
    }
    if let FieldKind::Ref(wanted) = field.kind {
        // An entity belongs to one of its own case, of the kind the field names: a member
        // cannot pin a page's text or a translation on another case's record, or on a contact.
        let record: Option<wayfinder_core::EntityId> = value.parse().ok();
        let named = match record {
            Some(id) => conn
                .prepare_cached("SELECT case_id, kind FROM entities WHERE entity = ?1")?
                .query_row([&id.into_bytes()[..]], |r| {
                    Ok((r.get::<_, [u8; 16]>(0)?, r.get::<_, String>(1)?))
                })
                .optional()?,
            None => None,
        };
        if named != Some((target.scope, wanted.as_str().to_owned())) {
            return Ok(Some("received-reference-misplaced"));
        }
    }
    if let FieldKind::Refs(wanted) = field.kind
        && !crate::casefile::refs_belong(
            conn,
            wayfinder_core::CaseId::from_bytes(target.scope),
            wanted,
            value,
        )?
    {
        // A list of entities is of its own case and kind, as one entity is.
        return Ok(Some("received-reference-misplaced"));
    }
    if field.kind == FieldKind::RequestStatus
        && let [parent] = op.parents.as_slice()
        && let Some(before) = status_of(conn, &parent.0)?
        && let Some(after) = wayfinder_core::coordination::Status::parse(value)
        // Undoing a move goes back the way it came, which `moves` may not list forward.
        && before.move_to(after).is_err()
        && after.move_to(before).is_err()
    {
        return Ok(Some("received-status-refused"));
    }
    if field.kind == FieldKind::Stage
        && let [parent] = op.parents.as_slice()
        && let Some(before) = stage_of(conn, &parent.0)?
        && let Some(after) = Stage::parse(value)
        && before != after
        // Undoing a move goes back the way it came, which `moves` may not list forward.
        && before.move_to(after).is_err()
        && after.move_to(before).is_err()
    {
        return Ok(Some("received-stage-refused"));
    }
    Ok(None)
}

/// Why `op` must not be applied because of who wrote it: an author whose role may not change
/// entities of its kind (a translator's edit of the case file). `role` is the author's in the
/// roster; an author the roster does not name is refused elsewhere.
pub fn role_refusal(
    conn: &Connection,
    op: &Operation,
    role: Option<wayfinder_sync::Role>,
) -> Result<Option<&'static str>> {
    let Some(role) = role else {
        return Ok(None);
    };
    let named = match (&op.change, op.target.field == KIND_FIELD) {
        (Change::Set(value), true) => std::str::from_utf8(value).ok().and_then(EntityKind::parse),
        _ => None,
    };
    let kind = match named {
        Some(kind) => Some(kind),
        None => created_kind(conn, op.target.entity)?,
    };
    Ok(kind
        .filter(|k| !role.may_edit(*k))
        .map(|_| "received-role-refused"))
}

/// The kind an entity was made as: the first value its `$kind` field was set to here.
fn created_kind(conn: &Connection, entity: [u8; 16]) -> Result<Option<EntityKind>> {
    let mut stmt = conn.prepare_cached(
        "SELECT encoded FROM operations WHERE entity = ?1 AND field = ?2 ORDER BY seq",
    )?;
    let rows = stmt.query_map(rusqlite::params![&entity[..], KIND_FIELD], |r| {
        r.get::<_, Vec<u8>>(0)
    })?;
    for row in rows {
        let op = wayfinder_merge::decode(&row?).map_err(|_| crate::VaultError::Damaged)?;
        if let Change::Set(value) = op.change
            && let Some(kind) = std::str::from_utf8(&value).ok().and_then(EntityKind::parse)
        {
            return Ok(Some(kind));
        }
    }
    Ok(None)
}

/// The stage an operation here set, if it set one.
fn stage_of(conn: &Connection, op: &[u8; 16]) -> Result<Option<Stage>> {
    Ok(value_of(conn, op)?.as_deref().and_then(Stage::parse))
}

/// The request status an operation here set, if it set one.
fn status_of(
    conn: &Connection,
    op: &[u8; 16],
) -> Result<Option<wayfinder_core::coordination::Status>> {
    Ok(value_of(conn, op)?
        .as_deref()
        .and_then(wayfinder_core::coordination::Status::parse))
}

/// The text an operation here set, if it set one.
fn value_of(conn: &Connection, op: &[u8; 16]) -> Result<Option<String>> {
    let encoded: Option<Vec<u8>> = conn
        .prepare_cached("SELECT encoded FROM operations WHERE id = ?1")?
        .query_row([&op[..]], |r| r.get(0))
        .optional()?;
    let Some(encoded) = encoded else {
        return Ok(None);
    };
    let op = wayfinder_merge::decode(&encoded).map_err(|_| crate::VaultError::Damaged)?;
    Ok(match op.change {
        Change::Set(value) => String::from_utf8(value).ok(),
        Change::Clear => None,
    })
}
