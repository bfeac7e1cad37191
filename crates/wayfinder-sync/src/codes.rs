//! The codes people pass to each other outside the server: the creation code the server's
//! admin gives the workspace's creator, and the invitation code an admin gives a new member.
//! Each is a kind, its bytes and a two-byte check, written in Crockford's base32 in groups of
//! four (no letters that read alike; case, spaces and dashes do not matter), so that a code
//! read over the phone or pasted with a space too many still reads, and a wrong letter is
//! caught rather than taken for another code.

use crate::roster::{Pin, WorkspaceId};
use sha2::{Digest, Sha256};

const CREATION: u8 = 0xC1;
const INVITATION: u8 = 0x11;

/// What a code said, or why it could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("the code is not one Wayfinder made, or a character is wrong")]
    Unreadable,
    #[error("this is a different kind of code")]
    WrongKind,
}

/// Given by the server's admin (`wayfinder-server create-workspace`) to the workspace's creator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct CreationCode {
    pub workspace: WorkspaceId,
    pub code: [u8; 16],
}

/// Given by an admin to someone joining: the workspace, the one-time secret the server holds
/// the hash of, and the hash of the creator's key that the new member's app pins.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct InvitationCode {
    pub workspace: WorkspaceId,
    pub secret: [u8; 16],
    pub pin: Pin,
}

fn check(body: &[u8]) -> [u8; 2] {
    let digest = Sha256::new()
        .chain_update(b"wayfinder/v1/code")
        .chain_update(body)
        .finalize();
    [digest[0], digest[1]]
}

fn write(kind: u8, parts: &[&[u8]]) -> String {
    let mut body = vec![kind];
    for part in parts {
        body.extend_from_slice(part);
    }
    body.extend_from_slice(&check(&body));
    let text = base32::encode(base32::Alphabet::Crockford, &body);
    text.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

fn read(text: &str, kind: u8, len: usize) -> Result<Vec<u8>, CodeError> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let bytes =
        base32::decode(base32::Alphabet::Crockford, &compact).ok_or(CodeError::Unreadable)?;
    if bytes.len() != 1 + len + 2 {
        return Err(CodeError::Unreadable);
    }
    let (body, sum) = bytes.split_at(1 + len);
    if check(body) != sum {
        return Err(CodeError::Unreadable);
    }
    if body[0] != kind {
        return Err(CodeError::WrongKind);
    }
    Ok(body[1..].to_vec())
}

fn array<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(&bytes[..N]);
    out
}

impl CreationCode {
    pub fn to_text(&self) -> String {
        write(CREATION, &[&self.workspace.0, &self.code])
    }

    pub fn parse(text: &str) -> Result<CreationCode, CodeError> {
        let bytes = read(text, CREATION, 32)?;
        Ok(CreationCode {
            workspace: WorkspaceId(array(&bytes[..16])),
            code: array(&bytes[16..]),
        })
    }
}

impl InvitationCode {
    pub fn to_text(&self) -> String {
        write(INVITATION, &[&self.workspace.0, &self.secret, &self.pin.0])
    }

    pub fn parse(text: &str) -> Result<InvitationCode, CodeError> {
        let bytes = read(text, INVITATION, 48)?;
        Ok(InvitationCode {
            workspace: WorkspaceId(array(&bytes[..16])),
            secret: array(&bytes[16..32]),
            pin: Pin(array(&bytes[32..])),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_back_however_it_is_typed_and_a_wrong_character_is_caught() {
        let invitation = InvitationCode {
            workspace: WorkspaceId([7; 16]),
            secret: [0xA5; 16],
            pin: Pin([0x3C; 16]),
        };
        let text = invitation.to_text();
        assert!(text.split('-').all(|group| group.len() <= 4), "{text}");
        assert_eq!(InvitationCode::parse(&text), Ok(invitation));
        let sloppy = format!("  {} ", text.to_lowercase().replace('-', " "));
        assert_eq!(InvitationCode::parse(&sloppy), Ok(invitation));
        // Any one character changed is caught (the check is over every byte).
        let changed: String = text
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if i == 10 {
                    if c == 'Z' { 'Y' } else { 'Z' }
                } else {
                    c
                }
            })
            .collect();
        assert_eq!(InvitationCode::parse(&changed), Err(CodeError::Unreadable));
        assert_eq!(InvitationCode::parse("hello"), Err(CodeError::Unreadable));
        // A creation code is not an invitation.
        let creation = CreationCode {
            workspace: WorkspaceId([1; 16]),
            code: [2; 16],
        };
        assert_eq!(CreationCode::parse(&creation.to_text()), Ok(creation));
        assert_eq!(
            InvitationCode::parse(&creation.to_text()),
            Err(CodeError::Unreadable),
            "the lengths differ"
        );
    }
}
