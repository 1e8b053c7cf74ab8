//! Organisation profiles (offers, thematic interests, regions, countries, languages,
//! contacts): loaded for the organisation's page and form, replaced by the form, the demo
//! data and the importer. What the matching index is built from is in
//! `super::matching_inputs`, re-exported here for the callers that read it from here.

use diesel::prelude::*;

pub use super::matching_inputs::{
    MatchingInputs, matching_inputs, organisation_query, project_query,
};
use crate::db::code::{code, codes};
use crate::db::schema::{
    organisation_contacts, organisation_countries, organisation_languages, organisation_offers,
    organisation_regions, organisation_themes, people,
};
use crate::db::{DbConn, DbError};
use crate::domain::{CountryCode, Language, NeedKind, Region, Theme};

/// What an organisation's profile holds (read for its page and form, written by the
/// form, the demo data and the importer).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    /// Offers, in the order given.
    pub offers: Vec<(NeedKind, String)>,
    /// Thematic interests.
    pub themes: Vec<Theme>,
    /// Regions of interest.
    pub regions: Vec<Region>,
    /// Countries of interest.
    pub countries: Vec<CountryCode>,
    /// Working languages.
    pub languages: Vec<Language>,
    /// People of the organisation who are its contacts (ids).
    pub contacts: Vec<i32>,
}

impl Profile {
    /// Whether nothing is filled in.
    pub fn is_empty(&self) -> bool {
        self.offers.is_empty()
            && self.themes.is_empty()
            && self.regions.is_empty()
            && self.countries.is_empty()
            && self.languages.is_empty()
            && self.contacts.is_empty()
    }
}

/// The profile of organisation `id` (empty if none was written).
pub fn load(conn: &mut DbConn, id: i32) -> Result<Profile, DbError> {
    let offers: Vec<(String, String)> = organisation_offers::table
        .filter(organisation_offers::organisation_id.eq(id))
        .order((organisation_offers::position, organisation_offers::id))
        .select((organisation_offers::kind, organisation_offers::description))
        .load(conn)?;
    let themes = organisation_themes::table
        .filter(organisation_themes::organisation_id.eq(id))
        .select(organisation_themes::theme_code)
        .load(conn)?;
    let regions = organisation_regions::table
        .filter(organisation_regions::organisation_id.eq(id))
        .select(organisation_regions::region)
        .load(conn)?;
    let countries: Vec<String> = organisation_countries::table
        .filter(organisation_countries::organisation_id.eq(id))
        .select(organisation_countries::country_code)
        .order(organisation_countries::country_code)
        .load(conn)?;
    let languages = organisation_languages::table
        .filter(organisation_languages::organisation_id.eq(id))
        .select(organisation_languages::lang)
        .load(conn)?;
    let contacts = organisation_contacts::table
        .filter(organisation_contacts::organisation_id.eq(id))
        .select(organisation_contacts::person_id)
        .order(organisation_contacts::person_id)
        .load(conn)?;
    let themes: Vec<String> = themes;
    let mut themes: Vec<Theme> = codes("organisation_themes.theme_code", themes)?;
    themes.sort();
    let regions: Vec<String> = regions;
    let mut regions: Vec<Region> = codes("organisation_regions.region", regions)?;
    regions.sort();
    let languages: Vec<String> = languages;
    let mut languages: Vec<Language> = codes("organisation_languages.lang", languages)?;
    languages.sort_by_key(|l| Language::ALL.iter().position(|x| x == l));
    Ok(Profile {
        offers: offers
            .into_iter()
            .map(|(k, d)| Ok((code("organisation_offers.kind", &k)?, d)))
            .collect::<Result<_, DbError>>()?,
        themes,
        regions,
        countries: codes("organisation_countries.country_code", countries)?,
        languages,
        contacts,
    })
}

/// Replaces the profile of organisation `id` with `profile` (run in the use case's
/// transaction). Contacts that are not active people of the organisation are dropped.
pub fn replace(conn: &mut DbConn, id: i32, profile: &Profile) -> Result<(), DbError> {
    diesel::delete(organisation_offers::table.filter(organisation_offers::organisation_id.eq(id)))
        .execute(conn)?;
    diesel::delete(organisation_themes::table.filter(organisation_themes::organisation_id.eq(id)))
        .execute(conn)?;
    diesel::delete(
        organisation_regions::table.filter(organisation_regions::organisation_id.eq(id)),
    )
    .execute(conn)?;
    diesel::delete(
        organisation_countries::table.filter(organisation_countries::organisation_id.eq(id)),
    )
    .execute(conn)?;
    diesel::delete(
        organisation_languages::table.filter(organisation_languages::organisation_id.eq(id)),
    )
    .execute(conn)?;
    diesel::delete(
        organisation_contacts::table.filter(organisation_contacts::organisation_id.eq(id)),
    )
    .execute(conn)?;
    for (position, (kind, description)) in profile.offers.iter().enumerate() {
        diesel::insert_into(organisation_offers::table)
            .values((
                organisation_offers::organisation_id.eq(id),
                organisation_offers::kind.eq(kind.code()),
                organisation_offers::description.eq(description),
                organisation_offers::position.eq(i32::try_from(position).unwrap_or(i32::MAX)),
            ))
            .execute(conn)?;
    }
    let mut themes = profile.themes.clone();
    themes.sort();
    themes.dedup();
    for t in themes {
        diesel::insert_into(organisation_themes::table)
            .values((
                organisation_themes::organisation_id.eq(id),
                organisation_themes::theme_code.eq(t.code()),
            ))
            .execute(conn)?;
    }
    let mut regions = profile.regions.clone();
    regions.sort();
    regions.dedup();
    for r in regions {
        diesel::insert_into(organisation_regions::table)
            .values((
                organisation_regions::organisation_id.eq(id),
                organisation_regions::region.eq(r.code()),
            ))
            .execute(conn)?;
    }
    let mut countries = profile.countries.clone();
    countries.sort();
    countries.dedup();
    for c in countries {
        diesel::insert_into(organisation_countries::table)
            .values((
                organisation_countries::organisation_id.eq(id),
                organisation_countries::country_code.eq(c.as_str()),
            ))
            .execute(conn)?;
    }
    let mut languages = profile.languages.clone();
    languages.sort_by_key(|l| l.code());
    languages.dedup();
    for l in languages {
        diesel::insert_into(organisation_languages::table)
            .values((
                organisation_languages::organisation_id.eq(id),
                organisation_languages::lang.eq(l.code()),
            ))
            .execute(conn)?;
    }
    let allowed: Vec<i32> = members(conn, id)?.into_iter().map(|(p, _)| p).collect();
    let mut contacts: Vec<i32> = profile
        .contacts
        .iter()
        .copied()
        .filter(|p| allowed.contains(p))
        .collect();
    contacts.sort_unstable();
    contacts.dedup();
    for p in contacts {
        diesel::insert_into(organisation_contacts::table)
            .values((
                organisation_contacts::organisation_id.eq(id),
                organisation_contacts::person_id.eq(p),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Active people of organisation `id` (id, name), by name: who may be a contact.
pub fn members(conn: &mut DbConn, id: i32) -> Result<Vec<(i32, String)>, DbError> {
    Ok(people::table
        .filter(people::organisation_id.eq(id))
        .filter(people::active.eq(true))
        .order((people::name, people::id))
        .select((people::id, people::name))
        .load(conn)?)
}

/// Contacts of organisation `id` (name, e-mail), by name.
pub fn contacts(conn: &mut DbConn, id: i32) -> Result<Vec<(String, String)>, DbError> {
    Ok(organisation_contacts::table
        .inner_join(people::table)
        .filter(organisation_contacts::organisation_id.eq(id))
        .filter(people::active.eq(true))
        .order(people::name)
        .select((people::name, people::email))
        .load(conn)?)
}
