//! A per-instance cache of public content, kept honest by the database.
//!
//! Every change to public content bumps `content_version` (database triggers, so no
//! writer can forget, whichever instance or tool it runs in). A read first asks the
//! current version (one indexed single-row query) and uses the cached result for that
//! version if there is one; otherwise it runs the queries and keeps the result. Old
//! versions are never hit again and age out of the bounded LRU. Several instances behind a
//! load balancer therefore never serve stale content after a change is committed.

use std::hash::Hash;
use std::sync::Arc;

use diesel::prelude::*;
use quick_cache::sync::Cache;

use super::queries::projects::{ProjectDetail, ProjectList};
use super::schema::content_version;
use super::{DbConn, DbError};
use crate::domain::Language;
use crate::domain::search::{Page, ProjectFilter};

/// Entries kept per kind of content.
const CAPACITY: usize = 2_000;

/// A cache of one kind of content, keyed by `K` and the content version. `V` is cheap to
/// clone (an `Arc`, or an `Option` of one).
pub struct VersionedCache<K, V> {
    entries: Cache<(i64, K), V>,
}

impl<K: Eq + Hash + Clone, V: Clone> Default for VersionedCache<K, V> {
    fn default() -> Self {
        VersionedCache {
            entries: Cache::new(CAPACITY),
        }
    }
}

impl<K: Eq + Hash + Clone, V: Clone> VersionedCache<K, V> {
    /// The current value for `key`: from the cache if the content has not changed since
    /// it was read, otherwise from `load` (and then kept).
    /// `version` comes from [`current_version`], read once per request.
    pub fn get_or_load(
        &self,
        conn: &mut DbConn,
        version: i64,
        key: &K,
        load: impl FnOnce(&mut DbConn) -> Result<V, DbError>,
    ) -> Result<V, DbError> {
        let cache_key = (version, key.clone());
        if let Some(hit) = self.entries.get(&cache_key) {
            return Ok(hit);
        }
        let value = load(conn)?;
        self.entries.insert(cache_key, value.clone());
        Ok(value)
    }
}

impl<K: Eq + Hash + Clone, V: Clone> VersionedCache<K, V> {
    /// Like [`Self::get_or_load`] for values made without the database (rendered
    /// fragments of pages), at a version the caller has just read.
    pub fn get_or_make<E>(
        &self,
        version: i64,
        key: &K,
        make: impl FnOnce() -> Result<V, E>,
    ) -> Result<V, E> {
        let cache_key = (version, key.clone());
        if let Some(hit) = self.entries.get(&cache_key) {
            return Ok(hit);
        }
        let value = make()?;
        self.entries.insert(cache_key, value.clone());
        Ok(value)
    }
}

/// The version of public content now.
pub fn current_version(conn: &mut DbConn) -> Result<i64, DbError> {
    Ok(content_version::table
        .find(1)
        .select(content_version::value)
        .first(conn)?)
}

/// The cached kinds of public content of one app instance.
#[derive(Default)]
pub struct Caches {
    /// Pages of `/projects` and `/api/v1/projects`.
    pub project_lists: VersionedCache<(ProjectFilter, Page), Arc<ProjectList>>,
    /// Single public projects (`None`: no such public project).
    pub projects: VersionedCache<i32, Option<Arc<ProjectDetail>>>,
    /// Codes of the countries public projects concern.
    pub project_countries: VersionedCache<(), Arc<Vec<String>>>,
    /// Rendered filter form and result cards of `/projects`, per language: they depend
    /// only on the content, the filter and the language, never on who is looking.
    pub project_list_html: VersionedCache<(ProjectFilter, Page, Language), Arc<ListFragments>>,
    /// Pages of the resource library `/resources`.
    pub resource_lists: VersionedCache<
        (crate::domain::resource::ResourceFilter, Page),
        Arc<crate::db::queries::resources::ResourceList>,
    >,
    /// Codes of the countries public resources cover.
    pub resource_countries: VersionedCache<(), Arc<Vec<String>>>,
    /// The public projects indexed for the duplicate check (one slot, see its docs).
    pub similarity: crate::db::queries::proposals::CorpusSlot,
}

/// Rendered parts of a project list page.
#[derive(Debug)]
pub struct ListFragments {
    /// The filter form.
    pub filters: String,
    /// The result cards (or the empty-result message).
    pub cards: String,
}
