//! The team's glossary: terms in the team-wide scope (no patient data in them), each a source
//! term in one language with its rendering in another, renderings not to use, or "keep as it
//! is" for a drug's or a gene's name. Terms are entities like any other: they sync to every
//! member, undo, and two members' edits of one term show as a conflict. A glossary kept in a
//! spreadsheet comes in as CSV, checked whole before any term is added.

use crate::App;
use crate::commands::{id_text, parse_entity, today};
use crate::dto::{ErrorDto, GlossaryDto, GlossaryImportDto, NewTermDto, TermDto};
use crate::error::AppError;
use chrono::Utc;
use std::path::Path;
use wayfinder_core::EntityKind;
use wayfinder_vault::{OpenVault, VaultError};

type Reply<T> = Result<T, ErrorDto>;

/// A CSV file larger than this is not a glossary.
const MAX_FILE: u64 = 16 * 1024 * 1024;

fn view(vault: &OpenVault) -> Result<GlossaryDto, VaultError> {
    let Some(scope) = vault.team_scope()? else {
        return Ok(GlossaryDto {
            in_team: false,
            read_only: false,
            terms: Vec::new(),
        });
    };
    // A member whose team-wide scope has not arrived yet has no terms yet.
    let file = match vault.case_file(scope) {
        Err(VaultError::CaseNotFound) => Vec::new(),
        other => other?,
    };
    let mut terms: Vec<TermDto> = file
        .into_iter()
        .filter(|e| e.kind == EntityKind::Term)
        .map(|e| TermDto {
            id: id_text(e.id),
            source: e.value("source").unwrap_or_default().to_owned(),
            source_language: e.value("source_language").unwrap_or_default().to_owned(),
            language: e.value("language").unwrap_or_default().to_owned(),
            target: e.value("target").unwrap_or_default().to_owned(),
            forbidden: forbidden(&e),
            keep: e.value("keep") == Some("true"),
            note: e.value("note").unwrap_or_default().to_owned(),
            conflict: e.fields.values().any(|heads| heads.len() > 1),
        })
        .collect();
    terms.sort_by(|a, b| {
        (&a.source_language, &a.language, a.source.to_lowercase()).cmp(&(
            &b.source_language,
            &b.language,
            b.source.to_lowercase(),
        ))
    });
    Ok(GlossaryDto {
        in_team: true,
        read_only: vault.kinds_read_only()?.contains(&EntityKind::Term),
        terms,
    })
}

/// A term's renderings not to use, kept one a line.
pub(crate) fn forbidden(term: &wayfinder_vault::EntityView) -> Vec<String> {
    term.value("forbidden")
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The title of the dialog that asks for a glossary file.
pub fn open_title(state: &App) -> String {
    state
        .catalog
        .message(state.locale(), "glossary-open-title", &[])
}

/// The team's terms, by languages and then alphabetically.
pub fn glossary_view(state: &App) -> Reply<GlossaryDto> {
    state.with_vault(|vault| view(vault))
}

/// A term's values as the vault takes them.
fn values(term: &NewTermDto) -> Vec<(&'static str, String)> {
    vec![
        ("source", term.source.trim().to_owned()),
        ("source_language", term.source_language.clone()),
        ("language", term.language.clone()),
        ("target", term.target.trim().to_owned()),
        (
            "forbidden",
            term.forbidden
                .iter()
                .map(|f| f.trim())
                .filter(|f| !f.is_empty())
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        ("keep", if term.keep { "true" } else { "" }.to_owned()),
        ("note", term.note.trim().to_owned()),
    ]
}

/// Adds a term to the team's glossary.
pub fn add_term(state: &App, term: NewTermDto) -> Reply<GlossaryDto> {
    state.with_vault(|vault| {
        let scope = vault.team_scope()?.ok_or(VaultError::NotInTeam)?;
        let owned = values(&term);
        let borrowed: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
        vault.add_entity(scope, EntityKind::Term, &borrowed, Utc::now(), today())?;
        view(vault)
    })
}

/// Changes one field of a term (`forbidden`: one rendering a line).
pub fn edit_term(
    state: &App,
    term: String,
    field: String,
    value: Option<String>,
) -> Reply<GlossaryDto> {
    let id = parse_entity(state, &term)?;
    state.with_vault(|vault| {
        if vault.entity_case(id)?.1 != EntityKind::Term {
            return Err(VaultError::Invalid(
                wayfinder_core::DomainError::ChoiceUnknown,
            ));
        }
        vault.edit_field(id, &field, value.as_deref(), Utc::now(), today())?;
        view(vault)
    })
}

/// Takes a term out of the glossary (undo brings it back).
pub fn delete_term(state: &App, term: String) -> Reply<GlossaryDto> {
    let id = parse_entity(state, &term)?;
    state.with_vault(|vault| {
        if vault.entity_case(id)?.1 != EntityKind::Term {
            return Err(VaultError::Invalid(
                wayfinder_core::DomainError::ChoiceUnknown,
            ));
        }
        vault.delete_entity(id, Utc::now())?;
        view(vault)
    })
}

/// The columns a glossary's CSV has, in its header row, in any order; only the first three
/// are required. `forbidden` holds renderings not to use, separated by `|`; `keep` is "yes"
/// (or "true", "1", "x") for a term kept as it is.
pub const CSV_COLUMNS: [&str; 7] = [
    "source",
    "source_language",
    "language",
    "target",
    "forbidden",
    "keep",
    "note",
];

/// Why a glossary file was refused.
#[derive(Debug)]
enum CsvRefusal {
    File(AppError),
    /// The line of the file (1 is the header) whose term is wrong.
    Row(u64),
}

/// The terms of a CSV glossary, every row checked; a term already in the glossary (the same
/// source term, in the same pair of languages) is left out.
fn read_csv(text: &str, existing: &[TermDto]) -> Result<(Vec<NewTermDto>, u32), CsvRefusal> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|_| CsvRefusal::File(AppError::GlossaryColumns))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}').eq_ignore_ascii_case(name))
    };
    let (Some(source), Some(source_language), Some(language)) = (
        column("source"),
        column("source_language"),
        column("language"),
    ) else {
        return Err(CsvRefusal::File(AppError::GlossaryColumns));
    };
    let (target, forbidden, keep, note) = (
        column("target"),
        column("forbidden"),
        column("keep"),
        column("note"),
    );
    let mut terms: Vec<NewTermDto> = Vec::new();
    let mut skipped = 0;
    for (i, row) in reader.records().enumerate() {
        let line = i as u64 + 2;
        let row = row.map_err(|_| CsvRefusal::Row(line))?;
        let cell = |at: Option<usize>| at.and_then(|a| row.get(a)).unwrap_or_default().to_owned();
        let term = NewTermDto {
            source: cell(Some(source)),
            source_language: cell(Some(source_language)).to_lowercase(),
            language: cell(Some(language)).to_lowercase(),
            target: cell(target),
            forbidden: cell(forbidden)
                .split('|')
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .map(str::to_owned)
                .collect(),
            keep: matches!(
                cell(keep).to_lowercase().as_str(),
                "yes" | "true" | "1" | "x" | "y"
            ),
            note: cell(note),
        };
        if term.source.is_empty()
            || wayfinder_core::LanguageCode::parse(&term.source_language).is_none()
            || wayfinder_core::LanguageCode::parse(&term.language).is_none()
        {
            return Err(CsvRefusal::Row(line));
        }
        let same = |t: &str, sl: &str, l: &str| {
            t.to_lowercase() == term.source.to_lowercase()
                && sl == term.source_language
                && l == term.language
        };
        if existing
            .iter()
            .any(|e| same(&e.source, &e.source_language, &e.language))
            || terms
                .iter()
                .any(|e| same(&e.source, &e.source_language, &e.language))
        {
            skipped += 1;
            continue;
        }
        terms.push(term);
    }
    Ok((terms, skipped))
}

/// Adds the terms of a CSV glossary to the team's, as one edit (one undo takes them all back).
/// A file with a wrong row adds nothing and names the row.
pub fn import_glossary(state: &App, path: &Path) -> Reply<GlossaryImportDto> {
    let size = std::fs::metadata(path)
        .map_err(|_| state.error(&AppError::FileUnreadable))?
        .len();
    if size > MAX_FILE {
        return Err(state.error(&AppError::FileTooBig));
    }
    let bytes = std::fs::read(path).map_err(|_| state.error(&AppError::FileUnreadable))?;
    let text = String::from_utf8(bytes).map_err(|_| state.error(&AppError::GlossaryEncoding))?;
    let outcome = state.with_vault(|vault| {
        let scope = vault.team_scope()?.ok_or(VaultError::NotInTeam)?;
        let existing = view(vault)?.terms;
        let (terms, skipped) = match read_csv(&text, &existing) {
            Ok(read) => read,
            Err(refusal) => return Ok(Err(refusal)),
        };
        let owned: Vec<Vec<(&'static str, String)>> = terms.iter().map(values).collect();
        let borrowed: Vec<Vec<(&str, &str)>> = owned
            .iter()
            .map(|row| row.iter().map(|(k, v)| (*k, v.as_str())).collect())
            .collect();
        let rows: Vec<&[(&str, &str)]> = borrowed.iter().map(Vec::as_slice).collect();
        vault.add_entities(scope, EntityKind::Term, &rows, Utc::now(), today())?;
        Ok(Ok(GlossaryImportDto {
            added: terms.len() as u32,
            skipped,
        }))
    })?;
    outcome.map_err(|refusal| match refusal {
        CsvRefusal::File(e) => state.error(&e),
        CsvRefusal::Row(line) => state.error(&AppError::GlossaryRow { line }),
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::commands;
    use crate::dto::{MarkForTranslationDto, NewUnitDto};
    use crate::translation::tests::{app_with_record, target};
    use crate::translation::{add_unit, mark_for_translation, translation_view};
    use wayfinder_sync::{Pin, Roster, WorkspaceId};

    fn fail<T>(e: ErrorDto) -> T {
        panic!("{}: {}", e.code, e.message)
    }

    /// Makes her the creator of a team ("Amira"), with its team-wide scope.
    pub(crate) fn in_team(app: &App) {
        app.with_vault(|vault| {
            let me = vault.team_identity()?;
            let workspace = WorkspaceId([0x42; 16]);
            vault.join_team("https://sync.example.org", workspace, Pin::of(&me.public()))?;
            vault.add_rosters(&[Roster::genesis(workspace, &me, "Amira")])?;
            vault.share_team_scope(Utc::now())?;
            Ok(())
        })
        .unwrap_or_else(fail)
    }

    fn term(source: &str, target: &str, forbidden: &[&str]) -> NewTermDto {
        NewTermDto {
            source: source.to_owned(),
            source_language: "ru".to_owned(),
            language: "es".to_owned(),
            target: target.to_owned(),
            forbidden: forbidden.iter().map(|f| (*f).to_owned()).collect(),
            keep: false,
            note: String::new(),
        }
    }

    fn sources(glossary: &GlossaryDto) -> Vec<&str> {
        glossary.terms.iter().map(|t| t.source.as_str()).collect()
    }

    #[test]
    fn the_teams_glossary_is_kept_imported_from_csv_whole_and_checks_her_passages() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case, record) = app_with_record(tmp.path());
        // Outside a team there is no glossary to add to.
        let alone = glossary_view(&app).unwrap_or_else(fail);
        assert!(!alone.in_team);
        let refused = add_term(&app, term("Винкристин", "vincristina", &[])).err();
        assert_eq!(refused.map(|e| e.code).as_deref(), Some("team-not-joined"));

        in_team(&app);
        let glossary =
            add_term(&app, term("Винкристин", "vincristina", &["vincristín"])).unwrap_or_else(fail);
        assert_eq!(sources(&glossary), ["Винкристин"]);
        assert_eq!(glossary.terms[0].forbidden, ["vincristín"]);

        // A spreadsheet's CSV: columns in its own order, a gene kept as it is, a term the
        // glossary has already (in another case) left out.
        let csv = tmp.path().join("glossary.csv");
        std::fs::write(
            &csv,
            "\u{feff}language,source_language,source,target,keep,note\nes,ru,Цисплатин,cisplatino,,\nes,ru,MYCN,,yes,gene\nes,ru,винкристин,vincristina,,\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let read = import_glossary(&app, &csv).unwrap_or_else(fail);
        assert_eq!((read.added, read.skipped), (2, 1));
        let glossary = glossary_view(&app).unwrap_or_else(fail);
        assert_eq!(sources(&glossary), ["MYCN", "Винкристин", "Цисплатин"]);
        assert!(glossary.terms[0].keep);
        // One undo takes the whole file back.
        commands::undo(&app).unwrap_or_else(fail);
        assert_eq!(
            sources(&glossary_view(&app).unwrap_or_else(fail)),
            ["Винкристин"]
        );

        // Refused whole, with what to do: no language column, a wrong language on line 3,
        // and a file not in UTF-8.
        let refusals = [
            (
                "source,target\nЦисплатин,cisplatino\n".as_bytes().to_vec(),
                "glossary-columns",
            ),
            (
                "source,source_language,language\nЦисплатин,ru,es\nМетотрексат,ru,xx\n"
                    .as_bytes()
                    .to_vec(),
                "glossary-row",
            ),
            (
                b"source,source_language,language\n\xff\xfe,ru,es\n".to_vec(),
                "glossary-encoding",
            ),
        ];
        for (bytes, code) in refusals {
            std::fs::write(&csv, bytes).unwrap_or_else(|e| panic!("{e}"));
            let error = import_glossary(&app, &csv).err();
            assert_eq!(error.as_ref().map(|e| e.code.as_str()), Some(code));
            if code == "glossary-row" {
                assert!(
                    error.map(|e| e.message).unwrap_or_default().contains('3'),
                    "the row is not named"
                );
            }
        }
        assert_eq!(
            sources(&glossary_view(&app).unwrap_or_else(fail)),
            ["Винкристин"]
        );

        // Her passage uses the forbidden rendering: the check names it.
        let translation = mark_for_translation(
            &app,
            MarkForTranslationDto {
                case_id: case,
                record_id: record,
                language: "es".to_owned(),
                translator: "Marta Ruiz".to_owned(),
                reviewer: String::new(),
                due: None,
            },
        )
        .unwrap_or_else(fail);
        let view = add_unit(
            &app,
            NewUnitDto {
                translation_id: translation.clone(),
                page: 0,
                region: None,
                source: "Винкристин 5 мг".to_owned(),
            },
        )
        .unwrap_or_else(fail);
        target(&app, &view.units[0].id, "Vincristín 5 mg");
        let view = translation_view(&app, translation).unwrap_or_else(fail);
        let codes: Vec<&str> = view.units[0]
            .findings
            .iter()
            .map(|f| f.code.as_str())
            .collect();
        assert!(codes.contains(&"forbidden-term"), "{codes:?}");

        // Changed and taken out like any entity.
        let id = glossary_view(&app).unwrap_or_else(fail).terms[0].id.clone();
        let glossary = edit_term(
            &app,
            id.clone(),
            "target".to_owned(),
            Some("vincristina (VCR)".to_owned()),
        )
        .unwrap_or_else(fail);
        assert_eq!(glossary.terms[0].target, "vincristina (VCR)");
        let glossary = delete_term(&app, id).unwrap_or_else(fail);
        assert!(glossary.terms.is_empty());
    }
}
