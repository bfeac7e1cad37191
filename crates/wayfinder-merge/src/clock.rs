//! The hybrid logical clock: wall-clock milliseconds plus a counter, so that an operation is
//! always later than everything its author had seen, even when laptops' clocks disagree.

use serde::{Deserialize, Serialize};

/// A point in hybrid logical time. Ordered by milliseconds, then counter.
#[derive(
    Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default, Serialize, Deserialize,
)]
pub struct Hlc {
    pub millis: u64,
    pub counter: u32,
}

/// One author's clock. The wall time is passed in, never read here.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    last: Hlc,
}

impl Clock {
    pub fn new(last: Hlc) -> Clock {
        Clock { last }
    }

    /// The time of a new local operation at wall time `now_millis`: after the wall time and
    /// after everything seen so far.
    pub fn tick(&mut self, now_millis: u64) -> Hlc {
        self.last = if now_millis > self.last.millis {
            Hlc {
                millis: now_millis,
                counter: 0,
            }
        } else {
            Hlc {
                millis: self.last.millis,
                counter: self.last.counter.saturating_add(1),
            }
        };
        self.last
    }

    /// Takes in the time of an operation received from elsewhere.
    pub fn observe(&mut self, seen: Hlc) {
        if seen > self.last {
            self.last = seen;
        }
    }

    pub fn last(&self) -> Hlc {
        self.last
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(start: Hlc, seen: Option<Hlc>, now: u64, expect: Hlc) {
        let mut clock = Clock::new(start);
        if let Some(seen) = seen {
            clock.observe(seen);
        }
        assert_eq!(
            clock.tick(now),
            expect,
            "start {start:?} seen {seen:?} now {now}"
        );
    }

    #[test]
    fn ticks() {
        let at = |millis, counter| Hlc { millis, counter };
        check(at(0, 0), None, 100, at(100, 0));
        check(at(100, 0), None, 100, at(100, 1));
        // A wall clock that went back never makes time go back.
        check(at(100, 4), None, 50, at(100, 5));
        // A laptop whose clock is ahead: what we saw from it comes before our next edit.
        check(at(100, 0), Some(at(900, 3)), 120, at(900, 4));
        check(at(100, 0), Some(at(90, 7)), 120, at(120, 0));
    }
}
