//! Tesseract as a child process: the page handed over in memory (an anonymous memory file on
//! Linux, its standard input elsewhere), its answer on its standard output, a time-out and a
//! cancel flag watched while it works.

use crate::tsv::{self, PageText};
use crate::{Language, OcrError, Orientation, Rotation, TURN_CONFIDENCE, fit, languages, png};
use image::GrayImage;
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};
use wait_timeout::ChildExt;

/// The page in an anonymous memory file its child inherits (not closed on exec), and the path
/// by which the child opens it. Another child started in the same instant could inherit it
/// too; the only children this app starts are readers like this one.
#[cfg(target_os = "linux")]
fn memory_file(bytes: &[u8]) -> Option<(std::fs::File, String)> {
    use std::os::fd::AsRawFd;
    let fd = rustix::fs::memfd_create("page", rustix::fs::MemfdFlags::empty()).ok()?;
    let mut file = std::fs::File::from(fd);
    file.write_all(bytes).ok()?;
    let path = format!("/dev/fd/{}", file.as_raw_fd());
    Some((file, path))
}

#[cfg(not(target_os = "linux"))]
fn memory_file(_: &[u8]) -> Option<(std::fs::File, String)> {
    None
}

/// The most a child may write on its standard output: a dense page's TSV is under 1 MiB.
const MAX_OUTPUT: u64 = 32 * 1024 * 1024;
/// What is kept of its standard error (only to tell "too few characters" from a failure).
const MAX_ERRORS: u64 = 64 * 1024;
/// How long the output of a killed child is waited for.
const AFTER_KILL: Duration = Duration::from_secs(1);
/// How often a waiting reader looks at its cancel flag.
const POLL: Duration = Duration::from_millis(50);

/// A Tesseract to read pages with. Cheap to clone; clones share the cancel flag.
#[derive(Clone, Debug)]
pub struct Tesseract {
    program: PathBuf,
    timeout: Duration,
    dir: Option<PathBuf>,
    cancel: Arc<AtomicBool>,
    /// Set when a reading begun ahead of time is not wanted after all (the page turned out
    /// to be askew): only that reading stops.
    abandon: Option<Arc<AtomicBool>>,
    installed: Arc<OnceLock<Result<Vec<Language>, OcrError>>>,
}

struct Answer {
    ok: bool,
    out: Vec<u8>,
    errors: Vec<u8>,
}

impl Tesseract {
    /// The `tesseract` on the `PATH`, with a time-out of two minutes a page.
    pub fn system() -> Tesseract {
        Tesseract::at(PathBuf::from("tesseract"))
    }

    /// The program at `program` (tests give a stand-in that crashes, hangs or lies).
    pub fn at(program: PathBuf) -> Tesseract {
        Tesseract {
            program,
            timeout: Duration::from_secs(120),
            dir: None,
            cancel: Arc::new(AtomicBool::new(false)),
            abandon: None,
            installed: Arc::new(OnceLock::new()),
        }
    }

    pub fn with_timeout(mut self, timeout: Duration) -> Tesseract {
        self.timeout = timeout;
        self
    }

    /// The folder the child runs in, and its temporary folder (it writes nothing; tests look
    /// there to be sure).
    pub fn in_dir(mut self, dir: &Path) -> Tesseract {
        self.dir = Some(dir.to_owned());
        self
    }

    /// The flag that stops a reading: set, the child is killed within `POLL` and the reading
    /// answers `Cancelled`. Cleared by `resume`.
    pub fn cancel_flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.cancel)
    }

    /// The same reader, asking again which languages are installed (she may have installed
    /// Tesseract or a language since it was asked).
    pub fn fresh(&self) -> Tesseract {
        Tesseract {
            installed: Arc::new(OnceLock::new()),
            ..self.clone()
        }
    }

    pub fn resume(&self) {
        self.cancel.store(false, Ordering::SeqCst);
    }

    /// Whether the reading under way must stop: the vault was locked, or the reading was
    /// begun ahead of time and is not wanted.
    fn stopped(&self) -> bool {
        self.cancel.load(Ordering::SeqCst)
            || self
                .abandon
                .as_ref()
                .is_some_and(|a| a.load(Ordering::SeqCst))
    }

    /// Runs the program with `args`; an `input` (a PNG) is named by the argument `stdin`.
    fn run(&self, args: &[&str], input: Option<Vec<u8>>) -> Result<Answer, OcrError> {
        if self.stopped() {
            return Err(OcrError::Cancelled);
        }
        // Tesseract reads its standard input a character at a time (a tenth of a second for a
        // page's 4 MB PNG, a fifth of the reading); a file it reads at once. On Linux the page
        // goes into an anonymous file in memory, which no folder lists and no disk holds, and
        // the child opens it by its descriptor. Where that cannot be had, standard input.
        let memory = input.as_deref().and_then(memory_file);
        let (input, path) = match &memory {
            Some((_, path)) => (None, Some(path.as_str())),
            None => (input, None),
        };
        let args = args
            .iter()
            .map(|&a| match (a, path) {
                ("stdin", Some(path)) => path,
                _ => a,
            })
            .collect::<Vec<_>>();
        let mut command = Command::new(&self.program);
        command
            .args(&args)
            .stdin(if input.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            // One thread: Tesseract's OpenMP is slower for one page than one core, and reading
            // runs in the background of an app she is using.
            .env("OMP_THREAD_LIMIT", "1");
        if let Some(dir) = &self.dir {
            // Its working folder and its temporary folder both: tests look there.
            command.current_dir(dir).env("TMPDIR", dir);
        }
        let spawned = command.spawn();
        // The child holds its own descriptor now; ours is closed, so the memory goes with it.
        drop(memory);
        let mut child = spawned.map_err(|e| match e.kind() {
            ErrorKind::NotFound | ErrorKind::PermissionDenied => OcrError::Missing,
            _ => OcrError::Crashed,
        })?;
        let writer = match (input, child.stdin.take()) {
            (Some(bytes), Some(mut stdin)) => Some(std::thread::spawn(move || {
                // A child that stops reading (it crashed, or refused the image) closes the
                // pipe: its exit status says what happened.
                let _ = stdin.write_all(&bytes);
            })),
            _ => None,
        };
        // Each pipe is read on its own thread, which hands over what it read on a channel: a
        // child killed while something it started still holds the pipe open is not waited
        // for beyond `AFTER_KILL`.
        let drain = |pipe: Option<Box<dyn Read + Send>>, limit: u64| {
            let (sent, heard) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let mut out = Vec::new();
                if let Some(pipe) = pipe {
                    let mut pipe = pipe.take(limit + 1);
                    let _ = pipe.read_to_end(&mut out);
                    // Past the limit the rest is read and dropped, so the child never blocks.
                    let mut rest = pipe.into_inner();
                    let _ = std::io::copy(&mut rest, &mut std::io::sink());
                }
                let _ = sent.send(out);
            });
            heard
        };
        let stdout = drain(
            child
                .stdout
                .take()
                .map(|p| Box::new(p) as Box<dyn Read + Send>),
            MAX_OUTPUT,
        );
        let stderr = drain(
            child
                .stderr
                .take()
                .map(|p| Box::new(p) as Box<dyn Read + Send>),
            MAX_ERRORS,
        );
        let deadline = Instant::now() + self.timeout;
        let status = loop {
            if let Some(status) = child.wait_timeout(POLL).map_err(|_| OcrError::Crashed)? {
                break Ok(status);
            }
            if self.stopped() {
                break Err(OcrError::Cancelled);
            }
            if Instant::now() >= deadline {
                break Err(OcrError::TimedOut);
            }
        };
        if status.is_err() {
            let _ = child.kill();
            let _ = child.wait();
        }
        let wait = if status.is_ok() {
            self.timeout
        } else {
            AFTER_KILL
        };
        let out = stdout.recv_timeout(wait).unwrap_or_default();
        let errors = stderr.recv_timeout(AFTER_KILL).unwrap_or_default();
        if status.is_ok()
            && let Some(writer) = writer
        {
            let _ = writer.join();
        }
        let status = status?;
        if out.len() as u64 > MAX_OUTPUT {
            return Err(OcrError::Garbage);
        }
        Ok(Answer {
            ok: status.success(),
            out,
            errors,
        })
    }

    /// The languages of Wayfinder's six that this Tesseract has a model for (asked once; a
    /// question stopped or timed out is asked again next time).
    pub fn installed(&self) -> Result<Vec<Language>, OcrError> {
        if let Some(known) = self.installed.get() {
            return known.clone();
        }
        let asked = self.run(&["--list-langs"], None).and_then(|answer| {
            if !answer.ok {
                return Err(OcrError::Crashed);
            }
            let text = String::from_utf8_lossy(&answer.out);
            let mut lines = text.lines();
            if !lines
                .next()
                .is_some_and(|l| l.starts_with("List of available languages"))
            {
                return Err(OcrError::Garbage);
            }
            Ok(lines
                .filter_map(|l| Language::from_tesseract(l.trim()))
                .collect())
        });
        if !matches!(asked, Err(OcrError::Cancelled | OcrError::TimedOut)) {
            let _ = self.installed.set(asked.clone());
        }
        asked
    }

    /// Which way up a page is, by Tesseract's orientation model. A page with too little text
    /// for it to say is taken as it is.
    pub fn orientation(&self, image: &GrayImage) -> Result<Orientation, OcrError> {
        let answer = self.run(&["stdin", "stdout", "--psm", "0"], Some(png(image)))?;
        if !answer.ok {
            let errors = String::from_utf8_lossy(&answer.errors);
            return if errors.contains("Too few characters") || errors.contains("osd") {
                Ok(Orientation {
                    rotation: Rotation::None,
                    confidence: 0.0,
                    script: None,
                })
            } else {
                Err(OcrError::Crashed)
            };
        }
        let text = String::from_utf8_lossy(&answer.out);
        let value = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(key))
                .map(|v| v.trim().to_owned())
        };
        let rotation = value("Rotate:")
            .and_then(|v| v.parse::<u16>().ok())
            .and_then(Rotation::from_degrees)
            .ok_or(OcrError::Garbage)?;
        let confidence = value("Orientation confidence:")
            .and_then(|v| v.parse::<f32>().ok())
            .ok_or(OcrError::Garbage)?;
        Ok(Orientation {
            rotation,
            confidence,
            script: value("Script:"),
        })
    }

    /// The words of an upright page, read in `langs` (`dpi` if the page's resolution is
    /// known; Tesseract guesses it from the text's height otherwise).
    pub fn recognise(
        &self,
        image: &GrayImage,
        langs: &[Language],
        dpi: Option<u32>,
    ) -> Result<Vec<tsv::Word>, OcrError> {
        let langs = langs
            .iter()
            .map(|l| l.tesseract())
            .collect::<Vec<_>>()
            .join("+");
        let dpi = dpi.map(|d| d.clamp(70, 2400).to_string());
        let mut args = vec!["stdin", "stdout", "-l", &langs, "--psm", "3"];
        if let Some(dpi) = &dpi {
            args.extend(["--dpi", dpi]);
        }
        args.push("tsv");
        let answer = self.run(&args, Some(png(image)))?;
        if !answer.ok {
            return Err(OcrError::Crashed);
        }
        let (width, height) = image.dimensions();
        tsv::parse(&answer.out, width, height)
    }

    /// Reads a page as the app does: shrunk if huge, in the languages it is expected in. Most
    /// pages stand upright and are read once. Tesseract reads a page turned clockwise down its
    /// lines, well: the words standing on end say so, and their boxes are turned upright with
    /// no second reading. A reading with little confidence may be a page upside down, or
    /// turned the other way: it is read again turned back; if neither reads well, Tesseract's
    /// orientation model names the turn and the script (a Russian page in a case expected in
    /// Spanish), and the page is read once more as it says. The best reading is kept.
    pub fn read(
        &self,
        image: &GrayImage,
        expected: &[Language],
        dpi: Option<u32>,
    ) -> Result<PageText, OcrError> {
        let installed = self.installed()?;
        let fitted = fit(image);
        let dpi = match (&fitted, dpi) {
            (Some(small), Some(dpi)) => {
                Some((u64::from(dpi) * u64::from(small.width()) / u64::from(image.width())) as u32)
            }
            (_, dpi) => dpi,
        };
        let image = fitted.as_ref().unwrap_or(image);
        let langs = usable(&installed, languages(expected, None));
        if langs.is_empty() {
            return Err(OcrError::LanguageMissing);
        }
        // Most pages are level and read as they came: their reading is begun at once, and the
        // page's skew measured while Tesseract reads (on the other core; the measure takes a
        // twentieth of the reading). A page found askew abandons that reading.
        let abandon = Arc::new(AtomicBool::new(false));
        let ahead = Tesseract {
            abandon: Some(Arc::clone(&abandon)),
            ..self.clone()
        };
        let (first, skew, straight) = std::thread::scope(|scope| {
            let first = scope.spawn(|| ahead.attempt(image, Rotation::None, &langs, dpi));
            let skew = crate::deskew::skew_degrees(image);
            // A page askew is read straightened (turned while the abandoned reading stops).
            let straight = skew
                .filter(|d| d.abs() >= crate::deskew::STRAIGHTEN_ABOVE)
                .map(|degrees| {
                    abandon.store(true, Ordering::SeqCst);
                    (degrees, crate::deskew::straighten(image, degrees))
                });
            // A reading that panicked is a reader that failed.
            let first = first.join().unwrap_or(Err(OcrError::Crashed));
            (first, skew, straight)
        });
        let across = skew.is_some();
        let level = Level {
            langs: &langs,
            expected,
            installed: &installed,
            dpi,
            across,
        };
        let Some((degrees, straight)) = straight else {
            return self.read_level(image, first?, &level);
        };
        // Its words' boxes are put back where they lie on the page as it came, which is what
        // the viewer shows.
        let first = self.attempt(&straight, Rotation::None, &langs, dpi)?;
        let mut read = self.read_level(&straight, first, &level)?;
        let page = (read.width, read.height);
        for word in &mut read.words {
            (word.left, word.top, word.width, word.height) = crate::deskew::unstraighten(
                (word.left, word.top, word.width, word.height),
                page,
                degrees,
            );
        }
        Ok(read)
    }

    /// One reading of `image` turned by `rotation`, in `langs`.
    fn attempt(
        &self,
        image: &GrayImage,
        rotation: Rotation,
        langs: &[Language],
        dpi: Option<u32>,
    ) -> Result<PageText, OcrError> {
        let turned;
        let page = if rotation == Rotation::None {
            image
        } else {
            turned = rotation.apply(image);
            &turned
        };
        Ok(PageText {
            width: page.width(),
            height: page.height(),
            rotation,
            words: self.recognise(page, langs, dpi)?,
            languages: langs.iter().map(|l| l.tesseract().to_owned()).collect(),
        })
    }

    /// Goes on from the `first` reading of a page that is level (or only slightly askew),
    /// turning it if it reads as one on its side or upside down.
    fn read_level(
        &self,
        image: &GrayImage,
        first: PageText,
        level: &Level<'_>,
    ) -> Result<PageText, OcrError> {
        let &Level {
            langs,
            expected,
            installed,
            dpi,
            across,
        } = level;
        let attempt = |rotation: Rotation, langs: &[Language]| -> Result<PageText, OcrError> {
            self.attempt(image, rotation, langs, dpi)
        };
        let side = on_its_side(&first).filter(|_| !across);
        if !unsure(&first) {
            return Ok(match side {
                Some(rotation) => stand_up(first, rotation),
                None => first,
            });
        }
        // Tesseract reads a page's lines that stand on end downwards: a page turned clockwise
        // reads well, one turned the other way (or upside down) as garbage. Turned back, it
        // is read again.
        let mut best = first;
        let turn = if side.is_some() {
            Rotation::Quarter
        } else {
            Rotation::Half
        };
        let again = attempt(turn, langs)?;
        if score(&again) > score(&best) {
            best = again;
        }
        if !unsure(&best) {
            return Ok(best);
        }
        // The orientation model needs letters, not pixels: half the size reads as well.
        let small = image::imageops::resize(
            image,
            (image.width() / 2).max(1),
            (image.height() / 2).max(1),
            image::imageops::FilterType::Triangle,
        );
        let orientation = self.orientation(&small)?;
        let quarter = matches!(
            orientation.rotation,
            Rotation::Quarter | Rotation::ThreeQuarters
        );
        let rotation = if orientation.confidence >= TURN_CONFIDENCE && !(across && quarter) {
            orientation.rotation
        } else {
            Rotation::None
        };
        let langs_seen = usable(
            installed,
            languages(expected, orientation.script.as_deref()),
        );
        let tried =
            |r: Rotation| (r == Rotation::None || r == Rotation::Half) && langs_seen == langs;
        if !tried(rotation) {
            let again = attempt(rotation, &langs_seen)?;
            if score(&again) > score(&best) {
                best = again;
            }
        }
        Ok(best)
    }
}

/// What `read_level` needs to know of a page beyond its image and first reading. `across`: its
/// lines were seen to run across it, so it is not on its side (the orientation model can take
/// a page of Chinese for one).
struct Level<'a> {
    langs: &'a [Language],
    expected: &'a [Language],
    installed: &'a [Language],
    dpi: Option<u32>,
    across: bool,
}

/// The languages of `langs` this Tesseract has a model for.
fn usable(installed: &[Language], langs: Vec<Language>) -> Vec<Language> {
    langs
        .into_iter()
        .filter(|l| installed.contains(l))
        .collect()
}

/// Below this mean confidence a reading is taken for a page that may be the wrong way up
/// (measured: pages upright, scanned askew and grainy, read at 91 to 96; upside down at 46).
const UNSURE: f32 = 75.0;

fn unsure(page: &PageText) -> bool {
    !page.words.is_empty() && page.confidence().unwrap_or(0.0) < UNSURE
}

/// Whether a page was read on its side, and how it must be turned to stand up: most of its
/// longer words stand on end, and along each line the words go down the page (it lies turned
/// clockwise, and is turned back three quarters) or up it (a quarter).
fn on_its_side(page: &PageText) -> Option<Rotation> {
    let long: Vec<&crate::Word> = page
        .words
        .iter()
        .filter(|w| w.text.chars().count() >= 3)
        .collect();
    let on_end = long
        .iter()
        .filter(|w| f64::from(w.height) > 1.5 * f64::from(w.width))
        .count();
    if long.is_empty() || on_end * 2 <= long.len() {
        return None;
    }
    let (mut down, mut up) = (0, 0);
    for pair in page.words.windows(2) {
        if pair[0].line == pair[1].line {
            if pair[1].top > pair[0].top {
                down += 1;
            } else if pair[1].top < pair[0].top {
                up += 1;
            }
        }
    }
    if down == up {
        return None;
    }
    Some(if down > up {
        Rotation::ThreeQuarters
    } else {
        Rotation::Quarter
    })
}

/// A reading of a page on its side, its page and word boxes turned by `rotation` to stand
/// upright.
fn stand_up(page: PageText, rotation: Rotation) -> PageText {
    let (w, h) = (page.width, page.height);
    let words = page
        .words
        .into_iter()
        .map(|word| {
            let (left, top) = match rotation {
                // (x, y) turned a quarter clockwise lands at (h - y, x).
                Rotation::Quarter => (h.saturating_sub(word.top + word.height), word.left),
                // Three quarters: (y, w - x).
                _ => (word.top, w.saturating_sub(word.left + word.width)),
            };
            crate::Word {
                left,
                top,
                width: word.height,
                height: word.width,
                ..word
            }
        })
        .collect();
    PageText {
        width: h,
        height: w,
        rotation,
        words,
        ..page
    }
}

/// How much was read, and how surely: the characters read, each weighted by its confidence.
fn score(page: &PageText) -> f64 {
    page.words
        .iter()
        .map(|w| f64::from(w.confidence) * w.text.chars().count() as f64)
        .sum()
}
