//! The kinds of message: how they register themselves, render and are stored.
//!
//! A message is stored in the outbox as its kind (`template`) and its data (JSON), and
//! rendered by the worker at send time in the recipient's language, so a message queued
//! before a translation fix goes out with the fix. Each kind has three askama templates
//! under `templates/email/<kind>/`: `subject.txt`, `body.txt` (extends
//! `email/layout.txt`) and `body.html` (extends `email/layout.html`).
//!
//! This module knows no kind but the few of the mail layer itself (the operator's test
//! message and a review decision): every kind is a data struct that implements
//! [`MailKind`] next to its templates, in the module the message belongs to (accounts in
//! [`super::accounts`], brokering in [`super::brokering`], notifications and digests in
//! `notify::mail`), and registers itself there with `register_mail!`. There is no
//! central list: the worker looks the stored kind up among the [`Registration`]s that
//! [`inventory`] collected ([`render_stored`]); a kind that nothing registers fails its
//! message for good (a dead letter that names the kind).
//!
//! To add a kind: in the module the message belongs to, a data struct (`Serialize`,
//! `Deserialize`), its three templates with their askama structs, an `impl MailKind` (its
//! `KIND`, which names the template folder; `render`, usually `Rendered::of` of the
//! three templates; `unsubscribe_path` when the message has a one-click unsubscribe
//! link) and `register_mail!(ThatMail);` beside it; then its name in the list of the
//! registry test below, and its texts in the six `email.ftl` files. A `KIND` is stored in
//! outbox rows: never rename one whose messages may still be queued, and keep the data
//! readable by rows queued before a change (a new field gets `#[serde(default)]`).

use askama::Template;
use chrono::NaiveDateTime;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::domain::Language;
use crate::i18n::{self, Arg};

/// A kind of message: data that the worker renders in the recipient's language.
///
/// Implemented next to the kind's templates and registered there with
/// `register_mail!`; queued with [`super::Email::new`].
pub trait MailKind: Serialize + DeserializeOwned + Send + Sync + 'static {
    /// The kind's name: stored in the outbox row (`template`) and naming its template
    /// folder (`templates/email/<KIND>/`).
    const KIND: &'static str;

    /// Renders subject, text and HTML (and any attachments) in `ctx`'s language.
    fn render(&self, ctx: &EmailCtx) -> Result<Rendered, askama::Error>;

    /// Path of the one-click unsubscribe link of the message, if it has one: the worker
    /// turns it into the `List-Unsubscribe` and `List-Unsubscribe-Post` headers
    /// (RFC 8058).
    fn unsubscribe_path(&self) -> Option<&str> {
        None
    }
}

/// The data of a message as the outbox stores it (JSON).
///
/// It goes through a `serde_json::Value`, which writes the keys in alphabetical order:
/// the very bytes that rows queued before kinds registered themselves hold.
pub fn to_data<K: MailKind>(mail: &K) -> Result<String, serde_json::Error> {
    serde_json::to_string(&serde_json::to_value(mail)?)
}

/// Reads stored data back as a kind's data.
pub fn from_data<K: MailKind>(data: &str) -> Result<K, serde_json::Error> {
    serde_json::from_str(data)
}

/// A kind as the worker knows it: its name and how to render its stored data. Made by
/// `register_mail!` and collected by [`inventory`].
#[derive(Debug)]
pub struct Registration {
    /// The kind's name ([`MailKind::KIND`]).
    pub kind: &'static str,
    /// Reads the stored data (JSON) and renders it with its headers; the error says why
    /// the message cannot be sent (the row's `last_error`).
    pub render: fn(&str, &EmailCtx) -> Result<RenderedMail, String>,
}

impl Registration {
    /// The registration of kind `K`.
    pub const fn of<K: MailKind>() -> Registration {
        Registration {
            kind: K::KIND,
            render: render_data::<K>,
        }
    }
}

inventory::collect!(Registration);

/// Registers kinds of message with the worker, beside their `impl MailKind`:
/// `register_mail!(InvitationMail, VerificationMail);`.
macro_rules! register_mail {
    ($($kind:ty),+ $(,)?) => {
        $(
            ::inventory::submit! {
                $crate::email::messages::Registration::of::<$kind>()
            }
        )+
    };
}
pub(crate) use register_mail;

/// Every registered kind, in no particular order.
pub fn registrations() -> impl Iterator<Item = &'static Registration> {
    inventory::iter::<Registration>.into_iter()
}

/// The registration of the kind named `kind`.
pub fn registration(kind: &str) -> Option<&'static Registration> {
    registrations().find(|r| r.kind == kind)
}

/// Renders a stored message (kind and JSON data, as read from its outbox row) in `ctx`'s
/// language. The error says why it cannot be sent: a kind that no module registers, data
/// its kind cannot read, or a template that failed.
pub fn render_stored(kind: &str, data: &str, ctx: &EmailCtx) -> Result<RenderedMail, String> {
    let registration = registration(kind).ok_or_else(|| {
        format!("unknown message kind {kind:?}: no kind of that name is registered")
    })?;
    (registration.render)(data, ctx)
}

/// [`Registration::render`] of kind `K`.
fn render_data<K: MailKind>(data: &str, ctx: &EmailCtx) -> Result<RenderedMail, String> {
    let mail: K = from_data(data).map_err(|e| format!("unreadable message data: {e}"))?;
    let message = mail
        .render(ctx)
        .map_err(|e| format!("the {} template failed: {e}", K::KIND))?;
    Ok(RenderedMail {
        message,
        headers: extra_headers(mail.unsubscribe_path(), ctx),
    })
}

/// Headers of a message besides the ones every message has, as (name, value):
/// `List-Unsubscribe: <https://…/unsubscribe/{token}>` and
/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` for a message with an unsubscribe
/// link.
fn extra_headers(unsubscribe_path: Option<&str>, ctx: &EmailCtx) -> Vec<(&'static str, String)> {
    match unsubscribe_path {
        Some(path) => vec![
            ("List-Unsubscribe", format!("<{}>", ctx.url(path))),
            (
                "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click".to_owned(),
            ),
        ],
        None => Vec::new(),
    }
}

/// A stored message rendered for sending: its parts and its own headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedMail {
    /// Subject, text, HTML and attachments.
    pub message: Rendered,
    /// Headers besides the ones every message has, as (name, value), e.g.
    /// `List-Unsubscribe`.
    pub headers: Vec<(&'static str, String)>,
}

/// What every email template receives: the recipient's language and the public address.
#[derive(Debug, Clone)]
pub struct EmailCtx {
    /// The recipient's language.
    pub lang: Language,
    /// `PFP_BASE_URL`, without a trailing slash.
    pub base_url: String,
}

impl EmailCtx {
    /// Translates a key.
    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    /// Translates a key with one text argument.
    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        i18n::t_args(self.lang, key, &[(name, Arg::Str(value))])
    }

    /// Translates a key with a number argument (plural forms).
    pub fn tn(&self, key: &str, name: &'static str, value: i64) -> String {
        i18n::t_args(self.lang, key, &[(name, Arg::Num(value))])
    }

    /// "Hello Ana," with the recipient's name.
    pub fn greet(&self, name: &str) -> String {
        self.t1("email-greeting-name", "name", name)
    }

    /// An absolute link to a path of the site (mail is read far from the site).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// BCP 47 code of the recipient's language.
    pub fn lang_code(&self) -> &'static str {
        self.lang.code()
    }

    /// `ltr` or `rtl`.
    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }
}

/// A rendered message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// One line.
    pub subject: String,
    /// The text/plain part.
    pub text: String,
    /// The text/html part.
    pub html: String,
    /// Files sent along (e.g. a meeting's `.ics`); none for most kinds.
    pub attachments: Vec<Attachment>,
}

/// A file sent along with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// File name offered to the reader.
    pub filename: String,
    /// Full MIME type with its parameters, e.g. `text/calendar; charset=utf-8; method=REQUEST`.
    pub content_type: String,
    /// The content (text).
    pub body: String,
}

impl Rendered {
    /// Renders the three templates of a kind (no attachments).
    pub(crate) fn of(
        subject: impl Template,
        text: impl Template,
        html: impl Template,
    ) -> Result<Rendered, askama::Error> {
        // A subject is one header line: newlines from the template would break it.
        let subject = subject
            .render()?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        Ok(Rendered {
            subject,
            text: text.render()?,
            html: html.render()?,
            attachments: Vec::new(),
        })
    }
}

/// Data of the test message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestMail {
    /// When the operator asked for it (UTC).
    pub requested_at: NaiveDateTime,
}

impl TestMail {
    /// The request time as shown in the message.
    pub fn requested(&self) -> String {
        self.requested_at.format("%Y-%m-%d %H:%M UTC").to_string()
    }
}

impl MailKind for TestMail {
    const KIND: &'static str = "test";

    fn render(&self, ctx: &EmailCtx) -> Result<Rendered, askama::Error> {
        Rendered::of(
            TestSubject { ctx, data: self },
            TestText { ctx, data: self },
            TestHtml { ctx, data: self },
        )
    }
}

register_mail!(TestMail);

/// Subject of the test message.
#[derive(Template)]
#[template(path = "email/test/subject.txt")]
struct TestSubject<'a> {
    ctx: &'a EmailCtx,
    #[allow(dead_code)]
    data: &'a TestMail,
}

/// Text part of the test message.
#[derive(Template)]
#[template(path = "email/test/body.txt")]
struct TestText<'a> {
    ctx: &'a EmailCtx,
    data: &'a TestMail,
}

/// HTML part of the test message.
#[derive(Template)]
#[template(path = "email/test/body.html")]
struct TestHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a TestMail,
}

/// Data of a review decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewDecisionMail {
    /// The recipient's name.
    pub name: String,
    /// The project's title, as written.
    pub title: String,
    /// Language the title is written in.
    pub title_lang: String,
    /// What the reviewer decided.
    pub decision: crate::domain::ReviewDecision,
    /// The reviewer's comments or reason (may be empty for an endorsement).
    pub comments: String,
    /// Path of the project's page.
    pub path: String,
}

impl ReviewDecisionMail {
    /// The subject line: what was decided, with the title.
    pub fn subject(&self, ctx: &EmailCtx) -> String {
        ctx.t1(
            &format!("email-review-subject-{}", self.decision.code()),
            "title",
            &self.title,
        )
    }

    /// What the decision means for the owners.
    pub fn lead(&self, ctx: &EmailCtx) -> String {
        ctx.t1(
            &format!("email-review-lead-{}", self.decision.code()),
            "title",
            &self.title,
        )
    }

    /// Direction of the title's language.
    pub fn title_dir(&self) -> &'static str {
        if self.title_lang == "ar" {
            "rtl"
        } else {
            "ltr"
        }
    }
}

impl MailKind for ReviewDecisionMail {
    const KIND: &'static str = "review_decision";

    fn render(&self, ctx: &EmailCtx) -> Result<Rendered, askama::Error> {
        Rendered::of(
            ReviewDecisionSubject { ctx, data: self },
            ReviewDecisionText { ctx, data: self },
            ReviewDecisionHtml { ctx, data: self },
        )
    }
}

register_mail!(ReviewDecisionMail);

/// Subject of a review decision.
#[derive(Template)]
#[template(path = "email/review_decision/subject.txt")]
struct ReviewDecisionSubject<'a> {
    ctx: &'a EmailCtx,
    data: &'a ReviewDecisionMail,
}

/// Text part of a review decision.
#[derive(Template)]
#[template(path = "email/review_decision/body.txt")]
struct ReviewDecisionText<'a> {
    ctx: &'a EmailCtx,
    data: &'a ReviewDecisionMail,
}

/// HTML part of a review decision.
#[derive(Template)]
#[template(path = "email/review_decision/body.html")]
struct ReviewDecisionHtml<'a> {
    ctx: &'a EmailCtx,
    data: &'a ReviewDecisionMail,
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for the tests of every module that defines kinds.

    use super::*;

    /// A context in `lang` with the public address `https://pfp.example.org`.
    pub(crate) fn ctx(lang: Language) -> EmailCtx {
        EmailCtx {
            lang,
            base_url: "https://pfp.example.org".into(),
        }
    }

    /// `mail` as its outbox row stores it, (kind, data), after checking that the data
    /// reads back as `mail`.
    pub(crate) fn stored<K: MailKind + PartialEq + std::fmt::Debug>(
        mail: &K,
    ) -> (&'static str, String) {
        let data = to_data(mail).unwrap();
        assert_eq!(&from_data::<K>(&data).unwrap(), mail, "{data}");
        (K::KIND, data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of message, as stored in outbox rows and naming template folders.
    const KINDS: [&str; 14] = [
        "test",
        "invitation",
        "verification",
        "registration_attempt",
        "password_reset",
        "introduction",
        "introduction_outcome",
        "interest",
        "interest_outcome",
        "meeting",
        "review_decision",
        "notification",
        "digest",
        "link_renewal",
    ];

    fn test_mail() -> TestMail {
        TestMail {
            requested_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 29)
                .and_then(|d| d.and_hms_opt(9, 30, 0))
                .unwrap(),
        }
    }

    #[test]
    fn every_kind_is_registered_exactly_once_and_has_its_templates() {
        let mut registered: Vec<&str> = registrations().map(|r| r.kind).collect();
        registered.sort_unstable();
        let mut expected = KINDS.to_vec();
        expected.sort_unstable();
        assert_eq!(
            registered, expected,
            "registered kinds (a duplicate shows twice)"
        );
        for kind in KINDS {
            assert_eq!(registration(kind).map(|r| r.kind), Some(kind));
            for part in ["subject.txt", "body.txt", "body.html"] {
                let path = format!(
                    "{}/templates/email/{kind}/{part}",
                    env!("CARGO_MANIFEST_DIR")
                );
                assert!(std::path::Path::new(&path).is_file(), "{path}");
            }
        }
    }

    #[test]
    fn content_survives_the_round_trip_through_the_row() {
        let (kind, data) = testing::stored(&test_mail());
        assert_eq!(kind, "test");
        // The stored bytes are those of rows queued before kinds registered themselves.
        assert_eq!(data, r#"{"requested_at":"2026-11-29T09:30:00"}"#);
        assert!(render_stored(kind, &data, &testing::ctx(Language::En)).is_ok());
        // Keys are written in alphabetical order, as they always were.
        let review = ReviewDecisionMail {
            name: "Ana".into(),
            title: "T".into(),
            title_lang: "en".into(),
            decision: crate::domain::ReviewDecision::Endorse,
            comments: String::new(),
            path: "/projects/1".into(),
        };
        let (kind, data) = testing::stored(&review);
        assert_eq!(kind, "review_decision");
        assert_eq!(
            data,
            r#"{"comments":"","decision":"endorse","name":"Ana","path":"/projects/1","title":"T","title_lang":"en"}"#
        );
    }

    #[test]
    fn a_stored_message_that_cannot_be_rendered_says_why() {
        let ctx = testing::ctx(Language::En);
        let data = to_data(&test_mail()).unwrap();
        let unknown = render_stored("no_such_kind", &data, &ctx).unwrap_err();
        assert!(
            unknown.contains("unknown message kind") && unknown.contains("no_such_kind"),
            "{unknown}"
        );
        let unreadable = render_stored("test", r#"{"requested":1}"#, &ctx).unwrap_err();
        assert!(
            unreadable.starts_with("unreadable message data: "),
            "{unreadable}"
        );
        // Data of one kind is not another's.
        assert!(render_stored("invitation", &data, &ctx).is_err());
    }

    #[test]
    fn only_messages_with_an_unsubscribe_link_get_list_headers() {
        let ctx = testing::ctx(Language::En);
        let r = render_stored("test", &to_data(&test_mail()).unwrap(), &ctx).unwrap();
        assert!(r.headers.is_empty());
        assert_eq!(
            extra_headers(Some("/unsubscribe/abc"), &ctx),
            vec![
                (
                    "List-Unsubscribe",
                    "<https://pfp.example.org/unsubscribe/abc>".to_owned()
                ),
                (
                    "List-Unsubscribe-Post",
                    "List-Unsubscribe=One-Click".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn every_language_renders_both_parts_with_absolute_links() {
        for lang in Language::ALL {
            let ctx = EmailCtx {
                lang,
                base_url: "https://pfp.example.org".into(),
            };
            let r = render_stored("test", &to_data(&test_mail()).unwrap(), &ctx)
                .unwrap()
                .message;
            assert!(!r.subject.is_empty() && !r.subject.contains('\n'));
            assert!(!r.subject.starts_with("email-"), "{lang}: {}", r.subject);
            assert!(r.text.contains("https://pfp.example.org/"), "{lang}");
            assert!(r.text.contains("2026-11-29 09:30 UTC"), "{lang}");
            assert!(
                r.html.contains(&format!(
                    "<html lang=\"{}\" dir=\"{}\">",
                    lang.code(),
                    lang.dir()
                )),
                "{lang}"
            );
            assert!(
                r.html.contains("href=\"https://pfp.example.org/\""),
                "{lang}"
            );
            for part in [&r.subject, &r.text, &r.html] {
                assert!(!part.contains("email-"), "{lang}: a key shows: {part}");
            }
        }
    }

    #[test]
    fn the_six_email_files_have_the_same_keys() {
        fn keys(ftl: &str) -> Vec<&str> {
            let mut k: Vec<&str> = ftl
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                .filter_map(|l| l.split(" =").next())
                .collect();
            k.sort_unstable();
            k
        }
        let en = keys(include_str!("../i18n/locales/en/email.ftl"));
        assert!(en.len() > 10);
        let others = [
            ("fr", include_str!("../i18n/locales/fr/email.ftl")),
            ("es", include_str!("../i18n/locales/es/email.ftl")),
            ("ar", include_str!("../i18n/locales/ar/email.ftl")),
            ("zh", include_str!("../i18n/locales/zh/email.ftl")),
            ("ru", include_str!("../i18n/locales/ru/email.ftl")),
        ];
        for (lang, ftl) in others {
            assert_eq!(keys(ftl), en, "{lang}/email.ftl");
        }
        // And every key resolves in its own language (no fallback to English).
        for lang in Language::ALL {
            for key in en
                .iter()
                .filter(|k| !k.ends_with("-body") && !k.ends_with("-count"))
            {
                assert!(i18n::has_key(lang, key), "{lang} lacks {key}");
            }
        }
    }
}
