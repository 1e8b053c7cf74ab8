//! Atom feeds (RFC 4287, the `atom_syndication` crate) of public events: all projects,
//! one project, one theme, one organisation.
//!
//! Only public kinds ([`super::rules::is_public`]: stage changes, updates, milestones,
//! partners) of public projects (not drafts) appear; never reviews, questions,
//! introductions, interest or meetings. Entry ids are tag URIs built from the event id
//! (`tag:{host},2026:event/{id}`), so they never change; a feed's id is its own address.
//! Texts are in the language of the request, like pages.

use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use chrono::{NaiveDateTime, TimeZone, Utc};
use diesel::dsl::exists;
use diesel::prelude::*;

use super::fanout::items;
use super::mail::EventItem;
use super::rules::is_public;
use crate::db::schema::{events, project_partners, project_themes, projects};
use crate::db::{DbConn, DbError};
use crate::domain::{Language, PublicationState, Theme};
use crate::events::EventKind;
use crate::i18n;

/// Entries per feed.
pub const ENTRIES: i64 = 50;

/// Which events a feed holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every public project.
    All,
    /// One project.
    Project(i32),
    /// Projects on a theme.
    Theme(Theme),
    /// The organisation, and projects it takes part in.
    Organisation(i32),
}

impl Scope {
    /// The feed's address.
    pub fn path(self) -> String {
        match self {
            Scope::All => "/projects.atom".to_owned(),
            Scope::Project(id) => format!("/projects/{id}/feed.atom"),
            Scope::Theme(t) => format!("/themes/{}/feed.atom", t.code()),
            Scope::Organisation(id) => format!("/organisations/{id}/feed.atom"),
        }
    }

    /// The page the feed follows.
    pub fn page_path(self) -> String {
        match self {
            Scope::All => "/projects".to_owned(),
            Scope::Project(id) => format!("/projects/{id}"),
            Scope::Theme(t) => format!("/themes/{}", t.code()),
            Scope::Organisation(id) => format!("/organisations/{id}"),
        }
    }
}

/// The newest public events of a scope, newest first.
pub fn public_events(conn: &mut DbConn, scope: Scope) -> Result<Vec<EventItem>, DbError> {
    let kinds: Vec<&str> = EventKind::ALL
        .iter()
        .filter(|k| is_public(**k))
        .map(|k| k.code())
        .collect();
    let mut q = events::table
        .inner_join(projects::table)
        .filter(events::kind.eq_any(kinds))
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select(events::id)
        .order((events::created_at.desc(), events::id.desc()))
        .limit(ENTRIES)
        .into_boxed();
    match scope {
        Scope::All => {}
        Scope::Project(id) => q = q.filter(events::project_id.eq(id)),
        Scope::Theme(t) => {
            q = q.filter(exists(
                project_themes::table
                    .filter(project_themes::project_id.eq(projects::id))
                    .filter(project_themes::theme_code.eq(t.code())),
            ))
        }
        Scope::Organisation(id) => {
            q = q.filter(
                events::organisation_id.eq(id).or(exists(
                    project_partners::table
                        .filter(project_partners::project_id.eq(projects::id))
                        .filter(project_partners::organisation_id.eq(id)),
                )),
            )
        }
    }
    let ids: Vec<i32> = q.load(conn)?;
    items(conn, &ids)
}

fn fixed(t: NaiveDateTime) -> FixedDateTime {
    Utc.from_utc_datetime(&t).fixed_offset()
}

/// The feed document of `scope` titled `name`, with `entries` (newest first) in `lang`.
pub fn build(
    base_url: &str,
    scope: Scope,
    name: &str,
    lang: Language,
    entries: &[EventItem],
    now: NaiveDateTime,
) -> Feed {
    let host = url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "localhost".into());
    let site = i18n::t(lang, "site-name");
    let link = |href: String, rel: &str, mime: Option<&str>| Link {
        href,
        rel: rel.to_owned(),
        mime_type: mime.map(str::to_owned),
        ..Link::default()
    };
    let mut feed = Feed {
        title: Text::plain(format!("{name} · {site}")),
        id: format!("{base_url}{}", scope.path()),
        updated: fixed(entries.first().map_or(now, |e| e.at)),
        authors: vec![Person {
            name: site.clone(),
            uri: Some(format!("{base_url}/")),
            ..Person::default()
        }],
        links: vec![
            link(
                format!("{base_url}{}", scope.path()),
                "self",
                Some("application/atom+xml"),
            ),
            link(
                format!("{base_url}{}", scope.page_path()),
                "alternate",
                Some("text/html"),
            ),
        ],
        lang: Some(lang.code().to_owned()),
        ..Feed::default()
    };
    feed.entries = entries
        .iter()
        .map(|e| {
            let title = match &e.project {
                Some(p) => format!("{}: {p}", e.kind_label(lang)),
                None => e.kind_label(lang),
            };
            Entry {
                title: Text::plain(title),
                id: format!("tag:{host},2026:event/{}", e.id),
                updated: fixed(e.at),
                published: Some(fixed(e.at)),
                summary: Some(Text::plain(e.sentence(lang))),
                links: vec![link(
                    format!("{base_url}{}", e.path()),
                    "alternate",
                    Some("text/html"),
                )],
                ..Entry::default()
            }
        })
        .collect();
    feed
}
