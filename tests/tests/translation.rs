//! The translator's workspace in the real app: a coordinator marks a scanned Russian letter
//! for translation into Spanish; the translator opens it from her list, draws a rectangle
//! around its heading (the text read there starts the passage), translates it and marks it
//! final; a passage she types is stopped from "final" by a wrong dose, then passes once
//! corrected; a new passage differing only in its dose is offered the old translation with
//! the new number from her memory; the translated document is laid out and previewed.

use std::time::Duration;
use thirtyfour::By;
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_testkit::scans;
use wayfinder_tests::{App, Machine, Result, repo_root};

/// Waits until the letter's text has been read.
async fn read(app: &App) -> Result<()> {
    app.wait_until("the scan read", || async {
        Ok(app.has("record").await? && !app.has("record-reading").await?)
    })
    .await
}

/// Types `text` as the translation of the passage `n` (0-based on the page) and leaves the
/// field, which saves it.
async fn translate(app: &App, n: usize, text: &str) -> Result<()> {
    let fields = app
        .driver
        .find_all(By::Css("[data-testid='passage-target']"))
        .await?;
    let field = fields.get(n).ok_or("no such passage")?;
    field.clear().await?;
    field.send_keys(text).await?;
    // Leaving the field saves it.
    app.el("workspace-page").await?.click().await?;
    Ok(())
}

async fn passages(app: &App) -> Result<usize> {
    Ok(app
        .driver
        .find_all(By::Css("[data-testid='passage']"))
        .await?
        .len())
}

#[tokio::test]
async fn a_translator_draws_translates_is_stopped_by_a_wrong_dose_and_reuses_her_memory()
-> Result<()> {
    let machine = Machine::new();
    let incoming = tempfile::tempdir_in(repo_root().join("target"))?;
    let engine = PdfEngine::shared(&library_path())?;
    let letter = incoming.path().join("выписка.jpg");
    std::fs::write(&letter, scans::letter(&engine, "ru", 85))?;
    let app = App::start(&machine).await?;
    app.create_vault().await?;
    app.create_case("Иван Петров").await?;
    app.import("import-files", &letter).await?;
    read(&app).await?;

    // The coordinator marks it for translation into Spanish.
    app.click("record-translate").await?;
    app.select("translate-language", "es").await?;
    app.type_into("translate-translator", "Marta Ruiz").await?;
    app.click("translate-submit").await?;
    app.wait_until("the form closed", || async {
        Ok(!app.has("record-translate-form").await?)
    })
    .await?;

    // The translator finds it in her list and opens it.
    app.click("nav-translations").await?;
    app.wait_until("her document", || async {
        app.has("translation-row").await
    })
    .await?;
    assert!(app.text("translation-row").await?.contains("выписка.jpg"));
    app.click("translation-row").await?;
    app.wait_until("the page", || async {
        Ok(app.has("workspace-canvas").await?
            && app
                .driver
                .execute(
                    "const i = document.querySelector(\"[data-testid='workspace-canvas'] img\");
                     return !!i && i.complete && i.naturalWidth > 0;",
                    vec![],
                )
                .await?
                .json()
                .as_bool()
                .unwrap_or(false))
    })
    .await?;

    // She draws a rectangle around the heading, at the top of the letter.
    let canvas = app.el("workspace-canvas").await?;
    let rect = canvas.rect().await?;
    // From the page's middle, where the pointer is first put, to the corners of the heading.
    let (cx, cy) = (rect.width / 2.0, rect.height / 2.0);
    let from = (rect.width * 0.03 - cx, rect.height * 0.03 - cy);
    let to = (rect.width * 0.97 - cx, rect.height * 0.12 - cy);
    app.driver
        .action_chain()
        .move_to_element_center(&canvas)
        .move_by_offset(from.0 as i64, from.1 as i64)
        .click_and_hold()
        .move_by_offset((to.0 - from.0) as i64 / 2, (to.1 - from.1) as i64 / 2)
        .move_by_offset((to.0 - from.0) as i64 / 2, (to.1 - from.1) as i64 / 2)
        .release()
        .perform()
        .await?;
    app.wait_until("the passage's text", || async {
        Ok(app.has("passage-source").await?
            && app
                .el("passage-source")
                .await?
                .prop("value")
                .await?
                .unwrap_or_default()
                .contains("эпикриз"))
    })
    .await?;
    app.click("passage-add").await?;
    app.wait_until("the passage", || async { Ok(passages(&app).await? == 1) })
        .await?;
    assert!(app.has("workspace-region").await?, "no region on the page");
    translate(&app, 0, "Informe de alta").await?;
    app.click("passage-to-final").await?;
    app.wait_until("the heading final", || async {
        Ok(app.text("passage-state").await? == "Final")
    })
    .await?;

    // A passage she types (a handwritten dose): a slip of the hand stops it from final.
    app.click("workspace-type-passage").await?;
    app.type_into("passage-source", "Винкристин 5 мг в/в")
        .await?;
    app.click("passage-add").await?;
    app.wait_until("two passages", || async { Ok(passages(&app).await? == 2) })
        .await?;
    translate(&app, 1, "Vincristina 50 mg i.v.").await?;
    app.wait_until("the dose checked", || async {
        app.has("passage-finding").await
    })
    .await?;
    let finals = app
        .driver
        .find_all(By::Css("[data-testid='passage-to-final']"))
        .await?;
    finals.get(1).ok_or("no second passage")?.click().await?;
    app.wait_until("the refusal", || async { app.has("passage-error").await })
        .await?;
    assert!(
        app.text("passage-error")
            .await?
            .contains("cannot be final yet")
    );
    translate(&app, 1, "Vincristina 5 mg i.v.").await?;
    app.wait_until("the dose right", || async {
        Ok(!app.has("passage-finding").await?)
    })
    .await?;
    let finals = app
        .driver
        .find_all(By::Css("[data-testid='passage-to-final']"))
        .await?;
    finals.get(1).ok_or("no second passage")?.click().await?;
    app.wait_until("both final", || async {
        let states = app
            .driver
            .find_all(By::Css("[data-testid='passage-state']"))
            .await?;
        let mut finals = 0;
        for s in states {
            if s.text().await? == "Final" {
                finals += 1;
            }
        }
        Ok(finals == 2)
    })
    .await?;

    // A new dose: her memory offers the old translation with the new number.
    app.click("workspace-type-passage").await?;
    app.type_into("passage-source", "Винкристин 1,5 мг в/в")
        .await?;
    app.click("passage-add").await?;
    app.wait_until("three passages", || async {
        Ok(passages(&app).await? == 3)
    })
    .await?;
    let buttons = app
        .driver
        .find_all(By::Css("[data-testid='passage-matches']"))
        .await?;
    buttons.get(2).ok_or("no third passage")?.click().await?;
    app.wait_until("a match", || async { app.has("passage-match").await })
        .await?;
    let found = app.el("passage-match").await?;
    assert_eq!(found.attr("data-kind").await?.as_deref(), Some("numbers"));
    assert!(found.text().await?.contains("Vincristina 1,5 mg i.v."));
    app.click("passage-match-use").await?;
    app.wait_until("the match used", || async {
        let fields = app
            .driver
            .find_all(By::Css("[data-testid='passage-target']"))
            .await?;
        Ok(match fields.get(2) {
            Some(f) => f.prop("value").await?.unwrap_or_default() == "Vincristina 1,5 mg i.v.",
            None => false,
        })
    })
    .await?;
    // The translated document, laid out for its reader and previewed page by page.
    app.el("translated-export").await?.click().await?;
    app.type_into("translated-recipient", "Hospital Sant Joan de Déu")
        .await?;
    app.click("translated-prepare").await?;
    app.wait_until("the preview", || async {
        // Without the isolation marks around the numbers.
        Ok(app.has("translated-pages").await?
            && app
                .text("translated-pages")
                .await?
                .replace(['\u{2068}', '\u{2069}'], "")
                .starts_with("Page 1 of "))
    })
    .await?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    app.quit().await?;
    Ok(())
}
