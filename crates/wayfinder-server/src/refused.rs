//! Why the server refused a request, and how a refusal goes back: an HTTP status and a
//! `Refusal` message with a stable code and the server's protocol version.

use crate::CONTENT_TYPE;
use crate::store::StoreError;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use wayfinder_sync::wire::{self, PROTOCOL_VERSION, Refusal, WireError};

/// Why a request was refused; each is a status and a stable code.
#[derive(Debug)]
pub(crate) enum Refused {
    Wire(WireError),
    NotLoggedIn,
    Forbidden(&'static str),
    Invalid(&'static str),
    Conflict(&'static str),
    NotFound(&'static str),
    Store(StoreError),
}

impl From<WireError> for Refused {
    fn from(e: WireError) -> Self {
        Refused::Wire(e)
    }
}

impl From<StoreError> for Refused {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NoWorkspace => Refused::Invalid("no-such-workspace"),
            StoreError::WorkspaceExists => Refused::Conflict("workspace-exists"),
            StoreError::BadCode => Refused::Forbidden("code-not-valid"),
            StoreError::NotMember => Refused::Forbidden("not-a-member"),
            StoreError::Forbidden => Refused::Forbidden("forbidden"),
            StoreError::RosterConflict => Refused::Conflict("roster-version"),
            other => Refused::Store(other),
        }
    }
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        let (status, code) = match &self {
            Refused::Wire(WireError::TooLarge) => (StatusCode::PAYLOAD_TOO_LARGE, "wire-too-large"),
            Refused::Wire(e) => (StatusCode::BAD_REQUEST, e.code()),
            Refused::NotLoggedIn => (StatusCode::UNAUTHORIZED, "not-logged-in"),
            Refused::Forbidden(code) => (StatusCode::FORBIDDEN, *code),
            Refused::Invalid(code) => (StatusCode::BAD_REQUEST, *code),
            Refused::Conflict(code) => (StatusCode::CONFLICT, *code),
            Refused::NotFound(code) => (StatusCode::NOT_FOUND, *code),
            Refused::Store(e) => {
                // The operator's log: SQL and I/O errors only, never a body (they are sealed).
                eprintln!("wayfinder-server: {e}");
                (StatusCode::SERVICE_UNAVAILABLE, "storage-failed")
            }
        };
        let refusal = Refusal {
            code: code.to_owned(),
            server_version: PROTOCOL_VERSION,
        };
        (
            status,
            [(header::CONTENT_TYPE, CONTENT_TYPE)],
            wire::encode(&refusal),
        )
            .into_response()
    }
}
