//! Rules of organisation records an administrator types in (codes, acronyms, web sites),
//! and which organisation a person of each role belongs to. Pure and unit-tested.

use std::fmt;

use super::{CountryCode, Role};

/// Why a value of an organisation was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrganisationError {
    /// Neither a country code nor `prefix:NAME`.
    #[error("enter a code such as org:IOM, or a country code such as MX for a government")]
    Code,
    /// A country code given as the code of something other than a government.
    #[error("only a government's code may be a country code")]
    CountryCodeNotGovernment,
    /// Acronym longer than allowed or on several lines.
    #[error("enter an acronym of at most 30 characters")]
    Acronym,
    /// Not an `http` or `https` address.
    #[error("enter a web address starting with http:// or https://")]
    Website,
}

/// The stable natural key of an organisation: an ISO country code for a national
/// government (`MX`), otherwise a lower-case prefix, a colon and an upper-case name
/// (`org:IOM`, `cs:ICMC`, `gov:MX-SRE`). Typed case is normalised.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OrganisationCode(String);

impl OrganisationCode {
    /// Longest accepted code, in characters.
    pub const MAX: usize = 50;

    /// Parses and normalises a code.
    pub fn parse(input: &str) -> Result<OrganisationCode, OrganisationError> {
        let v = input.trim();
        if v.len() == 2 {
            return CountryCode::parse(v)
                .map(|c| OrganisationCode(c.as_str().to_owned()))
                .map_err(|_| OrganisationError::Code);
        }
        let Some((prefix, name)) = v.split_once(':') else {
            return Err(OrganisationError::Code);
        };
        let prefix_ok =
            (2..=5).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_alphabetic());
        let name_ok = !name.is_empty()
            && v.len() <= Self::MAX
            && name
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_alphanumeric())
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        if prefix_ok && name_ok {
            Ok(OrganisationCode(format!(
                "{}:{}",
                prefix.to_ascii_lowercase(),
                name.to_ascii_uppercase()
            )))
        } else {
            Err(OrganisationError::Code)
        }
    }

    /// The country, when the code is a country code (a national government).
    pub fn country(&self) -> Option<CountryCode> {
        if self.0.len() == 2 {
            CountryCode::parse(&self.0).ok()
        } else {
            None
        }
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OrganisationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An optional acronym: one line, at most 30 characters; empty means none.
pub fn parse_acronym(input: &str) -> Result<Option<String>, OrganisationError> {
    let v = super::text::clean_line(input);
    if v.is_empty() {
        Ok(None)
    } else if v.chars().count() > 30 || input.trim().contains(['\n', '\r']) {
        Err(OrganisationError::Acronym)
    } else {
        Ok(Some(v))
    }
}

/// An optional web site: an absolute `http` or `https` address with a host, at most 300
/// characters; empty means none.
pub fn parse_website(input: &str) -> Result<Option<String>, OrganisationError> {
    let v = input.trim();
    if v.is_empty() {
        return Ok(None);
    }
    if v.chars().count() > 300 || v.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(OrganisationError::Website);
    }
    match url::Url::parse(v) {
        Ok(u)
            if matches!(u.scheme(), "http" | "https")
                && u.host_str().is_some_and(|h| !h.is_empty())
                && u.username().is_empty()
                && u.password().is_none() =>
        {
            Ok(Some(u.to_string()))
        }
        _ => Err(OrganisationError::Website),
    }
}

/// Which organisation a person in a role belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Affiliation {
    /// None: facilitators, reviewers, administrators and observers act for themselves or
    /// for the GFMD.
    None,
    /// A government (delegates).
    Government,
    /// Any organisation (members).
    Any,
}

/// The affiliation a role requires.
pub fn affiliation(role: Role) -> Affiliation {
    match role {
        Role::Delegate => Affiliation::Government,
        Role::Member => Affiliation::Any,
        Role::Visitor
        | Role::Observer
        | Role::Facilitator
        | Role::Reviewer
        | Role::Administrator => Affiliation::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_country_codes_or_prefixed_names() {
        assert_eq!(OrganisationCode::parse(" mx ").unwrap().as_str(), "MX");
        assert_eq!(
            OrganisationCode::parse("org:iom").unwrap().as_str(),
            "org:IOM"
        );
        assert_eq!(
            OrganisationCode::parse("GOV:mx-sre").unwrap().as_str(),
            "gov:MX-SRE"
        );
        assert_eq!(
            OrganisationCode::parse("MX").unwrap().country(),
            CountryCode::parse("MX").ok()
        );
        assert_eq!(OrganisationCode::parse("org:IOM").unwrap().country(), None);
        for bad in [
            "",
            "XX",
            "IOM",
            "org:",
            ":IOM",
            "o:IOM",
            "orgnis:IOM",
            "org:I OM",
            "org:-X",
            "org:ÉCOLE",
            "org:a:b",
        ] {
            assert!(OrganisationCode::parse(bad).is_err(), "{bad}");
        }
        assert!(OrganisationCode::parse(&format!("org:{}", "A".repeat(47))).is_err());
    }

    #[test]
    fn acronyms_are_short_and_optional() {
        assert_eq!(parse_acronym("  "), Ok(None));
        assert_eq!(parse_acronym(" IOM "), Ok(Some("IOM".into())));
        assert!(parse_acronym(&"A".repeat(31)).is_err());
        assert!(parse_acronym("A\nB").is_err());
    }

    #[test]
    fn websites_are_http_or_https_only() {
        assert_eq!(parse_website(""), Ok(None));
        assert_eq!(
            parse_website("https://www.iom.int").unwrap().as_deref(),
            Some("https://www.iom.int/")
        );
        assert!(parse_website("http://example.org/a?b=c").unwrap().is_some());
        for bad in [
            "javascript:alert(1)",
            "ftp://example.org",
            "www.iom.int",
            "https://",
            "https://user:pw@example.org",
            "https://exa mple.org",
            "data:text/html,hi",
        ] {
            assert!(parse_website(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn delegates_belong_to_a_government_members_to_any_organisation() {
        assert_eq!(affiliation(Role::Delegate), Affiliation::Government);
        assert_eq!(affiliation(Role::Member), Affiliation::Any);
        for r in [
            Role::Observer,
            Role::Facilitator,
            Role::Reviewer,
            Role::Administrator,
        ] {
            assert_eq!(affiliation(r), Affiliation::None);
        }
    }
}
