//! Contact points: how an organisation is reached when nobody of it has an account yet
//! (issue 13). The form's values parsed into a [`ContactInput`], or the fields to fix.

use super::person::{EmailAddress, parse_name};
use super::text::clean_line;
use super::{ContactKind, ContactShown, Language};

/// Longest title ("Head of Partnerships"), in characters.
pub const TITLE_MAX: usize = 120;

/// A contact point as a form gives it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactInput {
    /// A named person or a role mailbox.
    pub kind: ContactKind,
    /// The person's name, or the mailbox's ("UNICEF Partnerships").
    pub name: String,
    /// Optional title or function.
    pub title: String,
    /// Where mail goes.
    pub email: EmailAddress,
    /// The language mail to it is written in.
    pub lang: Language,
    /// What the organisation's public page shows of it.
    pub shown: ContactShown,
}

/// A contact point form as typed (every field a string, so a refused form comes back as
/// it was).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ContactForm {
    /// `person` or `mailbox`.
    #[serde(default)]
    pub kind: String,
    /// Name.
    #[serde(default)]
    pub name: String,
    /// Title.
    #[serde(default)]
    pub title: String,
    /// Address.
    #[serde(default)]
    pub email: String,
    /// Language code.
    #[serde(default)]
    pub lang: String,
    /// `nothing`, `name` or `address`.
    #[serde(default)]
    pub shown: String,
}

/// A field to fix and the message key that says how.
pub type FieldError = (&'static str, &'static str);

impl ContactForm {
    /// Checks every field; all the problems at once.
    pub fn parse(&self) -> Result<ContactInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let kind = match self.kind.trim() {
            "" => Some(ContactKind::Mailbox),
            k => k.parse().ok(),
        };
        if kind.is_none() {
            errors.push(("kind", "contact-error-kind"));
        }
        let name = parse_name(&self.name).ok();
        if name.is_none() {
            errors.push(("name", "contact-error-name"));
        }
        let title = clean_line(&self.title);
        if title.chars().count() > TITLE_MAX {
            errors.push(("title", "contact-error-title"));
        }
        let email = EmailAddress::parse(&self.email).ok();
        if email.is_none() {
            errors.push(("email", "contact-error-email"));
        }
        let lang = self.lang.trim().parse::<Language>().ok();
        if lang.is_none() {
            errors.push(("lang", "contact-error-lang"));
        }
        let shown = match self.shown.trim() {
            "" => Some(ContactShown::Name),
            s => s.parse().ok(),
        };
        if shown.is_none() {
            errors.push(("shown", "contact-error-shown"));
        }
        match (kind, name, email, lang, shown) {
            (Some(kind), Some(name), Some(email), Some(lang), Some(shown)) if errors.is_empty() => {
                Ok(ContactInput {
                    kind,
                    name,
                    title,
                    email,
                    lang,
                    shown,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(name: &str, email: &str, lang: &str) -> ContactForm {
        ContactForm {
            kind: "mailbox".into(),
            name: name.into(),
            title: "  Partnerships   desk ".into(),
            email: email.into(),
            lang: lang.into(),
            shown: String::new(),
        }
    }

    #[test]
    fn a_role_mailbox_parses_with_the_default_visibility() {
        let c = form(
            "UNICEF Partnerships",
            " Partnerships@UNICEF.example.org ",
            "en",
        )
        .parse()
        .unwrap();
        assert_eq!(c.kind, ContactKind::Mailbox);
        assert_eq!(c.email.as_str(), "partnerships@unicef.example.org");
        assert_eq!(c.title, "Partnerships desk");
        assert_eq!(c.shown, ContactShown::Name);
        assert_eq!(c.lang, Language::En);
    }

    #[test]
    fn every_problem_is_named_at_once() {
        let mut f = form("", "not an address", "tlh");
        f.kind = "pigeon".into();
        f.shown = "everything".into();
        f.title = "x".repeat(TITLE_MAX + 1);
        let fields: Vec<&str> = f.parse().unwrap_err().iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["kind", "name", "title", "email", "lang", "shown"]);
    }
}
