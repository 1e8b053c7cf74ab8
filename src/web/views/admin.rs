//! Pages of the administration (`/admin/…`), and the labels they and the public project
//! page share (audit actions, subject types).

use askama::Template;
use chrono::{NaiveDate, NaiveDateTime};

use super::Ctx;
use super::parts::{FormErrors, Pager};
use crate::db::models::Organisation;
use crate::db::queries::admin::{MergeCounts, OrganisationChoice, PersonSummary};
use crate::db::queries::audit::{AuditChoices, AuditRow};
use crate::domain::{Language, OrganisationKind, Region, Role};
use crate::email::outbox::DeadLetter;

/// The roles an administrator can give (everyone but visitors).
pub const ASSIGNABLE_ROLES: [Role; 6] = [
    Role::Observer,
    Role::Member,
    Role::Delegate,
    Role::Facilitator,
    Role::Reviewer,
    Role::Administrator,
];

/// The label of an audit action (`person.role_changed`), or the code itself for an
/// action without one (recorded by a newer or older version).
pub fn action_label(ctx: &Ctx, action: &str) -> String {
    let key = format!("audit-action-{}", action.replace('.', "-"));
    if crate::i18n::has_key(Language::En, &key) {
        ctx.t(&key).to_owned()
    } else {
        action.to_owned()
    }
}

/// The label of an audit subject type (`organisation`), or the code itself.
pub fn subject_label(ctx: &Ctx, subject_type: &str) -> String {
    let key = format!("audit-subject-{subject_type}");
    if crate::i18n::has_key(Language::En, &key) {
        ctx.t(&key).to_owned()
    } else {
        subject_type.to_owned()
    }
}

/// The label of an outbox status (`dead`).
pub fn mail_status_label(ctx: &Ctx, status: &str) -> String {
    let key = format!("admin-mail-status-{status}");
    if crate::i18n::has_key(Language::En, &key) {
        ctx.t(&key).to_owned()
    } else {
        status.to_owned()
    }
}

/// A moment: the day in the interface language and the time (UTC).
pub fn when(ctx: &Ctx, at: &NaiveDateTime) -> String {
    format!("{} {} UTC", ctx.date(&at.date()), at.format("%H:%M"))
}

/// `YYYY-MM-DDTHH:MM:SSZ`, for `<time datetime>`.
pub fn machine_time(at: &NaiveDateTime) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// `/admin`
#[derive(Template)]
#[template(path = "admin/index.html")]
pub struct AdminIndexPage {
    /// Page context.
    pub ctx: Ctx,
    /// People with an account.
    pub people: i64,
    /// Organisations.
    pub organisations: i64,
    /// Mail given up on.
    pub dead_letters: i64,
}

/// The filter of `/admin/people`, as typed.
#[derive(Debug, Clone, Default)]
pub struct PeopleFilterForm {
    /// Words.
    pub q: String,
    /// Role code.
    pub role: String,
    /// `yes`, `no` or empty.
    pub active: String,
}

/// `/admin/people`
#[derive(Template)]
#[template(path = "admin/people.html")]
pub struct PeoplePage {
    /// Page context.
    pub ctx: Ctx,
    /// The filter as typed.
    pub form: PeopleFilterForm,
    /// People on this page.
    pub items: Vec<PersonSummary>,
    /// People matching.
    pub total: i64,
    /// Paging links.
    pub pager: Pager,
    /// Role options.
    pub roles: &'static [Role],
}

/// `/admin/people/{id}`
#[derive(Template)]
#[template(path = "admin/person.html")]
pub struct PersonPage {
    /// Page context.
    pub ctx: Ctx,
    /// The person.
    pub person: PersonSummary,
    /// The day their account was created.
    pub created_on: NaiveDate,
    /// Their interface language, in itself.
    pub language: &'static str,
    /// Role code as chosen in the form.
    pub role: String,
    /// Organisation id as chosen in the form (empty: none).
    pub organisation: String,
    /// Governments, for the organisation choice.
    pub governments: Vec<OrganisationChoice>,
    /// Other organisations.
    pub others: Vec<OrganisationChoice>,
    /// Role options.
    pub roles: &'static [Role],
    /// Whether this is the administrator looking.
    pub is_self: bool,
    /// Problems with the last form sent.
    pub errors: FormErrors,
    /// A confirmation, already translated.
    pub notice: Option<&'static str>,
}

impl PersonPage {
    /// ` selected` on the organisation chosen in the form.
    pub fn chosen(&self, id: &i32) -> &'static str {
        if self.organisation == id.to_string() {
            " selected"
        } else {
            ""
        }
    }
}

/// The filter of `/admin/organisations`, as typed.
#[derive(Debug, Clone, Default)]
pub struct OrganisationsFilterForm {
    /// Words.
    pub q: String,
    /// Kind code.
    pub kind: String,
}

/// `/admin/organisations`
#[derive(Template)]
#[template(path = "admin/organisations.html")]
pub struct AdminOrganisationsPage {
    /// Page context.
    pub ctx: Ctx,
    /// The filter as typed.
    pub form: OrganisationsFilterForm,
    /// Organisations on this page.
    pub items: Vec<Organisation>,
    /// Organisations matching.
    pub total: i64,
    /// Paging links.
    pub pager: Pager,
    /// Kind options.
    pub kinds: &'static [OrganisationKind],
    /// A confirmation, already translated.
    pub notice: Option<&'static str>,
}

/// The organisation form, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct OrganisationForm {
    /// Code.
    #[serde(default)]
    pub code: String,
    /// Name.
    #[serde(default)]
    pub name: String,
    /// Acronym.
    #[serde(default)]
    pub acronym: String,
    /// Kind code.
    #[serde(default)]
    pub kind: String,
    /// Country code.
    #[serde(default)]
    pub country: String,
    /// Region code.
    #[serde(default)]
    pub region: String,
    /// Description.
    #[serde(default)]
    pub description: String,
    /// Web site.
    #[serde(default)]
    pub website: String,
    /// Language code of the name and description.
    #[serde(default)]
    pub lang: String,
}

impl OrganisationForm {
    /// The form filled with a stored organisation.
    pub fn of(o: &Organisation) -> OrganisationForm {
        OrganisationForm {
            code: o.code.clone(),
            name: o.name.clone(),
            acronym: o.acronym.clone().unwrap_or_default(),
            kind: o.kind.clone(),
            country: o.country_code.clone().unwrap_or_default(),
            region: o.region.clone().unwrap_or_default(),
            description: o.description.clone(),
            website: o.website.clone().unwrap_or_default(),
            lang: o.lang.clone(),
        }
    }
}

/// `/admin/organisations/new` and `/admin/organisations/{id}/edit`
#[derive(Template)]
#[template(path = "admin/organisation_form.html")]
pub struct OrganisationFormPage {
    /// Page context.
    pub ctx: Ctx,
    /// The organisation edited (`None`: a new one).
    pub id: Option<i32>,
    /// Its name as stored (for the heading of an edit).
    pub stored_name: String,
    /// The values as typed.
    pub form: OrganisationForm,
    /// Problems.
    pub errors: FormErrors,
    /// A confirmation, already translated.
    pub notice: Option<&'static str>,
    /// Kind options.
    pub kinds: &'static [OrganisationKind],
    /// Region options.
    pub regions: &'static [Region],
    /// Country options.
    pub countries: &'static [(&'static str, String)],
}

/// `/admin/organisations/{id}/merge`
#[derive(Template)]
#[template(path = "admin/merge.html")]
pub struct MergePage {
    /// Page context.
    pub ctx: Ctx,
    /// The duplicate.
    pub duplicate: Organisation,
    /// What would move.
    pub counts: MergeCounts,
    /// Organisation ids as chosen (empty: none yet).
    pub keep: String,
    /// The organisations it can be merged into.
    pub choices: Vec<OrganisationChoice>,
    /// Problems.
    pub errors: FormErrors,
}

impl MergePage {
    /// ` selected` on the organisation chosen in the form.
    pub fn chosen(&self, id: &i32) -> &'static str {
        if self.keep == id.to_string() {
            " selected"
        } else {
            ""
        }
    }
}

/// The filter of `/admin/audit`, as typed.
#[derive(Debug, Clone, Default)]
pub struct AuditFilterForm {
    /// Person id.
    pub person: String,
    /// Action code.
    pub action: String,
    /// Subject type.
    pub subject_type: String,
    /// Subject id.
    pub subject_id: String,
    /// First day.
    pub from: String,
    /// Last day.
    pub to: String,
}

/// `/admin/audit`
#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    /// Page context.
    pub ctx: Ctx,
    /// The filter as typed.
    pub form: AuditFilterForm,
    /// What the filter can choose from.
    pub choices: AuditChoices,
    /// Problems with the filter.
    pub errors: FormErrors,
    /// Entries on this page.
    pub items: Vec<AuditRow>,
    /// Entries matching.
    pub total: i64,
    /// Paging links.
    pub pager: Pager,
}

impl AuditPage {
    /// ` selected` on the person chosen in the filter.
    pub fn chosen_person(&self, id: &i32) -> &'static str {
        if self.form.person == id.to_string() {
            " selected"
        } else {
            ""
        }
    }

    /// Where the subject of an entry is shown, if anywhere.
    pub fn subject_link(&self, e: &AuditRow) -> Option<String> {
        let id = e.subject_id?;
        e.subject_name.as_ref()?;
        match e.subject_type.as_str() {
            "person" => Some(format!("/admin/people/{id}")),
            "organisation" => Some(format!("/admin/organisations/{id}/edit")),
            "project" => Some(format!("/projects/{id}")),
            _ => None,
        }
    }
}

/// `/admin/mail`
#[derive(Template)]
#[template(path = "admin/mail.html")]
pub struct MailPage {
    /// Page context.
    pub ctx: Ctx,
    /// Messages per status.
    pub counts: Vec<(&'static str, i64)>,
    /// Dead letters, most recent first.
    pub dead: Vec<DeadLetter>,
    /// Problems with the last retry.
    pub errors: FormErrors,
    /// A confirmation, already translated.
    pub notice: Option<String>,
}
