//! The team-wide scope (what belongs to the team and no case: the glossary, travel templates,
//! the directory), against the real server and real vaults: every member admitted holds it,
//! edits in it reach everyone, nothing of a case can be slipped into it, and whoever leaves
//! the team reads nothing written in it after.

use wayfinder_core::CaseId;
use wayfinder_sync::CaseRef;
use wayfinder_testkit::team::{Member, three};
use wayfinder_testkit::{now, today};

fn scope(who: &Member) -> CaseId {
    who.with(|v| v.team_scope().ok().flatten())
        .unwrap_or_else(|| panic!("{} is in no team", who.name))
}

fn team_name(who: &Member) -> Option<String> {
    let scope = scope(who);
    who.with(|v| {
        v.field_heads(*scope.as_bytes())
            .unwrap_or_default()
            .into_iter()
            .find(|(f, _)| f == "name")
            .and_then(|(_, h)| h.value)
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_team_wide_scope_reaches_every_member_and_no_one_who_left() {
    let team = three().await;
    // Everyone names it alike, and everyone admitted holds its key.
    let shared = scope(&team.amira);
    assert_eq!(scope(&team.lucia), shared);
    assert_eq!(scope(&team.nadia), shared);
    for member in [&team.lucia, &team.nadia] {
        member.sync().await;
        assert!(
            member
                .with(|v| v.current_case_key(shared).ok().flatten())
                .is_some(),
            "{} holds no key to the team-wide scope",
            member.name
        );
    }
    // The liaison may not name the team; the coordinator names it, and the translator reads it.
    let refused = team.lucia.with(|v| {
        v.edit_field(
            *shared.as_bytes(),
            "name",
            Some("Equipo Lucía"),
            now(),
            today(),
        )
    });
    assert_eq!(refused.err().map(|e| e.code()), Some("team-role-refused"));
    team.amira.with(|v| {
        v.edit_field(
            *shared.as_bytes(),
            "name",
            Some("Equipo Madrid"),
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    });
    team.amira.sync().await;
    team.nadia.sync().await;
    assert_eq!(team_name(&team.nadia).as_deref(), Some("Equipo Madrid"));
    // Nothing of a case goes into it: not from this app...
    let refused = team.nadia.with(|v| {
        v.add_entity(
            shared,
            wayfinder_core::EntityKind::Contact,
            &[("name", "Samira Haddad")],
            now(),
            today(),
        )
    });
    assert!(
        refused.is_err(),
        "a contact was added to the team-wide scope"
    );
    // ...and it is not a case: no list of cases shows it.
    let cases = team.amira.with(|v| {
        v.list_cases(&Default::default())
            .unwrap_or_else(|e| panic!("{e}"))
            .len()
    });
    assert_eq!(cases, 0);

    // The liaison leaves the team: the scope gets a new key she never has, and what is
    // written in it after is sealed under that key.
    wayfinder_link::team::remove(&team.amira.vault, &team.amira.remote, team.nadia.id())
        .await
        .unwrap_or_else(|e| panic!("remove: {}", e.code()));
    // Amira reads Lucía's name first, so that hers replaces it rather than conflicting.
    team.amira.sync().await;
    assert_eq!(team_name(&team.amira).as_deref(), Some("Equipo Madrid"));
    team.amira.with(|v| {
        v.edit_field(
            *shared.as_bytes(),
            "name",
            Some("Equipo Madrid y Lyon"),
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    });
    team.amira.sync().await;
    let ws = team
        .amira
        .with(|v| v.team_account().ok().flatten())
        .unwrap_or_else(|| panic!("no team"))
        .workspace;
    let store = &team.server.store;
    let scope_ref = CaseRef(*shared.as_bytes());
    assert_eq!(store.latest_epoch(ws, scope_ref).ok().flatten(), Some(2));
    assert!(
        !store
            .holds(ws, scope_ref, 2, team.nadia.id())
            .unwrap_or(true)
    );
    assert!(
        store
            .holds(ws, scope_ref, 2, team.lucia.id())
            .unwrap_or(false)
    );
    team.lucia.sync().await;
    assert_eq!(
        team_name(&team.lucia).as_deref(),
        Some("Equipo Madrid y Lyon")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_team_s_creator_leaves_the_next_admin_gives_the_scope_to_newcomers() {
    use wayfinder_link::team;
    use wayfinder_sync::Role;
    let crew = three().await;
    // Amira, who made the team, admits a second admin, Carmen, then leaves.
    let carmen = Member::new("Carmen", &crew.server.address);
    let code = team::invite(&crew.amira.vault, &crew.amira.remote, Role::Admin)
        .await
        .unwrap_or_else(|e| panic!("invite: {}", e.code()));
    team::join(&carmen.vault, &carmen.remote, &code, carmen.name)
        .await
        .unwrap_or_else(|e| panic!("join: {}", e.code()));
    team::admit(&crew.amira.vault, &crew.amira.remote, &[carmen.id()])
        .await
        .unwrap_or_else(|e| panic!("admit: {}", e.code()));
    crew.amira.sync().await;
    carmen.sync().await;
    let shared = scope(&carmen);
    assert!(
        carmen
            .with(|v| v.current_case_key(shared).ok().flatten())
            .is_some()
    );
    team::remove(&carmen.vault, &carmen.remote, crew.amira.id())
        .await
        .unwrap_or_else(|e| panic!("remove: {}", e.code()));
    carmen.sync().await;
    // Carmen admits Dana: her app gives Dana the team-wide scope.
    let dana = Member::new("Dana", &crew.server.address);
    let code = team::invite(&carmen.vault, &carmen.remote, Role::Liaison)
        .await
        .unwrap_or_else(|e| panic!("invite: {}", e.code()));
    team::join(&dana.vault, &dana.remote, &code, dana.name)
        .await
        .unwrap_or_else(|e| panic!("join: {}", e.code()));
    team::admit(&carmen.vault, &carmen.remote, &[dana.id()])
        .await
        .unwrap_or_else(|e| panic!("admit: {}", e.code()));
    carmen.sync().await;
    dana.sync().await;
    assert!(
        dana.with(|v| v.current_case_key(shared).ok().flatten())
            .is_some(),
        "the newcomer was not given the team-wide scope"
    );
    // And she reads what is in it.
    carmen.with(|v| {
        v.edit_field(*shared.as_bytes(), "name", Some("Equipo"), now(), today())
            .unwrap_or_else(|e| panic!("{e}"))
    });
    carmen.sync().await;
    dana.sync().await;
    assert_eq!(team_name(&dana).as_deref(), Some("Equipo"));
}
