//! The team's members: who they are, their role, their public keys. Each version of the roster
//! is signed by an admin listed in the version before it; the first is signed by the
//! workspace's creator. A member pins the creator's key when joining (the invitation code
//! carries its hash, passed outside the server), so a server cannot add a member or swap a key
//! without the chain breaking.

use crate::SyncError;
use crate::identity::{Identity, MemberId, PublicIdentity};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// A workspace, as the server knows it: a random id.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Debug)]
pub struct WorkspaceId(pub [u8; 16]);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Debug)]
pub enum Role {
    Admin,
    Coordinator,
    Translator,
    Liaison,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Admin,
        Role::Coordinator,
        Role::Translator,
        Role::Liaison,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Coordinator => "coordinator",
            Role::Translator => "translator",
            Role::Liaison => "liaison",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    // What each role may do is written here once; the server, the vault and the app ask these.

    /// Sign the roster: invite, admit and remove members.
    pub fn may_administer(self) -> bool {
        self == Role::Admin
    }

    /// Decide who sees a case: grant its key to a member, and start a new epoch without one.
    pub fn may_share(self) -> bool {
        matches!(self, Role::Admin | Role::Coordinator)
    }

    /// Make, change and delete entities of `kind` (PRODUCT.md: a translator works on the
    /// documents given her, not on the case file; a liaison on everything but translations, the
    /// glossary, requests and requirement profiles: travel and its templates above all).
    /// Whoever exports something notes it: an export is everyone's to write.
    pub fn may_edit(self, kind: wayfinder_core::EntityKind) -> bool {
        use wayfinder_core::EntityKind as K;
        match self {
            Role::Admin | Role::Coordinator => true,
            Role::Translator => matches!(
                kind,
                K::Translation | K::Unit | K::Term | K::PageText | K::Export
            ),
            // Requests go out, and what they must enclose is decided, by coordinators; a
            // liaison keeps the directory's entries and contacts and logs her calls.
            Role::Liaison => !matches!(
                kind,
                K::Translation
                    | K::Unit
                    | K::Term
                    | K::Team
                    | K::Requirement
                    | K::Request
                    | K::Recipient
                    | K::Dispatch
            ),
        }
    }
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct RosterMember {
    pub identity: PublicIdentity,
    pub role: Role,
    /// The name the team knows them by, as they gave it on joining (at most `MAX_NAME`
    /// characters): signed with the rest, so that no server can rename anyone.
    pub name: String,
}

/// The longest member name, in characters.
pub const MAX_NAME: usize = 80;

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct Roster {
    pub workspace: WorkspaceId,
    /// 1 for the creator's roster, one more for each change.
    pub version: u64,
    pub members: Vec<RosterMember>,
    pub signed_by: MemberId,
    pub signature: Vec<u8>,
}

/// The hash of the creator's signing key that a member pins on joining.
#[derive(Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct Pin(pub [u8; 16]);

impl Pin {
    pub fn of(identity: &PublicIdentity) -> Pin {
        let digest = Sha256::new()
            .chain_update(b"wayfinder/v1/pin")
            .chain_update(identity.signing)
            .finalize();
        let mut pin = [0u8; 16];
        pin.copy_from_slice(&digest[..16]);
        Pin(pin)
    }
}

const SIGN_LABEL: &[u8] = b"wayfinder/v1/roster";

impl Roster {
    fn signed_bytes(&self) -> Vec<u8> {
        let body = (
            SIGN_LABEL,
            self.workspace,
            self.version,
            &self.members,
            self.signed_by,
        );
        let mut out = Vec::new();
        // Serialising plain data into a Vec cannot fail; an empty body would never verify.
        if let Ok(bytes) = postcard::to_allocvec(&body) {
            out = bytes;
        }
        out
    }

    /// The first roster of a new workspace: its creator, as its admin.
    pub fn genesis(workspace: WorkspaceId, creator: &Identity, name: &str) -> Roster {
        let mut roster = Roster {
            workspace,
            version: 1,
            members: vec![RosterMember {
                identity: creator.public(),
                role: Role::Admin,
                name: name.to_owned(),
            }],
            signed_by: creator.member(),
            signature: Vec::new(),
        };
        roster.signature = creator.sign(&roster.signed_bytes());
        roster
    }

    /// The next version with `members`, signed by `admin`, who must be an admin of this one.
    pub fn successor(
        &self,
        members: Vec<RosterMember>,
        admin: &Identity,
    ) -> Result<Roster, SyncError> {
        if !self
            .member(admin.member())
            .is_some_and(|m| m.role.may_administer())
        {
            return Err(SyncError::NotAdmin);
        }
        let mut next = Roster {
            workspace: self.workspace,
            version: self.version + 1,
            members,
            signed_by: admin.member(),
            signature: Vec::new(),
        };
        next.signature = admin.sign(&next.signed_bytes());
        Ok(next)
    }

    pub fn member(&self, id: MemberId) -> Option<&RosterMember> {
        self.members.iter().find(|m| m.identity.member == id)
    }

    /// Whether `next` may follow this roster: the same workspace, the next version, signed by
    /// one of this roster's admins.
    pub fn accepts(&self, next: &Roster) -> Result<(), SyncError> {
        if next.workspace != self.workspace || next.version != self.version + 1 {
            return Err(SyncError::RosterChainBroken);
        }
        let signer = self
            .member(next.signed_by)
            .filter(|m| m.role.may_administer())
            .ok_or(SyncError::NotAdmin)?;
        signer
            .identity
            .verify(&next.signed_bytes(), &next.signature)
            .map_err(|_| SyncError::RosterChainBroken)
    }

    /// Checks a whole chain, from the creator's roster (whose signer's key must hash to `pin`)
    /// to the latest, which it returns.
    pub fn verify_chain(pin: Pin, chain: &[Roster]) -> Result<&Roster, SyncError> {
        let first = chain.first().ok_or(SyncError::RosterChainBroken)?;
        let creator = first
            .member(first.signed_by)
            .ok_or(SyncError::RosterChainBroken)?;
        if first.version != 1 || Pin::of(&creator.identity) != pin {
            return Err(SyncError::RosterChainBroken);
        }
        creator
            .identity
            .verify(&first.signed_bytes(), &first.signature)
            .map_err(|_| SyncError::RosterChainBroken)?;
        let mut latest = first;
        for next in &chain[1..] {
            latest.accepts(next)?;
            latest = next;
        }
        Ok(latest)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_role_may_do_what_its_row_says() {
        use super::Role;
        // (role, administer, share)
        let table = [
            (Role::Admin, true, true),
            (Role::Coordinator, false, true),
            (Role::Translator, false, false),
            (Role::Liaison, false, false),
        ];
        assert_eq!(table.map(|row| row.0), Role::ALL);
        for (role, administer, share) in table {
            assert_eq!(
                (role.may_administer(), role.may_share()),
                (administer, share),
                "{role:?}"
            );
        }
    }

    use super::*;

    fn identity(n: u8) -> Identity {
        Identity::generate(MemberId([n; 16])).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_roster_chain_holds_only_what_admins_signed_from_the_pinned_creator() {
        let creator = identity(1);
        let translator = identity(2);
        let mallory = identity(3);
        let pin = Pin::of(&creator.public());
        let first = Roster::genesis(WorkspaceId([7; 16]), &creator, "Amira");
        let mut members = first.members.clone();
        members.push(RosterMember {
            identity: translator.public(),
            role: Role::Translator,
            name: "Lucía".into(),
        });
        let second = first
            .successor(members.clone(), &creator)
            .unwrap_or_else(|e| panic!("{e}"));
        let chain = [first.clone(), second.clone()];
        assert_eq!(Roster::verify_chain(pin, &chain), Ok(&second));

        // A translator may not change the roster.
        assert_eq!(
            second.successor(members.clone(), &translator).err(),
            Some(SyncError::NotAdmin)
        );
        // A server adding its own member, or swapping a key, breaks the signature.
        let mut swapped = second.clone();
        swapped.members[1].identity = mallory.public();
        assert_eq!(
            Roster::verify_chain(pin, &[first.clone(), swapped]),
            Err(SyncError::RosterChainBroken)
        );
        // A workspace made by someone else does not match the pin.
        let fake = Roster::genesis(WorkspaceId([7; 16]), &mallory, "Amira");
        assert_eq!(
            Roster::verify_chain(pin, &[fake]),
            Err(SyncError::RosterChainBroken)
        );
        // Versions must follow one another.
        let mut skipped = second.clone();
        skipped.version = 3;
        assert_eq!(first.accepts(&skipped), Err(SyncError::RosterChainBroken));
        assert!(Role::parse("liaison") == Some(Role::Liaison));
    }

    /// Who may write what, kind by kind: a translator the documents given her and the
    /// glossary; a liaison the case file and travel with its templates, not translations or
    /// the glossary; a coordinator everything.
    #[test]
    fn each_role_writes_the_kinds_of_its_work() {
        use wayfinder_core::EntityKind as K;
        let table: &[(K, [bool; 4])] = &[
            // admin, coordinator, translator, liaison
            (K::Case, [true, true, false, true]),
            (K::Contact, [true, true, false, true]),
            (K::Record, [true, true, false, true]),
            (K::Translation, [true, true, true, false]),
            (K::Unit, [true, true, true, false]),
            (K::Term, [true, true, true, false]),
            (K::Export, [true, true, true, true]),
            (K::Team, [true, true, false, false]),
            (K::Trip, [true, true, false, true]),
            (K::TripItem, [true, true, false, true]),
            (K::TripLeg, [true, true, false, true]),
            (K::Traveller, [true, true, false, true]),
            (K::TripTemplate, [true, true, false, true]),
            (K::TemplateItem, [true, true, false, true]),
            (K::Institution, [true, true, false, true]),
            (K::DirectoryContact, [true, true, false, true]),
            (K::Requirement, [true, true, false, false]),
            (K::Request, [true, true, false, false]),
            (K::Recipient, [true, true, false, false]),
            (K::Dispatch, [true, true, false, false]),
            (K::Communication, [true, true, false, true]),
        ];
        for (kind, may) in table {
            for (role, expect) in [
                Role::Admin,
                Role::Coordinator,
                Role::Translator,
                Role::Liaison,
            ]
            .into_iter()
            .zip(may)
            {
                assert_eq!(role.may_edit(*kind), *expect, "{role:?} {kind:?}");
            }
        }
    }
}
