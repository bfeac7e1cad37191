//! Why the server refuses a request: one code each, declared once here for the server that
//! refuses and the app that reads the refusal. A code travels as its text in a
//! `wire::Refusal`, and the app's messages are keyed by it (`error-server-…` in `locales/`):
//! the texts are frozen, and a new refusal is a new code, never a changed one.

use crate::wire::WireError;

/// Declares the codes once: each variant with its text, in `ALL` and `as_str`.
macro_rules! refusal_codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $text:literal,)*) => {
        /// A refusal's code, as the server sends it and the app reads it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RefusalCode {
            $($(#[doc = $doc])* $variant,)*
        }

        impl RefusalCode {
            /// Every code, in the order declared.
            pub const ALL: &'static [RefusalCode] = &[$(RefusalCode::$variant,)*];

            /// The code's text on the wire.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(RefusalCode::$variant => $text,)*
                }
            }
        }
    };
}

refusal_codes! {
    /// The message is cut short.
    WireTruncated = "wire-truncated",
    /// The body is not a Wayfinder message.
    WireNotOurs = "wire-not-ours",
    /// The message is in another protocol version (the refusal says the server's).
    WireVersion = "wire-version",
    /// The message is not the one the route wants, or has bytes after it.
    WireMalformed = "wire-malformed",
    /// The message is larger than `wire::MAX_MESSAGE`.
    WireTooLarge = "wire-too-large",
    /// No live session: the device signs a new challenge.
    NotLoggedIn = "not-logged-in",
    /// The login answers a challenge the server did not give, already used, or expired.
    ChallengeNotValid = "challenge-not-valid",
    /// A login, operation or envelope is not signed by its sender's key.
    BadSignature = "bad-signature",
    /// The device logs in as someone who is not a member of the workspace.
    NotAMember = "not-a-member",
    /// A creation or invitation code was used, has expired, or is for another workspace.
    CodeNotValid = "code-not-valid",
    /// The name given on joining is empty or too long.
    NameNotValid = "name-not-valid",
    /// The server knows no such workspace.
    NoSuchWorkspace = "no-such-workspace",
    /// The workspace was already created with its code.
    WorkspaceExists = "workspace-exists",
    /// Only an admin may do this.
    NotAnAdmin = "not-an-admin",
    /// A roster for another workspace than the session's.
    OtherWorkspace = "other-workspace",
    /// A roster not signed by an admin of the version before (or the first, by its creator).
    RosterNotSigned = "roster-not-signed",
    /// A roster version that does not follow the stored one.
    RosterVersion = "roster-version",
    /// Her role may not share cases.
    NotAllowedToShare = "not-allowed-to-share",
    /// An envelope granted in someone else's name.
    NotTheGranter = "not-the-granter",
    /// An envelope for someone who is not a member.
    RecipientNotAMember = "recipient-not-a-member",
    /// She holds no key for the case (at that epoch).
    CaseNotHeld = "case-not-held",
    /// An operation pushed in someone else's name.
    NotTheAuthor = "not-the-author",
    /// A blob's chunk with a count, an index or a size out of bounds.
    BlobMalformed = "blob-malformed",
    /// A blob's chunk after one the server does not have yet.
    BlobOutOfOrder = "blob-out-of-order",
    /// The server holds no such blob, or not that chunk of it.
    NoSuchBlob = "no-such-blob",
    /// Not allowed, for a reason no other code names (joining as an existing member).
    Forbidden = "forbidden",
    /// The server could not store or read what it keeps; trying again later may work.
    StorageFailed = "storage-failed",
    /// A blob whose upload another member began: only she writes to it.
    BlobTaken = "blob-taken",
    /// Too many wrong codes for this workspace lately: codes are not checked for a while.
    TooManyAttempts = "too-many-attempts",
    /// She has stored as much as the server lets one member store.
    QuotaExceeded = "quota-exceeded",
}

impl RefusalCode {
    /// The code a text names, if it is one of ours (a newer server may send others).
    pub fn parse(text: &str) -> Option<RefusalCode> {
        RefusalCode::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == text)
    }
}

impl std::fmt::Display for RefusalCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<WireError> for RefusalCode {
    fn from(e: WireError) -> RefusalCode {
        match e {
            WireError::Truncated => RefusalCode::WireTruncated,
            WireError::NotOurs => RefusalCode::WireNotOurs,
            WireError::Version { .. } => RefusalCode::WireVersion,
            WireError::Malformed => RefusalCode::WireMalformed,
            WireError::TooLarge => RefusalCode::WireTooLarge,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_codes_on_the_wire_are_frozen() {
        let texts: Vec<&str> = RefusalCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(
            texts,
            [
                "wire-truncated",
                "wire-not-ours",
                "wire-version",
                "wire-malformed",
                "wire-too-large",
                "not-logged-in",
                "challenge-not-valid",
                "bad-signature",
                "not-a-member",
                "code-not-valid",
                "name-not-valid",
                "no-such-workspace",
                "workspace-exists",
                "not-an-admin",
                "other-workspace",
                "roster-not-signed",
                "roster-version",
                "not-allowed-to-share",
                "not-the-granter",
                "recipient-not-a-member",
                "case-not-held",
                "not-the-author",
                "blob-malformed",
                "blob-out-of-order",
                "no-such-blob",
                "forbidden",
                "storage-failed",
                "blob-taken",
                "too-many-attempts",
                "quota-exceeded",
            ]
        );
    }

    #[test]
    fn each_code_reads_back_and_nothing_else_reads() {
        for code in RefusalCode::ALL {
            assert_eq!(RefusalCode::parse(code.as_str()), Some(*code));
            assert_eq!(code.to_string(), code.as_str());
        }
        assert_eq!(RefusalCode::parse("anything-else"), None);
        assert_eq!(RefusalCode::parse("Not-Logged-In"), None);
        let refusal = crate::wire::Refusal::new(RefusalCode::CaseNotHeld);
        assert_eq!(refusal.code, "case-not-held");
        assert_eq!(refusal.server_version, crate::wire::PROTOCOL_VERSION);
        assert_eq!(refusal.reason(), Some(RefusalCode::CaseNotHeld));
    }

    #[test]
    fn a_wire_error_is_refused_by_its_own_code() {
        let errors = [
            WireError::Truncated,
            WireError::NotOurs,
            WireError::Version { theirs: 2 },
            WireError::Malformed,
            WireError::TooLarge,
        ];
        let codes: Vec<&str> = errors
            .iter()
            .map(|e| RefusalCode::from(*e).as_str())
            .collect();
        assert_eq!(
            codes,
            [
                "wire-truncated",
                "wire-not-ours",
                "wire-version",
                "wire-malformed",
                "wire-too-large"
            ]
        );
    }
}
