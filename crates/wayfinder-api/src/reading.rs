//! Scans read into text in the background: one thread takes the vault's pages still to read,
//! oldest first, reads each with Tesseract outside the session's lock, and stores it. It
//! pauses whenever the vault is locked (locking kills a reading under way, and the page stays
//! to read) and takes up again at unlock, after a restart or a kill, where it left off.

use crate::App;
use crate::dto::{ErrorDto, PageReadingDto, ReadingEventDto, TextBoxDto};
use crate::error::AppError;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;
use wayfinder_ocr::{Language, OcrError, PageText, Tesseract, unspaced};
use wayfinder_pdf::PdfEngine;
use wayfinder_records::ocr::{Drawn, ReadError, Scan};
use wayfinder_vault::{ReadPage, ReadWord, Reading, ReadingJob};

/// How long the reader sleeps when there is nothing to read, unless woken.
const IDLE: Duration = Duration::from_secs(5);

/// The background reader's shared state.
pub struct Reader {
    tesseract: Mutex<Tesseract>,
    wake: (Mutex<bool>, Condvar),
    started: std::sync::atomic::AtomicBool,
    /// Why reading cannot go on at all (Tesseract or its languages missing), until it can.
    unavailable: Mutex<Option<&'static str>>,
    /// Counts the readers given by `use_reader`: a step that failed with the reader before
    /// says nothing of the one now in use.
    generation: std::sync::atomic::AtomicU64,
}

impl Default for Reader {
    fn default() -> Reader {
        Reader {
            tesseract: Mutex::new(system_reader()),
            wake: (Mutex::new(false), Condvar::new()),
            started: std::sync::atomic::AtomicBool::new(false),
            unavailable: Mutex::new(None),
            generation: std::sync::atomic::AtomicU64::new(0),
        }
    }
}

/// Tesseract as this laptop has it: `WAYFINDER_TESSERACT` names the program where it is not on
/// the `PATH` (Windows, macOS), else `tesseract`.
fn system_reader() -> Tesseract {
    match std::env::var_os("WAYFINDER_TESSERACT") {
        Some(path) => Tesseract::at(path.into()),
        None => Tesseract::system(),
    }
}

impl Reader {
    /// Wakes the reader (an import added pages, the vault was unlocked).
    pub fn wake(&self) {
        if let Ok(mut woken) = self.wake.0.lock() {
            *woken = true;
            self.wake.1.notify_all();
        }
    }

    fn sleep(&self, timeout: Duration) {
        if let Ok(woken) = self.wake.0.lock()
            && let Ok((mut woken, _)) = self.wake.1.wait_timeout_while(woken, timeout, |w| !*w)
        {
            *woken = false;
        }
    }

    /// Stops a reading under way (the vault locks).
    pub fn stop(&self) {
        if let Ok(t) = self.tesseract.lock() {
            t.cancel_flag().store(true, Ordering::SeqCst);
        }
    }

    fn tesseract(&self) -> Option<Tesseract> {
        self.tesseract.lock().ok().map(|t| t.clone())
    }
}

/// The original being read, kept open between its pages, and the language of its pages that
/// none of its records or cases named, once a page has shown it.
struct Original<'e> {
    hash: [u8; 32],
    scan: Scan<'e>,
    learned: Option<Language>,
    /// Its page after the one read last, drawn while that one was read.
    ahead: Option<Drawn>,
}

/// What one step of the reader did.
enum Step {
    /// A page was stored (read, or given up on).
    Stored,
    /// Nothing to read, or the vault is locked.
    Idle,
    /// Reading cannot go on at all.
    Unavailable(&'static str),
}

impl App {
    /// Uses `tesseract` to read from now on (tests give a stand-in, or a short time-out).
    pub fn use_reader(&self, tesseract: Tesseract) {
        if let Ok(mut t) = self.reader.tesseract.lock() {
            *t = tesseract;
            self.reader.generation.fetch_add(1, Ordering::SeqCst);
        }
        if let Ok(mut u) = self.reader.unavailable.lock() {
            *u = None;
        }
        self.reader.wake();
    }

    /// Reading cannot go on, for the reason `code`: said once, until the reason changes.
    fn unavailable(&self, code: &'static str, events: &impl Fn(ReadingEventDto)) {
        let changed = self
            .reader
            .unavailable
            .lock()
            .map(|mut u| u.replace(code) != Some(code))
            .unwrap_or(false);
        if changed {
            events(self.reading_status());
        }
    }

    /// Where reading stands: pages left, and why it cannot go on, if it cannot.
    pub fn reading_status(&self) -> ReadingEventDto {
        let remaining = self
            .session
            .lock()
            .ok()
            .and_then(|mut s| s.vault_quietly().and_then(|v| v.reading_remaining().ok()))
            .unwrap_or(0);
        let unavailable = self
            .reader
            .unavailable
            .lock()
            .ok()
            .and_then(|u| *u)
            .map(|code| self.error(&code));
        ReadingEventDto {
            remaining,
            unavailable,
        }
    }

    /// Takes the next page, reads it and stores it. `current` keeps the original being read
    /// open between its pages (a 300-page PDF is decrypted and opened once).
    fn read_step<'e>(&self, engine: &'e PdfEngine, current: &mut Option<Original<'e>>) -> Step {
        let job: ReadingJob;
        let tesseract: Tesseract;
        {
            let Ok(mut session) = self.session.lock() else {
                return Step::Idle;
            };
            let Some(vault) = session.vault_quietly() else {
                *current = None;
                return Step::Idle;
            };
            // The reader is taken under the session's lock, with the page: a page put back to
            // read (after she installed a language) is read by the reader that knows it.
            let Some(reader) = self.reader.tesseract() else {
                return Step::Idle;
            };
            tesseract = reader;
            // Under the session's lock with the vault open: a lock from here on stops the
            // reading that follows.
            tesseract.resume();
            job = match vault.reading_next() {
                Ok(Some(job)) => job,
                _ => {
                    *current = None;
                    return Step::Idle;
                }
            };
            if current.as_ref().map(|o| o.hash) != Some(job.hash) {
                *current = None;
                let opened = vault
                    .files()
                    .read_all(job.blob.file)
                    .map_err(|_| ReadError::Pdf(wayfinder_pdf::PdfError::Unreadable))
                    .and_then(|bytes| {
                        Scan::open(
                            engine,
                            job.blob.content.media,
                            bytes,
                            job.blob.secret.as_deref(),
                        )
                    });
                match opened {
                    Ok(scan) => {
                        *current = Some(Original {
                            hash: job.hash,
                            scan,
                            learned: None,
                            ahead: None,
                        })
                    }
                    Err(e) => {
                        let failed = Reading::Failed(e.code().to_owned());
                        let _ = vault.store_reading(&job.hash, job.page, &failed, "");
                        return Step::Stored;
                    }
                }
            }
        }
        let Some(original) = current.as_mut() else {
            return Step::Idle;
        };
        let expected: Vec<Language> = job
            .languages
            .iter()
            .filter_map(|code| Language::from_iso(code))
            .collect();
        // The language an earlier page of this original turned out to be in: the next page is
        // likely in it too, and is read in it alone (`read_in`), once rather than four times
        // if no record named it; failing that, in it and the languages expected.
        let learned = original.learned;
        let hinted: Vec<Language> = learned
            .into_iter()
            .chain(expected.iter().copied())
            .collect();
        let drawn = match original.ahead.take() {
            Some(drawn) if drawn.page() == job.page => Ok(drawn),
            _ => original.scan.draw(job.page),
        };
        // The next page is drawn while this one is read (PDFium works on its own thread while
        // Tesseract has the other core): most pages to read follow one another. A next page
        // there is none of, or not to read, is drawn for nothing; it is dropped with the
        // original when the vault locks.
        let outcome = drawn.and_then(|drawn| {
            let scan = &original.scan;
            let (outcome, ahead) = std::thread::scope(|scope| {
                let reading = scope.spawn(|| read_in(&drawn, &tesseract, learned, &hinted));
                let ahead = job
                    .page
                    .checked_add(1)
                    .and_then(|next| scan.draw(next).ok());
                // A reading that panicked is a reader that failed.
                let outcome = reading
                    .join()
                    .unwrap_or(Err(ReadError::Ocr(OcrError::Crashed)));
                (outcome, ahead)
            });
            original.ahead = ahead;
            outcome
        });
        let (reading, text) = match outcome {
            Ok(read) => {
                let text = read.text();
                if read
                    .confidence()
                    .is_some_and(|c| c >= wayfinder_vault::reading::POOR)
                {
                    original.learned = wayfinder_ocr::spoken_in(&text);
                }
                (Reading::Read(read_page(read)), text)
            }
            Err(ReadError::Ocr(OcrError::Cancelled)) => {
                *current = None;
                return Step::Idle;
            }
            Err(ReadError::Ocr(e @ (OcrError::Missing | OcrError::LanguageMissing))) => {
                *current = None;
                return Step::Unavailable(e.code());
            }
            Err(e) => (Reading::Failed(e.code().to_owned()), String::new()),
        };
        let Ok(mut session) = self.session.lock() else {
            return Step::Idle;
        };
        match session.vault_quietly() {
            Some(vault) => {
                let _ = vault.store_reading(&job.hash, job.page, &reading, &text);
                Step::Stored
            }
            None => {
                *current = None;
                Step::Idle
            }
        }
    }
}

/// Reads a page in the language `learned` an earlier page of its original was in, alone (beside
/// English where its script is not Latin): each language more slows reading down. A page so
/// read that reads poorly, or turns out to be in a language it was not read in, is read again
/// in `all`, and the surer reading kept. Without a language learned, it is read in `all`.
fn read_in(
    drawn: &Drawn,
    tesseract: &Tesseract,
    learned: Option<Language>,
    all: &[Language],
) -> Result<PageText, ReadError> {
    let Some(language) = learned else {
        return drawn.read(tesseract, all);
    };
    let first = match drawn.read(tesseract, &[language]) {
        // A page in French read well by the English and Spanish models, on a laptop without
        // French: the pages after it are read as the records and case expect.
        Err(ReadError::Ocr(OcrError::LanguageMissing)) => return drawn.read(tesseract, all),
        first => first?,
    };
    let spoken = wayfinder_ocr::spoken_in(&first.text());
    let in_its_language = |read: &PageText| {
        spoken.is_none_or(|spoken| read.languages.iter().any(|l| l == spoken.tesseract()))
    };
    let confidence = |read: &PageText| read.confidence().unwrap_or(0.0);
    let sure = confidence(&first) >= wayfinder_vault::reading::POOR;
    if (sure && in_its_language(&first)) || all.iter().all(|l| *l == language) {
        return Ok(first);
    }
    let again = drawn.read(tesseract, all)?;
    Ok(match (in_its_language(&first), in_its_language(&again)) {
        (false, true) => again,
        (true, false) => first,
        _ if confidence(&again) >= confidence(&first) => again,
        _ => first,
    })
}

fn read_page(read: PageText) -> ReadPage {
    ReadPage {
        width: read.width,
        height: read.height,
        rotation: read.rotation.degrees(),
        confidence: read.confidence(),
        languages: read.languages.join("+"),
        words: read
            .words
            .into_iter()
            .map(|w| ReadWord {
                text: w.text,
                left: w.left,
                top: w.top,
                width: w.width,
                height: w.height,
                confidence: w.confidence,
                line: w.line,
                paragraph: w.paragraph,
            })
            .collect(),
    }
}

/// Starts the background reader once; `events` hears after every page stored, and when
/// reading cannot go on.
pub fn start_reading(state: &Arc<App>, events: impl Fn(ReadingEventDto) + Send + 'static) {
    if state.reader.started.swap(true, Ordering::SeqCst) {
        return;
    }
    let app = Arc::clone(state);
    let spawned = std::thread::Builder::new()
        .name("reader".to_owned())
        .spawn(move || {
            // Without PDFium no page can be drawn to be read: the records list says why,
            // and it is looked for again after a while.
            let engine = loop {
                match app.viewer.lock().map(|mut v| v.engine()) {
                    Ok(Ok(engine)) => break engine,
                    Ok(Err(e)) => app.unavailable(e.code(), &events),
                    Err(_) => return,
                }
                app.reader.sleep(IDLE * 12);
            };
            let mut current = None;
            loop {
                let generation = app.reader.generation.load(Ordering::SeqCst);
                match app.read_step(&engine, &mut current) {
                    Step::Unavailable(_)
                        if app.reader.generation.load(Ordering::SeqCst) != generation => {}
                    Step::Stored => {
                        if let Ok(mut u) = app.reader.unavailable.lock() {
                            *u = None;
                        }
                        events(app.reading_status());
                    }
                    Step::Idle => app.reader.sleep(IDLE),
                    Step::Unavailable(code) => {
                        app.unavailable(code, &events);
                        // She may install it meanwhile: asked again after a while.
                        app.reader.sleep(IDLE * 12);
                        if let Ok(mut t) = app.reader.tesseract.lock() {
                            *t = t.fresh();
                        }
                    }
                }
            }
        });
    if spawned.is_err() {
        state.reader.started.store(false, Ordering::SeqCst);
    }
}

/// What was read on a page of a record, for the viewer's text layer: its lines as boxes in
/// fractions of the upright page.
pub fn page_reading(state: &App, record: [u8; 16], page: u32) -> Result<PageReadingDto, ErrorDto> {
    // Asked once and kept: which languages the reader has (none known if it is missing,
    // which the records list says).
    let installed = state
        .reader
        .tesseract()
        .and_then(|t| t.installed().ok())
        .unwrap_or_else(|| Language::ALL.to_vec());
    let mut session = state
        .session
        .lock()
        .map_err(|_| state.error(&AppError::StorageFailed))?;
    let vault = session
        .vault()
        .ok_or_else(|| state.error(&AppError::VaultLocked))?;
    let (_, blob) = vault.record(record).map_err(|e| state.error(&e))?;
    let reading = vault
        .page_reading(&blob.content.hash, page)
        .map_err(|e| state.error(&e))?;
    let (corrected_id, corrected) =
        corrections(vault, record, page).map_err(|e| state.error(&e))?;
    let waits = reading.is_none()
        && vault
            .reading_waits(&blob.content.hash, page)
            .map_err(|e| state.error(&e))?;
    let missing_languages = if reading.is_some() || waits {
        vault
            .reading_languages(&blob.content.hash)
            .map_err(|e| state.error(&e))?
            .into_iter()
            .filter(|code| Language::from_iso(code).is_some_and(|l| !installed.contains(&l)))
            .collect()
    } else {
        Vec::new()
    };
    let dto = match reading {
        None => PageReadingDto {
            state: if waits { "waiting" } else { "none" }.to_owned(),
            ..PageReadingDto::default()
        },
        Some(Reading::Failed(code)) => PageReadingDto {
            state: "failed".to_owned(),
            failure: Some(state.error(&code_of(&code))),
            ..PageReadingDto::default()
        },
        Some(Reading::Read(read)) => PageReadingDto {
            state: "read".to_owned(),
            rotation: read.rotation,
            confidence: read.confidence,
            poor: read
                .confidence
                .is_some_and(|c| c < wayfinder_vault::reading::POOR),
            lines: lines(&read),
            failure: None,
            ..PageReadingDto::default()
        },
    };
    Ok(PageReadingDto {
        corrected_id,
        corrected,
        missing_languages,
        ..dto
    })
}

/// Puts a page of a record that was read (or could not be) back on the reader's list, and
/// wakes the reader.
pub fn read_again(state: &App, record: [u8; 16], page: u32) -> Result<PageReadingDto, ErrorDto> {
    // She may have installed a language since Tesseract was asked which it has.
    if let Ok(mut t) = state.reader.tesseract.lock() {
        *t = t.fresh();
    }
    state.with_vault(|vault| {
        let (_, blob) = vault.record(record)?;
        vault.read_again(&blob.content.hash, page).map(|_| ())
    })?;
    state.reader.wake();
    page_reading(state, record, page)
}

/// The page text typed for a page, if any: its id and the versions of its text.
fn corrections(
    vault: &wayfinder_vault::OpenVault,
    record: [u8; 16],
    page: u32,
) -> Result<(Option<String>, Vec<crate::dto::VersionDto>), wayfinder_vault::VaultError> {
    let Some(entity) = vault.page_text_entity(record, page)? else {
        return Ok((None, Vec::new()));
    };
    let me = vault.author()?;
    let names = crate::commands::author_names(vault)?;
    let versions = vault
        .field_heads(entity)?
        .into_iter()
        .filter(|(f, _)| f == "text")
        .map(|(_, h)| crate::dto::VersionDto {
            value: h.value.clone(),
            codes: Vec::new(),
            author: crate::commands::author_text(&names, h.author),
            by_me: h.author == me,
            at: crate::commands::time_text(h.time.millis),
        })
        .collect();
    Ok((Some(crate::commands::id_text(entity)), versions))
}

/// A stored failure's code as one the catalogue knows (a vault written by a newer version
/// may hold one this version does not).
fn code_of(code: &str) -> &'static str {
    OcrError::ALL_CODES
        .iter()
        .chain(wayfinder_pdf::PdfError::ALL_CODES)
        .chain(wayfinder_records::image::ImageError::ALL_CODES)
        .find(|c| **c == code)
        .copied()
        .unwrap_or("ocr-crashed")
}

/// The page's lines, each the box around its words and their text.
pub(crate) fn lines(read: &ReadPage) -> Vec<TextBoxDto> {
    let (w, h) = (read.width.max(1) as f32, read.height.max(1) as f32);
    let mut out: Vec<(u32, TextBoxDto)> = Vec::new();
    for word in &read.words {
        let (left, top) = (word.left as f32 / w, word.top as f32 / h);
        let (right, bottom) = (
            (word.left + word.width) as f32 / w,
            (word.top + word.height) as f32 / h,
        );
        match out.last_mut() {
            Some((line, b)) if *line == word.line => {
                let (r, bt) = (b.left + b.width, b.top + b.height);
                b.left = b.left.min(left);
                b.top = b.top.min(top);
                b.width = r.max(right) - b.left;
                b.height = bt.max(bottom) - b.top;
                let joined = b.text.chars().last().is_some_and(unspaced)
                    && word.text.chars().next().is_some_and(unspaced);
                if !joined {
                    b.text.push(' ');
                }
                b.text.push_str(&word.text);
            }
            _ => out.push((
                word.line,
                TextBoxDto {
                    text: word.text.clone(),
                    left,
                    top,
                    width: right - left,
                    height: bottom - top,
                },
            )),
        }
    }
    out.into_iter().map(|(_, b)| b).collect()
}

/// Her typed text of a page as lines to lay over it: on the reader's lines one for one when
/// she kept as many lines as it read (she mended words), else stacked down the part of the
/// page the reader's lines cover (the page's printed area when nothing was read), each as
/// tall as the reader's lines were.
pub(crate) fn typed_lines(text: &str, read: &[TextBoxDto]) -> Vec<TextBoxDto> {
    let typed: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if typed.len() == read.len() {
        return read
            .iter()
            .zip(typed)
            .map(|(b, t)| TextBoxDto {
                text: t.to_owned(),
                ..b.clone()
            })
            .collect();
    }
    let (mut left, mut top, mut right, mut bottom) = (0.08f32, 0.08f32, 0.92f32, 0.92f32);
    let mut tall = 0.025f32;
    if !read.is_empty() {
        left = read.iter().map(|b| b.left).fold(f32::MAX, f32::min);
        top = read.iter().map(|b| b.top).fold(f32::MAX, f32::min);
        right = read.iter().map(|b| b.left + b.width).fold(0.0, f32::max);
        bottom = read.iter().map(|b| b.top + b.height).fold(0.0, f32::max);
        tall = read.iter().map(|b| b.height).sum::<f32>() / read.len() as f32;
    }
    let step = (bottom - top) / typed.len().max(1) as f32;
    typed
        .into_iter()
        .enumerate()
        .map(|(i, t)| TextBoxDto {
            text: t.to_owned(),
            left,
            top: top + step * i as f32,
            width: right - left,
            height: tall.min(step),
        })
        .collect()
}

/// Her typed text of a page, if she typed one: `Err(())` when two members typed it at once
/// and nobody has chosen yet.
pub(crate) fn typed_text(
    vault: &wayfinder_vault::OpenVault,
    record: [u8; 16],
    page: u32,
) -> Result<Result<Option<String>, ()>, wayfinder_vault::VaultError> {
    let Some(entity) = vault.page_text_entity(record, page)? else {
        return Ok(Ok(None));
    };
    let versions: Vec<Option<String>> = vault
        .field_heads(entity)?
        .into_iter()
        .filter(|(f, _)| f == "text")
        .map(|(_, h)| h.value)
        .collect();
    Ok(match versions.as_slice() {
        [one] => Ok(one.clone()),
        [] => Ok(None),
        _ => Err(()),
    })
}

/// Where the words of `terms` are on a page that was read, as fractions of the upright page.
/// A term is looked for along each line with the spaces between words left out, so that a
/// phrase, or a Chinese word the reader split into characters, marks every word it covers.
pub fn word_highlights(read: &ReadPage, terms: &[String]) -> Vec<crate::dto::HighlightDto> {
    let (w, h) = (read.width.max(1) as f32, read.height.max(1) as f32);
    let fold = |text: &str| -> Vec<char> {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let needles: Vec<Vec<char>> = terms
        .iter()
        .map(|t| fold(t))
        .filter(|n| !n.is_empty())
        .collect();
    let mut marked = vec![false; read.words.len()];
    let mut start = 0;
    while start < read.words.len() {
        let line = read.words[start].line;
        let end = start
            + read.words[start..]
                .iter()
                .take_while(|word| word.line == line)
                .count();
        let mut chars: Vec<char> = Vec::new();
        let mut owner: Vec<usize> = Vec::new();
        for (i, word) in read.words[start..end].iter().enumerate() {
            for c in fold(&word.text) {
                chars.push(c);
                owner.push(start + i);
            }
        }
        for needle in &needles {
            if needle.len() > chars.len() {
                continue;
            }
            for at in 0..=chars.len() - needle.len() {
                if chars[at..at + needle.len()] == needle[..] {
                    for &i in &owner[at..at + needle.len()] {
                        marked[i] = true;
                    }
                }
            }
        }
        start = end;
    }
    read.words
        .iter()
        .zip(marked)
        .filter(|(_, m)| *m)
        .map(|(word, _)| crate::dto::HighlightDto {
            left: word.left as f32 / w,
            top: word.top as f32 / h,
            width: word.width as f32 / w,
            height: word.height as f32 / h,
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::commands;
    use crate::dto::{ImportEventDto, ImportRequestDto, NewCaseDto, SearchRequestDto};
    use std::path::Path;
    use std::sync::mpsc::Receiver;
    use wayfinder_testkit::scans::{self, SPECIMENS, Wear};

    /// The app on a new vault with one case, in Arabic and English, and its id.
    fn app_with_case(tmp: &Path) -> (Arc<App>, String) {
        app_with_case_in(tmp, "Amal Haddad", &["ar", "en"])
    }

    /// The app on a new vault with one case named `child`, in `languages`, and its id.
    pub(crate) fn app_with_case_in(
        tmp: &Path,
        child: &str,
        languages: &[&str],
    ) -> (Arc<App>, String) {
        let app = Arc::new(
            App::new(&tmp.join("data"), &tmp.join("config"), Some("en_GB.UTF-8"))
                .unwrap_or_else(|e| panic!("{e}")),
        );
        commands::create_vault(&app, "lantern orbit velvet cactus harbor".to_owned())
            .unwrap_or_else(|e| panic!("{}", e.message));
        let case = commands::create_case(
            &app,
            NewCaseDto {
                child_name: child.to_owned(),
                date_of_birth: "2014-05-02".to_owned(),
                country: "AE".to_owned(),
                languages: languages.iter().map(|l| (*l).to_owned()).collect(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        (app, case)
    }

    /// A stand-in for Tesseract at `path`: a shell script, executable.
    pub(crate) fn stand_in(path: &Path, script: &str) -> std::path::PathBuf {
        std::fs::write(path, script).unwrap_or_else(|e| panic!("{e}"));
        let mut permissions = std::fs::metadata(path)
            .unwrap_or_else(|e| panic!("{e}"))
            .permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
        std::fs::set_permissions(path, permissions).unwrap_or_else(|e| panic!("{e}"));
        path.to_owned()
    }

    /// Imports the files at `paths` into `case` and waits for the import to finish.
    pub(crate) fn import(app: &Arc<App>, case: &str, paths: Vec<std::path::PathBuf>) {
        let files = app.picked(paths).into_iter().map(|p| p.token).collect();
        let (sent, heard) = std::sync::mpsc::channel();
        crate::records::start_import(
            app,
            ImportRequestDto {
                case_id: case.to_owned(),
                files,
                category: None,
                allow_duplicate: false,
                password: None,
            },
            move |e| {
                let _ = sent.send(e);
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let imported = heard.iter().find_map(|e| match e {
            ImportEventDto::Finished { imported, .. } => Some(imported),
            _ => None,
        });
        assert_eq!(imported, Some(1));
    }

    /// Gives `app` the real Tesseract behind a stand-in that notes each reading it is asked
    /// for; the function returned counts them.
    fn counting_reader(app: &App, dir: &Path) -> impl Fn() -> usize {
        let log = dir.join("readings.log");
        let counting = stand_in(
            &dir.join("counting-tesseract"),
            &format!(
                "#!/bin/sh\n[ \"$1\" = --list-langs ] || echo read >> '{}'\nexec tesseract \"$@\"\n",
                log.display()
            ),
        );
        app.use_reader(Tesseract::at(counting));
        move || {
            std::fs::read_to_string(&log)
                .unwrap_or_default()
                .lines()
                .count()
        }
    }

    /// Waits for the reader's event that says nothing is left, or that it cannot go on.
    fn until_read(heard: &Receiver<ReadingEventDto>) -> ReadingEventDto {
        loop {
            let event = heard
                .recv_timeout(Duration::from_secs(300))
                .unwrap_or_else(|e| panic!("the reader fell silent: {e}"));
            if event.remaining == 0 || event.unavailable.is_some() {
                return event;
            }
        }
    }

    fn the_record(app: &App, case: &str) -> String {
        commands::get_case_file(app, case.to_owned())
            .unwrap_or_else(|e| panic!("{}", e.message))
            .entities
            .into_iter()
            .find(|e| e.content.is_some())
            .map(|e| e.id)
            .unwrap_or_else(|| panic!("no record"))
    }

    #[test]
    fn typed_lines_take_the_read_lines_places_or_stack_down_what_they_covered() {
        let b = |text: &str, top: f32| TextBoxDto {
            text: text.to_owned(),
            left: 0.1,
            top,
            width: 0.5,
            height: 0.02,
        };
        let read = [b("Hernoglobin 9.1", 0.2), b("Plate1ets 120", 0.3)];
        // As many lines as were read: each on its own line's place.
        assert_eq!(
            typed_lines("Haemoglobin 9.1\n\n  Platelets 120 ", &read),
            [b("Haemoglobin 9.1", 0.2), b("Platelets 120", 0.3)]
        );
        // Fewer: stacked down from the first line, as tall as the reader's lines.
        let one = typed_lines("Haemoglobin 9.1 g/dL, platelets 120", &read);
        assert_eq!(one.len(), 1);
        assert_eq!((one[0].top, one[0].height, one[0].width), (0.2, 0.02, 0.5));
        // Nothing was read: over the page's printed area.
        let lone = typed_lines("Stamp: received 3 March", &[]);
        assert!(lone[0].left > 0.0 && lone[0].left + lone[0].width < 1.0);
        assert!(typed_lines("  \n", &read).is_empty());
    }

    #[test]
    fn a_photo_upside_down_is_read_in_the_background_and_found_where_it_is() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case(tmp.path());
        let engine =
            PdfEngine::shared(&wayfinder_pdf::library_path()).unwrap_or_else(|e| panic!("{e}"));
        let (code, text) = SPECIMENS[0];
        let page = scans::worn(
            &scans::page(&engine, text, code),
            Wear {
                quarter_turns: 2,
                ..Wear::SCANNED
            },
        );
        let photo = tmp.path().join("letter.jpg");
        std::fs::write(&photo, scans::jpeg(&page, 80)).unwrap_or_else(|e| panic!("{e}"));
        let (sent, heard) = std::sync::mpsc::channel();
        start_reading(&app, move |e| {
            let _ = sent.send(e);
        });
        import(&app, &case, vec![photo]);
        let done = until_read(&heard);
        assert_eq!(done.unavailable, None);
        let record = the_record(&app, &case);
        // The records list says it was read, and not poorly.
        let content = commands::get_case_file(&app, case.clone())
            .unwrap_or_else(|e| panic!("{}", e.message))
            .entities
            .into_iter()
            .find_map(|e| e.content)
            .unwrap_or_else(|| panic!("no content"));
        let progress = content.reading.unwrap_or_else(|| panic!("no reading"));
        assert_eq!(
            (
                progress.done,
                progress.total,
                progress.failed,
                progress.poor
            ),
            (1, 1, 0, 0)
        );
        // Search finds a word of the photo, on its page.
        let hits = commands::search(
            &app,
            SearchRequestDto {
                query: "medulloblastoma".to_owned(),
                case_id: None,
                record_id: None,
                limit: 10,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].record_id.as_deref(), Some(record.as_str()));
        assert_eq!(hits[0].page, Some(0));
        // The viewer shows the page turned upright, with its text as lines to select.
        let reading = commands::page_reading(&app, record.clone(), 0)
            .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(
            (reading.state.as_str(), reading.rotation, reading.poor),
            ("read", 180, false)
        );
        assert!(
            reading
                .lines
                .iter()
                .any(|l| l.text.contains("medulloblastoma")),
            "{:?}",
            reading.lines
        );
        // The hit is marked on the word: in the upper half of the upright page, where the
        // letter's second paragraph begins, and within the page.
        let marks =
            commands::record_highlights(&app, record.clone(), 0, "medulloblastoma".to_owned())
                .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(marks.len(), 1, "{marks:?}");
        let mark = &marks[0];
        assert!(
            mark.left >= 0.0 && mark.left + mark.width <= 1.0,
            "{mark:?}"
        );
        assert!(mark.top > 0.05 && mark.top < 0.5, "{mark:?}");
        // She types the page's text in place of the reader's: the review packet carries hers
        // under the photo, and no longer what the reader read.
        commands::set_page_text(
            &app,
            record.clone(),
            0,
            "Typed by hand: osteosarcoma of the left femur".to_owned(),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        // The viewer's find marks her words on the page, and no longer the reader's.
        let marks = commands::record_highlights(&app, record.clone(), 0, "Osteosarcoma".to_owned())
            .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(marks.len(), 1, "{marks:?}");
        assert!(
            marks[0].left >= 0.0 && marks[0].top >= 0.0 && marks[0].top + marks[0].height <= 1.0
        );
        let gone =
            commands::record_highlights(&app, record.clone(), 0, "medulloblastoma".to_owned())
                .unwrap_or_else(|e| panic!("{}", e.message));
        assert!(gone.is_empty(), "{gone:?}");
        commands::prepare_report(
            &app,
            crate::dto::ReportRequestDto {
                case_id: case.clone(),
                report: crate::dto::ReportKindDto::Packet,
                language: "en".to_owned(),
                consent_id: None,
                recipient: "Tumour board, Lyon".to_owned(),
                record_ids: vec![record],
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let out = tmp.path().join("packet.pdf");
        commands::export_report(&app, out.clone()).unwrap_or_else(|e| panic!("{}", e.message));
        let bytes = std::fs::read(&out).unwrap_or_else(|e| panic!("{e}"));
        let (doc, pages) = engine.open(bytes, None).unwrap_or_else(|e| panic!("{e}"));
        let text: String = (0..pages)
            .map(|p| engine.page_text(doc, p).unwrap_or_default())
            .collect();
        engine.close(doc);
        assert!(text.contains("osteosarcoma of the left femur"), "{text}");
        assert!(!text.contains("medulloblastoma"), "{text}");
    }

    #[test]
    fn a_photo_held_sideways_is_translated_with_its_markers_on_the_words_they_number() {
        use crate::dto::{MarkForTranslationDto, NewUnitDto, RegionDto, TranslationExportDto};
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case(tmp.path());
        let engine =
            PdfEngine::shared(&wayfinder_pdf::library_path()).unwrap_or_else(|e| panic!("{e}"));
        let (code, text) = SPECIMENS[0];
        let page = scans::worn(
            &scans::page(&engine, text, code),
            Wear {
                quarter_turns: 1,
                ..Wear::SCANNED
            },
        );
        let photo = tmp.path().join("letter.jpg");
        std::fs::write(&photo, scans::jpeg(&page, 80)).unwrap_or_else(|e| panic!("{e}"));
        let (sent, heard) = std::sync::mpsc::channel();
        start_reading(&app, move |e| {
            let _ = sent.send(e);
        });
        import(&app, &case, vec![photo]);
        assert_eq!(until_read(&heard).unavailable, None);
        let record = the_record(&app, &case);
        // The layer she selects in is the page stood upright: its lines, in reading order.
        let lines = crate::translation::page_lines(&app, record.clone(), 0)
            .unwrap_or_else(|e| panic!("{}", e.message));
        let line = lines
            .iter()
            .find(|l| l.text.contains("medulloblastoma"))
            .unwrap_or_else(|| panic!("{lines:?}"))
            .clone();
        assert!(line.width > line.height, "{line:?}");
        let translation = crate::translation::mark_for_translation(
            &app,
            MarkForTranslationDto {
                case_id: case,
                record_id: record,
                language: "ar".to_owned(),
                translator: "Layla Haddad".to_owned(),
                reviewer: String::new(),
                due: None,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let view = crate::translation::add_unit(
            &app,
            NewUnitDto {
                translation_id: translation.clone(),
                page: 0,
                region: Some(RegionDto {
                    left: line.left,
                    top: line.top,
                    width: line.width,
                    height: line.height,
                }),
                source: line.text.clone(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        crate::translation::tests::target(
            &app,
            &view.units[0].id,
            "أكد الفحص النسيجي الورم الأرومي النخاعي",
        );
        crate::translation::prepare_translation(
            &app,
            TranslationExportDto {
                translation_id: translation,
                overlay: false,
                recipient: "Hospital Universitario La Paz".to_owned(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let out = tmp.path().join("translated.pdf");
        commands::export_report(&app, out.clone()).unwrap_or_else(|e| panic!("{}", e.message));
        let pdf = std::fs::read(&out).unwrap_or_else(|e| panic!("{e}"));
        // On the original page of the export (after the statement), the passage's box holds
        // the words it numbers: read there, they are the line's.
        let blue = crate::translation::tests::blue_on(&engine, &pdf, 1)
            .unwrap_or_else(|| panic!("no marker"));
        let (doc, _) = engine.open(pdf, None).unwrap_or_else(|e| panic!("{e}"));
        let shown = engine.render_gray(doc, 1, 300.0, 4000);
        engine.close(doc);
        let shown = shown.unwrap_or_else(|e| panic!("{e}"));
        let (w, h) = (shown.width() as f32, shown.height() as f32);
        let crop = image::imageops::crop_imm(
            &shown,
            (blue.left * w) as u32,
            (blue.top * h) as u32,
            (blue.width * w) as u32,
            (blue.height * h) as u32,
        )
        .to_image();
        let words = Tesseract::system()
            .recognise(&crop, &[Language::English], None)
            .unwrap_or_else(|e| panic!("{e}"));
        let read: String = words.iter().map(|w| w.text.clone() + " ").collect();
        assert!(read.contains("medulloblastoma"), "{read:?}");
    }

    #[test]
    fn a_reading_stopped_by_the_lock_goes_on_at_unlock_and_reads_nothing_twice() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case(tmp.path());
        // A Tesseract that takes its time: it reads the page, then waits before answering.
        let work = tmp.path().join("work");
        std::fs::create_dir_all(&work).unwrap_or_else(|e| panic!("{e}"));
        let slow = stand_in(
            &tmp.path().join("slow-tesseract"),
            "#!/bin/sh\nsleep 2\nexec tesseract \"$@\"\n",
        );
        app.use_reader(Tesseract::at(slow).in_dir(&work));
        let engine =
            PdfEngine::shared(&wayfinder_pdf::library_path()).unwrap_or_else(|e| panic!("{e}"));
        let (code, text) = SPECIMENS[5];
        let photo = tmp.path().join("epicrisis.png");
        scans::worn(&scans::page(&engine, text, code), Wear::default())
            .save(&photo)
            .unwrap_or_else(|e| panic!("{e}"));
        let (sent, heard) = std::sync::mpsc::channel();
        start_reading(&app, move |e| {
            let _ = sent.send(e);
        });
        import(&app, &case, vec![photo]);
        // Locked while the page is being read: the child is killed, nothing is stored.
        std::thread::sleep(Duration::from_millis(1500));
        commands::lock_vault(&app).unwrap_or_else(|e| panic!("{}", e.message));
        std::thread::sleep(Duration::from_secs(3));
        assert!(heard.try_recv().is_err(), "a page was stored while locked");
        // Nothing of the page's text is anywhere on disk: not in the vault, nor where the
        // child ran, which was also its temporary folder.
        assert_eq!(
            wayfinder_testkit::files_containing(tmp.path(), "медуллобластому"),
            Vec::<std::path::PathBuf>::new()
        );
        assert_eq!(std::fs::read_dir(&work).map(|d| d.count()).ok(), Some(0));
        commands::unlock_with_passphrase(&app, "lantern orbit velvet cactus harbor".to_owned())
            .unwrap_or_else(|e| panic!("{}", e.message));
        let done = until_read(&heard);
        assert_eq!((done.remaining, done.unavailable), (0, None));
        let record = the_record(&app, &case);
        let reading =
            commands::page_reading(&app, record, 0).unwrap_or_else(|e| panic!("{}", e.message));
        assert!(
            reading
                .lines
                .iter()
                .any(|l| l.text.contains("медуллобластому"))
        );
        assert_eq!(
            heard.recv_timeout(Duration::from_secs(6)).ok(),
            None,
            "read twice"
        );
    }

    #[test]
    fn tesseract_missing_says_so_and_reading_waits() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case(tmp.path());
        app.use_reader(Tesseract::at(tmp.path().join("no-tesseract-here")));
        let photo = tmp.path().join("scan.png");
        image::GrayImage::from_pixel(300, 200, image::Luma([250]))
            .save(&photo)
            .unwrap_or_else(|e| panic!("{e}"));
        let (sent, heard) = std::sync::mpsc::channel();
        start_reading(&app, move |e| {
            let _ = sent.send(e);
        });
        import(&app, &case, vec![photo]);
        let event = until_read(&heard);
        assert_eq!(event.remaining, 1);
        let unavailable = event.unavailable.unwrap_or_else(|| panic!("no reason"));
        assert_eq!(unavailable.code, "ocr-missing");
        assert!(
            unavailable.message.contains("Tesseract is not installed"),
            "{}",
            unavailable.message
        );
        // Once Tesseract is there, the page is read.
        app.use_reader(Tesseract::system());
        let event = until_read(&heard);
        assert_eq!((event.remaining, event.unavailable), (0, None));
    }

    #[test]
    fn a_page_read_without_its_language_says_so_and_is_read_again_once_installed() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        // The case is in Arabic and English; this laptop's reader has English alone.
        let (app, case) = app_with_case(tmp.path());
        let english_only = stand_in(
            &tmp.path().join("english-only-tesseract"),
            "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then\n  printf 'List of available languages in \"/x/\" (2):\\neng\\nosd\\n'\n  exit 0\nfi\nexec tesseract \"$@\"\n",
        );
        app.use_reader(Tesseract::at(english_only));
        let engine =
            PdfEngine::shared(&wayfinder_pdf::library_path()).unwrap_or_else(|e| panic!("{e}"));
        let photo = tmp.path().join("letter.jpg");
        std::fs::write(&photo, scans::letter(&engine, "ar", 80)).unwrap_or_else(|e| panic!("{e}"));
        let (sent, heard) = std::sync::mpsc::channel();
        start_reading(&app, move |e| {
            let _ = sent.send(e);
        });
        import(&app, &case, vec![photo]);
        assert_eq!(until_read(&heard).unavailable, None);
        let record = the_record(&app, &case);
        let first = commands::page_reading(&app, record.clone(), 0)
            .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(first.state, "read");
        assert!(first.poor, "{first:?}");
        assert_eq!(first.missing_languages, ["ar"]);
        // She installs Arabic and reads the page again: it waits, then reads well.
        app.use_reader(Tesseract::system());
        let again = commands::read_page_again(&app, record.clone(), 0)
            .unwrap_or_else(|e| panic!("{}", e.message));
        assert!(
            again.state == "waiting" || again.state == "read",
            "{again:?}"
        );
        assert_eq!(until_read(&heard).unavailable, None);
        let second = commands::page_reading(&app, record.clone(), 0)
            .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!((second.state.as_str(), second.poor), ("read", false));
        assert!(second.missing_languages.is_empty());
        assert!(second.confidence > first.confidence, "{second:?} {first:?}");
        // Search finds its Arabic words now.
        let hits = commands::search(
            &app,
            SearchRequestDto {
                query: "المستشفى".to_owned(),
                case_id: None,
                record_id: Some(record),
                limit: 5,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        assert!(!hits.is_empty());
    }

    #[test]
    fn pages_in_a_language_no_one_named_are_read_once_after_the_first_shows_it() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        // A case in English and Spanish; the scanned letter is Russian, three pages.
        let (app, case) = app_with_case_in(tmp.path(), "Ivan Petrov", &["en", "es"]);
        let readings = counting_reader(&app, tmp.path());
        let engine =
            PdfEngine::shared(&wayfinder_pdf::library_path()).unwrap_or_else(|e| panic!("{e}"));
        let page = scans::letter(&engine, "ru", 80);
        let fonts = wayfinder_reports::Fonts::load(&wayfinder_reports::font_dir())
            .unwrap_or_else(|e| panic!("{e}"));
        let pdf =
            wayfinder_reports::scanned_pdf(&fonts, vec![page; 3]).unwrap_or_else(|e| panic!("{e}"));
        let file = tmp.path().join("letter.pdf");
        std::fs::write(&file, pdf).unwrap_or_else(|e| panic!("{e}"));
        let (sent, heard) = std::sync::mpsc::channel();
        start_reading(&app, move |e| {
            let _ = sent.send(e);
        });
        import(&app, &case, vec![file]);
        assert_eq!(until_read(&heard).unavailable, None);
        // The first page takes the reader's search for its language (four readings at most);
        // the two after it are read once each, in Russian.
        let readings = readings();
        assert!((3..=6).contains(&readings), "{readings} readings");
        let record = the_record(&app, &case);
        for page in 0..3 {
            let read = commands::page_reading(&app, record.clone(), page)
                .unwrap_or_else(|e| panic!("{}", e.message));
            assert_eq!((read.state.as_str(), read.poor), ("read", false), "{page}");
            assert!(
                read.lines.iter().any(|l| l.text.contains("медуллобластом")),
                "{:?}",
                read.lines
            );
        }
    }

    #[test]
    fn letters_scanned_together_keep_their_own_text_each_read_in_its_language() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Lucía Fernández", &["en", "es", "fr"]);
        let readings = counting_reader(&app, tmp.path());
        let engine =
            PdfEngine::shared(&wayfinder_pdf::library_path()).unwrap_or_else(|e| panic!("{e}"));
        let fonts = wayfinder_reports::Fonts::load(&wayfinder_reports::font_dir())
            .unwrap_or_else(|e| panic!("{e}"));
        // Three letters scanned together, the middle one with a typed cover note of its own,
        // so it needs no reading: each page is drawn while the one before it is read, and the
        // middle page drawn ahead must not be taken for the last.
        let pages = ["en", "es", "fr"]
            .iter()
            .map(|code| scans::letter(&engine, code, 80))
            .collect();
        let note = "Typed cover note: this page has text of its own and is not read.";
        let pdf = wayfinder_reports::scanned_pdf_captioned(
            &fonts,
            pages,
            vec![None, Some(note.to_owned()), None],
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let file = tmp.path().join("letters.pdf");
        std::fs::write(&file, pdf).unwrap_or_else(|e| panic!("{e}"));
        let (sent, heard) = std::sync::mpsc::channel();
        start_reading(&app, move |e| {
            let _ = sent.send(e);
        });
        import(&app, &case, vec![file]);
        assert_eq!(until_read(&heard).unavailable, None);
        let record = the_record(&app, &case);
        for (page, own, others) in [
            (0, "Discharge", ["Informe", "Compte"]),
            (2, "Compte", ["Discharge", "Informe"]),
        ] {
            let read = commands::page_reading(&app, record.clone(), page)
                .unwrap_or_else(|e| panic!("{}", e.message));
            let text: String = read.lines.iter().map(|l| l.text.as_str()).collect();
            assert_eq!(read.state, "read", "page {page}");
            assert!(text.contains(own), "page {page}: {text}");
            assert!(
                !others.iter().any(|o| text.contains(o)),
                "page {page}: {text}"
            );
        }
        // The French page is read in English first, as the page before it was, then again
        // in all three languages, the French reading kept (its accents read right); drawing
        // ahead reads nothing.
        let last =
            commands::page_reading(&app, record, 2).unwrap_or_else(|e| panic!("{}", e.message));
        assert!(
            last.lines
                .iter()
                .any(|l| l.text.contains("médulloblastome")),
            "{:?}",
            last.lines
        );
        assert_eq!(readings(), 3);
    }

    #[test]
    fn a_language_learned_from_a_page_but_not_installed_does_not_stop_reading() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Lucía Fernández", &["en", "es"]);
        // A laptop with the English and Spanish models only.
        let without_french = stand_in(
            &tmp.path().join("tesseract-en-es"),
            "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then printf 'List of available languages in \"/x\" (3):\neng\nosd\nspa\n'; exit 0; fi\nexec tesseract \"$@\"\n",
        );
        app.use_reader(Tesseract::at(without_french));
        let engine =
            PdfEngine::shared(&wayfinder_pdf::library_path()).unwrap_or_else(|e| panic!("{e}"));
        let fonts = wayfinder_reports::Fonts::load(&wayfinder_reports::font_dir())
            .unwrap_or_else(|e| panic!("{e}"));
        // A French letter of two pages: the first reads well enough in English and Spanish to
        // show it is French, which this laptop cannot read in.
        let page = scans::letter(&engine, "fr", 80);
        let pdf =
            wayfinder_reports::scanned_pdf(&fonts, vec![page; 2]).unwrap_or_else(|e| panic!("{e}"));
        let file = tmp.path().join("lettre.pdf");
        std::fs::write(&file, pdf).unwrap_or_else(|e| panic!("{e}"));
        let (sent, heard) = std::sync::mpsc::channel();
        start_reading(&app, move |e| {
            let _ = sent.send(e);
        });
        import(&app, &case, vec![file]);
        let done = until_read(&heard);
        assert_eq!((done.remaining, done.unavailable), (0, None));
        let record = the_record(&app, &case);
        for page in 0..2 {
            let read = commands::page_reading(&app, record.clone(), page)
                .unwrap_or_else(|e| panic!("{}", e.message));
            assert_eq!(read.state, "read", "page {page}");
            assert!(
                read.lines.iter().any(|l| l.text.contains("vincristine")),
                "page {page}: {:?}",
                read.lines
            );
        }
    }
}
