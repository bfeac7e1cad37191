//! The harness both test files share: the real server in-process on port 0 with a fresh SQLite
//! store, a workspace reserved on it, and a client that speaks the wire format over HTTP.
// Each test file uses part of the harness; what one leaves unused is not dead.
#![allow(dead_code)]

use std::sync::Arc;
use wayfinder_server::sqlite::SqliteStore;
use wayfinder_sync::wire::{self, Challenge, ChallengeRequest, LoginRequest, Refusal};
use wayfinder_sync::{Identity, WorkspaceId};

pub struct Server {
    url: String,
    pub dir: tempfile::TempDir,
    http: reqwest::Client,
}

pub async fn start() -> (Server, WorkspaceId, [u8; 16]) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let store = Arc::new(
        SqliteStore::open(&dir.path().join("server.db")).unwrap_or_else(|e| panic!("{e}")),
    );
    let (workspace, code) =
        wayfinder_server::reserve_workspace(store.as_ref()).unwrap_or_else(|e| panic!("{e}"));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let url = format!(
        "http://{}",
        listener.local_addr().unwrap_or_else(|e| panic!("{e}"))
    );
    tokio::spawn(wayfinder_server::serve(listener, store));
    (
        Server {
            url,
            dir,
            http: reqwest::Client::new(),
        },
        workspace,
        code,
    )
}

impl Server {
    /// Posts `body` (already encoded) and returns the status and the answer's bytes.
    pub async fn raw(&self, path: &str, token: Option<&[u8; 32]>, body: Vec<u8>) -> (u16, Vec<u8>) {
        let mut request = self.http.post(format!("{}{path}", self.url)).body(body);
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {}", hex::encode(token)));
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        let status = response.status().as_u16();
        let bytes = response.bytes().await.unwrap_or_default().to_vec();
        (status, bytes)
    }

    pub async fn post<T: serde::Serialize, R: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        token: Option<&[u8; 32]>,
        message: &T,
    ) -> R {
        let (status, bytes) = self.raw(path, token, wire::encode(message)).await;
        assert_eq!(status, 200, "{path}: {:?}", wire::decode::<Refusal>(&bytes));
        wire::decode(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// The refusal's status and code.
    pub async fn refused<T: serde::Serialize>(
        &self,
        path: &str,
        token: Option<&[u8; 32]>,
        message: &T,
    ) -> (u16, String) {
        let (status, bytes) = self.raw(path, token, wire::encode(message)).await;
        let refusal: Refusal = wire::decode(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        (status, refusal.code)
    }

    pub async fn login(&self, workspace: WorkspaceId, me: &Identity) -> [u8; 32] {
        let challenge: Challenge = self
            .post(
                "/v1/challenge",
                None,
                &ChallengeRequest {
                    workspace,
                    member: me.member(),
                },
            )
            .await;
        let session: wire::Session = self
            .post(
                "/v1/login",
                None,
                &LoginRequest::answer(workspace, me, &challenge),
            )
            .await;
        session.token
    }
}
