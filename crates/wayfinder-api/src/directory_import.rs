//! The team's directory from a spreadsheet: a CSV file of institutions (and their contacts)
//! read in whatever encoding it came in, previewed line by line (what each line adds, what
//! is already there, what is wrong and why), and added only once she confirms, all of it in
//! one edit or nothing.

use crate::App;
use crate::commands::today;
use crate::dto::{DirectoryPreviewDto, ErrorDto, PreviewLineDto};
use crate::error::AppError;
use chrono::{NaiveDate, Utc};
use sha2::Digest;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use wayfinder_core::schema::parse_value;
use wayfinder_core::{DomainError, EntityKind};
use wayfinder_vault::{OpenVault, VaultError};

type Reply<T> = Result<T, ErrorDto>;

/// A directory file larger than this is refused before it is read (10,000 institutions with
/// their contacts fit several times over).
const MAX_FILE: u64 = 32 * 1024 * 1024;

/// How many of the lines that add something the preview lists (every line with a problem is
/// listed, however many).
const PREVIEW_ADDED: usize = 50;

/// The columns an institution's line may have, as the file's header names them, and the
/// field each fills; `name` is the one required.
pub const INSTITUTION_COLUMNS: [(&str, &str); 10] = [
    ("name", "name"),
    ("kind", "kind"),
    ("department", "department"),
    ("country", "country"),
    ("city", "city"),
    ("languages", "languages"),
    ("turnaround", "turnaround"),
    ("email", "email"),
    ("phone", "phone"),
    ("note", "note"),
];

/// The columns of a contact on the same line, and the contact's field each fills.
pub const CONTACT_COLUMNS: [(&str, &str); 6] = [
    ("contact_name", "name"),
    ("contact_role", "role"),
    ("contact_email", "email"),
    ("contact_phone", "phone"),
    ("contact_languages", "languages"),
    ("contact_channel", "channel"),
];

/// What a line of the file comes to.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    /// A new institution (with its contact, if the line has one).
    New,
    /// A contact of the institution of an earlier line.
    Contact { of: u32 },
    /// The institution is already in the directory: left out.
    InDirectory,
    /// The institution is on an earlier line, and this one adds nothing: left out.
    Repeated { of: u32 },
    /// Something on the line is wrong: the column, and the refusal.
    Wrong {
        column: Option<String>,
        why: LineFault,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum LineFault {
    Value(DomainError),
    /// Not as many cells as the header names, or not readable as CSV.
    Unreadable,
}

/// One line as read: the values for the institution's fields and its contact's.
struct Line {
    number: u32,
    institution: Vec<(&'static str, String)>,
    contact: Vec<(&'static str, String)>,
    outcome: Outcome,
}

/// The whole file as read.
struct Reading {
    encoding: &'static str,
    ignored: Vec<String>,
    lines: Vec<Line>,
}

/// Text of a file in the encoding it came in: UTF-8 (with or without its mark), UTF-16 by its
/// mark, and otherwise Windows-1252, which spreadsheets on Windows still write.
fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some((encoding, mark)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[mark..]);
        return (text.into_owned(), encoding.name());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), "UTF-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), encoding_rs::WINDOWS_1252.name())
        }
    }
}

/// A header's name as compared: lower case, spaces and dashes as underscores.
fn column_key(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace([' ', '-'], "_")
}

/// An institution's kind as people write it ("Tumour board", "tumor-board", "Hospital").
fn kind_code(typed: &str) -> String {
    let code = typed.trim().to_lowercase().replace([' ', '_'], "-");
    match code.as_str() {
        "" => "other".to_owned(),
        "tumor-board" => "tumour-board".to_owned(),
        "lab" => "laboratory".to_owned(),
        "trial" => "trial-team".to_owned(),
        _ => code,
    }
}

/// What identifies an institution: its name, department and city, in any case, with or
/// without accents.
fn key(values: &[(&'static str, String)]) -> Identity {
    let of = |f: &str| {
        values
            .iter()
            .find(|(k, _)| *k == f)
            .map(|(_, v)| wayfinder_core::coordination::directory_key(v.trim()))
            .unwrap_or_default()
    };
    (of("name"), of("department"), of("city"))
}

/// Checks each value as the vault would, naming the first column that is wrong.
fn check(
    kind: EntityKind,
    values: &mut [(&'static str, String)],
    columns: &BTreeMap<&'static str, String>,
    today: NaiveDate,
) -> Result<(), (Option<String>, DomainError)> {
    for (field_name, value) in values.iter_mut() {
        let Some(field) = kind.field(field_name) else {
            continue;
        };
        if value.trim().is_empty() && !field.required {
            continue;
        }
        match parse_value(field, value, today) {
            Ok(parsed) => *value = parsed,
            Err(e) => return Err((columns.get(field_name).cloned(), e)),
        }
    }
    Ok(())
}

/// Reads the file's lines and decides each, against the institutions already in the
/// directory (`known`, by name, department and city).
fn read(bytes: &[u8], known: &HashSet<Identity>, today: NaiveDate) -> Result<Reading, AppError> {
    let (text, encoding) = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|_| AppError::DirectoryColumns)?
        .clone();
    let keys: Vec<String> = headers.iter().map(column_key).collect();
    let at = |name: &str| keys.iter().position(|k| k == name);
    if at("name").is_none() {
        return Err(AppError::DirectoryColumns);
    }
    let known_columns: Vec<&str> = INSTITUTION_COLUMNS
        .iter()
        .chain(CONTACT_COLUMNS.iter())
        .map(|(c, _)| *c)
        .collect();
    let ignored = headers
        .iter()
        .zip(&keys)
        .filter(|(_, k)| !known_columns.contains(&k.as_str()))
        .map(|(h, _)| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .collect();
    // The header each field was read from, to name it in an error.
    let mut institution_columns = BTreeMap::new();
    let mut contact_columns = BTreeMap::new();
    for (column, field) in INSTITUTION_COLUMNS {
        if let Some(i) = at(column) {
            institution_columns.insert(field, headers[i].trim().to_owned());
        }
    }
    for (column, field) in CONTACT_COLUMNS {
        if let Some(i) = at(column) {
            contact_columns.insert(field, headers[i].trim().to_owned());
        }
    }
    let mut seen: BTreeMap<Identity, u32> = BTreeMap::new();
    let mut lines = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let number = u32::try_from(i).unwrap_or(u32::MAX).saturating_add(2);
        let Ok(row) = row else {
            lines.push(Line {
                number,
                institution: Vec::new(),
                contact: Vec::new(),
                outcome: Outcome::Wrong {
                    column: None,
                    why: LineFault::Unreadable,
                },
            });
            continue;
        };
        if row.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cells = |columns: &[(&str, &'static str)]| -> Vec<(&'static str, String)> {
            columns
                .iter()
                .filter_map(|(column, field)| {
                    Some((*field, row.get(at(column)?).unwrap_or_default().to_owned()))
                })
                .collect()
        };
        let mut institution = cells(&INSTITUTION_COLUMNS);
        for (field, value) in institution.iter_mut() {
            if *field == "kind" {
                *value = kind_code(value);
            } else if *field == "languages" {
                *value = value.replace([';', '/', '|'], " ");
            }
        }
        if !institution.iter().any(|(f, _)| *f == "kind") {
            institution.push(("kind", "other".to_owned()));
        }
        let mut contact: Vec<(&'static str, String)> = cells(&CONTACT_COLUMNS)
            .into_iter()
            .map(|(f, v)| {
                let v = if f == "languages" {
                    v.replace([';', '/', '|'], " ")
                } else {
                    v
                };
                (f, v)
            })
            .collect();
        let has_contact = contact
            .iter()
            .any(|(f, v)| *f == "name" && !v.trim().is_empty());
        let checked = check(
            EntityKind::Institution,
            &mut institution,
            &institution_columns,
            today,
        )
        .and_then(|()| {
            if has_contact {
                check(
                    EntityKind::DirectoryContact,
                    &mut contact,
                    &contact_columns,
                    today,
                )
            } else if contact.iter().any(|(_, v)| !v.trim().is_empty()) {
                // A contact's details with no name to file them under.
                Err((
                    contact_columns
                        .get("name")
                        .cloned()
                        .or_else(|| Some(CONTACT_COLUMNS[0].0.to_owned())),
                    DomainError::NameEmpty,
                ))
            } else {
                Ok(())
            }
        });
        let outcome = match checked {
            Err((column, e)) => Outcome::Wrong {
                column,
                why: LineFault::Value(e),
            },
            Ok(()) => {
                let identity = key(&institution);
                if known.contains(&identity) {
                    Outcome::InDirectory
                } else if let Some(first) = seen.get(&identity) {
                    if has_contact {
                        Outcome::Contact { of: *first }
                    } else {
                        Outcome::Repeated { of: *first }
                    }
                } else {
                    seen.insert(identity, number);
                    Outcome::New
                }
            }
        };
        if !has_contact {
            contact.clear();
        }
        lines.push(Line {
            number,
            institution,
            contact,
            outcome,
        });
    }
    Ok(Reading {
        encoding,
        ignored,
        lines,
    })
}

/// A new institution and its contacts, as written.
struct Group {
    institution: Vec<(&'static str, String)>,
    contacts: Vec<Vec<(&'static str, String)>>,
}

/// Values as the vault takes them.
fn pairs<'a>(values: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    values.iter().map(|(f, v)| (*f, v.as_str())).collect()
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn read_file(state: &App, path: &Path) -> Reply<Vec<u8>> {
    let size = std::fs::metadata(path)
        .map_err(|_| state.error(&AppError::FileUnreadable))?
        .len();
    if size > MAX_FILE {
        return Err(state.error(&AppError::FileTooBig));
    }
    std::fs::read(path).map_err(|_| state.error(&AppError::FileUnreadable))
}

/// An institution's identity, as `key` makes it.
type Identity = (String, String, String);

/// The institutions already in the directory, by what identifies them (read in one query).
fn known(vault: &OpenVault) -> Result<HashSet<Identity>, VaultError> {
    Ok(vault
        .directory_page("", u32::MAX)?
        .iter()
        .map(|listing| {
            let values: Vec<(&'static str, String)> = ["name", "department", "city"]
                .into_iter()
                .map(|f| {
                    (
                        f,
                        listing.institution.value(f).unwrap_or_default().to_owned(),
                    )
                })
                .collect();
            key(&values)
        })
        .collect())
}

fn value_of(values: &[(&'static str, String)], field: &str) -> String {
    values
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// The title of the dialog that picks a directory's CSV file, in her language.
pub fn open_title(state: &App) -> String {
    state
        .catalog
        .message(state.locale(), "directory-import-open-title", &[])
}

/// What importing the file would do, line by line; nothing is written.
pub fn preview_directory_import(state: &App, path: &Path) -> Reply<DirectoryPreviewDto> {
    let bytes = read_file(state, path)?;
    let sha256 = hex(&sha2::Sha256::digest(&bytes));
    let known = state.with_vault(|vault| {
        vault.team_scope()?.ok_or(VaultError::NotInTeam)?;
        known(vault)
    })?;
    let reading = read(&bytes, &known, today()).map_err(|e| state.error(&e))?;
    let mut dto = DirectoryPreviewDto {
        file: path.to_string_lossy().into_owned(),
        sha256,
        encoding: reading.encoding.to_owned(),
        ignored_columns: reading.ignored,
        lines: 0,
        institutions: 0,
        contacts: 0,
        left_out: 0,
        wrong: 0,
        shown: Vec::new(),
    };
    let mut added_shown = 0;
    for line in &reading.lines {
        dto.lines += 1;
        let (outcome, of, column, message) = match &line.outcome {
            Outcome::New => {
                dto.institutions += 1;
                dto.contacts += u32::from(!line.contact.is_empty());
                ("new", None, None, None)
            }
            Outcome::Contact { of } => {
                dto.contacts += 1;
                ("contact", Some(*of), None, None)
            }
            Outcome::InDirectory => {
                dto.left_out += 1;
                ("in-directory", None, None, None)
            }
            Outcome::Repeated { of } => {
                dto.left_out += 1;
                ("repeated", Some(*of), None, None)
            }
            Outcome::Wrong { column, why } => {
                dto.wrong += 1;
                let message = match why {
                    LineFault::Value(e) => state.error(e).message,
                    LineFault::Unreadable => state.error(&AppError::DirectoryLine).message,
                };
                ("wrong", None, column.clone(), Some(message))
            }
        };
        let adds = matches!(outcome, "new" | "contact");
        if adds {
            if added_shown >= PREVIEW_ADDED {
                continue;
            }
            added_shown += 1;
        }
        dto.shown.push(PreviewLineDto {
            line: line.number,
            outcome: outcome.to_owned(),
            name: value_of(&line.institution, "name"),
            city: value_of(&line.institution, "city"),
            country: value_of(&line.institution, "country"),
            contact: value_of(&line.contact, "name"),
            same_as: of,
            column,
            message,
        });
    }
    Ok(dto)
}

/// Adds what the previewed file holds to the directory, as one edit: refused if the file
/// changed since she saw its preview, or if a line is wrong; every line or none.
pub fn import_directory(state: &App, file: String, sha256: String) -> Reply<DirectoryPreviewDto> {
    let path = Path::new(&file);
    let bytes = read_file(state, path)?;
    if hex(&sha2::Sha256::digest(&bytes)) != sha256 {
        return Err(state.error(&AppError::DirectoryChanged));
    }
    let preview = preview_directory_import(state, path)?;
    if preview.wrong > 0 {
        return Err(state.error(&AppError::DirectoryWrongLines {
            count: u64::from(preview.wrong),
        }));
    }
    state.with_vault(|vault| {
        let scope = vault.team_scope()?.ok_or(VaultError::NotInTeam)?;
        let known = known(vault)?;
        let reading = read(&bytes, &known, today())
            .map_err(|_| VaultError::Invalid(DomainError::ChoiceUnknown))?;
        // Each new institution with its own contact and those of the later lines naming it.
        let values = |v: &[(&'static str, String)]| -> Vec<(&'static str, String)> { v.to_vec() };
        let mut groups: Vec<Group> = Vec::new();
        let mut at_line: BTreeMap<u32, usize> = BTreeMap::new();
        for line in &reading.lines {
            match line.outcome {
                Outcome::New => {
                    at_line.insert(line.number, groups.len());
                    let contacts = if line.contact.is_empty() {
                        Vec::new()
                    } else {
                        vec![values(&line.contact)]
                    };
                    groups.push(Group {
                        institution: values(&line.institution),
                        contacts,
                    });
                }
                Outcome::Contact { of } => {
                    if let Some(group) = at_line.get(&of).and_then(|i| groups.get_mut(*i)) {
                        group.contacts.push(values(&line.contact));
                    }
                }
                _ => {}
            }
        }
        let owned: Vec<_> = groups
            .iter()
            .map(|g| {
                (
                    pairs(&g.institution),
                    g.contacts.iter().map(|c| pairs(c)).collect::<Vec<_>>(),
                )
            })
            .collect();
        let borrowed: Vec<_> = owned
            .iter()
            .map(|(institution, contacts)| {
                (
                    institution.as_slice(),
                    contacts.iter().map(Vec::as_slice).collect(),
                )
            })
            .collect();
        if !borrowed.is_empty() {
            vault.add_entities_with_parts(
                scope,
                EntityKind::Institution,
                (EntityKind::DirectoryContact, "institution"),
                &borrowed,
                Utc::now(),
                today(),
            )?;
        }
        Ok(())
    })?;
    Ok(preview)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coordination::directory;

    fn fail<T>(e: ErrorDto) -> T {
        panic!("{}: {}", e.code, e.message)
    }

    fn names(app: &App) -> Vec<String> {
        directory(app, String::new())
            .unwrap_or_else(fail)
            .institutions
            .into_iter()
            .map(|i| i.name)
            .collect()
    }

    fn outcomes(preview: &DirectoryPreviewDto) -> Vec<(u32, &str, Option<u32>, Option<&str>)> {
        preview
            .shown
            .iter()
            .map(|l| (l.line, l.outcome.as_str(), l.same_as, l.column.as_deref()))
            .collect()
    }

    #[test]
    fn a_directory_file_is_previewed_line_by_line_and_added_whole_or_not_at_all() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, _case, _record) = crate::translation::tests::app_with_record(tmp.path());
        crate::glossary::tests::in_team(&app);
        crate::coordination::add_to_directory(
            &app,
            crate::dto::EntityKindDto::Institution,
            [
                ("name", "Hôpital Necker"),
                ("kind", "hospital"),
                ("city", "Paris"),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
        )
        .unwrap_or_else(fail);
        let file = tmp.path().join("directory.csv");
        let write = |bytes: &[u8]| std::fs::write(&file, bytes).unwrap_or_else(|e| panic!("{e}"));
        let path = file.to_string_lossy().into_owned();

        // Another spreadsheet's columns: a mark, its own order, a column of its own, a
        // wrong country, a contact with no institution details of its own, a repeat, and a
        // hospital already there.
        let mut utf8 =
            "\u{feff}Name,City,Country,Kind,Region,Contact Name,Contact Role\n".to_owned();
        utf8.push_str(
            "Centre Léon Bérard,Lyon,FR,Tumour board,Rhône,Dr Claire Martin,Coordinator\n",
        );
        utf8.push_str("Centre Léon Bérard,Lyon,FR,Tumour board,Rhône,Dr Paul Roux,Pathologist\n");
        utf8.push_str("Centre Léon Bérard,Lyon,FR,Tumour board,Rhône,,\n");
        utf8.push_str("Hôpital Necker,Paris,FR,Hospital,Île-de-France,,\n");
        utf8.push_str("Hospital Niño Jesús,Madrid,Spain,Hospital,,,\n");
        utf8.push_str("Acıbadem,Istanbul,TR,Clinic,,,\n");
        utf8.push_str("Only two,cells\n");
        write(utf8.as_bytes());
        let preview = preview_directory_import(&app, Path::new(&path)).unwrap_or_else(fail);
        assert_eq!(preview.encoding, "UTF-8");
        assert_eq!(preview.ignored_columns, ["Region"]);
        assert_eq!(
            (
                preview.lines,
                preview.institutions,
                preview.contacts,
                preview.left_out,
                preview.wrong
            ),
            (7, 1, 2, 2, 3)
        );
        assert_eq!(
            outcomes(&preview),
            [
                (2, "new", None, None),
                (3, "contact", Some(2), None),
                (4, "repeated", Some(2), None),
                (5, "in-directory", None, None),
                (6, "wrong", None, Some("Country")),
                (7, "wrong", None, Some("Kind")),
                (8, "wrong", None, None),
            ]
        );
        // Each wrong line says why, in her language.
        assert!(
            preview.shown[4]
                .message
                .as_deref()
                .is_some_and(|m| !m.is_empty())
        );
        // Nothing was added by the preview, and nothing is while a line is wrong.
        assert_eq!(names(&app), ["Hôpital Necker"]);
        assert_eq!(
            import_directory(&app, path.clone(), preview.sha256.clone())
                .err()
                .map(|e| e.code)
                .as_deref(),
            Some("directory-wrong-lines")
        );
        assert_eq!(names(&app), ["Hôpital Necker"]);

        // The same directory saved from Windows, in Windows-1252, the wrong lines corrected.
        let corrected = "Name;City".replace(';', ",")
            + ",Country,Kind,Contact Name,Contact Role\r\n"
            + "Centre Léon Bérard,Lyon,FR,Tumour board,Dr Claire Martin,Coordinator\r\n"
            + "Centre Léon Bérard,Lyon,FR,Tumour board,Dr Paul Roux,Pathologist\r\n"
            + "Hôpital Necker,Paris,FR,Hospital,,\r\n"
            + "Hospital Niño Jesús,Madrid,ES,Hospital,,\r\n";
        let (windows, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&corrected);
        assert!(!unmappable);
        write(&windows);
        let preview = preview_directory_import(&app, Path::new(&path)).unwrap_or_else(fail);
        assert_eq!(preview.encoding, "windows-1252");
        assert_eq!(
            (
                preview.institutions,
                preview.contacts,
                preview.left_out,
                preview.wrong
            ),
            (2, 2, 1, 0)
        );
        // Changed after its preview: refused, nothing added.
        assert_eq!(
            import_directory(&app, path.clone(), "0".repeat(64))
                .err()
                .map(|e| e.code)
                .as_deref(),
            Some("directory-changed")
        );
        import_directory(&app, path.clone(), preview.sha256.clone()).unwrap_or_else(fail);
        assert_eq!(
            names(&app),
            [
                "Centre Léon Bérard",
                "Hôpital Necker",
                "Hospital Niño Jesús"
            ]
        );
        let lyon = directory(&app, "lyon".to_owned()).unwrap_or_else(fail);
        let mut contacts: Vec<String> = lyon.institutions[0]
            .contacts
            .iter()
            .map(|c| c.name.clone())
            .collect();
        contacts.sort();
        assert_eq!(contacts, ["Dr Claire Martin", "Dr Paul Roux"]);
        assert_eq!(lyon.institutions[0].kind, "tumour-board");
        // One edit: one undo takes the whole file back.
        crate::commands::undo(&app).unwrap_or_else(fail);
        assert_eq!(names(&app), ["Hôpital Necker"]);

        // A file with no name column is refused as a whole.
        write(b"Hospital,City\nNecker,Paris\n");
        assert_eq!(
            preview_directory_import(&app, Path::new(&path))
                .err()
                .map(|e| e.code)
                .as_deref(),
            Some("directory-columns")
        );
    }

    #[test]
    fn ten_thousand_institutions_are_previewed_and_added_in_one_edit() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, _case, _record) = crate::translation::tests::app_with_record(tmp.path());
        crate::glossary::tests::in_team(&app);
        let mut csv = String::from("name,kind,city,country,contact_name\n");
        for i in 0..10_000 {
            csv.push_str(&format!(
                "Hospital {i:05},hospital,City {},FR,Dr Contact {i}\n",
                i % 97
            ));
        }
        // The last line is wrong: nothing at all is added.
        csv.push_str("Hospital X,hospital,Nowhere,XX,\n");
        let file = tmp.path().join("big.csv");
        std::fs::write(&file, &csv).unwrap_or_else(|e| panic!("{e}"));
        let path = file.to_string_lossy().into_owned();
        let preview = preview_directory_import(&app, &file).unwrap_or_else(fail);
        assert_eq!(
            (preview.lines, preview.institutions, preview.wrong),
            (10_001, 10_000, 1)
        );
        // The lines to add are shown in part, the wrong one always.
        assert_eq!(preview.shown.len(), PREVIEW_ADDED + 1);
        assert_eq!(preview.shown.last().map(|l| l.line), Some(10_002));
        assert!(import_directory(&app, path.clone(), preview.sha256).is_err());
        assert_eq!(directory(&app, String::new()).unwrap_or_else(fail).total, 0);
        csv.truncate(csv.rfind("Hospital X").unwrap_or(csv.len()));
        std::fs::write(&file, &csv).unwrap_or_else(|e| panic!("{e}"));
        let preview = preview_directory_import(&app, &file).unwrap_or_else(fail);
        import_directory(&app, path, preview.sha256).unwrap_or_else(fail);
        let found = directory(&app, "dr contact 9999".to_owned()).unwrap_or_else(fail);
        assert_eq!(found.total, 10_000);
        assert_eq!(found.institutions.len(), 1);
        assert_eq!(found.institutions[0].name, "Hospital 09999");
    }
}
