//! Dates relative to today: when a task is due, whether a consent still holds. `today` is always
//! the caller's, so every rule is testable.

use chrono::NaiveDate;

/// Days a consent is shown as about to expire before its last day.
pub const CONSENT_WARNING_DAYS: i64 = 30;

/// Where a due date stands relative to today.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Due {
    /// Past its date by this many days.
    Overdue(i64),
    Today,
    /// Due in this many days.
    InDays(i64),
}

pub fn due(date: NaiveDate, today: NaiveDate) -> Due {
    let days = (date - today).num_days();
    match days {
        0 => Due::Today,
        d if d < 0 => Due::Overdue(-d),
        d => Due::InDays(d),
    }
}

/// Whether a consent allows sharing today.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ConsentStanding {
    /// No end date, or one more than the warning period away.
    Valid,
    /// Still valid, ending within the warning period (this many days left, 0 = last day).
    ExpiringIn(i64),
    /// Its last day has passed: nothing may be shared under it.
    Expired,
}

/// `until` is the consent's last valid day, inclusive.
pub fn consent_standing(until: Option<NaiveDate>, today: NaiveDate) -> ConsentStanding {
    let Some(until) = until else {
        return ConsentStanding::Valid;
    };
    let left = (until - today).num_days();
    if left < 0 {
        ConsentStanding::Expired
    } else if left <= CONSENT_WARNING_DAYS {
        ConsentStanding::ExpiringIn(left)
    } else {
        ConsentStanding::Valid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn check_due(date: &str, today: &str, expect: Due) {
        assert_eq!(due(d(date), d(today)), expect, "{date} seen on {today}");
    }

    fn check_consent(until: Option<&str>, today: &str, expect: ConsentStanding) {
        assert_eq!(
            consent_standing(until.map(d), d(today)),
            expect,
            "{until:?} seen on {today}"
        );
    }

    #[test]
    fn due_dates() {
        check_due("2026-11-24", "2026-11-24", Due::Today);
        check_due("2026-11-25", "2026-11-24", Due::InDays(1));
        check_due("2026-11-20", "2026-11-24", Due::Overdue(4));
        check_due("2027-01-01", "2026-12-31", Due::InDays(1));
        check_due("2028-02-29", "2028-02-28", Due::InDays(1));
    }

    #[test]
    fn consents() {
        check_consent(None, "2026-11-24", ConsentStanding::Valid);
        check_consent(Some("2027-06-01"), "2026-11-24", ConsentStanding::Valid);
        check_consent(
            Some("2026-12-24"),
            "2026-11-24",
            ConsentStanding::ExpiringIn(30),
        );
        check_consent(
            Some("2026-11-24"),
            "2026-11-24",
            ConsentStanding::ExpiringIn(0),
        );
        check_consent(Some("2026-11-23"), "2026-11-24", ConsentStanding::Expired);
    }
}
