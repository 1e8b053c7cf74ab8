//! Open data on brokering outcomes (issue 13, point 7): how introductions end, per month
//! proposed, kind of organisation introduced and theme of the project, with the median days
//! to an answer. Pure: the rows come in, the published table goes out.
//!
//! Privacy. Nothing personal goes in (no people, no messages, no organisation names), and
//! small counts are withheld so that nobody can tell which organisation declined:
//!
//! - a count of 1 or 2 is withheld ([`Count::Withheld`]); 0 is shown (it says nothing about
//!   anyone);
//! - in a row, the proposed count equals accepted + declined + expired + still waiting, so a
//!   single withheld outcome could be worked out from the others once nothing waits; when
//!   exactly one of the three outcomes is withheld, the smallest other one is withheld too
//!   (complementary suppression);
//! - the median days to an answer is withheld when fewer than three answers make it;
//! - no totals are published: a total less the cells shown would give the withheld ones
//!   back. A project with several themes counts under each, so rows do not add up anyway.

use std::cmp::Ordering;
use std::fmt;

use chrono::{Datelike, NaiveDateTime};

use super::brokering::IntroductionState;

/// Counts below this are withheld.
pub const THRESHOLD: i64 = 3;

/// A calendar month (the month an introduction was proposed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
}

impl Month {
    /// The month of a timestamp.
    pub fn of(t: NaiveDateTime) -> Month {
        Month {
            year: t.year(),
            month: t.month(),
        }
    }
}

impl fmt::Display for Month {
    /// ISO 8601 `YYYY-MM`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// One introduction, as far as the published table needs to know it.
#[derive(Debug, Clone)]
pub struct Introduced {
    /// When it was proposed.
    pub proposed_at: NaiveDateTime,
    /// When it ended (accepted by both, declined or expired), if it has.
    pub closed_at: Option<NaiveDateTime>,
    /// Where it stands.
    pub state: IntroductionState,
    /// The kind of the organisation introduced (a code of `OrganisationKind`).
    pub organisation_kind: String,
    /// The project's theme codes (none: counted under no theme).
    pub themes: Vec<String>,
}

impl Introduced {
    /// Whole days from the proposal to the answer that ended it (acceptance by both sides
    /// or a decline); `None` while it waits or when it expired unanswered.
    pub fn days_to_answer(&self) -> Option<i64> {
        match self.state {
            IntroductionState::Accepted | IntroductionState::Declined => self
                .closed_at
                .map(|c| (c - self.proposed_at).num_days().max(0)),
            IntroductionState::Proposed | IntroductionState::Expired => None,
        }
    }
}

/// A published count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// The number.
    Shown(i64),
    /// Withheld: fewer than [`THRESHOLD`], or withheld so that another cannot be worked out.
    Withheld,
}

impl Count {
    fn of(n: i64) -> Count {
        if n > 0 && n < THRESHOLD {
            Count::Withheld
        } else {
            Count::Shown(n)
        }
    }

    /// The number, or `None` when withheld.
    pub fn value(self) -> Option<i64> {
        match self {
            Count::Shown(n) => Some(n),
            Count::Withheld => None,
        }
    }
}

/// A median number of days, in tenths of a day (a median of an even number of answers may
/// fall between two whole days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tenths(pub i64);

impl Tenths {
    /// As a decimal number of days.
    pub fn as_days(self) -> f64 {
        self.0 as f64 / 10.0
    }
}

/// One row of the published table.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeRow {
    /// The month the introductions were proposed.
    pub month: Month,
    /// The kind of organisation introduced.
    pub organisation_kind: String,
    /// The project's theme; `None` for projects without one.
    pub theme: Option<String>,
    /// Introductions proposed.
    pub proposed: Count,
    /// Accepted by both sides.
    pub accepted: Count,
    /// Declined by one side.
    pub declined: Count,
    /// Expired without both answers.
    pub expired: Count,
    /// The median days to an answer (accepted or declined); `None` when fewer than
    /// [`THRESHOLD`] answers make it.
    pub median_days: Option<Tenths>,
}

#[derive(Default)]
struct Tally {
    proposed: i64,
    accepted: i64,
    declined: i64,
    expired: i64,
    days: Vec<i64>,
}

/// The published table: one row per month, kind of organisation and theme having at least
/// one introduction; newest month first, then by kind and theme code.
pub fn tabulate(items: &[Introduced]) -> Vec<OutcomeRow> {
    let mut tallies: std::collections::BTreeMap<(Month, String, Option<String>), Tally> =
        Default::default();
    for item in items {
        let month = Month::of(item.proposed_at);
        let themes: Vec<Option<String>> = if item.themes.is_empty() {
            vec![None]
        } else {
            let mut t: Vec<Option<String>> = item.themes.iter().cloned().map(Some).collect();
            t.sort();
            t.dedup();
            t
        };
        for theme in themes {
            let tally = tallies
                .entry((month, item.organisation_kind.clone(), theme))
                .or_default();
            tally.proposed += 1;
            match item.state {
                IntroductionState::Accepted => tally.accepted += 1,
                IntroductionState::Declined => tally.declined += 1,
                IntroductionState::Expired => tally.expired += 1,
                IntroductionState::Proposed => {}
            }
            if let Some(d) = item.days_to_answer() {
                tally.days.push(d);
            }
        }
    }
    let mut rows: Vec<OutcomeRow> = tallies
        .into_iter()
        .map(|((month, organisation_kind, theme), t)| {
            let mut outcomes = [
                Count::of(t.accepted),
                Count::of(t.declined),
                Count::of(t.expired),
            ];
            protect(&mut outcomes, [t.accepted, t.declined, t.expired]);
            let [accepted, declined, expired] = outcomes;
            OutcomeRow {
                month,
                organisation_kind,
                theme,
                proposed: Count::of(t.proposed),
                accepted,
                declined,
                expired,
                median_days: median(t.days),
            }
        })
        .collect();
    rows.sort_by(|a, b| match b.month.cmp(&a.month) {
        Ordering::Equal => (&a.organisation_kind, &a.theme).cmp(&(&b.organisation_kind, &b.theme)),
        o => o,
    });
    rows
}

/// Complementary suppression: when exactly one outcome is withheld, the smallest other one
/// is withheld too, so that neither can be worked out from the proposed count.
fn protect(cells: &mut [Count; 3], values: [i64; 3]) {
    let withheld = cells.iter().filter(|c| **c == Count::Withheld).count();
    if withheld != 1 {
        return;
    }
    let smallest = (0..3)
        .filter(|i| cells[*i] != Count::Withheld)
        .min_by_key(|i| values[*i]);
    if let Some(i) = smallest {
        cells[i] = Count::Withheld;
    }
}

/// The median of whole days, in tenths; `None` below the threshold.
fn median(mut days: Vec<i64>) -> Option<Tenths> {
    if (days.len() as i64) < THRESHOLD {
        return None;
    }
    days.sort_unstable();
    let n = days.len();
    let tenths = if n % 2 == 1 {
        days[n / 2] * 10
    } else {
        (days[n / 2 - 1] + days[n / 2]) * 5
    };
    Some(Tenths(tenths))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
    }

    fn intro(
        state: IntroductionState,
        days: Option<i64>,
        kind: &str,
        themes: &[&str],
    ) -> Introduced {
        let proposed_at = at(2026, 11, 2);
        Introduced {
            proposed_at,
            closed_at: days.map(|d| proposed_at + chrono::Duration::days(d)),
            state,
            organisation_kind: kind.to_owned(),
            themes: themes.iter().map(|t| t.to_string()).collect(),
        }
    }

    use IntroductionState::{Accepted, Declined, Expired, Proposed};

    #[test]
    fn counts_below_three_are_withheld_and_zero_is_shown() {
        let items = vec![
            intro(Accepted, Some(4), "government", &["children"]),
            intro(Accepted, Some(6), "government", &["children"]),
            intro(Accepted, Some(10), "government", &["children"]),
            intro(Proposed, None, "government", &["children"]),
        ];
        let rows = tabulate(&items);
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        assert_eq!(r.month.to_string(), "2026-11");
        assert_eq!(r.proposed, Count::Shown(4));
        assert_eq!(r.accepted, Count::Shown(3));
        assert_eq!(r.declined, Count::Shown(0));
        assert_eq!(r.expired, Count::Shown(0));
        assert_eq!(r.median_days, Some(Tenths(60)));
    }

    #[test]
    fn a_single_small_outcome_takes_the_smallest_other_with_it() {
        // 5 proposed: 3 accepted, 1 declined, 1 expired: both small ones withheld anyway.
        // 6 proposed: 4 accepted, 2 declined, 0 expired: the 0 goes too, or 6 − 4 − 0
        // would give the declines back.
        let mut items: Vec<Introduced> = (0..4)
            .map(|_| intro(Accepted, Some(3), "civil_society", &[]))
            .collect();
        items.push(intro(Declined, Some(1), "civil_society", &[]));
        items.push(intro(Declined, Some(2), "civil_society", &[]));
        let rows = tabulate(&items);
        let r = &rows[0];
        assert_eq!(r.theme, None);
        assert_eq!(r.proposed, Count::Shown(6));
        assert_eq!(r.accepted, Count::Shown(4));
        assert_eq!(r.declined, Count::Withheld);
        assert_eq!(r.expired, Count::Withheld, "complementary suppression");
        // Six answers: 1 2 3 3 3 3 → median 3.
        assert_eq!(r.median_days, Some(Tenths(30)));
    }

    #[test]
    fn a_small_row_withholds_everything_and_its_median() {
        let items = vec![
            intro(Declined, Some(2), "foundation", &["diaspora_engagement"]),
            intro(Expired, None, "foundation", &["diaspora_engagement"]),
        ];
        let r = &tabulate(&items)[0];
        assert_eq!(r.proposed, Count::Withheld);
        assert_eq!(r.declined, Count::Withheld);
        assert_eq!(r.expired, Count::Withheld);
        assert_eq!(r.accepted, Count::Shown(0));
        assert_eq!(r.median_days, None);
    }

    #[test]
    fn each_theme_counts_and_months_run_newest_first() {
        let mut items = vec![intro(
            Accepted,
            Some(1),
            "government",
            &["children", "migration_profiles"],
        )];
        let mut old = intro(Expired, None, "government", &["children"]);
        old.proposed_at = at(2025, 3, 30);
        items.push(old);
        let rows = tabulate(&items);
        let keys: Vec<(String, Option<&str>)> = rows
            .iter()
            .map(|r| (r.month.to_string(), r.theme.as_deref()))
            .collect();
        assert_eq!(
            keys,
            vec![
                ("2026-11".to_owned(), Some("children")),
                ("2026-11".to_owned(), Some("migration_profiles")),
                ("2025-03".to_owned(), Some("children")),
            ]
        );
    }

    #[test]
    fn the_median_of_an_even_count_falls_between_two_days() {
        let items: Vec<Introduced> = [1, 2, 4, 9]
            .iter()
            .map(|d| intro(Declined, Some(*d), "academia", &["children"]))
            .collect();
        assert_eq!(tabulate(&items)[0].median_days, Some(Tenths(30)));
        let items: Vec<Introduced> = [1, 2, 5, 9]
            .iter()
            .map(|d| intro(Declined, Some(*d), "academia", &["children"]))
            .collect();
        assert_eq!(tabulate(&items)[0].median_days, Some(Tenths(35)));
        assert_eq!(Tenths(35).as_days(), 3.5);
    }

    #[test]
    fn waiting_and_expired_introductions_have_no_answer_time() {
        assert_eq!(
            intro(Proposed, None, "academia", &[]).days_to_answer(),
            None
        );
        assert_eq!(
            intro(Expired, Some(30), "academia", &[]).days_to_answer(),
            None
        );
        assert_eq!(
            intro(Accepted, Some(5), "academia", &[]).days_to_answer(),
            Some(5)
        );
    }
}
