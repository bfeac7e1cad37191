//! WCAG 2.2 AA in the real window: axe-core (from `ui/node_modules`, installed with the UI)
//! runs inside the real WebKit window on every screen, in English, Arabic and Chinese, and
//! finds nothing (each screen is kept as a screenshot); and the main journey works by
//! keyboard alone: Tab reaches every action in order, focus is always visible and never
//! trapped, Escape closes the reader, a question and the shortcuts; the shortcuts work; the
//! passphrase field takes a paste.

use thirtyfour::Key;
use wayfinder_tests::{App, Machine, Result, one_line_pdf, repo_root};

/// One window at a time: the file dialog and the focus ring both need the window to have the
/// keyboard's focus, which a second window would take.
static DISPLAY: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The WCAG rules axe checks: A and AA of 2.0, 2.1 and 2.2.
const TAGS: &str = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']";

/// Runs axe-core on the window as it is and returns what it found, one line per element.
async fn violations(app: &App) -> Result<Vec<String>> {
    let loaded = app
        .driver
        .execute("return typeof window.axe !== 'undefined';", vec![])
        .await?;
    if loaded.json() != &serde_json::json!(true) {
        let axe = std::fs::read_to_string(repo_root().join("ui/node_modules/axe-core/axe.min.js"))
            .map_err(|e| format!("axe-core is not installed (run scripts/setup): {e}"))?;
        app.driver.execute(&axe, vec![]).await?;
    }
    let found = app
        .driver
        .execute_async(
            &format!(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {{ runOnly: {{ type: 'tag', values: {TAGS} }}, resultTypes: ['violations'] }})
                   .then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ')))))
                   .catch(e => done(['axe failed: ' + e]));"
            ),
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(found.json().clone())?)
}

/// Checks the screen now shown, and keeps it as `screen-NAME.png`; `name` says which screen
/// (and language) in a failure.
async fn check(app: &App, name: &str, failures: &mut Vec<String>) -> Result<()> {
    // Let transitions and late renders settle, as a person would see the screen.
    app.screenshot(&format!("screen-{name}")).await?;
    for v in violations(app).await? {
        failures.push(format!("{name}: {v}"));
    }
    Ok(())
}

async fn language(app: &App, tag: &str) -> Result<()> {
    app.click("nav-settings").await?;
    app.select("language", tag).await?;
    app.wait_until("the language", || async {
        Ok(app.direction().await?.1 == tag)
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_screen_passes_axe_in_english_arabic_and_chinese() -> Result<()> {
    let _display = DISPLAY.lock().await;
    let machine = Machine::new();
    let app = App::start(&machine).await?;
    let mut failures = Vec::new();

    app.el("choose-own").await?;
    check(&app, "first-start-en", &mut failures).await?;
    app.create_vault().await?;
    check(&app, "no-case-yet-en", &mut failures).await?;
    app.click("shortcuts-open").await?;
    app.el("shortcuts").await?;
    check(&app, "shortcuts-en", &mut failures).await?;
    app.click("shortcuts-close").await?;
    app.create_case("Amal Nasser").await?;
    let incoming = tempfile::tempdir_in(repo_root().join("target"))?;
    let pdf = incoming.path().join("biopsy.pdf");
    std::fs::write(&pdf, one_line_pdf("Biopsy: small round blue cells."))?;
    app.import("import-files", &pdf).await?;

    // Every screen in English, Arabic and Chinese: checked by axe, and kept as a screenshot
    // (`tests/artifacts/screen-NAME-LANG.png`, which CI keeps).
    for tag in ["en", "ar", "zh"] {
        language(&app, tag).await?;
        check(&app, &format!("settings-{tag}"), &mut failures).await?;
        app.click("nav-cases").await?;
        app.el("case-row").await?;
        check(&app, &format!("cases-{tag}"), &mut failures).await?;
        app.click("case-row").await?;
        app.el("section-record").await?;
        check(&app, &format!("case-{tag}"), &mut failures).await?;
        app.click("open-record").await?;
        app.el("page-image").await?;
        check(&app, &format!("reader-{tag}"), &mut failures).await?;
        app.click("viewer-close").await?;
        // The question before deleting, and Escape that closes it with nothing deleted.
        app.click("delete-record").await?;
        app.el("confirm").await?;
        check(&app, &format!("delete-question-{tag}"), &mut failures).await?;
        app.driver
            .action_chain()
            .send_keys(Key::Escape)
            .perform()
            .await?;
        app.wait_until("the question closed", || async {
            Ok(!app.has("confirm").await?)
        })
        .await?;
        assert!(app.has("open-record").await?, "Escape deleted the record");
        // Records ticked to act on together, and a date picked from the calendar.
        app.click("record-tick").await?;
        app.el("records-bulk").await?;
        check(&app, &format!("records-ticked-{tag}"), &mut failures).await?;
        // Arabic screens write numbers in Latin digits, a file's size too.
        let meta = app.text("record-meta").await?;
        assert!(
            !meta.chars().any(|c| ('\u{660}'..='\u{669}').contains(&c)),
            "{tag}: {meta}"
        );
        app.click("records-bulk-clear").await?;
        app.click("edit-record").await?;
        app.click("record-date-input-pick").await?;
        app.el("record-date-input-calendar").await?;
        check(&app, &format!("calendar-{tag}"), &mut failures).await?;
        app.driver
            .action_chain()
            .send_keys(Key::Escape)
            .perform()
            .await?;
        app.wait_until("the calendar closed", || async {
            Ok(!app.has("record-date-input-calendar").await?)
        })
        .await?;
        app.click("edit-record").await?;
        app.click("nav-today").await?;
        app.el("today").await?;
        check(&app, &format!("today-{tag}"), &mut failures).await?;
        app.click("nav-search").await?;
        app.type_into("search-input", "biopsy").await?;
        app.el("search-hit").await?;
        check(&app, &format!("search-{tag}"), &mut failures).await?;
        app.click("nav-translations").await?;
        app.el("translations").await?;
        check(&app, &format!("translations-{tag}"), &mut failures).await?;
        app.click("nav-glossary").await?;
        app.el("glossary").await?;
        check(&app, &format!("glossary-{tag}"), &mut failures).await?;
        app.click("nav-directory").await?;
        app.el("directory").await?;
        check(&app, &format!("directory-{tag}"), &mut failures).await?;
        app.click("nav-team").await?;
        app.el("team-address").await?;
        check(&app, &format!("team-{tag}"), &mut failures).await?;
    }
    app.click("lock").await?;
    app.el("unlock").await?;
    check(&app, "locked-zh", &mut failures).await?;
    app.quit().await?;
    assert!(
        failures.is_empty(),
        "{} accessibility faults:\n{}",
        failures.len(),
        failures.join("\n")
    );
    Ok(())
}

/// What has the keyboard's focus: its test id (or its tag), and whether a focus ring shows.
async fn focused(app: &App) -> Result<(String, bool)> {
    let found = app
        .driver
        .execute(
            "const e = document.activeElement;
             if (!e || e === document.body) return ['(body)', false];
             const s = getComputedStyle(e);
             const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
             return [e.dataset.testid || e.tagName.toLowerCase(), ring];",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(found.json().clone())?)
}

/// Ctrl and `key` together.
async fn chord(app: &App, key: &str) -> Result<()> {
    app.driver
        .action_chain()
        .key_down(Key::Control)
        .send_keys(key)
        .key_up(Key::Control)
        .perform()
        .await?;
    Ok(())
}

async fn press(app: &App, key: Key) -> Result<()> {
    app.driver.action_chain().send_keys(key).perform().await?;
    Ok(())
}

/// Tabs from where the focus is until `testid` has it, at most `limit` times; returns the
/// test ids passed on the way, each of which showed a focus ring.
async fn tab_to(app: &App, testid: &str, limit: usize) -> Result<Vec<String>> {
    let mut passed = Vec::new();
    for _ in 0..limit {
        press(app, Key::Tab).await?;
        let (now, ring) = focused(app).await?;
        assert!(ring, "{now} has the focus but shows no focus ring");
        passed.push(now.clone());
        if now == testid {
            return Ok(passed);
        }
    }
    Err(format!("Tab never reached {testid}: {passed:?}").into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_main_journey_works_by_keyboard_alone() -> Result<()> {
    let _display = DISPLAY.lock().await;
    let machine = Machine::new();
    let app = App::start(&machine).await?;
    app.create_vault().await?;
    app.create_case("Amal Nasser").await?;
    let incoming = tempfile::tempdir_in(repo_root().join("target"))?;
    let pdf = incoming.path().join("biopsy.pdf");
    std::fs::write(&pdf, one_line_pdf("Biopsy: small round blue cells."))?;
    app.import("import-files", &pdf).await?;
    app.click("nav-cases").await?;
    app.el("case-row").await?;

    // From the window's bar: the screens in order, then the list's actions and its case.
    app.leave_field().await?;
    let passed = tab_to(&app, "case-row", 40).await?;
    let order: Vec<usize> = [
        "nav-today",
        "nav-cases",
        "nav-search",
        "new-case",
        "case-row",
    ]
    .iter()
    .map(|id| {
        passed
            .iter()
            .position(|p| p == id)
            .unwrap_or_else(|| panic!("Tab skipped {id}: {passed:?}"))
    })
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "out of order: {passed:?}"
    );

    // Enter opens the case; Tab reaches the record and Enter opens it in the reader.
    press(&app, Key::Enter).await?;
    app.el("case-title").await?;
    tab_to(&app, "open-record", 120).await?;
    press(&app, Key::Enter).await?;
    app.el("page-image").await?;
    // The reader holds the focus while it is open, and Tab does not leave it...
    for _ in 0..30 {
        press(&app, Key::Tab).await?;
        let inside = app
            .driver
            .execute(
                "return document.querySelector(\"[data-testid='viewer']\").contains(document.activeElement);",
                vec![],
            )
            .await?;
        assert_eq!(
            inside.json(),
            &serde_json::json!(true),
            "the focus left the reader"
        );
    }
    // ...until Escape closes it, and the case is there again.
    press(&app, Key::Escape).await?;
    app.wait_until("the reader closed", || async {
        Ok(!app.has("viewer").await?)
    })
    .await?;
    app.el("case-title").await?;

    // No trap: Tab keeps moving through the case and comes round to the window's bar.
    tab_to(&app, "nav-today", 400).await?;

    // Shortcuts: "?" shows the sheet and Escape closes it; Ctrl+N opens a new case's form
    // from anywhere; Ctrl+F goes to the search with the cursor in its field.
    app.driver.action_chain().send_keys("?").perform().await?;
    app.el("shortcuts").await?;
    press(&app, Key::Escape).await?;
    app.wait_until("the sheet closed", || async {
        Ok(!app.has("shortcuts").await?)
    })
    .await?;
    app.click("nav-today").await?;
    chord(&app, "n").await?;
    app.el("new-case-form").await?;
    chord(&app, "f").await?;
    app.el("search").await?;
    app.wait_until("the cursor in the search field", || async {
        Ok(focused(&app).await?.0 == "search-input")
    })
    .await?;

    // Locked, the passphrase field takes a pasted passphrase (WCAG 3.3.8): nothing on the
    // page refuses the paste.
    app.click("lock").await?;
    app.el("unlock-passphrase").await?;
    let refused = app
        .driver
        .execute(
            "const i = document.querySelector(\"[data-testid='unlock-passphrase']\");
             const data = new DataTransfer(); data.setData('text/plain', 'lantern orbit');
             const e = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
             i.dispatchEvent(e);
             return e.defaultPrevented;",
            vec![],
        )
        .await?;
    assert_eq!(
        refused.json(),
        &serde_json::json!(false),
        "paste is refused"
    );
    app.quit().await?;
    Ok(())
}
