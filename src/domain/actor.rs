//! Who acts: the person behind a use case, as the use cases and the history need them.

use super::{Language, Role};

/// The person a use case acts for. The web layer builds it from the signed-in session;
/// the command line and periodic jobs build their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Person id.
    pub id: i32,
    /// Their name.
    pub name: String,
    /// Their role.
    pub role: Role,
    /// Their organisation (the government a delegate acts for), if any.
    pub organisation_id: Option<i32>,
    /// That organisation's name.
    pub organisation_name: Option<String>,
    /// The language they write in now (their interface language of this request).
    pub lang: Language,
}

impl Actor {
    /// The name their acts are recorded under: their organisation's (the government a
    /// manager acts for), or their own when they have none.
    pub fn label(&self) -> &str {
        self.organisation_name.as_deref().unwrap_or(&self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(organisation_name: Option<&str>) -> Actor {
        Actor {
            id: 1,
            name: "Ana".into(),
            role: Role::Delegate,
            organisation_id: organisation_name.map(|_| 7),
            organisation_name: organisation_name.map(str::to_owned),
            lang: Language::default(),
        }
    }

    #[test]
    fn acts_are_recorded_under_the_organisation_when_there_is_one() {
        assert_eq!(actor(Some("Mexico")).label(), "Mexico");
        assert_eq!(actor(None).label(), "Ana");
    }
}
