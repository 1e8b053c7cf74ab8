//! A member's (or delegate's) own organisation: the dashboard with the projects it could
//! join (`/my/organisation`), and its matching profile (`/my/organisation/profile`).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::matches::projects_for_organisation;
use crate::db::queries::people::{self, AuditEntry};
use crate::db::queries::profiles::{self, Profile};
use crate::domain::policy::Action;
use crate::domain::{CountryCode, Language, NeedKind, Region, Theme};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, require};
use crate::web::respond::html;
use crate::web::views::Ctx;
use crate::web::views::matching::{
    MyOrganisationPage, OfferRow, ProfileFormPage, ProjectSuggestion, ReasonLine,
};
use crate::web::views::parts::FormErrors;

/// Offer rows the form shows beyond those filled in.
const SPARE_OFFERS: usize = 3;
/// The most offers a profile holds.
const MAX_OFFERS: usize = 20;
/// The longest description of an offer, in characters.
const MAX_OFFER_TEXT: usize = 500;
/// Suggestions on the dashboard.
const SUGGESTIONS: usize = 10;

/// Registers the pages.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/my/organisation", web::get().to(dashboard))
        .route("/my/organisation/profile", web::get().to(form))
        .route("/my/organisation/profile", web::post().to(save));
}

/// The organisation of whoever may edit one (members and delegates), or why not.
fn own_organisation(req: &HttpRequest) -> Result<i32, AppError> {
    require(req, Action::EditOwnOrganisation)?;
    crate::web::session::signed_in(req)
        .and_then(|p| p.organisation_id)
        .ok_or(AppError::NotFound)
}

async fn organisation_name(state: &web::Data<AppState>, id: i32) -> Result<String, AppError> {
    state
        .db
        .read(move |conn| crate::db::queries::organisations::name_of(conn, id))
        .await?
        .ok_or(AppError::NotFound)
}

async fn dashboard_page(
    ctx: Ctx,
    state: &web::Data<AppState>,
    id: i32,
    notice: Option<String>,
) -> Result<MyOrganisationPage, AppError> {
    let name = organisation_name(state, id).await?;
    let profile = state.db.read(move |conn| profiles::load(conn, id)).await?;
    let suggestions = projects_for_organisation(state, id, SUGGESTIONS)
        .await?
        .unwrap_or_default()
        .into_iter()
        .map(|m| ProjectSuggestion {
            id: m.suggestion.id,
            title: m.title,
            lang: m.lang,
            stage: m.stage,
            score: format!("{:.2}", m.suggestion.score),
            reasons: ReasonLine::all(ctx.lang, &m.suggestion.reasons),
        })
        .collect();
    let waiting = match &ctx.person {
        Some(me) => crate::web::read::waiting::of(state, me).await?,
        None => Default::default(),
    };
    Ok(MyOrganisationPage {
        ctx,
        id,
        name,
        profile,
        suggestions,
        waiting,
        notice,
    })
}

/// `GET /my/organisation`
pub async fn dashboard(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<MyOrganisationPage, AppError> {
    let id = own_organisation(&req)?;
    dashboard_page(ctx, &state, id, None).await
}

fn form_page(
    ctx: Ctx,
    name: String,
    profile: &Profile,
    members: Vec<(i32, String)>,
) -> ProfileFormPage {
    let mut offers: Vec<OfferRow> = profile
        .offers
        .iter()
        .map(|(k, t)| OfferRow {
            kind: k.code().to_owned(),
            text: t.clone(),
        })
        .collect();
    let rows = (offers.len() + SPARE_OFFERS)
        .min(MAX_OFFERS)
        .max(offers.len());
    offers.resize(rows, OfferRow::default());
    ProfileFormPage {
        ctx,
        name,
        offers,
        themes: profile.themes.iter().map(|t| t.code().to_owned()).collect(),
        regions: profile
            .regions
            .iter()
            .map(|r| r.code().to_owned())
            .collect(),
        countries: profile
            .countries
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect::<Vec<_>>()
            .join(", "),
        languages: profile
            .languages
            .iter()
            .map(|l| l.code().to_owned())
            .collect(),
        contacts: profile.contacts.clone(),
        members,
        errors: FormErrors::default(),
        need_kinds: NeedKind::ALL,
        all_themes: Theme::ALL,
        all_regions: Region::ALL,
    }
}

/// `GET /my/organisation/profile`
pub async fn form(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<ProfileFormPage, AppError> {
    let id = own_organisation(&req)?;
    let name = organisation_name(&state, id).await?;
    let (profile, members) = state
        .db
        .read(move |conn| Ok((profiles::load(conn, id)?, profiles::members(conn, id)?)))
        .await?;
    Ok(form_page(ctx, name, &profile, members))
}

/// What the form sent, as typed (kept when it is refused).
#[derive(Debug, Default)]
struct Sent {
    offers: Vec<(usize, String, String)>,
    themes: Vec<String>,
    regions: Vec<String>,
    countries: String,
    languages: Vec<String>,
    contacts: Vec<String>,
}

fn sent(pairs: Vec<(String, String)>) -> Sent {
    let mut s = Sent::default();
    let mut offers: std::collections::BTreeMap<usize, (String, String)> = Default::default();
    for (k, v) in pairs {
        if let Some(i) = k.strip_prefix("offer_kind_").and_then(|i| i.parse().ok()) {
            offers.entry(i).or_default().0 = v;
        } else if let Some(i) = k.strip_prefix("offer_text_").and_then(|i| i.parse().ok()) {
            offers.entry(i).or_default().1 = v;
        } else {
            match k.as_str() {
                "theme" => s.themes.push(v),
                "region" => s.regions.push(v),
                "countries" => s.countries = v,
                "language" => s.languages.push(v),
                "contact" => s.contacts.push(v),
                _ => {}
            }
        }
    }
    s.offers = offers
        .into_iter()
        .take(MAX_OFFERS)
        .map(|(i, (k, t))| (i, k, t))
        .collect();
    s
}

/// Field ids of the offer rows (the error summary links to them).
const OFFER_KIND_IDS: [&str; MAX_OFFERS] = [
    "offer_kind_0",
    "offer_kind_1",
    "offer_kind_2",
    "offer_kind_3",
    "offer_kind_4",
    "offer_kind_5",
    "offer_kind_6",
    "offer_kind_7",
    "offer_kind_8",
    "offer_kind_9",
    "offer_kind_10",
    "offer_kind_11",
    "offer_kind_12",
    "offer_kind_13",
    "offer_kind_14",
    "offer_kind_15",
    "offer_kind_16",
    "offer_kind_17",
    "offer_kind_18",
    "offer_kind_19",
];
const OFFER_TEXT_IDS: [&str; MAX_OFFERS] = [
    "offer_text_0",
    "offer_text_1",
    "offer_text_2",
    "offer_text_3",
    "offer_text_4",
    "offer_text_5",
    "offer_text_6",
    "offer_text_7",
    "offer_text_8",
    "offer_text_9",
    "offer_text_10",
    "offer_text_11",
    "offer_text_12",
    "offer_text_13",
    "offer_text_14",
    "offer_text_15",
    "offer_text_16",
    "offer_text_17",
    "offer_text_18",
    "offer_text_19",
];

/// Checks what was sent: the profile, or every problem (field, message key).
fn validate(
    s: &Sent,
    members: &[(i32, String)],
) -> Result<Profile, Vec<(&'static str, &'static str)>> {
    let mut errors = Vec::new();
    let mut profile = Profile::default();
    for (row, (_, kind, text)) in s.offers.iter().enumerate() {
        let text = crate::domain::text::clean_line(text);
        let kind = kind.trim();
        if kind.is_empty() {
            if !text.is_empty() {
                errors.push((OFFER_KIND_IDS[row], "profile-error-offer-kind"));
            }
            continue;
        }
        match kind.parse::<NeedKind>() {
            Ok(k) if text.chars().count() <= MAX_OFFER_TEXT => profile.offers.push((k, text)),
            Ok(_) => errors.push((OFFER_TEXT_IDS[row], "profile-error-offer-text")),
            Err(_) => errors.push((OFFER_KIND_IDS[row], "profile-error-offer-kind")),
        }
    }
    for t in &s.themes {
        match t.parse::<Theme>() {
            Ok(t) => profile.themes.push(t),
            Err(_) => errors.push(("theme-0", "profile-error-code")),
        }
    }
    for r in &s.regions {
        match r.parse::<Region>() {
            Ok(r) => profile.regions.push(r),
            Err(_) => errors.push(("region-0", "profile-error-code")),
        }
    }
    for l in &s.languages {
        match l.parse::<Language>() {
            Ok(l) => profile.languages.push(l),
            Err(_) => errors.push(("language-0", "profile-error-code")),
        }
    }
    let mut bad_country = false;
    for c in s
        .countries
        .split([',', ';', ' ', '\n', '\t'])
        .filter(|c| !c.trim().is_empty())
    {
        match CountryCode::parse(c) {
            Ok(c) => profile.countries.push(c),
            Err(_) => bad_country = true,
        }
    }
    if bad_country {
        errors.push(("countries", "profile-error-countries"));
    }
    for c in &s.contacts {
        match c
            .parse::<i32>()
            .ok()
            .filter(|id| members.iter().any(|m| m.0 == *id))
        {
            Some(id) => profile.contacts.push(id),
            None => errors.push(("contact-0", "profile-error-contact")),
        }
    }
    if errors.is_empty() {
        Ok(profile)
    } else {
        errors.dedup();
        Err(errors)
    }
}

fn summary(p: &Profile) -> String {
    format!(
        "offers={}; themes={}; regions={}; countries={}; languages={}; contacts={}",
        p.offers
            .iter()
            .map(|(k, _)| k.code())
            .collect::<Vec<_>>()
            .join(","),
        p.themes
            .iter()
            .map(|t| t.code())
            .collect::<Vec<_>>()
            .join(","),
        p.regions
            .iter()
            .map(|r| r.code())
            .collect::<Vec<_>>()
            .join(","),
        p.countries
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(","),
        p.languages
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(","),
        p.contacts.len()
    )
}

/// `POST /my/organisation/profile`
pub async fn save(
    form: CsrfForm<Vec<(String, String)>>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    crate::web::extract::person_or_sign_in(&req)?;
    let id = own_organisation(&req)?;
    let person_id = crate::web::session::signed_in(&req).map(|p| p.id);
    let s = sent(form.0);
    let members = state
        .db
        .read(move |conn| profiles::members(conn, id))
        .await?;
    match validate(&s, &members) {
        Err(problems) => {
            let name = organisation_name(&state, id).await?;
            let mut page = form_page(ctx, name, &Profile::default(), members);
            page.offers = s
                .offers
                .iter()
                .map(|(_, kind, text)| OfferRow {
                    kind: kind.clone(),
                    text: text.chars().take(MAX_OFFER_TEXT * 2).collect(),
                })
                .collect();
            page.offers.resize(
                (page.offers.len() + 1).clamp(SPARE_OFFERS, MAX_OFFERS),
                OfferRow::default(),
            );
            page.themes = s.themes;
            page.regions = s.regions;
            page.countries = s.countries.chars().take(2000).collect();
            page.languages = s.languages;
            page.contacts = s.contacts.iter().filter_map(|c| c.parse().ok()).collect();
            for (field, key) in problems {
                let message = page.ctx.t(key).to_owned();
                page.errors.add(field, message);
            }
            html(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Ok(profile) => {
            state
                .db
                .write(move |conn| {
                    let before = summary(&profiles::load(conn, id)?);
                    profiles::replace(conn, id, &profile)?;
                    let after = summary(&profiles::load(conn, id)?);
                    people::audit(
                        conn,
                        &AuditEntry {
                            person_id,
                            action: "organisation.profile_updated",
                            subject_type: "organisation",
                            subject_id: Some(id),
                            before: &before,
                            after: &after,
                            public: false,
                        },
                        now,
                    )
                })
                .await?;
            let notice = Some(ctx.t("profile-saved").to_owned());
            let page = dashboard_page(ctx, &state, id, notice).await?;
            html(StatusCode::OK, &page)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter().map(|(k, v)| ((*k).into(), (*v).into())).collect()
    }

    #[test]
    fn a_good_form_becomes_a_profile() {
        let s = sent(pairs(&[
            ("offer_kind_0", "funding"),
            ("offer_text_0", "Small grants"),
            ("offer_kind_1", ""),
            ("offer_text_1", ""),
            ("theme", "children"),
            ("region", "africa"),
            ("countries", "mx, US;KE"),
            ("language", "fr"),
            ("contact", "7"),
        ]));
        let p = validate(&s, &[(7, "Ana".into())]).unwrap();
        assert_eq!(p.offers, vec![(NeedKind::Funding, "Small grants".into())]);
        assert_eq!(p.countries.len(), 3);
        assert_eq!(p.contacts, vec![7]);
    }

    #[test]
    fn every_problem_is_named() {
        let long = "x".repeat(501);
        let s = sent(pairs(&[
            ("offer_kind_0", ""),
            ("offer_text_0", "words without a kind"),
            ("offer_kind_1", "money"),
            ("offer_kind_2", "training"),
            ("offer_text_2", &long),
            ("countries", "MX, Narnia"),
            ("contact", "8"),
        ]));
        let errors = validate(&s, &[(7, "Ana".into())]).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.0).collect();
        assert_eq!(
            fields,
            vec![
                "offer_kind_0",
                "offer_kind_1",
                "offer_text_2",
                "countries",
                "contact-0"
            ]
        );
    }
}
