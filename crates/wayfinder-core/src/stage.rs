//! The stages a case moves through, and which moves make sense.

use std::fmt;

/// Where a family's journey stands.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Stage {
    Inquiry,
    Intake,
    Records,
    Review,
    Matching,
    Travel,
    Treatment,
    FollowUp,
    Closed,
}

/// A move the rules refuse, with the stages involved (never any patient data).
#[derive(Clone, Copy, PartialEq, Eq, Debug, thiserror::Error)]
#[error("a case cannot move from {from} to {to}")]
pub struct StageRefused {
    pub from: Stage,
    pub to: Stage,
}

impl Stage {
    /// In the order a case usually moves.
    pub const ALL: [Stage; 9] = [
        Stage::Inquiry,
        Stage::Intake,
        Stage::Records,
        Stage::Review,
        Stage::Matching,
        Stage::Travel,
        Stage::Treatment,
        Stage::FollowUp,
        Stage::Closed,
    ];

    /// The stable name stored and shown to the UI (and the message id's suffix).
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Inquiry => "inquiry",
            Stage::Intake => "intake",
            Stage::Records => "records",
            Stage::Review => "review",
            Stage::Matching => "matching",
            Stage::Travel => "travel",
            Stage::Treatment => "treatment",
            Stage::FollowUp => "follow-up",
            Stage::Closed => "closed",
        }
    }

    pub fn parse(name: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.as_str() == name)
    }

    fn index(self) -> usize {
        Stage::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The stages a case in this one may move to:
    /// - the next stage, and the one before (to correct a move made too early);
    /// - from review straight to follow-up: a second opinion that needs no treatment abroad;
    /// - to closed from anywhere (the family withdrew, the child recovered or died);
    /// - a closed case reopens at inquiry or follow-up.
    pub fn moves(self) -> Vec<Stage> {
        if self == Stage::Closed {
            return vec![Stage::Inquiry, Stage::FollowUp];
        }
        let i = self.index();
        let mut out = Vec::new();
        if i > 0 {
            out.push(Stage::ALL[i - 1]);
        }
        out.push(Stage::ALL[i + 1]);
        if self == Stage::Review {
            out.push(Stage::FollowUp);
        }
        if !out.contains(&Stage::Closed) {
            out.push(Stage::Closed);
        }
        out
    }

    /// Moves a case from this stage to `to`, or says why not.
    pub fn move_to(self, to: Stage) -> Result<Stage, StageRefused> {
        if self.moves().contains(&to) {
            Ok(to)
        } else {
            Err(StageRefused { from: self, to })
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stage::*;

    fn check(from: Stage, to: Stage, expect: bool) {
        assert_eq!(from.move_to(to).is_ok(), expect, "{from} -> {to}");
    }

    #[test]
    fn moves() {
        check(Inquiry, Intake, true);
        check(Intake, Inquiry, true);
        check(Inquiry, Records, false);
        check(Records, Review, true);
        check(Review, FollowUp, true);
        check(Review, Travel, false);
        check(Matching, Travel, true);
        check(Treatment, FollowUp, true);
        check(FollowUp, Closed, true);
        check(Intake, Closed, true);
        check(Closed, Inquiry, true);
        check(Closed, FollowUp, true);
        check(Closed, Review, false);
        check(Travel, Travel, false);
    }

    #[test]
    fn names_round_trip() {
        for stage in Stage::ALL {
            assert_eq!(Stage::parse(stage.as_str()), Some(stage));
        }
        assert_eq!(Stage::parse("follow_up"), None);
        assert_eq!(
            Inquiry.move_to(Travel),
            Err(StageRefused {
                from: Inquiry,
                to: Travel
            })
        );
    }
}
