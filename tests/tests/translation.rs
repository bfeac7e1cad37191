//! The translator's workspace in the real app: a coordinator marks a scanned Russian letter
//! for translation into Spanish; the translator opens it from her list, draws a rectangle
//! around its heading (the text read there starts the passage), translates it and marks it
//! final; a passage she types is stopped from "final" by a wrong dose, then passes once
//! corrected; a new passage differing only in its dose is offered the old translation with
//! the new number from her memory; the translated document is saved and read back (the
//! scan's hash, the markers on the page and beside the translation).
//! And a born-digital Chinese letter: she selects its heading in the PDF's own text laid over
//! the page, translates into Arabic, exports the document bilingual and overlaid through the
//! save dialog (PDFium reads both back: the Arabic in logical order, the statement, the
//! markers), and sends its passages out as XLIFF and reads them back translated.

use std::time::Duration;
use thirtyfour::By;
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_testkit::scans;
use wayfinder_tests::{App, Machine, Result, repo_root};

/// One app on the display at a time: a window that opens while another test types into a file
/// dialog takes the keyboard from it. Each test holds this from start to end.
static DISPLAY: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Waits until the workspace shows its page.
async fn page_shown(app: &App) -> Result<()> {
    app.wait_until("the page", || async {
        Ok(app.has("workspace-canvas").await?
            && app
                .image_loaded("[data-testid='workspace-canvas'] img")
                .await?)
    })
    .await
}

/// Draws a rectangle on the page from one corner to the other, in fractions of the page.
async fn draw(app: &App, from: (f64, f64), to: (f64, f64)) -> Result<()> {
    let canvas = app.el("workspace-canvas").await?;
    let rect = canvas.rect().await?;
    let (cx, cy) = (rect.width / 2.0, rect.height / 2.0);
    let a = (rect.width * from.0 - cx, rect.height * from.1 - cy);
    let b = (rect.width * to.0 - cx, rect.height * to.1 - cy);
    app.driver
        .action_chain()
        .move_to_element_center(&canvas)
        .move_by_offset(a.0 as i64, a.1 as i64)
        .click_and_hold()
        .move_by_offset((b.0 - a.0) as i64 / 2, (b.1 - a.1) as i64 / 2)
        .move_by_offset((b.0 - a.0) as i64 / 2, (b.1 - a.1) as i64 / 2)
        .release()
        .perform()
        .await?;
    Ok(())
}

/// Every page's text of a PDF, as PDFium reads it.
fn pdf_text(engine: &PdfEngine, bytes: Vec<u8>) -> Result<String> {
    let (doc, pages) = engine.open(bytes, None)?;
    let mut text = String::new();
    for page in 0..pages {
        text.push_str(&engine.page_text(doc, page)?);
        text.push('\n');
    }
    engine.close(doc);
    Ok(text)
}

/// How many pixels of a PDF's page (0-based) are the blue of the passages' markers.
fn blue_pixels(engine: &PdfEngine, pdf: &[u8], page: u16) -> Result<usize> {
    let (doc, _) = engine.open(pdf.to_vec(), None)?;
    let png = engine.render_png(doc, page, wayfinder_pdf::RenderSize::Width(800));
    engine.close(doc);
    let image = image::load_from_memory(&png?)?.to_rgb8();
    Ok(image
        .pixels()
        .filter(|p| {
            let [r, g, b] = p.0;
            b > 170 && r < 90 && g < 140
        })
        .count())
}

fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

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
    let _display = DISPLAY.lock().await;
    let machine = Machine::new();
    let incoming = tempfile::tempdir_in(repo_root().join("target"))?;
    let engine = PdfEngine::shared(&library_path())?;
    // An ASCII name: xdotool drops letters typing Cyrillic into the file dialog.
    let letter = incoming.path().join("discharge-letter-ru.jpg");
    std::fs::write(&letter, scans::letter(&engine, "ru", 85))?;
    let app = App::start(&machine).await?;
    // Whatever happens, the app is quit: one left open with its file dialog takes the
    // next test's keyboard.
    let outcome: Result<()> = async {
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
        assert!(
            app.text("translation-row")
                .await?
                .contains("discharge-letter-ru.jpg")
        );
        app.click("translation-row").await?;
        page_shown(&app).await?;

        // She draws a rectangle around the heading, at the top of the letter.
        draw(&app, (0.03, 0.03), (0.97, 0.12)).await?;
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
        let saved = incoming.path().join("bilingual-es.pdf");
        app.click("translated-save").await?;
        app.save_in_dialog("^Export the report$", &saved).await?;
        app.wait_until("the export saved", || async {
            app.has("translated-saved").await
        })
        .await?;
        // PDFium reads it back: the statement names the scan by its SHA-256; the heading's
        // marker is on the original page and beside its translation.
        let pdf = std::fs::read(&saved)?;
        let text = pdf_text(&engine, pdf.clone())?;
        let source_hash: String = {
            use sha2::Digest;
            sha2::Sha256::digest(std::fs::read(&letter)?)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        };
        assert!(text.contains(&source_hash), "{source_hash} {text}");
        assert!(text.contains("Traducción certificada"), "{text}");
        assert!(text.contains("Vincristina 5 mg i.v."), "{text}");
        assert!(
            blue_pixels(&engine, &pdf, 1)? > 20,
            "no marker on the original"
        );
        assert!(
            blue_pixels(&engine, &pdf, 2)? > 20,
            "no marker by the translation"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
        Ok(())
    }
    .await;
    app.quit().await?;
    outcome
}

#[tokio::test]
async fn a_chinese_pdfs_own_text_is_translated_into_arabic_exported_both_ways_and_as_xliff()
-> Result<()> {
    let _display = DISPLAY.lock().await;
    let machine = Machine::new();
    let incoming = tempfile::tempdir_in(repo_root().join("target"))?;
    let engine = PdfEngine::shared(&library_path())?;
    let fonts = wayfinder_reports::Fonts::load(&wayfinder_reports::font_dir())?;
    let (_, letter) = scans::SPECIMENS
        .iter()
        .find(|(code, _)| *code == "zh")
        .copied()
        .ok_or("no Chinese specimen")?;
    let title = letter.lines().next().unwrap_or_default();
    // An ASCII name: xdotool cannot be trusted to type Chinese into the file dialog.
    let original = incoming.path().join("discharge-letter-zh.pdf");
    std::fs::write(
        &original,
        wayfinder_reports::specimen_pdf(&fonts, letter, "zh")?,
    )?;
    let app = App::start(&machine).await?;
    // Whatever happens, the app is quit: one left open with its file dialog takes the
    // next test's keyboard.
    let outcome: Result<()> = async {
        app.create_vault().await?;
        app.create_case("Wang Xiaoming").await?;
        app.import("import-files", &original).await?;
        app.wait_until("the record", || async { app.has("record").await })
            .await?;
        app.click("record-translate").await?;
        app.select("translate-language", "ar").await?;
        app.type_into("translate-translator", "Layla Haddad")
            .await?;
        app.click("translate-submit").await?;
        app.wait_until("the form closed", || async {
            Ok(!app.has("record-translate-form").await?)
        })
        .await?;
        // Today lists it, and opens her workspace on it.
        app.click("nav-today").await?;
        app.wait_until("the document in Today", || async {
            app.has("today-translation").await
        })
        .await?;
        app.click("today-translation").await?;
        page_shown(&app).await?;

        // She selects the heading in the PDF's own text, laid over the page, and makes a
        // passage of her selection.
        app.click("workspace-mode-select").await?;
        app.wait_until("the page's text", || async {
            app.has("workspace-line").await
        })
        .await?;
        let heading = app.el("workspace-line").await?;
        app.driver
            .execute(
                "window.getSelection().selectAllChildren(arguments[0]);",
                vec![heading.to_json()?],
            )
            .await?;
        app.click("workspace-take-selection").await?;
        app.wait_until("the heading's text", || async {
            Ok(app.has("passage-source").await?
                && squeezed(
                    &app.el("passage-source")
                        .await?
                        .prop("value")
                        .await?
                        .unwrap_or_default(),
                )
                .contains(&squeezed(title)))
        })
        .await?;
        app.click("passage-add").await?;
        app.wait_until("the passage", || async { Ok(passages(&app).await? == 1) })
            .await?;
        translate(&app, 0, "ملخص الخروج").await?;
        app.click("passage-to-final").await?;
        app.wait_until("the heading final", || async {
            Ok(app.text("passage-state").await? == "Final")
        })
        .await?;
        // A second passage, typed, left for her CAT tool.
        app.click("workspace-type-passage").await?;
        app.type_into("passage-source", "长春新碱 1.5 mg/m²")
            .await?;
        app.click("passage-add").await?;
        app.wait_until("two passages", || async { Ok(passages(&app).await? == 2) })
            .await?;

        // Exported bilingual, then overlaid, through the save dialog; PDFium reads both back.
        app.el("translated-export").await?.click().await?;
        app.type_into("translated-recipient", "Hospital Universitario La Paz")
            .await?;
        let mut exports = Vec::new();
        let mut pdfs = Vec::new();
        for (overlay, name) in [(false, "bilingual.pdf"), (true, "overlay.pdf")] {
            if overlay {
                app.click("translated-overlay").await?;
            }
            app.click("translated-prepare").await?;
            app.wait_until("the preview", || async {
                app.has("translated-pages").await
            })
            .await?;
            let saved = incoming.path().join(name);
            app.click("translated-save").await?;
            app.save_in_dialog("^Export the report$", &saved).await?;
            app.wait_until("the export saved", || async {
                Ok(app.has("translated-saved").await?
                    && app.text("translated-saved").await?.contains(name))
            })
            .await?;
            let bytes = std::fs::read(&saved)?;
            exports.push(pdf_text(&engine, bytes.clone())?);
            pdfs.push(bytes);
        }
        // The original page carries the passage's marker, and so does (bilingual) the page of
        // its translation. (The hashes are checked on a left-to-right export: PDFium reads the
        // Latin runs of a right-to-left document in reverse order, though they are drawn right.)
        assert!(
            blue_pixels(&engine, &pdfs[0], 1)? > 20,
            "no marker on the original"
        );
        assert!(
            blue_pixels(&engine, &pdfs[0], 2)? > 20,
            "no marker by the translation"
        );
        assert!(
            blue_pixels(&engine, &pdfs[1], 1)? > 20,
            "no marker on the overlaid page"
        );
        // The Arabic in logical order on both; the statement's heading in Arabic; the page of
        // translations only in the bilingual one.
        for text in &exports {
            assert!(text.contains("ملخص الخروج"), "{text}");
            assert!(text.contains("ترجمة معتمدة"), "{text}");
        }
        assert!(exports[0].contains("ترجمة الصفحة"), "{}", exports[0]);
        assert!(!exports[1].contains("ترجمة الصفحة"), "{}", exports[1]);

        // The passages out as XLIFF; her CAT tool translates the second; read back, the second
        // passage has its translation and the final one is kept.
        app.el("interchange").await?.click().await?;
        let xliff = incoming.path().join("passages.xlf");
        app.click("xliff-export").await?;
        app.save_in_dialog("^Export the passages as XLIFF$", &xliff)
            .await?;
        app.wait_until("the XLIFF saved", || async {
            app.has("interchange-note").await
        })
        .await?;
        let sent = std::fs::read_to_string(&xliff)?;
        assert!(sent.contains("srcLang=\"zh\" trgLang=\"ar\""), "{sent}");
        assert!(sent.contains("<target>ملخص الخروج</target>"), "{sent}");
        let back = incoming.path().join("back.xlf");
        std::fs::write(
            &back,
            sent.replace(
                "<source>长春新碱 1.5 mg/m²</source>",
                "<source>长春新碱 1.5 mg/m²</source>\n    <target>فينكريستين 1.5 ملغ/م²</target>",
            )
            .replace("<target>ملخص الخروج</target>", "<target>ملخص</target>"),
        )?;
        app.click("xliff-import").await?;
        app.pick_in_dialog(&back).await?;
        app.wait_until("the XLIFF read", || async {
            Ok(app.has("interchange-note").await?
                && app
                    .text("interchange-note")
                    .await?
                    .replace(['\u{2068}', '\u{2069}'], "")
                    .starts_with("1 passages changed, 0 unchanged, 1 kept"))
        })
        .await?;
        app.wait_until("the second passage translated", || async {
            let fields = app
                .driver
                .find_all(By::Css("[data-testid='passage-target']"))
                .await?;
            Ok(match (fields.first(), fields.get(1)) {
                (Some(first), Some(second)) => {
                    first.prop("value").await?.unwrap_or_default() == "ملخص الخروج"
                        && second.prop("value").await?.unwrap_or_default()
                            == "فينكريستين 1.5 ملغ/م²"
                }
                _ => false,
            })
        })
        .await?;
        tokio::time::sleep(Duration::from_millis(200)).await;
        Ok(())
    }
    .await;
    app.quit().await?;
    outcome
}
