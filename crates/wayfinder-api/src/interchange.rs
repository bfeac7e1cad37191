//! A document's passages out to a translator's own CAT tool as XLIFF 2.1 and back, and her
//! memory out and in as TMX 1.4b. What leaves the vault is noted in each case it came from,
//! like a report; a file read back is checked whole before anything changes, and then changes
//! in one edit (one undo takes it back).

use crate::App;
use crate::commands::{parse_entity, today};
use crate::dto::{ErrorDto, ExportedDto, InterchangeExportDto, InterchangeImportDto};
use crate::error::AppError;
use crate::reports::write_whole;
use crate::translation::view;
use chrono::Utc;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use wayfinder_core::schema::Region;
use wayfinder_core::{CaseId, EntityId};
use wayfinder_translate::Lang;
use wayfinder_translate::interchange::{self, InterchangeError, Passage};
use wayfinder_vault::VaultError;

type Reply<T> = Result<T, ErrorDto>;

/// A file read back larger than this is refused unread: a document's passages, or a memory,
/// are a few megabytes.
const MAX_FILE: u64 = 64 * 1024 * 1024;

fn lang(code: &str) -> Lang {
    Lang::from_iso(code).unwrap_or(Lang::En)
}

fn refused(error: &InterchangeError) -> AppError {
    match error {
        InterchangeError::Malformed => AppError::FileMalformed,
        InterchangeError::Hostile => AppError::FileHostile,
        InterchangeError::OtherDocument => AppError::FileOtherDocument,
        InterchangeError::OtherLanguages => AppError::FileOtherLanguages,
    }
}

/// The file she chose, as text; too big or not UTF-8 is refused.
fn read(path: &Path) -> Result<String, AppError> {
    let size = std::fs::metadata(path)
        .map_err(|_| AppError::FileUnreadable)?
        .len();
    if size > MAX_FILE {
        return Err(AppError::FileTooBig);
    }
    let bytes = std::fs::read(path).map_err(|_| AppError::FileUnreadable)?;
    String::from_utf8(bytes).map_err(|_| AppError::FileMalformed)
}

/// `path` ending in `.ext`, added when she left it out.
pub(crate) fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
    {
        path
    } else {
        let mut named = path.into_os_string();
        named.push(".");
        named.push(ext);
        PathBuf::from(named)
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A file name from a title: what a file system takes, never empty.
fn safe_name(title: &str, fallback: &str) -> String {
    let name: String = title
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let name = name.trim().trim_start_matches('.').to_owned();
    if name.is_empty() {
        fallback.to_owned()
    } else {
        name
    }
}

/// Writes `bytes` whole to `path`, then notes in each case what left it, to whom: if a note
/// cannot be written, the file is taken back.
fn write_noted(
    vault: &mut wayfinder_vault::OpenVault,
    path: &Path,
    bytes: &[u8],
    notes: &[(CaseId, Vec<(&str, &str)>)],
) -> Result<Result<(), AppError>, VaultError> {
    if write_whole(path, bytes).is_err() {
        return Ok(Err(AppError::ExportFailed));
    }
    for (case, values) in notes {
        if let Err(e) = vault.record_export(*case, values, Utc::now(), today()) {
            let _ = std::fs::remove_file(path);
            return Err(e);
        }
    }
    Ok(Ok(()))
}

/// The title of the dialog that asks for an XLIFF file (or with `tmx`, a TMX file) to read.
pub fn open_title(state: &App, tmx: bool) -> String {
    let id = if tmx {
        "interchange-tmx-open-title"
    } else {
        "interchange-xliff-open-title"
    };
    state.catalog.message(state.locale(), id, &[])
}

/// What the save dialog for a document's XLIFF offers: its title and a name.
pub fn xliff_offer(state: &App, translation: &str) -> Reply<(String, String)> {
    let id = parse_entity(state, translation)?;
    let view = state.with_vault(|vault| view(state, vault, id))?;
    let title = state
        .catalog
        .message(state.locale(), "interchange-xliff-save-title", &[]);
    let name = format!(
        "{} ({}-{}).xlf",
        safe_name(&view.record_title, "passages"),
        view.source_language,
        view.language
    );
    Ok((title, name))
}

/// The recipient she named, required: what left the vault is noted with to whom.
fn recipient(state: &App, request: &InterchangeExportDto) -> Reply<String> {
    let name = request.recipient.trim();
    if name.is_empty() {
        return Err(state.error(&AppError::RecipientMissing));
    }
    Ok(name.to_owned())
}

/// Writes a document's passages, in reading order, as XLIFF 2.1 to `path` and notes in its
/// case that they left the vault, to whom; if the note cannot be written, neither is the file.
pub fn export_xliff(
    state: &App,
    request: &InterchangeExportDto,
    path: PathBuf,
) -> Reply<ExportedDto> {
    let id = parse_entity(state, &request.translation_id)?;
    let recipient = recipient(state, request)?;
    let path = with_extension(path, "xlf");
    let name = file_name(&path);
    let outcome = state.with_vault(|vault| {
        let view = view(state, vault, id)?;
        let passages: Vec<Passage> = view
            .units
            .iter()
            .map(|u| Passage {
                id: u.id.clone(),
                page: u.page,
                region: u.region.as_ref().map(|r| {
                    Region {
                        left: r.left,
                        top: r.top,
                        width: r.width,
                        height: r.height,
                    }
                    .to_text()
                }),
                source: u.source.clone(),
                target: u.target.clone(),
                state: u.state.clone(),
            })
            .collect();
        let text = interchange::to_xliff(
            &view.id,
            &view.record_title,
            lang(&view.source_language),
            lang(&view.language),
            &passages,
        );
        let case: CaseId = view.case_id.parse().map_err(|_| VaultError::Damaged)?;
        let pages = view.pages.to_string();
        let note = vec![
            ("report", "xliff"),
            ("recipient", recipient.as_str()),
            ("language", view.language.as_str()),
            ("records", view.record_title.as_str()),
            ("pages", pages.as_str()),
            ("file", name.as_str()),
        ];
        Ok(write_noted(vault, &path, text.as_bytes(), &[(case, note)])?
            .map(|()| ExportedDto { file: name.clone() }))
    })?;
    outcome.map_err(|e| state.error(&e))
}

/// Reads a translator's XLIFF for this document back: each passage's translation where it
/// changed, and a draft passage now translated moves to "translated". A passage already
/// reviewed or final is kept as it is (the file cannot skip the review or the checks), and is
/// counted. A file for another document or other languages, or naming a passage this document
/// does not have, changes nothing.
pub fn import_xliff(state: &App, translation: &str, path: &Path) -> Reply<InterchangeImportDto> {
    let id = parse_entity(state, translation)?;
    let text = read(path).map_err(|e| state.error(&e))?;
    let outcome = state.with_vault(|vault| {
        let view = view(state, vault, id)?;
        let passages = match interchange::from_xliff(
            &text,
            &view.id,
            lang(&view.source_language),
            lang(&view.language),
        ) {
            Ok(p) => p,
            Err(e) => return Ok(Err(refused(&e))),
        };
        let units: HashMap<&str, &crate::dto::UnitDto> =
            view.units.iter().map(|u| (u.id.as_str(), u)).collect();
        if passages.iter().any(|p| !units.contains_key(p.id.as_str())) {
            return Ok(Err(AppError::FileOtherDocument));
        }
        let mut ids: Vec<[u8; 16]> = Vec::new();
        let mut edits: Vec<(usize, &'static str, String)> = Vec::new();
        let mut result = InterchangeImportDto::default();
        for p in &passages {
            let unit = units[p.id.as_str()];
            let target = p.target.trim();
            if target.is_empty() || target == unit.target.trim() {
                result.unchanged += 1;
                continue;
            }
            if matches!(unit.state.as_str(), "reviewed" | "final") {
                result.kept += 1;
                continue;
            }
            let Ok(entity) = unit.id.parse::<EntityId>() else {
                return Err(VaultError::Damaged);
            };
            ids.push(entity.into_bytes());
            edits.push((ids.len() - 1, "target", target.to_owned()));
            if unit.state == "draft" {
                edits.push((ids.len() - 1, "state", "translated".to_owned()));
            }
            result.changed += 1;
        }
        let planned: Vec<([u8; 16], &str, Option<&str>)> = edits
            .iter()
            .map(|(i, field, value)| (ids[*i], *field, Some(value.as_str())))
            .collect();
        vault.edit_many(&planned, Utc::now(), today())?;
        Ok(Ok(result))
    })?;
    outcome.map_err(|e| state.error(&e))
}

/// What the save dialog for her memory in this document's languages offers.
pub fn tmx_offer(state: &App, translation: &str) -> Reply<(String, String)> {
    let id = parse_entity(state, translation)?;
    let view = state.with_vault(|vault| view(state, vault, id))?;
    let title = state
        .catalog
        .message(state.locale(), "interchange-tmx-save-title", &[]);
    Ok((
        title,
        format!("memory ({}-{}).tmx", view.source_language, view.language),
    ))
}

/// Writes her memory in this document's pair of languages as TMX 1.4b, and notes in every
/// case whose passages it holds that they left the vault, to whom, and which documents'.
pub fn export_tmx(
    state: &App,
    request: &InterchangeExportDto,
    path: PathBuf,
) -> Reply<ExportedDto> {
    let id = parse_entity(state, &request.translation_id)?;
    let recipient = recipient(state, request)?;
    let path = with_extension(path, "tmx");
    let name = file_name(&path);
    let outcome = state.with_vault(|vault| {
        let view = view(state, vault, id)?;
        let wanted = (view.source_language.as_str(), view.language.as_str());
        let mut pairs = Vec::new();
        // Which records' passages went (their titles), by case.
        let mut sources: BTreeMap<CaseId, Vec<String>> = BTreeMap::new();
        let mut titles: HashMap<String, String> = HashMap::new();
        let mut languages = crate::translation::Pairs::default();
        for entry in vault.memory_all()? {
            let Some((from, to)) = languages.of(vault, &entry) else {
                continue;
            };
            if (from.as_str(), to.as_str()) != wanted {
                continue;
            }
            if let wayfinder_vault::Origin::Passage { translation, .. } = &entry.origin
                && let Ok(t) = translation.parse::<EntityId>()
                && let Ok((case, t)) = vault.entity(t.into_bytes())
                && let Some(record) = t.value("record")
            {
                let title = titles
                    .entry(record.to_owned())
                    .or_insert_with(|| {
                        record
                            .parse::<EntityId>()
                            .ok()
                            .and_then(|r| vault.entity(r.into_bytes()).ok())
                            .and_then(|(_, r)| r.value("title").map(str::to_owned))
                            .unwrap_or_default()
                    })
                    .clone();
                let records = sources.entry(case).or_default();
                if !records.contains(&title) {
                    records.push(title);
                }
            }
            pairs.push((entry.source, entry.target));
        }
        let text = interchange::to_tmx(lang(wanted.0), lang(wanted.1), &pairs);
        let enclosed: Vec<(CaseId, String)> = sources
            .into_iter()
            .map(|(case, records)| (case, records.join("\n")))
            .collect();
        let notes: Vec<(CaseId, Vec<(&str, &str)>)> = enclosed
            .iter()
            .map(|(case, records)| {
                (
                    *case,
                    vec![
                        ("report", "tmx"),
                        ("recipient", recipient.as_str()),
                        ("language", wanted.1),
                        ("records", records.as_str()),
                        ("file", name.as_str()),
                    ],
                )
            })
            .collect();
        Ok(write_noted(vault, &path, text.as_bytes(), &notes)?
            .map(|()| ExportedDto { file: name.clone() }))
    })?;
    outcome.map_err(|e| state.error(&e))
}

/// Adds the pairs of a TMX file in this document's languages to her memory (kept in her vault
/// only; they sync to no one). A file in other languages adds nothing.
pub fn import_tmx(state: &App, translation: &str, path: &Path) -> Reply<InterchangeImportDto> {
    let id = parse_entity(state, translation)?;
    let text = read(path).map_err(|e| state.error(&e))?;
    let outcome = state.with_vault(|vault| {
        let view = view(state, vault, id)?;
        let pairs =
            match interchange::from_tmx(&text, lang(&view.source_language), lang(&view.language)) {
                Ok(p) => p,
                Err(e) => return Ok(Err(refused(&e))),
            };
        if pairs.is_empty() {
            return Ok(Err(AppError::FileOtherLanguages));
        }
        let added = vault.import_memory(&view.source_language, &view.language, &pairs)?;
        Ok(Ok(InterchangeImportDto {
            changed: added as u32,
            unchanged: (pairs.len() - added) as u32,
            kept: 0,
        }))
    })?;
    outcome.map_err(|e| state.error(&e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands;
    use crate::dto::{
        EntityKindDto, MarkForTranslationDto, NewUnitDto, RegionDto, TranslationViewDto,
        UnitStateRequestDto,
    };
    use crate::translation::tests::{app_with_record, target};
    use crate::translation::{add_unit, mark_for_translation, set_unit_state, translation_view};
    use std::process::Command;

    /// translate-toolkit from PyPI (`scripts/setup` puts it in `.deps/python`): a reader and
    /// writer of XLIFF 2 and TMX that is not ours. Runs `script` with `args`, gives its output.
    fn toolkit(script: &str, args: &[&Path]) -> String {
        let deps = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.deps/python");
        assert!(
            deps.join("translate").is_dir(),
            "translate-toolkit is missing from .deps/python: run scripts/setup"
        );
        let out = Command::new("python3")
            .arg("-c")
            .arg(script)
            .args(args)
            .env("PYTHONPATH", &deps)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"))
    }

    fn fail<T>(e: ErrorDto) -> T {
        panic!("{}: {}", e.code, e.message)
    }

    fn passage(app: &App, translation: &str, source: &str, region: bool) -> String {
        let view = add_unit(
            app,
            NewUnitDto {
                translation_id: translation.to_owned(),
                page: 0,
                region: region.then_some(RegionDto {
                    left: 0.1,
                    top: 0.2,
                    width: 0.5,
                    height: 0.1,
                }),
                source: source.to_owned(),
            },
        )
        .unwrap_or_else(fail);
        view.units
            .iter()
            .find(|u| u.source == source)
            .map(|u| u.id.clone())
            .unwrap_or_default()
    }

    fn to_state(app: &App, unit: &str, state: &str) {
        set_unit_state(
            app,
            UnitStateRequestDto {
                unit_id: unit.to_owned(),
                state: state.to_owned(),
                overrides: Vec::new(),
            },
        )
        .unwrap_or_else(fail);
    }

    /// Each passage's source, translation and state, in reading order.
    fn texts(view: &TranslationViewDto) -> Vec<(String, String, String)> {
        view.units
            .iter()
            .map(|u| (u.source.clone(), u.target.clone(), u.state.clone()))
            .collect()
    }

    fn send(translation: &str, recipient: &str) -> InterchangeExportDto {
        InterchangeExportDto {
            translation_id: translation.to_owned(),
            recipient: recipient.to_owned(),
        }
    }

    #[test]
    fn passages_go_to_a_cat_tool_and_come_back_and_the_memory_goes_out_and_in() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case, record) = app_with_record(tmp.path());
        let mark = |language: &str| {
            mark_for_translation(
                &app,
                MarkForTranslationDto {
                    case_id: case.clone(),
                    record_id: record.clone(),
                    language: language.to_owned(),
                    translator: "Marta Ruiz".to_owned(),
                    reviewer: String::new(),
                    due: None,
                },
            )
            .unwrap_or_else(fail)
        };
        let translation = mark("es");
        let dose = passage(&app, &translation, "Винкристин 5 мг в/в", true);
        let tumour = passage(&app, &translation, "Опухоль задней черепной ямки", false);
        let boy = passage(&app, &translation, "Мальчик 7 лет", false);
        target(&app, &boy, "Niño de 7 años");
        to_state(&app, &boy, "final");

        // Out: with no one named to receive it, nothing leaves.
        let file = tmp.path().join("passages");
        let refused = export_xliff(&app, &send(&translation, " "), file.clone()).err();
        assert_eq!(
            refused.map(|e| e.code).as_deref(),
            Some("report-recipient-missing")
        );
        let out = export_xliff(&app, &send(&translation, "Marta Ruiz"), file).unwrap_or_else(fail);
        assert_eq!(out.file, "passages.xlf");
        let xliff = tmp.path().join("passages.xlf");
        // translate-toolkit reads what we wrote: the languages, and each passage by its id.
        let read = toolkit(
            "import sys, json\nfrom translate.storage import xliff2\nf = xliff2.Xliff2File.parsefile(sys.argv[1])\nprint(json.dumps([f.sourcelanguage, f.targetlanguage, [[u.getid(), u.source, u.target or ''] for u in f.units]], ensure_ascii=False))",
            &[&xliff],
        );
        let view = translation_view(&app, translation.clone()).unwrap_or_else(fail);
        let ours: Vec<(String, String, String)> = view
            .units
            .iter()
            .map(|u| (u.id.clone(), u.source.clone(), u.target.clone()))
            .collect();
        let theirs: (String, String, Vec<(String, String, String)>) =
            serde_json::from_str(&read).unwrap_or_else(|e| panic!("{e}: {read}"));
        assert_eq!(theirs, ("ru".to_owned(), "es".to_owned(), ours));
        // The export is noted in the case: what, to whom.
        let notes: Vec<(Option<String>, Option<String>)> =
            commands::get_case_file(&app, case.clone())
                .unwrap_or_else(fail)
                .entities
                .into_iter()
                .filter(|e| e.kind == EntityKindDto::Export)
                .map(|e| {
                    let value = |f: &str| {
                        e.fields
                            .get(f)
                            .and_then(|v| v.first())
                            .and_then(|v| v.value.clone())
                    };
                    (value("report"), value("recipient"))
                })
                .collect();
        assert_eq!(
            notes,
            [(Some("xliff".to_owned()), Some("Marta Ruiz".to_owned()))]
        );

        // Back: translate-toolkit writes her translations into the file; the final passage
        // she also changed there is kept as it was.
        let back = tmp.path().join("back.xlf");
        toolkit(
            "import sys\nfrom translate.storage import xliff2\nf = xliff2.Xliff2File.parsefile(sys.argv[1])\nnew = {'Винкристин 5 мг в/в': 'Vincristina 5 mg IV', 'Опухоль задней черепной ямки': 'Tumor de la fosa posterior', 'Мальчик 7 лет': 'Niño de siete años'}\nfor u in f.units: u.target = new[u.source]\nopen(sys.argv[2], 'wb').write(bytes(f))",
            &[&xliff, &back],
        );
        let before = texts(&translation_view(&app, translation.clone()).unwrap_or_else(fail));
        let done = import_xliff(&app, &translation, &back).unwrap_or_else(fail);
        assert_eq!((done.changed, done.unchanged, done.kept), (2, 0, 1));
        let after = texts(&translation_view(&app, translation.clone()).unwrap_or_else(fail));
        let row = |s: &str, t: &str, st: &str| (s.to_owned(), t.to_owned(), st.to_owned());
        assert_eq!(
            after,
            [
                row("Винкристин 5 мг в/в", "Vincristina 5 mg IV", "translated"),
                row(
                    "Опухоль задней черепной ямки",
                    "Tumor de la fosa posterior",
                    "translated"
                ),
                row("Мальчик 7 лет", "Niño de 7 años", "final"),
            ]
        );
        // One undo takes the whole file back.
        commands::undo(&app).unwrap_or_else(fail);
        assert_eq!(
            texts(&translation_view(&app, translation.clone()).unwrap_or_else(fail)),
            before
        );
        import_xliff(&app, &translation, &back).unwrap_or_else(fail);

        // Refused whole, nothing changed: a hostile file, a cut one, another document's, and
        // a file in other languages.
        let good = std::fs::read_to_string(&back).unwrap_or_default();
        let other = mark("fr");
        let other_file = tmp.path().join("other.xlf");
        export_xliff(&app, &send(&other, "Marta Ruiz"), other_file.clone()).unwrap_or_else(fail);
        let cases = [
            (
                good.replacen(
                    "<xliff ",
                    "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<xliff ",
                    1,
                )
                .replace("Tumor de la fosa posterior", "&xxe;"),
                "interchange-hostile",
            ),
            (
                good.chars().take(good.chars().count() / 2).collect(),
                "interchange-malformed",
            ),
            (
                good.replacen(&format!("id=\"{translation}\""), "id=\"someone-else\"", 1),
                "interchange-other-document",
            ),
            (
                good.replacen(&format!("id=\"{tumour}\""), "id=\"not-a-passage\"", 1),
                "interchange-other-document",
            ),
            (
                good.replace("trgLang=\"es\"", "trgLang=\"fr\""),
                "interchange-other-languages",
            ),
        ];
        let settled = texts(&translation_view(&app, translation.clone()).unwrap_or_else(fail));
        for (i, (text, code)) in cases.iter().enumerate() {
            let path = tmp.path().join(format!("bad-{i}.xlf"));
            std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
            let error = import_xliff(&app, &translation, &path).err();
            assert_eq!(error.map(|e| e.code).as_deref(), Some(*code), "{i}");
        }
        let error = import_xliff(&app, &translation, &other_file).err();
        assert_eq!(
            error.map(|e| e.code).as_deref(),
            Some("interchange-other-languages")
        );
        assert_eq!(
            texts(&translation_view(&app, translation.clone()).unwrap_or_else(fail)),
            settled
        );

        // The memory out: the finished passages, read by translate-toolkit.
        to_state(&app, &dose, "reviewed");
        to_state(&app, &tumour, "reviewed");
        let tmx = tmp.path().join("memory.tmx");
        export_tmx(&app, &send(&translation, "Marta Ruiz"), tmx.clone()).unwrap_or_else(fail);
        let read = toolkit(
            "import sys, json\nfrom translate.storage import tmx\nf = tmx.tmxfile.parsefile(open(sys.argv[1], 'rb'))\nprint(json.dumps(sorted([u.source, u.target] for u in f.units), ensure_ascii=False))",
            &[&tmx],
        );
        let pairs: Vec<(String, String)> =
            serde_json::from_str(&read).unwrap_or_else(|e| panic!("{e}: {read}"));
        let pair = |s: &str, t: &str| (s.to_owned(), t.to_owned());
        assert_eq!(
            pairs,
            [
                pair("Винкристин 5 мг в/в", "Vincristina 5 mg IV"),
                pair("Мальчик 7 лет", "Niño de 7 años"),
                pair("Опухоль задней черепной ямки", "Tumor de la fosa posterior"),
            ]
        );
        // And in: a colleague's memory written by translate-toolkit (with its DOCTYPE line)
        // joins hers once, however often she adds it, and offers its translations.
        let theirs = tmp.path().join("colleague.tmx");
        toolkit(
            "import sys\nfrom translate.storage import tmx\nf = tmx.tmxfile(sourcelanguage='ru', targetlanguage='es')\nfor s, t in [('Лучевая терапия', 'Radioterapia'), ('Химиотерапия по протоколу', 'Quimioterapia según el protocolo')]:\n    u = f.addsourceunit(s)\n    u.target = t\nopen(sys.argv[1], 'wb').write(bytes(f))",
            &[&theirs],
        );
        let added = import_tmx(&app, &translation, &theirs).unwrap_or_else(fail);
        assert_eq!((added.changed, added.unchanged), (2, 0));
        let again = import_tmx(&app, &translation, &theirs).unwrap_or_else(fail);
        assert_eq!((again.changed, again.unchanged), (0, 2));
        let fresh = passage(&app, &translation, "Лучевая терапия", false);
        let matches = crate::translation::unit_matches(&app, fresh).unwrap_or_else(fail);
        assert_eq!(
            matches
                .first()
                .map(|m| (m.kind.as_str(), m.target.as_str())),
            Some(("exact", "Radioterapia"))
        );
        // Not into the French document: its memory is another pair of languages.
        let error = import_tmx(&app, &other, &theirs).err();
        assert_eq!(
            error.map(|e| e.code).as_deref(),
            Some("interchange-other-languages")
        );
    }
}
