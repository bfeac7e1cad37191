//! The team: a workspace reserved by the server's admin and made by its creator's first
//! roster; invitations, redeemed once by whoever joins; who waits to be admitted; and the
//! roster's chain, each version signed by an admin of the one before.

use super::{blocking, hash, now, random, roster_role};
use crate::extract::{LoggedIn, Wire};
use crate::guesses::Guesses;
use crate::refused::Refused;
use crate::store::StoreError;
use crate::{Shared, Store};
use axum::extract::State;
use std::sync::Arc;
use std::time::Instant;
use wayfinder_sync::RefusalCode;
use wayfinder_sync::wire::{
    CreateWorkspace, Done, Invite, JoinRequest, Joined, Rosters, RostersRequest, TurnAway, Waiting,
};
use wayfinder_sync::{MAX_NAME, MemberId, Pin, Roster, RosterMember, WorkspaceId};

/// Reserves a workspace and returns its id and the creation code its creator's app needs.
pub fn reserve_workspace(store: &dyn Store) -> Result<(WorkspaceId, [u8; 16]), StoreError> {
    let id = WorkspaceId(random()?);
    let code = random()?;
    store.reserve_workspace(id, hash(&code), now())?;
    Ok((id, code))
}

pub(crate) async fn create_workspace(
    State(store): State<Shared>,
    State(guesses): State<Arc<Guesses>>,
    Wire(request): Wire<CreateWorkspace>,
) -> Result<Wire<Done>, Refused> {
    let workspace = request.genesis.workspace;
    checking_code(&guesses, workspace)?;
    let made = blocking(store, move |store| {
        let genesis = &request.genesis;
        let creator = genesis
            .member(genesis.signed_by)
            .ok_or(Refused::Invalid(RefusalCode::RosterNotSigned))?;
        Roster::verify_chain(Pin::of(&creator.identity), std::slice::from_ref(genesis))
            .map_err(|_| Refused::Invalid(RefusalCode::RosterNotSigned))?;
        store.create_workspace(hash(&request.code), genesis)?;
        Ok(Wire(Done))
    })
    .await;
    counted(&guesses, workspace, made)
}

pub(crate) async fn join(
    State(store): State<Shared>,
    State(guesses): State<Arc<Guesses>>,
    Wire(request): Wire<JoinRequest>,
) -> Result<Wire<Joined>, Refused> {
    let workspace = request.workspace;
    checking_code(&guesses, workspace)?;
    let joined = blocking(store, move |store| {
        let name = request.name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME {
            return Err(Refused::Invalid(RefusalCode::NameNotValid));
        }
        let role = store.redeem(
            request.workspace,
            hash(&request.invitation),
            &request.identity,
            name,
            now(),
        )?;
        Ok(Wire(Joined { role }))
    })
    .await;
    counted(&guesses, workspace, joined)
}

/// Refuses to check a code for `workspace` after too many wrong ones (`guesses`).
fn checking_code(guesses: &Guesses, workspace: WorkspaceId) -> Result<(), Refused> {
    if guesses.allowed(workspace, Instant::now()) {
        Ok(())
    } else {
        Err(Refused::TooMany(RefusalCode::TooManyAttempts))
    }
}

/// Counts a wrong code for `workspace`, and hands the answer on.
fn counted<T>(
    guesses: &Guesses,
    workspace: WorkspaceId,
    answer: Result<T, Refused>,
) -> Result<T, Refused> {
    if matches!(answer, Err(Refused::Forbidden(RefusalCode::CodeNotValid))) {
        guesses.failed(workspace, Instant::now());
    }
    answer
}

fn admin(store: &Shared, workspace: WorkspaceId, me: MemberId) -> Result<(), Refused> {
    let latest = store.rosters(workspace, 0)?;
    let is_admin = latest
        .last()
        .and_then(|r| r.member(me))
        .is_some_and(|m| m.role.may_administer());
    if !is_admin {
        return Err(Refused::Forbidden(RefusalCode::NotAnAdmin));
    }
    Ok(())
}

pub(crate) async fn invite(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    Wire(request): Wire<Invite>,
) -> Result<Wire<Done>, Refused> {
    blocking(store, move |store| {
        admin(store, workspace, me)?;
        store.add_invitation(
            workspace,
            request.secret_hash,
            request.role,
            request.expires_millis,
        )?;
        Ok(Wire(Done))
    })
    .await
}

pub(crate) async fn waiting(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    Wire(Done): Wire<Done>,
) -> Result<Wire<Waiting>, Refused> {
    blocking(store, move |store| {
        admin(store, workspace, me)?;
        let members = store
            .waiting(workspace)?
            .into_iter()
            .map(|k| RosterMember {
                identity: k.identity,
                role: k.role,
                name: k.name,
            })
            .collect();
        Ok(Wire(Waiting { members }))
    })
    .await
}

/// An admin turns away members who joined and wait: they can no longer log in, and their
/// invitation codes stay spent.
pub(crate) async fn turn_away(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    Wire(request): Wire<TurnAway>,
) -> Result<Wire<Done>, Refused> {
    blocking(store, move |store| {
        admin(store, workspace, me)?;
        store.turn_away(workspace, &request.members)?;
        Ok(Wire(Done))
    })
    .await
}

pub(crate) async fn rosters(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    Wire(request): Wire<RostersRequest>,
) -> Result<Wire<Rosters>, Refused> {
    blocking(store, move |store| {
        // Whoever waits to be admitted sees no one's name or keys until she is signed in.
        if roster_role(store, workspace, me)?.is_none() {
            return Ok(Wire(Rosters { chain: Vec::new() }));
        }
        Ok(Wire(Rosters {
            chain: store.rosters(workspace, request.after)?,
        }))
    })
    .await
}

pub(crate) async fn append_roster(
    State(store): State<Shared>,
    LoggedIn(workspace, _): LoggedIn,
    Wire(next): Wire<Roster>,
) -> Result<Wire<Done>, Refused> {
    blocking(store, move |store| {
        if next.workspace != workspace {
            return Err(Refused::Forbidden(RefusalCode::OtherWorkspace));
        }
        let chain = store.rosters(workspace, 0)?;
        let latest = chain
            .last()
            .ok_or(Refused::Invalid(RefusalCode::NoSuchWorkspace))?;
        if next.version <= latest.version {
            return Err(Refused::Conflict(RefusalCode::RosterVersion));
        }
        latest
            .accepts(&next)
            .map_err(|_| Refused::Forbidden(RefusalCode::RosterNotSigned))?;
        store.append_roster(&next)?;
        Ok(Wire(Done))
    })
    .await
}
