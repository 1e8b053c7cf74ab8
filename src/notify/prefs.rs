//! Preferences: how each person hears of each kind of event. Only choices that differ
//! from the kind's default are stored, so a better default later reaches everyone who
//! never chose.

use diesel::prelude::*;

use super::rules::{Delivery, Frequency};
use crate::db::code::code;
use crate::db::queries::following::{self, Target};
use crate::db::schema::notification_preferences as prefs;
use crate::db::{DbConn, DbError};
use crate::events::EventKind;

/// A person's delivery for every kind, in [`EventKind::ALL`] order.
pub fn load(conn: &mut DbConn, person_id: i32) -> Result<Vec<(EventKind, Delivery)>, DbError> {
    let stored: Vec<(String, String)> = prefs::table
        .filter(prefs::person_id.eq(person_id))
        .select((prefs::kind, prefs::delivery))
        .load(conn)?;
    EventKind::ALL
        .iter()
        .map(|k| {
            let chosen = match stored.iter().find(|(c, _)| c == k.code()) {
                Some((_, d)) => code("notification_preferences.delivery", d)?,
                None => Delivery::default_for(*k),
            };
            Ok((*k, chosen))
        })
        .collect()
}

/// Sets one kind's delivery.
pub fn set(
    conn: &mut DbConn,
    person_id: i32,
    kind: EventKind,
    delivery: Delivery,
) -> Result<(), DbError> {
    diesel::delete(
        prefs::table
            .filter(prefs::person_id.eq(person_id))
            .filter(prefs::kind.eq(kind.code())),
    )
    .execute(conn)?;
    if delivery != Delivery::default_for(kind) {
        diesel::insert_into(prefs::table)
            .values((
                prefs::person_id.eq(person_id),
                prefs::kind.eq(kind.code()),
                prefs::delivery.eq(delivery.code()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// What an unsubscribe link turns off: one kind, or every kind going to one digest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsubscribe {
    /// Messages of one kind.
    Kind(EventKind),
    /// A digest (every kind set to that frequency).
    Digest(Frequency),
    /// Following a project, theme or organisation (the follower's mail offers it).
    Unfollow(Target),
}

impl Unsubscribe {
    /// From the code stored with the token.
    pub fn from_code(code: &str) -> Option<Unsubscribe> {
        if let Some(key) = code.strip_prefix("unfollow:") {
            return Target::from_key(key).map(Unsubscribe::Unfollow);
        }
        EventKind::from_code(code)
            .map(Unsubscribe::Kind)
            .or_else(|| {
                Frequency::ALL
                    .into_iter()
                    .find(|f| f.unsubscribe_kind() == code)
                    .map(Unsubscribe::Digest)
            })
    }

    /// The code stored with a token.
    pub fn code(self) -> String {
        match self {
            Unsubscribe::Kind(k) => k.code().to_owned(),
            Unsubscribe::Digest(f) => f.unsubscribe_kind().to_owned(),
            Unsubscribe::Unfollow(t) => format!("unfollow:{}", t.key()),
        }
    }

    /// Applies it: the kinds concerned become "off" (or the follow ends). Returns the
    /// kinds turned off.
    pub fn apply(self, conn: &mut DbConn, person_id: i32) -> Result<Vec<EventKind>, DbError> {
        let kinds: Vec<EventKind> = match self {
            Unsubscribe::Unfollow(target) => {
                following::unfollow(conn, person_id, target)?;
                Vec::new()
            }
            Unsubscribe::Kind(k) => vec![k],
            Unsubscribe::Digest(f) => load(conn, person_id)?
                .into_iter()
                .filter(|(_, d)| Frequency::of(*d) == Some(f))
                .map(|(k, _)| k)
                .collect(),
        };
        for k in &kinds {
            set(conn, person_id, *k, Delivery::Off)?;
        }
        Ok(kinds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for u in [
            Unsubscribe::Kind(EventKind::StageChanged),
            Unsubscribe::Digest(Frequency::Weekly),
            Unsubscribe::Unfollow(Target::Project(3)),
            Unsubscribe::Unfollow(Target::Theme(crate::domain::Theme::Children)),
        ] {
            assert_eq!(Unsubscribe::from_code(&u.code()), Some(u));
        }
        assert_eq!(Unsubscribe::from_code("unfollow:nothing"), None);
        assert_eq!(Unsubscribe::from_code("everything"), None);
    }
}
