//! The real app, end to end: first start, a case created and edited, restart and unlock from
//! the keychain, the six languages with Arabic right to left, locking, a lost keychain entry
//! and the passphrase path, and then a thief's look at every file the app could have written.

use std::time::Duration;
use thirtyfour::Key;
use wayfinder_tests::{App, Machine, Result, files_containing};

/// A name no real file contains, so finding it on disk can only mean a leak.
const CANARY: &str = "Canarywren Zqxvbeta";

async fn first_start_creates_the_vault(app: &App) -> Result<String> {
    app.el("setup").await?;
    let passphrase = app.text("generated-passphrase").await?;
    assert_eq!(passphrase.split_whitespace().count(), 8, "{passphrase:?}");
    // A confirmation that does not match is refused before anything is created.
    app.type_into("confirm-passphrase", "not the same words")
        .await?;
    app.click("create-vault").await?;
    assert!(!app.text("setup-error").await?.is_empty());
    app.type_into("confirm-passphrase", &passphrase).await?;
    app.click("create-vault").await?;
    app.el("cases-empty").await?;
    Ok(passphrase)
}

/// Types a passphrase of her own, twice, and asks for the vault.
async fn submit_own_passphrase(app: &App, passphrase: &str) -> Result<()> {
    app.type_into("own-passphrase", passphrase).await?;
    app.type_into("confirm-passphrase", passphrase).await?;
    app.click("create-vault").await
}

async fn create_case(app: &App) -> Result<()> {
    app.click("new-case").await?;
    // An empty form is refused with the reason, and nothing is created.
    app.click("create-case").await?;
    assert_eq!(app.text("new-case-error").await?, "Enter the child's name.");
    app.type_into("new-child-name", CANARY).await?;
    app.type_into("new-date-of-birth", "2019-03-07").await?;
    app.select("new-country", "AE").await?;
    app.select("new-languages-add", "ar").await?;
    app.select("new-languages-add", "en").await?;
    app.click("create-case").await?;
    app.wait_until("the case screen", || async {
        Ok(app.text("case-title").await? == CANARY)
    })
    .await?;
    Ok(())
}

async fn edit_case(app: &App) -> Result<()> {
    app.type_into("field-child.name-input", &format!("{CANARY} Haddad"))
        .await?;
    // Saved as she types: the heading follows once the vault has it.
    app.wait_until("the name to be saved", || async {
        Ok(app.text("case-title").await? == format!("{CANARY} Haddad"))
    })
    .await?;
    // A date in the future is refused beside the field and not saved.
    app.type_into("field-child.date_of_birth-input", "2099-01-01")
        .await?;
    app.click("case-title").await?;
    app.wait_until("the refusal", || async {
        app.has("field-child.date_of_birth-error").await
    })
    .await?;
    assert_eq!(
        app.text("field-child.date_of_birth-error").await?,
        "The date of birth cannot be in the future."
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinators_day_from_first_start_to_lock() -> Result<()> {
    let machine = Machine::new();

    // First start: a new vault, a case, an edit.
    let app = App::start(&machine).await?;
    let passphrase = first_start_creates_the_vault(&app).await?;
    create_case(&app).await?;
    edit_case(&app).await?;
    app.quit().await?;

    // Next start: the keychain opens the vault with no prompt, and everything is there.
    let app = App::start(&machine).await?;
    app.el("unlocked").await?;
    app.el("today").await?;
    app.click("nav-cases").await?;
    let row = app.el("case-row").await?;
    assert!(row.text().await?.contains(&format!("{CANARY} Haddad")));
    row.click().await?;
    assert_eq!(
        app.value("field-child.name-input").await?,
        format!("{CANARY} Haddad")
    );
    // Shown as English writes dates (month first); stored as ISO.
    let born = app.el("field-child.date_of_birth-input").await?;
    assert_eq!(
        (
            born.value().await?.unwrap_or_default(),
            born.attr("data-value").await?.unwrap_or_default()
        ),
        ("03/07/2019".to_owned(), "2019-03-07".to_owned()),
        "the refused date must not be saved"
    );
    assert_eq!(app.value("field-child.country-input").await?, "AE");
    let chips = app
        .el("field-child.languages-input")
        .await?
        .find_all(thirtyfour::By::Css(".chip"))
        .await?;
    let mut codes = Vec::new();
    for chip in chips {
        codes.push(chip.attr("data-code").await?.unwrap_or_default());
    }
    assert_eq!(codes, ["ar", "en"]);
    app.screenshot("case-en").await?;

    // Every language; Arabic turns the window right to left.
    for (tag, dir, lock_label) in [
        ("ar", "rtl", "قفل"),
        ("zh", "ltr", "锁定"),
        ("ru", "ltr", "Заблокировать"),
        ("es", "ltr", "Bloquear"),
        ("fr", "ltr", "Verrouiller"),
        ("en", "ltr", "Lock"),
    ] {
        app.click("nav-settings").await?;
        app.select("language", tag).await?;
        app.wait_until("the language switch", || async {
            Ok(app.direction().await?.1 == tag)
        })
        .await?;
        assert_eq!(app.direction().await?, (dir.to_owned(), tag.to_owned()));
        assert_eq!(app.text("lock").await?, lock_label, "{tag}");
        app.click("nav-cases").await?;
        app.click("case-row").await?;
        app.el("field-child.name-input").await?;
        app.screenshot(&format!("case-{tag}")).await?;
    }

    // Lock with the button: nothing of the case is left in the window.
    app.click("lock").await?;
    app.el("unlock").await?;
    assert!(!app.page_source().await?.contains("Canarywren"));
    // Unlock from the keychain (with a case in the vault, the day starts on Today), then lock
    // with the shortcut.
    app.click("unlock-keychain").await?;
    app.el("today").await?;
    app.click("nav-cases").await?;
    app.el("case-row").await?;
    app.driver
        .action_chain()
        .key_down(Key::Control)
        .send_keys("l")
        .key_up(Key::Control)
        .perform()
        .await?;
    app.el("unlock").await?;
    assert!(!app.page_source().await?.contains("Canarywren"));
    app.quit().await?;

    // The keychain entry is gone (a new laptop, a cleaned keychain): she is told why and asked
    // for the passphrase; a wrong one is refused; the right one opens and stores the key again.
    // Only this vault's entry: the other tests' vaults share the keychain.
    let header: serde_json::Value =
        serde_json::from_slice(&std::fs::read(machine.vault_dir().join("vault.json"))?)?;
    let vault_id = header["vault_id"].as_str().ok_or("no vault id")?;
    let cleared = std::process::Command::new("secret-tool")
        .args([
            "clear",
            "service",
            "org.wayfinder.vault",
            "username",
            vault_id,
        ])
        .status()?;
    assert!(cleared.success());
    let app = App::start(&machine).await?;
    assert_eq!(
        app.el("unlock-reason")
            .await?
            .attr("data-code")
            .await?
            .as_deref(),
        Some("keychain-missing")
    );
    app.type_into("unlock-passphrase", "wrong words entirely here")
        .await?;
    app.click("unlock-with-passphrase").await?;
    assert!(
        app.text("unlock-error")
            .await?
            .starts_with("That passphrase does not open this vault")
    );
    app.type_into("unlock-passphrase", &passphrase).await?;
    app.click("unlock-with-passphrase").await?;
    app.el("today").await?;
    app.quit().await?;
    let app = App::start(&machine).await?;
    app.el("today").await?;
    app.click("lock").await?;
    app.el("unlock").await?;
    app.quit().await?;

    // A thief's look: no file the app, WebKit or the driver wrote holds the child's name.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let leaks = files_containing(machine.root(), "Canarywren");
    assert!(leaks.is_empty(), "the canary is readable in {leaks:?}");
    let passphrase_leaks = files_containing(machine.root(), &passphrase);
    assert!(
        passphrase_leaks.is_empty(),
        "the passphrase is readable in {passphrase_leaks:?}"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_weak_passphrase_is_refused_with_the_reason() -> Result<()> {
    let machine = Machine::new();
    let app = App::start(&machine).await?;
    app.click("choose-own").await?;
    for (typed, expect) in [
        (
            "short",
            "The passphrase is too short: use at least 12 characters.",
        ),
        ("password12345", "This passphrase would be easy to guess."),
    ] {
        submit_own_passphrase(&app, typed).await?;
        app.wait_until("the refusal", || async { app.has("setup-error").await })
            .await?;
        let shown = app.text("setup-error").await?;
        assert!(shown.starts_with(expect), "{shown}");
    }
    assert!(
        !machine.vault_dir().exists(),
        "a refused passphrase must create nothing"
    );
    submit_own_passphrase(&app, "lantern orbit velvet cactus harbor").await?;
    app.el("cases-empty").await?;
    assert!(machine.vault_dir().join("vault.json").is_file());
    app.quit().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_folder_that_is_not_a_vault_is_explained_and_left_alone() -> Result<()> {
    let machine = Machine::new();
    let vault = machine.vault_dir();
    std::fs::create_dir_all(&vault)?;
    std::fs::write(vault.join("notes.txt"), "someone else's file")?;
    let app = App::start(&machine).await?;
    let message = app.text("unusable-message").await?;
    assert!(
        message.starts_with("The vault folder holds files that are not a Wayfinder vault."),
        "{message}"
    );
    app.quit().await?;
    assert_eq!(
        std::fs::read_to_string(vault.join("notes.txt"))?,
        "someone else's file"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_vault_locks_itself_after_the_idle_minutes_set() -> Result<()> {
    let machine = Machine::new();
    let app = App::start(&machine).await?;
    app.click("choose-own").await?;
    submit_own_passphrase(&app, "lantern orbit velvet cactus harbor").await?;
    app.click("nav-settings").await?;
    app.type_into("auto-lock-minutes", "1").await?;
    app.click("language").await?;
    app.el("settings-saved").await?;
    app.click("nav-cases").await?;
    app.el("cases-empty").await?;
    // No input for a minute: the vault locks itself and the window says so.
    let idle = std::time::Instant::now();
    app.el_within("unlock", Duration::from_secs(90)).await?;
    let waited = idle.elapsed();
    assert!(
        waited >= Duration::from_secs(55),
        "locked after only {waited:?}"
    );
    assert!(!app.has("unlocked").await?);
    // The setting was kept.
    app.click("unlock-keychain").await?;
    app.click("nav-settings").await?;
    assert_eq!(app.value("auto-lock-minutes").await?, "1");
    app.quit().await
}
