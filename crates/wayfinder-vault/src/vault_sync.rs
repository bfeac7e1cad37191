//! What team sync asks of the open vault (see `sync_state`): her identity, the team, case
//! keys, the outbox, what arrives, and records' originals on their way in and out.

use crate::error::{Result, VaultError};
use crate::{FileId, OpenVault};
use crate::{files, library, sync_state};

use wayfinder_core::CaseId;

impl OpenVault {
    /// Her identity for team sync, made on first use.
    pub fn team_identity(&mut self) -> Result<wayfinder_sync::Identity> {
        self.in_transaction(sync_state::identity)
    }

    pub fn team_account(&self) -> Result<Option<sync_state::Account>> {
        sync_state::account(&self.conn)
    }

    /// Joins the workspace on `server` whose creator's key hashes to `pin`; returns her
    /// identity, to introduce to the server.
    pub fn join_team(
        &mut self,
        server: &str,
        workspace: wayfinder_sync::WorkspaceId,
        pin: wayfinder_sync::Pin,
    ) -> Result<wayfinder_sync::Identity> {
        self.in_transaction(|tx| {
            let me = sync_state::identity(tx)?;
            sync_state::set_account(tx, server, workspace, pin)?;
            Ok(me)
        })
    }

    /// Roster versions from the server, verified from the pinned creator; the latest.
    pub fn add_rosters(
        &mut self,
        chain: &[wayfinder_sync::Roster],
    ) -> Result<Option<wayfinder_sync::Roster>> {
        self.in_transaction(|tx| sync_state::add_rosters(tx, chain))
    }

    pub fn roster(&self) -> Result<Option<wayfinder_sync::Roster>> {
        sync_state::roster(&self.conn)
    }

    /// Her role in the team: none outside a team, or before the roster names her.
    pub fn my_role(&self) -> Result<Option<wayfinder_sync::Role>> {
        if sync_state::account(&self.conn)?.is_none() {
            return Ok(None);
        }
        let Some(roster) = sync_state::roster(&self.conn)? else {
            return Ok(None);
        };
        let me = wayfinder_sync::MemberId(crate::oplog::author(&self.conn)?.0);
        Ok(roster.member(me).map(|m| m.role))
    }

    /// The kinds of entity her role in the team does not let her make, change or delete (none
    /// outside a team): what her screens show without the means to edit.
    pub fn kinds_read_only(&self) -> Result<Vec<wayfinder_core::EntityKind>> {
        Ok(match self.my_role()? {
            Some(role) => wayfinder_core::EntityKind::ALL
                .into_iter()
                .filter(|k| !role.may_edit(*k))
                .collect(),
            None => Vec::new(),
        })
    }

    /// Refuses a change to an entity of `kind` that her role in the team does not allow.
    pub(crate) fn check_role(&self, kind: wayfinder_core::EntityKind) -> Result<()> {
        match self.my_role()? {
            Some(role) if !role.may_edit(kind) => Err(crate::VaultError::RoleRefused),
            _ => Ok(()),
        }
    }

    /// Shares a case with members of the roster (`sync_state::share`).
    pub fn share_case(
        &mut self,
        case: CaseId,
        members: &[wayfinder_sync::MemberId],
        rotate: bool,
    ) -> Result<Vec<wayfinder_sync::KeyEnvelope>> {
        self.in_transaction(|tx| sync_state::share(tx, case, members, rotate))
    }

    pub fn shared_with(&self, case: CaseId) -> Result<Vec<wayfinder_sync::MemberId>> {
        sync_state::shared_with(&self.conn, case)
    }

    pub fn cases_shared_with(&self, member: wayfinder_sync::MemberId) -> Result<Vec<CaseId>> {
        sync_state::cases_shared_with(&self.conn, member)
    }

    pub fn pending_shares(&self) -> Result<Vec<(i64, wayfinder_sync::KeyEnvelope)>> {
        sync_state::pending_shares(&self.conn)
    }

    /// The team-wide scope's id, once she is in a team.
    pub fn team_scope(&self) -> Result<Option<CaseId>> {
        sync_state::team_scope(&self.conn)
    }

    /// Shares the team-wide scope with every member who lacks it, if she created the team
    /// (`sync_state::share_team_scope`).
    pub fn share_team_scope(
        &mut self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Vec<wayfinder_sync::KeyEnvelope>> {
        let now = crate::vault::millis(now);
        self.in_transaction(|tx| sync_state::share_team_scope(tx, now))
    }

    /// Cases whose key she owes a new epoch, since someone left the team.
    pub fn rotations_owed(&self) -> Result<Vec<CaseId>> {
        sync_state::rotations_owed(&self.conn)
    }

    /// Pays the new epoch `case` owes, given who holds its latest epoch
    /// (`sync_state::rotate_owed`).
    pub fn rotate_owed(
        &mut self,
        case: CaseId,
        holders: &[wayfinder_sync::KeyEnvelope],
    ) -> Result<sync_state::Rotation> {
        self.in_transaction(|tx| sync_state::rotate_owed(tx, case, holders))
    }

    /// Forgets her new epoch of `case` that the server refused, another coordinator's having
    /// come first (`sync_state::forget_refused_epoch`); whether it was hers to forget.
    pub fn forget_refused_epoch(
        &mut self,
        case: CaseId,
        epoch: u32,
        queued: &[i64],
    ) -> Result<bool> {
        self.in_transaction(|tx| sync_state::forget_refused_epoch(tx, case, epoch, queued))
    }

    pub fn shares_sent(&mut self, ids: &[i64]) -> Result<()> {
        self.in_transaction(|tx| sync_state::shares_sent(tx, ids))
    }

    pub fn sealed_outbox(
        &self,
        after: i64,
        limit: u32,
    ) -> Result<Vec<(i64, wayfinder_sync::SealedOp)>> {
        sync_state::sealed_outbox(&self.conn, after, limit)
    }

    /// Her audit entries in shared cases not yet acknowledged, sealed: sent before her edits.
    pub fn sealed_audit_outbox(&self) -> Result<Vec<wayfinder_sync::SealedOp>> {
        sync_state::sealed_audit_outbox(&self.conn)
    }

    pub fn acknowledge(&mut self, stored: &[(wayfinder_merge::OpId, u64)]) -> Result<()> {
        self.in_transaction(|tx| sync_state::acknowledge(tx, stored))
    }

    /// A pulled batch and the cursor after it, in one transaction (`sync_state::receive`).
    pub fn receive_batch(
        &mut self,
        ops: &[(u64, wayfinder_sync::SealedOp)],
        envelopes: &[wayfinder_sync::KeyEnvelope],
        cursor: wayfinder_sync::wire::Cursor,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<sync_state::Received> {
        self.in_transaction(|tx| sync_state::receive(tx, ops, envelopes, cursor, now))
    }

    /// Tries everything held aside again (`sync_state::retry_held`).
    pub fn retry_held(
        &mut self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<sync_state::Received> {
        self.in_transaction(|tx| sync_state::retry_held(tx, now))
    }

    pub fn set_last_synced(&self, millis: u64) -> Result<()> {
        sync_state::set_last_synced(&self.conn, millis)
    }

    /// At least how many of others' edits never reached this vault (`sync_state::missing`).
    pub fn sync_missing(&self) -> Result<u32> {
        sync_state::missing(&self.conn)
    }

    pub fn sync_pending(&self) -> Result<sync_state::Pending> {
        sync_state::pending(&self.conn)
    }

    pub(crate) fn in_transaction<T>(
        &mut self,
        work: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self.conn.transaction()?;
        let out = work(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    pub fn case_key(&self, case: CaseId, epoch: u32) -> Result<Option<wayfinder_sync::CaseKey>> {
        sync_state::case_key(&self.conn, case, epoch)
    }

    /// The case's current epoch and key, if it is shared.
    pub fn current_case_key(&self, case: CaseId) -> Result<Option<(u32, wayfinder_sync::CaseKey)>> {
        sync_state::current_key(&self.conn, case)
    }

    pub fn first_case_key(&self, case: CaseId) -> Result<Option<wayfinder_sync::CaseKey>> {
        sync_state::first_key(&self.conn, case)
    }

    pub fn blobs_to_upload(&self) -> Result<Vec<(CaseId, [u8; 32])>> {
        sync_state::blobs_to_upload(&self.conn)
    }

    pub fn blobs_to_download(&self) -> Result<Vec<sync_state::Wanted>> {
        sync_state::blobs_to_download(&self.conn)
    }

    /// A member of the team, as the latest roster that names her does.
    pub fn team_member(
        &self,
        member: wayfinder_sync::MemberId,
    ) -> Result<Option<wayfinder_sync::RosterMember>> {
        sync_state::team_member(&self.conn, member)
    }

    /// An original fetched for `case` that did not open or was not what its record says, or
    /// one of hers the server would not take (`reason`, an error code): not fetched or sent
    /// again, counted as held aside.
    pub fn hold_blob(&mut self, case: CaseId, hash: &[u8; 32], reason: &str) -> Result<()> {
        sync_state::hold_blob(&self.conn, case, hash, reason)
    }

    pub fn mark_blob_uploaded(&mut self, case: CaseId, hash: &[u8; 32]) -> Result<()> {
        self.in_transaction(|tx| sync_state::blob_uploaded(tx, case, hash))
    }

    /// What travels of an original of `case`, named `name` on the server: the head of its
    /// plaintext (its password, its pages' text and the digest of its bytes, signed by her:
    /// `wayfinder_sync::blob::head`), then its bytes, read a chunk at a time by
    /// [`OpenVault::blob_part`]: never held whole. The digest takes one reading of the file
    /// first.
    pub fn blob_outgoing(
        &self,
        case: wayfinder_sync::CaseRef,
        name: wayfinder_sync::blob::BlobName,
        hash: &[u8; 32],
    ) -> Result<OutgoingBlob> {
        let me = sync_state::existing_identity(&self.conn)?.ok_or(VaultError::NotInTeam)?;
        let blob = library::blob(&self.conn, hash)?.ok_or(VaultError::RecordMissing)?;
        let mut pages = Vec::with_capacity(blob.content.pages as usize);
        for page in 0..blob.content.pages {
            pages.push(library::page_text(&self.conn, hash, page)?.unwrap_or_default());
        }
        let extras = wayfinder_sync::blob::BlobExtras {
            secret: blob.secret.clone(),
            pages,
        };
        let file_len = self.files.len(blob.file)?;
        let mut digest = blake3::Hasher::new();
        let step = wayfinder_sync::blob::CHUNK as u64;
        let mut at = 0;
        while at < file_len {
            let bytes = zeroize::Zeroizing::new(self.files.read_range(
                blob.file,
                at,
                step.min(file_len - at),
            )?);
            digest.update(&bytes);
            at += step;
        }
        Ok(OutgoingBlob {
            head: wayfinder_sync::blob::head(
                &me,
                case,
                name,
                &extras,
                *digest.finalize().as_bytes(),
                file_len,
            ),
            file: blob.file,
            file_len,
        })
    }

    /// Chunk `index` of an original's plaintext, as it travels.
    pub fn blob_part(
        &self,
        blob: &OutgoingBlob,
        index: u32,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>> {
        let (start, end) =
            wayfinder_sync::blob::part(blob.len(), index).ok_or(VaultError::Damaged)?;
        let head = blob.head.len() as u64;
        let mut part = zeroize::Zeroizing::new(Vec::with_capacity((end - start) as usize));
        if start < head {
            part.extend_from_slice(&blob.head[start as usize..end.min(head) as usize]);
        }
        if end > head {
            let from = start.max(head) - head;
            let bytes = zeroize::Zeroizing::new(self.files.read_range(
                blob.file,
                from,
                end - head - from,
            )?);
            part.extend_from_slice(&bytes);
        }
        Ok(part)
    }

    /// Starts keeping an original received from the team's server for `content`: its
    /// plaintext goes in chunk by chunk through `unpacker` (which checks its uploader's
    /// signature and its digest: [`IncomingBlob::push`]), sealed into the vault's files as it
    /// comes, and [`OpenVault::finish_received_blob`] files it.
    pub fn receive_blob(
        &mut self,
        content: &wayfinder_core::Content,
        unpacker: wayfinder_sync::blob::Unpacker,
    ) -> Result<IncomingBlob> {
        let id = FileId::random()?;
        self.conn.execute(
            "INSERT INTO pending_files (file_id) VALUES (?1)",
            [id.to_hex()],
        )?;
        match self.files.writer(id) {
            Ok(writer) => Ok(IncomingBlob {
                id,
                writer,
                unpacker,
                size: content.size,
            }),
            Err(e) => {
                let _ = self.conn.execute(
                    "DELETE FROM pending_files WHERE file_id = ?1",
                    [id.to_hex()],
                );
                Err(e)
            }
        }
    }

    /// Keeps a received original whole, with its password and its pages' text, as if
    /// imported here, and counts it as sent for `case`. One that ended early, is not the file
    /// its signed head names, or does not have the size its record says is refused, and
    /// leaves nothing.
    pub fn finish_received_blob(
        &mut self,
        case: CaseId,
        content: &wayfinder_core::Content,
        incoming: IncomingBlob,
    ) -> Result<()> {
        let IncomingBlob {
            id,
            writer,
            unpacker,
            ..
        } = incoming;
        let extras = unpacker
            .finish()
            .map_err(|e| VaultError::Untrusted(e.code()))?;
        if writer.len() != content.size {
            return Err(VaultError::Untrusted("sync-mismatch"));
        }
        writer.finish()?;
        let stored = self.in_transaction(|tx| {
            library::insert_blob(tx, id, content, extras.secret.as_deref(), &extras.pages)?;
            sync_state::blob_uploaded(tx, case, &content.hash)
        });
        if stored.is_err() {
            let _ = self.files.remove(id);
        }
        stored
    }
}

/// An original on its way to the server: see [`OpenVault::blob_outgoing`].
pub struct OutgoingBlob {
    head: zeroize::Zeroizing<Vec<u8>>,
    file: FileId,
    file_len: u64,
}

impl OutgoingBlob {
    /// The signed head of its plaintext.
    pub fn head(&self) -> &[u8] {
        &self.head
    }

    /// The length of its plaintext as it travels.
    pub fn len(&self) -> u64 {
        self.head.len() as u64 + self.file_len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// An original arriving from the server, sealed into the vault's files as it comes: see
/// [`OpenVault::receive_blob`]. Dropped unfinished, it leaves nothing but a note the next
/// opening of the vault clears.
pub struct IncomingBlob {
    id: FileId,
    writer: files::SealedWriter,
    unpacker: wayfinder_sync::blob::Unpacker,
    size: u64,
}

impl IncomingBlob {
    /// The next chunk of its plaintext, opened. More bytes than its record says is refused.
    pub fn push(&mut self, plain: &[u8]) -> Result<()> {
        let file = self
            .unpacker
            .push(plain)
            .map_err(|e| VaultError::Untrusted(e.code()))?;
        if self.writer.len() + file.len() as u64 > self.size {
            return Err(VaultError::Untrusted("sync-mismatch"));
        }
        self.writer.write(file)
    }
}
