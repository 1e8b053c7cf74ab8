//! The controlled lists of `vocabulary.md`: stable codes for the database, the JSON API,
//! the import format and URLs. Labels are never stored here: the interface translates
//! `<prefix>-<code>` keys (see `i18n`).

use std::fmt;
use std::str::FromStr;

/// A code that is not in its list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {list} code {code:?}")]
pub struct UnknownCode {
    /// Which list was asked (e.g. "stage").
    pub list: &'static str,
    /// What was given.
    pub code: String,
}

/// Declares a code list: an enum whose variants map one-to-one to stable string codes.
macro_rules! code_list {
    ($(#[$meta:meta])* $name:ident, $list:literal, $key:literal { $($(#[$vmeta:meta])* $variant:ident => $code:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            /// Every value, in the vocabulary's order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];
            /// Name of the list, used in error messages.
            pub const LIST: &'static str = $list;

            /// The stable code.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }

            /// The translation key of this value's label.
            pub fn label_key(self) -> &'static str {
                match self { $($name::$variant => concat!($key, "-", $code),)+ }
            }
        }

        impl FromStr for $name {
            type Err = UnknownCode;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok($name::$variant),)+
                    other => Err(UnknownCode { list: $list, code: other.to_owned() }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

code_list!(
    /// Lifecycle stage of a project, in order. A project may enter at any stage.
    ProjectStage, "stage", "stage" {
        Initiation => "initiation",
        Design => "design",
        Implementation => "implementation",
        Completion => "completion",
    }
);

code_list!(
    /// Publication state of a project.
    PublicationState, "status", "status" {
        Draft => "draft",
        Submitted => "submitted",
        Endorsed => "endorsed",
        ChangesRequested => "changes_requested",
        Declined => "declined",
        Withdrawn => "withdrawn",
    }
);

impl PublicationState {
    /// Whether anyone may read a project in this state (drafts are for their owners).
    pub fn is_public(self) -> bool {
        self != PublicationState::Draft
    }
}

code_list!(
    /// Kind of organisation. Only governments propose and own projects.
    OrganisationKind, "organisation kind", "kind" {
        Government => "government",
        InternationalOrganisation => "international_organisation",
        CivilSociety => "civil_society",
        DiasporaOrganisation => "diaspora_organisation",
        PrivateSector => "private_sector",
        Foundation => "foundation",
        Academia => "academia",
        RegionalProcess => "regional_process",
    }
);

code_list!(
    /// What a project needs and what an organisation offers (one list for both).
    NeedKind, "need", "need" {
        Funding => "funding",
        TechnicalExpertise => "technical_expertise",
        Training => "training",
        DataResearch => "data_research",
        PilotCountry => "pilot_country",
        KnowledgeSharing => "knowledge_sharing",
        Implementation => "implementation",
        Logistics => "logistics",
        InKind => "in_kind",
        PoliticalSupport => "political_support",
    }
);

code_list!(
    /// How much of a need a partner meets, as the project's owners say.
    NeedExtent, "need extent", "need-extent" {
        Partly => "partly",
        Fully => "fully",
    }
);

code_list!(
    /// Where a need stands: nobody meets it yet, partners meet part of it, or it is met.
    NeedState, "need state", "need-state" {
        Open => "open",
        PartlyMet => "partly_met",
        Met => "met",
    }
);

impl NeedState {
    /// The state the partners' extents make: met once any partner meets it fully,
    /// partly met while some meet only part of it, open while nobody does.
    pub fn of(extents: impl IntoIterator<Item = NeedExtent>) -> NeedState {
        extents
            .into_iter()
            .fold(NeedState::Open, |state, extent| match (state, extent) {
                (_, NeedExtent::Fully) | (NeedState::Met, _) => NeedState::Met,
                _ => NeedState::PartlyMet,
            })
    }

    /// Whether partners are still looked for (open or only partly met).
    pub fn wants_partners(self) -> bool {
        self != NeedState::Met
    }
}

code_list!(
    /// Role of a partner in a project.
    PartnerRole, "partner role", "role" {
        Owner => "owner",
        Supporter => "supporter",
        Implementer => "implementer",
        TechnicalSupport => "technical_support",
        Funder => "funder",
        Participant => "participant",
        Observer => "observer",
    }
);

code_list!(
    /// Kind of a resource (document or link) in the library.
    ResourceKind, "resource kind", "resource-kind" {
        TrainingMaterial => "training_material",
        MigrationProfile => "migration_profile",
        Report => "report",
        Policy => "policy",
        Guideline => "guideline",
        Data => "data",
        Presentation => "presentation",
        Other => "other",
    }
);

code_list!(
    /// Themes projects and organisations are tagged with.
    Theme, "theme", "theme" {
        RegularMigrationPartnerships => "regular_migration_partnerships",
        IrregularMigration => "irregular_migration",
        CostsOfMigration => "costs_of_migration",
        GenderFamily => "gender_family",
        ImpactAssessment => "impact_assessment",
        ClimateChange => "climate_change",
        RegionalProcesses => "regional_processes",
        ProtectionEmpowerment => "protection_empowerment",
        PolicyCoherenceData => "policy_coherence_data",
        DiasporaEngagement => "diaspora_engagement",
        Children => "children",
        MigrationProfiles => "migration_profiles",
        Remittances => "remittances",
        LabourMobility => "labour_mobility",
        Health => "health",
        SocialProtection => "social_protection",
        ReturnReintegration => "return_reintegration",
        Trafficking => "trafficking",
    }
);

code_list!(
    /// World regions used for organisations and geography filters.
    Region, "region", "region" {
        Africa => "africa",
        Americas => "americas",
        Asia => "asia",
        Europe => "europe",
        Oceania => "oceania",
    }
);

code_list!(
    /// How an organisation took part in the GFMD (roundtable teams, contributions).
    EngagementKind, "engagement kind", "engagement" {
        RoundtableCoChair => "roundtable_co_chair",
        RoundtableTeam => "roundtable_team",
        Contribution => "contribution",
    }
);

impl EngagementKind {
    /// A seat on a roundtable team (as co-chair or member): what matching counts as GFMD
    /// engagement. A contribution is an offer (funding, in kind) already.
    pub fn is_seat(self) -> bool {
        matches!(
            self,
            EngagementKind::RoundtableCoChair | EngagementKind::RoundtableTeam
        )
    }
}

code_list!(
    /// Roles of people on the platform.
    Role, "role", "person-role" {
        Visitor => "visitor",
        Observer => "observer",
        Member => "member",
        Delegate => "delegate",
        Facilitator => "facilitator",
        Reviewer => "reviewer",
        Administrator => "administrator",
    }
);

code_list!(
    /// Budget range of a proposal, in US dollars (optional on the form).
    BudgetRange, "budget", "budget" {
        Under50k => "under_50k",
        From50kTo250k => "50k_250k",
        From250kTo1m => "250k_1m",
        Over1m => "over_1m",
    }
);

code_list!(
    /// What a reviewer decides on a submitted project.
    ReviewDecision, "decision", "decision" {
        Endorse => "endorse",
        RequestChanges => "request_changes",
        Decline => "decline",
    }
);

code_list!(
    /// Where a co-owner invitation or a request to join stands.
    AnswerStatus, "answer status", "answer" {
        Pending => "pending",
        Accepted => "accepted",
        Declined => "declined",
    }
);

code_list!(
    /// Who a contact point is: a named person, or a role mailbox ("partnerships@…").
    ContactKind, "contact kind", "contact-kind" {
        Person => "person",
        Mailbox => "mailbox",
    }
);

code_list!(
    /// How much of a contact point its organisation's public page shows, as the contact
    /// agreed: nothing, the name and title (the default), or also the address.
    ContactShown, "contact shown", "contact-shown" {
        Nothing => "nothing",
        Name => "name",
        Address => "address",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for s in ProjectStage::ALL {
            assert_eq!(s.code().parse::<ProjectStage>(), Ok(*s));
        }
        for t in Theme::ALL {
            assert_eq!(t.code().parse::<Theme>(), Ok(*t));
        }
        assert_eq!(Theme::ALL.len(), 18);
        assert_eq!(NeedKind::ALL.len(), 10);
    }

    #[test]
    fn unknown_code_names_its_list() {
        let err = "planning".parse::<ProjectStage>().unwrap_err();
        assert_eq!(err.to_string(), "unknown stage code \"planning\"");
    }

    #[test]
    fn stages_are_ordered() {
        assert!(ProjectStage::Initiation < ProjectStage::Completion);
        assert_eq!(ProjectStage::Design.label_key(), "stage-design");
    }

    #[test]
    fn only_drafts_are_private() {
        assert!(!PublicationState::Draft.is_public());
        assert!(PublicationState::Declined.is_public());
    }

    #[test]
    fn serde_uses_codes() {
        assert_eq!(
            serde_json::to_string(&NeedKind::InKind).unwrap(),
            "\"in_kind\""
        );
        assert!(serde_json::from_str::<NeedKind>("\"money\"").is_err());
    }
    #[test]
    fn a_need_is_met_once_one_partner_meets_it_fully() {
        use NeedExtent::{Fully, Partly};
        assert_eq!(NeedState::of([]), NeedState::Open);
        assert_eq!(NeedState::of([Partly]), NeedState::PartlyMet);
        assert_eq!(NeedState::of([Partly, Partly]), NeedState::PartlyMet);
        assert_eq!(NeedState::of([Partly, Fully]), NeedState::Met);
        assert_eq!(NeedState::of([Fully, Partly]), NeedState::Met);
        assert!(NeedState::PartlyMet.wants_partners());
        assert!(!NeedState::Met.wants_partners());
        assert_eq!(NeedState::PartlyMet.label_key(), "need-state-partly_met");
    }
}
