//! Why a candidate was suggested ([`ReasonKind`], [`Reason`]) and the suggestion that
//! carries its reasons ([`Suggestion`]); the views put reasons into words.

use crate::domain::{CountryCode, Language, NeedKind, ProjectStage, Region, Theme};

/// Why a candidate was suggested: a code with its parameters (see [`ReasonKind::code`]);
/// the views translate it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReasonKind {
    /// The organisation offers what the project needs.
    NeedOffer {
        /// The needs it offers.
        needs: Vec<NeedKind>,
    },
    /// It offers what projects at this stage usually need.
    StageFit {
        /// The project's stage.
        stage: ProjectStage,
        /// The fitting offers.
        offers: Vec<NeedKind>,
    },
    /// They share themes.
    SharedThemes {
        /// The themes shared.
        themes: Vec<Theme>,
    },
    /// The organisation is based in a country the project concerns.
    BasedIn {
        /// The country.
        country: CountryCode,
    },
    /// It is interested in, or works in, a country the project concerns.
    InterestedIn {
        /// The country.
        country: CountryCode,
    },
    /// It is based in or interested in the region of a country the project concerns.
    Region {
        /// The region.
        region: Region,
    },
    /// Its profile reads like the project.
    ProfileText {
        /// The project's words found in the profile, the weightiest first (at most
        /// [`MAX_WORDS`]; empty when ranking projects for an organisation).
        words: Vec<String>,
    },
    /// Its past projects read like this one.
    PastProjects {
        /// The project's words found in its past projects, as for `ProfileText`.
        words: Vec<String>,
    },
    /// It sat on GFMD roundtable teams.
    Engagement {
        /// Roundtable seats (member or co-chair).
        count: u32,
    },
    /// It works in the project's language.
    Language {
        /// The language.
        lang: Language,
    },
}

impl ReasonKind {
    /// The stable code (`need_offer`, `stage_fit`, `shared_themes`, `based_in`,
    /// `interested_in`, `region`, `profile_text`, `past_projects`, `engagement`,
    /// `language`); the views' translation key is `match-reason-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            ReasonKind::NeedOffer { .. } => "need_offer",
            ReasonKind::StageFit { .. } => "stage_fit",
            ReasonKind::SharedThemes { .. } => "shared_themes",
            ReasonKind::BasedIn { .. } => "based_in",
            ReasonKind::InterestedIn { .. } => "interested_in",
            ReasonKind::Region { .. } => "region",
            ReasonKind::ProfileText { .. } => "profile_text",
            ReasonKind::PastProjects { .. } => "past_projects",
            ReasonKind::Engagement { .. } => "engagement",
            ReasonKind::Language { .. } => "language",
        }
    }
}

/// How many matched words a text reason names.
pub const MAX_WORDS: usize = 5;

/// The words of `words` (term, word as written) at the positions `matched` gives, each
/// word once, at most [`MAX_WORDS`].
pub(crate) fn named(words: &[(String, String)], matched: &[(usize, f32)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, _) in matched {
        if let Some((_, w)) = words.get(*i)
            && !out.contains(w)
        {
            out.push(w.clone());
            if out.len() == MAX_WORDS {
                break;
            }
        }
    }
    out
}

/// One reason and the part of the score it contributed.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    /// What and with which parameters.
    pub kind: ReasonKind,
    /// The weight it contributed (the reasons of a suggestion add up to its score).
    pub weight: f32,
}

/// A candidate: an organisation for a project, or a project for an organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The candidate's database id.
    pub id: i32,
    /// The sum of the reasons' weights.
    pub score: f32,
    /// Why, the heaviest first.
    pub reasons: Vec<Reason>,
}
