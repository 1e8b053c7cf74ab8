//! Checking a proposal form: a draft needs only a title, submitting needs every required
//! field, and values that are present are always checked (lengths, codes, dates). Every
//! problem is reported at once, each with the id of its form control and the translation
//! key of its message.

use chrono::NaiveDate;

use super::input::{
    CONTACT_NAME_MAX, MAX_NEEDS, NEED_DESCRIPTION_IDS, NEED_KIND_IDS, OUTCOMES_FIELD, PLACES_FIELD,
    ProposalInput, THEMES_FIELD,
};
use crate::domain::person::EmailAddress;
use crate::domain::text::{
    LongText, ProjectSummary, ProjectTitle, ShortText, TextError, clean_line,
};
use crate::domain::{BudgetRange, CountryCode, Language, NeedKind, ProjectStage, Region, Theme};

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

pub(super) fn problem(field: &'static str, key: &'static str) -> Problem {
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
}
