//! The audit log: who changed what and when, newest first, with filters.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDate;
use serde::Deserialize;

use crate::db::queries::audit::{self, AUDIT_PAGE_SIZE, AuditFilter};
use crate::domain::policy::Action;
use crate::domain::search::Page;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::permitted as administrator;
use crate::web::respond::html as render;
use crate::web::views::Ctx;
use crate::web::views::admin::{AuditFilterForm, AuditPage};
use crate::web::views::parts::{FormErrors, Pager};

/// Query parameters of `/admin/audit`.
#[derive(Debug, Default, Deserialize)]
pub struct AuditQuery {
    person: Option<String>,
    action: Option<String>,
    subject_type: Option<String>,
    subject_id: Option<String>,
    from: Option<String>,
    to: Option<String>,
    page: Option<String>,
}

/// A value as typed, trimmed and bounded (for showing it back).
fn typed(raw: &Option<String>, max: usize) -> String {
    raw.as_deref()
        .unwrap_or("")
        .trim()
        .chars()
        .take(max)
        .collect()
}

/// An optional id: empty is none; otherwise a positive whole number.
fn optional_id(raw: &str) -> Result<Option<i32>, ()> {
    if raw.is_empty() {
        return Ok(None);
    }
    raw.parse::<i32>()
        .ok()
        .filter(|n| *n > 0)
        .map(Some)
        .ok_or(())
}

/// An optional day as `YYYY-MM-DD` (what `<input type="date">` sends).
fn optional_day(raw: &str) -> Result<Option<NaiveDate>, ()> {
    if raw.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| ())
}

/// Parses the filter; on refusal, the problems to show beside the fields.
fn parse(ctx: &Ctx, form: &AuditFilterForm) -> Result<AuditFilter, FormErrors> {
    let mut errors = FormErrors::default();
    let person = optional_id(&form.person);
    let subject_id = optional_id(&form.subject_id);
    let from = optional_day(&form.from);
    let to = optional_day(&form.to);
    if person.is_err() {
        errors.add("person", ctx.t("admin-audit-error-person").to_owned());
    }
    if subject_id.is_err() {
        // Only links carry it: report it with the filters' first field.
        errors.add("person", ctx.t("admin-audit-error-subject").to_owned());
    }
    if from.is_err() {
        errors.add("from", ctx.t("admin-audit-error-date").to_owned());
    }
    if to.is_err() {
        errors.add("to", ctx.t("admin-audit-error-date").to_owned());
    }
    if let (Ok(Some(f)), Ok(Some(t))) = (from, to)
        && f > t
    {
        errors.add("from", ctx.t("admin-audit-error-range").to_owned());
    }
    match (person, subject_id, from, to) {
        (Ok(person), Ok(subject_id), Ok(from), Ok(to)) if errors.is_empty() => Ok(AuditFilter {
            person,
            action: (!form.action.is_empty()).then(|| form.action.clone()),
            subject_type: (!form.subject_type.is_empty()).then(|| form.subject_type.clone()),
            subject_id,
            from,
            to,
        }),
        _ => Err(errors),
    }
}

/// `GET /admin/audit`: a filter that cannot be applied (a malformed date, `from` after
/// `to`) answers 400 with the form, its values and what to correct.
pub async fn list(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    administrator(&req, Action::ViewAudit)?;
    let form = AuditFilterForm {
        person: typed(&query.person, 20),
        action: typed(&query.action, 100),
        subject_type: typed(&query.subject_type, 100),
        subject_id: typed(&query.subject_id, 20),
        from: typed(&query.from, 20),
        to: typed(&query.to, 20),
    };
    let page = Page::parse(query.page.as_deref())
        .map_err(|_| AppError::bad("page", query.page.clone().unwrap_or_default()))?;
    let filter = parse(&ctx, &form);
    let wanted = filter.clone().ok();
    let (choices, found) = state
        .db
        .read(move |conn| {
            let choices = audit::choices(conn)?;
            let found = match wanted {
                Some(f) => Some(audit::list(conn, &f, page)?),
                None => None,
            };
            Ok((choices, found))
        })
        .await?;
    let (items, total) = found.unwrap_or_default();
    let pager = Pager::new(
        "/admin/audit",
        &[
            ("person", &form.person),
            ("action", &form.action),
            ("subject_type", &form.subject_type),
            ("subject_id", &form.subject_id),
            ("from", &form.from),
            ("to", &form.to),
        ],
        page.number(),
        Page::count(total, AUDIT_PAGE_SIZE),
    );
    let (status, errors) = match filter {
        Ok(_) => (StatusCode::OK, FormErrors::default()),
        Err(errors) => (StatusCode::BAD_REQUEST, errors),
    };
    render(
        status,
        &AuditPage {
            ctx,
            form,
            choices,
            errors,
            items,
            total,
            pager,
        },
    )
}
