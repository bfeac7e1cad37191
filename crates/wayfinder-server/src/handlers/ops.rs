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
        // Her share of the server: what she sends must fit in it (counted whole, retries
        // included, so that the check needs no reading of what is stored).
        let incoming: u64 = request
            .ops
            .iter()
            .map(|op| op.ciphertext.len() as u64)
            .sum();
        if store.usage(workspace, me)?.saturating_add(incoming) > limits.member_bytes {
            return Err(Refused::Full(RefusalCode::QuotaExceeded));
        }
        // Each case and epoch of the push is checked once, however many of its edits it
        // carries.
        let mut allowed: Vec<(wayfinder_sync::CaseRef, u32)> = Vec::new();
        for op in &request.ops {
            if op.ciphertext.len() > MAX_SEALED_OP {
                return Err(Refused::Wire(WireError::TooLarge));
            }
            if op.author != me {
                return Err(Refused::Forbidden(RefusalCode::NotTheAuthor));
            }
            op.verify(&mine.identity)
                .map_err(|_| Refused::Forbidden(RefusalCode::BadSignature))?;
            if allowed.contains(&(op.case, op.epoch)) {
                continue;
            }
            if !store.holds(workspace, op.case, op.epoch, me)? {
                return Err(Refused::Forbidden(RefusalCode::CaseNotHeld));
            }
            // An edit sealed at an older epoch (written offline before the case moved on) is
            // taken only from an author who still holds the latest: someone taken off the case
            // writes no more to it.
            if let Some(latest) = store.latest_epoch(workspace, op.case)?
                && op.epoch < latest
                && !store.holds(workspace, op.case, latest, me)?
            {
                return Err(Refused::Forbidden(RefusalCode::CaseNotHeld));
            }
            allowed.push((op.case, op.epoch));
        }
        let stored = store.push(workspace, &request.ops)?;
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
