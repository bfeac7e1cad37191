//! Reports end to end in the real app: her contact details set once, a consent that allows
//! initials only, two records imported; a review packet in Spanish with the records in the
//! order she set, paged through in the preview, exported through the system's save dialog,
//! and noted in the case. The exported file is then opened with PDFium: its pages, its text,
//! its bookmarks, and no more of the child than the consent allows; and nothing of it is left
//! readable in the folders the app writes to.

use std::path::PathBuf;
use thirtyfour::By;
use wayfinder_i18n::{Catalog, Locale};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_tests::{App, Machine, Result, one_line_pdf, repo_root};

fn fixture(path: &str) -> PathBuf {
    wayfinder_testkit::fixture(path)
}

async fn indicator(app: &App, page: u32, total: u32) -> Result<()> {
    app.wait_until(&format!("preview page {page}"), || async {
        let shown = app.el("report-page").await?.attr("data-page").await?;
        // The live UI keeps Fluent's isolation marks around what it fills in.
        let said = app
            .text("report-page-indicator")
            .await?
            .replace(['\u{2068}', '\u{2069}'], "");
        Ok(shown.as_deref() == Some(&*page.to_string())
            && said == format!("Page {page} of {total}"))
    })
    .await
}

#[tokio::test]
async fn a_review_packet_is_previewed_exported_and_noted_in_the_real_app() -> Result<()> {
    let machine = Machine::new();
    let files = tempfile::tempdir_in(repo_root().join("target"))?;
    let biopsy = files.path().join("biopsy.pdf");
    std::fs::write(
        &biopsy,
        one_line_pdf("Biopsy of the posterior fossa tumour: medulloblastoma."),
    )?;
    let exported = files.path().join("packet for Barcelona.pdf");

    let app = App::start(&machine).await?;
    app.create_vault().await?;

    // Her contact, once, in the settings: every report carries it.
    app.click("nav-settings").await?;
    app.type_into("contact-name", "Amal Mansour").await?;
    app.type_into("contact-email", "amal@example.org").await?;
    app.click("contact-phone").await?;
    // Saved: the settings read back from the app after leaving them hold what she typed.
    app.wait_until("the contact saved", || async {
        app.click("nav-today").await?;
        app.click("nav-settings").await?;
        Ok(app.value("contact-email").await? == "amal@example.org"
            && app.value("contact-name").await? == "Amal Mansour")
    })
    .await?;

    app.click("nav-cases").await?;
    app.create_case("Layla Haddad").await?;

    // The family allows the hospital in Barcelona to see her initials, not her name.
    app.click("add-consent").await?;
    app.type_into("new-consent-what", "Medical records for a second opinion")
        .await?;
    app.type_into("new-consent-recipient", "Hospital Sant Joan de Déu")
        .await?;
    app.select("new-consent-identity", "initials").await?;
    app.click("new-consent-submit").await?;
    app.el("entity-consent").await?;

    app.import("import-files", &biopsy).await?;
    app.import("import-files", &fixture("pdfs/TAMReview.pdf"))
        .await?;
    app.wait_until("both records in the report's list", || async {
        Ok(app
            .driver
            .find_all(By::Css("[data-testid='report-record']"))
            .await?
            .len()
            == 2)
    })
    .await?;

    // Both ticked; the 23-page review moved before the biopsy.
    for tick in app
        .driver
        .find_all(By::Css("[data-testid='report-record-tick']"))
        .await?
    {
        tick.click().await?;
    }
    let moves = app
        .driver
        .find_all(By::Css("[data-testid='report-move-up']"))
        .await?;
    moves
        .get(1)
        .ok_or("no second record to move")?
        .click()
        .await?;
    app.select("report-kind", "packet").await?;
    app.select("report-language", "es").await?;
    let consent = app
        .driver
        .find(By::Css(
            "[data-testid='report-consent'] option:nth-child(2)",
        ))
        .await?
        .value()
        .await?
        .ok_or("the consent is not offered")?;
    app.select("report-consent", &consent).await?;
    app.click("report-prepare").await?;
    let preview = app.el("report-preview").await?;
    let total: u32 = preview
        .attr("data-pages")
        .await?
        .ok_or("no page count")?
        .parse()?;
    assert!(
        (1 + 23 + 1..=2 + 23 + 1).contains(&total),
        "{total} pages: the summary, 23 and 1"
    );
    assert!(
        app.text("report-shows").await?.contains("Initials only"),
        "{}",
        app.text("report-shows").await?
    );

    // Paging through the preview.
    indicator(&app, 1, total).await?;
    app.click("report-next").await?;
    indicator(&app, 2, total).await?;
    app.click("report-next").await?;
    indicator(&app, 3, total).await?;
    app.click("report-prev").await?;
    indicator(&app, 2, total).await?;

    // Exported where she chose, and noted in the case.
    app.click("report-export").await?;
    app.save_in_dialog("^Export the report$", &exported).await?;
    app.wait_until("the export done", || async {
        app.has("report-exported").await
    })
    .await?;
    assert!(
        app.text("report-exported")
            .await?
            .contains("packet for Barcelona.pdf")
    );
    let noted = app.text("export-entry").await?;
    assert!(
        noted.contains("Hospital Sant Joan de Déu") && noted.contains("Review packet"),
        "{noted}"
    );
    app.click("lock").await?;
    app.el("unlock").await?;
    app.quit().await?;

    // Preparing, previewing and exporting wrote nothing readable anywhere but the chosen file:
    // not the child's name, not a page of the packet.
    for canary in ["Haddad", "posterior fossa tumour"] {
        let leaks = wayfinder_tests::files_containing(machine.root(), canary);
        assert!(leaks.is_empty(), "{canary} found on disk in {leaks:?}");
    }

    // The file, as the hospital opens it.
    let engine = PdfEngine::shared(&library_path())?;
    let (doc, pages) = engine.open(std::fs::read(&exported)?, None)?;
    assert_eq!(u32::from(pages), total);
    let text: Vec<String> = (0..pages)
        .map(|p| engine.page_text(doc, p))
        .collect::<std::result::Result<_, _>>()?;
    let catalog = Catalog::new()?;
    let summary_pages = (total - 24) as usize;
    let summary = text[..summary_pages].join("\n");
    for expected in [
        catalog.message(Locale::Es, "report-summary-title", &[]),
        "L. H.".to_owned(),
        "Amal Mansour".to_owned(),
        "amal@example.org".to_owned(),
    ] {
        assert!(
            summary.contains(&expected),
            "{expected:?} not in:\n{summary}"
        );
    }
    let all = text.join("\n");
    assert!(
        !all.contains("Layla") && !all.contains("Haddad"),
        "the name went out"
    );
    assert!(!summary.contains("2018"), "the date of birth went out");
    // The review's pages first, as she ordered, then the biopsy, kept as text.
    assert!(
        text[summary_pages].contains("Working Papers on Information Systems"),
        "{}",
        text[summary_pages]
    );
    assert!(
        text[total as usize - 1].contains("posterior fossa tumour"),
        "{}",
        text[total as usize - 1]
    );
    let marks: Vec<(String, u32)> = engine
        .bookmarks(doc)?
        .into_iter()
        .map(|b| (b.title, b.page.map(u32::from).unwrap_or(u32::MAX)))
        .collect();
    let at = |title: &str| marks.iter().find(|(t, _)| t == title).map(|(_, p)| *p);
    assert_eq!(at("TAMReview.pdf"), Some(summary_pages as u32), "{marks:?}");
    assert_eq!(at("biopsy.pdf"), Some(total - 1), "{marks:?}");
    engine.close(doc);
    Ok(())
}
