//! The routes' handlers, one module per concern, and what they share: the clock, hashes,
//! randomness, and running the synchronous store off the async threads.
//!
//! - `session`: login challenges and logins.
//! - `team`: the workspace, its roster, invitations and who waits to be admitted.
//! - `keys`: case keys shared as envelopes.
//! - `ops`: sealed operations pushed and pulled.
//! - `blobs`: the sealed chunks of records' originals.
//!
//! A handler takes what it needs as arguments (`State`, `LoggedIn`, `Wire<T>`), does its
//! checks and the store's work in one `blocking` call, and answers `Wire<T>` or `Refused`.

pub(crate) mod blobs;
pub(crate) mod keys;
pub(crate) mod ops;
pub(crate) mod session;
pub(crate) mod team;

use crate::Shared;
use crate::refused::Refused;
use crate::store::StoreError;
use sha2::{Digest, Sha256};
use std::time::{SystemTime, UNIX_EPOCH};

pub(crate) fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

pub(crate) fn hash(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

fn random<const N: usize>() -> Result<[u8; N], StoreError> {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).map_err(|_| StoreError::Storage("random".into()))?;
    Ok(out)
}

/// The role the latest roster gives `me`: `None` while she waits to be admitted (or after she
/// was taken out). A member who waits reaches only what waiting needs: her login, and a
/// roster chain with nothing in it until she is signed in.
pub(crate) fn roster_role(
    store: &Shared,
    workspace: wayfinder_sync::WorkspaceId,
    me: wayfinder_sync::MemberId,
) -> Result<Option<wayfinder_sync::Role>, Refused> {
    Ok(store
        .rosters(workspace, 0)?
        .last()
        .and_then(|r| r.member(me))
        .map(|m| m.role))
}

/// Runs a request's work on the blocking threads: the store is synchronous.
pub(crate) async fn blocking<T: Send + 'static>(
    store: Shared,
    work: impl FnOnce(&Shared) -> Result<T, Refused> + Send + 'static,
) -> Result<T, Refused> {
    match tokio::task::spawn_blocking(move || work(&store)).await {
        Ok(result) => result,
        Err(_) => Err(Refused::Store(StoreError::Storage("worker".into()))),
    }
}
