//! Coordination: what a request to an institution must enclose (its requirement profile), what
//! a packet misses of it, and how a recipient's answer moves from draft to its end. Pure: the
//! caller says what the packet holds; nothing here reads a record.

use std::fmt;

/// A name as the directory sorts and searches it: lower case and without accents, so that
/// "Hôpital" sorts beside "Hopital" and "hopital" finds it.
pub fn directory_key(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.to_lowercase()
        .nfd()
        .filter(|c| !matches!(*c, '\u{300}'..='\u{36f}'))
        .collect::<String>()
        .nfc()
        .collect()
}

/// What a request asks of an institution.
pub const REQUEST_KINDS: &[&str] = &["second-opinion", "eligibility", "admission", "quote"];

/// What a profile can ask a request to enclose. Most are records of a category; `slides` (the
/// pathology slides or blocks) and `payment-guarantee` are sent or arranged apart, and she says
/// so; `consent` is the family's consent under which the packet shows who the child is.
pub const NEEDS: &[&str] = &[
    "pathology",
    "slides",
    "imaging",
    "imaging-dicom",
    "molecular",
    "lab",
    "treatment-summary",
    "discharge-letter",
    "referral",
    "identity",
    "consent",
    "payment-guarantee",
];

/// Needs met by her word that they were sent or arranged, not by a record.
pub const DECLARED: &[&str] = &["slides", "payment-guarantee"];

/// The record category that meets a need, if a record does.
pub fn category_of(need: &str) -> Option<&'static str> {
    Some(match need {
        "pathology" => "pathology",
        "imaging" | "imaging-dicom" => "imaging",
        "molecular" => "biomarker",
        "lab" => "lab",
        "treatment-summary" => "treatment-summary",
        "discharge-letter" => "discharge-letter",
        "referral" => "referral",
        "identity" => "identity-travel",
        _ => return None,
    })
}

/// One line of a requirement profile: a need, and the language it must be in (or translated
/// into), if the institution says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    pub need: String,
    /// ISO 639-1.
    pub language: Option<String>,
}

/// A record in a packet, as far as a profile cares.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Enclosed {
    /// A record category (`schema::RECORD_CATEGORIES`).
    pub category: String,
    /// A DICOM study, rather than a report or a picture of one.
    pub dicom: bool,
    /// The language it is written in, when known.
    pub language: Option<String>,
    /// The languages of its finished translations (status "done") enclosed with it.
    pub translations: Vec<String>,
}

/// What a request's packet holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Packet {
    pub records: Vec<Enclosed>,
    /// Sent under a consent of the family.
    pub consent: bool,
    /// Needs she declared met apart from records (`DECLARED`).
    pub declared: Vec<String>,
}

impl Enclosed {
    fn reads_in(&self, language: &str) -> bool {
        self.language.as_deref() == Some(language)
            || self.translations.iter().any(|t| t == language)
    }
}

/// The requirements of `profile` that `packet` does not meet, in the profile's order: what the
/// screen names ("pathology report translated into French"). Empty when the request may go.
pub fn missing<'a>(packet: &Packet, profile: &'a [Requirement]) -> Vec<&'a Requirement> {
    profile.iter().filter(|req| !met(packet, req)).collect()
}

fn met(packet: &Packet, req: &Requirement) -> bool {
    if req.need == "consent" {
        return packet.consent;
    }
    if DECLARED.contains(&req.need.as_str()) {
        return packet.declared.contains(&req.need);
    }
    let Some(category) = category_of(&req.need) else {
        // A need this version does not know (written by a newer one) cannot be checked: it
        // is shown as missing rather than waved through.
        return false;
    };
    packet.records.iter().any(|r| {
        r.category == category
            && (req.need != "imaging-dicom" || r.dicom)
            && req.language.as_deref().is_none_or(|l| r.reads_in(l))
    })
}

/// A SHA-256 digest, as 64 lowercase hex digits.
fn is_digest(text: &str) -> bool {
    text.len() == 64
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// What left for a recipient, frozen when it was sent: the report's file, each record's
/// original by its hash and title as they were, each translation enclosed, the consent, and
/// what she declared sent apart. Kept as lines (`record <id> <sha256> <title>`), one thing a
/// line, in a form that parses back to itself; later edits of the records change nothing here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SentPacket {
    /// SHA-256 of the report file sent, if one was.
    pub report: Option<String>,
    /// Record id, SHA-256 of its original, title then.
    pub records: Vec<(crate::EntityId, String, String)>,
    /// Translation id, its language, SHA-256 of the translated file.
    pub translations: Vec<(crate::EntityId, String, String)>,
    pub consent: Option<crate::EntityId>,
    /// Needs met apart from records (`DECLARED`).
    pub declared: Vec<String>,
}

impl SentPacket {
    /// The first line of every packet: its form's version (a packet with nothing in it, sent
    /// under her reason, is still a packet).
    pub const HEADER: &'static str = "wayfinder-packet 1";

    pub fn parse(text: &str) -> Option<SentPacket> {
        let mut packet = SentPacket::default();
        let mut lines = text.lines();
        if lines.next() != Some(Self::HEADER) {
            return None;
        }
        for line in lines {
            let (tag, rest) = line.split_once(' ')?;
            match tag {
                "report" if packet.report.is_none() && is_digest(rest) => {
                    packet.report = Some(rest.to_owned());
                }
                "record" => {
                    let mut parts = rest.splitn(3, ' ');
                    let id = parts.next()?.parse().ok()?;
                    let hash = parts.next().filter(|h| is_digest(h))?;
                    let title = parts.next().unwrap_or_default();
                    if title.trim() != title || title.chars().count() > 200 {
                        return None;
                    }
                    packet.records.push((id, hash.to_owned(), title.to_owned()));
                }
                "translation" => {
                    let mut parts = rest.split(' ');
                    let id = parts.next()?.parse().ok()?;
                    let language = parts.next().filter(|l| {
                        crate::iso::LanguageCode::parse(l).is_some_and(|c| c.as_str() == *l)
                    })?;
                    let hash = parts.next().filter(|h| is_digest(h))?;
                    if parts.next().is_some() {
                        return None;
                    }
                    packet
                        .translations
                        .push((id, language.to_owned(), hash.to_owned()));
                }
                "consent" if packet.consent.is_none() => packet.consent = Some(rest.parse().ok()?),
                "declared"
                    if DECLARED.contains(&rest) && !packet.declared.iter().any(|d| d == rest) =>
                {
                    packet.declared.push(rest.to_owned());
                }
                _ => return None,
            }
        }
        Some(packet)
    }

    pub fn to_text(&self) -> String {
        let mut lines = vec![Self::HEADER.to_owned()];
        if let Some(report) = &self.report {
            lines.push(format!("report {report}"));
        }
        for (id, hash, title) in &self.records {
            let title: String = title.split_whitespace().collect::<Vec<_>>().join(" ");
            lines.push(format!("record {id} {hash} {title}").trim_end().to_owned());
        }
        for (id, language, hash) in &self.translations {
            lines.push(format!("translation {id} {language} {hash}"));
        }
        if let Some(consent) = self.consent {
            lines.push(format!("consent {consent}"));
        }
        for declared in &self.declared {
            lines.push(format!("declared {declared}"));
        }
        lines.join("\n")
    }
}

/// Every status's code, in the order a request usually goes.
pub const STATUSES: &[&str] = &[
    "draft",
    "sent",
    "received",
    "information-requested",
    "accepted",
    "declined",
    "answered",
    "cancelled",
];

/// Where one recipient's answer to a request stands.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Status {
    Draft,
    Sent,
    Received,
    InformationRequested,
    Accepted,
    Declined,
    Answered,
    Cancelled,
}

/// A move the rules refuse (never any data of the case).
#[derive(Clone, Copy, PartialEq, Eq, Debug, thiserror::Error)]
#[error("a request cannot move from {from} to {to}")]
pub struct StatusRefused {
    pub from: Status,
    pub to: Status,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Draft,
        Status::Sent,
        Status::Received,
        Status::InformationRequested,
        Status::Accepted,
        Status::Declined,
        Status::Answered,
        Status::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Sent => "sent",
            Status::Received => "received",
            Status::InformationRequested => "information-requested",
            Status::Accepted => "accepted",
            Status::Declined => "declined",
            Status::Answered => "answered",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn parse(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// FHIR R4's Task.status for it, for interchange.
    pub fn fhir_task_status(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Sent => "requested",
            Status::Received => "received",
            Status::InformationRequested => "on-hold",
            Status::Accepted => "accepted",
            Status::Declined => "rejected",
            Status::Answered => "completed",
            Status::Cancelled => "cancelled",
        }
    }

    /// Whether the request still waits on the institution (it counts as waiting in Today).
    pub fn open(self) -> bool {
        matches!(
            self,
            Status::Sent | Status::Received | Status::InformationRequested | Status::Accepted
        )
    }

    /// Where a recipient may go from here. An answer, a refusal and a cancellation are final;
    /// after information was asked for, the request is sent again.
    pub fn moves(self) -> &'static [Status] {
        use Status::*;
        match self {
            Draft => &[Sent, Cancelled],
            Sent => &[
                Received,
                InformationRequested,
                Accepted,
                Declined,
                Answered,
                Cancelled,
            ],
            Received => &[
                InformationRequested,
                Accepted,
                Declined,
                Answered,
                Cancelled,
            ],
            InformationRequested => &[Sent, Received, Accepted, Declined, Answered, Cancelled],
            Accepted => &[InformationRequested, Answered, Cancelled],
            Declined | Answered | Cancelled => &[],
        }
    }

    pub fn move_to(self, to: Status) -> Result<Status, StatusRefused> {
        if self == to || self.moves().contains(&to) {
            Ok(to)
        } else {
            Err(StatusRefused { from: self, to })
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(category: &str, language: &str, translations: &[&str], dicom: bool) -> Enclosed {
        Enclosed {
            category: category.to_owned(),
            dicom,
            language: (!language.is_empty()).then(|| language.to_owned()),
            translations: translations.iter().map(|t| (*t).to_owned()).collect(),
        }
    }

    fn need(need: &str, language: Option<&str>) -> Requirement {
        Requirement {
            need: need.to_owned(),
            language: language.map(str::to_owned),
        }
    }

    /// What of `profile` the packet misses, as `need[:language]` codes.
    fn check(packet: Packet, profile: &[Requirement], expect: &[&str]) {
        let got: Vec<String> = missing(&packet, profile)
            .into_iter()
            .map(|r| match &r.language {
                Some(l) => format!("{}:{l}", r.need),
                None => r.need.clone(),
            })
            .collect();
        assert_eq!(got, expect, "{packet:?}");
    }

    #[test]
    fn a_packet_is_checked_against_the_institutions_profile() {
        let lyon = [
            need("pathology", Some("fr")),
            need("imaging-dicom", None),
            need("molecular", None),
            need("consent", None),
            need("slides", None),
        ];
        // Nothing yet: everything is missing, in the profile's order.
        check(
            Packet::default(),
            &lyon,
            &[
                "pathology:fr",
                "imaging-dicom",
                "molecular",
                "consent",
                "slides",
            ],
        );
        // A Russian pathology report, a PDF of the MRI report, the biomarkers, the consent,
        // slides not yet sent: the report is not in French, the images are not DICOM.
        let mut packet = Packet {
            records: vec![
                record("pathology", "ru", &[], false),
                record("imaging", "ru", &[], false),
                record("biomarker", "en", &[], false),
            ],
            consent: true,
            declared: Vec::new(),
        };
        check(
            packet.clone(),
            &lyon,
            &["pathology:fr", "imaging-dicom", "slides"],
        );
        // Its French translation, the study itself, the slides sent: nothing missing.
        packet.records[0].translations.push("fr".into());
        packet.records.push(record("imaging", "", &[], true));
        packet.declared.push("slides".into());
        check(packet.clone(), &lyon, &[]);
        // A report written in French needs no translation; an English one is not French.
        check(
            Packet {
                records: vec![record("pathology", "fr", &[], false)],
                ..Packet::default()
            },
            &[need("pathology", Some("fr"))],
            &[],
        );
        check(
            Packet {
                records: vec![record("pathology", "en", &["es"], false)],
                ..Packet::default()
            },
            &[need("pathology", Some("fr"))],
            &["pathology:fr"],
        );
        // A need this version does not know is never waved through.
        check(packet, &[need("tissue-sample", None)], &["tissue-sample"]);
        // Every need is known to the category table or declared or the consent.
        for n in NEEDS {
            assert!(
                category_of(n).is_some() || DECLARED.contains(n) || *n == "consent",
                "{n}"
            );
        }
    }

    #[test]
    fn what_was_sent_is_kept_as_lines_that_read_back_to_themselves() {
        let id = |n: u8| crate::EntityId::from_bytes([n; 16]);
        let digest = |c: char| c.to_string().repeat(64);
        let packet = SentPacket {
            report: Some(digest('a')),
            records: vec![
                (id(1), digest('b'), "Biopsy report (Kyiv)".to_owned()),
                (id(2), digest('c'), String::new()),
            ],
            translations: vec![(id(3), "fr".to_owned(), digest('d'))],
            consent: Some(id(4)),
            declared: vec!["slides".to_owned()],
        };
        let text = packet.to_text();
        assert!(text.starts_with("wayfinder-packet 1\nreport "), "{text}");
        assert_eq!(SentPacket::parse(&text), Some(packet));
        let empty = SentPacket::default().to_text();
        assert_eq!(empty, "wayfinder-packet 1");
        assert_eq!(SentPacket::parse(&empty), Some(SentPacket::default()));
        // What does not read back is refused, not repaired; every line after the header.
        assert_eq!(SentPacket::parse(""), None);
        assert_eq!(SentPacket::parse(&format!("report {}", digest('a'))), None);
        for bad in [
            format!("report {}", "A".repeat(64)),
            format!("report {}", digest('a')[..63].to_owned()),
            format!("record not-an-id {}", digest('b')),
            format!("translation {} xx {}", id(3), digest('d')),
            format!("translation {} fr {} extra", id(3), digest('d')),
            "declared pathology".to_owned(),
            "sent everything".to_owned(),
            format!("record {} {}  spaced", id(1), digest('b')),
            format!("consent {}\nconsent {}", id(4), id(5)),
        ] {
            let bad = format!("{}\n{bad}", SentPacket::HEADER);
            assert_eq!(SentPacket::parse(&bad), None, "{bad}");
        }
    }

    #[test]
    fn a_recipients_status_moves_only_where_it_may() {
        use Status::*;
        let table = [
            (Draft, Sent, true),
            (Draft, Answered, false),
            (Draft, Received, false),
            (Sent, Received, true),
            (Sent, InformationRequested, true),
            (InformationRequested, Sent, true),
            (Received, Sent, false),
            (Accepted, Answered, true),
            (Accepted, Declined, false),
            (Answered, Sent, false),
            (Declined, Accepted, false),
            (Cancelled, Draft, false),
            (Sent, Cancelled, true),
            (Answered, Answered, true),
        ];
        for (from, to, allowed) in table {
            assert_eq!(from.move_to(to).is_ok(), allowed, "{from} → {to}");
        }
        assert_eq!(
            Status::ALL.map(Status::code).as_slice(),
            STATUSES,
            "the list the screens offer"
        );
        for s in Status::ALL {
            assert_eq!(Status::parse(s.code()), Some(s));
            // Every final status has no way out, and only open ones wait on the institution.
            assert_eq!(
                s.moves().is_empty(),
                matches!(s, Declined | Answered | Cancelled)
            );
        }
        assert!(Sent.open() && !Draft.open() && !Answered.open());
        assert_eq!(InformationRequested.fhir_task_status(), "on-hold");
        assert_eq!(Declined.fhir_task_status(), "rejected");
        assert_eq!(Answered.fhir_task_status(), "completed");
    }
}
