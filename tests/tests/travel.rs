//! Travel in the real app: a liaison plans a trip to Turkey from Wayfinder's starter
//! checklist, sets the travel date and the visa appointment and sees every item take its date
//! back from them, ticks the passports done, then moves travel three weeks earlier: the open
//! items move with it, the done one stays, and the flights, now due before the visa
//! appointment they wait for, say so. She adds an item of her own, and making two items wait
//! for each other is refused, naming both. A traveller whose passport ends too soon is flagged;
//! a flight is listed with each end on its own clock; the family's checklist is exported in
//! Arabic and read back; and Today lists the item that became late.

use wayfinder_i18n::{Catalog, Locale};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_tests::{App, Machine, Notifications, Result};

/// A day so many days from today, as ISO (what the date fields accept in any language).
fn from_today(days: i64) -> String {
    (chrono::Local::now().date_naive() + chrono::Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

/// The date the checklist shows for the item whose title starts with `title`, as ISO.
async fn due(app: &App, title: &str) -> Result<String> {
    for row in app
        .driver
        .find_all(thirtyfour::By::Css("[data-testid='trip-item']"))
        .await?
    {
        let named = row
            .find(thirtyfour::By::Css("[data-testid='trip-item-title']"))
            .await?
            .text()
            .await?;
        if named.starts_with(title) {
            return Ok(row.attr("data-due").await?.unwrap_or_default());
        }
    }
    Err(format!("no item {title}").into())
}

/// Opens the form of the item whose title starts with `title`.
async fn edit_item(app: &App, title: &str) -> Result<()> {
    for row in app
        .driver
        .find_all(thirtyfour::By::Css("[data-testid='trip-item']"))
        .await?
    {
        let named = row
            .find(thirtyfour::By::Css("[data-testid='trip-item-title']"))
            .await?
            .text()
            .await?;
        if named.starts_with(title) {
            let edit = row
                .find(thirtyfour::By::Css("[data-testid='trip-item-edit']"))
                .await?;
            edit.scroll_into_view().await?;
            edit.click().await?;
            app.el("trip-item-form").await?;
            return Ok(());
        }
    }
    Err(format!("no item {title}").into())
}

/// Ticks, in the open item form, that it comes after the item whose title starts with `title`.
async fn tick_after(app: &App, title: &str) -> Result<()> {
    for label in app
        .driver
        .find_all(thirtyfour::By::Css(
            "[data-testid='trip-item-form'] label.after",
        ))
        .await?
    {
        if label.text().await?.starts_with(title) {
            let tick = label
                .find(thirtyfour::By::Css("[data-testid='item-after']"))
                .await?;
            tick.scroll_into_view().await?;
            tick.click().await?;
            return Ok(());
        }
    }
    Err(format!("no item {title} to come after").into())
}

async fn set_date(app: &App, testid: &str, iso: &str) -> Result<()> {
    app.type_into(testid, iso).await?;
    // Leaving the field saves it.
    app.leave_field().await
}

#[tokio::test]
async fn a_trip_to_turkey_is_planned_back_from_its_dates_and_moves_when_travel_does() -> Result<()>
{
    let machine = Machine::new();
    let notifications = Notifications::start(&machine).await?;
    // Reminders looked for every second, not every minute.
    let app = App::start_with(&machine, &[("WAYFINDER_REMINDER_SECONDS", "1")]).await?;
    let outcome: Result<()> = async {
        app.create_vault().await?;
        app.create_case("Amal Haddad").await?;
        app.select("trip-destination", "TR").await?;
        app.click("trip-add").await?;
        app.wait_until("the starter checklist", || async {
            Ok(app
                .driver
                .find_all(thirtyfour::By::Css("[data-testid='trip-item']"))
                .await?
                .len()
                == 15)
        })
        .await?;
        // No dates yet: the items wait for them.
        assert_eq!(due(&app, "Obtain the hospital").await?, "");

        set_date(&app, "trip-travel", &from_today(90)).await?;
        set_date(&app, "trip-visa", &from_today(50)).await?;
        app.wait_until("the items dated", || async {
            Ok(due(&app, "Attend the visa").await? == from_today(50))
        })
        .await?;
        assert_eq!(due(&app, "Obtain the hospital").await?, from_today(45));
        assert_eq!(due(&app, "Book the flights").await?, from_today(69));

        // The passports are checked.
        for row in app
            .driver
            .find_all(thirtyfour::By::Css("[data-testid='trip-item']"))
            .await?
        {
            let title = row
                .find(thirtyfour::By::Css("[data-testid='trip-item-title']"))
                .await?
                .text()
                .await?;
            if title.starts_with("Check that every traveller") {
                row.find(thirtyfour::By::Css("[data-testid='trip-item-done']"))
                    .await?
                    .click()
                    .await?;
            }
        }
        app.wait_until("the passports done", || async {
            Ok(app
                .driver
                .find_all(thirtyfour::By::Css(
                    "[data-testid='trip-item'][data-done='true']",
                ))
                .await?
                .len()
                == 1)
        })
        .await?;

        // Travel moves three weeks earlier.
        set_date(&app, "trip-travel", &from_today(69)).await?;
        app.wait_until("the items moved", || async {
            Ok(due(&app, "Obtain the hospital").await? == from_today(24))
        })
        .await?;
        assert_eq!(
            due(&app, "Check that every traveller").await?,
            from_today(0)
        );
        assert_eq!(due(&app, "Book the flights").await?, from_today(48));
        // The records are late now: the desktop is told how many, and nothing of whose.
        app.wait_until("a reminder of the late item", || async {
            Ok(notifications
                .sent()?
                .iter()
                .any(|n| n.body == "One travel item is late."))
        })
        .await?;
        for told in notifications.sent()? {
            assert_eq!(told.summary, "Wayfinder");
            for secret in ["Amal", "Haddad", "Turkey", "records", "passport"] {
                assert!(!told.body.contains(secret), "{secret} in {told:?}");
            }
        }
        let flags = app
            .driver
            .find_all(thirtyfour::By::Css(
                "[data-testid='trip-item-flag'][data-code='before']",
            ))
            .await?;
        assert!(!flags.is_empty(), "nothing flagged");
        assert!(
            flags[0]
                .text()
                .await?
                .contains("Attend the visa appointment"),
            "{}",
            flags[0].text().await?
        );

        // An item of her own, ten days before travel, for the family: dated at once.
        app.click("trip-item-add").await?;
        app.type_into("item-title", "Buy a travel adapter").await?;
        app.type_into("item-days", "10").await?;
        app.type_into("item-assignee", "The family").await?;
        app.click("item-save").await?;
        app.wait_until("her item dated", || async {
            Ok(!app.has("trip-item-form").await?
                && due(&app, "Buy a travel adapter").await? == from_today(59))
        })
        .await?;
        // It comes after the flights; the flights made to come after it: refused, naming both.
        edit_item(&app, "Buy a travel adapter").await?;
        tick_after(&app, "Book the flights").await?;
        app.click("item-save").await?;
        app.wait_until("the order saved", || async {
            Ok(!app.has("trip-item-form").await?)
        })
        .await?;
        edit_item(&app, "Book the flights").await?;
        tick_after(&app, "Buy a travel adapter").await?;
        app.click("item-save").await?;
        let refused = app.text("item-error").await?;
        assert!(
            refused.contains("in a circle")
                && refused.contains("Buy a travel adapter")
                && refused.contains("Book the flights"),
            "{refused}"
        );
        app.click("item-cancel").await?;

        // A parent whose passport ends a month after the return.
        set_date(&app, "trip-return", &from_today(100)).await?;
        app.type_into("traveller-name", "Samir Haddad").await?;
        set_date(&app, "traveller-expiry", &from_today(130)).await?;
        app.click("traveller-invited").await?;
        app.click("traveller-add").await?;
        app.wait_until("the passport flagged", || async {
            app.has("traveller-flag").await
        })
        .await?;
        assert!(
            app.text("traveller-flag")
                .await?
                .contains("The passport must be valid until"),
        );

        // The journey: a flight from Amman to Istanbul, each end on its own clock.
        app.type_into("leg-title", "TK 813").await?;
        app.type_into("leg-starts", "2027-05-02").await?;
        app.type_into("leg-starts-time", "19.05").await?;
        app.select("leg-starts-zone", "Asia/Amman").await?;
        app.type_into("leg-ends", "2027-05-02").await?;
        app.type_into("leg-ends-time", "21:50").await?;
        app.select("leg-ends-zone", "Europe/Istanbul").await?;
        app.click("leg-add").await?;
        app.wait_until("the flight listed", || async { app.has("trip-leg").await })
            .await?;
        let leg = app.text("trip-leg").await?;
        assert!(leg.contains("19:05 (Asia/Amman)"), "{leg}");
        assert!(leg.contains("21:50 (Europe/Istanbul)"), "{leg}");

        // The family's checklist, in Arabic, exported and read back.
        app.select("checklist-language", "ar").await?;
        app.click("checklist-prepare").await?;
        app.wait_until("the checklist's preview", || async {
            app.has("checklist-page").await
        })
        .await?;
        let exported = machine.path("checklist-ar.pdf");
        app.click("checklist-export").await?;
        app.save_in_dialog("^Export the report$", &exported).await?;
        app.wait_until("the checklist exported", || async {
            app.has("checklist-exported").await
        })
        .await?;
        let engine = PdfEngine::shared(&library_path())?;
        let (doc, pages) = engine.open(std::fs::read(&exported)?, None)?;
        let text = (0..pages)
            .map(|p| engine.page_text(doc, p))
            .collect::<std::result::Result<Vec<_>, _>>()?
            .join("\n");
        engine.close(doc);
        let catalog = Catalog::new()?;
        // Arabic vowel marks come out apart from their letters: compared without them.
        let bare = |t: &str| -> String {
            t.chars()
                .filter(|c| !('\u{64B}'..='\u{65F}').contains(c))
                .collect()
        };
        let text = bare(&text);
        for id in [
            "checklist-todo",
            "checklist-journey",
            "travel-item-accommodation",
        ] {
            let said = bare(&catalog.message(Locale::Ar, id, &[]));
            assert!(text.contains(&said), "{said} is not in:\n{text}");
        }
        // The ticked item has its box ticked; the names and the flight as written.
        assert!(text.contains('✓'), "{text}");
        for run in [
            "Samir", "Haddad", "TK", "813", "Amman", "Istanbul", "19:05", "21:50",
        ] {
            assert!(text.contains(run), "{run} is not in:\n{text}");
        }

        // Today lists the item now late, with its case.
        app.click("nav-today").await?;
        app.wait_until("the late item in Today", || async {
            Ok(app.has("today-travel").await?
                && app
                    .text("today-travel")
                    .await?
                    .contains("Send the medical records"))
        })
        .await?;
        assert!(app.text("today-travel").await?.contains("Amal Haddad"));
        // Many seconds and reminder rounds later, no item was told twice.
        let told = notifications.sent()?;
        tokio::time::sleep(std::time::Duration::from_secs(3)).await;
        assert_eq!(notifications.sent()?.len(), told.len(), "{told:?}");
        assert_eq!(
            told.iter()
                .filter(|n| n.body == "One travel item is late.")
                .count(),
            1,
            "{told:?}"
        );
        Ok(())
    }
    .await;
    app.quit().await?;
    outcome
}

#[tokio::test]
async fn what_fell_due_while_the_vault_was_locked_is_shown_at_unlock_once() -> Result<()> {
    let machine = Machine::new();
    let notifications = Notifications::start(&machine).await?;
    // No reminder round while this test runs: what falls due is not told on the desktop.
    let app = App::start_with(&machine, &[("WAYFINDER_REMINDER_SECONDS", "3600")]).await?;
    let outcome: Result<()> = async {
        app.create_vault().await?;
        app.create_case("Amal Haddad").await?;
        app.select("trip-destination", "TR").await?;
        app.click("trip-add").await?;
        app.el("trip-item").await?;
        // Travel in 45 days: the invitation letter is due today, the records late.
        set_date(&app, "trip-travel", &from_today(45)).await?;
        app.wait_until("the items dated", || async {
            Ok(due(&app, "Obtain the hospital").await? == from_today(0))
        })
        .await?;
        assert!(!app.has("missed-reminders").await?);
        app.click("lock").await?;
        app.click("unlock-keychain").await?;
        let missed = app.text("missed-reminders").await?;
        assert!(
            missed.starts_with("While Wayfinder was locked or closed")
                && missed.contains("travel items fell due"),
            "{missed}"
        );
        assert!(!missed.contains("Amal"), "{missed}");
        app.click("missed-open-today").await?;
        app.wait_until("Today's travel items", || async {
            app.has("today-travel").await
        })
        .await?;
        assert!(!app.has("missed-reminders").await?);
        // Said once: the next unlock has nothing to say, and the desktop heard nothing.
        app.click("lock").await?;
        app.click("unlock-keychain").await?;
        app.el("unlocked").await?;
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        assert!(!app.has("missed-reminders").await?);
        assert!(
            notifications.sent()?.is_empty(),
            "{:?}",
            notifications.sent()?
        );
        Ok(())
    }
    .await;
    app.quit().await?;
    outcome
}
