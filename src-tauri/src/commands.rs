//! The commands the UI may call. Each takes and returns DTOs, and fails with `{code, message}`
//! in the user's language. They are the whole surface of the Rust side that the window sees.

use crate::AppState;
use crate::dto::{
    CaseDto, CaseFieldEdit, ErrorDto, NewCaseDto, ReferenceLists, SettingsDto, UnlockOutcome,
    VaultStatus,
};
use crate::error;
use crate::session::Standing;
use crate::settings::{MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES};
use chrono::{Local, Utc};
use tauri::State;
use wayfinder_core::{
    CaseEdit, CaseId, Child, CountryCode, DateOfBirth, DomainError, LanguageCode, PersonName,
    parse_languages,
};
use wayfinder_i18n::Locale;
use wayfinder_vault::{OpenVault, Passphrase, VaultError};
use zeroize::Zeroize;

type Reply<T> = Result<T, ErrorDto>;

impl AppState {
    fn vault_error(&self, e: &VaultError) -> ErrorDto {
        error::from_vault(e, &self.catalog, self.locale())
    }

    fn domain_error(&self, e: &DomainError) -> ErrorDto {
        error::from_domain(e, &self.catalog, self.locale())
    }

    /// Runs `f` on the open vault, or fails with `vault-locked`.
    fn with_vault<T>(&self, f: impl FnOnce(&mut OpenVault) -> Result<T, VaultError>) -> Reply<T> {
        let mut session = self
            .session
            .lock()
            .map_err(|_| self.shell_error("storage-failed"))?;
        let vault = session
            .vault()
            .ok_or_else(|| self.shell_error("vault-locked"))?;
        f(vault).map_err(|e| self.vault_error(&e))
    }

    fn shell_error(&self, code: &'static str) -> ErrorDto {
        error::shell(code, &self.catalog, self.locale())
    }

    fn standing_dto(&self, standing: Standing) -> VaultStatus {
        match standing {
            Standing::NeedsSetup => VaultStatus::NeedsSetup,
            Standing::Unlocked => VaultStatus::Unlocked,
            Standing::Locked(reason) => VaultStatus::Locked {
                reason: reason.map(|e| self.vault_error(&e)),
            },
            Standing::Unusable(e) => VaultStatus::Unusable {
                error: self.vault_error(&e),
            },
        }
    }
}

/// Where the app stands; a locked vault is first tried with the keychain key.
#[tauri::command]
pub fn vault_status(state: State<'_, AppState>) -> Reply<VaultStatus> {
    let standing = state
        .session
        .lock()
        .map_err(|_| state.shell_error("storage-failed"))?
        .standing(true);
    Ok(state.standing_dto(standing))
}

/// A fresh recovery passphrase to offer on first start.
#[tauri::command]
pub fn suggest_passphrase(state: State<'_, AppState>) -> Reply<String> {
    Passphrase::generate()
        .map(|p| p.expose().to_owned())
        .map_err(|e| state.vault_error(&e))
}

#[tauri::command]
pub fn create_vault(state: State<'_, AppState>, mut passphrase: String) -> Reply<UnlockOutcome> {
    let typed = Passphrase::new(&passphrase);
    passphrase.zeroize();
    let mut session = state
        .session
        .lock()
        .map_err(|_| state.shell_error("storage-failed"))?;
    let stored = session
        .create(&typed, Utc::now())
        .map_err(|e| state.vault_error(&e))?;
    Ok(UnlockOutcome {
        keychain_stored: stored,
    })
}

#[tauri::command]
pub fn unlock_with_keychain(state: State<'_, AppState>) -> Reply<()> {
    let mut session = state
        .session
        .lock()
        .map_err(|_| state.shell_error("storage-failed"))?;
    session
        .unlock_with_keychain()
        .map_err(|e| state.vault_error(&e))
}

#[tauri::command]
pub fn unlock_with_passphrase(
    state: State<'_, AppState>,
    mut passphrase: String,
) -> Reply<UnlockOutcome> {
    let typed = Passphrase::new(&passphrase);
    passphrase.zeroize();
    let mut session = state
        .session
        .lock()
        .map_err(|_| state.shell_error("storage-failed"))?;
    let stored = session
        .unlock_with_passphrase(&typed)
        .map_err(|e| state.vault_error(&e))?;
    Ok(UnlockOutcome {
        keychain_stored: stored,
    })
}

#[tauri::command]
pub fn lock_vault(state: State<'_, AppState>) -> Reply<()> {
    state
        .session
        .lock()
        .map_err(|_| state.shell_error("storage-failed"))?
        .lock();
    Ok(())
}

/// The UI reports keyboard and pointer activity (at most every few seconds) so that the vault
/// does not lock under a user who is reading.
#[tauri::command]
pub fn record_activity(state: State<'_, AppState>) -> Reply<()> {
    state
        .session
        .lock()
        .map_err(|_| state.shell_error("storage-failed"))?
        .touch();
    Ok(())
}

#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> Reply<SettingsDto> {
    let settings = state
        .settings
        .lock()
        .map_err(|_| state.shell_error("storage-failed"))?;
    Ok(SettingsDto {
        language: settings.locale.tag().to_owned(),
        auto_lock_minutes: settings.auto_lock_minutes,
    })
}

#[tauri::command]
pub fn update_settings(state: State<'_, AppState>, settings: SettingsDto) -> Reply<SettingsDto> {
    let locale =
        Locale::from_tag(&settings.language).ok_or_else(|| state.shell_error("invalid-request"))?;
    if !(MIN_AUTO_LOCK_MINUTES..=MAX_AUTO_LOCK_MINUTES).contains(&settings.auto_lock_minutes) {
        return Err(state.shell_error("invalid-request"));
    }
    let mut current = state
        .settings
        .lock()
        .map_err(|_| state.shell_error("storage-failed"))?;
    current.locale = locale;
    current.auto_lock_minutes = settings.auto_lock_minutes;
    let saved = current.save(&state.settings_path);
    drop(current);
    saved.map_err(|e| state.vault_error(&VaultError::from(e)))?;
    Ok(settings)
}

fn random_tail() -> Result<[u8; 10], VaultError> {
    let mut tail = [0u8; 10];
    wayfinder_vault::keys::random_bytes(&mut tail)?;
    Ok(tail)
}

fn parse_child(new_case: &NewCaseDto) -> Result<Child, DomainError> {
    Ok(Child {
        name: PersonName::parse(&new_case.child_name)?,
        date_of_birth: DateOfBirth::parse(&new_case.date_of_birth, Local::now().date_naive())?,
        country: CountryCode::parse(&new_case.country).ok_or(DomainError::CountryUnknown)?,
        languages: parse_languages(new_case.languages.iter().map(String::as_str))?,
    })
}

fn parse_edit(edit: &CaseFieldEdit) -> Result<CaseEdit, DomainError> {
    Ok(match edit {
        CaseFieldEdit::ChildName(name) => CaseEdit::ChildName(PersonName::parse(name)?),
        CaseFieldEdit::DateOfBirth(date) => {
            CaseEdit::DateOfBirth(DateOfBirth::parse(date, Local::now().date_naive())?)
        }
        CaseFieldEdit::Country(code) => {
            CaseEdit::Country(CountryCode::parse(code).ok_or(DomainError::CountryUnknown)?)
        }
        CaseFieldEdit::Languages(codes) => {
            CaseEdit::Languages(parse_languages(codes.iter().map(String::as_str))?)
        }
    })
}

fn parse_id(state: &AppState, id: &str) -> Reply<CaseId> {
    id.parse().map_err(|_| state.shell_error("invalid-request"))
}

#[tauri::command]
pub fn list_cases(state: State<'_, AppState>) -> Reply<Vec<CaseDto>> {
    state.with_vault(|vault| Ok(vault.list_cases()?.iter().map(CaseDto::from).collect()))
}

#[tauri::command]
pub fn create_case(state: State<'_, AppState>, new_case: NewCaseDto) -> Reply<CaseDto> {
    let child = parse_child(&new_case).map_err(|e| state.domain_error(&e))?;
    state.with_vault(|vault| {
        let now = Utc::now();
        let case = vault.create_case(CaseId::new(now, random_tail()?), child, now)?;
        Ok(CaseDto::from(&case))
    })
}

#[tauri::command]
pub fn get_case(state: State<'_, AppState>, id: String) -> Reply<CaseDto> {
    let id = parse_id(&state, &id)?;
    state.with_vault(|vault| Ok(CaseDto::from(&vault.case(id)?)))
}

#[tauri::command]
pub fn edit_case(state: State<'_, AppState>, id: String, edit: CaseFieldEdit) -> Reply<CaseDto> {
    let id = parse_id(&state, &id)?;
    let edit = parse_edit(&edit).map_err(|e| state.domain_error(&e))?;
    state.with_vault(|vault| Ok(CaseDto::from(&vault.edit_case(id, edit, Utc::now())?)))
}

/// The country and language codes the pickers offer.
#[tauri::command]
pub fn reference_lists() -> ReferenceLists {
    ReferenceLists {
        countries: CountryCode::all().map(|c| c.as_str().to_owned()).collect(),
        languages: LanguageCode::all().map(|l| l.as_str().to_owned()).collect(),
    }
}
