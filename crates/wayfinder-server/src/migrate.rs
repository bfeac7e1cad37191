//! Moving a team from the embedded back ends (the SQLite file and the blob folder) to
//! PostgreSQL and a bucket: every row of every table and every chunk, then checked by counts
//! and hashes read back from the destination. Run again, it finds everything there already
//! and changes nothing; a destination holding anything else is refused, untouched.

use crate::Blobs;
use crate::postgres::PgStore;
use crate::sqlite::SqliteStore;
use crate::store::{Result, StoreError};
use object_store::{ObjectStore, ObjectStoreExt};
use sha2::{Digest, Sha256};

/// A column's type, as both databases store it.
#[derive(Clone, Copy)]
enum Kind {
    Bytes,
    OptBytes,
    Int,
    Text,
    /// An integer 0/1 in SQLite, a boolean in PostgreSQL.
    Bool,
}

/// A table's columns and their types.
type Columns = &'static [(&'static str, Kind)];

/// The tables the server keeps and their columns (`joined`, PostgreSQL's order of members,
/// follows from the order they are copied in).
const TABLES: &[(&str, Columns)] = &[
    (
        "workspaces",
        &[
            ("id", Kind::Bytes),
            ("code_hash", Kind::Bytes),
            ("created", Kind::Bool),
            ("reserved_millis", Kind::Int),
            ("next_seq", Kind::Int),
        ],
    ),
    (
        "rosters",
        &[
            ("workspace", Kind::Bytes),
            ("version", Kind::Int),
            ("body", Kind::Bytes),
        ],
    ),
    (
        "members",
        &[
            ("workspace", Kind::Bytes),
            ("member", Kind::Bytes),
            ("identity", Kind::Bytes),
            ("role", Kind::Text),
            ("name", Kind::Text),
            ("in_roster", Kind::Int),
            ("last_seen_millis", Kind::Int),
        ],
    ),
    (
        "invitations",
        &[
            ("secret_hash", Kind::Bytes),
            ("workspace", Kind::Bytes),
            ("role", Kind::Text),
            ("expires_millis", Kind::Int),
            ("redeemed_by", Kind::OptBytes),
        ],
    ),
    (
        "challenges",
        &[
            ("nonce", Kind::Bytes),
            ("workspace", Kind::Bytes),
            ("member", Kind::Bytes),
            ("expires_millis", Kind::Int),
        ],
    ),
    (
        "sessions",
        &[
            ("token_hash", Kind::Bytes),
            ("workspace", Kind::Bytes),
            ("member", Kind::Bytes),
            ("expires_millis", Kind::Int),
        ],
    ),
    (
        "ops",
        &[
            ("workspace", Kind::Bytes),
            ("seq", Kind::Int),
            ("op_id", Kind::Bytes),
            ("case_id", Kind::Bytes),
            ("epoch", Kind::Int),
            ("body", Kind::Bytes),
        ],
    ),
    (
        "envelopes",
        &[
            ("workspace", Kind::Bytes),
            ("case_id", Kind::Bytes),
            ("epoch", Kind::Int),
            ("member", Kind::Bytes),
            ("seq", Kind::Int),
            ("body", Kind::Bytes),
        ],
    ),
    (
        "blobs",
        &[
            ("workspace", Kind::Bytes),
            ("case_id", Kind::Bytes),
            ("name", Kind::Bytes),
            ("epoch", Kind::Int),
            ("total", Kind::Int),
            ("have", Kind::Int),
            ("owner", Kind::OptBytes),
            ("salt", Kind::OptBytes),
        ],
    ),
    (
        "usage",
        &[
            ("workspace", Kind::Bytes),
            ("member", Kind::Bytes),
            ("bytes", Kind::Int),
        ],
    ),
];

/// One value of a row, as both sides read it.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Null,
    Bytes(Vec<u8>),
    Int(i64),
    Text(String),
    Bool(bool),
}

impl Value {
    /// Feeds the value, unambiguously, to a hash.
    fn hash_into(&self, hash: &mut Sha256) {
        match self {
            Value::Null => hash.update([0]),
            Value::Bytes(b) => {
                hash.update([1]);
                hash.update((b.len() as u64).to_le_bytes());
                hash.update(b);
            }
            Value::Int(i) => {
                hash.update([2]);
                hash.update(i.to_le_bytes());
            }
            Value::Text(t) => {
                hash.update([3]);
                hash.update((t.len() as u64).to_le_bytes());
                hash.update(t.as_bytes());
            }
            Value::Bool(b) => hash.update([4, u8::from(*b)]),
        }
    }
}

/// A table's count of rows and the hash of all of them in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableCheck {
    pub table: &'static str,
    pub rows: u64,
    pub sha256: [u8; 32],
}

/// What a migration found and did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub tables: Vec<TableCheck>,
    /// Chunks in the folder, and their bytes.
    pub objects: u64,
    pub object_bytes: u64,
    /// Whether this run wrote anything (false: everything was there already).
    pub wrote: bool,
}

/// Why a migration stopped.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error(
        "the PostgreSQL database already holds other data (table {0} differs): migrate into a new, empty database"
    )]
    NotEmpty(&'static str),
    #[error("after copying, table {0} differs between the two databases")]
    Mismatch(&'static str),
    #[error("the bucket already holds another chunk at {0}: migrate into a new, empty bucket")]
    ObjectDiffers(String),
    #[error("after copying, the chunk at {0} differs in the bucket")]
    ObjectMismatch(String),
    #[error("the blob folder or the bucket: {0}")]
    Objects(#[from] object_store::Error),
}

impl Kind {
    fn pg_type(self) -> tokio_postgres::types::Type {
        use tokio_postgres::types::Type;
        match self {
            Kind::Bytes | Kind::OptBytes => Type::BYTEA,
            Kind::Int => Type::INT8,
            Kind::Text => Type::TEXT,
            Kind::Bool => Type::BOOL,
        }
    }
}

/// A table's rows in any order, summed: the SHA-256 of each row added up as four 64-bit
/// lanes, so that two databases that keep rows in different orders compare equal, and
/// neither side needs them all in memory.
#[derive(Default)]
struct Tally {
    rows: u64,
    lanes: [u64; 4],
}

impl Tally {
    fn add(&mut self, row: &[Value]) {
        let mut hash = Sha256::new();
        for value in row {
            value.hash_into(&mut hash);
        }
        let digest: [u8; 32] = hash.finalize().into();
        for (lane, bytes) in self.lanes.iter_mut().zip(digest.chunks_exact(8)) {
            let mut word = [0u8; 8];
            word.copy_from_slice(bytes);
            *lane = lane.wrapping_add(u64::from_le_bytes(word));
        }
        self.rows += 1;
    }

    fn check(&self, table: &'static str) -> TableCheck {
        let mut sha256 = [0u8; 32];
        for (bytes, lane) in sha256.chunks_exact_mut(8).zip(self.lanes) {
            bytes.copy_from_slice(&lane.to_le_bytes());
        }
        TableCheck {
            table,
            rows: self.rows,
            sha256,
        }
    }
}

/// A NULL of a blob column, for COPY.
const NULL: Option<&[u8]> = None;

/// Rows read from SQLite a page at a time (by rowid: members in the order they joined, which
/// PostgreSQL's `joined` then keeps).
const PAGE: i64 = 2_000;

fn sqlite_page(
    source: &SqliteStore,
    table: &str,
    columns: &[(&str, Kind)],
    after: i64,
) -> Result<Vec<(i64, Vec<Value>)>> {
    let names: Vec<&str> = columns.iter().map(|(n, _)| *n).collect();
    let sql = format!(
        "SELECT rowid, {} FROM {table} WHERE rowid > ?1 ORDER BY rowid LIMIT ?2",
        names.join(", ")
    );
    source.with(|conn| {
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map([after, PAGE], |r| {
                let values = columns
                    .iter()
                    .enumerate()
                    .map(|(i, (_, kind))| {
                        let i = i + 1;
                        Ok(match kind {
                            Kind::Bytes => Value::Bytes(r.get(i)?),
                            Kind::OptBytes => r
                                .get::<_, Option<Vec<u8>>>(i)?
                                .map_or(Value::Null, Value::Bytes),
                            Kind::Int => Value::Int(r.get(i)?),
                            Kind::Text => Value::Text(r.get(i)?),
                            Kind::Bool => Value::Bool(r.get::<_, i64>(i)? != 0),
                        })
                    })
                    .collect::<rusqlite::Result<Vec<Value>>>()?;
                Ok((r.get::<_, i64>(0)?, values))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    })
}

/// The count and summed hash of a SQLite table.
fn sqlite_tally(
    source: &SqliteStore,
    table: &'static str,
    columns: &[(&str, Kind)],
) -> Result<Tally> {
    let mut tally = Tally::default();
    let mut after = 0;
    loop {
        let page = sqlite_page(source, table, columns, after)?;
        let Some((last, _)) = page.last() else {
            return Ok(tally);
        };
        after = *last;
        for (_, row) in &page {
            tally.add(row);
        }
    }
}

/// The count and summed hash of a PostgreSQL table, its rows streamed.
async fn pg_tally<C: deadpool_postgres::GenericClient + Sync>(
    client: &C,
    table: &str,
    columns: &[(&str, Kind)],
) -> Result<Tally> {
    use futures_util::TryStreamExt;
    let names: Vec<&str> = columns.iter().map(|(n, _)| *n).collect();
    let sql = format!("SELECT {} FROM {table}", names.join(", "));
    let rows = client.query_raw(&sql, std::iter::empty::<i64>()).await?;
    futures_util::pin_mut!(rows);
    let mut tally = Tally::default();
    while let Some(r) = rows.try_next().await? {
        let row: Vec<Value> = columns
            .iter()
            .enumerate()
            .map(|(i, (_, kind))| match kind {
                Kind::Bytes => Value::Bytes(r.get(i)),
                Kind::OptBytes => r
                    .get::<_, Option<Vec<u8>>>(i)
                    .map_or(Value::Null, Value::Bytes),
                Kind::Int => Value::Int(r.get(i)),
                Kind::Text => Value::Text(r.get(i)),
                Kind::Bool => Value::Bool(r.get(i)),
            })
            .collect();
        tally.add(&row);
    }
    Ok(tally)
}

/// Copies the store in `source` and the chunks in `from` into `target` and `to`, then checks
/// both by counts and hashes read back. The rows go in one transaction: all of them or none.
/// Idempotent: a second run finds everything there and changes nothing; a destination that
/// holds anything else is refused.
pub fn migrate(
    source: &SqliteStore,
    from: &Blobs,
    target: &PgStore,
    to: &Blobs,
) -> std::result::Result<Report, MigrateError> {
    let mut expected = Vec::new();
    for (table, columns) in TABLES {
        expected.push(sqlite_tally(source, table, columns)?.check(table));
    }
    let found = target.tallies()?;
    let wrote_rows = if found == expected {
        false
    } else {
        if let Some(full) = found.iter().find(|t| t.rows > 0) {
            return Err(MigrateError::NotEmpty(full.table));
        }
        target.copy_from(source)?;
        let copied = target.tallies()?;
        for (copied, expected) in copied.iter().zip(&expected) {
            if copied != expected {
                return Err(MigrateError::Mismatch(expected.table));
            }
        }
        true
    };
    let (objects, object_bytes, wrote_objects) = target.block_on(copy_objects(from, to))?;
    Ok(Report {
        tables: expected,
        objects,
        object_bytes,
        wrote: wrote_rows || wrote_objects,
    })
}

/// Every chunk of `from` into `to`, unless there already (the same bytes), then each compared
/// by its SHA-256. The chunks, their bytes, and whether any was written.
async fn copy_objects(
    from: &Blobs,
    to: &Blobs,
) -> std::result::Result<(u64, u64, bool), MigrateError> {
    use futures_util::TryStreamExt;
    let listed: Vec<object_store::ObjectMeta> = from.objects().list(None).try_collect().await?;
    let (mut count, mut bytes, mut wrote) = (0u64, 0u64, false);
    for meta in listed {
        let held = from.objects().get(&meta.location).await?.bytes().await?;
        let digest: [u8; 32] = Sha256::digest(&held).into();
        match to.objects().get(&meta.location).await {
            Ok(there) => {
                let there = there.bytes().await?;
                if <[u8; 32]>::from(Sha256::digest(&there)) != digest {
                    return Err(MigrateError::ObjectDiffers(meta.location.to_string()));
                }
            }
            Err(object_store::Error::NotFound { .. }) => {
                to.objects()
                    .put(&meta.location, object_store::PutPayload::from(held.clone()))
                    .await?;
                wrote = true;
                let back = to.objects().get(&meta.location).await?.bytes().await?;
                if <[u8; 32]>::from(Sha256::digest(&back)) != digest {
                    return Err(MigrateError::ObjectMismatch(meta.location.to_string()));
                }
            }
            Err(e) => return Err(e.into()),
        }
        count += 1;
        bytes += held.len() as u64;
    }
    Ok((count, bytes, wrote))
}

impl PgStore {
    /// Each table's count and summed hash, in `TABLES`' order.
    fn tallies(&self) -> Result<Vec<TableCheck>> {
        self.run(move |pool| async move {
            let client = pool.get().await?;
            let mut checks = Vec::new();
            for (table, columns) in TABLES {
                checks.push(pg_tally(&client, table, columns).await?.check(table));
            }
            Ok(checks)
        })
    }

    /// Every row of `source`'s tables, by PostgreSQL's binary COPY, in one transaction.
    fn copy_from(&self, source: &SqliteStore) -> Result<()> {
        // SQLite is read on this thread, a page at a time; each page goes to the store's
        // runtime to be written into the one open transaction.
        let (pages, taken) = std::sync::mpsc::sync_channel::<Option<(usize, Vec<Vec<Value>>)>>(2);
        let writer = self.spawn(move |pool| async move {
            let mut client = pool.get().await?;
            let tx = client.transaction().await?;
            let mut current: Option<(
                usize,
                std::pin::Pin<Box<tokio_postgres::binary_copy::BinaryCopyInWriter>>,
            )> = None;
            loop {
                let next = tokio::task::block_in_place(|| taken.recv()).ok().flatten();
                let Some((index, rows)) = next else { break };
                if current.as_ref().map(|(i, _)| *i) != Some(index) {
                    if let Some((_, mut writer)) = current.take() {
                        writer.as_mut().finish().await?;
                    }
                    let (table, columns) = TABLES[index];
                    let names: Vec<&str> = columns.iter().map(|(n, _)| *n).collect();
                    let types: Vec<_> = columns.iter().map(|(_, k)| k.pg_type()).collect();
                    let sink = tx
                        .copy_in(&format!(
                            "COPY {table} ({}) FROM STDIN (FORMAT binary)",
                            names.join(", ")
                        ))
                        .await?;
                    current = Some((
                        index,
                        Box::pin(tokio_postgres::binary_copy::BinaryCopyInWriter::new(
                            sink, &types,
                        )),
                    ));
                }
                let Some((_, writer)) = current.as_mut() else {
                    break;
                };
                for row in &rows {
                    let values: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> = row
                        .iter()
                        .map(|v| -> &(dyn tokio_postgres::types::ToSql + Sync) {
                            match v {
                                Value::Null => &NULL,
                                Value::Bytes(b) => b,
                                Value::Int(i) => i,
                                Value::Text(t) => t,
                                Value::Bool(b) => b,
                            }
                        })
                        .collect();
                    writer.as_mut().write(&values).await?;
                }
            }
            if let Some((_, mut writer)) = current.take() {
                writer.as_mut().finish().await?;
            }
            tx.commit().await?;
            Ok(())
        });
        let read = (|| {
            for (index, (table, columns)) in TABLES.iter().enumerate() {
                let mut after = 0;
                loop {
                    let page = sqlite_page(source, table, columns, after)?;
                    let Some((last, _)) = page.last() else { break };
                    after = *last;
                    let rows = page.into_iter().map(|(_, row)| row).collect();
                    if pages.send(Some((index, rows))).is_err() {
                        // The writer stopped: its error says why.
                        return Ok(());
                    }
                }
            }
            let _ = pages.send(None);
            Ok(())
        })();
        drop(pages);
        let written = writer
            .recv()
            .map_err(|_| StoreError::Storage("the database worker stopped".to_owned()))?;
        read.and(written)
    }
}
