//! Codes refused, counted per workspace: after [`MOST`] wrong creation or invitation codes for
//! one workspace within [`WINDOW`], no code for it is checked until the oldest of them is
//! older than that. Codes are 128-bit secrets, so guessing one is not practical anyway; this
//! keeps anyone from trying them as fast as the server answers. Kept in memory: a restart
//! forgets the count, which costs an attacker a restart of the server she does not control.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use wayfinder_sync::WorkspaceId;

/// How many wrong codes one workspace takes within [`WINDOW`].
pub const MOST: usize = 20;
/// How long a wrong code counts.
pub const WINDOW: Duration = Duration::from_secs(10 * 60);
/// How many workspaces are counted at once: past this, those with no recent wrong code are
/// forgotten first, so that codes sent for made-up workspaces cannot fill the memory.
const WORKSPACES: usize = 10_000;

#[derive(Default)]
pub struct Guesses {
    failures: Mutex<HashMap<WorkspaceId, VecDeque<Instant>>>,
}

impl Guesses {
    /// Whether a code for `workspace` may be checked now.
    pub fn allowed(&self, workspace: WorkspaceId, now: Instant) -> bool {
        let Ok(mut failures) = self.failures.lock() else {
            return false;
        };
        match failures.get_mut(&workspace) {
            Some(times) => {
                forget_old(times, now);
                times.len() < MOST
            }
            None => true,
        }
    }

    /// A wrong code was sent for `workspace`.
    pub fn failed(&self, workspace: WorkspaceId, now: Instant) {
        let Ok(mut failures) = self.failures.lock() else {
            return;
        };
        if failures.len() >= WORKSPACES && !failures.contains_key(&workspace) {
            failures.retain(|_, times| {
                forget_old(times, now);
                !times.is_empty()
            });
            if failures.len() >= WORKSPACES {
                // Everyone counted is being guessed at right now: this one is not counted.
                return;
            }
        }
        let times = failures.entry(workspace).or_default();
        forget_old(times, now);
        times.push_back(now);
        while times.len() > MOST {
            times.pop_front();
        }
    }
}

fn forget_old(times: &mut VecDeque<Instant>, now: Instant) {
    while times
        .front()
        .is_some_and(|t| now.saturating_duration_since(*t) >= WINDOW)
    {
        times.pop_front();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workspace_takes_so_many_wrong_codes_then_none_until_they_age() {
        let guesses = Guesses::default();
        let (ours, other) = (WorkspaceId([1; 16]), WorkspaceId([2; 16]));
        let start = Instant::now();
        for n in 0..MOST {
            assert!(guesses.allowed(ours, start), "refused after {n}");
            guesses.failed(ours, start);
        }
        assert!(!guesses.allowed(ours, start));
        assert!(!guesses.allowed(ours, start + WINDOW / 2));
        // Another workspace is not held up by this one's guessers.
        assert!(guesses.allowed(other, start));
        // Once the wrong codes are older than the window, codes are checked again.
        assert!(guesses.allowed(ours, start + WINDOW));
        // Made-up workspaces cannot fill the memory.
        for n in 0..(WORKSPACES as u32 + 10) {
            let mut id = [0u8; 16];
            id[..4].copy_from_slice(&n.to_be_bytes());
            guesses.failed(WorkspaceId(id), start + WINDOW * 3);
        }
        let counted = guesses.failures.lock().map(|f| f.len()).unwrap_or(0);
        assert!(counted <= WORKSPACES, "{counted}");
    }
}
