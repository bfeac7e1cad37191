//! Every message between an app and the server, in one frozen binary form: two magic bytes,
//! the protocol version (big-endian u16), then the message in postcard's stable format, with
//! nothing after it. A peer that speaks another version is told so by its number; a change to
//! any message is a new version, never an edit (`tests/golden/` pins version 1).

use crate::SyncError;
use crate::blob::BlobName;
use crate::envelope::KeyEnvelope;
use crate::identity::{Identity, MemberId, PublicIdentity};
use crate::refusal::RefusalCode;
use crate::roster::{Roster, WorkspaceId};
use crate::seal::CaseRef;
use crate::seal::SealedOp;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wayfinder_merge::OpId;

pub const PROTOCOL_VERSION: u16 = 1;
const MAGIC: [u8; 2] = *b"WF";
/// The largest message either side accepts: a push or pull batch, never a document's bytes.
pub const MAX_MESSAGE: usize = 32 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WireError {
    #[error("the message is cut short")]
    Truncated,
    #[error("this is not a Wayfinder message")]
    NotOurs,
    #[error("the message is in protocol version {theirs}; this side speaks {PROTOCOL_VERSION}")]
    Version { theirs: u16 },
    #[error("the message is malformed")]
    Malformed,
    #[error("the message is larger than allowed")]
    TooLarge,
}

pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&PROTOCOL_VERSION.to_be_bytes());
    // Serialising owned, plain data into a Vec cannot fail.
    match postcard::to_extend(message, out) {
        Ok(bytes) => bytes,
        Err(_) => unreachable!("postcard cannot fail writing into a Vec"),
    }
}

/// The version a message says it is in, whatever its body: for telling a peer which version
/// it spoke.
pub fn version_of(bytes: &[u8]) -> Result<u16, WireError> {
    if bytes.len() < 4 {
        return Err(WireError::Truncated);
    }
    if bytes[..2] != MAGIC {
        return Err(WireError::NotOurs);
    }
    Ok(u16::from_be_bytes([bytes[2], bytes[3]]))
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, WireError> {
    if bytes.len() > MAX_MESSAGE {
        return Err(WireError::TooLarge);
    }
    let version = version_of(bytes)?;
    if version != PROTOCOL_VERSION {
        return Err(WireError::Version { theirs: version });
    }
    let (message, rest) = postcard::take_from_bytes::<T>(&bytes[4..]).map_err(|e| match e {
        postcard::Error::DeserializeUnexpectedEnd => WireError::Truncated,
        _ => WireError::Malformed,
    })?;
    if !rest.is_empty() {
        return Err(WireError::Malformed);
    }
    Ok(message)
}

/// A device asks to log in as a member of a workspace.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct ChallengeRequest {
    pub workspace: WorkspaceId,
    pub member: MemberId,
}

/// What the device must sign to prove it holds the member's key.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct Challenge {
    pub nonce: [u8; 32],
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct LoginRequest {
    pub workspace: WorkspaceId,
    pub member: MemberId,
    pub nonce: [u8; 32],
    pub signature: Vec<u8>,
}

/// A session: the token the device sends with each request. The server keeps its hash only.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub token: [u8; 32],
    pub expires_millis: u64,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("expires_millis", &self.expires_millis)
            .finish_non_exhaustive()
    }
}

const LOGIN_LABEL: &[u8] = b"wayfinder/v1/login";

fn login_bytes(workspace: WorkspaceId, member: MemberId, nonce: &[u8; 32]) -> Vec<u8> {
    let mut message = LOGIN_LABEL.to_vec();
    message.extend_from_slice(&workspace.0);
    message.extend_from_slice(&member.0);
    message.extend_from_slice(nonce);
    message
}

impl LoginRequest {
    /// The answer to `challenge`, signed by the member's key.
    pub fn answer(workspace: WorkspaceId, me: &Identity, challenge: &Challenge) -> LoginRequest {
        LoginRequest {
            workspace,
            member: me.member(),
            nonce: challenge.nonce,
            signature: me.sign(&login_bytes(workspace, me.member(), &challenge.nonce)),
        }
    }

    /// The server's check, against the member's key in the roster.
    pub fn verify(&self, member: &PublicIdentity) -> Result<(), SyncError> {
        if member.member != self.member {
            return Err(SyncError::UnknownAuthor);
        }
        member.verify(
            &login_bytes(self.workspace, self.member, &self.nonce),
            &self.signature,
        )
    }
}

/// A new member redeems an invitation: the server adds them to its list of who may log in,
/// and an admin then signs them into the roster.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct JoinRequest {
    pub workspace: WorkspaceId,
    pub invitation: [u8; 16],
    pub identity: PublicIdentity,
    /// The name they give the team (`roster::MAX_NAME` characters at most).
    pub name: String,
}

/// Operations to store, in the order their author made them. Idempotent by operation id.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct Push {
    pub ops: Vec<SealedOp>,
}

/// Each pushed operation's place in the workspace's order: stored, so acknowledged.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct PushAck {
    pub stored: Vec<(OpId, u64)>,
}

/// How far a member has pulled. An operation becomes readable to a member when both it and
/// the member's envelope for its case and epoch are stored: at the later of their two sequence
/// numbers, `visible`. Pulls follow that order (then the operation's own `seq`), so that a
/// member given a case today receives the operations written in it before, and a batch cut
/// short in the middle of them resumes where it stopped.
#[derive(
    Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Debug, Default,
)]
pub struct Cursor {
    pub visible: u64,
    pub seq: u64,
}

/// Everything after `after` that the member may read, at most `limit` operations.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct PullRequest {
    pub after: Cursor,
    pub limit: u32,
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct PullBatch {
    pub ops: Vec<(u64, SealedOp)>,
    /// Envelopes made for this member since its last pull.
    pub envelopes: Vec<KeyEnvelope>,
    /// Where to pull after next time.
    pub last: Cursor,
    pub more: bool,
}

/// Every roster version after the one the member has.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct Rosters {
    pub chain: Vec<Roster>,
}

/// Shares a case: envelopes for the members who may read it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct Share {
    pub envelopes: Vec<KeyEnvelope>,
}

/// The creator's app makes the workspace the admin reserved on the server: the code the
/// server printed, and the first roster, signed by the creator.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct CreateWorkspace {
    pub code: [u8; 16],
    pub genesis: Roster,
}

/// An admin invites someone: the server keeps the hash of the secret the invitation code
/// carries, the role, and until when it may be redeemed.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct Invite {
    pub secret_hash: [u8; 32],
    pub role: crate::Role,
    pub expires_millis: u64,
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct Joined {
    pub role: crate::Role,
}

/// The roster versions after `after`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct RostersRequest {
    pub after: u64,
}

/// Who joined and waits for an admin to sign them into the roster.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct Waiting {
    pub members: Vec<crate::RosterMember>,
}

/// Members who joined and wait to be admitted, turned away by an admin (`/v1/turn-away`):
/// forgotten by the server, their sessions ended, their invitations spent.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct TurnAway {
    pub members: Vec<crate::MemberId>,
}

/// A request carried out, with nothing to say.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct Done;

/// Who holds a case's latest epoch (`/v1/holders`), asked by a member holding the case.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct HoldersRequest {
    pub case: CaseRef,
}

/// The envelopes of a case's latest epoch, one per member who holds it, each signed by its
/// granter: who holds the case now, which a coordinator checks signature by signature before
/// she makes a new epoch for the same members less those who left. Empty for a case no one
/// holds.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct Holders {
    pub envelopes: Vec<KeyEnvelope>,
}

/// A chunk of a sealed blob, uploaded in order (`blob`).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct BlobPut {
    pub case: CaseRef,
    pub name: BlobName,
    /// The epoch whose case key sealed it.
    pub epoch: u32,
    pub index: u32,
    pub total: u32,
    pub chunk: Vec<u8>,
}

/// Which blob, and for `/v1/blob/get` which of its chunks.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct BlobAsk {
    pub case: CaseRef,
    pub name: BlobName,
    pub index: u32,
}

/// How much of a blob the server holds: its first `have` chunks of `total`.
#[derive(Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct BlobState {
    pub epoch: u32,
    pub total: u32,
    pub have: u32,
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct BlobChunk {
    pub chunk: Vec<u8>,
}

/// Why the server refused a request: a stable code (`wire-version`, `not-a-member`…, the text
/// of a [`RefusalCode`]), and the version the server speaks, so that a client can say which
/// side must be updated. The code travels as text so that a refusal from a newer server, with
/// a code this side does not know, still reads.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct Refusal {
    pub code: String,
    pub server_version: u16,
}

impl Refusal {
    /// The refusal this side sends for `code`.
    pub fn new(code: RefusalCode) -> Refusal {
        Refusal {
            code: code.as_str().to_owned(),
            server_version: PROTOCOL_VERSION,
        }
    }

    /// Its code, if this side knows it.
    pub fn reason(&self) -> Option<RefusalCode> {
        RefusalCode::parse(&self.code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_round_trips_and_anything_else_is_refused_by_name() {
        let push = PullRequest {
            after: Cursor {
                visible: 41,
                seq: 40,
            },
            limit: 500,
        };
        let bytes = encode(&push);
        assert_eq!(&bytes[..4], b"WF\x00\x01");
        assert_eq!(decode::<PullRequest>(&bytes), Ok(push));
        assert_eq!(
            decode::<PullRequest>(&bytes[..3]),
            Err(WireError::Truncated)
        );
        assert_eq!(
            decode::<PullRequest>(b"GET / HTTP/1.1"),
            Err(WireError::NotOurs)
        );
        let mut newer = bytes.clone();
        newer[3] = 2;
        assert_eq!(
            decode::<PullRequest>(&newer),
            Err(WireError::Version { theirs: 2 })
        );
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode::<PullRequest>(&longer), Err(WireError::Malformed));
        assert_eq!(
            decode::<PullRequest>(&bytes[..bytes.len() - 1]),
            Err(WireError::Truncated)
        );
    }

    #[test]
    fn a_login_answer_proves_the_key_and_nothing_else() {
        let me = Identity::generate(MemberId([1; 16])).unwrap_or_else(|e| panic!("{e}"));
        let other = Identity::generate(MemberId([2; 16])).unwrap_or_else(|e| panic!("{e}"));
        let challenge = Challenge { nonce: [8; 32] };
        let answer = LoginRequest::answer(WorkspaceId([3; 16]), &me, &challenge);
        assert_eq!(answer.verify(&me.public()), Ok(()));
        assert_eq!(
            answer.verify(&other.public()),
            Err(SyncError::UnknownAuthor)
        );
        let mut replayed = answer.clone();
        replayed.nonce = [9; 32];
        assert_eq!(replayed.verify(&me.public()), Err(SyncError::BadSignature));
        let mut elsewhere = answer;
        elsewhere.workspace = WorkspaceId([4; 16]);
        assert_eq!(elsewhere.verify(&me.public()), Err(SyncError::BadSignature));
    }
}
