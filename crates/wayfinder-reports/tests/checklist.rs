//! The family's checklist, made in each of the six languages and read back with PDFium: their
//! labels and dates, the box of the done item ticked and no other, the times as on the tickets.

use chrono::{NaiveDate, NaiveDateTime};
use std::sync::OnceLock;
use wayfinder_i18n::{Catalog, Locale};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_reports::{Checklist, ChecklistItem, ChecklistLeg, Fonts, checklist_pdf, font_dir};

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

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap_or_else(|e| panic!("{e}"))
}

fn checklist() -> Checklist {
    Checklist {
        destination: "DE".into(),
        hospital: Some("Charité".into()),
        travel: Some(day(2027, 3, 1)),
        admission: Some(day(2027, 3, 3)),
        return_date: None,
        items: vec![
            ChecklistItem {
                title: "Passports".into(),
                due: Some(day(2027, 1, 10)),
                who: "Family".into(),
                needs: "Birth certificate".into(),
                done: true,
            },
            ChecklistItem {
                title: "Visa".into(),
                due: None,
                who: String::new(),
                needs: String::new(),
                done: false,
            },
        ],
        travellers: vec!["Layla Haddad".into()],
        legs: vec![ChecklistLeg {
            leg: "flight".into(),
            title: "LH 631".into(),
            from_place: "Dubai".into(),
            to_place: "Frankfurt".into(),
            starts: at("2027-03-01T02:35"),
            starts_zone: "Asia/Dubai".into(),
            ends: at("2027-03-01T06:50"),
            ends_zone: "Europe/Berlin".into(),
            reference: String::new(),
        }],
        contacts: vec![vec!["Amal Mansour".into(), "+971 4 555 0101".into()]],
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

#[test]
fn the_checklist_is_in_the_familys_language_with_one_box_ticked() {
    for locale in Locale::ALL {
        let pdf = checklist_pdf(fonts(), catalog(), &checklist(), locale)
            .unwrap_or_else(|e| panic!("{}: {e}", locale.tag()));
        // Arabic vowel marks come out apart from their letters: compared without them.
        let bare = |t: &str| -> String {
            t.chars()
                .filter(|c| {
                    !('\u{64B}'..='\u{65F}').contains(c) && *c != '\u{2068}' && *c != '\u{2069}'
                })
                .collect()
        };
        let text = bare(&text_of(pdf));
        let say = |id: &str| bare(&catalog().message(locale, id, &[]));
        for id in [
            "checklist-todo",
            "checklist-bring",
            "checklist-journey",
            "checklist-call",
            "checklist-no-date",
            "option-leg-flight",
        ] {
            assert!(
                text.contains(&say(id)),
                "{}: {id} is not in:\n{text}",
                locale.tag()
            );
        }
        for run in [
            "Layla",
            "Haddad",
            "Frankfurt",
            "02:35",
            "06:50",
            "631",
            "Charité",
        ] {
            assert!(
                text.contains(run),
                "{}: {run} is not in:\n{text}",
                locale.tag()
            );
        }
        assert_eq!(
            text.matches('✓').count(),
            1,
            "{}: one item is done:\n{text}",
            locale.tag()
        );
        // No other language's headings leak in.
        for other in Locale::ALL.into_iter().filter(|l| *l != locale) {
            let theirs = bare(&catalog().message(other, "checklist-journey", &[]));
            assert!(
                !text.contains(&theirs),
                "{} in {}",
                other.tag(),
                locale.tag()
            );
        }
    }
}
