//! The mail outbox as `pfp mail status` shows it, and `pfp mail retry` as a button.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::db::queries::people::{AuditEntry, audit};
use crate::domain::policy::Action;
use crate::email::outbox::{self, Requeue};
use crate::i18n::{self, Arg};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::extract::permitted as administrator;
use crate::web::respond::{html as render, see_other};
use crate::web::views::Ctx;
use crate::web::views::admin::MailPage;
use crate::web::views::parts::FormErrors;

/// Dead letters listed at most.
const DEAD_LIMIT: i64 = 100;

/// Query parameters of `/admin/mail`.
#[derive(Debug, Default, Deserialize)]
pub struct MailQuery {
    requeued: Option<String>,
}

async fn mail_page(state: &web::Data<AppState>, ctx: Ctx) -> Result<MailPage, AppError> {
    let (counts, dead) = state
        .db
        .read(|conn| {
            Ok((
                outbox::counts(conn)?,
                outbox::dead_letters(conn, DEAD_LIMIT)?,
            ))
        })
        .await?;
    Ok(MailPage {
        ctx,
        counts,
        dead,
        errors: FormErrors::default(),
        notice: None,
    })
}

/// `GET /admin/mail`: messages per status, and the dead letters with their last error.
pub async fn show(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
    query: web::Query<MailQuery>,
) -> Result<HttpResponse, AppError> {
    administrator(&req, Action::ManageMail)?;
    let requeued = query
        .requeued
        .as_deref()
        .and_then(|n| n.parse::<i64>().ok())
        .filter(|n| *n >= 0);
    let mut page = mail_page(&state, ctx).await?;
    page.notice = requeued.map(|n| {
        i18n::t_args(
            page.ctx.lang,
            "admin-mail-requeued",
            &[("count", Arg::Num(n))],
        )
    });
    render(StatusCode::OK, &page)
}

/// The retry form: one dead letter (`id`) or all of them (`all=yes`).
#[derive(Debug, Deserialize)]
pub struct RetryForm {
    #[serde(default)]
    id: String,
    #[serde(default)]
    all: String,
}

/// `POST /admin/mail/retry`: queues dead letters again with a fresh count of attempts.
pub async fn retry(
    form: CsrfForm<RetryForm>,
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let now = state.now();
    let me = administrator(&req, Action::ManageMail)?;
    let form = form.0;
    let which = if !form.id.trim().is_empty() {
        match form.id.trim().parse::<i64>() {
            Ok(id) if id > 0 => Some(Requeue::Id(id)),
            _ => None,
        }
    } else if form.all == "yes" {
        Some(Requeue::AllDead)
    } else {
        None
    };
    let Some(which) = which else {
        let mut page = mail_page(&state, ctx).await?;
        page.errors
            .add("retry", page.ctx.t("admin-mail-error-which").to_owned());
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let actor = me.id;
    let n = state
        .db
        .write(move |conn| {
            let n = outbox::retry(conn, which, now)?;
            if n > 0 {
                let (subject_id, after) = match which {
                    Requeue::Id(id) => (i32::try_from(id).ok(), format!("status=pending; id={id}")),
                    Requeue::AllDead => (None, format!("status=pending; messages={n}")),
                };
                audit(
                    conn,
                    &AuditEntry {
                        person_id: Some(actor),
                        action: "mail.retried",
                        subject_type: "mail",
                        subject_id,
                        before: "status=dead",
                        after: &after,
                        public: false,
                    },
                    now,
                )?;
            }
            Ok(n)
        })
        .await?;
    if n == 0 && matches!(which, Requeue::Id(_)) {
        let mut page = mail_page(&state, ctx).await?;
        page.errors
            .add("retry", page.ctx.t("admin-mail-error-gone").to_owned());
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    Ok(see_other(format!("/admin/mail?requeued={n}")))
}
