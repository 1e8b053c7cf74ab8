//! What the matching index and the ranking queries are built from: every organisation
//! with its profile, engagement and past projects, and every public project not yet
//! completed ([`matching_inputs`]); one public project ([`project_query`]) or one
//! organisation ([`organisation_query`]) as a ranking query.

use std::collections::HashMap;

use diesel::prelude::*;

use super::profiles::load;
use crate::db::code::{code, codes, optional};
use crate::db::schema::{
    engagements, organisation_countries, organisation_languages, organisation_offers,
    organisation_regions, organisation_themes, organisations, project_countries, project_needs,
    project_partners, project_themes, projects,
};
use crate::db::{DbConn, DbError};
use crate::domain::{EngagementKind, Language, ProjectStage, PublicationState};
use crate::matching::{LangText, Offer, OrgProfile, ProjectQuery};

/// Everything the matching index is built from: every organisation with its profile,
/// engagement and past projects, and every public project not yet completed.
#[derive(Debug, Default)]
pub struct MatchingInputs {
    /// Candidates for projects.
    pub organisations: Vec<OrgProfile>,
    /// Candidates for organisations.
    pub projects: Vec<ProjectQuery>,
}

fn group<K: std::hash::Hash + Eq, V>(rows: Vec<(K, V)>) -> HashMap<K, Vec<V>> {
    let mut map: HashMap<K, Vec<V>> = HashMap::new();
    for (k, v) in rows {
        map.entry(k).or_default().push(v);
    }
    map
}

/// Title, summary, objectives and needs of a project, as one text.
fn project_text(title: &str, summary: &str, objectives: &str, needs: &[String]) -> String {
    let mut text = format!("{title}\n{summary}\n{objectives}");
    for n in needs {
        text.push('\n');
        text.push_str(n);
    }
    text
}

type ProjectRow = (i32, String, String, String, String, String);
/// kind, country, region, description, lang.
type OrgFields = (String, Option<String>, Option<String>, String, String);
/// id, kind, country, region, description, lang.
type OrgRow = (i32, String, Option<String>, Option<String>, String, String);

/// Reads the inputs of the matching index (a handful of whole-table queries).
pub fn matching_inputs(conn: &mut DbConn) -> Result<MatchingInputs, DbError> {
    let public = PublicationState::Draft.code();
    let project_rows: Vec<ProjectRow> = projects::table
        .filter(projects::status.ne(public))
        .select((
            projects::id,
            projects::title,
            projects::summary,
            projects::objectives,
            projects::lang,
            projects::stage,
        ))
        .load(conn)?;
    let mut themes = group(
        project_themes::table
            .select((project_themes::project_id, project_themes::theme_code))
            .load::<(i32, String)>(conn)?,
    );
    let mut countries = group(
        project_countries::table
            .select((
                project_countries::project_id,
                project_countries::country_code,
            ))
            .load::<(i32, String)>(conn)?,
    );
    let mut needs = group(
        project_needs::table
            .order(project_needs::id)
            .select((
                project_needs::project_id,
                (project_needs::kind, project_needs::description),
            ))
            .load::<(i32, (String, String))>(conn)?,
    );
    let partner_rows: Vec<(i32, i32)> = project_partners::table
        .select((
            project_partners::organisation_id,
            project_partners::project_id,
        ))
        .load(conn)?;

    let mut project_texts: HashMap<i32, LangText> = HashMap::new();
    let mut project_list = Vec::with_capacity(project_rows.len());
    for (id, title, summary, objectives, lang, stage) in project_rows {
        let need_rows = needs.remove(&id).unwrap_or_default();
        let need_texts: Vec<String> = need_rows.iter().map(|(_, d)| d.clone()).collect();
        let lang: Language = code("projects.lang", &lang)?;
        let text = LangText::new(project_text(&title, &summary, "", &[]), lang);
        project_texts.insert(id, text);
        let stage: ProjectStage = code("projects.stage", &stage)?;
        if stage == ProjectStage::Completion {
            continue;
        }
        project_list.push(ProjectQuery {
            id,
            stage,
            needs: codes("project_needs.kind", need_rows.iter().map(|(k, _)| k))?,
            themes: codes(
                "project_themes.theme_code",
                themes.remove(&id).unwrap_or_default(),
            )?,
            countries: codes(
                "project_countries.country_code",
                countries.remove(&id).unwrap_or_default(),
            )?,
            text: LangText::new(
                project_text(&title, &summary, &objectives, &need_texts),
                lang,
            ),
        });
    }

    let org_rows: Vec<OrgRow> = organisations::table
        .select((
            organisations::id,
            organisations::kind,
            organisations::country_code,
            organisations::region,
            organisations::description,
            organisations::lang,
        ))
        .load(conn)?;
    let mut offers = group(
        organisation_offers::table
            .order((organisation_offers::position, organisation_offers::id))
            .select((
                organisation_offers::organisation_id,
                (organisation_offers::kind, organisation_offers::description),
            ))
            .load::<(i32, (String, String))>(conn)?,
    );
    let mut org_themes = group(
        organisation_themes::table
            .select((
                organisation_themes::organisation_id,
                organisation_themes::theme_code,
            ))
            .load::<(i32, String)>(conn)?,
    );
    let mut org_regions = group(
        organisation_regions::table
            .select((
                organisation_regions::organisation_id,
                organisation_regions::region,
            ))
            .load::<(i32, String)>(conn)?,
    );
    let mut org_countries = group(
        organisation_countries::table
            .select((
                organisation_countries::organisation_id,
                organisation_countries::country_code,
            ))
            .load::<(i32, String)>(conn)?,
    );
    let mut org_languages = group(
        organisation_languages::table
            .select((
                organisation_languages::organisation_id,
                organisation_languages::lang,
            ))
            .load::<(i32, String)>(conn)?,
    );
    let engagement_counts: HashMap<i32, i64> = engagements::table
        .filter(engagements::kind.eq_any(seat_kinds()))
        .group_by(engagements::organisation_id)
        .select((engagements::organisation_id, diesel::dsl::count_star()))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect();
    let mut past = group(partner_rows);

    let organisations = org_rows
        .into_iter()
        .map(|(id, kind, country, region, description, lang)| {
            let partnered = past.remove(&id).unwrap_or_default();
            let engaged = engagement_counts.get(&id).copied().unwrap_or(0);
            Ok(OrgProfile {
                id,
                kind: code("organisations.kind", &kind)?,
                country: optional("organisations.country_code", country.as_deref())?,
                region: optional("organisations.region", region.as_deref())?,
                offers: offers
                    .remove(&id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(k, text)| {
                        Ok(Offer {
                            kind: code("organisation_offers.kind", &k)?,
                            text,
                        })
                    })
                    .collect::<Result<_, DbError>>()?,
                themes: codes(
                    "organisation_themes.theme_code",
                    org_themes.remove(&id).unwrap_or_default(),
                )?,
                regions_of_interest: codes(
                    "organisation_regions.region",
                    org_regions.remove(&id).unwrap_or_default(),
                )?,
                countries_of_interest: codes(
                    "organisation_countries.country_code",
                    org_countries.remove(&id).unwrap_or_default(),
                )?,
                languages: codes(
                    "organisation_languages.lang",
                    org_languages.remove(&id).unwrap_or_default(),
                )?,
                profile_text: LangText::new(description, code("organisations.lang", &lang)?),
                past_projects: partnered
                    .iter()
                    .filter_map(|p| project_texts.get(p).cloned())
                    .collect(),
                engagements: u32::try_from(engaged).unwrap_or(u32::MAX),
            })
        })
        .collect::<Result<_, DbError>>()?;
    Ok(MatchingInputs {
        organisations,
        projects: project_list,
    })
}

/// A public project as a ranking query, with the organisations to leave out (owners
/// and partners); `None` if there is no such public project.
pub fn project_query(
    conn: &mut DbConn,
    id: i32,
) -> Result<Option<(ProjectQuery, Vec<i32>)>, DbError> {
    let row: Option<(String, String, String, String, String)> = projects::table
        .find(id)
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select((
            projects::title,
            projects::summary,
            projects::objectives,
            projects::lang,
            projects::stage,
        ))
        .first(conn)
        .optional()?;
    let Some((title, summary, objectives, lang, stage)) = row else {
        return Ok(None);
    };
    let themes: Vec<String> = project_themes::table
        .filter(project_themes::project_id.eq(id))
        .select(project_themes::theme_code)
        .load(conn)?;
    let countries: Vec<String> = project_countries::table
        .filter(project_countries::project_id.eq(id))
        .select(project_countries::country_code)
        .load(conn)?;
    let needs: Vec<(String, String)> = project_needs::table
        .filter(project_needs::project_id.eq(id))
        .order(project_needs::id)
        .select((project_needs::kind, project_needs::description))
        .load(conn)?;
    let need_texts: Vec<String> = needs.iter().map(|(_, d)| d.clone()).collect();
    let query = ProjectQuery {
        id,
        stage: code("projects.stage", &stage)?,
        needs: codes("project_needs.kind", needs.iter().map(|(k, _)| k))?,
        themes: codes("project_themes.theme_code", themes)?,
        countries: codes("project_countries.country_code", countries)?,
        text: LangText::new(
            project_text(&title, &summary, &objectives, &need_texts),
            code("projects.lang", &lang)?,
        ),
    };
    let exclude = super::partners::partner_ids(conn, id)?;
    Ok(Some((query, exclude)))
}

/// An organisation as a query for projects, with the projects to leave out (those it
/// already takes part in); `None` if there is no such organisation.
pub fn organisation_query(
    conn: &mut DbConn,
    id: i32,
) -> Result<Option<(OrgProfile, Vec<i32>)>, DbError> {
    let row: Option<OrgFields> = organisations::table
        .find(id)
        .select((
            organisations::kind,
            organisations::country_code,
            organisations::region,
            organisations::description,
            organisations::lang,
        ))
        .first(conn)
        .optional()?;
    let Some((kind, country, region, description, lang)) = row else {
        return Ok(None);
    };
    let profile = load(conn, id)?;
    let partnered: Vec<i32> = project_partners::table
        .filter(project_partners::organisation_id.eq(id))
        .select(project_partners::project_id)
        .load(conn)?;
    let past: Vec<(String, String, String)> = projects::table
        .filter(projects::id.eq_any(&partnered))
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select((projects::title, projects::summary, projects::lang))
        .load(conn)?;
    let engaged: i64 = engagements::table
        .filter(engagements::organisation_id.eq(id))
        .filter(engagements::kind.eq_any(seat_kinds()))
        .count()
        .get_result(conn)?;
    let org = OrgProfile {
        id,
        kind: code("organisations.kind", &kind)?,
        country: optional("organisations.country_code", country.as_deref())?,
        region: optional("organisations.region", region.as_deref())?,
        offers: profile
            .offers
            .into_iter()
            .map(|(kind, text)| Offer { kind, text })
            .collect(),
        themes: profile.themes,
        regions_of_interest: profile.regions,
        countries_of_interest: profile.countries,
        languages: profile.languages,
        profile_text: LangText::new(description, code("organisations.lang", &lang)?),
        past_projects: past
            .into_iter()
            .map(|(t, s, l)| {
                Ok(LangText::new(
                    format!("{t}\n{s}"),
                    code("projects.lang", &l)?,
                ))
            })
            .collect::<Result<_, DbError>>()?,
        engagements: u32::try_from(engaged).unwrap_or(u32::MAX),
    };
    Ok(Some((org, partnered)))
}

/// The engagement kinds matching counts: roundtable seats (see
/// [`EngagementKind::is_seat`]; contributions are offers, partnerships past projects).
fn seat_kinds() -> Vec<&'static str> {
    EngagementKind::ALL
        .iter()
        .filter(|k| k.is_seat())
        .map(|k| k.code())
        .collect()
}
