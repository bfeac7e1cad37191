//! The translator's workspace: a record marked for translation, its passages in reading order
//! with what the clinical checks found in each, matches from her translation memory, and her
//! documents across the cases she holds. Passages are entities of the case file: their texts
//! are edited like any field (`edit_field`), and sync, undo and conflicts come with that.

use crate::App;
use crate::commands::{id_text, parse_entity, parse_id, today};
use crate::dto::{
    ConcordanceDto, ErrorDto, FindingDto, MarkForTranslationDto, MemoryMatchDto, NewUnitDto,
    RegionDto, TranslationExportDto, TranslationRowDto, TranslationViewDto, UnitDto,
    UnitStateRequestDto,
};
use crate::error::AppError;
use chrono::Utc;
use std::collections::HashMap;
use wayfinder_core::schema::Region;
use wayfinder_core::{CaseId, Content, DomainError, EntityId, EntityKind};
use wayfinder_i18n::Arg;
use wayfinder_translate::checks::{self, Finding};
use wayfinder_translate::glossary::Term;
use wayfinder_translate::{Lang, memory};
use wayfinder_vault::{EntityView, OpenVault, VaultError};

type Reply<T> = Result<T, ErrorDto>;

/// How many memory matches a passage shows.
const MATCHES: usize = 5;

/// Marks a record of a case for translation; returns the translation's id.
pub fn mark_for_translation(state: &App, request: MarkForTranslationDto) -> Reply<String> {
    let case = parse_id(state, &request.case_id)?;
    let record = parse_entity(state, &request.record_id)?;
    let record = EntityId::from_bytes(record).to_string();
    let due = request.due.unwrap_or_default();
    state.with_vault(|vault| {
        let id = vault.add_entity(
            case,
            EntityKind::Translation,
            &[
                ("record", &record),
                ("language", &request.language),
                ("status", "to-do"),
                ("translator", &request.translator),
                ("reviewer", &request.reviewer),
                ("due", &due),
            ],
            Utc::now(),
            today(),
        )?;
        Ok(id_text(id))
    })
}

/// A record being translated, with its passages and what their checks found.
pub fn translation_view(state: &App, translation: String) -> Reply<TranslationViewDto> {
    let id = parse_entity(state, &translation)?;
    state.with_vault(|vault| view(state, vault, id))
}

/// Adds a passage she drew (a region) or selected (its text) on a page.
pub fn add_unit(state: &App, request: NewUnitDto) -> Reply<TranslationViewDto> {
    let id = parse_entity(state, &request.translation_id)?;
    let region = match request.region {
        Some(r) => Some(
            Region::parse(
                &Region {
                    left: r.left,
                    top: r.top,
                    width: r.width,
                    height: r.height,
                }
                .to_text(),
            )
            .ok_or_else(|| state.error(&AppError::InvalidRequest))?
            .to_text(),
        ),
        None => None,
    };
    state.with_vault(|vault| {
        let before = view(state, vault, id)?;
        if request.page >= before.pages {
            return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
        }
        let case: CaseId = before
            .case_id
            .parse()
            .map_err(|_| VaultError::CaseNotFound)?;
        let page = request.page.to_string();
        let translation = EntityId::from_bytes(id).to_string();
        let mut values = vec![
            ("translation", translation.as_str()),
            ("page", page.as_str()),
            ("source", request.source.as_str()),
            ("state", "draft"),
        ];
        if let Some(region) = &region {
            values.push(("region", region));
        }
        vault.add_entity(case, EntityKind::Unit, &values, Utc::now(), today())?;
        view(state, vault, id)
    })
}

/// Moves a passage to another state. "final" only when every finding of its checks is let
/// stand with a reason (kept in the passage, with the reasons given before).
pub fn set_unit_state(state: &App, request: UnitStateRequestDto) -> Reply<TranslationViewDto> {
    let unit = parse_entity(state, &request.unit_id)?;
    let outcome = state.with_vault(|vault| {
        let translation = translation_of(vault, unit)?;
        let before = view(state, vault, translation)?;
        let id = id_text(unit);
        let Some(current) = before.units.iter().find(|u| u.id == id) else {
            return Err(VaultError::CaseNotFound);
        };
        let mut overrides: Vec<(String, String)> = current
            .findings
            .iter()
            .filter_map(|f| f.overridden.clone().map(|r| (f.code.clone(), r)))
            .collect();
        for o in &request.overrides {
            let reason = o.reason.trim();
            if !reason.is_empty() && !overrides.iter().any(|(c, _)| *c == o.code) {
                overrides.push((o.code.clone(), reason.to_owned()));
            }
        }
        let open = current
            .findings
            .iter()
            .any(|f| !overrides.iter().any(|(c, _)| *c == f.code));
        if request.state == "final" && open {
            return Ok(Err(AppError::ChecksOpen));
        }
        let text = overrides
            .iter()
            .map(|(c, r)| format!("{c}: {r}"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut edits: Vec<([u8; 16], &str, Option<&str>)> = Vec::new();
        if !overrides.is_empty() {
            edits.push((unit, "overrides", Some(&text)));
        }
        edits.push((unit, "state", Some(&request.state)));
        // Who did it, as the team's roster names her: the translator when she first marks it
        // translated, the reviewer when someone else marks it reviewed.
        let who = my_name(vault)?;
        if let Some(name) = who.as_deref() {
            match request.state.as_str() {
                "translated" if current.translator.is_empty() => {
                    edits.push((unit, "translator", Some(name)));
                }
                "reviewed" if current.reviewer.is_empty() && current.translator != name => {
                    edits.push((unit, "reviewer", Some(name)));
                }
                _ => {}
            }
        }
        // One edit: one undo takes the state back with what came with it.
        vault.edit_many(&edits, Utc::now(), today())?;
        Ok(Ok(view(state, vault, translation)?))
    })?;
    outcome.map_err(|e| state.error(&e))
}

/// Her name in the team's roster; none outside a team.
fn my_name(vault: &OpenVault) -> Result<Option<String>, VaultError> {
    let Some(roster) = vault.roster()? else {
        return Ok(None);
    };
    let me = wayfinder_sync::MemberId(vault.author()?.0);
    Ok(roster.member(me).map(|m| m.name.clone()))
}

/// The best matches from her translation memory for a passage: finished passages (reviewed
/// or final) of any case in her vault (all of them cases she holds), in the same pair of
/// languages.
pub fn unit_matches(state: &App, unit: String) -> Reply<Vec<MemoryMatchDto>> {
    let unit = parse_entity(state, &unit)?;
    state.with_vault(|vault| {
        let translation = EntityId::from_bytes(translation_of(vault, unit)?).to_string();
        let source = vault
            .field_heads(unit)?
            .into_iter()
            .find(|(f, _)| f == "source")
            .and_then(|(_, h)| h.value)
            .unwrap_or_default();
        let (from, to) = pair_of(vault, &translation).ok_or(VaultError::Damaged)?;
        Ok(memory_matches(vault, &source, (&from, &to), Some(unit))?
            .into_iter()
            .map(|(m, entry)| MemoryMatchDto {
                kind: match m.kind {
                    memory::MatchKind::Exact => "exact",
                    memory::MatchKind::Numbers => "numbers",
                    memory::MatchKind::Fuzzy => "fuzzy",
                }
                .to_owned(),
                score: m.score,
                differs: utf16_spans(&entry.source, &m.differs),
                source: entry.source,
                target: entry.target,
                adapted: m.adapted,
            })
            .collect())
    })
}

/// How many likely passages the memory's index hands over to be scored.
const CANDIDATES: usize = 100;

/// The memory's best matches for `passage` from `wanted.0` into `wanted.1`, leaving out the
/// passage itself: the vault's trigram index narrows the memory to a few hundred passages,
/// those of another pair of languages are dropped, and the rest are scored.
pub fn memory_matches(
    vault: &OpenVault,
    passage: &str,
    wanted: (&str, &str),
    except: Option<[u8; 16]>,
) -> Result<Vec<(memory::Match, wayfinder_vault::MemoryEntry)>, VaultError> {
    let mut pairs = Pairs::default();
    let entries: Vec<wayfinder_vault::MemoryEntry> = vault
        .memory_candidates(passage, CANDIDATES)?
        .into_iter()
        .filter(|e| e.unit().is_none() || e.unit() != except)
        .filter(|e| {
            pairs
                .of(vault, e)
                .is_some_and(|(s, t)| (s.as_str(), t.as_str()) == wanted)
        })
        .collect();
    let candidates: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| (e.source.as_str(), e.target.as_str()))
        .collect();
    let found = memory::best(
        passage,
        &candidates,
        lang(wanted.0),
        lang(wanted.1),
        MATCHES,
    );
    Ok(found
        .into_iter()
        .map(|m| {
            let entry = entries[m.index].clone();
            (m, entry)
        })
        .collect())
}

/// Her memory searched for a word or a phrase (a concordance), in either language.
pub fn search_memory(state: &App, text: String) -> Reply<Vec<ConcordanceDto>> {
    state.with_vault(|vault| {
        if text.trim().chars().count() < 2 {
            return Ok(Vec::new());
        }
        let mut pairs = Pairs::default();
        Ok(vault
            .memory_concordance(&text, CONCORDANCE)?
            .into_iter()
            .filter_map(|e| {
                let (from, to) = pairs.of(vault, &e)?;
                Some(ConcordanceDto {
                    source: e.source,
                    target: e.target,
                    source_language: from,
                    language: to,
                })
            })
            .collect())
    })
}

/// How many passages a concordance search shows.
const CONCORDANCE: usize = 50;

/// Her documents to translate across the cases she holds, the soonest due first.
pub fn my_translations(state: &App) -> Reply<Vec<TranslationRowDto>> {
    state.with_vault(|vault| translation_rows(vault))
}

/// Every document marked for translation, the soonest due first (then by title): each looked
/// up on its own, so that the list costs the documents, not the vault's thousands of records.
pub(crate) fn translation_rows(vault: &OpenVault) -> Result<Vec<TranslationRowDto>, VaultError> {
    let value_of = |id: Option<&str>, field: &str| -> String {
        id.and_then(|r| r.parse::<EntityId>().ok())
            .and_then(|r| vault.entity(r.into_bytes()).ok())
            .and_then(|(_, e)| e.value(field).map(str::to_owned))
            .unwrap_or_default()
    };
    let mut names: HashMap<CaseId, String> = HashMap::new();
    let mut rows: Vec<TranslationRowDto> = Vec::new();
    for (case, t) in vault.entities_of_kind(EntityKind::Translation)? {
        let case_name = names
            .entry(case)
            .or_insert_with(|| {
                vault
                    .entity(*case.as_bytes())
                    .ok()
                    .and_then(|(_, c)| c.value("child.name").map(str::to_owned))
                    .unwrap_or_default()
            })
            .clone();
        rows.push(TranslationRowDto {
            id: id_text(t.id),
            case_id: case.to_string(),
            case_name,
            record_title: value_of(t.value("record"), "title"),
            language: t.value("language").unwrap_or_default().to_owned(),
            status: t.value("status").unwrap_or_default().to_owned(),
            translator: t.value("translator").unwrap_or_default().to_owned(),
            due: t.value("due").map(str::to_owned),
        });
    }
    rows.sort_by(|a, b| match (&a.due, &b.due) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.record_title.cmp(&b.record_title),
    });
    Ok(rows)
}

/// Lays out the translated document for the preview and the export (the export notes it in
/// the case like a report): the translator's statement with the SHA-256 of the original and
/// of the translation's text, then each page with its passages' numbered markers and their
/// translations after it (bilingual) or over them (overlay). Passages with no translation
/// yet are left out.
pub fn prepare_translation(
    state: &App,
    request: TranslationExportDto,
) -> Reply<crate::dto::PreparedReportDto> {
    use sha2::Digest;
    let id = parse_entity(state, &request.translation_id)?;
    let recipient = request.recipient.trim().to_owned();
    if recipient.is_empty() {
        return Err(state.error(&AppError::RecipientMissing));
    }
    let engine = state
        .viewer
        .lock()
        .map_err(|_| state.error(&AppError::StorageFailed))?
        .engine()
        .map_err(|e| state.error(&e))?;
    let (view, bytes, media, statement, turns) = state.with_vault(|vault| {
        let view = view(state, vault, id)?;
        let record = parse_entity_id(&view.record_id)?;
        let (_, blob) = vault.record(record)?;
        // Each page turned as the reader stood it upright: as the workspace showed it when
        // the passages were drawn.
        let turns = (0..view.pages)
            .map(|p| {
                Ok(match vault.page_reading(&blob.content.hash, p)? {
                    Some(wayfinder_vault::Reading::Read(read)) => read.rotation,
                    _ => 0,
                })
            })
            .collect::<Result<Vec<u16>, VaultError>>()?;
        let mut bytes = vault.files().read_all(blob.file)?;
        let media = crate::reports::packet_media(blob.content.media)
            .ok_or(VaultError::Invalid(DomainError::ChoiceUnknown))?;
        if blob.secret.is_some() && media == wayfinder_reports::PacketMedia::Pdf {
            let opened = engine
                .open(bytes, blob.secret.as_deref())
                .map_err(|_| VaultError::Damaged)?;
            let copy = engine.unprotected_copy(opened.0);
            engine.close(opened.0);
            bytes = copy.map_err(|_| VaultError::Damaged)?;
        }
        let statement = vault
            .field_heads(id)?
            .into_iter()
            .find(|(f, _)| f == "statement")
            .and_then(|(_, h)| h.value)
            .unwrap_or_default();
        Ok((view, bytes, media, statement, turns))
    })?;
    let case: CaseId = view
        .case_id
        .parse()
        .map_err(|_| state.error(&AppError::InvalidRequest))?;
    let units: Vec<wayfinder_reports::TranslatedUnit> = view
        .units
        .iter()
        .enumerate()
        .filter(|(_, u)| !u.target.trim().is_empty())
        .map(|(i, u)| wayfinder_reports::TranslatedUnit {
            number: i as u32 + 1,
            page: u.page,
            region: u.region.map(|r| wayfinder_reports::ReadLine {
                text: String::new(),
                left: r.left,
                top: r.top,
                width: r.width,
                height: r.height,
            }),
            target: u.target.clone(),
        })
        .collect();
    let text = translated_text(&view);
    let hex = |digest: &[u8]| {
        digest
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let locale =
        wayfinder_i18n::Locale::from_tag(&view.language).unwrap_or(wayfinder_i18n::Locale::En);
    let statement = if statement.trim().is_empty() {
        state
            .catalog
            .message(locale, "translated-no-statement", &[])
    } else {
        statement
    };
    let translator = if view.translator.is_empty() {
        view.units
            .iter()
            .map(|u| u.translator.clone())
            .find(|t| !t.is_empty())
            .unwrap_or_default()
    } else {
        view.translator.clone()
    };
    let document = wayfinder_reports::TranslatedDocument {
        title: view.record_title.clone(),
        media,
        pages: view.pages,
        turns,
        source_sha256: hex(&sha2::Sha256::digest(&bytes)),
        text_sha256: hex(&sha2::Sha256::digest(text.as_bytes())),
        bytes,
        source_language: view.source_language.clone(),
        language: view.language.clone(),
        units,
        translator,
        statement,
        date: today(),
        overlay: request.overlay,
    };
    let pages = crate::reports::prepare_with(
        state,
        case,
        crate::reports::Facts {
            report: "translation",
            recipient: recipient.clone(),
            locale,
            records: vec![view.record_title.clone()],
            consent: None,
        },
        |fonts| {
            Ok(wayfinder_reports::translated_pdf(
                fonts,
                &state.catalog,
                document,
            )?)
        },
    )
    .map_err(|e| state.error(&e))?;
    Ok(crate::dto::PreparedReportDto {
        pages,
        identity: crate::dto::IdentityDto::None,
        recipient,
    })
}

fn parse_entity_id(text: &str) -> Result<[u8; 16], VaultError> {
    text.parse::<EntityId>()
        .map(EntityId::into_bytes)
        .map_err(|_| VaultError::Invalid(DomainError::ChoiceUnknown))
}

/// The text inside a region of a page, to start a passage with: on a scan, what the reader
/// read there, line by line; on a PDF, its own text there; empty where there is none (she
/// types the passage: handwriting, a stamp).
pub fn region_text(state: &App, record: String, page: u32, region: RegionDto) -> Reply<String> {
    let record = parse_entity(state, &record)?;
    state.with_viewer(|viewer, vault| {
        crate::records::region_text(viewer, vault, record, page, &region)
    })
}

/// A page's text as lines with their places, for selecting a passage in: on a scan, what the
/// reader read; on a PDF, its own text; none where there is none.
pub fn page_lines(state: &App, record: String, page: u32) -> Reply<Vec<crate::dto::TextBoxDto>> {
    let record = parse_entity(state, &record)?;
    state.with_viewer(|viewer, vault| crate::records::page_lines(viewer, vault, record, page))
}

/// The languages of memory pairs, each translation's looked up once.
#[derive(Default)]
pub(crate) struct Pairs(HashMap<String, Option<(String, String)>>);

impl Pairs {
    pub(crate) fn of(
        &mut self,
        vault: &OpenVault,
        entry: &wayfinder_vault::MemoryEntry,
    ) -> Option<(String, String)> {
        match &entry.origin {
            wayfinder_vault::Origin::Imported {
                source_language,
                language,
            } => Some((source_language.clone(), language.clone())),
            wayfinder_vault::Origin::Passage { translation, .. } => self
                .0
                .entry(translation.clone())
                .or_insert_with(|| pair_of(vault, translation))
                .clone(),
        }
    }
}

/// A translation's languages, source and target, from its id as text; none for anything else.
fn pair_of(vault: &OpenVault, translation: &str) -> Option<(String, String)> {
    let id = translation.parse::<EntityId>().ok()?.into_bytes();
    let (case, t) = vault.entity(id).ok()?;
    if t.kind != EntityKind::Translation {
        return None;
    }
    let case_language = vault
        .entity(*case.as_bytes())
        .ok()
        .and_then(|(_, c)| {
            c.value("child.languages")?
                .split_whitespace()
                .next()
                .map(str::to_owned)
        })
        .unwrap_or_else(|| "en".to_owned());
    let source = t
        .value("record")
        .and_then(|r| r.parse::<EntityId>().ok())
        .and_then(|r| vault.entity(r.into_bytes()).ok())
        .map_or_else(
            || case_language.clone(),
            |(_, r)| source_language(vault, &r, &case_language),
        );
    let source = t.value("source_language").map_or(source, str::to_owned);
    Some((source, t.value("language").unwrap_or("en").to_owned()))
}

/// The language a record is in: its own; else, for a scan, the language its first page was
/// read in (a Russian letter in a case in English); else its case's first. A translation's
/// own `source_language`, when she set it, comes before all of these.
fn source_language(vault: &OpenVault, record: &EntityView, case_language: &str) -> String {
    let read_in = || {
        let content = record.value("content").and_then(Content::parse)?;
        match vault.page_reading(&content.hash, 0).ok().flatten()? {
            wayfinder_vault::Reading::Read(read) => read
                .languages
                .split('+')
                .find_map(wayfinder_ocr::Language::from_tesseract)
                .map(wayfinder_ocr::Language::iso),
            wayfinder_vault::Reading::Failed(_) => None,
        }
    };
    record
        .value("language")
        .or_else(read_in)
        .unwrap_or(case_language)
        .to_owned()
}

/// The translation a passage belongs to.
fn translation_of(vault: &OpenVault, unit: [u8; 16]) -> Result<[u8; 16], VaultError> {
    let (_, kind) = vault.entity_case(unit)?;
    if kind != EntityKind::Unit {
        return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
    }
    vault
        .field_heads(unit)?
        .into_iter()
        .find(|(f, _)| f == "translation")
        .and_then(|(_, h)| h.value)
        .and_then(|v| v.parse::<EntityId>().ok())
        .map(EntityId::into_bytes)
        .ok_or(VaultError::Damaged)
}

fn lang(code: &str) -> Lang {
    Lang::from_iso(code).unwrap_or(Lang::En)
}

/// The team's glossary: its terms, from the team-wide scope (none outside a team).
fn glossary(vault: &OpenVault) -> Result<Vec<Term>, VaultError> {
    let Some(scope) = vault.team_scope()? else {
        return Ok(Vec::new());
    };
    Ok(vault
        .case_file(scope)?
        .into_iter()
        .filter(|e| e.kind == EntityKind::Term)
        .filter_map(|e| {
            Some(Term {
                source: e.value("source")?.to_owned(),
                source_lang: Lang::from_iso(e.value("source_language")?)?,
                target_lang: Lang::from_iso(e.value("language")?)?,
                target: e.value("target").map(str::to_owned),
                forbidden: crate::glossary::forbidden(&e),
                keep: e.value("keep") == Some("true"),
            })
        })
        .collect())
}

/// A translation's text as its statement hashes it: each translated passage's number (its
/// place in reading order, from 1, as the markers show it) and its text, a line each.
pub(crate) fn translated_text(view: &TranslationViewDto) -> String {
    view.units
        .iter()
        .enumerate()
        .filter(|(_, u)| !u.target.trim().is_empty())
        .map(|(i, u)| format!("{}\t{}\n", i + 1, u.target))
        .collect()
}

pub(crate) fn view(
    state: &App,
    vault: &OpenVault,
    id: [u8; 16],
) -> Result<TranslationViewDto, VaultError> {
    let (case, kind) = vault.entity_case(id)?;
    if kind != EntityKind::Translation {
        return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
    }
    let file = vault.case_file(case)?;
    let find = |id: [u8; 16]| file.iter().find(|e| e.id == id);
    let translation = find(id).ok_or(VaultError::CaseNotFound)?;
    let record_id = translation
        .value("record")
        .and_then(|v| v.parse::<EntityId>().ok())
        .ok_or(VaultError::Damaged)?;
    let record = find(record_id.into_bytes()).ok_or(VaultError::RecordMissing)?;
    let pages = record
        .value("content")
        .and_then(Content::parse)
        .map_or(1, |c| c.pages.max(1));
    let case_language = file
        .iter()
        .find(|e| e.kind == EntityKind::Case)
        .and_then(|c| c.value("child.languages"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or("en");
    let source_language = translation.value("source_language").map_or_else(
        || source_language(vault, record, case_language),
        str::to_owned,
    );
    let language = translation.value("language").unwrap_or("en").to_owned();
    let (sl, tl) = (lang(&source_language), lang(&language));
    let glossary = glossary(vault)?;
    let own = EntityId::from_bytes(id).to_string();
    let mut units: Vec<&EntityView> = file
        .iter()
        .filter(|e| e.kind == EntityKind::Unit && e.value("translation") == Some(own.as_str()))
        .collect();
    // Reading order: page, then top to bottom, then across the line; passages she typed
    // with no place on the page (a stamp, handwriting) after the page's drawn ones.
    let place = |u: &EntityView| {
        let page: u32 = u.value("page").and_then(|p| p.parse().ok()).unwrap_or(0);
        let region = u.value("region").and_then(Region::parse);
        (
            page,
            region.map_or(u32::MAX, |r| (r.top * 10_000.0) as u32),
            region.map_or(0, |r| (r.left * 10_000.0) as u32),
            u.created_millis,
        )
    };
    units.sort_by_key(|u| place(u));
    let pairs: Vec<(&str, &str)> = units
        .iter()
        .map(|u| {
            (
                u.value("source").unwrap_or_default(),
                u.value("target").unwrap_or_default(),
            )
        })
        .collect();
    let twice = checks::inconsistent(&pairs);
    let mut coverage = vec![0u32; pages as usize];
    let units = units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let source = u.value("source").unwrap_or_default().to_owned();
            let target = u.value("target").unwrap_or_default().to_owned();
            let page: u32 = u.value("page").and_then(|p| p.parse().ok()).unwrap_or(0);
            if let Some(n) = coverage.get_mut(page as usize) {
                *n += 1;
            }
            let overrides: Vec<(&str, &str)> = u
                .value("overrides")
                .unwrap_or_default()
                .lines()
                .filter_map(|l| l.split_once(':'))
                .map(|(c, r)| (c.trim(), r.trim()))
                .collect();
            let mut found = if target.trim().is_empty() {
                Vec::new()
            } else {
                checks::check(&source, sl, &target, tl, &glossary)
            };
            found.extend(
                twice
                    .iter()
                    .filter(|(j, _)| *j == i)
                    .map(|(_, f)| f.clone()),
            );
            let findings = found
                .iter()
                .map(|f| FindingDto {
                    code: f.code().to_owned(),
                    message: message(state, f),
                    overridden: overrides
                        .iter()
                        .find(|(c, _)| *c == f.code())
                        .map(|(_, r)| (*r).to_owned()),
                })
                .collect();
            UnitDto {
                id: id_text(u.id),
                page,
                region: u
                    .value("region")
                    .and_then(Region::parse)
                    .map(|r| RegionDto {
                        left: r.left,
                        top: r.top,
                        width: r.width,
                        height: r.height,
                    }),
                source,
                target,
                state: u.value("state").unwrap_or("draft").to_owned(),
                translator: u.value("translator").unwrap_or_default().to_owned(),
                reviewer: u.value("reviewer").unwrap_or_default().to_owned(),
                comment: u.value("comment").unwrap_or_default().to_owned(),
                findings,
                conflict: u.fields.values().any(|heads| heads.len() > 1),
                versions: match u.fields.get("target").map(Vec::as_slice) {
                    Some(heads) if heads.len() > 1 => heads
                        .iter()
                        .map(|h| h.value.clone().unwrap_or_default())
                        .collect(),
                    _ => Vec::new(),
                },
            }
        })
        .collect();
    Ok(TranslationViewDto {
        id: id_text(id),
        case_id: case.to_string(),
        record_id: id_text(record.id),
        record_title: record.value("title").unwrap_or_default().to_owned(),
        source_language,
        language,
        status: translation.value("status").unwrap_or("to-do").to_owned(),
        translator: translation
            .value("translator")
            .unwrap_or_default()
            .to_owned(),
        reviewer: translation.value("reviewer").unwrap_or_default().to_owned(),
        due: translation.value("due").map(str::to_owned),
        pages,
        coverage,
        units,
    })
}

/// A finding in her language: what it found (a number with its unit, a date, a term).
fn message(state: &App, finding: &Finding) -> String {
    let number = |v: f64, unit: Option<&str>| match unit {
        Some(u) => format!("{v} {u}"),
        None => format!("{v}"),
    };
    let (what, expected) = match finding {
        Finding::NumberMissing { value, unit } | Finding::NumberAdded { value, unit } => {
            (number(*value, *unit), String::new())
        }
        Finding::UnitChanged {
            value,
            source,
            target,
        } => (
            format!(
                "{} → {}",
                number(*value, Some(source)),
                number(*value, Some(target))
            ),
            String::new(),
        ),
        Finding::DateMissing { day, month, year } => (
            match year {
                Some(y) => format!("{y}-{month:02}-{day:02}"),
                None => format!("{day:02}.{month:02}"),
            },
            String::new(),
        ),
        Finding::DateAmbiguous { text } => (text.clone(), String::new()),
        Finding::GlossaryNotUsed { term, expected } => (term.clone(), expected.clone()),
        Finding::Forbidden { term } | Finding::NotKept { term } => (term.clone(), String::new()),
        Finding::UnitUntranslated { unit } => (unit.clone(), String::new()),
        Finding::Inconsistent { other } => (other.clone(), String::new()),
    };
    state.catalog.message(
        state.locale(),
        &format!("check-{}", finding.code()),
        &[
            ("what", Arg::Text(&what)),
            ("expected", Arg::Text(&expected)),
        ],
    )
}

/// Char spans of `text` as UTF-16 spans, as the screen counts.
fn utf16_spans(text: &str, spans: &[(usize, usize)]) -> Vec<(u32, u32)> {
    let mut offsets = Vec::with_capacity(text.len() + 1);
    let mut at = 0u32;
    for c in text.chars() {
        offsets.push(at);
        at += c.len_utf16() as u32;
    }
    offsets.push(at);
    spans
        .iter()
        .filter_map(|&(s, e)| Some((*offsets.get(s)?, *offsets.get(e)?)))
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::commands;
    use crate::dto::TranslationExportDto;
    use crate::dto::{FieldValueDto, OverrideDto};
    use crate::reading::tests::{app_with_case_in, import};
    use std::sync::Arc;

    /// The app on a new vault with a case in Russian and one record in it: the app, the case's
    /// id and the record's.
    pub(crate) fn app_with_record(tmp: &std::path::Path) -> (Arc<App>, String, String) {
        let (app, case) = app_with_case_in(tmp, "Иван Петров", &["ru"]);
        let scan = tmp.join("выписка.png");
        image::GrayImage::from_pixel(300, 400, image::Luma([250]))
            .save(&scan)
            .unwrap_or_else(|e| panic!("{e}"));
        import(&app, &case, vec![scan]);
        let record = commands::get_case_file(&app, case.clone())
            .unwrap_or_else(|e| panic!("{}", e.message))
            .entities
            .into_iter()
            .find(|e| e.content.is_some())
            .map(|e| e.id)
            .unwrap_or_else(|| panic!("no record"));
        (app, case, record)
    }

    pub(crate) fn target(app: &App, unit: &str, text: &str) {
        commands::edit_field(
            app,
            unit.to_owned(),
            "target".to_owned(),
            Some(FieldValueDto::Text(text.to_owned())),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
    }

    fn codes(view: &TranslationViewDto, unit: usize) -> Vec<&str> {
        view.units[unit]
            .findings
            .iter()
            .map(|f| f.code.as_str())
            .collect()
    }

    #[test]
    fn a_passage_is_stopped_from_final_until_its_checks_pass_or_stand_with_a_reason() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case, record) = app_with_record(tmp.path());
        let translation = mark_for_translation(
            &app,
            MarkForTranslationDto {
                case_id: case,
                record_id: record,
                language: "en".to_owned(),
                translator: "Marta Ruiz".to_owned(),
                reviewer: "Ivo Novak".to_owned(),
                due: Some("2026-12-20".to_owned()),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        // Her list across cases shows it, with its due date.
        let mine = my_translations(&app).unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(mine.len(), 1);
        assert_eq!(
            (mine[0].record_title.as_str(), mine[0].due.as_deref()),
            ("выписка.png", Some("2026-12-20"))
        );
        // She draws a region on the page and types its text.
        let view = add_unit(
            &app,
            NewUnitDto {
                translation_id: translation.clone(),
                page: 0,
                region: Some(RegionDto {
                    left: 0.1,
                    top: 0.2,
                    width: 0.6,
                    height: 0.05,
                }),
                source: "Винкристин 5 мг в/в, 12.03.2025".to_owned(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(
            (view.source_language.as_str(), view.coverage.as_slice()),
            ("ru", &[1][..])
        );
        let unit = view.units[0].id.clone();
        // A slip of the hand: 50 mg for 5 mg, and a date an American reader misreads.
        target(&app, &unit, "Vincristine 50 mg IV, 03/12/2025");
        let view =
            translation_view(&app, translation.clone()).unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(
            codes(&view, 0),
            ["number-missing", "number-added", "date-ambiguous"]
        );
        assert!(
            view.units[0].findings[0].message.contains("5 mg"),
            "{:?}",
            view.units[0].findings
        );
        let final_state = |overrides: Vec<OverrideDto>| {
            set_unit_state(
                &app,
                UnitStateRequestDto {
                    unit_id: unit.clone(),
                    state: "final".to_owned(),
                    overrides,
                },
            )
        };
        let refused = final_state(Vec::new()).err().map(|e| e.code);
        assert_eq!(refused.as_deref(), Some("unit-checks-open"));
        // She corrects the dose; the date she lets stand, for a reader in Europe.
        target(&app, &unit, "Vincristine 5 mg IV, 12/03/2025");
        let view = final_state(vec![OverrideDto {
            code: "date-ambiguous".to_owned(),
            reason: "The reviewer is in Madrid: day first.".to_owned(),
        }])
        .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(view.units[0].state, "final");
        assert_eq!(
            view.units[0].findings[0].overridden.as_deref(),
            Some("The reviewer is in Madrid: day first.")
        );
        // A new passage like the first but for its dose: the memory offers the old
        // translation with the new number.
        let view = add_unit(
            &app,
            NewUnitDto {
                translation_id: translation,
                page: 0,
                region: None,
                source: "Винкристин 1,5 мг в/в, 12.03.2025".to_owned(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let second = view
            .units
            .iter()
            .find(|u| u.id != unit)
            .map(|u| u.id.clone())
            .unwrap_or_default();
        let matches = unit_matches(&app, second).unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(matches.len(), 1, "{matches:?}");
        assert_eq!(matches[0].kind, "numbers");
        assert_eq!(
            matches[0].adapted.as_deref(),
            Some("Vincristine 1.5 mg IV, 12/03/2025")
        );
        // The bilingual document: the statement, the hashes, and the passage under its
        // number after the page; noted in the case like a report.
        let exported = export(&app, &view.id, false, tmp.path());
        assert!(exported.contains("Certified translation"), "{exported}");
        assert!(
            exported.contains("Vincristine 5 mg IV, 12/03/2025"),
            "{exported}"
        );
        assert!(exported.contains("Translation of page 1"), "{exported}");
        let original = std::fs::read(tmp.path().join("выписка.png")).unwrap_or_default();
        use sha2::Digest;
        let digest: String = sha2::Sha256::digest(&original)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert!(exported.contains(&digest), "{exported}");
    }

    /// Prepares the translated document, writes it where a save dialog would, and reads its
    /// text back with PDFium.
    fn export(app: &App, translation: &str, overlay: bool, dir: &std::path::Path) -> String {
        prepare_translation(
            app,
            TranslationExportDto {
                translation_id: translation.to_owned(),
                overlay,
                recipient: "Hospital Sant Joan de Déu".to_owned(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let out = dir.join(format!("translated-{overlay}.pdf"));
        commands::export_report(app, out.clone()).unwrap_or_else(|e| panic!("{}", e.message));
        let engine = wayfinder_pdf::PdfEngine::shared(&wayfinder_pdf::library_path())
            .unwrap_or_else(|e| panic!("{e}"));
        let bytes = std::fs::read(&out).unwrap_or_else(|e| panic!("{e}"));
        let (doc, pages) = engine.open(bytes, None).unwrap_or_else(|e| panic!("{e}"));
        let text = (0..pages)
            .map(|p| engine.page_text(doc, p).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n");
        engine.close(doc);
        text
    }

    /// Where the markers and passage boxes (their blue) lie on a page of a PDF: the box around
    /// the page's blue pixels, in fractions of the page, or none.
    pub(crate) fn blue_on(
        engine: &wayfinder_pdf::PdfEngine,
        pdf: &[u8],
        page: u16,
    ) -> Option<RegionDto> {
        let (doc, _) = engine.open(pdf.to_vec(), None).ok()?;
        let png = engine.render_png(doc, page, wayfinder_pdf::RenderSize::Width(900));
        engine.close(doc);
        let image = image::load_from_memory(&png.ok()?).ok()?.to_rgb8();
        let (w, h) = image.dimensions();
        let (mut x0, mut y0, mut x1, mut y1) = (w, h, 0, 0);
        for (x, y, p) in image.enumerate_pixels() {
            let [r, g, b] = p.0;
            if b > 170 && r < 90 && g < 140 {
                (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
            }
        }
        (x1 > x0).then(|| RegionDto {
            left: x0 as f32 / w as f32,
            top: y0 as f32 / h as f32,
            width: (x1 - x0) as f32 / w as f32,
            height: (y1 - y0) as f32 / h as f32,
        })
    }

    #[test]
    fn on_a_page_turned_by_its_pdf_a_passage_is_selected_in_its_text_and_marked_on_it() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Ana Gómez", &["en"]);
        let path = tmp.path().join("turned.pdf");
        std::fs::write(
            &path,
            wayfinder_testkit::turned_one_line_pdf("Vincristine 5 mg IV on day 1", 90),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        import(&app, &case, vec![path]);
        let record = commands::get_case_file(&app, case.clone())
            .unwrap_or_else(|e| panic!("{}", e.message))
            .entities
            .into_iter()
            .find(|e| e.content.is_some())
            .map(|e| e.id)
            .unwrap_or_else(|| panic!("no record"));
        // Turned a quarter clockwise, the line drawn at the page's top left runs down its
        // right side as shown: that is where the layer she selects in puts it.
        let lines = page_lines(&app, record.clone(), 0).unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(lines.len(), 1, "{lines:?}");
        let line = &lines[0];
        assert_eq!(line.text.trim(), "Vincristine 5 mg IV on day 1");
        assert!(line.left > 0.8 && line.top < 0.2, "{line:?}");
        assert!(line.height > 3.0 * line.width, "{line:?}");
        // A rectangle drawn around it takes its text; search marks it in the same place.
        let around = RegionDto {
            left: line.left - 0.01,
            top: line.top - 0.01,
            width: line.width + 0.02,
            height: line.height + 0.02,
        };
        let text = region_text(&app, record.clone(), 0, around)
            .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(text.trim(), "Vincristine 5 mg IV on day 1");
        let marks = commands::record_highlights(&app, record.clone(), 0, "Vincristine".to_owned())
            .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(marks.len(), 1, "{marks:?}");
        assert!(
            (marks[0].left - line.left).abs() < 0.02 && (marks[0].top - line.top).abs() < 0.02,
            "{marks:?} {line:?}"
        );
        // Translated, and exported: the marker and its box are on the line in the PDF sent.
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
        .unwrap_or_else(|e| panic!("{}", e.message));
        let view = add_unit(
            &app,
            NewUnitDto {
                translation_id: translation.clone(),
                page: 0,
                region: Some(RegionDto {
                    left: line.left,
                    top: line.top,
                    width: line.width,
                    height: line.height,
                }),
                source: line.text.clone(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        target(&app, &view.units[0].id, "Vincristina 5 mg IV el día 1");
        // The original's language, taken from the case, is hers to correct (a translator may
        // not edit the record itself).
        assert_eq!(view.source_language, "en");
        commands::edit_field(
            &app,
            translation.clone(),
            "source_language".to_owned(),
            Some(FieldValueDto::Text("fr".to_owned())),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let view =
            translation_view(&app, translation.clone()).unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(view.source_language, "fr");
        export(&app, &translation, false, tmp.path());
        let pdf = std::fs::read(tmp.path().join("translated-false.pdf"))
            .unwrap_or_else(|e| panic!("{e}"));
        let engine = wayfinder_pdf::PdfEngine::shared(&wayfinder_pdf::library_path())
            .unwrap_or_else(|e| panic!("{e}"));
        // The statement is the first page; the original the second.
        let (doc, _) = engine
            .open(pdf.clone(), None)
            .unwrap_or_else(|e| panic!("{e}"));
        let found = engine.find(doc, 1, "Vincristine").unwrap_or_default();
        engine.close(doc);
        assert_eq!(found.len(), 1, "{found:?}");
        let blue = blue_on(&engine, &pdf, 1).unwrap_or_else(|| panic!("no marker"));
        let (x, y) = (
            found[0].left + found[0].width / 2.0,
            found[0].top + found[0].height / 2.0,
        );
        assert!(
            x > blue.left
                && x < blue.left + blue.width
                && y > blue.top
                && y < blue.top + blue.height,
            "the line at {:?}, the marker's box at {blue:?}",
            found[0]
        );
        // And a narrow box: the passage's, not the whole page's.
        assert!(blue.width < 0.2, "{blue:?}");
    }

    #[test]
    fn a_translation_into_arabic_reads_in_logical_order_bilingual_and_overlaid() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case, record) = app_with_record(tmp.path());
        let translation = mark_for_translation(
            &app,
            MarkForTranslationDto {
                case_id: case.clone(),
                record_id: record,
                language: "ar".to_owned(),
                translator: "Layla Haddad".to_owned(),
                reviewer: String::new(),
                due: None,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let view = add_unit(
            &app,
            NewUnitDto {
                translation_id: translation.clone(),
                page: 0,
                region: Some(RegionDto {
                    left: 0.1,
                    top: 0.1,
                    width: 0.8,
                    height: 0.1,
                }),
                source: "Опухоль задней черепной ямки".to_owned(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        target(&app, &view.units[0].id, "ورم الحفرة الخلفية");
        let bilingual = export(&app, &translation, false, tmp.path());
        assert!(bilingual.contains("ورم الحفرة الخلفية"), "{bilingual}");
        assert!(bilingual.contains("ترجمة معتمدة"), "{bilingual}");
        let overlaid = export(&app, &translation, true, tmp.path());
        assert!(overlaid.contains("ورم الحفرة الخلفية"), "{overlaid}");
        assert!(!overlaid.contains("ترجمة الصفحة"), "{overlaid}");
        // Both exports are noted in the case.
        let notes = commands::get_case_file(&app, case)
            .unwrap_or_else(|e| panic!("{}", e.message))
            .entities
            .into_iter()
            .filter(|e| e.kind == crate::dto::EntityKindDto::Export)
            .count();
        assert_eq!(notes, 2);
    }

    #[test]
    fn a_passage_drawn_on_a_born_digital_page_starts_with_the_pdfs_own_text_there() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Ли Мэй", &["zh"]);
        let fonts = wayfinder_reports::Fonts::load(&wayfinder_reports::font_dir())
            .unwrap_or_else(|e| panic!("{e}"));
        let (_, letter) = wayfinder_testkit::scans::SPECIMENS
            .iter()
            .find(|(code, _)| *code == "zh")
            .copied()
            .unwrap_or_default();
        let pdf =
            wayfinder_reports::specimen_pdf(&fonts, letter, "zh").unwrap_or_else(|e| panic!("{e}"));
        let path = tmp.path().join("出院小结.pdf");
        std::fs::write(&path, pdf).unwrap_or_else(|e| panic!("{e}"));
        import(&app, &case, vec![path]);
        let record = commands::get_case_file(&app, case)
            .unwrap_or_else(|e| panic!("{}", e.message))
            .entities
            .into_iter()
            .find(|e| e.content.is_some())
            .map(|e| e.id)
            .unwrap_or_else(|| panic!("no record"));
        let region = |left, top, width, height| RegionDto {
            left,
            top,
            width,
            height,
        };
        // The whole page holds the letter's title and its first sentence, in Chinese.
        let whole = region_text(&app, record.clone(), 0, region(0.0, 0.0, 1.0, 1.0))
            .unwrap_or_else(|e| panic!("{}", e.message));
        let squeezed = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let title = letter.lines().next().unwrap_or_default();
        assert!(!title.is_empty());
        assert!(squeezed(&whole).contains(&squeezed(title)), "{whole}");
        // Its top band holds the title and not the last sentence; an empty corner, nothing.
        let top = region_text(&app, record.clone(), 0, region(0.0, 0.0, 1.0, 0.15))
            .unwrap_or_else(|e| panic!("{}", e.message));
        let last = letter.lines().last().unwrap_or_default();
        assert!(squeezed(&top).contains(&squeezed(title)), "{top}");
        assert!(!squeezed(&top).contains(&squeezed(last)), "{top}");
        let corner = region_text(&app, record, 0, region(0.96, 0.96, 0.03, 0.03))
            .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(corner, "");
    }

    #[test]
    fn an_arabic_pdfs_own_text_is_laid_over_its_page_in_reading_order() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Amal Haddad", &["ar"]);
        let fonts = wayfinder_reports::Fonts::load(&wayfinder_reports::font_dir())
            .unwrap_or_else(|e| panic!("{e}"));
        let (_, letter) = wayfinder_testkit::scans::SPECIMENS
            .iter()
            .find(|(code, _)| *code == "ar")
            .copied()
            .unwrap_or_default();
        let pdf =
            wayfinder_reports::specimen_pdf(&fonts, letter, "ar").unwrap_or_else(|e| panic!("{e}"));
        let path = tmp.path().join("letter-ar.pdf");
        std::fs::write(&path, pdf).unwrap_or_else(|e| panic!("{e}"));
        import(&app, &case, vec![path]);
        let record = commands::get_case_file(&app, case)
            .unwrap_or_else(|e| panic!("{}", e.message))
            .entities
            .into_iter()
            .find(|e| e.content.is_some())
            .map(|e| e.id)
            .unwrap_or_else(|| panic!("no record"));
        let lines = page_lines(&app, record, 0).unwrap_or_else(|e| panic!("{}", e.message));
        let squeezed = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        // The heading, the first line of the page, reads in logical order (first letter first,
        // as she would type it), and lies at the top of the page, set from its right edge.
        let title = letter.lines().next().unwrap_or_default();
        let first = lines.first().unwrap_or_else(|| panic!("no lines"));
        assert_eq!(squeezed(&first.text), squeezed(title), "{lines:?}");
        assert!(first.top < 0.15, "{first:?}");
        assert!(first.left + first.width > 0.8, "{first:?}");
        // Every line of the page is on it, in the page's order: top to bottom.
        assert!(
            lines.windows(2).all(|w| w[0].top <= w[1].top + 0.001),
            "{lines:?}"
        );
        let all: String = lines.iter().map(|l| squeezed(&l.text)).collect();
        let last = letter
            .lines()
            .rfind(|l| !l.trim().is_empty())
            .unwrap_or_default();
        let tail: String = squeezed(last)
            .chars()
            .rev()
            .take(12)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        assert!(all.contains(&tail), "{all}");
    }

    #[test]
    fn in_a_team_a_passage_names_who_translated_it_and_one_undo_takes_the_state_back() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case, record) = app_with_record(tmp.path());
        crate::glossary::tests::in_team(&app);
        let translation = mark_for_translation(
            &app,
            MarkForTranslationDto {
                case_id: case,
                record_id: record,
                language: "es".to_owned(),
                translator: String::new(),
                reviewer: String::new(),
                due: None,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let view = add_unit(
            &app,
            NewUnitDto {
                translation_id: translation.clone(),
                page: 0,
                region: None,
                source: "Мальчик 7 лет".to_owned(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let unit = view.units[0].id.clone();
        target(&app, &unit, "Niño de 7 años");
        let view = set_unit_state(
            &app,
            UnitStateRequestDto {
                unit_id: unit,
                state: "translated".to_owned(),
                overrides: Vec::new(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(
            (
                view.units[0].state.as_str(),
                view.units[0].translator.as_str()
            ),
            ("translated", "Amira")
        );
        commands::undo(&app).unwrap_or_else(|e| panic!("{}", e.message));
        let view = translation_view(&app, translation).unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(
            (
                view.units[0].state.as_str(),
                view.units[0].translator.as_str()
            ),
            ("draft", "")
        );
    }
}
