//! One typo forgiven: a word of five letters or more that no record has is read as the word
//! one edit away (a letter missing, extra, changed, or two swapped) that most records have.
//! The candidates are made from the word and looked up in the dictionary itself, so a
//! correction is never to a word that has just gone, nor blind to one just added.

use crate::domain::search::Stems;
use crate::store::StoreError;

/// The shortest word (in characters) a typo is forgiven in.
pub const MIN_LETTERS: usize = 5;

/// Every string one edit away from `word` (Damerau-Levenshtein distance 1): letters and
/// digits, and the word's own characters, are tried where one is added or changed.
pub fn edits(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut alphabet: Vec<char> = ('a'..='z').chain('0'..='9').collect();
    alphabet.extend(chars.iter().copied());
    alphabet.sort_unstable();
    alphabet.dedup();
    let mut out = Vec::with_capacity(chars.len() * (2 * alphabet.len() + 2) + alphabet.len());
    let make = |cs: &[char]| cs.iter().collect::<String>();
    for i in 0..chars.len() {
        let mut v = chars.clone();
        v.remove(i);
        out.push(make(&v));
        if i + 1 < chars.len() && chars[i] != chars[i + 1] {
            let mut v = chars.clone();
            v.swap(i, i + 1);
            out.push(make(&v));
        }
        for &c in &alphabet {
            if c != chars[i] {
                let mut v = chars.clone();
                v[i] = c;
                out.push(make(&v));
            }
        }
    }
    for i in 0..=chars.len() {
        for &c in &alphabet {
            let mut v = chars.clone();
            v.insert(i, c);
            out.push(make(&v));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The word one edit from `word` whose term the most records have (`df` answers how many
/// have a term), with that term; `None` when the word is short or no edit is in the
/// dictionary.
pub fn correct(
    word: &str,
    stems: &Stems,
    mut df: impl FnMut(&str) -> Result<u64, StoreError>,
) -> Result<Option<(String, String)>, StoreError> {
    if word.chars().count() < MIN_LETTERS {
        return Ok(None);
    }
    let mut best: Option<(u64, String, String)> = None;
    for candidate in edits(word) {
        let term = stems.stem(&candidate);
        let n = df(&term)?;
        if n > 0 && best.as_ref().is_none_or(|(b, _, _)| n > *b) {
            best = Some((n, candidate, term));
        }
    }
    Ok(best.map(|(_, word, term)| (word, term)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::Language;

    #[test]
    fn edits_are_one_step_away() {
        let e = edits("drill");
        for near in ["dril", "drilll", "drull", "rdill", "drills", "adrill"] {
            assert!(e.contains(&near.to_string()), "{near}");
        }
        assert!(!e.contains(&"drill".to_string()));
        assert!(!e.contains(&"dr".to_string()), "two away");
        assert!(edits("café").contains(&"cafe".to_string()));
    }

    #[test]
    fn the_most_common_word_one_edit_away_is_chosen() {
        let stems = Stems::new(Language::English);
        let dictionary = [("drill", 40), ("drall", 2), ("ladder", 7)];
        let df = |t: &str| {
            Ok(dictionary
                .iter()
                .find(|(d, _)| *d == t)
                .map_or(0, |(_, n)| *n))
        };
        assert_eq!(
            correct("drrill", &stems, df).unwrap(),
            Some(("drill".to_string(), "drill".to_string()))
        );
        assert_eq!(correct("drull", &stems, df).unwrap().unwrap().0, "drill");
        assert_eq!(correct("drll", &stems, df).unwrap(), None, "too short");
        assert_eq!(correct("lader", &stems, df).unwrap().unwrap().0, "ladder");
        assert_eq!(correct("laddder", &stems, df).unwrap().unwrap().0, "ladder");
        assert_eq!(correct("xxxxxxx", &stems, df).unwrap(), None);
    }
}
