//! The fan-out step: events → the people they concern → in-app notifications, mail at
//! once, or a place in their next digest.
//!
//! **A worker step, not the emitting transaction.** Use cases only record their event
//! (`emit`, one insert); [`run`] (called by the notification worker every poll interval,
//! 1 s by default) claims events not yet fanned out and handles them in one transaction
//! per batch: claim, notifications, outbox rows and digest schedules commit together, so
//! each event is fanned out exactly once even with several instances (PostgreSQL:
//! `FOR UPDATE SKIP LOCKED`; SQLite: the write transaction is `BEGIN IMMEDIATE`, one
//! writer at a time). Why not inside the use case: its transaction stays short whatever
//! the number of followers, and a failure here never undoes a stage change. The cost is
//! latency: a poll interval plus the mail worker's, so a follower gets a stage change
//! within seconds.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::mail::{EventItem, NotificationMail, Unfollow};
use super::prefs::Unsubscribe;
use super::rules::{self, Delivery, Frequency, Reason, audiences};
use super::schedule;
use crate::db::code::{code, codes};
use crate::db::queries::following::{self, Target};
use crate::db::queries::partners;
use crate::db::schema::{
    digests, events, notification_preferences, notifications, organisations, people,
    project_themes, projects, unsubscribe_tokens,
};
use crate::db::{DbConn, DbError};
use crate::domain::{Language, PublicationState, Role, Theme};
use crate::email::{Email, Outbox};
use crate::events::EventKind;
use crate::secrets::token;

/// Events handled per transaction.
pub const BATCH: i64 = 100;

/// A claimed event row.
#[derive(Debug, Clone, Queryable)]
struct EventRow {
    id: i32,
    kind: String,
    actor_id: Option<i32>,
    project_id: Option<i32>,
    organisation_id: Option<i32>,
    subject_id: Option<i32>,
}

/// Fans out up to [`BATCH`] pending events, oldest first, inside the caller's
/// transaction; returns how many were handled.
pub fn run(conn: &mut DbConn, outbox: &Outbox, now: NaiveDateTime) -> Result<usize, DbError> {
    let pending = events::table
        .filter(events::fanned_out_at.is_null())
        .order(events::id)
        .limit(BATCH)
        .select((
            events::id,
            events::kind,
            events::actor_id,
            events::project_id,
            events::organisation_id,
            events::subject_id,
        ));
    let claimed: Vec<EventRow> = match conn {
        // Concurrent instances each take different events without waiting.
        DbConn::Pg(c) => pending.for_update().skip_locked().load(c)?,
        // The write transaction already holds SQLite's one write lock.
        DbConn::Sqlite(c) => pending.load(c)?,
    };
    if claimed.is_empty() {
        return Ok(0);
    }
    let ids: Vec<i32> = claimed.iter().map(|e| e.id).collect();
    diesel::update(events::table.filter(events::id.eq_any(&ids)))
        .set(events::fanned_out_at.eq(Some(now)))
        .execute(conn)?;
    for event in &claimed {
        fan_out(conn, outbox, event, now)?;
    }
    Ok(claimed.len())
}

/// A recipient with what their mail needs.
#[derive(Debug, Clone, Queryable)]
struct Recipient {
    id: i32,
    email: String,
    name: String,
    lang: String,
    time_zone: String,
}

fn fan_out(
    conn: &mut DbConn,
    outbox: &Outbox,
    event: &EventRow,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let Some(kind) = EventKind::from_code(&event.kind) else {
        tracing::warn!(event = event.id, kind = %event.kind, "unknown event kind: nobody told");
        return Ok(());
    };
    let (concerned, followed) = concerned(conn, kind, event)?;
    if concerned.is_empty() {
        return Ok(());
    }
    let ids: Vec<i32> = concerned.keys().copied().collect();
    let prefs: HashMap<i32, Delivery> = notification_preferences::table
        .filter(notification_preferences::kind.eq(kind.code()))
        .filter(notification_preferences::person_id.eq_any(&ids))
        .select((
            notification_preferences::person_id,
            notification_preferences::delivery,
        ))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .map(|(p, d)| Ok((p, code("notification_preferences.delivery", &d)?)))
        .collect::<Result<_, DbError>>()?;
    let recipients: Vec<Recipient> = people::table
        .filter(people::id.eq_any(&ids))
        .filter(people::active.eq(true))
        .select((
            people::id,
            people::email,
            people::name,
            people::lang,
            people::time_zone,
        ))
        .order(people::id)
        .load(conn)?;
    let mut item: Option<EventItem> = None;
    for r in recipients {
        let reason = concerned[&r.id];
        let chosen = prefs
            .get(&r.id)
            .copied()
            .unwrap_or_else(|| Delivery::default_for(kind));
        let delivery = chosen.effective(kind, reason);
        if delivery == Delivery::Off {
            continue;
        }
        // Those the use case itself writes to (an introduction with its answer links, a
        // review decision, a meeting invitation…) find it in the app, not in a second mail.
        let told = rules::mailed_by_its_use_case(kind, reason);
        let delivery = if told {
            Delivery::Immediately
        } else {
            delivery
        };
        diesel::insert_into(notifications::table)
            .values((
                notifications::person_id.eq(r.id),
                notifications::event_id.eq(event.id),
                notifications::reason.eq(reason.code()),
                notifications::delivery.eq(delivery.code()),
                notifications::created_at.eq(now),
            ))
            .execute(conn)?;
        if told {
            continue;
        }
        match Frequency::of(delivery) {
            Some(frequency) => schedule_digest(conn, r.id, &r.time_zone, frequency, now)?,
            None => {
                let item = match &item {
                    Some(i) => i.clone(),
                    None => {
                        let loaded = items(conn, &[event.id])?.pop().ok_or_else(|| {
                            DbError::Unavailable(format!("event {} vanished", event.id))
                        })?;
                        item = Some(loaded.clone());
                        loaded
                    }
                };
                let path = unsubscribe_path(conn, r.id, kind.code(), now)?;
                // A follower can stop following in one click from the mail.
                let unfollow = match followed.get(&r.id) {
                    Some(target) if reason == Reason::Follower => Some(Unfollow {
                        path: unsubscribe_path(
                            conn,
                            r.id,
                            &Unsubscribe::Unfollow(*target).code(),
                            now,
                        )?,
                        name: following::name_of(conn, *target)?,
                        theme: match target {
                            Target::Theme(t) => Some(t.code().to_owned()),
                            _ => None,
                        },
                    }),
                    _ => None,
                };
                let mail = NotificationMail {
                    name: r.name.clone(),
                    item,
                    reason: reason.code().to_owned(),
                    mandatory: rules::is_mandatory(kind, reason),
                    unsubscribe_path: path,
                    unfollow,
                };
                let lang: Language = match code("people.lang", &r.lang) {
                    Ok(l) => l,
                    Err(e) => {
                        tracing::error!(person = r.id, error = %e, "notification mail not queued");
                        continue;
                    }
                };
                match Email::new(
                    &r.email,
                    lang,
                    &mail,
                    format!("notification:{}:{}", event.id, r.id),
                ) {
                    Ok(email) => {
                        outbox.enqueue(conn, &email)?;
                    }
                    Err(e) => {
                        tracing::warn!(person = r.id, error = %e, "notification mail not queued")
                    }
                }
            }
        }
    }
    Ok(())
}

/// Everyone an event concerns, with their strongest reason, and what each follower
/// follows that brought it; never its actor.
type Concerned = (HashMap<i32, Reason>, HashMap<i32, Target>);

fn concerned(conn: &mut DbConn, kind: EventKind, event: &EventRow) -> Result<Concerned, DbError> {
    let mut followed: HashMap<i32, Target> = HashMap::new();
    let want = audiences(kind);
    let mut out: HashMap<i32, Reason> = HashMap::new();
    let mut add = |ids: Vec<i32>, reason: Reason| {
        for id in ids {
            out.entry(id)
                .and_modify(|r| *r = (*r).min(reason))
                .or_insert(reason);
        }
    };
    let (owner_orgs, partner_orgs) = match event.project_id {
        Some(p) => (
            partners::owner_ids(conn, p)?,
            partners::partner_ids(conn, p)?,
        ),
        None => (Vec::new(), Vec::new()),
    };
    if want.owners && !owner_orgs.is_empty() {
        add(
            people_of(conn, &owner_orgs, Some(Role::Delegate))?,
            Reason::Owner,
        );
    }
    if want.partners && !partner_orgs.is_empty() {
        add(people_of(conn, &partner_orgs, None)?, Reason::Partner);
    }
    if want.concerned
        && let Some(org) = event.organisation_id
    {
        add(people_of(conn, &[org], None)?, Reason::Concerned);
    }
    // The person who asked hears the answer to their question.
    if kind == EventKind::QuestionAnswered
        && let Some(question) = event.subject_id
    {
        let asker: Option<Option<i32>> = crate::db::schema::questions::table
            .find(question)
            .select(crate::db::schema::questions::asker_id)
            .first(conn)
            .optional()?;
        add(asker.flatten().into_iter().collect(), Reason::Concerned);
    }
    if want.facilitators {
        add(with_role(conn, Role::Facilitator)?, Reason::Facilitator);
    }
    if want.reviewers {
        add(with_role(conn, Role::Reviewer)?, Reason::Reviewer);
    }
    if want.followers {
        let mut targets = Vec::new();
        let public = match event.project_id {
            Some(p) => {
                let visible: i64 = projects::table
                    .filter(projects::id.eq(p))
                    .filter(projects::status.ne(PublicationState::Draft.code()))
                    .count()
                    .get_result(conn)?;
                if visible > 0 {
                    targets.push(Target::Project(p));
                    let themes: Vec<String> = project_themes::table
                        .filter(project_themes::project_id.eq(p))
                        .select(project_themes::theme_code)
                        .load(conn)?;
                    let themes: Vec<Theme> = codes("project_themes.theme_code", themes)?;
                    targets.extend(themes.into_iter().map(Target::Theme));
                    targets.extend(partner_orgs.iter().map(|o| Target::Organisation(*o)));
                }
                visible > 0
            }
            None => true,
        };
        if public && let Some(org) = event.organisation_id {
            targets.push(Target::Organisation(org));
        }
        let followers = following::followers_of(conn, &targets)?;
        add(
            followers.iter().map(|(p, _)| *p).collect(),
            Reason::Follower,
        );
        followed.extend(followers);
    }
    if let Some(actor) = event.actor_id {
        out.remove(&actor);
    }
    Ok((out, followed))
}

/// Active people of the organisations `orgs` (with `role`, if given).
fn people_of(conn: &mut DbConn, orgs: &[i32], role: Option<Role>) -> Result<Vec<i32>, DbError> {
    let mut q = people::table
        .filter(people::organisation_id.eq_any(orgs.to_vec()))
        .filter(people::active.eq(true))
        .select(people::id)
        .into_boxed();
    if let Some(role) = role {
        q = q.filter(people::role.eq(role.code()));
    }
    Ok(q.load(conn)?)
}

/// Active people with `role`.
fn with_role(conn: &mut DbConn, role: Role) -> Result<Vec<i32>, DbError> {
    Ok(people::table
        .filter(people::role.eq(role.code()))
        .filter(people::active.eq(true))
        .select(people::id)
        .load(conn)?)
}

/// Makes sure a digest of `frequency` is scheduled for the person (in their next morning).
fn schedule_digest(
    conn: &mut DbConn,
    person_id: i32,
    time_zone: &str,
    frequency: Frequency,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let waiting: i64 = digests::table
        .filter(digests::person_id.eq(person_id))
        .filter(digests::frequency.eq(frequency.code()))
        .count()
        .get_result(conn)?;
    if waiting == 0 {
        let tz = schedule::parse_zone(time_zone).unwrap_or(chrono_tz::UTC);
        diesel::insert_into(digests::table)
            .values((
                digests::person_id.eq(person_id),
                digests::frequency.eq(frequency.code()),
                digests::due_at.eq(schedule::next_due(frequency, tz, now)),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// A new one-click unsubscribe link for the person and `kind` (an event kind code or a
/// digest's); only its hash is stored.
pub fn unsubscribe_path(
    conn: &mut DbConn,
    person_id: i32,
    kind: &str,
    now: NaiveDateTime,
) -> Result<String, DbError> {
    let token = token::random_token();
    diesel::insert_into(unsubscribe_tokens::table)
        .values((
            unsubscribe_tokens::token_hash.eq(token::hash_token(&token)),
            unsubscribe_tokens::person_id.eq(person_id),
            unsubscribe_tokens::kind.eq(kind),
            unsubscribe_tokens::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(format!("/unsubscribe/{token}"))
}

/// The events `ids` as messages and pages tell them, in the order of `ids`.
pub fn items(conn: &mut DbConn, ids: &[i32]) -> Result<Vec<EventItem>, DbError> {
    type Row = (
        i32,
        String,
        Option<i32>,
        Option<String>,
        Option<String>,
        Option<i32>,
        Option<String>,
        Option<i32>,
        String,
        NaiveDateTime,
    );
    let rows: Vec<Row> = events::table
        .left_join(projects::table)
        .left_join(organisations::table)
        .filter(events::id.eq_any(ids.to_vec()))
        .select((
            events::id,
            events::kind,
            events::project_id,
            projects::title.nullable(),
            projects::lang.nullable(),
            events::organisation_id,
            organisations::name.nullable(),
            events::subject_id,
            events::summary,
            events::created_at,
        ))
        .load(conn)?;
    let mut by_id: HashMap<i32, EventItem> = rows
        .into_iter()
        .map(
            |(
                id,
                kind,
                project_id,
                project,
                lang,
                organisation_id,
                organisation,
                subject_id,
                summary,
                at,
            )| {
                (
                    id,
                    EventItem {
                        id,
                        kind,
                        project_id,
                        project,
                        project_lang: lang.unwrap_or_else(|| "en".into()),
                        organisation_id,
                        organisation,
                        subject_id,
                        summary,
                        at,
                    },
                )
            },
        )
        .collect();
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}
