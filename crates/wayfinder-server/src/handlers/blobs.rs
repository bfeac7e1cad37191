//! Blobs: the sealed chunks of records' originals, uploaded in order and resumable. The store
//! keeps what a blob is (its epoch, its count of chunks, how many are stored); the chunks
//! themselves are objects in the object store.

use super::blocking;
use crate::Shared;
use crate::extract::{LoggedIn, Wire};
use crate::refused::Refused;
use crate::store::{StoreError, Upload};
use crate::{App, Put};
use axum::extract::State;
use object_store::ObjectStoreExt;
use object_store::path::Path as ObjectPath;
use wayfinder_sync::RefusalCode;
use wayfinder_sync::blob::{self, BlobName};
use wayfinder_sync::wire::{BlobAsk, BlobChunk, BlobPut, BlobState};
use wayfinder_sync::{CaseRef, MemberId, WorkspaceId};

/// What the server holds of the blob `ask` names, for a member who holds an envelope for its
/// case at any epoch (who may read its blobs).
fn readable(
    store: &Shared,
    workspace: WorkspaceId,
    me: MemberId,
    ask: &BlobAsk,
) -> Result<BlobState, Refused> {
    if !store.holds_case(workspace, ask.case, me)? {
        return Err(Refused::Forbidden(RefusalCode::CaseNotHeld));
    }
    store
        .blob_state(workspace, ask.case, ask.name)?
        .ok_or(Refused::NotFound(RefusalCode::NoSuchBlob))
}

/// The blob storage failed: said for the admin's log by kind, never by path (a path names a
/// case).
fn failed(what: &str, error: Option<&object_store::Error>) -> Refused {
    let kind = match error {
        Some(object_store::Error::Generic { store, .. }) => {
            format!("{store} failed or did not answer")
        }
        Some(object_store::Error::NotFound { .. }) => "a chunk is missing".to_owned(),
        Some(object_store::Error::Precondition { .. }) => {
            "another process changed the chunk meanwhile".to_owned()
        }
        _ => "failed".to_owned(),
    };
    Refused::Store(StoreError::Storage(format!(
        "blob storage ({what}): {kind}"
    )))
}

fn chunk_path(workspace: WorkspaceId, case: CaseRef, name: BlobName, index: u32) -> ObjectPath {
    ObjectPath::from(format!(
        "{}/{}/{}/{index:05}",
        hex::encode(workspace.0),
        hex::encode(case.0),
        hex::encode(name.0)
    ))
}

/// Stores one chunk. Chunks arrive in order; one already stored is acknowledged again
/// (a repeated upload after a lost answer), and a new upload of an unfinished blob (at a
/// later epoch, or under another salt: other bytes) starts it again. Only the member who
/// began a blob's upload writes to it.
pub(crate) async fn blob_put(
    State(app): State<App>,
    LoggedIn(workspace, me): LoggedIn,
    Wire(put): Wire<BlobPut>,
) -> Result<Wire<BlobState>, Refused> {
    if put.total == 0 || put.total > blob::MAX_CHUNKS || put.index >= put.total {
        return Err(Refused::Invalid(RefusalCode::BlobMalformed));
    }
    if put.chunk.len() > blob::MAX_SEALED_CHUNK {
        return Err(Refused::Invalid(RefusalCode::BlobMalformed));
    }
    let Some(salt) = blob::salt_of(&put.chunk) else {
        return Err(Refused::Invalid(RefusalCode::BlobMalformed));
    };
    let BlobPut {
        case,
        name,
        epoch,
        index,
        total,
        chunk,
    } = put;
    let bytes = chunk.len() as u64;
    let limit = app.limits.member_bytes;
    let (state, used) = blocking(app.store.clone(), move |store| {
        if !store.holds(workspace, case, epoch, me)? {
            return Err(Refused::Forbidden(RefusalCode::CaseNotHeld));
        }
        let upload = Upload {
            owner: me,
            epoch,
            total,
            salt,
        };
        Ok((
            store.blob_begin(workspace, case, name, upload)?,
            store.usage(workspace, me)?,
        ))
    })
    .await?;
    if index < state.have {
        return Ok(Wire(state));
    }
    if index > state.have {
        return Err(Refused::Conflict(RefusalCode::BlobOutOfOrder));
    }
    // Her share of the server: a new chunk must fit in it.
    if used.saturating_add(bytes) > limit {
        return Err(Refused::Full(RefusalCode::QuotaExceeded));
    }
    let path = chunk_path(workspace, case, name, index);
    let chunk = axum::body::Bytes::from(chunk);
    let written = app
        .blobs
        .put(&path, chunk.clone(), salt)
        .await
        .map_err(|e| failed("write", e.get_ref().and_then(|e| e.downcast_ref())))?;
    if let Put::Stale(version) = written {
        // A chunk of an abandoned upload of this blob: replaced only while this upload is the
        // blob's and waits for this chunk, and only as it was read (another process may be
        // writing it too).
        let current = blocking(app.store.clone(), move |store| {
            Ok(store.blob_current(workspace, case, name, (index, salt))?)
        })
        .await?;
        if !current {
            return Err(Refused::Conflict(RefusalCode::BlobOutOfOrder));
        }
        app.blobs
            .replace(&path, chunk, version)
            .await
            .map_err(|e| failed("write", e.get_ref().and_then(|e| e.downcast_ref())))?;
    }
    let state = blocking(app.store, move |store| {
        Ok(store.blob_stored(workspace, case, name, (index, salt), bytes)?)
    })
    .await?;
    Ok(Wire(state))
}

/// How much of a blob the server holds.
pub(crate) async fn blob_state(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    Wire(ask): Wire<BlobAsk>,
) -> Result<Wire<BlobState>, Refused> {
    blocking(store, move |store| {
        Ok(Wire(readable(store, workspace, me, &ask)?))
    })
    .await
}

/// One stored chunk of a blob.
pub(crate) async fn blob_get(
    State(app): State<App>,
    LoggedIn(workspace, me): LoggedIn,
    Wire(ask): Wire<BlobAsk>,
) -> Result<Wire<BlobChunk>, Refused> {
    let path = blocking(app.store.clone(), move |store| {
        if ask.index >= readable(store, workspace, me, &ask)?.have {
            return Err(Refused::NotFound(RefusalCode::NoSuchBlob));
        }
        Ok(chunk_path(workspace, ask.case, ask.name, ask.index))
    })
    .await?;
    let read = async { app.blobs.objects().get(&path).await?.bytes().await };
    let bytes = read.await.map_err(|e| failed("read", Some(&e)))?;
    Ok(Wire(BlobChunk {
        chunk: bytes.to_vec(),
    }))
}
