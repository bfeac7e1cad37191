//! Travel and admission, with no I/O: a plan's items dated relative to its anchor dates ("45
//! days before travel", "the day after admission") and planned again when an anchor moves; done
//! items never move, and an item that would now fall in the past or before what it depends on
//! is flagged, never moved silently; a circle of dependencies is refused, naming its items. The
//! passport's validity against the destination's rule, and an itinerary whose times are each in
//! their own place's time zone, checked for overlaps and impossible connections. `today` and
//! every date are the caller's.

use chrono::{DateTime, Months, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::Hash;
use std::str::FromStr;

/// Why a travel value was refused. Nothing here carries a name or a date of a child.
#[derive(Clone, Copy, PartialEq, Eq, Debug, thiserror::Error)]
pub enum TravelError {
    /// A rule not of the form `travel-45`, `admission+1`, or more than two years off.
    #[error("the item's date rule is not understood")]
    RuleInvalid,
    /// A time zone not in the IANA database (`Europe/Istanbul`).
    #[error("the time zone is not known")]
    ZoneUnknown,
    /// A local time the clocks skip (the hour lost when summer time begins).
    #[error("that local time does not exist: the clocks skip it")]
    TimeSkipped,
    /// Items that depend on each other round a circle.
    #[error("the items depend on each other in a circle")]
    Circular,
}

crate::error_codes! {
    TravelError {
        TravelError::RuleInvalid => "travel-rule-invalid",
        TravelError::ZoneUnknown => "travel-zone-unknown",
        TravelError::TimeSkipped => "travel-time-skipped",
        TravelError::Circular => "travel-circular",
    }
}

/// A date a plan turns on; items are dated relative to one of them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Anchor {
    Travel,
    /// The visa appointment at the embassy or its agent.
    Visa,
    Admission,
    Return,
}

impl Anchor {
    pub const ALL: [Anchor; 4] = [
        Anchor::Travel,
        Anchor::Visa,
        Anchor::Admission,
        Anchor::Return,
    ];

    /// Its code in rules and stored fields.
    pub fn code(self) -> &'static str {
        match self {
            Anchor::Travel => "travel",
            Anchor::Visa => "visa",
            Anchor::Admission => "admission",
            Anchor::Return => "return",
        }
    }

    pub fn parse(code: &str) -> Option<Anchor> {
        Anchor::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// A plan's anchor dates; one not yet set leaves its items waiting.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Anchors {
    pub travel: Option<NaiveDate>,
    pub visa: Option<NaiveDate>,
    pub admission: Option<NaiveDate>,
    pub return_date: Option<NaiveDate>,
}

impl Anchors {
    pub fn get(&self, anchor: Anchor) -> Option<NaiveDate> {
        match anchor {
            Anchor::Travel => self.travel,
            Anchor::Visa => self.visa,
            Anchor::Admission => self.admission,
            Anchor::Return => self.return_date,
        }
    }

    pub fn set(&mut self, anchor: Anchor, date: Option<NaiveDate>) {
        match anchor {
            Anchor::Travel => self.travel = date,
            Anchor::Visa => self.visa = date,
            Anchor::Admission => self.admission = date,
            Anchor::Return => self.return_date = date,
        }
    }
}

/// When an item falls due: `days` after its anchor (before it when negative).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Rule {
    pub anchor: Anchor,
    pub days: i32,
}

impl Rule {
    /// The furthest a rule may reach from its anchor, either way: two years.
    pub const MAX_DAYS: i32 = 730;

    /// Its date under `anchors`, or none while its anchor is not set.
    pub fn date(self, anchors: &Anchors) -> Option<NaiveDate> {
        let anchor = anchors.get(self.anchor)?;
        let days = chrono::Days::new(u64::from(self.days.unsigned_abs()));
        if self.days < 0 {
            anchor.checked_sub_days(days)
        } else {
            anchor.checked_add_days(days)
        }
    }
}

/// As stored: `travel-45`, `admission+1`, `visa+0`.
impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.days < 0 { '-' } else { '+' };
        write!(
            f,
            "{}{sign}{}",
            self.anchor.code(),
            self.days.unsigned_abs()
        )
    }
}

impl FromStr for Rule {
    type Err = TravelError;

    fn from_str(text: &str) -> Result<Rule, TravelError> {
        let at = text.find(['+', '-']).ok_or(TravelError::RuleInvalid)?;
        let anchor = Anchor::parse(&text[..at]).ok_or(TravelError::RuleInvalid)?;
        let digits = &text[at + 1..];
        if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(TravelError::RuleInvalid);
        }
        let days: i32 = digits.parse().map_err(|_| TravelError::RuleInvalid)?;
        if days > Rule::MAX_DAYS {
            return Err(TravelError::RuleInvalid);
        }
        Ok(Rule {
            anchor,
            days: if text.as_bytes()[at] == b'-' {
                -days
            } else {
                days
            },
        })
    }
}

/// An item of a plan as it stands: dated by a rule or by hand, done or open, and the items
/// (by key) it comes after.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Item<K> {
    pub key: K,
    pub rule: Option<Rule>,
    /// The date it stands at now (the last planning's, or hers).
    pub due: Option<NaiveDate>,
    pub done: bool,
    pub after: Vec<K>,
}

/// What planning found wrong with an item; it is shown, and nothing is moved to hide it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Flag<K> {
    /// Open, and due before today.
    InPast,
    /// Due before an open item it comes after is due.
    BeforeDependency(K),
    /// Its rule's anchor is not set: it has no date yet.
    WaitsFor(Anchor),
}

/// An item after planning: its date, whether planning moved it, and what it found.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Planned<K> {
    pub key: K,
    pub due: Option<NaiveDate>,
    pub moved: bool,
    pub flags: Vec<Flag<K>>,
}

/// Items that come after each other round a circle, in the circle's order from its first.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Circle<K>(pub Vec<K>);

/// The first circle among the items' dependencies, if any (a dependency on an item not in the
/// plan is ignored: it was deleted).
pub fn circle<K: Clone + Eq + Hash>(items: &[Item<K>]) -> Option<Circle<K>> {
    let index: HashMap<&K, usize> = items
        .iter()
        .enumerate()
        .map(|(i, it)| (&it.key, i))
        .collect();
    // Depth first, iteratively: 0 unseen, 1 on the path, 2 finished.
    let mut state = vec![0u8; items.len()];
    for start in 0..items.len() {
        if state[start] != 0 {
            continue;
        }
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        state[start] = 1;
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            let Some(dep) = items[node].after.get(*next) else {
                state[node] = 2;
                path.pop();
                continue;
            };
            *next += 1;
            let Some(&d) = index.get(dep) else { continue };
            match state[d] {
                0 => {
                    state[d] = 1;
                    path.push((d, 0));
                }
                1 => {
                    let from = path.iter().position(|(n, _)| *n == d).unwrap_or(0);
                    return Some(Circle(
                        path[from..]
                            .iter()
                            .map(|(n, _)| items[*n].key.clone())
                            .collect(),
                    ));
                }
                _ => {}
            }
        }
    }
    None
}

/// Plans the items under `anchors` as of `today`: an open item with a rule takes its rule's
/// date (none, and a flag, while its anchor is unset); a done item, or one dated by hand, keeps
/// its date. Then each open item due before today, or before an open item it comes after, is
/// flagged. A circle of dependencies is refused, naming its items, and nothing is planned.
pub fn plan<K: Clone + Eq + Hash>(
    items: &[Item<K>],
    anchors: &Anchors,
    today: NaiveDate,
) -> Result<Vec<Planned<K>>, Circle<K>> {
    if let Some(found) = circle(items) {
        return Err(found);
    }
    let mut planned: Vec<Planned<K>> = items
        .iter()
        .map(|item| {
            let (due, flags) = match (item.done, item.rule) {
                (false, Some(rule)) => match rule.date(anchors) {
                    Some(date) => (Some(date), Vec::new()),
                    None => (None, vec![Flag::WaitsFor(rule.anchor)]),
                },
                _ => (item.due, Vec::new()),
            };
            Planned {
                key: item.key.clone(),
                moved: due != item.due,
                due,
                flags,
            }
        })
        .collect();
    let dates: HashMap<&K, (Option<NaiveDate>, bool)> = items
        .iter()
        .zip(&planned)
        .map(|(item, p)| (&item.key, (p.due, item.done)))
        .collect();
    for (item, p) in items.iter().zip(planned.iter_mut()) {
        if item.done {
            continue;
        }
        let Some(due) = p.due else { continue };
        if due < today {
            p.flags.push(Flag::InPast);
        }
        let mut seen = HashSet::new();
        for dep in &item.after {
            if let Some((Some(other), false)) = dates.get(dep)
                && due < *other
                && seen.insert(dep)
            {
                p.flags.push(Flag::BeforeDependency(dep.clone()));
            }
        }
    }
    Ok(planned)
}

/// Whether a passport is valid long enough: the destination asks that it still be valid
/// `months` months after the return (six, for many). `Err` names the first expiry date that
/// would do.
pub fn passport_valid(
    expiry: NaiveDate,
    return_date: NaiveDate,
    months: u32,
) -> Result<(), NaiveDate> {
    let needed = return_date
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX);
    if expiry >= needed {
        Ok(())
    } else {
        Err(needed)
    }
}

/// A time as written on a ticket or a letter: a local date and time in a place's zone.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LocalTime {
    pub at: NaiveDateTime,
    pub zone: Tz,
}

impl LocalTime {
    /// `zone` an IANA name (`Asia/Kolkata`).
    pub fn new(at: NaiveDateTime, zone: &str) -> Result<LocalTime, TravelError> {
        let zone: Tz = zone.parse().map_err(|_| TravelError::ZoneUnknown)?;
        Ok(LocalTime { at, zone })
    }

    /// The instant it names. A time the clocks pass twice (summer time ending) is the first
    /// of the two, as timetables mean it; one they skip is refused.
    pub fn instant(self) -> Result<DateTime<Utc>, TravelError> {
        self.zone
            .from_local_datetime(&self.at)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .ok_or(TravelError::TimeSkipped)
    }

    /// The same instant on the clock of `zone` (hers, to show it).
    pub fn shown_in(self, zone: Tz) -> Result<NaiveDateTime, TravelError> {
        Ok(self.instant()?.with_timezone(&zone).naive_local())
    }
}

/// What an itinerary entry is: a leg that takes her from one place to another, or a stay or an
/// appointment in one place.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Leg {
    Flight,
    Ground,
    Stay,
    Appointment,
}

/// An entry of the itinerary, each end in its own place's time zone.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Entry<K> {
    pub key: K,
    pub leg: Leg,
    pub starts: LocalTime,
    pub ends: LocalTime,
}

/// What checking an itinerary found.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ItineraryFlag<K> {
    /// Ends before it starts (a landing time in the wrong zone, often).
    EndsBeforeStart(K),
    /// Two journeys or two appointments at once.
    Overlap(K, K),
    /// An appointment (or a leg) that starts before the journey that brings her ends.
    StartsBeforeArrival { entry: K, journey: K },
    /// A time that cannot be placed (skipped by the clocks).
    Unplaceable(K),
}

/// Checks an itinerary: entries that end before they start, journeys or appointments that
/// overlap, and an appointment or a journey starting while a journey is still under way. Stays
/// overlap what happens during them by nature, and are checked only for their own order.
pub fn check_itinerary<K: Clone>(entries: &[Entry<K>]) -> Vec<ItineraryFlag<K>> {
    let mut flags = Vec::new();
    let mut placed: Vec<(usize, DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        match (e.starts.instant(), e.ends.instant()) {
            (Ok(s), Ok(t)) if t < s => flags.push(ItineraryFlag::EndsBeforeStart(e.key.clone())),
            (Ok(s), Ok(t)) => placed.push((i, s, t)),
            _ => flags.push(ItineraryFlag::Unplaceable(e.key.clone())),
        }
    }
    placed.sort_by_key(|(_, s, _)| *s);
    for (n, &(i, _, t)) in placed.iter().enumerate() {
        let a = &entries[i];
        if a.leg == Leg::Stay {
            continue;
        }
        for &(j, s2, _) in placed[n + 1..].iter() {
            if s2 >= t {
                break;
            }
            let b = &entries[j];
            if b.leg == Leg::Stay {
                continue;
            }
            let journey = |l: Leg| matches!(l, Leg::Flight | Leg::Ground);
            if journey(a.leg) && !journey(b.leg) {
                flags.push(ItineraryFlag::StartsBeforeArrival {
                    entry: b.key.clone(),
                    journey: a.key.clone(),
                });
            } else {
                flags.push(ItineraryFlag::Overlap(a.key.clone(), b.key.clone()));
            }
        }
    }
    flags
}

/// An item of the starter checklists Wayfinder ships: its code (its title is the message
/// `travel-item-<code>` in each language), its date rule, whether the family does it, the
/// items it comes after, and whether to check it with the embassy.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct StarterItem {
    pub code: &'static str,
    pub rule: &'static str,
    pub family: bool,
    pub after: &'static [&'static str],
    pub check_embassy: bool,
}

/// Everything a medical trip abroad asks, in the order it is done.
pub const STARTER_ITEMS: &[StarterItem] = &[
    StarterItem {
        code: "passports",
        rule: "travel-90",
        family: true,
        after: &[],
        check_embassy: true,
    },
    StarterItem {
        code: "records-sent",
        rule: "travel-80",
        family: false,
        after: &[],
        check_embassy: false,
    },
    StarterItem {
        code: "quote",
        rule: "travel-65",
        family: false,
        after: &["records-sent"],
        check_embassy: false,
    },
    StarterItem {
        code: "payment-guarantee",
        rule: "travel-55",
        family: false,
        after: &["quote"],
        check_embassy: false,
    },
    StarterItem {
        code: "invitation",
        rule: "travel-45",
        family: false,
        after: &["payment-guarantee"],
        check_embassy: true,
    },
    StarterItem {
        code: "other-parent-consent",
        rule: "travel-40",
        family: true,
        after: &[],
        check_embassy: true,
    },
    StarterItem {
        code: "visa-application",
        rule: "visa-10",
        family: true,
        after: &["invitation", "passports"],
        check_embassy: true,
    },
    StarterItem {
        code: "visa-appointment",
        rule: "visa+0",
        family: true,
        after: &["visa-application"],
        check_embassy: true,
    },
    StarterItem {
        code: "insurance",
        rule: "travel-21",
        family: true,
        after: &[],
        check_embassy: true,
    },
    StarterItem {
        code: "flights",
        rule: "travel-21",
        family: false,
        after: &["visa-appointment"],
        check_embassy: false,
    },
    StarterItem {
        code: "accommodation",
        rule: "travel-14",
        family: false,
        after: &["visa-appointment"],
        check_embassy: false,
    },
    StarterItem {
        code: "interpreter",
        rule: "admission-7",
        family: false,
        after: &[],
        check_embassy: false,
    },
    StarterItem {
        code: "admission-forms",
        rule: "admission-3",
        family: true,
        after: &["invitation"],
        check_embassy: false,
    },
    StarterItem {
        code: "transfer",
        rule: "travel-3",
        family: false,
        after: &["flights"],
        check_embassy: false,
    },
    StarterItem {
        code: "hand-luggage",
        rule: "travel-1",
        family: true,
        after: &[],
        check_embassy: false,
    },
];

/// A starter checklist for a destination: its visa (the message `travel-visa-<country>`),
/// how many months a passport must outlast the return there, and where the requirements come
/// from (official sources, named as they name themselves). Every item says to check it with
/// the embassy where rules change: these are a start, not advice.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Starter {
    /// ISO 3166-1 alpha-2.
    pub country: &'static str,
    pub passport_months: u32,
    pub source: &'static str,
}

pub const STARTERS: &[Starter] = &[
    Starter {
        country: "IN",
        passport_months: 6,
        source: "Government of India, e-Visa (e-Medical and e-Medical Attendant), indianvisaonline.gov.in",
    },
    Starter {
        country: "TR",
        passport_months: 2,
        source: "Republic of Türkiye, Ministry of Foreign Affairs, visa information, mfa.gov.tr",
    },
    Starter {
        country: "DE",
        passport_months: 3,
        source: "German Federal Foreign Office, visa for medical treatment, auswaertiges-amt.de",
    },
    Starter {
        country: "ES",
        passport_months: 3,
        source: "Spain, Ministry of Foreign Affairs, Schengen visa, exteriores.gob.es",
    },
    Starter {
        country: "US",
        passport_months: 6,
        source: "U.S. Department of State, B-2 visa for medical treatment, travel.state.gov",
    },
    Starter {
        country: "AE",
        passport_months: 6,
        source: "UAE Federal Authority for Identity and Citizenship, entry permit for treatment, icp.gov.ae",
    },
];

/// The starter checklist for a country (ISO 3166-1 alpha-2), if Wayfinder ships one.
pub fn starter(country: &str) -> Option<&'static Starter> {
    STARTERS.iter().find(|s| s.country == country)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn t(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
            .unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn rules_read_and_write_as_stored_and_refuse_anything_else() {
        let table: &[(&str, Option<(Anchor, i32)>)] = &[
            ("travel-45", Some((Anchor::Travel, -45))),
            ("admission+1", Some((Anchor::Admission, 1))),
            ("visa+0", Some((Anchor::Visa, 0))),
            ("return-730", Some((Anchor::Return, -730))),
            ("return-731", None),
            ("travel", None),
            ("travel-", None),
            ("travel--4", None),
            ("travel-4d", None),
            ("Travel-4", None),
            ("flight-4", None),
            ("travel-0045", None),
            ("", None),
            ("travel-٤٥", None),
        ];
        for (text, expect) in table {
            let got = text.parse::<Rule>().ok().map(|r| (r.anchor, r.days));
            assert_eq!(got, *expect, "{text}");
            if let Some((anchor, days)) = expect {
                assert_eq!(
                    Rule {
                        anchor: *anchor,
                        days: *days
                    }
                    .to_string(),
                    *text
                );
            }
        }
    }

    #[test]
    fn a_rule_counts_days_from_its_anchor_across_months_and_leap_days() {
        let anchors = Anchors {
            travel: Some(d("2028-03-15")),
            admission: Some(d("2028-12-31")),
            ..Anchors::default()
        };
        let table: &[(&str, Option<&str>)] = &[
            ("travel-45", Some("2028-01-30")),
            ("travel-15", Some("2028-02-29")),
            ("travel+0", Some("2028-03-15")),
            ("admission+1", Some("2029-01-01")),
            ("visa-10", None),
            ("return+3", None),
        ];
        for (rule, expect) in table {
            let rule: Rule = rule.parse().unwrap_or_else(|e| panic!("{rule}: {e}"));
            assert_eq!(rule.date(&anchors), expect.map(d), "{rule}");
        }
    }

    fn item(
        key: &'static str,
        rule: Option<&str>,
        due: Option<&str>,
        done: bool,
        after: &[&'static str],
    ) -> Item<&'static str> {
        Item {
            key,
            rule: rule.map(|r| r.parse().unwrap_or_else(|e| panic!("{r}: {e}"))),
            due: due.map(d),
            done,
            after: after.to_vec(),
        }
    }

    #[test]
    fn moving_travel_moves_open_items_never_done_ones_and_flags_what_falls_wrong() {
        let items = vec![
            item("passport", Some("travel-60"), Some("2027-03-02"), true, &[]),
            item(
                "invitation",
                Some("travel-45"),
                Some("2027-03-17"),
                false,
                &[],
            ),
            item(
                "visa",
                Some("visa+0"),
                Some("2027-03-20"),
                false,
                &["invitation"],
            ),
            item(
                "flights",
                Some("travel-30"),
                Some("2027-04-01"),
                false,
                &["visa"],
            ),
            item("insurance", None, Some("2027-04-10"), false, &[]),
            item("interpreter", Some("admission-2"), None, false, &[]),
        ];
        // Travel moves a fortnight earlier; the visa appointment stays.
        let anchors = Anchors {
            travel: Some(d("2027-04-17")),
            visa: Some(d("2027-03-20")),
            ..Anchors::default()
        };
        let planned = plan(&items, &anchors, d("2027-03-05")).unwrap_or_else(|c| panic!("{c:?}"));
        let by: HashMap<_, _> = planned.iter().map(|p| (p.key, p)).collect();
        // Done: kept where it was though its rule now says 2027-02-16.
        assert_eq!(
            (by["passport"].due, by["passport"].moved),
            (Some(d("2027-03-02")), false)
        );
        assert!(by["passport"].flags.is_empty());
        // Open: moved with travel, and now in the past.
        assert_eq!(by["invitation"].due, Some(d("2027-03-03")));
        assert!(by["invitation"].moved);
        assert_eq!(by["invitation"].flags, [Flag::InPast]);
        // The flights now fall before the visa they wait for: flagged, not moved to suit.
        assert_eq!(by["flights"].due, Some(d("2027-03-18")));
        assert_eq!(by["flights"].flags, [Flag::BeforeDependency("visa")]);
        assert!(by["visa"].flags.is_empty());
        // Dated by hand: stays. No admission date yet: waits, saying for what.
        assert_eq!(
            (by["insurance"].due, by["insurance"].moved),
            (Some(d("2027-04-10")), false)
        );
        assert_eq!(
            (by["interpreter"].due, by["interpreter"].flags.clone()),
            (None, vec![Flag::WaitsFor(Anchor::Admission)])
        );
    }

    #[test]
    fn a_circle_of_dependencies_is_refused_naming_its_items() {
        let items = vec![
            item("a", Some("travel-10"), None, false, &[]),
            item("b", Some("travel-9"), None, false, &["d"]),
            item("c", Some("travel-8"), None, false, &["b", "a"]),
            item("d", Some("travel-7"), None, false, &["c"]),
            item("e", Some("travel-6"), None, false, &["gone"]),
        ];
        let found = plan(&items, &Anchors::default(), d("2027-01-01")).err();
        let Some(Circle(mut names)) = found else {
            panic!("no circle found")
        };
        names.sort();
        assert_eq!(names, ["b", "c", "d"]);
        // One item after itself is a circle of one.
        let selfish = vec![item("a", None, None, false, &["a"])];
        assert_eq!(circle(&selfish), Some(Circle(vec!["a"])));
        assert_eq!(circle(&items[..1]), None);
    }

    #[test]
    fn a_passport_must_outlast_the_return_by_the_destinations_rule() {
        let table: &[(&str, &str, u32, Result<(), &str>)] = &[
            ("2027-12-01", "2027-06-01", 6, Ok(())),
            ("2027-11-30", "2027-06-01", 6, Err("2027-12-01")),
            // Six months after 31 August is the last day of February.
            ("2028-02-29", "2027-08-31", 6, Ok(())),
            ("2028-02-28", "2027-08-31", 6, Err("2028-02-29")),
            ("2027-06-01", "2027-06-01", 0, Ok(())),
            ("2027-09-01", "2027-06-01", 3, Ok(())),
        ];
        for (expiry, back, months, expect) in table {
            assert_eq!(
                passport_valid(d(expiry), d(back), *months),
                expect.map_err(d),
                "{expiry} {back} {months}"
            );
        }
    }

    #[test]
    fn local_times_are_placed_in_their_own_zone_across_summer_time_and_the_date_line() {
        let table: &[(&str, &str, Result<&str, TravelError>)] = &[
            (
                "2027-03-10 23:30",
                "Europe/Istanbul",
                Ok("2027-03-10 20:30"),
            ),
            ("2027-03-10 23:30", "Asia/Kolkata", Ok("2027-03-10 18:00")),
            // Spain springs forward at 02:00 on 28 March 2027: 02:30 never happens.
            (
                "2027-03-28 02:30",
                "Europe/Madrid",
                Err(TravelError::TimeSkipped),
            ),
            ("2027-03-28 03:30", "Europe/Madrid", Ok("2027-03-28 01:30")),
            // Falls back on 31 October: 02:30 happens twice; the first is meant.
            ("2027-10-31 02:30", "Europe/Madrid", Ok("2027-10-31 00:30")),
            // New York, ten days before Europe changes.
            (
                "2027-03-15 08:00",
                "America/New_York",
                Ok("2027-03-15 12:00"),
            ),
            // Across the date line: Auckland's morning is the day before in UTC.
            (
                "2027-06-02 09:00",
                "Pacific/Auckland",
                Ok("2027-06-01 21:00"),
            ),
            (
                "2027-06-02 09:00",
                "Mars/Olympus",
                Err(TravelError::ZoneUnknown),
            ),
        ];
        for (at, zone, expect) in table {
            let got = LocalTime::new(t(at), zone)
                .and_then(LocalTime::instant)
                .map(|i| i.naive_utc());
            assert_eq!(got, expect.map(t), "{at} {zone}");
        }
        // Shown in hers: a landing in Delhi, seen from Madrid.
        let landing =
            LocalTime::new(t("2027-04-17 05:10"), "Asia/Kolkata").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            landing.shown_in(chrono_tz::Europe::Madrid),
            Ok(t("2027-04-17 01:40"))
        );
    }

    fn entry(
        key: &'static str,
        leg: Leg,
        from: (&str, &str),
        to: (&str, &str),
    ) -> Entry<&'static str> {
        let at = |(when, zone): (&str, &str)| {
            LocalTime::new(t(when), zone).unwrap_or_else(|e| panic!("{e}"))
        };
        Entry {
            key,
            leg,
            starts: at(from),
            ends: at(to),
        }
    }

    #[test]
    fn an_appointment_before_the_flight_lands_and_two_flights_at_once_are_flagged() {
        let entries = vec![
            // Madrid 22:00 to Delhi 11:40 the next day, local times: 9 h 10 min in the air.
            entry(
                "flight",
                Leg::Flight,
                ("2027-04-16 22:00", "Europe/Madrid"),
                ("2027-04-17 11:40", "Asia/Kolkata"),
            ),
            // The hotel from the landing: a stay, which overlaps by nature.
            entry(
                "hotel",
                Leg::Stay,
                ("2027-04-17 12:00", "Asia/Kolkata"),
                ("2027-04-30 11:00", "Asia/Kolkata"),
            ),
            // Admission at 10:00 Delhi time: before the flight lands.
            entry(
                "admission",
                Leg::Appointment,
                ("2027-04-17 10:00", "Asia/Kolkata"),
                ("2027-04-17 11:00", "Asia/Kolkata"),
            ),
            // A consultation the next day: fine.
            entry(
                "consult",
                Leg::Appointment,
                ("2027-04-18 09:00", "Asia/Kolkata"),
                ("2027-04-18 10:00", "Asia/Kolkata"),
            ),
            // Written with the landing in Madrid's time by mistake: ends before it starts.
            entry(
                "back",
                Leg::Flight,
                ("2027-04-30 14:00", "Asia/Kolkata"),
                ("2027-04-30 06:00", "Europe/Madrid"),
            ),
            // A second flight booked over the first.
            entry(
                "double",
                Leg::Flight,
                ("2027-04-17 01:00", "Europe/Madrid"),
                ("2027-04-17 03:00", "Europe/Madrid"),
            ),
        ];
        let flags = check_itinerary(&entries);
        assert!(
            flags.contains(&ItineraryFlag::StartsBeforeArrival {
                entry: "admission",
                journey: "flight"
            }),
            "{flags:?}"
        );
        assert!(
            flags.contains(&ItineraryFlag::EndsBeforeStart("back")),
            "{flags:?}"
        );
        assert!(
            flags.contains(&ItineraryFlag::Overlap("flight", "double")),
            "{flags:?}"
        );
        assert_eq!(flags.len(), 3, "{flags:?}");
        // In order, nothing is flagged.
        assert!(check_itinerary(&entries[..2]).is_empty());
        assert!(check_itinerary(&[entries[0].clone(), entries[3].clone()]).is_empty());
    }

    #[test]
    fn every_starter_item_has_a_rule_and_comes_after_items_before_it() {
        for (i, item) in STARTER_ITEMS.iter().enumerate() {
            assert!(item.rule.parse::<Rule>().is_ok(), "{}", item.code);
            for after in item.after {
                let j = STARTER_ITEMS.iter().position(|o| o.code == *after);
                assert!(j.is_some_and(|j| j < i), "{} after {after}", item.code);
            }
        }
        let items: Vec<Item<&str>> = STARTER_ITEMS
            .iter()
            .map(|s| Item {
                key: s.code,
                rule: s.rule.parse().ok(),
                due: None,
                done: false,
                after: s.after.to_vec(),
            })
            .collect();
        // Planned from sensible dates, nothing falls before what it comes after.
        let anchors = Anchors {
            travel: Some(d("2027-06-01")),
            visa: Some(d("2027-05-05")),
            admission: Some(d("2027-06-02")),
            return_date: Some(d("2027-07-15")),
        };
        let planned = plan(&items, &anchors, d("2027-01-04")).unwrap_or_else(|c| panic!("{c:?}"));
        assert!(planned.iter().all(|p| p.flags.is_empty()), "{planned:?}");
        for country in ["IN", "TR", "DE", "ES", "US", "AE"] {
            assert!(starter(country).is_some(), "{country}");
        }
        assert_eq!(starter("FR"), None);
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            /// Any sequence of anchor moves and completions leaves every done item where it
            /// was and every open item at its rule.
            #[test]
            fn done_items_stay_and_open_items_follow_their_rule(
                rules in proptest::collection::vec((0usize..4, -120i32..120), 1..30),
                steps in proptest::collection::vec((0usize..4, 0i64..400, proptest::option::of(0usize..30)), 1..40),
            ) {
                let base = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
                let mut items: Vec<Item<usize>> = rules.iter().enumerate().map(|(i, (a, days))| Item {
                    key: i,
                    rule: Some(Rule { anchor: Anchor::ALL[*a], days: *days }),
                    due: None,
                    done: false,
                    after: Vec::new(),
                }).collect();
                let mut anchors = Anchors::default();
                let mut frozen: HashMap<usize, Option<NaiveDate>> = HashMap::new();
                for (anchor, offset, finish) in steps {
                    anchors.set(Anchor::ALL[anchor], base.checked_add_days(chrono::Days::new(offset as u64)));
                    let planned = plan(&items, &anchors, base).map_err(|c| TestCaseError::fail(format!("{c:?}")))?;
                    for (item, p) in items.iter_mut().zip(&planned) {
                        item.due = p.due;
                    }
                    if let Some(i) = finish.filter(|i| *i < items.len()) && !items[i].done {
                        items[i].done = true;
                        frozen.insert(i, items[i].due);
                    }
                    for item in &items {
                        if item.done {
                            prop_assert_eq!(Some(&item.due), frozen.get(&item.key));
                        } else {
                            prop_assert_eq!(item.due, item.rule.and_then(|r| r.date(&anchors)));
                        }
                    }
                }
            }
        }
    }
}
