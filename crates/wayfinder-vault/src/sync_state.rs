//! This member's side of team sync, kept in the vault (SECURITY-AND-SYNC.md, sections 2 and 4):
//! her keys, the server and workspace she joined with the creator's pinned key, the roster as
//! far as it verified, each shared case's keys by epoch and whom each epoch was given to, the
//! outbox of her edits the server has not acknowledged, and how far she has pulled.
//!
//! Everything received is checked here before it touches the case file: a roster only through
//! the signed chain from the pinned creator, an envelope only from a member of the roster and
//! only for her, an operation only with a valid signature by a member and under a key she
//! holds. What fails is kept aside (`team_held`), never applied and never dropped; a batch and
//! the cursor that follows it are stored in one transaction, so a crash repeats a batch and
//! never half-applies one.
//!
//! Her member id is the vault's author id, so that every edit she made before joining is
//! already hers to sign.

use crate::error::{Result, VaultError};
use crate::keys::random_bytes;
use crate::oplog;
use crate::oplog::Stored;
use crate::received;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use wayfinder_core::CaseId;
use wayfinder_merge::OpId;
use wayfinder_sync::wire::{self, Cursor};
use wayfinder_sync::{
    CaseKey, CaseRef, Identity, KeyEnvelope, MemberId, Pin, Roster, RosterMember, Sealed, SealedOp,
    WorkspaceId,
};

/// The team this vault belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    /// The server's address, as she entered it.
    pub server: String,
    pub workspace: WorkspaceId,
    /// The hash of the workspace creator's key, from the invitation.
    pub pin: Pin,
    pub cursor: Cursor,
    pub last_synced_millis: Option<u64>,
}

/// What a received batch did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Received {
    /// Operations new to this vault, now in the case file.
    pub applied: usize,
    /// Case keys new to this vault.
    pub keys: usize,
    /// Operations or envelopes that did not verify or could not be opened, kept aside.
    pub held: usize,
    /// Audit entries of other members new to this vault.
    pub entries: usize,
}

/// What is not yet in step with the server.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pending {
    /// Her edits not yet acknowledged, per case.
    pub unsent: Vec<(CaseId, u32)>,
    pub last_synced_millis: Option<u64>,
    /// What was received and refused, kept aside.
    pub held: u32,
}

fn member_of(conn: &Connection) -> Result<MemberId> {
    Ok(MemberId(oplog::author(conn)?.0))
}

/// Her identity: made on first use from fresh seeds, then always the same.
pub fn identity(tx: &Transaction<'_>) -> Result<Identity> {
    let member = member_of(tx)?;
    let row: Option<([u8; 32], [u8; 32])> = tx
        .query_row(
            "SELECT signing_seed, kem_seed FROM team_identity WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((signing, kem)) = row {
        return Ok(Identity::from_seeds(member, &signing, &kem));
    }
    let mut signing = zeroize::Zeroizing::new([0u8; 32]);
    let mut kem = zeroize::Zeroizing::new([0u8; 32]);
    random_bytes(&mut signing[..])?;
    random_bytes(&mut kem[..])?;
    tx.execute(
        "INSERT INTO team_identity (id, signing_seed, kem_seed) VALUES (1, ?1, ?2)",
        params![&signing[..], &kem[..]],
    )?;
    Ok(Identity::from_seeds(member, &signing, &kem))
}

/// Her identity if she has one (made when she joins or makes a workspace, or signs her first
/// entry of the audit log).
pub fn existing_identity(conn: &Connection) -> Result<Option<Identity>> {
    let member = member_of(conn)?;
    let row: Option<([u8; 32], [u8; 32])> = conn
        .query_row(
            "SELECT signing_seed, kem_seed FROM team_identity WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.map(|(signing, kem)| Identity::from_seeds(member, &signing, &kem)))
}

pub fn account(conn: &Connection) -> Result<Option<Account>> {
    conn.query_row(
        "SELECT server, workspace, pin, cursor_visible, cursor_seq, last_synced_millis
         FROM team_account WHERE id = 1",
        [],
        |r| {
            Ok(Account {
                server: r.get(0)?,
                workspace: WorkspaceId(r.get(1)?),
                pin: Pin(r.get(2)?),
                cursor: Cursor {
                    visible: r.get::<_, i64>(3)? as u64,
                    seq: r.get::<_, i64>(4)? as u64,
                },
                last_synced_millis: r.get::<_, Option<i64>>(5)?.map(|m| m as u64),
            })
        },
    )
    .optional()
    .map_err(VaultError::from)
}

/// Joins a workspace: one per vault.
pub fn set_account(
    tx: &Transaction<'_>,
    server: &str,
    workspace: WorkspaceId,
    pin: Pin,
) -> Result<()> {
    if account(tx)?.is_some() {
        return Err(VaultError::AlreadyInTeam);
    }
    tx.execute(
        "INSERT INTO team_account (id, server, workspace, pin) VALUES (1, ?1, ?2, ?3)",
        params![server, &workspace.0[..], &pin.0[..]],
    )?;
    Ok(())
}

fn require_account(conn: &Connection) -> Result<Account> {
    account(conn)?.ok_or(VaultError::NotInTeam)
}

/// The latest roster that verified, if any.
pub fn roster(conn: &Connection) -> Result<Option<Roster>> {
    let body: Option<Vec<u8>> = conn
        .query_row(
            "SELECT body FROM team_rosters ORDER BY version DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    body.map(|b| wire::decode(&b).map_err(|_| VaultError::Damaged))
        .transpose()
}

/// Every roster version that verified, the latest first.
pub fn rosters(conn: &Connection) -> Result<Vec<Roster>> {
    let mut stmt = conn.prepare_cached("SELECT body FROM team_rosters ORDER BY version DESC")?;
    let bodies = stmt
        .query_map([], |r| r.get::<_, Vec<u8>>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    bodies
        .iter()
        .map(|b| wire::decode(b).map_err(|_| VaultError::Damaged))
        .collect()
}

/// Takes roster versions from the server: each must follow the one before by an admin's
/// signature, the first from the pinned creator. Versions already held are skipped; anything
/// that does not verify is refused whole.
pub fn add_rosters(tx: &Transaction<'_>, chain: &[Roster]) -> Result<Option<Roster>> {
    let account = require_account(tx)?;
    let mut latest = roster(tx)?;
    for next in chain {
        if latest.as_ref().is_some_and(|l| next.version <= l.version) {
            continue;
        }
        if next.workspace != account.workspace {
            return Err(VaultError::Untrusted("sync-roster-broken"));
        }
        match &latest {
            Some(current) => current
                .accepts(next)
                .map_err(|e| VaultError::Untrusted(e.code()))?,
            None => {
                Roster::verify_chain(account.pin, std::slice::from_ref(next))
                    .map_err(|e| VaultError::Untrusted(e.code()))?;
            }
        }
        tx.execute(
            "INSERT INTO team_rosters (version, body) VALUES (?1, ?2)",
            params![next.version as i64, wire::encode(next)],
        )?;
        // Someone left the team: every case she may share and holds owes a new epoch without
        // whoever left (checked against who holds it when the debt is paid: `rotate_owed`).
        // Owed in this transaction, so that no kill can lose the debt.
        let me = identity(tx)?.member();
        let left = latest.as_ref().is_some_and(|before| {
            before
                .members
                .iter()
                .any(|m| next.member(m.identity.member).is_none())
        });
        if left && next.member(me).is_some_and(|m| m.role.may_share()) {
            tx.execute(
                "INSERT INTO rotations_owed (case_id) SELECT DISTINCT case_id FROM case_keys
                 WHERE true ON CONFLICT DO NOTHING",
                [],
            )?;
        }
        latest = Some(next.clone());
    }
    Ok(latest)
}

/// The team-wide scope's id: the workspace's, so that every member names it alike.
pub fn team_scope(conn: &Connection) -> Result<Option<CaseId>> {
    Ok(account(conn)?.map(|a| CaseId::from_bytes(a.workspace.0)))
}

/// The team-wide scope, made here if it is not yet (by the member who created the team, who
/// shares it with everyone: `OpenVault::share_team_scope`).
pub fn ensure_team_scope(tx: &Transaction<'_>, now_millis: u64) -> Result<CaseId> {
    let scope = team_scope(tx)?.ok_or(VaultError::NotInTeam)?;
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM entities WHERE entity = ?1)",
        [&scope.as_bytes()[..]],
        |r| r.get(0),
    )?;
    if !exists {
        crate::casefile::create_entity(
            tx,
            now_millis,
            scope,
            *scope.as_bytes(),
            wayfinder_core::EntityKind::Team,
            &[],
        )?;
    }
    Ok(scope)
}

/// Shares the team-wide scope with every member of the roster who does not hold it yet, if
/// she is the one member who does so: whoever created the team while she is in it (she makes
/// its first key, once), and after she has left the admin whose id comes first (who holds the
/// scope, as every member does). Made first if need be. Returns the envelopes queued.
pub fn share_team_scope(tx: &Transaction<'_>, now_millis: u64) -> Result<Vec<KeyEnvelope>> {
    let account = require_account(tx)?;
    let me = identity(tx)?;
    let Some(roster) = roster(tx)? else {
        return Ok(Vec::new());
    };
    let creator = roster
        .members
        .iter()
        .find(|m| Pin::of(&m.identity) == account.pin && m.role.may_share());
    let sharer = match creator {
        Some(creator) => Some(creator.identity.member),
        None => roster
            .members
            .iter()
            .filter(|m| m.role.may_administer())
            .map(|m| m.identity.member)
            .min(),
    };
    if sharer != Some(me.member()) {
        return Ok(Vec::new());
    }
    let scope = team_scope(tx)?.ok_or(VaultError::NotInTeam)?;
    if creator.is_none() && current_key(tx, scope)?.is_none() {
        // Only the team's creator makes the scope's first key: a later admin without it waits
        // to be given it.
        return Ok(Vec::new());
    }
    let scope = ensure_team_scope(tx, now_millis)?;
    let holding = shared_with(tx, scope)?;
    let missing: Vec<MemberId> = roster
        .members
        .iter()
        .map(|m| m.identity.member)
        .filter(|m| *m != me.member() && !holding.contains(m))
        .collect();
    if current_key(tx, scope)?.is_some() && missing.is_empty() {
        return Ok(Vec::new());
    }
    share(tx, scope, &missing, false)
}

/// Cases whose key she owes a new epoch.
pub fn rotations_owed(conn: &Connection) -> Result<Vec<CaseId>> {
    let mut stmt = conn.prepare("SELECT case_id FROM rotations_owed ORDER BY case_id")?;
    let cases = stmt
        .query_map([], |r| r.get::<_, [u8; 16]>(0))?
        .map(|c| c.map(CaseId::from_bytes))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(cases)
}

/// What paying a case's owed epoch came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rotation {
    /// A new epoch, for everyone who held the case but those who left.
    Made,
    /// No one who left holds it, or she holds no key to it on the server: nothing owed.
    NotNeeded,
    /// The server's latest epoch is not hers (a newer one she has not pulled yet, or hers not
    /// confirmed yet): still owed, to be checked again.
    Behind,
}

/// Pays the new epoch `case` owes, given `holders`, the envelopes of its latest epoch as the
/// server has them: if someone who holds it has left the team, a new epoch for everyone else
/// who holds it (each holder checked by her granter's signature, and those she shared it with
/// herself added back in case the server left them out). The debt is cleared in the same
/// transaction, unless she is behind.
pub fn rotate_owed(
    tx: &Transaction<'_>,
    case: CaseId,
    holders: &[KeyEnvelope],
) -> Result<Rotation> {
    let me = identity(tx)?.member();
    let roster = roster(tx)?.ok_or(VaultError::NotInTeam)?;
    let versions = rosters(tx)?;
    let granter = |id: MemberId| versions.iter().find_map(|r| r.member(id));
    let mine = current_key(tx, case)?.map(|(epoch, _)| epoch);
    let case_ref = CaseRef(*case.as_bytes());
    let mut members: Vec<MemberId> = Vec::new();
    for envelope in holders {
        if envelope.case != case_ref || Some(envelope.epoch) != mine {
            return Ok(Rotation::Behind);
        }
        let signed = granter(envelope.granter)
            .is_some_and(|g| g.role.may_share() && envelope.verify(&g.identity).is_ok());
        if signed {
            members.push(envelope.member);
        }
    }
    let made = if members.iter().any(|m| roster.member(*m).is_none()) {
        members.extend(shared_with(tx, case)?);
        members.retain(|m| *m != me && roster.member(*m).is_some());
        members.sort();
        members.dedup();
        share(tx, case, &members, true)?;
        Rotation::Made
    } else {
        Rotation::NotNeeded
    };
    tx.execute(
        "DELETE FROM rotations_owed WHERE case_id = ?1",
        [&case.as_bytes()[..]],
    )?;
    Ok(made)
}

/// Her new epoch of `case` that the server refused because another coordinator made that
/// epoch first: her key for it, whom she gave it, and its envelopes still to send are
/// forgotten (nothing was sealed under it: edits go only after shares), and the case owes a
/// new epoch again, to be checked against the one that won. Returns whether it was hers to
/// forget: an epoch she did not make here, or the case's first, is not.
pub fn forget_refused_epoch(
    tx: &Transaction<'_>,
    case: CaseId,
    epoch: u32,
    queued: &[i64],
) -> Result<bool> {
    let me = identity(tx)?.member();
    let made_here: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM case_keys WHERE case_id = ?1 AND epoch = ?2 AND granter = ?3)
         AND ?2 > 1 AND ?2 = (SELECT max(epoch) FROM case_keys WHERE case_id = ?1)",
        params![&case.as_bytes()[..], epoch, &me.0[..]],
        |r| r.get(0),
    )?;
    if !made_here {
        return Ok(false);
    }
    tx.execute(
        "DELETE FROM case_keys WHERE case_id = ?1 AND epoch = ?2",
        params![&case.as_bytes()[..], epoch],
    )?;
    tx.execute(
        "DELETE FROM case_shares WHERE case_id = ?1 AND epoch = ?2",
        params![&case.as_bytes()[..], epoch],
    )?;
    let mut forget = tx.prepare_cached("DELETE FROM share_outbox WHERE id = ?1")?;
    for id in queued {
        forget.execute([id])?;
    }
    tx.execute(
        "INSERT INTO rotations_owed (case_id) VALUES (?1) ON CONFLICT DO NOTHING",
        [&case.as_bytes()[..]],
    )?;
    Ok(true)
}

/// The key of `case` at its latest epoch, if she holds one.
pub fn current_key(conn: &Connection, case: CaseId) -> Result<Option<(u32, CaseKey)>> {
    conn.query_row(
        "SELECT epoch, key FROM case_keys WHERE case_id = ?1 ORDER BY epoch DESC LIMIT 1",
        [&case.as_bytes()[..]],
        |r| {
            Ok((
                r.get::<_, u32>(0)?,
                CaseKey::from_bytes(r.get::<_, [u8; 32]>(1)?),
            ))
        },
    )
    .optional()
    .map_err(VaultError::from)
}

fn key_at(conn: &Connection, case: CaseRef, epoch: u32) -> Result<Option<CaseKey>> {
    conn.prepare_cached("SELECT key FROM case_keys WHERE case_id = ?1 AND epoch = ?2")?
        .query_row(params![&case.0[..], epoch], |r| {
            Ok(CaseKey::from_bytes(r.get::<_, [u8; 32]>(0)?))
        })
        .optional()
        .map_err(VaultError::from)
}

/// Members each epoch of `case` was given to, latest epoch.
pub fn shared_with(conn: &Connection, case: CaseId) -> Result<Vec<MemberId>> {
    let mut stmt = conn.prepare(
        "SELECT member FROM case_shares WHERE case_id = ?1
         AND epoch = (SELECT max(epoch) FROM case_keys WHERE case_id = ?1) ORDER BY member",
    )?;
    let members = stmt
        .query_map([&case.as_bytes()[..]], |r| r.get::<_, [u8; 16]>(0))?
        .map(|m| m.map(MemberId))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(members)
}

/// The cases whose latest epoch was given to `member`.
pub fn cases_shared_with(conn: &Connection, member: MemberId) -> Result<Vec<CaseId>> {
    let mut stmt = conn.prepare(
        "SELECT s.case_id FROM case_shares s WHERE s.member = ?1
         AND s.epoch = (SELECT max(epoch) FROM case_keys k WHERE k.case_id = s.case_id)
         ORDER BY s.case_id",
    )?;
    let cases = stmt
        .query_map([&member.0[..]], |r| r.get::<_, [u8; 16]>(0))?
        .map(|c| c.map(CaseId::from_bytes))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(cases)
}

/// Shares `case` with `members` (herself included whatever the list says): the envelopes to
/// send. The first share makes the case's key and queues every edit she made in it; sharing
/// again wraps the same key for the members added. With `rotate`, a new epoch starts: a new
/// key for exactly these members, so that whoever is left out reads nothing written after.
pub fn share(
    tx: &Transaction<'_>,
    case: CaseId,
    members: &[MemberId],
    rotate: bool,
) -> Result<Vec<KeyEnvelope>> {
    let me = identity(tx)?;
    let roster = roster(tx)?.ok_or(VaultError::NotInTeam)?;
    let role = roster
        .member(me.member())
        .ok_or(VaultError::NotInRoster)?
        .role;
    if !role.may_share() {
        return Err(VaultError::NotAllowedToShare);
    }
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM entities WHERE entity = ?1 AND kind IN ('case', 'team'))",
        [&case.as_bytes()[..]],
        |r| r.get(0),
    )?;
    if !exists {
        return Err(VaultError::CaseNotFound);
    }
    let (epoch, key, made_now) = match current_key(tx, case)? {
        Some((epoch, key)) if !rotate => (epoch, key, false),
        current => {
            let epoch = current.map_or(1, |(e, _)| e + 1);
            let mut bytes = zeroize::Zeroizing::new([0u8; 32]);
            random_bytes(&mut bytes[..])?;
            let key = CaseKey::from_bytes(*bytes);
            tx.execute(
                "INSERT INTO case_keys (case_id, epoch, key, granter) VALUES (?1, ?2, ?3, ?4)",
                params![
                    &case.as_bytes()[..],
                    epoch,
                    &key.expose()[..],
                    &me.member().0[..]
                ],
            )?;
            (epoch, key, true)
        }
    };
    if epoch == 1 {
        // Her edits made before the case was shared: queued in the order she made them; and
        // her audit entries in it.
        tx.execute(
            "INSERT INTO outbox (op_seq, op_id) SELECT seq, id FROM operations
             WHERE case_id = ?1 AND author = ?2 ON CONFLICT DO NOTHING",
            params![&case.as_bytes()[..], &me.member().0[..]],
        )?;
        crate::audit::queue_case(tx, *case.as_bytes())?;
    }
    // Whoever holds this epoch from her already is not given it again: a second envelope for
    // a member and epoch, even of the same key, is one the server refuses (a key once given
    // is never replaced). She gives herself a key only when she makes the epoch.
    let given: Vec<MemberId> = if rotate || made_now {
        Vec::new()
    } else {
        let mut stmt =
            tx.prepare_cached("SELECT member FROM case_shares WHERE case_id = ?1 AND epoch = ?2")?;
        stmt.query_map(params![&case.as_bytes()[..], epoch], |r| {
            r.get::<_, [u8; 16]>(0)
        })?
        .map(|m| m.map(MemberId))
        .collect::<rusqlite::Result<Vec<_>>>()?
    };
    let mut recipients: Vec<MemberId> = members.to_vec();
    if made_now {
        recipients.push(me.member());
    }
    recipients.retain(|m| !given.contains(m) && (made_now || *m != me.member()));
    recipients.sort();
    recipients.dedup();
    // A new epoch's key goes to exactly these members. Otherwise each of them gets every
    // epoch's key, so that someone given the case after a rotation reads what came before.
    let keys: Vec<(u32, CaseKey)> = if rotate {
        vec![(epoch, key)]
    } else {
        let mut stmt =
            tx.prepare("SELECT epoch, key FROM case_keys WHERE case_id = ?1 ORDER BY epoch")?;
        stmt.query_map([&case.as_bytes()[..]], |r| {
            Ok((
                r.get::<_, u32>(0)?,
                CaseKey::from_bytes(r.get::<_, [u8; 32]>(1)?),
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };
    let mut envelopes = Vec::with_capacity(recipients.len() * keys.len());
    for member in recipients {
        let public = &roster
            .member(member)
            .ok_or(VaultError::NotInRoster)?
            .identity;
        for (epoch, key) in &keys {
            envelopes.push(
                KeyEnvelope::wrap(key, CaseRef(*case.as_bytes()), *epoch, public, &me)
                    .map_err(|e| VaultError::Untrusted(e.code()))?,
            );
        }
        tx.execute(
            "INSERT INTO case_shares (case_id, epoch, member) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
            params![&case.as_bytes()[..], epoch, &member.0[..]],
        )?;
    }
    // Kept until the server has them: her edits in the case cannot be stored before it
    // knows who may read them, so they go first on every sync until it does.
    let mut queue = tx.prepare_cached("INSERT INTO share_outbox (body) VALUES (?1)")?;
    for envelope in &envelopes {
        queue.execute([wire::encode(envelope)])?;
    }
    Ok(envelopes)
}

/// Envelopes made here that the server has not confirmed yet, with their places.
pub fn pending_shares(conn: &Connection) -> Result<Vec<(i64, KeyEnvelope)>> {
    let mut stmt = conn.prepare("SELECT id, body FROM share_outbox ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(id, body)| Ok((id, wire::decode(&body).map_err(|_| VaultError::Damaged)?)))
        .collect()
}

/// The server stored these envelopes.
pub fn shares_sent(tx: &Transaction<'_>, ids: &[i64]) -> Result<()> {
    let mut stmt = tx.prepare_cached("DELETE FROM share_outbox WHERE id = ?1")?;
    for id in ids {
        stmt.execute([id])?;
    }
    Ok(())
}

/// Her unacknowledged edits after outbox position `after`, oldest first, sealed under each
/// case's latest key: at most `limit`, each with its position. Each carries her number for it:
/// how many of her operations in its case there are up to it, in the order she made them
/// (every one of them goes to the outbox), so that whoever receives number 7 knows there are
/// six before it. Each also names where her audit chain in its case has reached.
pub fn sealed_outbox(conn: &Connection, after: i64, limit: u32) -> Result<Vec<(i64, SealedOp)>> {
    let Some(me) = existing_identity(conn)? else {
        return Ok(Vec::new());
    };
    let mut stmt = conn.prepare_cached(
        "SELECT x.op_seq, o.case_id, o.encoded, k.epoch, k.key FROM outbox x
         JOIN operations o ON o.seq = x.op_seq
         JOIN case_keys k ON k.case_id = o.case_id
          AND k.epoch = (SELECT max(epoch) FROM case_keys WHERE case_id = o.case_id)
         WHERE x.op_seq > ?1 ORDER BY x.op_seq LIMIT ?2",
    )?;
    let rows = stmt
        .query_map(params![after, limit], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, [u8; 16]>(1)?,
                r.get::<_, Vec<u8>>(2)?,
                r.get::<_, u32>(3)?,
                CaseKey::from_bytes(r.get::<_, [u8; 32]>(4)?),
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // Per case, the last position numbered and its number: each next number counts only her
    // operations in between, so a batch costs one count from the start per case.
    let mut counted: std::collections::HashMap<[u8; 16], (i64, i64)> =
        std::collections::HashMap::new();
    let mut count = conn.prepare_cached(
        "SELECT count(*) FROM operations
         WHERE case_id = ?1 AND author = ?2 AND seq > ?3 AND seq <= ?4",
    )?;
    let mut heads = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(rows.len());
    for (position, case, encoded, epoch, key) in rows {
        let head = match heads.get(&case) {
            Some(head) => *head,
            None => {
                let head = crate::audit::named_head(conn, case)?;
                heads.insert(case, head);
                head
            }
        };
        let (from, before) = counted.get(&case).copied().unwrap_or((0, 0));
        let between: i64 = count.query_row(
            params![&case[..], &me.member().0[..], from, position],
            |r| r.get(0),
        )?;
        let number = before + between;
        counted.insert(case, (position, number));
        let op = wayfinder_merge::decode(&encoded).map_err(|_| VaultError::Damaged)?;
        let mut nonce = [0u8; 24];
        random_bytes(&mut nonce)?;
        let sealed = SealedOp::seal_naming(&op, &key, epoch, &me, number as u64, head, nonce)
            .map_err(|e| VaultError::Untrusted(e.code()))?;
        out.push((position, sealed));
    }
    Ok(out)
}

/// Her audit entries in shared cases not yet acknowledged, oldest first, each sealed under
/// its case's latest key: sent before her edits, which name how far her chains reach.
pub fn sealed_audit_outbox(conn: &Connection) -> Result<Vec<SealedOp>> {
    match existing_identity(conn)? {
        Some(me) => crate::audit::sealed_outbox(conn, &me),
        None => Ok(Vec::new()),
    }
}

/// The server stored these (edits or audit entries): they leave the outbox.
pub fn acknowledge(tx: &Transaction<'_>, stored: &[(OpId, u64)]) -> Result<()> {
    let mut stmt = tx.prepare_cached("DELETE FROM outbox WHERE op_id = ?1")?;
    for (op, _) in stored {
        stmt.execute([&op.0[..]])?;
        crate::audit::acknowledge(tx, op)?;
    }
    Ok(())
}

/// The highest number a member can honestly give her operations in a case: four billion edits
/// is more than a lifetime's; a number above it was forged, and would break the count of
/// what is missing.
pub const MAX_NUMBER: u64 = u32::MAX as u64;

/// A pulled batch: its envelopes for her, then its operations, then the cursor, in `tx`.
/// Each operation is checked as an edit made here would be (`received`); `now` is this
/// laptop's time.
pub fn receive(
    tx: &Transaction<'_>,
    ops: &[(u64, SealedOp)],
    envelopes: &[KeyEnvelope],
    cursor: Cursor,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Received> {
    let now_millis = u64::try_from(now.timestamp_millis()).unwrap_or(0);
    let today = now.with_timezone(&chrono::Local).date_naive();
    require_account(tx)?;
    let me = identity(tx)?;
    // A member as the latest roster names her or, if she has left since, as the last version
    // that did: what she wrote and granted while a member stays hers after she leaves (the
    // server took it from her only while she was one).
    let rosters = rosters(tx)?;
    let member = |id: MemberId| rosters.iter().find_map(|r| r.member(id));
    let mut received = Received::default();
    // Envelopes made for others are none of hers (a server should not send them): passed over.
    for envelope in envelopes.iter().filter(|e| e.member == me.member()) {
        let granter = member(envelope.granter);
        let opened = match granter {
            // Only a coordinator or an admin shares a case: a key from anyone else is not one.
            Some(granter) if !granter.role.may_share() => Err("received-granter-may-not-share"),
            Some(granter) => envelope
                .unwrap(&me, &granter.identity)
                .map_err(|e| e.code()),
            None => Err(wayfinder_sync::SyncError::UnknownAuthor.code()),
        };
        let opened = match opened {
            Ok(key) => {
                let held: Option<Vec<u8>> = tx
                    .query_row(
                        "SELECT key FROM case_keys WHERE case_id = ?1 AND epoch = ?2",
                        params![&envelope.case.0[..], envelope.epoch],
                        |r| r.get(0),
                    )
                    .optional()?;
                match held {
                    // The key she has for this epoch, sent again.
                    Some(held) if held.as_slice() == key.expose().as_slice() => Ok(None),
                    // Another key for an epoch she has a key to: someone is trying to swap the
                    // case's key. Never kept, never silently dropped: held aside, and counted.
                    Some(_) => Err("received-key-swapped"),
                    None => Ok(Some(key)),
                }
            }
            Err(e) => Err(e),
        };
        match opened {
            Ok(Some(key)) => {
                tx.execute(
                    "INSERT INTO case_keys (case_id, epoch, key, granter) VALUES (?1, ?2, ?3, ?4)",
                    params![
                        &envelope.case.0[..],
                        envelope.epoch,
                        &key.expose()[..],
                        &envelope.granter.0[..]
                    ],
                )?;
                received.keys += 1;
            }
            Ok(None) => {}
            Err(reason) => {
                hold(tx, None, &wire::encode(envelope), reason)?;
                received.held += 1;
            }
        }
    }
    let mut tally = tx.prepare_cached(
        "INSERT INTO team_tallies (case_id, author, last) VALUES (?1, ?2, ?3)
         ON CONFLICT DO UPDATE SET last = max(last, excluded.last)",
    )?;
    for (seq, sealed) in ops {
        if sealed.ciphertext.len() > wayfinder_sync::seal::MAX_SEALED_OP {
            // Never opened: a server should not have stored it.
            hold(tx, Some(*seq), &wire::encode(sealed), "received-too-large")?;
            received.held += 1;
            continue;
        }
        let author = member(sealed.author);
        let opened = match (author, key_at(tx, sealed.case, sealed.epoch)?) {
            (Some(author), Some(key)) => sealed.open_any(&key, &author.identity),
            (None, _) => Err(wayfinder_sync::SyncError::UnknownAuthor),
            (_, None) => Err(wayfinder_sync::SyncError::Undecryptable),
        };
        // An audit entry: kept as it came unless it could not be hers.
        let opened = match opened {
            Ok(Sealed::Entry(entry)) => {
                match crate::audit::receive(tx, &entry, now_millis)? {
                    Ok(new) => received.entries += usize::from(new),
                    Err(reason) => {
                        hold(tx, Some(*seq), &wire::encode(sealed), reason)?;
                        received.held += 1;
                    }
                }
                continue;
            }
            Ok(Sealed::Operation(opened)) => Ok(opened),
            Err(e) => Err(e),
        };
        let opened = opened.map_err(|e| e.code()).and_then(|opened| {
            if opened.number.is_some_and(|n| n > MAX_NUMBER) {
                Err("received-number-implausible")
            } else {
                Ok(opened)
            }
        });
        let refused = match &opened {
            Ok(opened) => match received::refusal(tx, &opened.op, now_millis, today)? {
                Some(reason) => Some(reason),
                None => received::role_refusal(tx, &opened.op, author.map(|a| a.role))?,
            },
            Err(_) => None,
        };
        match (opened, refused) {
            (Ok(opened), None) => {
                if oplog::receive(tx, &opened.op)? == Stored::New {
                    received.applied += 1;
                }
                if let Some(head) = &opened.head {
                    crate::audit::note_head(tx, sealed.case, sealed.author, head)?;
                }
                if let Some(number) = opened.number.filter(|_| sealed.author != me.member()) {
                    tally.execute(params![
                        &sealed.case.0[..],
                        &sealed.author.0[..],
                        number as i64
                    ])?;
                }
            }
            (Ok(_), Some(reason)) | (Err(reason), _) => {
                hold(tx, Some(*seq), &wire::encode(sealed), reason)?;
                received.held += 1;
            }
        }
    }
    tx.execute(
        "UPDATE team_account SET cursor_visible = max(cursor_visible, ?1),
           cursor_seq = CASE WHEN ?1 > cursor_visible THEN ?2
                             WHEN ?1 = cursor_visible THEN max(cursor_seq, ?2)
                             ELSE cursor_seq END
         WHERE id = 1",
        params![cursor.visible as i64, cursor.seq as i64],
    )?;
    Ok(received)
}

/// Everything held aside, tried again as if it had just arrived, with `now` as this laptop's
/// time (after the app was updated, the clock of whoever wrote it caught up, or the roster
/// that names its author came): what passes is applied, what does not is held again with its
/// reason. Originals held aside are fetched, or sent, again at the next round.
pub fn retry_held(tx: &Transaction<'_>, now: chrono::DateTime<chrono::Utc>) -> Result<Received> {
    let rows = {
        let mut stmt = tx.prepare("SELECT server_seq, body FROM team_held ORDER BY server_seq")?;
        stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    tx.execute_batch("DELETE FROM team_held; DELETE FROM blobs_held;")?;
    let mut ops = Vec::new();
    let mut envelopes = Vec::new();
    let mut unreadable = 0;
    for (seq, body) in rows {
        // Envelopes are kept below every operation's place (`hold`).
        let read = match u64::try_from(seq) {
            Ok(seq) => wire::decode::<SealedOp>(&body).map(|op| ops.push((seq, op))),
            Err(_) => wire::decode::<KeyEnvelope>(&body).map(|e| envelopes.push(e)),
        };
        if read.is_err() {
            hold(tx, u64::try_from(seq).ok(), &body, "received-malformed")?;
            unreadable += 1;
        }
    }
    let cursor = require_account(tx)?.cursor;
    let mut received = receive(tx, &ops, &envelopes, cursor, now)?;
    received.held += unreadable;
    Ok(received)
}

fn hold(tx: &Transaction<'_>, seq: Option<u64>, body: &[u8], reason: &str) -> Result<()> {
    match seq {
        Some(seq) => tx.execute(
            "INSERT INTO team_held (server_seq, body, reason) VALUES (?1, ?2, ?3)
             ON CONFLICT DO NOTHING",
            params![seq as i64, body, reason],
        )?,
        // Envelopes have no place of their own in the log: kept below every operation's.
        None => tx.execute(
            "INSERT INTO team_held (server_seq, body, reason)
             VALUES (min(-1, coalesce((SELECT min(server_seq) FROM team_held), 0) - 1), ?1, ?2)",
            params![body, reason],
        )?,
    };
    Ok(())
}

pub fn set_last_synced(conn: &Connection, millis: u64) -> Result<()> {
    conn.execute(
        "UPDATE team_account SET last_synced_millis = ?1 WHERE id = 1",
        [millis as i64],
    )?;
    Ok(())
}

/// At least how many operations of others never reached this vault: a server withholding part
/// of a case shows here, whatever it does with the rest. Two signs, the larger counted:
/// - an author's number for an operation is higher than the count of her operations in that
///   case here (her number 7 arrived, and only five of hers are here: one is missing);
/// - others' edits name operations as their parents that are not here.
///
/// A server that holds back an author's latest operations, and everything after them, shows
/// in neither until one more of hers comes through.
pub fn missing(conn: &Connection) -> Result<u32> {
    let unnamed: u32 = conn.query_row(
        "SELECT count(*) FROM replaced r WHERE NOT EXISTS (SELECT 1 FROM operations o WHERE o.id = r.op_id)",
        [],
        |r| r.get(0),
    )?;
    let unnumbered: u32 = conn.query_row(
        "SELECT coalesce(sum(max(0, t.last - (SELECT count(*) FROM operations o
                                             WHERE o.case_id = t.case_id AND o.author = t.author))), 0)
         FROM team_tallies t",
        [],
        |r| r.get(0),
    )?;
    Ok(unnamed.max(unnumbered))
}

pub fn pending(conn: &Connection) -> Result<Pending> {
    let mut stmt = conn.prepare(
        "SELECT o.case_id, count(*) FROM outbox x JOIN operations o ON o.seq = x.op_seq
         GROUP BY o.case_id ORDER BY o.case_id",
    )?;
    let unsent = stmt
        .query_map([], |r| Ok((r.get::<_, [u8; 16]>(0)?, r.get::<_, u32>(1)?)))?
        .map(|row| row.map(|(case, n)| (CaseId::from_bytes(case), n)))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let held: u32 = conn.query_row(
        "SELECT (SELECT count(*) FROM team_held) + (SELECT count(*) FROM blobs_held)",
        [],
        |r| r.get(0),
    )?;
    Ok(Pending {
        unsent,
        last_synced_millis: account(conn)?.and_then(|a| a.last_synced_millis),
        held,
    })
}

/// The key of `case` at `epoch`, if she holds it.
pub fn case_key(conn: &Connection, case: CaseId, epoch: u32) -> Result<Option<CaseKey>> {
    key_at(conn, CaseRef(*case.as_bytes()), epoch)
}

/// The key of the case's first epoch: what names its blobs.
pub fn first_key(conn: &Connection, case: CaseId) -> Result<Option<CaseKey>> {
    conn.query_row(
        "SELECT key FROM case_keys WHERE case_id = ?1 ORDER BY epoch LIMIT 1",
        [&case.as_bytes()[..]],
        |r| Ok(CaseKey::from_bytes(r.get::<_, [u8; 32]>(0)?)),
    )
    .optional()
    .map_err(VaultError::from)
}

/// Originals of records she imported into shared cases (she alone sends a record's original,
/// signed by her) that she has not sent yet, nor been refused.
pub fn blobs_to_upload(conn: &Connection) -> Result<Vec<(CaseId, [u8; 32])>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT r.case_id, r.hash FROM record_index r JOIN blobs b ON b.hash = r.hash
         JOIN heads h ON h.entity = r.record_id AND h.field = 'content'
         WHERE h.author = (SELECT value FROM meta WHERE key = 'author')
           AND EXISTS (SELECT 1 FROM case_keys k WHERE k.case_id = r.case_id)
           AND NOT EXISTS (SELECT 1 FROM blob_uploads u WHERE u.case_id = r.case_id AND u.hash = r.hash)
           AND NOT EXISTS (SELECT 1 FROM blobs_held h WHERE h.case_id = r.case_id AND h.hash = r.hash)
         ORDER BY r.case_id, r.hash",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok((CaseId::from_bytes(r.get(0)?), r.get::<_, [u8; 32]>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// An original of a record in a shared case that this vault lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wanted {
    pub case: CaseId,
    /// What the record says of the original.
    pub content: wayfinder_core::Content,
    /// Who wrote the record, and alone may have sent its original.
    pub author: MemberId,
}

/// Records of shared cases whose original this vault does not hold.
pub fn blobs_to_download(conn: &Connection) -> Result<Vec<Wanted>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT r.case_id, r.record_id FROM record_index r
         WHERE NOT EXISTS (SELECT 1 FROM blobs b WHERE b.hash = r.hash)
           AND EXISTS (SELECT 1 FROM case_keys k WHERE k.case_id = r.case_id)
           AND NOT EXISTS (SELECT 1 FROM blobs_held h WHERE h.case_id = r.case_id AND h.hash = r.hash)
         ORDER BY r.case_id, r.record_id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok((r.get::<_, [u8; 16]>(0)?, r.get::<_, [u8; 16]>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out: Vec<Wanted> = Vec::new();
    for (case, record) in rows {
        let case = CaseId::from_bytes(case);
        let head = oplog::entity_heads(conn, record)?
            .into_iter()
            .find(|(f, _)| f == "content")
            .map(|(_, h)| h);
        let Some(head) = head else { continue };
        let Some(content) = head
            .value
            .as_deref()
            .and_then(wayfinder_core::Content::parse)
        else {
            continue;
        };
        if !out
            .iter()
            .any(|w| w.case == case && w.content.hash == content.hash)
        {
            out.push(Wanted {
                case,
                content,
                author: MemberId(head.author.0),
            });
        }
    }
    Ok(out)
}

/// A member as the latest roster names her or, if she has left since, as the last version
/// that did.
pub fn team_member(conn: &Connection, member: MemberId) -> Result<Option<RosterMember>> {
    Ok(rosters(conn)?
        .iter()
        .find_map(|r| r.member(member))
        .cloned())
}

/// An original fetched for `case` that did not open, or was not what its record says: kept
/// from being fetched again, and counted with what is held aside.
pub fn hold_blob(conn: &Connection, case: CaseId, hash: &[u8; 32], reason: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO blobs_held (case_id, hash, reason) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        params![&case.as_bytes()[..], &hash[..], reason],
    )?;
    Ok(())
}

pub fn blob_uploaded(tx: &Transaction<'_>, case: CaseId, hash: &[u8; 32]) -> Result<()> {
    tx.execute(
        "INSERT INTO blob_uploads (case_id, hash) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![&case.as_bytes()[..], &hash[..]],
    )?;
    Ok(())
}
