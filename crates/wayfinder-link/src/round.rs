//! One sync round: the roster, the shares not yet confirmed, then the client state machine
//! (`wayfinder_sync::client`) asks for pushes and pulls until it is idle, and each of its
//! actions is carried out against the vault. The order keeps everything: an edit leaves the
//! outbox only once the server has stored it; a pulled batch and the cursor after it are
//! stored together; a failure anywhere ends the round with nothing half done, and the next
//! round repeats what did not finish.

use crate::{LinkError, Remote, VaultAccess, now_millis};
use std::collections::VecDeque;
use wayfinder_core::CaseId;
use wayfinder_sync::client::{Action, Client, Event};
use wayfinder_sync::wire::{
    Done, Holders, HoldersRequest, PullBatch, PushAck, Rosters, RostersRequest, Share,
};
use wayfinder_sync::{CaseRef, Identity, KeyEnvelope, RefusalCode, WorkspaceId};
use wayfinder_vault::VaultError;
use wayfinder_vault::sync_state::Rotation;

/// What one round carried.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Her edits the server acknowledged.
    pub pushed: usize,
    /// Edits of others now in her case files.
    pub applied: usize,
    /// Case keys she received.
    pub keys: usize,
    /// Received items that did not verify, kept aside.
    pub held: usize,
    /// Originals sent and received.
    pub blobs: crate::blobs::Moved,
}

/// One round with a client of its own: for a single round (a command, a test, a worker).
pub async fn round<V: VaultAccess>(vault: &V, remote: &Remote) -> Result<Progress, LinkError> {
    round_with(vault, remote, &mut Client::default()).await
}

/// One round with the client the app keeps across rounds. Any failure but a locked vault
/// tells the client, whose back-off then says when the next round may start
/// (`Client::retry_at`): the wait lives in the protocol crate, where it is tested.
pub async fn round_with<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    client: &mut Client,
) -> Result<Progress, LinkError> {
    let result = exchange(vault, remote, client).await;
    match &result {
        Ok(_) => {
            client.handle(Event::Settled);
        }
        Err(LinkError::Locked) => {}
        Err(_) => {
            client.handle(Event::Failed(now_millis()));
        }
    }
    result
}

async fn exchange<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    client: &mut Client,
) -> Result<Progress, LinkError> {
    let (account, me, roster) = vault.with(|v| {
        let account = v.team_account()?.ok_or(VaultError::NotInTeam)?;
        Ok((account, v.team_identity()?, v.roster()?))
    })?;
    let workspace = account.workspace;

    // The roster first: whoever signs what follows must be in it.
    let after = roster.map_or(0, |r| r.version);
    let rosters: Rosters = remote
        .call_as(workspace, &me, "/v1/rosters", &RostersRequest { after })
        .await?;
    if !rosters.chain.is_empty() {
        vault.with(|v| v.add_rosters(&rosters.chain))?;
    }

    // The team-wide scope, for every member (made and shared by whoever created the team).
    vault.with(|v| v.share_team_scope(chrono::Utc::now()))?;
    // Shares before edits: the server stores an edit only for a case its author holds.
    send_shares(vault, remote, workspace, &me).await?;

    // New epochs owed since someone left the team, before any edit is sealed.
    if pay_rotations(vault, remote, workspace, &me).await? {
        send_shares(vault, remote, workspace, &me).await?;
    }

    // Her new originals' names claimed before the edits that name them leave.
    let mut progress = Progress::default();
    let claimed = crate::blobs::claim(vault, remote, workspace, &me).await?;
    // Her edits sealed only now, each under the key her case has after the shares and new
    // epochs above: never under one that was just replaced or forgotten.
    // Past her share of the server: her edits wait, and she still hears from the others.
    let mut over_quota = claimed.full;
    // Her audit entries go before the edits that name how far her chains reach.
    let outbox = if over_quota {
        Vec::new()
    } else {
        vault.with(|v| {
            let mut outbox = v.sealed_audit_outbox()?;
            outbox.extend(v.sealed_outbox(0, u32::MAX)?.into_iter().map(|(_, op)| op));
            Ok(outbox)
        })?
    };
    client.resume(account.cursor, outbox, account.last_synced_millis);
    let mut queue: VecDeque<Action> = client.handle(Event::Tick(now_millis())).into();
    queue.extend(client.handle(Event::Online));
    while let Some(action) = queue.pop_front() {
        match action {
            Action::Push(push) => {
                let answer: Result<PushAck, _> =
                    remote.call_as(workspace, &me, "/v1/push", &push).await;
                match answer {
                    Ok(ack) => queue.extend(client.handle(Event::Pushed(ack))),
                    // Too large for the server (or a proxy before it): half as many next.
                    Err(LinkError::Refused(wayfinder_sync::RefusalCode::WireTooLarge)) => {
                        queue.extend(client.handle(Event::TooLarge))
                    }
                    // Her share of the server is full: nothing more is sent this round, and
                    // the pull goes on without it.
                    Err(LinkError::Refused(RefusalCode::QuotaExceeded)) if !over_quota => {
                        over_quota = true;
                        queue.clear();
                        client.resume(client.cursor(), Vec::new(), None);
                        queue.extend(client.handle(Event::Online));
                    }
                    Err(e) => return Err(e),
                }
            }
            Action::Pull(pull) => {
                let answer: Result<PullBatch, _> =
                    remote.call_as(workspace, &me, "/v1/pull", &pull).await;
                match answer {
                    Ok(batch) => {
                        queue.extend(client.handle(Event::Tick(now_millis())));
                        queue.extend(client.handle(Event::Pulled(batch)));
                    }
                    Err(e) => return Err(e),
                }
            }
            Action::Acknowledge(stored) => {
                progress.pushed += stored.len();
                vault.with(|v| v.acknowledge(&stored))?;
            }
            Action::Receive(ops, envelopes) => {
                // The cursor that follows this batch is stored with it, never before it.
                let cursor = match queue.front() {
                    Some(Action::SaveCursor(cursor)) => {
                        let cursor = *cursor;
                        queue.pop_front();
                        cursor
                    }
                    _ => client.cursor(),
                };
                let received = vault
                    .with(|v| v.receive_batch(&ops, &envelopes, cursor, chrono::Utc::now()))?;
                progress.applied += received.applied;
                progress.keys += received.keys;
                progress.held += received.held;
            }
            Action::SaveCursor(cursor) => {
                vault.with(|v| v.receive_batch(&[], &[], cursor, chrono::Utc::now()))?;
            }
            // The server moves nothing forward: asking again would loop for ever.
            Action::Stalled => return Err(LinkError::Protocol),
            Action::Status(status) => {
                if let (Some(when), false) = (status.last_synced, status.retrying)
                    && status.unsent == 0
                {
                    vault.with(|v| v.set_last_synced(when))?;
                }
            }
        }
    }
    // And those she could not pay before, being behind, now that her keys are current.
    if pay_rotations(vault, remote, workspace, &me).await? {
        send_shares(vault, remote, workspace, &me).await?;
    }
    // Then the originals of records, both ways.
    progress.blobs =
        crate::blobs::exchange(vault, remote, workspace, &me, claimed, !over_quota).await?;
    if over_quota {
        // What came in is kept; the refusal is what she is told.
        return Err(LinkError::Refused(RefusalCode::QuotaExceeded));
    }
    Ok(progress)
}

/// Sends the shares not yet confirmed. A batch the server refuses is sent again a case and an
/// epoch at a time: a new epoch of hers that lost to another coordinator's (who made the same
/// epoch first) is forgotten, to be checked again against the one that won; any other
/// refusal ends the round, and the shares wait for the next.
async fn send_shares<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    workspace: WorkspaceId,
    me: &Identity,
) -> Result<(), LinkError> {
    let pending = vault.with(|v| v.pending_shares())?;
    if pending.is_empty() {
        return Ok(());
    }
    let share = |envelopes: Vec<KeyEnvelope>| async move {
        let sent: Result<Done, _> = remote
            .call_as(workspace, me, "/v1/share", &Share { envelopes })
            .await;
        sent
    };
    let (ids, envelopes): (Vec<i64>, Vec<KeyEnvelope>) = pending.iter().cloned().unzip();
    match share(envelopes).await {
        Ok(Done) => return vault.with(|v| v.shares_sent(&ids)),
        Err(LinkError::Refused(RefusalCode::Forbidden | RefusalCode::CaseNotHeld)) => {}
        Err(e) => return Err(e),
    }
    type Queued = Vec<(i64, KeyEnvelope)>;
    let mut groups: Vec<((CaseRef, u32), Queued)> = Vec::new();
    for (id, envelope) in pending {
        let at = (envelope.case, envelope.epoch);
        match groups.iter_mut().find(|(key, _)| *key == at) {
            Some((_, group)) => group.push((id, envelope)),
            None => groups.push((at, vec![(id, envelope)])),
        }
    }
    for ((case, epoch), group) in groups {
        let (ids, envelopes): (Vec<i64>, Vec<KeyEnvelope>) = group.into_iter().unzip();
        match share(envelopes.clone()).await {
            Ok(Done) => vault.with(|v| v.shares_sent(&ids))?,
            Err(LinkError::Refused(code @ (RefusalCode::Forbidden | RefusalCode::CaseNotHeld))) => {
                let case = CaseId::from_bytes(case.0);
                if vault.with(|v| v.forget_refused_epoch(case, epoch, &ids))? {
                    continue;
                }
                if code != RefusalCode::Forbidden {
                    return Err(LinkError::Refused(code));
                }
                // Not a new epoch of hers: some of these members hold the epoch already, from
                // another coordinator, and the server keeps the key each was given first.
                // Sent one by one, those are let go, and the others still get it.
                for (id, envelope) in ids.iter().zip(envelopes) {
                    match share(vec![envelope]).await {
                        Ok(Done) | Err(LinkError::Refused(RefusalCode::Forbidden)) => {
                            vault.with(|v| v.shares_sent(std::slice::from_ref(id)))?
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Pays the new epochs her cases owe since someone left the team: for each, who holds its
/// latest epoch, as the server says and each granter signed it. Whether any was made.
async fn pay_rotations<V: VaultAccess>(
    vault: &V,
    remote: &Remote,
    workspace: WorkspaceId,
    me: &Identity,
) -> Result<bool, LinkError> {
    let mut made = false;
    for case in vault.with(|v| v.rotations_owed())? {
        let asked: Result<Holders, _> = remote
            .call_as(
                workspace,
                me,
                "/v1/holders",
                &HoldersRequest {
                    case: CaseRef(*case.as_bytes()),
                },
            )
            .await;
        let holders = match asked {
            Ok(holders) => holders.envelopes,
            // She holds no key to it on the server: not hers to make a new epoch of.
            Err(LinkError::Refused(RefusalCode::CaseNotHeld)) => Vec::new(),
            Err(e) => return Err(e),
        };
        made |= vault.with(|v| v.rotate_owed(case, &holders))? == Rotation::Made;
    }
    Ok(made)
}
