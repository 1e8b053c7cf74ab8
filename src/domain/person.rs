//! People's identifying values: e-mail addresses, names, passwords (their rules only).

use std::fmt;

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

#[cfg(test)]
mod tests {
    use super::*;

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
