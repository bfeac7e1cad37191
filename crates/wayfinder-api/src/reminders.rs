//! Reminders of travel items: how many fell due, said in a desktop notification while the app
//! runs, and in the window at unlock for what fell due while it was locked or closed. Each
//! item is told once (again only after it moves to another date), and a reminder names no
//! child, no case and no item: lock screens and notification histories are not private.

use crate::App;
use crate::commands::today;
use crate::dto::ErrorDto;
use std::sync::atomic::Ordering;
use wayfinder_i18n::Arg;

/// At unlock: what fell due while the vault was locked or the app closed, as the window says
/// it, or nothing. Until the window has asked this, the notifications wait, so that what she
/// missed is said once, in the window, and not again on the desktop.
pub fn missed_reminders(state: &App) -> Result<Option<String>, ErrorDto> {
    let reminded = state.with_vault(|vault| vault.remind_travel(today()))?;
    state.reminders_primed.store(true, Ordering::SeqCst);
    let count = reminded.today + reminded.late;
    Ok((count > 0).then(|| {
        state.catalog.message(
            state.locale(),
            "travel-missed",
            &[("count", Arg::Number(count as f64))],
        )
    }))
}

/// For the app's timer: the text of a notification for travel items newly due since the last
/// reminder, or nothing (the vault locked, the window not yet told what was missed, or
/// nothing new). An error is nothing, too: a reminder is never worth a failure.
pub fn reminder(state: &App) -> Option<String> {
    if !state.reminders_primed.load(Ordering::SeqCst) {
        return None;
    }
    // Quietly: a reminder is not her activity, and must not keep the vault from locking.
    let reminded = state
        .session
        .lock()
        .ok()?
        .vault_quietly()?
        .remind_travel(today())
        .ok()?;
    let locale = state.locale();
    let say = |id: &str, count: u64| {
        (count > 0).then(|| {
            state
                .catalog
                .message(locale, id, &[("count", Arg::Number(count as f64))])
        })
    };
    let lines: Vec<String> = [
        say("travel-reminder-today", reminded.today),
        say("travel-reminder-late", reminded.late),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!lines.is_empty()).then(|| lines.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dto::{AnchorRequestDto, NewTripDto};
    use crate::reading::tests::app_with_case_in;
    use crate::travel::{plan_trip, set_anchor};

    #[test]
    fn what_fell_due_is_said_once_at_unlock_then_new_items_once_and_no_name_ever() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Amal Haddad", &["ar", "en"]);
        let trips = plan_trip(
            &app,
            NewTripDto {
                case_id: case.clone(),
                destination: "TR".to_owned(),
                starter: true,
                template: None,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let trip = trips[0].id.clone();
        let travel_in = |days: i64| {
            set_anchor(
                &app,
                AnchorRequestDto {
                    trip: trip.clone(),
                    anchor: "travel".to_owned(),
                    date: Some(
                        (today() + chrono::Duration::days(days))
                            .format("%Y-%m-%d")
                            .to_string(),
                    ),
                },
            )
            .unwrap_or_else(|e| panic!("{}", e.message))
        };
        // Travel in 45 days: "send the records" (travel-60) is late, "the invitation letter"
        // (travel-45) due today.
        let planned = travel_in(45);
        let due_by_now = |trip: &crate::dto::TripDto| {
            trip.items
                .iter()
                .filter(|i| {
                    i.due.as_deref() <= Some(today().format("%Y-%m-%d").to_string().as_str())
                        && i.due.is_some()
                })
                .count()
        };
        let missed_count = due_by_now(&planned[0]);
        assert!(missed_count >= 2, "{:?}", planned[0].items);
        // Before the window asked what was missed, the timer says nothing.
        assert_eq!(reminder(&app), None);
        let missed = missed_reminders(&app)
            .unwrap_or_else(|e| panic!("{}", e.message))
            .unwrap_or_else(|| panic!("nothing missed"));
        assert!(
            missed.contains(&format!("{missed_count} travel items fell due")),
            "{missed}"
        );
        // Said once: neither the timer nor the next unlock repeats it.
        assert_eq!(reminder(&app), None);
        assert_eq!(
            missed_reminders(&app).unwrap_or_else(|e| panic!("{}", e.message)),
            None
        );
        // Travel moves ten days earlier: the items that now fall due are told, once.
        let moved = travel_in(35);
        let now_due = due_by_now(&moved[0]);
        assert!(now_due > missed_count, "{:?}", moved[0].items);
        let told = reminder(&app).unwrap_or_else(|| panic!("nothing told"));
        assert_eq!(reminder(&app), None);
        // How many, never which, and never whose.
        assert!(told.contains("travel item"), "{told}");
        for secret in ["Amal", "Haddad", "Turkey", "visa", "letter"] {
            assert!(!told.contains(secret), "{secret} in {told}");
        }
        // The timer is not her activity: the vault locks ten minutes after her last edit,
        // however many reminder rounds ran since.
        let last_edit = std::time::Instant::now();
        std::thread::sleep(std::time::Duration::from_millis(50));
        assert_eq!(reminder(&app), None);
        let away = last_edit
            + std::time::Duration::from_secs(10 * 60)
            + std::time::Duration::from_millis(20);
        assert!(app.lock_if_idle(away), "the reminders kept the vault open");
        assert_eq!(reminder(&app), None);
    }
}
