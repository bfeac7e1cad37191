//! Reading scans with the real Tesseract: known text in the six languages, printed and made to
//! look scanned, read back with a bounded character error rate; pages upside down and sideways
//! read right; a Russian letter with English drug names; and each way the reader can fail.

use std::path::{Path, PathBuf};
use std::time::Duration;
use wayfinder_ocr::{Language, OcrError, Rotation, Tesseract};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_testkit::scans::{self, MIXED, SPECIMENS, Wear};

fn engine() -> PdfEngine {
    PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}"))
}

fn language(code: &str) -> Language {
    Language::from_iso(code).unwrap_or_else(|| panic!("{code}"))
}

/// The most characters in a hundred read wrong on a scanned page, by script: Tesseract's
/// fast models read Arabic and Chinese less well than Latin and Cyrillic.
fn bound(code: &str) -> f64 {
    match code {
        "ar" => 0.12,
        "zh" => 0.10,
        _ => 0.04,
    }
}

#[test]
fn scanned_pages_in_every_language_read_back_with_few_errors() {
    let engine = engine();
    let reader = Tesseract::system();
    for (code, text) in SPECIMENS {
        let page = scans::worn(&scans::page(&engine, text, code), Wear::SCANNED);
        let read = reader
            .read(&page, &[language(code)], None)
            .unwrap_or_else(|e| panic!("{code}: {e}"));
        let cer = scans::character_error_rate(text, &read.text());
        assert!(
            cer <= bound(code),
            "{code}: error rate {cer:.3}: {}",
            read.text()
        );
        assert_eq!(read.rotation, Rotation::None, "{code}");
        let confidence = read.confidence().unwrap_or_default();
        assert!(confidence > 60.0, "{code}: confidence {confidence}");
        // Every word's box lies on the page.
        assert!(
            read.words
                .iter()
                .all(|w| w.left + w.width <= read.width && w.top + w.height <= read.height)
        );
    }
}

#[test]
fn pages_upside_down_or_sideways_are_turned_and_read_right() {
    let engine = engine();
    let reader = Tesseract::system();
    let (code, text) = SPECIMENS[0];
    let upright = scans::page(&engine, text, code);
    for (turns, expected) in [
        (2, Rotation::Half),
        (1, Rotation::ThreeQuarters),
        (3, Rotation::Quarter),
    ] {
        let wear = Wear {
            quarter_turns: turns,
            ..Wear::SCANNED
        };
        let page = scans::worn(&upright, wear);
        let read = reader
            .read(&page, &[Language::English], None)
            .unwrap_or_else(|e| panic!("{turns}: {e}"));
        assert_eq!(read.rotation, expected, "{turns} quarter turns");
        // The words are measured on the page as it stands upright.
        assert!(
            read.height > read.width,
            "{turns}: {}x{}",
            read.width,
            read.height
        );
        let cer = scans::character_error_rate(text, &read.text());
        assert!(
            cer <= bound(code),
            "{turns}: error rate {cer:.3}: {}",
            read.text()
        );
    }
    // Plain Tesseract, given the page upside down, reads garbage: what the turn is for.
    let page = scans::worn(
        &upright,
        Wear {
            quarter_turns: 2,
            ..Wear::SCANNED
        },
    );
    let plain = reader
        .recognise(&page, &[Language::English], None)
        .unwrap_or_else(|e| panic!("{e}"));
    let plain: Vec<&str> = plain.iter().map(|w| w.text.as_str()).collect();
    assert!(scans::character_error_rate(text, &plain.join(" ")) > 0.5);
}

#[test]
fn a_russian_letter_with_english_drug_names_reads_in_both() {
    let engine = engine();
    let (code, text) = MIXED;
    let page = scans::worn(&scans::page(&engine, text, code), Wear::SCANNED);
    let read = Tesseract::system()
        .read(&page, &[Language::Russian], None)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.languages, ["rus", "eng"]);
    let got = read.text();
    for drug in [
        "Vincristine",
        "Cisplatin",
        "Lomustine",
        "Винкристин",
        "Цисплатин",
    ] {
        assert!(got.contains(drug), "{drug} not in {got}");
    }
    assert!(scans::character_error_rate(text, &got) <= bound(code));
}

/// A stand-in for Tesseract: a shell script that lists the languages when asked, and does
/// `then` when given a page.
fn stand_in(dir: &Path, name: &str, then: &str) -> PathBuf {
    let path = dir.join(name);
    let script = format!(
        "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then printf 'List of available languages in \"/x\" (1):\\neng\\n'; exit 0; fi\ncat >/dev/null\n{then}\n"
    );
    std::fs::write(&path, script).unwrap_or_else(|e| panic!("{e}"));
    let mut permissions = std::fs::metadata(&path)
        .unwrap_or_else(|e| panic!("{e}"))
        .permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&path, permissions).unwrap_or_else(|e| panic!("{e}"));
    path
}

#[test]
fn each_way_the_reader_fails_is_its_own_error() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let page = image::GrayImage::from_pixel(400, 300, image::Luma([255]));
    let read = |reader: Tesseract| reader.read(&page, &[Language::English], None).err();
    assert_eq!(
        read(Tesseract::at(tmp.path().join("no-such-tesseract"))),
        Some(OcrError::Missing)
    );
    let crashing = stand_in(tmp.path(), "crashing", "kill -SEGV $$");
    assert_eq!(read(Tesseract::at(crashing)), Some(OcrError::Crashed));
    let hanging = stand_in(tmp.path(), "hanging", "sleep 30");
    let started = std::time::Instant::now();
    assert_eq!(
        read(Tesseract::at(hanging.clone()).with_timeout(Duration::from_millis(700))),
        Some(OcrError::TimedOut)
    );
    // The hanging child was killed, not waited for.
    assert!(started.elapsed() < Duration::from_secs(20));
    let lying = stand_in(
        tmp.path(),
        "lying",
        "echo 'Orientation in degrees: sideways'; echo 'Rotate: 45'",
    );
    assert_eq!(read(Tesseract::at(lying)), Some(OcrError::Garbage));
    let no_languages = tmp.path().join("no-languages");
    std::fs::write(
        &no_languages,
        "#!/bin/sh\nprintf 'List of available languages in \"/x\" (1):\\nosd\\n'\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut permissions = std::fs::metadata(&no_languages)
        .unwrap_or_else(|e| panic!("{e}"))
        .permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&no_languages, permissions).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        read(Tesseract::at(no_languages)),
        Some(OcrError::LanguageMissing)
    );
    // A reading is stopped from another thread: the child is killed.
    let reader = Tesseract::at(hanging);
    let flag = reader.cancel_flag();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        flag.store(true, std::sync::atomic::Ordering::SeqCst);
    });
    let started = std::time::Instant::now();
    assert_eq!(read(reader.clone()), Some(OcrError::Cancelled));
    assert!(started.elapsed() < Duration::from_secs(20));
    let _ = stopper.join();
    // Until resumed, it reads nothing.
    assert_eq!(read(reader.clone()), Some(OcrError::Cancelled));
}

#[test]
fn reading_writes_nothing_where_tesseract_runs() {
    let engine = engine();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (code, text) = SPECIMENS[5];
    let page = scans::page(&engine, text, code);
    let read = Tesseract::system()
        .in_dir(dir.path())
        .read(&page, &[Language::Russian], None)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(read.text().contains("медуллобластому"), "{}", read.text());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap_or_else(|e| panic!("{e}"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// Plain Tesseract scrambles a page turned by three degrees or more (its lines run into each
/// other: an error rate of 0.5 at 3 degrees, 0.94 at 5 on these pages); straightened first,
/// it reads as well as a level one, either way and up to twelve degrees, and its words' boxes
/// lie on the page as it came.
#[test]
fn pages_fed_askew_are_straightened_and_read_right() {
    let engine = engine();
    let reader = Tesseract::system();
    for (code, text) in SPECIMENS
        .iter()
        .filter(|(c, _)| ["en", "ru", "ar", "zh"].contains(c))
    {
        for skew in [4.0f32, -7.0, 12.0] {
            let page = scans::worn(
                &scans::page(&engine, text, code),
                Wear {
                    skew,
                    ..Wear::SCANNED
                },
            );
            let read = reader
                .read(&page, &[language(code)], None)
                .unwrap_or_else(|e| panic!("{code} {skew}: {e}"));
            let cer = scans::character_error_rate(text, &read.text());
            assert!(
                cer <= bound(code),
                "{code} at {skew} degrees: error rate {cer:.3}: {}",
                read.text()
            );
            assert_eq!(read.rotation, Rotation::None, "{code} at {skew} degrees");
            assert_eq!((read.width, read.height), page.dimensions());
            assert!(
                read.words
                    .iter()
                    .all(|w| w.left + w.width <= read.width && w.top + w.height <= read.height)
            );
        }
    }
}
