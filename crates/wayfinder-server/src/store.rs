//! What the server keeps, behind a trait so that SQLite (now) and PostgreSQL (later) serve the
//! same protocol: workspaces, the roster chain, invitations and who redeemed them, login
//! challenges and sessions (hashes of tokens only), sealed operations in the workspace's order,
//! and key envelopes. Every value is either public (ids, keys, times) or sealed.

use wayfinder_merge::OpId;
use wayfinder_sync::blob::BlobName;
use wayfinder_sync::wire::{BlobState, Cursor};
use wayfinder_sync::{
    CaseRef, KeyEnvelope, MemberId, PublicIdentity, Role, Roster, SealedOp, WorkspaceId,
};

/// Why the store refused or failed. The HTTP layer turns each into a status and a code.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no such workspace")]
    NoWorkspace,
    #[error("the workspace already exists")]
    WorkspaceExists,
    #[error("the code is not valid")]
    BadCode,
    #[error("not a member of this workspace")]
    NotMember,
    #[error("not allowed")]
    Forbidden,
    #[error("the roster version does not follow the stored one")]
    RosterConflict,
    #[error("another member began this blob's upload")]
    BlobTaken,
    #[error("the member does not hold the case at that epoch")]
    CaseNotHeld,
    #[error("the member's share of the server is full")]
    QuotaExceeded,
    #[error("storage failed: {0}")]
    Storage(String),
    #[error(
        "the database is at schema {found}, newer than this wayfinder-server knows (up to \
         {supported}): run the newer wayfinder-server that wrote it, or restore a backup made \
         by this version"
    )]
    TooNew { found: u32, supported: u32 },
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Storage(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// A member the server lets log in: from the roster, or joined by invitation and waiting for
/// an admin to sign them into it.
#[derive(Clone, Debug)]
pub struct Known {
    pub identity: PublicIdentity,
    pub role: Role,
    pub name: String,
}

/// A member as the admin's list shows her: counts and when, never anything she wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberRow {
    pub workspace: WorkspaceId,
    pub member: MemberId,
    pub role: Role,
    pub name: String,
    /// Whether the roster has admitted her (else she waits with her invitation).
    pub admitted: bool,
    /// When she last came with a session (to the minute); none since the server kept it.
    pub last_seen_millis: Option<u64>,
    /// Her sessions still open.
    pub sessions: u32,
}

pub trait Store: Send + Sync + 'static {
    /// Makes room for a workspace whose creator proves `code` (kept as its hash) on creating.
    fn reserve_workspace(
        &self,
        workspace: WorkspaceId,
        code_hash: [u8; 32],
        now: u64,
    ) -> Result<()>;
    /// The creator's first roster; `code_hash` must match the reservation, once.
    fn create_workspace(&self, code_hash: [u8; 32], genesis: &Roster) -> Result<()>;
    /// Every roster version after `after`, oldest first.
    fn rosters(&self, workspace: WorkspaceId, after: u64) -> Result<Vec<Roster>>;
    /// Stores the next roster version; its members become who may log in.
    fn append_roster(&self, roster: &Roster) -> Result<()>;

    fn add_invitation(
        &self,
        workspace: WorkspaceId,
        secret_hash: [u8; 32],
        role: Role,
        expires: u64,
    ) -> Result<()>;
    /// Redeems an invitation once, before it expires: the identity may then log in.
    fn redeem(
        &self,
        workspace: WorkspaceId,
        secret_hash: [u8; 32],
        identity: &PublicIdentity,
        name: &str,
        now: u64,
    ) -> Result<Role>;
    fn member(&self, workspace: WorkspaceId, member: MemberId) -> Result<Option<Known>>;
    /// Members who joined and are not in the latest roster yet.
    fn waiting(&self, workspace: WorkspaceId) -> Result<Vec<Known>>;
    /// Forgets `members` who joined and wait to be admitted (members of the roster are not
    /// touched), with their sessions and challenges; the invitations they redeemed stay spent.
    fn turn_away(&self, workspace: WorkspaceId, members: &[MemberId]) -> Result<()>;

    fn put_challenge(
        &self,
        workspace: WorkspaceId,
        member: MemberId,
        nonce: [u8; 32],
        expires: u64,
    ) -> Result<()>;
    /// Takes a challenge back, once; false if unknown or expired.
    fn take_challenge(
        &self,
        workspace: WorkspaceId,
        member: MemberId,
        nonce: [u8; 32],
        now: u64,
    ) -> Result<bool>;
    /// Keeps a new session's token hash, and forgets every session expired by `now`.
    fn put_session(
        &self,
        token_hash: [u8; 32],
        workspace: WorkspaceId,
        member: MemberId,
        now: u64,
        expires: u64,
    ) -> Result<()>;
    fn session(&self, token_hash: [u8; 32], now: u64) -> Result<Option<(WorkspaceId, MemberId)>>;

    /// Whether `member` holds an envelope for `case` at `epoch`.
    fn holds(
        &self,
        workspace: WorkspaceId,
        case: CaseRef,
        epoch: u32,
        member: MemberId,
    ) -> Result<bool>;
    /// Whether `member` holds an envelope for `case` at any epoch.
    fn holds_case(&self, workspace: WorkspaceId, case: CaseRef, member: MemberId) -> Result<bool>;
    /// The latest epoch anyone holds an envelope for in `case`; `None` for a case no one holds
    /// (a new one).
    fn latest_epoch(&self, workspace: WorkspaceId, case: CaseRef) -> Result<Option<u32>>;
    /// The envelopes of `case`'s latest epoch, one per member who holds it.
    fn holders(&self, workspace: WorkspaceId, case: CaseRef) -> Result<Vec<KeyEnvelope>>;
    /// Stores envelopes, all or none. One for a (case, epoch, member) that has another already
    /// is refused (`Forbidden`): a key once given is never swapped; the same one sent again
    /// (an answer lost) is fine.
    fn put_envelopes(&self, workspace: WorkspaceId, envelopes: &[KeyEnvelope]) -> Result<()>;

    /// A blob's state, if its upload has begun.
    fn blob_state(
        &self,
        workspace: WorkspaceId,
        case: CaseRef,
        name: BlobName,
    ) -> Result<Option<BlobState>>;
    /// Begins (or finds) `owner`'s upload of a blob sealed at `epoch` in `total` chunks under
    /// the upload's `salt`: an unfinished upload at another epoch, count or salt starts again;
    /// a finished one stays. A name belongs to the member who began it: anyone else is
    /// refused (`BlobTaken`), and so is everyone for an upload begun before names had owners.
    fn blob_begin(
        &self,
        workspace: WorkspaceId,
        case: CaseRef,
        name: BlobName,
        upload: Upload,
    ) -> Result<BlobState>;
    /// Chunk `index` (the next one) of the upload under `salt`, of `bytes` bytes, is stored;
    /// the bytes count against the blob's owner. A chunk of an upload begun again since (under
    /// another salt) counts for nothing.
    fn blob_stored(
        &self,
        workspace: WorkspaceId,
        case: CaseRef,
        name: BlobName,
        chunk: (u32, [u8; wayfinder_sync::blob::SALT]),
        bytes: u64,
    ) -> Result<BlobState>;
    /// Whether the blob's upload is the one under `salt` and waits for chunk `index`: only
    /// then may a chunk left by an abandoned upload be replaced.
    fn blob_current(
        &self,
        workspace: WorkspaceId,
        case: CaseRef,
        name: BlobName,
        chunk: (u32, [u8; wayfinder_sync::blob::SALT]),
    ) -> Result<bool>;
    /// The bytes `member` has stored: her operations and her blobs' chunks.
    fn usage(&self, workspace: WorkspaceId, member: MemberId) -> Result<u64>;
    /// Whether the store answers, cheaply: the server's health.
    fn ping(&self) -> Result<()>;
    /// What the whole server holds, for its metrics.
    fn totals(&self) -> Result<Totals>;
    /// Every member of every workspace, for the admin's list, as of `now`.
    fn members(&self, now: u64) -> Result<Vec<MemberRow>>;
    /// Ends every session of `member`: her devices log in again (a lost laptop's session
    /// ends here). How many ended.
    fn end_sessions(&self, workspace: WorkspaceId, member: MemberId) -> Result<u64>;

    /// Stores `author`'s operations in order, each once (by id): returns each one's sequence
    /// number, the earlier one for an operation already stored. In the same transaction,
    /// refuses them all if one is another author's (`Forbidden`), if she does not hold a
    /// case's epoch, or holds an older epoch than the case's latest without the latest
    /// (`CaseNotHeld`), or if they would take her usage past `quota` bytes (`QuotaExceeded`).
    /// Each new one counts against her usage.
    fn push(
        &self,
        workspace: WorkspaceId,
        author: MemberId,
        ops: &[SealedOp],
        quota: u64,
    ) -> Result<Vec<(OpId, u64)>>;
    /// Operations of cases and epochs `member` holds an envelope for, in the order they became
    /// readable to `member` (`Cursor`), after `after`; and the envelopes made for `member` up
    /// to where the batch ends. At most `limit` operations; with where the batch ends and
    /// whether more remain.
    fn pull(
        &self,
        workspace: WorkspaceId,
        member: MemberId,
        after: Cursor,
        limit: u32,
    ) -> Result<Pulled>;
}

/// A blob's upload, as its chunks say: by whom, at which epoch, in how many chunks, under
/// which salt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Upload {
    pub owner: MemberId,
    pub epoch: u32,
    pub total: u32,
    pub salt: [u8; wayfinder_sync::blob::SALT],
}

/// What the whole server holds: counts, never contents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub operations: u64,
    /// Members' sealed operations and originals' chunks, as their quotas count them.
    pub stored_bytes: u64,
}

#[derive(Debug, Default)]
pub struct Pulled {
    pub ops: Vec<(u64, SealedOp)>,
    pub envelopes: Vec<KeyEnvelope>,
    pub last: Cursor,
    pub more: bool,
}
