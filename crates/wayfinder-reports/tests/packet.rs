//! The review packet: the summary, then the fixtures' long PDFs as they were (their page
//! counts and the text of every page kept), and an image as a page of its own.

use chrono::NaiveDate;
use wayfinder_i18n::{Catalog, Locale};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_reports::{
    Child, Coordinator, Diagnosis, Fonts, PacketMedia, PacketRecord, Summary, font_dir, packet_pdf,
    summary_pdf,
};

fn summary() -> Summary {
    Summary {
        child: Child {
            name: Some("Layla Haddad".into()),
            ..Child::default()
        },
        diagnosis: Diagnosis::default(),
        stage: "review".into(),
        timeline: Vec::new(),
        questions: vec!["Second-look surgery?".into()],
        enclosed: Vec::new(),
        coordinator: Coordinator {
            name: "Amal Mansour".into(),
            ..Coordinator::default()
        },
        today: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default(),
    }
}

fn fixture(name: &str) -> Vec<u8> {
    let path = wayfinder_testkit::fixture("pdfs").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn pages_text(engine: &PdfEngine, pdf: Vec<u8>) -> Vec<String> {
    let (doc, pages) = engine.open(pdf, None).unwrap_or_else(|e| panic!("{e}"));
    let text = (0..pages)
        .map(|p| engine.page_text(doc, p).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    engine.close(doc);
    text
}

#[test]
fn a_packet_keeps_every_page_and_its_text_and_adds_an_image_page() {
    let fonts = Fonts::load(&font_dir()).unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::new().unwrap_or_else(|e| panic!("{e}"));
    let engine = PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}"));
    let originals = [("TAMReview.pdf", 23u32), ("issue3214.pdf", 14)];
    let mut records: Vec<PacketRecord> = originals
        .iter()
        .map(|(name, pages)| PacketRecord {
            title: (*name).to_owned(),
            category: "pathology".into(),
            media: PacketMedia::Pdf,
            pages: *pages,
            bytes: fixture(name),
            read: Vec::new(),
        })
        .collect();
    let mut photo = Vec::new();
    image_png(&mut photo);
    records.push(PacketRecord {
        title: "Passport photo".into(),
        category: "identity-travel".into(),
        media: PacketMedia::Png,
        pages: 1,
        bytes: photo,
        read: Vec::new(),
    });
    let alone =
        summary_pdf(&fonts, &catalog, &summary(), Locale::Es).unwrap_or_else(|e| panic!("{e}"));
    let summary_pages = pages_text(&engine, alone).len();
    let packet = packet_pdf(&fonts, &catalog, &summary(), records, Locale::Es)
        .unwrap_or_else(|e| panic!("{e}"));
    let (doc, _) = engine
        .open(packet.clone(), None)
        .unwrap_or_else(|e| panic!("{e}"));
    let bookmarks = engine.bookmarks(doc).unwrap_or_else(|e| panic!("{e}"));
    engine.close(doc);
    let text = pages_text(&engine, packet);
    assert_eq!(text.len(), summary_pages + 23 + 14 + 1);
    // A bookmark for the summary and each of its sections, and for each record at its first
    // page.
    let titles: Vec<&str> = bookmarks.iter().map(|b| b.title.as_str()).collect();
    for section in [
        "report-summary-title",
        "report-child",
        "report-questions",
        "report-coordinator",
    ] {
        let label = catalog.message(Locale::Es, section, &[]);
        assert!(titles.contains(&label.as_str()), "{label}: {titles:?}");
    }
    let mut first = summary_pages;
    for (name, pages) in originals {
        let bookmark = bookmarks
            .iter()
            // The plain title: no bidirectional isolate shows up in a reader's bookmarks.
            .find(|b| b.title == *name)
            .unwrap_or_else(|| panic!("no bookmark for {name}: {titles:?}"));
        assert_eq!(bookmark.page, Some(first as u16), "{name}");
        first += pages as usize;
    }
    assert!(titles.contains(&"Passport photo"), "{titles:?}");
    // Every page of each original is in the packet with its own text, in order.
    let mut at = summary_pages;
    for (name, pages) in originals {
        let original = pages_text(&engine, fixture(name));
        assert_eq!(original.len(), pages as usize);
        for (page, expected) in original.iter().enumerate() {
            let words: Vec<&str> = expected.split_whitespace().take(12).collect();
            let got = &text[at + page];
            for word in &words {
                assert!(
                    got.contains(word),
                    "{name} page {page}: {word:?} missing from the packet's page"
                );
            }
        }
        at += pages as usize;
    }
    assert!(text[at].contains("Passport photo"), "{}", text[at]);
    // Page numbers in the reader's language on the originals' pages too.
    let last = text.len();
    assert!(
        text[at].contains(&format!("Página {last} de {last}")),
        "{}",
        text[at]
    );
}

/// A small PNG made in memory.
fn image_png(out: &mut Vec<u8>) {
    let mut encoder = png::Encoder::new(&mut *out, 4, 3);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap_or_else(|e| panic!("{e}"));
    writer
        .write_image_data(&[200u8; 4 * 3 * 3])
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_protected_record_joins_the_packet_once_pdfium_has_copied_it_without_its_password() {
    let fonts = Fonts::load(&font_dir()).unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::new().unwrap_or_else(|e| panic!("{e}"));
    let engine = PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}"));
    // issue6010_1.pdf opens with the password "abc" (the fixtures' manifest).
    let protected = fixture("issue6010_1.pdf");
    assert!(engine.open(protected.clone(), None).is_err());
    let (doc, pages) = engine
        .open(protected, Some("abc"))
        .unwrap_or_else(|e| panic!("{e}"));
    let original: Vec<String> = (0..pages)
        .map(|p| engine.page_text(doc, p).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    let copy = engine
        .unprotected_copy(doc)
        .unwrap_or_else(|e| panic!("{e}"));
    engine.close(doc);
    assert_eq!(pages_text(&engine, copy.clone()), original);
    let record = PacketRecord {
        title: "Lab results".into(),
        category: "lab".into(),
        media: PacketMedia::Pdf,
        pages: u32::from(pages),
        bytes: copy,
        read: Vec::new(),
    };
    let packet = packet_pdf(&fonts, &catalog, &summary(), vec![record], Locale::En)
        .unwrap_or_else(|e| panic!("{e}"));
    let text = pages_text(&engine, packet);
    let first = text.len() - original.len();
    for (page, expected) in original.iter().enumerate() {
        for word in expected.split_whitespace().take(8) {
            assert!(text[first + page].contains(word), "page {page}: {word:?}");
        }
    }
}

/// Regression for scans in the packet: the text read from a scanned page is laid under its
/// image, invisible, so the reviewer's PDF reader finds and copies it; a page the reader
/// turned upright is shown upright.
#[test]
fn scanned_pages_carry_their_read_text_invisibly_in_the_packet() {
    use wayfinder_reports::{ReadLayer, ReadLine};
    let fonts = Fonts::load(&font_dir()).unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::new().unwrap_or_else(|e| panic!("{e}"));
    let engine = PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}"));
    let line = |text: &str, top: f32| ReadLine {
        text: text.to_owned(),
        left: 0.1,
        top,
        width: 0.6,
        height: 0.03,
    };
    let mut photo = Vec::new();
    image_png(&mut photo);
    let records = vec![
        // A PDF that is one scanned image (a fixture), read the right way up.
        PacketRecord {
            title: "Statement".into(),
            category: "other".into(),
            media: PacketMedia::Pdf,
            pages: 1,
            bytes: fixture("issue11131_reduced.pdf"),
            read: vec![Some(ReadLayer {
                rotation: 0,
                lines: vec![line("Operating Account Consolidated Statement", 0.05)],
            })],
        },
        // A photo read upside down: shown turned, its text over it.
        PacketRecord {
            title: "Carta".into(),
            category: "discharge-letter".into(),
            media: PacketMedia::Png,
            pages: 1,
            bytes: photo,
            read: vec![Some(ReadLayer {
                rotation: 180,
                lines: vec![
                    line("La histología confirmó un meduloblastoma clásico.", 0.2),
                    line("Винкристин 1,5 мг/м2 еженедельно", 0.3),
                ],
            })],
        },
    ];
    let alone =
        summary_pdf(&fonts, &catalog, &summary(), Locale::Es).unwrap_or_else(|e| panic!("{e}"));
    let summary_pages = pages_text(&engine, alone).len();
    let packet = packet_pdf(&fonts, &catalog, &summary(), records, Locale::Es)
        .unwrap_or_else(|e| panic!("{e}"));
    // Invisible: over the photo (a flat grey), not a pixel is darker than the grey.
    let (doc, _) = engine
        .open(packet.clone(), None)
        .unwrap_or_else(|e| panic!("{e}"));
    let png = engine
        .render_png(
            doc,
            u16::try_from(summary_pages + 1).unwrap_or_default(),
            wayfinder_pdf::RenderSize::Width(600),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    engine.close(doc);
    let mut reader = png::Decoder::new(std::io::Cursor::new(png))
        .read_info()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut pixels = vec![0; reader.output_buffer_size().unwrap_or_default()];
    let frame = reader
        .next_frame(&mut pixels)
        .unwrap_or_else(|e| panic!("{e}"));
    let (width, channels) = (frame.width as usize, frame.line_size / frame.width as usize);
    let grey = |row: &[u8], x: usize| row[x * channels];
    let mut photo_rows = 0;
    for row in pixels[..frame.buffer_size()].chunks(frame.line_size) {
        if (190..=210).contains(&grey(row, width / 2)) {
            photo_rows += 1;
            let darkest = (width / 5..width * 4 / 5).map(|x| grey(row, x)).min();
            assert!(
                darkest >= Some(190),
                "a visible mark over the photo: {darkest:?}"
            );
        }
    }
    assert!(photo_rows > 100, "the photo is {photo_rows} rows high");
    let text = pages_text(&engine, packet);
    assert_eq!(text.len(), summary_pages + 2);
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        squeeze(&text[summary_pages]).contains("Operating Account Consolidated Statement"),
        "{}",
        text[summary_pages]
    );
    let photo_page = squeeze(&text[summary_pages + 1]);
    for words in ["meduloblastoma clásico", "Винкристин 1,5 мг/м2"] {
        assert!(photo_page.contains(words), "{words} not in {photo_page}");
    }
}
