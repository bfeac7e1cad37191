//! The other spellings of a medical word: British and American English write the same thing
//! differently (leukaemia and leukemia, tumour and tumor, paediatric and pediatric), and a
//! record from London must be found by a coordinator who types the Boston spelling. Search
//! looks for every spelling of each word.

/// Pairs of (British, American) spellings of the parts of medical words that differ. A word
/// holding either side also gets the other. Longer parts come first, so that "haemorrhage"
/// gives "hemorrhage" rather than a half-changed word.
const PAIRS: &[(&str, &str)] = &[
    ("diarrhoea", "diarrhea"),
    ("oesophag", "esophag"),
    ("orthopaed", "orthoped"),
    ("gynaecolog", "gynecolog"),
    ("leukaem", "leukem"),
    ("anaesthe", "anesthe"),
    ("ischaem", "ischem"),
    ("oestrog", "estrog"),
    ("oedema", "edema"),
    ("aetiolog", "etiolog"),
    ("caesar", "cesar"),
    ("tumour", "tumor"),
    ("haem", "hem"),
    ("paed", "ped"),
    ("anaem", "anem"),
    ("foet", "fet"),
    ("aemia", "emia"),
    ("isation", "ization"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("centre", "center"),
    ("litre", "liter"),
    ("fibre", "fiber"),
];

/// The word in its other spellings, lower case, without the word itself; at most a few.
pub fn variants(word: &str) -> Vec<String> {
    let lower = word.to_lowercase();
    let mut out: Vec<String> = Vec::new();
    for (british, american) in PAIRS {
        // The British part first: "esophag" is inside "oesophag", and the word is British.
        let other = if lower.contains(british) {
            lower.replacen(british, american, 1)
        } else if lower.contains(american) {
            lower.replacen(american, british, 1)
        } else {
            continue;
        };
        if other != lower && !out.contains(&other) {
            out.push(other);
        }
        if out.len() >= 3 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::variants;

    fn check(word: &str, expect: &[&str]) {
        assert_eq!(variants(word), expect, "{word}");
    }

    #[test]
    fn british_and_american_spellings_find_each_other() {
        check("leukaemia", &["leukemia"]);
        check("Leukemia", &["leukaemia"]);
        check("tumours", &["tumors"]);
        check("paediatric", &["pediatric"]);
        check("pediatric", &["paediatric"]);
        check("haemorrhage", &["hemorrhage"]);
        check("oesophagus", &["esophagus"]);
        check("hospitalisation", &["hospitalization"]);
        check("summarising", &["summarizing"]);
    }

    #[test]
    fn a_word_spelled_one_way_everywhere_has_no_variant() {
        check("vincristine", &[]);
        check("medulloblastoma", &[]);
        check("лейкоз", &[]);
        check("白血病", &[]);
    }
}
