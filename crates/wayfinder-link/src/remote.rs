//! The protocol's messages over HTTP: each a POST of the wire form, answered by the wire form
//! or by a `Refusal` with its code. The session token is kept in memory only; a device whose
//! session has ended signs a new challenge and carries on.

use crate::{LinkError, ServerAddress};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::sync::Mutex;
use std::time::Duration;
use wayfinder_sync::wire::{
    self, Challenge, ChallengeRequest, LoginRequest, PROTOCOL_VERSION, Refusal, Session, WireError,
};
use wayfinder_sync::{Identity, RefusalCode, WorkspaceId};
use zeroize::Zeroizing;

/// A session token, wiped when replaced or dropped.
type Token = Zeroizing<[u8; 32]>;

pub struct Remote {
    http: reqwest::Client,
    address: ServerAddress,
    session: Mutex<Option<Token>>,
}

/// The content type of every request and answer.
const CONTENT_TYPE: &str = "application/x-wayfinder";

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Remote {
    pub fn new(address: ServerAddress) -> Result<Remote, LinkError> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(120))
            // The team's server answers itself; a redirect could only send her session and
            // her edits somewhere she never typed.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|_| LinkError::Offline)?;
        Ok(Remote {
            http,
            address,
            session: Mutex::new(None),
        })
    }

    pub fn address(&self) -> &ServerAddress {
        &self.address
    }

    /// Sends `message` to `path`, with the session `token` if given.
    pub async fn call<T: Serialize, R: DeserializeOwned>(
        &self,
        path: &str,
        token: Option<&[u8; 32]>,
        message: &T,
    ) -> Result<R, LinkError> {
        let mut request = self
            .http
            .post(self.address.endpoint(path))
            .header(reqwest::header::CONTENT_TYPE, CONTENT_TYPE)
            .body(wire::encode(message));
        if let Some(token) = token {
            request = request.header(
                reqwest::header::AUTHORIZATION,
                format!("Bearer {}", hex(token)),
            );
        }
        let response = request.send().await.map_err(|_| LinkError::Offline)?;
        let status = response.status();
        if status == reqwest::StatusCode::PAYLOAD_TOO_LARGE {
            // A proxy's plain 413, or the server's own limit: the same to the round.
            return Err(LinkError::Refused(RefusalCode::WireTooLarge));
        }
        let bytes = read_capped(response).await?;
        if status.is_success() {
            return wire::decode(&bytes).map_err(|e| match e {
                WireError::Version { theirs } => LinkError::Version { server: theirs },
                _ => LinkError::Protocol,
            });
        }
        match wire::decode::<Refusal>(&bytes) {
            Ok(refusal) if refusal.server_version != PROTOCOL_VERSION => Err(LinkError::Version {
                server: refusal.server_version,
            }),
            Ok(refusal) => Err(match refusal.reason() {
                Some(code) => LinkError::Refused(code),
                None => LinkError::UnknownRefusal(refusal.code),
            }),
            Err(WireError::Version { theirs }) => Err(LinkError::Version { server: theirs }),
            // No refusal of ours: a proxy in front of a server that is down or restarting.
            Err(_) if status.is_server_error() => Err(LinkError::Offline),
            Err(_) => Err(LinkError::Protocol),
        }
    }

    /// Signs a fresh challenge as `me` and keeps the session.
    pub async fn login(&self, workspace: WorkspaceId, me: &Identity) -> Result<(), LinkError> {
        let challenge: Challenge = self
            .call(
                "/v1/challenge",
                None,
                &ChallengeRequest {
                    workspace,
                    member: me.member(),
                },
            )
            .await?;
        let session: Session = self
            .call(
                "/v1/login",
                None,
                &LoginRequest::answer(workspace, me, &challenge),
            )
            .await?;
        if let Ok(mut kept) = self.session.lock() {
            *kept = Some(Zeroizing::new(session.token));
        }
        Ok(())
    }

    fn token(&self) -> Option<Token> {
        self.session.lock().ok().and_then(|s| s.clone())
    }

    /// Sends `message` in her session, logging in first when there is none, and once more
    /// when the server says the session has ended.
    pub async fn call_as<T: Serialize, R: DeserializeOwned>(
        &self,
        workspace: WorkspaceId,
        me: &Identity,
        path: &str,
        message: &T,
    ) -> Result<R, LinkError> {
        if self.token().is_none() {
            self.login(workspace, me).await?;
        }
        let token = self.token().ok_or(LinkError::Protocol)?;
        match self.call(path, Some(&token), message).await {
            Err(LinkError::Refused(RefusalCode::NotLoggedIn)) => {
                self.login(workspace, me).await?;
                let token = self.token().ok_or(LinkError::Protocol)?;
                self.call(path, Some(&token), message).await
            }
            other => other,
        }
    }
}

/// The answer's body, read a piece at a time and given up as soon as it passes the largest
/// message there is: a hostile or broken server cannot make the app hold more than that.
async fn read_capped(mut response: reqwest::Response) -> Result<Vec<u8>, LinkError> {
    if response
        .content_length()
        .is_some_and(|n| n > wire::MAX_MESSAGE as u64)
    {
        return Err(LinkError::Protocol);
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|_| LinkError::Offline)? {
        if bytes.len() + chunk.len() > wire::MAX_MESSAGE {
            return Err(LinkError::Protocol);
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}
