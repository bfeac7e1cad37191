//! The audit log in the vault (PRODUCT.md 10): this device's chains, one per case and one for
//! the vault's own events, each entry signed with her team identity as it is written, in the
//! same transaction as what it records where there is one; and the entries of other devices
//! that arrive with shared cases. Rows are append only (the schema's triggers refuse a change
//! or a removal). Reading a case's log also checks every chain in it (`wayfinder_sync::audit`).
//!
//! Her entries in a shared case wait in an outbox until the server has stored them, sealed
//! like edits (body version 3: the server cannot tell them apart); each edit she seals names
//! where her chain in its case has reached. Entries from other members are checked as if
//! typed here and kept as they came (a fork, a gap or a forgery is for checking to show, not
//! for receiving to hide); the heads their edits name are kept, so that a chain whose tail
//! the server holds back shows as such.

use crate::error::{Result, VaultError};
use crate::{OpenVault, sync_state};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use std::collections::BTreeMap;
use wayfinder_core::CaseId;
use wayfinder_sync::audit::{
    AuditAction, ChainHead, Checked, DeviceId, NamedHead, SignedEntry, Signer, check, travel_id,
};
use wayfinder_sync::{CaseKey, CaseRef, Identity, MemberId, PublicIdentity, SealedOp, wire};

/// One entry as a case's log shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRow {
    pub device: DeviceId,
    pub seq: u64,
    pub author: MemberId,
    pub at_millis: u64,
    pub action: AuditAction,
    pub object: Option<[u8; 16]>,
}

/// One device's chain in a case, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainCheck {
    pub device: DeviceId,
    pub author: MemberId,
    pub entries: u64,
    pub checked: Checked,
    /// The author's public keys were not known here (not in the roster this vault holds): her
    /// entries could not be checked.
    pub unknown_author: bool,
}

/// A chain in a scope: its device and its author.
type Chain = ([u8; 16], [u8; 16]);

/// This vault's device id, made at its first entry.
fn device(tx: &Transaction<'_>) -> Result<DeviceId> {
    let held: Option<[u8; 16]> = tx
        .query_row("SELECT device FROM audit_device WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(id) = held {
        return Ok(DeviceId(id));
    }
    let mut id = [0u8; 16];
    crate::keys::random_bytes(&mut id)?;
    tx.execute(
        "INSERT INTO audit_device (id, device) VALUES (1, ?1)",
        [&id[..]],
    )?;
    Ok(DeviceId(id))
}

/// This vault's device id, if it has written an entry yet.
fn own_device(conn: &Connection) -> Result<Option<DeviceId>> {
    Ok(conn
        .query_row("SELECT device FROM audit_device WHERE id = 1", [], |r| {
            r.get::<_, [u8; 16]>(0)
        })
        .optional()?
        .map(DeviceId))
}

/// A chain's last entry, as far as noting an edit needs it.
struct Last {
    action: String,
    object: Option<[u8; 16]>,
    at_millis: i64,
}

/// Where this device's chain in `scope` has reached, and its last entry.
fn head(
    conn: &Connection,
    device: DeviceId,
    scope: Option<CaseRef>,
) -> Result<(ChainHead, Option<Last>)> {
    let scope_bytes = scope.map(|s| s.0.to_vec());
    let found = conn
        .prepare_cached(
            "SELECT seq, hash, action, object, at_millis FROM audit_entries
             WHERE device = ?1 AND scope IS ?2 ORDER BY seq DESC LIMIT 1",
        )?
        .query_row(params![&device.0[..], scope_bytes], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                Last {
                    action: r.get(2)?,
                    object: r.get(3)?,
                    at_millis: r.get(4)?,
                },
            ))
        })
        .optional()?;
    let mut head = ChainHead::new(device, scope);
    let Some((seq, hash, last)) = found else {
        return Ok((head, None));
    };
    head.len = u64::try_from(seq).map_err(|_| VaultError::Damaged)?;
    head.hash = hash.try_into().map_err(|_| VaultError::Damaged)?;
    Ok((head, Some(last)))
}

/// Her signing key, from her team identity (made on first use).
fn signer(tx: &Transaction<'_>) -> Result<Signer> {
    let seed: Option<[u8; 32]> = tx
        .query_row(
            "SELECT signing_seed FROM team_identity WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let seed = match seed {
        Some(seed) => zeroize::Zeroizing::new(seed),
        None => sync_state::identity(tx)?.seeds().0,
    };
    Ok(Signer::from_seed(
        MemberId(crate::oplog::author(tx)?.0),
        &seed,
    ))
}

/// Stores an entry another vault wrote (an archive's), as it is: checking a case's log checks
/// its chain like any other device's.
pub(crate) fn store_received(tx: &Transaction<'_>, signed: &SignedEntry) -> Result<()> {
    store(tx, signed)
}

/// Stores an entry of her own and, when its case is shared, queues it for the members who
/// hold the case.
fn store_own(tx: &Transaction<'_>, signed: &SignedEntry) -> Result<()> {
    store(tx, signed)?;
    if let Some(scope) = signed.entry.scope {
        let shared: bool = tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM case_keys WHERE case_id = ?1)")?
            .query_row([&scope.0[..]], |r| r.get(0))?;
        if shared {
            tx.prepare_cached(
                "INSERT INTO audit_outbox (entry_id, op_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            )?
            .execute(params![
                tx.last_insert_rowid(),
                &travel_id(&signed.entry).0[..]
            ])?;
        }
    }
    Ok(())
}

/// Queues every entry of this device in `case` for the members who hold it: when the case is
/// first shared (as her earlier edits are).
pub(crate) fn queue_case(tx: &Transaction<'_>, case: [u8; 16]) -> Result<()> {
    let Some(device) = own_device(tx)? else {
        return Ok(());
    };
    let rows = tx
        .prepare_cached(
            "SELECT id, body FROM audit_entries WHERE device = ?1 AND scope = ?2
             AND id NOT IN (SELECT entry_id FROM audit_outbox) ORDER BY id",
        )?
        .query_map(params![&device.0[..], &case[..]], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut queue = tx.prepare_cached(
        "INSERT INTO audit_outbox (entry_id, op_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    )?;
    for (id, body) in rows {
        let signed: SignedEntry = wire::decode(&body).map_err(|_| VaultError::Damaged)?;
        queue.execute(params![id, &travel_id(&signed.entry).0[..]])?;
    }
    Ok(())
}

/// Schema 19: this device's entries in cases already shared are queued.
pub(crate) fn queue_shared(tx: &Transaction<'_>) -> Result<()> {
    let cases = tx
        .prepare("SELECT DISTINCT case_id FROM case_keys")?
        .query_map([], |r| r.get::<_, [u8; 16]>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for case in cases {
        queue_case(tx, case)?;
    }
    Ok(())
}

/// Her queued entries, oldest first, each sealed under its case's latest key.
pub(crate) fn sealed_outbox(conn: &Connection, me: &Identity) -> Result<Vec<SealedOp>> {
    let rows = conn
        .prepare_cached(
            "SELECT e.body, k.epoch, k.key FROM audit_outbox x
             JOIN audit_entries e ON e.id = x.entry_id
             JOIN case_keys k ON k.case_id = e.scope
              AND k.epoch = (SELECT max(epoch) FROM case_keys WHERE case_id = e.scope)
             ORDER BY x.entry_id",
        )?
        .query_map([], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, u32>(1)?,
                CaseKey::from_bytes(r.get::<_, [u8; 32]>(2)?),
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(body, epoch, key)| {
            let signed: SignedEntry = wire::decode(&body).map_err(|_| VaultError::Damaged)?;
            let mut nonce = [0u8; 24];
            crate::keys::random_bytes(&mut nonce)?;
            SealedOp::seal_entry(&signed, &key, epoch, me, nonce)
                .map_err(|e| VaultError::Untrusted(e.code()))
        })
        .collect()
}

/// The server stored these: they leave the outbox.
pub(crate) fn acknowledge(tx: &Transaction<'_>, op: &wayfinder_merge::OpId) -> Result<()> {
    tx.prepare_cached("DELETE FROM audit_outbox WHERE op_id = ?1")?
        .execute([&op.0[..]])?;
    Ok(())
}

/// Where this device's chain in `case` has reached, for an edit sealed now to name.
pub(crate) fn named_head(conn: &Connection, case: [u8; 16]) -> Result<Option<NamedHead>> {
    let Some(device) = own_device(conn)? else {
        return Ok(None);
    };
    Ok(head(conn, device, Some(CaseRef(case)))?.0.named())
}

/// An entry another member sealed in a case this vault holds (the seal already checked that
/// it is hers and of that case), checked as if typed here: whether it was new, or why it is
/// held aside.
pub(crate) fn receive(
    tx: &Transaction<'_>,
    signed: &SignedEntry,
    now_millis: u64,
) -> Result<std::result::Result<bool, &'static str>> {
    let e = &signed.entry;
    let known: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM audit_entries
             WHERE device = ?1 AND scope IS ?2 AND seq = ?3 AND hash = ?4)",
        )?
        .query_row(
            params![
                &e.device.0[..],
                e.scope.map(|s| s.0.to_vec()),
                i64::try_from(e.seq).unwrap_or(i64::MAX),
                &e.hash()[..]
            ],
            |r| r.get(0),
        )?;
    if known {
        // Her own, back from the server, or one delivered again.
        return Ok(Ok(false));
    }
    if own_device(tx)? == Some(e.device) {
        // Nobody else writes this device's chain, and it holds every entry it wrote.
        return Ok(Err("received-audit-device-ours"));
    }
    if e.seq == 0 || e.seq > crate::sync_state::MAX_NUMBER {
        return Ok(Err("received-number-implausible"));
    }
    if e.at_millis > now_millis.saturating_add(crate::received::MAX_AHEAD_MILLIS) {
        return Ok(Err("received-dated-ahead"));
    }
    store(tx, signed)?;
    Ok(Ok(true))
}

/// Keeps the head `author` named for her chain on `head.device` in `case`, if it is further
/// than any she named before. Heads named for this device's chains are not kept: this vault
/// holds every entry it wrote.
pub(crate) fn note_head(
    tx: &Transaction<'_>,
    case: CaseRef,
    author: MemberId,
    head: &NamedHead,
) -> Result<()> {
    if own_device(tx)? == Some(head.device) {
        return Ok(());
    }
    tx.prepare_cached(
        "INSERT INTO audit_heads (device, scope, author, seq, hash) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT DO UPDATE SET seq = excluded.seq, hash = excluded.hash
         WHERE excluded.seq > audit_heads.seq",
    )?
    .execute(params![
        &head.device.0[..],
        &case.0[..],
        &author.0[..],
        i64::try_from(head.seq).unwrap_or(i64::MAX),
        &head.hash[..]
    ])?;
    Ok(())
}

/// Stores a signed entry as it is.
fn store(tx: &Transaction<'_>, signed: &SignedEntry) -> Result<()> {
    let e = &signed.entry;
    tx.prepare_cached(
        "INSERT INTO audit_entries (device, scope, seq, hash, author, at_millis, action, object, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        &e.device.0[..],
        e.scope.map(|s| s.0.to_vec()),
        i64::try_from(e.seq).map_err(|_| VaultError::Damaged)?,
        &e.hash()[..],
        &e.author.0[..],
        i64::try_from(e.at_millis).unwrap_or(i64::MAX),
        e.action.as_str(),
        e.object.map(|o| o.to_vec()),
        wire::encode(signed),
    ])?;
    Ok(())
}

/// Writes the next entry of this device's chain in `scope` (a case; none: the vault's own),
/// signed, in `tx`.
pub(crate) fn append(
    tx: &Transaction<'_>,
    scope: Option<CaseRef>,
    action: AuditAction,
    object: Option<[u8; 16]>,
    at_millis: u64,
) -> Result<SignedEntry> {
    let device = device(tx)?;
    let (mut head, _) = head(tx, device, scope)?;
    let signed = head.append(&signer(tx)?, at_millis, action, object);
    store_own(tx, &signed)?;
    Ok(signed)
}

/// Notes an edit of `entity` in `scope`, once a second: the fields of one edit (an entity
/// made with eight fields) are one entry, not eight.
pub(crate) fn note_change(
    tx: &Transaction<'_>,
    scope: [u8; 16],
    entity: [u8; 16],
    at_millis: u64,
) -> Result<()> {
    let device = device(tx)?;
    let scope = Some(CaseRef(scope));
    let (mut head, last) = head(tx, device, scope)?;
    let at = i64::try_from(at_millis).unwrap_or(i64::MAX);
    if let Some(last) = last
        && last.action == AuditAction::FieldChanged.as_str()
        && last.object == Some(entity)
        && last.at_millis / 1000 == at / 1000
    {
        return Ok(());
    }
    let signed = head.append(
        &signer(tx)?,
        at_millis,
        AuditAction::FieldChanged,
        Some(entity),
    );
    store_own(tx, &signed)
}

impl OpenVault {
    /// Signs a disclosure statement with her key, the one her audit entries are signed with:
    /// the file a privacy officer checks with `wayfinder-audit verify`.
    pub fn sign_statement(
        &mut self,
        body: wayfinder_sync::statement::StatementBody,
    ) -> Result<Vec<u8>> {
        let tx = self.conn.transaction()?;
        let signer = signer(&tx)?;
        tx.commit()?;
        wayfinder_sync::statement::sign(body, &signer).map_err(|_| VaultError::Damaged)
    }

    /// Notes in the audit log that she did `action` on `case` (none: the vault itself) and
    /// `object`, at `now`.
    pub fn audit(
        &mut self,
        case: Option<CaseId>,
        action: AuditAction,
        object: Option<[u8; 16]>,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<()> {
        let at = crate::vault::millis(now);
        let scope = case.map(|c| CaseRef(*c.as_bytes()));
        self.in_transaction(|tx| append(tx, scope, action, object, at).map(|_| ()))
    }

    /// A case's log (none: the vault's own), every device's entries, oldest first.
    pub fn audit_log(&self, case: Option<CaseId>) -> Result<Vec<AuditRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT device, seq, author, at_millis, action, object FROM audit_entries
             WHERE scope IS ?1 ORDER BY at_millis, id",
        )?;
        let scope = case.map(|c| c.as_bytes().to_vec());
        let rows = stmt
            .query_map([scope], |r| {
                Ok((
                    r.get::<_, [u8; 16]>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, [u8; 16]>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<[u8; 16]>>(5)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(device, seq, author, at, action, object)| {
                Ok(AuditRow {
                    device: DeviceId(device),
                    seq: u64::try_from(seq).map_err(|_| VaultError::Damaged)?,
                    author: MemberId(author),
                    at_millis: u64::try_from(at).unwrap_or(0),
                    action: AuditAction::parse(&action).ok_or(VaultError::Damaged)?,
                    object,
                })
            })
            .collect()
    }

    /// Every entry of a case's log (none: the vault's own), as signed, in the order they
    /// were stored.
    pub fn audit_entries(&self, case: Option<CaseId>) -> Result<Vec<SignedEntry>> {
        let scope = case.map(|c| c.as_bytes().to_vec());
        let bodies = self
            .conn
            .prepare_cached("SELECT body FROM audit_entries WHERE scope IS ?1 ORDER BY id")?
            .query_map([scope], |r| r.get::<_, Vec<u8>>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        bodies
            .iter()
            .map(|b| wire::decode(b).map_err(|_| VaultError::Damaged))
            .collect()
    }

    /// Every device's chain in `case`, checked against its author's keys (hers, or the
    /// roster's).
    pub fn audit_check(&mut self, case: CaseId) -> Result<Vec<ChainCheck>> {
        self.audit_check_scope(Some(case))
    }

    /// As [`OpenVault::audit_check`], for a case or (none) the vault's own log.
    pub fn audit_check_scope(&mut self, case: Option<CaseId>) -> Result<Vec<ChainCheck>> {
        let scope = case.map(|c| CaseRef(*c.as_bytes()));
        let scope_bytes = scope.map(|s| s.0.to_vec());
        let mut keys: BTreeMap<MemberId, PublicIdentity> = BTreeMap::new();
        let me = self.in_transaction(sync_state::identity)?;
        keys.insert(me.member(), me.public());
        if let Some(roster) = sync_state::roster(&self.conn)? {
            for member in &roster.members {
                keys.insert(member.identity.member, member.identity.clone());
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT device, author, body FROM audit_entries WHERE scope IS ?1 ORDER BY device, id",
        )?;
        let rows = stmt
            .query_map([&scope_bytes], |r| {
                Ok((
                    r.get::<_, [u8; 16]>(0)?,
                    r.get::<_, [u8; 16]>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // One chain per device and author: entries someone else signed under a device's id
        // are her chain, not the device owner's.
        let mut chains: BTreeMap<Chain, Vec<SignedEntry>> = BTreeMap::new();
        for (device, author, body) in rows {
            let signed: SignedEntry = wire::decode(&body).map_err(|_| VaultError::Damaged)?;
            chains.entry((device, author)).or_default().push(signed);
        }
        // The heads later edits named, and the chains they name though none of their entries
        // came.
        let mut named: BTreeMap<Chain, (u64, [u8; 32])> = BTreeMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT device, author, seq, hash FROM audit_heads WHERE scope IS ?1",
        )?;
        let heads = stmt
            .query_map([&scope_bytes], |r| {
                Ok((
                    r.get::<_, [u8; 16]>(0)?,
                    r.get::<_, [u8; 16]>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, [u8; 32]>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (device, author, seq, hash) in heads {
            let seq = u64::try_from(seq).map_err(|_| VaultError::Damaged)?;
            named.insert((device, author), (seq, hash));
            chains.entry((device, author)).or_default();
        }
        Ok(chains
            .into_iter()
            .map(|((device, author), entries)| {
                let author = MemberId(author);
                let device = DeviceId(device);
                let named = named.get(&(device.0, author.0)).copied();
                match keys.get(&author) {
                    Some(key) => ChainCheck {
                        device,
                        author,
                        entries: entries.len() as u64,
                        checked: check(device, scope, key, &entries, named),
                        unknown_author: false,
                    },
                    None => ChainCheck {
                        device,
                        author,
                        entries: entries.len() as u64,
                        checked: Checked::default(),
                        unknown_author: true,
                    },
                }
            })
            .collect())
    }
}
