//! Which needs a partner meets (issue 13, point 5): `/projects/{id}/needs/{organisation}`,
//! for the project's managers. The page opens from the question waiting under
//! `/introductions` when a new partner joined, and from the managers' page for any
//! partner later. Each need takes one answer: not met by it, met in part, met.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::manage::back;
use crate::app::needs::NeedsRefusal;
use crate::db::queries::needs;
use crate::db::queries::progress::ManagedProject;
use crate::domain::NeedExtent;
use crate::domain::ids::{OrganisationId, ProjectId};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::read::project::managed;
use crate::web::respond::html as render;
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;
use crate::web::views::progress::NeedsPage;

/// Builds the page for `organisation_id`, a partner of `project` (else a 404), with the
/// answers `chosen` (`None`: as saved).
async fn page(
    ctx: Ctx,
    state: &web::Data<AppState>,
    project: ManagedProject,
    organisation_id: i32,
    chosen: Option<HashMap<i32, String>>,
    errors: FormErrors,
) -> Result<NeedsPage, AppError> {
    let id = project.id;
    let found = state
        .db
        .read(move |conn| {
            if !needs::is_partner(conn, id, organisation_id)? {
                return Ok(None);
            }
            let name = crate::db::queries::brokering::organisation_name(conn, organisation_id)?;
            Ok(name.map(|n| (n, needs::of_project(conn, id))))
        })
        .await?;
    let Some((organisation, list)) = found else {
        return Err(AppError::NotFound);
    };
    let list = list?;
    let chosen = chosen.unwrap_or_else(|| {
        list.iter()
            .map(|n| {
                let saved = n.extent_of(organisation_id).map_or("none", |e| e.code());
                (n.need.id, saved.to_owned())
            })
            .collect()
    });
    Ok(NeedsPage {
        ctx,
        project,
        organisation_id,
        organisation,
        needs: list,
        chosen,
        errors,
    })
}

/// `GET /projects/{id}/needs/{organisation}`
pub async fn show(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<(ProjectId, OrganisationId)>,
) -> Result<HttpResponse, AppError> {
    let person = crate::web::extract::person_or_sign_in(&req)?;
    let (id, org) = path.into_inner();
    let project = managed(&state, &person, id.get()).await?;
    let p = page(ctx, &state, project, org.get(), None, FormErrors::default()).await?;
    render(StatusCode::OK, &p)
}

/// Reads the form's `need-<id>` fields against the project's needs: every need answered
/// with `none`, `partly` or `fully`. `Err` keeps what was typed, by need id.
fn parse(
    form: &HashMap<String, String>,
    need_ids: &[i32],
) -> Result<Vec<(i32, NeedExtent)>, HashMap<i32, String>> {
    let typed: HashMap<i32, String> = need_ids
        .iter()
        .filter_map(|id| form.get(&format!("need-{id}")).map(|v| (*id, v.clone())))
        .collect();
    let mut out = Vec::new();
    for id in need_ids {
        match typed.get(id).map(String::as_str) {
            Some("none") => {}
            Some(v) => match v.parse::<NeedExtent>() {
                Ok(e) => out.push((*id, e)),
                Err(_) => return Err(typed),
            },
            None => return Err(typed),
        }
    }
    Ok(out)
}

/// `POST /projects/{id}/needs/{organisation}`: saves the answers and goes back to the
/// managers' page with a confirmation.
pub async fn save(
    form: CsrfForm<HashMap<String, String>>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    path: web::Path<(ProjectId, OrganisationId)>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let person = crate::web::extract::person_or_sign_in(&req)?;
    let (id, org) = path.into_inner();
    let (id, org) = (id.get(), org.get());
    let project = managed(&state, &person, id).await?;
    let need_ids: Vec<i32> = state
        .db
        .read(move |conn| needs::of_project(conn, id))
        .await?
        .iter()
        .map(|n| n.need.id)
        .collect();
    let answers = match parse(&form.0, &need_ids) {
        Ok(a) => a,
        Err(typed) => {
            let mut p = page(
                ctx,
                &state,
                project,
                org,
                Some(typed),
                FormErrors::default(),
            )
            .await?;
            let message = p.ctx.ts("needs-error", "organisation", &p.organisation);
            p.errors.add("needs", message);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &p);
        }
    };
    let actor = person.id;
    let saved = state
        .db
        .write(move |conn| crate::app::needs::say_met(conn, id, org, &answers, actor, now))
        .await?;
    match saved {
        Ok(()) => Ok(back(id, "needs")),
        Err(NeedsRefusal::NotAPartner) => Err(AppError::NotFound),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn every_need_takes_one_answer() {
        let f = form(&[
            ("need-1", "fully"),
            ("need-2", "none"),
            ("need-3", "partly"),
        ]);
        assert_eq!(
            parse(&f, &[1, 2, 3]),
            Ok(vec![(1, NeedExtent::Fully), (3, NeedExtent::Partly)])
        );
    }

    #[test]
    fn a_missing_or_unknown_answer_is_refused_and_kept() {
        let f = form(&[("need-1", "fully"), ("need-2", "lots")]);
        let typed = parse(&f, &[1, 2]).unwrap_err();
        assert_eq!(typed.get(&2).map(String::as_str), Some("lots"));
        assert_eq!(typed.get(&1).map(String::as_str), Some("fully"));
        // A need added since the page was opened has no answer yet.
        assert!(parse(&form(&[("need-1", "none")]), &[1, 4]).is_err());
        // Answers about needs of other projects are ignored.
        assert_eq!(
            parse(&form(&[("need-1", "none"), ("need-9", "fully")]), &[1]),
            Ok(vec![])
        );
    }
}
