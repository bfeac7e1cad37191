//! Logging in: a challenge for a member who asks, and a session for whoever signs it with the
//! key the roster (or an invitation) gave the member. The server keeps only the token's hash.

use super::{blocking, hash, now, random};
use crate::Shared;
use crate::extract::Wire;
use crate::refused::Refused;
use axum::extract::State;
use wayfinder_sync::RefusalCode;
use wayfinder_sync::wire::{Challenge, ChallengeRequest, LoginRequest, Session};

/// How long a login lasts before the device signs a new challenge.
const SESSION_MILLIS: u64 = 30 * 24 * 3600 * 1000;
const CHALLENGE_MILLIS: u64 = 2 * 60 * 1000;

pub(crate) async fn challenge(
    State(store): State<Shared>,
    Wire(request): Wire<ChallengeRequest>,
) -> Result<Wire<Challenge>, Refused> {
    blocking(store, move |store| {
        // A challenge proves nothing until it is signed, but it is a row written: only for a
        // member of the workspace (admitted, or waiting with her invitation).
        store
            .member(request.workspace, request.member)?
            .ok_or(Refused::Forbidden(RefusalCode::NotAMember))?;
        let nonce = random::<32>()?;
        store.put_challenge(
            request.workspace,
            request.member,
            nonce,
            now() + CHALLENGE_MILLIS,
        )?;
        Ok(Wire(Challenge { nonce }))
    })
    .await
}

pub(crate) async fn login(
    State(store): State<Shared>,
    Wire(request): Wire<LoginRequest>,
) -> Result<Wire<Session>, Refused> {
    blocking(store, move |store| {
        let known = store
            .member(request.workspace, request.member)?
            .ok_or(Refused::Forbidden(RefusalCode::NotAMember))?;
        if !store.take_challenge(request.workspace, request.member, request.nonce, now())? {
            return Err(Refused::Forbidden(RefusalCode::ChallengeNotValid));
        }
        request
            .verify(&known.identity)
            .map_err(|_| Refused::Forbidden(RefusalCode::BadSignature))?;
        let token = random::<32>()?;
        let at = now();
        let expires = at + SESSION_MILLIS;
        store.put_session(hash(&token), request.workspace, request.member, at, expires)?;
        Ok(Wire(Session {
            token,
            expires_millis: expires,
        }))
    })
    .await
}
