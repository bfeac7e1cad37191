//! Originals of records in shared cases, to and from the server: each sent sealed in chunks
//! (an upload cut short resumes at the first chunk the server lacks), each missing one fetched,
//! opened and kept in the vault as if imported there. One original at a time, one chunk of it
//! in memory at a time: read from the vault's sealed files as it is sent, sealed into them as it
//! arrives.

use crate::{LinkError, Remote, VaultAccess};
use wayfinder_core::{CaseId, Content};
use wayfinder_sync::blob::{self, BlobName};
use wayfinder_sync::wire::{BlobAsk, BlobChunk, BlobPut, BlobState};
use wayfinder_sync::{CaseRef, Identity, RefusalCode, WorkspaceId};
use wayfinder_vault::VaultError;

/// What a blob exchange did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Moved {
    pub sent: usize,
    pub received: usize,
    /// Originals the server does not have whole yet (their uploader has not finished).
    pub waiting: usize,
    /// Originals fetched that did not open or were not what their record says: kept aside.
    pub held: usize,
}

async fn state(
    remote: &Remote,
    workspace: WorkspaceId,
    me: &Identity,
    case: CaseRef,
    name: BlobName,
) -> Result<Option<BlobState>, LinkError> {
    let asked: Result<BlobState, _> = remote
        .call_as(
            workspace,
            me,
            "/v1/blob/state",
            &BlobAsk {
                case,
                name,
                index: 0,
            },
        )
        .await;
    match asked {
        Ok(state) => Ok(Some(state)),
        Err(LinkError::Refused(RefusalCode::NoSuchBlob)) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Sends every original of her shared cases the server does not have whole, then fetches
/// every one she lacks.
pub async fn exchange<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    workspace: WorkspaceId,
    me: &Identity,
) -> Result<Moved, LinkError> {
    let mut moved = Moved::default();
    for (case, hash) in vault.with(|v| v.blobs_to_upload())? {
        let keys = vault.with(|v| Ok((v.first_case_key(case)?, v.current_case_key(case)?)))?;
        let (Some(first), Some((epoch, key))) = keys else {
            continue;
        };
        let case_ref = CaseRef(*case.as_bytes());
        let name = blob::name(&first, case_ref, &hash);
        let outgoing = vault.with(|v| v.blob_outgoing(&hash))?;
        let total = blob::chunks(outgoing.len());
        let mut have = match state(remote, workspace, me, case_ref, name).await? {
            Some(s) if s.have == s.total => s.total,
            Some(s) if s.epoch == epoch && s.total == total => s.have,
            _ => 0,
        };
        while have < total {
            let part = vault.with(|v| v.blob_part(&outgoing, have))?;
            let chunk = blob::seal_part(&key, epoch, name, have, total, &part)
                .map_err(LinkError::Untrusted)?;
            drop(part);
            let answer: BlobState = remote
                .call_as(
                    workspace,
                    me,
                    "/v1/blob/put",
                    &BlobPut {
                        case: case_ref,
                        name,
                        epoch,
                        index: have,
                        total,
                        chunk,
                    },
                )
                .await?;
            if answer.have <= have && answer.have < answer.total {
                return Err(LinkError::Protocol);
            }
            have = answer.have;
        }
        vault.with(|v| v.mark_blob_uploaded(case, &hash))?;
        moved.sent += 1;
    }
    for (case, content) in vault.with(|v| v.blobs_to_download())? {
        match fetch(vault, remote, workspace, me, case, &content).await {
            Ok(Fetched::Stored) => moved.received += 1,
            Ok(Fetched::Waiting) => moved.waiting += 1,
            Ok(Fetched::NotHers) => {}
            // What the server served does not open under the case's key, or is not the
            // original the record names: kept aside, never stored, and the others still come.
            Err(LinkError::Untrusted(e)) => {
                vault.with(|v| v.hold_blob(case, &content.hash, e.code()))?;
                moved.held += 1;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(moved)
}

enum Fetched {
    Stored,
    /// The server does not have it whole yet.
    Waiting,
    /// Sealed under an epoch she was not given.
    NotHers,
}

async fn fetch<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    workspace: WorkspaceId,
    me: &Identity,
    case: CaseId,
    content: &Content,
) -> Result<Fetched, LinkError> {
    let Some(first) = vault.with(|v| v.first_case_key(case))? else {
        return Ok(Fetched::NotHers);
    };
    let case_ref = CaseRef(*case.as_bytes());
    let name = blob::name(&first, case_ref, &content.hash);
    let Some(found) = state(remote, workspace, me, case_ref, name).await? else {
        return Ok(Fetched::Waiting);
    };
    if found.have < found.total {
        return Ok(Fetched::Waiting);
    }
    let Some(key) = vault.with(|v| v.case_key(case, found.epoch))? else {
        return Ok(Fetched::NotHers);
    };
    // Sealed into the vault's files chunk by chunk as they arrive: never held whole.
    let mut incoming = vault.with(|v| v.receive_blob(content))?;
    for index in 0..found.total {
        let chunk: BlobChunk = remote
            .call_as(
                workspace,
                me,
                "/v1/blob/get",
                &BlobAsk {
                    case: case_ref,
                    name,
                    index,
                },
            )
            .await?;
        let opened = blob::open_chunk(&key, found.epoch, name, index, found.total, &chunk.chunk)
            .map_err(LinkError::Untrusted)?;
        incoming.push(&opened).map_err(untrusted)?;
    }
    vault
        .with(|v| v.finish_received_blob(case, content, incoming))
        .map_err(|e| match e {
            LinkError::Vault(e) => untrusted(e),
            e => e,
        })?;
    Ok(Fetched::Stored)
}

/// An original that is not what its record says is the server's doing (or its uploader's):
/// held aside like anything else that does not open.
fn untrusted(e: VaultError) -> LinkError {
    match e {
        VaultError::Untrusted(_) => LinkError::Untrusted(wayfinder_sync::SyncError::Mismatch),
        e => LinkError::Vault(e),
    }
}
