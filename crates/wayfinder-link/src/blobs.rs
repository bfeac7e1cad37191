//! Originals of records in shared cases, to and from the server: each sent sealed in chunks
//! (an upload cut short resumes at the first chunk the server lacks), each missing one fetched,
//! opened and kept in the vault as if imported there. One original at a time, one chunk of it
//! in memory at a time: read from the vault's sealed files as it is sent, sealed into them as it
//! arrives.

use crate::{LinkError, Remote, VaultAccess};
use wayfinder_sync::blob::{self, BlobName};
use wayfinder_sync::wire::{BlobAsk, BlobChunk, BlobPut, BlobState};
use wayfinder_sync::{CaseRef, Identity, RefusalCode, SyncError, WorkspaceId};
use wayfinder_vault::VaultError;
use wayfinder_vault::sync_state::Wanted;

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

/// Claims the names of her originals whose upload has not begun, by sending the first chunk
/// of each, before the edits that name them go out: the server lets only the member who began
/// a name write to it, so no one who reads those edits can begin it first. Returns where each
/// upload stands, for [`exchange`] to go on from.
pub async fn claim<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    workspace: WorkspaceId,
    me: &Identity,
) -> Result<Claimed, LinkError> {
    let mut claimed = Claimed::default();
    send(vault, remote, workspace, me, &mut claimed, Some(1)).await?;
    Ok(claimed)
}

/// Where her uploads stand after [`claim`]: the next chunk of each (by name) the server
/// lacks, how many are whole on the server, and how many the server refused because another
/// member began them.
#[derive(Debug, Default)]
pub struct Claimed {
    next: std::collections::HashMap<BlobName, u32>,
    sent: usize,
    held: usize,
    /// The server refused a chunk as past her share of it: nothing more is sent this round.
    pub full: bool,
}

/// Sends every original of her shared cases the server does not have whole (unless she may
/// not `sending`: her share of the server is full), then fetches every one she lacks.
pub async fn exchange<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    workspace: WorkspaceId,
    me: &Identity,
    mut claimed: Claimed,
    sending: bool,
) -> Result<Moved, LinkError> {
    if sending {
        send(vault, remote, workspace, me, &mut claimed, None).await?;
    }
    let mut moved = Moved {
        sent: claimed.sent,
        held: claimed.held,
        ..Moved::default()
    };
    for wanted in vault.with(|v| v.blobs_to_download())? {
        match fetch(vault, remote, workspace, me, &wanted).await {
            Ok(Fetched::Stored) => moved.received += 1,
            Ok(Fetched::Waiting) => moved.waiting += 1,
            Ok(Fetched::NotHers) => {}
            // What the server served does not open under the case's key, or is not the
            // original its author signed and the record names: kept aside, never stored, and
            // the others still come.
            Err(LinkError::Untrusted(e)) => {
                vault.with(|v| v.hold_blob(wanted.case, &wanted.content.hash, e.code()))?;
                moved.held += 1;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(moved)
}

/// Uploads her originals not sent yet, each from its first chunk (which the server takes
/// again at no cost when it has it, and which restarts an unfinished upload of other bytes)
/// unless `claimed` says where it stands, then from the first chunk the server lacks; at
/// most `chunks` chunks of each. Those sent whole, and those the server refused because
/// another member began them (held aside), are counted in `claimed`.
async fn send<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    workspace: WorkspaceId,
    me: &Identity,
    claimed: &mut Claimed,
    chunks: Option<u32>,
) -> Result<(), LinkError> {
    for (case, hash) in vault.with(|v| v.blobs_to_upload())? {
        let keys = vault.with(|v| Ok((v.first_case_key(case)?, v.current_case_key(case)?)))?;
        let (Some(first), Some((epoch, key))) = keys else {
            continue;
        };
        let case_ref = CaseRef(*case.as_bytes());
        let name = blob::name(&first, case_ref, &hash);
        let outgoing = vault.with(|v| v.blob_outgoing(case_ref, name, &hash))?;
        let salt = blob::salt(&key, name, outgoing.head());
        let total = blob::chunks(outgoing.len());
        let mut index = claimed.next.get(&name).copied().unwrap_or(0);
        let mut put = 0;
        let finished = loop {
            if chunks.is_some_and(|most| put >= most) {
                break false;
            }
            let part = vault.with(|v| v.blob_part(&outgoing, index))?;
            let chunk = blob::seal_part(&key, epoch, name, &salt, index, total, &part)
                .map_err(LinkError::Untrusted)?;
            drop(part);
            let answer: Result<BlobState, _> = remote
                .call_as(
                    workspace,
                    me,
                    "/v1/blob/put",
                    &BlobPut {
                        case: case_ref,
                        name,
                        epoch,
                        index,
                        total,
                        chunk,
                    },
                )
                .await;
            let answer = match answer {
                Ok(answer) => answer,
                // Someone else began an upload under her original's name: never hers to
                // finish. Held aside, counted, and the others still go.
                Err(LinkError::Refused(RefusalCode::BlobTaken)) => {
                    vault.with(|v| v.hold_blob(case, &hash, RefusalCode::BlobTaken.as_str()))?;
                    claimed.held += 1;
                    break false;
                }
                // Past her share of the server: this original and the rest wait.
                Err(LinkError::Refused(RefusalCode::QuotaExceeded)) => {
                    claimed.full = true;
                    return Ok(());
                }
                Err(e) => return Err(e),
            };
            put += 1;
            if answer.have >= answer.total {
                break true;
            }
            if answer.have <= index {
                return Err(LinkError::Protocol);
            }
            index = answer.have;
            claimed.next.insert(name, index);
        };
        if finished {
            vault.with(|v| v.mark_blob_uploaded(case, &hash))?;
            claimed.sent += 1;
        }
    }
    Ok(())
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
    wanted: &Wanted,
) -> Result<Fetched, LinkError> {
    let Wanted {
        case,
        content,
        author,
    } = wanted;
    let Some(first) = vault.with(|v| v.first_case_key(*case))? else {
        return Ok(Fetched::NotHers);
    };
    // Only the record's author sends its original: her signature is the one it must carry.
    let Some(author) = vault.with(|v| v.team_member(*author))? else {
        return Err(LinkError::Untrusted(SyncError::UnknownAuthor));
    };
    let case_ref = CaseRef(*case.as_bytes());
    let name = blob::name(&first, case_ref, &content.hash);
    let Some(found) = state(remote, workspace, me, case_ref, name).await? else {
        return Ok(Fetched::Waiting);
    };
    if found.have < found.total {
        return Ok(Fetched::Waiting);
    }
    let Some(key) = vault.with(|v| v.case_key(*case, found.epoch))? else {
        return Ok(Fetched::NotHers);
    };
    // Sealed into the vault's files chunk by chunk as they arrive: never held whole.
    let unpacker = blob::Unpacker::new(author.identity, case_ref, name);
    let mut incoming = vault.with(|v| v.receive_blob(content, unpacker))?;
    let mut opener = blob::Opener::new(key, found.epoch, name, found.total);
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
        let opened = opener
            .open(index, &chunk.chunk)
            .map_err(LinkError::Untrusted)?;
        incoming.push(&opened).map_err(untrusted)?;
    }
    vault
        .with(|v| v.finish_received_blob(*case, content, incoming))
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
