//! Filters of the public lists, parsed from query parameters at the edge.

use super::{CountryCode, NeedKind, OrganisationKind, ProjectStage, Theme};

/// Projects per page of `/projects`.
pub const PAGE_SIZE: i64 = 20;

/// Which projects a list shows. Every field narrows the list; they combine.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ProjectFilter {
    /// Words to find in title, summary and objectives (any language, accents ignored).
    pub q: Option<String>,
    /// Lifecycle stage.
    pub stage: Option<ProjectStage>,
    /// Theme.
    pub theme: Option<Theme>,
    /// Country concerned.
    pub country: Option<CountryCode>,
    /// Kind of need.
    pub need: Option<NeedKind>,
}

/// Which organisations a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrganisationFilter {
    /// Words to find in name, acronym and description.
    pub q: Option<String>,
    /// Kind of organisation.
    pub kind: Option<OrganisationKind>,
    /// Country.
    pub country: Option<CountryCode>,
}

/// A 1-based page number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Page(u32);

/// A page parameter that is not a positive whole number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("page must be a whole number from 1 to 100000, not {0:?}")]
pub struct InvalidPage(pub String);

impl Page {
    /// The first page.
    pub const FIRST: Page = Page(1);

    /// Parses `?page=`; an absent or empty value is the first page.
    pub fn parse(raw: Option<&str>) -> Result<Page, InvalidPage> {
        match raw.map(str::trim) {
            None | Some("") => Ok(Page::FIRST),
            Some(s) => match s.parse::<u32>() {
                Ok(n) if (1..=100_000).contains(&n) => Ok(Page(n)),
                _ => Err(InvalidPage(s.to_owned())),
            },
        }
    }

    /// The number.
    pub fn number(self) -> u32 {
        self.0
    }

    /// Rows to skip for this page.
    pub fn offset(self, size: i64) -> i64 {
        i64::from(self.0 - 1) * size
    }

    /// How many pages `total` rows make (at least one).
    pub fn count(total: i64, size: i64) -> u32 {
        u32::try_from(((total + size - 1) / size).max(1)).unwrap_or(u32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_parse_and_refuse() {
        assert_eq!(Page::parse(None), Ok(Page::FIRST));
        assert_eq!(Page::parse(Some("3")).unwrap().offset(20), 40);
        assert!(Page::parse(Some("abc")).is_err());
        assert!(Page::parse(Some("0")).is_err());
        assert!(Page::parse(Some("-1")).is_err());
    }

    #[test]
    fn page_count_rounds_up() {
        assert_eq!(Page::count(0, 20), 1);
        assert_eq!(Page::count(20, 20), 1);
        assert_eq!(Page::count(21, 20), 2);
    }
}
