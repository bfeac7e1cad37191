//! What a handler takes from a request before it runs: `LoggedIn`, the member whose session
//! token the request carries. A request without a live session is refused with
//! `not-logged-in` before any handler sees it.

use crate::App;
use crate::handlers::{hash, now, run_value};
use crate::refused::Refused;
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use wayfinder_sync::{MemberId, WorkspaceId};

/// The workspace and member of the session a request carries (`Authorization: Bearer`, the
/// token in hex; the store knows it by its hash only).
#[derive(Clone, Copy, Debug)]
pub(crate) struct LoggedIn(pub WorkspaceId, pub MemberId);

impl FromRequestParts<App> for LoggedIn {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<LoggedIn, Refused> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .and_then(|hex_token| hex::decode(hex_token).ok())
            .ok_or(Refused::NotLoggedIn)?;
        run_value(app.store.clone(), move |store| {
            let (workspace, member) = store
                .session(hash(&token), now())?
                .ok_or(Refused::NotLoggedIn)?;
            Ok(LoggedIn(workspace, member))
        })
        .await
    }
}
