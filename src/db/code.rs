//! The one way a code column (stage, status, kind, role, need, theme, language, country…)
//! becomes its domain value. Columns are text on both backends; what they hold was
//! written from the same enums, so an unknown value is bad data: [`code`] answers
//! [`DbError::BadCode`] naming the column, which the web layer logs and shows as a 500
//! page. Nothing is ever read back as a silent default.

use std::str::FromStr;

use super::DbError;

/// Reads one code column value.
pub fn code<T: FromStr>(column: &'static str, value: &str) -> Result<T, DbError> {
    value.parse().map_err(|_| DbError::BadCode {
        column,
        value: value.to_owned(),
    })
}

/// Reads a nullable code column value.
pub fn optional<T: FromStr>(
    column: &'static str,
    value: Option<&str>,
) -> Result<Option<T>, DbError> {
    value.map(|v| code(column, v)).transpose()
}

/// Reads every value of a code column.
pub fn codes<T: FromStr, S: AsRef<str>>(
    column: &'static str,
    values: impl IntoIterator<Item = S>,
) -> Result<Vec<T>, DbError> {
    values
        .into_iter()
        .map(|v| code(column, v.as_ref()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ProjectStage;

    #[test]
    fn a_known_code_reads_into_its_value() {
        let stage: ProjectStage = code("projects.stage", "design").unwrap();
        assert_eq!(stage, ProjectStage::Design);
    }

    #[test]
    fn an_unknown_code_is_an_error_naming_the_column() {
        let err = code::<ProjectStage>("projects.stage", "planning").unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"unknown code "planning" in projects.stage"#
        );
    }

    #[test]
    fn one_bad_value_fails_the_whole_list() {
        let ok: Vec<ProjectStage> = codes("x.stage", ["design", "completion"]).unwrap();
        assert_eq!(ok, [ProjectStage::Design, ProjectStage::Completion]);
        assert!(codes::<ProjectStage, _>("x.stage", ["design", "?"]).is_err());
        assert_eq!(optional::<ProjectStage>("x.stage", None).unwrap(), None);
    }
}
