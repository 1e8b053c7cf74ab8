//! The compact form of every profile and project that ranking scans.

use crate::domain::country::COUNTRY_CODES;
use crate::domain::{
    CountryCode, Language, NeedKind, OrganisationKind, ProjectStage, Region, Theme,
};
use crate::text::tokens::tokens;

use super::geo::region_of;
use super::stage::stage_needs;
use super::text_index::TextIndex;
use super::{LangText, OrgProfile, ProjectQuery};

/// "No country" in a one-byte country.
pub(crate) const NO_COUNTRY: u8 = u8::MAX;

/// Position of a code in its list, as a bit.
fn bit<T: PartialEq>(all: &[T], value: &T) -> u32 {
    all.iter().position(|v| v == value).map_or(0, |i| 1u32 << i)
}

pub(crate) fn need_bits(needs: impl IntoIterator<Item = NeedKind>) -> u16 {
    needs
        .into_iter()
        .fold(0u16, |acc, n| acc | bit(NeedKind::ALL, &n) as u16)
}

pub(crate) fn theme_bits(themes: &[Theme]) -> u32 {
    themes.iter().fold(0, |acc, t| acc | bit(Theme::ALL, t))
}

pub(crate) fn region_bits(regions: impl IntoIterator<Item = Region>) -> u8 {
    regions
        .into_iter()
        .fold(0u8, |acc, r| acc | bit(Region::ALL, &r) as u8)
}

pub(crate) fn language_bits(langs: &[Language]) -> u8 {
    langs
        .iter()
        .fold(0u8, |acc, l| acc | bit(&Language::ALL, l) as u8)
}

pub(crate) fn country_byte(c: CountryCode) -> u8 {
    COUNTRY_CODES
        .binary_search(&c.as_str())
        .ok()
        .and_then(|i| u8::try_from(i).ok())
        .unwrap_or(NO_COUNTRY)
}

pub(crate) fn country_of(byte: u8) -> Option<CountryCode> {
    COUNTRY_CODES
        .get(byte as usize)
        .and_then(|c| CountryCode::parse(c).ok())
}

pub(crate) fn stage_bits(stage: ProjectStage) -> u16 {
    need_bits(stage_needs(stage).iter().copied())
}

/// One organisation, in 24 bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OrgEntry {
    pub id: i32,
    pub engagements: u32,
    pub themes: u32,
    pub offers: u16,
    pub kind: u8,
    pub country: u8,
    /// Its own region and the regions it is interested in.
    pub regions_home: u8,
    pub regions_interest: u8,
    pub languages: u8,
}

/// One project.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ProjectEntry {
    pub id: i32,
    pub themes: u32,
    pub needs: u16,
    pub stage: u8,
    pub regions: u8,
    pub language: u8,
}

/// Everything ranking reads, built once from the profiles and projects.
#[derive(Debug, Default)]
pub struct Index {
    pub(crate) orgs: Vec<OrgEntry>,
    /// Countries of interest of organisation `i`: `interest[interest_at[i]..interest_at[i+1]]`.
    pub(crate) interest_at: Vec<u32>,
    pub(crate) interest: Vec<u8>,
    pub(crate) profile_text: TextIndex,
    pub(crate) past_text: TextIndex,
    pub(crate) max_engagement: u32,
    /// How many organisations work in each language (bit order of `Language::ALL`).
    pub(crate) language_counts: [u32; 8],
    /// How much sharing each theme tells candidates apart ([`idf`]; bit order of
    /// `Theme::ALL`).
    pub(crate) theme_idf: [f32; 32],
    pub(crate) projects: Vec<ProjectEntry>,
    pub(crate) countries_at: Vec<u32>,
    pub(crate) countries: Vec<u8>,
    pub(crate) project_text: TextIndex,
}

/// The words of a profile: its text and its offers' texts.
pub(crate) fn profile_terms(o: &OrgProfile) -> Vec<String> {
    let mut terms = tokens(&o.profile_text.text, o.profile_text.lang);
    for offer in &o.offers {
        terms.extend(tokens(&offer.text, o.profile_text.lang));
    }
    terms
}

/// The words of an organisation's past projects.
pub(crate) fn past_terms(o: &OrgProfile) -> Vec<String> {
    o.past_projects
        .iter()
        .flat_map(|t: &LangText| tokens(&t.text, t.lang))
        .collect()
}

/// The region bits of a list of countries.
pub(crate) fn regions_of_countries(countries: &[CountryCode]) -> u8 {
    region_bits(countries.iter().filter_map(|c| region_of(*c)))
}

pub(crate) fn org_entry(o: &OrgProfile) -> OrgEntry {
    let home = o.region.or_else(|| o.country.and_then(region_of));
    OrgEntry {
        id: o.id,
        engagements: o.engagements,
        themes: theme_bits(&o.themes),
        offers: need_bits(o.offers.iter().map(|f| f.kind)),
        kind: OrganisationKind::ALL
            .iter()
            .position(|k| *k == o.kind)
            .and_then(|i| u8::try_from(i).ok())
            .unwrap_or(0),
        country: o.country.map_or(NO_COUNTRY, country_byte),
        regions_home: region_bits(home),
        regions_interest: region_bits(o.regions_of_interest.iter().copied()),
        languages: language_bits(&o.languages),
    }
}

pub(crate) fn project_entry(p: &ProjectQuery) -> ProjectEntry {
    ProjectEntry {
        id: p.id,
        themes: theme_bits(&p.themes),
        needs: need_bits(p.needs.iter().copied()),
        stage: ProjectStage::ALL
            .iter()
            .position(|s| *s == p.stage)
            .and_then(|i| u8::try_from(i).ok())
            .unwrap_or(0),
        regions: regions_of_countries(&p.countries),
        language: language_bits(&[p.text.lang]),
    }
}

pub(crate) fn country_bytes(countries: &[CountryCode]) -> Vec<u8> {
    let mut v: Vec<u8> = countries.iter().map(|c| country_byte(*c)).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// How much a property held by `count` of `n` candidates tells them apart, from 0 (every
/// one has it) to 1 (none has): `ln((n + 1) / (count + 1)) / ln(n + 1)`, an inverse
/// document frequency scaled to 0–1 (issue 14, point 1).
pub(crate) fn idf(count: u32, n: usize) -> f32 {
    if n == 0 {
        return 0.0;
    }
    let n = n as f32;
    ((n + 1.0) / (count as f32 + 1.0)).ln() / (n + 1.0).ln()
}

fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Index {
    /// Builds the index of `orgs` (the candidates for projects) and `projects` (the
    /// candidates for organisations: pass the public projects that still look for
    /// partners).
    pub fn new(mut orgs: Vec<OrgProfile>, mut projects: Vec<ProjectQuery>) -> Index {
        orgs.sort_by_key(|o| o.id);
        orgs.dedup_by_key(|o| o.id);
        projects.sort_by_key(|p| p.id);
        projects.dedup_by_key(|p| p.id);

        let mut interest_at = Vec::with_capacity(orgs.len() + 1);
        let mut interest = Vec::new();
        interest_at.push(0);
        for o in &orgs {
            interest.extend(country_bytes(&o.countries_of_interest));
            interest_at.push(offset(interest.len()));
        }
        let profile_text = TextIndex::new(orgs.iter().map(profile_terms));
        let past_text = TextIndex::new(orgs.iter().map(past_terms));
        let entries: Vec<OrgEntry> = orgs.iter().map(org_entry).collect();
        drop(orgs);

        let mut countries_at = Vec::with_capacity(projects.len() + 1);
        let mut countries = Vec::new();
        countries_at.push(0);
        for p in &projects {
            countries.extend(country_bytes(&p.countries));
            countries_at.push(offset(countries.len()));
        }
        let project_text =
            TextIndex::new(projects.iter().map(|p| tokens(&p.text.text, p.text.lang)));
        let project_entries = projects.iter().map(project_entry).collect();

        let mut language_counts = [0u32; 8];
        let mut theme_counts = [0u32; 32];
        for e in &entries {
            for (i, n) in language_counts.iter_mut().enumerate() {
                if e.languages & (1 << i) != 0 {
                    *n += 1;
                }
            }
            for (i, n) in theme_counts.iter_mut().enumerate() {
                if e.themes & (1 << i) != 0 {
                    *n += 1;
                }
            }
        }
        let theme_idf = theme_counts.map(|c| idf(c, entries.len()));
        let mut index = Index {
            max_engagement: entries.iter().map(|e| e.engagements).max().unwrap_or(0),
            language_counts,
            theme_idf,
            orgs: entries,
            interest_at,
            interest,
            profile_text,
            past_text,
            projects: project_entries,
            countries_at,
            countries,
            project_text,
        };
        index.shrink();
        index
    }

    /// How much working in `lang` tells candidates apart ([`idf`]).
    pub fn language_idf(&self, lang: Language) -> f32 {
        let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        idf(
            self.language_counts.get(i).copied().unwrap_or(0),
            self.orgs.len(),
        )
    }

    fn shrink(&mut self) {
        self.orgs.shrink_to_fit();
        self.interest.shrink_to_fit();
        self.projects.shrink_to_fit();
        self.countries.shrink_to_fit();
    }

    /// Number of organisations indexed.
    pub fn organisations(&self) -> usize {
        self.orgs.len()
    }

    /// Number of projects indexed.
    pub fn projects(&self) -> usize {
        self.projects.len()
    }

    /// Whether organisation `id` is indexed.
    pub fn has_organisation(&self, id: i32) -> bool {
        self.org_position(id).is_some()
    }

    pub(crate) fn org_position(&self, id: i32) -> Option<usize> {
        self.orgs.binary_search_by_key(&id, |o| o.id).ok()
    }

    /// Whether project `id` is indexed.
    pub fn has_project(&self, id: i32) -> bool {
        self.projects.binary_search_by_key(&id, |p| p.id).is_ok()
    }

    pub(crate) fn interests(&self, i: usize) -> &[u8] {
        &self.interest[self.interest_at[i] as usize..self.interest_at[i + 1] as usize]
    }

    pub(crate) fn project_countries(&self, i: usize) -> &[u8] {
        &self.countries[self.countries_at[i] as usize..self.countries_at[i + 1] as usize]
    }

    /// Bytes the index holds on the heap (vectors at capacity, the term dictionaries
    /// estimated), for the benchmark's memory figure.
    pub fn heap_bytes(&self) -> usize {
        self.orgs.capacity() * std::mem::size_of::<OrgEntry>()
            + self.interest_at.capacity() * 4
            + self.interest.capacity()
            + self.profile_text.heap_bytes()
            + self.past_text.heap_bytes()
            + self.projects.capacity() * std::mem::size_of::<ProjectEntry>()
            + self.countries_at.capacity() * 4
            + self.countries.capacity()
            + self.project_text.heap_bytes()
    }
}
