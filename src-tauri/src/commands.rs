//! The commands the window may call, each declared once in `command_list.rs`: the list makes
//! the Tauri command that forwards to its use case in `wayfinder-api`, registers it in the
//! handler, grants it to the window (`build.rs` reads the list too), and writes its typed call
//! in the UI's generated client (`ui/src/lib/bindings/commands.ts`). The few that need the
//! window itself (a system dialog, a channel of progress events) are written by hand under the
//! list, and listed in it as `shell`.

use std::sync::Arc;
use tauri::State;
use wayfinder_api::App;
use wayfinder_api::dto::*;

type Reply<T> = Result<T, ErrorDto>;

#[cfg(test)]
use client::ImportEvents;

/// Each line: how the shell calls the use case, the use case (`module::name`), what it takes
/// and what it answers when it succeeds (every command may fail with an `ErrorDto`).
/// `call`: a plain call; `bytes`: PNG bytes sent as a raw IPC response, not JSON; `wait`: an
/// async use case; `blocking`: long work run away from the window's thread; `pure`: needs no
/// app state and cannot fail; `shell`: written by hand below.
///
/// What a command takes is `()`, `(name: SomeDto)`, or `(NameRequest { field: Type, ... })`:
/// the list makes that request a struct (and its TypeScript), and the command hands its fields
/// to the use case in order.
macro_rules! app_commands {
    ($( $how:ident $module:ident :: $name:ident $takes:tt -> $ret:ty ; )*) => {
        $(
            app_commands!(@request $takes);
            app_commands!(@takes $how $module $name $takes -> $ret);
        )*

        /// Every command, registered with Tauri.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }

        /// The UI's typed client: one call per command, what it takes and answers typed from
        /// the same Rust types (through ts-rs), so that the UI's compiler checks every call.
        #[cfg(test)]
        pub fn typescript_client() -> Vec<client::Call> {
            let cfg = ts_rs::Config::new();
            vec![$(client::Call {
                name: stringify!($name),
                how: stringify!($how),
                args: app_commands!(@ts cfg $takes),
                answer: if stringify!($how) == "bytes" {
                    "ArrayBuffer".to_owned()
                } else {
                    <$ret as ts_rs::TS>::name(&cfg)
                },
            }),*]
        }

        /// Writes the TypeScript of every request the list declares into `dir`.
        #[cfg(test)]
        pub fn export_requests(dir: &std::path::Path) -> Result<(), ts_rs::ExportError> {
            let cfg = ts_rs::Config::new().with_out_dir(dir);
            $( app_commands!(@export cfg $takes); )*
            Ok(())
        }
    };

    // A request declared on its line: a struct of its own.
    (@request ($req:ident { $($field:ident : $fty:ty),* $(,)? })) => {
        #[derive(Debug, serde::Deserialize)]
        #[cfg_attr(test, derive(ts_rs::TS))]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub struct $req {
            $(pub $field: $fty),*
        }
    };
    (@request ($($arg:ident : $ty:ty),*)) => {};

    (@ts $cfg:ident ($req:ident { $($field:ident : $fty:ty),* $(,)? })) => {
        vec![("request", <$req as ts_rs::TS>::name(&$cfg))]
    };
    (@ts $cfg:ident ($($arg:ident : $ty:ty),*)) => {
        vec![$((stringify!($arg), <$ty as ts_rs::TS>::name(&$cfg))),*]
    };

    (@export $cfg:ident ($req:ident { $($field:ident : $fty:ty),* $(,)? })) => {
        <$req as ts_rs::TS>::export_all(&$cfg)?;
    };
    (@export $cfg:ident ($($arg:ident : $ty:ty),*)) => {};

    // What the Tauri command takes, and what it hands to the use case.
    (@takes $how:ident $module:ident $name:ident ($req:ident { $($field:ident : $fty:ty),* $(,)? }) -> $ret:ty) => {
        app_commands!(@one $how $module $name [request: $req] [$(request.$field),*] -> $ret);
    };
    (@takes $how:ident $module:ident $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        app_commands!(@one $how $module $name [$($arg: $ty),*] [$($arg),*] -> $ret);
    };

    (@one call $module:ident $name:ident [$($p:ident : $pt:ty),*] [$($fwd:expr),*] -> $ret:ty) => {
        #[tauri::command]
        pub fn $name(app: State<'_, Arc<App>>, $($p: $pt),*) -> Reply<$ret> {
            wayfinder_api::$module::$name(&app, $($fwd),*)
        }
    };
    (@one pure $module:ident $name:ident [$($p:ident : $pt:ty),*] [$($fwd:expr),*] -> $ret:ty) => {
        #[tauri::command]
        pub fn $name($($p: $pt),*) -> Reply<$ret> {
            Ok(wayfinder_api::$module::$name($($fwd),*))
        }
    };
    (@one bytes $module:ident $name:ident [$($p:ident : $pt:ty),*] [$($fwd:expr),*] -> $ret:ty) => {
        #[tauri::command]
        pub fn $name(app: State<'_, Arc<App>>, $($p: $pt),*) -> Reply<tauri::ipc::Response> {
            wayfinder_api::$module::$name(&app, $($fwd),*).map(tauri::ipc::Response::new)
        }
    };
    (@one wait $module:ident $name:ident [$($p:ident : $pt:ty),*] [$($fwd:expr),*] -> $ret:ty) => {
        #[tauri::command]
        pub async fn $name(app: State<'_, Arc<App>>, $($p: $pt),*) -> Reply<$ret> {
            wayfinder_api::$module::$name(&app, $($fwd),*).await
        }
    };
    (@one blocking $module:ident $name:ident [$($p:ident : $pt:ty),*] [$($fwd:expr),*] -> $ret:ty) => {
        #[tauri::command]
        pub async fn $name(app: State<'_, Arc<App>>, $($p: $pt),*) -> Reply<$ret> {
            let worker = Arc::clone(&app);
            tauri::async_runtime::spawn_blocking(move || {
                wayfinder_api::$module::$name(&worker, $($fwd),*)
            })
            .await
            .map_err(|_| app.storage_failed())?
        }
    };
    (@one shell $module:ident $name:ident [$($p:ident : $pt:ty),*] [$($fwd:expr),*] -> $ret:ty) => {};
}

include!("command_list.rs");

/// Imports files and folders into a case in the background; `on_event` hears its progress.
#[tauri::command]
pub fn import_records(
    app: State<'_, Arc<App>>,
    request: ImportRequestDto,
    on_event: tauri::ipc::Channel<ImportEventDto>,
) -> Reply<()> {
    wayfinder_api::commands::import_records(app.inner(), request, move |event| {
        let _ = on_event.send(event);
    })
}

/// Asks for files (or a folder) to import with the system's own dialog; the window gets a
/// token for each, never its path.
#[tauri::command]
pub async fn pick_import_paths(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
    request: PickRequest,
) -> Reply<Vec<PickedDto>> {
    use tauri::Manager;
    use tauri_plugin_dialog::DialogExt;
    let mut dialog = window.dialog().file();
    // It opens where families' files arrive (Downloads, else her home), never on an empty
    // "Recent".
    let start = window
        .path()
        .download_dir()
        .ok()
        .filter(|d| d.is_dir())
        .or_else(|| window.path().home_dir().ok());
    if let Some(start) = start {
        dialog = dialog.set_directory(start);
    }
    // No filter by file type: the dialog's filters are "*.ext" patterns, and a hospital CD's
    // DICOMDIR and many of its images have no extension at all.
    let picked = if request.folder {
        dialog.blocking_pick_folders()
    } else {
        dialog.blocking_pick_files()
    };
    let paths = picked
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| p.into_path().ok())
        .collect();
    Ok(app.picked(paths))
}

/// Asks where to save the prepared report with the system's own dialog, writes it there and
/// notes the export in the case. `None` when she closed the dialog.
#[tauri::command]
pub async fn export_report(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
) -> Reply<Option<ExportedDto>> {
    use tauri_plugin_dialog::DialogExt;
    let (title, name) = wayfinder_api::commands::report_save_offer(&app)?;
    let chosen = window
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .add_filter("PDF", &["pdf"])
        .blocking_save_file();
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    wayfinder_api::commands::export_report(&app, path).map(Some)
}

/// Asks where to save a record sent on its own (a file, or for a DICOM study the name of a new
/// folder) with the system's own dialog, writes it there and notes the export in the case.
/// `None` when she closed the dialog.
#[tauri::command]
pub async fn export_record(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
    request: RecordExportRequestDto,
) -> Reply<Option<ExportedDto>> {
    use tauri_plugin_dialog::DialogExt;
    let (title, name) = wayfinder_api::commands::record_export_offer(&app, &request)?;
    let chosen = window
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .blocking_save_file();
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    wayfinder_api::commands::export_record(&app, &request, path).map(Some)
}

/// Asks where to save the case as an HL7 FHIR R4 Bundle, writes it there and notes the export
/// in the case. `None` when she closed the dialog.
#[tauri::command]
pub async fn export_fhir(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
    request: FhirExportRequestDto,
) -> Reply<Option<ExportedDto>> {
    use tauri_plugin_dialog::DialogExt;
    let (title, name) = wayfinder_api::fhir::export_offer(&app, &request)?;
    let chosen = window
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .add_filter("FHIR JSON", &["json"])
        .blocking_save_file();
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    wayfinder_api::fhir::export_fhir(&app, &request, path).map(Some)
}

/// Asks where to save the case's signed disclosure statement, writes it there and notes its
/// export. `None` when she closed the dialog.
#[tauri::command]
pub async fn export_statement(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
    request: ReportRequestDto,
) -> Reply<Option<ExportedDto>> {
    use tauri_plugin_dialog::DialogExt;
    let (title, name) =
        wayfinder_api::disclosure::statement_offer(&app, &request).map_err(|e| app.error(&e))?;
    let chosen = window
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .add_filter("JSON", &["json"])
        .blocking_save_file();
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    wayfinder_api::disclosure::export_statement(&app, &request, path)
        .map(Some)
        .map_err(|e| app.error(&e))
}

/// Asks where to save the case's audit log (CSV, or a PDF in her language), writes it there
/// and notes in the log that it left. `None` when she closed the dialog.
#[tauri::command]
pub async fn export_audit(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
    request: AuditExportRequest,
) -> Reply<Option<ExportedDto>> {
    use tauri_plugin_dialog::DialogExt;
    let (title, name) =
        wayfinder_api::audit::audit_export_offer(&app, &request.case_id, request.pdf)?;
    let (filter, ext) = if request.pdf {
        ("PDF", "pdf")
    } else {
        ("CSV", "csv")
    };
    let chosen = window
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .add_filter(filter, &[ext])
        .blocking_save_file();
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    wayfinder_api::audit::export_audit(&app, request.case_id, request.pdf, path).map(Some)
}

/// Asks where to save the case sealed under her passphrase (or for a member of the team),
/// writes it there and notes the export. `None` when she closed the dialog.
#[tauri::command]
pub async fn export_archive(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
    request: ArchiveExportRequest,
) -> Reply<Option<ExportedDto>> {
    use tauri_plugin_dialog::DialogExt;
    let ArchiveExportRequest {
        case_id,
        passphrase,
        recipient,
        member,
    } = request;
    let (title, name) = wayfinder_api::archive::archive_offer(
        &app,
        &case_id,
        &passphrase,
        &recipient,
        member.as_deref(),
    )?;
    let chosen = window
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .blocking_save_file();
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    let worker = Arc::clone(&app);
    tauri::async_runtime::spawn_blocking(move || {
        wayfinder_api::archive::export_archive(
            &worker, case_id, passphrase, recipient, member, path,
        )
    })
    .await
    .map_err(|_| app.storage_failed())?
    .map(Some)
}

/// Asks for a sealed case archive and opens it with the passphrase she typed, adding its case
/// whole. `None` when she closed the dialog.
#[tauri::command]
pub async fn import_archive(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
    request: ArchiveImportRequest,
) -> Reply<Option<ArchiveImportedDto>> {
    let title = wayfinder_api::archive::open_title(&app);
    let Some(path) = pick_one(&window, title) else {
        return Ok(None);
    };
    let worker = Arc::clone(&app);
    tauri::async_runtime::spawn_blocking(move || {
        wayfinder_api::archive::import_archive(&worker, &path, &request.passphrase)
    })
    .await
    .map_err(|_| app.storage_failed())?
    .map(Some)
}

/// Asks for a FHIR Bundle and previews what importing it (into a new case, or into `into`)
/// would do; nothing is written until she confirms (`import_fhir`). `None` when she closed
/// the dialog.
#[tauri::command]
pub async fn preview_fhir_file(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
    request: FhirPreviewRequest,
) -> Reply<Option<FhirPreviewDto>> {
    let title = wayfinder_api::fhir::open_title(&app);
    let Some(path) = pick_one(&window, title) else {
        return Ok(None);
    };
    wayfinder_api::fhir::preview_fhir_import(&app, &path, request.into.as_deref()).map(Some)
}

/// Asks where to save a document's passages as XLIFF, writes them there and notes in the case
/// that they left, to whom. `None` when she closed the dialog.
#[tauri::command]
pub async fn export_xliff(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
    request: InterchangeExportDto,
) -> Reply<Option<ExportedDto>> {
    use tauri_plugin_dialog::DialogExt;
    let (title, name) = wayfinder_api::interchange::xliff_offer(&app, &request.translation_id)?;
    let chosen = window
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .add_filter("XLIFF", &["xlf", "xliff"])
        .blocking_save_file();
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    wayfinder_api::interchange::export_xliff(&app, &request, path).map(Some)
}

/// Asks where to save her memory in a document's languages as TMX, writes it there and notes
/// in each case it holds passages of that they left, to whom. `None` when she closed the
/// dialog.
#[tauri::command]
pub async fn export_tmx(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
    request: InterchangeExportDto,
) -> Reply<Option<ExportedDto>> {
    use tauri_plugin_dialog::DialogExt;
    let (title, name) = wayfinder_api::interchange::tmx_offer(&app, &request.translation_id)?;
    let chosen = window
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .add_filter("TMX", &["tmx"])
        .blocking_save_file();
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    wayfinder_api::interchange::export_tmx(&app, &request, path).map(Some)
}

/// Asks for a file with the system's own dialog: `None` when she closed it.
fn pick_one(window: &tauri::AppHandle, title: String) -> Option<std::path::PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    window
        .dialog()
        .file()
        .set_title(title)
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
}

/// Asks for a translated XLIFF file of a document and reads it back into its passages.
/// `None` when she closed the dialog.
#[tauri::command]
pub async fn import_xliff(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
    request: XliffImportRequest,
) -> Reply<Option<InterchangeImportDto>> {
    let title = wayfinder_api::interchange::open_title(&app, false);
    let Some(path) = pick_one(&window, title) else {
        return Ok(None);
    };
    wayfinder_api::interchange::import_xliff(&app, &request.translation, &path).map(Some)
}

/// Asks for a TMX file and adds its pairs in a document's languages to her memory. `None`
/// when she closed the dialog.
#[tauri::command]
pub async fn import_tmx(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
    request: TmxImportRequest,
) -> Reply<Option<InterchangeImportDto>> {
    let title = wayfinder_api::interchange::open_title(&app, true);
    let Some(path) = pick_one(&window, title) else {
        return Ok(None);
    };
    wayfinder_api::interchange::import_tmx(&app, &request.translation, &path).map(Some)
}

/// Asks for a glossary kept as CSV and adds its terms to the team's. `None` when she closed the
/// dialog.
#[tauri::command]
pub async fn import_glossary(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
) -> Reply<Option<GlossaryImportDto>> {
    let title = wayfinder_api::glossary::open_title(&app);
    let Some(path) = pick_one(&window, title) else {
        return Ok(None);
    };
    wayfinder_api::glossary::import_glossary(&app, &path).map(Some)
}

/// Asks for a CSV file of institutions and previews what importing it would add; nothing is
/// written until she confirms (`import_directory`). `None` when she closed the dialog.
#[tauri::command]
pub async fn preview_directory_file(
    window: tauri::AppHandle,
    app: State<'_, Arc<App>>,
) -> Reply<Option<DirectoryPreviewDto>> {
    let title = wayfinder_api::directory_import::open_title(&app);
    let Some(path) = pick_one(&window, title) else {
        return Ok(None);
    };
    wayfinder_api::directory_import::preview_directory_import(&app, &path).map(Some)
}

/// Opens the system's print dialog on the window, which prints what its print styles show:
/// the pages the reader laid out for paper, nothing else of the window.
#[tauri::command]
pub async fn print_pages(window: tauri::WebviewWindow, app: State<'_, Arc<App>>) -> Reply<()> {
    window
        .print()
        .map_err(|_| app.error(&wayfinder_api::error::AppError::PrintFailed))
}

/// The UI's generated client, written from the list by this crate's tests.
#[cfg(test)]
mod client {
    /// The channel `import_records` reports on, as the UI's client types it.
    pub struct ImportEvents;

    impl ts_rs::TS for ImportEvents {
        type WithoutGenerics = Self;
        type OptionInnerType = Self;
        fn name(_: &ts_rs::Config) -> String {
            "Channel<ImportEventDto>".to_owned()
        }
        fn inline(cfg: &ts_rs::Config) -> String {
            Self::name(cfg)
        }
    }

    /// One command as the client calls it.
    pub struct Call {
        pub name: &'static str,
        /// How the shell calls it (`call`, `shell`...).
        pub how: &'static str,
        pub args: Vec<(&'static str, String)>,
        pub answer: String,
    }

    /// The generated types a call names: every capitalised word of its TypeScript but the
    /// language's own (`Array`) and Tauri's (`Channel`). ts-rs writes each to a file of its name.
    fn imports(call: &Call) -> Vec<&str> {
        std::iter::once(call.answer.as_str())
            .chain(call.args.iter().map(|(_, ty)| ty.as_str()))
            .flat_map(|ty| ty.split(|c: char| !c.is_alphanumeric() && c != '_'))
            .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            .filter(|w| !["Array", "ArrayBuffer", "Channel", "Record"].contains(w))
            .collect()
    }

    fn camel(snake: &str) -> String {
        let mut out = String::new();
        let mut upper = false;
        for c in snake.chars() {
            if c == '_' {
                upper = true;
            } else if upper {
                out.extend(c.to_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        }
        out
    }

    /// The TypeScript of the client: a function per command that the UI's `call` carries out.
    pub fn typescript(calls: &[Call]) -> String {
        let mut out = String::from(
            "// Generated from src-tauri/src/command_list.rs by `cargo test -p wayfinder-app`.\n\
             // Do not edit: add a line to the list instead.\n",
        );
        let mut used: Vec<&str> = calls.iter().flat_map(imports).collect();
        used.sort();
        used.dedup();
        out.push_str("import type { Channel } from \"@tauri-apps/api/core\";\n");
        for t in used {
            out.push_str(&format!("import type {{ {t} }} from \"./{t}\";\n"));
        }
        out.push_str(
            "\n/** Carries out one command: its name and its arguments, as Tauri expects them. */\n\
             export type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;\n\n\
             /** Every command of the app, typed as the Rust side declares it. */\n\
             export function commands(invoke: Invoke) {\n  return {\n",
        );
        for call in calls {
            let params: Vec<String> = call
                .args
                .iter()
                .map(|(arg, ty)| format!("{}: {ty}", camel(arg)))
                .collect();
            let names: Vec<String> = call.args.iter().map(|(arg, _)| camel(arg)).collect();
            let args = if names.is_empty() {
                String::new()
            } else {
                format!(", {{ {} }}", names.join(", "))
            };
            out.push_str(&format!(
                "    {}: ({}) => invoke<{}>(\"{}\"{args}),\n",
                camel(call.name),
                params.join(", "),
                call.answer,
                call.name,
            ));
        }
        out.push_str("  };\n}\n");
        out
    }
}

#[cfg(test)]
mod tests {
    /// Writes the UI's client of every command beside the DTOs' generated types. CI runs
    /// this and fails when the committed file changed, so the UI's calls never drift.
    #[test]
    fn the_typescript_client_is_generated() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings");
        let text = super::client::typescript(&super::typescript_client());
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        super::export_requests(&dir).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.join("commands.ts"), &text).unwrap_or_else(|e| panic!("{e}"));
        assert!(text.contains("vaultStatus: () => invoke<VaultStatus>(\"vault_status\")"));
        assert!(text.contains(
            "recordPage: (request: RecordPageRequest) => invoke<ArrayBuffer>(\"record_page\", { request })"
        ));
        let page = std::fs::read_to_string(dir.join("RecordPageRequest.ts")).unwrap_or_default();
        assert!(page.contains("window: [number, number] | null"), "{page}");
    }

    /// Every command takes at most one thing (nothing, a DTO, or its request), so that adding
    /// a field never changes a call; only a shell command may also take a channel.
    #[test]
    fn every_command_takes_one_request_at_most() {
        for call in super::typescript_client() {
            let channels = call
                .args
                .iter()
                .filter(|(_, ty)| ty.starts_with("Channel<"))
                .count();
            let allowed = if call.how == "shell" { 1 + channels } else { 1 };
            assert!(
                call.args.len() <= allowed,
                "{} takes {} arguments: declare a request on its line",
                call.name,
                call.args.len()
            );
        }
    }
}
