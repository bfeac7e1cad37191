//! Blobs: the sealed chunks of records' originals. The store keeps what a blob is (its epoch,
//! its count of chunks, how many are stored); the chunks themselves are objects.

use super::{run, run_value};
use crate::extract::LoggedIn;
use crate::refused::{Refused, answer};
use crate::store::StoreError;
use crate::{App, Shared};
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStoreExt, PutPayload};
use wayfinder_sync::blob::{self, BlobName};
use wayfinder_sync::wire::{self, BlobAsk, BlobChunk, BlobPut};
use wayfinder_sync::{MemberId, WorkspaceId};

/// Whether `member` holds an envelope for `case` at any epoch: may read its blobs.
fn may_read(
    store: &Shared,
    workspace: WorkspaceId,
    case: wayfinder_sync::CaseRef,
    me: MemberId,
) -> Result<(), Refused> {
    if store.holds_case(workspace, case, me)? {
        Ok(())
    } else {
        Err(Refused::Forbidden("case-not-held"))
    }
}

fn chunk_path(
    workspace: WorkspaceId,
    case: wayfinder_sync::CaseRef,
    name: BlobName,
    index: u32,
) -> ObjectPath {
    ObjectPath::from(format!(
        "{}/{}/{}/{index:05}",
        hex::encode(workspace.0),
        hex::encode(case.0),
        hex::encode(name.0)
    ))
}

/// Stores one chunk. Chunks arrive in order; one already stored is acknowledged again
/// (a repeated upload after a lost answer), and a new upload of an unfinished blob at a
/// later epoch starts it again.
pub(crate) async fn blob_put(
    State(app): State<App>,
    LoggedIn(workspace, me): LoggedIn,
    body: Bytes,
) -> Response {
    let store = app.store.clone();
    let checked = run_value(store.clone(), move |store| {
        let put: BlobPut = wire::decode(&body)?;
        if put.total == 0 || put.total > blob::MAX_CHUNKS || put.index >= put.total {
            return Err(Refused::Invalid("blob-malformed"));
        }
        if put.chunk.len() > blob::CHUNK + 16 {
            return Err(Refused::Invalid("blob-malformed"));
        }
        if !store.holds(workspace, put.case, put.epoch, me)? {
            return Err(Refused::Forbidden("case-not-held"));
        }
        let state = store.blob_begin(workspace, put.case, put.name, put.epoch, put.total)?;
        Ok((workspace, put, state))
    })
    .await;
    let (workspace, put, state) = match checked {
        Ok(v) => v,
        Err(refused) => return refused.into_response(),
    };
    if put.index < state.have {
        return answer(&state);
    }
    if put.index > state.have {
        return Refused::Conflict("blob-out-of-order").into_response();
    }
    let path = chunk_path(workspace, put.case, put.name, put.index);
    if app
        .blobs
        .put(&path, PutPayload::from(put.chunk))
        .await
        .is_err()
    {
        return Refused::Store(StoreError::Storage("blob write".into())).into_response();
    }
    let (case, name, index) = (put.case, put.name, put.index);
    match run_value(store, move |store| {
        Ok(store.blob_stored(workspace, case, name, index)?)
    })
    .await
    {
        Ok(state) => answer(&state),
        Err(refused) => refused.into_response(),
    }
}

/// How much of a blob the server holds.
pub(crate) async fn blob_state(
    State(app): State<App>,
    LoggedIn(workspace, me): LoggedIn,
    body: Bytes,
) -> Response {
    run(app.store.clone(), move |store| {
        let ask: BlobAsk = wire::decode(&body)?;
        may_read(store, workspace, ask.case, me)?;
        let state = store
            .blob_state(workspace, ask.case, ask.name)?
            .ok_or(Refused::NotFound("no-such-blob"))?;
        Ok(answer(&state))
    })
    .await
}

/// One stored chunk of a blob.
pub(crate) async fn blob_get(
    State(app): State<App>,
    LoggedIn(workspace, me): LoggedIn,
    body: Bytes,
) -> Response {
    let checked = run_value(app.store.clone(), move |store| {
        let ask: BlobAsk = wire::decode(&body)?;
        may_read(store, workspace, ask.case, me)?;
        let state = store
            .blob_state(workspace, ask.case, ask.name)?
            .ok_or(Refused::NotFound("no-such-blob"))?;
        if ask.index >= state.have {
            return Err(Refused::NotFound("no-such-blob"));
        }
        Ok(chunk_path(workspace, ask.case, ask.name, ask.index))
    })
    .await;
    let path = match checked {
        Ok(path) => path,
        Err(refused) => return refused.into_response(),
    };
    match app.blobs.get(&path).await {
        Ok(found) => match found.bytes().await {
            Ok(bytes) => answer(&BlobChunk {
                chunk: bytes.to_vec(),
            }),
            Err(_) => Refused::Store(StoreError::Storage("blob read".into())).into_response(),
        },
        Err(_) => Refused::Store(StoreError::Storage("blob read".into())).into_response(),
    }
}
