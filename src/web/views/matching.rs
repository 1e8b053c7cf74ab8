//! Matching in the interface: reasons in words, the organisation dashboard and the
//! profile form.

use askama::Template;
use askama_web::WebTemplate;

use super::Ctx;
use super::parts::FormErrors;
use crate::db::queries::profiles::Profile;
use crate::domain::{Language, NeedKind, Region, Theme};
use crate::i18n::{self, Arg};
use crate::matching::{Reason, ReasonKind};

/// Labels of codes joined with the language's list separator.
fn list(lang: Language, keys: impl IntoIterator<Item = &'static str>) -> String {
    let sep = i18n::t_static(lang, "match-list-separator");
    keys.into_iter()
        .map(|k| i18n::t_static(lang, k))
        .collect::<Vec<_>>()
        .join(sep)
}

/// A reason in words, in `lang` (e.g. "Offers what the project needs: Funding").
pub fn reason_text(lang: Language, reason: &Reason) -> String {
    let key = format!("match-reason-{}", reason.kind.code());
    let t = |args: &[(&'static str, Arg<'_>)]| i18n::t_args(lang, &key, args);
    match &reason.kind {
        ReasonKind::NeedOffer { needs } => {
            let items = list(lang, needs.iter().map(|n| n.label_key()));
            t(&[("items", Arg::Str(&items))])
        }
        ReasonKind::StageFit { stage, offers } => {
            let items = list(lang, offers.iter().map(|n| n.label_key()));
            let stage = i18n::t_static(lang, stage.label_key());
            t(&[("items", Arg::Str(&items)), ("stage", Arg::Str(stage))])
        }
        ReasonKind::SharedThemes { themes } => {
            let items = list(lang, themes.iter().map(|n| n.label_key()));
            t(&[("items", Arg::Str(&items))])
        }
        ReasonKind::BasedIn { country } | ReasonKind::InterestedIn { country } => {
            let name = i18n::t(lang, &country.label_key());
            t(&[("country", Arg::Str(&name))])
        }
        ReasonKind::Region { region } => {
            t(&[("region", Arg::Str(i18n::t_static(lang, region.label_key())))])
        }
        ReasonKind::ProfileText { words } | ReasonKind::PastProjects { words } => {
            if words.is_empty() {
                t(&[])
            } else {
                let sep = i18n::t_static(lang, "match-list-separator");
                let words = words.join(sep);
                i18n::t_args(
                    lang,
                    &format!("{key}-words"),
                    &[("words", Arg::Str(&words))],
                )
            }
        }
        ReasonKind::Engagement { count } => t(&[("count", Arg::Num(i64::from(*count)))]),
        ReasonKind::Language { lang: spoken } => {
            let name = i18n::t(lang, &format!("match-language-{}", spoken.code()));
            t(&[("language", Arg::Str(&name))])
        }
    }
}

/// A reason ready for a template.
#[derive(Debug, Clone)]
pub struct ReasonLine {
    /// Its code.
    pub code: &'static str,
    /// In words.
    pub text: String,
    /// Weight contributed, two decimals.
    pub weight: String,
}

impl ReasonLine {
    /// The reasons of a suggestion in `lang`.
    pub fn all(lang: Language, reasons: &[Reason]) -> Vec<ReasonLine> {
        reasons
            .iter()
            .map(|r| ReasonLine {
                code: r.kind.code(),
                text: reason_text(lang, r),
                weight: format!("{:.2}", r.weight),
            })
            .collect()
    }
}

/// A project suggested to an organisation.
#[derive(Debug, Clone)]
pub struct ProjectSuggestion {
    /// Project id.
    pub id: i32,
    /// Title.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// Stage code.
    pub stage: String,
    /// Score, two decimals.
    pub score: String,
    /// Why.
    pub reasons: Vec<ReasonLine>,
}

/// `/my/organisation`: the organisation's dashboard.
#[derive(Template, WebTemplate)]
#[template(path = "my/organisation.html")]
pub struct MyOrganisationPage {
    /// Page context.
    pub ctx: Ctx,
    /// Organisation id.
    pub id: i32,
    /// Its name.
    pub name: String,
    /// Its profile.
    pub profile: Profile,
    /// Projects it could join, best first.
    pub suggestions: Vec<ProjectSuggestion>,
    /// What waits for the signed-in person's answer.
    pub waiting: crate::db::queries::brokering::Waiting,
    /// Shown after the profile was saved.
    pub notice: Option<String>,
}

/// One row of offers on the profile form.
#[derive(Debug, Clone, Default)]
pub struct OfferRow {
    /// Kind code as chosen ("" for none).
    pub kind: String,
    /// Words as typed.
    pub text: String,
}

/// `/my/organisation/profile`: the profile form.
#[derive(Template, WebTemplate)]
#[template(path = "my/profile.html")]
pub struct ProfileFormPage {
    /// Page context.
    pub ctx: Ctx,
    /// Organisation name.
    pub name: String,
    /// Offer rows (a few empty ones to add more).
    pub offers: Vec<OfferRow>,
    /// Theme codes ticked.
    pub themes: Vec<String>,
    /// Region codes ticked.
    pub regions: Vec<String>,
    /// Countries as typed.
    pub countries: String,
    /// Language codes ticked.
    pub languages: Vec<String>,
    /// Ids of people ticked as contacts.
    pub contacts: Vec<i32>,
    /// People of the organisation (id, name).
    pub members: Vec<(i32, String)>,
    /// Problems of a refused form.
    pub errors: FormErrors,
    /// Every need kind.
    pub need_kinds: &'static [NeedKind],
    /// Every theme.
    pub all_themes: &'static [Theme],
    /// Every region.
    pub all_regions: &'static [Region],
}

impl ProfileFormPage {
    /// Whether `code` is among `chosen`.
    pub fn has(&self, chosen: &[String], code: &str) -> bool {
        chosen.iter().any(|c| c == code)
    }

    /// The label of offer row `n` (from 1).
    pub fn row_label(&self, key: &str, n: &usize) -> String {
        let n = i64::try_from(*n).unwrap_or(0);
        i18n::t_args(self.ctx.lang, key, &[("number", Arg::Num(n))])
    }

    /// The id (and name) of a field of offer row `n` (from 0), e.g. `offer_kind_0`.
    pub fn field_id(&self, prefix: &str, n: &usize) -> String {
        format!("{prefix}_{n}")
    }

    /// Whether person `id` is ticked.
    pub fn is_contact(&self, id: &i32) -> bool {
        self.contacts.contains(id)
    }
}

/// The organisation page's profile section.
#[derive(Debug, Clone, Default)]
pub struct ProfileView {
    /// The profile.
    pub profile: Profile,
    /// Contact names.
    pub contacts: Vec<String>,
    /// Whether the viewer may edit it (a member of this organisation).
    pub editable: bool,
}
