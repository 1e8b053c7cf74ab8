//! One record of an import file read and checked: an organisation (with its profile),
//! a project (with needs, owners and partners), an engagement.

use serde_json::Value;

use super::reader::{Reader, description_field};
use crate::db::queries::profiles::Profile;
use crate::domain::organisation::{OrganisationCode, parse_acronym, parse_website};
use crate::domain::text::{LongText, OrganisationName, ProjectSummary, ProjectTitle};
use crate::domain::{
    CountryCode, EngagementKind, Language, NeedKind, OrganisationKind, PartnerRole, ProjectStage,
    PublicationState, Region, Theme,
};

/// An organisation of the file, checked.
#[derive(Debug, Clone)]
pub struct ImportOrganisation {
    pub(super) code: String,
    pub(super) name: String,
    pub(super) acronym: Option<String>,
    pub(super) kind: OrganisationKind,
    pub(super) country: Option<CountryCode>,
    pub(super) region: Option<Region>,
    pub(super) description: String,
    pub(super) website: Option<String>,
    pub(super) lang: Language,
    pub(super) profile: Profile,
    /// Its contact points (issue 13): added when the address is new to it.
    pub(super) contacts: Vec<crate::domain::contact::ContactInput>,
}

/// A project of the file, checked.
#[derive(Debug, Clone)]
pub struct ImportProject {
    pub(super) code: String,
    pub(super) title: String,
    pub(super) summary: String,
    pub(super) objectives: String,
    pub(super) lang: Language,
    pub(super) status: PublicationState,
    pub(super) stage: ProjectStage,
    pub(super) themes: Vec<Theme>,
    pub(super) countries: Vec<CountryCode>,
    pub(super) needs: Vec<(NeedKind, String)>,
    pub(super) owners: Vec<String>,
    pub(super) partners: Vec<(String, PartnerRole)>,
}

/// An engagement of the file, checked.
#[derive(Debug, Clone)]
pub struct ImportEngagement {
    pub(super) organisation: String,
    pub(super) kind: EngagementKind,
    pub(super) session: Option<String>,
    pub(super) description: String,
    pub(super) amount: Option<i64>,
    pub(super) currency: Option<String>,
}

pub(super) fn organisation(
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
        "contacts",
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
    let mut contacts = Vec::new();
    for (i, c) in r.array("contacts").into_iter().enumerate() {
        let cat = format!("{at}.contacts[{i}]");
        let Some(mut cr) = r.sub(cat, c) else {
            continue;
        };
        cr.only(&["kind", "name", "title", "email", "lang", "shown"]);
        let mut field = |k: &str| cr.string(k, false).unwrap_or_default();
        let form = crate::domain::contact::ContactForm {
            kind: field("kind"),
            name: field("name"),
            title: field("title"),
            email: field("email"),
            lang: field("lang"),
            shown: field("shown"),
        };
        match form.parse() {
            Ok(input) => contacts.push(input),
            Err(fields) => {
                for (f, _) in fields {
                    cr.problem(
                        f,
                        match f {
                            "kind" => "expected person or mailbox",
                            "name" => "expected a name of 1 to 100 characters",
                            "title" => "longer than 120 characters",
                            "email" => "not an e-mail address",
                            "lang" => "expected one of en, fr, es, ar, zh, ru",
                            _ => "expected nothing, name or address",
                        },
                    );
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
        contacts,
    })
}

pub(super) fn project(
    value: &Value,
    at: String,
    problems: &mut Vec<String>,
) -> Option<ImportProject> {
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

pub(super) fn engagement(
    value: &Value,
    at: String,
    problems: &mut Vec<String>,
) -> Option<ImportEngagement> {
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
