//! The harness the test files share: the real server in-process on port 0 with a fresh SQLite
//! store, a workspace reserved on it, and a client that speaks the wire format over HTTP.
// Each test file uses part of the harness; what one leaves unused is not dead.
#![allow(dead_code)]

use std::sync::Arc;
use wayfinder_merge::{AuthorId, Change, FieldRef, Hlc, OpId, Operation};
use wayfinder_server::Store;
use wayfinder_sync::wire::{
    self, Challenge, ChallengeRequest, CreateWorkspace, Cursor, Done, Invite, JoinRequest, Joined,
    LoginRequest, PullBatch, PullRequest, Refusal, Share, Waiting,
};
use wayfinder_sync::{
    CaseKey, CaseRef, Identity, KeyEnvelope, MemberId, Role, Roster, SealedOp, WorkspaceId,
};

pub struct Server {
    url: String,
    pub dir: tempfile::TempDir,
    http: reqwest::Client,
    /// Its store, for what a test asks of it directly.
    pub store: Arc<dyn Store>,
    /// The back ends it runs on (`WAYFINDER_TEST_BACKEND`).
    pub backend: wayfinder_testkit::server::Backend,
}

pub mod frozen;

/// A fresh server with one workspace reserved: the server, the workspace and its creation code.
pub async fn start() -> (Server, WorkspaceId, [u8; 16]) {
    start_within(wayfinder_server::Limits::default()).await
}

/// As [`start`], on a server within `limits`.
pub async fn start_within(limits: wayfinder_server::Limits) -> (Server, WorkspaceId, [u8; 16]) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let running = wayfinder_testkit::server::serve_with(dir.path(), 0, limits).await;
    let (server, store) = (
        Server {
            url: running.address,
            dir,
            http: reqwest::Client::new(),
            store: running.store.clone(),
            backend: running.backend,
        },
        running.store,
    );
    let (workspace, code) =
        wayfinder_server::reserve_workspace(store.as_ref()).unwrap_or_else(|e| panic!("{e}"));
    (server, workspace, code)
}

/// The real server on port 0 over the store in `dir` (`server.db`, made if new, and the blob
/// folder), and the store, for what a test asks of it directly.
pub async fn serve(dir: tempfile::TempDir) -> (Server, Arc<dyn Store>) {
    let running = wayfinder_testkit::server::serve(dir.path(), 0).await;
    (
        Server {
            url: running.address,
            dir,
            http: reqwest::Client::new(),
            store: running.store.clone(),
            backend: running.backend,
        },
        running.store,
    )
}

/// More processes of `server`'s service, `more` of them, each with its own connections, on
/// the same database and bucket, as behind a load balancer; none on the embedded back ends
/// (a SQLite file is served by one process).
pub async fn siblings(server: &Server, more: usize) -> Vec<Server> {
    let mut all = Vec::new();
    if let wayfinder_testkit::server::Backend::Scaled { .. } = server.backend {
        for _ in 0..more {
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            all.push(serve_on(server.backend.clone(), dir).await);
        }
    }
    all
}

/// The real server on port 0 over the SQLite file in `dir`, whatever the environment says:
/// for the frozen SQLite databases.
pub async fn serve_embedded(dir: tempfile::TempDir) -> (Server, Arc<dyn Store>) {
    let server = serve_on(wayfinder_testkit::server::Backend::Embedded, dir).await;
    let store = server.store.clone();
    (server, store)
}

/// The real server on port 0 over `backend`, with `dir` as its folder.
pub async fn serve_on(
    backend: wayfinder_testkit::server::Backend,
    dir: tempfile::TempDir,
) -> Server {
    let running = wayfinder_testkit::server::serve_on(
        backend,
        dir.path(),
        0,
        wayfinder_server::Limits::default(),
    )
    .await;
    Server {
        url: running.address,
        dir,
        http: reqwest::Client::new(),
        store: running.store,
        backend: running.backend,
    }
}

impl Server {
    /// Every file holding what the server stored on this machine: its folder, and the test
    /// PostgreSQL's when it runs on it.
    pub fn stored_files(&self) -> Vec<std::path::PathBuf> {
        self.backend
            .disk(self.dir.path())
            .iter()
            .flat_map(|folder| wayfinder_testkit::files_under(folder))
            .collect()
    }

    /// The server's address, as an app enters it.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Posts `body` (already encoded) and returns the status and the answer's bytes.
    pub async fn raw(&self, path: &str, token: Option<&[u8; 32]>, body: Vec<u8>) -> (u16, Vec<u8>) {
        match token {
            Some(token) => {
                let bearer = format!("Bearer {}", hex::encode(token));
                self.raw_with(path, &bearer, body).await
            }
            None => {
                self.send(path, self.http.post(self.at(path)).body(body))
                    .await
            }
        }
    }

    /// `raw` with the `Authorization` header as given.
    pub async fn raw_with(&self, path: &str, authorization: &str, body: Vec<u8>) -> (u16, Vec<u8>) {
        let request = self
            .http
            .post(self.at(path))
            .header("authorization", authorization)
            .body(body);
        self.send(path, request).await
    }

    fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }

    /// `GET path`, as an admin's tools ask: the status and the answer as text.
    pub async fn get(&self, path: &str) -> (u16, String) {
        let (status, bytes) = self.send(path, self.http.get(self.at(path))).await;
        (status, String::from_utf8_lossy(&bytes).into_owned())
    }

    async fn send(&self, path: &str, request: reqwest::RequestBuilder) -> (u16, Vec<u8>) {
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
        self.refused_raw(path, token, wire::encode(message)).await
    }

    /// `refused` for a body already encoded (or not a message at all).
    pub async fn refused_raw(
        &self,
        path: &str,
        token: Option<&[u8; 32]>,
        body: Vec<u8>,
    ) -> (u16, String) {
        let (status, bytes) = self.raw(path, token, body).await;
        let refusal: Refusal = wire::decode(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        (status, refusal.code)
    }

    /// Everything the session's member may read, from the start (100 operations at most).
    pub async fn pull_all(&self, token: &[u8; 32]) -> PullBatch {
        self.post(
            "/v1/pull",
            Some(token),
            &PullRequest {
                after: Cursor::default(),
                limit: 100,
            },
        )
        .await
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

/// A team on the server: `size` members with ids 1, 2, ..., the first the workspace's creator
/// and admin, the others invited as translators, joined and signed into the roster; and one
/// case, `case`, shared with all of them at epoch 1.
pub struct Team {
    pub members: Vec<Identity>,
    pub admin_token: [u8; 32],
    pub roster: Roster,
    pub key: CaseKey,
}

/// An original of `file`, signed by `uploader` for `case` at epoch 1 under `key` and named
/// for `content`, as the app sends it: its name, its count of chunks, and each chunk's put.
#[allow(dead_code)]
pub struct SignedUpload {
    pub name: wayfinder_sync::blob::BlobName,
    pub total: u32,
    case: CaseRef,
    key: CaseKey,
    plain: Vec<u8>,
    head: usize,
}

#[allow(dead_code)]
impl SignedUpload {
    pub fn new(
        key: &CaseKey,
        uploader: &Identity,
        case: CaseRef,
        content: [u8; 32],
        file: &[u8],
    ) -> SignedUpload {
        use wayfinder_sync::blob;
        let name = blob::name(key, case, &content);
        let plain = blob::plaintext(uploader, case, name, &blob::BlobExtras::default(), file);
        SignedUpload {
            name,
            total: blob::chunks(plain.len() as u64),
            case,
            key: key.clone(),
            head: plain.len() - file.len(),
            plain: plain.to_vec(),
        }
    }

    /// Chunk `index`, sealed, as `/v1/blob/put` takes it.
    pub fn put(&self, index: u32) -> wayfinder_sync::wire::BlobPut {
        wayfinder_sync::wire::BlobPut {
            case: self.case,
            name: self.name,
            epoch: 1,
            index,
            total: self.total,
            chunk: wayfinder_sync::blob::seal_chunk(
                &self.key,
                1,
                self.name,
                &self.plain,
                self.head,
                index,
            )
            .unwrap_or_else(|e| panic!("{e}")),
        }
    }
}

pub async fn team(
    net: &Server,
    workspace: WorkspaceId,
    code: [u8; 16],
    size: u16,
    case: [u8; 16],
) -> Team {
    let members: Vec<Identity> = (1..=size)
        .map(|n| {
            let mut id = [0u8; 16];
            id[..2].copy_from_slice(&n.to_be_bytes());
            Identity::generate(MemberId(id)).unwrap_or_else(|e| panic!("{e}"))
        })
        .collect();
    let genesis = Roster::genesis(workspace, &members[0], "Member 1");
    let _: Done = net
        .post(
            "/v1/workspace",
            None,
            &CreateWorkspace {
                code,
                genesis: genesis.clone(),
            },
        )
        .await;
    let admin_token = net.login(workspace, &members[0]).await;
    // The first member made the workspace; the others are invited, each with its own secret.
    for (n, who) in (1u16..).zip(&members[1..]) {
        let mut secret = [0u8; 16];
        secret[..2].copy_from_slice(&n.to_be_bytes());
        let name = format!("Member {}", n + 1);
        invite_and_join(
            net,
            &admin_token,
            workspace,
            secret,
            Role::Translator,
            who,
            &name,
        )
        .await;
    }
    let waiting: Waiting = net.post("/v1/waiting", Some(&admin_token), &Done).await;
    let mut everyone = genesis.members.clone();
    everyone.extend(waiting.members);
    let roster = genesis
        .successor(everyone, &members[0])
        .unwrap_or_else(|e| panic!("{e}"));
    let _: Done = net.post("/v1/roster", Some(&admin_token), &roster).await;
    let key = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
    let envelopes = members
        .iter()
        .map(|who| {
            KeyEnvelope::wrap(&key, CaseRef(case), 1, &who.public(), &members[0])
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect();
    let _: Done = net
        .post("/v1/share", Some(&admin_token), &Share { envelopes })
        .await;
    Team {
        members,
        admin_token,
        roster,
        key,
    }
}

/// What `me` reads of a batch whose one envelope and every operation `author` made: the case
/// key, and the operations in the batch's order.
pub fn open_batch(
    batch: &PullBatch,
    me: &Identity,
    author: &Identity,
) -> (CaseKey, Vec<Operation>) {
    let [envelope] = batch.envelopes.as_slice() else {
        panic!("one envelope expected, got {}", batch.envelopes.len())
    };
    let key = envelope
        .unwrap(me, &author.public())
        .unwrap_or_else(|e| panic!("{e}"));
    let opened = batch
        .ops
        .iter()
        .map(|(_, sealed)| {
            sealed
                .open(&key, &author.public())
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect();
    (key, opened)
}

/// The creator makes the workspace with its first roster, naming herself `name`, and logs in:
/// her session's token.
pub async fn create_and_log_in(
    net: &Server,
    workspace: WorkspaceId,
    code: [u8; 16],
    creator: &Identity,
    name: &str,
) -> [u8; 32] {
    let _: Done = net
        .post(
            "/v1/workspace",
            None,
            &CreateWorkspace {
                code,
                genesis: Roster::genesis(workspace, creator, name),
            },
        )
        .await;
    net.login(workspace, creator).await
}

/// `who` keeps `case` under `key`, at epoch 1: its envelope for herself.
pub async fn keep_case(
    net: &Server,
    token: &[u8; 32],
    case: [u8; 16],
    key: &CaseKey,
    who: &Identity,
) {
    let envelope = KeyEnvelope::wrap(key, CaseRef(case), 1, &who.public(), who)
        .unwrap_or_else(|e| panic!("{e}"));
    let _: Done = net
        .post(
            "/v1/share",
            Some(token),
            &Share {
                envelopes: vec![envelope],
            },
        )
        .await;
}

/// The admin invites someone as `role` with `secret`; she joins with it as `who`, and waits
/// to be admitted.
pub async fn invite_and_join(
    net: &Server,
    admin_token: &[u8; 32],
    workspace: WorkspaceId,
    secret: [u8; 16],
    role: Role,
    who: &Identity,
    name: &str,
) {
    let _: Done = net
        .post(
            "/v1/invite",
            Some(admin_token),
            &Invite {
                secret_hash: sha256(&secret),
                role,
                expires_millis: u64::MAX / 2,
            },
        )
        .await;
    let _: Joined = net
        .post(
            "/v1/join",
            None,
            &JoinRequest {
                workspace,
                invitation: secret,
                identity: who.public(),
                name: name.to_owned(),
            },
        )
        .await;
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).into()
}

/// Through the app's own link: the coordinator creates the team with `creation` (a creation
/// code's text), invites a translator, who joins and is admitted. The translator's member id.
pub async fn translator_joins(
    coordinator: &std::sync::Mutex<wayfinder_vault::OpenVault>,
    coordinator_link: &wayfinder_link::Remote,
    translator: &std::sync::Mutex<wayfinder_vault::OpenVault>,
    translator_link: &wayfinder_link::Remote,
    creation: &str,
) -> MemberId {
    wayfinder_link::team::create(coordinator, coordinator_link, creation, "Writer")
        .await
        .unwrap_or_else(|e| panic!("{}", e.code()));
    joins(coordinator, coordinator_link, translator, translator_link).await
}

/// A translator invited by the coordinator into her team, joined and admitted.
pub async fn joins(
    coordinator: &std::sync::Mutex<wayfinder_vault::OpenVault>,
    coordinator_link: &wayfinder_link::Remote,
    translator: &std::sync::Mutex<wayfinder_vault::OpenVault>,
    translator_link: &wayfinder_link::Remote,
) -> MemberId {
    use wayfinder_link::team;
    let invitation = team::invite(coordinator, coordinator_link, Role::Translator)
        .await
        .unwrap_or_else(|e| panic!("{}", e.code()));
    team::join(translator, translator_link, &invitation, "Reader")
        .await
        .unwrap_or_else(|e| panic!("{}", e.code()));
    let member = translator
        .lock()
        .map(|mut v| v.team_identity().unwrap_or_else(|e| panic!("{e}")).member())
        .unwrap_or_else(|e| panic!("{e}"));
    team::admit(coordinator, coordinator_link, &[member])
        .await
        .unwrap_or_else(|e| panic!("{}", e.code()));
    member
}

/// Runs one of the test PostgreSQL's tools (`pg_dump`, `pg_restore`) with `args`, then `arg`
/// and the database `url`, as an admin would.
pub fn postgres_tool(tool: &str, args: &[&str], file: &std::path::Path, url: &str) {
    let bin = std::env::var("WAYFINDER_TEST_POSTGRES_BIN")
        .unwrap_or_else(|_| panic!("WAYFINDER_TEST_POSTGRES_BIN: run through scripts/backends"));
    let (flags, last) = args.split_at(args.len().saturating_sub(1));
    let mut command = std::process::Command::new(std::path::Path::new(&bin).join(tool));
    command.args(flags);
    // pg_dump takes the file after `--file` and the database last; pg_restore the database
    // after `--dbname` and the file last.
    if tool == "pg_dump" {
        command.args(last).arg(file).arg(url);
    } else {
        command.args(last).arg(url).arg(file);
    }
    let out = command.output().unwrap_or_else(|e| panic!("{tool}: {e}"));
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Member number `n`.
pub fn identity(n: u8) -> Identity {
    Identity::generate(MemberId([n; 16])).unwrap_or_else(|e| panic!("{e}"))
}

pub fn op(author: &Identity, case: [u8; 16], n: u8, value: &str) -> Operation {
    Operation {
        id: OpId([n; 16]),
        author: AuthorId(author.member().0),
        time: Hlc {
            millis: 1_795_000_000_000 + u64::from(n),
            counter: 0,
        },
        target: FieldRef {
            scope: case,
            entity: case,
            field: "child.name".into(),
        },
        parents: Vec::new(),
        change: Change::Set(value.as_bytes().to_vec()),
    }
}

/// Sealed as the author's operation number `n` (the server never looks at it).
pub fn seal(op: &Operation, key: &CaseKey, author: &Identity) -> SealedOp {
    let number = u64::from(op.id.0[0]).max(1);
    SealedOp::seal(op, key, 1, author, number, [op.id.0[0]; 24]).unwrap_or_else(|e| panic!("{e}"))
}
