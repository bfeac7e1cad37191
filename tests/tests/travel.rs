//! Travel in the real app: a liaison plans a trip to Turkey from Wayfinder's starter
//! checklist, sets the travel date and the visa appointment and sees every item take its date
//! back from them, ticks the passports done, then moves travel three weeks earlier: the open
//! items move with it, the done one stays, and the flights, now due before the visa
//! appointment they wait for, say so. A traveller whose passport ends too soon is flagged, and
//! Today lists the item that became late.

use wayfinder_tests::{App, Machine, Result};

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

async fn set_date(app: &App, testid: &str, iso: &str) -> Result<()> {
    app.type_into(testid, iso).await?;
    // Leaving the field saves it.
    app.driver
        .execute(
            "document.activeElement && document.activeElement.blur();",
            vec![],
        )
        .await?;
    Ok(())
}

#[tokio::test]
async fn a_trip_to_turkey_is_planned_back_from_its_dates_and_moves_when_travel_does() -> Result<()>
{
    let machine = Machine::new();
    let app = App::start(&machine).await?;
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
        Ok(())
    }
    .await;
    app.quit().await?;
    outcome
}
