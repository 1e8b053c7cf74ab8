//! Every page type of the public site.

use askama::Template;
use askama_web::WebTemplate;

use super::Ctx;
use crate::db::models::Organisation;
use crate::db::queries::organisations::OrganisationDetail;
use std::sync::Arc;

use crate::db::cache::ListFragments;
use crate::db::queries::projects::{ProjectCard, ProjectDetail, ProjectList};
use crate::db::queries::themes::OutcomeWithProjects;
use crate::domain::{NeedKind, OrganisationKind, ProjectStage, Theme};

/// Previous/next links of a paged list.
#[derive(Debug, Clone)]
pub struct Pager {
    /// Current page.
    pub page: u32,
    /// Number of pages.
    pub pages: u32,
    /// Address of the previous page.
    pub prev: Option<String>,
    /// Address of the next page.
    pub next: Option<String>,
}

impl Pager {
    /// Links for `page` of `pages` on `path`, keeping the other query parameters.
    pub fn new(path: &str, params: &[(&str, &str)], page: u32, pages: u32) -> Pager {
        let url = |n: u32| {
            let mut pairs: Vec<(&str, String)> = params
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| (*k, (*v).to_owned()))
                .collect();
            if n > 1 {
                pairs.push(("page", n.to_string()));
            }
            let query = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(pairs)
                .finish();
            if query.is_empty() {
                path.to_owned()
            } else {
                format!("{path}?{query}")
            }
        };
        Pager {
            page,
            pages,
            prev: (page > 1).then(|| url(page.min(pages + 1) - 1)),
            next: (page < pages).then(|| url(page + 1)),
        }
    }

    /// "Page 2 of 5".
    pub fn label(&self, ctx: &Ctx) -> String {
        crate::i18n::t_args(
            ctx.lang,
            "page-of",
            &[
                ("page", crate::i18n::Arg::Num(i64::from(self.page))),
                ("pages", crate::i18n::Arg::Num(i64::from(self.pages))),
            ],
        )
    }
}

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
    pub follow: crate::views::following::FollowButton,
    /// Partnering: expressing interest, answers, meetings (depends on who is looking).
    pub partnering: crate::views::brokering::PartneringPanel,
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
    pub follow: crate::views::following::FollowButton,
    /// Its matching profile.
    pub pv: crate::views::matching::ProfileView,
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
    pub follow: crate::views::following::FollowButton,
}

/// Any error page.
#[derive(Template)]
#[template(path = "errors/error.html")]
pub struct ErrorPage {
    /// Page context.
    pub ctx: Ctx,
    /// HTTP status, as text.
    pub status: String,
    /// Translation key of the heading.
    pub title_key: &'static str,
    /// Translation key of what to do next.
    pub advice_key: &'static str,
    /// What exactly was wrong (already translated).
    pub detail: Option<String>,
}

/// A problem with one field of a form, shown in the summary and beside the field.
#[derive(Debug, Clone)]
pub struct FieldError {
    /// The field's `id`, for the summary's link.
    pub field: &'static str,
    /// What to fix, already translated.
    pub message: String,
}

/// The problems of a refused form (empty when it was accepted or not yet sent).
#[derive(Debug, Clone, Default)]
pub struct FormErrors(pub Vec<FieldError>);

impl FormErrors {
    /// Adds a problem.
    pub fn add(&mut self, field: &'static str, message: String) {
        self.0.push(FieldError { field, message });
    }

    /// Whether the form had no problem.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The message for `field`, if it has one.
    pub fn of(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
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
