//! The values and rules of brokering (issue 6, points 4–6): states of introductions,
//! expressions of interest and meetings, who answers for which side, bounded texts, and
//! meeting times in a time zone. Pure: no I/O.

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use serde::{Deserialize, Serialize};

use super::text::{TextError, clean, clean_line};

/// Declares a small list of stable codes.
macro_rules! codes {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            /// Every value.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable code (stored, in URLs and forms).
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }
        }

        impl FromStr for $name {
            type Err = ();
            fn from_str(s: &str) -> Result<Self, ()> {
                match s { $($code => Ok($name::$variant),)+ _ => Err(()) }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

codes!(
    /// Where an introduction stands.
    IntroductionState {
        /// Waiting for one side or both.
        Proposed => "proposed",
        /// Both sides accepted: the organisation is a partner.
        Accepted => "accepted",
        /// One side declined (with a reason).
        Declined => "declined",
        /// Nobody declined, but not both accepted in time.
        Expired => "expired",
    }
);

codes!(
    /// The two sides of an introduction.
    Side {
        /// The project: the delegates of its owning governments.
        Project => "project",
        /// The organisation introduced: its members and delegates.
        Candidate => "candidate",
    }
);

codes!(
    /// A side's answer.
    Answer {
        /// Yes.
        Accept => "accepted",
        /// No, with a reason.
        Decline => "declined",
    }
);

codes!(
    /// Where an expression of interest stands.
    InterestState {
        /// Waiting for the owners.
        Open => "open",
        /// The owners accepted: the organisation is a partner.
        Accepted => "accepted",
        /// The owners declined (with a reason).
        Declined => "declined",
    }
);

codes!(
    /// Whether a meeting still takes place.
    MeetingState {
        /// It takes place.
        Planned => "planned",
        /// Called off (invitees received a cancellation).
        Cancelled => "cancelled",
    }
);

codes!(
    /// An invitee's answer to a meeting.
    Rsvp {
        /// Will attend.
        Yes => "yes",
        /// Will not attend.
        No => "no",
    }
);

impl IntroductionState {
    /// The state after both sides' answers so far: any decline ends it, two acceptances
    /// make a partnership, anything else still waits.
    pub fn after(project: Option<Answer>, candidate: Option<Answer>) -> IntroductionState {
        match (project, candidate) {
            (Some(Answer::Decline), _) | (_, Some(Answer::Decline)) => IntroductionState::Declined,
            (Some(Answer::Accept), Some(Answer::Accept)) => IntroductionState::Accepted,
            _ => IntroductionState::Proposed,
        }
    }
}

/// Longest personal message of an introduction or an expression of interest.
pub const MESSAGE_MAX: usize = 2000;
/// Longest reason given for declining.
pub const REASON_MAX: usize = 1000;
/// Longest meeting agenda or notes.
pub const AGENDA_MAX: usize = 5000;
/// Longest meeting title or place.
pub const LINE_MAX: usize = 200;

/// A required multi-line text of at most `max` characters, cleaned of control characters.
pub fn required_text(field: &'static str, input: &str, max: usize) -> Result<String, TextError> {
    let v = clean(input);
    if v.is_empty() {
        return Err(TextError::Empty { field });
    }
    bounded(field, v, max)
}

/// An optional multi-line text of at most `max` characters.
pub fn optional_text(field: &'static str, input: &str, max: usize) -> Result<String, TextError> {
    bounded(field, clean(input), max)
}

/// An optional one-line text of at most `max` characters.
pub fn optional_line(field: &'static str, input: &str, max: usize) -> Result<String, TextError> {
    bounded(field, clean_line(input), max)
}

fn bounded(field: &'static str, v: String, max: usize) -> Result<String, TextError> {
    let len = v.chars().count();
    if len > max {
        return Err(TextError::TooLong { field, len, max });
    }
    Ok(v)
}

/// An online meeting link: empty, or an absolute `http`/`https` address; `None` if it
/// is neither.
pub fn parse_link(input: &str) -> Option<String> {
    let v = input.trim();
    if v.is_empty() {
        return Some(String::new());
    }
    match url::Url::parse(v) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() && v.len() <= 500 => {
            Some(u.to_string())
        }
        _ => None,
    }
}

/// Why a meeting's time was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeProblem {
    /// Not a date (YYYY-MM-DD).
    Date,
    /// Not a time of day (HH:MM).
    Start,
    /// Not a time of day (HH:MM).
    End,
    /// Not a time zone of the list.
    Zone,
    /// The end is not after the start.
    Order,
    /// The local time does not exist or is ambiguous in that zone (a clock change).
    Gap,
}

/// Start and end of a meeting in UTC, from a local date, times and an IANA time zone.
/// A meeting ending at or before its start is refused; one ending "earlier" than it starts
/// on the clock is not taken to end the next day (say so with a later time).
pub fn meeting_times(
    date: &str,
    start: &str,
    end: &str,
    zone: &str,
) -> Result<(NaiveDateTime, NaiveDateTime), TimeProblem> {
    let day = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|_| TimeProblem::Date)?;
    let time = |s: &str, p| NaiveTime::parse_from_str(s.trim(), "%H:%M").map_err(|_| p);
    let (from, to) = (
        time(start, TimeProblem::Start)?,
        time(end, TimeProblem::End)?,
    );
    let tz: chrono_tz::Tz = zone.trim().parse().map_err(|_| TimeProblem::Zone)?;
    let utc = |t: NaiveTime| {
        tz.from_local_datetime(&day.and_time(t))
            .single()
            .map(|d| d.naive_utc())
            .ok_or(TimeProblem::Gap)
    };
    let (s, e) = (utc(from)?, utc(to)?);
    if e <= s {
        return Err(TimeProblem::Order);
    }
    Ok((s, e))
}

/// A UTC time shown in a zone: (date `YYYY-MM-DD`, time `HH:MM`).
pub fn local_parts(utc: NaiveDateTime, zone: &str) -> (String, String) {
    let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
    let local = tz.from_utc_datetime(&utc);
    (
        local.format("%Y-%m-%d").to_string(),
        local.format("%H:%M").to_string(),
    )
}

/// The time zones offered in meeting forms: every canonical IANA zone, sorted.
pub fn zones() -> &'static [&'static str] {
    static ZONES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut z: Vec<&'static str> = chrono_tz::TZ_VARIANTS
            .iter()
            .map(|t| t.name())
            .filter(|n| n.contains('/') && !n.starts_with("Etc/") || *n == "UTC")
            .collect();
        z.sort_unstable();
        z
    });
    &ZONES
}

/// Someone to write to: name, address and organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Name.
    pub name: String,
    /// Address.
    pub email: String,
    /// Organisation's name.
    pub organisation: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_must_accept_and_either_may_decline() {
        use Answer::*;
        use IntroductionState as S;
        assert_eq!(S::after(None, None), S::Proposed);
        assert_eq!(S::after(Some(Accept), None), S::Proposed);
        assert_eq!(S::after(None, Some(Accept)), S::Proposed);
        assert_eq!(S::after(Some(Accept), Some(Accept)), S::Accepted);
        assert_eq!(S::after(Some(Decline), None), S::Declined);
        assert_eq!(S::after(Some(Accept), Some(Decline)), S::Declined);
    }

    #[test]
    fn codes_round_trip() {
        for s in IntroductionState::ALL {
            assert_eq!(s.code().parse::<IntroductionState>(), Ok(*s));
        }
        assert!("maybe".parse::<Rsvp>().is_err());
    }

    #[test]
    fn texts_are_bounded_and_cleaned() {
        assert_eq!(
            required_text("message", " \u{1} ", MESSAGE_MAX),
            Err(TextError::Empty { field: "message" })
        );
        assert_eq!(
            required_text("message", " Hi\r\nthere ", 20).unwrap(),
            "Hi\nthere"
        );
        assert!(required_text("message", &"é".repeat(21), 20).is_err());
        assert_eq!(optional_line("place", " a \n b ", 10).unwrap(), "a b");
    }

    #[test]
    fn links_are_web_addresses() {
        assert_eq!(parse_link("").unwrap(), "");
        assert_eq!(
            parse_link(" https://meet.example.org/abc ").unwrap(),
            "https://meet.example.org/abc"
        );
        assert!(parse_link("javascript:alert(1)").is_none());
        assert!(parse_link("meet.example.org").is_none());
    }

    #[test]
    fn meeting_times_are_converted_to_utc() {
        let (s, e) = meeting_times("2027-01-15", "10:00", "11:30", "Europe/Zurich").unwrap();
        assert_eq!(s.to_string(), "2027-01-15 09:00:00");
        assert_eq!(e.to_string(), "2027-01-15 10:30:00");
        assert_eq!(
            local_parts(s, "Europe/Zurich"),
            ("2027-01-15".into(), "10:00".into())
        );
        let (s, _) = meeting_times("2027-07-01", "09:00", "10:00", "America/Mexico_City").unwrap();
        assert_eq!(s.to_string(), "2027-07-01 15:00:00");
    }

    #[test]
    fn bad_meeting_times_say_what_is_wrong() {
        assert_eq!(
            meeting_times("15/01/2027", "10:00", "11:00", "UTC"),
            Err(TimeProblem::Date)
        );
        assert_eq!(
            meeting_times("2027-01-15", "25:00", "11:00", "UTC"),
            Err(TimeProblem::Start)
        );
        assert_eq!(
            meeting_times("2027-01-15", "10:00", "x", "UTC"),
            Err(TimeProblem::End)
        );
        assert_eq!(
            meeting_times("2027-01-15", "10:00", "11:00", "Mars/Olympus"),
            Err(TimeProblem::Zone)
        );
        assert_eq!(
            meeting_times("2027-01-15", "11:00", "10:00", "UTC"),
            Err(TimeProblem::Order)
        );
        // Clocks in Zurich jump from 02:00 to 03:00 on 28 March 2027.
        assert_eq!(
            meeting_times("2027-03-28", "02:30", "04:00", "Europe/Zurich"),
            Err(TimeProblem::Gap)
        );
    }

    #[test]
    fn the_zone_list_is_sorted_and_holds_the_usual_zones() {
        let z = zones();
        assert!(z.windows(2).all(|w| w[0] < w[1]));
        for name in ["UTC", "Europe/Zurich", "America/Mexico_City", "Asia/Manila"] {
            assert!(z.contains(&name), "{name}");
        }
    }
}
