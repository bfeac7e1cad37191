//! The case file end to end in the real app: every section filled, the stage advanced, tasks
//! added and seen in Today, a restart, a conflict written by a second (simulated) member and
//! settled on screen, undo, and the case screen in Arabic and Chinese (screenshots kept).

use std::time::Duration;
use thirtyfour::{By, Key};
use wayfinder_core::{CaseId, EntityKind};
use wayfinder_merge::{AuthorId, Change, FieldRef, Hlc, OpId, Operation};
use wayfinder_tests::{App, Machine, Result};
use wayfinder_vault::VaultDir;

async fn first_start(app: &App) -> Result<()> {
    app.click("choose-own").await?;
    app.type_into("own-passphrase", "lantern orbit velvet cactus harbor")
        .await?;
    app.type_into("confirm-passphrase", "lantern orbit velvet cactus harbor")
        .await?;
    app.click("create-vault").await?;
    app.el("cases-empty").await?;
    Ok(())
}

async fn open_new_case(app: &App, name: &str) -> Result<()> {
    app.click("new-case").await?;
    app.type_into("new-child-name", name).await?;
    app.type_into("new-date-of-birth", "2018-04-02").await?;
    app.select("new-country", "AE").await?;
    app.select("new-languages-add", "ar").await?;
    app.click("create-case").await?;
    app.wait_until("the case screen", || async {
        Ok(app.text("case-title").await? == name)
    })
    .await
}

/// Waits until the case screen shows `stage`.
async fn wait_for_stage(app: &App, stage: &str) -> Result<()> {
    app.wait_until(stage, || async {
        Ok(app
            .el("case-stage")
            .await?
            .attr("data-stage")
            .await?
            .as_deref()
            == Some(stage))
    })
    .await
}

/// Types into a field of the case and leaves it, which saves it; waits for the saved value.
async fn set_case_field(app: &App, field: &str, value: &str) -> Result<()> {
    app.type_into(&format!("field-{field}-input"), value)
        .await?;
    app.el(&format!("field-{field}-input"))
        .await?
        .send_keys(Key::Tab)
        .await?;
    tokio::time::sleep(Duration::from_millis(150)).await;
    Ok(())
}

/// How many elements with this test id the window shows.
async fn count(app: &App, testid: &str) -> Result<usize> {
    Ok(app
        .driver
        .find_all(By::Css(format!("[data-testid='{testid}']")))
        .await?
        .len())
}

/// Adds an entity through its form: text fields typed, the others chosen.
async fn add(app: &App, kind: &str, typed: &[(&str, &str)], chosen: &[(&str, &str)]) -> Result<()> {
    let before = app
        .driver
        .find_all(By::Css(format!("[data-testid='entity-{kind}']")))
        .await?
        .len();
    app.click(&format!("add-{kind}")).await?;
    for (field, value) in typed {
        app.type_into(&format!("new-{kind}-{field}"), value).await?;
    }
    for (field, value) in chosen {
        app.select(&format!("new-{kind}-{field}"), value).await?;
    }
    app.click(&format!("new-{kind}-submit")).await?;
    app.wait_until("the new entity", || async {
        Ok(app
            .driver
            .find_all(By::Css(format!("[data-testid='entity-{kind}']")))
            .await?
            .len()
            == before + 1)
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_case_file_from_inquiry_to_today_across_a_restart_and_a_conflict() -> Result<()> {
    let machine = Machine::new();
    let app = App::start(&machine).await?;
    first_start(&app).await?;
    open_new_case(&app, "Layla Haddad").await?;

    // The child, the diagnosis, coordination.
    app.select("field-child.sex-input", "female").await?;
    set_case_field(&app, "diagnosis.text", "Medulloblastoma, WNT-activated").await?;
    // The ICD-10 code is picked from the list as she types.
    app.type_into("field-diagnosis.icd10-input", "C71").await?;
    let suggestion = app.el("field-diagnosis.icd10-suggestion").await?;
    assert_eq!(suggestion.attr("data-code").await?.as_deref(), Some("C71"));
    app.driver
        .find(By::Css(
            "[data-testid='field-diagnosis.icd10-suggestion'][data-code='C71.6']",
        ))
        .await?
        .click()
        .await?;
    app.wait_until("the code's title", || async {
        Ok(app.text("field-diagnosis.icd10-title").await? == "Malignant neoplasm of cerebellum")
    })
    .await?;
    set_case_field(&app, "diagnosis.topography", "C71.6").await?;
    set_case_field(&app, "diagnosis.morphology", "9470/3").await?;
    set_case_field(&app, "diagnosis.risk_group", "standard").await?;
    set_case_field(&app, "assignee", "Mariam").await?;
    set_case_field(&app, "waiting_on", "Hospital Sant Joan de Déu").await?;
    // A malformed code is refused beside the field, and nothing is saved.
    set_case_field(&app, "diagnosis.icd10", "brain").await?;
    app.wait_until("the refusal", || async {
        app.has("field-diagnosis.icd10-error").await
    })
    .await?;
    // Regression: the list of codes (where Tab took her) could not be closed, and lay over
    // the form below: a click meant for "Add a contact" picked a code instead. Escape closes it.
    app.driver
        .action_chain()
        .send_keys(Key::Escape)
        .perform()
        .await?;
    app.wait_until("the list of codes closed", || async {
        Ok(!app.has("field-diagnosis.icd10-suggestions").await?)
    })
    .await?;

    // Every list.
    add(
        &app,
        "contact",
        &[
            ("name", "Amal Haddad"),
            ("relation", "mother"),
            ("phone", "+971 50 123 4567"),
        ],
        &[("channel", "whatsapp")],
    )
    .await?;
    add(
        &app,
        "treatment",
        &[
            ("what", "Surgery"),
            ("where", "Dubai Hospital"),
            ("from", "2026-08-01"),
        ],
        &[],
    )
    .await?;
    add(
        &app,
        "question",
        &[("text", "Is craniospinal irradiation needed?")],
        &[],
    )
    .await?;
    add(
        &app,
        "consent",
        &[
            ("what", "records"),
            ("recipient", "Sant Joan de Déu"),
            ("until", "2026-12-10"),
        ],
        &[],
    )
    .await?;
    add(
        &app,
        "task",
        &[
            ("title", "Send the MRI to the reviewers"),
            ("due", "2026-01-05"),
        ],
        &[],
    )
    .await?;
    add(
        &app,
        "task",
        &[("title", "Book the interpreter"), ("due", "2099-01-01")],
        &[],
    )
    .await?;
    add(
        &app,
        "note",
        &[("text", "Family prefers calls after 6 pm.")],
        &[],
    )
    .await?;
    // In the case, the task past its date is flagged overdue; the one due in 2099 is not.
    let flagged = app
        .driver
        .find_all(By::Css("[data-testid='task-due-state']"))
        .await?;
    assert_eq!(flagged.len(), 1, "one task is due or overdue");
    let overdue: u32 = flagged[0]
        .attr("data-overdue")
        .await?
        .unwrap_or_default()
        .parse()?;
    assert!(overdue > 300, "overdue by {overdue} days");

    // Deleting the note asks first: Cancel keeps it; confirmed, it goes, and Undo in the
    // message that says so brings it back.
    let notes = || count(&app, "entity-note");
    app.click("delete-note").await?;
    app.click("confirm-no").await?;
    assert!(!app.has("confirm").await?);
    assert_eq!(notes().await?, 1);
    app.click("delete-note").await?;
    app.click("confirm-yes").await?;
    app.wait_until("the note deleted", || async { Ok(notes().await? == 0) })
        .await?;
    let said = app.text("toast").await?;
    assert!(said.starts_with("Deleted."), "{said}");
    app.click("toast-undo").await?;
    app.wait_until("the note back", || async { Ok(notes().await? == 1) })
        .await?;
    // The case's activity says who did what: the task added, the diagnosis changed, the note
    // deleted (and brought back by Undo, which is a change of its own).
    let mut seen = Vec::new();
    for entry in app
        .driver
        .find_all(By::Css("[data-testid='activity-entry']"))
        .await?
    {
        seen.push((
            entry.attr("data-action").await?.unwrap_or_default(),
            entry.attr("data-kind").await?.unwrap_or_default(),
            entry.attr("data-field").await?.unwrap_or_default(),
        ));
    }
    for expected in [
        ("made", "task", ""),
        ("changed", "case", "diagnosis.text"),
        ("deleted", "note", ""),
    ] {
        assert!(
            seen.iter()
                .any(|(a, k, f)| (a.as_str(), k.as_str(), f.as_str()) == expected),
            "{expected:?} not in the activity: {seen:?}"
        );
    }
    assert!(app.text("section-activity").await?.contains("you"));

    // A task without a title is refused with the reason.
    app.click("add-task").await?;
    app.click("new-task-submit").await?;
    assert_eq!(
        app.text("new-task-error").await?,
        "This field cannot be empty."
    );

    // The stage: inquiry → intake → records, and the history says so.
    app.click("move-intake").await?;
    wait_for_stage(&app, "intake").await?;
    app.click("move-records").await?;
    wait_for_stage(&app, "records").await?;
    assert!(
        !app.has("move-travel").await?,
        "a case cannot jump to travel from records"
    );

    // Undo takes back the last move.
    app.click("undo").await?;
    wait_for_stage(&app, "intake").await?;
    app.click("move-records").await?;
    wait_for_stage(&app, "records").await?;

    // The list says how late the case is and when its next task is due.
    app.click("nav-cases").await?;
    app.el("case-row").await?;
    assert_eq!(
        app.el("case-overdue")
            .await?
            .attr("data-count")
            .await?
            .as_deref(),
        Some("1")
    );
    assert_eq!(
        app.el("case-next-due")
            .await?
            .attr("data-due")
            .await?
            .as_deref(),
        Some("2026-01-05")
    );
    app.select("cases-sort", "overdue").await?;
    app.el("case-row").await?;

    // Today: the overdue task (not the one due in 2099), the case waiting, the consent ending.
    app.click("nav-today").await?;
    app.el("today").await?;
    let tasks = app
        .driver
        .find_all(By::Css("[data-testid='today-task']"))
        .await?;
    assert_eq!(tasks.len(), 1);
    assert!(
        tasks[0]
            .text()
            .await?
            .contains("Send the MRI to the reviewers")
    );
    assert!(app.text("today-waiting").await?.contains("Layla Haddad"));
    // She ticks it done from Today: it leaves the list, and the case's task says done.
    app.click("today-task-done").await?;
    app.wait_until("the task gone from Today", || async {
        Ok(!app.has("today-task").await? && app.has("today-no-tasks").await?)
    })
    .await?;
    app.el("toast").await?;
    app.quit().await?;

    // Another member, who had seen the first name only, renamed the child while apart; their
    // operation arrives (as sync will bring it) while the app is closed.
    {
        let dir = VaultDir::new(machine.vault_dir());
        let mut vault = dir.open_from_keychain()?;
        let summary = vault.list_cases(&Default::default())?.remove(0);
        let case: CaseId = summary.id;
        let first_name = vault
            .field_heads(*case.as_bytes())?
            .into_iter()
            .find(|(f, _)| f == "child.name")
            .map(|(_, h)| h.op)
            .ok_or("no name")?;
        // She had renamed the child herself, before the other member's edit arrived.
        vault.edit_field(
            *case.as_bytes(),
            "child.name",
            Some("Layla H. Haddad"),
            chrono::Utc::now(),
            chrono::Local::now().date_naive(),
        )?;
        let later = chrono::Utc::now().timestamp_millis() as u64 + 1000;
        vault.apply_operation(&Operation {
            id: OpId(*CaseId::new(chrono::Utc::now(), [7; 10]).as_bytes()),
            author: AuthorId([0xbb; 16]),
            time: Hlc {
                millis: later,
                counter: 0,
            },
            target: FieldRef {
                scope: *case.as_bytes(),
                entity: *case.as_bytes(),
                field: "child.name".into(),
            },
            parents: vec![first_name],
            change: Change::Set("Leila Haddad".into()),
        })?;
        assert_eq!(
            vault
                .case_file(case)?
                .iter()
                .filter(|e| e.kind == EntityKind::Task)
                .count(),
            2
        );
        // She retitled a task; the other member, who had seen only its creation, deleted it.
        let task = vault
            .case_file(case)?
            .into_iter()
            .find(|e| {
                e.kind == EntityKind::Task && e.value("title") == Some("Book the interpreter")
            })
            .ok_or("no task")?
            .id;
        let created = vault
            .field_heads(task)?
            .into_iter()
            .find(|(f, _)| f == "$kind")
            .map(|(_, h)| h.op)
            .ok_or("no $kind")?;
        vault.edit_field(
            task,
            "title",
            Some("Book the Arabic interpreter"),
            chrono::Utc::now(),
            chrono::Local::now().date_naive(),
        )?;
        vault.apply_operation(&Operation {
            id: OpId(*CaseId::new(chrono::Utc::now(), [8; 10]).as_bytes()),
            author: AuthorId([0xbb; 16]),
            time: Hlc {
                millis: later + 1,
                counter: 0,
            },
            target: FieldRef {
                scope: *case.as_bytes(),
                entity: task,
                field: "$kind".into(),
            },
            parents: vec![created],
            change: Change::Clear,
        })?;
    }

    // Restart: the day starts on Today; everything is there, and the conflict is shown with
    // both versions.
    let app = App::start(&machine).await?;
    app.el("today").await?;
    app.click("nav-cases").await?;
    let row = app.el("case-row").await?;
    assert!(app.has("case-conflicts").await?);
    row.click().await?;
    let name_field = app.el("field-child.name").await?;
    assert_eq!(
        name_field.attr("data-conflict").await?.as_deref(),
        Some("true")
    );
    // Without the Unicode isolation marks the screen puts around names in sentences.
    let text: String = name_field
        .text()
        .await?
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    assert!(
        text.contains("Layla H. Haddad") && text.contains("Leila Haddad"),
        "{text}"
    );
    assert!(
        text.contains("you") && text.contains("member bbbbbbbb"),
        "{text}"
    );
    assert_eq!(
        app.el("case-stage")
            .await?
            .attr("data-stage")
            .await?
            .as_deref(),
        Some("records")
    );
    assert_eq!(
        app.value("field-diagnosis.morphology-input").await?,
        "9470/3"
    );
    assert_eq!(
        app.value("field-diagnosis.icd10-input").await?,
        "C71.6",
        "the refused code must not be saved"
    );
    for kind in ["contact", "treatment", "question", "consent", "note"] {
        assert_eq!(
            app.driver
                .find_all(By::Css(format!("[data-testid='entity-{kind}']")))
                .await?
                .len(),
            1,
            "{kind}"
        );
    }
    assert_eq!(
        app.driver
            .find_all(By::Css("[data-testid='entity-task']"))
            .await?
            .len(),
        2
    );
    // She keeps the other member's spelling; the conflict is gone.
    let keep = app
        .driver
        .find_all(By::Css("[data-testid='field-child.name-keep']"))
        .await?;
    assert_eq!(keep.len(), 2);
    keep[1].click().await?;
    app.wait_until("the conflict to be settled", || async {
        Ok(app
            .el("field-child.name")
            .await?
            .attr("data-conflict")
            .await?
            .as_deref()
            == Some("false"))
    })
    .await?;
    assert_eq!(app.text("case-title").await?, "Leila Haddad");
    // The task deleted elsewhere while she retitled it is still there, with the question.
    let banner = app.el("deletion-conflict").await?;
    assert!(
        banner.text().await?.contains("member"),
        "{}",
        banner.text().await?
    );
    app.click("keep-entity").await?;
    app.wait_until("the deletion to be settled", || async {
        Ok(!app.has("deletion-conflict").await?)
    })
    .await?;
    assert_eq!(
        app.driver
            .find_all(By::Css("[data-testid='entity-task']"))
            .await?
            .len(),
        2
    );

    // The case screen in Arabic and Chinese.
    for (tag, dir) in [("ar", "rtl"), ("zh", "ltr")] {
        app.click("nav-settings").await?;
        app.select("language", tag).await?;
        app.wait_until("the language", || async {
            Ok(app.direction().await?.1 == tag)
        })
        .await?;
        assert_eq!(app.direction().await?.0, dir);
        app.click("nav-cases").await?;
        app.click("case-row").await?;
        app.el("section-diagnosis").await?;
        app.screenshot(&format!("case-file-{tag}")).await?;
        app.click("nav-today").await?;
        app.el("today").await?;
        app.screenshot(&format!("today-{tag}")).await?;
    }

    // In French she types a date as the French write it, and reads it back so.
    app.click("nav-settings").await?;
    app.select("language", "fr").await?;
    app.wait_until("French", || async { Ok(app.direction().await?.1 == "fr") })
        .await?;
    app.click("nav-cases").await?;
    app.click("case-row").await?;
    add(
        &app,
        "task",
        &[("title", "Rendez-vous au consulat"), ("due", "14/05/2027")],
        &[],
    )
    .await?;
    let dues = app
        .driver
        .find_all(By::Css("[data-testid='task-due-input']"))
        .await?;
    let mut shown = Vec::new();
    for due in dues {
        shown.push((
            due.value().await?.unwrap_or_default(),
            due.attr("data-value").await?,
        ));
    }
    assert!(
        shown.contains(&("14/05/2027".to_owned(), Some("2027-05-14".to_owned()))),
        "{shown:?}"
    );
    // A day that does not exist is refused with the form it expects.
    app.click("add-task").await?;
    app.type_into("new-task-title", "Appeler l'hôpital").await?;
    app.type_into("new-task-due", "31/02/2027").await?;
    app.click("new-task-submit").await?;
    app.el("new-task-error").await?;
    assert!(app.text("new-task-due-form").await?.contains("14/05/2026"));

    // Or she picks the day from a calendar in French, weeks from Monday, with the keyboard:
    // from the 14th of May 2027 a day on, then a month on, and Enter.
    app.type_into("new-task-due", "14/05/2027").await?;
    app.click("new-task-due-pick").await?;
    app.el("new-task-due-calendar").await?;
    assert_eq!(app.text("new-task-due-calendar-month").await?, "Mai 2027");
    let first_day = app
        .driver
        .find(By::Css("[data-testid='new-task-due-calendar'] th"))
        .await?
        .attr("abbr")
        .await?;
    assert_eq!(first_day.as_deref(), Some("lundi"));
    app.screenshot("calendar-fr").await?;
    for key in [Key::Right, Key::PageDown] {
        app.driver.action_chain().send_keys(key).perform().await?;
    }
    app.wait_until("the 15th of June focused", || async {
        Ok(app.text("new-task-due-calendar-month").await? == "Juin 2027")
    })
    .await?;
    app.driver
        .action_chain()
        .send_keys(Key::Enter)
        .perform()
        .await?;
    app.wait_until("the day picked", || async {
        Ok(!app.has("new-task-due-calendar").await?
            && app.value("new-task-due").await? == "15/06/2027")
    })
    .await?;
    assert_eq!(
        app.el("new-task-due")
            .await?
            .attr("data-value")
            .await?
            .as_deref(),
        Some("2027-06-15")
    );
    app.screenshot("calendar-picked-fr").await?;
    app.click("new-task-submit").await?;
    app.wait_until("the task due on the picked day", || async {
        let mut values = Vec::new();
        for due in app
            .driver
            .find_all(By::Css("[data-testid='task-due-input']"))
            .await?
        {
            values.push(due.attr("data-value").await?.unwrap_or_default());
        }
        Ok(values.iter().any(|v| v == "2027-06-15"))
    })
    .await?;
    app.quit().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_case_list_finds_and_filters() -> Result<()> {
    let machine = Machine::new();
    let app = App::start(&machine).await?;
    first_start(&app).await?;
    for name in ["Layla Haddad", "Иван Петров", "王小明"] {
        open_new_case(&app, name).await?;
        app.click("nav-cases").await?;
    }
    app.click("case-row").await?;
    app.click("move-intake").await?;
    wait_for_stage(&app, "intake").await?;
    app.click("nav-cases").await?;
    let rows = |app: &App| {
        let driver = app.driver.clone();
        async move {
            Ok::<usize, Box<dyn std::error::Error + Send + Sync>>(
                driver
                    .find_all(By::Css("[data-testid='case-row']"))
                    .await?
                    .len(),
            )
        }
    };
    app.wait_until("three cases", || async { Ok(rows(&app).await? == 3) })
        .await?;
    app.type_into("case-search", "иван").await?;
    app.wait_until("one match", || async { Ok(rows(&app).await? == 1) })
        .await?;
    assert!(app.text("case-row").await?.contains("Иван Петров"));
    app.type_into("case-search", "nobody").await?;
    app.el("cases-none-match").await?;
    app.type_into("case-search", "").await?;
    app.el("case-search").await?.send_keys(" ").await?;
    app.wait_until("all again", || async { Ok(rows(&app).await? == 3) })
        .await?;
    app.select("filter-stage", "intake").await?;
    app.wait_until("the intake case", || async { Ok(rows(&app).await? == 1) })
        .await?;
    app.quit().await
}
