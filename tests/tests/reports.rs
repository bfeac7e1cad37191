//! Reports end to end in the real app: her contact details set once, a consent that allows
//! initials only, two records imported; a review packet in Spanish with the records in the
//! order she set, paged through in the preview, exported through the system's save dialog,
//! and noted in the case. The exported file is then opened with PDFium: its pages, its text,
//! its bookmarks, and no more of the child than the consent allows; and nothing of it is left
//! readable in the folders the app writes to. And a record sent on its own: a protected PDF
//! without its password, and a DICOM study of a hospital CD as a folder of its original files.

use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use thirtyfour::By;
use wayfinder_i18n::{Catalog, Locale};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_tests::{App, Machine, Result, one_line_pdf, repo_root};

fn fixture(path: &str) -> PathBuf {
    wayfinder_testkit::fixture(path)
}

/// One app on the display at a time: a window that opens while another test types into a file
/// dialog takes the keyboard from it. Each test holds this from start to end.
static DISPLAY: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

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
    let _display = DISPLAY.lock().await;
    let machine = Machine::new();
    let files = tempfile::tempdir_in(repo_root().join("target"))?;
    let biopsy = files.path().join("biopsy.pdf");
    std::fs::write(
        &biopsy,
        one_line_pdf("Biopsy of the posterior fossa tumour: medulloblastoma."),
    )?;
    let exported = files.path().join("packet for Barcelona.pdf");
    let bundle = files.path().join("layla.json");
    let statement = files.path().join("disclosures.json");
    let audit_csv = files.path().join("audit.csv");
    let archive = files.path().join("layla.wfarchive");

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

    // She reads the biopsy before sending it: the audit log will say so.
    let mut opened = false;
    for record in app
        .driver
        .find_all(By::Css("[data-testid='record']"))
        .await?
    {
        if record.text().await?.to_lowercase().contains("biopsy") {
            record
                .find(By::Css("[data-testid='open-record']"))
                .await?
                .click()
                .await?;
            opened = true;
            break;
        }
    }
    assert!(opened, "no record row shows the biopsy");
    app.el("viewer-close").await?;
    app.click("viewer-close").await?;

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
    // The case's audit log: opened, the record viewed, two imported, the packet exported;
    // every entry signed and chained.
    app.wait_until("the export in the audit log", || async {
        Ok(app
            .driver
            .find_all(By::Css(
                "[data-testid='audit-entry'][data-action='exported']",
            ))
            .await?
            .len()
            == 1)
    })
    .await?;
    for (action, count) in [("case-opened", 1), ("record-viewed", 1), ("imported", 2)] {
        let found = app
            .driver
            .find_all(By::Css(format!(
                "[data-testid='audit-entry'][data-action='{action}']"
            )))
            .await?
            .len();
        assert!(found >= count, "{action}: {found} in the audit log");
    }
    assert!(
        app.has("audit-whole").await?,
        "the audit log does not check"
    );

    // The log for a privacy officer, as CSV: every entry, each chain checked.
    app.click("audit-export-csv").await?;
    app.save_in_dialog("^Save the audit log$", &audit_csv)
        .await?;
    app.wait_until("the log exported", || async {
        Ok(app.has("audit-exported").await?
            && app.text("audit-exported").await?.contains("audit.csv"))
    })
    .await?;

    // The case out as FHIR to the same hospital, under the same consent.
    app.select("fhir-consent", &consent).await?;
    app.click("fhir-export").await?;
    app.save_in_dialog("^Save the case as a FHIR file$", &bundle)
        .await?;
    app.wait_until("the FHIR export done", || async {
        Ok(app.has("fhir-done").await? && app.text("fhir-done").await?.contains("layla.json"))
    })
    .await?;

    // The whole case sealed under a passphrase, for a colleague's vault.
    app.type_into("archive-passphrase", "copper meadow lantern thistle orbit")
        .await?;
    app.type_into("archive-recipient", "Dr Claire Martin")
        .await?;
    app.click("archive-export").await?;
    app.save_in_dialog("^Save the sealed case archive$", &archive)
        .await?;
    app.wait_until("the archive exported", || async {
        Ok(app.has("fhir-done").await? && app.text("fhir-done").await?.contains("layla.wfarchive"))
    })
    .await?;

    // The disclosure report: previewed like any report, then the signed statement.
    app.select("report-kind", "disclosure").await?;
    app.click("report-prepare").await?;
    app.el("report-preview").await?;
    app.click("report-statement-export").await?;
    app.save_in_dialog("^Save the signed disclosure statement$", &statement)
        .await?;
    app.wait_until("the statement exported", || async {
        Ok(app.has("report-exported").await?
            && app
                .text("report-exported")
                .await?
                .contains("disclosures.json"))
    })
    .await?;

    // The Bundle back in as a new case, as a hospital's file would come: the preview says
    // what the initials-only Bundle lacks, she fills it in, and the case opens.
    app.click("nav-cases").await?;
    app.click("fhir-import-new").await?;
    app.pick_in_dialog(&bundle).await?;
    app.el("fhir-preview").await?;
    let counts = app
        .text("fhir-counts")
        .await?
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(counts.contains("2 records, 1 consents"), "{counts}");
    app.type_into("fhir-fill-birth", "2018-03-14").await?;
    app.select("fhir-fill-country", "ES").await?;
    app.click("fhir-confirm").await?;
    app.wait_until("the imported case", || async {
        Ok(app.has("case-title").await? && app.text("case-title").await? == "L. H.")
    })
    .await?;
    app.wait_until("its two records", || async {
        Ok(app
            .driver
            .find_all(By::Css("[data-testid='record-tick']"))
            .await?
            .len()
            == 2)
    })
    .await?;
    app.click("lock").await?;
    app.el("unlock").await?;
    app.quit().await?;

    // The statement verifies without the vault and names the packet by its file's hash.
    let verified = wayfinder_sync::statement::verify(&std::fs::read(&statement)?)?;
    let packet_hash: String = Sha256::digest(std::fs::read(&exported)?)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let sent: Vec<_> = verified
        .body
        .disclosures
        .iter()
        .map(|d| (d.report.as_str(), d.sha256.clone()))
        .collect();
    assert!(
        sent.contains(&("packet", Some(packet_hash))),
        "the packet with its hash: {sent:?}"
    );
    assert!(sent.iter().any(|(r, _)| *r == "fhir"), "{sent:?}");
    assert!(sent.iter().any(|(r, _)| *r == "archive"), "{sent:?}");
    assert_eq!(verified.body.child, "L. H.");
    // The log's CSV: the packet's export among its entries, every chain checked, no name.
    let log = std::fs::read_to_string(&audit_csv)?;
    assert!(log.lines().any(|l| l.contains(",exported,")), "{log}");
    assert!(
        log.lines().skip(1).all(|l| l.ends_with(",checked")),
        "{log}"
    );
    assert!(!log.contains("Haddad"));
    // The archive opens in another vault with its passphrase, the case whole, and nothing of
    // her is readable in the file.
    let sealed = std::fs::read(&archive)?;
    assert!(!sealed.windows(7).any(|w| w == b"Haddad "));
    let (_other_dir, _, _, mut other, _) = wayfinder_testkit::new_vault();
    let opened = other.import_archive(
        &sealed,
        &wayfinder_vault::Passphrase::new("copper meadow lantern thistle orbit"),
    )?;
    assert_eq!(opened.originals, 2);
    assert!(opened.audit_entries > 5, "{opened:?}");
    // The Bundle shows her as the consent allows.
    let bundle_json: serde_json::Value = serde_json::from_slice(&std::fs::read(&bundle)?)?;
    assert_eq!(
        bundle_json["entry"][0]["resource"]["name"][0]["text"],
        "L. H."
    );
    assert!(!String::from_utf8_lossy(&std::fs::read(&bundle)?).contains("Haddad"));

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
    // The review is named by its own title, read from its metadata at import.
    assert_eq!(
        at(
            "Overview of the Technology Acceptance Model: Origins, Developments and Future Directions"
        ),
        Some(summary_pages as u32),
        "{marks:?}"
    );
    assert_eq!(at("biopsy.pdf"), Some(total - 1), "{marks:?}");
    engine.close(doc);
    Ok(())
}

/// The SHA-256 of every file under `dir`, at any depth.
fn hashes_under(dir: &Path) -> Result<BTreeSet<[u8; 32]>> {
    let mut found = BTreeSet::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            found.extend(hashes_under(&path)?);
        } else {
            found.insert(Sha256::digest(std::fs::read(&path)?).into());
        }
    }
    Ok(found)
}

/// The value of the option of `select` whose text contains `text`.
async fn option_with(app: &App, select: &str, text: &str) -> Result<String> {
    for option in app
        .driver
        .find_all(By::Css(format!("[data-testid='{select}'] option")))
        .await?
    {
        if option.text().await?.contains(text) {
            return Ok(option.value().await?.unwrap_or_default());
        }
    }
    Err(format!("no option of {select} says {text:?}").into())
}

#[tokio::test]
async fn a_record_goes_on_its_own_as_its_original_in_the_real_app() -> Result<()> {
    let _display = DISPLAY.lock().await;
    let machine = Machine::new();
    let out = tempfile::tempdir_in(repo_root().join("target"))?;
    let app = App::start(&machine).await?;
    app.create_vault().await?;
    app.create_case("Layla Haddad").await?;
    app.click("add-consent").await?;
    app.type_into("new-consent-what", "Imaging and pathology for review")
        .await?;
    app.type_into("new-consent-recipient", "Lyon tumour board")
        .await?;
    app.click("new-consent-submit").await?;
    app.el("entity-consent").await?;

    // A PDF the family protected with a password, and a hospital CD's studies.
    app.import("import-files", &fixture("pdfs/issue6010_1.pdf"))
        .await?;
    app.type_into("import-password", "abc").await?;
    app.click("import-retry").await?;
    app.wait_until("the protected PDF imported", || async {
        let mut outcomes = Vec::new();
        for result in app
            .driver
            .find_all(By::Css("[data-testid='import-result']"))
            .await?
        {
            outcomes.push(result.attr("data-outcome").await?.unwrap_or_default());
        }
        Ok(outcomes == ["imported"])
    })
    .await?;
    app.import("import-files", &fixture("dicom/cd/DICOMDIR"))
        .await?;
    app.click("import-confirm-all").await?;

    // The PDF, to the consent's recipient, without its password.
    app.select("report-kind", "record").await?;
    assert!(
        !app.has("report-prepare").await?,
        "a record has no preview to prepare"
    );
    let consent = option_with(&app, "report-consent", "Lyon tumour board").await?;
    app.select("report-consent", &consent).await?;
    let pdf = option_with(&app, "report-record-choose", "issue6010_1").await?;
    app.select("report-record-choose", &pdf).await?;
    let sent_pdf = out.path().join("for Lyon.pdf");
    app.click("report-record-export").await?;
    app.save_in_dialog("^Export the record$", &sent_pdf).await?;
    app.wait_until("the PDF exported", || async {
        app.has("report-exported").await
    })
    .await?;
    let engine = PdfEngine::shared(&library_path())?;
    let (doc, pages) = engine.open(std::fs::read(&sent_pdf)?, None)?;
    assert!(pages >= 1, "the exported PDF opens without a password");
    engine.close(doc);

    // A study: a new folder holding its images, each the CD's own file, byte for byte.
    let cd_files = hashes_under(&fixture("dicom/cd"))?;
    let mut studies = Vec::new();
    for option in app
        .driver
        .find_all(By::Css("[data-testid='report-record-choose'] option"))
        .await?
    {
        let value = option.value().await?.unwrap_or_default();
        if !value.is_empty() && value != pdf {
            studies.push(value);
        }
    }
    assert_eq!(studies.len(), 6, "the CD's six studies are offered");
    app.select("report-record-choose", &studies[0]).await?;
    let folder = out.path().join("MR for Lyon");
    app.click("report-record-export").await?;
    app.save_in_dialog("^Name the new folder for the study$", &folder)
        .await?;
    app.wait_until("the study exported", || async {
        Ok(app.has("report-exported").await?
            && app.text("report-exported").await?.contains("MR for Lyon"))
    })
    .await?;
    let written = hashes_under(&folder)?;
    assert!(!written.is_empty(), "the folder holds the study's images");
    assert!(
        written.is_subset(&cd_files),
        "every exported image is one of the CD's own files, unchanged"
    );
    let names: Vec<String> = std::fs::read_dir(&folder)?
        .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<std::io::Result<_>>()?;
    assert!(names.iter().all(|n| n.ends_with(".dcm")), "{names:?}");
    assert_eq!(names.len(), written.len(), "{names:?}");

    // Both noted in the case, to the consent's recipient.
    let entries = app
        .driver
        .find_all(By::Css("[data-testid='export-entry']"))
        .await?;
    assert_eq!(entries.len(), 2);
    for entry in entries {
        // The live UI keeps Fluent's isolation marks around what it fills in.
        let noted = entry.text().await?.replace(['\u{2068}', '\u{2069}'], "");
        assert!(noted.contains("(original) to Lyon tumour board"), "{noted}");
    }

    app.screenshot("reports-record-export").await?;
    app.quit().await?;
    // Nothing of the work is left beside what she chose.
    let leftovers: Vec<_> = std::fs::read_dir(out.path())?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().starts_with(".wayfinder-export-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    Ok(())
}
