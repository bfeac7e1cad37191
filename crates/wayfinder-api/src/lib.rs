//! Wayfinder's use cases: what each command of the window does, with no Tauri. The shell
//! (`src-tauri`) holds an `App` and turns each command into one call here; every DTO the UI
//! sees is declared in `dto` (its TypeScript generated from it), and every failure crosses as
//! `{code, message}` in the user's language (`error`).

pub mod archive;
pub mod audit;
pub mod commands;
pub mod coordination;
pub mod directory_import;
pub mod disclosure;
pub mod dto;
pub mod error;
pub mod fhir;
pub mod glossary;
pub mod interchange;
pub mod reading;
pub mod record_export;
pub mod records;
pub mod reminders;
pub mod reports;
pub mod session;
pub mod settings;
pub mod team;
pub mod translation;
pub mod travel;

use session::Session;
use settings::Settings;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};
use wayfinder_i18n::{Catalog, Locale};
use wayfinder_vault::VaultDir;

/// Everything the commands share.
pub struct App {
    session: Mutex<Session>,
    /// PDF documents open for reading; closed whenever the vault locks.
    viewer: Mutex<records::Viewer>,
    /// The report being previewed, in memory only; discarded whenever the vault locks.
    reports: Mutex<reports::Reports>,
    /// The background reader of scans; stopped whenever the vault locks.
    reader: reading::Reader,
    /// Whether an import runs, and whether she asked it to stop.
    importing: AtomicBool,
    cancel_import: AtomicBool,
    settings: Mutex<Settings>,
    settings_path: PathBuf,
    catalog: Catalog,
    /// Whether the window has been told, since the last unlock, what fell due while it was
    /// locked: until then the reminders' timer waits.
    reminders_primed: AtomicBool,
    /// Team sync's connection and state between rounds; forgotten on lock.
    sync: Mutex<team::Sync>,
    /// The files she picked in the system's dialog or dropped on the window, by the opaque
    /// token the window was given for each: the window can ask to import only these.
    picked: Mutex<std::collections::HashMap<String, PathBuf>>,
    /// The cases and records she opened, and when: opened again soon, they are not noted in
    /// the audit log again.
    opened: Mutex<std::collections::HashMap<[u8; 16], Instant>>,
}

impl App {
    /// The app on the vault under `data_dir` with the settings under `config_dir`;
    /// `system_language` (`LANG`) is the language until she chooses one.
    pub fn new(
        data_dir: &Path,
        config_dir: &Path,
        system_language: Option<&str>,
    ) -> Result<App, wayfinder_i18n::CatalogError> {
        let settings_path = config_dir.join("settings.json");
        let settings = Settings::load(&settings_path, system_language);
        Ok(App {
            session: Mutex::new(Session::new(VaultDir::new(data_dir.join("vault")))),
            viewer: Mutex::new(records::Viewer::default()),
            reports: Mutex::new(reports::Reports::default()),
            picked: Mutex::default(),
            opened: Mutex::default(),
            reader: reading::Reader::default(),
            importing: AtomicBool::new(false),
            cancel_import: AtomicBool::new(false),
            reminders_primed: AtomicBool::new(false),
            settings: Mutex::new(settings),
            settings_path,
            catalog: Catalog::new()?,
            sync: Mutex::new(team::Sync::default()),
        })
    }

    fn locale(&self) -> Locale {
        self.settings.lock().map(|s| s.locale).unwrap_or_default()
    }

    /// The app's name as her language writes it: the title of its notifications.
    pub fn app_title(&self) -> String {
        self.catalog.message(self.locale(), "app-title", &[])
    }

    /// Closes every document the viewer holds open and forgets the report being previewed:
    /// locking leaves nothing decrypted.
    fn close_documents(&self) {
        self.reader.stop();
        self.reminders_primed
            .store(false, std::sync::atomic::Ordering::SeqCst);
        if let Ok(mut reports) = self.reports.lock() {
            reports.discard();
        }
        if let Ok(mut viewer) = self.viewer.lock() {
            viewer.close_all();
        }
        if let Ok(mut sync) = self.sync.lock() {
            sync.forget();
        }
        self.forget_picked();
    }

    /// Locks the vault when she has been away longer than her auto-lock setting; true when
    /// it locked now, so that the window can be told.
    pub fn lock_if_idle(&self, now: Instant) -> bool {
        let minutes = self
            .settings
            .lock()
            .map(|s| s.auto_lock_minutes)
            .unwrap_or(settings::DEFAULT_AUTO_LOCK_MINUTES);
        let locked = self
            .session
            .lock()
            .map(|mut s| s.lock_if_idle(now, Duration::from_secs(u64::from(minutes) * 60)))
            .unwrap_or(false);
        if locked {
            self.close_documents();
        }
        locked
    }
}

#[cfg(test)]
mod tests {
    /// Writes the TypeScript types of the DTOs into the UI. CI runs this and fails when the
    /// committed files changed, so the UI never drifts from the Rust side.
    #[test]
    fn typescript_bindings_are_generated() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings");
        crate::dto::export_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(dir.join("CaseFileDto.ts").is_file());
    }

    /// The window names files only by the tokens it was given for what she picked or dropped:
    /// a path it makes up (a key file, another family's folder) is refused, and nothing runs.
    #[test]
    fn the_window_can_import_only_what_she_picked() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let app = std::sync::Arc::new(
            crate::App::new(&tmp.path().join("data"), &tmp.path().join("config"), None)
                .unwrap_or_else(|e| panic!("{e}")),
        );
        let secret = tmp.path().join("id_ed25519");
        std::fs::write(&secret, b"-----BEGIN OPENSSH PRIVATE KEY-----")
            .unwrap_or_else(|e| panic!("{e}"));
        let case = wayfinder_core::CaseId::new(chrono::Utc::now(), [1; 10]).to_string();
        let request = |files: Vec<String>| crate::dto::ImportRequestDto {
            case_id: case.clone(),
            files,
            category: None,
            allow_duplicate: false,
            password: None,
        };
        for made_up in [secret.display().to_string(), "00".repeat(16)] {
            let refused = crate::records::start_import(&app, request(vec![made_up]), |_| {});
            assert_eq!(
                refused.err().map(|e| e.code),
                Some("invalid-request".to_owned())
            );
        }
        // What she picked goes through (here to a locked vault, which imports nothing).
        let picked = app.picked(vec![secret.clone()]);
        assert_eq!(picked.len(), 1);
        assert_eq!(picked[0].name, "id_ed25519");
        assert!(!picked[0].token.contains("id_ed25519"));
        let (done, heard) = std::sync::mpsc::channel();
        crate::records::start_import(&app, request(vec![picked[0].token.clone()]), move |e| {
            let _ = done.send(e);
        })
        .unwrap_or_else(|e| panic!("{}", e.code));
        let events: Vec<_> = heard.iter().collect();
        assert!(
            events
                .iter()
                .any(|e| matches!(e, crate::dto::ImportEventDto::Finished { imported: 0, .. })),
            "{events:?}"
        );
        // Locking forgets every token.
        app.close_documents();
        let refused =
            crate::records::start_import(&app, request(vec![picked[0].token.clone()]), |_| {});
        assert_eq!(
            refused.err().map(|e| e.code),
            Some("invalid-request".to_owned())
        );
    }
}
