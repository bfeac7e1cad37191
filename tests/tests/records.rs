//! Records end to end in the real app: files picked in the system's own dialog are imported
//! with progress, a protected PDF asks for its password and opens with it, a file imported
//! twice is recognised, a hospital CD becomes its studies; a document is read page by page
//! (next, zoom, rotate, thumbnails) and printed through the system's dialog, and search finds a
//! word on a page and marks it there.
//! A thief's look afterwards: a PDF with a canary phrase, imported, read and searched, leaves
//! the phrase in no file the app, WebKit or PDFium wrote.

use std::path::PathBuf;
use std::time::Duration;
use thirtyfour::By;
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_tests::{App, Machine, Result, files_containing, one_line_pdf, repo_root};

fn fixture(path: &str) -> PathBuf {
    wayfinder_testkit::fixture(path)
}

async fn first_start_with_case(app: &App, name: &str) -> Result<()> {
    app.create_vault().await?;
    app.create_case(name).await
}

/// One app on the display at a time: a window that opens while another test types into a
/// file dialog takes the keyboard from it. Each test holds this from start to end.
static DISPLAY: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn outcomes(app: &App) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for result in app
        .driver
        .find_all(By::Css("[data-testid='import-result']"))
        .await?
    {
        out.push(result.attr("data-outcome").await?.unwrap_or_default());
    }
    Ok(out)
}

async fn records(app: &App) -> Result<usize> {
    Ok(app
        .driver
        .find_all(By::Css("[data-testid='record']"))
        .await?
        .len())
}

/// Waits up to 60 s for the file a print to file wrote: a PDF that appeared in the app's home
/// (where it runs), and that is no longer growing.
async fn printed_pdf(machine: &Machine) -> Result<PathBuf> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        for path in &wayfinder_tests::files_under(&machine.path("home")) {
            if path.extension().is_some_and(|e| e == "pdf") && path.exists() {
                let size = std::fs::metadata(path)?.len();
                tokio::time::sleep(std::time::Duration::from_millis(500)).await;
                if size > 0 && std::fs::metadata(path)?.len() == size {
                    return Ok(path.clone());
                }
            }
        }
        if std::time::Instant::now() > deadline {
            return Err("nothing was printed to a file within 60 s".into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
}

/// Waits until page `page` (0-based) is the current page and is drawn.
async fn page_shown(app: &App, page: u32) -> Result<()> {
    app.wait_until(&format!("page {page}"), || async {
        let drawn = app
            .driver
            .find_all(By::Css(format!(
                "[data-current] [data-testid='page-image'][data-page='{page}']"
            )))
            .await?;
        Ok(!drawn.is_empty())
    })
    .await
}

/// Measures the viewer: the stage's inner width and height (without padding or scroll bars),
/// whether it scrolls sideways, and the current page's image as shown (width, height) and
/// drawn (its own pixels), and whether it is enlarged pixel by pixel.
async fn measure_viewer(app: &App) -> Result<serde_json::Value> {
    Ok(app
        .driver
        .execute(
            "const s = document.querySelector(\"[data-testid='viewer-stage']\");
             const cs = getComputedStyle(s);
             const i = document.querySelector(\"[data-current] [data-testid='page-image']\");
             const r = i.getBoundingClientRect();
             return {
               roomWidth: s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight),
               roomHeight: s.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom),
               sideways: s.scrollWidth > s.clientWidth,
               width: r.width, height: r.height,
               ownWidth: i.naturalWidth,
               pixelated: getComputedStyle(i).imageRendering === 'pixelated',
               ratio: window.devicePixelRatio,
             };",
            vec![],
        )
        .await?
        .json()
        .clone())
}

fn number(v: &serde_json::Value, key: &str) -> f64 {
    v[key].as_f64().unwrap_or(f64::NAN)
}

/// Opens the first record whose row shows `text`.
async fn open_record(app: &App, text: &str) -> Result<()> {
    for record in app
        .driver
        .find_all(By::Css("[data-testid='record']"))
        .await?
    {
        if record.text().await?.contains(text) {
            record
                .find(By::Css("[data-testid='open-record']"))
                .await?
                .click()
                .await?;
            return Ok(());
        }
    }
    Err(format!("no record shows {text:?}").into())
}

#[tokio::test]
async fn records_are_imported_read_and_searched_in_the_real_app() -> Result<()> {
    let _display = DISPLAY.lock().await;
    let machine = Machine::new();
    let app = App::start(&machine).await?;
    first_start_with_case(&app, "Layla Haddad").await?;

    // A 23-page paper, picked in the dialog.
    app.import("import-files", &fixture("pdfs/TAMReview.pdf"))
        .await?;
    assert_eq!(outcomes(&app).await?, ["imported"]);
    app.wait_until("the record in the list", || async {
        Ok(records(&app).await? == 1)
    })
    .await?;

    // The same file again: recognised, and she is told where it is.
    app.import("import-files", &fixture("pdfs/TAMReview.pdf"))
        .await?;
    assert_eq!(outcomes(&app).await?, ["duplicate"]);
    let result = app.text("import-result").await?;
    assert!(
        result.contains("Technology Acceptance Model") && result.contains("Layla Haddad"),
        "{result}"
    );
    // It says so once, not in a sentence and again in the list of places.
    assert_eq!(result.matches("Layla Haddad").count(), 1, "{result}");
    assert_eq!(records(&app).await?, 1);

    // A protected PDF asks for its password; a wrong one is refused; the right one opens it.
    app.import("import-files", &fixture("pdfs/issue6010_1.pdf"))
        .await?;
    let outcome = outcomes(&app).await?;
    assert_eq!(outcome, ["pdf-password-required"], "issue6010_1.pdf");
    app.type_into("import-password", "wrong password").await?;
    app.click("import-retry").await?;
    app.wait_until("the wrong password refused", || async {
        Ok(outcomes(&app).await? == ["pdf-password-wrong"])
    })
    .await?;
    assert_eq!(
        app.value("import-password").await?,
        "",
        "the password was kept after use"
    );
    app.type_into("import-password", "abc").await?;
    app.click("import-retry").await?;
    app.wait_until("the protected PDF imported", || async {
        Ok(outcomes(&app).await? == ["imported"])
    })
    .await?;
    app.wait_until("two records", || async { Ok(records(&app).await? == 2) })
        .await?;

    // A hospital CD, by its DICOMDIR (the folder button opens the system's folder dialog,
    // which this test cannot answer reliably from the keyboard): its six studies.
    let summary = app
        .import("import-files", &fixture("dicom/cd/DICOMDIR"))
        .await?;
    assert_eq!(
        outcomes(&app)
            .await?
            .iter()
            .filter(|o| *o == "imported")
            .count(),
        6,
        "{summary}"
    );
    app.wait_until("eight records", || async { Ok(records(&app).await? == 8) })
        .await?;
    // Six studies wait for their category and language to be confirmed: one click does all.
    app.click("import-confirm-all").await?;
    app.wait_until("every suggestion confirmed", || async {
        Ok(!app.has("import-confirm").await? && !app.has("import-confirm-all").await?)
    })
    .await?;

    // Reading the paper: it opens fitted to the page, whole and without a sideways scroll
    // bar; fitted to the width it fills the stage's width and still does not scroll sideways.
    open_record(&app, "Technology Acceptance Model").await?;
    page_shown(&app, 0).await?;
    assert!(app.text("page-indicator").await?.contains("23"));
    app.wait_until("the page fitted whole", || async {
        let fitted = measure_viewer(&app).await?;
        Ok(
            number(&fitted, "height") <= number(&fitted, "roomHeight") + 1.0
                && number(&fitted, "width") <= number(&fitted, "roomWidth") + 1.0
                && fitted["sideways"] == false,
        )
    })
    .await?;
    app.screenshot("records-viewer-fit-page").await?;
    app.click("zoom-fit").await?;
    app.wait_until("the page as wide as the stage", || async {
        let wide = measure_viewer(&app).await?;
        Ok(
            (number(&wide, "width") - number(&wide, "roomWidth")).abs() <= 2.0
                && wide["sideways"] == false,
        )
    })
    .await?;

    // Find within the document: the pages that hold a word, the first of them shown marked.
    app.type_into("viewer-find", "summarizing").await?;
    app.wait_until("the word found in the paper", || async {
        Ok(app.has("viewer-find-status").await?
            && app
                .el("viewer-find-status")
                .await?
                .attr("data-pages")
                .await?
                .is_some_and(|n| n != "0"))
    })
    .await?;
    app.wait_until("the match marked", || async { app.has("highlight").await })
        .await?;
    app.driver
        .execute(
            "const g = document.querySelector(\"[data-testid='page-go']\"); g.value = '1'; g.dispatchEvent(new Event('input', {bubbles: true})); g.dispatchEvent(new Event('change', {bubbles: true}));",
            vec![],
        )
        .await?;
    page_shown(&app, 0).await?;

    // Page by page, zoom, rotate, thumbnails.
    app.click("page-next").await?;
    page_shown(&app, 1).await?;
    let before = number(&measure_viewer(&app).await?, "width");
    app.click("zoom-in").await?;
    app.wait_until("a larger page", || async {
        Ok(number(&measure_viewer(&app).await?, "width") > before)
    })
    .await?;
    app.click("rotate").await?;
    assert!(
        app.driver
            .find_all(By::Css("[data-testid='thumbnail']"))
            .await?
            .len()
            >= 23
    );
    app.screenshot("records-viewer").await?;

    // Printed through the system's dialog: every page of the paper, and nothing else of the
    // window. Here the printer is GTK's "Print to File".
    app.click("viewer-print").await?;
    app.print_in_dialog().await?;
    let printed = printed_pdf(&machine).await?;
    let engine = PdfEngine::shared(&library_path())?;
    let (doc, pages) = engine.open(std::fs::read(&printed)?, None)?;
    engine.close(doc);
    assert_eq!(pages, 23, "{}", printed.display());
    assert!(!app.has("viewer-print-error").await?);
    app.click("viewer-close").await?;

    // Search finds a word on a page of the paper and opens it there, marked.
    // She spells it the British way; the paper's American spelling is found and marked.
    app.click("nav-search").await?;
    app.type_into("search-input", "summarising").await?;
    app.wait_until("a hit", || async { app.has("search-hit").await })
        .await?;
    let hit = app.text("search-hit").await?;
    assert!(
        hit.contains("Technology Acceptance Model") && hit.to_lowercase().contains("summarizing"),
        "{hit}"
    );
    app.click("search-hit").await?;
    app.wait_until("the marked page", || async { app.has("highlight").await })
        .await?;
    app.screenshot("records-search-hit").await?;
    // Back to the search: her query and its hits are still there.
    app.click("viewer-close").await?;
    app.click("nav-search").await?;
    assert_eq!(app.value("search-input").await?, "summarising");
    assert!(app.has("search-hit").await?, "the hits were lost");
    app.click("search-hit").await?;
    app.wait_until("the marked page again", || async {
        app.has("highlight").await
    })
    .await?;

    // A DICOM study: its images listed with their metadata, shown, and shown again with
    // another window (the slider re-renders the image).
    app.click("viewer-close").await?;
    open_record(&app, "CT, HEAD/BRAIN").await?;
    page_shown(&app, 0).await?;
    let images = app
        .driver
        .find_all(By::Css("[data-testid='dicom-image']"))
        .await?;
    assert!(!images.is_empty());
    assert!(app.text("dicom-images").await?.contains("CT"));
    let first = app.el("page-image").await?.attr("src").await?;
    app.screenshot("records-dicom-own-window").await?;
    app.driver
        .execute(
            "const s = document.querySelector(\"[data-testid='window-center']\"); s.value = '400'; s.dispatchEvent(new Event('input', {bubbles: true})); s.dispatchEvent(new Event('change', {bubbles: true}));",
            vec![],
        )
        .await?;
    app.wait_until("the image in the new window", || async {
        Ok(app.el("page-image").await?.attr("src").await? != first)
    })
    .await?;
    app.screenshot("records-dicom").await?;
    app.click("viewer-close").await?;

    // Regression: a CT whose preamble holds a TIFF header was refused as a damaged image.
    // Picked alone, it imports as a study of one image and shows whole, at its own size.
    app.import("import-files", &fixture("dicom/CT_small.dcm"))
        .await?;
    assert_eq!(outcomes(&app).await?, ["imported"], "CT_small.dcm");
    app.wait_until("nine records", || async { Ok(records(&app).await? == 9) })
        .await?;
    // Its study's title: modality, description and date.
    open_record(&app, "2004-01-19").await?;
    page_shown(&app, 0).await?;
    let size = app
        .driver
        .execute(
            "const i = document.querySelector(\"[data-testid='page-image']\"); return [i.naturalWidth, i.naturalHeight];",
            vec![],
        )
        .await?;
    assert_eq!(
        size.json(),
        &serde_json::json!([128, 128]),
        "the CT not shown whole"
    );
    // A square CT fitted to the page is whole in the stage, enlarged pixel by pixel (never
    // blurred); at its actual size it is 128 pixels wide.
    app.wait_until("the CT fitted whole and sharp", || async {
        let ct = measure_viewer(&app).await?;
        Ok(number(&ct, "height") <= number(&ct, "roomHeight") + 1.0
            && number(&ct, "width") > 128.0
            && ct["pixelated"] == true
            && ct["sideways"] == false)
    })
    .await?;
    app.screenshot("records-ct").await?;
    app.click("zoom-actual").await?;
    app.wait_until("the CT at its actual size", || async {
        let actual = measure_viewer(&app).await?;
        Ok((number(&actual, "width") - 128.0).abs() <= 1.0)
    })
    .await?;
    assert_eq!(
        app.text("zoom-level")
            .await?
            .trim_matches(|c: char| !c.is_ascii_digit()),
        "100"
    );
    app.click("viewer-close").await?;

    // Several at once: two studies ticked are given one category in one edit, then deleted
    // in one, and one Undo brings both back.
    let ticks = app
        .driver
        .find_all(By::Css(
            "[data-testid='records-studies'] [data-testid='record-tick']",
        ))
        .await?;
    for tick in ticks.iter().take(2) {
        tick.click().await?;
    }
    assert_eq!(
        app.el("records-bulk")
            .await?
            .attr("data-count")
            .await?
            .as_deref(),
        Some("2")
    );
    app.select("records-bulk-category", "treatment-summary")
        .await?;
    app.wait_until("both studies given the category", || async {
        let mut cells = Vec::new();
        for cell in app
            .driver
            .find_all(By::Css(
                "[data-testid='records-studies'] [data-testid='record-cell-category']",
            ))
            .await?
        {
            cells.push(cell.attr("data-value").await?.unwrap_or_default());
        }
        Ok(cells.iter().filter(|c| *c == "treatment-summary").count() == 2)
    })
    .await?;
    app.click("records-bulk-delete").await?;
    app.click("confirm-yes").await?;
    app.wait_until("seven records", || async { Ok(records(&app).await? == 7) })
        .await?;
    assert!(
        !app.has("records-bulk").await?,
        "the selection outlived its records"
    );
    app.click("undo").await?;
    app.wait_until("nine records again", || async {
        Ok(records(&app).await? == 9)
    })
    .await?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    app.quit().await
}

/// Canaries: a child's name and a phrase of her PDF that no real file contains.
const CHILD: &str = "Canarywren Zqxvbeta";
const PHRASE: &str = "Pelicanthrope";

#[tokio::test]
async fn a_pdf_read_and_searched_leaves_no_trace_on_disk() -> Result<()> {
    let _display = DISPLAY.lock().await;
    let machine = Machine::new();
    // The family's file, outside the folders the app may write to.
    let incoming = tempfile::tempdir_in(repo_root().join("target"))?;
    let pdf = incoming.path().join("biopsy.pdf");
    std::fs::write(
        &pdf,
        one_line_pdf(&format!("Biopsy of {CHILD}: {PHRASE} cells seen.")),
    )?;

    let app = App::start(&machine).await?;
    first_start_with_case(&app, CHILD).await?;
    app.import("import-files", &pdf).await?;
    assert_eq!(outcomes(&app).await?, ["imported"]);
    app.wait_until("the record", || async { Ok(records(&app).await? == 1) })
        .await?;
    // The category suggested from the text is hers to confirm or change, beside the result.
    app.el("import-suggestion").await?;
    assert_eq!(app.value("suggested-category-input").await?, "pathology");
    app.select("suggested-category-input", "lab").await?;
    app.wait_until("the changed category saved", || async {
        Ok(app
            .el("record-cell-category")
            .await?
            .attr("data-value")
            .await?
            .as_deref()
            == Some("lab"))
    })
    .await?;
    app.click("import-confirm").await?;
    app.wait_until("the suggestion confirmed", || async {
        Ok(!app.has("import-suggestion").await?)
    })
    .await?;
    app.click("open-record").await?;
    page_shown(&app, 0).await?;
    app.click("viewer-close").await?;
    app.click("nav-search").await?;
    app.type_into("search-input", PHRASE).await?;
    app.wait_until("a hit", || async { app.has("search-hit").await })
        .await?;
    assert!(app.text("search-hit").await?.contains(PHRASE));
    app.click("search-hit").await?;
    app.wait_until("the marked page", || async { app.has("highlight").await })
        .await?;
    // Reading, she locks with the shortcut (the reader covers the window's bar).
    app.driver
        .action_chain()
        .key_down(thirtyfour::Key::Control)
        .send_keys("l")
        .key_up(thirtyfour::Key::Control)
        .perform()
        .await?;
    app.el("unlock").await?;
    assert!(!app.page_source().await?.contains(PHRASE));
    app.quit().await?;

    tokio::time::sleep(Duration::from_millis(300)).await;
    for canary in ["Canarywren", "Zqxvbeta", PHRASE] {
        let leaks = files_containing(machine.root(), canary);
        assert!(leaks.is_empty(), "{canary} found on disk in {leaks:?}");
    }
    Ok(())
}
