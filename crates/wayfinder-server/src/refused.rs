//! Why the server refused a request, and how a refusal goes back: an HTTP status and a
//! `Refusal` message with its code (`wayfinder_sync::RefusalCode`, the enum the app reads
//! refusals by) and the server's protocol version.

use crate::CONTENT_TYPE;
use crate::store::StoreError;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use wayfinder_sync::RefusalCode;
use wayfinder_sync::wire::{self, Refusal, WireError};

/// Why a request was refused: each variant is a status, with the code it carries.
#[derive(Debug)]
pub(crate) enum Refused {
    /// 400 with the wire error's code, or 413 for a message too large.
    Wire(WireError),
    /// 401 `not-logged-in`.
    NotLoggedIn,
    /// 403.
    Forbidden(RefusalCode),
    /// 400.
    Invalid(RefusalCode),
    /// 409.
    Conflict(RefusalCode),
    /// 404.
    NotFound(RefusalCode),
    /// 429: too many attempts; the client waits before it tries again.
    TooMany(RefusalCode),
    /// 507: her share of the server is full.
    Full(RefusalCode),
    /// 503 `storage-failed`; the error itself goes to the operator's log only.
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
            StoreError::NoWorkspace => Refused::Invalid(RefusalCode::NoSuchWorkspace),
            StoreError::WorkspaceExists => Refused::Conflict(RefusalCode::WorkspaceExists),
            StoreError::BadCode => Refused::Forbidden(RefusalCode::CodeNotValid),
            StoreError::NotMember => Refused::Forbidden(RefusalCode::NotAMember),
            StoreError::Forbidden => Refused::Forbidden(RefusalCode::Forbidden),
            StoreError::RosterConflict => Refused::Conflict(RefusalCode::RosterVersion),
            StoreError::BlobTaken => Refused::Conflict(RefusalCode::BlobTaken),
            StoreError::CaseNotHeld => Refused::Forbidden(RefusalCode::CaseNotHeld),
            StoreError::QuotaExceeded => Refused::Full(RefusalCode::QuotaExceeded),
            other => Refused::Store(other),
        }
    }
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        let (status, code) = match self {
            Refused::Wire(WireError::TooLarge) => {
                (StatusCode::PAYLOAD_TOO_LARGE, RefusalCode::WireTooLarge)
            }
            Refused::Wire(e) => (StatusCode::BAD_REQUEST, RefusalCode::from(e)),
            Refused::NotLoggedIn => (StatusCode::UNAUTHORIZED, RefusalCode::NotLoggedIn),
            Refused::Forbidden(code) => (StatusCode::FORBIDDEN, code),
            Refused::Invalid(code) => (StatusCode::BAD_REQUEST, code),
            Refused::Conflict(code) => (StatusCode::CONFLICT, code),
            Refused::NotFound(code) => (StatusCode::NOT_FOUND, code),
            Refused::TooMany(code) => (StatusCode::TOO_MANY_REQUESTS, code),
            Refused::Full(code) => (StatusCode::INSUFFICIENT_STORAGE, code),
            Refused::Store(e) => {
                // The operator's log: SQL and I/O errors only, never a body (they are sealed).
                tracing::warn!(event = "storage-failed", detail = %e, "a request failed in storage");
                (StatusCode::SERVICE_UNAVAILABLE, RefusalCode::StorageFailed)
            }
        };
        let mut response = (
            status,
            [(header::CONTENT_TYPE, CONTENT_TYPE)],
            wire::encode(&Refusal::new(code)),
        )
            .into_response();
        // For the metrics' count of refusals by code.
        response.extensions_mut().insert(code);
        response
    }
}
