//! Typed ids: one newtype per kind of record a link names, so that a handler cannot take a
//! project's id for an organisation's. Only a positive decimal number is an id ("12"; not
//! "0", "-3", "+3", " 3", "3a" nor anything beyond `i32`). Handlers take them from the path
//! (`web::Path<ProjectId>`, deserialized from the segment); the database keeps `i32`.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text that is not an id (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidId;

impl fmt::Display for InvalidId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an id: ids are positive whole numbers")
    }
}

impl std::error::Error for InvalidId {}

/// The id `raw` spells: ASCII digits only, positive, within `i32`.
fn parse_positive(raw: &str) -> Result<i32, InvalidId> {
    if raw.is_empty() || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Err(InvalidId);
    }
    raw.parse::<i32>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(InvalidId)
}

/// Reads an id from text (a path segment, a form field) or a number (JSON).
struct PositiveI32;

impl Visitor<'_> for PositiveI32 {
    type Value = i32;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a positive whole number")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<i32, E> {
        parse_positive(v).map_err(|_| E::invalid_value(Unexpected::Str(v), &self))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<i32, E> {
        i32::try_from(v)
            .ok()
            .filter(|id| *id > 0)
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(v), &self))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<i32, E> {
        i32::try_from(v)
            .ok()
            .filter(|id| *id > 0)
            .ok_or_else(|| E::invalid_value(Unexpected::Signed(v), &self))
    }
}

/// Declares id newtypes: `Copy`, ordered, parsed with [`FromStr`], shown and serialized
/// as the bare number.
macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident;)+) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(i32);

        impl $name {
            /// The id, if `raw` is one (positive).
            pub fn new(raw: i32) -> Option<$name> {
                (raw > 0).then_some($name(raw))
            }

            /// The number, as the database keeps it.
            pub fn get(self) -> i32 {
                self.0
            }
        }

        impl FromStr for $name {
            type Err = InvalidId;

            fn from_str(s: &str) -> Result<$name, InvalidId> {
                parse_positive(s).map($name)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i32(self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                deserializer.deserialize_any(PositiveI32).map($name)
            }
        }
    )+};
}

ids! {
    /// A project (`/projects/{id}`, `/review/{id}`, `/facilitator/projects/{id}`).
    ProjectId;
    /// An organisation (`/organisations/{id}`, `/admin/organisations/{id}/…`).
    OrganisationId;
    /// A person's account (`/admin/people/{id}`).
    PersonId;
    /// A question on a project (`/projects/{id}/questions/{question}/…`).
    QuestionId;
    /// A milestone of a project (`/projects/{id}/milestones/{milestone}/done`).
    MilestoneId;
    /// An introduction by a facilitator (`/introductions/{id}`).
    IntroductionId;
    /// An expression of interest in a project (`/interests/{id}`).
    InterestId;
    /// A meeting (`/meetings/{id}`).
    MeetingId;
    /// A resource of the library or of a project (`/resources/{id}`).
    ResourceId;
    /// A GFMD outcome (`/outcomes/{id}`).
    OutcomeId;
    /// A notification of the signed-in person (`/notifications/{id}/read`).
    NotificationId;
    /// An invitation to co-own a project (`/co-owner-invitations/{id}`).
    CoOwnerInvitationId;
    /// A government's request to join a project (`/join-requests/{id}`).
    JoinRequestId;
    /// A contact point of an organisation (`/organisations/{id}/contacts/{contact}/…`).
    ContactId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_positive_decimal_numbers_are_ids() {
        assert_eq!("12".parse::<ProjectId>().map(ProjectId::get), Ok(12));
        assert_eq!("1".parse::<PersonId>().map(PersonId::get), Ok(1));
        assert_eq!(
            "2147483647".parse::<MeetingId>().map(MeetingId::get),
            Ok(i32::MAX)
        );
        for bad in [
            "",
            "0",
            "-3",
            "+3",
            " 3",
            "3 ",
            "3a",
            "a3",
            "1.5",
            "0x1f",
            "١٢",
            "2147483648",
            "99999999999",
        ] {
            assert_eq!(bad.parse::<ProjectId>(), Err(InvalidId), "{bad:?}");
        }
    }

    #[test]
    fn new_refuses_what_is_not_positive() {
        assert_eq!(OrganisationId::new(7).map(OrganisationId::get), Some(7));
        assert_eq!(OrganisationId::new(0), None);
        assert_eq!(OrganisationId::new(-7), None);
    }

    #[test]
    fn ids_show_and_serialize_as_the_bare_number() {
        let id: QuestionId = "42".parse().unwrap();
        assert_eq!(id.to_string(), "42");
        assert_eq!(format!("/q/{id}"), "/q/42");
        assert_eq!(serde_json::to_string(&id).unwrap(), "42");
    }

    #[test]
    fn ids_deserialize_from_text_or_a_number() {
        let from_text: ProjectId = serde_json::from_str("\"12\"").unwrap();
        let from_number: ProjectId = serde_json::from_str("12").unwrap();
        assert_eq!(from_text, from_number);
        assert_eq!(from_text.get(), 12);
        let pair: (ProjectId, QuestionId) = serde_json::from_str("[\"3\", 4]").unwrap();
        assert_eq!((pair.0.get(), pair.1.get()), (3, 4));
        let round: ResourceId =
            serde_json::from_str(&serde_json::to_string(&ResourceId::new(9).unwrap()).unwrap())
                .unwrap();
        assert_eq!(round.get(), 9);
    }

    #[test]
    fn anything_else_does_not_deserialize() {
        for bad in [
            "\"0\"",
            "\"-3\"",
            "\"+3\"",
            "\" 3\"",
            "\"3a\"",
            "\"\"",
            "0",
            "-3",
            "99999999999",
            "1.5",
            "true",
            "null",
            "[1]",
            "{\"id\": 1}",
        ] {
            assert!(
                serde_json::from_str::<ProjectId>(bad).is_err(),
                "{bad} was taken for an id"
            );
        }
    }

    #[test]
    fn ids_are_ordered_by_number() {
        let mut ids: Vec<InterestId> = ["10", "2", "33"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        ids.sort();
        assert_eq!(ids.iter().map(|i| i.get()).collect::<Vec<_>>(), [2, 10, 33]);
    }
}
