//! The disclosure report, made in each of the six languages and read back with PDFium: its
//! labels, each disclosure's recipient and the SHA-256 of the file sent, written whole.

use chrono::NaiveDate;
use std::sync::OnceLock;
use wayfinder_i18n::{Catalog, Locale};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_reports::{DisclosureLine, DisclosureReport, Fonts, disclosure_pdf, font_dir};

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

const HASH: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

fn report() -> DisclosureReport {
    DisclosureReport {
        child: "Layla Haddad".into(),
        lines: vec![
            DisclosureLine {
                day: day(2026, 11, 20),
                report: "packet".into(),
                recipient: "Centre Léon Bérard".into(),
                consent: Some("Second opinion, until 2027-06-30".into()),
                file: Some("packet-2026-11-20.pdf".into()),
                sha256: Some(HASH.into()),
                by: "Maria".into(),
            },
            DisclosureLine {
                day: day(2026, 10, 2),
                report: "record".into(),
                recipient: "Charité".into(),
                consent: None,
                file: None,
                sha256: None,
                by: "Maria".into(),
            },
        ],
        today: day(2026, 12, 6),
    }
}

fn text_of(pdf: Vec<u8>) -> String {
    let engine = PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}"));
    let (doc, pages) = engine.open(pdf, None).unwrap_or_else(|e| panic!("{e}"));
    let text = (0..pages)
        .map(|p| engine.page_text(doc, p).unwrap_or_else(|e| panic!("{e}")))
        .collect::<Vec<_>>()
        .join("\n");
    engine.close(doc);
    text
}

/// Whether the text holds the hash's 64 characters side by side, in some order.
fn scrambled_within(text: &str) -> bool {
    let mut wanted: Vec<char> = HASH.chars().collect();
    wanted.sort_unstable();
    let chars: Vec<char> = text.chars().collect();
    chars.windows(HASH.len()).any(|w| {
        let mut w = w.to_vec();
        w.sort_unstable();
        w == wanted
    })
}

#[test]
fn the_disclosure_report_lists_each_file_sent_with_its_hash_in_six_languages() {
    for locale in Locale::ALL {
        let pdf = disclosure_pdf(fonts(), catalog(), &report(), locale)
            .unwrap_or_else(|e| panic!("{}: {e}", locale.tag()));
        let bare = |t: &str| -> String {
            t.chars()
                .filter(|c| {
                    !('\u{64B}'..='\u{65F}').contains(c)
                        && !matches!(*c, '\u{2068}' | '\u{2069}' | '\r' | '\n')
                })
                .collect()
        };
        let text = bare(&text_of(pdf));
        let say = |id: &str| bare(&catalog().message(locale, id, &[]));
        for id in [
            "disclosure-to",
            "disclosure-consent",
            "option-report-packet",
            "option-report-record",
        ] {
            assert!(
                text.contains(&say(id)),
                "{}: {id} is not in:\n{text}",
                locale.tag()
            );
        }
        // The fingerprint comes out whole. PDFium gives the lines of a right-to-left page in
        // visual order and reorders the letters and digits of a Latin run in it, so in Arabic
        // the test looks for its 64 characters together, in any order.
        let whole = text.contains(HASH) || (locale.is_right_to_left() && scrambled_within(&text));
        assert!(whole, "{}: the hash is not whole in:\n{text}", locale.tag());
        // A Latin name inside an Arabic line comes out word by word: each word counts.
        for run in ["Layla", "Léon", "Bérard", "Charité"] {
            assert!(
                text.contains(run),
                "{}: {run} is not in:\n{text}",
                locale.tag()
            );
        }
    }
}

#[test]
fn a_case_nothing_left_says_so() {
    let mut empty = report();
    empty.lines.clear();
    empty.child.clear();
    let text = text_of(
        disclosure_pdf(fonts(), catalog(), &empty, Locale::En).unwrap_or_else(|e| panic!("{e}")),
    );
    assert!(text.contains("Nothing has left this case."), "{text}");
    assert!(
        text.contains("Disclosures of the child's records"),
        "{text}"
    );
}
