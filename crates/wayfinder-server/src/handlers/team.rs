//! The team: a workspace reserved by the server's admin and made by its creator's first
//! roster; invitations, redeemed once by whoever joins; who waits to be admitted; and the
//! roster's chain, each version signed by an admin of the one before.

use super::{hash, now, run};
use crate::extract::LoggedIn;
use crate::refused::{Refused, answer};
use crate::store::StoreError;
use crate::{Shared, Store};
use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use wayfinder_sync::wire::{
    self, CreateWorkspace, Done, Invite, JoinRequest, Joined, Rosters, RostersRequest, Waiting,
};
use wayfinder_sync::{MAX_NAME, MemberId, Pin, Roster, RosterMember, WorkspaceId};

/// Reserves a workspace and returns its id and the creation code its creator's app needs.
pub fn reserve_workspace(store: &dyn Store) -> Result<(WorkspaceId, [u8; 16]), StoreError> {
    let mut id = [0u8; 16];
    let mut code = [0u8; 16];
    getrandom::fill(&mut id).map_err(|_| StoreError::Storage("random".into()))?;
    getrandom::fill(&mut code).map_err(|_| StoreError::Storage("random".into()))?;
    store.reserve_workspace(WorkspaceId(id), hash(&code), now())?;
    Ok((WorkspaceId(id), code))
}

pub(crate) async fn create_workspace(State(store): State<Shared>, body: Bytes) -> Response {
    run(store, move |store| {
        let request: CreateWorkspace = wire::decode(&body)?;
        let genesis = &request.genesis;
        let creator = genesis
            .member(genesis.signed_by)
            .ok_or(Refused::Invalid("roster-not-signed"))?;
        Roster::verify_chain(Pin::of(&creator.identity), std::slice::from_ref(genesis))
            .map_err(|_| Refused::Invalid("roster-not-signed"))?;
        store.create_workspace(hash(&request.code), genesis)?;
        Ok(answer(&Done))
    })
    .await
}

pub(crate) async fn join(State(store): State<Shared>, body: Bytes) -> Response {
    run(store, move |store| {
        let request: JoinRequest = wire::decode(&body)?;
        let name = request.name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME {
            return Err(Refused::Invalid("name-not-valid"));
        }
        let role = store.redeem(
            request.workspace,
            hash(&request.invitation),
            &request.identity,
            name,
            now(),
        )?;
        Ok(answer(&Joined { role }))
    })
    .await
}

fn admin(store: &Shared, workspace: WorkspaceId, me: MemberId) -> Result<(), Refused> {
    let latest = store.rosters(workspace, 0)?;
    let is_admin = latest
        .last()
        .and_then(|r| r.member(me))
        .is_some_and(|m| m.role.may_administer());
    if !is_admin {
        return Err(Refused::Forbidden("not-an-admin"));
    }
    Ok(())
}

pub(crate) async fn invite(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    body: Bytes,
) -> Response {
    run(store, move |store| {
        let request: Invite = wire::decode(&body)?;
        admin(store, workspace, me)?;
        store.add_invitation(
            workspace,
            request.secret_hash,
            request.role,
            request.expires_millis,
        )?;
        Ok(answer(&Done))
    })
    .await
}

pub(crate) async fn waiting(
    State(store): State<Shared>,
    LoggedIn(workspace, me): LoggedIn,
    body: Bytes,
) -> Response {
    run(store, move |store| {
        let _: Done = wire::decode(&body)?;
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
        Ok(answer(&Waiting { members }))
    })
    .await
}

pub(crate) async fn rosters(
    State(store): State<Shared>,
    LoggedIn(workspace, _): LoggedIn,
    body: Bytes,
) -> Response {
    run(store, move |store| {
        let request: RostersRequest = wire::decode(&body)?;
        Ok(answer(&Rosters {
            chain: store.rosters(workspace, request.after)?,
        }))
    })
    .await
}

pub(crate) async fn append_roster(
    State(store): State<Shared>,
    LoggedIn(workspace, _): LoggedIn,
    body: Bytes,
) -> Response {
    run(store, move |store| {
        let next: Roster = wire::decode(&body)?;
        if next.workspace != workspace {
            return Err(Refused::Forbidden("other-workspace"));
        }
        let chain = store.rosters(workspace, 0)?;
        let latest = chain.last().ok_or(Refused::Invalid("no-such-workspace"))?;
        if next.version <= latest.version {
            return Err(Refused::Conflict("roster-version"));
        }
        latest
            .accepts(&next)
            .map_err(|_| Refused::Forbidden("roster-not-signed"))?;
        store.append_roster(&next)?;
        Ok(answer(&Done))
    })
    .await
}
