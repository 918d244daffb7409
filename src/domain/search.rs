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

    /// Every language, in the order of their codes ([`Language::code`]).
    pub const ALL: [Language; 6] = [
        Language::English,
        Language::Spanish,
        Language::German,
        Language::French,
        Language::Portuguese,
        Language::Catalan,
    ];

    /// The number the data file keeps for the language the index stems in.
    pub fn code(self) -> u64 {
        Language::ALL.iter().position(|l| *l == self).unwrap_or(0) as u64
    }

    /// The language of a code kept by [`Language::code`]; English for one it does not know.
    pub fn of_code(code: u64) -> Language {
        usize::try_from(code)
            .ok()
            .and_then(|i| Language::ALL.get(i).copied())
            .unwrap_or(Language::English)
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
    if text.is_ascii() {
        // Nothing to decompose, no mark to drop: most of what members type.
        return text.to_ascii_lowercase();
    }
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
    let stems = Stems::new(language);
    words(text).iter().map(|w| stems.stem(w)).collect()
}

/// A language's stemmer, made once for many words.
pub struct Stems {
    stemmer: Option<Stemmer>,
    language: Language,
}

/// Words stemmed on a thread before, and how many it keeps per language: the same few
/// thousand words make most of what members write, and a Snowball stem is a fifth of the time
/// an item takes to be indexed (BENCHMARKS.md, "Fewer, larger merges"). Emptied when full.
const STEMS_KEPT: usize = 8192;

thread_local! {
    static STEMMED: std::cell::RefCell<[std::collections::HashMap<String, String>; Language::ALL.len()]> =
        Default::default();
}

impl Stems {
    pub fn new(language: Language) -> Stems {
        Stems {
            stemmer: language.stemmer(),
            language,
        }
    }

    /// The term of one folded word.
    pub fn stem(&self, word: &str) -> String {
        let Some(stemmer) = &self.stemmer else {
            return word.to_string();
        };
        STEMMED.with_borrow_mut(|stemmed| {
            let known = &mut stemmed[self.language.code() as usize];
            if let Some(term) = known.get(word) {
                return term.clone();
            }
            let term = stemmer.stem(word).into_owned();
            if known.len() >= STEMS_KEPT {
                known.clear();
            }
            known.insert(word.to_string(), term.clone());
            term
        })
    }
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
    /// Author, ISBN, category, a group's city and country.
    Detail,
    /// An item's or a group's description.
    Body,
    /// An item's owner's display name: it matches only for viewers who may see that name
    /// (`Doc`'s [`OWNER_ONLY`] flag), so a search never tells whose an item is.
    Owner,
}

impl Field {
    /// What one occurrence of a term in this field counts, in BM25's term frequency.
    pub fn weight(self) -> u32 {
        match self {
            Field::Title => 3,
            Field::Detail => 2,
            Field::Body | Field::Owner => 1,
        }
    }
}

/// A term of a record, with its weighted frequency (occurrences times their field's weight)
/// and whether only the owner's name has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posting {
    pub term: String,
    pub tf: u32,
    pub owner_only: bool,
}

/// A record's postings, ascending by term, each term once, and the record's length (its
/// weighted terms), which BM25 compares with the average.
pub fn postings(fields: &[(Field, &str)], language: Language) -> (Vec<Posting>, u32) {
    let mut all: Vec<(String, u32, bool)> = Vec::new();
    for (field, text) in fields {
        let owner = *field == Field::Owner;
        all.extend(
            terms(text, language)
                .into_iter()
                .map(|t| (t, field.weight(), owner)),
        );
    }
    all.sort_unstable();
    let length = all.iter().map(|(_, w, _)| w).sum();
    let mut out: Vec<Posting> = Vec::with_capacity(all.len());
    for (term, tf, owner_only) in all {
        match out.last_mut() {
            Some(last) if last.term == term => {
                last.tf += tf;
                last.owner_only &= owner_only;
            }
            _ => out.push(Posting {
                term,
                tf,
                owner_only,
            }),
        }
    }
    (out, length)
}

/// BM25's `k1` (how fast repeating a term stops counting) and `b` (how much a long record
/// is discounted), at their usual values.
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// The share of BM25's term weight a record gives a term, quantized to 1..=255: `tf` its
/// weighted frequency there, `length` the record's length, `average` the length records of
/// its kind have. It depends on the record alone (a fixed average rather than the live one),
/// so a write never re-weighs other records, and postings can be kept in its order: the best
/// records for a term come first.
pub fn impact(tf: u32, length: u32, average: u32) -> u8 {
    let tf = f64::from(tf);
    let norm = 1.0 - B + B * f64::from(length) / f64::from(average.max(1));
    let share = tf / (tf + K1 * norm);
    (share * 255.0).ceil().clamp(1.0, 255.0) as u8
}

/// BM25's inverse document frequency: a term `df` of `docs` records have; rarer terms weigh
/// more, and no term weighs less than nothing.
pub fn idf(df: u64, docs: u64) -> f64 {
    let (df, docs) = (df as f64, docs.max(df) as f64);
    ((docs - df + 0.5) / (df + 0.5) + 1.0).ln()
}

/// What a search finds: each kind is indexed and ranked on its own (its own document counts,
/// its own average length), and shown under its own tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Item = 1,
    Group = 2,
    Member = 3,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Item, Kind::Group, Kind::Member];

    pub fn of_key(key: u8) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| *k as u8 == key)
    }

    /// Its name in addresses (`/search?kind=items`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Item => "items",
            Kind::Group => "groups",
            Kind::Member => "members",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The length a record of this kind has, about (`impact`'s fixed average): an item's title
    /// and a few lines of description; a group's name, place and a line; a member's names.
    pub fn average_length(self) -> u32 {
        match self {
            Kind::Item => 24,
            Kind::Group => 20,
            Kind::Member => 9,
        }
    }
}

/// A [`Doc`] entry's flag: only the owner's name has the term.
pub const OWNER_ONLY: u8 = 1;
/// A [`Doc`] entry's flag: a visitor (no one signed in) may not find the record by this
/// term. On every entry of a record a visitor may not see, and on the words only the owner's
/// name has when visitors are not shown the name: a query for a visitor skips those
/// postings without reading the records.
pub const HIDDEN: u8 = 2;

/// An indexed record's terms, each with its impact and flags, ascending by term: what the
/// index holds of it. Encoded as `[impact][flags][length][term bytes]` per term.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Doc(Vec<u8>);

/// One term of a [`Doc`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry<'a> {
    pub term: &'a str,
    pub impact: u8,
    pub flags: u8,
}

impl Doc {
    /// The document of a record of `kind` with these fields; `None` when it has no term.
    pub fn of(kind: Kind, fields: &[(Field, &str)], language: Language) -> Option<Doc> {
        let (postings, length) = postings(fields, language);
        if postings.is_empty() {
            return None;
        }
        let mut out = Vec::with_capacity(postings.iter().map(|p| p.term.len() + 3).sum());
        for p in postings {
            out.push(impact(p.tf, length, kind.average_length()));
            out.push(if p.owner_only { OWNER_ONLY } else { 0 });
            out.push(p.term.len() as u8);
            out.extend_from_slice(p.term.as_bytes());
        }
        Some(Doc(out))
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Marks the record as one a visitor may not see ([`HIDDEN`]).
    pub fn hidden_from_visitors(self) -> Doc {
        self.hide(0)
    }

    /// Marks the words only the owner's name has as ones a visitor may not find the record
    /// by (the owner's name is not shown to visitors).
    pub fn owner_unnamed_to_visitors(self) -> Doc {
        self.hide(OWNER_ONLY)
    }

    /// Sets [`HIDDEN`] on every entry that has all of `flags`.
    fn hide(mut self, flags: u8) -> Doc {
        let mut at = 0;
        while let [_impact, f, length, ..] = &mut self.0[at..] {
            if *f & flags == flags {
                *f |= HIDDEN;
            }
            at += 3 + usize::from(*length);
        }
        self
    }

    pub fn from_bytes(bytes: &[u8]) -> Doc {
        Doc(bytes.to_vec())
    }

    pub fn entries(&self) -> Entries<'_> {
        Entries(&self.0)
    }
}

/// The entries of an encoded [`Doc`], read in place; a damaged encoding ends them.
#[derive(Debug, Clone)]
pub struct Entries<'a>(pub &'a [u8]);

impl<'a> Iterator for Entries<'a> {
    type Item = Entry<'a>;

    fn next(&mut self) -> Option<Entry<'a>> {
        let [impact, flags, length, rest @ ..] = self.0 else {
            return None;
        };
        let length = usize::from(*length);
        let (term, rest) = (rest.get(..length)?, &rest[length..]);
        self.0 = rest;
        Some(Entry {
            term: std::str::from_utf8(term).ok()?,
            impact: *impact,
            flags: *flags,
        })
    }
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
    fn a_stem_kept_from_before_is_the_words_own_in_its_language() {
        // The same word in two languages, each asked twice (the second time from what the
        // thread keeps): each language keeps its own stem.
        for _ in 0..2 {
            assert_eq!(Stems::new(Language::English).stem("generation"), "generat");
            assert_eq!(Stems::new(Language::French).stem("generation"), "gener");
            assert_eq!(
                Stems::new(Language::Catalan).stem("generation"),
                "generation"
            );
        }
        // More words than are kept: the words are forgotten, never mixed up.
        let english = Stems::new(Language::English);
        for n in 0..STEMS_KEPT + 10 {
            assert_eq!(
                english.stem(&format!("drilling{n}")),
                format!("drilling{n}")
            );
            assert_eq!(english.stem("drilling"), "drill");
        }
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
                (Field::Owner, "Ada Drillmaker"),
            ],
            Language::English,
        );
        let get = |t: &str| p.iter().find(|x| x.term == t).map(|x| (x.tf, x.owner_only));
        assert_eq!(get("drill"), Some((3 + 1, false)));
        assert_eq!(get("cordless"), Some((3, false)));
        assert_eq!(get("batteri"), Some((1, false)), "stemmed");
        assert_eq!(get("ada"), Some((1, true)), "only the owner's name has it");
        assert_eq!(length, 3 * 2 + 5 + 2);
        let sorted: Vec<&str> = p.iter().map(|x| x.term.as_str()).collect();
        let mut again = sorted.clone();
        again.sort_unstable();
        assert_eq!(sorted, again, "ascending, each term once");
    }

    #[test]
    fn rarer_terms_more_occurrences_and_shorter_records_score_higher() {
        let score = |tf, df, length| idf(df, 1000) * f64::from(impact(tf, length, 20));
        let base = score(3, 10, 20);
        assert!(score(3, 2, 20) > base, "a rarer term");
        assert!(score(6, 10, 20) > base, "more occurrences");
        assert!(score(3, 10, 10) > base, "a shorter record");
        assert!(score(3, 1000, 20) > 0.0, "never negative");
        assert_eq!(impact(1, 50_000, 20), 1, "never nothing");
        assert!(impact(500, 1, 20) > 250);
        // Occurrences stop counting fast: the tenth adds far less than the second.
        let gain = |n| f64::from(impact(n + 1, 20, 20)) - f64::from(impact(n, 20, 20));
        assert!(gain(9) < gain(1) / 5.0);
    }

    #[test]
    fn a_doc_keeps_each_term_with_its_impact_and_reads_back() {
        let doc = Doc::of(
            Kind::Item,
            &[(Field::Title, "Red drill"), (Field::Owner, "Ada")],
            Language::English,
        )
        .unwrap();
        let read = Doc::from_bytes(doc.as_bytes());
        let entries: Vec<Entry> = read.entries().collect();
        let terms: Vec<&str> = entries.iter().map(|e| e.term).collect();
        assert_eq!(terms, ["ada", "drill", "red"]);
        assert_eq!(entries[0].flags, OWNER_ONLY);
        assert_eq!(entries[1].flags, 0);
        assert!(
            entries[1].impact > entries[0].impact,
            "the title weighs more"
        );
        assert_eq!(
            Doc::of(Kind::Item, &[(Field::Title, " - ")], Language::English),
            None
        );
        // A damaged encoding ends the entries rather than panicking.
        assert_eq!(Entries(&[7, 0, 40, b'a']).count(), 0);
    }
}
