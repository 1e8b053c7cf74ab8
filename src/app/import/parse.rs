//! Reading and checking a whole import file: each record, then the references between
//! them and to the organisations already in the database, and the codes given twice.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::reader::Reader;
use super::records::{
    ImportEngagement, ImportOrganisation, ImportProject, engagement, organisation, project,
};
use crate::domain::OrganisationKind;

/// A whole file, checked.
#[derive(Debug, Clone, Default)]
pub struct ImportFile {
    /// Organisations.
    pub organisations: Vec<ImportOrganisation>,
    /// Projects.
    pub projects: Vec<ImportProject>,
    /// Engagements.
    pub engagements: Vec<ImportEngagement>,
}

/// Reads and checks a file against the organisations already in the database (code →
/// kind). Every problem comes with its path.
pub fn parse(
    json: &str,
    existing: &HashMap<String, OrganisationKind>,
) -> Result<ImportFile, Vec<String>> {
    let root: Value = serde_json::from_str(json).map_err(|e| vec![format!("(file): {e}")])?;
    let mut problems = Vec::new();
    let mut file = ImportFile::default();
    let Some(mut r) = Reader::new(&root, "(file)".into(), &mut problems) else {
        return Err(problems);
    };
    r.only(&["organisations", "projects", "engagements"]);
    let orgs = r.array("organisations");
    let projs = r.array("projects");
    let engs = r.array("engagements");
    drop(r);
    for (i, v) in orgs.into_iter().enumerate() {
        if let Some(o) = organisation(v, format!("organisations[{i}]"), &mut problems) {
            file.organisations.push(o);
        }
    }
    for (i, v) in projs.into_iter().enumerate() {
        if let Some(p) = project(v, format!("projects[{i}]"), &mut problems) {
            file.projects.push(p);
        }
    }
    for (i, v) in engs.into_iter().enumerate() {
        if let Some(e) = engagement(v, format!("engagements[{i}]"), &mut problems) {
            file.engagements.push(e);
        }
    }
    // References and duplicates, once every record is read.
    let mut kinds: HashMap<&str, OrganisationKind> =
        existing.iter().map(|(c, k)| (c.as_str(), *k)).collect();
    let mut seen = HashSet::new();
    for (i, o) in file.organisations.iter().enumerate() {
        if !seen.insert(o.code.as_str()) {
            problems.push(format!(
                "organisations[{i}].code: {:?} appears twice",
                o.code
            ));
        }
        kinds.insert(&o.code, o.kind);
    }
    let mut seen = HashSet::new();
    for (i, p) in file.projects.iter().enumerate() {
        if !seen.insert(p.code.as_str()) {
            problems.push(format!("projects[{i}].code: {:?} appears twice", p.code));
        }
        for (j, owner) in p.owners.iter().enumerate() {
            match kinds.get(owner.as_str()) {
                None => problems.push(format!(
                    "projects[{i}].owners[{j}]: unknown organisation {owner:?}"
                )),
                Some(k) if *k != OrganisationKind::Government => problems.push(format!(
                    "projects[{i}].owners[{j}]: only governments may own a project"
                )),
                Some(_) => {}
            }
        }
        for (j, (org, _)) in p.partners.iter().enumerate() {
            if !kinds.contains_key(org.as_str()) {
                problems.push(format!(
                    "projects[{i}].partners[{j}].organisation: unknown organisation {org:?}"
                ));
            }
        }
    }
    for (i, e) in file.engagements.iter().enumerate() {
        if !kinds.contains_key(e.organisation.as_str()) {
            problems.push(format!(
                "engagements[{i}].organisation: unknown organisation {:?}",
                e.organisation
            ));
        }
    }
    // Problems in file order.
    problems.sort_by_key(|p| {
        let section = ["organisations", "projects", "engagements"]
            .iter()
            .position(|s| p.starts_with(s))
            .unwrap_or(3);
        let index: usize = p
            .split_once('[')
            .and_then(|(_, rest)| rest.split_once(']'))
            .and_then(|(n, _)| n.parse().ok())
            .unwrap_or(0);
        (section, index)
    });
    if problems.is_empty() {
        Ok(file)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../../docs/import-example.json");

    #[test]
    fn the_example_is_valid() {
        let existing = HashMap::from([("MX".to_owned(), OrganisationKind::Government)]);
        let file = parse(EXAMPLE, &existing).expect("the documented example imports");
        assert!(!file.organisations.is_empty() && !file.projects.is_empty());
    }

    #[test]
    fn every_problem_is_reported_with_its_path() {
        let json = r#"{
          "organisations": [
            {"code": "cs:ONE", "name": "One", "kind": "civil_society",
             "profile": {"offers": [{"kind": "money"}], "themes": ["weather"]}},
            {"code": "cs:ONE", "name": "", "kind": "club", "colour": "red"}
          ],
          "projects": [
            {"code": "p1", "title": "T", "summary": "S", "status": "endorsed", "stage": "design",
             "needs": [{"kind": "money"}], "owners": ["cs:ONE", "ZZ"],
             "partners": [{"organisation": "cs:NONE", "role": "funder"}], "countries": ["XX"]}
          ],
          "engagements": [{"organisation": "cs:ONE", "kind": "contribution", "description": "x", "amount": 5}]
        }"#;
        let problems = parse(json, &HashMap::new()).unwrap_err();
        let expected = [
            "organisations[0].profile.offers[0].kind: unknown need code \"money\"",
            "organisations[0].profile.themes[0]: unknown theme code \"weather\"",
            "organisations[1].colour: unknown field",
            "organisations[1].name: ",
            "organisations[1].kind: unknown organisation kind code \"club\"",
            "projects[0].countries[0]: ",
            "projects[0].needs[0].kind: unknown need code \"money\"",
            "projects[0].owners[0]: only governments may own a project",
            "projects[0].owners[1]: unknown organisation \"ZZ\"",
            "projects[0].partners[0].organisation: unknown organisation \"cs:NONE\"",
            "engagements[0].amount: give both amount and currency, or neither",
        ];
        for e in expected {
            assert!(
                problems.iter().any(|p| p.starts_with(e)),
                "{e} missing from {problems:#?}"
            );
        }
    }
}
