//! Pages of following and notifications: the Follow button partial, what a person
//! follows, their notifications, their preferences, and the unsubscribe pages.

use askama::Template;
use askama_web::WebTemplate;

use super::Ctx;
use super::parts::FormErrors;
use crate::db::queries::following::{Followed, Target};
use crate::events::EventKind;
use crate::notify::inbox::Entry;
use crate::notify::rules::Delivery;

/// The Follow/Unfollow button of a project, theme or organisation page, and its feed.
#[derive(Debug, Clone)]
pub struct FollowButton {
    /// What the page is about.
    pub target: Target,
    /// Whether the person looking follows it.
    pub following: bool,
    /// Whether the person looking may follow (signed in).
    pub can_follow: bool,
}

impl FollowButton {
    /// Where the form posts.
    pub fn action(&self) -> String {
        let verb = if self.following { "unfollow" } else { "follow" };
        format!("{}/{verb}", self.target.path())
    }

    /// The page (to come back to after signing in).
    pub fn page(&self) -> String {
        self.target.path()
    }

    /// The Atom feed.
    pub fn feed(&self) -> String {
        self.target.feed_path()
    }

    /// Translation key of the feed link's title by kind of target.
    pub fn feed_title_key(&self) -> &'static str {
        match self.target {
            Target::Project(_) => "follow-feed-project",
            Target::Theme(_) => "follow-feed-theme",
            Target::Organisation(_) => "follow-feed-organisation",
        }
    }
}

/// `/following`
#[derive(Template, WebTemplate)]
#[template(path = "following/list.html")]
pub struct FollowingPage {
    /// Page context.
    pub ctx: Ctx,
    /// What they follow.
    pub items: Vec<Followed>,
}

impl FollowingPage {
    /// The label of the kind of a target ("Project", "Theme", "Organisation").
    pub fn kind_label(&self, f: &Followed) -> &'static str {
        self.ctx.t(match f.target {
            Target::Project(_) => "following-kind-project",
            Target::Theme(_) => "following-kind-theme",
            Target::Organisation(_) => "following-kind-organisation",
        })
    }

    /// The label of a theme target (themes have translated names).
    pub fn theme_label(&self, f: &Followed) -> &'static str {
        match f.target {
            Target::Theme(t) => self.ctx.t(t.label_key()),
            _ => "",
        }
    }
}

/// `/notifications`
#[derive(Template, WebTemplate)]
#[template(path = "following/notifications.html")]
pub struct NotificationsPage {
    /// Page context.
    pub ctx: Ctx,
    /// This page of notifications, newest first.
    pub entries: Vec<Entry>,
    /// How many unread, in all.
    pub unread: i64,
    /// Links to other pages.
    pub pager: super::parts::Pager,
}

impl NotificationsPage {
    /// The sentence of an entry in the page's language.
    pub fn sentence(&self, e: &Entry) -> String {
        e.item.sentence(self.ctx.lang)
    }

    /// The label of an entry's kind.
    pub fn kind_label(&self, e: &Entry) -> String {
        e.item.kind_label(self.ctx.lang)
    }

    /// Why the person hears of it.
    pub fn reason(&self, e: &Entry) -> &'static str {
        self.ctx.t(&format!("notifications-reason-{}", e.reason))
    }

    /// The event's date.
    pub fn date(&self, e: &Entry) -> String {
        self.ctx.date(&e.item.at.date())
    }
}

/// One row of the preferences form.
#[derive(Debug, Clone)]
pub struct PreferenceRow {
    /// The kind.
    pub kind: EventKind,
    /// The chosen (or typed) delivery code.
    pub chosen: String,
}

impl PreferenceRow {
    /// The form field name (the kind's code).
    pub fn field(&self) -> &'static str {
        self.kind.code()
    }
}

/// `/account/notifications`
#[derive(Template, WebTemplate)]
#[template(path = "following/preferences.html")]
pub struct PreferencesPage {
    /// Page context.
    pub ctx: Ctx,
    /// One row per kind.
    pub rows: Vec<PreferenceRow>,
    /// The person's time zone (IANA name), for the digest explanation.
    pub time_zone: String,
    /// Problems.
    pub errors: FormErrors,
    /// A confirmation after saving.
    pub notice: Option<String>,
}

impl PreferencesPage {
    /// The choices of every row.
    pub fn deliveries(&self) -> [Delivery; 4] {
        Delivery::ALL
    }

    /// ` checked` when `d` is the row's choice.
    pub fn checked(&self, row: &PreferenceRow, d: &Delivery) -> &'static str {
        if row.chosen == d.code() {
            " checked"
        } else {
            ""
        }
    }

    /// The label of a kind.
    pub fn kind_label(&self, kind: &EventKind) -> &'static str {
        self.ctx.t(&format!("event-kind-{}", kind.code()))
    }

    /// The label of a delivery.
    pub fn delivery_label(&self, d: &Delivery) -> &'static str {
        self.ctx.t(&format!("delivery-{}", d.code()))
    }

    /// "Digests arrive at 07:00 in Europe/Zurich."
    pub fn digest_time(&self) -> String {
        self.ctx
            .ts("preferences-digest-time", "zone", &self.time_zone)
    }
}

/// `/unsubscribe/{token}`: the confirmation (GET) and the result (POST).
#[derive(Template, WebTemplate)]
#[template(path = "following/unsubscribe.html")]
pub struct UnsubscribePage {
    /// Page context.
    pub ctx: Ctx,
    /// The token (the form posts back to it).
    pub token: String,
    /// What the link turns off, as a sentence.
    pub what: String,
    /// Whether it was done (after the POST).
    pub done: bool,
}
