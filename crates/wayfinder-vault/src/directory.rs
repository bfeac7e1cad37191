//! The team's directory as it is searched: institutions, their contacts and their profiles'
//! lines indexed by the institution they belong to, so that a search or a page of the list
//! reads a few rows, never the whole team-wide scope. Names are compared without case or
//! accents (`directory_key`).

use crate::casefile::EntityView;
use crate::error::Result;
use crate::oplog::{self, Head};
use rusqlite::{Connection, Transaction, params};
use wayfinder_core::coordination::directory_key;
use wayfinder_core::{EntityId, EntityKind};

/// The kinds the directory index holds.
pub const KINDS: [EntityKind; 3] = [
    EntityKind::Institution,
    EntityKind::DirectoryContact,
    EntityKind::Requirement,
];

fn shown<'a>(heads: &'a [(String, Head)], field: &str) -> &'a str {
    heads
        .iter()
        .find(|(f, _)| f == field)
        .and_then(|(_, h)| h.value.as_deref())
        .unwrap_or_default()
}

/// Rebuilds the directory's row of one entity from its heads (or drops it, once deleted).
pub fn reindex(
    tx: &Transaction<'_>,
    entity: [u8; 16],
    kind: Option<EntityKind>,
    heads: &[(String, Head)],
) -> Result<()> {
    let institution = match kind {
        Some(EntityKind::Institution) => Some(entity),
        Some(EntityKind::DirectoryContact | EntityKind::Requirement) => shown(heads, "institution")
            .parse::<EntityId>()
            .ok()
            .map(EntityId::into_bytes),
        _ => None,
    };
    let (Some(kind), Some(institution)) = (kind, institution) else {
        tx.prepare_cached("DELETE FROM directory_index WHERE entity = ?1")?
            .execute([&entity[..]])?;
        return Ok(());
    };
    let searched: Vec<&str> = match kind {
        EntityKind::Institution => ["name", "department", "city", "country", "email", "phone"]
            .iter()
            .map(|f| shown(heads, f))
            .collect(),
        EntityKind::DirectoryContact => ["name", "role", "email", "phone"]
            .iter()
            .map(|f| shown(heads, f))
            .collect(),
        _ => Vec::new(),
    };
    let folded = directory_key(
        &searched
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\u{1f}"),
    );
    tx.prepare_cached(
        "INSERT INTO directory_index (entity, institution, kind, name_folded, folded)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (entity) DO UPDATE SET institution = excluded.institution,
           kind = excluded.kind, name_folded = excluded.name_folded, folded = excluded.folded",
    )?
    .execute(params![
        &entity[..],
        &institution[..],
        kind.as_str(),
        directory_key(shown(heads, "name")),
        folded,
    ])?;
    Ok(())
}

/// Fills the index from what the team-wide scope holds (migration 17).
pub fn fill(tx: &Transaction<'_>) -> Result<()> {
    for kind in KINDS {
        let entities = {
            let mut stmt = tx.prepare("SELECT entity FROM entities WHERE kind = ?1")?;
            stmt.query_map([kind.as_str()], |r| r.get::<_, [u8; 16]>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?
        };
        for entity in entities {
            let heads = oplog::entity_heads(tx, entity)?;
            reindex(tx, entity, Some(kind), &heads)?;
        }
    }
    Ok(())
}

/// The search: `?1` the LIKE pattern, `?2` how many; the institutions' ids and names.
const SEARCH: &str = "SELECT i.entity, i.name_folded FROM directory_index i
     WHERE i.kind = 'institution' AND (?1 = '%%' OR i.folded LIKE ?1 ESCAPE '\\'
       OR i.entity IN (SELECT c.institution FROM directory_index c
                         WHERE c.kind = 'directory-contact' AND c.folded LIKE ?1 ESCAPE '\\'))
     ORDER BY i.name_folded, i.entity LIMIT ?2";

/// The institutions whose name, department, city, country, e-mail or phone, or one of whose
/// contacts' name, role, e-mail or phone, holds `query` (any case; all of them when it is
/// empty), by name, at most `limit`. The contacts that match are found once, not once per
/// institution (a correlated look per institution took 40 s at 10,000 of them).
pub fn search(conn: &Connection, query: &str, limit: u32) -> Result<Vec<[u8; 16]>> {
    let pattern = crate::casefile::like_pattern(&directory_key(query));
    let mut stmt = conn.prepare_cached(&format!("SELECT entity FROM ({SEARCH})"))?;
    let found = stmt
        .query_map(params![pattern, i64::from(limit)], |r| {
            r.get::<_, [u8; 16]>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(found)
}

/// An institution of a page of the directory, with its contacts and profile lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listing {
    pub institution: EntityView,
    pub parts: Vec<EntityView>,
}

/// The institutions `search` finds, each with its contacts and profile lines, read in one
/// query (reading each entity apart took eight times the plain tables' time for a page).
pub fn page(conn: &Connection, query: &str, limit: u32) -> Result<Vec<Listing>> {
    let pattern = crate::casefile::like_pattern(&directory_key(query));
    let mut stmt = conn.prepare_cached(&format!(
        "WITH found AS ({SEARCH}),
              ordered AS (SELECT entity, row_number() OVER (ORDER BY name_folded, entity) AS n FROM found)
         SELECT d.institution, d.entity, e.kind, e.created_millis,
                h.field, h.op_id, h.author, h.hlc_millis, h.hlc_counter, h.value
         FROM ordered o JOIN directory_index d ON d.institution = o.entity
           JOIN entities e ON e.entity = d.entity JOIN heads h ON h.entity = d.entity
         ORDER BY o.n, d.kind != 'institution', d.kind, d.name_folded, d.entity,
           h.field, h.hlc_millis, h.hlc_counter, h.author, h.op_id"
    ))?;
    let mut rows = stmt.query(params![pattern, i64::from(limit)])?;
    let mut out: Vec<Listing> = Vec::new();
    let mut current: Option<Read> = None;
    while let Some(r) = rows.next()? {
        let id: [u8; 16] = r.get(1)?;
        let head = (
            r.get::<_, String>(4)?,
            Head {
                op: wayfinder_merge::OpId(r.get(5)?),
                author: wayfinder_merge::AuthorId(r.get(6)?),
                time: wayfinder_merge::Hlc {
                    millis: r.get::<_, i64>(7)? as u64,
                    counter: r.get(8)?,
                },
                value: r.get(9)?,
            },
        );
        match current.as_mut() {
            Some(c) if c.id == id => c.heads.push(head),
            _ => {
                if let Some(done) = current.take() {
                    done.file_in(&mut out);
                }
                current = Some(Read {
                    institution: r.get(0)?,
                    id,
                    kind: r.get(2)?,
                    created: r.get::<_, i64>(3)? as u64,
                    heads: vec![head],
                });
            }
        }
    }
    if let Some(done) = current {
        done.file_in(&mut out);
    }
    Ok(out)
}

/// An entity of a page as its rows come: its institution, and its heads so far.
struct Read {
    institution: [u8; 16],
    id: [u8; 16],
    kind: String,
    created: u64,
    heads: Vec<(String, Head)>,
}

impl Read {
    /// Puts the entity in its place: an institution starts a listing, a part joins its own.
    fn file_in(self, out: &mut Vec<Listing>) {
        let Some(kind) = EntityKind::parse(&self.kind) else {
            return;
        };
        let view = crate::casefile::view_of(self.id, kind, self.created, self.heads);
        if self.id == self.institution {
            out.push(Listing {
                institution: view,
                parts: Vec::new(),
            });
        } else if let Some(last) = out
            .last_mut()
            .filter(|l| l.institution.id == self.institution)
        {
            last.parts.push(view);
        }
    }
}

/// The contacts and profile lines of an institution.
pub fn parts(conn: &Connection, institution: [u8; 16]) -> Result<Vec<[u8; 16]>> {
    let mut stmt = conn.prepare_cached(
        "SELECT entity FROM directory_index WHERE institution = ?1 AND kind != 'institution'
         ORDER BY kind, name_folded, entity",
    )?;
    let found = stmt
        .query_map([&institution[..]], |r| r.get::<_, [u8; 16]>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(found)
}

/// How many institutions the directory holds.
pub fn count(conn: &Connection) -> Result<u64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM directory_index WHERE kind = 'institution'",
        [],
        |r| r.get::<_, i64>(0),
    )? as u64)
}
