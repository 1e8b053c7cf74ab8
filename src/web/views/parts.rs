//! Small parts many pages share: the pager of a list and the problems of a refused form.

use super::Ctx;

/// Previous/next links of a paged list.
#[derive(Debug, Clone)]
pub struct Pager {
    /// Current page.
    pub page: u32,
    /// Number of pages.
    pub pages: u32,
    /// Address of the previous page.
    pub prev: Option<String>,
    /// Address of the next page.
    pub next: Option<String>,
}

impl Pager {
    /// Links for `page` of `pages` on `path`, keeping the other query parameters.
    pub fn new(path: &str, params: &[(&str, &str)], page: u32, pages: u32) -> Pager {
        let url = |n: u32| {
            let mut pairs: Vec<(&str, String)> = params
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| (*k, (*v).to_owned()))
                .collect();
            if n > 1 {
                pairs.push(("page", n.to_string()));
            }
            let query = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(pairs)
                .finish();
            if query.is_empty() {
                path.to_owned()
            } else {
                format!("{path}?{query}")
            }
        };
        Pager {
            page,
            pages,
            prev: (page > 1).then(|| url(page.min(pages + 1) - 1)),
            next: (page < pages).then(|| url(page + 1)),
        }
    }

    /// "Page 2 of 5".
    pub fn label(&self, ctx: &Ctx) -> String {
        crate::i18n::t_args(
            ctx.lang,
            "page-of",
            &[
                ("page", crate::i18n::Arg::Num(i64::from(self.page))),
                ("pages", crate::i18n::Arg::Num(i64::from(self.pages))),
            ],
        )
    }
}

/// A problem with one field of a form, shown in the summary and beside the field.
#[derive(Debug, Clone)]
pub struct FieldError {
    /// The field's `id`, for the summary's link.
    pub field: &'static str,
    /// What to fix, already translated.
    pub message: String,
}

/// The problems of a refused form (empty when it was accepted or not yet sent).
#[derive(Debug, Clone, Default)]
pub struct FormErrors(pub Vec<FieldError>);

impl FormErrors {
    /// Adds a problem.
    pub fn add(&mut self, field: &'static str, message: String) {
        self.0.push(FieldError { field, message });
    }

    /// Whether the form had no problem.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The message for `field`, if it has one.
    pub fn of(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}
