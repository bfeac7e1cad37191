//! Wayfinder's Tauri shell: the window, the commands the UI calls, and the app's state.
//! This is the only crate that knows Tauri; the core and the vault know nothing of it.

mod commands;
pub mod dto;
mod error;
mod records;
mod reports;
pub mod session;
pub mod settings;
mod team;

use session::Session;
use settings::Settings;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};
use tauri::{Emitter, Manager};
use wayfinder_i18n::{Catalog, Locale};
use wayfinder_vault::VaultDir;

/// The commands the UI may call; `build.rs` lists the same names for the capability file.
macro_rules! app_commands {
    () => {
        tauri::generate_handler![
            commands::vault_status,
            commands::suggest_passphrase,
            commands::create_vault,
            commands::unlock_with_keychain,
            commands::unlock_with_passphrase,
            commands::lock_vault,
            commands::record_activity,
            commands::get_settings,
            commands::update_settings,
            commands::list_cases,
            commands::create_case,
            commands::get_case_file,
            commands::edit_field,
            commands::add_entity,
            commands::delete_entity,
            commands::settle_deletion,
            commands::undo,
            commands::today_view,
            commands::reference_lists,
            commands::search_icd10,
            commands::import_records,
            commands::cancel_import,
            commands::pick_import_paths,
            commands::get_record,
            commands::record_page,
            commands::record_highlights,
            commands::search,
            commands::prepare_report,
            commands::report_page,
            commands::export_report,
            commands::discard_report,
            team::team_view,
            team::sync_status,
            team::sync_now,
            team::create_team,
            team::join_team,
            team::invite_member,
            team::waiting_members,
            team::admit_members,
            team::remove_member,
            team::case_sharing,
            team::share_case,
        ]
    };
}

/// Everything the commands share.
pub struct AppState {
    session: Mutex<Session>,
    /// PDF documents open for reading; closed whenever the vault locks.
    viewer: Mutex<records::Viewer>,
    /// The report being previewed, in memory only; discarded whenever the vault locks.
    reports: Mutex<reports::Reports>,
    /// Whether an import runs, and whether she asked it to stop.
    importing: AtomicBool,
    cancel_import: AtomicBool,
    settings: Mutex<Settings>,
    settings_path: PathBuf,
    catalog: Catalog,
    /// Team sync's connection and state between rounds; forgotten on lock.
    sync: Mutex<team::Sync>,
}

impl AppState {
    fn locale(&self) -> Locale {
        self.settings.lock().map(|s| s.locale).unwrap_or_default()
    }

    /// Closes every document the viewer holds open and forgets the report being previewed:
    /// locking leaves nothing decrypted.
    fn close_documents(&self) {
        if let Ok(mut reports) = self.reports.lock() {
            reports.discard();
        }
        if let Ok(mut viewer) = self.viewer.lock() {
            viewer.close_all();
        }
        if let Ok(mut sync) = self.sync.lock() {
            sync.forget();
        }
    }
}

/// The event the UI hears when the vault locked itself.
pub const LOCKED_EVENT: &str = "vault-locked";

/// How often the idle check runs; the lock happens at most this late.
const IDLE_CHECK: Duration = Duration::from_secs(2);

pub fn run() {
    let result = tauri::Builder::default()
        .setup(|app| {
            let data_dir = app.path().app_data_dir()?;
            let config_dir = app.path().app_config_dir()?;
            let settings_path = config_dir.join("settings.json");
            let system_language = std::env::var("LC_ALL")
                .ok()
                .filter(|v| !v.is_empty())
                .or_else(|| std::env::var("LANG").ok());
            let settings = Settings::load(&settings_path, system_language.as_deref());
            let state = AppState {
                session: Mutex::new(Session::new(VaultDir::new(data_dir.join("vault")))),
                viewer: Mutex::new(records::Viewer::default()),
                reports: Mutex::new(reports::Reports::default()),
                importing: AtomicBool::new(false),
                cancel_import: AtomicBool::new(false),
                settings: Mutex::new(settings),
                settings_path,
                catalog: Catalog::new()?,
                sync: Mutex::new(team::Sync::default()),
            };
            app.manage(state);
            open_main_window(app)?;
            spawn_idle_lock(app.handle().clone());
            team::spawn_sync(app.handle().clone());
            Ok(())
        })
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(app_commands!())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Wayfinder could not start: {e}");
        std::process::exit(1);
    }
}

/// Opens the main window from its configuration. The WebView runs incognito, so WebKit keeps
/// its caches and storage in memory only. Under WebDriver automation (`tauri-driver` sets
/// `TAURI_WEBVIEW_AUTOMATION`) WebKit cannot automate an ephemeral context, so the end-to-end
/// tests run with a persistent one; their stolen-disk check then proves that even WebKit's
/// on-disk data holds nothing of a case.
fn open_main_window(app: &tauri::App) -> tauri::Result<()> {
    let automated = std::env::var_os("TAURI_WEBVIEW_AUTOMATION").is_some();
    for config in app
        .config()
        .app
        .windows
        .iter()
        .filter(|w| w.label == "main")
    {
        tauri::WebviewWindowBuilder::from_config(app.handle(), config)?
            .incognito(config.incognito && !automated)
            .build()?;
    }
    Ok(())
}

/// Locks the vault after the configured minutes without activity, and tells the UI.
fn spawn_idle_lock(app: tauri::AppHandle) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(IDLE_CHECK);
            let state = app.state::<AppState>();
            let minutes = state
                .settings
                .lock()
                .map(|s| s.auto_lock_minutes)
                .unwrap_or(settings::DEFAULT_AUTO_LOCK_MINUTES);
            let locked = state
                .session
                .lock()
                .map(|mut s| {
                    s.lock_if_idle(Instant::now(), Duration::from_secs(u64::from(minutes) * 60))
                })
                .unwrap_or(false);
            if locked {
                state.close_documents();
                let _ = app.emit(LOCKED_EVENT, ());
            }
        }
    });
}

#[cfg(test)]
mod tests {
    /// Writes the TypeScript types of the DTOs into the UI. CI runs this and fails when the
    /// committed files changed, so the UI never drifts from the Rust side.
    #[test]
    fn typescript_bindings_are_generated() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings");
        crate::dto::export_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(dir.join("CaseFileDto.ts").is_file());
    }
}
