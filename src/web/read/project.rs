//! The project page's read model: a project's public content (through this instance's
//! cache) and every panel that depends on who is looking — progress and questions, the
//! proposal's state and actions, the follow button, partnering — assembled in one place.
//! Handlers that show the page (again, with a refused form) start from [`page`].

use crate::app::brokering::interests as uc;
use crate::db::cache::current_version;
use crate::db::code::code;
use crate::db::queries::brokering as q;
use crate::db::queries::following;
use crate::db::queries::following::Target;
use crate::db::queries::partners;
use crate::db::queries::progress;
use crate::db::queries::projects;
use crate::db::queries::projects as project_queries;
use crate::db::queries::projects::ProjectDetail;
use crate::db::queries::projects::ProjectList;
use crate::domain::NeedKind;
use crate::domain::PartnerRole;
use crate::domain::PublicationState;
use crate::domain::Role;
use crate::domain::policy;
use crate::domain::policy::Action;
use crate::domain::policy::allows;
use crate::domain::policy::manages_project;
use crate::domain::proposal;
use crate::domain::search::Page;
use crate::domain::search::ProjectFilter;
use crate::text::similar::Band;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::read::similar::{Compared, corpus, similar_views};
use crate::web::session::SignedIn;
use crate::web::views::Ctx;
use crate::web::views::brokering::PartneringPanel;
use crate::web::views::following::FollowButton;
use crate::web::views::pages::ProjectPage;
use crate::web::views::progress::ProgressView;
use crate::web::views::proposals::ProposalPanel;
use actix_web::web;
use std::sync::Arc;

/// A project's page as `ctx`'s person sees it: the public content and every panel that
/// depends on the viewer (progress and questions, the proposal's state and actions…).
/// Handlers that show the page again with a refused form start from it.
pub async fn page(
    ctx: Ctx,
    state: &web::Data<AppState>,
    p: Arc<ProjectDetail>,
) -> Result<ProjectPage, AppError> {
    let viewer = ctx.person.clone();
    let has_owner = p
        .partners
        .iter()
        .any(|x| x.role == PartnerRole::Owner.code());
    let progress = progress_view(&ctx, state, &p);
    let panel = proposal_panel(state, viewer.as_ref(), &p).await?;
    let follow = follow_button(state, &ctx, Target::Project(p.project.id)).await?;
    let partnering = partnering_panel(state, ctx.person.as_ref(), &p).await?;
    Ok(ProjectPage {
        ctx,
        p,
        has_owner,
        progress,
        panel,
        follow,
        partnering,
        notice: None,
    })
}

/// A public project in full, through the cache; `NotFound` if there is none.
pub async fn public_project(
    state: &web::Data<AppState>,
    id: i32,
) -> Result<Arc<ProjectDetail>, AppError> {
    let shared = state.clone();
    let detail = state
        .db
        .read(move |conn| {
            let version = current_version(conn)?;
            shared.caches.projects.get_or_load(conn, version, &id, |c| {
                projects::public_detail(c, id).map(|d| d.map(Arc::new))
            })
        })
        .await?;
    detail.ok_or(AppError::NotFound)
}

/// One page of public projects, through the cache.
pub async fn public_list(
    state: &web::Data<AppState>,
    filter: ProjectFilter,
    page: Page,
) -> Result<Arc<ProjectList>, AppError> {
    let shared = state.clone();
    Ok(state
        .db
        .read(move |conn| {
            let version = current_version(conn)?;
            shared
                .caches
                .project_lists
                .get_or_load(conn, version, &(filter.clone(), page), |c| {
                    projects::list_public(c, &filter, page).map(Arc::new)
                })
        })
        .await?)
}

/// A project that is not public, for those who may see it (its owners' delegates and
/// facilitators); `NotFound` for everyone else.
pub async fn private_project(
    state: &web::Data<AppState>,
    viewer: Option<&SignedIn>,
    id: i32,
) -> Result<std::sync::Arc<project_queries::ProjectDetail>, AppError> {
    let Some(viewer) = viewer else {
        return Err(AppError::NotFound);
    };
    let d = state
        .db
        .read(move |conn| project_queries::detail(conn, id, false))
        .await?
        .ok_or(AppError::NotFound)?;
    let owners: Vec<i32> = d
        .partners
        .iter()
        .filter(|p| p.role == PartnerRole::Owner.code())
        .map(|p| p.organisation_id)
        .collect();
    if allows(viewer.role, Action::SeeAllProjects)
        || manages_project(viewer.role, viewer.organisation_id, &owners)
    {
        Ok(std::sync::Arc::new(d))
    } else {
        Err(AppError::NotFound)
    }
}

/// What a project's page shows `viewer` beyond its public content.
pub async fn proposal_panel(
    state: &web::Data<AppState>,
    viewer: Option<&SignedIn>,
    d: &project_queries::ProjectDetail,
) -> Result<ProposalPanel, AppError> {
    let Some(viewer) = viewer else {
        return Ok(ProposalPanel::default());
    };
    let status: PublicationState = code("projects.status", &d.project.status)?;
    let owners: Vec<i32> = d
        .partners
        .iter()
        .filter(|p| p.role == PartnerRole::Owner.code())
        .map(|p| p.organisation_id)
        .collect();
    let manages = manages_project(viewer.role, viewer.organisation_id, &owners);
    let staff = matches!(viewer.role, Role::Facilitator | Role::Reviewer);
    let duplicates = if staff && status != PublicationState::Withdrawn {
        similar_views(
            &*corpus(state).await?,
            &Compared::of(d)?,
            Band::Same,
            3,
            None,
        )
    } else {
        Vec::new()
    };
    Ok(ProposalPanel {
        manages,
        can_edit: manages && proposal::editable(status),
        can_submit: manages && proposal::submittable(status),
        can_withdraw: manages && proposal::withdrawable(status),
        sees_comments: manages || staff,
        can_review: allows(viewer.role, Action::Review) && proposal::reviewable(status),
        duplicates,
        sees_duplicates: staff,
    })
}

/// What the project page shows of progress and questions to the person in `ctx`.
pub fn progress_view(ctx: &Ctx, state: &AppState, p: &ProjectDetail) -> ProgressView {
    let now = state.now();
    let (role, org) = ctx
        .person
        .as_ref()
        .map_or((Role::Visitor, None), |x| (x.role, x.organisation_id));
    let owners: Vec<i32> = p
        .partners
        .iter()
        .filter(|x| x.role == PartnerRole::Owner.code())
        .map(|x| x.organisation_id)
        .collect();
    let manages = policy::manages_project(role, org, &owners);
    let sees_flag = policy::follows_up_progress(role)
        && (manages || policy::allows(role, Action::SeeAllProjects));
    let period_days = i64::from(state.settings.update_overdue_days);
    ProgressView {
        manages,
        moderates: policy::allows(role, Action::Moderate),
        follows_up: policy::follows_up_progress(role),
        asks: policy::allows(role, Action::AskQuestion),
        overdue: sees_flag
            && p.progress
                .overdue(&p.project.stage, &p.project.status, now.date(), period_days),
        period_days,
        refused: None,
    }
}

/// The Follow button of a page: one primary-key lookup for a signed-in person, none for
/// visitors.
pub async fn follow_button(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    target: Target,
) -> Result<FollowButton, AppError> {
    let can_follow = ctx.can(Action::Follow);
    let following = match (&ctx.person, can_follow) {
        (Some(p), true) => {
            let id = p.id;
            state
                .db
                .read(move |conn| following::is_following(conn, id, target))
                .await?
        }
        _ => false,
    };
    Ok(FollowButton {
        target,
        following,
        can_follow,
    })
}

/// The project page's partnering panel for whoever is looking. Visitors cost no query.
pub async fn partnering_panel(
    state: &web::Data<AppState>,
    person: Option<&SignedIn>,
    p: &ProjectDetail,
) -> Result<PartneringPanel, AppError> {
    let project_id = p.project.id;
    let mut panel = PartneringPanel {
        project_id,
        offer: NeedKind::ALL[0].code().to_owned(),
        ..PartneringPanel::default()
    };
    let Some(person) = person else {
        return Ok(panel);
    };
    panel.signed_in = true;
    let owners: Vec<i32> = p
        .partners
        .iter()
        .filter(|x| x.role == PartnerRole::Owner.code())
        .map(|x| x.organisation_id)
        .collect();
    let partner_ids: Vec<i32> = p.partners.iter().map(|x| x.organisation_id).collect();
    let (role, org) = (person.role, person.organisation_id);
    panel.is_partner = org.is_some_and(|o| partner_ids.contains(&o));
    panel.manages = policy::manages_project(role, org, &owners);
    panel.arranges = policy::arranges_meetings(role, org, &owners);
    panel.facilitator = policy::allows(role, Action::Introduce);
    let may = uc::may_express(
        &person.actor(crate::domain::Language::default()),
        &partner_ids,
    )
    .ok();
    let (manages, arranges) = (panel.manages, panel.arranges);
    let (pending, interests, meetings) = state
        .db
        .read(move |c| {
            Ok((
                match may {
                    Some(o) => q::open_interest_of(c, project_id, o)?,
                    None => None,
                },
                if manages {
                    q::interests_of_project(c, project_id)?
                } else {
                    Vec::new()
                },
                if arranges {
                    q::meetings_of_project(c, project_id)?
                } else {
                    Vec::new()
                },
            ))
        })
        .await?;
    panel.may_express = may.is_some() && pending.is_none();
    panel.pending_since = pending;
    panel.interests = interests;
    panel.meetings = meetings;
    Ok(panel)
}

/// The person, if they manage project `id`: `NotFound` if there is no such project (or
/// it is a draft they do not manage), `Forbidden` if they do not manage it.
pub async fn managed(
    state: &web::Data<AppState>,
    person: &SignedIn,
    id: i32,
) -> Result<progress::ManagedProject, AppError> {
    let (role, org) = (person.role, person.organisation_id);
    let found = state
        .db
        .read(move |conn| {
            let Some(p) = progress::project(conn, id)? else {
                return Ok(None);
            };
            let owners = partners::owner_ids(conn, id)?;
            Ok(Some((p, policy::manages_project(role, org, &owners))))
        })
        .await?;
    match found {
        None => Err(AppError::NotFound),
        Some((p, true)) => Ok(p),
        Some((p, false)) if p.status == PublicationState::Draft.code() => Err(AppError::NotFound),
        Some(_) => Err(AppError::Forbidden("error-forbidden")),
    }
}
