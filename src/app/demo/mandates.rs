//! The hand-written tables the derived demo profiles read: the mandates of the
//! international organisations and other bodies of the GFMD 2010 data, and the platform
//! languages official in each country.

use crate::domain::{Language, NeedKind, Region, Theme};

/// Mandates of the international organisations, regional processes, and the civil
/// society, academic and private bodies of the GFMD 2010 data, as first profiles: (code,
/// offers, themes, regions of interest).
/// Our own summary of each body's public mandate.
/// (organisation code, offers, themes, regions of interest).
pub(super) type Mandate = (
    &'static str,
    &'static [NeedKind],
    &'static [Theme],
    &'static [Region],
);

pub(super) const MANDATES: &[Mandate] = {
    use NeedKind::*;
    use Region::*;
    use Theme::*;
    &[
        (
            "org:IOM",
            &[
                Implementation,
                TechnicalExpertise,
                Training,
                DataResearch,
                Logistics,
            ],
            &[
                RegularMigrationPartnerships,
                IrregularMigration,
                MigrationProfiles,
                DiasporaEngagement,
                ReturnReintegration,
                Trafficking,
                LabourMobility,
                Health,
            ],
            &[],
        ),
        ("org:UN", &[PoliticalSupport], &[PolicyCoherenceData], &[]),
        (
            "org:OHCHR",
            &[TechnicalExpertise, Training],
            &[ProtectionEmpowerment, Trafficking],
            &[],
        ),
        (
            "org:GMG",
            &[KnowledgeSharing, DataResearch],
            &[PolicyCoherenceData, MigrationProfiles],
            &[],
        ),
        (
            "org:UNHCR",
            &[Implementation, TechnicalExpertise],
            &[ProtectionEmpowerment, IrregularMigration],
            &[],
        ),
        (
            "org:UNICEF",
            &[Implementation, TechnicalExpertise, Funding],
            &[Children, ProtectionEmpowerment, GenderFamily],
            &[],
        ),
        (
            "org:ILO",
            &[TechnicalExpertise, Training, DataResearch],
            &[LabourMobility, SocialProtection, CostsOfMigration],
            &[],
        ),
        ("org:WHO", &[TechnicalExpertise], &[Health], &[]),
        (
            "org:IFAD",
            &[Funding],
            &[Remittances, CostsOfMigration],
            &[],
        ),
        (
            "org:UNIFEM",
            &[TechnicalExpertise, Funding],
            &[GenderFamily],
            &[],
        ),
        (
            "org:UNWOMEN",
            &[TechnicalExpertise, Funding],
            &[GenderFamily, ProtectionEmpowerment],
            &[],
        ),
        (
            "org:OECD",
            &[DataResearch, KnowledgeSharing],
            &[ImpactAssessment, PolicyCoherenceData, LabourMobility],
            &[],
        ),
        ("org:UNOG", &[Logistics], &[], &[]),
        (
            "org:CELADE",
            &[DataResearch],
            &[MigrationProfiles, ImpactAssessment],
            &[Americas],
        ),
        ("org:UNFCCC", &[KnowledgeSharing], &[ClimateChange], &[]),
        (
            "org:EC",
            &[Funding, PoliticalSupport],
            &[RegularMigrationPartnerships, PolicyCoherenceData],
            &[Europe, Africa],
        ),
        (
            "org:EU",
            &[Funding, PoliticalSupport],
            &[RegularMigrationPartnerships, IrregularMigration],
            &[Europe],
        ),
        (
            "org:JMDI",
            &[Funding, KnowledgeSharing],
            &[DiasporaEngagement, PolicyCoherenceData],
            &[],
        ),
        (
            "org:ICMPD",
            &[TechnicalExpertise, Training, DataResearch],
            &[IrregularMigration, RegionalProcesses, MigrationProfiles],
            &[Europe],
        ),
        (
            "org:ACP-OBS",
            &[DataResearch],
            &[ImpactAssessment, MigrationProfiles],
            &[Africa, Americas, Oceania],
        ),
        (
            "org:MERCOSUR",
            &[PoliticalSupport],
            &[RegionalProcesses, LabourMobility],
            &[Americas],
        ),
        (
            "rp:PUEBLA",
            &[KnowledgeSharing, PoliticalSupport],
            &[RegionalProcesses],
            &[Americas],
        ),
        (
            "rp:SACM",
            &[KnowledgeSharing, PoliticalSupport],
            &[RegionalProcesses],
            &[Americas],
        ),
        (
            "rp:IBERO",
            &[KnowledgeSharing, PoliticalSupport],
            &[RegionalProcesses],
            &[Americas, Europe],
        ),
        (
            "rp:FIBEMYD",
            &[KnowledgeSharing],
            &[RegionalProcesses],
            &[Americas, Europe],
        ),
        (
            "rp:CA-CONF",
            &[KnowledgeSharing, PoliticalSupport],
            &[RegionalProcesses],
            &[Americas],
        ),
        (
            "cs:SCF",
            &[Implementation, Training],
            &[Children, ProtectionEmpowerment],
            &[],
        ),
        (
            "cs:ICMC",
            &[Implementation, KnowledgeSharing],
            &[ProtectionEmpowerment, LabourMobility],
            &[],
        ),
        (
            "cs:AI-MX",
            &[KnowledgeSharing],
            &[ProtectionEmpowerment],
            &[Americas],
        ),
        (
            "cs:NNIRR",
            &[KnowledgeSharing],
            &[ProtectionEmpowerment],
            &[Americas],
        ),
        ("cs:AMUCSS", &[Implementation], &[Remittances], &[Americas]),
        (
            "ac:MPI",
            &[DataResearch, KnowledgeSharing],
            &[PolicyCoherenceData, DiasporaEngagement],
            &[],
        ),
        ("ac:UAZ", &[DataResearch], &[ImpactAssessment], &[Americas]),
        ("ps:BBVA", &[Funding], &[Remittances], &[]),
        ("ps:HSBC", &[Funding], &[Remittances], &[]),
        ("ps:MICROSOFT", &[TechnicalExpertise, InKind], &[], &[]),
        ("ps:SKYPE", &[TechnicalExpertise, InKind], &[], &[]),
        (
            "ps:UNIVISION",
            &[KnowledgeSharing],
            &[DiasporaEngagement],
            &[Americas],
        ),
    ]
};

/// Official languages of the platform (other than English) by country.
pub(super) const COUNTRY_LANGUAGES: &[(Language, &[&str])] = &[
    (
        Language::Es,
        &[
            "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GQ", "GT", "HN", "MX", "NI",
            "PA", "PE", "PY", "SV", "UY", "VE",
        ],
    ),
    (
        Language::Fr,
        &[
            "BE", "BF", "BI", "BJ", "CA", "CD", "CF", "CG", "CH", "CI", "CM", "DJ", "FR", "GA",
            "GN", "HT", "KM", "LU", "MC", "MG", "ML", "NE", "RW", "SC", "SN", "TD", "TG", "VU",
        ],
    ),
    (
        Language::Ar,
        &[
            "AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
            "SA", "SD", "SY", "TN", "YE",
        ],
    ),
    (Language::Ru, &["BY", "KG", "KZ", "RU"]),
    (Language::Zh, &["CN", "HK", "MO", "SG", "TW"]),
];
