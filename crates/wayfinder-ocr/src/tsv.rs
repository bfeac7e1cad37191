//! Tesseract's TSV: one row per block, paragraph, line and word, each with its box; words
//! (level 5) also with their confidence and text.

use crate::{OcrError, Rotation};

const HEADER: &str =
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

/// One word read, its box in pixels of the upright page (`PageText::width` by `height`).
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    pub text: String,
    pub left: u32,
    pub top: u32,
    pub width: u32,
    pub height: u32,
    /// Tesseract's confidence in the word, 0 to 100.
    pub confidence: f32,
    /// Which line of the page the word is on, counted from 0 in reading order.
    pub line: u32,
    /// Which paragraph the line is in, counted from 0.
    pub paragraph: u32,
}

/// What was read on one page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageText {
    /// The upright page's size in pixels, which the words' boxes are in.
    pub width: u32,
    pub height: u32,
    /// How the page was turned before it was read (the viewer shows it turned the same way).
    pub rotation: Rotation,
    /// The words in reading order.
    pub words: Vec<Word>,
    /// Tesseract's model names of the languages it was read in.
    pub languages: Vec<String>,
}

/// Whether a character is written without spaces between words: Han, kana, hangul, and
/// full-width forms. Words of these are joined without a space when a line is put together.
pub fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x3000..=0x303F | 0x20000..=0x3FFFF)
}

impl PageText {
    /// The page's text: words by spaces (none between two Chinese ones, which Tesseract
    /// splits apart), lines by a line break, paragraphs by an empty line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let mut last: Option<&Word> = None;
        for word in &self.words {
            if let Some(prev) = last {
                if prev.paragraph != word.paragraph {
                    out.push_str("\n\n");
                } else if prev.line != word.line {
                    out.push('\n');
                } else {
                    let joined = prev.text.chars().last().is_some_and(unspaced)
                        && word.text.chars().next().is_some_and(unspaced);
                    if !joined {
                        out.push(' ');
                    }
                }
            }
            out.push_str(&word.text);
            last = Some(word);
        }
        out
    }

    /// The mean confidence of its words, 0 to 100, each weighted by its length; `None` when
    /// no word was read.
    pub fn confidence(&self) -> Option<f32> {
        let (sum, weight) = self.words.iter().fold((0.0f64, 0usize), |(s, n), w| {
            let len = w.text.chars().count();
            (s + f64::from(w.confidence) * len as f64, n + len)
        });
        (weight > 0).then(|| (sum / weight as f64) as f32)
    }
}

/// Reads Tesseract's TSV of a page `width` by `height`. Anything but its header and rows of
/// twelve fields with numbers where numbers belong is garbage.
pub fn parse(out: &[u8], width: u32, height: u32) -> Result<Vec<Word>, OcrError> {
    let text = std::str::from_utf8(out).map_err(|_| OcrError::Garbage)?;
    let mut rows = text.lines();
    if rows.next().map(str::trim_end) != Some(HEADER) {
        return Err(OcrError::Garbage);
    }
    let mut words = Vec::new();
    let mut lines: Vec<(u32, u32, u32)> = Vec::new();
    let mut paragraphs: Vec<(u32, u32)> = Vec::new();
    for row in rows {
        if row.is_empty() {
            continue;
        }
        let fields: Vec<&str> = row.splitn(12, '\t').collect();
        if fields.len() != 12 {
            return Err(OcrError::Garbage);
        }
        let number = |i: usize| fields[i].parse::<u32>().map_err(|_| OcrError::Garbage);
        let level = number(0)?;
        if level != 5 {
            if level == 0 || level > 5 {
                return Err(OcrError::Garbage);
            }
            continue;
        }
        let (block, par, line) = (number(2)?, number(3)?, number(4)?);
        let (left, top, w, h) = (number(6)?, number(7)?, number(8)?, number(9)?);
        let confidence: f32 = fields[10].parse().map_err(|_| OcrError::Garbage)?;
        if !(0.0..=100.0).contains(&confidence)
            || u64::from(left) + u64::from(w) > u64::from(width)
            || u64::from(top) + u64::from(h) > u64::from(height)
        {
            return Err(OcrError::Garbage);
        }
        let word = fields[11].trim();
        if word.is_empty() {
            continue;
        }
        if lines.last() != Some(&(block, par, line)) {
            lines.push((block, par, line));
        }
        if paragraphs.last() != Some(&(block, par)) {
            paragraphs.push((block, par));
        }
        words.push(Word {
            text: word.to_owned(),
            left,
            top,
            width: w,
            height: h,
            confidence,
            line: (lines.len() - 1) as u32,
            paragraph: (paragraphs.len() - 1) as u32,
        });
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(rows: &[&str]) -> Vec<u8> {
        let mut out = format!("{HEADER}\n");
        for row in rows {
            out.push_str(row);
            out.push('\n');
        }
        out.into_bytes()
    }

    #[test]
    fn words_become_lines_and_paragraphs() {
        let out = page(&[
            "1\t1\t0\t0\t0\t0\t0\t0\t1000\t800\t-1\t",
            "4\t1\t1\t1\t1\t0\t10\t10\t500\t30\t-1\t",
            "5\t1\t1\t1\t1\t1\t10\t10\t100\t30\t96.5\tVincristine",
            "5\t1\t1\t1\t1\t2\t120\t10\t60\t30\t90\t1.5",
            "5\t1\t1\t1\t2\t1\t10\t50\t60\t30\t80\tmg/m2",
            "5\t1\t2\t1\t1\t1\t10\t200\t60\t30\t40\t髓母",
            "5\t1\t2\t1\t1\t2\t80\t200\t60\t30\t40\t细胞瘤",
            "5\t1\t2\t1\t1\t3\t150\t200\t60\t30\t95\t ",
        ]);
        let words = parse(&out, 1000, 800).unwrap_or_default();
        let page = PageText {
            width: 1000,
            height: 800,
            words,
            ..PageText::default()
        };
        assert_eq!(page.text(), "Vincristine 1.5\nmg/m2\n\n髓母细胞瘤");
        let confidence = page.confidence().unwrap_or_default();
        // (96.5 * 11 + 90 * 3 + 80 * 5 + 40 * 5) / 24, each weighted by its characters
        assert!((confidence - 80.48).abs() < 0.01, "{confidence}");
    }

    #[test]
    fn anything_else_is_garbage() {
        for bad in [
            b"Segmentation fault".to_vec(),
            b"".to_vec(),
            page(&["5\t1\t1\t1\t1\t1\t10\t10\t100"]),
            page(&["5\t1\t1\t1\t1\t1\t10\t10\t100\t30\tninety\tword"]),
            page(&["5\t1\t1\t1\t1\t1\t990\t10\t100\t30\t90\tbeyond"]),
            page(&["9\t1\t1\t1\t1\t1\t10\t10\t100\t30\t90\tword"]),
            vec![0xff, 0xfe],
        ] {
            assert_eq!(parse(&bad, 1000, 800), Err(OcrError::Garbage));
        }
        assert_eq!(parse(&page(&[]), 10, 10), Ok(Vec::new()));
    }
}

#[cfg(test)]
mod any_answer {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever a child writes, reading it never panics, and what is accepted lies on the
        /// page.
        #[test]
        fn any_output_is_read_or_refused(
            rows in proptest::collection::vec(
                proptest::collection::vec("[-0-9a-zé.\\t ]{0,12}", 0..14),
                0..20,
            ),
            raw in proptest::collection::vec(any::<u8>(), 0..200),
        ) {
            let mut text = format!("{HEADER}\n");
            for row in &rows {
                text.push_str(&row.join("\t"));
                text.push('\n');
            }
            for out in [text.into_bytes(), raw] {
                if let Ok(words) = parse(&out, 640, 480) {
                    for w in words {
                        prop_assert!(w.left + w.width <= 640 && w.top + w.height <= 480);
                        prop_assert!((0.0..=100.0).contains(&w.confidence));
                    }
                }
            }
        }
    }
}
