//! Rules of a project's progress (issue 5, points 4, 5 and 7): which projects are
//! active, when an update is overdue, the bounds of what managers and askers type, and
//! dates that cannot lie in the future. Pure: the clock is always passed in.

use chrono::NaiveDate;

use super::text::{TextError, clean, clean_line};
use super::{ProjectStage, PublicationState};

/// Longest progress update, in characters.
pub const UPDATE_MAX: usize = 4000;
/// Longest milestone title.
pub const MILESTONE_MAX: usize = 200;
/// Longest question.
pub const QUESTION_MAX: usize = 2000;
/// Longest answer.
pub const ANSWER_MAX: usize = 4000;
/// Longest note of a stage change.
pub const STAGE_NOTE_MAX: usize = 1000;
/// Longest reason given for hiding something.
pub const REASON_MAX: usize = 300;

/// Cleans `input` (control characters out; one line if `one_line`) and checks its length.
pub fn bounded(
    field: &'static str,
    input: &str,
    max: usize,
    required: bool,
    one_line: bool,
) -> Result<String, TextError> {
    let v = if one_line {
        clean_line(input)
    } else {
        clean(input)
    };
    if required && v.is_empty() {
        return Err(TextError::Empty { field });
    }
    let len = v.chars().count();
    if len > max {
        return Err(TextError::TooLong { field, len, max });
    }
    Ok(v)
}

/// Why a date was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not a date written `YYYY-MM-DD`.
    #[error("not a date")]
    Malformed,
    /// After today.
    #[error("in the future")]
    Future,
    /// Before 1990 or after 2100: certainly a typing mistake.
    #[error("out of range")]
    OutOfRange,
}

/// A date as typed: `YYYY-MM-DD`, within 1990–2100.
pub fn parse_date(raw: &str) -> Result<NaiveDate, DateError> {
    let d = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| DateError::Malformed)?;
    let (lo, hi) = (
        NaiveDate::from_ymd_opt(1990, 1, 1),
        NaiveDate::from_ymd_opt(2100, 12, 31),
    );
    if lo.is_some_and(|lo| d < lo) || hi.is_some_and(|hi| d > hi) {
        return Err(DateError::OutOfRange);
    }
    Ok(d)
}

/// The date something happened: empty means today; never after today.
pub fn parse_past_date(raw: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    if raw.trim().is_empty() {
        return Ok(today);
    }
    let d = parse_date(raw)?;
    if d > today {
        return Err(DateError::Future);
    }
    Ok(d)
}

/// Whether a project is under way, so that its owners are expected to post updates:
/// not completed, and neither a draft nor declined nor withdrawn.
pub fn is_active(stage: &str, status: &str) -> bool {
    stage != ProjectStage::Completion.code()
        && ![
            PublicationState::Draft,
            PublicationState::Declined,
            PublicationState::Withdrawn,
        ]
        .iter()
        .any(|s| s.code() == status)
}

/// How many whole overdue periods have passed since `anchor` (the last update, or the
/// project's creation if it has none): 0 while an update is not yet due, 1 once
/// `period_days` have passed, 2 after twice that… Each number is one notice to owners.
pub fn overdue_periods(anchor: NaiveDate, today: NaiveDate, period_days: i64) -> i64 {
    if period_days <= 0 {
        return 0;
    }
    let days = (today - anchor).num_days();
    if days < period_days {
        0
    } else {
        days / period_days
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn dates_default_to_today_and_never_lie_ahead() {
        let today = d("2026-11-29");
        assert_eq!(parse_past_date("", today), Ok(today));
        assert_eq!(parse_past_date(" 2026-11-01 ", today), Ok(d("2026-11-01")));
        assert_eq!(parse_past_date("2026-11-30", today), Err(DateError::Future));
        assert_eq!(
            parse_past_date("29/11/2026", today),
            Err(DateError::Malformed)
        );
        assert_eq!(
            parse_past_date("1850-01-01", today),
            Err(DateError::OutOfRange)
        );
    }

    #[test]
    fn only_running_projects_are_active() {
        assert!(is_active("design", "endorsed"));
        assert!(is_active("initiation", "submitted"));
        assert!(!is_active("completion", "endorsed"));
        assert!(!is_active("design", "draft"));
        assert!(!is_active("design", "declined"));
        assert!(!is_active("design", "withdrawn"));
    }

    #[test]
    fn an_update_falls_due_once_per_period() {
        let anchor = d("2026-01-01");
        assert_eq!(overdue_periods(anchor, d("2026-06-30"), 182), 0);
        assert_eq!(overdue_periods(anchor, d("2026-07-02"), 182), 1);
        assert_eq!(overdue_periods(anchor, d("2026-12-31"), 182), 2);
        assert_eq!(overdue_periods(anchor, d("2025-12-01"), 182), 0);
    }

    #[test]
    fn text_is_cleaned_and_bounded() {
        assert_eq!(bounded("q", " a\u{7}b ", 5, true, false).unwrap(), "ab");
        assert!(bounded("q", " \u{1} ", 5, true, false).is_err());
        assert_eq!(bounded("n", "", 5, false, false).unwrap(), "");
        assert!(bounded("q", "abcdef", 5, true, false).is_err());
        assert_eq!(bounded("t", "a\nb", 5, true, true).unwrap(), "a b");
    }
}
