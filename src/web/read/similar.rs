//! The duplicate check as pages show it: the public projects most like a project or a
//! proposal, from this instance's similarity index.

use crate::db::DbError;
use crate::db::code::code;
use crate::db::queries::projects as project_queries;
use crate::db::queries::proposals::Corpus;
use crate::domain::Language;
use crate::text::similar::{Band, Doc};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::views::proposals::SimilarView;
use actix_web::web;

/// What is compared of a project.
pub(crate) struct Compared<'a> {
    pub(crate) id: i32,
    pub(crate) lang: Language,
    pub(crate) title: &'a str,
    pub(crate) summary: &'a str,
    pub(crate) themes: &'a [String],
    pub(crate) countries: &'a [String],
}

impl<'a> Compared<'a> {
    pub(crate) fn of(d: &'a project_queries::ProjectDetail) -> Result<Compared<'a>, DbError> {
        Ok(Compared {
            id: d.project.id,
            lang: code("projects.lang", &d.project.lang)?,
            title: &d.project.title,
            summary: &d.project.summary,
            themes: &d.themes,
            countries: &d.countries,
        })
    }
}

/// The public projects most like `p` (which may be a draft) in band `min` or above, as
/// pages show them; `viewer_org`'s own projects are marked as such (issue 14, point 6).
pub(crate) fn similar_views(
    corpus: &Corpus,
    p: &Compared<'_>,
    min: Band,
    limit: usize,
    viewer_org: Option<i32>,
) -> Vec<SimilarView> {
    let doc = Doc {
        key: p.id,
        lang: p.lang,
        title: p.title,
        summary: p.summary,
        themes: p.themes,
        countries: p.countries,
    };
    corpus
        .index
        .similar_to_doc(&doc, min.floor(), limit)
        .into_iter()
        .filter_map(|(other, score)| {
            let band = Band::of(score)?;
            corpus.rows.get(&other).map(|r| SimilarView {
                id: r.id,
                title: r.title.clone(),
                lang: r.lang.clone(),
                status: r.status.clone(),
                percent: (score * 100.0).round() as i64,
                band,
                own: viewer_org.is_some_and(|o| r.owner_ids.contains(&o)),
            })
        })
        .collect()
}

/// This instance's index of the public projects.
pub(crate) async fn corpus(
    state: &web::Data<AppState>,
) -> Result<std::sync::Arc<Corpus>, AppError> {
    let shared = state.clone();
    Ok(state
        .db
        .read(move |conn| shared.caches.similarity.get(conn))
        .await?)
}
