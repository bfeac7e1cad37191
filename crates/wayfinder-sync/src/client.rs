//! The app's side of sync as a state machine without I/O: `(state, event) -> actions`. The
//! app feeds it what happened (operations sealed locally, the connection, the server's answers,
//! the clock) and carries out what it asks (send a push or a pull, mark operations
//! acknowledged, apply what arrived, remember how far it has pulled, tell the screen). The same
//! machine runs against the real server in the app and against lossy test transports.
//!
//! Order is what keeps nothing lost: an operation leaves the outbox only when the server's
//! acknowledgement for it is handled, and the pull cursor moves only after what was pulled has
//! been handed over to be applied. A crash between two steps repeats a step, which is harmless:
//! pushes are idempotent by operation id and applying an operation twice changes nothing.

use crate::envelope::KeyEnvelope;
use crate::seal::SealedOp;
use crate::wire::{Cursor, PullBatch, PullRequest, Push, PushAck};
use std::collections::VecDeque;
use wayfinder_merge::OpId;

/// How many operations one push or pull carries at most.
pub const BATCH: usize = 500;
/// How many bytes of sealed operations one push carries at most (always at least one
/// operation): well under the server's message limit, whatever script the notes are in.
pub const BATCH_BYTES: usize = 8 * 1024 * 1024;
/// The longest wait between two attempts after failures, in milliseconds.
pub const MAX_BACKOFF_MILLIS: u64 = 5 * 60 * 1000;
const FIRST_BACKOFF_MILLIS: u64 = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// No connection: nothing is attempted.
    Offline,
    /// Connected, nothing in progress.
    Idle,
    /// A push of the first `n` operations of the outbox is under way.
    Pushing(usize),
    Pulling,
    /// The last attempt failed; the next one is not before this time.
    Waiting(u64),
}

#[derive(Debug)]
pub enum Event {
    /// Operations sealed here, in the order they were made, to send.
    Queued(Vec<SealedOp>),
    Online,
    Offline,
    /// The clock, now and then (milliseconds).
    Tick(u64),
    Pushed(PushAck),
    Pulled(PullBatch),
    /// The request under way failed (no answer, a server error), or the app's round failed
    /// around the requests (its login, its originals); `now` in milliseconds.
    Failed(u64),
    /// The app's whole round finished without a failure: the next one waits afresh.
    Settled,
    /// The server refused the push under way as too large: the next carries half as many.
    TooLarge,
}

#[derive(Debug, PartialEq)]
pub enum Action {
    Push(Push),
    Pull(PullRequest),
    /// These operations are stored on the server under these sequence numbers.
    Acknowledge(Vec<(OpId, u64)>),
    /// Apply these operations and keep these envelopes.
    Receive(Vec<(u64, SealedOp)>, Vec<KeyEnvelope>),
    /// Everything up to here has been received; pull after it next time.
    SaveCursor(Cursor),
    Status(Status),
    /// The server answered without moving anything forward (it stored none of a push, or says
    /// there is more to pull after the same place): the round ends as failed, instead of
    /// asking again for ever.
    Stalled,
}

/// What the screen shows about sync.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub online: bool,
    /// Operations made here that the server has not acknowledged.
    pub unsent: usize,
    /// When everything was last in step with the server (milliseconds), if ever.
    pub last_synced: Option<u64>,
    /// Whether the last attempt failed and a retry is waiting.
    pub retrying: bool,
}

/// One member's client, kept across rounds by the app so that its back-off holds.
pub struct Client {
    phase: Phase,
    outbox: VecDeque<SealedOp>,
    cursor: Cursor,
    backoff: u64,
    last_synced: Option<u64>,
    now: u64,
    /// How many operations the next push may carry: `BATCH`, halved after each refusal as
    /// too large, back to `BATCH` once a push is stored.
    push_limit: usize,
}

impl Default for Client {
    /// A client that knows nothing yet: `resume` gives it the vault's cursor and outbox.
    fn default() -> Client {
        Client::new(Cursor::default(), Vec::new(), None)
    }
}

impl Client {
    /// A client that has pulled up to `cursor` and still has `outbox` to send (both as the
    /// vault kept them), not yet connected.
    pub fn new(cursor: Cursor, outbox: Vec<SealedOp>, last_synced: Option<u64>) -> Client {
        Client {
            phase: Phase::Offline,
            outbox: outbox.into(),
            cursor,
            backoff: 0,
            last_synced,
            now: 0,
            push_limit: BATCH,
        }
    }

    pub fn cursor(&self) -> Cursor {
        self.cursor
    }

    /// Starts a new round from what the vault now keeps: its cursor and its whole outbox
    /// replace this client's, since the vault is where they live between rounds. The wait
    /// after failures carries over: that is why the app keeps one client.
    pub fn resume(&mut self, cursor: Cursor, outbox: Vec<SealedOp>, last_synced: Option<u64>) {
        self.cursor = cursor;
        self.outbox = outbox.into();
        self.last_synced = self.last_synced.max(last_synced);
        if !matches!(self.phase, Phase::Waiting(_)) {
            self.phase = Phase::Offline;
        }
    }

    /// When the next attempt may start after failures (milliseconds); `None`: now.
    pub fn retry_at(&self) -> Option<u64> {
        match self.phase {
            Phase::Waiting(at) => Some(at),
            _ => None,
        }
    }

    /// Whether a new attempt may start at `now`: no wait, or the wait is over. A wait longer
    /// than the longest back-off means the clock was set back: it is over too, so that sync
    /// does not stop until the clock catches up.
    pub fn may_retry(&self, now: u64) -> bool {
        self.retry_at()
            .is_none_or(|at| now >= at || at > now.saturating_add(MAX_BACKOFF_MILLIS))
    }

    pub fn status(&self) -> Status {
        Status {
            online: self.phase != Phase::Offline,
            unsent: self.outbox.len(),
            last_synced: self.last_synced,
            retrying: matches!(self.phase, Phase::Waiting(_)),
        }
    }

    /// The next request when nothing is under way: unsent operations first, then a pull.
    fn next_request(&mut self, out: &mut Vec<Action>) {
        if !self.outbox.is_empty() {
            let mut n = 0;
            let mut bytes = 0;
            for op in self.outbox.iter().take(self.push_limit) {
                bytes += op.ciphertext.len() + op.signature.len();
                if n > 0 && bytes > BATCH_BYTES {
                    break;
                }
                n += 1;
            }
            self.phase = Phase::Pushing(n);
            out.push(Action::Push(Push {
                ops: self.outbox.iter().take(n).cloned().collect(),
            }));
        } else {
            self.phase = Phase::Pulling;
            out.push(Action::Pull(PullRequest {
                after: self.cursor,
                limit: BATCH as u32,
            }));
        }
    }

    pub fn handle(&mut self, event: Event) -> Vec<Action> {
        let mut out = Vec::new();
        let before = self.status();
        match event {
            Event::Queued(ops) => {
                self.outbox.extend(ops);
                if self.phase == Phase::Idle {
                    self.next_request(&mut out);
                }
            }
            Event::Online => {
                if matches!(self.phase, Phase::Offline | Phase::Waiting(_)) {
                    self.next_request(&mut out);
                }
            }
            Event::Offline => self.phase = Phase::Offline,
            Event::Tick(now) => {
                self.now = now;
                match self.phase {
                    Phase::Waiting(until) if now >= until => self.next_request(&mut out),
                    // A quiet connection still pulls now and then, to hear from others.
                    Phase::Idle => self.next_request(&mut out),
                    _ => {}
                }
            }
            Event::Pushed(ack) => {
                if let Phase::Pushing(n) = self.phase {
                    // Only what the server says it stored leaves the outbox, whatever was sent.
                    let stored: std::collections::HashSet<OpId> =
                        ack.stored.iter().map(|(id, _)| *id).collect();
                    let sent = n.min(self.outbox.len());
                    let before = self.outbox.len();
                    let mut kept = VecDeque::with_capacity(self.outbox.len());
                    for (i, op) in self.outbox.drain(..).enumerate() {
                        if i >= sent || !stored.contains(&op.op) {
                            kept.push_back(op);
                        }
                    }
                    let moved = kept.len() < before;
                    self.outbox = kept;
                    out.push(Action::Acknowledge(ack.stored));
                    if moved {
                        self.push_limit = BATCH;
                        self.next_request(&mut out);
                    } else {
                        out.push(Action::Stalled);
                    }
                }
            }
            Event::TooLarge => {
                if let Phase::Pushing(n) = self.phase {
                    if n > 1 {
                        self.push_limit = (n / 2).max(1);
                        self.next_request(&mut out);
                    } else {
                        out.push(Action::Stalled);
                    }
                }
            }
            Event::Pulled(batch) => {
                if self.phase == Phase::Pulling {
                    let last = batch.last.max(self.cursor);
                    if batch.more && last == self.cursor {
                        // "More" after the very place asked from: asking again gets the same.
                        out.push(Action::Stalled);
                        return out;
                    }
                    if !batch.ops.is_empty() || !batch.envelopes.is_empty() {
                        out.push(Action::Receive(batch.ops, batch.envelopes));
                    }
                    if last != self.cursor {
                        self.cursor = last;
                        out.push(Action::SaveCursor(last));
                    }
                    if batch.more || !self.outbox.is_empty() {
                        self.next_request(&mut out);
                    } else {
                        self.phase = Phase::Idle;
                        self.last_synced = Some(self.now);
                    }
                }
            }
            Event::Failed(now) => {
                // In any phase: a round can fail before its first request (a login refused,
                // the server unreachable) or after its last (the originals). Only a round that
                // settles ends the streak, so a failure that recurs every round waits longer
                // each time, whatever requests succeeded before it.
                self.now = now;
                self.backoff = if self.backoff == 0 {
                    FIRST_BACKOFF_MILLIS
                } else {
                    (self.backoff * 2).min(MAX_BACKOFF_MILLIS)
                };
                self.phase = Phase::Waiting(now + self.backoff);
            }
            Event::Settled => self.backoff = 0,
        }
        let after = self.status();
        if after != before {
            out.push(Action::Status(after));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::MemberId;
    use crate::seal::CaseRef;

    fn at(n: u64) -> Cursor {
        Cursor { visible: n, seq: n }
    }

    fn sealed(n: u8) -> SealedOp {
        SealedOp {
            op: OpId([n; 16]),
            case: CaseRef([1; 16]),
            epoch: 1,
            author: MemberId([2; 16]),
            nonce: [0; 24],
            ciphertext: vec![n],
            signature: vec![0; 64],
        }
    }

    fn pushes(actions: &[Action]) -> Vec<usize> {
        actions
            .iter()
            .filter_map(|a| match a {
                Action::Push(p) => Some(p.ops.len()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn unsent_operations_go_first_and_leave_only_when_acknowledged() {
        let mut client = Client::new(Cursor::default(), vec![sealed(1), sealed(2)], None);
        let actions = client.handle(Event::Online);
        assert_eq!(pushes(&actions), [2]);
        // More arrive while the push is under way: they wait for the next push.
        assert!(pushes(&client.handle(Event::Queued(vec![sealed(3)]))).is_empty());
        // The server stored only the first: the second stays, with the third.
        let actions = client.handle(Event::Pushed(PushAck {
            stored: vec![(OpId([1; 16]), 7)],
        }));
        assert!(actions.contains(&Action::Acknowledge(vec![(OpId([1; 16]), 7)])));
        assert_eq!(pushes(&actions), [2]);
        assert_eq!(client.status().unsent, 2);
        // The connection drops: nothing is lost, and it resumes with the same two.
        let actions = client.handle(Event::Failed(1_000));
        assert!(
            actions
                .iter()
                .any(|a| matches!(a, Action::Status(s) if s.retrying))
        );
        assert!(client.handle(Event::Tick(1_500)).is_empty());
        assert_eq!(pushes(&client.handle(Event::Tick(2_000))), [2]);
        let actions = client.handle(Event::Pushed(PushAck {
            stored: vec![(OpId([2; 16]), 8), (OpId([3; 16]), 9)],
        }));
        assert_eq!(client.status().unsent, 0);
        assert!(actions.contains(&Action::Pull(PullRequest {
            after: Cursor::default(),
            limit: BATCH as u32
        })));
    }

    #[test]
    fn the_cursor_moves_only_after_what_was_pulled_is_handed_over() {
        let mut client = Client::new(at(5), Vec::new(), None);
        client.handle(Event::Online);
        let actions = client.handle(Event::Pulled(PullBatch {
            ops: vec![(6, sealed(6))],
            envelopes: Vec::new(),
            last: at(9),
            more: true,
        }));
        let receive = actions
            .iter()
            .position(|a| matches!(a, Action::Receive(..)));
        let save = actions.iter().position(|a| *a == Action::SaveCursor(at(9)));
        assert!(
            receive.is_some() && save.is_some() && receive < save,
            "{actions:?}"
        );
        assert!(actions.contains(&Action::Pull(PullRequest {
            after: at(9),
            limit: BATCH as u32
        })));
        client.handle(Event::Tick(50));
        let actions = client.handle(Event::Pulled(PullBatch {
            ops: Vec::new(),
            envelopes: Vec::new(),
            last: at(9),
            more: false,
        }));
        assert_eq!(client.status().last_synced, Some(50));
        assert!(actions.iter().any(|a| matches!(a, Action::Status(_))));
        // An answer nobody asked for (a late duplicate) changes nothing.
        assert!(
            client
                .handle(Event::Pulled(PullBatch {
                    ops: vec![(10, sealed(10))],
                    envelopes: Vec::new(),
                    last: at(10),
                    more: false,
                }))
                .is_empty()
        );
        assert_eq!(client.cursor(), at(9));
    }

    /// The app keeps one client: a new round, with the outbox reloaded from the vault, keeps
    /// the wait that failures set; a round that succeeds ends it.
    #[test]
    fn a_resumed_client_keeps_its_wait_after_failures() {
        let mut client = Client::default();
        assert_eq!(client.retry_at(), None);
        client.resume(at(3), vec![sealed(1)], Some(5));
        assert_eq!((client.cursor(), client.status().unsent), (at(3), 1));
        assert_eq!(client.status().last_synced, Some(5));
        client.handle(Event::Online);
        client.handle(Event::Failed(10_000));
        client.handle(Event::Failed(11_000));
        assert_eq!(client.retry_at(), Some(13_000));
        // The next round reloads the outbox (one more edit waits) and keeps the wait.
        client.resume(at(3), vec![sealed(1), sealed(2)], None);
        assert_eq!(client.retry_at(), Some(13_000));
        assert!(pushes(&client.handle(Event::Tick(12_999))).is_empty());
        assert_eq!(pushes(&client.handle(Event::Tick(13_000))), [2]);
        let stored = vec![(sealed(1).op, 4), (sealed(2).op, 5)];
        client.handle(Event::Pushed(PushAck { stored }));
        assert_eq!(client.retry_at(), None);
        assert_eq!(client.status().unsent, 0);
    }

    /// Regression (found in review): a round that failed before its first request (the
    /// server unreachable at login) left the client offline with no wait, and the app tried
    /// again every second; one that failed after its requests (the originals) waited one
    /// second each time, however often it recurred.
    #[test]
    fn a_round_failing_around_its_requests_waits_longer_each_time_until_one_settles() {
        let mut client = Client::default();
        client.resume(at(0), vec![sealed(1)], None);
        client.handle(Event::Failed(1_000));
        assert_eq!(
            client.retry_at(),
            Some(2_000),
            "no wait after a failed login"
        );
        assert!(!client.may_retry(1_999) && client.may_retry(2_000));
        // The next round's requests succeed, then its originals fail: the wait still grows.
        client.resume(at(0), vec![sealed(1)], None);
        client.handle(Event::Tick(2_000));
        let stored = vec![(sealed(1).op, 1)];
        client.handle(Event::Pushed(PushAck { stored }));
        client.handle(Event::Failed(3_000));
        assert_eq!(client.retry_at(), Some(5_000));
        // A round that settles ends the streak.
        client.resume(at(1), Vec::new(), None);
        client.handle(Event::Tick(5_000));
        client.handle(Event::Settled);
        client.handle(Event::Failed(9_000));
        assert_eq!(client.retry_at(), Some(10_000));
    }

    #[test]
    fn a_wait_beyond_the_longest_back_off_means_the_clock_went_back() {
        let mut client = Client::default();
        let now = 100 * MAX_BACKOFF_MILLIS;
        client.handle(Event::Failed(now));
        assert!(!client.may_retry(now));
        // The clock set back by an hour: the wait is over rather than an hour longer.
        assert!(client.may_retry(now - 3_600_000));
    }

    #[test]
    fn failures_back_off_up_to_a_limit_and_offline_attempts_nothing() {
        let mut client = Client::new(Cursor::default(), vec![sealed(1)], None);
        client.handle(Event::Online);
        let mut now = 0;
        let mut waits = Vec::new();
        for _ in 0..12 {
            client.handle(Event::Failed(now));
            let mut t = now;
            loop {
                t += 1000;
                if !pushes(&client.handle(Event::Tick(t))).is_empty() {
                    break;
                }
            }
            waits.push(t - now);
            now = t;
        }
        assert_eq!(waits[0], 1000);
        assert!(waits.windows(2).all(|w| w[1] >= w[0]));
        assert_eq!(*waits.last().unwrap_or(&0), MAX_BACKOFF_MILLIS);
        client.handle(Event::Offline);
        assert!(
            client
                .handle(Event::Tick(now + MAX_BACKOFF_MILLIS * 2))
                .is_empty()
        );
        assert!(!client.status().online);
    }

    fn big(n: u8, bytes: usize) -> SealedOp {
        SealedOp {
            ciphertext: vec![n; bytes],
            ..sealed(n)
        }
    }

    fn stalled(actions: &[Action]) -> bool {
        actions.iter().any(|a| matches!(a, Action::Stalled))
    }

    #[test]
    fn a_push_is_cut_by_bytes_and_halved_after_a_refusal_as_too_large() {
        let three = 3 * 1024 * 1024;
        let outbox: Vec<SealedOp> = (1..=6).map(|n| big(n, three)).collect();
        let mut client = Client::new(at(0), outbox, None);
        // 3 MiB each: two fit in a push, the third would pass 8 MiB.
        assert_eq!(pushes(&client.handle(Event::Online)), [2]);
        // Refused as too large anyway (a proxy with a smaller limit): one at a time.
        assert_eq!(pushes(&client.handle(Event::TooLarge)), [1]);
        // One refused alone can never go: the round ends instead of trying for ever.
        assert!(stalled(&client.handle(Event::TooLarge)));
        // An operation over the byte limit on its own still goes, alone.
        let mut client = Client::new(at(0), vec![big(1, 9 * 1024 * 1024), sealed(2)], None);
        assert_eq!(pushes(&client.handle(Event::Online)), [1]);
    }

    #[test]
    fn a_server_that_moves_nothing_forward_ends_the_round() {
        // A push of which the server stores nothing, answered as if all were well.
        let mut client = Client::new(at(0), vec![sealed(1), sealed(2)], None);
        assert_eq!(pushes(&client.handle(Event::Online)), [2]);
        let actions = client.handle(Event::Pushed(PushAck { stored: vec![] }));
        assert!(stalled(&actions), "{actions:?}");
        assert!(
            pushes(&actions).is_empty(),
            "the same push is not sent again"
        );
        assert_eq!(client.status().unsent, 2, "nothing left the outbox");

        // A pull that says there is more after the very place it was asked from.
        let mut client = Client::new(at(7), vec![], None);
        client.handle(Event::Online);
        let actions = client.handle(Event::Pulled(PullBatch {
            ops: vec![],
            envelopes: vec![],
            last: at(7),
            more: true,
        }));
        assert!(stalled(&actions), "{actions:?}");
        assert!(
            !actions.iter().any(|a| matches!(a, Action::Pull(_))),
            "the same pull is not sent again"
        );
    }
}
