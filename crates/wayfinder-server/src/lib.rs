//! The team's sync server as a library: an axum router over a [`Store`], served on whatever
//! listener the caller binds (the binary binds an address; tests bind port 0). It checks what
//! it can without reading anything: who is logged in, that each operation and envelope is
//! signed by its sender's key, that a member writes only to cases it holds a key for, and that
//! each roster version is signed by an admin of the one before. It serves a member only the
//! operations of cases and epochs it holds an envelope for.
//!
//! Every request and answer is a `wayfinder_sync::wire` message (`application/x-wayfinder`);
//! a refusal is a `Refusal` with a stable code and the server's protocol version.

pub mod sqlite;
pub mod store;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRef, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};
pub use store::{Store, StoreError};
use wayfinder_sync::blob::{self, BlobName};
use wayfinder_sync::wire::{
    self, Challenge, ChallengeRequest, CreateWorkspace, Done, Invite, JoinRequest, Joined,
    LoginRequest, PROTOCOL_VERSION, PullBatch, PullRequest, Push, PushAck, Refusal, Rosters,
    RostersRequest, Session, Share, Waiting, WireError,
};
use wayfinder_sync::wire::{BlobAsk, BlobChunk, BlobPut};
use wayfinder_sync::{MAX_NAME, MemberId, Pin, Roster, RosterMember, WorkspaceId};

pub const CONTENT_TYPE: &str = "application/x-wayfinder";
/// How long a login lasts before the device signs a new challenge.
const SESSION_MILLIS: u64 = 30 * 24 * 3600 * 1000;
const CHALLENGE_MILLIS: u64 = 2 * 60 * 1000;

type Shared = Arc<dyn Store>;

/// What the routes share: the store of everything but the blobs' chunks, and the objects
/// holding those.
#[derive(Clone)]
struct App {
    store: Shared,
    blobs: Arc<dyn ObjectStore>,
}

impl FromRef<App> for Shared {
    fn from_ref(app: &App) -> Shared {
        app.store.clone()
    }
}

/// Why a request was refused; each is a status and a stable code.
#[derive(Debug)]
enum Refused {
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

fn answer<T: serde::Serialize>(message: &T) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, CONTENT_TYPE)],
        wire::encode(message),
    )
        .into_response()
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

fn hash(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

fn random<const N: usize>() -> Result<[u8; N], Refused> {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).map_err(|_| Refused::Store(StoreError::Storage("random".into())))?;
    Ok(out)
}

/// The workspace and member of the session the request carries.
fn session(store: &Shared, headers: &HeaderMap) -> Result<(WorkspaceId, MemberId), Refused> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .and_then(|hex_token| hex::decode(hex_token).ok())
        .ok_or(Refused::NotLoggedIn)?;
    store
        .session(hash(&token), now())?
        .ok_or(Refused::NotLoggedIn)
}

/// Runs a request's work off the async threads (the store is synchronous).
async fn run(
    store: Shared,
    work: impl FnOnce(&Shared) -> Result<Response, Refused> + Send + 'static,
) -> Response {
    match tokio::task::spawn_blocking(move || work(&store)).await {
        Ok(Ok(response)) => response,
        Ok(Err(refused)) => refused.into_response(),
        Err(_) => Refused::Store(StoreError::Storage("worker".into())).into_response(),
    }
}

/// `run` for work whose result the handler goes on with.
async fn run_value<T: Send + 'static>(
    store: Shared,
    work: impl FnOnce(&Shared) -> Result<T, Refused> + Send + 'static,
) -> Result<T, Refused> {
    match tokio::task::spawn_blocking(move || work(&store)).await {
        Ok(result) => result,
        Err(_) => Err(Refused::Store(StoreError::Storage("worker".into()))),
    }
}

/// The server's routes over `store`, with blobs' chunks in `blobs`.
pub fn router(store: Arc<dyn Store>, blobs: Arc<dyn ObjectStore>) -> Router {
    Router::new()
        .route("/v1/workspace", post(create_workspace))
        .route("/v1/join", post(join))
        .route("/v1/challenge", post(challenge))
        .route("/v1/login", post(login))
        .route("/v1/invite", post(invite))
        .route("/v1/waiting", post(waiting))
        .route("/v1/rosters", post(rosters))
        .route("/v1/roster", post(append_roster))
        .route("/v1/share", post(share))
        .route("/v1/push", post(push))
        .route("/v1/pull", post(pull))
        .route("/v1/blob/put", post(blob_put))
        .route("/v1/blob/state", post(blob_state))
        .route("/v1/blob/get", post(blob_get))
        .layer(DefaultBodyLimit::max(wire::MAX_MESSAGE))
        .with_state(App { store, blobs })
}

/// Serves on `listener` until the process ends.
pub async fn serve(
    listener: tokio::net::TcpListener,
    store: Arc<dyn Store>,
    blobs: Arc<dyn ObjectStore>,
) -> std::io::Result<()> {
    axum::serve(listener, router(store, blobs)).await
}

/// The blob folder under a server's data folder, as `serve` wants it.
pub fn blob_folder(data: &std::path::Path) -> std::io::Result<Arc<dyn ObjectStore>> {
    let folder = data.join("blobs");
    std::fs::create_dir_all(&folder)?;
    let store = object_store::local::LocalFileSystem::new_with_prefix(&folder)
        .map_err(std::io::Error::other)?;
    Ok(Arc::new(store))
}

/// Reserves a workspace and returns its id and the creation code its creator's app needs.
pub fn reserve_workspace(store: &dyn Store) -> Result<(WorkspaceId, [u8; 16]), StoreError> {
    let mut id = [0u8; 16];
    let mut code = [0u8; 16];
    getrandom::fill(&mut id).map_err(|_| StoreError::Storage("random".into()))?;
    getrandom::fill(&mut code).map_err(|_| StoreError::Storage("random".into()))?;
    store.reserve_workspace(WorkspaceId(id), hash(&code), now())?;
    Ok((WorkspaceId(id), code))
}

async fn create_workspace(State(store): State<Shared>, body: Bytes) -> Response {
    run(store, move |store| {
        let request: CreateWorkspace = wire::decode(&body)?;
        let genesis = &request.genesis;
        let creator = genesis
            .member(genesis.signed_by)
            .ok_or(Refused::Invalid("roster-not-signed"))?;
        Roster::verify_chain(Pin::of(&creator.identity), std::slice::from_ref(genesis))
            .map_err(|_| Refused::Invalid("roster-not-signed"))?;
        store.create_workspace(hash(&request.code), genesis)?;
        Ok(answer(&Done))
    })
    .await
}

async fn join(State(store): State<Shared>, body: Bytes) -> Response {
    run(store, move |store| {
        let request: JoinRequest = wire::decode(&body)?;
        let name = request.name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME {
            return Err(Refused::Invalid("name-not-valid"));
        }
        let role = store.redeem(
            request.workspace,
            hash(&request.invitation),
            &request.identity,
            name,
            now(),
        )?;
        Ok(answer(&Joined { role }))
    })
    .await
}

async fn challenge(State(store): State<Shared>, body: Bytes) -> Response {
    run(store, move |store| {
        let request: ChallengeRequest = wire::decode(&body)?;
        // A challenge is given to anyone who asks: it proves nothing until it is signed.
        let nonce = random::<32>()?;
        store.put_challenge(
            request.workspace,
            request.member,
            nonce,
            now() + CHALLENGE_MILLIS,
        )?;
        Ok(answer(&Challenge { nonce }))
    })
    .await
}

async fn login(State(store): State<Shared>, body: Bytes) -> Response {
    run(store, move |store| {
        let request: LoginRequest = wire::decode(&body)?;
        let known = store
            .member(request.workspace, request.member)?
            .ok_or(Refused::Forbidden("not-a-member"))?;
        if !store.take_challenge(request.workspace, request.member, request.nonce, now())? {
            return Err(Refused::Forbidden("challenge-not-valid"));
        }
        request
            .verify(&known.identity)
            .map_err(|_| Refused::Forbidden("bad-signature"))?;
        let token = random::<32>()?;
        let at = now();
        let expires = at + SESSION_MILLIS;
        store.put_session(hash(&token), request.workspace, request.member, at, expires)?;
        Ok(answer(&Session {
            token,
            expires_millis: expires,
        }))
    })
    .await
}

fn admin(store: &Shared, workspace: WorkspaceId, me: MemberId) -> Result<(), Refused> {
    let latest = store.rosters(workspace, 0)?;
    let is_admin = latest
        .last()
        .and_then(|r| r.member(me))
        .is_some_and(|m| m.role.may_administer());
    if !is_admin {
        return Err(Refused::Forbidden("not-an-admin"));
    }
    Ok(())
}

async fn invite(State(store): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    run(store, move |store| {
        let (workspace, me) = session(store, &headers)?;
        let request: Invite = wire::decode(&body)?;
        admin(store, workspace, me)?;
        store.add_invitation(
            workspace,
            request.secret_hash,
            request.role,
            request.expires_millis,
        )?;
        Ok(answer(&Done))
    })
    .await
}

async fn waiting(State(store): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    run(store, move |store| {
        let (workspace, me) = session(store, &headers)?;
        let _: Done = wire::decode(&body)?;
        admin(store, workspace, me)?;
        let members = store
            .waiting(workspace)?
            .into_iter()
            .map(|k| RosterMember {
                identity: k.identity,
                role: k.role,
                name: k.name,
            })
            .collect();
        Ok(answer(&Waiting { members }))
    })
    .await
}

async fn rosters(State(store): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    run(store, move |store| {
        let (workspace, _) = session(store, &headers)?;
        let request: RostersRequest = wire::decode(&body)?;
        Ok(answer(&Rosters {
            chain: store.rosters(workspace, request.after)?,
        }))
    })
    .await
}

async fn append_roster(State(store): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    run(store, move |store| {
        let (workspace, _) = session(store, &headers)?;
        let next: Roster = wire::decode(&body)?;
        if next.workspace != workspace {
            return Err(Refused::Forbidden("other-workspace"));
        }
        let chain = store.rosters(workspace, 0)?;
        let latest = chain.last().ok_or(Refused::Invalid("no-such-workspace"))?;
        if next.version <= latest.version {
            return Err(Refused::Conflict("roster-version"));
        }
        latest
            .accepts(&next)
            .map_err(|_| Refused::Forbidden("roster-not-signed"))?;
        store.append_roster(&next)?;
        Ok(answer(&Done))
    })
    .await
}

async fn share(State(store): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    run(store, move |store| {
        let (workspace, me) = session(store, &headers)?;
        let request: Share = wire::decode(&body)?;
        let mine = store.member(workspace, me)?.ok_or(Refused::NotLoggedIn)?;
        if !mine.role.may_share() {
            return Err(Refused::Forbidden("not-allowed-to-share"));
        }
        // Everything is checked before anything is stored.
        for envelope in &request.envelopes {
            if envelope.granter != me {
                return Err(Refused::Forbidden("not-the-granter"));
            }
            envelope
                .verify(&mine.identity)
                .map_err(|_| Refused::Forbidden("bad-signature"))?;
            if store.member(workspace, envelope.member)?.is_none() {
                return Err(Refused::Invalid("recipient-not-a-member"));
            }
            // She may grant a key to a case she holds (at this epoch, or the one before when
            // she starts a new epoch), or to a new case, if she gives herself one too.
            let new_case = !store.case_known(workspace, envelope.case)?;
            let holds_now = store.holds(workspace, envelope.case, envelope.epoch, me)?;
            let holds_before = envelope.epoch > 0
                && store.holds(workspace, envelope.case, envelope.epoch - 1, me)?;
            let keeps_one = request
                .envelopes
                .iter()
                .any(|e| e.case == envelope.case && e.epoch == envelope.epoch && e.member == me);
            let may_grant = holds_now || holds_before || (new_case && keeps_one);
            if !may_grant {
                return Err(Refused::Forbidden("case-not-held"));
            }
        }
        store.put_envelopes(workspace, &request.envelopes)?;
        Ok(answer(&Done))
    })
    .await
}

async fn push(State(store): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    run(store, move |store| {
        let (workspace, me) = session(store, &headers)?;
        let request: Push = wire::decode(&body)?;
        let mine = store.member(workspace, me)?.ok_or(Refused::NotLoggedIn)?;
        for op in &request.ops {
            if op.author != me {
                return Err(Refused::Forbidden("not-the-author"));
            }
            op.verify(&mine.identity)
                .map_err(|_| Refused::Forbidden("bad-signature"))?;
            if !store.holds(workspace, op.case, op.epoch, me)? {
                return Err(Refused::Forbidden("case-not-held"));
            }
        }
        let stored = store.push(workspace, &request.ops)?;
        Ok(answer(&PushAck { stored }))
    })
    .await
}

async fn pull(State(store): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    run(store, move |store| {
        let (workspace, me) = session(store, &headers)?;
        let request: PullRequest = wire::decode(&body)?;
        let pulled = store.pull(workspace, me, request.after, request.limit)?;
        Ok(answer(&PullBatch {
            ops: pulled.ops,
            envelopes: pulled.envelopes,
            last: pulled.last,
            more: pulled.more,
        }))
    })
    .await
}

// Blobs: the sealed chunks of records' originals. The store keeps what a blob is (its epoch,
// its count of chunks, how many are stored); the chunks themselves are objects.

/// Whether `member` holds an envelope for `case` at any epoch: may read its blobs.
fn may_read(
    store: &Shared,
    workspace: WorkspaceId,
    case: wayfinder_sync::CaseRef,
    me: MemberId,
) -> Result<(), Refused> {
    if store.holds_case(workspace, case, me)? {
        Ok(())
    } else {
        Err(Refused::Forbidden("case-not-held"))
    }
}

fn chunk_path(
    workspace: WorkspaceId,
    case: wayfinder_sync::CaseRef,
    name: BlobName,
    index: u32,
) -> ObjectPath {
    ObjectPath::from(format!(
        "{}/{}/{}/{index:05}",
        hex::encode(workspace.0),
        hex::encode(case.0),
        hex::encode(name.0)
    ))
}

/// Stores one chunk. Chunks arrive in order; one already stored is acknowledged again
/// (a repeated upload after a lost answer), and a new upload of an unfinished blob at a
/// later epoch starts it again.
async fn blob_put(State(app): State<App>, headers: HeaderMap, body: Bytes) -> Response {
    let store = app.store.clone();
    let checked = run_value(store.clone(), move |store| {
        let (workspace, me) = session(store, &headers)?;
        let put: BlobPut = wire::decode(&body)?;
        if put.total == 0 || put.total > blob::MAX_CHUNKS || put.index >= put.total {
            return Err(Refused::Invalid("blob-malformed"));
        }
        if put.chunk.len() > blob::CHUNK + 16 {
            return Err(Refused::Invalid("blob-malformed"));
        }
        if !store.holds(workspace, put.case, put.epoch, me)? {
            return Err(Refused::Forbidden("case-not-held"));
        }
        let state = store.blob_begin(workspace, put.case, put.name, put.epoch, put.total)?;
        Ok((workspace, put, state))
    })
    .await;
    let (workspace, put, state) = match checked {
        Ok(v) => v,
        Err(refused) => return refused.into_response(),
    };
    if put.index < state.have {
        return answer(&state);
    }
    if put.index > state.have {
        return Refused::Conflict("blob-out-of-order").into_response();
    }
    let path = chunk_path(workspace, put.case, put.name, put.index);
    if app
        .blobs
        .put(&path, PutPayload::from(put.chunk))
        .await
        .is_err()
    {
        return Refused::Store(StoreError::Storage("blob write".into())).into_response();
    }
    let (case, name, index) = (put.case, put.name, put.index);
    match run_value(store, move |store| {
        Ok(store.blob_stored(workspace, case, name, index)?)
    })
    .await
    {
        Ok(state) => answer(&state),
        Err(refused) => refused.into_response(),
    }
}

/// How much of a blob the server holds.
async fn blob_state(State(app): State<App>, headers: HeaderMap, body: Bytes) -> Response {
    run(app.store.clone(), move |store| {
        let (workspace, me) = session(store, &headers)?;
        let ask: BlobAsk = wire::decode(&body)?;
        may_read(store, workspace, ask.case, me)?;
        let state = store
            .blob_state(workspace, ask.case, ask.name)?
            .ok_or(Refused::NotFound("no-such-blob"))?;
        Ok(answer(&state))
    })
    .await
}

/// One stored chunk of a blob.
async fn blob_get(State(app): State<App>, headers: HeaderMap, body: Bytes) -> Response {
    let checked = run_value(app.store.clone(), move |store| {
        let (workspace, me) = session(store, &headers)?;
        let ask: BlobAsk = wire::decode(&body)?;
        may_read(store, workspace, ask.case, me)?;
        let state = store
            .blob_state(workspace, ask.case, ask.name)?
            .ok_or(Refused::NotFound("no-such-blob"))?;
        if ask.index >= state.have {
            return Err(Refused::NotFound("no-such-blob"));
        }
        Ok(chunk_path(workspace, ask.case, ask.name, ask.index))
    })
    .await;
    let path = match checked {
        Ok(path) => path,
        Err(refused) => return refused.into_response(),
    };
    match app.blobs.get(&path).await {
        Ok(found) => match found.bytes().await {
            Ok(bytes) => answer(&BlobChunk {
                chunk: bytes.to_vec(),
            }),
            Err(_) => Refused::Store(StoreError::Storage("blob read".into())).into_response(),
        },
        Err(_) => Refused::Store(StoreError::Storage("blob read".into())).into_response(),
    }
}
