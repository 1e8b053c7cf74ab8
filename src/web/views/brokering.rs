//! Pages of brokering: the facilitator's queue and candidates, introductions, expressions
//! of interest (and the project page's partnering panel), meetings.

use askama::Template;
use askama_web::WebTemplate;
use chrono::NaiveDateTime;

use super::Ctx;
use super::parts::{FormErrors, Pager};
use crate::db::models::Need;
use crate::db::queries::brokering::{
    InterestItem, IntroductionDetail, IntroductionItem, Meeting, MeetingDetail, QueueRow,
};
use crate::domain::brokering::{Answer, Side};
use crate::domain::{NeedKind, PartnerRole};
use crate::matching::Reason;

/// The roles an introduction or an accepted expression of interest may give (all but
/// owner: owning is for the governments that proposed the project).
pub fn partner_roles() -> Vec<PartnerRole> {
    PartnerRole::ALL
        .iter()
        .copied()
        .filter(|r| *r != PartnerRole::Owner)
        .collect()
}

impl Ctx {
    /// "Accepted", "Declined" or "Waiting" for a side's stored answer.
    pub fn answer_label(&self, answer: &Option<String>) -> &'static str {
        match answer.as_deref() {
            Some("accepted") => self.t("brokering-answer-accepted"),
            Some("declined") => self.t("brokering-answer-declined"),
            _ => self.t("brokering-answer-waiting"),
        }
    }
}

/// A reason of a suggestion in words (the matching views' wording), with the weight it
/// contributed.
pub fn reason_text(ctx: &Ctx, r: &Reason) -> String {
    format!(
        "{} (+{:.1})",
        crate::web::views::matching::reason_text(ctx.lang, r),
        r.weight
    )
}

/// A ranked candidate as the facilitator sees it.
#[derive(Debug, Clone)]
pub struct CandidateView {
    /// Organisation id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// `OrganisationKind` code.
    pub kind: String,
    /// Country code, if any.
    pub country: Option<String>,
    /// Score, one decimal.
    pub score: String,
    /// Fit out of 100: the score against the best candidate's.
    pub fit: u32,
    /// Reasons in words.
    pub reasons: Vec<String>,
    /// Whether anyone there can answer an introduction (has an account).
    pub reachable: bool,
    /// Not reachable because mail to its contact points bounced.
    pub bounced: bool,
}

/// `/facilitator`
#[derive(Template, WebTemplate)]
#[template(path = "brokering/queue.html")]
pub struct QueuePage {
    /// Page context.
    pub ctx: Ctx,
    /// This page of the queue.
    pub rows: Vec<QueueRow>,
    /// Projects in the queue.
    pub total: i64,
    /// Previous/next.
    pub pager: Pager,
    /// Open expressions of interest (a link to them).
    pub open_interests: i64,
}

/// `/facilitator/projects/{id}`
#[derive(Template, WebTemplate)]
#[template(path = "brokering/project.html")]
pub struct CandidatesPage {
    /// Page context.
    pub ctx: Ctx,
    /// Project id.
    pub project_id: i32,
    /// Title.
    pub title: String,
    /// Its language.
    pub lang: String,
    /// `ProjectStage` code.
    pub stage: String,
    /// Needs.
    pub needs: Vec<Need>,
    /// Ranked candidates.
    pub candidates: Vec<CandidateView>,
    /// Introductions made so far, newest first.
    pub introductions: Vec<IntroductionItem>,
    /// Meetings, soonest first.
    pub meetings: Vec<Meeting>,
    /// What just happened (a contact point added from a candidate card).
    pub notice: Option<String>,
    /// Which candidates are shown: `all`, `ready` (can be introduced now) or `contact`
    /// (need a contact point first).
    pub show: &'static str,
}

/// The values of the introduce form, as typed.
#[derive(Debug, Clone, Default)]
pub struct IntroduceValues {
    /// `PartnerRole` code.
    pub role: String,
    /// Personal message.
    pub message: String,
}

/// `/facilitator/projects/{id}/introduce?organisation=`
#[derive(Template, WebTemplate)]
#[template(path = "brokering/introduce.html")]
pub struct IntroducePage {
    /// Page context.
    pub ctx: Ctx,
    /// Project id.
    pub project_id: i32,
    /// Title.
    pub title: String,
    /// Its language.
    pub lang: String,
    /// Organisation introduced.
    pub organisation_id: i32,
    /// Its name.
    pub organisation: String,
    /// Form values.
    pub values: IntroduceValues,
    /// Roles offered.
    pub roles: Vec<PartnerRole>,
    /// Problems.
    pub errors: FormErrors,
    /// Longest message.
    pub max: i64,
}

/// `/introductions/{id}` and its `/accept` and `/decline` confirmation pages.
#[derive(Template, WebTemplate)]
#[template(path = "brokering/introduction.html")]
pub struct IntroductionPage {
    /// Page context.
    pub ctx: Ctx,
    /// The introduction.
    pub d: IntroductionDetail,
    /// The side the viewer answers for.
    pub side: Option<Side>,
    /// Whether the viewer may still answer.
    pub can_answer: bool,
    /// The confirmation asked (`None`: the plain page).
    pub mode: Option<Answer>,
    /// Reason as typed.
    pub reason: String,
    /// Problems.
    pub errors: FormErrors,
    /// What just happened.
    pub notice: Option<String>,
    /// Whether the viewer may propose a meeting (accepted introductions).
    pub can_meet: bool,
}

impl IntroductionPage {
    /// The side label of the viewer.
    pub fn side_code(&self) -> &'static str {
        self.side.map_or("", |s| s.code())
    }

    /// Whether the confirmation is to accept.
    pub fn accepting(&self) -> bool {
        self.mode == Some(Answer::Accept)
    }

    /// Whether the confirmation is to decline.
    pub fn declining(&self) -> bool {
        self.mode == Some(Answer::Decline)
    }

    /// Names of the owning governments.
    pub fn owners(&self) -> String {
        self.d
            .owners
            .iter()
            .map(|(_, n)| n.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What the project page shows about partnering to whoever is looking (never cached: it
/// depends on the person).
#[derive(Debug, Clone, Default)]
pub struct PartneringPanel {
    /// Project id.
    pub project_id: i32,
    /// Signed in at all.
    pub signed_in: bool,
    /// The viewer's organisation may express interest now (shows the form).
    pub may_express: bool,
    /// The viewer's organisation's open expression of interest, if any: its date.
    pub pending_since: Option<NaiveDateTime>,
    /// The viewer's organisation already takes part.
    pub is_partner: bool,
    /// Form values: `NeedKind` code.
    pub offer: String,
    /// Form values: message.
    pub message: String,
    /// Problems with the form.
    pub errors: FormErrors,
    /// What just happened.
    pub notice: Option<String>,
    /// The viewer manages the project: open expressions of interest to answer.
    pub manages: bool,
    /// Expressions of interest (for managers).
    pub interests: Vec<InterestItem>,
    /// The viewer arranges meetings of this project.
    pub arranges: bool,
    /// Meetings (for those who arrange them).
    pub meetings: Vec<Meeting>,
    /// The viewer is a facilitator (link to candidates).
    pub facilitator: bool,
}

impl PartneringPanel {
    /// Offer kinds for the form.
    pub fn offers(&self) -> &'static [NeedKind] {
        NeedKind::ALL
    }

    /// Whether anything is shown.
    pub fn any(&self) -> bool {
        true
    }
}

/// `/interests/{id}`
#[derive(Template, WebTemplate)]
#[template(path = "brokering/interest.html")]
pub struct InterestPage {
    /// Page context.
    pub ctx: Ctx,
    /// The expression of interest.
    pub item: InterestItem,
    /// The viewer manages the project and it is open.
    pub can_answer: bool,
    /// Roles offered.
    pub roles: Vec<PartnerRole>,
    /// Role as chosen.
    pub role: String,
    /// Reason as typed.
    pub reason: String,
    /// Problems.
    pub errors: FormErrors,
    /// What just happened.
    pub notice: Option<String>,
}

/// `/facilitator/interests`
#[derive(Template, WebTemplate)]
#[template(path = "brokering/interests.html")]
pub struct InterestsPage {
    /// Page context.
    pub ctx: Ctx,
    /// Every expression of interest, open first.
    pub items: Vec<InterestItem>,
}

/// The values of a meeting form, as typed.
#[derive(Debug, Clone, Default)]
pub struct MeetingValues {
    /// Title.
    pub title: String,
    /// Local date `YYYY-MM-DD`.
    pub date: String,
    /// Local start `HH:MM`.
    pub start: String,
    /// Local end `HH:MM`.
    pub end: String,
    /// IANA zone.
    pub zone: String,
    /// Place.
    pub place: String,
    /// Online link.
    pub online_url: String,
    /// Agenda.
    pub agenda: String,
    /// Organisations chosen (ids).
    pub organisations: Vec<i32>,
    /// The introduction it follows, if any.
    pub introduction: Option<i32>,
}

impl MeetingValues {
    /// Whether organisation `id` is chosen.
    pub fn chosen(&self, id: &i32) -> bool {
        self.organisations.contains(id)
    }
}

/// `/projects/{id}/meetings/new` and `/meetings/{id}/edit`
#[derive(Template, WebTemplate)]
#[template(path = "brokering/meeting_form.html")]
pub struct MeetingFormPage {
    /// Page context.
    pub ctx: Ctx,
    /// Project id.
    pub project_id: i32,
    /// Title.
    pub project_title: String,
    /// Its language.
    pub project_lang: String,
    /// Where the form posts.
    pub action: String,
    /// Editing an existing meeting (organisations are fixed then).
    pub meeting_id: Option<i32>,
    /// The project's partners: (id, name).
    pub partners: Vec<(i32, String)>,
    /// Form values.
    pub values: MeetingValues,
    /// Problems.
    pub errors: FormErrors,
    /// Time zones offered.
    pub zones: &'static [&'static str],
}

/// `/meetings/{id}`
#[derive(Template, WebTemplate)]
#[template(path = "brokering/meeting.html")]
pub struct MeetingPage {
    /// Page context.
    pub ctx: Ctx,
    /// The meeting.
    pub d: MeetingDetail,
    /// Local date, start and end in the meeting's zone.
    pub local: (chrono::NaiveDate, String, String),
    /// The viewer is invited.
    pub invited: bool,
    /// The viewer's answer.
    pub my_answer: Option<String>,
    /// The viewer arranges it.
    pub arranges: bool,
    /// Notes as typed.
    pub notes: String,
    /// Problems.
    pub errors: FormErrors,
    /// What just happened.
    pub notice: Option<String>,
}

impl MeetingPage {
    /// Whether it is cancelled.
    pub fn cancelled(&self) -> bool {
        self.d.meeting.state == "cancelled"
    }

    /// "2 invitees will attend".
    pub fn yes_text(&self) -> String {
        let yes = self
            .d
            .invitees
            .iter()
            .filter(|i| i.answer.as_deref() == Some("yes"))
            .count() as i64;
        self.ctx.tn("brokering-meeting-yes-count", &yes)
    }
}

/// A text refusal as the message shown beside its field.
pub fn text_error(ctx: &Ctx, e: &crate::domain::text::TextError) -> String {
    match e {
        crate::domain::text::TextError::Empty { .. } => ctx.t("brokering-error-empty").to_owned(),
        crate::domain::text::TextError::TooLong { max, .. } => {
            ctx.tn("brokering-error-too-long", &(*max as i64))
        }
    }
}
