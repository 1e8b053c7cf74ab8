//! Pages of resources: the library, one resource, the form that adds one.

use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;

use super::Ctx;
use super::parts::{FormErrors, Pager};
use crate::db::queries::projects::ProjectDetail;
use crate::db::queries::resources::{ResourceCard, ResourceList, ResourceProject};
use crate::domain::{Language, PartnerRole, ResourceKind};

/// The values of the library's filter form, as typed.
#[derive(Debug, Clone, Default)]
pub struct LibraryFilterForm {
    /// Search words.
    pub q: String,
    /// Kind code.
    pub kind: String,
    /// Country code.
    pub country: String,
}

/// `/resources`
#[derive(Template, WebTemplate)]
#[template(path = "resources/list.html")]
pub struct LibraryPage {
    /// Page context.
    pub ctx: Ctx,
    /// The filter as typed.
    pub form: LibraryFilterForm,
    /// Kind options.
    pub kinds: &'static [ResourceKind],
    /// Country options (code, translated name): the countries resources cover.
    pub countries: Vec<(&'static str, String)>,
    /// Resources on this page and how many match.
    pub result: Arc<ResourceList>,
    /// Paging links.
    pub pager: Pager,
}

/// `/resources/{id}`
#[derive(Template, WebTemplate)]
#[template(path = "resources/show.html")]
pub struct ResourcePage {
    /// Page context.
    pub ctx: Ctx,
    /// The resource.
    pub r: ResourceCard,
    /// Whether whoever is looking may remove it.
    pub can_remove: bool,
}

/// What the resource form holds, as typed.
#[derive(Debug, Clone, Default)]
pub struct ResourceValues {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Kind code.
    pub kind: String,
    /// Language code.
    pub lang: String,
    /// Country codes.
    pub countries: Vec<String>,
    /// Address of a link.
    pub url: String,
}

impl ResourceValues {
    /// Whether `code` is among the chosen countries.
    pub fn has_country(&self, code: &str) -> bool {
        self.countries.iter().any(|c| c == code)
    }
}

/// `/projects/{id}/resources/new` and `/resources/new`
#[derive(Template)]
#[template(path = "resources/new.html")]
pub struct ResourceFormPage {
    /// Page context.
    pub ctx: Ctx,
    /// The project it is added to; `None` for the library.
    pub project: Option<ResourceProject>,
    /// The form as typed.
    pub values: ResourceValues,
    /// Problems.
    pub errors: FormErrors,
    /// Kind options.
    pub kinds: &'static [ResourceKind],
    /// Every country (code, translated name), sorted by name.
    pub countries: &'static [(&'static str, String)],
    /// The size limit of a document, in megabytes.
    pub max_mb: u64,
}

impl ResourceFormPage {
    /// The languages a resource may be in.
    pub fn languages(&self) -> [Language; 6] {
        Language::ALL
    }

    /// Where the form is sent.
    pub fn action(&self) -> String {
        match &self.project {
            Some(p) => format!("/projects/{}/resources/new", p.id),
            None => "/resources/new".to_owned(),
        }
    }
}

/// Whether whoever is looking manages project `p` (and so adds and removes its
/// resources): asked of the policy with the owners the page already holds.
pub fn manages(ctx: &Ctx, p: &ProjectDetail) -> bool {
    let Some(person) = &ctx.person else {
        return false;
    };
    let owners: Vec<i32> = p
        .partners
        .iter()
        .filter(|x| x.role == PartnerRole::Owner.code())
        .map(|x| x.organisation_id)
        .collect();
    crate::domain::policy::manages_resources(person.role, person.organisation_id, Some(&owners))
}
