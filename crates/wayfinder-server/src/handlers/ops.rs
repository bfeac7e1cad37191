//! Sealed operations: pushed by their author to cases and epochs she holds a key for, each
//! stored once with the workspace's next number; pulled in the order they became readable.

use super::blocking;
use crate::extract::{LoggedIn, Wire};
use crate::refused::Refused;
use crate::{Limits, Shared};
use axum::extract::State;
use wayfinder_sync::RefusalCode;
use wayfinder_sync::seal::MAX_SEALED_OP;
use wayfinder_sync::wire::{PullBatch, PullRequest, Push, PushAck, WireError};

pub(crate) async fn push(
    State(store): State<Shared>,
    State(limits): State<Limits>,
    LoggedIn(workspace, me): LoggedIn,
    Wire(request): Wire<Push>,
) -> Result<Wire<PushAck>, Refused> {
    blocking(store, move |store| {
        let mine = store.member(workspace, me)?.ok_or(Refused::NotLoggedIn)?;
        for op in &request.ops {
            if op.ciphertext.len() > MAX_SEALED_OP {
                return Err(Refused::Wire(WireError::TooLarge));
            }
            if op.author != me {
                return Err(Refused::Forbidden(RefusalCode::NotTheAuthor));
            }
            op.verify(&mine.identity)
                .map_err(|_| Refused::Forbidden(RefusalCode::BadSignature))?;
        }
        // Her hold on each case and her quota are checked where the edits are stored.
        let stored = store.push(workspace, me, &request.ops, limits.member_bytes)?;
        Ok(Wire(PushAck { stored }))
    })
    .await
}

pub(crate) async fn pull(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    Wire(request): Wire<PullRequest>,
) -> Result<Wire<PullBatch>, Refused> {
    blocking(store, move |store| {
        let pulled = store.pull(workspace, me, request.after, request.limit)?;
        Ok(Wire(PullBatch {
            ops: pulled.ops,
            envelopes: pulled.envelopes,
            last: pulled.last,
            more: pulled.more,
        }))
    })
    .await
}
