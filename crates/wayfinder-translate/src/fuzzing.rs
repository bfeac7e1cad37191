//! What the fuzz target `interchange` runs, and `tests/fuzz_crashers.rs` replays: one input read
//! as an XLIFF and a TMX file from a translator's tool, and as a passage and its translation
//! for every clinical check and memory score. Each must return, whatever the bytes.

use crate::glossary::Term;
use crate::{Lang, checks, interchange, memory, numbers};

/// One input, as every reader and check of this crate takes text.
pub fn interchange(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = interchange::from_xliff(&text, "doc-1", Lang::Ru, Lang::Es);
    let _ = interchange::from_tmx(&text, Lang::Ru, Lang::Es);
    // The first half as a passage, the second as its translation.
    let cut = text
        .char_indices()
        .nth(text.chars().count() / 2)
        .map_or(text.len(), |(i, _)| i);
    let (source, target) = text.split_at(cut);
    let glossary = [Term {
        source: "винкристин".to_owned(),
        source_lang: Lang::Ru,
        target_lang: Lang::Ar,
        target: Some("فينكريستين".to_owned()),
        forbidden: vec!["vincristín".to_owned()],
        keep: false,
    }];
    for lang in Lang::ALL {
        let _ = numbers::quantities(&text, lang);
        let _ = checks::check(source, Lang::Ru, target, lang, &glossary);
    }
    let _ = numbers::dates(&text);
    let _ = checks::inconsistent(&[(source, target), (source, source)]);
    let _ = memory::best(source, &[(target, source)], Lang::Zh, Lang::Ar, 5);
}
