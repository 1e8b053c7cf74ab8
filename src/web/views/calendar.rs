//! `/account/calendar`: a person's private calendar feed (issue 13, point 6).

use askama::Template;
use askama_web::WebTemplate;

use crate::db::queries::calendar_feeds::Feed;
use crate::web::views::Ctx;

/// The page.
#[derive(Template, WebTemplate)]
#[template(path = "account/calendar.html")]
pub struct CalendarPage {
    /// Page context.
    pub ctx: Ctx,
    /// The feed, if it is on.
    pub feed: Option<Feed>,
    /// The address just made (`https://…/calendar/{token}.ics`), shown this once.
    pub new_url: Option<String>,
    /// What was just done, translated.
    pub notice: Option<String>,
}

impl CalendarPage {
    /// The same address for calendar programs that subscribe by link (`webcal://`).
    pub fn webcal(&self) -> Option<String> {
        self.new_url.as_deref().map(|u| {
            let rest = u
                .strip_prefix("https://")
                .or_else(|| u.strip_prefix("http://"))
                .unwrap_or(u);
            format!("webcal://{rest}")
        })
    }
}
