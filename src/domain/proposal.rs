//! A project proposal: the form's values as typed, their validation, and the rules of the
//! publication states (issue 5, points 1 and 3).
//!
//! Validation is pure and reports every problem at once, each with the id of the form
//! control it is about (the error summary links to it) and the translation key of its
//! message. A draft needs only a title; submitting needs every required field. Values
//! that are present are always checked (lengths, codes, dates), draft or not.

use chrono::NaiveDate;

use super::person::EmailAddress;
use super::text::{LongText, ProjectSummary, ProjectTitle, ShortText, TextError, clean_line};
use super::{
    BudgetRange, CountryCode, Language, NeedKind, ProjectStage, PublicationState, Region,
    ReviewDecision, Theme,
};

/// Most rows of needs one proposal holds.
pub const MAX_NEEDS: usize = 10;
/// Blank need rows the form offers beyond the filled ones (no JavaScript needed).
pub const BLANK_NEED_ROWS: usize = 3;
/// Longest contact name, in characters.
pub const CONTACT_NAME_MAX: usize = 200;

/// Ids (and names) of the need rows' kind selects.
pub const NEED_KIND_IDS: [&str; MAX_NEEDS] = [
    "need_kind_0",
    "need_kind_1",
    "need_kind_2",
    "need_kind_3",
    "need_kind_4",
    "need_kind_5",
    "need_kind_6",
    "need_kind_7",
    "need_kind_8",
    "need_kind_9",
];
/// Ids (and names) of the need rows' descriptions.
pub const NEED_DESCRIPTION_IDS: [&str; MAX_NEEDS] = [
    "need_description_0",
    "need_description_1",
    "need_description_2",
    "need_description_3",
    "need_description_4",
    "need_description_5",
    "need_description_6",
    "need_description_7",
    "need_description_8",
    "need_description_9",
];

/// The first control of each group, where the error summary sends the reader.
pub const THEMES_FIELD: &str = "theme-regular_migration_partnerships";
/// The countries select (regions are checkboxes after it).
pub const PLACES_FIELD: &str = "countries";
/// The first GFMD outcome checkbox is not known statically: problems with outcomes point
/// at their fieldset's first control, rendered with this id.
pub const OUTCOMES_FIELD: &str = "outcomes";

/// The proposal form exactly as typed, every value a string (a refused form shows it back).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProposalInput {
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Objectives.
    pub objectives: String,
    /// Expected results.
    pub expected_results: String,
    /// Theme codes ticked.
    pub themes: Vec<String>,
    /// Country codes chosen.
    pub countries: Vec<String>,
    /// Region codes ticked.
    pub regions: Vec<String>,
    /// Need rows: (kind code, description), blank rows included.
    pub needs: Vec<(String, String)>,
    /// Start date (`YYYY-MM-DD`, or `YYYY-MM`).
    pub starts_on: String,
    /// End date.
    pub ends_on: String,
    /// Budget range code, empty for none.
    pub budget: String,
    /// Ids of the GFMD outcomes ticked.
    pub outcomes: Vec<String>,
    /// Stage code.
    pub stage: String,
    /// Contact person.
    pub contact_name: String,
    /// Contact address.
    pub contact_email: String,
    /// Language code of the text.
    pub lang: String,
}

impl ProposalInput {
    /// Reads the form's fields (repeated names for checkboxes and multi-selects).
    pub fn from_pairs(pairs: &[(String, String)]) -> ProposalInput {
        let mut input = ProposalInput::default();
        let mut needs = vec![(String::new(), String::new()); MAX_NEEDS];
        for (k, v) in pairs {
            let v = v.clone();
            match k.as_str() {
                "title" => input.title = v,
                "summary" => input.summary = v,
                "objectives" => input.objectives = v,
                "expected_results" => input.expected_results = v,
                "themes" => input.themes.push(v),
                "countries" => input.countries.push(v),
                "regions" => input.regions.push(v),
                "starts_on" => input.starts_on = v,
                "ends_on" => input.ends_on = v,
                "budget" => input.budget = v,
                "outcomes" => input.outcomes.push(v),
                "stage" => input.stage = v,
                "contact_name" => input.contact_name = v,
                "contact_email" => input.contact_email = v,
                "lang_of_text" => input.lang = v,
                other => {
                    if let Some(i) = NEED_KIND_IDS.iter().position(|id| *id == other) {
                        needs[i].0 = v;
                    } else if let Some(i) = NEED_DESCRIPTION_IDS.iter().position(|id| *id == other)
                    {
                        needs[i].1 = v;
                    }
                }
            }
        }
        input.needs = needs
            .into_iter()
            .filter(|(k, d)| !k.trim().is_empty() || !d.trim().is_empty())
            .collect();
        input
    }

    /// Whether `code` is among the ticked themes (for the form).
    pub fn has_theme(&self, code: &str) -> bool {
        self.themes.iter().any(|t| t == code)
    }

    /// Whether `code` is among the chosen countries.
    pub fn has_country(&self, code: &str) -> bool {
        self.countries.iter().any(|t| t.eq_ignore_ascii_case(code))
    }

    /// Whether `code` is among the ticked regions.
    pub fn has_region(&self, code: &str) -> bool {
        self.regions.iter().any(|t| t == code)
    }

    /// Whether outcome `id` is ticked.
    pub fn has_outcome(&self, id: &i32) -> bool {
        let id = id.to_string();
        self.outcomes.contains(&id)
    }

    /// The need rows to show: the filled ones, then blank ones, at most [`MAX_NEEDS`].
    pub fn need_rows(&self) -> Vec<(usize, String, String)> {
        let blanks = (self.needs.len() + BLANK_NEED_ROWS).min(MAX_NEEDS);
        (0..blanks)
            .map(|i| {
                let (k, d) = self.needs.get(i).cloned().unwrap_or_default();
                (i, k, d)
            })
            .collect()
    }
}

/// A checked proposal, ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// Title.
    pub title: String,
    /// Summary (may be empty in a draft).
    pub summary: String,
    /// Objectives.
    pub objectives: String,
    /// Expected results.
    pub expected_results: String,
    /// Themes, without repeats.
    pub themes: Vec<Theme>,
    /// Countries concerned, without repeats.
    pub countries: Vec<CountryCode>,
    /// Regions concerned, without repeats.
    pub regions: Vec<Region>,
    /// Needs: kind and description.
    pub needs: Vec<(NeedKind, String)>,
    /// Start.
    pub starts_on: Option<NaiveDate>,
    /// End.
    pub ends_on: Option<NaiveDate>,
    /// Budget range.
    pub budget: Option<BudgetRange>,
    /// GFMD outcome ids.
    pub outcomes: Vec<i32>,
    /// Current stage.
    pub stage: ProjectStage,
    /// Contact person.
    pub contact_name: String,
    /// Contact address (empty in a draft without one).
    pub contact_email: String,
    /// Language of the text.
    pub lang: Language,
}

/// How much a proposal must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    /// Saved as a draft: a title is enough.
    Draft,
    /// Going to review: every required field.
    Complete,
}

/// One problem with one control of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Problem {
    /// Id of the control.
    pub field: &'static str,
    /// Translation key of the message.
    pub key: &'static str,
}

fn problem(field: &'static str, key: &'static str) -> Problem {
    Problem { field, key }
}

fn text_problem(field: &'static str, e: &TextError, empty_key: &'static str) -> Problem {
    match e {
        TextError::Empty { .. } => problem(field, empty_key),
        TextError::TooLong { .. } => problem(field, too_long_key(field)),
    }
}

fn too_long_key(field: &str) -> &'static str {
    match field {
        "title" => "proposal-error-title-long",
        "summary" => "proposal-error-summary-long",
        "contact_name" => "proposal-error-contact-name-long",
        f if f.starts_with("need_description") => "proposal-error-need-long",
        _ => "proposal-error-text-long",
    }
}

/// A date as a date input sends it (`2027-01-31`), or a month (`2027-01`: its first day).
pub fn parse_date(input: &str) -> Option<NaiveDate> {
    let v = input.trim();
    NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&format!("{v}-01"), "%Y-%m-%d"))
        .ok()
        .filter(|d| (1900..=2200).contains(&chrono::Datelike::year(d)))
}

/// Pushes `item` unless already there.
fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Checks `input`. `known_outcomes` are the ids of the GFMD outcomes one may choose.
pub fn validate(
    input: &ProposalInput,
    completeness: Completeness,
    known_outcomes: &[i32],
) -> Result<Proposal, Vec<Problem>> {
    let mut problems = Vec::new();
    let complete = completeness == Completeness::Complete;

    let title = ProjectTitle::parse(&input.title)
        .map(ProjectTitle::into_inner)
        .map_err(|e| problems.push(text_problem("title", &e, "proposal-error-title")))
        .unwrap_or_default();
    let summary = if complete || !input.summary.trim().is_empty() {
        ProjectSummary::parse(&input.summary)
            .map(ProjectSummary::into_inner)
            .map_err(|e| problems.push(text_problem("summary", &e, "proposal-error-summary")))
            .unwrap_or_default()
    } else {
        String::new()
    };
    let mut long =
        |field: &'static str, raw: &str, empty_key: &'static str| match LongText::parse(raw) {
            Ok(v) if complete && v.as_str().is_empty() => {
                problems.push(problem(field, empty_key));
                String::new()
            }
            Ok(v) => v.into_inner(),
            Err(e) => {
                problems.push(text_problem(field, &e, empty_key));
                String::new()
            }
        };
    let objectives = long("objectives", &input.objectives, "proposal-error-objectives");
    let expected_results = long(
        "expected_results",
        &input.expected_results,
        "proposal-error-expected-results",
    );

    let mut themes = Vec::new();
    for code in &input.themes {
        match code.parse::<Theme>() {
            Ok(t) => push_unique(&mut themes, t),
            Err(_) => push_unique(
                &mut problems,
                problem(THEMES_FIELD, "proposal-error-theme-unknown"),
            ),
        }
    }
    if complete && themes.is_empty() && input.themes.is_empty() {
        problems.push(problem(THEMES_FIELD, "proposal-error-themes"));
    }

    let mut countries = Vec::new();
    for code in input.countries.iter().filter(|c| !c.trim().is_empty()) {
        match CountryCode::parse(code) {
            Ok(c) => push_unique(&mut countries, c),
            Err(_) => push_unique(
                &mut problems,
                problem(PLACES_FIELD, "proposal-error-country-unknown"),
            ),
        }
    }
    let mut regions = Vec::new();
    for code in &input.regions {
        match code.parse::<Region>() {
            Ok(r) => push_unique(&mut regions, r),
            Err(_) => push_unique(
                &mut problems,
                problem(PLACES_FIELD, "proposal-error-region-unknown"),
            ),
        }
    }
    if complete
        && countries.is_empty()
        && regions.is_empty()
        && !problems.iter().any(|p| p.field == PLACES_FIELD)
    {
        problems.push(problem(PLACES_FIELD, "proposal-error-places"));
    }

    let mut needs = Vec::new();
    for (i, (kind, description)) in input.needs.iter().enumerate().take(MAX_NEEDS) {
        let kind = match kind.trim() {
            "" => {
                problems.push(problem(NEED_KIND_IDS[i], "proposal-error-need-kind"));
                None
            }
            k => match k.parse::<NeedKind>() {
                Ok(k) => Some(k),
                Err(_) => {
                    problems.push(problem(NEED_KIND_IDS[i], "proposal-error-need-unknown"));
                    None
                }
            },
        };
        let description = match ShortText::parse(description) {
            Ok(d) => d.into_inner(),
            Err(e) => {
                problems.push(text_problem(
                    NEED_DESCRIPTION_IDS[i],
                    &e,
                    "proposal-error-need-long",
                ));
                String::new()
            }
        };
        if let Some(k) = kind {
            needs.push((k, description));
        }
    }

    let mut date = |field: &'static str, raw: &str, missing_key: &'static str| {
        if raw.trim().is_empty() {
            if complete {
                problems.push(problem(field, missing_key));
            }
            return None;
        }
        let d = parse_date(raw);
        if d.is_none() {
            problems.push(problem(field, "proposal-error-date"));
        }
        d
    };
    let starts_on = date("starts_on", &input.starts_on, "proposal-error-start");
    let ends_on = date("ends_on", &input.ends_on, "proposal-error-end");
    if let (Some(s), Some(e)) = (starts_on, ends_on)
        && e <= s
    {
        problems.push(problem("ends_on", "proposal-error-end-before-start"));
    }

    let budget = match input.budget.trim() {
        "" => None,
        b => b
            .parse::<BudgetRange>()
            .map_err(|_| problems.push(problem("budget", "proposal-error-budget")))
            .ok(),
    };

    let mut outcomes = Vec::new();
    for raw in &input.outcomes {
        match raw.trim().parse::<i32>() {
            Ok(id) if known_outcomes.contains(&id) => push_unique(&mut outcomes, id),
            _ => push_unique(
                &mut problems,
                problem(OUTCOMES_FIELD, "proposal-error-outcome"),
            ),
        }
    }

    let stage = input
        .stage
        .parse::<ProjectStage>()
        .map_err(|_| problems.push(problem("stage", "proposal-error-stage")))
        .unwrap_or(ProjectStage::Initiation);

    let contact_name = clean_line(&input.contact_name);
    if contact_name.chars().count() > CONTACT_NAME_MAX {
        problems.push(problem("contact_name", "proposal-error-contact-name-long"));
    } else if complete && contact_name.is_empty() {
        problems.push(problem("contact_name", "proposal-error-contact-name"));
    }
    let contact_email = if input.contact_email.trim().is_empty() {
        if complete {
            problems.push(problem("contact_email", "proposal-error-contact-email"));
        }
        String::new()
    } else {
        EmailAddress::parse(&input.contact_email)
            .map(|e| e.as_str().to_owned())
            .map_err(|_| problems.push(problem("contact_email", "proposal-error-contact-email")))
            .unwrap_or_default()
    };

    let lang = input
        .lang
        .parse::<Language>()
        .map_err(|_| problems.push(problem("lang_of_text", "proposal-error-language")))
        .unwrap_or_default();

    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Proposal {
        title,
        summary,
        objectives,
        expected_results,
        themes,
        countries,
        regions,
        needs,
        starts_on,
        ends_on,
        budget,
        outcomes,
        stage,
        contact_name,
        contact_email,
        lang,
    })
}

/// Whether owners may change the proposal's text in this state (a draft, or after a
/// reviewer asked for changes). Submitted, endorsed and declined texts stay as reviewed.
pub fn editable(state: PublicationState) -> bool {
    matches!(
        state,
        PublicationState::Draft | PublicationState::ChangesRequested
    )
}

/// Whether owners may send the project to review in this state.
pub fn submittable(state: PublicationState) -> bool {
    editable(state)
}

/// Whether owners may withdraw the project in this state.
pub fn withdrawable(state: PublicationState) -> bool {
    matches!(
        state,
        PublicationState::Submitted
            | PublicationState::ChangesRequested
            | PublicationState::Endorsed
    )
}

/// Whether reviewers decide on the project in this state.
pub fn reviewable(state: PublicationState) -> bool {
    state == PublicationState::Submitted
}

impl ReviewDecision {
    /// The state a project is in after this decision.
    pub fn outcome(self) -> PublicationState {
        match self {
            ReviewDecision::Endorse => PublicationState::Endorsed,
            ReviewDecision::RequestChanges => PublicationState::ChangesRequested,
            ReviewDecision::Decline => PublicationState::Declined,
        }
    }

    /// Whether the reviewer must explain (comments for changes, a reason for declining).
    pub fn needs_comments(self) -> bool {
        self != ReviewDecision::Endorse
    }
}

/// A reviewer's decision with its comments, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// The decision.
    pub decision: ReviewDecision,
    /// Comments or reason (may be empty for an endorsement).
    pub comments: String,
}

/// Checks the review form: a known decision, and comments where the decision needs them.
pub fn validate_review(decision: &str, comments: &str) -> Result<Review, Vec<Problem>> {
    let mut problems = Vec::new();
    let decision = decision
        .parse::<ReviewDecision>()
        .map_err(|_| problems.push(problem("decision-endorse", "review-error-decision")))
        .ok();
    let comments = match ShortText::parse(comments) {
        Ok(c) => c.into_inner(),
        Err(_) => {
            problems.push(problem("comments", "review-error-comments-long"));
            String::new()
        }
    };
    if let Some(d) = decision
        && d.needs_comments()
        && comments.is_empty()
        && problems.is_empty()
    {
        problems.push(problem(
            "comments",
            if d == ReviewDecision::Decline {
                "review-error-reason"
            } else {
                "review-error-comments"
            },
        ));
    }
    match decision {
        Some(decision) if problems.is_empty() => Ok(Review { decision, comments }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> ProposalInput {
        ProposalInput {
            title: " Diaspora\u{7} bonds ".into(),
            summary: "Pilot diaspora bonds.".into(),
            objectives: "Raise funds.".into(),
            expected_results: "A bond issued.".into(),
            themes: vec!["diaspora_engagement".into(), "diaspora_engagement".into()],
            countries: vec!["mx".into()],
            regions: vec![],
            needs: vec![("funding".into(), "Seed money".into())],
            starts_on: "2027-01-01".into(),
            ends_on: "2028-06".into(),
            budget: "50k_250k".into(),
            outcomes: vec!["3".into()],
            stage: "design".into(),
            contact_name: "Ana".into(),
            contact_email: "Ana@Example.org".into(),
            lang: "en".into(),
        }
    }

    fn fields(problems: &[Problem]) -> Vec<&'static str> {
        problems.iter().map(|p| p.field).collect()
    }

    #[test]
    fn a_full_proposal_is_cleaned() {
        let p = validate(&full(), Completeness::Complete, &[3]).unwrap();
        assert_eq!(p.title, "Diaspora bonds");
        assert_eq!(p.themes, vec![Theme::DiasporaEngagement]);
        assert_eq!(p.countries[0].as_str(), "MX");
        assert_eq!(p.ends_on, NaiveDate::from_ymd_opt(2028, 6, 1));
        assert_eq!(p.contact_email, "ana@example.org");
        assert_eq!(p.budget, Some(BudgetRange::From50kTo250k));
    }

    #[test]
    fn a_draft_needs_only_a_title() {
        let input = ProposalInput {
            title: "Idea".into(),
            stage: "initiation".into(),
            lang: "fr".into(),
            ..Default::default()
        };
        let p = validate(&input, Completeness::Draft, &[]).unwrap();
        assert_eq!(p.lang, Language::Fr);
        let problems = validate(&input, Completeness::Complete, &[]).unwrap_err();
        assert_eq!(
            fields(&problems),
            vec![
                "summary",
                "objectives",
                "expected_results",
                THEMES_FIELD,
                PLACES_FIELD,
                "starts_on",
                "ends_on",
                "contact_name",
                "contact_email"
            ]
        );
        let empty = ProposalInput::default();
        assert_eq!(
            fields(&validate(&empty, Completeness::Draft, &[]).unwrap_err()),
            vec!["title", "stage", "lang_of_text"]
        );
    }

    #[test]
    fn unknown_codes_and_bad_dates_are_refused_even_in_drafts() {
        let mut input = full();
        input.themes.push("space".into());
        input.countries.push("XX".into());
        input.needs.push(("money".into(), String::new()));
        input.needs.push((String::new(), "no kind".into()));
        input.budget = "huge".into();
        input.outcomes.push("999".into());
        input.starts_on = "2027-02-30".into();
        let problems = validate(&input, Completeness::Draft, &[3]).unwrap_err();
        assert_eq!(
            fields(&problems),
            vec![
                THEMES_FIELD,
                PLACES_FIELD,
                "need_kind_1",
                "need_kind_2",
                "starts_on",
                "budget",
                OUTCOMES_FIELD
            ]
        );
    }

    #[test]
    fn the_end_comes_after_the_start() {
        let mut input = full();
        input.ends_on = "2026-12-31".into();
        let problems = validate(&input, Completeness::Complete, &[3]).unwrap_err();
        assert_eq!(
            problems,
            vec![problem("ends_on", "proposal-error-end-before-start")]
        );
    }

    #[test]
    fn too_long_text_is_refused() {
        let mut input = full();
        input.title = "x".repeat(201);
        input.contact_email = "not an address".into();
        let problems = validate(&input, Completeness::Draft, &[3]).unwrap_err();
        assert_eq!(
            problems,
            vec![
                problem("title", "proposal-error-title-long"),
                problem("contact_email", "proposal-error-contact-email")
            ]
        );
    }

    #[test]
    fn form_pairs_keep_rows_and_repeats() {
        let pairs: Vec<(String, String)> = [
            ("title", "T"),
            ("themes", "children"),
            ("themes", "health"),
            ("need_kind_0", "funding"),
            ("need_description_0", "x"),
            ("need_kind_1", ""),
            ("need_description_1", " "),
            ("need_kind_2", "training"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        let input = ProposalInput::from_pairs(&pairs);
        assert_eq!(input.themes, vec!["children", "health"]);
        assert_eq!(input.needs.len(), 2);
        assert_eq!(input.need_rows().len(), 5);
    }

    #[test]
    fn states_allow_what_the_lifecycle_says() {
        use PublicationState::*;
        assert!(editable(Draft) && editable(ChangesRequested) && !editable(Submitted));
        assert!(withdrawable(Endorsed) && !withdrawable(Draft) && !withdrawable(Withdrawn));
        assert!(reviewable(Submitted) && !reviewable(Endorsed));
        assert_eq!(ReviewDecision::RequestChanges.outcome(), ChangesRequested);
    }

    #[test]
    fn declining_needs_a_reason() {
        assert_eq!(
            validate_review("decline", "  ").unwrap_err(),
            vec![problem("comments", "review-error-reason")]
        );
        assert_eq!(
            validate_review("request_changes", "").unwrap_err(),
            vec![problem("comments", "review-error-comments")]
        );
        assert!(validate_review("endorse", "").is_ok());
        assert_eq!(
            validate_review("approve", "").unwrap_err(),
            vec![problem("decision-endorse", "review-error-decision")]
        );
    }
}
