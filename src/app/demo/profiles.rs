//! First matching profiles derived from the GFMD 2010 data (the rules are on
//! [`DemoData::derived_profiles`]), the organisations as `matching` profiles, and the
//! roundtable teams the offline evaluation of matching looks for.

use std::collections::HashMap;

use super::evaluation::{Hidden, scrub};
use super::gfmd2010::DemoData;
use super::mandates::{COUNTRY_LANGUAGES, MANDATES};
use crate::domain::{EngagementKind, Language, NeedKind, OrganisationKind, Theme};

/// A GFMD 2010 roundtable session: its topic, and who sat on its team (for the offline
/// evaluation of matching).
#[derive(Debug, Clone)]
pub struct Roundtable {
    /// Session number, e.g. "2.1".
    pub session: String,
    /// Its title.
    pub title: String,
    /// Its theme.
    pub theme: Theme,
    /// Its recommendations, one text.
    pub recommendations: String,
    /// Indexes (in `organisations` order, from 1) of the team and co-chairs.
    pub members: Vec<i32>,
}

impl DemoData {
    /// First profiles derived from the GFMD 2010 data, by organisation code. The rules:
    ///
    /// 1. A **financial contribution** is a `funding` offer described by what it paid for
    ///    ("Costs of participants from developing countries").
    /// 2. An **in-kind contribution** is an `in_kind` offer, plus `logistics` when it
    ///    provided venues or logistics, `technical_expertise` when technical assistance,
    ///    `data_research` when research.
    /// 3. A **roundtable team seat or co-chair** makes the session's theme a thematic
    ///    interest, and a `knowledge_sharing` offer: the experience of that roundtable.
    /// 4. **International organisations, regional processes** and a few private bodies:
    ///    offers, themes and regions from their mandate ([`MANDATES`]).
    /// 5. **Academia** offers `data_research`, a **foundation** `funding`, when nothing
    ///    above says so already.
    /// 6. **Languages**: English (the GFMD's working language) and the platform
    ///    languages official in the organisation's country ([`COUNTRY_LANGUAGES`]).
    ///
    /// No countries of interest are derived: backing one Mexican project does not make an
    /// organisation interested in Mexico for every other project (issue 14, point 1);
    /// where it works is what it says in its profile.
    ///
    /// `hidden` leaves out what the offline evaluation hides and tries to find again (a
    /// roundtable's team seats, a project's partnerships); [`Hidden::Nothing`] for the
    /// profiles the demo loads.
    pub fn derived_profiles(
        &self,
        hidden: &Hidden,
    ) -> Vec<(String, crate::db::queries::profiles::Profile)> {
        use crate::db::queries::profiles::Profile;
        let session_theme: HashMap<&str, (Theme, &str)> = self
            .outcomes
            .iter()
            .map(|o| (o.session.as_str(), (o.theme, o.session_title.as_str())))
            .collect();
        let mut out = Vec::with_capacity(self.organisations.len());
        for o in &self.organisations {
            let mut p = Profile::default();
            let offer = |p: &mut Profile, kind: NeedKind, text: String| {
                if !p.offers.iter().any(|(k, t)| *k == kind && *t == text) {
                    p.offers.push((kind, text));
                }
            };
            for e in self.engagements.iter().filter(|e| e.organisation == o.code) {
                match e.kind {
                    EngagementKind::Contribution => {
                        let (kind, what) = match e.description.split_once(": ") {
                            Some((head, what)) if head.starts_with("In-kind") => {
                                (NeedKind::InKind, what)
                            }
                            Some((_, what)) => (NeedKind::Funding, what),
                            None => (NeedKind::Funding, e.description.as_str()),
                        };
                        offer(&mut p, kind, what.to_owned());
                        if kind == NeedKind::InKind {
                            let lower = what.to_lowercase();
                            for (word, extra) in [
                                ("venue", NeedKind::Logistics),
                                ("logistic", NeedKind::Logistics),
                                ("technical", NeedKind::TechnicalExpertise),
                                ("research", NeedKind::DataResearch),
                            ] {
                                if lower.contains(word) {
                                    offer(&mut p, extra, what.to_owned());
                                }
                            }
                        }
                    }
                    EngagementKind::RoundtableTeam | EngagementKind::RoundtableCoChair => {
                        let Some(session) = e.session.as_deref() else {
                            continue;
                        };
                        if hidden.hides_seat(session) {
                            continue;
                        }
                        if let Some((theme, title)) = session_theme.get(session) {
                            p.themes.push(*theme);
                            offer(
                                &mut p,
                                NeedKind::KnowledgeSharing,
                                format!("GFMD 2010 roundtable {session}: {title}"),
                            );
                        }
                    }
                }
            }
            if let Some((_, offers, themes, regions)) =
                MANDATES.iter().find(|(code, ..)| *code == o.code)
            {
                for kind in *offers {
                    if !p.offers.iter().any(|(k, _)| k == kind) {
                        p.offers.push((*kind, String::new()));
                    }
                }
                p.themes.extend_from_slice(themes);
                p.regions.extend_from_slice(regions);
            }
            let default_offer = match o.kind {
                OrganisationKind::Academia => Some(NeedKind::DataResearch),
                OrganisationKind::Foundation => Some(NeedKind::Funding),
                _ => None,
            };
            if let Some(kind) = default_offer
                && !p.offers.iter().any(|(k, _)| *k == kind)
            {
                p.offers.push((kind, String::new()));
            }
            p.languages.push(Language::En);
            if let Some(country) = &o.country {
                for (lang, countries) in COUNTRY_LANGUAGES {
                    if countries.contains(&country.as_str()) {
                        p.languages.push(*lang);
                    }
                }
            }
            p.themes.sort();
            p.themes.dedup();
            p.regions.sort();
            p.regions.dedup();
            p.countries.sort();
            p.countries.dedup();
            out.push((o.code.clone(), p));
        }
        out
    }

    /// The profiles the demo loads: [`DemoData::derived_profiles`] with nothing hidden.
    pub fn loaded_profiles(&self) -> Vec<(String, crate::db::queries::profiles::Profile)> {
        self.derived_profiles(&Hidden::Nothing)
    }

    /// Whether `organisation` partners in `project`, unless `hidden` hides it.
    pub(super) fn partners_in(
        &self,
        project: &super::DemoProject,
        organisation: &str,
        hidden: &Hidden,
    ) -> bool {
        project
            .partners
            .iter()
            .any(|x| x.organisation == organisation)
            && !hidden.hides_partner(&project.code, organisation)
    }

    /// The organisations as matching profiles, with ids 1, 2, … in file order, derived
    /// as [`DemoData::derived_profiles`] says; engagement counts roundtable seats (team or
    /// co-chair), except what `hidden` hides. When something is hidden (an
    /// evaluation), every description loses its sentences about roundtables and pilot
    /// projects ([`scrub`]): they would name what is hidden, and removing only those
    /// would leave a trace of it.
    pub fn matching_profiles(&self, hidden: &Hidden) -> Vec<crate::matching::OrgProfile> {
        use crate::matching::{LangText, Offer, OrgProfile};
        let profiles = self.derived_profiles(hidden);
        self.organisations
            .iter()
            .zip(profiles)
            .enumerate()
            .map(|(i, (o, (_, p)))| {
                let engagements = self
                    .engagements
                    .iter()
                    .filter(|e| e.organisation == o.code)
                    .filter(|e| e.kind.is_seat())
                    .filter(|e| !e.session.as_deref().is_some_and(|s| hidden.hides_seat(s)))
                    .count();
                let description = if matches!(hidden, Hidden::Nothing) {
                    o.description.clone()
                } else {
                    scrub(&o.description)
                };
                OrgProfile {
                    id: i32::try_from(i + 1).unwrap_or(i32::MAX),
                    kind: o.kind,
                    country: o.country,
                    region: o.region,
                    offers: p
                        .offers
                        .into_iter()
                        .map(|(kind, text)| Offer { kind, text })
                        .collect(),
                    themes: p.themes,
                    regions_of_interest: p.regions,
                    countries_of_interest: p.countries,
                    languages: p.languages,
                    profile_text: LangText::new(description, Language::En),
                    past_projects: self
                        .projects
                        .iter()
                        .filter(|x| self.partners_in(x, &o.code, hidden))
                        .map(|x| LangText::new(format!("{}\n{}", x.title, x.summary), x.lang))
                        .collect(),
                    engagements: u32::try_from(engagements).unwrap_or(u32::MAX),
                }
            })
            .collect()
    }

    /// The seven roundtable sessions with their teams (ids as in
    /// [`DemoData::matching_profiles`]), in session order.
    pub fn roundtables(&self) -> Vec<Roundtable> {
        let mut sessions: Vec<Roundtable> = Vec::new();
        for o in &self.outcomes {
            match sessions.iter_mut().find(|s| s.session == o.session) {
                Some(s) => {
                    s.recommendations.push('\n');
                    s.recommendations.push_str(&o.text);
                }
                None => sessions.push(Roundtable {
                    session: o.session.clone(),
                    title: o.session_title.clone(),
                    theme: o.theme,
                    recommendations: o.text.clone(),
                    members: Vec::new(),
                }),
            }
        }
        for e in &self.engagements {
            let Some(session) = e.session.as_deref() else {
                continue;
            };
            let Some(i) = self
                .organisations
                .iter()
                .position(|o| o.code == e.organisation)
            else {
                continue;
            };
            if let Some(s) = sessions.iter_mut().find(|s| s.session == session) {
                let id = i32::try_from(i + 1).unwrap_or(i32::MAX);
                if !s.members.contains(&id) {
                    s.members.push(id);
                }
            }
        }
        sessions.sort_by(|a, b| a.session.cmp(&b.session));
        sessions
    }
}

#[cfg(test)]
mod profile_tests {
    use super::*;
    use crate::app::demo::GFMD2010;

    #[test]
    fn profiles_follow_the_rules() {
        let data = DemoData::parse(GFMD2010).unwrap();
        let profiles: HashMap<String, _> = data
            .derived_profiles(&Hidden::Nothing)
            .into_iter()
            .collect();
        let nl = &profiles["NL"];
        assert!(
            nl.offers
                .iter()
                .any(|(k, t)| *k == NeedKind::Funding && t == "Unearmarked")
        );
        assert!(nl.offers.iter().any(|(k, _)| *k == NeedKind::InKind));
        let ilo = &profiles["org:ILO"];
        assert!(ilo.offers.iter().any(|(k, _)| *k == NeedKind::Logistics));
        assert!(ilo.themes.contains(&Theme::LabourMobility));
        let mx = &profiles["MX"];
        assert!(mx.languages.contains(&Language::Es));
        assert!(mx.themes.contains(&Theme::GenderFamily), "co-chair of 2.2");
        let hidden: HashMap<String, _> = data
            .derived_profiles(&Hidden::Session("2.2"))
            .into_iter()
            .collect();
        assert!(!hidden["MX"].themes.contains(&Theme::GenderFamily));
    }

    #[test]
    fn roundtables_have_their_teams() {
        let data = DemoData::parse(GFMD2010).unwrap();
        let rts = data.roundtables();
        assert_eq!(rts.len(), 7);
        assert!(rts.iter().all(|r| r.members.len() >= 9));
        assert_eq!(
            data.matching_profiles(&Hidden::Nothing).len(),
            data.organisations.len()
        );
    }
}
