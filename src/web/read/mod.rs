//! Read models: pages assembled from several sources, in one place, so that no route
//! module builds its page from its siblings.

pub mod calendar;
pub mod project;
pub mod similar;
pub mod waiting;
