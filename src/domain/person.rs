//! People's identifying values: e-mail addresses, names, passwords (their rules only), and
//! which organisation a person in each role belongs to.

use std::fmt;

use super::Role;

/// Why a value was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PersonError {
    /// Not an e-mail address.
    #[error("enter an e-mail address such as name@example.org")]
    Email,
    /// Name empty or too long.
    #[error("enter a name of 1 to 100 characters")]
    Name,
    /// Password too short or too long.
    #[error("choose a password of 10 to 128 characters")]
    Password,
}

/// An e-mail address, trimmed and lower-cased (addresses are compared case-insensitively).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Checks the shape of an address: one `@`, a non-empty local part, a domain with a
    /// dot, no spaces or control characters, at most 254 characters.
    pub fn parse(input: &str) -> Result<EmailAddress, PersonError> {
        let v = input.trim().to_lowercase();
        let ok = v.len() <= 254
            && !v.chars().any(|c| {
                c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '"')
            })
            && match v.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && local.len() <= 64
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains("..")
                }
                None => false,
            };
        if ok {
            Ok(EmailAddress(v))
        } else {
            Err(PersonError::Email)
        }
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's name as they want it shown: one line, 1 to 100 characters.
pub fn parse_name(input: &str) -> Result<String, PersonError> {
    let v = super::text::clean_line(input);
    if v.is_empty() || v.chars().count() > 100 {
        Err(PersonError::Name)
    } else {
        Ok(v)
    }
}

/// Checks a new password's length (10 to 128 characters; NIST SP 800-63B favours length
/// over composition rules).
pub fn check_password(input: &str) -> Result<(), PersonError> {
    let n = input.chars().count();
    if (10..=128).contains(&n) {
        Ok(())
    } else {
        Err(PersonError::Password)
    }
}

/// Which organisation a person in a role belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrganisationRule {
    /// None (observers and the GFMD roles: facilitators, reviewers, administrators).
    Without,
    /// A government: an organisation of kind government with a country (delegates).
    Government,
    /// Any organisation (members).
    Any,
}

/// The organisation rule of `role`.
pub fn organisation_rule(role: Role) -> OrganisationRule {
    match role {
        Role::Delegate => OrganisationRule::Government,
        Role::Member => OrganisationRule::Any,
        Role::Visitor
        | Role::Observer
        | Role::Facilitator
        | Role::Reviewer
        | Role::Administrator => OrganisationRule::Without,
    }
}

/// Why an organisation does not fit a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OrganisationMismatch {
    /// The role needs an organisation and none was given.
    #[error("this role needs an organisation")]
    Missing,
    /// The role needs a government and the organisation is not one.
    #[error("a delegate represents a government: the organisation is not a government")]
    NotAGovernment,
    /// The role belongs to no organisation and one was given.
    #[error("this role belongs to no organisation")]
    Unexpected,
}

/// Checks that an organisation (its kind code and country, `None` for no organisation)
/// fits `role`.
pub fn check_organisation(
    role: Role,
    organisation: Option<(&str, Option<&str>)>,
) -> Result<(), OrganisationMismatch> {
    match (organisation_rule(role), organisation) {
        (OrganisationRule::Without, None) => Ok(()),
        (OrganisationRule::Without, Some(_)) => Err(OrganisationMismatch::Unexpected),
        (_, None) => Err(OrganisationMismatch::Missing),
        (OrganisationRule::Any, Some(_)) => Ok(()),
        (OrganisationRule::Government, Some((kind, country))) => {
            if is_government(kind, country) {
                Ok(())
            } else {
                Err(OrganisationMismatch::NotAGovernment)
            }
        }
    }
}

/// Whether an organisation (kind code, country) is a government: delegates represent one.
pub fn is_government(kind: &str, country: Option<&str>) -> bool {
    kind == super::OrganisationKind::Government.code() && country.is_some_and(|c| !c.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_fit_roles() {
        let gov = Some(("government", Some("MX")));
        let io = Some(("international_organisation", None));
        assert_eq!(check_organisation(Role::Delegate, gov), Ok(()));
        assert_eq!(
            check_organisation(Role::Delegate, io),
            Err(OrganisationMismatch::NotAGovernment)
        );
        assert_eq!(
            check_organisation(Role::Delegate, Some(("government", None))),
            Err(OrganisationMismatch::NotAGovernment)
        );
        assert_eq!(
            check_organisation(Role::Delegate, None),
            Err(OrganisationMismatch::Missing)
        );
        assert_eq!(check_organisation(Role::Member, io), Ok(()));
        assert_eq!(check_organisation(Role::Member, gov), Ok(()));
        assert_eq!(
            check_organisation(Role::Member, None),
            Err(OrganisationMismatch::Missing)
        );
        for role in [
            Role::Facilitator,
            Role::Reviewer,
            Role::Administrator,
            Role::Observer,
        ] {
            assert_eq!(check_organisation(role, None), Ok(()));
            assert_eq!(
                check_organisation(role, gov),
                Err(OrganisationMismatch::Unexpected)
            );
        }
    }

    #[test]
    fn addresses_are_lower_cased_and_checked() {
        assert_eq!(
            EmailAddress::parse(" Ana@Example.ORG ").unwrap().as_str(),
            "ana@example.org"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "a b@example.org",
            "ana@@x.org",
            "ana@x..org",
            "<a@x.org>",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_and_passwords_are_bounded() {
        assert_eq!(parse_name("  Ana \n María ").unwrap(), "Ana María");
        assert!(parse_name(" ").is_err());
        assert!(parse_name(&"x".repeat(101)).is_err());
        assert!(check_password("short").is_err());
        assert!(check_password("correct horse battery").is_ok());
    }
}
