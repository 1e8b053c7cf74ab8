//! The proposal form exactly as typed: the ids of its controls (the need rows', and the
//! first control of each group, where the error summary sends the reader) and its values,
//! every one a string, read from the form's fields.

/// Most rows of needs one proposal holds.
pub const MAX_NEEDS: usize = 10;
/// Blank need rows the form offers beyond the filled ones (no JavaScript needed).
pub const BLANK_NEED_ROWS: usize = 3;
/// Longest contact name, in characters.
pub const CONTACT_NAME_MAX: usize = 200;

/// Ids (and names) of the need rows' kind selects.
pub const NEED_KIND_IDS: [&str; MAX_NEEDS] = [
    "need_kind_0",
    "need_kind_1",
    "need_kind_2",
    "need_kind_3",
    "need_kind_4",
    "need_kind_5",
    "need_kind_6",
    "need_kind_7",
    "need_kind_8",
    "need_kind_9",
];
/// Ids (and names) of the need rows' descriptions.
pub const NEED_DESCRIPTION_IDS: [&str; MAX_NEEDS] = [
    "need_description_0",
    "need_description_1",
    "need_description_2",
    "need_description_3",
    "need_description_4",
    "need_description_5",
    "need_description_6",
    "need_description_7",
    "need_description_8",
    "need_description_9",
];

/// The first control of each group, where the error summary sends the reader.
pub const THEMES_FIELD: &str = "theme-regular_migration_partnerships";
/// The countries select (regions are checkboxes after it).
pub const PLACES_FIELD: &str = "countries";
/// The first GFMD outcome checkbox is not known statically: problems with outcomes point
/// at their fieldset's first control, rendered with this id.
pub const OUTCOMES_FIELD: &str = "outcomes";

/// The proposal form exactly as typed, every value a string (a refused form shows it back).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProposalInput {
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Objectives.
    pub objectives: String,
    /// Expected results.
    pub expected_results: String,
    /// Theme codes ticked.
    pub themes: Vec<String>,
    /// Country codes chosen.
    pub countries: Vec<String>,
    /// Region codes ticked.
    pub regions: Vec<String>,
    /// Need rows: (kind code, description), blank rows included.
    pub needs: Vec<(String, String)>,
    /// Start date (`YYYY-MM-DD`, or `YYYY-MM`).
    pub starts_on: String,
    /// End date.
    pub ends_on: String,
    /// Budget range code, empty for none.
    pub budget: String,
    /// Ids of the GFMD outcomes ticked.
    pub outcomes: Vec<String>,
    /// Stage code.
    pub stage: String,
    /// Contact person.
    pub contact_name: String,
    /// Contact address.
    pub contact_email: String,
    /// Language code of the text.
    pub lang: String,
}

impl ProposalInput {
    /// Reads the form's fields (repeated names for checkboxes and multi-selects).
    pub fn from_pairs(pairs: &[(String, String)]) -> ProposalInput {
        let mut input = ProposalInput::default();
        let mut needs = vec![(String::new(), String::new()); MAX_NEEDS];
        for (k, v) in pairs {
            let v = v.clone();
            match k.as_str() {
                "title" => input.title = v,
                "summary" => input.summary = v,
                "objectives" => input.objectives = v,
                "expected_results" => input.expected_results = v,
                "themes" => input.themes.push(v),
                "countries" => input.countries.push(v),
                "regions" => input.regions.push(v),
                "starts_on" => input.starts_on = v,
                "ends_on" => input.ends_on = v,
                "budget" => input.budget = v,
                "outcomes" => input.outcomes.push(v),
                "stage" => input.stage = v,
                "contact_name" => input.contact_name = v,
                "contact_email" => input.contact_email = v,
                "lang_of_text" => input.lang = v,
                other => {
                    if let Some(i) = NEED_KIND_IDS.iter().position(|id| *id == other) {
                        needs[i].0 = v;
                    } else if let Some(i) = NEED_DESCRIPTION_IDS.iter().position(|id| *id == other)
                    {
                        needs[i].1 = v;
                    }
                }
            }
        }
        input.needs = needs
            .into_iter()
            .filter(|(k, d)| !k.trim().is_empty() || !d.trim().is_empty())
            .collect();
        input
    }

    /// Whether `code` is among the ticked themes (for the form).
    pub fn has_theme(&self, code: &str) -> bool {
        self.themes.iter().any(|t| t == code)
    }

    /// Whether `code` is among the chosen countries.
    pub fn has_country(&self, code: &str) -> bool {
        self.countries.iter().any(|t| t.eq_ignore_ascii_case(code))
    }

    /// Whether `code` is among the ticked regions.
    pub fn has_region(&self, code: &str) -> bool {
        self.regions.iter().any(|t| t == code)
    }

    /// Whether outcome `id` is ticked.
    pub fn has_outcome(&self, id: &i32) -> bool {
        let id = id.to_string();
        self.outcomes.contains(&id)
    }

    /// The need rows to show: the filled ones, then blank ones, at most [`MAX_NEEDS`].
    pub fn need_rows(&self) -> Vec<(usize, String, String)> {
        let blanks = (self.needs.len() + BLANK_NEED_ROWS).min(MAX_NEEDS);
        (0..blanks)
            .map(|i| {
                let (k, d) = self.needs.get(i).cloned().unwrap_or_default();
                (i, k, d)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_pairs_keep_rows_and_repeats() {
        let pairs: Vec<(String, String)> = [
            ("title", "T"),
            ("themes", "children"),
            ("themes", "health"),
            ("need_kind_0", "funding"),
            ("need_description_0", "x"),
            ("need_kind_1", ""),
            ("need_description_1", " "),
            ("need_kind_2", "training"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        let input = ProposalInput::from_pairs(&pairs);
        assert_eq!(input.themes, vec!["children", "health"]);
        assert_eq!(input.needs.len(), 2);
        assert_eq!(input.need_rows().len(), 5);
    }
}
