//! What a project typically needs at each stage of its lifecycle: the stage signal.
//!
//! A project's explicit needs are the strongest signal; the stage adds what projects at
//! that stage usually lack even when their owners have not said so yet. The table:
//!
//! | stage | offers that fit |
//! |---|---|
//! | initiation | knowledge sharing, data and research, political support, pilot country |
//! | design | technical expertise, funding, data and research, knowledge sharing, pilot country |
//! | implementation | implementation, funding, logistics, training, in kind |
//! | completion | data and research (evaluation), knowledge sharing (dissemination), political support (scaling up) |

use crate::domain::{NeedKind, ProjectStage};

/// The offers that fit a project at `stage`.
pub fn stage_needs(stage: ProjectStage) -> &'static [NeedKind] {
    use NeedKind::*;
    match stage {
        ProjectStage::Initiation => &[
            KnowledgeSharing,
            DataResearch,
            PoliticalSupport,
            PilotCountry,
        ],
        ProjectStage::Design => &[
            TechnicalExpertise,
            Funding,
            DataResearch,
            KnowledgeSharing,
            PilotCountry,
        ],
        ProjectStage::Implementation => &[Implementation, Funding, Logistics, Training, InKind],
        ProjectStage::Completion => &[DataResearch, KnowledgeSharing, PoliticalSupport],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn design_and_implementation_differ() {
        assert!(stage_needs(ProjectStage::Design).contains(&NeedKind::TechnicalExpertise));
        assert!(!stage_needs(ProjectStage::Implementation).contains(&NeedKind::TechnicalExpertise));
        assert!(stage_needs(ProjectStage::Implementation).contains(&NeedKind::Logistics));
        for s in ProjectStage::ALL {
            assert!(!stage_needs(*s).is_empty());
        }
    }
}
