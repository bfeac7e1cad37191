//! The commands the window may call, each declared once in `app_commands!` below: the list
//! makes the Tauri command that forwards to its use case in `wayfinder-api`, registers it in
//! the handler, and (read by `build.rs` too) grants it to the window. The few that need the
//! window itself (a system dialog, a channel of progress events) are written by hand under
//! the list, and listed in it as `shell`.

use std::sync::Arc;
use tauri::State;
use wayfinder_api::App;
use wayfinder_api::dto::*;

type Reply<T> = Result<T, ErrorDto>;

/// Each line: how the shell calls it, the use case (`module::name`), its arguments, its reply.
/// `call`: a plain call; `bytes`: PNG bytes sent as a raw IPC response, not JSON; `wait`: an
/// async use case; `blocking`: long work run away from the window's thread; `pure`: needs no
/// app state; `shell`: written by hand below.
macro_rules! app_commands {
    ($( $how:ident $module:ident :: $name:ident ( $($arg:ident : $ty:ty),* ) -> $ret:ty ; )*) => {
        $( app_commands!(@one $how $module $name ($($arg : $ty),*) -> $ret); )*

        /// Every command, registered with Tauri.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }
    };
    (@one call $module:ident $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        #[tauri::command]
        pub fn $name(app: State<'_, Arc<App>>, $($arg: $ty),*) -> $ret {
            wayfinder_api::$module::$name(&app, $($arg),*)
        }
    };
    (@one pure $module:ident $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        #[tauri::command]
        pub fn $name($($arg: $ty),*) -> $ret {
            wayfinder_api::$module::$name($($arg),*)
        }
    };
    (@one bytes $module:ident $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        #[tauri::command]
        pub fn $name(app: State<'_, Arc<App>>, $($arg: $ty),*) -> $ret {
            wayfinder_api::$module::$name(&app, $($arg),*).map(tauri::ipc::Response::new)
        }
    };
    (@one wait $module:ident $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        #[tauri::command]
        pub async fn $name(app: State<'_, Arc<App>>, $($arg: $ty),*) -> $ret {
            wayfinder_api::$module::$name(&app, $($arg),*).await
        }
    };
    (@one blocking $module:ident $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        #[tauri::command]
        pub async fn $name(app: State<'_, Arc<App>>, $($arg: $ty),*) -> $ret {
            let worker = Arc::clone(&app);
            tauri::async_runtime::spawn_blocking(move || {
                wayfinder_api::$module::$name(&worker, $($arg),*)
            })
            .await
            .map_err(|_| app.storage_failed())?
        }
    };
    (@one shell $module:ident $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty) => {};
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

/// Asks for files (or a folder) to import with the system's own dialog.
#[tauri::command]
pub async fn pick_import_paths(window: tauri::AppHandle, folder: bool) -> Vec<String> {
    use tauri_plugin_dialog::DialogExt;
    let dialog = window.dialog().file();
    let picked = if folder {
        dialog.blocking_pick_folders()
    } else {
        dialog.blocking_pick_files()
    };
    picked
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| p.into_path().ok())
        .map(|p| p.display().to_string())
        .collect()
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
