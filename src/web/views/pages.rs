//! Every page type of the public site.

use askama::Template;
use askama_web::WebTemplate;

use super::Ctx;
use super::parts::{FormErrors, Pager};
use crate::db::models::Organisation;
use crate::db::queries::organisations::OrganisationDetail;
use std::sync::Arc;

use crate::db::cache::ListFragments;
use crate::db::queries::projects::{ProjectCard, ProjectDetail, ProjectList};
use crate::db::queries::themes::OutcomeWithProjects;
use crate::domain::{NeedKind, OrganisationKind, ProjectStage, Theme};

/// `/`
#[derive(Template, WebTemplate)]
#[template(path = "pages/home.html")]
pub struct HomePage {
    /// Page context.
    pub ctx: Ctx,
    /// Latest projects.
    pub latest: Vec<ProjectCard>,
    /// Public projects per stage, every stage listed.
    pub stage_counts: Vec<(ProjectStage, i64)>,
    /// Public projects.
    pub total_projects: i64,
    /// Organisations.
    pub total_organisations: i64,
    /// GFMD outcomes.
    pub total_outcomes: i64,
    /// One-click accounts (demo mode only).
    pub demo_accounts: Vec<DemoAccount>,
}

/// `/about`
#[derive(Template, WebTemplate)]
#[template(path = "pages/about.html")]
pub struct AboutPage {
    /// Page context.
    pub ctx: Ctx,
    /// The lifecycle stages.
    pub stages: &'static [ProjectStage],
}

/// The values of the project filter form, as typed.
#[derive(Debug, Clone, Default)]
pub struct ProjectFilterForm {
    /// Search words.
    pub q: String,
    /// Stage code.
    pub stage: String,
    /// Theme code.
    pub theme: String,
    /// Country code.
    pub country: String,
    /// Need code.
    pub need: String,
}

/// `/projects`
#[derive(Template, WebTemplate)]
#[template(path = "projects/list.html")]
pub struct ProjectsPage {
    /// Page context.
    pub ctx: Ctx,
    /// Projects on this page and how many match.
    pub result: Arc<ProjectList>,
    /// The rendered filter form and cards.
    pub fragments: Arc<ListFragments>,
    /// Paging links.
    pub pager: Pager,
}

/// The filter form of `/projects`.
#[derive(Template)]
#[template(path = "projects/_filters.html")]
pub struct ProjectFilters {
    /// Page context (only its language is used: the fragment is cached per language).
    pub ctx: Ctx,
    /// The filter as typed.
    pub form: ProjectFilterForm,
    /// Stage options.
    pub stages: &'static [ProjectStage],
    /// Theme options.
    pub themes: &'static [Theme],
    /// Need options.
    pub needs: &'static [NeedKind],
    /// Country options (code, translated name), sorted by name.
    pub countries: Vec<(&'static str, String)>,
}

/// The result cards of `/projects`.
#[derive(Template)]
#[template(path = "projects/_cards.html")]
pub struct ProjectCards {
    /// Page context (only its language is used: the fragment is cached per language).
    pub ctx: Ctx,
    /// The projects.
    pub result: Arc<ProjectList>,
}

/// `/projects/{id}`
#[derive(Template, WebTemplate)]
#[template(path = "projects/show.html")]
pub struct ProjectPage {
    /// Page context.
    pub ctx: Ctx,
    /// The project.
    pub p: Arc<ProjectDetail>,
    /// Whether an owner is recorded.
    pub has_owner: bool,
    /// Progress and questions as the viewer sees them (`views::progress`).
    pub progress: super::progress::ProgressView,
    /// What owners, reviewers and facilitators see besides (see `routes::proposals`).
    pub panel: super::proposals::ProposalPanel,
    /// The Follow button and the feed link.
    pub follow: crate::web::views::following::FollowButton,
    /// Partnering: expressing interest, answers, meetings (depends on who is looking).
    pub partnering: crate::web::views::brokering::PartneringPanel,
    /// What the viewer's last action did and what comes next (`?done=`), translated.
    pub notice: Option<String>,
}

/// The values of the organisation filter form, as typed.
#[derive(Debug, Clone, Default)]
pub struct OrganisationFilterForm {
    /// Search words.
    pub q: String,
    /// Kind code.
    pub kind: String,
    /// Country code.
    pub country: String,
}

/// `/organisations`
#[derive(Template, WebTemplate)]
#[template(path = "organisations/list.html")]
pub struct OrganisationsPage {
    /// Page context.
    pub ctx: Ctx,
    /// The filter as typed.
    pub form: OrganisationFilterForm,
    /// Organisations on this page.
    pub items: Vec<Organisation>,
    /// Matching organisations.
    pub total: i64,
    /// Paging links.
    pub pager: Pager,
    /// Kind options.
    pub kinds: &'static [OrganisationKind],
    /// Country options.
    pub countries: &'static [(&'static str, String)],
}

/// `/organisations/{id}`
#[derive(Template, WebTemplate)]
#[template(path = "organisations/show.html")]
pub struct OrganisationPage {
    /// Page context.
    pub ctx: Ctx,
    /// The organisation.
    pub o: OrganisationDetail,
    /// The Follow button and the feed link.
    pub follow: crate::web::views::following::FollowButton,
    /// Its matching profile.
    pub pv: crate::web::views::matching::ProfileView,
    /// Its contact points, as far as each agreed to be shown.
    pub contact_points: Vec<crate::db::queries::contacts::ContactPoint>,
    /// Whether the viewer keeps its contact points (the link to them).
    pub keeps_contacts: bool,
}

/// `/themes`
#[derive(Template, WebTemplate)]
#[template(path = "themes/list.html")]
pub struct ThemesPage {
    /// Page context.
    pub ctx: Ctx,
    /// Every theme with its number of public projects.
    pub themes: Vec<(Theme, i64)>,
}

/// `/themes/{code}`
#[derive(Template, WebTemplate)]
#[template(path = "themes/show.html")]
pub struct ThemePage {
    /// Page context.
    pub ctx: Ctx,
    /// The theme.
    pub theme: Theme,
    /// Latest projects with this theme.
    pub projects: Vec<ProjectCard>,
    /// Public projects with this theme.
    pub total: i64,
    /// GFMD outcomes under this theme.
    pub outcomes: Vec<OutcomeWithProjects>,
    /// The Follow button and the feed link.
    pub follow: crate::web::views::following::FollowButton,
}

/// A demo account offered for one-click sign-in.
#[derive(Debug, Clone)]
pub struct DemoAccount {
    /// Key posted to `/demo/sign-in`.
    pub key: &'static str,
    /// Name shown.
    pub name: &'static str,
    /// `Role` of the account.
    pub role: crate::domain::Role,
}

/// `/login`
#[derive(Template, WebTemplate)]
#[template(path = "auth/login.html")]
pub struct LoginPage {
    /// Page context.
    pub ctx: Ctx,
    /// Address as typed.
    pub email: String,
    /// Where to go after signing in.
    pub next: String,
    /// Problems.
    pub errors: FormErrors,
    /// One-click accounts (demo mode only).
    pub demo_accounts: Vec<DemoAccount>,
}

/// `/account`
#[derive(Template, WebTemplate)]
#[template(path = "account/show.html")]
pub struct AccountPage {
    /// Page context.
    pub ctx: Ctx,
    /// Name as typed.
    pub name: String,
    /// Language code as chosen.
    pub language: String,
    /// Problems with the profile form.
    pub errors: FormErrors,
    /// Problems with the password form.
    pub password_errors: FormErrors,
    /// A confirmation to show, already translated.
    pub notice: Option<String>,
    /// Time zone (IANA name) as chosen.
    pub time_zone: String,
}

impl AccountPage {
    /// Every IANA time zone name, for the time zone field.
    pub fn time_zones(&self) -> impl Iterator<Item = &'static str> {
        chrono_tz::TZ_VARIANTS.iter().map(|z| z.name())
    }
}
