//! What people follow: projects, themes and organisations.
//!
//! A follow is a row `(person, target)` where the target is a short key:
//! `project:{id}`, `theme:{code}` or `organisation:{id}`. One text key keeps the three
//! kinds in one table with one index, so "who follows any of these" is one query.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{follows, organisations, projects};
use crate::db::{DbConn, DbError};
use crate::domain::{PublicationState, Theme};

/// Something one can follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// A project.
    Project(i32),
    /// A theme.
    Theme(Theme),
    /// An organisation.
    Organisation(i32),
}

impl Target {
    /// The stored key.
    pub fn key(self) -> String {
        match self {
            Target::Project(id) => format!("project:{id}"),
            Target::Theme(t) => format!("theme:{}", t.code()),
            Target::Organisation(id) => format!("organisation:{id}"),
        }
    }

    /// The target of a stored key.
    pub fn from_key(key: &str) -> Option<Target> {
        let (kind, rest) = key.split_once(':')?;
        match kind {
            "project" => rest.parse().ok().map(Target::Project),
            "theme" => rest.parse().ok().map(Target::Theme),
            "organisation" => rest.parse().ok().map(Target::Organisation),
            _ => None,
        }
    }

    /// The target a `follows.target` column holds; an unknown key is bad data.
    fn stored(key: &str) -> Result<Target, DbError> {
        Target::from_key(key).ok_or_else(|| DbError::BadCode {
            column: "follows.target",
            value: key.to_owned(),
        })
    }

    /// The page of the target.
    pub fn path(self) -> String {
        match self {
            Target::Project(id) => format!("/projects/{id}"),
            Target::Theme(t) => format!("/themes/{}", t.code()),
            Target::Organisation(id) => format!("/organisations/{id}"),
        }
    }

    /// The Atom feed of the target.
    pub fn feed_path(self) -> String {
        format!("{}/feed.atom", self.path())
    }
}

/// Whether the target exists and may be followed: a public project, any theme, any
/// organisation.
pub fn exists(conn: &mut DbConn, target: Target) -> Result<bool, DbError> {
    let n: i64 = match target {
        Target::Project(id) => projects::table
            .filter(projects::id.eq(id))
            .filter(projects::status.ne(PublicationState::Draft.code()))
            .count()
            .get_result(conn)?,
        Target::Theme(_) => 1,
        Target::Organisation(id) => organisations::table
            .filter(organisations::id.eq(id))
            .count()
            .get_result(conn)?,
    };
    Ok(n > 0)
}

/// Sets a person's time zone (an IANA name already checked).
pub fn set_time_zone(conn: &mut DbConn, person_id: i32, zone: &str) -> Result<(), DbError> {
    use crate::db::schema::people;
    diesel::update(people::table.find(person_id))
        .set(people::time_zone.eq(zone))
        .execute(conn)?;
    Ok(())
}

/// The title of a public project (`None`: no such public project).
pub fn public_project_title(conn: &mut DbConn, id: i32) -> Result<Option<String>, DbError> {
    Ok(projects::table
        .filter(projects::id.eq(id))
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select(projects::title)
        .first(conn)
        .optional()?)
}

/// Starts following; returns false if the person already did.
pub fn follow(
    conn: &mut DbConn,
    person_id: i32,
    target: Target,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    if is_following(conn, person_id, target)? {
        return Ok(false);
    }
    diesel::insert_into(follows::table)
        .values((
            follows::person_id.eq(person_id),
            follows::target.eq(target.key()),
            follows::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Stops following; returns false if the person did not follow it.
pub fn unfollow(conn: &mut DbConn, person_id: i32, target: Target) -> Result<bool, DbError> {
    let n = diesel::delete(
        follows::table
            .filter(follows::person_id.eq(person_id))
            .filter(follows::target.eq(target.key())),
    )
    .execute(conn)?;
    Ok(n > 0)
}

/// Whether a person follows a target (one primary-key lookup).
pub fn is_following(conn: &mut DbConn, person_id: i32, target: Target) -> Result<bool, DbError> {
    let n: i64 = follows::table
        .filter(follows::person_id.eq(person_id))
        .filter(follows::target.eq(target.key()))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// One thing a person follows, as their list shows it.
#[derive(Debug, Clone)]
pub struct Followed {
    /// The target.
    pub target: Target,
    /// Its name (a project's title, an organisation's name); `None` for a theme, whose
    /// name is a translated label.
    pub name: Option<String>,
    /// Language of the name.
    pub lang: String,
    /// Since when.
    pub since: NaiveDateTime,
}

/// Everything a person follows: projects, then themes, then organisations, each by name.
/// Projects that are no longer public and organisations since deleted are left out.
pub fn list(conn: &mut DbConn, person_id: i32) -> Result<Vec<Followed>, DbError> {
    let rows: Vec<(String, NaiveDateTime)> = follows::table
        .filter(follows::person_id.eq(person_id))
        .select((follows::target, follows::created_at))
        .load(conn)?;
    let targets: Vec<(Target, NaiveDateTime)> = rows
        .iter()
        .map(|(k, at)| Ok((Target::stored(k)?, *at)))
        .collect::<Result<_, DbError>>()?;
    let project_ids: Vec<i32> = targets
        .iter()
        .filter_map(|(t, _)| match t {
            Target::Project(id) => Some(*id),
            _ => None,
        })
        .collect();
    let org_ids: Vec<i32> = targets
        .iter()
        .filter_map(|(t, _)| match t {
            Target::Organisation(id) => Some(*id),
            _ => None,
        })
        .collect();
    let project_names: Vec<(i32, String, String)> = projects::table
        .filter(projects::id.eq_any(&project_ids))
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select((projects::id, projects::title, projects::lang))
        .load(conn)?;
    let org_names: Vec<(i32, String, String)> = organisations::table
        .filter(organisations::id.eq_any(&org_ids))
        .select((organisations::id, organisations::name, organisations::lang))
        .load(conn)?;
    let mut out: Vec<Followed> = targets
        .into_iter()
        .filter_map(|(target, since)| {
            let named = |list: &[(i32, String, String)], id: i32| {
                list.iter()
                    .find(|(i, _, _)| *i == id)
                    .map(|(_, n, l)| (Some(n.clone()), l.clone()))
            };
            let (name, lang) = match target {
                Target::Project(id) => named(&project_names, id)?,
                Target::Organisation(id) => named(&org_names, id)?,
                Target::Theme(_) => (None, String::new()),
            };
            Some(Followed {
                target,
                name,
                lang,
                since,
            })
        })
        .collect();
    out.sort_by_key(|f| {
        let order = match f.target {
            Target::Project(_) => 0,
            Target::Theme(t) => 1 + Theme::ALL.iter().position(|x| *x == t).unwrap_or(0),
            Target::Organisation(_) => 100,
        };
        (order, f.name.clone().map(|n| crate::text::fold(&n)))
    });
    Ok(out)
}

/// Active people following any of `targets`, each with the first of `targets` (in the
/// order given) they follow.
pub fn followers_of(conn: &mut DbConn, targets: &[Target]) -> Result<Vec<(i32, Target)>, DbError> {
    use crate::db::schema::people;
    if targets.is_empty() {
        return Ok(Vec::new());
    }
    let keys: Vec<String> = targets.iter().map(|t| t.key()).collect();
    let rows: Vec<(i32, String)> = follows::table
        .inner_join(people::table)
        .filter(follows::target.eq_any(&keys))
        .filter(people::active.eq(true))
        .select((follows::person_id, follows::target))
        .load(conn)?;
    let mut out: Vec<(i32, Target)> = Vec::new();
    for (person, key) in rows {
        let target = Target::stored(&key)?;
        let rank = |t: &Target| targets.iter().position(|x| x == t).unwrap_or(usize::MAX);
        match out.iter_mut().find(|(p, _)| *p == person) {
            Some(entry) if rank(&target) < rank(&entry.1) => entry.1 = target,
            Some(_) => {}
            None => out.push((person, target)),
        }
    }
    Ok(out)
}

/// The name of a target as pages and mail show it: a project's title, an organisation's
/// name (`None` for a theme, whose name is a translated label, or an unknown target).
pub fn name_of(conn: &mut DbConn, target: Target) -> Result<Option<String>, DbError> {
    match target {
        Target::Project(id) => public_project_title(conn, id),
        Target::Organisation(id) => super::organisations::name_of(conn, id),
        Target::Theme(_) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for t in [
            Target::Project(12),
            Target::Theme(Theme::Children),
            Target::Organisation(3),
        ] {
            assert_eq!(Target::from_key(&t.key()), Some(t));
        }
        assert_eq!(Target::Project(4).feed_path(), "/projects/4/feed.atom");
        assert_eq!(Target::from_key("project:abc"), None);
        assert_eq!(Target::from_key("nothing"), None);
    }
}
