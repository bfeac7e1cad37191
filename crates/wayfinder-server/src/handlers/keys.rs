//! Case keys shared as envelopes: a member may grant a case's key only for a case she holds
//! (or a new one she keeps a key to), only signed by herself, only to members.

use super::blocking;
use crate::Shared;
use crate::extract::{LoggedIn, Wire};
use crate::refused::Refused;
use axum::extract::State;
use wayfinder_sync::RefusalCode;
use wayfinder_sync::wire::{Done, Share};

pub(crate) async fn share(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    Wire(request): Wire<Share>,
) -> Result<Wire<Done>, Refused> {
    blocking(store, move |store| {
        let mine = store.member(workspace, me)?.ok_or(Refused::NotLoggedIn)?;
        if !mine.role.may_share() {
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
            // She may grant a key to a case she holds (at this epoch, or the one before when
            // she starts a new epoch), or to a new case, if she gives herself one too.
            let new_case = !store.case_known(workspace, envelope.case)?;
            let holds_now = store.holds(workspace, envelope.case, envelope.epoch, me)?;
            let holds_before = envelope.epoch > 0
                && store.holds(workspace, envelope.case, envelope.epoch - 1, me)?;
            let keeps_one = request
                .envelopes
                .iter()
                .any(|e| e.case == envelope.case && e.epoch == envelope.epoch && e.member == me);
            let may_grant = holds_now || holds_before || (new_case && keeps_one);
            if !may_grant {
                return Err(Refused::Forbidden(RefusalCode::CaseNotHeld));
            }
        }
        store.put_envelopes(workspace, &request.envelopes)?;
        Ok(Wire(Done))
    })
    .await
}
