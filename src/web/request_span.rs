//! The root span of every request, as `tracing-actix-web` makes it but with a target that
//! never carries a secret: the personal links (`/reply/{token}`, `/join/{token}`,
//! `/verify/{token}`, `/password/reset/{token}`, `/unsubscribe/{token}`) and the private
//! calendar feed (`/calendar/{token}.ics`) are logged by their route, and a query
//! parameter whose name says token or password by its name only. Anyone who reads the
//! logs could otherwise answer an introduction, take over an account or read a calendar.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::{Error, HttpMessage};
use tracing::Span;
use tracing_actix_web::{DefaultRootSpanBuilder, RequestId, RootSpanBuilder};

/// The root span builder of [`tracing_actix_web::TracingLogger`] used by the server.
pub struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let route = request.match_pattern();
        let target = redacted_target(route.as_deref(), request.path(), request.query_string());
        let request_id = request
            .extensions()
            .get::<RequestId>()
            .map(ToString::to_string)
            .unwrap_or_default();
        let user_agent = request
            .headers()
            .get(actix_web::http::header::USER_AGENT)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("");
        tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = %route.as_deref().unwrap_or("default"),
            http.target = %target,
            http.user_agent = %user_agent,
            http.status_code = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
            request_id = %request_id,
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

/// Whether a route placeholder or a query parameter named `name` holds a secret.
fn secret(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.contains("token") || name.contains("password") || name.contains("secret")
}

/// What is logged of a request for `path?query` matched to `route`: the route itself
/// when one of its placeholders is a secret, and secret query values left out.
fn redacted_target(route: Option<&str>, path: &str, query: &str) -> String {
    let path = match route {
        Some(r)
            if r.split('{')
                .skip(1)
                .any(|p| secret(p.split('}').next().unwrap_or(""))) =>
        {
            r
        }
        _ => path,
    };
    if query.is_empty() {
        return path.to_owned();
    }
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, _)) if secret(k) => format!("{k}=…"),
            _ => pair.to_owned(),
        })
        .collect();
    format!("{path}?{}", query.join("&"))
}

#[cfg(test)]
mod tests {
    use super::redacted_target;

    #[test]
    fn a_secret_in_the_path_is_logged_as_its_route() {
        let token = "ab".repeat(32);
        assert_eq!(
            redacted_target(Some("/reply/{token}"), &format!("/reply/{token}"), ""),
            "/reply/{token}"
        );
        assert_eq!(
            redacted_target(
                Some("/calendar/{token}.ics"),
                &format!("/calendar/{token}.ics"),
                ""
            ),
            "/calendar/{token}.ics"
        );
        assert_eq!(
            redacted_target(
                Some("/reply/{token}/accept"),
                &format!("/reply/{token}/accept"),
                "answer=accept"
            ),
            "/reply/{token}/accept?answer=accept"
        );
    }

    #[test]
    fn other_paths_and_queries_are_logged_as_they_are_but_secrets() {
        assert_eq!(
            redacted_target(Some("/projects/{id}"), "/projects/7", "lang=fr"),
            "/projects/7?lang=fr"
        );
        assert_eq!(redacted_target(None, "/nowhere", ""), "/nowhere");
        assert_eq!(
            redacted_target(None, "/x", "csrf_token=abc&next=/home&Password=p"),
            "/x?csrf_token=…&next=/home&Password=…"
        );
    }
}
