//! The scale-out store: PostgreSQL, through `tokio-postgres` and a `deadpool-postgres` pool,
//! shared by as many server processes as the load needs. Its schema is versioned like the
//! SQLite store's, by append-only migrations (`postgres/migrations/`), applied by the first
//! process to start under an advisory lock.
//!
//! Several writers, one order: every transaction that writes to a workspace first locks the
//! workspace's row (`FOR UPDATE`), then allocates its sequence numbers from it. Writes to one
//! workspace are therefore serialised as SQLite's single writer serialises them, and a number
//! is visible only with every smaller one: a pull reads the workspace's `next_seq` and the
//! operations in one snapshot (`REPEATABLE READ`), so its cursor never passes a row that a
//! slower writer commits later.
//!
//! The trait is synchronous (the handlers call it on Tokio's blocking threads); the store runs
//! its queries on a small runtime of its own and waits for them, so that it can be called from
//! any thread.

use crate::store::{Known, MemberRow, Pulled, Result, Store, StoreError, Totals, Upload};
use deadpool_postgres::{GenericClient, Pool};
use std::future::Future;
use std::time::Duration;
use tokio_postgres::Row;
use tokio_postgres::types::ToSql;
use wayfinder_merge::OpId;
use wayfinder_sync::blob::BlobName;
use wayfinder_sync::client::BATCH_BYTES;
use wayfinder_sync::wire::{self, BlobState, Cursor};
use wayfinder_sync::{
    CaseRef, KeyEnvelope, MemberId, PublicIdentity, Role, Roster, SealedOp, WorkspaceId,
};

const MIGRATIONS: &[&str] = &[
    // 1: the SQLite store's schema 5, in PostgreSQL's types.
    include_str!("postgres/migrations/0001_initial.sql"),
];

/// The newest schema this server knows for PostgreSQL.
pub fn schema_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// The advisory lock under which one process at a time migrates the schema.
const MIGRATION_LOCK: i64 = 0x7761_7966_696e_6472; // "wayfindr"

impl From<tokio_postgres::Error> for StoreError {
    fn from(e: tokio_postgres::Error) -> Self {
        // The server's message and its code, never the detail (which may quote a key).
        StoreError::Storage(match e.as_db_error() {
            Some(db) => format!("PostgreSQL: {} ({})", db.message(), db.code().code()),
            None => format!("PostgreSQL: {e}"),
        })
    }
}

impl From<deadpool_postgres::PoolError> for StoreError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        use deadpool_postgres::PoolError;
        StoreError::Storage(match e {
            PoolError::Backend(e) => return e.into(),
            PoolError::Timeout(_) => "PostgreSQL does not answer (timed out)".to_owned(),
            other => format!("PostgreSQL: {other}"),
        })
    }
}

/// Where the database is: a connection string (`postgres://user@host:port/db` or
/// `host=... user=...`) and, apart from it so that it is never printed with it, the password.
#[derive(Clone)]
pub struct PgConfig {
    pub url: String,
    pub password: Option<String>,
    /// The most connections this process opens.
    pub max_connections: usize,
}

impl std::fmt::Debug for PgConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgConfig")
            .field("password", &self.password.as_ref().map(|_| "(set)"))
            .field("max_connections", &self.max_connections)
            .finish_non_exhaustive()
    }
}

pub struct PgStore {
    runtime: Option<tokio::runtime::Runtime>,
    handle: tokio::runtime::Handle,
    pool: Pool,
}

impl Drop for PgStore {
    fn drop(&mut self) {
        // Dropped on an async thread (a test's), a runtime must not wait for its tasks.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

fn decoded<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    wire::decode(bytes).map_err(|e| StoreError::Storage(format!("stored record: {e}")))
}

fn role_of(text: &str) -> Result<Role> {
    Role::parse(text).ok_or_else(|| StoreError::Storage("stored role".to_owned()))
}

fn id16(bytes: Vec<u8>, what: &str) -> Result<[u8; 16]> {
    bytes
        .try_into()
        .map_err(|_| StoreError::Storage(format!("stored {what} id")))
}

type Params<'a> = &'a [&'a (dyn ToSql + Sync)];

async fn rows<C: GenericClient + Sync>(c: &C, sql: &str, params: Params<'_>) -> Result<Vec<Row>> {
    let statement = c.prepare_cached(sql).await?;
    Ok(c.query(&statement, params).await?)
}

async fn opt<C: GenericClient + Sync>(c: &C, sql: &str, params: Params<'_>) -> Result<Option<Row>> {
    let statement = c.prepare_cached(sql).await?;
    Ok(c.query_opt(&statement, params).await?)
}

async fn one<C: GenericClient + Sync>(c: &C, sql: &str, params: Params<'_>) -> Result<Row> {
    let statement = c.prepare_cached(sql).await?;
    Ok(c.query_one(&statement, params).await?)
}

async fn exec<C: GenericClient + Sync>(c: &C, sql: &str, params: Params<'_>) -> Result<u64> {
    let statement = c.prepare_cached(sql).await?;
    Ok(c.execute(&statement, params).await?)
}

/// Locks the workspace's row for the rest of the transaction: writes to one workspace happen
/// one after the other. False if there is no such workspace.
async fn lock_workspace<C: GenericClient + Sync>(tx: &C, workspace: WorkspaceId) -> Result<bool> {
    Ok(opt(
        tx,
        "SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE",
        &[&&workspace.0[..]],
    )
    .await?
    .is_some())
}

/// The workspace's next number, taken (its row is locked until the transaction ends).
async fn next_seq<C: GenericClient + Sync>(tx: &C, workspace: WorkspaceId) -> Result<u64> {
    let row = opt(
        tx,
        "UPDATE workspaces SET next_seq = next_seq + 1 WHERE id = $1 RETURNING next_seq - 1",
        &[&&workspace.0[..]],
    )
    .await?
    .ok_or(StoreError::NoWorkspace)?;
    Ok(row.get::<_, i64>(0) as u64)
}

async fn set_members<C: GenericClient + Sync>(tx: &C, roster: &Roster) -> Result<()> {
    // As in the SQLite store: the previous roster's members are marked, the new one's
    // unmarked, and whoever is still marked was taken out.
    let workspace = &roster.workspace.0[..];
    exec(
        tx,
        "UPDATE members SET in_roster = 2 WHERE workspace = $1 AND in_roster = 1",
        &[&workspace],
    )
    .await?;
    for m in &roster.members {
        exec(
            tx,
            "INSERT INTO members (workspace, member, identity, role, name, in_roster)
             VALUES ($1, $2, $3, $4, $5, 1)
             ON CONFLICT (workspace, member) DO UPDATE SET identity = excluded.identity,
               role = excluded.role, name = excluded.name, in_roster = 1",
            &[
                &workspace,
                &&m.identity.member.0[..],
                &wire::encode(&m.identity),
                &m.role.as_str(),
                &m.name,
            ],
        )
        .await?;
    }
    exec(
        tx,
        "DELETE FROM members WHERE workspace = $1 AND in_roster = 2",
        &[&workspace],
    )
    .await?;
    Ok(())
}

async fn holds<C: GenericClient + Sync>(
    c: &C,
    workspace: WorkspaceId,
    case: CaseRef,
    epoch: u32,
    member: MemberId,
) -> Result<bool> {
    Ok(one(
        c,
        "SELECT EXISTS (SELECT 1 FROM envelopes WHERE workspace = $1 AND case_id = $2
         AND epoch = $3 AND member = $4)",
        &[
            &&workspace.0[..],
            &&case.0[..],
            &i64::from(epoch),
            &&member.0[..],
        ],
    )
    .await?
    .get(0))
}

async fn latest_epoch<C: GenericClient + Sync>(
    c: &C,
    workspace: WorkspaceId,
    case: CaseRef,
) -> Result<Option<u32>> {
    let latest: Option<i64> = one(
        c,
        "SELECT max(epoch) FROM envelopes WHERE workspace = $1 AND case_id = $2",
        &[&&workspace.0[..], &&case.0[..]],
    )
    .await?
    .get(0);
    Ok(latest.map(|e| e as u32))
}

async fn usage<C: GenericClient + Sync>(
    c: &C,
    workspace: WorkspaceId,
    member: MemberId,
) -> Result<u64> {
    Ok(opt(
        c,
        "SELECT bytes FROM usage WHERE workspace = $1 AND member = $2",
        &[&&workspace.0[..], &&member.0[..]],
    )
    .await?
    .map_or(0, |r| r.get::<_, i64>(0).max(0) as u64))
}

async fn count_usage<C: GenericClient + Sync>(
    tx: &C,
    workspace: WorkspaceId,
    member: MemberId,
    bytes: u64,
) -> Result<()> {
    exec(
        tx,
        "INSERT INTO usage (workspace, member, bytes) VALUES ($1, $2, $3)
         ON CONFLICT (workspace, member) DO UPDATE SET bytes = usage.bytes + excluded.bytes",
        &[&&workspace.0[..], &&member.0[..], &(bytes as i64)],
    )
    .await?;
    Ok(())
}

async fn blob_row<C: GenericClient + Sync>(
    c: &C,
    workspace: WorkspaceId,
    case: CaseRef,
    name: BlobName,
) -> Result<Option<BlobState>> {
    Ok(opt(
        c,
        "SELECT epoch, total, have FROM blobs WHERE workspace = $1 AND case_id = $2 AND name = $3",
        &[&&workspace.0[..], &&case.0[..], &&name.0[..]],
    )
    .await?
    .map(|r| BlobState {
        epoch: r.get::<_, i64>(0) as u32,
        total: r.get::<_, i64>(1) as u32,
        have: r.get::<_, i64>(2) as u32,
    }))
}

/// Brings the database's schema up to date under an advisory lock (several processes may
/// start at once); refuses a database from a newer server.
async fn migrate(pool: &Pool) -> Result<()> {
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .await?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS wayfinder_schema (version INTEGER NOT NULL)")
        .await?;
    let current: i32 = match tx
        .query_opt("SELECT version FROM wayfinder_schema", &[])
        .await?
    {
        Some(row) => row.get(0),
        None => {
            tx.execute("INSERT INTO wayfinder_schema (version) VALUES (0)", &[])
                .await?;
            0
        }
    };
    let known = schema_version();
    let current = u32::try_from(current).unwrap_or(0);
    if current > known {
        return Err(StoreError::TooNew {
            found: current,
            supported: known,
        });
    }
    for step in &MIGRATIONS[current as usize..] {
        tx.batch_execute(step).await?;
    }
    tx.execute(
        "UPDATE wayfinder_schema SET version = $1",
        &[&(known as i32)],
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

impl PgStore {
    /// A pool of connections to the database `config` names, its schema brought up to date.
    /// Fails (and may be called again) while the database cannot be reached.
    pub fn connect(config: &PgConfig) -> Result<PgStore> {
        let mut pg: tokio_postgres::Config = config.url.parse().map_err(|_| {
            StoreError::Storage(
                "the PostgreSQL connection string is not valid (postgres://user@host:port/database)"
                    .to_owned(),
            )
        })?;
        if let Some(password) = &config.password {
            pg.password(password);
        }
        pg.connect_timeout(Duration::from_secs(5));
        let tls = native_tls::TlsConnector::new()
            .map_err(|e| StoreError::Storage(format!("TLS: {e}")))?;
        let manager = deadpool_postgres::Manager::from_config(
            pg,
            postgres_native_tls::MakeTlsConnector::new(tls),
            deadpool_postgres::ManagerConfig {
                recycling_method: deadpool_postgres::RecyclingMethod::Fast,
            },
        );
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("wayfinder-postgres")
            .enable_all()
            .build()
            .map_err(|e| StoreError::Storage(format!("runtime: {e}")))?;
        let pool = {
            let _inside = runtime.enter();
            Pool::builder(manager)
                .max_size(config.max_connections.max(1))
                .runtime(deadpool_postgres::Runtime::Tokio1)
                .wait_timeout(Some(Duration::from_secs(10)))
                .create_timeout(Some(Duration::from_secs(5)))
                .recycle_timeout(Some(Duration::from_secs(5)))
                .build()
                .map_err(|e| StoreError::Storage(format!("PostgreSQL pool: {e}")))?
        };
        let store = PgStore {
            handle: runtime.handle().clone(),
            runtime: Some(runtime),
            pool,
        };
        store.run(|pool| async move { migrate(&pool).await })?;
        Ok(store)
    }

    /// The schema version the database is at.
    pub fn version(&self) -> Result<u32> {
        self.run(|pool| async move {
            let client = pool.get().await?;
            let row = client
                .query_one("SELECT version FROM wayfinder_schema", &[])
                .await?;
            Ok(u32::try_from(row.get::<_, i32>(0)).unwrap_or(0))
        })
    }

    /// Runs `work` on the store's runtime and waits for it, from any thread.
    pub(crate) fn run<T, F, Fut>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(Pool) -> Fut,
        Fut: Future<Output = Result<T>> + Send + 'static,
    {
        self.spawn(work)
            .recv()
            .map_err(|_| StoreError::Storage("the database worker stopped".to_owned()))?
    }

    /// Starts `work` on the store's runtime; its answer arrives on the channel returned.
    pub(crate) fn spawn<T, F, Fut>(&self, work: F) -> std::sync::mpsc::Receiver<Result<T>>
    where
        T: Send + 'static,
        F: FnOnce(Pool) -> Fut,
        Fut: Future<Output = Result<T>> + Send + 'static,
    {
        let (done, answer) = std::sync::mpsc::sync_channel(1);
        let task = work(self.pool.clone());
        self.handle.spawn(async move {
            let _ = done.send(task.await);
        });
        answer
    }

    /// Runs any future on the store's runtime (object stores' clients want one), from a
    /// thread outside it.
    pub(crate) fn block_on<F: Future>(&self, work: F) -> F::Output {
        self.handle.block_on(work)
    }
}

impl Store for PgStore {
    fn reserve_workspace(
        &self,
        workspace: WorkspaceId,
        code_hash: [u8; 32],
        now: u64,
    ) -> Result<()> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            let added = exec(
                &c,
                "INSERT INTO workspaces (id, code_hash, reserved_millis) VALUES ($1, $2, $3)
                 ON CONFLICT DO NOTHING",
                &[&&workspace.0[..], &&code_hash[..], &(now as i64)],
            )
            .await?;
            if added == 0 {
                return Err(StoreError::WorkspaceExists);
            }
            Ok(())
        })
    }

    fn create_workspace(&self, code_hash: [u8; 32], genesis: &Roster) -> Result<()> {
        let genesis = genesis.clone();
        self.run(move |pool| async move {
            let mut c = pool.get().await?;
            let tx = c.transaction().await?;
            let workspace = &genesis.workspace.0[..];
            let created: Option<bool> = opt(
                &tx,
                "SELECT created FROM workspaces WHERE id = $1 AND code_hash = $2 FOR UPDATE",
                &[&workspace, &&code_hash[..]],
            )
            .await?
            .map(|r| r.get(0));
            match created {
                None => return Err(StoreError::BadCode),
                Some(true) => {
                    // Made already: the same first roster again is her app asking after a
                    // lost answer.
                    let first: Option<Vec<u8>> = opt(
                        &tx,
                        "SELECT body FROM rosters WHERE workspace = $1 AND version = 1",
                        &[&workspace],
                    )
                    .await?
                    .map(|r| r.get(0));
                    return if first.as_deref() == Some(wire::encode(&genesis).as_slice()) {
                        Ok(())
                    } else {
                        Err(StoreError::WorkspaceExists)
                    };
                }
                Some(false) => {}
            }
            exec(
                &tx,
                "UPDATE workspaces SET created = TRUE WHERE id = $1",
                &[&workspace],
            )
            .await?;
            exec(
                &tx,
                "INSERT INTO rosters (workspace, version, body) VALUES ($1, 1, $2)",
                &[&workspace, &wire::encode(&genesis)],
            )
            .await?;
            set_members(&tx, &genesis).await?;
            tx.commit().await?;
            Ok(())
        })
    }

    fn rosters(&self, workspace: WorkspaceId, after: u64) -> Result<Vec<Roster>> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            rows(
                &c,
                "SELECT body FROM rosters WHERE workspace = $1 AND version > $2 ORDER BY version",
                &[&&workspace.0[..], &(after as i64)],
            )
            .await?
            .iter()
            .map(|r| decoded(r.get::<_, &[u8]>(0)))
            .collect()
        })
    }

    fn append_roster(&self, roster: &Roster) -> Result<()> {
        let roster = roster.clone();
        self.run(move |pool| async move {
            let mut c = pool.get().await?;
            let tx = c.transaction().await?;
            if !lock_workspace(&tx, roster.workspace).await? {
                return Err(StoreError::NoWorkspace);
            }
            let latest: i64 = one(
                &tx,
                "SELECT COALESCE(MAX(version), 0) FROM rosters WHERE workspace = $1",
                &[&&roster.workspace.0[..]],
            )
            .await?
            .get(0);
            if latest == 0 {
                return Err(StoreError::NoWorkspace);
            }
            if roster.version != latest as u64 + 1 {
                return Err(StoreError::RosterConflict);
            }
            exec(
                &tx,
                "INSERT INTO rosters (workspace, version, body) VALUES ($1, $2, $3)",
                &[
                    &&roster.workspace.0[..],
                    &(roster.version as i64),
                    &wire::encode(&roster),
                ],
            )
            .await?;
            set_members(&tx, &roster).await?;
            tx.commit().await?;
            Ok(())
        })
    }

    fn add_invitation(
        &self,
        workspace: WorkspaceId,
        secret_hash: [u8; 32],
        role: Role,
        expires: u64,
    ) -> Result<()> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            exec(
                &c,
                "INSERT INTO invitations (secret_hash, workspace, role, expires_millis)
                 VALUES ($1, $2, $3, $4)",
                &[
                    &&secret_hash[..],
                    &&workspace.0[..],
                    &role.as_str(),
                    &(expires as i64),
                ],
            )
            .await?;
            Ok(())
        })
    }

    fn redeem(
        &self,
        workspace: WorkspaceId,
        secret_hash: [u8; 32],
        identity: &PublicIdentity,
        name: &str,
        now: u64,
    ) -> Result<Role> {
        let (identity, name) = (identity.clone(), name.to_owned());
        self.run(move |pool| async move {
            let mut c = pool.get().await?;
            let tx = c.transaction().await?;
            if !lock_workspace(&tx, workspace).await? {
                return Err(StoreError::BadCode);
            }
            let ws = &workspace.0[..];
            let invitation = opt(
                &tx,
                "SELECT role, redeemed_by FROM invitations WHERE secret_hash = $1
                 AND workspace = $2 AND expires_millis > $3",
                &[&&secret_hash[..], &ws, &(now as i64)],
            )
            .await?
            .ok_or(StoreError::BadCode)?;
            let role = role_of(invitation.get::<_, &str>(0))?;
            let encoded = wire::encode(&identity);
            if let Some(by) = invitation.get::<_, Option<Vec<u8>>>(1) {
                // Redeemed already: by this same identity, her app asking again.
                let same: bool = one(
                    &tx,
                    "SELECT EXISTS (SELECT 1 FROM members WHERE workspace = $1 AND member = $2
                     AND identity = $3)",
                    &[&ws, &by, &encoded],
                )
                .await?
                .get(0);
                return if by.as_slice() == identity.member.0.as_slice() && same {
                    Ok(role)
                } else {
                    Err(StoreError::BadCode)
                };
            }
            let taken: bool = one(
                &tx,
                "SELECT EXISTS (SELECT 1 FROM members WHERE workspace = $1 AND member = $2)",
                &[&ws, &&identity.member.0[..]],
            )
            .await?
            .get(0);
            if taken {
                return Err(StoreError::Forbidden);
            }
            exec(
                &tx,
                "UPDATE invitations SET redeemed_by = $1 WHERE secret_hash = $2",
                &[&&identity.member.0[..], &&secret_hash[..]],
            )
            .await?;
            exec(
                &tx,
                "INSERT INTO members (workspace, member, identity, role, name, in_roster)
                 VALUES ($1, $2, $3, $4, $5, 0)",
                &[
                    &ws,
                    &&identity.member.0[..],
                    &encoded,
                    &role.as_str(),
                    &name,
                ],
            )
            .await?;
            tx.commit().await?;
            Ok(role)
        })
    }

    fn member(&self, workspace: WorkspaceId, member: MemberId) -> Result<Option<Known>> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            opt(
                &c,
                "SELECT identity, role, name FROM members WHERE workspace = $1 AND member = $2",
                &[&&workspace.0[..], &&member.0[..]],
            )
            .await?
            .map(|r| {
                Ok(Known {
                    identity: decoded(r.get::<_, &[u8]>(0))?,
                    role: role_of(r.get::<_, &str>(1))?,
                    name: r.get(2),
                })
            })
            .transpose()
        })
    }

    fn waiting(&self, workspace: WorkspaceId) -> Result<Vec<Known>> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            rows(
                &c,
                "SELECT identity, role, name FROM members WHERE workspace = $1 AND in_roster = 0
                 ORDER BY joined",
                &[&&workspace.0[..]],
            )
            .await?
            .iter()
            .map(|r| {
                Ok(Known {
                    identity: decoded(r.get::<_, &[u8]>(0))?,
                    role: role_of(r.get::<_, &str>(1))?,
                    name: r.get(2),
                })
            })
            .collect()
        })
    }

    fn turn_away(&self, workspace: WorkspaceId, members: &[MemberId]) -> Result<()> {
        let members = members.to_vec();
        self.run(move |pool| async move {
            let mut c = pool.get().await?;
            let tx = c.transaction().await?;
            lock_workspace(&tx, workspace).await?;
            let ws = &workspace.0[..];
            for member in &members {
                let gone = exec(
                    &tx,
                    "DELETE FROM members WHERE workspace = $1 AND member = $2 AND in_roster = 0",
                    &[&ws, &&member.0[..]],
                )
                .await?;
                if gone > 0 {
                    exec(
                        &tx,
                        "DELETE FROM sessions WHERE workspace = $1 AND member = $2",
                        &[&ws, &&member.0[..]],
                    )
                    .await?;
                    exec(
                        &tx,
                        "DELETE FROM challenges WHERE workspace = $1 AND member = $2",
                        &[&ws, &&member.0[..]],
                    )
                    .await?;
                }
            }
            tx.commit().await?;
            Ok(())
        })
    }

    fn put_challenge(
        &self,
        workspace: WorkspaceId,
        member: MemberId,
        nonce: [u8; 32],
        expires: u64,
    ) -> Result<()> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            exec(
                &c,
                "DELETE FROM challenges WHERE expires_millis < $1",
                &[&(expires as i64 - 10 * 60_000)],
            )
            .await?;
            exec(
                &c,
                "INSERT INTO challenges (nonce, workspace, member, expires_millis)
                 VALUES ($1, $2, $3, $4)",
                &[
                    &&nonce[..],
                    &&workspace.0[..],
                    &&member.0[..],
                    &(expires as i64),
                ],
            )
            .await?;
            Ok(())
        })
    }

    fn take_challenge(
        &self,
        workspace: WorkspaceId,
        member: MemberId,
        nonce: [u8; 32],
        now: u64,
    ) -> Result<bool> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            let taken = exec(
                &c,
                "DELETE FROM challenges WHERE nonce = $1 AND workspace = $2 AND member = $3
                 AND expires_millis > $4",
                &[
                    &&nonce[..],
                    &&workspace.0[..],
                    &&member.0[..],
                    &(now as i64),
                ],
            )
            .await?;
            Ok(taken == 1)
        })
    }

    fn put_session(
        &self,
        token_hash: [u8; 32],
        workspace: WorkspaceId,
        member: MemberId,
        now: u64,
        expires: u64,
    ) -> Result<()> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            exec(
                &c,
                "DELETE FROM sessions WHERE expires_millis <= $1",
                &[&(now as i64)],
            )
            .await?;
            exec(
                &c,
                "INSERT INTO sessions (token_hash, workspace, member, expires_millis)
                 VALUES ($1, $2, $3, $4)",
                &[
                    &&token_hash[..],
                    &&workspace.0[..],
                    &&member.0[..],
                    &(expires as i64),
                ],
            )
            .await?;
            Ok(())
        })
    }

    fn session(&self, token_hash: [u8; 32], now: u64) -> Result<Option<(WorkspaceId, MemberId)>> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            let Some(row) = opt(
                &c,
                "SELECT s.workspace, s.member FROM sessions s
                 JOIN members m ON m.workspace = s.workspace AND m.member = s.member
                 WHERE s.token_hash = $1 AND s.expires_millis > $2",
                &[&&token_hash[..], &(now as i64)],
            )
            .await?
            else {
                return Ok(None);
            };
            let (workspace, member): (Vec<u8>, Vec<u8>) = (row.get(0), row.get(1));
            // When she was last seen, to the minute, so that most requests write nothing.
            exec(
                &c,
                "UPDATE members SET last_seen_millis = $3::BIGINT
                 WHERE workspace = $1 AND member = $2 AND last_seen_millis < $3::BIGINT - 60000",
                &[&workspace, &member, &(now as i64)],
            )
            .await?;
            Ok(Some((
                WorkspaceId(id16(workspace, "workspace")?),
                MemberId(id16(member, "member")?),
            )))
        })
    }

    fn holds(
        &self,
        workspace: WorkspaceId,
        case: CaseRef,
        epoch: u32,
        member: MemberId,
    ) -> Result<bool> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            holds(&c, workspace, case, epoch, member).await
        })
    }

    fn holds_case(&self, workspace: WorkspaceId, case: CaseRef, member: MemberId) -> Result<bool> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            Ok(one(
                &c,
                "SELECT EXISTS (SELECT 1 FROM envelopes WHERE workspace = $1 AND case_id = $2
                 AND member = $3)",
                &[&&workspace.0[..], &&case.0[..], &&member.0[..]],
            )
            .await?
            .get(0))
        })
    }

    fn latest_epoch(&self, workspace: WorkspaceId, case: CaseRef) -> Result<Option<u32>> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            latest_epoch(&c, workspace, case).await
        })
    }

    fn holders(&self, workspace: WorkspaceId, case: CaseRef) -> Result<Vec<KeyEnvelope>> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            rows(
                &c,
                "SELECT body FROM envelopes WHERE workspace = $1 AND case_id = $2
                 AND epoch = (SELECT max(epoch) FROM envelopes WHERE workspace = $1
                              AND case_id = $2)
                 ORDER BY member",
                &[&&workspace.0[..], &&case.0[..]],
            )
            .await?
            .iter()
            .map(|r| decoded(r.get::<_, &[u8]>(0)))
            .collect()
        })
    }

    fn put_envelopes(&self, workspace: WorkspaceId, envelopes: &[KeyEnvelope]) -> Result<()> {
        let envelopes = envelopes.to_vec();
        self.run(move |pool| async move {
            let mut c = pool.get().await?;
            let tx = c.transaction().await?;
            if !lock_workspace(&tx, workspace).await? {
                return Err(StoreError::NoWorkspace);
            }
            for envelope in &envelopes {
                let body = wire::encode(envelope);
                let held: Option<Vec<u8>> = opt(
                    &tx,
                    "SELECT body FROM envelopes WHERE workspace = $1 AND case_id = $2
                     AND epoch = $3 AND member = $4",
                    &[
                        &&workspace.0[..],
                        &&envelope.case.0[..],
                        &i64::from(envelope.epoch),
                        &&envelope.member.0[..],
                    ],
                )
                .await?
                .map(|r| r.get(0));
                match held {
                    Some(held) if held == body => continue,
                    Some(_) => return Err(StoreError::Forbidden),
                    None => {}
                }
                let seq = next_seq(&tx, workspace).await?;
                exec(
                    &tx,
                    "INSERT INTO envelopes (workspace, case_id, epoch, member, seq, body)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                    &[
                        &&workspace.0[..],
                        &&envelope.case.0[..],
                        &i64::from(envelope.epoch),
                        &&envelope.member.0[..],
                        &(seq as i64),
                        &body,
                    ],
                )
                .await?;
            }
            tx.commit().await?;
            Ok(())
        })
    }

    fn blob_state(
        &self,
        workspace: WorkspaceId,
        case: CaseRef,
        name: BlobName,
    ) -> Result<Option<BlobState>> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            blob_row(&c, workspace, case, name).await
        })
    }

    fn blob_begin(
        &self,
        workspace: WorkspaceId,
        case: CaseRef,
        name: BlobName,
        upload: Upload,
    ) -> Result<BlobState> {
        let Upload {
            owner,
            epoch,
            total,
            salt,
        } = upload;
        self.run(move |pool| async move {
            let mut c = pool.get().await?;
            let tx = c.transaction().await?;
            if !lock_workspace(&tx, workspace).await? {
                return Err(StoreError::NoWorkspace);
            }
            let key: [&(dyn ToSql + Sync); 3] = [&&workspace.0[..], &&case.0[..], &&name.0[..]];
            let found = opt(
                &tx,
                "SELECT owner, salt, epoch, total, have FROM blobs
                 WHERE workspace = $1 AND case_id = $2 AND name = $3",
                &key,
            )
            .await?;
            let state = match found {
                Some(row) => {
                    let held_owner: Option<Vec<u8>> = row.get(0);
                    let held_salt: Option<Vec<u8>> = row.get(1);
                    let state = BlobState {
                        epoch: row.get::<_, i64>(2) as u32,
                        total: row.get::<_, i64>(3) as u32,
                        have: row.get::<_, i64>(4) as u32,
                    };
                    // Begun by someone else, or before names had owners: never hers.
                    if held_owner.as_deref() != Some(&owner.0[..]) {
                        return Err(StoreError::BlobTaken);
                    }
                    if state.have == state.total
                        || (state.epoch == epoch
                            && state.total == total
                            && held_salt.as_deref() == Some(&salt[..]))
                    {
                        Some(state)
                    } else {
                        None
                    }
                }
                None => None,
            };
            let state = match state {
                Some(state) => state,
                None => {
                    exec(
                        &tx,
                        "INSERT INTO blobs (workspace, case_id, name, epoch, total, have, owner, salt)
                         VALUES ($1, $2, $3, $4, $5, 0, $6, $7)
                         ON CONFLICT (workspace, case_id, name)
                         DO UPDATE SET epoch = excluded.epoch, total = excluded.total, have = 0,
                                       salt = excluded.salt",
                        &[
                            &&workspace.0[..],
                            &&case.0[..],
                            &&name.0[..],
                            &i64::from(epoch),
                            &i64::from(total),
                            &&owner.0[..],
                            &&salt[..],
                        ],
                    )
                    .await?;
                    BlobState {
                        epoch,
                        total,
                        have: 0,
                    }
                }
            };
            tx.commit().await?;
            Ok(state)
        })
    }

    fn blob_stored(
        &self,
        workspace: WorkspaceId,
        case: CaseRef,
        name: BlobName,
        (index, salt): (u32, [u8; wayfinder_sync::blob::SALT]),
        bytes: u64,
    ) -> Result<BlobState> {
        self.run(move |pool| async move {
            let mut c = pool.get().await?;
            let tx = c.transaction().await?;
            if !lock_workspace(&tx, workspace).await? {
                return Err(StoreError::NoWorkspace);
            }
            let counted = opt(
                &tx,
                "UPDATE blobs SET have = $4::BIGINT + 1 WHERE workspace = $1 AND case_id = $2
                 AND name = $3 AND have = $4 AND $4 < total AND salt = $5 RETURNING owner",
                &[
                    &&workspace.0[..],
                    &&case.0[..],
                    &&name.0[..],
                    &i64::from(index),
                    &&salt[..],
                ],
            )
            .await?;
            if let Some(owner) = counted
                .and_then(|r| r.get::<_, Option<Vec<u8>>>(0))
                .and_then(|o| <[u8; 16]>::try_from(o).ok())
            {
                count_usage(&tx, workspace, MemberId(owner), bytes).await?;
            }
            let state = blob_row(&tx, workspace, case, name)
                .await?
                .ok_or_else(|| StoreError::Storage("blob row".to_owned()))?;
            tx.commit().await?;
            Ok(state)
        })
    }

    fn blob_current(
        &self,
        workspace: WorkspaceId,
        case: CaseRef,
        name: BlobName,
        (index, salt): (u32, [u8; wayfinder_sync::blob::SALT]),
    ) -> Result<bool> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            Ok(one(
                &c,
                "SELECT EXISTS (SELECT 1 FROM blobs WHERE workspace = $1 AND case_id = $2
                 AND name = $3 AND have = $4 AND salt = $5)",
                &[
                    &&workspace.0[..],
                    &&case.0[..],
                    &&name.0[..],
                    &i64::from(index),
                    &&salt[..],
                ],
            )
            .await?
            .get(0))
        })
    }

    fn usage(&self, workspace: WorkspaceId, member: MemberId) -> Result<u64> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            usage(&c, workspace, member).await
        })
    }

    fn ping(&self) -> Result<()> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            c.simple_query("SELECT 1").await?;
            Ok(())
        })
    }

    fn totals(&self) -> Result<Totals> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            let row = one(
                &c,
                "SELECT (SELECT count(*) FROM ops),
                        (SELECT coalesce(sum(bytes), 0)::BIGINT FROM usage)",
                &[],
            )
            .await?;
            Ok(Totals {
                operations: u64::try_from(row.get::<_, i64>(0)).unwrap_or(0),
                stored_bytes: u64::try_from(row.get::<_, i64>(1)).unwrap_or(0),
            })
        })
    }

    fn members(&self, now: u64) -> Result<Vec<MemberRow>> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            rows(
                &c,
                "SELECT m.workspace, m.member, m.role, m.name, m.in_roster <> 0,
                   m.last_seen_millis,
                   (SELECT count(*) FROM sessions s WHERE s.workspace = m.workspace
                      AND s.member = m.member AND s.expires_millis > $1)
                 FROM members m
                 ORDER BY m.workspace, m.in_roster DESC, m.name COLLATE \"C\", m.member",
                &[&(now as i64)],
            )
            .await?
            .into_iter()
            .map(|r| {
                Ok(MemberRow {
                    workspace: WorkspaceId(id16(r.get(0), "workspace")?),
                    member: MemberId(id16(r.get(1), "member")?),
                    role: role_of(r.get::<_, &str>(2))?,
                    name: r.get(3),
                    admitted: r.get(4),
                    last_seen_millis: u64::try_from(r.get::<_, i64>(5)).ok().filter(|s| *s > 0),
                    sessions: u32::try_from(r.get::<_, i64>(6)).unwrap_or(u32::MAX),
                })
            })
            .collect()
        })
    }

    fn end_sessions(&self, workspace: WorkspaceId, member: MemberId) -> Result<u64> {
        self.run(move |pool| async move {
            let c = pool.get().await?;
            exec(
                &c,
                "DELETE FROM sessions WHERE workspace = $1 AND member = $2",
                &[&&workspace.0[..], &&member.0[..]],
            )
            .await
        })
    }

    fn push(
        &self,
        workspace: WorkspaceId,
        author: MemberId,
        ops: &[SealedOp],
        quota: u64,
    ) -> Result<Vec<(OpId, u64)>> {
        let ops = ops.to_vec();
        self.run(move |pool| async move {
            let mut c = pool.get().await?;
            let tx = c.transaction().await?;
            if !lock_workspace(&tx, workspace).await? {
                return Err(StoreError::NoWorkspace);
            }
            // The same checks as the SQLite store, in the transaction that stores them.
            let incoming: u64 = ops.iter().map(|op| op.ciphertext.len() as u64).sum();
            if usage(&tx, workspace, author)
                .await?
                .saturating_add(incoming)
                > quota
            {
                return Err(StoreError::QuotaExceeded);
            }
            let mut allowed: Vec<(CaseRef, u32)> = Vec::new();
            for op in &ops {
                if op.author != author {
                    return Err(StoreError::Forbidden);
                }
                if allowed.contains(&(op.case, op.epoch)) {
                    continue;
                }
                if !holds(&tx, workspace, op.case, op.epoch, author).await? {
                    return Err(StoreError::CaseNotHeld);
                }
                if let Some(latest) = latest_epoch(&tx, workspace, op.case).await?
                    && op.epoch < latest
                    && !holds(&tx, workspace, op.case, latest, author).await?
                {
                    return Err(StoreError::CaseNotHeld);
                }
                allowed.push((op.case, op.epoch));
            }
            // Three statements whatever the push's size: the numbers of those stored already,
            // a run of new numbers taken at once, and the new ones inserted together.
            let ids: Vec<&[u8]> = ops.iter().map(|op| &op.op.0[..]).collect();
            let mut numbers: std::collections::HashMap<Vec<u8>, u64> = rows(
                &tx,
                "SELECT op_id, seq FROM ops WHERE workspace = $1 AND op_id = ANY($2)",
                &[&&workspace.0[..], &ids],
            )
            .await?
            .into_iter()
            .map(|r| (r.get::<_, Vec<u8>>(0), r.get::<_, i64>(1) as u64))
            .collect();
            let mut fresh: Vec<&SealedOp> = Vec::new();
            for op in &ops {
                if !numbers.contains_key(&op.op.0[..]) && !fresh.iter().any(|f| f.op == op.op) {
                    fresh.push(op);
                }
            }
            let mut added = 0u64;
            if !fresh.is_empty() {
                let count = fresh.len() as i64;
                let first: i64 = opt(
                    &tx,
                    "UPDATE workspaces SET next_seq = next_seq + $2 WHERE id = $1
                     RETURNING next_seq - $2",
                    &[&&workspace.0[..], &count],
                )
                .await?
                .ok_or(StoreError::NoWorkspace)?
                .get(0);
                let seqs: Vec<i64> = (0..count).map(|i| first + i).collect();
                let op_ids: Vec<&[u8]> = fresh.iter().map(|op| &op.op.0[..]).collect();
                let cases: Vec<&[u8]> = fresh.iter().map(|op| &op.case.0[..]).collect();
                let epochs: Vec<i64> = fresh.iter().map(|op| i64::from(op.epoch)).collect();
                let bodies: Vec<Vec<u8>> = fresh.iter().map(|op| wire::encode(*op)).collect();
                exec(
                    &tx,
                    "INSERT INTO ops (workspace, seq, op_id, case_id, epoch, body)
                     SELECT $1, * FROM UNNEST($2::BIGINT[], $3::BYTEA[], $4::BYTEA[],
                                              $5::BIGINT[], $6::BYTEA[])",
                    &[&&workspace.0[..], &seqs, &op_ids, &cases, &epochs, &bodies],
                )
                .await?;
                for (op, seq) in fresh.iter().zip(&seqs) {
                    numbers.insert(op.op.0.to_vec(), *seq as u64);
                    added += op.ciphertext.len() as u64;
                }
            }
            let stored: Vec<(OpId, u64)> = ops
                .iter()
                .map(|op| {
                    (
                        op.op,
                        numbers.get(&op.op.0[..]).copied().unwrap_or_default(),
                    )
                })
                .collect();
            count_usage(&tx, workspace, author, added).await?;
            tx.commit().await?;
            Ok(stored)
        })
    }

    fn pull(
        &self,
        workspace: WorkspaceId,
        member: MemberId,
        after: Cursor,
        limit: u32,
    ) -> Result<Pulled> {
        self.run(move |pool| async move {
            let limit = limit.clamp(1, 5_000);
            let mut c = pool.get().await?;
            // One snapshot for the end of the log and what is read up to it.
            let tx = c
                .build_transaction()
                .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
                .read_only(true)
                .start()
                .await?;
            let end: i64 = opt(
                &tx,
                "SELECT next_seq - 1 FROM workspaces WHERE id = $1",
                &[&&workspace.0[..]],
            )
            .await?
            .ok_or(StoreError::NoWorkspace)?
            .get(0);
            let statement = tx
                .prepare_cached(
                    // Each branch ordered and cut by its own index, the cursor applied inside
                    // it: the first rows of the two together are among each one's first rows,
                    // and neither reads the log to its end for one batch.
                    "SELECT visible, seq, body FROM (
                         (SELECT o.seq AS visible, o.seq AS seq, o.body AS body FROM ops o
                          WHERE o.workspace = $1 AND o.seq >= $3 AND o.seq <= $6
                            AND (o.seq > $3 OR o.seq > $4)
                            AND EXISTS (SELECT 1 FROM envelopes e WHERE e.workspace = o.workspace
                                        AND e.case_id = o.case_id AND e.epoch = o.epoch
                                        AND e.member = $2 AND e.seq < o.seq)
                          ORDER BY o.seq LIMIT $5)
                         UNION ALL
                         (SELECT e.seq AS visible, o.seq AS seq, o.body AS body
                          FROM envelopes e JOIN ops o ON o.workspace = e.workspace
                               AND o.case_id = e.case_id AND o.epoch = e.epoch AND o.seq < e.seq
                          WHERE e.workspace = $1 AND e.member = $2 AND e.seq >= $3 AND e.seq <= $6
                            AND (e.seq > $3 OR o.seq > $4)
                          ORDER BY e.seq, o.seq LIMIT $5)
                     ) AS readable
                     ORDER BY visible, seq LIMIT $5",
                )
                .await?;
            let (visible, seq, fetch) =
                (after.visible as i64, after.seq as i64, i64::from(limit) + 1);
            let portal = tx
                .bind(
                    &statement,
                    &[
                        &&workspace.0[..],
                        &&member.0[..],
                        &visible,
                        &seq,
                        &fetch,
                        &end,
                    ],
                )
                .await?;
            // Rows a page at a time, so that a batch never holds more than any member can take.
            let mut more = false;
            let mut ops = Vec::new();
            let mut bytes = 0usize;
            let mut reached = None;
            'read: loop {
                let page = tx.query_portal(&portal, fetch.min(256) as i32).await?;
                if page.is_empty() {
                    break;
                }
                for row in page {
                    let body: &[u8] = row.get(2);
                    if ops.len() == limit as usize
                        || (!ops.is_empty() && bytes + body.len() > BATCH_BYTES)
                    {
                        more = true;
                        break 'read;
                    }
                    bytes += body.len();
                    let (visible, seq): (i64, i64) = (row.get(0), row.get(1));
                    ops.push((seq as u64, decoded::<SealedOp>(body)?));
                    reached = Some(Cursor {
                        visible: visible as u64,
                        seq: seq as u64,
                    });
                }
            }
            let end = end.max(0) as u64;
            let last = match (more, reached) {
                (true, Some(cursor)) => cursor,
                _ => after.max(Cursor {
                    visible: end,
                    seq: end,
                }),
            };
            let envelopes = rows(
                &tx,
                "SELECT body FROM envelopes WHERE workspace = $1 AND member = $2 AND seq > $3
                 AND seq <= $4 ORDER BY seq",
                &[
                    &&workspace.0[..],
                    &&member.0[..],
                    &(after.visible as i64),
                    &(last.visible as i64),
                ],
            )
            .await?
            .iter()
            .map(|r| decoded(r.get::<_, &[u8]>(0)))
            .collect::<Result<Vec<_>>>()?;
            tx.commit().await?;
            Ok(Pulled {
                ops,
                envelopes,
                last,
                more,
            })
        })
    }
}
