//! Wayfinder's Tauri shell: the window, its events, and the commands it may call, each a line
//! that calls its use case in `wayfinder-api`. This is the only crate that knows Tauri.

mod commands;

use std::sync::Arc;
use std::time::{Duration, Instant};
use tauri::{Emitter, Manager};
use wayfinder_api::App;

/// The event the UI hears when the vault locked itself.
pub const LOCKED_EVENT: &str = "vault-locked";
/// The event the window hears before and after each sync round.
pub const SYNC_EVENT: &str = "sync-status";
/// The event the window hears after each page the background reader of scans stored, and
/// when reading cannot go on.
pub const READING_EVENT: &str = "reading";
/// The event the window hears when files are dropped on it: their tokens, never their paths.
pub const DROPPED_EVENT: &str = "files-dropped";

/// How often the idle check runs; the lock happens at most this late.
const IDLE_CHECK: Duration = Duration::from_secs(2);
/// How often travel items newly due are looked for, unless `WAYFINDER_REMINDER_SECONDS` says
/// otherwise (the end-to-end tests do not wait a minute).
const REMINDER_CHECK: Duration = Duration::from_secs(60);

pub fn run() {
    let result = tauri::Builder::default()
        .setup(|app| {
            let system_language = std::env::var("LC_ALL")
                .ok()
                .filter(|v| !v.is_empty())
                .or_else(|| std::env::var("LANG").ok());
            let state = Arc::new(App::new(
                &app.path().app_data_dir()?,
                &app.path().app_config_dir()?,
                system_language.as_deref(),
            )?);
            app.manage(Arc::clone(&state));
            open_main_window(app)?;
            spawn_idle_lock(app.handle().clone(), Arc::clone(&state));
            spawn_reminders(app.handle().clone(), Arc::clone(&state));
            let window = app.handle().clone();
            wayfinder_api::reading::start_reading(&state, move |status| {
                let _ = window.emit(READING_EVENT, status);
            });
            let window = app.handle().clone();
            tauri::async_runtime::spawn(wayfinder_api::team::sync_loop(state, move |status| {
                let _ = window.emit(SYNC_EVENT, status);
            }));
            Ok(())
        })
        .on_window_event(|window, event| {
            // Dropped files are taken here, in Rust: the window hears tokens for them.
            if let tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) = event
                && let Some(app) = window.try_state::<Arc<App>>()
            {
                let _ = window.emit(DROPPED_EVENT, app.picked(paths.clone()));
            }
        })
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .invoke_handler(commands::handler())
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
fn spawn_idle_lock(window: tauri::AppHandle, app: Arc<App>) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(IDLE_CHECK);
            if app.lock_if_idle(Instant::now()) {
                let _ = window.emit(LOCKED_EVENT, ());
            }
        }
    });
}

/// Tells her on the desktop how many travel items fell due, while the app runs: the system's
/// notification, which names no one (`wayfinder_api::reminders`). A notification that cannot be
/// shown (no notification service) is let go: Today lists the items all the same.
fn spawn_reminders(window: tauri::AppHandle, app: Arc<App>) {
    use tauri_plugin_notification::NotificationExt;
    let every = std::env::var("WAYFINDER_REMINDER_SECONDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .filter(|s| *s > 0)
        .map_or(REMINDER_CHECK, Duration::from_secs);
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(every);
            if let Some(text) = wayfinder_api::reminders::reminder(&app) {
                let _ = window
                    .notification()
                    .builder()
                    .title(app.app_title())
                    .body(text)
                    .show();
            }
        }
    });
}
