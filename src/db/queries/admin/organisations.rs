//! Organisation administration: the organisations to choose in a form, one organisation,
//! and creating or editing one from checked values (the audit row lists what changed).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::models::{NewOrganisation, Organisation};
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::organisations;
use crate::db::{DbConn, DbError};
use crate::domain::organisation::OrganisationCode;
use crate::domain::{CountryCode, Language, OrganisationKind, Region};

/// An organisation to choose in a form: id, name, code, whether it is a government.
#[derive(Debug, Clone)]
pub struct OrganisationChoice {
    /// Id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Code.
    pub code: String,
    /// `OrganisationKind` code.
    pub kind: String,
}

impl OrganisationChoice {
    /// Whether it is a government (delegates belong to one).
    pub fn is_government(&self) -> bool {
        self.kind == OrganisationKind::Government.code()
    }
}

/// Every organisation, by name, for the choices of a form.
pub fn organisation_choices(conn: &mut DbConn) -> Result<Vec<OrganisationChoice>, DbError> {
    Ok(organisations::table
        .order((organisations::name, organisations::id))
        .select((
            organisations::id,
            organisations::name,
            organisations::code,
            organisations::kind,
        ))
        .load::<(i32, String, String, String)>(conn)?
        .into_iter()
        .map(|(id, name, code, kind)| OrganisationChoice {
            id,
            name,
            code,
            kind,
        })
        .collect())
}

/// An organisation as an administrator typed it, every value checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationValues {
    /// Code.
    pub code: OrganisationCode,
    /// Name.
    pub name: String,
    /// Acronym.
    pub acronym: Option<String>,
    /// Kind.
    pub kind: OrganisationKind,
    /// Country.
    pub country: Option<CountryCode>,
    /// Region.
    pub region: Option<Region>,
    /// Description.
    pub description: String,
    /// Web site.
    pub website: Option<String>,
    /// Language of the name and description.
    pub lang: Language,
}

impl OrganisationValues {
    /// The values as `(field, value)` pairs, for audit summaries.
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("code", self.code.as_str().to_owned()),
            ("name", self.name.clone()),
            ("acronym", self.acronym.clone().unwrap_or_default()),
            ("kind", self.kind.code().to_owned()),
            (
                "country",
                self.country.map(|c| c.to_string()).unwrap_or_default(),
            ),
            (
                "region",
                self.region.map(|r| r.code().to_owned()).unwrap_or_default(),
            ),
            (
                "description",
                crate::domain::text::excerpt(&self.description, 100),
            ),
            ("website", self.website.clone().unwrap_or_default()),
            ("lang", self.lang.code().to_owned()),
        ]
    }

    fn search_text(&self) -> String {
        crate::text::search_text([
            self.name.as_str(),
            self.acronym.as_deref().unwrap_or(""),
            self.description.as_str(),
        ])
    }
}

fn stored_fields(o: &Organisation) -> Vec<(&'static str, String)> {
    vec![
        ("code", o.code.clone()),
        ("name", o.name.clone()),
        ("acronym", o.acronym.clone().unwrap_or_default()),
        ("kind", o.kind.clone()),
        ("country", o.country_code.clone().unwrap_or_default()),
        ("region", o.region.clone().unwrap_or_default()),
        (
            "description",
            crate::domain::text::excerpt(&o.description, 100),
        ),
        ("website", o.website.clone().unwrap_or_default()),
        ("lang", o.lang.clone()),
    ]
}

fn summary(fields: &[(&'static str, String)]) -> String {
    fields
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// An organisation by id.
pub fn organisation(conn: &mut DbConn, id: i32) -> Result<Option<Organisation>, DbError> {
    Ok(organisations::table
        .find(id)
        .select(Organisation::as_select())
        .first(conn)
        .optional()?)
}

/// What became of a create or an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Saved (and audited); the organisation's id.
    Done(i32),
    /// An edit that changed nothing.
    Unchanged(i32),
    /// Another organisation has this code.
    CodeTaken,
    /// No such organisation (edit).
    NotFound,
}

fn code_taken(conn: &mut DbConn, code: &str, except: Option<i32>) -> Result<bool, DbError> {
    let mut query = organisations::table
        .filter(organisations::code.eq(code.to_owned()))
        .into_boxed();
    if let Some(id) = except {
        query = query.filter(organisations::id.ne(id));
    }
    Ok(query.count().get_result::<i64>(conn)? > 0)
}

fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

/// Creates an organisation, as administrator `actor`. Run in a transaction.
pub fn create_organisation(
    conn: &mut DbConn,
    actor: i32,
    v: &OrganisationValues,
    now: NaiveDateTime,
) -> Result<Saved, DbError> {
    if code_taken(conn, v.code.as_str(), None)? {
        return Ok(Saved::CodeTaken);
    }
    let country = v.country.map(|c| c.to_string());
    let inserted = diesel::insert_into(organisations::table)
        .values(&NewOrganisation {
            code: v.code.as_str(),
            name: &v.name,
            acronym: v.acronym.as_deref(),
            kind: v.kind.code(),
            country_code: country.as_deref(),
            region: v.region.map(Region::code),
            subregion: None,
            description: &v.description,
            website: v.website.as_deref(),
            lang: v.lang.code(),
            search_text: v.search_text(),
            created_at: now,
            updated_at: now,
        })
        .returning(organisations::id)
        .get_result::<i32>(conn);
    let id = match inserted {
        Ok(id) => id,
        // Created by someone else since the check: nothing was written.
        Err(e) if is_unique_violation(&e) => return Ok(Saved::CodeTaken),
        Err(e) => return Err(e.into()),
    };
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor),
            action: "organisation.created",
            subject_type: "organisation",
            subject_id: Some(id),
            before: "",
            after: &summary(&v.fields()),
            public: false,
        },
        now,
    )?;
    Ok(Saved::Done(id))
}

/// Changes organisation `id`, as administrator `actor`; the audit row lists the fields
/// that changed. Run in a transaction.
pub fn update_organisation(
    conn: &mut DbConn,
    actor: i32,
    id: i32,
    v: &OrganisationValues,
    now: NaiveDateTime,
) -> Result<Saved, DbError> {
    let Some(old) = organisation(conn, id)? else {
        return Ok(Saved::NotFound);
    };
    if code_taken(conn, v.code.as_str(), Some(id))? {
        return Ok(Saved::CodeTaken);
    }
    let (before, after): (Vec<_>, Vec<_>) = stored_fields(&old)
        .into_iter()
        .zip(v.fields())
        .filter(|(a, b)| a.1 != b.1)
        .unzip();
    // The description is summarised: compare it in full.
    let description_changed = old.description != v.description;
    if before.is_empty() && !description_changed {
        return Ok(Saved::Unchanged(id));
    }
    let country = v.country.map(|c| c.to_string());
    let updated = diesel::update(organisations::table.find(id))
        .set((
            organisations::code.eq(v.code.as_str()),
            organisations::name.eq(&v.name),
            organisations::acronym.eq(v.acronym.as_deref()),
            organisations::kind.eq(v.kind.code()),
            organisations::country_code.eq(country.as_deref()),
            organisations::region.eq(v.region.map(Region::code)),
            organisations::description.eq(&v.description),
            organisations::website.eq(v.website.as_deref()),
            organisations::lang.eq(v.lang.code()),
            organisations::search_text.eq(v.search_text()),
            organisations::updated_at.eq(now),
        ))
        .execute(conn);
    match updated {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => return Ok(Saved::CodeTaken),
        Err(e) => return Err(e.into()),
    }
    let (mut before, mut after) = (summary(&before), summary(&after));
    if before.is_empty() && after.is_empty() {
        before = "description=…".to_owned();
        after = "description=…".to_owned();
    }
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor),
            action: "organisation.updated",
            subject_type: "organisation",
            subject_id: Some(id),
            before: &before,
            after: &after,
            public: false,
        },
        now,
    )?;
    Ok(Saved::Done(id))
}
