//! Scans become text in the real app: a letter photographed upside down and a fixture PDF that
//! is only an image are read by Tesseract in the background after the import, with progress
//! in the records list; the viewer shows the photo the right way up with its text as a layer
//! she can select and copy; search finds the words and marks them on the page image. And what
//! was read reaches no file on disk. Without Tesseract, the list says why, in her language;
//! without a language the page is in, the viewer says so and she can read the page again.

use std::time::Duration;
use thirtyfour::By;
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_testkit::scans::{self, SPECIMENS, Wear};
use wayfinder_tests::{App, Machine, Result, files_containing, repo_root};

/// One app on the display at a time: a window that opens while another test types into a
/// file dialog takes the keyboard from it.
static DISPLAY: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Waits until every record's text has been read (no progress left in the list).
async fn all_read(app: &App) -> Result<()> {
    let deadline = std::time::Instant::now() + Duration::from_secs(240);
    loop {
        let records = app
            .driver
            .find_all(By::Css("[data-testid='record']"))
            .await?
            .len();
        let reading = app
            .driver
            .find_all(By::Css("[data-testid='record-reading']"))
            .await?
            .len();
        if records > 0 && reading == 0 {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            return Err("the scans were not read within 240 s".into());
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

/// The text of the current page's text layer, as selecting all of it and copying would give.
async fn selected_text(app: &App) -> Result<String> {
    let text = app
        .driver
        .execute(
            "const layer = document.querySelector(\"[data-current] [data-testid='text-layer']\");
             if (!layer) return '';
             const selection = window.getSelection();
             selection.removeAllRanges();
             selection.selectAllChildren(layer);
             const text = selection.toString();
             selection.removeAllRanges();
             return text;",
            vec![],
        )
        .await?
        .json()
        .as_str()
        .unwrap_or_default()
        .to_owned();
    Ok(text)
}

#[tokio::test]
async fn a_photographed_letter_and_an_image_only_pdf_become_searchable() -> Result<()> {
    let _display = DISPLAY.lock().await;
    let machine = Machine::new();
    let incoming = tempfile::tempdir_in(repo_root().join("target"))?;
    // A Spanish discharge letter, printed, scanned askew and grainy, photographed upside down.
    let engine = PdfEngine::shared(&library_path())?;
    let (code, text) = SPECIMENS[1];
    let photo = scans::worn(
        &scans::page(&engine, text, code),
        Wear {
            quarter_turns: 2,
            ..Wear::SCANNED
        },
    );
    let letter = incoming.path().join("carta.jpg");
    std::fs::write(&letter, scans::jpeg(&photo, 85))?;

    let app = App::start(&machine).await?;
    app.create_vault().await?;
    app.create_case("Lucía Fernández").await?;
    app.import("import-files", &letter).await?;
    app.wait_until("the record", || async { app.has("record").await })
        .await?;
    all_read(&app).await?;
    // Read well: neither failed nor poor.
    assert!(!app.has("record-read-failed").await?);
    assert!(!app.has("record-read-poor").await?);

    // The viewer shows it the right way up (taller than wide) with its text as a layer.
    app.click("open-record").await?;
    app.wait_until("the text layer", || async { app.has("text-layer").await })
        .await?;
    app.el("reading-read").await?;
    // Measured once the image has loaded: a page still loading has no size (seen under the
    // load of a CI run).
    app.wait_until("the page image", || {
        app.image_loaded("[data-current] [data-testid='page-image']")
    })
    .await?;
    let shape = app
        .driver
        .execute(
            "const i = document.querySelector(\"[data-current] [data-testid='page-image']\");
             return i.naturalHeight / i.naturalWidth;",
            vec![],
        )
        .await?
        .json()
        .as_f64()
        .unwrap_or_default();
    assert!(shape > 1.3, "the page is shown {shape} high for its width");
    let copied = selected_text(&app).await?;
    for word in ["meduloblastoma", "radioterapia", "vincristina"] {
        assert!(
            copied.contains(word),
            "{word} not in the copied text: {copied}"
        );
    }
    // Find in the document marks the word on the page image, in its upper half.
    app.type_into("viewer-find", "meduloblastoma").await?;
    app.wait_until("the word marked", || async { app.has("highlight").await })
        .await?;
    let top = app
        .el("highlight")
        .await?
        .css_value("top")
        .await?
        .trim_end_matches("px")
        .parse::<f64>()
        .unwrap_or(-1.0);
    let height = app
        .driver
        .execute(
            "return document.querySelector(\"[data-current] .page-box\").getBoundingClientRect().height;",
            vec![],
        )
        .await?
        .json()
        .as_f64()
        .unwrap_or_default();
    assert!(
        top > 0.0 && top < height / 2.0,
        "marked at {top} of {height}"
    );
    // She corrects the page's text by hand: an edit of the case, which search then finds
    // on that page.
    app.click("reading-correct").await?;
    let editor = app.el("reading-editor").await?;
    let read_text = editor.prop("value").await?.unwrap_or_default();
    assert!(read_text.contains("meduloblastoma"), "{read_text}");
    editor.clear().await?;
    editor
        .send_keys("Informe de alta corregido: meduloblastoma desmoplásico, Zanzibarina")
        .await?;
    app.click("reading-save").await?;
    app.el("reading-corrected").await?;
    app.click("viewer-close").await?;
    app.click("nav-search").await?;
    app.type_into("search-input", "Zanzibarina").await?;
    app.wait_until("the typed text found", || async {
        app.has("search-hit").await
    })
    .await?;
    assert!(app.text("search-hit").await?.contains("carta.jpg"));
    app.click("search-hit").await?;
    app.el("reading-corrected").await?;
    app.click("viewer-close").await?;
    app.click("nav-cases").await?;
    app.click("case-row").await?;

    // A PDF that is a scanned image, with no text of its own (a fixture).
    app.import(
        "import-files",
        &wayfinder_testkit::fixture("pdfs/issue11131_reduced.pdf"),
    )
    .await?;
    app.wait_until("two records", || async {
        Ok(app
            .driver
            .find_all(By::Css("[data-testid='record']"))
            .await?
            .len()
            == 2)
    })
    .await?;
    all_read(&app).await?;
    app.click("nav-search").await?;
    app.type_into("search-input", "Consolidated").await?;
    // The last search's hit stays until this one's come.
    app.wait_until("a hit", || async {
        Ok(app.has("search-hit").await? && app.text("search-hit").await?.contains("Consolidated"))
    })
    .await?;
    app.click("search-hit").await?;
    app.wait_until("the word marked on the scan", || async {
        app.has("highlight").await
    })
    .await?;
    app.quit().await?;

    // What was read is in the vault only.
    tokio::time::sleep(Duration::from_millis(300)).await;
    for canary in [
        "meduloblastoma",
        "craneoespinal",
        "Zanzibarina",
        "Consolidated Statement",
    ] {
        let leaks = files_containing(machine.root(), canary);
        assert!(leaks.is_empty(), "{canary} found on disk in {leaks:?}");
    }
    Ok(())
}

/// The text of the records list's reading line, once it shows one.
async fn reading_line(app: &App) -> Result<String> {
    app.wait_until("the reading line", || async {
        app.has("record-reading").await
    })
    .await?;
    app.text("record-reading").await
}

#[tokio::test]
async fn without_tesseract_the_list_says_so_in_her_language() -> Result<()> {
    let _display = DISPLAY.lock().await;
    let machine = Machine::new();
    let incoming = tempfile::tempdir_in(repo_root().join("target"))?;
    let photo = incoming.path().join("scan.png");
    image::GrayImage::from_pixel(300, 200, image::Luma([250])).save(&photo)?;
    let app = App::start_with(
        &machine,
        &[("WAYFINDER_TESSERACT", "/nonexistent/bin/tesseract")],
    )
    .await?;
    app.create_vault().await?;
    app.create_case("Amal Haddad").await?;
    app.import("import-files", &photo).await?;
    app.wait_until("the reason", || async {
        Ok(reading_line(&app)
            .await?
            .contains("Tesseract is not installed"))
    })
    .await?;
    for (tag, words) in [("zh", "本机未安装 Tesseract"), ("ar", "Tesseract غير مثبت")] {
        app.click("nav-settings").await?;
        app.select("language", tag).await?;
        app.wait_until("the language switch", || async {
            Ok(app.direction().await?.1 == tag)
        })
        .await?;
        app.click("nav-cases").await?;
        app.click("case-row").await?;
        // The list is drawn at once; why reading waits is asked as it opens.
        app.wait_until(&format!("the reason in {tag}"), || async {
            Ok(reading_line(&app).await?.contains(words))
        })
        .await?;
    }
    app.quit().await?;
    Ok(())
}

#[tokio::test]
async fn a_page_read_without_its_language_says_so_and_can_be_read_again() -> Result<()> {
    let _display = DISPLAY.lock().await;
    let machine = Machine::new();
    let incoming = tempfile::tempdir_in(repo_root().join("target"))?;
    // This laptop's Tesseract has English alone; the case is in Arabic.
    let english_only = incoming.path().join("tesseract");
    std::fs::write(
        &english_only,
        "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then\n  printf 'List of available languages in \"/x/\" (2):\\neng\\nosd\\n'\n  exit 0\nfi\nexec tesseract \"$@\"\n",
    )?;
    let mut permissions = std::fs::metadata(&english_only)?.permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&english_only, permissions)?;
    let engine = PdfEngine::shared(&library_path())?;
    let letter = incoming.path().join("letter.jpg");
    std::fs::write(&letter, scans::letter(&engine, "ar", 85))?;
    let reader = english_only.to_string_lossy().into_owned();
    let app = App::start_with(&machine, &[("WAYFINDER_TESSERACT", reader.as_str())]).await?;
    app.create_vault().await?;
    app.create_case("Amal Haddad").await?;
    app.import("import-files", &letter).await?;
    app.wait_until("the record", || async { app.has("record").await })
        .await?;
    all_read(&app).await?;
    app.click("open-record").await?;
    app.wait_until("the missing language", || async {
        app.has("reading-language-missing").await
    })
    .await?;
    let note = app.text("reading-language-missing").await?;
    assert!(note.contains("Arabic"), "{note}");
    // She reads it again: it waits for the reader, and comes back read (still without
    // Arabic here, so the note comes back too).
    app.click("reading-again").await?;
    app.el("reading-waiting").await?;
    app.wait_until("the page read again", || async {
        Ok(!app.has("reading-waiting").await? && app.has("reading-language-missing").await?)
    })
    .await?;
    // In Arabic, the note names the language in Arabic.
    app.click("viewer-close").await?;
    app.click("nav-settings").await?;
    app.select("language", "ar").await?;
    app.wait_until("the language switch", || async {
        Ok(app.direction().await?.1 == "ar")
    })
    .await?;
    app.click("nav-cases").await?;
    app.click("case-row").await?;
    app.click("open-record").await?;
    app.wait_until("the note in Arabic", || async {
        Ok(app.has("reading-language-missing").await?
            && app
                .text("reading-language-missing")
                .await?
                .contains("العربية"))
    })
    .await?;
    app.quit().await?;
    Ok(())
}
