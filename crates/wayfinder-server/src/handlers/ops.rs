//! Sealed operations: pushed by their author to cases and epochs she holds a key for, each
//! stored once with the workspace's next number; pulled in the order they became readable.

use super::run;
use crate::Shared;
use crate::extract::LoggedIn;
use crate::refused::{Refused, answer};
use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use wayfinder_sync::wire::{self, PullBatch, PullRequest, Push, PushAck};

pub(crate) async fn push(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    body: Bytes,
) -> Response {
    run(store, move |store| {
        let request: Push = wire::decode(&body)?;
        let mine = store.member(workspace, me)?.ok_or(Refused::NotLoggedIn)?;
        for op in &request.ops {
            if op.author != me {
                return Err(Refused::Forbidden("not-the-author"));
            }
            op.verify(&mine.identity)
                .map_err(|_| Refused::Forbidden("bad-signature"))?;
            if !store.holds(workspace, op.case, op.epoch, me)? {
                return Err(Refused::Forbidden("case-not-held"));
            }
        }
        let stored = store.push(workspace, &request.ops)?;
        Ok(answer(&PushAck { stored }))
    })
    .await
}

pub(crate) async fn pull(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    body: Bytes,
) -> Response {
    run(store, move |store| {
        let request: PullRequest = wire::decode(&body)?;
        let pulled = store.pull(workspace, me, request.after, request.limit)?;
        Ok(answer(&PullBatch {
            ops: pulled.ops,
            envelopes: pulled.envelopes,
            last: pulled.last,
            more: pulled.more,
        }))
    })
    .await
}
