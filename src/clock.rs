//! The one clock. Everything that needs the time asks the [`Clock`] in the settings (and
//! so in `AppState`), never `Utc::now()` itself, so a test can hold the time still or move
//! it on: an invitation that expires, an update that becomes overdue, a reminder that
//! falls due, without sleeping.
//!
//! Times are UTC without a zone, as both databases store them.

use std::sync::{Arc, Mutex, PoisonError};

use chrono::{Duration, NaiveDate, NaiveDateTime, Utc};

/// Where the time comes from: the system's clock, or a time a test sets.
#[derive(Clone, Default)]
pub struct Clock {
    set: Option<Arc<Mutex<NaiveDateTime>>>,
}

impl Clock {
    /// The system's clock (what a running platform uses).
    pub fn system() -> Clock {
        Clock::default()
    }

    /// A clock that stands at `at` until [`Clock::advance`] or [`Clock::set`] moves it.
    /// Its copies share the time: moving one moves them all.
    pub fn at(at: NaiveDateTime) -> Clock {
        Clock {
            set: Some(Arc::new(Mutex::new(at))),
        }
    }

    /// The current time, UTC.
    pub fn now(&self) -> NaiveDateTime {
        match &self.set {
            None => Utc::now().naive_utc(),
            Some(t) => *t.lock().unwrap_or_else(PoisonError::into_inner),
        }
    }

    /// Today's date, UTC.
    pub fn today(&self) -> NaiveDate {
        self.now().date()
    }

    /// Moves a set clock on by `by`. The system's clock cannot be moved: this is a bug
    /// in the caller and panics.
    pub fn advance(&self, by: Duration) {
        let t = self.set.as_ref().expect("only a set clock can be moved");
        *t.lock().unwrap_or_else(PoisonError::into_inner) += by;
    }

    /// Sets a set clock to `at` (panics on the system's clock, as [`Clock::advance`]).
    pub fn set(&self, at: NaiveDateTime) {
        let t = self.set.as_ref().expect("only a set clock can be set");
        *t.lock().unwrap_or_else(PoisonError::into_inner) = at;
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.set {
            None => f.write_str("Clock(system)"),
            Some(_) => write!(f, "Clock(set at {})", self.now()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn a_set_clock_stands_still_until_moved_and_its_copies_follow() {
        let clock = Clock::at(t("2010-11-10 12:00"));
        let copy = clock.clone();
        assert_eq!(copy.now(), t("2010-11-10 12:00"));
        clock.advance(Duration::days(31));
        assert_eq!(copy.now(), t("2010-12-11 12:00"));
        assert_eq!(copy.today(), t("2010-12-11 00:00").date());
        copy.set(t("2011-01-01 00:00"));
        assert_eq!(clock.now(), t("2011-01-01 00:00"));
    }

    #[test]
    fn the_system_clock_reads_the_time() {
        let before = Utc::now().naive_utc();
        let now = Clock::system().now();
        assert!(now >= before && now - before < Duration::seconds(5));
    }
}
