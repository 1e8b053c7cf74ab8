//! `pfp import FILE.json`: organisations (with their profiles), projects (with needs,
//! owners and partners) and engagements from a JSON file (format in README.md, example
//! in `docs/import-example.json`).
//!
//! Everything is checked before anything is written, and every problem is reported with
//! its JSON path (`projects[3].needs[0].kind: unknown need code "money"`); then the whole
//! file is written in one transaction, or nothing is.
//!
//! Idempotent on codes: an organisation or project whose `code` is already in the
//! database is **updated** (its fields replaced; an organisation's profile, a project's
//! themes, countries, needs, owners and partners replaced by the file's), so importing
//! the same file twice changes nothing the second time. An engagement identical to one
//! already recorded (same organisation, kind, session and description) is skipped. A code
//! given twice in the same file is an error. References (owners, partners, engagements)
//! may name organisations of the file or of the database; owners must be governments.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::{Map, Value};

use crate::db::code::code;
use crate::db::models::{NewOrganisation, NewProject};
use crate::db::queries::profiles::{self, Profile};
use crate::db::queries::seed::{self, EngagementRecord, ProjectParts};
use crate::db::schema::{
    engagements, organisations, project_countries, project_needs, project_partners, project_themes,
    projects,
};
use crate::db::{DbConn, DbError};
use crate::domain::organisation::{OrganisationCode, parse_acronym, parse_website};
use crate::domain::text::{LongText, OrganisationName, ProjectSummary, ProjectTitle};
use crate::domain::{
    CountryCode, EngagementKind, Language, NeedKind, OrganisationKind, PartnerRole, ProjectStage,
    PublicationState, Region, Theme,
};

/// Longest offer or need description, in characters.
const MAX_DESCRIPTION: usize = 2000;

/// An organisation of the file, checked.
#[derive(Debug, Clone)]
pub struct ImportOrganisation {
    code: String,
    name: String,
    acronym: Option<String>,
    kind: OrganisationKind,
    country: Option<CountryCode>,
    region: Option<Region>,
    description: String,
    website: Option<String>,
    lang: Language,
    profile: Profile,
}

/// A project of the file, checked.
#[derive(Debug, Clone)]
pub struct ImportProject {
    code: String,
    title: String,
    summary: String,
    objectives: String,
    lang: Language,
    status: PublicationState,
    stage: ProjectStage,
    themes: Vec<Theme>,
    countries: Vec<CountryCode>,
    needs: Vec<(NeedKind, String)>,
    owners: Vec<String>,
    partners: Vec<(String, PartnerRole)>,
}

/// An engagement of the file, checked.
#[derive(Debug, Clone)]
pub struct ImportEngagement {
    organisation: String,
    kind: EngagementKind,
    session: Option<String>,
    description: String,
    amount: Option<i64>,
    currency: Option<String>,
}

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

/// What an import did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ImportReport {
    /// Organisations added.
    pub organisations_added: usize,
    /// Organisations updated.
    pub organisations_updated: usize,
    /// Projects added.
    pub projects_added: usize,
    /// Projects updated.
    pub projects_updated: usize,
    /// Engagements added.
    pub engagements_added: usize,
    /// Engagements already recorded.
    pub engagements_skipped: usize,
}

/// Collects problems while reading one JSON object.
struct Reader<'a, 'p> {
    obj: &'a Map<String, Value>,
    at: String,
    problems: &'p mut Vec<String>,
}

impl<'a, 'p> Reader<'a, 'p> {
    fn new(value: &'a Value, at: String, problems: &'p mut Vec<String>) -> Option<Reader<'a, 'p>> {
        match value.as_object() {
            Some(obj) => Some(Reader { obj, at, problems }),
            None => {
                problems.push(format!("{at}: expected an object"));
                None
            }
        }
    }

    fn problem(&mut self, key: &str, message: impl std::fmt::Display) {
        self.problems.push(format!("{}.{key}: {message}", self.at));
    }

    /// Refuses keys not in `known` (a typo would otherwise be silently ignored).
    fn only(&mut self, known: &[&str]) {
        let unknown: Vec<String> = self
            .obj
            .keys()
            .filter(|k| !known.contains(&k.as_str()))
            .cloned()
            .collect();
        for k in unknown {
            self.problem(&k, "unknown field");
        }
    }

    fn string(&mut self, key: &str, required: bool) -> Option<String> {
        match self.obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.problem(key, "missing");
                }
                None
            }
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                self.problem(key, "expected a string");
                None
            }
        }
    }

    fn code<T: std::str::FromStr<Err = crate::domain::UnknownCode>>(
        &mut self,
        key: &str,
        required: bool,
    ) -> Option<T> {
        let s = self.string(key, required)?;
        match s.parse() {
            Ok(v) => Some(v),
            Err(e) => {
                self.problem(key, e);
                None
            }
        }
    }

    fn array(&mut self, key: &str) -> Vec<&'a Value> {
        match self.obj.get(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items.iter().collect(),
            Some(_) => {
                self.problem(key, "expected an array");
                Vec::new()
            }
        }
    }

    /// An array of codes of one list.
    fn codes<T: std::str::FromStr<Err = crate::domain::UnknownCode>>(
        &mut self,
        key: &str,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for (i, v) in self.array(key).into_iter().enumerate() {
            match v.as_str().map(str::parse::<T>) {
                Some(Ok(c)) => out.push(c),
                Some(Err(e)) => self.problem(&format!("{key}[{i}]"), e),
                None => self.problem(&format!("{key}[{i}]"), "expected a string"),
            }
        }
        out
    }

    fn countries(&mut self, key: &str) -> Vec<CountryCode> {
        let mut out = Vec::new();
        for (i, v) in self.array(key).into_iter().enumerate() {
            match v.as_str().map(CountryCode::parse) {
                Some(Ok(c)) => out.push(c),
                Some(Err(e)) => self.problem(&format!("{key}[{i}]"), e),
                None => self.problem(&format!("{key}[{i}]"), "expected a string"),
            }
        }
        out
    }

    fn sub(&mut self, at: String, value: &'a Value) -> Option<Reader<'a, '_>> {
        Reader::new(value, at, self.problems)
    }
}

fn description_field(r: &mut Reader<'_, '_>, key: &str) -> String {
    let text = r
        .string(key, false)
        .map(|s| crate::domain::text::clean(&s))
        .unwrap_or_default();
    if text.chars().count() > MAX_DESCRIPTION {
        r.problem(key, format!("longer than {MAX_DESCRIPTION} characters"));
    }
    text
}

fn organisation(
    value: &Value,
    at: String,
    problems: &mut Vec<String>,
) -> Option<ImportOrganisation> {
    let mut r = Reader::new(value, at.clone(), problems)?;
    r.only(&[
        "code",
        "name",
        "acronym",
        "kind",
        "country",
        "region",
        "description",
        "website",
        "lang",
        "profile",
    ]);
    let code = r
        .string("code", true)
        .and_then(|c| match OrganisationCode::parse(&c) {
            Ok(c) => Some(c.as_str().to_owned()),
            Err(e) => {
                r.problem("code", e);
                None
            }
        });
    let name = r
        .string("name", true)
        .and_then(|n| match OrganisationName::parse(&n) {
            Ok(n) => Some(n.as_str().to_owned()),
            Err(e) => {
                r.problem("name", e);
                None
            }
        });
    let acronym = match r.string("acronym", false).map(|a| parse_acronym(&a)) {
        Some(Ok(a)) => a,
        Some(Err(e)) => {
            r.problem("acronym", e);
            None
        }
        None => None,
    };
    let kind: Option<OrganisationKind> = r.code("kind", true);
    let country = match r.string("country", false).map(|c| CountryCode::parse(&c)) {
        Some(Ok(c)) => Some(c),
        Some(Err(e)) => {
            r.problem("country", e);
            None
        }
        None => None,
    };
    if kind == Some(OrganisationKind::Government)
        && country.is_none()
        && r.obj.get("country").is_none_or(Value::is_null)
    {
        r.problem("country", "required for a government");
    }
    let region: Option<Region> = r.code("region", false);
    let description = r
        .string("description", false)
        .map(|s| crate::domain::text::clean(&s))
        .unwrap_or_default();
    if description.chars().count() > 10_000 {
        r.problem("description", "longer than 10000 characters");
    }
    let website = match r.string("website", false).map(|w| parse_website(&w)) {
        Some(Ok(w)) => w,
        Some(Err(e)) => {
            r.problem("website", e);
            None
        }
        None => None,
    };
    let lang = match r.string("lang", false).map(|l| l.parse::<Language>()) {
        Some(Ok(l)) => l,
        Some(Err(_)) => {
            r.problem("lang", "expected one of en, fr, es, ar, zh, ru");
            Language::En
        }
        None => Language::En,
    };
    let mut profile = Profile::default();
    if let Some(p) = r.obj.get("profile").filter(|p| !p.is_null())
        && let Some(mut pr) = r.sub(format!("{at}.profile"), p)
    {
        {
            pr.only(&["offers", "themes", "regions", "countries", "languages"]);
            for (i, offer) in pr.array("offers").into_iter().enumerate() {
                let oat = format!("{}.offers[{i}]", pr.at);
                if let Some(mut o) = pr.sub(oat, offer) {
                    o.only(&["kind", "description"]);
                    let kind: Option<NeedKind> = o.code("kind", true);
                    let text = description_field(&mut o, "description");
                    if let Some(kind) = kind {
                        profile.offers.push((kind, text));
                    }
                }
            }
            profile.themes = pr.codes("themes");
            profile.regions = pr.codes("regions");
            profile.countries = pr.countries("countries");
            for (i, v) in pr.array("languages").into_iter().enumerate() {
                match v.as_str().and_then(|l| l.parse::<Language>().ok()) {
                    Some(l) => profile.languages.push(l),
                    None => pr.problem(
                        &format!("languages[{i}]"),
                        "expected one of en, fr, es, ar, zh, ru",
                    ),
                }
            }
        }
    }
    Some(ImportOrganisation {
        code: code?,
        name: name?,
        acronym,
        kind: kind?,
        region: region.or_else(|| country.and_then(crate::matching::geo::region_of)),
        country,
        description,
        website,
        lang,
        profile,
    })
}

fn project(value: &Value, at: String, problems: &mut Vec<String>) -> Option<ImportProject> {
    let mut r = Reader::new(value, at.clone(), problems)?;
    r.only(&[
        "code",
        "title",
        "summary",
        "objectives",
        "lang",
        "status",
        "stage",
        "themes",
        "countries",
        "needs",
        "owners",
        "partners",
    ]);
    let code = r.string("code", true).and_then(|c| {
        let c = c.trim().to_owned();
        if c.is_empty() || c.chars().count() > 50 || c.chars().any(char::is_whitespace) {
            r.problem("code", "expected 1 to 50 characters without spaces");
            None
        } else {
            Some(c)
        }
    });
    let title = r
        .string("title", true)
        .and_then(|t| match ProjectTitle::parse(&t) {
            Ok(t) => Some(t.as_str().to_owned()),
            Err(e) => {
                r.problem("title", e);
                None
            }
        });
    let summary = r
        .string("summary", true)
        .and_then(|t| match ProjectSummary::parse(&t) {
            Ok(t) => Some(t.as_str().to_owned()),
            Err(e) => {
                r.problem("summary", e);
                None
            }
        });
    let objectives = match LongText::parse(&r.string("objectives", false).unwrap_or_default()) {
        Ok(t) => t.as_str().to_owned(),
        Err(e) => {
            r.problem("objectives", e);
            String::new()
        }
    };
    let lang = match r.string("lang", false).map(|l| l.parse::<Language>()) {
        Some(Ok(l)) => l,
        Some(Err(_)) => {
            r.problem("lang", "expected one of en, fr, es, ar, zh, ru");
            Language::En
        }
        None => Language::En,
    };
    let status: Option<PublicationState> = r.code("status", true);
    let stage: Option<ProjectStage> = r.code("stage", true);
    let themes = r.codes("themes");
    let countries = r.countries("countries");
    let mut needs = Vec::new();
    for (i, need) in r.array("needs").into_iter().enumerate() {
        let nat = format!("{at}.needs[{i}]");
        if let Some(mut n) = r.sub(nat, need) {
            n.only(&["kind", "description"]);
            let kind: Option<NeedKind> = n.code("kind", true);
            let text = description_field(&mut n, "description");
            if let Some(kind) = kind {
                needs.push((kind, text));
            }
        }
    }
    let mut owners = Vec::new();
    for (i, v) in r.array("owners").into_iter().enumerate() {
        match v.as_str() {
            Some(c) => owners.push(c.to_owned()),
            None => r.problem(&format!("owners[{i}]"), "expected an organisation code"),
        }
    }
    let mut partners = Vec::new();
    for (i, p) in r.array("partners").into_iter().enumerate() {
        let pat = format!("{at}.partners[{i}]");
        if let Some(mut pr) = r.sub(pat, p) {
            pr.only(&["organisation", "role"]);
            let org = pr.string("organisation", true);
            let role: Option<PartnerRole> = pr.code("role", true);
            if role == Some(PartnerRole::Owner) {
                pr.problem("role", "owners are listed in \"owners\"");
            } else if let (Some(org), Some(role)) = (org, role) {
                partners.push((org, role));
            }
        }
    }
    Some(ImportProject {
        code: code?,
        title: title?,
        summary: summary?,
        objectives,
        lang,
        status: status?,
        stage: stage?,
        themes,
        countries,
        needs,
        owners,
        partners,
    })
}

fn engagement(value: &Value, at: String, problems: &mut Vec<String>) -> Option<ImportEngagement> {
    let mut r = Reader::new(value, at, problems)?;
    r.only(&[
        "organisation",
        "kind",
        "session",
        "description",
        "amount",
        "currency",
    ]);
    let organisation = r.string("organisation", true);
    let kind: Option<EngagementKind> = r.code("kind", true);
    let session = r.string("session", false);
    let description = r
        .string("description", true)
        .map(|d| crate::domain::text::clean(&d));
    if description.as_deref() == Some("") {
        r.problem("description", "must not be empty");
    }
    let amount = match r.obj.get("amount") {
        None | Some(Value::Null) => None,
        Some(v) => match v.as_i64().filter(|a| *a >= 0) {
            Some(a) => Some(a),
            None => {
                r.problem("amount", "expected a whole number of at least 0");
                None
            }
        },
    };
    let currency = r.string("currency", false);
    if let Some(c) = &currency
        && !(c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))
    {
        r.problem(
            "currency",
            "expected a three-letter ISO 4217 code such as USD",
        );
    }
    if amount.is_some() != currency.is_some() {
        r.problem("amount", "give both amount and currency, or neither");
    }
    Some(ImportEngagement {
        organisation: organisation?,
        kind: kind?,
        session,
        description: description?,
        amount,
        currency,
    })
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

/// Organisation codes and kinds already in the database.
pub fn existing_organisations(
    conn: &mut DbConn,
) -> Result<HashMap<String, OrganisationKind>, DbError> {
    let rows: Vec<(String, String)> = organisations::table
        .select((organisations::code, organisations::kind))
        .load(conn)?;
    rows.into_iter()
        .map(|(c, k)| Ok((c, code("organisations.kind", &k)?)))
        .collect()
}

fn search_text(o: &ImportOrganisation) -> String {
    crate::text::search_text([
        o.name.as_str(),
        o.acronym.as_deref().unwrap_or(""),
        o.description.as_str(),
    ])
}

/// Writes a checked file (run inside one transaction).
pub fn write(
    conn: &mut DbConn,
    file: &ImportFile,
    now: NaiveDateTime,
) -> Result<ImportReport, DbError> {
    let mut report = ImportReport::default();
    let mut ids: HashMap<String, i32> = organisations::table
        .select((organisations::code, organisations::id))
        .load::<(String, i32)>(conn)?
        .into_iter()
        .collect();
    for o in &file.organisations {
        let id = match ids.get(&o.code) {
            Some(&id) => {
                diesel::update(organisations::table.find(id))
                    .set((
                        organisations::name.eq(&o.name),
                        organisations::acronym.eq(o.acronym.as_deref()),
                        organisations::kind.eq(o.kind.code()),
                        organisations::country_code.eq(o.country.as_ref().map(CountryCode::as_str)),
                        organisations::region.eq(o.region.map(Region::code)),
                        organisations::description.eq(&o.description),
                        organisations::website.eq(o.website.as_deref()),
                        organisations::lang.eq(o.lang.code()),
                        organisations::search_text.eq(search_text(o)),
                        organisations::updated_at.eq(now),
                    ))
                    .execute(conn)?;
                report.organisations_updated += 1;
                id
            }
            None => {
                let id = seed::insert_organisation(
                    conn,
                    &NewOrganisation {
                        code: &o.code,
                        name: &o.name,
                        acronym: o.acronym.as_deref(),
                        kind: o.kind.code(),
                        country_code: o.country.as_ref().map(CountryCode::as_str),
                        region: o.region.map(Region::code),
                        subregion: None,
                        description: &o.description,
                        website: o.website.as_deref(),
                        lang: o.lang.code(),
                        search_text: search_text(o),
                        created_at: now,
                        updated_at: now,
                    },
                )?;
                ids.insert(o.code.clone(), id);
                report.organisations_added += 1;
                id
            }
        };
        // Contacts are people of the platform, not part of the file: keep them.
        let mut profile = o.profile.clone();
        profile.contacts = profiles::load(conn, id)?.contacts;
        profiles::replace(conn, id, &profile)?;
    }
    let project_ids: HashMap<String, (i32, String)> = projects::table
        .filter(projects::code.is_not_null())
        .select((
            projects::code.assume_not_null(),
            projects::id,
            projects::stage,
        ))
        .load::<(String, i32, String)>(conn)?
        .into_iter()
        .map(|(c, id, stage)| (c, (id, stage)))
        .collect();
    for p in &file.projects {
        let search =
            crate::text::search_text([p.title.as_str(), p.summary.as_str(), p.objectives.as_str()]);
        let mut partners: Vec<(i32, &str)> = p
            .owners
            .iter()
            .map(|o| (ids[o.as_str()], PartnerRole::Owner.code()))
            .collect();
        partners.extend(p.partners.iter().map(|(o, r)| (ids[o.as_str()], r.code())));
        partners.sort_unstable();
        partners.dedup();
        let mut themes: Vec<&str> = p.themes.iter().map(|t| t.code()).collect();
        themes.sort_unstable();
        themes.dedup();
        let mut countries: Vec<&str> = p.countries.iter().map(CountryCode::as_str).collect();
        countries.sort_unstable();
        countries.dedup();
        let stage_note = (p.stage.code(), now.date(), "Imported", "pfp import");
        match project_ids.get(&p.code) {
            Some((id, old_stage)) => {
                let id = *id;
                diesel::update(projects::table.find(id))
                    .set((
                        projects::title.eq(&p.title),
                        projects::summary.eq(&p.summary),
                        projects::objectives.eq(&p.objectives),
                        projects::lang.eq(p.lang.code()),
                        projects::status.eq(p.status.code()),
                        projects::stage.eq(p.stage.code()),
                        projects::search_text.eq(&search),
                        projects::updated_at.eq(now),
                    ))
                    .execute(conn)?;
                diesel::delete(project_themes::table.filter(project_themes::project_id.eq(id)))
                    .execute(conn)?;
                diesel::delete(
                    project_countries::table.filter(project_countries::project_id.eq(id)),
                )
                .execute(conn)?;
                diesel::delete(project_needs::table.filter(project_needs::project_id.eq(id)))
                    .execute(conn)?;
                diesel::delete(project_partners::table.filter(project_partners::project_id.eq(id)))
                    .execute(conn)?;
                let stages = if old_stage != p.stage.code() {
                    vec![stage_note]
                } else {
                    Vec::new()
                };
                seed::insert_parts(
                    conn,
                    id,
                    &ProjectParts {
                        themes,
                        countries,
                        needs: p
                            .needs
                            .iter()
                            .map(|(k, d)| (k.code(), d.as_str()))
                            .collect(),
                        partners,
                        outcomes: Vec::new(),
                        stages,
                    },
                    now,
                )?;
                report.projects_updated += 1;
            }
            None => {
                seed::insert_project(
                    conn,
                    &NewProject {
                        code: Some(&p.code),
                        title: &p.title,
                        summary: &p.summary,
                        objectives: &p.objectives,
                        origin: "",
                        lang: p.lang.code(),
                        status: p.status.code(),
                        stage: p.stage.code(),
                        search_text: search,
                        created_at: now,
                        updated_at: now,
                    },
                    &ProjectParts {
                        themes,
                        countries,
                        needs: p
                            .needs
                            .iter()
                            .map(|(k, d)| (k.code(), d.as_str()))
                            .collect(),
                        partners,
                        outcomes: Vec::new(),
                        stages: vec![stage_note],
                    },
                )?;
                report.projects_added += 1;
            }
        }
    }
    for e in &file.engagements {
        let organisation_id = ids[e.organisation.as_str()];
        let mut query = engagements::table
            .filter(engagements::organisation_id.eq(organisation_id))
            .filter(engagements::kind.eq(e.kind.code()))
            .filter(engagements::description.eq(&e.description))
            .into_boxed();
        query = match &e.session {
            Some(s) => query.filter(engagements::session.eq(s)),
            None => query.filter(engagements::session.is_null()),
        };
        let already: i64 = query.count().get_result(conn)?;
        if already > 0 {
            report.engagements_skipped += 1;
            continue;
        }
        seed::insert_engagement(
            conn,
            &EngagementRecord {
                organisation_id,
                kind: e.kind.code(),
                session: e.session.as_deref(),
                description: &e.description,
                amount: e.amount,
                currency: e.currency.as_deref(),
            },
            now,
        )?;
        report.engagements_added += 1;
    }
    Ok(report)
}

/// Why an import did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file has problems; nothing was written.
    #[error("{} problem(s), nothing imported:\n{}", .0.len(), .0.join("\n"))]
    Invalid(Vec<String>),
    /// The database failed; nothing was written.
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Checks and writes `json` in one transaction: all or nothing.
pub fn run(conn: &mut DbConn, json: &str, now: NaiveDateTime) -> Result<ImportReport, ImportError> {
    crate::db::in_transaction(conn, |c| {
        let existing = existing_organisations(c)?;
        match parse(json, &existing) {
            Ok(file) => Ok(Ok(write(c, &file, now)?)),
            Err(problems) => Ok(Err(problems)),
        }
    })?
    .map_err(ImportError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../docs/import-example.json");

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
