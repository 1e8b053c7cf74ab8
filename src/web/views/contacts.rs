//! `/organisations/{id}/contacts`: an organisation's contact points for those who keep
//! them, with the form to add one.

use askama::Template;

use crate::db::queries::contacts::ContactPoint;
use crate::domain::contact::ContactForm;
use crate::domain::{ContactKind, ContactShown};
use crate::web::views::Ctx;
use crate::web::views::parts::FormErrors;

/// The contact points page.
#[derive(Template)]
#[template(path = "organisations/contacts.html")]
pub struct ContactsPage {
    /// Page context.
    pub ctx: Ctx,
    /// The organisation.
    pub organisation_id: i32,
    /// Its name.
    pub organisation: String,
    /// Its contact points.
    pub contacts: Vec<ContactPoint>,
    /// The add form as typed.
    pub form: ContactForm,
    /// Where to go back after adding (the facilitator's candidate list), if anywhere.
    pub back: String,
    /// Problems of the add form.
    pub errors: FormErrors,
    /// What just happened.
    pub notice: Option<String>,
}

impl ContactsPage {
    /// The kinds offered.
    pub fn kinds(&self) -> &'static [ContactKind] {
        ContactKind::ALL
    }

    /// The visibilities offered.
    pub fn shown_options(&self) -> &'static [ContactShown] {
        ContactShown::ALL
    }

    /// The kind chosen in the form (a role mailbox unless another was typed).
    pub fn kind_chosen(&self) -> &str {
        if self.form.kind.is_empty() {
            ContactKind::Mailbox.code()
        } else {
            &self.form.kind
        }
    }

    /// The visibility chosen in the form (name and title unless another was typed).
    pub fn shown_chosen(&self) -> &str {
        if self.form.shown.is_empty() {
            ContactShown::Name.code()
        } else {
            &self.form.shown
        }
    }

    /// The language chosen in the form (the page's unless another was typed).
    pub fn lang_chosen(&self) -> &str {
        if self.form.lang.is_empty() {
            self.ctx.lang.code()
        } else {
            &self.form.lang
        }
    }
}
