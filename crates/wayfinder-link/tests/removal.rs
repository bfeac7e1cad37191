//! Someone leaves the team: every coordinator's app that holds one of her cases makes it a new
//! epoch without her, against the real server and real vaults, whoever shared the case and
//! whoever took her out; a kill between the roster and the new epoch loses nothing; and two
//! coordinators making the same epoch at once end with one key.

use wayfinder_core::CaseId;
use wayfinder_sync::{CaseRef, MemberId, Role, WorkspaceId};
use wayfinder_testkit::team::{Member, Team, three};
use wayfinder_testkit::{child, now, today};

/// Carmen, a second coordinator, invited and admitted by Amira.
async fn carmen(team: &Team) -> Member {
    let carmen = Member::new("Carmen", &team.server.address);
    let invitation =
        wayfinder_link::team::invite(&team.amira.vault, &team.amira.remote, Role::Coordinator)
            .await
            .unwrap_or_else(|e| panic!("invite: {}", e.code()));
    wayfinder_link::team::join(&carmen.vault, &carmen.remote, &invitation, carmen.name)
        .await
        .unwrap_or_else(|e| panic!("join: {}", e.code()));
    wayfinder_link::team::admit(&team.amira.vault, &team.amira.remote, &[carmen.id()])
        .await
        .unwrap_or_else(|e| panic!("admit: {}", e.code()));
    for member in [&team.amira, &team.lucia, &team.nadia, &carmen] {
        member.sync().await;
    }
    carmen
}

/// A new case in `who`'s vault, shared with `with`.
fn shared_case(who: &Member, tail: u8, with: &[MemberId]) -> CaseId {
    let case = CaseId::new(now(), [tail; 10]);
    who.with(|v| {
        v.create_case(case, &child("Layla Haddad"), now())
            .unwrap_or_else(|e| panic!("{e}"));
        v.share_case(case, with, false)
            .unwrap_or_else(|e| panic!("{e}"));
    });
    case
}

fn workspace(who: &Member) -> WorkspaceId {
    who.with(|v| v.team_account().ok().flatten().map(|a| a.workspace))
        .unwrap_or_else(|| panic!("no team"))
}

/// Who holds `case`'s latest epoch on the server, and which epoch it is.
fn holders(team: &Team, ws: WorkspaceId, case: CaseId) -> (Option<u32>, Vec<MemberId>) {
    let case = CaseRef(*case.as_bytes());
    let store = &team.server.store;
    let latest = store
        .latest_epoch(ws, case)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut members: Vec<MemberId> = store
        .holders(ws, case)
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(|e| e.member)
        .collect();
    members.sort();
    (latest, members)
}

fn sorted(mut members: Vec<MemberId>) -> Vec<MemberId> {
    members.sort();
    members
}

fn edit(who: &Member, case: CaseId, value: &str) {
    who.with(|v| {
        v.edit_field(*case.as_bytes(), "assignee", Some(value), now(), today())
            .unwrap_or_else(|e| panic!("{e}"))
    });
}

fn assignee(who: &Member, case: CaseId) -> Option<String> {
    who.with(|v| {
        v.field_heads(*case.as_bytes())
            .unwrap_or_default()
            .into_iter()
            .find(|(f, _)| f == "assignee")
            .and_then(|(_, h)| h.value)
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_makes_a_new_epoch_of_her_case_when_an_admin_takes_someone_out() {
    let team = three().await;
    let carmen = carmen(&team).await;
    let ws = workspace(&carmen);
    let (lucia, nadia) = (team.lucia.id(), team.nadia.id());
    // Carmen's case, shared with the translator and the liaison; Amira never held it.
    let case = shared_case(&carmen, 5, &[lucia, nadia]);
    carmen.sync().await;
    team.nadia.sync().await;
    assert_eq!(
        holders(&team, ws, case),
        (Some(1), sorted(vec![carmen.id(), lucia, nadia]))
    );
    wayfinder_link::team::remove(&team.amira.vault, &team.amira.remote, lucia)
        .await
        .unwrap_or_else(|e| panic!("remove: {}", e.code()));
    // Carmen's next round sees the roster without Lucía and makes the case a new epoch for
    // the liaison and herself, before her next edit is sealed.
    edit(&carmen, case, "Carmen");
    carmen.sync().await;
    assert_eq!(
        holders(&team, ws, case),
        (Some(2), sorted(vec![carmen.id(), nadia]))
    );
    assert_eq!(carmen.with(|v| v.rotations_owed().unwrap_or_default()), []);
    // Her edit went sealed under the new key, which Lucía never had.
    let pulled = team
        .server
        .store
        .pull(ws, nadia, Default::default(), 1000)
        .unwrap_or_else(|e| panic!("{e}"));
    let last = pulled
        .ops
        .iter()
        .filter(|(_, op)| op.case == CaseRef(*case.as_bytes()))
        .max_by_key(|(seq, _)| *seq)
        .map(|(_, op)| (op.author, op.epoch));
    assert_eq!(last, Some((carmen.id(), 2)));
    // The case's new key and the team-wide scope's, which every member held.
    let got = team.nadia.sync().await;
    assert_eq!((got.keys, got.held), (2, 0), "{got:?}");
    assert_eq!(assignee(&team.nadia, case).as_deref(), Some("Carmen"));
    // Nothing more is owed: the next round asks nothing and makes nothing.
    carmen.sync().await;
    assert_eq!(holders(&team, ws, case).0, Some(2));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kill_between_the_roster_and_the_new_epoch_loses_nothing() {
    let team = three().await;
    let ws = workspace(&team.amira);
    let (lucia, nadia) = (team.lucia.id(), team.nadia.id());
    let case = shared_case(&team.amira, 6, &[lucia, nadia]);
    team.amira.sync().await;
    // Amira's app sends the roster without Lucía and is killed before it keeps it: the
    // server has the new roster, her vault the old one, and no new epoch was made.
    let (me, current) = team.amira.with(|v| {
        (
            v.team_identity().unwrap_or_else(|e| panic!("{e}")),
            v.roster()
                .ok()
                .flatten()
                .unwrap_or_else(|| panic!("no roster")),
        )
    });
    let members = current
        .members
        .iter()
        .filter(|m| m.identity.member != lucia)
        .cloned()
        .collect();
    let next = current
        .successor(members, &me)
        .unwrap_or_else(|e| panic!("{e}"));
    let _: wayfinder_sync::wire::Done = team
        .amira
        .remote
        .call_as(ws, &me, "/v1/roster", &next)
        .await
        .unwrap_or_else(|e| panic!("{}", e.code()));
    assert_eq!(holders(&team, ws, case).0, Some(1));
    // Restarted, her next round takes the roster and owes, then makes, the new epoch.
    edit(&team.amira, case, "Amira");
    team.amira.sync().await;
    assert_eq!(
        holders(&team, ws, case),
        (Some(2), sorted(vec![team.amira.id(), nadia]))
    );
    team.nadia.sync().await;
    assert_eq!(assignee(&team.nadia, case).as_deref(), Some("Amira"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_coordinators_making_the_same_epoch_end_with_one_key() {
    let team = three().await;
    let carmen = carmen(&team).await;
    let ws = workspace(&carmen);
    let (amira, lucia, nadia) = (team.amira.id(), team.lucia.id(), team.nadia.id());
    let case = shared_case(&carmen, 7, &[amira, lucia, nadia]);
    carmen.sync().await;
    team.amira.sync().await;
    team.nadia.sync().await;
    wayfinder_link::team::remove(&team.amira.vault, &team.amira.remote, lucia)
        .await
        .unwrap_or_else(|e| panic!("remove: {}", e.code()));
    // Carmen's app takes the roster and makes epoch 2 but loses the network before sending
    // it; meanwhile Amira's app makes and sends its own epoch 2.
    let chain = team
        .amira
        .with(|v| v.roster().ok().flatten())
        .unwrap_or_else(|| panic!("no roster"));
    carmen.with(|v| {
        v.add_rosters(std::slice::from_ref(&chain))
            .unwrap_or_else(|e| panic!("{e}"));
        let held = team
            .server
            .store
            .holders(ws, CaseRef(*case.as_bytes()))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            v.rotate_owed(case, &held).unwrap_or_else(|e| panic!("{e}")),
            wayfinder_vault::sync_state::Rotation::Made
        );
    });
    team.amira.sync().await;
    assert_eq!(
        holders(&team, ws, case),
        (Some(2), sorted(vec![amira, carmen.id(), nadia]))
    );
    // Carmen's epoch 2 is refused; her app forgets it and takes Amira's: nothing held aside,
    // and her edit reaches the others under the one key.
    edit(&carmen, case, "Carmen");
    let got = carmen.sync().await;
    assert_eq!(got.held, 0, "{got:?}");
    carmen.sync().await;
    assert_eq!(
        carmen.with(|v| v.sync_pending().unwrap_or_default().held),
        0
    );
    assert_eq!(holders(&team, ws, case).0, Some(2));
    team.nadia.sync().await;
    team.amira.sync().await;
    assert_eq!(assignee(&team.nadia, case).as_deref(), Some("Carmen"));
    assert_eq!(assignee(&team.amira, case).as_deref(), Some("Carmen"));
}
