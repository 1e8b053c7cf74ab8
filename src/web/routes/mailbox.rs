//! `/dev/mailbox`: the mail the file transport wrote, for people developing or trying the
//! platform without a mail server. Registered only in demo mode (see `startup`), so an
//! installation with demo mode off answers 404 here.
//!
//! The HTML part is ours but is still served apart, under its own strict CSP (no scripts,
//! a sandboxed origin), rather than mixed into a page.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use askama::Template;
use askama_web::WebTemplate;

use crate::email::mailbox::{self, MailboxEntry, MailboxMessage};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::views::Ctx;

/// Adds the mailbox routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/dev/mailbox", web::get().to(list))
        .route("/dev/mailbox/{name}", web::get().to(show))
        .route("/dev/mailbox/{name}/html", web::get().to(html_part))
        .route("/dev/mailbox/{name}/raw", web::get().to(raw))
        .route(
            "/dev/mailbox/{name}/attachments/{n}",
            web::get().to(attachment),
        );
}

/// `/dev/mailbox`
#[derive(Template, WebTemplate)]
#[template(path = "email/mailbox/list.html")]
pub struct MailboxPage {
    /// Page context.
    pub ctx: Ctx,
    /// The newest messages.
    pub entries: Vec<MailboxEntry>,
    /// All messages in the folder.
    pub total: i64,
}

/// `/dev/mailbox/{name}`
#[derive(Template, WebTemplate)]
#[template(path = "email/mailbox/show.html")]
pub struct MailboxMessagePage {
    /// Page context.
    pub ctx: Ctx,
    /// The message.
    pub message: MailboxMessage,
    /// The text part as paragraphs of lines: shown as text that wraps, which a `<pre>`
    /// would not, and keeps its line breaks.
    pub paragraphs: Vec<Vec<String>>,
}

/// `GET /dev/mailbox`
pub async fn list(ctx: Ctx, state: web::Data<AppState>) -> Result<MailboxPage, AppError> {
    let dir = crate::email::mailbox_dir(&state.settings);
    let (entries, total) = web::block(move || mailbox::list(&dir))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(MailboxPage {
        ctx,
        entries,
        total: i64::try_from(total).unwrap_or(i64::MAX),
    })
}

async fn load(state: &AppState, name: String) -> Result<MailboxMessage, AppError> {
    let dir = crate::email::mailbox_dir(&state.settings);
    web::block(move || mailbox::read(&dir, &name))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?
        .ok_or(AppError::NotFound)
}

/// `GET /dev/mailbox/{name}`
pub async fn show(
    ctx: Ctx,
    state: web::Data<AppState>,
    name: web::Path<String>,
) -> Result<MailboxMessagePage, AppError> {
    let message = load(&state, name.into_inner()).await?;
    let paragraphs = message.text.as_deref().map(paragraphs).unwrap_or_default();
    Ok(MailboxMessagePage {
        ctx,
        message,
        paragraphs,
    })
}

/// Splits text at blank lines into paragraphs of lines.
fn paragraphs(text: &str) -> Vec<Vec<String>> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|p| p.lines().map(str::to_owned).collect::<Vec<_>>())
        .filter(|p| !p.is_empty())
        .collect()
}

/// `GET /dev/mailbox/{name}/html`: the HTML part alone, sandboxed.
pub async fn html_part(
    state: web::Data<AppState>,
    name: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let message = load(&state, name.into_inner()).await?;
    let html = message.html.ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        // Inline styles are how email is styled; nothing else may load or run.
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
             form-action 'none'; base-uri 'none'; frame-ancestors 'none'; sandbox",
        ))
        .body(html))
}

/// `GET /dev/mailbox/{name}/raw`: the `.eml` file, as a download.
pub async fn raw(
    state: web::Data<AppState>,
    name: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let name = name.into_inner();
    let message = load(&state, name.clone()).await?;
    Ok(HttpResponse::Ok()
        .content_type("message/rfc822")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}.eml\""),
        ))
        .body(message.raw))
}

/// `GET /dev/mailbox/{name}/attachments/{n}`: the `n`th file of a message (from 1), as a
/// download (never shown inline: it is whatever the message carried).
pub async fn attachment(
    state: web::Data<AppState>,
    path: web::Path<(String, usize)>,
) -> Result<HttpResponse, AppError> {
    let (name, n) = path.into_inner();
    let message = load(&state, name).await?;
    let a = n
        .checked_sub(1)
        .and_then(|i| message.attachments.into_iter().nth(i))
        .ok_or(AppError::NotFound)?;
    let filename: String = a
        .filename
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .collect();
    let filename = if filename.is_empty() {
        format!("attachment-{n}")
    } else {
        filename
    };
    Ok(HttpResponse::Ok()
        .content_type("application/octet-stream")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        ))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .body(a.body))
}
