//! Text as search reads it (issue 18): the one rule that turns a title, a description or a
//! query into terms, so that what is indexed and what is asked always meet.
//!
//! - **Folding**: Unicode compatibility decomposition, combining marks dropped, lower case,
//!   and the letters decomposition leaves whole spelled out (`ß` as `ss`, `æ` as `ae`,
//!   `ø` as `o`, ...): "Café", "CAFE" and "café" are one term.
//! - **Words**: Unicode word boundaries (UAX #29), so any script is cut into words; runs of
//!   Han, Hiragana and Katakana characters, which are written without spaces, also give each
//!   pair of neighbouring characters as a term, so a two-character word is found inside a
//!   longer run.
//! - **Stems**: Snowball for the site's language ("drills" and "drilling" find "drill").
//! - **Prefix**: a query's last word, as typed, also matches the terms it begins (results as
//!   one types).

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// The longest term kept, in bytes (longer words are cut: nobody searches for them whole).
pub const MAX_TERM: usize = 48;

/// A language whose words search stems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    Spanish,
    German,
    French,
    Portuguese,
    /// No Snowball stemmer exists for Catalan: words are folded, not stemmed.
    Catalan,
}

impl Language {
    /// The language of an IETF tag's primary subtag (`es-MX` is Spanish); English otherwise.
    pub fn of_tag(tag: &str) -> Language {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "es" => Language::Spanish,
            "de" => Language::German,
            "fr" => Language::French,
            "pt" => Language::Portuguese,
            "ca" => Language::Catalan,
            _ => Language::English,
        }
    }

    fn stemmer(self) -> Option<Stemmer> {
        let algorithm = match self {
            Language::English => Algorithm::English,
            Language::Spanish => Algorithm::Spanish,
            Language::German => Algorithm::German,
            Language::French => Algorithm::French,
            Language::Portuguese => Algorithm::Portuguese,
            Language::Catalan => return None,
        };
        Some(Stemmer::create(algorithm))
    }
}

/// `text` folded: decomposed, without combining marks, lower case, with the letters that do
/// not decompose spelled out.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)) {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
            'þ' | 'Þ' => out.push_str("th"),
            'ı' => out.push('i'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Whether `c` is of a script written without spaces between words.
fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{AC00}'..='\u{D7AF}' // Hangul syllables
    )
}

/// The folded words of `text`, in order (before stemming), each at most [`MAX_TERM`] bytes;
/// runs of unspaced characters give each character and each pair of neighbours.
pub fn words(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut out = Vec::new();
    let mut run: Vec<char> = Vec::new();
    let flush = |run: &mut Vec<char>, out: &mut Vec<String>| {
        for pair in run.windows(2) {
            out.push(pair.iter().collect());
        }
        run.clear();
    };
    for word in folded.unicode_words() {
        let mut chars = word.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if unspaced(c) => {
                run.push(c);
                out.push(c.to_string());
                continue;
            }
            _ => flush(&mut run, &mut out),
        }
        if word.chars().all(unspaced) {
            // A run the segmenter kept whole (Katakana): its characters and pairs too.
            out.push(cut(word));
            let chars: Vec<char> = word.chars().collect();
            out.extend(chars.iter().map(char::to_string));
            out.extend(chars.windows(2).map(|p| p.iter().collect::<String>()));
        } else {
            out.push(cut(word));
        }
    }
    flush(&mut run, &mut out);
    out
}

/// `word` cut to at most [`MAX_TERM`] bytes, on a character boundary.
fn cut(word: &str) -> String {
    if word.len() <= MAX_TERM {
        return word.to_string();
    }
    let mut end = MAX_TERM;
    while !word.is_char_boundary(end) {
        end -= 1;
    }
    word[..end].to_string()
}

/// The terms of `text` in `language`: its words, stemmed.
pub fn terms(text: &str, language: Language) -> Vec<String> {
    let stemmer = language.stemmer();
    words(text)
        .into_iter()
        .map(|w| match &stemmer {
            Some(s) => s.stem(&w).into_owned(),
            None => w,
        })
        .collect()
}

/// A query as search reads it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// The terms every result has, stemmed (the last word's too).
    pub terms: Vec<String>,
    /// The last word as typed (folded, not stemmed), when the query does not end with a
    /// space: it also matches the terms it begins.
    pub prefix: Option<String>,
}

/// `q` as a query in `language`.
pub fn query(q: &str, language: Language) -> Query {
    let terms = terms(q, language);
    let open = !q.ends_with(char::is_whitespace);
    let prefix = match words(q).last() {
        Some(last) if open => Some(last.clone()),
        _ => None,
    };
    Query { terms, prefix }
}

/// A field of an indexed record, with its weight: a word of the title counts more than a word
/// of the description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// An item's title, a group's name, a member's username and display name.
    Title,
    /// Author, ISBN, a group's city and country.
    Detail,
    /// An item's or a group's description.
    Body,
}

impl Field {
    /// What one occurrence of a term in this field counts, in BM25's term frequency.
    pub fn weight(self) -> u32 {
        match self {
            Field::Title => 3,
            Field::Detail => 2,
            Field::Body => 1,
        }
    }
}

/// A record's postings: each distinct term with its weighted frequency (occurrences times
/// their field's weight), ascending by term, and the record's length (its weighted terms),
/// which BM25 compares with the average.
pub fn postings(fields: &[(Field, &str)], language: Language) -> (Vec<(String, u32)>, u32) {
    let mut all: Vec<(String, u32)> = Vec::new();
    for (field, text) in fields {
        all.extend(
            terms(text, language)
                .into_iter()
                .map(|t| (t, field.weight())),
        );
    }
    all.sort_unstable();
    let length = all.iter().map(|(_, w)| w).sum();
    let mut out: Vec<(String, u32)> = Vec::with_capacity(all.len());
    for (term, w) in all {
        match out.last_mut() {
            Some((last, sum)) if *last == term => *sum += w,
            _ => out.push((term, w)),
        }
    }
    (out, length)
}

/// BM25's `k1` (how fast repeating a term stops counting) and `b` (how much a long record
/// is discounted), at their usual values.
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// The BM25 score of a term in a record: `tf` its weighted frequency there, `df` the records
/// that have it, of `docs`; `length` the record's length, `average` all records' average.
pub fn bm25(tf: u32, (df, docs): (u64, u64), length: u32, average: f64) -> f64 {
    let (df, docs) = (df as f64, docs.max(1) as f64);
    let idf = ((docs - df + 0.5) / (df + 0.5) + 1.0).ln();
    let tf = f64::from(tf);
    let norm = 1.0 - B + B * f64::from(length) / average.max(1.0);
    idf * tf * (K1 + 1.0) / (tf + K1 * norm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_odd_letters_fold_to_one_spelling() {
        assert_eq!(fold("Café"), "cafe");
        assert_eq!(fold("CAFÉ crème"), "cafe creme");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Øresund Łódź"), "oresund lodz");
        assert_eq!(fold("ＦＵＬＬ　ｗｉｄｔｈ"), "full width");
        assert_eq!(fold("ﬁlm"), "film", "a ligature is two letters");
    }

    #[test]
    fn words_are_cut_in_any_script() {
        assert_eq!(
            words("Bosch drill, 2 batteries!"),
            ["bosch", "drill", "2", "batteries"]
        );
        assert_eq!(words("taladro-percutor"), ["taladro", "percutor"]);
        assert_eq!(words("Δράπανο κρουστικό"), ["δραπανο", "κρουστικο"]);
        // Written without spaces: each character and each pair of neighbours.
        assert_eq!(
            words("電動工具"),
            ["電", "動", "工", "具", "電動", "動工", "工具"]
        );
        let long = "x".repeat(100);
        assert_eq!(words(&long)[0].len(), MAX_TERM);
    }

    #[test]
    fn terms_are_stemmed_in_the_sites_language() {
        assert_eq!(
            terms("Drills for drilling", Language::English),
            ["drill", "for", "drill"]
        );
        assert_eq!(
            terms("Taladros", Language::Spanish),
            terms("taladro", Language::Spanish)
        );
        assert_eq!(
            terms("Bohrmaschinen", Language::German),
            terms("Bohrmaschine", Language::German)
        );
        assert_eq!(
            terms("Perceuses", Language::French),
            terms("perceuse", Language::French)
        );
        // Catalan has no stemmer: folded words as they are.
        assert_eq!(terms("Trepants", Language::Catalan), ["trepants"]);
        assert_eq!(Language::of_tag("es-MX"), Language::Spanish);
        assert_eq!(Language::of_tag("pt_BR"), Language::Portuguese);
        assert_eq!(Language::of_tag("ja"), Language::English);
    }

    #[test]
    fn the_last_word_of_a_query_is_a_prefix_until_a_space_follows() {
        let q = query("cordless dri", Language::English);
        assert_eq!(q.terms, ["cordless", "dri"]);
        assert_eq!(q.prefix.as_deref(), Some("dri"));
        let q = query("Café ", Language::English);
        assert_eq!(q.terms, ["cafe"]);
        assert_eq!(q.prefix, None);
        assert_eq!(query("   ", Language::English), Query::default());
    }

    #[test]
    fn postings_weigh_the_title_above_the_description() {
        let (p, length) = postings(
            &[
                (Field::Title, "Cordless drill"),
                (Field::Body, "A drill with two batteries"),
            ],
            Language::English,
        );
        let tf = |t: &str| p.iter().find(|(term, _)| term == t).map(|(_, w)| *w);
        assert_eq!(tf("drill"), Some(3 + 1));
        assert_eq!(tf("cordless"), Some(3));
        assert_eq!(tf("batteri"), Some(1), "stemmed");
        assert_eq!(length, 3 * 2 + 5);
        let sorted: Vec<&str> = p.iter().map(|(t, _)| t.as_str()).collect();
        let mut again = sorted.clone();
        again.sort_unstable();
        assert_eq!(sorted, again, "ascending, each term once");
    }

    #[test]
    fn rarer_terms_more_occurrences_and_shorter_records_score_higher() {
        let base = bm25(3, (10, 1000), 20, 20.0);
        assert!(bm25(3, (2, 1000), 20, 20.0) > base, "a rarer term");
        assert!(bm25(6, (10, 1000), 20, 20.0) > base, "more occurrences");
        assert!(bm25(3, (10, 1000), 10, 20.0) > base, "a shorter record");
        assert!(bm25(3, (1000, 1000), 20, 20.0) > 0.0, "never negative");
        // Occurrences stop counting fast: the tenth adds far less than the second.
        let gain = |n| bm25(n + 1, (10, 1000), 20, 20.0) - bm25(n, (10, 1000), 20, 20.0);
        assert!(gain(9) < gain(1) / 5.0);
    }
}
