//! Pages of proposals and review: the project form, the duplicate check, "My projects",
//! co-owners, the review queue and a review, and what a project's page adds for its
//! owners, reviewers and facilitators.

use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;

use super::Ctx;
use super::parts::FormErrors;
use crate::db::models::{Outcome, Partner};
use crate::db::queries::projects::ProjectDetail;
use crate::db::queries::proposals::{InvitationView, Listed};
use crate::domain::proposal::ProposalInput;
use crate::domain::{BudgetRange, NeedKind, ProjectStage, Region, Theme};
use crate::text::similar::Band;

/// GFMD outcomes of one roundtable session, for the form's fieldsets.
#[derive(Debug, Clone)]
pub struct OutcomeGroup {
    /// Session number, e.g. `1.1`.
    pub session: String,
    /// Session title, as written.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// Its outcomes.
    pub outcomes: Vec<Outcome>,
}

/// Groups outcomes (sorted by session) by session.
pub fn group_outcomes(outcomes: Vec<Outcome>) -> Vec<OutcomeGroup> {
    let mut groups: Vec<OutcomeGroup> = Vec::new();
    for o in outcomes {
        match groups.last_mut() {
            Some(g) if g.session == o.session => g.outcomes.push(o),
            _ => groups.push(OutcomeGroup {
                session: o.session.clone(),
                title: o.session_title.clone(),
                lang: o.lang.clone(),
                outcomes: vec![o],
            }),
        }
    }
    groups
}

/// `/projects/new` and `/projects/{id}/edit`
#[derive(Template, WebTemplate)]
#[template(path = "projects/form.html")]
pub struct ProposalFormPage {
    /// Page context.
    pub ctx: Ctx,
    /// The project being edited (`None`: a new proposal).
    pub project_id: Option<i32>,
    /// The values as typed (or as stored).
    pub values: ProposalInput,
    /// Problems, in the order of the form.
    pub errors: FormErrors,
    /// Outcomes by session.
    pub outcome_groups: Vec<OutcomeGroup>,
    /// Countries as (code, name) sorted by name in the interface language.
    pub countries: &'static [(&'static str, String)],
    /// Whether the stage may be chosen here (new proposals and drafts).
    pub stage_editable: bool,
    /// A confirmation to show, already translated.
    pub notice: Option<String>,
}

impl ProposalFormPage {
    /// Where the form posts.
    pub fn action(&self) -> String {
        match self.project_id {
            Some(id) => format!("/projects/{id}/edit"),
            None => "/projects/new".to_owned(),
        }
    }

    /// The themes, in the vocabulary's order.
    pub fn themes(&self) -> &'static [Theme] {
        Theme::ALL
    }

    /// The regions.
    pub fn regions(&self) -> &'static [Region] {
        Region::ALL
    }

    /// The kinds of need.
    pub fn need_kinds(&self) -> &'static [NeedKind] {
        NeedKind::ALL
    }

    /// The stages.
    pub fn stages(&self) -> &'static [ProjectStage] {
        ProjectStage::ALL
    }

    /// The budget ranges.
    pub fn budgets(&self) -> &'static [BudgetRange] {
        BudgetRange::ALL
    }

    /// The need rows to show (filled ones, then blank ones), with their labels.
    pub fn need_rows(&self) -> Vec<NeedRow> {
        use crate::domain::proposal::{NEED_DESCRIPTION_IDS, NEED_KIND_IDS};
        self.values
            .need_rows()
            .into_iter()
            .map(|(i, kind, description)| {
                let number = i as i64 + 1;
                NeedRow {
                    kind_id: NEED_KIND_IDS[i],
                    description_id: NEED_DESCRIPTION_IDS[i],
                    kind_label: self.ctx.tn("proposal-need-kind", &number),
                    description_label: self.ctx.tn("proposal-need-description", &number),
                    kind,
                    description,
                }
            })
            .collect()
    }

    /// Whether a session's outcomes start unfolded (one of them is ticked).
    pub fn group_open(&self, g: &OutcomeGroup) -> bool {
        g.outcomes.iter().any(|o| self.values.has_outcome(&o.id))
    }

    /// ` checked` when `on`.
    pub fn checked(&self, on: bool) -> &'static str {
        if on { " checked" } else { "" }
    }

    /// The error message of control `id`, if any.
    pub fn error(&self, id: &str) -> Option<&str> {
        self.errors.of(id)
    }

    /// Class of the block around control `id` (marked when it has a problem).
    pub fn field_class(&self, id: &str) -> &'static str {
        if self.errors.of(id).is_some() {
            "field field-error"
        } else {
            "field"
        }
    }

    /// `aria-describedby` (its hint, if `hint`, and its error) and `aria-invalid` of
    /// control `id`.
    pub fn described(&self, id: &str, hint: bool) -> askama::filters::Safe<String> {
        let error = self.errors.of(id).is_some();
        let mut refs = Vec::new();
        if hint {
            refs.push(format!("{id}-hint"));
        }
        if error {
            refs.push(format!("{id}-error"));
        }
        let mut out = String::new();
        if !refs.is_empty() {
            out.push_str(&format!(" aria-describedby=\"{}\"", refs.join(" ")));
        }
        if error {
            out.push_str(" aria-invalid=\"true\"");
        }
        // Ids are ours (field names), never typed by a user.
        askama::filters::Safe(out)
    }
}

/// One row of needs on the form.
#[derive(Debug, Clone)]
pub struct NeedRow {
    /// Id and name of its kind select.
    pub kind_id: &'static str,
    /// Id and name of its description.
    pub description_id: &'static str,
    /// Label of the kind ("Need 1: kind").
    pub kind_label: String,
    /// Label of the description.
    pub description_label: String,
    /// Kind code as chosen.
    pub kind: String,
    /// Description as typed.
    pub description: String,
}

/// A project similar to another, as the duplicate check and reviewers see it.
#[derive(Debug, Clone)]
pub struct SimilarView {
    /// Project id.
    pub id: i32,
    /// Title.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// Publication state code.
    pub status: String,
    /// Similarity in percent: one figure for the pair on every page.
    pub percent: i64,
    /// What the figure means.
    pub band: Band,
    /// Whether the viewer's organisation owns it (then there is nothing to join).
    pub own: bool,
}

impl SimilarView {
    /// Whether it is very likely the same project.
    pub fn same(&self) -> bool {
        self.band == Band::Same
    }

    /// The words for its band.
    pub fn band_label(&self) -> &'static str {
        match self.band {
            Band::Same => "similar-band-same",
            Band::Related => "similar-band-related",
        }
    }
}

/// `/projects/{id}/check`: the most similar projects before submitting.
#[derive(Template, WebTemplate)]
#[template(path = "projects/check.html")]
pub struct CheckPage {
    /// Page context.
    pub ctx: Ctx,
    /// The proposal's id.
    pub project_id: i32,
    /// Its title.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// Similar public projects, most similar first.
    pub similar: Vec<SimilarView>,
}

/// `/projects/mine`
#[derive(Template, WebTemplate)]
#[template(path = "projects/mine.html")]
pub struct MinePage {
    /// Page context.
    pub ctx: Ctx,
    /// Name of the delegate's government.
    pub government: String,
    /// Drafts to resume.
    pub drafts: Vec<Listed>,
    /// The government's other projects, with their states.
    pub projects: Vec<Listed>,
    /// Co-owner invitations waiting for this government's answer.
    pub invitations: Vec<InvitationView>,
    /// Requests to join this government's projects.
    pub join_requests: Vec<InvitationView>,
    /// Requests this government sent to join others' projects.
    pub sent_requests: Vec<InvitationView>,
    /// Introductions, interests and meeting invitations waiting for this person (the
    /// invitations and requests above are answered in place).
    pub waiting: crate::db::queries::brokering::Waiting,
    /// A confirmation to show, already translated.
    pub notice: Option<String>,
}

/// `/projects/{id}/co-owners`
#[derive(Template, WebTemplate)]
#[template(path = "projects/co_owners.html")]
pub struct CoOwnersPage {
    /// Page context.
    pub ctx: Ctx,
    /// Project id.
    pub project_id: i32,
    /// Project title.
    pub title: String,
    /// Language of the title.
    pub lang: String,
    /// Current owners.
    pub owners: Vec<Partner>,
    /// Invitations sent, newest first.
    pub invitations: Vec<InvitationView>,
    /// Governments one may invite (not owners yet), by name.
    pub governments: Vec<(i32, String)>,
    /// The government chosen, as typed.
    pub chosen: String,
    /// Problems.
    pub errors: FormErrors,
    /// A confirmation to show, already translated.
    pub notice: Option<String>,
}

/// A project waiting for review, with its likely duplicates.
#[derive(Debug, Clone)]
pub struct QueueItem {
    /// The project.
    pub item: Listed,
    /// Projects it resembles.
    pub similar: Vec<SimilarView>,
}

/// `/review`
#[derive(Template, WebTemplate)]
#[template(path = "review/queue.html")]
pub struct ReviewQueuePage {
    /// Page context.
    pub ctx: Ctx,
    /// Submitted projects, longest waiting first.
    pub items: Vec<QueueItem>,
    /// A confirmation to show, already translated.
    pub notice: Option<String>,
}

/// `/review/{id}`
#[derive(Template, WebTemplate)]
#[template(path = "review/show.html")]
pub struct ReviewPage {
    /// Page context.
    pub ctx: Ctx,
    /// The project in full.
    pub p: Arc<ProjectDetail>,
    /// Projects it resembles.
    pub similar: Vec<SimilarView>,
    /// Decision code as chosen.
    pub decision: String,
    /// Comments as typed.
    pub comments: String,
    /// Problems.
    pub errors: FormErrors,
}

impl ReviewPage {
    /// The decisions offered.
    pub fn decisions(&self) -> &'static [crate::domain::ReviewDecision] {
        crate::domain::ReviewDecision::ALL
    }
}

/// What a project's page shows beyond the public content, for whoever is looking.
#[derive(Debug, Clone, Default)]
pub struct ProposalPanel {
    /// The viewer manages the project (a delegate of an owner).
    pub manages: bool,
    /// They may edit it now.
    pub can_edit: bool,
    /// They may send it to review now.
    pub can_submit: bool,
    /// They may withdraw it now.
    pub can_withdraw: bool,
    /// The viewer may read the reviewer's comments (owners, reviewers, facilitators).
    pub sees_comments: bool,
    /// The viewer may review it now.
    pub can_review: bool,
    /// Likely duplicates (facilitators and reviewers).
    pub duplicates: Vec<SimilarView>,
    /// Whether the viewer sees duplicates at all.
    pub sees_duplicates: bool,
}

impl Ctx {
    /// Translates `key` with a `date` argument: the day of `t`.
    pub fn on_day(&self, key: &str, t: &chrono::NaiveDateTime) -> String {
        self.ts(key, "date", &self.day(t))
    }
}
