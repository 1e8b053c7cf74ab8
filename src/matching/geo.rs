//! Which world region a country belongs to (the five continental regions of the UN M49
//! standard, as in [`Region`]). Used by the geography signal: a project concerning a
//! country also concerns organisations based in, or interested in, its region.

use crate::domain::{CountryCode, Region};

const AFRICA: &[&str] = &[
    "AO", "BF", "BI", "BJ", "BW", "CD", "CF", "CG", "CI", "CM", "CV", "DJ", "DZ", "EG", "EH", "ER",
    "ET", "GA", "GH", "GM", "GN", "GQ", "GW", "IO", "KE", "KM", "LR", "LS", "LY", "MA", "MG", "ML",
    "MR", "MU", "MW", "MZ", "NA", "NE", "NG", "RE", "RW", "SC", "SD", "SH", "SL", "SN", "SO", "SS",
    "ST", "SZ", "TD", "TG", "TN", "TZ", "UG", "YT", "ZA", "ZM", "ZW",
];
const AMERICAS: &[&str] = &[
    "AG", "AI", "AR", "AW", "BB", "BL", "BM", "BO", "BQ", "BR", "BS", "BZ", "CA", "CL", "CO", "CR",
    "CU", "CW", "DM", "DO", "EC", "FK", "GD", "GF", "GL", "GP", "GT", "GY", "HN", "HT", "JM", "KN",
    "KY", "LC", "MF", "MQ", "MS", "MX", "NI", "PA", "PE", "PM", "PR", "PY", "SR", "SV", "SX", "TC",
    "TT", "US", "UY", "VC", "VE", "VG", "VI",
];
const ASIA: &[&str] = &[
    "AE", "AF", "AM", "AZ", "BD", "BH", "BN", "BT", "CN", "CY", "GE", "HK", "ID", "IL", "IN", "IQ",
    "IR", "JO", "JP", "KG", "KH", "KP", "KR", "KW", "KZ", "LA", "LB", "LK", "MM", "MN", "MO", "MV",
    "MY", "NP", "OM", "PH", "PK", "PS", "QA", "SA", "SG", "SY", "TH", "TJ", "TL", "TM", "TR", "TW",
    "UZ", "VN", "YE",
];
const EUROPE: &[&str] = &[
    "AD", "AL", "AT", "AX", "BA", "BE", "BG", "BY", "CH", "CZ", "DE", "DK", "EE", "ES", "FI", "FO",
    "FR", "GB", "GG", "GI", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "JE", "LI", "LT", "LU", "LV",
    "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SJ", "SK",
    "SM", "UA", "VA",
];
const OCEANIA: &[&str] = &[
    "AS", "AU", "CC", "CK", "CX", "FJ", "FM", "GU", "KI", "MH", "MP", "NC", "NF", "NR", "NU", "NZ",
    "PF", "PG", "PN", "PW", "SB", "TK", "TO", "TV", "UM", "VU", "WF", "WS",
];

/// The region of a country; `None` for Antarctica and uninhabited territories.
pub fn region_of(country: CountryCode) -> Option<Region> {
    let code = country.as_str();
    [
        (AFRICA, Region::Africa),
        (AMERICAS, Region::Americas),
        (ASIA, Region::Asia),
        (EUROPE, Region::Europe),
        (OCEANIA, Region::Oceania),
    ]
    .into_iter()
    .find(|(list, _)| list.contains(&code))
    .map(|(_, region)| region)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::country::COUNTRY_CODES;

    fn c(s: &str) -> CountryCode {
        CountryCode::parse(s).unwrap()
    }

    #[test]
    fn known_countries_have_their_region() {
        assert_eq!(region_of(c("MX")), Some(Region::Americas));
        assert_eq!(region_of(c("PH")), Some(Region::Asia));
        assert_eq!(region_of(c("CH")), Some(Region::Europe));
        assert_eq!(region_of(c("MA")), Some(Region::Africa));
        assert_eq!(region_of(c("FJ")), Some(Region::Oceania));
        assert_eq!(region_of(c("AQ")), None);
    }

    #[test]
    fn every_inhabited_code_is_placed_once() {
        let lists = [AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA];
        let mut placed: Vec<&str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
        let total = placed.len();
        placed.sort_unstable();
        placed.dedup();
        assert_eq!(placed.len(), total, "a code is in two regions");
        for code in &placed {
            assert!(COUNTRY_CODES.contains(code), "{code}");
        }
        let missing: Vec<_> = COUNTRY_CODES
            .iter()
            .filter(|c| !placed.contains(c))
            .collect();
        assert_eq!(missing, vec![&"AQ", &"BV", &"GS", &"HM", &"TF"]);
    }
}
