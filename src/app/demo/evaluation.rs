//! What the offline evaluation of matching hides and asks (issue 14, point 7;
//! `examples/evaluate.rs` runs it). Two tasks on the GFMD 2010 data:
//!
//! - **roundtables** (leave-team-out): hide one session's team seats and find the team
//!   again from the session's topic ([`super::Roundtable`]);
//! - **partners** (leave-partners-out): hide one or all of a pilot project's partners
//!   (owners stay) and find them again from the project as it stands ([`PartnerTask`]).
//!
//! Leakage is the first thing to rule out: whatever is hidden is removed from every
//! signal (profiles, engagement counts, past projects), and the descriptions lose every
//! sentence about roundtables and pilot projects ([`scrub`]), not only the hidden one's.

use super::DemoData;
use crate::domain::PartnerRole;
use crate::matching::{LangText, ProjectQuery};

/// What an evaluation hides from the profiles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hidden<'a> {
    /// Nothing: the profiles the demo loads.
    Nothing,
    /// The team seats of a roundtable session ("2.2").
    Session(&'a str),
    /// Partnerships of a project (by project code and organisation codes).
    Partners {
        /// The project's code.
        project: &'a str,
        /// The organisations whose partnership is hidden.
        organisations: Vec<&'a str>,
    },
}

impl Hidden<'_> {
    /// Whether a seat on `session`'s team is hidden.
    pub fn hides_seat(&self, session: &str) -> bool {
        matches!(self, Hidden::Session(s) if *s == session)
    }

    /// Whether `organisation`'s partnership in `project` is hidden.
    pub fn hides_partner(&self, project: &str, organisation: &str) -> bool {
        matches!(self, Hidden::Partners { project: p, organisations }
            if *p == project && organisations.contains(&organisation))
    }
}

/// A description without its sentences about roundtables, sessions, teams, practices
/// cited in the discussions and pilot projects: what the evaluation hides is written
/// there in words.
pub fn scrub(description: &str) -> String {
    const TELLS: [&str; 8] = [
        "roundtable",
        "session",
        "team",
        "chair",
        "cited for",
        "pilot project",
        "handbook",
        "unaccompanied",
    ];
    let mut out = String::new();
    for sentence in description.split_inclusive(". ") {
        let lower = sentence.to_lowercase();
        if TELLS.iter().any(|t| lower.contains(t)) {
            continue;
        }
        out.push_str(sentence);
    }
    out.trim().to_owned()
}

/// A pilot project with some of its partners hidden: the query, who to find, who to
/// leave out (the owners and the partners still known).
#[derive(Debug, Clone)]
pub struct PartnerTask {
    /// The project's code.
    pub project: String,
    /// The organisation codes hidden.
    pub hidden: Vec<String>,
    /// Their ids (as in [`DemoData::matching_profiles`]).
    pub relevant: Vec<i32>,
    /// Owners and the partners not hidden.
    pub exclude: Vec<i32>,
    /// The project as the ranking is asked it.
    pub query: ProjectQuery,
}

impl PartnerTask {
    /// What the profiles must not know.
    pub fn hidden(&self) -> Hidden<'_> {
        Hidden::Partners {
            project: &self.project,
            organisations: self.hidden.iter().map(String::as_str).collect(),
        }
    }
}

impl DemoData {
    /// Everything each organisation did, in file order: GFMD engagements of every kind
    /// (seats and contributions) and partnerships, less what `hidden` hides. The
    /// "most active first" baseline sorts by it.
    pub fn activity(&self, hidden: &Hidden) -> Vec<u32> {
        self.organisations
            .iter()
            .map(|o| {
                let engaged = self
                    .engagements
                    .iter()
                    .filter(|e| e.organisation == o.code)
                    .filter(|e| !e.session.as_deref().is_some_and(|s| hidden.hides_seat(s)))
                    .count();
                let partnered = self
                    .projects
                    .iter()
                    .filter(|p| self.partners_in(p, &o.code, hidden))
                    .count();
                u32::try_from(engaged + partnered).unwrap_or(u32::MAX)
            })
            .collect()
    }

    fn organisation_id(&self, code: &str) -> Option<i32> {
        self.organisations
            .iter()
            .position(|o| o.code == code)
            .and_then(|i| i32::try_from(i + 1).ok())
    }

    /// Leave-one-partner-out: for each pilot project and each partner that is not an
    /// owner, that partner hidden (when `all_at_once`, one task per project hiding every
    /// such partner: the project as it was entered, with its owners only).
    pub fn partner_tasks(&self, all_at_once: bool) -> Vec<PartnerTask> {
        let mut out = Vec::new();
        for p in &self.projects {
            let owners: Vec<&str> = p
                .partners
                .iter()
                .filter(|x| x.role == PartnerRole::Owner)
                .map(|x| x.organisation.as_str())
                .collect();
            let mut others: Vec<&str> = p
                .partners
                .iter()
                .map(|x| x.organisation.as_str())
                .filter(|c| !owners.contains(c))
                .collect();
            others.sort_unstable();
            others.dedup();
            let groups: Vec<Vec<&str>> = if all_at_once {
                vec![others.clone()]
            } else {
                others.iter().map(|c| vec![*c]).collect()
            };
            for hidden in groups.into_iter().filter(|g| !g.is_empty()) {
                let ids = |codes: &mut dyn Iterator<Item = &str>| -> Vec<i32> {
                    codes.filter_map(|c| self.organisation_id(c)).collect()
                };
                let exclude = ids(&mut owners
                    .iter()
                    .chain(others.iter())
                    .copied()
                    .filter(|c| !hidden.contains(c)));
                out.push(PartnerTask {
                    project: p.code.clone(),
                    relevant: ids(&mut hidden.iter().copied()),
                    hidden: hidden.iter().map(|c| (*c).to_owned()).collect(),
                    exclude,
                    query: ProjectQuery {
                        id: 0,
                        stage: p.stage,
                        needs: p.needs.iter().map(|n| n.kind).collect(),
                        themes: p.themes.clone(),
                        countries: p.countries.clone(),
                        text: LangText::new(
                            format!(
                                "{}\n{}\n{}\n{}",
                                p.title,
                                p.summary,
                                p.objectives,
                                p.needs
                                    .iter()
                                    .map(|n| n.description.as_str())
                                    .collect::<Vec<_>>()
                                    .join("\n")
                            ),
                            p.lang,
                        ),
                    },
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::demo::GFMD2010;

    #[test]
    fn scrubbing_removes_every_sentence_that_names_a_seat_or_a_pilot() {
        let s = scrub(
            "Co-chaired roundtable session 3.2 and sat on the teams of 1.1. Runs a welfare fund. It supports the diaspora handbook pilot project. Cited for a loan scheme.",
        );
        assert_eq!(s, "Runs a welfare fund.");
    }

    #[test]
    fn hidden_things_leave_no_trace_in_the_profiles() {
        let data = DemoData::parse(GFMD2010).unwrap();
        for rt in data.roundtables() {
            let profiles = data.matching_profiles(&Hidden::Session(&rt.session));
            for p in &profiles {
                let text = p.profile_text.text.to_lowercase();
                assert!(
                    !text.contains("roundtable") && !text.contains("session"),
                    "{text}"
                );
                assert!(
                    !p.offers.iter().any(|o| o.text.contains(&rt.session)),
                    "{rt:?} in the offers of {}",
                    p.id
                );
            }
        }
        let tasks = data.partner_tasks(false);
        assert!(tasks.len() >= 10, "{}", tasks.len());
        for t in &tasks {
            let profiles = data.matching_profiles(&t.hidden());
            let found = &profiles[(t.relevant[0] - 1) as usize];
            let all = data.matching_profiles(&Hidden::Nothing);
            let known = &all[(t.relevant[0] - 1) as usize];
            assert_eq!(
                found.past_projects.len() + 1,
                known.past_projects.len(),
                "{t:?}"
            );
            let i = (t.relevant[0] - 1) as usize;
            assert_eq!(
                data.activity(&t.hidden())[i] + 1,
                data.activity(&Hidden::Nothing)[i],
                "{t:?}"
            );
            assert!(!t.exclude.contains(&t.relevant[0]));
        }
        let cold = data.partner_tasks(true);
        assert_eq!(cold.len(), data.projects.len());
    }
}
