//! The team's membership from the app: creating the team with the server's creation code,
//! joining with an invitation code, and the admin's invitations, admissions and removals.
//! Each does what can fail on the server first and stores in the vault only what the server
//! accepted, so that a refusal or a lost connection leaves her able to try again.

use crate::{LinkError, Remote, VaultAccess, now_millis};
use sha2::{Digest, Sha256};
use wayfinder_sync::wire::{CreateWorkspace, Done, Invite, JoinRequest, Joined, Waiting};
use wayfinder_sync::{
    CreationCode, InvitationCode, MAX_NAME, MemberId, Pin, RefusalCode, Role, Roster, RosterMember,
};
use wayfinder_vault::VaultError;

/// How long an invitation may wait to be used.
pub const INVITATION_MILLIS: u64 = 7 * 24 * 3600 * 1000;

fn checked_name(name: &str) -> Result<&str, LinkError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(LinkError::Refused(RefusalCode::NameNotValid));
    }
    Ok(name)
}

/// Her identity, for a vault that has not joined a team yet.
fn free_identity<V: VaultAccess>(vault: &V) -> Result<wayfinder_sync::Identity, LinkError> {
    vault.with(|v| {
        if v.team_account()?.is_some() {
            return Err(VaultError::AlreadyInTeam);
        }
        v.team_identity()
    })
}

/// Makes the workspace the server's admin reserved, with her as its first admin.
pub async fn create<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    code: &str,
    name: &str,
) -> Result<(), LinkError> {
    let code = CreationCode::parse(code).map_err(LinkError::BadCode)?;
    let name = checked_name(name)?;
    let me = free_identity(vault)?;
    let genesis = Roster::genesis(code.workspace, &me, name);
    let _: Done = remote
        .call(
            "/v1/workspace",
            None,
            &CreateWorkspace {
                code: code.code,
                genesis: genesis.clone(),
            },
        )
        .await?;
    vault.with(|v| {
        v.join_team(
            remote.address().as_str(),
            code.workspace,
            Pin::of(&me.public()),
        )?;
        v.add_rosters(std::slice::from_ref(&genesis))?;
        Ok(())
    })
}

/// Joins with an invitation: her keys go to the server, which waits for an admin to sign her
/// into the roster. Returns the role she was invited as.
pub async fn join<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    code: &str,
    name: &str,
) -> Result<Role, LinkError> {
    let code = InvitationCode::parse(code).map_err(LinkError::BadCode)?;
    let name = checked_name(name)?;
    let me = free_identity(vault)?;
    let joined: Joined = remote
        .call(
            "/v1/join",
            None,
            &JoinRequest {
                workspace: code.workspace,
                invitation: code.secret,
                identity: me.public(),
                name: name.to_owned(),
            },
        )
        .await?;
    vault.with(|v| {
        v.join_team(remote.address().as_str(), code.workspace, code.pin)?;
        Ok(())
    })?;
    Ok(joined.role)
}

/// Her identity, her workspace and the roster as she holds it.
fn standing<V: VaultAccess>(
    vault: &V,
) -> Result<
    (
        wayfinder_sync::Identity,
        wayfinder_sync::WorkspaceId,
        Pin,
        Roster,
    ),
    LinkError,
> {
    vault.with(|v| {
        let account = v.team_account()?.ok_or(VaultError::NotInTeam)?;
        let roster = v.roster()?.ok_or(VaultError::NotInRoster)?;
        Ok((v.team_identity()?, account.workspace, account.pin, roster))
    })
}

/// An invitation for someone to join as `role`: the code to give them, outside the server.
pub async fn invite<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    role: Role,
) -> Result<String, LinkError> {
    let (me, workspace, pin, _) = standing(vault)?;
    let mut secret = [0u8; 16];
    getrandom::fill(&mut secret)
        .map_err(|_| LinkError::Untrusted(wayfinder_sync::SyncError::NoRandomness))?;
    let _: Done = remote
        .call_as(
            workspace,
            &me,
            "/v1/invite",
            &Invite {
                secret_hash: Sha256::digest(secret).into(),
                role,
                expires_millis: now_millis() + INVITATION_MILLIS,
            },
        )
        .await?;
    Ok(InvitationCode {
        workspace,
        secret,
        pin,
    }
    .to_text())
}

/// Who joined and waits to be signed into the roster.
pub async fn waiting<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
) -> Result<Vec<RosterMember>, LinkError> {
    let (me, workspace, _, _) = standing(vault)?;
    let waiting: Waiting = remote.call_as(workspace, &me, "/v1/waiting", &Done).await?;
    Ok(waiting.members)
}

/// Turns away members who joined and wait (an admin who does not recognise them): the
/// server forgets them, and their invitation codes stay spent.
pub async fn turn_away<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    members: &[MemberId],
) -> Result<(), LinkError> {
    let (me, workspace, _, _) = standing(vault)?;
    let _: Done = remote
        .call_as(
            workspace,
            &me,
            "/v1/turn-away",
            &wayfinder_sync::wire::TurnAway {
                members: members.to_vec(),
            },
        )
        .await?;
    Ok(())
}

/// Signs the next roster with `members` and stores it once the server has it.
async fn publish<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    members: Vec<RosterMember>,
) -> Result<Roster, LinkError> {
    let (me, workspace, _, current) = standing(vault)?;
    let next = current
        .successor(members, &me)
        .map_err(LinkError::Untrusted)?;
    let _: Done = remote.call_as(workspace, &me, "/v1/roster", &next).await?;
    vault.with(|v| v.add_rosters(std::slice::from_ref(&next)))?;
    Ok(next)
}

/// Signs the waiting members `admit` into the roster, as they introduced themselves to the
/// server (the admin compares their fingerprints with them first).
pub async fn admit<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    admit: &[MemberId],
) -> Result<Roster, LinkError> {
    let (_, _, _, current) = standing(vault)?;
    let mut members = current.members.clone();
    for member in waiting(vault, remote).await? {
        if admit.contains(&member.identity.member)
            && current.member(member.identity.member).is_none()
        {
            members.push(member);
        }
    }
    publish(vault, remote, members).await
}

/// Takes `member` out of the team: a roster without her. Taking it owes every case she
/// was given a new epoch for the others who hold it (`sync_state::rotate_owed`), made by
/// every coordinator's app that holds the case, from the next round on.
pub async fn remove<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    member: MemberId,
) -> Result<Roster, LinkError> {
    let (_, _, _, current) = standing(vault)?;
    let members = current
        .members
        .iter()
        .filter(|m| m.identity.member != member)
        .cloned()
        .collect();
    publish(vault, remote, members).await
}
