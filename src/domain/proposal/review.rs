//! The rules of the publication states (who may edit, submit, withdraw or review a
//! proposal in which state), what a review decision leads to, and checking the review
//! form.

use super::checks::{Problem, problem};
use crate::domain::text::ShortText;
use crate::domain::{PublicationState, ReviewDecision};

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
