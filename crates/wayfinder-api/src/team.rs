//! Team sync for the window: the use cases of the Team screen and of a case's sharing, and the
//! background loop that syncs whenever the vault is open and has joined a team. The loop
//! reaches the vault without counting as her activity (sync never keeps a vault unlocked),
//! syncs at once when her edits wait in the outbox and every half minute otherwise, and after
//! a failure waits as long as the protocol's client says (one client, kept across rounds). Each round's outcome
//! goes to the window as a `sync-status` event.

use crate::App;
use crate::commands::id_text;
use crate::dto::{
    CaseSharingDto, ErrorDto, MemberDto, RoleDto, SyncStateDto, SyncStatusDto, TeamDto, UnsentDto,
};
use crate::error::AppError;
use std::sync::Arc;
use std::time::{Duration, Instant};
use wayfinder_core::CaseId;
use wayfinder_link::{LinkError, Remote, ServerAddress, VaultAccess, now_millis, round_with, team};
use wayfinder_sync::client::Client;
use wayfinder_sync::{MemberId, Roster};
use wayfinder_vault::{OpenVault, VaultError};

use wayfinder_sync::audit::AuditAction;

type Reply<T> = Result<T, ErrorDto>;

/// How often a quiet, connected vault asks the server for news.
const QUIET_ROUND: Duration = Duration::from_secs(30);
/// How often the loop looks whether a round is due.
const TICK: Duration = Duration::from_secs(1);

/// What the loop knows between rounds; in memory only.
#[derive(Default)]
pub struct Sync {
    remote: Option<Arc<Remote>>,
    /// The protocol's client, kept across rounds: its back-off says when to try again.
    client: Client,
    running: bool,
    last_round: Option<Instant>,
    last_error: Option<&'static str>,
    asked: bool,
    /// Counts `forget`s: a round that began before one does not write its state back.
    generation: u64,
}

impl Sync {
    /// Forgets the connection and its session: on lock, and when she joins another server.
    pub fn forget(&mut self) {
        *self = Sync {
            generation: self.generation.wrapping_add(1),
            ..Sync::default()
        };
    }
}

impl VaultAccess for App {
    fn with<T>(
        &self,
        work: impl FnOnce(&mut OpenVault) -> Result<T, VaultError>,
    ) -> Result<T, LinkError> {
        let mut session = self.session.lock().map_err(|_| LinkError::Locked)?;
        let vault = session.vault_quietly().ok_or(LinkError::Locked)?;
        Ok(work(vault)?)
    }
}

impl App {
    /// The connection to her team's server, kept so that its session is reused.
    fn remote(&self) -> Result<Arc<Remote>, LinkError> {
        let account = self
            .with(|v| v.team_account())?
            .ok_or(LinkError::Vault(VaultError::NotInTeam))?;
        let mut sync = self.sync.lock().map_err(|_| LinkError::Locked)?;
        if let Some(remote) = &sync.remote
            && remote.address().as_str() == account.server
        {
            return Ok(remote.clone());
        }
        // The address was checked (and plain http confirmed) when she joined.
        let remote = Arc::new(Remote::new(ServerAddress::parse(&account.server, true)?)?);
        sync.remote = Some(remote.clone());
        Ok(remote)
    }

    fn status_dto(&self) -> SyncStatusDto {
        let pending = self.with(|v| Ok((v.team_account()?, v.sync_pending()?, v.sync_missing()?)));
        let (running, error) = self
            .sync
            .lock()
            .map(|s| (s.running, s.last_error))
            .unwrap_or((false, None));
        match pending {
            Ok((Some(account), pending, missing)) => SyncStatusDto {
                joined: true,
                state: if running {
                    SyncStateDto::Syncing
                } else if error == Some("link-offline") {
                    SyncStateDto::Offline
                } else if error.is_some() {
                    SyncStateDto::Error
                } else {
                    SyncStateDto::Idle
                },
                error: error.map(|code| self.error(&code)),
                last_synced: account.last_synced_millis.map(crate::commands::time_text),
                unsent: pending.unsent.iter().map(|(_, n)| *n).sum(),
                unsent_cases: pending
                    .unsent
                    .iter()
                    .map(|(case, n)| UnsentDto {
                        case_id: case.to_string(),
                        unsent: *n,
                    })
                    .collect(),
                held: pending.held,
                missing,
            },
            _ => SyncStatusDto {
                joined: false,
                state: SyncStateDto::Off,
                error: None,
                last_synced: None,
                unsent: 0,
                unsent_cases: Vec::new(),
                held: 0,
                missing: 0,
            },
        }
    }
}

/// Whether a round is due now: she asked; or, once the wait after a failure is over, her
/// edits or shares wait, or it has been quiet long enough.
fn due(state: &App, now: Instant) -> bool {
    let Ok((joined, waiting)) = state.with(|v| {
        let joined = v.team_account()?.is_some();
        let waiting =
            joined && (!v.sync_pending()?.unsent.is_empty() || !v.pending_shares()?.is_empty());
        Ok((joined, waiting))
    }) else {
        return false;
    };
    let Ok(sync) = state.sync.lock() else {
        return false;
    };
    if !joined || sync.running {
        return false;
    }
    // She asked: now, whatever the wait after a failure.
    if sync.asked {
        return true;
    }
    if sync.client.retry_at().is_some() {
        return sync.client.may_retry(now_millis());
    }
    waiting
        || sync
            .last_round
            .is_none_or(|last| now.duration_since(last) >= QUIET_ROUND)
}

/// One round, with its bookkeeping: the back-off after a failure, the error to show.
async fn sync_once(state: &App) -> Result<(), LinkError> {
    // The client leaves the lock for the round (it awaits) and comes back after it.
    let (mut client, generation) = match state.sync.lock() {
        Ok(mut sync) => {
            sync.running = true;
            sync.asked = false;
            (std::mem::take(&mut sync.client), sync.generation)
        }
        Err(_) => return Err(LinkError::Locked),
    };
    let result = match state.remote() {
        Ok(remote) => round_with(state, &remote, &mut client).await.map(|_| ()),
        Err(LinkError::Locked) => Err(LinkError::Locked),
        Err(e) => {
            // No round at all (her server's address no longer reads): wait as after any failure.
            client.handle(wayfinder_sync::client::Event::Failed(now_millis()));
            Err(e)
        }
    };
    if let Ok(mut sync) = state.sync.lock()
        && sync.generation == generation
    {
        sync.client = client;
        sync.running = false;
        sync.last_round = Some(Instant::now());
        match &result {
            Ok(()) => sync.last_error = None,
            Err(LinkError::Locked) => {}
            Err(e) => sync.last_error = Some(e.code()),
        }
    }
    result
}

/// The loop, for the life of the app: `notify` hears the status before and after each round.
pub async fn sync_loop(state: Arc<App>, notify: impl Fn(SyncStatusDto)) {
    loop {
        tokio::time::sleep(TICK).await;
        if !due(&state, Instant::now()) {
            continue;
        }
        notify(state.status_dto());
        let _ = sync_once(&state).await;
        notify(state.status_dto());
    }
}

fn member_text(member: MemberId) -> String {
    id_text(member.0)
}

pub(crate) fn parse_member(state: &App, id: &str) -> Reply<MemberId> {
    uuid::Uuid::parse_str(id)
        .map(|u| MemberId(*u.as_bytes()))
        .map_err(|_| state.error(&AppError::InvalidRequest))
}

fn members_dto(roster: Option<&Roster>, me: Option<MemberId>) -> Vec<MemberDto> {
    roster
        .map(|r| {
            r.members
                .iter()
                .map(|m| MemberDto {
                    id: member_text(m.identity.member),
                    name: m.name.clone(),
                    role: m.role.into(),
                    fingerprint: m.identity.fingerprint(),
                    me: Some(m.identity.member) == me,
                })
                .collect()
        })
        .unwrap_or_default()
}

fn team_dto(state: &App) -> Reply<TeamDto> {
    state
        .with(|v| {
            let account = v.team_account()?;
            let Some(account) = account else {
                return Ok(TeamDto {
                    joined: false,
                    server: None,
                    fingerprint: None,
                    admitted: false,
                    admin: false,
                    can_share: false,
                    members: Vec::new(),
                });
            };
            let me = v.team_identity()?;
            let roster = v.roster()?;
            let mine = roster.as_ref().and_then(|r| r.member(me.member()));
            Ok(TeamDto {
                joined: true,
                server: Some(account.server),
                fingerprint: Some(me.public().fingerprint()),
                admitted: mine.is_some(),
                admin: mine.is_some_and(|m| m.role.may_administer()),
                can_share: mine.is_some_and(|m| m.role.may_share()),
                members: members_dto(roster.as_ref(), Some(me.member())),
            })
        })
        .map_err(|e| state.error(&e))
}

pub fn team_view(state: &App) -> Reply<TeamDto> {
    team_dto(state)
}

pub fn sync_status(state: &App) -> Reply<SyncStatusDto> {
    Ok(state.status_dto())
}

/// Asks for a round now (the loop starts it within a second).
pub fn sync_now(state: &App) -> Reply<()> {
    ask(state);
    Ok(())
}

/// Tries again everything held aside (a newer app, a clock caught up, a roster that came),
/// then syncs: originals held aside are fetched again in that round.
pub fn retry_held(state: &App) -> Reply<SyncStatusDto> {
    state.with_vault(|v| v.retry_held(chrono::Utc::now()).map(|_| ()))?;
    ask(state);
    sync_status(state)
}

/// A round as soon as the loop looks, whatever the wait after a failure.
fn ask(state: &App) {
    if let Ok(mut sync) = state.sync.lock() {
        sync.asked = true;
    }
}

fn address(state: &App, text: &str, plain_confirmed: bool) -> Reply<Arc<Remote>> {
    let address = ServerAddress::parse(text, plain_confirmed).map_err(|e| state.error(&e))?;
    let remote = Remote::new(address).map_err(|e| state.error(&e))?;
    Ok(Arc::new(remote))
}

/// Creates the team with the creation code from the server's admin.
pub async fn create_team(
    state: &App,
    address_text: String,
    plain_confirmed: bool,
    code: String,
    name: String,
) -> Reply<TeamDto> {
    let remote = address(state, &address_text, plain_confirmed)?;
    team::create(state, &remote, &code, &name)
        .await
        .map_err(|e| state.error(&e))?;
    joined(state, remote)
}

/// Joins the team with an invitation code.
pub async fn join_team(
    state: &App,
    address_text: String,
    plain_confirmed: bool,
    code: String,
    name: String,
) -> Reply<TeamDto> {
    let remote = address(state, &address_text, plain_confirmed)?;
    team::join(state, &remote, &code, &name)
        .await
        .map_err(|e| state.error(&e))?;
    joined(state, remote)
}

fn joined(state: &App, remote: Arc<Remote>) -> Reply<TeamDto> {
    if let Ok(mut sync) = state.sync.lock() {
        sync.forget();
        sync.remote = Some(remote);
        sync.asked = true;
    }
    team_dto(state)
}

fn linked(state: &App) -> Reply<Arc<Remote>> {
    state.remote().map_err(|e| state.error(&e))
}

/// An invitation code for someone to join as `role`.
pub async fn invite_member(state: &App, role: RoleDto) -> Reply<String> {
    let remote = linked(state)?;
    team::invite(state, &remote, role.into())
        .await
        .map_err(|e| state.error(&e))
}

/// Who joined and waits for an admin.
pub async fn waiting_members(state: &App) -> Reply<Vec<MemberDto>> {
    let remote = linked(state)?;
    let waiting = team::waiting(state, &remote)
        .await
        .map_err(|e| state.error(&e))?;
    Ok(waiting
        .into_iter()
        .map(|m| MemberDto {
            id: member_text(m.identity.member),
            name: m.name,
            role: m.role.into(),
            fingerprint: m.identity.fingerprint(),
            me: false,
        })
        .collect())
}

pub async fn admit_members(state: &App, ids: Vec<String>) -> Reply<TeamDto> {
    let ids = ids
        .iter()
        .map(|id| parse_member(state, id))
        .collect::<Reply<Vec<_>>>()?;
    let remote = linked(state)?;
    team::admit(state, &remote, &ids)
        .await
        .map_err(|e| state.error(&e))?;
    // In the vault's own log: a member is the team's, not one case's.
    let now = chrono::Utc::now();
    state.with_vault(|v| {
        for m in &ids {
            v.audit(None, AuditAction::MemberAdded, Some(m.0), now)?;
        }
        Ok(())
    })?;
    team_dto(state)
}

/// Turns away someone who joined and waits (she was not who the admin invited); who still
/// waits.
pub async fn turn_away_member(state: &App, id: String) -> Reply<Vec<MemberDto>> {
    let member = parse_member(state, &id)?;
    let remote = linked(state)?;
    team::turn_away(state, &remote, &[member])
        .await
        .map_err(|e| state.error(&e))?;
    waiting_members(state).await
}

pub async fn remove_member(state: &App, id: String) -> Reply<TeamDto> {
    let member = parse_member(state, &id)?;
    let remote = linked(state)?;
    team::remove(state, &remote, member)
        .await
        .map_err(|e| state.error(&e))?;
    state.with_vault(|v| {
        v.audit(
            None,
            AuditAction::MemberRemoved,
            Some(member.0),
            chrono::Utc::now(),
        )
    })?;
    ask(state);
    team_dto(state)
}

fn sharing_dto(state: &App, case: CaseId) -> Reply<CaseSharingDto> {
    state.with_vault(|v| {
        let members = v.shared_with(case)?;
        Ok(CaseSharingDto {
            shared: !members.is_empty(),
            members: members.into_iter().map(member_text).collect(),
        })
    })
}

pub fn case_sharing(state: &App, case_id: String) -> Reply<CaseSharingDto> {
    let case = crate::commands::parse_id(state, &case_id)?;
    sharing_dto(state, case)
}

/// Shares the case with exactly `members` (and her). Taking someone off starts a new epoch,
/// so that nothing written afterwards is readable to them.
pub fn share_case(state: &App, case_id: String, members: Vec<String>) -> Reply<CaseSharingDto> {
    let case = crate::commands::parse_id(state, &case_id)?;
    let members = members
        .iter()
        .map(|id| parse_member(state, id))
        .collect::<Reply<Vec<_>>>()?;
    state.with_vault(|v| {
        let me = v.team_identity()?.member();
        let before = v.shared_with(case)?;
        let removed = before.iter().any(|m| *m != me && !members.contains(m));
        v.share_case(case, &members, removed)?;
        // The audit log: whom she gave the case to, and whom she took it from.
        let now = chrono::Utc::now();
        for m in members.iter().filter(|m| **m != me && !before.contains(m)) {
            v.audit(Some(case), AuditAction::Shared, Some(m.0), now)?;
        }
        for m in before.iter().filter(|m| **m != me && !members.contains(m)) {
            v.audit(Some(case), AuditAction::Unshared, Some(m.0), now)?;
        }
        Ok(())
    })?;
    ask(state);
    sharing_dto(state, case)
}
