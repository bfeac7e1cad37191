//! What a handler takes from a request before it runs, and gives back: `LoggedIn`, the member
//! whose session the request carries, and `Wire<T>`, a protocol message in the body or the
//! answer. A request without a live session is refused with `not-logged-in`, and a body that
//! is not the message the route wants with its `wire-*` code, before any handler runs.

use crate::handlers::{blocking, hash, now};
use crate::refused::Refused;
use crate::{App, CONTENT_TYPE};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wayfinder_sync::wire;
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
        blocking(app.store.clone(), move |store| {
            let (workspace, member) = store
                .session(hash(&token), now())?
                .ok_or(Refused::NotLoggedIn)?;
            Ok(LoggedIn(workspace, member))
        })
        .await
    }
}

/// A protocol message (`wayfinder_sync::wire`): taken from the request's body, or given as a
/// handler's answer (200, `application/x-wayfinder`).
#[derive(Debug)]
pub(crate) struct Wire<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Wire<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Wire<T>, Response> {
        // The router's body limit (`wire::MAX_MESSAGE`) is enforced here, by axum's own 413.
        let body = Bytes::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        wire::decode(&body)
            .map(Wire)
            .map_err(|e| Refused::from(e).into_response())
    }
}

impl<T: Serialize> IntoResponse for Wire<T> {
    fn into_response(self) -> Response {
        (
            StatusCode::OK,
            [(header::CONTENT_TYPE, CONTENT_TYPE)],
            wire::encode(&self.0),
        )
            .into_response()
    }
}
