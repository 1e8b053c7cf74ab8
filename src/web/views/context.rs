//! The page context every template receives: language, current address, translation
//! helpers and labels of codes.

use std::future::{Ready, ready};

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};

use crate::domain::Language;
use crate::i18n::{self, Arg};
use crate::web::AppState;

/// What every page needs to render.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// Interface language.
    pub lang: Language,
    /// Path of the request (for the language switcher and the current navigation item).
    pub path: String,
    /// Query string without `lang=`, kept by the language switcher.
    pub query: String,
    /// Demo mode.
    pub demo: bool,
    /// The signed-in person, if any.
    pub person: Option<crate::web::session::SignedIn>,
    /// The CSRF token every form of this page carries.
    pub csrf: String,
}

impl Ctx {
    /// Builds the context of a request.
    pub fn of(req: &HttpRequest) -> Ctx {
        let lang = req
            .extensions()
            .get::<crate::web::locale::ChosenLanguage>()
            .map(|c| c.0)
            .unwrap_or_else(|| crate::web::locale::choose_language(req));
        let query = req
            .query_string()
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("lang="))
            .collect::<Vec<_>>()
            .join("&");
        let demo = req
            .app_data::<web::Data<AppState>>()
            .is_some_and(|s| s.settings.demo);
        Ctx {
            lang,
            path: req.path().to_owned(),
            query,
            demo,
            person: crate::web::session::signed_in(req),
            csrf: req
                .extensions()
                .get::<crate::web::session::CsrfToken>()
                .map(|t| t.0.clone())
                .unwrap_or_default(),
        }
    }

    /// Translates a key.
    pub fn t(&self, key: &str) -> &'static str {
        i18n::t_static(self.lang, key)
    }

    /// Translates a key with a `count` argument (plural forms).
    pub fn tn(&self, key: &str, count: &i64) -> String {
        i18n::t_args(self.lang, key, &[("count", Arg::Num(*count))])
    }

    /// Translates a key with one text argument.
    pub fn ts(&self, key: &str, name: &'static str, value: &str) -> String {
        i18n::t_args(self.lang, key, &[(name, Arg::Str(value))])
    }

    /// BCP 47 code of the interface language.
    pub fn lang_code(&self) -> &'static str {
        self.lang.code()
    }

    /// `ltr` or `rtl`.
    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }

    /// The six languages, for the switcher.
    pub fn languages(&self) -> [Language; 6] {
        Language::ALL
    }

    /// This page in another language.
    pub fn switch_url(&self, lang: &Language) -> String {
        if self.query.is_empty() {
            format!("{}?lang={}", self.path, lang.code())
        } else {
            format!("{}?{}&lang={}", self.path, self.query, lang.code())
        }
    }

    /// ` aria-current="page"` on the navigation item of the section being shown.
    pub fn current(&self, section: &str) -> askama::filters::Safe<&'static str> {
        let here = if section == "/" {
            self.path == "/"
        } else {
            self.path == section || self.path.starts_with(&format!("{section}/"))
        };
        askama::filters::Safe(if here { " aria-current=\"page\"" } else { "" })
    }

    /// Label of a code: `label("stage", "design")` → "Design" in the interface language.
    pub fn label(&self, list: &str, code: &str) -> &'static str {
        i18n::t_static(self.lang, &format!("{list}-{code}"))
    }

    /// A date in the interface language ("10 November 2010").
    pub fn date(&self, d: &chrono::NaiveDate) -> String {
        i18n::format::date(self.lang, *d)
    }

    /// The day of a stored timestamp (UTC) in the interface language.
    pub fn day(&self, t: &chrono::NaiveDateTime) -> String {
        self.date(&t.date())
    }

    /// A whole number with the language's digit grouping.
    pub fn number(&self, n: &i64) -> String {
        i18n::format::number(self.lang, *n)
    }

    /// A month in the interface language ("November 2010").
    pub fn month(&self, m: &crate::domain::brokering_outcomes::Month) -> String {
        i18n::format::month(self.lang, m.year, m.month)
    }

    /// A published count: the number, or "fewer than 3" when it is withheld.
    pub fn count(&self, c: &crate::domain::brokering_outcomes::Count) -> String {
        match c.value() {
            Some(n) => self.number(&n),
            None => self.t("open-brokering-withheld").to_owned(),
        }
    }

    /// A number of days given in tenths ("3.5").
    pub fn tenths(&self, t: &crate::domain::brokering_outcomes::Tenths) -> String {
        i18n::format::tenths(self.lang, t.0)
    }

    /// Direction of content written in `lang` (user content keeps its language).
    pub fn dir_of(&self, lang: &str) -> &'static str {
        if lang == "ar" { "rtl" } else { "ltr" }
    }
}

impl FromRequest for Ctx {
    type Error = actix_web::Error;
    type Future = Ready<Result<Ctx, actix_web::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Ctx::of(req)))
    }
}

impl Ctx {
    /// Whether whoever is looking may do `action` (templates show buttons by it).
    pub fn can(&self, action: crate::domain::policy::Action) -> bool {
        let role = self
            .person
            .as_ref()
            .map_or(crate::domain::Role::Visitor, |p| p.role);
        crate::domain::policy::allows(role, action)
    }

    /// ` selected` when an option's value is the chosen one (for `<option>`).
    pub fn sel(&self, chosen: &str, value: &str) -> &'static str {
        if chosen == value { " selected" } else { "" }
    }

    /// Whether `lang` is the interface language.
    pub fn is_lang(&self, lang: &Language) -> bool {
        *lang == self.lang
    }
}
