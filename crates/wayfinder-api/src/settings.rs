//! The user's settings: interface language, auto-lock delay, and her own contact details that
//! reports print for the reader to answer. They hold nothing about a case, so they live in a small file in the app's config folder, readable before the vault is
//! unlocked (the lock screen speaks her language); never in the WebView's local storage.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use wayfinder_i18n::Locale;

pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 10;
pub const MIN_AUTO_LOCK_MINUTES: u32 = 1;
pub const MAX_AUTO_LOCK_MINUTES: u32 = 240;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub locale: Locale,
    pub auto_lock_minutes: u32,
    pub contact: Contact,
}

/// The coordinator's own contact on every report: whom the reviewers answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub organisation: String,
    pub email: String,
    pub phone: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            locale: Locale::En,
            auto_lock_minutes: DEFAULT_AUTO_LOCK_MINUTES,
            contact: Contact::default(),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct SettingsFile {
    language: String,
    auto_lock_minutes: u32,
    /// Absent from files written before reports existed.
    #[serde(default)]
    contact: Contact,
}

impl Settings {
    /// Reads the settings; a missing or unreadable file gives the defaults, with the
    /// language taken from the system's when it is one of ours.
    pub fn load(path: &Path, system_language: Option<&str>) -> Settings {
        let from_file = std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<SettingsFile>(&bytes).ok());
        match from_file {
            Some(file) => Settings {
                locale: Locale::from_tag(&file.language).unwrap_or_default(),
                auto_lock_minutes: file
                    .auto_lock_minutes
                    .clamp(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES),
                contact: file.contact,
            },
            None => Settings {
                locale: system_language
                    .and_then(locale_of_system)
                    .unwrap_or_default(),
                ..Settings::default()
            },
        }
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let file = SettingsFile {
            language: self.locale.tag().to_owned(),
            auto_lock_minutes: self.auto_lock_minutes,
            contact: self.contact.clone(),
        };
        let json = serde_json::to_vec_pretty(&file).map_err(std::io::Error::other)?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp: PathBuf = path.with_extension("partial");
        std::fs::write(&tmp, json)?;
        std::fs::rename(tmp, path)
    }
}

/// `ar_AE.UTF-8` → Arabic; `C` or an unsupported language → none.
fn locale_of_system(lang: &str) -> Option<Locale> {
    let tag = lang.split(['_', '.', '-', '@']).next()?;
    Locale::from_tag(&tag.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_defaults_follow_the_system() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("settings.json");
        assert_eq!(
            Settings::load(&path, Some("ru_RU.UTF-8")).locale,
            Locale::Ru
        );
        assert_eq!(
            Settings::load(&path, Some("de_DE.UTF-8")).locale,
            Locale::En
        );
        assert_eq!(Settings::load(&path, None), Settings::default());
        let chosen = Settings {
            locale: Locale::Ar,
            auto_lock_minutes: 3,
            contact: Contact {
                name: "Amal Mansour".into(),
                organisation: "Wayfinder Care".into(),
                email: "amal@example.org".into(),
                phone: "+971 4 555 0100".into(),
            },
        };
        chosen.save(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Settings::load(&path, Some("fr_FR.UTF-8")), chosen);
        // A file from before reports had contact details still reads, with none.
        std::fs::write(&path, br#"{"language":"es","auto_lock_minutes":5}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        let old = Settings::load(&path, None);
        assert_eq!((old.locale, old.auto_lock_minutes), (Locale::Es, 5));
        assert_eq!(old.contact, Contact::default());
        std::fs::write(&path, b"{not json").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            Settings::load(&path, Some("zh_CN.UTF-8")).locale,
            Locale::Zh
        );
    }
}
