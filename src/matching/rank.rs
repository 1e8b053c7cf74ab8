//! Ranking: organisations for a project ([`rank`]) and projects for an organisation
//! ([`rank_projects`]), each suggestion with the reasons that make up its score.

use std::collections::HashMap;

use crate::domain::{Language, NeedKind, OrganisationKind, ProjectStage, Region, Theme};
use crate::text::tokens::tokens_with_words;

use super::index::{
    Index, NO_COUNTRY, OrgEntry, ProjectEntry, country_bytes, country_of, org_entry, past_terms,
    profile_terms, project_entry, stage_bits,
};
use super::reason::{Reason, ReasonKind, Suggestion, named};
use super::{OrgProfile, ProjectQuery, Weights};

/// The project side of a comparison.
struct ProjectSide<'a> {
    stage: ProjectStage,
    needs: u16,
    /// Offers fitting the stage, beyond the stated needs.
    stage_extra: u16,
    themes: u32,
    regions: u8,
    language: u8,
    countries: &'a [u8],
    /// When ranking organisations, how much each theme tells them apart: shared themes
    /// count by it, so a theme every candidate lists adds little.
    theme_idf: Option<&'a [f32; 32]>,
}

impl<'a> ProjectSide<'a> {
    fn new(e: &ProjectEntry, countries: &'a [u8]) -> ProjectSide<'a> {
        let stage = ProjectStage::ALL
            .get(e.stage as usize)
            .copied()
            .unwrap_or(ProjectStage::Initiation);
        ProjectSide {
            stage,
            needs: e.needs,
            stage_extra: stage_bits(stage) & !e.needs,
            themes: e.themes,
            regions: e.regions,
            language: e.language,
            countries,
            theme_idf: None,
        }
    }

    fn theme_share(&self, shared: u32) -> f32 {
        match self.theme_idf {
            None => share(shared.count_ones(), self.themes.count_ones()),
            Some(idf) => {
                let whole = idf_sum(idf, self.themes);
                if whole > 0.0 {
                    idf_sum(idf, shared) / whole
                } else {
                    0.0
                }
            }
        }
    }
}

/// What one organisation and one project have in common (fractions before weighting).
struct Signals {
    needs: u16,
    stage: u16,
    themes: u32,
    need_share: f32,
    theme_share: f32,
    based_in: Option<u8>,
    interested_in: Option<u8>,
    region: u8,
    profile_text: f32,
    past_text: f32,
    engagement: f32,
    language: u8,
}

fn signals(
    o: &OrgEntry,
    interests: &[u8],
    p: &ProjectSide<'_>,
    texts: (f32, f32),
    engagement: f32,
) -> Signals {
    let needs = o.offers & p.needs;
    let themes = o.themes & p.themes;
    let based_in =
        (o.country != NO_COUNTRY && p.countries.contains(&o.country)).then_some(o.country);
    let interested_in = if based_in.is_none() {
        interests.iter().find(|c| p.countries.contains(c)).copied()
    } else {
        None
    };
    Signals {
        needs,
        stage: o.offers & p.stage_extra,
        themes,
        need_share: share(needs.count_ones(), p.needs.count_ones()),
        theme_share: p.theme_share(themes),
        based_in,
        interested_in,
        region: (o.regions_home | o.regions_interest) & p.regions,
        profile_text: texts.0,
        past_text: texts.1,
        engagement,
        language: o.languages & p.language,
    }
}

/// The sum of `idf` over the set bits of `bits` (one step per set bit).
fn idf_sum(idf: &[f32; 32], mut bits: u32) -> f32 {
    let mut sum = 0.0;
    while bits != 0 {
        sum += idf[bits.trailing_zeros() as usize];
        bits &= bits - 1;
    }
    sum
}

fn share(part: u32, whole: u32) -> f32 {
    if whole == 0 {
        0.0
    } else {
        part as f32 / whole as f32
    }
}

impl Signals {
    fn stage_fraction(&self) -> f32 {
        (self.stage.count_ones() as f32 / 2.0).min(1.0)
    }

    fn geography(&self, w: &Weights) -> f32 {
        if self.based_in.is_some() || self.interested_in.is_some() {
            w.country
        } else if self.region != 0 {
            w.region
        } else {
            0.0
        }
    }

    fn total(&self, w: &Weights) -> f32 {
        w.need_offer * self.need_share
            + w.stage * self.stage_fraction()
            + w.themes * self.theme_share
            + self.geography(w)
            + w.profile_text * self.profile_text
            + w.past_projects * self.past_text
            + w.engagement * self.engagement
            + if self.language != 0 { w.language } else { 0.0 }
    }

    fn reasons(
        &self,
        w: &Weights,
        stage: ProjectStage,
        engagements: u32,
        words: (Vec<String>, Vec<String>),
    ) -> Vec<Reason> {
        let mut out = Vec::new();
        let mut push = |kind: ReasonKind, weight: f32| {
            if weight > 0.0 {
                out.push(Reason { kind, weight });
            }
        };
        push(
            ReasonKind::NeedOffer {
                needs: from_bits(NeedKind::ALL, u32::from(self.needs)),
            },
            w.need_offer * self.need_share,
        );
        push(
            ReasonKind::StageFit {
                stage,
                offers: from_bits(NeedKind::ALL, u32::from(self.stage)),
            },
            w.stage * self.stage_fraction(),
        );
        push(
            ReasonKind::SharedThemes {
                themes: from_bits(Theme::ALL, self.themes),
            },
            w.themes * self.theme_share,
        );
        let geography = self.geography(w);
        if let Some(country) = self.based_in.and_then(country_of) {
            push(ReasonKind::BasedIn { country }, geography);
        } else if let Some(country) = self.interested_in.and_then(country_of) {
            push(ReasonKind::InterestedIn { country }, geography);
        } else if let Some(region) = from_bits(Region::ALL, u32::from(self.region)).first() {
            push(ReasonKind::Region { region: *region }, geography);
        }
        let (profile_words, past_words) = words;
        push(
            ReasonKind::ProfileText {
                words: profile_words,
            },
            w.profile_text * self.profile_text,
        );
        push(
            ReasonKind::PastProjects { words: past_words },
            w.past_projects * self.past_text,
        );
        push(
            ReasonKind::Engagement { count: engagements },
            w.engagement * self.engagement,
        );
        if let Some(lang) = from_bits(&Language::ALL, u32::from(self.language)).first() {
            push(ReasonKind::Language { lang: *lang }, w.language);
        }
        out.sort_by(|a, b| b.weight.total_cmp(&a.weight));
        out
    }
}

fn from_bits<T: Copy>(all: &[T], bits: u32) -> Vec<T> {
    all.iter()
        .enumerate()
        .filter(|(i, _)| bits & (1 << i) != 0)
        .map(|(_, v)| *v)
        .collect()
}

fn normalised(score: f32, best: f32) -> f32 {
    if best > 0.0 { score / best } else { 0.0 }
}

/// A scored candidate by position in the index.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    score: f32,
    pos: u32,
    id: i32,
}

fn better(a: &Candidate, b: &Candidate) -> std::cmp::Ordering {
    b.score.total_cmp(&a.score).then(a.id.cmp(&b.id))
}

/// The best `limit` candidates, best first, re-ranked so that among the first
/// `w.diverse_top` at most `w.diverse_max_same` share a key; the others move down.
fn top_diverse<K: Eq + std::hash::Hash>(
    mut cands: Vec<Candidate>,
    limit: usize,
    w: &Weights,
    key: impl Fn(&Candidate) -> K,
) -> Vec<Candidate> {
    let keep = limit + w.diverse_top.saturating_mul(20);
    if cands.len() > keep {
        cands.select_nth_unstable_by(keep, better);
        cands.truncate(keep);
    }
    cands.sort_unstable_by(better);
    let mut out = Vec::with_capacity(limit);
    let mut moved = Vec::new();
    let mut counts: HashMap<K, usize> = HashMap::new();
    let mut rest = cands.into_iter();
    for c in rest.by_ref() {
        if out.len() >= w.diverse_top.min(limit) {
            moved.push(c);
            break;
        }
        let n = counts.entry(key(&c)).or_default();
        if *n >= w.diverse_max_same.max(1) {
            moved.push(c);
        } else {
            *n += 1;
            out.push(c);
        }
    }
    moved.extend(rest);
    moved.sort_by(better);
    out.extend(moved.into_iter().take(limit.saturating_sub(out.len())));
    out
}

/// Organisations for `project`, best first: at most `limit`, none of `exclude`
/// (owners, partners, recent decliners), only those with a positive score.
pub fn rank(
    index: &Index,
    project: &ProjectQuery,
    weights: &Weights,
    exclude: &[i32],
    limit: usize,
) -> Vec<Suggestion> {
    let n = index.orgs.len();
    if n == 0 || limit == 0 {
        return Vec::new();
    }
    // A language every candidate works in tells them apart no more than one none does:
    // its weight follows how rare it is among the candidates (issue 14, point 1).
    let idf = index.language_idf(project.text.lang);
    let weights = &Weights {
        language: if idf < 0.1 {
            0.0
        } else {
            weights.language * idf
        },
        ..*weights
    };
    let words = tokens_with_words(&project.text.text, project.text.lang);
    let terms: Vec<String> = words.iter().map(|(t, _)| t.clone()).collect();
    let mut profile = vec![0.0f32; n];
    let mut past = vec![0.0f32; n];
    let profile_best = index.profile_text.score_into(&terms, &mut profile);
    let past_best = index.past_text.score_into(&terms, &mut past);
    let entry = project_entry(project);
    let countries = country_bytes(&project.countries);
    let side = ProjectSide {
        theme_idf: Some(&index.theme_idf),
        ..ProjectSide::new(&entry, &countries)
    };
    let engagement_scale = (1.0 + index.max_engagement as f32).ln();
    let engagement = |e: u32| {
        if engagement_scale > 0.0 {
            (1.0 + e as f32).ln() / engagement_scale
        } else {
            0.0
        }
    };
    let text = |i: usize| {
        (
            normalised(profile[i], profile_best),
            normalised(past[i], past_best),
        )
    };

    let mut excluded: Vec<usize> = exclude
        .iter()
        .filter_map(|id| index.org_position(*id))
        .collect();
    excluded.sort_unstable();
    let mut cands = Vec::new();
    for (i, o) in index.orgs.iter().enumerate() {
        let s = signals(
            o,
            index.interests(i),
            &side,
            text(i),
            engagement(o.engagements),
        );
        let score = s.total(weights);
        if score > 0.0 {
            cands.push(Candidate {
                score,
                pos: i as u32,
                id: o.id,
            });
        }
    }
    if !excluded.is_empty() {
        cands.retain(|c| excluded.binary_search(&(c.pos as usize)).is_err());
    }
    let orgs = &index.orgs;
    top_diverse(cands, limit, weights, |c| {
        let o = &orgs[c.pos as usize];
        (o.kind, o.country)
    })
    .into_iter()
    .map(|c| {
        let i = c.pos as usize;
        let o = &orgs[i];
        let s = signals(
            o,
            index.interests(i),
            &side,
            text(i),
            engagement(o.engagements),
        );
        Suggestion {
            id: o.id,
            score: c.score,
            reasons: s.reasons(
                weights,
                project.stage,
                o.engagements,
                (
                    named(&words, &index.profile_text.matched(&terms, c.pos)),
                    named(&words, &index.past_text.matched(&terms, c.pos)),
                ),
            ),
        }
    })
    .collect()
}

/// Projects for `organisation`, best first: at most `limit`, none of `exclude` (those it
/// already owns or partners, or declined), only those with a positive score. Uses the
/// same signals as [`rank`] except engagement, which is the same for every project.
pub fn rank_projects(
    index: &Index,
    organisation: &OrgProfile,
    weights: &Weights,
    exclude: &[i32],
    limit: usize,
) -> Vec<Suggestion> {
    let n = index.projects.len();
    if n == 0 || limit == 0 {
        return Vec::new();
    }
    let mut profile = vec![0.0f32; n];
    let mut past = vec![0.0f32; n];
    let profile_best = index
        .project_text
        .score_into(&profile_terms(organisation), &mut profile);
    let past_best = index
        .project_text
        .score_into(&past_terms(organisation), &mut past);
    let o = org_entry(organisation);
    let interests = country_bytes(&organisation.countries_of_interest);
    let text = |j: usize| {
        (
            normalised(profile[j], profile_best),
            normalised(past[j], past_best),
        )
    };
    let mut cands = Vec::new();
    for (j, p) in index.projects.iter().enumerate() {
        if exclude.contains(&p.id) {
            continue;
        }
        let side = ProjectSide::new(p, index.project_countries(j));
        let score = signals(&o, &interests, &side, text(j), 0.0).total(weights);
        if score > 0.0 {
            cands.push(Candidate {
                score,
                pos: j as u32,
                id: p.id,
            });
        }
    }
    top_diverse(cands, limit, weights, |c| c.id)
        .into_iter()
        .map(|c| {
            let j = c.pos as usize;
            let side = ProjectSide::new(&index.projects[j], index.project_countries(j));
            let s = signals(&o, &interests, &side, text(j), 0.0);
            Suggestion {
                id: index.projects[j].id,
                score: c.score,
                reasons: s.reasons(
                    weights,
                    side.stage,
                    organisation.engagements,
                    (Vec::new(), Vec::new()),
                ),
            }
        })
        .collect()
}

/// The kind of an indexed organisation (for callers that only hold the index).
pub fn kind_of(index: &Index, id: i32) -> Option<OrganisationKind> {
    let o = index.orgs.get(index.org_position(id)?)?;
    OrganisationKind::ALL.get(o.kind as usize).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CountryCode;
    use crate::matching::reason::MAX_WORDS;
    use crate::matching::{LangText, Offer};

    fn c(s: &str) -> CountryCode {
        CountryCode::parse(s).unwrap()
    }

    fn project() -> ProjectQuery {
        ProjectQuery {
            id: 1,
            stage: ProjectStage::Design,
            needs: vec![NeedKind::Funding, NeedKind::Training],
            themes: vec![Theme::Children, Theme::Trafficking],
            countries: vec![c("MX"), c("US")],
            text: LangText::new(
                "Protection of unaccompanied migrant children at the border",
                Language::En,
            ),
        }
    }

    fn org(id: i32) -> OrgProfile {
        OrgProfile {
            id,
            kind: OrganisationKind::CivilSociety,
            country: Some(c("NO")),
            profile_text: LangText::new("An association of gardeners", Language::Fr),
            ..OrgProfile::default()
        }
    }

    /// Organisations sharing nothing with [`project`]: beside them, what the candidates of
    /// a test share tells them apart, as in a real directory (a property every candidate
    /// has counts for nothing, see `Index::theme_idf`).
    fn with_bystanders(mut orgs: Vec<OrgProfile>) -> Vec<OrgProfile> {
        orgs.extend((1001..=1010).map(org));
        orgs
    }

    /// The score of `with` against the plain organisation, and `with`'s reason codes.
    fn compare(with: OrgProfile) -> (f32, f32, Vec<&'static str>) {
        let index = Index::new(vec![org(1), with, org(3)], vec![]);
        let ranked = rank(&index, &project(), &Weights::default(), &[], 10);
        let score = |id| ranked.iter().find(|s| s.id == id).map_or(0.0, |s| s.score);
        let codes = ranked
            .iter()
            .find(|s| s.id == 2)
            .map(|s| s.reasons.iter().map(|r| r.kind.code()).collect())
            .unwrap_or_default();
        (score(2), score(1), codes)
    }

    #[test]
    fn each_signal_raises_the_score_and_says_so() {
        let cases: Vec<(&str, OrgProfile)> = vec![
            (
                "need_offer",
                OrgProfile {
                    offers: vec![Offer {
                        kind: NeedKind::Funding,
                        text: String::new(),
                    }],
                    ..org(2)
                },
            ),
            (
                "stage_fit",
                OrgProfile {
                    offers: vec![Offer {
                        kind: NeedKind::TechnicalExpertise,
                        text: String::new(),
                    }],
                    ..org(2)
                },
            ),
            (
                "shared_themes",
                OrgProfile {
                    themes: vec![Theme::Children],
                    ..org(2)
                },
            ),
            (
                "based_in",
                OrgProfile {
                    country: Some(c("MX")),
                    ..org(2)
                },
            ),
            (
                "interested_in",
                OrgProfile {
                    countries_of_interest: vec![c("US")],
                    ..org(2)
                },
            ),
            (
                "region",
                OrgProfile {
                    country: Some(c("GT")),
                    ..org(2)
                },
            ),
            (
                "profile_text",
                OrgProfile {
                    profile_text: LangText::new("We protect unaccompanied children", Language::En),
                    ..org(2)
                },
            ),
            (
                "past_projects",
                OrgProfile {
                    past_projects: vec![LangText::new(
                        "Shelters for migrant children",
                        Language::En,
                    )],
                    ..org(2)
                },
            ),
            (
                "engagement",
                OrgProfile {
                    engagements: 4,
                    ..org(2)
                },
            ),
            (
                "language",
                OrgProfile {
                    languages: vec![Language::En],
                    ..org(2)
                },
            ),
        ];
        for (code, profile) in cases {
            let (with, without, codes) = compare(profile);
            assert!(with > without, "{code}: {with} <= {without}");
            assert_eq!(codes, vec![code], "{code}");
        }
    }

    #[test]
    fn reasons_add_up_to_the_score_heaviest_first() {
        let full = OrgProfile {
            offers: vec![Offer {
                kind: NeedKind::Training,
                text: "Training of border officials on child protection".into(),
            }],
            themes: vec![Theme::Children],
            country: Some(c("MX")),
            languages: vec![Language::En, Language::Es],
            engagements: 2,
            ..org(2)
        };
        let index = Index::new(vec![org(1), full], vec![]);
        let ranked = rank(&index, &project(), &Weights::default(), &[], 10);
        assert_eq!(ranked[0].id, 2);
        let sum: f32 = ranked[0].reasons.iter().map(|r| r.weight).sum();
        assert!((sum - ranked[0].score).abs() < 1e-4);
        assert!(
            ranked[0]
                .reasons
                .windows(2)
                .all(|w| w[0].weight >= w[1].weight)
        );
        assert!(ranked[0].reasons.contains(&Reason {
            kind: ReasonKind::NeedOffer {
                needs: vec![NeedKind::Training]
            },
            weight: 1.5,
        }));
        assert!(ranked[0].reasons.contains(&Reason {
            kind: ReasonKind::BasedIn { country: c("MX") },
            weight: 1.5,
        }));
        // An organisation sharing nothing is not suggested.
        assert!(ranked.iter().all(|s| s.id != 1));
    }

    #[test]
    fn weights_come_from_the_caller() {
        let themed = OrgProfile {
            themes: vec![Theme::Children, Theme::Trafficking],
            ..org(2)
        };
        let index = Index::new(with_bystanders(vec![themed]), vec![]);
        let w = Weights {
            themes: 7.0,
            ..Weights::default()
        };
        assert_eq!(rank(&index, &project(), &w, &[], 5)[0].score, 7.0);
        let off = Weights {
            themes: 0.0,
            ..Weights::default()
        };
        assert!(rank(&index, &project(), &off, &[], 5).is_empty());
    }

    #[test]
    fn excluded_organisations_never_appear() {
        let orgs: Vec<OrgProfile> = (1..=5)
            .map(|id| OrgProfile {
                themes: vec![Theme::Children],
                country: Some(c(["MX", "US", "CA", "FR", "DE"][id as usize - 1])),
                ..org(id)
            })
            .collect();
        let index = Index::new(with_bystanders(orgs), vec![]);
        let ranked = rank(&index, &project(), &Weights::default(), &[1, 2, 99], 10);
        let ids: Vec<i32> = ranked.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), 3);
        assert!(!ids.contains(&1) && !ids.contains(&2));
        assert_eq!(
            rank(&index, &project(), &Weights::default(), &[], 2).len(),
            2
        );
        assert!(rank(&index, &project(), &Weights::default(), &[], 0).is_empty());
    }

    #[test]
    fn no_more_than_three_of_the_first_ten_share_kind_and_country() {
        // Eight Mexican NGOs score best, then six organisations of other kinds/places.
        let mut orgs: Vec<OrgProfile> = (1..=8)
            .map(|id| OrgProfile {
                country: Some(c("MX")),
                themes: vec![Theme::Children, Theme::Trafficking],
                ..org(id)
            })
            .collect();
        orgs.extend((9..=15).map(|id| OrgProfile {
            kind: OrganisationKind::Academia,
            country: Some(c(
                ["FR", "DE", "IT", "ES", "PT", "BE", "NL"][id as usize - 9]
            )),
            themes: vec![Theme::Children],
            ..org(id)
        }));
        let index = Index::new(with_bystanders(orgs), vec![]);
        let ranked = rank(&index, &project(), &Weights::default(), &[], 15);
        assert_eq!(ranked.len(), 15);
        let mexican_ngos_in_top_ten = ranked[..10].iter().filter(|s| s.id <= 8).count();
        assert_eq!(mexican_ngos_in_top_ten, 3);
        // Moved down, not dropped, and still in score order among themselves.
        assert!(ranked[10..].iter().all(|s| s.id <= 8));
        assert_eq!(ranked[0].id, 1);
        let w = Weights {
            diverse_max_same: 10,
            ..Weights::default()
        };
        let plain = rank(&index, &project(), &w, &[], 15);
        assert!(plain[..8].iter().all(|s| s.id <= 8));
    }

    #[test]
    fn projects_for_an_organisation_use_the_same_signals() {
        let p1 = project();
        let p2 = ProjectQuery {
            id: 2,
            stage: ProjectStage::Implementation,
            needs: vec![NeedKind::Logistics],
            themes: vec![Theme::Remittances],
            countries: vec![c("PH")],
            text: LangText::new("Cheaper remittances for Filipino workers", Language::En),
        };
        let p3 = ProjectQuery {
            id: 3,
            themes: vec![Theme::Health],
            countries: vec![c("KE")],
            text: LangText::new("Health of seasonal farm labourers", Language::En),
            ..ProjectQuery::default()
        };
        let index = Index::new(vec![], vec![p1, p2, p3]);
        let ngo = OrgProfile {
            id: 7,
            offers: vec![Offer {
                kind: NeedKind::Logistics,
                text: "Venues and travel".into(),
            }],
            themes: vec![Theme::Remittances],
            country: Some(c("PH")),
            profile_text: LangText::new("Filipino workers abroad and remittances", Language::En),
            ..OrgProfile::default()
        };
        let ranked = rank_projects(&index, &ngo, &Weights::default(), &[], 10);
        assert_eq!(ranked[0].id, 2);
        let codes: Vec<&str> = ranked[0].reasons.iter().map(|r| r.kind.code()).collect();
        for code in ["need_offer", "shared_themes", "based_in", "profile_text"] {
            assert!(codes.contains(&code), "{code} in {codes:?}");
        }
        assert!(ranked.iter().all(|s| s.id != 3), "{ranked:?}");
        assert!(
            rank_projects(&index, &ngo, &Weights::default(), &[2], 10)
                .iter()
                .all(|s| s.id != 2)
        );
    }

    #[test]
    fn a_language_every_candidate_works_in_is_no_reason() {
        let english = |id| OrgProfile {
            languages: vec![Language::En],
            themes: vec![Theme::Children],
            ..org(id)
        };
        let everyone = with_bystanders((1..=4).map(english).collect())
            .into_iter()
            .map(|o| OrgProfile {
                languages: vec![Language::En],
                ..o
            })
            .collect();
        let index = Index::new(everyone, vec![]);
        let ranked = rank(&index, &project(), &Weights::default(), &[], 10);
        assert_eq!(ranked.len(), 4);
        for s in &ranked {
            assert!(
                s.reasons.iter().all(|r| r.kind.code() != "language"),
                "{s:?}"
            );
        }
        // Where few work in it, it still counts and says so.
        let mut orgs: Vec<OrgProfile> = (1..=4)
            .map(|id| OrgProfile {
                languages: vec![Language::Fr],
                ..english(id)
            })
            .collect();
        orgs.push(english(5));
        let index = Index::new(with_bystanders(orgs), vec![]);
        let ranked = rank(&index, &project(), &Weights::default(), &[], 10);
        assert_eq!(ranked[0].id, 5);
        assert!(
            ranked[0]
                .reasons
                .iter()
                .any(|r| r.kind.code() == "language")
        );
    }

    #[test]
    fn a_rare_shared_theme_counts_more_than_a_common_one() {
        let mut orgs: Vec<OrgProfile> = (1..=8)
            .map(|id| OrgProfile {
                themes: vec![Theme::Children],
                ..org(id)
            })
            .collect();
        orgs.push(OrgProfile {
            themes: vec![Theme::Trafficking],
            ..org(9)
        });
        let index = Index::new(with_bystanders(orgs), vec![]);
        let ranked = rank(&index, &project(), &Weights::default(), &[], 10);
        assert_eq!(ranked[0].id, 9, "{ranked:?}");
        let weight = |id: i32| ranked.iter().find(|s| s.id == id).unwrap().score;
        assert!(weight(9) > 2.0 * weight(1), "{ranked:?}");
    }

    #[test]
    fn a_text_reason_names_the_project_words_it_found() {
        let reader = OrgProfile {
            profile_text: LangText::new(
                "We train border officers in child protection and protect migrant children",
                Language::En,
            ),
            ..org(2)
        };
        let index = Index::new(with_bystanders(vec![reader]), vec![]);
        let ranked = rank(&index, &project(), &Weights::default(), &[], 10);
        let words = ranked[0]
            .reasons
            .iter()
            .find_map(|r| match &r.kind {
                ReasonKind::ProfileText { words } => Some(words.clone()),
                _ => None,
            })
            .expect("a text reason");
        // The project's own words ("Protection … migrant children … border"), not stems.
        assert!(words.contains(&"protection".to_owned()), "{words:?}");
        assert!(words.contains(&"children".to_owned()), "{words:?}");
        assert!(words.contains(&"border".to_owned()), "{words:?}");
        assert!(!words.contains(&"unaccompanied".to_owned()), "{words:?}");
        assert!(words.len() <= MAX_WORDS);
    }

    #[test]
    fn empty_index_ranks_nothing() {
        let index = Index::new(vec![], vec![]);
        assert!(rank(&index, &project(), &Weights::default(), &[], 10).is_empty());
        assert!(rank_projects(&index, &org(1), &Weights::default(), &[], 10).is_empty());
        assert_eq!(kind_of(&index, 1), None);
    }
}
