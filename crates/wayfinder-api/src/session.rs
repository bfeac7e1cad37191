//! The vault as the running app holds it: locked or open, and when it was last used.
//! No Tauri here, so the lock rules are tested without a window.

use std::time::{Duration, Instant};
use wayfinder_vault::{Found, KdfParams, OpenVault, Passphrase, VaultDir, VaultError};

/// What the session found when asked where it stands.
#[derive(Debug)]
pub enum Standing {
    NeedsSetup,
    /// Locked; the keychain's refusal, if it was asked.
    Locked(Option<VaultError>),
    Unlocked,
    Unusable(VaultError),
}

pub struct Session {
    dir: VaultDir,
    open: Option<OpenVault>,
    last_activity: Instant,
    /// When a wrong passphrase was typed since the vault was last open: the locked vault
    /// cannot be written, so they go into its audit log at the next unlock.
    failed_unlocks: Vec<chrono::DateTime<chrono::Utc>>,
}

/// Errors that mean "the keychain could not give the key", after which the passphrase is asked.
fn is_keychain_refusal(e: &VaultError) -> bool {
    matches!(
        e,
        VaultError::KeychainMissing
            | VaultError::KeychainMismatch
            | VaultError::KeychainLocked
            | VaultError::KeychainUnavailable { .. }
    )
}

impl Session {
    pub fn new(dir: VaultDir) -> Session {
        Session {
            dir,
            open: None,
            last_activity: Instant::now(),
            failed_unlocks: Vec::new(),
        }
    }

    /// Where the app stands. When `try_keychain` is set and the vault is locked, the key is
    /// asked from the keychain first, so the user's own computer opens it with no prompt.
    pub fn standing(&mut self, try_keychain: bool) -> Standing {
        if self.open.is_some() {
            return Standing::Unlocked;
        }
        match self.dir.probe() {
            Ok(Found::Nothing) => Standing::NeedsSetup,
            Err(e) => Standing::Unusable(e),
            Ok(Found::Vault(_)) if !try_keychain => Standing::Locked(None),
            Ok(Found::Vault(_)) => match self.dir.open_from_keychain() {
                Ok(vault) => match self.opened(vault) {
                    Ok(()) => Standing::Unlocked,
                    Err(e) => Standing::Unusable(e),
                },
                Err(e) if is_keychain_refusal(&e) => Standing::Locked(Some(e)),
                Err(e) => Standing::Unusable(e),
            },
        }
    }

    /// Holds the vault open, and notes in its audit log the unlock and the wrong passphrases
    /// typed since it was last open.
    fn opened(&mut self, mut vault: OpenVault) -> Result<(), VaultError> {
        use wayfinder_sync::audit::AuditAction;
        for at in std::mem::take(&mut self.failed_unlocks) {
            vault.audit(None, AuditAction::UnlockFailed, None, at)?;
        }
        vault.audit(None, AuditAction::Unlocked, None, chrono::Utc::now())?;
        self.open = Some(vault);
        self.last_activity = Instant::now();
        Ok(())
    }

    /// Creates the vault and stores its key in the keychain; `Ok(false)` when the vault was
    /// made but the keychain refused the key (the passphrase will be needed next time).
    pub fn create(
        &mut self,
        passphrase: &Passphrase,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<bool, VaultError> {
        let (vault, vk) = self.dir.create(passphrase, KdfParams::RECOMMENDED, now)?;
        let stored = vault.store_key_in_keychain(&vk).is_ok();
        self.opened(vault)?;
        Ok(stored)
    }

    pub fn unlock_with_keychain(&mut self) -> Result<(), VaultError> {
        let vault = self.dir.open_from_keychain()?;
        self.opened(vault)
    }

    /// Unlocks with the recovery passphrase and puts the key back in the keychain.
    pub fn unlock_with_passphrase(&mut self, passphrase: &Passphrase) -> Result<bool, VaultError> {
        let (vault, vk) = match self.dir.open_with_passphrase(passphrase) {
            Ok(opened) => opened,
            Err(e @ VaultError::WrongPassphrase) => {
                // Kept for the log, at most a screenful: a guesser's thousands say no more.
                if self.failed_unlocks.len() < 100 {
                    self.failed_unlocks.push(chrono::Utc::now());
                }
                return Err(e);
            }
            Err(e) => return Err(e),
        };
        let stored = vault.store_key_in_keychain(&vk).is_ok();
        self.opened(vault)?;
        Ok(stored)
    }

    /// Locks: closes the database and wipes the keys (dropping `OpenVault` does both).
    pub fn lock(&mut self) {
        self.open = None;
    }

    pub fn is_unlocked(&self) -> bool {
        self.open.is_some()
    }

    pub fn touch(&mut self) {
        self.last_activity = Instant::now();
    }

    /// Locks when the vault has been idle for `idle_limit` at `now`; says whether it did.
    pub fn lock_if_idle(&mut self, now: Instant, idle_limit: Duration) -> bool {
        if self.open.is_some() && now.saturating_duration_since(self.last_activity) >= idle_limit {
            self.lock();
            return true;
        }
        false
    }

    /// The open vault without counting the call as her activity: for background sync, which
    /// must never keep a vault unlocked.
    pub fn vault_quietly(&mut self) -> Option<&mut OpenVault> {
        self.open.as_mut()
    }

    /// The open vault, counting the call as activity; `None` when locked.
    pub fn vault(&mut self) -> Option<&mut OpenVault> {
        self.last_activity = Instant::now();
        self.open.as_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_idle_vault_locks_and_an_active_one_does_not() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let dir = VaultDir::new(tmp.path().join("vault"));
        let (vault, _vk) = dir
            .create(
                &Passphrase::new("lantern orbit velvet cactus harbor"),
                wayfinder_testkit::FAST_KDF,
                chrono::Utc::now(),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        let mut session = Session::new(dir);
        session.opened(vault).unwrap_or_else(|e| panic!("{e}"));
        let start = Instant::now();
        let ten_minutes = Duration::from_secs(600);
        assert!(!session.lock_if_idle(start + Duration::from_secs(599), ten_minutes));
        assert!(session.is_unlocked());
        session.touch();
        let touched = Instant::now();
        assert!(!session.lock_if_idle(touched + Duration::from_secs(300), ten_minutes));
        assert!(session.lock_if_idle(touched + ten_minutes, ten_minutes));
        assert!(!session.is_unlocked());
        assert!(session.vault().is_none());
        assert!(matches!(session.standing(false), Standing::Locked(None)));
    }

    #[test]
    fn wrong_passphrases_and_the_unlock_after_them_are_in_the_vaults_audit_log() {
        use wayfinder_sync::audit::AuditAction;
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let dir = VaultDir::new(tmp.path().join("vault"));
        let right = Passphrase::new("lantern orbit velvet cactus harbor");
        let (vault, _vk) = dir
            .create(&right, wayfinder_testkit::FAST_KDF, chrono::Utc::now())
            .unwrap_or_else(|e| panic!("{e}"));
        drop(vault);
        let mut session = Session::new(dir);
        for _ in 0..2 {
            assert!(matches!(
                session.unlock_with_passphrase(&Passphrase::new("wrong words entirely here")),
                Err(VaultError::WrongPassphrase)
            ));
        }
        session
            .unlock_with_passphrase(&right)
            .unwrap_or_else(|e| panic!("{e}"));
        let vault = session.vault().unwrap_or_else(|| panic!("locked"));
        let actions: Vec<AuditAction> = vault
            .audit_log(None)
            .unwrap_or_else(|e| panic!("{e}"))
            .iter()
            .map(|row| row.action)
            .collect();
        assert_eq!(
            actions,
            [
                AuditAction::UnlockFailed,
                AuditAction::UnlockFailed,
                AuditAction::Unlocked
            ]
        );
    }
}
