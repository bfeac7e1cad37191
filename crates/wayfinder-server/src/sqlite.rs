//! The embedded store: one SQLite file (WAL, `synchronous = FULL`: an operation is on disk
//! before the server acknowledges it). Built on rusqlite; the workspace's SQLCipher build
//! serves it unkeyed, which is plain SQLite. Its schema is versioned by append-only
//! migrations (`migrations`), applied when the file is opened.

mod migrations;

pub use migrations::schema_version;

use crate::store::{Known, Pulled, Result, Store, StoreError, Upload};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::path::Path;
use std::sync::Mutex;
use wayfinder_merge::OpId;
use wayfinder_sync::blob::BlobName;
use wayfinder_sync::client::BATCH_BYTES;
use wayfinder_sync::wire::{self, BlobState, Cursor};
use wayfinder_sync::{
    CaseRef, KeyEnvelope, MemberId, PublicIdentity, Role, Roster, SealedOp, WorkspaceId,
};

pub struct SqliteStore {
    conn: Mutex<Connection>,
}

fn decoded<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    wire::decode(bytes).map_err(|e| StoreError::Storage(format!("stored record: {e}")))
}

fn role_of(text: &str) -> Result<Role> {
    Role::parse(text).ok_or_else(|| StoreError::Storage("stored role".to_owned()))
}

impl SqliteStore {
    pub fn open(path: &Path) -> Result<SqliteStore> {
        let mut conn = Connection::open(path)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;",
        )?;
        migrations::migrate(&mut conn)?;
        Ok(SqliteStore {
            conn: Mutex::new(conn),
        })
    }

    /// Writes a consistent copy of the database to `path`, a new file, while it serves
    /// (SQLite's `VACUUM INTO` reads it in one transaction): whole, or an error.
    pub fn backup_into(&self, path: &Path) -> Result<()> {
        let target = path
            .to_str()
            .ok_or_else(|| StoreError::Storage("the backup's path is not UTF-8".to_owned()))?;
        self.with(|conn| {
            conn.execute("VACUUM INTO ?1", [target])?;
            Ok(())
        })
    }

    pub(crate) fn with<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        let mut conn = self
            .conn
            .lock()
            .map_err(|_| StoreError::Storage("lock poisoned".to_owned()))?;
        f(&mut conn)
    }
}

fn next_seq(tx: &rusqlite::Transaction<'_>, workspace: WorkspaceId) -> Result<u64> {
    let seq: i64 = tx
        .query_row(
            "UPDATE workspaces SET next_seq = next_seq + 1 WHERE id = ?1 RETURNING next_seq - 1",
            [&workspace.0[..]],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(StoreError::NoWorkspace)?;
    Ok(seq as u64)
}

fn set_members(tx: &rusqlite::Transaction<'_>, roster: &Roster) -> Result<()> {
    // Members of the previous roster are marked; those the new one lists are unmarked; whoever
    // is still marked was taken out and can no longer log in. Members who joined and wait to
    // be signed in (never in a roster) are left as they are.
    tx.execute(
        "UPDATE members SET in_roster = 2 WHERE workspace = ?1 AND in_roster = 1",
        [&roster.workspace.0[..]],
    )?;
    for m in &roster.members {
        tx.execute(
            "INSERT INTO members (workspace, member, identity, role, name, in_roster) VALUES (?1, ?2, ?3, ?4, ?5, 1)
             ON CONFLICT (workspace, member) DO UPDATE SET identity = excluded.identity, role = excluded.role,
               name = excluded.name, in_roster = 1",
            params![
                &roster.workspace.0[..],
                &m.identity.member.0[..],
                wire::encode(&m.identity),
                m.role.as_str(),
                m.name
            ],
        )?;
    }
    tx.execute(
        "DELETE FROM members WHERE workspace = ?1 AND in_roster = 2",
        [&roster.workspace.0[..]],
    )?;
    Ok(())
}

impl Store for SqliteStore {
    fn reserve_workspace(
        &self,
        workspace: WorkspaceId,
        code_hash: [u8; 32],
        now: u64,
    ) -> Result<()> {
        self.with(|conn| {
            let added = conn.execute(
                "INSERT OR IGNORE INTO workspaces (id, code_hash, reserved_millis) VALUES (?1, ?2, ?3)",
                params![&workspace.0[..], &code_hash[..], now as i64],
            )?;
            if added == 0 {
                return Err(StoreError::WorkspaceExists);
            }
            Ok(())
        })
    }

    fn create_workspace(&self, code_hash: [u8; 32], genesis: &Roster) -> Result<()> {
        self.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let created: Option<i64> = tx
                .query_row(
                    "SELECT created FROM workspaces WHERE id = ?1 AND code_hash = ?2",
                    params![&genesis.workspace.0[..], &code_hash[..]],
                    |r| r.get(0),
                )
                .optional()?;
            match created {
                None => return Err(StoreError::BadCode),
                Some(1) => {
                    // Made already. By the same creator with the same first roster, this is her
                    // app asking again after losing the answer: it was done.
                    let first: Option<Vec<u8>> = tx
                        .query_row(
                            "SELECT body FROM rosters WHERE workspace = ?1 AND version = 1",
                            [&genesis.workspace.0[..]],
                            |r| r.get(0),
                        )
                        .optional()?;
                    return if first.as_deref() == Some(wire::encode(genesis).as_slice()) {
                        Ok(())
                    } else {
                        Err(StoreError::WorkspaceExists)
                    };
                }
                Some(_) => {}
            }
            tx.execute(
                "UPDATE workspaces SET created = 1 WHERE id = ?1",
                [&genesis.workspace.0[..]],
            )?;
            tx.execute(
                "INSERT INTO rosters (workspace, version, body) VALUES (?1, 1, ?2)",
                params![&genesis.workspace.0[..], wire::encode(genesis)],
            )?;
            set_members(&tx, genesis)?;
            tx.commit()?;
            Ok(())
        })
    }

    fn rosters(&self, workspace: WorkspaceId, after: u64) -> Result<Vec<Roster>> {
        self.with(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT body FROM rosters WHERE workspace = ?1 AND version > ?2 ORDER BY version",
            )?;
            let bodies = stmt
                .query_map(params![&workspace.0[..], after as i64], |r| {
                    r.get::<_, Vec<u8>>(0)
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            bodies.iter().map(|b| decoded(b)).collect()
        })
    }

    fn append_roster(&self, roster: &Roster) -> Result<()> {
        self.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let latest: i64 = tx.query_row(
                "SELECT COALESCE(MAX(version), 0) FROM rosters WHERE workspace = ?1",
                [&roster.workspace.0[..]],
                |r| r.get(0),
            )?;
            if latest == 0 {
                return Err(StoreError::NoWorkspace);
            }
            if roster.version != latest as u64 + 1 {
                return Err(StoreError::RosterConflict);
            }
            tx.execute(
                "INSERT INTO rosters (workspace, version, body) VALUES (?1, ?2, ?3)",
                params![
                    &roster.workspace.0[..],
                    roster.version as i64,
                    wire::encode(roster)
                ],
            )?;
            set_members(&tx, roster)?;
            tx.commit()?;
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
        self.with(|conn| {
            conn.execute(
                "INSERT INTO invitations (secret_hash, workspace, role, expires_millis) VALUES (?1, ?2, ?3, ?4)",
                params![&secret_hash[..], &workspace.0[..], role.as_str(), expires as i64],
            )?;
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
        self.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let invitation: Option<(String, Option<Vec<u8>>)> = tx
                .query_row(
                    "SELECT role, redeemed_by FROM invitations WHERE secret_hash = ?1 AND workspace = ?2
                     AND expires_millis > ?3",
                    params![&secret_hash[..], &workspace.0[..], now as i64],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let (role, redeemed_by) = invitation.ok_or(StoreError::BadCode)?;
            let role = role_of(&role)?;
            if let Some(by) = redeemed_by {
                // Redeemed already. By this same identity, under the name she gave: her app
                // asking again after losing the answer, which it may. By anyone else: spent.
                let same: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM members WHERE workspace = ?1 AND member = ?2
                     AND identity = ?3)",
                    params![&workspace.0[..], &by, wire::encode(identity)],
                    |r| r.get(0),
                )?;
                return if by.as_slice() == identity.member.0.as_slice() && same {
                    Ok(role)
                } else {
                    Err(StoreError::BadCode)
                };
            }
            let taken: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM members WHERE workspace = ?1 AND member = ?2)",
                params![&workspace.0[..], &identity.member.0[..]],
                |r| r.get(0),
            )?;
            if taken {
                return Err(StoreError::Forbidden);
            }
            tx.execute(
                "UPDATE invitations SET redeemed_by = ?1 WHERE secret_hash = ?2",
                params![&identity.member.0[..], &secret_hash[..]],
            )?;
            tx.execute(
                "INSERT INTO members (workspace, member, identity, role, name, in_roster) VALUES (?1, ?2, ?3, ?4, ?5, 0)",
                params![&workspace.0[..], &identity.member.0[..], wire::encode(identity), role.as_str(), name],
            )?;
            tx.commit()?;
            Ok(role)
        })
    }

    fn member(&self, workspace: WorkspaceId, member: MemberId) -> Result<Option<Known>> {
        self.with(|conn| {
            let row: Option<(Vec<u8>, String, String)> = conn
                .query_row(
                    "SELECT identity, role, name FROM members WHERE workspace = ?1 AND member = ?2",
                    params![&workspace.0[..], &member.0[..]],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            row.map(|(identity, role, name)| {
                Ok(Known {
                    identity: decoded(&identity)?,
                    role: role_of(&role)?,
                    name,
                })
            })
            .transpose()
        })
    }

    fn waiting(&self, workspace: WorkspaceId) -> Result<Vec<Known>> {
        self.with(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT identity, role, name FROM members WHERE workspace = ?1 AND in_roster = 0 ORDER BY rowid",
            )?;
            let rows = stmt
                .query_map([&workspace.0[..]], |r| {
                    Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows.into_iter()
                .map(|(identity, role, name)| {
                    Ok(Known {
                        identity: decoded(&identity)?,
                        role: role_of(&role)?,
                        name,
                    })
                })
                .collect()
        })
    }

    fn turn_away(&self, workspace: WorkspaceId, members: &[MemberId]) -> Result<()> {
        self.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            for member in members {
                let gone = tx.execute(
                    "DELETE FROM members WHERE workspace = ?1 AND member = ?2 AND in_roster = 0",
                    params![&workspace.0[..], &member.0[..]],
                )?;
                if gone > 0 {
                    for table in ["sessions", "challenges"] {
                        tx.execute(
                            &format!("DELETE FROM {table} WHERE workspace = ?1 AND member = ?2"),
                            params![&workspace.0[..], &member.0[..]],
                        )?;
                    }
                }
            }
            tx.commit()?;
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
        self.with(|conn| {
            conn.execute(
                "DELETE FROM challenges WHERE expires_millis < ?1",
                [expires as i64 - 10 * 60_000],
            )?;
            conn.execute(
                "INSERT INTO challenges (nonce, workspace, member, expires_millis) VALUES (?1, ?2, ?3, ?4)",
                params![&nonce[..], &workspace.0[..], &member.0[..], expires as i64],
            )?;
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
        self.with(|conn| {
            let taken = conn.execute(
                "DELETE FROM challenges WHERE nonce = ?1 AND workspace = ?2 AND member = ?3 AND expires_millis > ?4",
                params![&nonce[..], &workspace.0[..], &member.0[..], now as i64],
            )?;
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
        self.with(|conn| {
            conn.execute(
                "DELETE FROM sessions WHERE expires_millis <= ?1",
                [now as i64],
            )?;
            conn.execute(
                "INSERT INTO sessions (token_hash, workspace, member, expires_millis) VALUES (?1, ?2, ?3, ?4)",
                params![&token_hash[..], &workspace.0[..], &member.0[..], expires as i64],
            )?;
            Ok(())
        })
    }

    fn session(&self, token_hash: [u8; 32], now: u64) -> Result<Option<(WorkspaceId, MemberId)>> {
        self.with(|conn| {
            let row: Option<(Vec<u8>, Vec<u8>)> = conn
                .query_row(
                    "SELECT s.workspace, s.member FROM sessions s
                     JOIN members m ON m.workspace = s.workspace AND m.member = s.member
                     WHERE s.token_hash = ?1 AND s.expires_millis > ?2",
                    params![&token_hash[..], now as i64],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            if let Some((workspace, member)) = &row {
                // When she was last seen, for the admin: to the minute, so that most requests
                // write nothing.
                conn.prepare_cached(
                    "UPDATE members SET last_seen_millis = ?3
                     WHERE workspace = ?1 AND member = ?2 AND last_seen_millis < ?3 - 60000",
                )?
                .execute(params![workspace, member, now as i64])?;
            }
            Ok(row.and_then(|(w, m)| {
                Some((
                    WorkspaceId(w.try_into().ok()?),
                    MemberId(m.try_into().ok()?),
                ))
            }))
        })
    }

    fn holds(
        &self,
        workspace: WorkspaceId,
        case: CaseRef,
        epoch: u32,
        member: MemberId,
    ) -> Result<bool> {
        self.with(|conn| holds(conn, workspace, case, epoch, member))
    }

    fn holders(&self, workspace: WorkspaceId, case: CaseRef) -> Result<Vec<KeyEnvelope>> {
        self.with(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT body FROM envelopes WHERE workspace = ?1 AND case_id = ?2
                 AND epoch = (SELECT max(epoch) FROM envelopes WHERE workspace = ?1 AND case_id = ?2)
                 ORDER BY member",
            )?;
            let bodies = stmt
                .query_map(params![&workspace.0[..], &case.0[..]], |r| {
                    r.get::<_, Vec<u8>>(0)
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            bodies
                .iter()
                .map(|b| wire::decode(b).map_err(|_| StoreError::Storage("envelope".into())))
                .collect()
        })
    }

    fn holds_case(&self, workspace: WorkspaceId, case: CaseRef, member: MemberId) -> Result<bool> {
        self.with(|conn| {
            Ok(conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM envelopes WHERE workspace = ?1 AND case_id = ?2 AND member = ?3)",
                params![&workspace.0[..], &case.0[..], &member.0[..]],
                |r| r.get(0),
            )?)
        })
    }

    fn blob_state(
        &self,
        workspace: WorkspaceId,
        case: CaseRef,
        name: BlobName,
    ) -> Result<Option<BlobState>> {
        self.with(|conn| blob_row(conn, workspace, case, name))
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
        self.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let found = tx
                .query_row(
                    "SELECT owner, salt, epoch, total, have FROM blobs
                     WHERE workspace = ?1 AND case_id = ?2 AND name = ?3",
                    params![&workspace.0[..], &case.0[..], &name.0[..]],
                    |r| {
                        Ok(Begun {
                            owner: r.get(0)?,
                            salt: r.get(1)?,
                            state: BlobState {
                                epoch: r.get(2)?,
                                total: r.get(3)?,
                                have: r.get(4)?,
                            },
                        })
                    },
                )
                .optional()?;
            let state = match found {
                // Begun by someone else, or before names had owners: never hers to write.
                Some(begun) if begun.owner.as_deref() != Some(&owner.0[..]) => {
                    return Err(StoreError::BlobTaken);
                }
                Some(Begun { salt: held, state, .. })
                    if state.have == state.total
                        || (state.epoch == epoch
                            && state.total == total
                            && held.as_deref() == Some(&salt[..])) =>
                {
                    state
                }
                _ => {
                    tx.execute(
                        "INSERT INTO blobs (workspace, case_id, name, epoch, total, have, owner, salt)
                         VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7)
                         ON CONFLICT (workspace, case_id, name)
                         DO UPDATE SET epoch = excluded.epoch, total = excluded.total, have = 0,
                                       salt = excluded.salt",
                        params![
                            &workspace.0[..],
                            &case.0[..],
                            &name.0[..],
                            epoch,
                            total,
                            &owner.0[..],
                            &salt[..]
                        ],
                    )?;
                    BlobState {
                        epoch,
                        total,
                        have: 0,
                    }
                }
            };
            tx.commit()?;
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
        self.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let counted = tx.execute(
                "UPDATE blobs SET have = ?4 + 1 WHERE workspace = ?1 AND case_id = ?2 AND name = ?3
                 AND have = ?4 AND ?4 < total AND salt = ?5",
                params![&workspace.0[..], &case.0[..], &name.0[..], index, &salt[..]],
            )?;
            let owner: Option<Vec<u8>> = tx
                .query_row(
                    "SELECT owner FROM blobs WHERE workspace = ?1 AND case_id = ?2 AND name = ?3",
                    params![&workspace.0[..], &case.0[..], &name.0[..]],
                    |r| r.get(0),
                )
                .optional()?
                .flatten();
            if counted > 0
                && let Some(owner) = owner.and_then(|o| <[u8; 16]>::try_from(o).ok())
            {
                count_usage(&tx, workspace, MemberId(owner), bytes)?;
            }
            let state = blob_row(&tx, workspace, case, name)?
                .ok_or_else(|| StoreError::Storage("blob row".to_owned()))?;
            tx.commit()?;
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
        self.with(|conn| {
            Ok(conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM blobs WHERE workspace = ?1 AND case_id = ?2
                 AND name = ?3 AND have = ?4 AND salt = ?5)",
                params![&workspace.0[..], &case.0[..], &name.0[..], index, &salt[..]],
                |r| r.get(0),
            )?)
        })
    }

    fn usage(&self, workspace: WorkspaceId, member: MemberId) -> Result<u64> {
        self.with(|conn| usage(conn, workspace, member))
    }

    fn members(&self, now: u64) -> Result<Vec<crate::store::MemberRow>> {
        self.with(|conn| {
            let mut stmt = conn.prepare(
                "SELECT m.workspace, m.member, m.role, m.name, m.in_roster, m.last_seen_millis,
                   (SELECT count(*) FROM sessions s WHERE s.workspace = m.workspace
                      AND s.member = m.member AND s.expires_millis > ?1)
                 FROM members m ORDER BY m.workspace, m.in_roster DESC, m.name, m.member",
            )?;
            let rows = stmt
                .query_map([now as i64], |r| {
                    Ok((
                        r.get::<_, Vec<u8>>(0)?,
                        r.get::<_, Vec<u8>>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, bool>(4)?,
                        r.get::<_, i64>(5)?,
                        r.get::<_, i64>(6)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows.into_iter()
                .map(
                    |(workspace, member, role, name, admitted, seen, sessions)| {
                        Ok(crate::store::MemberRow {
                            workspace: WorkspaceId(workspace.try_into().map_err(|_| {
                                StoreError::Storage("stored workspace id".to_owned())
                            })?),
                            member: MemberId(
                                member.try_into().map_err(|_| {
                                    StoreError::Storage("stored member id".to_owned())
                                })?,
                            ),
                            role: role_of(&role)?,
                            name,
                            admitted,
                            last_seen_millis: u64::try_from(seen).ok().filter(|s| *s > 0),
                            sessions: u32::try_from(sessions).unwrap_or(u32::MAX),
                        })
                    },
                )
                .collect()
        })
    }

    fn end_sessions(&self, workspace: WorkspaceId, member: MemberId) -> Result<u64> {
        self.with(|conn| {
            let ended = conn.execute(
                "DELETE FROM sessions WHERE workspace = ?1 AND member = ?2",
                params![&workspace.0[..], &member.0[..]],
            )?;
            Ok(ended as u64)
        })
    }

    fn ping(&self) -> Result<()> {
        self.with(|conn| Ok(conn.query_row("SELECT 1", [], |_| Ok(()))?))
    }

    fn totals(&self) -> Result<crate::store::Totals> {
        self.with(|conn| {
            let (operations, stored_bytes): (i64, i64) = conn.query_row(
                "SELECT (SELECT count(*) FROM ops), (SELECT coalesce(sum(bytes), 0) FROM usage)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            Ok(crate::store::Totals {
                operations: u64::try_from(operations).unwrap_or(0),
                stored_bytes: u64::try_from(stored_bytes).unwrap_or(0),
            })
        })
    }

    fn latest_epoch(&self, workspace: WorkspaceId, case: CaseRef) -> Result<Option<u32>> {
        self.with(|conn| latest_epoch(conn, workspace, case))
    }

    fn put_envelopes(&self, workspace: WorkspaceId, envelopes: &[KeyEnvelope]) -> Result<()> {
        self.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            for envelope in envelopes {
                let body = wire::encode(envelope);
                let held: Option<Vec<u8>> = tx
                    .query_row(
                        "SELECT body FROM envelopes WHERE workspace = ?1 AND case_id = ?2
                         AND epoch = ?3 AND member = ?4",
                        params![
                            &workspace.0[..],
                            &envelope.case.0[..],
                            envelope.epoch,
                            &envelope.member.0[..]
                        ],
                        |r| r.get(0),
                    )
                    .optional()?;
                match held {
                    Some(held) if held == body => continue,
                    Some(_) => return Err(StoreError::Forbidden),
                    None => {}
                }
                let seq = next_seq(&tx, workspace)?;
                tx.execute(
                    "INSERT INTO envelopes (workspace, case_id, epoch, member, seq, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        &workspace.0[..],
                        &envelope.case.0[..],
                        envelope.epoch,
                        &envelope.member.0[..],
                        seq as i64,
                        body
                    ],
                )?;
            }
            tx.commit()?;
            Ok(())
        })
    }

    fn push(
        &self,
        workspace: WorkspaceId,
        author: MemberId,
        ops: &[SealedOp],
        quota: u64,
    ) -> Result<Vec<(OpId, u64)>> {
        self.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            // Her share of the server: what she sends must fit in it (counted whole, retries
            // included, so that the check needs no reading of what is stored).
            let incoming: u64 = ops.iter().map(|op| op.ciphertext.len() as u64).sum();
            if usage(&tx, workspace, author)?.saturating_add(incoming) > quota {
                return Err(StoreError::QuotaExceeded);
            }
            // Each case and epoch of the push is checked once, however many of its edits it
            // carries, in the transaction that stores them: a removal cannot slip between.
            let mut allowed: Vec<(CaseRef, u32)> = Vec::new();
            for op in ops {
                if op.author != author {
                    return Err(StoreError::Forbidden);
                }
                if allowed.contains(&(op.case, op.epoch)) {
                    continue;
                }
                if !holds(&tx, workspace, op.case, op.epoch, author)? {
                    return Err(StoreError::CaseNotHeld);
                }
                // An edit sealed at an older epoch (written offline before the case moved on)
                // is taken only from an author who still holds the latest: someone taken off
                // the case writes no more to it.
                if let Some(latest) = latest_epoch(&tx, workspace, op.case)?
                    && op.epoch < latest
                    && !holds(&tx, workspace, op.case, latest, author)?
                {
                    return Err(StoreError::CaseNotHeld);
                }
                allowed.push((op.case, op.epoch));
            }
            let mut stored = Vec::with_capacity(ops.len());
            // The bytes of her new operations: counted once a push.
            let mut added = 0u64;
            for op in ops {
                let existing: Option<i64> = tx
                    .prepare_cached("SELECT seq FROM ops WHERE workspace = ?1 AND op_id = ?2")?
                    .query_row(params![&workspace.0[..], &op.op.0[..]], |r| r.get(0))
                    .optional()?;
                let seq = match existing {
                    Some(seq) => seq as u64,
                    None => {
                        let seq = next_seq(&tx, workspace)?;
                        tx.prepare_cached(
                            "INSERT INTO ops (workspace, seq, op_id, case_id, epoch, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        )?
                        .execute(params![
                            &workspace.0[..],
                            seq as i64,
                            &op.op.0[..],
                            &op.case.0[..],
                            op.epoch,
                            wire::encode(op)
                        ])?;
                        added += op.ciphertext.len() as u64;
                        seq
                    }
                };
                stored.push((op.op, seq));
            }
            count_usage(&tx, workspace, author, added)?;
            tx.commit()?;
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
        self.with(|conn| {
            let limit = limit.clamp(1, 5_000);
            let end: i64 = conn
                .query_row(
                    "SELECT next_seq - 1 FROM workspaces WHERE id = ?1",
                    [&workspace.0[..]],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or(StoreError::NoWorkspace)?;
            // An operation is readable from the later of its own number and that of the
            // member's envelope for its case and epoch: those written after the envelope, in
            // the order of the log; those written before it, all at the envelope's number.
            let mut stmt = conn.prepare_cached(
                "SELECT visible, seq, body FROM (
                     SELECT o.seq AS visible, o.seq AS seq, o.body AS body FROM ops o
                     WHERE o.workspace = ?1 AND o.seq >= ?3 AND o.seq <= ?6
                       AND EXISTS (SELECT 1 FROM envelopes e WHERE e.workspace = o.workspace
                                   AND e.case_id = o.case_id AND e.epoch = o.epoch
                                   AND e.member = ?2 AND e.seq < o.seq)
                     UNION ALL
                     SELECT e.seq AS visible, o.seq AS seq, o.body AS body
                     FROM envelopes e JOIN ops o ON o.workspace = e.workspace
                          AND o.case_id = e.case_id AND o.epoch = e.epoch AND o.seq < e.seq
                     WHERE e.workspace = ?1 AND e.member = ?2 AND e.seq >= ?3 AND e.seq <= ?6
                 )
                 WHERE visible > ?3 OR (visible = ?3 AND seq > ?4)
                 ORDER BY visible, seq LIMIT ?5",
            )?;
            let mut rows = stmt.query(params![
                &workspace.0[..],
                &member.0[..],
                after.visible as i64,
                after.seq as i64,
                i64::from(limit) + 1,
                end
            ])?;
            // At most `limit` operations and `BATCH_BYTES` of them (always at least one), read
            // one row at a time: a batch never grows past what any member can take.
            let mut more = false;
            let mut ops = Vec::new();
            let mut bytes = 0usize;
            let mut reached = None;
            while let Some(row) = rows.next()? {
                let body: Vec<u8> = row.get(2)?;
                if ops.len() == limit as usize
                    || (!ops.is_empty() && bytes + body.len() > BATCH_BYTES)
                {
                    more = true;
                    break;
                }
                bytes += body.len();
                ops.push((row.get::<_, i64>(1)? as u64, decoded::<SealedOp>(&body)?));
                reached = Some(Cursor {
                    visible: row.get::<_, i64>(0)? as u64,
                    seq: row.get::<_, i64>(1)? as u64,
                });
            }
            drop(rows);
            // A batch cut short ends at its last operation; the last batch reaches the end of
            // the log, past which nothing is left (an operation's own number is never above
            // its visible one). What this member may not read is passed over, not sent.
            let end = end.max(0) as u64;
            let last = match (more, reached) {
                (true, Some(cursor)) => cursor,
                _ => after.max(Cursor {
                    visible: end,
                    seq: end,
                }),
            };
            let mut stmt = conn.prepare_cached(
                "SELECT body FROM envelopes WHERE workspace = ?1 AND member = ?2 AND seq > ?3 AND seq <= ?4 ORDER BY seq",
            )?;
            let envelopes = stmt
                .query_map(
                    params![
                        &workspace.0[..],
                        &member.0[..],
                        after.visible as i64,
                        last.visible as i64
                    ],
                    |r| r.get::<_, Vec<u8>>(0),
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?
                .iter()
                .map(|b| decoded(b))
                .collect::<Result<Vec<_>>>()?;
            Ok(Pulled {
                ops,
                envelopes,
                last,
                more,
            })
        })
    }
}

/// Whether `member` holds an envelope for `case` at `epoch`.
fn holds(
    conn: &Connection,
    workspace: WorkspaceId,
    case: CaseRef,
    epoch: u32,
    member: MemberId,
) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM envelopes WHERE workspace = ?1 AND case_id = ?2 AND epoch = ?3 AND member = ?4)",
        )?
        .query_row(
            params![&workspace.0[..], &case.0[..], epoch, &member.0[..]],
            |r| r.get(0),
        )?)
}

/// The latest epoch anyone holds in `case`.
fn latest_epoch(conn: &Connection, workspace: WorkspaceId, case: CaseRef) -> Result<Option<u32>> {
    Ok(conn
        .prepare_cached("SELECT max(epoch) FROM envelopes WHERE workspace = ?1 AND case_id = ?2")?
        .query_row(params![&workspace.0[..], &case.0[..]], |r| r.get(0))?)
}

/// The bytes `member` has stored.
fn usage(conn: &Connection, workspace: WorkspaceId, member: MemberId) -> Result<u64> {
    let bytes: Option<i64> = conn
        .prepare_cached("SELECT bytes FROM usage WHERE workspace = ?1 AND member = ?2")?
        .query_row(params![&workspace.0[..], &member.0[..]], |r| r.get(0))
        .optional()?;
    Ok(bytes.map_or(0, |b| b.max(0) as u64))
}

/// Adds `bytes` to what `member` has stored.
fn count_usage(
    tx: &rusqlite::Transaction<'_>,
    workspace: WorkspaceId,
    member: MemberId,
    bytes: u64,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO usage (workspace, member, bytes) VALUES (?1, ?2, ?3)
         ON CONFLICT (workspace, member) DO UPDATE SET bytes = bytes + excluded.bytes",
    )?
    .execute(params![&workspace.0[..], &member.0[..], bytes as i64])?;
    Ok(())
}

/// A blob's row as an upload finds it.
struct Begun {
    owner: Option<Vec<u8>>,
    salt: Option<Vec<u8>>,
    state: BlobState,
}

fn blob_row(
    conn: &Connection,
    workspace: WorkspaceId,
    case: CaseRef,
    name: BlobName,
) -> Result<Option<BlobState>> {
    Ok(conn
        .query_row(
            "SELECT epoch, total, have FROM blobs WHERE workspace = ?1 AND case_id = ?2 AND name = ?3",
            params![&workspace.0[..], &case.0[..], &name.0[..]],
            |r| {
                Ok(BlobState {
                    epoch: r.get(0)?,
                    total: r.get(1)?,
                    have: r.get(2)?,
                })
            },
        )
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_expired_session_is_forgotten_at_the_next_login() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store =
            SqliteStore::open(&dir.path().join("server.db")).unwrap_or_else(|e| panic!("{e}"));
        let (workspace, member) = (WorkspaceId([1; 16]), MemberId([2; 16]));
        let count = || {
            store
                .with(|conn| {
                    Ok(conn
                        .query_row("SELECT count(*) FROM sessions", [], |r| r.get::<_, i64>(0))?)
                })
                .unwrap_or_else(|e| panic!("{e}"))
        };
        store
            .put_session([7; 32], workspace, member, 1_000, 2_000)
            .unwrap_or_else(|e| panic!("{e}"));
        store
            .put_session([8; 32], workspace, member, 1_500, 5_000)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(count(), 2, "both sessions are live at 1,500");
        store
            .put_session([9; 32], workspace, member, 3_000, 6_000)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            count(),
            2,
            "the session that expired at 2,000 is gone at 3,000"
        );
        assert_eq!(
            store.session([7; 32], 1_500).ok().flatten(),
            None,
            "no member row: never served"
        );
    }
}
