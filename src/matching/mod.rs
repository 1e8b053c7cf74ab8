//! Matching: which organisations would make good partners for a project, and why; and the
//! reverse, which projects an organisation could join (issue 6).
//!
//! Pure: profiles in, ranked suggestions out; no database, no web, no clock. The app
//! builds an [`Index`] from the database at start and rebuilds it in the background when
//! public content changes (`crate::app::matching_service`); the evaluation and the benchmark
//! build it from files or synthetic data.
//!
//! # Signals
//! Every signal is a fraction between 0 and 1 multiplied by its weight ([`Weights`], from
//! the `[matching]` section of the configuration); a suggestion's score is the sum, and
//! each non-zero term is a [`Reason`] carrying the weight it contributed, so the reasons
//! of a suggestion always add up to its score.
//!
//! | signal | fraction | reason code |
//! |---|---|---|
//! | need ↔ offer | share of the project's needs the organisation offers | `need_offer` |
//! | stage | offers fitting the project's stage ([`stage::stage_needs`]) other than its stated needs, two or more count fully | `stage_fit` |
//! | themes | share of the project's themes the organisation is interested in | `shared_themes` |
//! | country | the organisation is based in (`based_in`) or interested in (`interested_in`) a country the project concerns (origin or destination alike) | `based_in`, `interested_in` |
//! | region | otherwise, it is based in or interested in the region of such a country ([`geo::region_of`]) | `region` |
//! | profile text | BM25 of the project's title, summary, objectives and needs against the profile (description and offers), divided by the best such score for this project | `profile_text` |
//! | past projects | the same against the text of projects it partnered in | `past_projects` |
//! | engagement | `ln(1 + n) / ln(1 + max n)`, n the GFMD roundtable seats (contributions are offers and partnerships past projects already: counting them again made engagement a second popularity signal, issue 14) | `engagement` |
//! | language | it works in the project's language | `language` |
//!
//! Text similarity uses [`crate::text::tokens`] (stemmed, folded, Chinese bigrams), so a
//! French profile meets a French project; across languages only shared names and
//! acronyms match, and the coded signals carry the rest.
//!
//! # Exclusions and diversity
//! The caller passes the ids to leave out: for a project its owners, current partners
//! and organisations that declined it recently. Among the first `diverse_top` (10)
//! suggestions at most `diverse_max_same` (3) share both kind and country (organisations
//! without a country share the "none" country); the others move down, below the first
//! ten, keeping their order — they are not dropped.
//!
//! # The reverse
//! [`rank_projects`] scores the indexed projects for an organisation with the same
//! signals seen from the other side (its profile text and its past projects against each
//! project's text). Engagement is left out there: it is the same for every project.
//!
//! # Scale
//! The index is compact (ids as `u32` positions, countries as one byte, needs, themes,
//! regions and languages as bitsets, text postings in flat arrays, see
//! [`text_index`]); ranking is one pass over the organisations plus the postings of the
//! query's words. `benches/matching.rs` measures it.

pub mod eval;
pub mod geo;
pub mod index;
pub mod rank;
pub mod reason;
pub mod stage;
pub mod text_index;

pub use index::Index;
pub use rank::{rank, rank_projects};
pub use reason::{Reason, ReasonKind, Suggestion};

use serde::{Deserialize, Serialize};

use crate::domain::{
    CountryCode, Language, NeedKind, OrganisationKind, ProjectStage, Region, Theme,
};

/// Text and the language it is written in (which decides its stemming).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LangText {
    /// The text.
    pub text: String,
    /// Its language.
    pub lang: Language,
}

impl LangText {
    /// Text in a language.
    pub fn new(text: impl Into<String>, lang: Language) -> LangText {
        LangText {
            text: text.into(),
            lang,
        }
    }
}

/// Something an organisation offers: a kind from the shared list of needs, and words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// The kind (the same list as project needs).
    pub kind: NeedKind,
    /// What exactly, in the profile's language.
    pub text: String,
}

/// An organisation as matching sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgProfile {
    /// Database id.
    pub id: i32,
    /// Kind of organisation.
    pub kind: OrganisationKind,
    /// Where it is based.
    pub country: Option<CountryCode>,
    /// Its region (from the country when not given).
    pub region: Option<Region>,
    /// What it offers.
    pub offers: Vec<Offer>,
    /// Themes it is interested in.
    pub themes: Vec<Theme>,
    /// Regions it works in or is interested in.
    pub regions_of_interest: Vec<Region>,
    /// Countries it works in or is interested in.
    pub countries_of_interest: Vec<CountryCode>,
    /// Languages it works in.
    pub languages: Vec<Language>,
    /// Its description and profile text (offers' texts are added by the index).
    pub profile_text: LangText,
    /// Titles and summaries of projects it partnered in.
    pub past_projects: Vec<LangText>,
    /// GFMD roundtable seats (team member or co-chair): contributions are offers already,
    /// partnerships are past projects.
    pub engagements: u32,
}

/// A project as matching sees it: what a ranking for it asks, or an indexed project.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectQuery {
    /// Database id.
    pub id: i32,
    /// Lifecycle stage.
    pub stage: ProjectStage,
    /// Kinds of its open needs.
    pub needs: Vec<NeedKind>,
    /// Its themes.
    pub themes: Vec<Theme>,
    /// Countries it concerns (origin and destination alike).
    pub countries: Vec<CountryCode>,
    /// Title, summary, objectives and needs' descriptions.
    pub text: LangText,
}

impl Default for OrgProfile {
    /// An empty profile: a civil-society organisation with nothing filled in.
    fn default() -> OrgProfile {
        OrgProfile {
            id: 0,
            kind: OrganisationKind::CivilSociety,
            country: None,
            region: None,
            offers: Vec::new(),
            themes: Vec::new(),
            regions_of_interest: Vec::new(),
            countries_of_interest: Vec::new(),
            languages: Vec::new(),
            profile_text: LangText::default(),
            past_projects: Vec::new(),
            engagements: 0,
        }
    }
}

impl Default for ProjectQuery {
    /// An empty project at initiation.
    fn default() -> ProjectQuery {
        ProjectQuery {
            id: 0,
            stage: ProjectStage::Initiation,
            needs: Vec::new(),
            themes: Vec::new(),
            countries: Vec::new(),
            text: LangText::default(),
        }
    }
}

/// How much each signal counts, and the diversity rule (the `[matching]` section of the
/// configuration; see the module documentation for what each signal measures).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    /// Need ↔ offer fit.
    pub need_offer: f32,
    /// Offers fitting the project's stage.
    pub stage: f32,
    /// Shared themes.
    pub themes: f32,
    /// Based in or interested in a country of the project.
    pub country: f32,
    /// Based in or interested in the region of a country of the project.
    pub region: f32,
    /// Text similarity with the profile.
    pub profile_text: f32,
    /// Text similarity with past projects.
    pub past_projects: f32,
    /// Past engagement.
    pub engagement: f32,
    /// Works in the project's language.
    pub language: f32,
    /// How many of the first suggestions the diversity rule looks at.
    pub diverse_top: usize,
    /// At most this many of them may share kind and country.
    pub diverse_max_same: usize,
}

impl Default for Weights {
    fn default() -> Weights {
        Weights {
            need_offer: 3.0,
            stage: 1.0,
            themes: 2.0,
            country: 1.5,
            region: 0.5,
            profile_text: 2.0,
            past_projects: 1.0,
            engagement: 2.0,
            language: 0.5,
            diverse_top: 10,
            diverse_max_same: 3,
        }
    }
}

impl Weights {
    /// The first key (`matching.<name>`) whose value is unusable (negative or not a
    /// number; a diversity rule that admits nobody), for the configuration's message.
    pub fn invalid_key(&self) -> Option<&'static str> {
        let named = [
            ("matching.need_offer", self.need_offer),
            ("matching.stage", self.stage),
            ("matching.themes", self.themes),
            ("matching.country", self.country),
            ("matching.region", self.region),
            ("matching.profile_text", self.profile_text),
            ("matching.past_projects", self.past_projects),
            ("matching.engagement", self.engagement),
            ("matching.language", self.language),
        ];
        if let Some((k, _)) = named.iter().find(|(_, v)| !v.is_finite() || *v < 0.0) {
            return Some(k);
        }
        if self.diverse_max_same == 0 {
            return Some("matching.diverse_max_same");
        }
        None
    }
}
