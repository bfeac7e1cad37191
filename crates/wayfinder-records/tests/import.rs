//! Importing into a real vault: every row of the PDF fixtures' manifest, photos and scans,
//! files that are not what their names say, duplicates, a hospital CD, a folder of a thousand
//! files; and every refusal leaves the vault as it was.

use std::path::{Path, PathBuf};
use wayfinder_core::{
    CaseId, Child, CountryCode, DateOfBirth, EntityKind, Media, PersonName, parse_languages,
};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_records::{Choices, Importer, Item, Outcome, plan};
use wayfinder_testkit::{now, today};
use wayfinder_vault::{OpenVault, Scope};

fn fixtures() -> PathBuf {
    wayfinder_testkit::fixture("")
}

struct Setup {
    _tmp: tempfile::TempDir,
    path: PathBuf,
    vault: OpenVault,
    case: CaseId,
    engine: &'static PdfEngine,
}

fn engine() -> &'static PdfEngine {
    static ENGINE: std::sync::OnceLock<PdfEngine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| {
        PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}; run scripts/setup"))
    })
}

fn setup() -> Setup {
    let (tmp, path, _dir, mut vault, _vk) = wayfinder_testkit::new_vault();
    let case = CaseId::new(now(), [3; 10]);
    let child = Child {
        name: PersonName::parse("Layla Haddad").unwrap_or_else(|e| panic!("{e}")),
        date_of_birth: DateOfBirth::parse("2019-03-07", today()).unwrap_or_else(|e| panic!("{e}")),
        country: CountryCode::parse("AE").unwrap_or_else(|| panic!("country")),
        languages: parse_languages(["ar"]).unwrap_or_else(|e| panic!("{e}")),
    };
    vault
        .create_case(case, &child, now())
        .unwrap_or_else(|e| panic!("{e}"));
    Setup {
        _tmp: tmp,
        path,
        vault,
        case,
        engine: engine(),
    }
}

impl Setup {
    fn import(&mut self, path: &Path, choices: &Choices) -> Outcome {
        self.import_item(&Item::File(path.to_owned()), choices)
    }

    fn import_item(&mut self, item: &Item, choices: &Choices) -> Outcome {
        Importer {
            engine: self.engine,
        }
        .import(&mut self.vault, self.case, item, choices, now(), today())
    }

    fn sealed_files(&self) -> usize {
        std::fs::read_dir(self.path.join("files"))
            .map(|d| d.count())
            .unwrap_or(0)
    }

    fn records(&self) -> usize {
        self.vault
            .case_file(self.case)
            .unwrap_or_default()
            .iter()
            .filter(|e| e.kind == EntityKind::Record)
            .count()
    }
}

fn as_in_manifest(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_pdf_of_the_manifest_imports_or_is_refused_as_it_says() {
    let mut s = setup();
    let manifest = std::fs::read_to_string(fixtures().join("pdfs/MANIFEST.tsv"))
        .unwrap_or_else(|e| panic!("the fixtures are missing: {e}"));
    let mut imported = 0;
    for line in manifest.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let col = |i: usize| cols.get(i).copied().unwrap_or("");
        let (file, expect, pages, password, prefix) = (col(0), col(3), col(4), col(5), col(6));
        let path = fixtures().join("pdfs").join(file);
        let with_password = Choices {
            password: Some(password.to_owned()).filter(|p| !p.is_empty()),
            category: None,
            allow_duplicate: false,
        };
        let before = (s.sealed_files(), s.records());
        match (expect, s.import(&path, &with_password)) {
            (
                "ok",
                Outcome::Imported {
                    record, content, ..
                },
            ) => {
                imported += 1;
                assert_eq!(content.media, Media::Pdf, "{file}");
                assert_eq!(content.pages.to_string(), pages, "{file}");
                let (_, blob) = s
                    .vault
                    .record(record)
                    .unwrap_or_else(|e| panic!("{file}: {e}"));
                assert_eq!(
                    blob.secret.as_deref(),
                    with_password.password.as_deref(),
                    "{file}"
                );
                let original = s
                    .vault
                    .files()
                    .read_all(blob.file)
                    .unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(original, std::fs::read(&path).unwrap_or_default(), "{file}");
                let text = s
                    .vault
                    .page_text(&content.hash, 0)
                    .unwrap_or_else(|e| panic!("{e}"));
                // The index holds control characters as spaces; so is the manifest read here.
                let expected = as_in_manifest(
                    &prefix
                        .chars()
                        .map(|c| if c.is_control() { ' ' } else { c })
                        .collect::<String>(),
                );
                let stored = as_in_manifest(&text.unwrap_or_default());
                assert!(
                    stored.starts_with(&expected) && (!expected.is_empty() || prefix.is_empty()),
                    "{file}: {stored:?} does not begin with {expected:?}"
                );
            }
            ("unreadable", Outcome::Refused(e)) => assert_eq!(e.code(), "pdf-unreadable", "{file}"),
            ("password", Outcome::NeedsPassword { wrong: true }) => {}
            ("password-unknown", Outcome::NeedsPassword { wrong: false }) => {
                let wrong = Choices {
                    password: Some("not the password".into()),
                    category: None,
                    allow_duplicate: false,
                };
                assert!(
                    matches!(
                        s.import(&path, &wrong),
                        Outcome::NeedsPassword { wrong: true }
                    ),
                    "{file}"
                );
            }
            (expect, outcome) => panic!("{file}: expected {expect}, got {}", outcome.code()),
        }
        if expect != "ok" {
            assert_eq!(
                (s.sealed_files(), s.records()),
                before,
                "{file} left something behind"
            );
        }
    }
    assert!(imported > 30, "only {imported} imported");
    assert_eq!(s.records(), imported);
    assert!(s.vault.check_integrity().unwrap_or_default().is_empty());
}

#[test]
fn a_protected_pdf_asks_for_its_password_and_opens_with_it() {
    let mut s = setup();
    let manifest =
        std::fs::read_to_string(fixtures().join("pdfs/MANIFEST.tsv")).unwrap_or_default();
    let (file, password) = manifest
        .lines()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .find(|c| c.get(3) == Some(&"ok") && c.get(5).is_some_and(|p| !p.is_empty()))
        .map(|c| (c[0].to_owned(), c[5].to_owned()))
        .unwrap_or_else(|| panic!("the manifest has no protected PDF that opens"));
    let path = fixtures().join("pdfs").join(&file);
    assert!(matches!(
        s.import(&path, &Choices::default()),
        Outcome::NeedsPassword { wrong: false }
    ));
    let wrong = Choices {
        password: Some(format!("{password}x")),
        category: None,
        allow_duplicate: false,
    };
    assert!(matches!(
        s.import(&path, &wrong),
        Outcome::NeedsPassword { wrong: true }
    ));
    assert_eq!((s.sealed_files(), s.records()), (0, 0));
    let right = Choices {
        password: Some(password.clone()),
        category: None,
        allow_duplicate: false,
    };
    assert!(
        !format!("{right:?}").contains(&password),
        "Debug shows the password"
    );
    let Outcome::Imported { record, .. } = s.import(&path, &right) else {
        panic!("{file} was not imported with its password");
    };
    let (_, blob) = s.vault.record(record).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(blob.secret.as_deref(), Some(password.as_str()));
    assert!(
        !format!("{blob:?}").contains(&password),
        "Debug shows the password"
    );
}

#[test]
fn a_file_imported_twice_is_recognised_and_she_is_told_where_it_is() {
    let mut s = setup();
    let path = fixtures().join("pdfs/TAMReview.pdf");
    let Outcome::Imported { record, .. } = s.import(&path, &Choices::default()) else {
        panic!("first import refused");
    };
    let copy = s._tmp.path().join("renamed copy.pdf");
    std::fs::copy(&path, &copy).unwrap_or_else(|e| panic!("{e}"));
    match s.import(&copy, &Choices::default()) {
        Outcome::Duplicate(places) => {
            assert_eq!(places.len(), 1);
            assert_eq!((places[0].record, places[0].case), (record, s.case));
            // The paper's own title, from its metadata, not the name of its file.
            assert_eq!(
                places[0].title,
                "Overview of the Technology Acceptance Model: Origins, Developments and Future Directions"
            );
        }
        other => panic!("expected a duplicate, got {}", other.code()),
    }
    assert_eq!(s.records(), 1);
    let anyway = Choices {
        allow_duplicate: true,
        password: None,
        category: None,
    };
    assert!(matches!(s.import(&copy, &anyway), Outcome::Imported { .. }));
    assert_eq!((s.records(), s.sealed_files()), (2, 1));
}

fn png_bytes(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(image)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap_or_else(|e| panic!("{e}"));
    out
}

fn jpeg_bytes(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 64])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(image)
        .write_to(
            &mut std::io::Cursor::new(&mut out),
            image::ImageFormat::Jpeg,
        )
        .unwrap_or_else(|e| panic!("{e}"));
    out
}

#[test]
fn files_are_known_by_content_and_bad_ones_are_refused_clearly() {
    let mut s = setup();
    let dir = s._tmp.path().join("sent");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
        path
    };
    let jpeg = jpeg_bytes(640, 480);
    let cases: Vec<(PathBuf, &str, Option<Media>)> = vec![
        (write("scan.pdf", &jpeg), "imported", Some(Media::Jpeg)),
        (
            write("photo.jpg", &png_bytes(300, 200)),
            "imported",
            Some(Media::Png),
        ),
        (write("empty.pdf", b""), "import-empty", None),
        (
            write("notes.pdf", b"just some text, not a PDF at all"),
            "pdf-unreadable",
            None,
        ),
        (
            write("notes.txt", b"just some text"),
            "import-not-supported",
            None,
        ),
        (
            write("animation.jpg", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
            "import-not-supported",
            None,
        ),
        (
            write("cut.jpg", &jpeg[..jpeg.len() / 2]),
            "image-damaged",
            None,
        ),
        (
            write("cut.png", &png_bytes(300, 200)[..400]),
            "image-damaged",
            None,
        ),
        (write("header.pdf", b"%PDF-1.7\n"), "pdf-unreadable", None),
    ];
    for (path, expect, media) in cases {
        let before = (s.sealed_files(), s.records());
        let outcome = s.import(&path, &Choices::default());
        assert_eq!(outcome.code(), expect, "{}", path.display());
        match (outcome, media) {
            (
                Outcome::Imported {
                    content, category, ..
                },
                Some(media),
            ) => {
                assert_eq!(content.media, media);
                assert_eq!(category, "other");
            }
            (_, None) => assert_eq!(
                (s.sealed_files(), s.records()),
                before,
                "{}",
                path.display()
            ),
            (other, _) => panic!("{}", other.code()),
        }
    }
    let missing = s.import(&dir.join("gone.pdf"), &Choices::default());
    assert_eq!(missing.code(), "import-unreadable");
}

#[test]
fn a_200_megapixel_image_is_shown_shrunk_without_decoding_it_whole() {
    let mut s = setup();
    // 20,000 x 10,000 pixels, written row by row (600 MB of pixels, a few MB of PNG).
    let path = s._tmp.path().join("panorama.png");
    {
        let file = std::fs::File::create(&path).unwrap_or_else(|e| panic!("{e}"));
        let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), 20_000, 10_000);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_compression(png::Compression::Fast);
        let mut writer = encoder.write_header().unwrap_or_else(|e| panic!("{e}"));
        let mut stream = writer.stream_writer().unwrap_or_else(|e| panic!("{e}"));
        let mut row = vec![0u8; 60_000];
        for y in 0..10_000u32 {
            for (x, px) in row.chunks_exact_mut(3).enumerate() {
                // Left half dark, right half light: the shrunk image must keep that.
                let v = if x < 10_000 { 20 } else { 230 };
                px.copy_from_slice(&[v, v, (y % 256) as u8]);
            }
            std::io::Write::write_all(&mut stream, &row).unwrap_or_else(|e| panic!("{e}"));
        }
        stream.finish().unwrap_or_else(|e| panic!("{e}"));
    }
    let Outcome::Imported { content, .. } = s.import(&path, &Choices::default()) else {
        panic!("the panorama was refused");
    };
    assert_eq!((content.media, content.pages), (Media::Png, 1));
    let bytes = std::fs::read(&path).unwrap_or_default();
    let shown = wayfinder_records::image::render(Media::Png, &bytes, 0, 1600)
        .unwrap_or_else(|e| panic!("{e}"));
    let shown = image::load_from_memory(&shown)
        .unwrap_or_else(|e| panic!("{e}"))
        .to_rgb8();
    assert_eq!(shown.dimensions(), (1600, 800));
    assert!(shown.get_pixel(100, 400)[0] < 40 && shown.get_pixel(1500, 400)[0] > 200);
}

#[test]
fn a_hospital_cd_becomes_one_record_per_study() {
    let mut s = setup();
    let batch = plan(&[fixtures().join("dicom/cd")]);
    assert!(batch.unreadable.is_empty(), "{:?}", batch.unreadable);
    // Picking the CD's DICOMDIR is picking the CD.
    assert_eq!(
        plan(&[fixtures().join("dicom/cd/DICOMDIR")]).items,
        batch.items
    );
    let studies: Vec<(String, usize)> = batch
        .items
        .iter()
        .map(|item| match item {
            Item::Study { title, images, .. } => (title.clone(), images.len()),
            Item::File(path) => panic!("not in a study: {}", path.display()),
            Item::Memory(_) => panic!("a plan of folders holds no file in memory"),
        })
        .collect();
    assert_eq!(studies.len(), 6, "{studies:?}");
    assert_eq!(studies.iter().map(|(_, n)| n).sum::<usize>(), 31);
    for item in &batch.items {
        let outcome = s.import_item(item, &Choices::default());
        let Outcome::Imported {
            content, category, ..
        } = outcome
        else {
            panic!("{}: {}", item.title(), outcome.code());
        };
        assert_eq!(
            (content.media, category.as_str()),
            (Media::Dicom, "imaging")
        );
    }
    assert_eq!(s.records(), 6);
    // The whole CD again: every study is a duplicate.
    for item in &batch.items {
        let outcome = s.import_item(item, &Choices::default());
        assert_eq!(outcome.code(), "duplicate");
    }
    let series: usize = s
        .vault
        .search("MR", Scope::Case(s.case), 100)
        .unwrap_or_default()
        .len();
    assert!(series > 0);
}

#[test]
fn a_folder_of_a_thousand_files_imports_every_one() {
    let mut s = setup();
    let dir = s._tmp.path().join("thousand");
    std::fs::create_dir_all(dir.join("nested")).unwrap_or_else(|e| panic!("{e}"));
    for i in 0..1000u32 {
        let sub = if i % 2 == 0 {
            dir.join("nested")
        } else {
            dir.clone()
        };
        // Each different, so none is a duplicate.
        std::fs::write(
            sub.join(format!("page-{i:04}.png")),
            png_bytes(16 + i % 50, 16 + i / 50),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(dir.join(".DS_Store"), b"hidden").unwrap_or_else(|e| panic!("{e}"));
    let batch = plan(&[dir]);
    assert_eq!(batch.items.len(), 1000);
    for item in &batch.items {
        let outcome = s.import_item(item, &Choices::default());
        assert_eq!(outcome.code(), "imported", "{}", item.title());
    }
    assert_eq!((s.records(), s.sealed_files()), (1000, 1000));
}

/// Decoded size of a PNG.
fn png_size(png: &[u8]) -> (u32, u32) {
    let image = image::load_from_memory(png).unwrap_or_else(|e| panic!("{e}"));
    (image.width(), image.height())
}

/// Image `index` of a stored DICOM study, as the viewer renders it `width` pixels wide at most.
fn render_study_image(
    s: &Setup,
    record: [u8; 16],
    index: usize,
    width: u32,
) -> Result<Vec<u8>, wayfinder_records::dicom::DicomError> {
    use wayfinder_records::study;
    let (_, blob) = s.vault.record(record).unwrap_or_else(|e| panic!("{e}"));
    let packed = s
        .vault
        .files()
        .read_all(blob.file)
        .unwrap_or_else(|e| panic!("{e}"));
    let prefix_len = study::PREFIX_LEN as usize;
    let table_len = study::table_len(&packed[..prefix_len]).unwrap_or_else(|e| panic!("{e}"));
    let table = study::parse_table(&packed[prefix_len..prefix_len + table_len as usize])
        .unwrap_or_else(|e| panic!("{e}"));
    let (offset, length) =
        study::image_range(&table, table_len, index).unwrap_or_else(|| panic!("no image"));
    wayfinder_records::dicom::render(
        &packed[offset as usize..(offset + length) as usize],
        0,
        None,
        width,
    )
}

/// Regression: `CT_small.dcm` and the MR files hold a TIFF header in their preamble (a legal
/// "dual-personality" file); they were taken for TIFF and refused as a damaged image.
#[test]
fn every_dicom_file_of_the_manifest_imports_through_the_import_path_as_it_says() {
    let mut s = setup();
    let manifest = std::fs::read_to_string(fixtures().join("dicom/MANIFEST.tsv"))
        .unwrap_or_else(|e| panic!("the fixtures are missing: {e}"));
    let mut shown = 0;
    for line in manifest.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let col = |i: usize| cols.get(i).copied().unwrap_or("");
        let (file, expect) = (col(0), col(2));
        let (rows, columns) = (col(4).parse::<u32>().ok(), col(5).parse::<u32>().ok());
        let path = fixtures().join("dicom").join(file);
        let batch = plan(std::slice::from_ref(&path));
        assert!(batch.unreadable.is_empty(), "{file}");
        assert_eq!(batch.items.len(), 1, "{file}");
        let item = &batch.items[0];
        let before = (s.sealed_files(), s.records());
        let outcome = s.import_item(item, &Choices::default());
        match (expect, outcome) {
            (
                "view" | "metadata" | "any",
                Outcome::Imported {
                    record,
                    content,
                    category,
                    ..
                },
            ) => {
                assert!(
                    matches!(item, Item::Study { .. }),
                    "{file} was not read as a study"
                );
                assert_eq!((content.media, content.pages), (Media::Dicom, 1), "{file}");
                assert_eq!(category, "imaging", "{file}");
                // The viewer's width is larger than every fixture: each shows at its own size.
                match render_study_image(&s, record, 0, 2000) {
                    Ok(png) => {
                        shown += 1;
                        if let (Some(rows), Some(columns)) = (rows, columns) {
                            assert_eq!(png_size(&png), (columns, rows), "{file} not shown whole");
                        }
                    }
                    Err(e) => assert!(
                        expect != "view"
                            && matches!(
                                e,
                                wayfinder_records::dicom::DicomError::CodecUnsupported
                                    | wayfinder_records::dicom::DicomError::NoImage
                            )
                            || expect == "any",
                        "{file}: {e}"
                    ),
                }
            }
            ("broken" | "any", Outcome::Refused(e)) => {
                assert!(e.code().starts_with("dicom-"), "{file}: {}", e.code());
                assert_eq!(
                    (s.sealed_files(), s.records()),
                    before,
                    "{file} left something"
                );
            }
            (expect, outcome) => panic!("{file}: expected {expect}, got {}", outcome.code()),
        }
    }
    assert!(shown >= 8, "only {shown} DICOM images shown");
    assert!(s.vault.check_integrity().unwrap_or_default().is_empty());
}

#[test]
fn inspect_prints_what_import_would_make_of_a_file() {
    let run = |args: &[&std::ffi::OsStr]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_wayfinder-records"))
            .arg("inspect")
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let json: serde_json::Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
        (out.status.success(), json)
    };
    let ct = fixtures().join("dicom/CT_small.dcm");
    let (ok, json) = run(&[ct.as_os_str()]);
    assert!(ok, "{json}");
    assert_eq!(json["items"][0]["kind"], "dicom", "{json}");
    assert_eq!(json["items"][0]["images"], 1, "{json}");
    let cd = fixtures().join("dicom/cd");
    let (ok, json) = run(&[cd.as_os_str()]);
    assert!(ok, "{json}");
    assert_eq!(json["items"].as_array().map(Vec::len), Some(6), "{json}");
    let pdf = fixtures().join("pdfs/TAMReview.pdf");
    let (ok, json) = run(&[pdf.as_os_str()]);
    assert!(ok, "{json}");
    assert_eq!(
        (
            json["items"][0]["kind"].as_str(),
            json["items"][0]["pages"].as_u64()
        ),
        (Some("pdf"), Some(23)),
        "{json}"
    );
    // Its title and the day it was made come from what the PDF says of itself.
    assert_eq!(
        json["items"][0]["title"],
        "Overview of the Technology Acceptance Model: Origins, Developments and Future Directions",
        "{json}"
    );
    assert_eq!(json["items"][0]["date"], "2010-03-16", "{json}");
    // A PDF that names itself nothing keeps its file's name, and gets no date.
    let plain = fixtures().join("pdfs/issue6010_1.pdf");
    let (_, json) = run(&[
        plain.as_os_str(),
        std::ffi::OsStr::new("--password"),
        std::ffi::OsStr::new("abc"),
    ]);
    assert_eq!(json["items"][0]["title"], "issue6010_1.pdf", "{json}");
    let truncated = fixtures().join("dicom/MR_truncated.dcm");
    let (ok, json) = run(&[truncated.as_os_str()]);
    assert!(!ok, "{json}");
    assert!(
        json["items"][0]["error"]
            .as_str()
            .is_some_and(|c| c.starts_with("dicom-")),
        "{json}"
    );
}

#[test]
fn a_file_held_in_memory_imports_like_one_on_disk_and_is_refused_the_same() {
    let mut s = setup();
    let bytes = std::fs::read(fixtures().join("pdfs/ArabicCIDTrueType.pdf"))
        .unwrap_or_else(|e| panic!("{e}"));
    let memory = |bytes: &[u8]| {
        Item::Memory(wayfinder_records::InMemory {
            title: "تقرير".to_owned(),
            bytes: zeroize::Zeroizing::new(bytes.to_vec()),
        })
    };
    // Neither its title nor its bytes show in a debug print: both may name the child.
    let shown = format!("{:?}", memory(&bytes));
    assert!(
        !shown.contains("تقرير") && !shown.contains("PDF"),
        "{shown}"
    );
    let Outcome::Imported { content, .. } = s.import_item(&memory(&bytes), &Choices::default())
    else {
        panic!("the PDF in memory was not imported");
    };
    assert_eq!(content.media, Media::Pdf);
    assert_eq!(content.pages, 1);
    assert_eq!(s.records(), 1);
    let refused = |outcome: Outcome| match outcome {
        Outcome::Refused(e) => e.code(),
        other => panic!("not refused: {other:?}"),
    };
    assert_eq!(
        refused(s.import_item(&memory(b"plain words, no file"), &Choices::default())),
        "import-not-supported"
    );
    assert_eq!(
        refused(s.import_item(&memory(b""), &Choices::default())),
        "import-empty"
    );
    assert_eq!(
        refused(s.import_item(&memory(b"%PDF-1.7 broken"), &Choices::default())),
        "pdf-unreadable"
    );
    assert_eq!(s.records(), 1, "a refusal records nothing");
}
