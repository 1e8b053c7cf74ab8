//! Dates and numbers formatted for the interface language, with ICU4X and its compiled-in
//! CLDR data ("10 November 2010", "10 novembre 2010", "2010年11月10日", "17 378 550").
//! Formatters are built once per worker thread and language (they are not `Sync`).

use std::cell::RefCell;

use chrono::{Datelike, NaiveDate};
use icu::calendar::{Date, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::{YM, YMD};
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu::locale::Locale;

use crate::domain::Language;

struct Formatters {
    date: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    month: Option<FixedCalendarDateTimeFormatter<Gregorian, YM>>,
    number: Option<DecimalFormatter>,
}

thread_local! {
    static FORMATTERS: RefCell<[Option<Formatters>; 6]> = const { RefCell::new([None, None, None, None, None, None]) };
}

fn with<T>(lang: Language, f: impl FnOnce(&Formatters) -> T) -> T {
    let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    FORMATTERS.with(|cell| {
        let mut all = cell.borrow_mut();
        let slot = all[i].get_or_insert_with(|| {
            // The six codes are valid BCP 47; `und` (root locale) is only a safety net.
            let locale: Locale = lang.code().parse().unwrap_or(Locale::UNKNOWN);
            Formatters {
                date: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMD::long())
                    .ok(),
                month: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YM::long())
                    .ok(),
                number: DecimalFormatter::try_new(locale.into(), Default::default()).ok(),
            }
        });
        f(slot)
    })
}

/// A calendar date, long form, in `lang`; ISO 8601 if no formatter could be built.
pub fn date(lang: Language, d: NaiveDate) -> String {
    let iso = || d.format("%Y-%m-%d").to_string();
    let Ok(date) = Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8) else {
        return iso();
    };
    with(lang, |f| match &f.date {
        Some(fmt) => fmt.format(&date).to_string(),
        None => iso(),
    })
}

/// A month of a year, long form, in `lang` ("November 2010"); `YYYY-MM` if no formatter
/// could be built.
pub fn month(lang: Language, year: i32, month: u32) -> String {
    let iso = || format!("{year:04}-{month:02}");
    let Ok(date) = Date::try_new_gregorian(year, month as u8, 1) else {
        return iso();
    };
    with(lang, |f| match &f.month {
        Some(fmt) => fmt.format(&date).to_string(),
        None => iso(),
    })
}

/// A number given in tenths, with the language's decimal separator and no trailing zero
/// ("3.5", "3,5", "4").
pub fn tenths(lang: Language, tenths: i64) -> String {
    let mut d = Decimal::from(tenths);
    d.multiply_pow10(-1);
    d.trim_end();
    with(lang, |f| match &f.number {
        Some(fmt) => fmt.format(&d).to_string(),
        None => d.to_string(),
    })
}

/// A whole number with the language's digit grouping.
pub fn number(lang: Language, n: i64) -> String {
    with(lang, |f| match &f.number {
        Some(fmt) => fmt.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nov10() -> NaiveDate {
        NaiveDate::from_ymd_opt(2010, 11, 10).unwrap()
    }

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(date(Language::En, nov10()), "November 10, 2010");
        assert_eq!(date(Language::Fr, nov10()), "10 novembre 2010");
        assert_eq!(date(Language::Es, nov10()), "10 de noviembre de 2010");
        assert_eq!(date(Language::Zh, nov10()), "2010年11月10日");
        assert!(date(Language::Ru, nov10()).starts_with("10 ноября 2010"));
        assert!(date(Language::Ar, nov10()).contains("نوفمبر"));
    }

    #[test]
    fn numbers_are_grouped() {
        assert_eq!(number(Language::En, 17_378_550), "17,378,550");
        assert_eq!(number(Language::Es, 1000), "1000");
        assert_eq!(number(Language::Fr, 17_378_550), "17\u{202f}378\u{202f}550");
    }

    #[test]
    fn months_and_tenths_follow_the_language() {
        assert_eq!(month(Language::En, 2010, 11), "November 2010");
        assert!(month(Language::Fr, 2010, 11).contains("novembre 2010"));
        assert_eq!(tenths(Language::En, 35), "3.5");
        assert_eq!(tenths(Language::Fr, 35), "3,5");
        assert_eq!(tenths(Language::En, 40), "4");
    }
}
