//! Words for ranking and similarity, in the six languages: lower-cased, split on anything
//! that is not a letter or digit, stemmed with the Snowball stemmer of the text's language,
//! folded (accents and Arabic vowel marks removed), stop words dropped. Chinese has no
//! spaces: runs of Han characters become overlapping pairs of characters (bigrams), the
//! usual dictionary-free way to index it.

use rust_stemmers::{Algorithm, Stemmer};

use super::fold;
use crate::domain::Language;

/// Words too common to tell texts apart, per language (folded).
fn is_stop_word(word: &str) -> bool {
    const STOP: &[&str] = &[
        // en
        "the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "will", "its",
        "their", "into", "between", "which", "have", "has", "not", "but", "all", "also", "other",
        "more", "such", "can", "than", "who", "they", "our", "on", "in", "of", "to", "a", "an",
        "is", "be", "by", "as", "at", "or", "it", // fr
        "le", "la", "les", "des", "du", "de", "et", "en", "un", "une", "pour", "dans", "par",
        "sur", "au", "aux", "avec", "qui", "que", "est", "sont", "ses", "leur", "leurs", "ce",
        "cette", "ces", "plus", "pas", "ou", // es
        "el", "los", "las", "del", "y", "en", "un", "una", "para", "por", "con", "que", "se", "su",
        "sus", "al", "es", "son", "lo", "como", "mas", "entre", // ru
        "и", "в", "во", "на", "с", "со", "по", "для", "не", "что", "как", "из", "к", "о", "об",
        "от", "до", "а", "но", "или", "это", "их", "его", "ее", // ar
        "في", "من", "على", "إلى", "الى", "عن", "مع", "و", "أو", "او", "هذا", "هذه", "التي", "الذي",
        "ان", "أن", "إن", "بين", "كما",
    ];
    STOP.contains(&word)
}

fn stemmer(lang: Language) -> Option<Stemmer> {
    let algorithm = match lang {
        Language::En => Algorithm::English,
        Language::Fr => Algorithm::French,
        Language::Es => Algorithm::Spanish,
        Language::Ru => Algorithm::Russian,
        Language::Ar => Algorithm::Arabic,
        Language::Zh => return None,
    };
    Some(Stemmer::create(algorithm))
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2A6DF)
}

/// The index terms of `text`, written in `lang`.
pub fn tokens(text: &str, lang: Language) -> Vec<String> {
    tokens_with_words(text, lang)
        .into_iter()
        .map(|(term, _)| term)
        .collect()
}

/// The index terms of `text` with the words they come from, as written (lower case): a
/// reason can then name the words that matched ("child protection") rather than stems.
pub fn tokens_with_words(text: &str, lang: Language) -> Vec<(String, String)> {
    let stem = stemmer(lang);
    let lower = text.to_lowercase();
    let mut out: Vec<(String, String)> = Vec::new();
    let mut word = String::new();
    let mut han: Vec<char> = Vec::new();
    let flush_word = |word: &mut String, out: &mut Vec<(String, String)>| {
        if word.is_empty() {
            return;
        }
        let stemmed = match &stem {
            Some(s) => s.stem(word).into_owned(),
            None => word.clone(),
        };
        let folded = fold(&stemmed);
        if folded.chars().count() >= 2 && !is_stop_word(&folded) && !is_stop_word(&fold(word)) {
            out.push((folded, word.clone()));
        }
        word.clear();
    };
    let flush_han = |han: &mut Vec<char>, out: &mut Vec<(String, String)>| {
        match han.len() {
            0 => {}
            1 => out.push((han[0].to_string(), han[0].to_string())),
            _ => out.extend(han.windows(2).map(|w| {
                let bigram = w.iter().collect::<String>();
                (bigram.clone(), bigram)
            })),
        }
        han.clear();
    };
    for c in lower.chars() {
        if is_han(c) {
            flush_word(&mut word, &mut out);
            han.push(c);
        } else if c.is_alphanumeric() || is_combining(c) {
            flush_han(&mut han, &mut out);
            word.push(c);
        } else {
            flush_word(&mut word, &mut out);
            flush_han(&mut han, &mut out);
        }
    }
    flush_word(&mut word, &mut out);
    flush_han(&mut han, &mut out);
    out
}

fn is_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_keep_the_words_they_come_from() {
        assert_eq!(
            tokens_with_words("Training of Officers", Language::En),
            vec![
                ("train".to_owned(), "training".to_owned()),
                ("offic".to_owned(), "officers".to_owned())
            ]
        );
    }

    #[test]
    fn english_is_stemmed_and_stop_words_dropped() {
        assert_eq!(
            tokens("Protection of unaccompanied migrant children", Language::En),
            vec!["protect", "unaccompani", "migrant", "children"]
        );
        assert_eq!(
            tokens("Migration profiles", Language::En),
            tokens("migration profile", Language::En)
        );
    }

    #[test]
    fn french_and_spanish_fold_accents_after_stemming() {
        let fr = tokens("Les profils migratoires des pays", Language::Fr);
        assert!(fr.contains(&"profil".to_owned()), "{fr:?}");
        assert!(!fr.iter().any(|t| t == "les" || t == "des"));
        let es = tokens("Protección de los niños migrantes", Language::Es);
        assert!(es.iter().any(|t| t.starts_with("proteccion")), "{es:?}");
        assert!(es.iter().any(|t| t.starts_with("nin")), "{es:?}");
    }

    #[test]
    fn russian_and_arabic_are_stemmed() {
        let ru = tokens("Защита детей-мигрантов", Language::Ru);
        assert!(ru.iter().any(|t| t.starts_with("защит")), "{ru:?}");
        let ar = tokens("حماية الأطفال المهاجرين", Language::Ar);
        assert!(!ar.is_empty(), "{ar:?}");
        assert_eq!(
            tokens("الهِجْرَة", Language::Ar),
            tokens("الهجرة", Language::Ar)
        );
    }

    #[test]
    fn chinese_becomes_bigrams() {
        assert_eq!(
            tokens("移民概况", Language::Zh),
            vec!["移民", "民概", "概况"]
        );
        assert_eq!(tokens("IOM 移民", Language::Zh), vec!["iom", "移民"]);
    }
}
