//! Case keys shared as envelopes, signed by their granter, only to members. An epoch that
//! exists is granted only by a member who holds it; the next one only by a coordinator or an
//! admin who holds the latest; a new case by whoever gives herself a key to it too. So someone
//! taken off a case cannot give herself its new epoch, nor start one of her own.

use super::{blocking, roster_role};
use crate::Shared;
use crate::extract::{LoggedIn, Wire};
use crate::refused::Refused;
use axum::extract::State;
use wayfinder_sync::RefusalCode;
use wayfinder_sync::wire::{Done, Holders, HoldersRequest, Share};

pub(crate) async fn share(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    Wire(request): Wire<Share>,
) -> Result<Wire<Done>, Refused> {
    blocking(store, move |store| {
        let mine = store.member(workspace, me)?.ok_or(Refused::NotLoggedIn)?;
        // Her role as the admins signed it, not as the invitation said: one who waits to be
        // admitted shares nothing.
        let role = roster_role(store, workspace, me)?
            .ok_or(Refused::Forbidden(RefusalCode::NotAMember))?;
        if !role.may_share() {
            return Err(Refused::Forbidden(RefusalCode::NotAllowedToShare));
        }
        // Everything is checked before anything is stored.
        for envelope in &request.envelopes {
            if envelope.granter != me {
                return Err(Refused::Forbidden(RefusalCode::NotTheGranter));
            }
            envelope
                .verify(&mine.identity)
                .map_err(|_| Refused::Forbidden(RefusalCode::BadSignature))?;
            if store.member(workspace, envelope.member)?.is_none() {
                return Err(Refused::Invalid(RefusalCode::RecipientNotAMember));
            }
            let keeps_one = request
                .envelopes
                .iter()
                .any(|e| e.case == envelope.case && e.epoch == envelope.epoch && e.member == me);
            let may_grant = match store.latest_epoch(workspace, envelope.case)? {
                // A new case: whoever gives herself a key to it too.
                None => keeps_one,
                // An epoch that exists: only who holds it.
                Some(latest) if envelope.epoch <= latest => {
                    store.holds(workspace, envelope.case, envelope.epoch, me)?
                }
                // The next epoch: only who holds the latest (and keeps a key to the new one).
                Some(latest) if envelope.epoch == latest + 1 => {
                    keeps_one && store.holds(workspace, envelope.case, latest, me)?
                }
                // Epochs are never skipped.
                Some(_) => false,
            };
            if !may_grant {
                return Err(Refused::Forbidden(RefusalCode::CaseNotHeld));
            }
        }
        store.put_envelopes(workspace, &request.envelopes)?;
        Ok(Wire(Done))
    })
    .await
}

/// Who holds a case's latest epoch, for a member who holds the case: a coordinator asks
/// before she makes a new epoch, so that it goes to everyone who held the one before but
/// those who left. What she is told she checks envelope by envelope: the server cannot add
/// anyone, only leave someone out (who then asks a coordinator to share the case again).
pub(crate) async fn holders(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    Wire(request): Wire<HoldersRequest>,
) -> Result<Wire<Holders>, Refused> {
    blocking(store, move |store| {
        if !store.holds_case(workspace, request.case, me)? {
            return Err(Refused::Forbidden(RefusalCode::CaseNotHeld));
        }
        Ok(Wire(Holders {
            envelopes: store.holders(workspace, request.case)?,
        }))
    })
    .await
}
