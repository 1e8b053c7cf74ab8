//! Pages of the open data (issue 13, point 7: brokering outcomes).

use askama::Template;
use askama_web::WebTemplate;

use super::Ctx;
use crate::domain::brokering_outcomes::OutcomeRow;

/// `/open-data/brokering`: how introductions end, per month, kind of organisation and
/// theme, small counts withheld.
#[derive(Template, WebTemplate)]
#[template(path = "open_data/brokering.html")]
pub struct BrokeringOutcomesPage {
    /// Page context.
    pub ctx: Ctx,
    /// The published table.
    pub rows: Vec<OutcomeRow>,
}
