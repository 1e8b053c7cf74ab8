//! When digests go out: the person's morning, in their time zone. Pure.
//!
//! A daily digest is due at the first 07:00 (local) after its first item waited; a weekly
//! one at the first Monday 07:00 (local). The time is computed when the first item of a
//! digest is recorded and again when the person changes time zone. Across a daylight
//! saving change, a 07:00 that does not exist that day is read as 08:00 and one that
//! exists twice as the first.

use chrono::{Datelike, Duration, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Tz;

use super::rules::Frequency;

/// The local hour digests go out.
pub const DIGEST_HOUR: u32 = 7;

/// A time zone by its IANA name; `None` if unknown.
pub fn parse_zone(name: &str) -> Option<Tz> {
    name.trim().parse::<Tz>().ok()
}

/// The next time (UTC) a digest of `frequency` is due for someone in `tz`, strictly after
/// `now` (UTC).
pub fn next_due(frequency: Frequency, tz: Tz, now: NaiveDateTime) -> NaiveDateTime {
    let local = tz.from_utc_datetime(&now).naive_local();
    let morning = NaiveTime::from_hms_opt(DIGEST_HOUR, 0, 0).unwrap_or_default();
    let past_morning = local.time() >= morning;
    let days_ahead = match frequency {
        Frequency::Daily => i64::from(past_morning),
        Frequency::Weekly => {
            let until_monday = (7 - i64::from(local.weekday().num_days_from_monday())) % 7;
            if until_monday == 0 && past_morning {
                7
            } else {
                until_monday
            }
        }
    };
    let day = local.date() + Duration::days(days_ahead);
    let wanted = day.and_time(morning);
    let at = tz
        .from_local_datetime(&wanted)
        .earliest()
        .or_else(|| {
            tz.from_local_datetime(&(wanted + Duration::hours(1)))
                .earliest()
        })
        .map(|t| t.naive_utc())
        .unwrap_or(wanted);
    if at > now { at } else { at + Duration::days(1) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn daily_digests_go_out_at_seven_local() {
        let utc_zone = parse_zone("UTC").unwrap();
        assert_eq!(
            next_due(Frequency::Daily, utc_zone, utc("2026-11-29 06:59")),
            utc("2026-11-29 07:00")
        );
        assert_eq!(
            next_due(Frequency::Daily, utc_zone, utc("2026-11-29 07:00")),
            utc("2026-11-30 07:00")
        );
        // Mexico City is UTC−6: 07:00 there is 13:00 UTC.
        let mx = parse_zone("America/Mexico_City").unwrap();
        assert_eq!(
            next_due(Frequency::Daily, mx, utc("2026-11-29 12:00")),
            utc("2026-11-29 13:00")
        );
        // Tokyo is UTC+9: 07:00 on the 30th there is 22:00 UTC on the 29th.
        let tokyo = parse_zone("Asia/Tokyo").unwrap();
        assert_eq!(
            next_due(Frequency::Daily, tokyo, utc("2026-11-29 12:00")),
            utc("2026-11-29 22:00")
        );
    }

    #[test]
    fn weekly_digests_go_out_on_monday_morning() {
        let z = parse_zone("Europe/Zurich").unwrap();
        // Sunday 29 November 2026, noon UTC → Monday 30th 07:00 CET = 06:00 UTC.
        assert_eq!(
            next_due(Frequency::Weekly, z, utc("2026-11-29 12:00")),
            utc("2026-11-30 06:00")
        );
        // Monday after 07:00 local → the next Monday.
        assert_eq!(
            next_due(Frequency::Weekly, z, utc("2026-11-30 06:00")),
            utc("2026-12-07 06:00")
        );
    }

    #[test]
    fn daylight_saving_changes_keep_the_local_hour() {
        let z = parse_zone("Europe/Zurich").unwrap();
        // Summer time: 07:00 CEST = 05:00 UTC.
        assert_eq!(
            next_due(Frequency::Daily, z, utc("2026-07-01 12:00")),
            utc("2026-07-02 05:00")
        );
        assert!(parse_zone("Mars/Olympus").is_none());
    }
}
