//! What a similarity figure means (issue 14, point 6): the bands of the duplicate check,
//! calibrated on labelled pairs (`tests/fixtures/similarity_pairs.json`; the test below
//! prints the confusion table that docs/ARCHITECTURE.md quotes).
//!
//! The floors follow two rules, not a search: "Same" starts halfway between the best pair
//! that is *not* one project (0.20) and the weakest retelling of one project in the same
//! language (0.38); "Related" starts just above the best unrelated pair (0.10). A project
//! retold in another language shares only its theme and country codes and a few cognates,
//! so it scores 0.05–0.25: shown as related at best, never as the same project. That is
//! the honest limit of a lexical measure.

/// How alike two projects are, as the duplicate check says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// Very likely the same project: worth joining rather than proposing again.
    Same,
    /// On the same subject, probably another project: worth a look.
    Related,
}

impl Band {
    /// The lowest similarity of this band.
    pub const fn floor(self) -> f64 {
        match self {
            Band::Same => 0.3,
            Band::Related => 0.11,
        }
    }

    /// The band of a similarity; `None` below every band (not shown).
    pub fn of(similarity: f64) -> Option<Band> {
        [Band::Same, Band::Related]
            .into_iter()
            .find(|b| similarity >= b.floor())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::text::similar::{Doc, SimilarityIndex};
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Fixture {
        docs: Vec<FixtureDoc>,
        pairs: Vec<(String, String, String)>,
    }

    #[derive(Deserialize)]
    struct FixtureDoc {
        id: String,
        lang: String,
        title: String,
        summary: String,
        themes: Vec<String>,
        countries: Vec<String>,
    }

    fn doc(d: &FixtureDoc) -> Doc<'_, &str> {
        Doc {
            key: d.id.as_str(),
            lang: d.lang.parse::<Language>().expect("a language code"),
            title: &d.title,
            summary: &d.summary,
            themes: &d.themes,
            countries: &d.countries,
        }
    }

    /// What a pair is, by its label and whether both texts share a language.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Truth {
        SameProject,
        SameProjectTranslated,
        Related,
        Unrelated,
    }

    impl Truth {
        const ALL: [Truth; 4] = [
            Truth::SameProject,
            Truth::SameProjectTranslated,
            Truth::Related,
            Truth::Unrelated,
        ];

        fn name(self) -> &'static str {
            match self {
                Truth::SameProject => "same project, one language",
                Truth::SameProjectTranslated => "same project, two languages",
                Truth::Related => "same theme, other project",
                Truth::Unrelated => "unrelated",
            }
        }

        /// The bands a pair may fall in: a translation may be anything short of a
        /// false "same" elsewhere (see the module's documentation).
        fn allows(self, band: Option<Band>) -> bool {
            match self {
                Truth::SameProject => band == Some(Band::Same),
                Truth::SameProjectTranslated => true,
                Truth::Related => band != Some(Band::Same),
                Truth::Unrelated => band.is_none(),
            }
        }
    }

    const COLUMNS: [Option<Band>; 3] = [Some(Band::Same), Some(Band::Related), None];

    #[test]
    fn every_labelled_pair_falls_in_its_band() {
        let fixture: Fixture =
            serde_json::from_str(include_str!("../../tests/fixtures/similarity_pairs.json"))
                .expect("the fixture parses");
        let index = SimilarityIndex::new(fixture.docs.iter().map(doc));
        let find = |id: &str| {
            fixture
                .docs
                .iter()
                .find(|d| d.id == id)
                .unwrap_or_else(|| panic!("no doc {id}"))
        };
        let mut table = [[0_u32; 3]; 4];
        let mut wrong = Vec::new();
        for (a, b, label) in &fixture.pairs {
            let (a, b) = (find(a), find(b));
            let truth = match (label.as_str(), a.lang == b.lang) {
                ("same", true) => Truth::SameProject,
                ("same", false) => Truth::SameProjectTranslated,
                ("related", _) => Truth::Related,
                ("unrelated", _) => Truth::Unrelated,
                _ => panic!("unknown label {label}"),
            };
            let score = index.similarity(&doc(a), &doc(b));
            let band = Band::of(score);
            println!("{score:.3} {band:?} {} / {} ({})", a.id, b.id, truth.name());
            let row = Truth::ALL.iter().position(|t| *t == truth).unwrap_or(0);
            let col = COLUMNS.iter().position(|c| *c == band).unwrap_or(0);
            table[row][col] += 1;
            if !truth.allows(band) {
                wrong.push(format!("{} / {}: {score:.3} {band:?}", a.id, b.id));
            }
        }
        println!("| pairs | very likely the same | related | not shown |");
        println!("|---|---|---|---|");
        for (truth, row) in Truth::ALL.iter().zip(table) {
            println!(
                "| {} | {} | {} | {} |",
                truth.name(),
                row[0],
                row[1],
                row[2]
            );
        }
        assert!(wrong.is_empty(), "pairs out of their band: {wrong:#?}");
        let said_same: u32 = table.iter().map(|r| r[0]).sum();
        let truly_same = table[0][0] + table[1][0];
        assert!(
            f64::from(truly_same) >= 0.9 * f64::from(said_same) && said_same > 0,
            "precision of \"same\": {truly_same}/{said_same}"
        );
        // Translations: most must at least be shown, so a delegate sees them.
        let translated: u32 = table[1].iter().sum();
        assert!(
            3 * (table[1][0] + table[1][1]) >= 2 * translated,
            "translations shown: {:?}",
            table[1]
        );
    }
}
