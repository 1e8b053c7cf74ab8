//! Reading one JSON object of an import file: typed fields, codes and arrays, every
//! problem collected with its path (`projects[3].needs[0].kind`).

use serde_json::{Map, Value};

use crate::domain::CountryCode;

/// Longest offer or need description, in characters.
const MAX_DESCRIPTION: usize = 2000;

/// Collects problems while reading one JSON object.
pub(super) struct Reader<'a, 'p> {
    pub(super) obj: &'a Map<String, Value>,
    pub(super) at: String,
    problems: &'p mut Vec<String>,
}

impl<'a, 'p> Reader<'a, 'p> {
    pub(super) fn new(
        value: &'a Value,
        at: String,
        problems: &'p mut Vec<String>,
    ) -> Option<Reader<'a, 'p>> {
        match value.as_object() {
            Some(obj) => Some(Reader { obj, at, problems }),
            None => {
                problems.push(format!("{at}: expected an object"));
                None
            }
        }
    }

    pub(super) fn problem(&mut self, key: &str, message: impl std::fmt::Display) {
        self.problems.push(format!("{}.{key}: {message}", self.at));
    }

    /// Refuses keys not in `known` (a typo would otherwise be silently ignored).
    pub(super) fn only(&mut self, known: &[&str]) {
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

    pub(super) fn string(&mut self, key: &str, required: bool) -> Option<String> {
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

    pub(super) fn code<T: std::str::FromStr<Err = crate::domain::UnknownCode>>(
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

    pub(super) fn array(&mut self, key: &str) -> Vec<&'a Value> {
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
    pub(super) fn codes<T: std::str::FromStr<Err = crate::domain::UnknownCode>>(
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

    pub(super) fn countries(&mut self, key: &str) -> Vec<CountryCode> {
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

    pub(super) fn sub(&mut self, at: String, value: &'a Value) -> Option<Reader<'a, '_>> {
        Reader::new(value, at, self.problems)
    }
}

pub(super) fn description_field(r: &mut Reader<'_, '_>, key: &str) -> String {
    let text = r
        .string(key, false)
        .map(|s| crate::domain::text::clean(&s))
        .unwrap_or_default();
    if text.chars().count() > MAX_DESCRIPTION {
        r.problem(key, format!("longer than {MAX_DESCRIPTION} characters"));
    }
    text
}
