//! Passages in and out of the formats CAT tools read: XLIFF 2.1 for one document's passages
//! (each with its page and region in Wayfinder's own metadata, so a translator can work in her
//! own tool and hand the file back), and TMX 1.4b for the memory. Files read back are refused
//! whole when they are not well formed, declare a document type (entity expansion, external
//! entities), name another document or other languages.

use crate::Lang;
use quick_xml::escape::{escape, resolve_predefined_entity};
use quick_xml::events::{BytesStart, Event};
use std::fmt::Write;

/// Why a file was refused. None carries the file's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InterchangeError {
    #[error("the file is not well-formed XLIFF or TMX")]
    Malformed,
    #[error("the file declares a document type or entities, which are refused")]
    Hostile,
    #[error("the file is for another document")]
    OtherDocument,
    #[error("the file's languages are not this document's")]
    OtherLanguages,
}

/// A passage as it travels: its id (the passage's), page, region (`left top width height`),
/// source, translation and state (draft, translated, reviewed, final).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Passage {
    pub id: String,
    pub page: u32,
    pub region: Option<String>,
    pub source: String,
    pub target: String,
    pub state: String,
}

/// XLIFF 2's segment states for ours: draft is "initial".
fn xliff_state(state: &str) -> &'static str {
    match state {
        "translated" => "translated",
        "reviewed" => "reviewed",
        "final" => "final",
        _ => "initial",
    }
}

fn our_state(state: &str) -> Option<&'static str> {
    Some(match state {
        "initial" => "draft",
        "translated" => "translated",
        "reviewed" => "reviewed",
        "final" => "final",
        _ => return None,
    })
}

/// One document's passages as XLIFF 2.1: `document` (the translation's id) names the file,
/// `original` is the record's title.
pub fn to_xliff(
    document: &str,
    original: &str,
    source: Lang,
    target: Lang,
    passages: &[Passage],
) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\" version=\"2.1\" srcLang=\"{}\" trgLang=\"{}\">\n <file id=\"{}\" original=\"{}\">\n",
        source.iso(),
        target.iso(),
        escape(document),
        escape(original)
    );
    for p in passages {
        let _ = write!(
            out,
            "  <unit id=\"{}\">\n   <mda:metadata>\n    <mda:metaGroup category=\"wayfinder\">\n     <mda:meta type=\"page\">{}</mda:meta>\n",
            escape(p.id.as_str()),
            p.page
        );
        if let Some(region) = &p.region {
            let _ = writeln!(
                out,
                "     <mda:meta type=\"region\">{}</mda:meta>",
                escape(region.as_str())
            );
        }
        let _ = write!(
            out,
            "    </mda:metaGroup>\n   </mda:metadata>\n   <segment state=\"{}\">\n    <source>{}</source>\n",
            xliff_state(&p.state),
            escape(p.source.as_str())
        );
        if !p.target.is_empty() {
            let _ = writeln!(out, "    <target>{}</target>", escape(p.target.as_str()));
        }
        out.push_str("   </segment>\n  </unit>\n");
    }
    out.push_str(" </file>\n</xliff>\n");
    out
}

/// The memory's pairs as TMX 1.4b.
pub fn to_tmx(source: Lang, target: Lang, pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n <header creationtool=\"Wayfinder\" creationtoolversion=\"{}\" segtype=\"block\" o-tmf=\"wayfinder\" adminlang=\"en\" srclang=\"{}\" datatype=\"plaintext\"/>\n <body>\n",
        env!("CARGO_PKG_VERSION"),
        source.iso()
    );
    for (s, t) in pairs {
        let _ = write!(
            out,
            "  <tu>\n   <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>\n   <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>\n  </tu>\n",
            source.iso(),
            escape(s.as_str()),
            target.iso(),
            escape(t.as_str())
        );
    }
    out.push_str(" </body>\n</tmx>\n");
    out
}

/// An element's attribute, unescaped.
fn attribute(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, InterchangeError> {
    match e.try_get_attribute(name) {
        Ok(Some(a)) => a
            .unescape_value()
            .map(|v| Some(v.into_owned()))
            .map_err(|_| InterchangeError::Malformed),
        Ok(None) => Ok(None),
        Err(_) => Err(InterchangeError::Malformed),
    }
}

/// Reads a file's elements, text and references, refusing a document type declaration and
/// any entity but XML's five: `on` is told each start (name, element), each end (name), and
/// each piece of text.
fn walk(
    text: &str,
    mut on: impl FnMut(Step<'_, '_>) -> Result<(), InterchangeError>,
) -> Result<(), InterchangeError> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut depth = 0usize;
    loop {
        match reader
            .read_event()
            .map_err(|_| InterchangeError::Malformed)?
        {
            // CAT tools write `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`: a name for a file we never
            // fetch. A document type with its own declarations (`[...]`) can define entities,
            // which is how billion laughs and external entities get in: refused.
            Event::DocType(d) if d.contains(&b'[') || d.contains(&b'<') => {
                return Err(InterchangeError::Hostile);
            }
            Event::Start(e) => {
                depth += 1;
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                on(Step::Start(&name, &e))?;
            }
            Event::Empty(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                on(Step::Start(&name, &e))?;
                on(Step::End(&name))?;
            }
            Event::End(e) => {
                depth = depth.checked_sub(1).ok_or(InterchangeError::Malformed)?;
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                on(Step::End(&name))?;
            }
            Event::Text(t) => {
                let piece = t.decode().map_err(|_| InterchangeError::Malformed)?;
                on(Step::Text(&piece))?;
            }
            Event::CData(t) => {
                let piece = t.decode().map_err(|_| InterchangeError::Malformed)?;
                on(Step::Text(&piece))?;
            }
            Event::GeneralRef(r) => {
                let resolved = match r
                    .resolve_char_ref()
                    .map_err(|_| InterchangeError::Malformed)?
                {
                    Some(c) => c.to_string(),
                    None => {
                        let name = r.decode().map_err(|_| InterchangeError::Malformed)?;
                        resolve_predefined_entity(&name)
                            .ok_or(InterchangeError::Hostile)?
                            .to_owned()
                    }
                };
                on(Step::Text(&resolved))?;
            }
            Event::Eof => {
                return if depth == 0 {
                    Ok(())
                } else {
                    Err(InterchangeError::Malformed)
                };
            }
            _ => {}
        }
    }
}

enum Step<'n, 'e> {
    Start(&'n str, &'n BytesStart<'e>),
    End(&'n str),
    Text(&'n str),
}

/// The passages of an XLIFF 2 file for `document`, from `source` into `target`: ids, pages,
/// regions, sources, translations and states. Anything else about the file refuses it whole.
pub fn from_xliff(
    text: &str,
    document: &str,
    source: Lang,
    target: Lang,
) -> Result<Vec<Passage>, InterchangeError> {
    let mut out: Vec<Passage> = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut meta: Option<String> = None;
    let mut seen_root = false;
    walk(text, |step| {
        match step {
            Step::Start(name, e) => {
                match name {
                    "xliff" => {
                        if seen_root || !stack.is_empty() {
                            return Err(InterchangeError::Malformed);
                        }
                        seen_root = true;
                        let version = attribute(e, "version")?;
                        if !matches!(version.as_deref(), Some("2.0" | "2.1")) {
                            return Err(InterchangeError::Malformed);
                        }
                        let langs = (attribute(e, "srcLang")?, attribute(e, "trgLang")?);
                        let wanted = (Some(source.iso().to_owned()), Some(target.iso().to_owned()));
                        if langs != wanted {
                            return Err(InterchangeError::OtherLanguages);
                        }
                    }
                    "file" if attribute(e, "id")?.as_deref() != Some(document) => {
                        return Err(InterchangeError::OtherDocument);
                    }
                    "unit" => out.push(Passage {
                        id: attribute(e, "id")?.ok_or(InterchangeError::Malformed)?,
                        state: "draft".to_owned(),
                        ..Passage::default()
                    }),
                    "meta" => meta = attribute(e, "type")?,
                    "segment" => {
                        let state = attribute(e, "state")?.unwrap_or_else(|| "initial".to_owned());
                        let ours = our_state(&state).ok_or(InterchangeError::Malformed)?;
                        out.last_mut().ok_or(InterchangeError::Malformed)?.state = ours.to_owned();
                    }
                    _ => {}
                }
                stack.push(name.to_owned());
            }
            Step::End(name) => {
                if stack.pop().as_deref() != Some(name) {
                    return Err(InterchangeError::Malformed);
                }
                if name == "meta" {
                    meta = None;
                }
            }
            Step::Text(piece) => {
                let Some(unit) = out.last_mut() else {
                    return Ok(());
                };
                match (stack.last().map(String::as_str), meta.as_deref()) {
                    (Some("source"), _) => unit.source.push_str(piece),
                    (Some("target"), _) => unit.target.push_str(piece),
                    (Some("meta"), Some("page")) => {
                        unit.page = piece
                            .trim()
                            .parse()
                            .map_err(|_| InterchangeError::Malformed)?;
                    }
                    (Some("meta"), Some("region")) => unit.region = Some(piece.trim().to_owned()),
                    _ => {}
                }
            }
        }
        Ok(())
    })?;
    if !seen_root {
        return Err(InterchangeError::Malformed);
    }
    Ok(out)
}

/// The pairs of a TMX file from `source` into `target` (other languages' variants left out).
pub fn from_tmx(
    text: &str,
    source: Lang,
    target: Lang,
) -> Result<Vec<(String, String)>, InterchangeError> {
    let mut out = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut lang: Option<String> = None;
    let mut unit: (Option<String>, Option<String>) = (None, None);
    let mut seg = String::new();
    let mut seen_root = false;
    walk(text, |step| {
        match step {
            Step::Start(name, e) => {
                match name {
                    "tmx" => {
                        if seen_root || !stack.is_empty() {
                            return Err(InterchangeError::Malformed);
                        }
                        seen_root = true;
                    }
                    "tu" => unit = (None, None),
                    "tuv" => {
                        // `xml:lang` (or `lang` in TMX 1.1 files).
                        lang = attribute(e, "xml:lang")?
                            .or(attribute(e, "lang")?)
                            .map(|l| l.to_lowercase());
                    }
                    "seg" => seg.clear(),
                    _ => {}
                }
                stack.push(name.to_owned());
            }
            Step::End(name) => {
                if stack.pop().as_deref() != Some(name) {
                    return Err(InterchangeError::Malformed);
                }
                match name {
                    "seg" => {
                        let code = lang.as_deref().unwrap_or_default();
                        let primary = code.split(['-', '_']).next().unwrap_or_default();
                        if primary == source.iso() {
                            unit.0 = Some(seg.clone());
                        } else if primary == target.iso() {
                            unit.1 = Some(seg.clone());
                        }
                    }
                    "tu" => {
                        if let (Some(s), Some(t)) = unit.clone() {
                            out.push((s, t));
                        }
                    }
                    _ => {}
                }
            }
            Step::Text(piece) => {
                if stack.iter().any(|n| n == "seg") {
                    seg.push_str(piece);
                }
            }
        }
        Ok(())
    })?;
    if !seen_root {
        return Err(InterchangeError::Malformed);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passages() -> Vec<Passage> {
        vec![
            Passage {
                id: "0193a1b2-0000-7000-8000-000000000001".to_owned(),
                page: 0,
                region: Some("0.1 0.2 0.5 0.05".to_owned()),
                source: "Винкристин 1,5 мг/м² <в/в> & \"болюсно\"".to_owned(),
                target: "Vincristina 1,5 mg/m² <i.v.> & \"en bolo\"".to_owned(),
                state: "final".to_owned(),
            },
            Passage {
                id: "0193a1b2-0000-7000-8000-000000000002".to_owned(),
                page: 2,
                region: None,
                source: "Печать: получено".to_owned(),
                target: String::new(),
                state: "draft".to_owned(),
            },
        ]
    }

    #[test]
    fn xliff_goes_out_and_comes_back_the_same() {
        let file = to_xliff("doc-1", "выписка.pdf", Lang::Ru, Lang::Es, &passages());
        let back = from_xliff(&file, "doc-1", Lang::Ru, Lang::Es);
        assert_eq!(back, Ok(passages()));
    }

    #[test]
    fn tmx_goes_out_and_comes_back_the_same() {
        let pairs = vec![
            (
                "Опухоль <задней> ямки".to_owned(),
                "Tumor de fosa & posterior".to_owned(),
            ),
            ("Винкристин".to_owned(), "Vincristina".to_owned()),
        ];
        let file = to_tmx(Lang::Ru, Lang::Es, &pairs);
        assert_eq!(from_tmx(&file, Lang::Ru, Lang::Es), Ok(pairs));
    }

    #[test]
    fn hostile_malformed_and_mismatched_files_are_refused_whole() {
        let good = to_xliff("doc-1", "x.pdf", Lang::Ru, Lang::Es, &passages());
        let laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n<xliff version=\"2.1\" srcLang=\"ru\" trgLang=\"es\"><file id=\"doc-1\"><unit id=\"u\"><segment><source>&lol2;</source></segment></unit></file></xliff>";
        let external = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<xliff version=\"2.1\" srcLang=\"ru\" trgLang=\"es\"><file id=\"doc-1\"><unit id=\"u\"><segment><source>&xxe;</source></segment></unit></file></xliff>";
        let undeclared = good.replace("болюсно", "&xxe;");
        let cut: String = good.chars().take(good.chars().count() / 2).collect();
        let table: &[(&str, InterchangeError)] = &[
            (laughs, InterchangeError::Hostile),
            (external, InterchangeError::Hostile),
            (&undeclared, InterchangeError::Hostile),
            (&cut, InterchangeError::Malformed),
            ("not xml at all", InterchangeError::Malformed),
            (
                "<xliff version=\"1.2\"></xliff>",
                InterchangeError::Malformed,
            ),
        ];
        for (file, expect) in table {
            assert_eq!(
                from_xliff(file, "doc-1", Lang::Ru, Lang::Es),
                Err(expect.clone()),
                "{file}"
            );
        }
        assert_eq!(
            from_xliff(&good, "doc-2", Lang::Ru, Lang::Es),
            Err(InterchangeError::OtherDocument)
        );
        assert_eq!(
            from_xliff(&good, "doc-1", Lang::Ru, Lang::Fr),
            Err(InterchangeError::OtherLanguages)
        );
        assert_eq!(
            from_tmx(laughs, Lang::Ru, Lang::Es),
            Err(InterchangeError::Hostile)
        );
    }

    /// Regression: translate-toolkit, like other CAT tools, names TMX's DTD in a document
    /// type with no declarations of its own; such a memory was refused as hostile.
    #[test]
    fn a_document_type_that_only_names_its_dtd_is_read() {
        let file = to_tmx(
            Lang::Ru,
            Lang::Es,
            &[("Винкристин".into(), "Vincristina".into())],
        )
        .replacen("<tmx ", "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx ", 1);
        assert_eq!(
            from_tmx(&file, Lang::Ru, Lang::Es),
            Ok(vec![("Винкристин".into(), "Vincristina".into())])
        );
    }
}
