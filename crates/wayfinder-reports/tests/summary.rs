//! The case summary, made as a reader in each of the six languages gets it and read back with
//! PDFium the way her PDF viewer would: her labels, the case's words as written, nothing else.

use chrono::NaiveDate;
use std::sync::OnceLock;
use wayfinder_i18n::{Catalog, Locale};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_reports::{
    Child, Coordinator, Diagnosis, Enclosed, Fonts, Summary, Treatment, font_dir, summary_pdf,
};

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts::load(&font_dir()).unwrap_or_else(|e| panic!("{e}")))
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::new().unwrap_or_else(|e| panic!("{e}")))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("date"))
}

fn layla(name: &str) -> Summary {
    Summary {
        child: Child {
            name: Some(name.to_owned()),
            date_of_birth: Some(day(2019, 3, 7)),
            age: Some(7),
            sex: Some("female".into()),
            country: Some("AE".into()),
        },
        diagnosis: Diagnosis {
            text: Some("Medulloblastoma, classic, SHH-activated".into()),
            icd10: Some(("C71.6".into(), "Malignant neoplasm of cerebellum".into())),
            topography: Some("C71.6".into()),
            morphology: Some("9470/3".into()),
            risk_group: Some("standard".into()),
        },
        stage: "review".into(),
        timeline: vec![
            Treatment {
                what: "Posterior fossa resection".into(),
                place: Some("Hospital Sant Joan de Déu".into()),
                from: Some(day(2026, 6, 2)),
                to: None,
                outcome: Some("Gross total resection".into()),
            },
            Treatment {
                what: "Craniospinal irradiation".into(),
                place: Some("Dubai".into()),
                from: Some(day(2026, 7, 1)),
                to: Some(day(2026, 8, 12)),
                outcome: None,
            },
        ],
        questions: vec!["Is proton therapy advisable at her age?".into()],
        enclosed: vec![Enclosed {
            title: "MRI report.pdf".into(),
            category: "imaging".into(),
            date: Some(day(2026, 10, 2)),
            pages: 3,
        }],
        coordinator: Coordinator {
            name: "Amal Mansour".into(),
            organisation: Some("Wayfinder Dubai".into()),
            email: Some("amal@example.org".into()),
            phone: None,
        },
        today: day(2026, 11, 24),
    }
}

/// The runs of letters and the runs of digits of a text.
fn runs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last = None;
    for c in text.chars() {
        let class = if c.is_alphabetic() {
            Some(true)
        } else if c.is_numeric() {
            Some(false)
        } else {
            None
        };
        match (class, last) {
            (Some(now), Some(before)) if now == before => {
                if let Some(run) = out.last_mut() {
                    run.push(c);
                }
            }
            (Some(_), _) => out.push(c.to_string()),
            (None, _) => {}
        }
        last = class;
    }
    out
}

/// The text of every page, as PDFium extracts it.
fn text_of(pdf: Vec<u8>) -> Vec<String> {
    let engine = PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}"));
    let (doc, pages) = engine.open(pdf, None).unwrap_or_else(|e| panic!("{e}"));
    let text = (0..pages)
        .map(|p| engine.page_text(doc, p).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    engine.close(doc);
    text
}

#[test]
fn the_summary_is_in_the_readers_language_with_the_case_as_written() {
    let title = |locale| catalog().message(locale, "report-summary-title", &[]);
    for locale in Locale::ALL {
        let pdf = summary_pdf(fonts(), catalog(), &layla("Layla Haddad"), locale)
            .unwrap_or_else(|e| panic!("{}: {e}", locale.tag()));
        assert!(pdf.starts_with(b"%PDF-"));
        let text = text_of(pdf).join("\n");
        for expected in [
            title(locale).as_str(),
            "Layla Haddad",
            "C71.6",
            "9470/3",
            "Posterior fossa resection",
            "Is proton therapy advisable at her age?",
            "MRI report.pdf",
            "amal@example.org",
            &catalog().message(locale, "stage-review", &[]),
            &catalog().message(locale, "option-category-imaging", &[]),
        ] {
            // PDFium gives a right-to-left line in visual order, so a Latin name inside
            // Arabic comes out word-reversed and a code like C71.6 as 71.6C: there, each run
            // of letters or digits must be present. Arabic itself comes out in logical order
            // (`arabic_lines_are_extracted_in_logical_order`).
            // Arabic vowel marks are extracted apart from their letters, so they are left out.
            let found = if locale.is_right_to_left() {
                let bare = |t: &str| -> String {
                    t.chars()
                        .filter(|c| !('\u{64B}'..='\u{65F}').contains(c))
                        .collect()
                };
                let text = bare(&text);
                runs(&bare(expected))
                    .iter()
                    .all(|run| text.contains(run.as_str()))
            } else {
                text.contains(expected)
            };
            assert!(
                found,
                "{}: {expected:?} is not in the summary:\n{text}",
                locale.tag()
            );
        }
        // No other language's title leaks in.
        for other in Locale::ALL.into_iter().filter(|l| *l != locale) {
            assert!(
                !text.contains(&title(other)),
                "{} in {}",
                other.tag(),
                locale.tag()
            );
        }
    }
}

#[test]
fn arabic_lines_are_extracted_in_logical_order() {
    // A reader who copies a line out of the Arabic summary gets the words in the order they
    // are read, first word first, not reversed as they are drawn from the right.
    let pdf = summary_pdf(fonts(), catalog(), &layla("Layla Haddad"), Locale::Ar)
        .unwrap_or_else(|e| panic!("{e}"));
    // Vowel marks are extracted apart from their letters, so both sides go without them.
    let bare = |t: &str| -> String {
        t.chars()
            .filter(|c| !('\u{64B}'..='\u{65F}').contains(c))
            .collect()
    };
    let text = bare(&text_of(pdf).join("\n"));
    let say = |id: &str| bare(&catalog().message(Locale::Ar, id, &[]));
    let lines = [
        say("report-summary-title"),
        say("report-questions"),
        format!("{} 7 مارس 2019", say("report-date-of-birth")),
        say("report-prepared").replace(['\u{2068}', '\u{2069}'], ""),
    ];
    for line in lines.iter().filter(|l| !l.contains('{')) {
        assert!(line.split(' ').count() > 1, "{line} is one word");
        let reversed: Vec<&str> = line.split(' ').rev().collect();
        assert!(
            text.contains(line.as_str()),
            "{line:?} is not in logical order in:\n{text}"
        );
        assert!(
            !text.contains(&reversed.join(" ")),
            "{line:?} came out reversed"
        );
    }
    assert!(text.contains(&format!("{} 7 مارس 2019", say("report-date-of-birth"))));
    // The country by its Arabic name, not its ISO code.
    assert!(
        text.contains(&format!(
            "{} الإمارات العربية المتحدة",
            say("report-country")
        )),
        "{text}"
    );
    assert!(!text.contains(" AE"), "{text}");
}

#[test]
fn a_name_that_looks_like_typst_markup_prints_as_written() {
    for name in [
        "#set page(width: 1pt) $x$",
        "*bold* _x_ @ref <label> \\ #{1+1}",
    ] {
        let pdf = summary_pdf(fonts(), catalog(), &layla(name), Locale::En)
            .unwrap_or_else(|e| panic!("{e}"));
        let text = text_of(pdf);
        assert!(
            text[0].contains(name),
            "{name:?} did not print literally:\n{}",
            text[0]
        );
    }
}

#[test]
fn what_the_consents_withhold_is_said_to_be_withheld() {
    let mut summary = layla("Layla Haddad");
    summary.child.name = None;
    summary.child.date_of_birth = None;
    summary.child.sex = None;
    let text = text_of(
        summary_pdf(fonts(), catalog(), &summary, Locale::Fr).unwrap_or_else(|e| panic!("{e}")),
    )
    .join("\n");
    assert!(!text.contains("Layla"));
    assert!(!text.contains("2019"));
    let withheld = catalog().message(Locale::Fr, "report-withheld", &[]);
    assert_eq!(text.matches(withheld.as_str()).count(), 2, "{text}");
    // A sex the case does not record is said to be missing, not withheld by the family.
    let missing = catalog().message(Locale::Fr, "report-not-recorded", &[]);
    assert_eq!(text.matches(missing.as_str()).count(), 1, "{text}");
}

#[test]
fn a_missing_font_is_named_in_the_error() {
    // A folder with no fonts in it.
    let empty = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    match Fonts::load(&empty) {
        Err(e) => assert_eq!(e.code(), "report-font-missing"),
        Ok(_) => panic!("fonts loaded from an empty folder"),
    }
}

/// Renders page 0 at `width` pixels and gives its RGBA pixels and height.
fn render(pdf: Vec<u8>, width: u32) -> (Vec<u8>, u32) {
    let engine = PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}"));
    let (doc, _) = engine.open(pdf, None).unwrap_or_else(|e| panic!("{e}"));
    let png = engine
        .render_png(doc, 0, wayfinder_pdf::RenderSize::Width(width))
        .unwrap_or_else(|e| panic!("{e}"));
    engine.close(doc);
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().unwrap_or_else(|e| panic!("{e}"));
    let mut pixels = vec![0u8; reader.output_buffer_size().unwrap_or(0)];
    let info = reader
        .next_frame(&mut pixels)
        .unwrap_or_else(|e| panic!("{e}"));
    let channels = info.color_type.samples();
    let rgba: Vec<u8> = pixels[..info.buffer_size()]
        .chunks(channels)
        .flat_map(|p| match channels {
            3 => [p[0], p[1], p[2], 255],
            4 => [p[0], p[1], p[2], p[3]],
            _ => [p[0], p[0], p[0], 255],
        })
        .collect();
    assert_eq!(info.width, width);
    (rgba, info.height)
}

#[test]
fn long_chinese_text_wraps_inside_the_margins() {
    let mut summary = layla("王小明");
    // Chinese has no spaces: a long diagnosis and a long question must break between
    // characters, not run off the page.
    summary.diagnosis.text = Some("髓母细胞瘤经典型术后残留病灶伴软脑膜播散".repeat(12));
    summary.questions = vec!["是否建议在维持化疗前进行全中枢质子放疗并评估听力损伤风险".repeat(6)];
    let pdf =
        summary_pdf(fonts(), catalog(), &summary, Locale::Zh).unwrap_or_else(|e| panic!("{e}"));
    let width = 1190; // 595 pt A4 at 2 px a point
    let (pixels, height) = render(pdf, width);
    // The margins are 1.8 cm of 21 cm on each side; allow a pixel of antialiasing.
    let margin = (f64::from(width) * 1.8 / 21.0) as u32 - 2;
    let mut inked = 0;
    for y in 0..height {
        for x in (0..margin).chain(width - margin..width) {
            let at = ((y * width + x) * 4) as usize;
            let p = &pixels[at..at + 4];
            if p[3] > 0 && (p[0] < 200 || p[1] < 200 || p[2] < 200) {
                inked += 1;
            }
        }
    }
    assert_eq!(inked, 0, "{inked} dark pixels in the side margins");
    // And the text did wrap onto several lines rather than being cut: all of it is there.
    let text = text_of(summary_pdf(fonts(), catalog(), &summary, Locale::Zh).unwrap_or_default())
        .join("")
        .replace(['\n', '\r', ' '], "");
    assert!(text.contains(&"髓母细胞瘤经典型术后残留病灶伴软脑膜播散".repeat(12)));
}

/// The columns, between `left` and `right`, that have dark ink in rows `top..bottom`.
fn inked_columns(pixels: &[u8], width: u32, rows: (u32, u32), cols: (u32, u32)) -> Vec<bool> {
    (cols.0..cols.1)
        .map(|x| {
            (rows.0..rows.1).any(|y| {
                let at = ((y * width + x) * 4) as usize;
                pixels[at] < 128 && pixels[at + 1] < 128 && pixels[at + 2] < 128
            })
        })
        .collect()
}

/// How many separate stretches of inked columns there are.
fn stretches(columns: &[bool]) -> usize {
    columns
        .windows(2)
        .filter(|pair| pair[1] && !pair[0])
        .count()
        + usize::from(columns.first() == Some(&true))
}

#[test]
fn arabic_letters_are_joined() {
    // The same five letters, joined as Arabic is written, and kept apart by zero-width
    // non-joiners (isolated forms): only the name differs between the two summaries.
    let joined = "ححححح";
    let apart = "ح\u{200C}ح\u{200C}ح\u{200C}ح\u{200C}ح";
    let width = 1190;
    let (a, height) = render(
        summary_pdf(fonts(), catalog(), &layla(joined), Locale::Ar).unwrap_or_default(),
        width,
    );
    let (b, _) = render(
        summary_pdf(fonts(), catalog(), &layla(apart), Locale::Ar).unwrap_or_default(),
        width,
    );
    // Where the two pages differ is where the name is.
    let (mut top, mut bottom, mut left, mut right) = (height, 0, width, 0);
    for y in 0..height {
        for x in 0..width {
            let at = ((y * width + x) * 4) as usize;
            if a[at..at + 3] != b[at..at + 3] {
                top = top.min(y);
                bottom = bottom.max(y + 1);
                left = left.min(x);
                right = right.max(x + 1);
            }
        }
    }
    assert!(top < bottom, "the two names rendered the same");
    let rows = (top, bottom);
    let cols = (left.saturating_sub(4), (right + 4).min(width));
    let joined_runs = stretches(&inked_columns(&a, width, rows, cols));
    let apart_runs = stretches(&inked_columns(&b, width, rows, cols));
    assert_eq!(
        joined_runs, 1,
        "the joined name is not one connected stroke"
    );
    assert!(
        apart_runs >= 5,
        "isolated letters gave {apart_runs} stretches"
    );
}

#[test]
fn the_summary_text_page_by_page_in_every_language_is_as_approved() {
    for locale in Locale::ALL {
        let text = text_of(
            summary_pdf(fonts(), catalog(), &layla("Layla Haddad"), locale)
                .unwrap_or_else(|e| panic!("{e}")),
        );
        let pages: Vec<String> = text
            .iter()
            .enumerate()
            .map(|(i, page)| format!("--- page {} ---\n{}", i + 1, page.replace('\r', "")))
            .collect();
        insta::assert_snapshot!(format!("summary-{}", locale.tag()), pages.join("\n"));
    }
}
