//! The harness for end-to-end tests: the real app, started by WebKitWebDriver through
//! tauri-driver, in a window under Xvfb, with a home folder of its own per test so that nothing
//! touches the developer's files or keychain. `scripts/test` provides the X display and a
//! private D-Bus session with an unlocked gnome-keyring.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};
use thirtyfour::components::SelectElement;
use thirtyfour::prelude::*;
use tokio::process::{Child, Command};

pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// The repository's root folder.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The app binary the tests drive: `WAYFINDER_APP`, or the debug build.
pub fn app_binary() -> PathBuf {
    let path = std::env::var_os("WAYFINDER_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target/debug/wayfinder"));
    assert!(
        path.is_file(),
        "{} is missing: build the UI and the app first (scripts/test does both)",
        path.display()
    );
    path.canonicalize().unwrap_or(path)
}

/// Where screenshots go; CI keeps this folder as an artifact.
pub fn artifacts() -> PathBuf {
    let dir = repo_root().join("tests/artifacts");
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// A user's machine as far as the app can see: home, data, config, cache and temp folders.
pub struct Machine {
    root: tempfile::TempDir,
}

impl Machine {
    pub fn new() -> Machine {
        let root = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        for sub in ["home", "data", "config", "cache", "tmp", "logs"] {
            std::fs::create_dir_all(root.path().join(sub)).unwrap_or_else(|e| panic!("{e}"));
        }
        Machine { root }
    }

    pub fn path(&self, sub: &str) -> PathBuf {
        self.root.path().join(sub)
    }

    /// Every folder the app could write to.
    pub fn root(&self) -> &Path {
        self.root.path()
    }

    /// The vault folder the app uses on this machine.
    pub fn vault_dir(&self) -> PathBuf {
        self.path("data").join("org.wayfinder.app").join("vault")
    }
}

impl Default for Machine {
    fn default() -> Self {
        Machine::new()
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

/// The running app and its driver.
pub struct App {
    pub driver: WebDriver,
    tauri_driver: Child,
}

impl App {
    /// Starts the app on `machine` as a user would, in a new window.
    pub async fn start(machine: &Machine) -> Result<App> {
        App::start_with(machine, &[]).await
    }

    /// Starts the app with `env` added to its environment (a laptop without Tesseract).
    pub async fn start_with(machine: &Machine, env: &[(&str, &str)]) -> Result<App> {
        let port = free_port();
        let native_port = free_port();
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(machine.path("logs").join("app.log"))?;
        let tauri_driver = Command::new("tauri-driver")
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            // Started in her home, as a desktop starts it: what the app writes relative to
            // where it runs (GTK's "Print to File") lands on this machine, not in the repository.
            .current_dir(machine.path("home"))
            .env("HOME", machine.path("home"))
            .env("XDG_DATA_HOME", machine.path("data"))
            .env("XDG_CONFIG_HOME", machine.path("config"))
            .env("XDG_CACHE_HOME", machine.path("cache"))
            .env("TMPDIR", machine.path("tmp"))
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| {
                format!("tauri-driver could not start ({e}); scripts/setup installs it")
            })?;
        // Both tauri-driver and the WebKitWebDriver it starts must listen before a session can
        // be asked for; on a busy machine the second can lag the first.
        let deadline = Instant::now() + Duration::from_secs(30);
        for listening in [port, native_port] {
            while tokio::net::TcpStream::connect(("127.0.0.1", listening))
                .await
                .is_err()
            {
                if Instant::now() > deadline {
                    return Err(
                        "tauri-driver and WebKitWebDriver did not listen within 30 s".into(),
                    );
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        let mut caps = thirtyfour::Capabilities::new();
        caps.set("browserName", "wry")?;
        caps.set(
            "tauri:options",
            serde_json::json!({ "application": app_binary().to_string_lossy() }),
        )?;
        let driver = WebDriver::new(format!("http://127.0.0.1:{port}"), caps).await?;
        Ok(App {
            driver,
            tauri_driver,
        })
    }

    /// Closes the window (the app exits) and stops the driver politely: SIGTERM lets
    /// tauri-driver stop WebKitWebDriver too, which SIGKILL would leave running.
    pub async fn quit(mut self) -> Result<()> {
        let quit = self.driver.clone().quit().await;
        if let Some(pid) = self.tauri_driver.id() {
            let _ = Command::new("kill")
                .args(["-TERM", &pid.to_string()])
                .status()
                .await;
        }
        let _ = tokio::time::timeout(Duration::from_secs(10), self.tauri_driver.wait()).await;
        quit?;
        Ok(())
    }

    fn css(testid: &str) -> By {
        By::Css(format!("[data-testid='{testid}']"))
    }

    /// First start: a vault made with her own passphrase, then the empty list of cases.
    pub async fn create_vault(&self) -> Result<()> {
        self.click("choose-own").await?;
        self.type_into("own-passphrase", "lantern orbit velvet cactus harbor")
            .await?;
        self.type_into("confirm-passphrase", "lantern orbit velvet cactus harbor")
            .await?;
        self.click("create-vault").await?;
        self.el("cases-empty").await?;
        Ok(())
    }

    /// A new case for a child called `name` (born 2018-04-02, in the UAE, speaking Arabic),
    /// from the list of cases, and its screen open.
    pub async fn create_case(&self, name: &str) -> Result<()> {
        self.click("new-case").await?;
        self.type_into("new-child-name", name).await?;
        self.type_into("new-date-of-birth", "2018-04-02").await?;
        self.select("new-country", "AE").await?;
        self.select("new-languages-add", "ar").await?;
        self.click("create-case").await?;
        self.wait_until("the case screen", || async {
            Ok(self.text("case-title").await? == name)
        })
        .await
    }

    /// Clicks an import button, answers the dialog with `path`, waits for the import to end,
    /// and returns what it says it did.
    pub async fn import(&self, button: &str, path: &Path) -> Result<String> {
        // The summary of the previous import stays until the next one starts: wait for a new one.
        let previous = match self.has("import-finished").await? {
            true => Some(self.el("import-finished").await?),
            false => None,
        };
        self.click(button).await?;
        self.pick_in_dialog(path).await?;
        let finished = self
            .wait_until("the import to finish", || async {
                let replaced = match &previous {
                    Some(old) => !old.is_present().await?,
                    None => true,
                };
                Ok(replaced && self.has("import-finished").await?)
            })
            .await;
        if let Err(e) = finished {
            // The whole screen, dialog included, for whoever reads the failure.
            let _ = std::process::Command::new("import")
                .args(["-window", "root"])
                .arg(artifacts().join(format!("import-{button}.png")))
                .status();
            return Err(format!("{}: {e}", path.display()).into());
        }
        self.text("import-finished").await
    }

    /// Answers the system's file dialog the app opened, as a user would with the keyboard:
    /// focuses the dialog, types the path into its location field and presses Enter. Needs
    /// `xdotool` (scripts/setup installs it) and the X display the app runs on.
    pub async fn pick_in_dialog(&self, path: &Path) -> Result<()> {
        let path = &path.canonicalize()?;
        let window = match focus_dialog("^(Open|Select|Choose).*").await {
            Ok(window) => window,
            Err(e) => {
                // The whole screen, for whoever reads the failure: what stood in its way.
                let _ = std::process::Command::new("import")
                    .args(["-window", "root"])
                    .arg(artifacts().join("no-dialog.png"))
                    .status();
                return Err(e);
            }
        };
        xdotool(&["key", "--window", &window, "ctrl+l"]).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let typed = if path.is_dir() {
            format!("{}/", path.display())
        } else {
            path.display().to_string()
        };
        xdotool(&["type", "--delay", "5", &typed]).await?;
        // Let the dialog's completion settle before Enter.
        tokio::time::sleep(Duration::from_millis(1000)).await;
        xdotool(&["key", "Return"]).await?;
        if path.is_dir() {
            // The first Enter opens the folder in the dialog; the second chooses it.
            tokio::time::sleep(Duration::from_millis(1000)).await;
            xdotool(&["key", "Return"]).await?;
        }
        Ok(())
    }

    /// Answers the system's save dialog whose title matches `title` (a regular expression, as
    /// `xdotool search --name` takes it): types the full path into its name field, replacing
    /// the name it offers, and presses Enter. `path` must not exist yet (GTK would ask before
    /// replacing it).
    pub async fn save_in_dialog(&self, title: &str, path: &Path) -> Result<()> {
        focus_dialog(title).await?;
        // The name field has the focus and the offered name selected: select all, to be sure.
        xdotool(&["key", "ctrl+a"]).await?;
        tokio::time::sleep(Duration::from_millis(200)).await;
        xdotool(&["type", "--delay", "5", &path.display().to_string()]).await?;
        tokio::time::sleep(Duration::from_millis(1000)).await;
        xdotool(&["key", "Return"]).await?;
        Ok(())
    }

    /// Answers the system's print dialog as a user would with the keyboard: the first printer
    /// it lists (without a print server, GTK's "Print to File", which writes `output.pdf`) and
    /// Enter.
    pub async fn print_in_dialog(&self) -> Result<()> {
        let window = focus_dialog("^Print$").await?;
        // The printer list has the focus and nothing chosen: the first printer, then Enter.
        xdotool(&["key", "--window", &window, "Down"]).await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        xdotool(&["key", "--window", &window, "Return"]).await?;
        Ok(())
    }

    /// The element with `data-testid`, waiting up to 20 s for it to appear.
    pub async fn el(&self, testid: &str) -> Result<WebElement> {
        Ok(self
            .driver
            .query(Self::css(testid))
            .wait(Duration::from_secs(20), Duration::from_millis(50))
            .first()
            .await?)
    }

    /// The element with `data-testid`, waiting up to `timeout` for it to appear.
    pub async fn el_within(&self, testid: &str, timeout: Duration) -> Result<WebElement> {
        Ok(self
            .driver
            .query(Self::css(testid))
            .wait(timeout, Duration::from_millis(200))
            .first()
            .await?)
    }

    /// Whether an element is there now, without waiting.
    pub async fn has(&self, testid: &str) -> Result<bool> {
        Ok(!self.driver.find_all(Self::css(testid)).await?.is_empty())
    }

    /// Whether the image `selector` names has loaded (a page still loading has no size).
    pub async fn image_loaded(&self, selector: &str) -> Result<bool> {
        Ok(self
            .driver
            .execute(
                "const i = document.querySelector(arguments[0]);
                 return !!i && i.complete && i.naturalWidth > 0;",
                vec![serde_json::Value::from(selector)],
            )
            .await?
            .json()
            .as_bool()
            .unwrap_or(false))
    }

    /// Clicks the element; a failure names it and keeps the window as
    /// `tests/artifacts/failed-action.png`.
    pub async fn click(&self, testid: &str) -> Result<()> {
        let el = self.el(testid).await?;
        // Brought to the middle of its scrolling box first, as she would scroll to it: the
        // driver's own scrolling can leave it under the window's fixed bar.
        // The window itself never scrolls (only its parts do): put it back if this moved it.
        let _ = self
            .driver
            .execute(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'}); document.documentElement.scrollTop = 0; document.body.scrollTop = 0;",
                vec![el.to_json()?],
            )
            .await;
        let clicked = el.click().await;
        self.failed(clicked, || format!("clicking {testid}")).await
    }

    /// Leaves the field that has the focus, as clicking elsewhere would: a field saved when
    /// she leaves it is saved.
    pub async fn leave_field(&self) -> Result<()> {
        self.driver
            .execute(
                "document.activeElement && document.activeElement.blur();",
                vec![],
            )
            .await?;
        Ok(())
    }

    /// Types `text` into the element, emptied first; a failure names it and keeps the window.
    pub async fn type_into(&self, testid: &str, text: &str) -> Result<()> {
        let el = self.el(testid).await?;
        // In the middle of the window, clear of the bar fixed at its top.
        let _ = self
            .driver
            .execute(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});",
                vec![el.to_json()?],
            )
            .await;
        let emptied = el.clear().await;
        self.failed(emptied, || format!("emptying {testid}"))
            .await?;
        if !text.is_empty() {
            let mut typed = el.send_keys(text).await;
            if typed.is_err() {
                // WebKitWebDriver now and then answers keystrokes with "unknown error" (500)
                // on a loaded machine, having typed some of them or none: the field is found
                // again, emptied and typed once more.
                tokio::time::sleep(Duration::from_millis(500)).await;
                let again = self.el(testid).await?;
                let _ = again.clear().await;
                typed = again.send_keys(text).await;
            }
            self.failed(typed, || format!("typing into {testid}"))
                .await?;
        }
        Ok(())
    }

    async fn failed(
        &self,
        result: thirtyfour::error::WebDriverResult<()>,
        what: impl FnOnce() -> String,
    ) -> Result<()> {
        match result {
            Ok(()) => Ok(()),
            Err(e) => {
                let _ = self.screenshot("failed-action").await;
                Err(format!("{}: {e}", what()).into())
            }
        }
    }

    pub async fn text(&self, testid: &str) -> Result<String> {
        Ok(self.el(testid).await?.text().await?)
    }

    pub async fn value(&self, testid: &str) -> Result<String> {
        Ok(self
            .el(testid)
            .await?
            .prop("value")
            .await?
            .unwrap_or_default())
    }

    pub async fn select(&self, testid: &str, value: &str) -> Result<()> {
        let el = self.el(testid).await?;
        SelectElement::new(&el)
            .await?
            .select_by_value(value)
            .await?;
        Ok(())
    }

    /// Waits until `check` holds, up to 20 s. On a time-out the window is kept as
    /// `tests/artifacts/timed-out.png`, to see what the test saw.
    pub async fn wait_until<F, Fut>(&self, what: &str, mut check: F) -> Result<()>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<bool>>,
    {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if check().await.unwrap_or(false) {
                return Ok(());
            }
            if Instant::now() > deadline {
                let _ = self.screenshot("timed-out").await;
                return Err(format!("timed out waiting for {what}").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The `dir` and `lang` of the document element.
    pub async fn direction(&self) -> Result<(String, String)> {
        let html = self.driver.find(By::Tag("html")).await?;
        Ok((
            html.attr("dir").await?.unwrap_or_default(),
            html.attr("lang").await?.unwrap_or_default(),
        ))
    }

    /// A screenshot of the window into `tests/artifacts/NAME.png`, after the frame settles.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let path = artifacts().join(format!("{name}.png"));
        std::fs::write(&path, self.driver.screenshot_as_png().await?)?;
        Ok(path)
    }

    pub async fn page_source(&self) -> Result<String> {
        Ok(self.driver.source().await?)
    }
}

async fn xdotool(args: &[&str]) -> Result<()> {
    let status = Command::new("xdotool").args(args).status().await?;
    if !status.success() {
        return Err(format!("xdotool {args:?} failed").into());
    }
    Ok(())
}

/// Waits up to 20 s for a visible window whose title matches `title`, focuses it, and returns
/// its id.
async fn focus_dialog(title: &str) -> Result<String> {
    let deadline = Instant::now() + Duration::from_secs(20);
    let window = loop {
        let found = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", title])
            .output()
            .await?;
        let text = String::from_utf8_lossy(&found.stdout).into_owned();
        if let Some(id) = text.lines().next().filter(|l| !l.trim().is_empty()) {
            break id.trim().to_owned();
        }
        if Instant::now() > deadline {
            return Err(format!("no dialog {title:?} appeared within 20 s").into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    xdotool(&["windowfocus", "--sync", &window]).await?;
    tokio::time::sleep(Duration::from_millis(400)).await;
    Ok(window)
}

pub use wayfinder_testkit::{files_containing, files_under, one_line_pdf};

/// A stand-in desktop notification service (`tests/support/notifications.py`) on the test's
/// private session bus: it shows nothing and keeps what the app asked it to show. The bus has
/// one such name, so the tests of one binary that listen take turns.
pub struct Notifications {
    _service: Child,
    log: PathBuf,
    _turn: tokio::sync::OwnedMutexGuard<()>,
}

fn notification_turns() -> std::sync::Arc<tokio::sync::Mutex<()>> {
    static TURNS: std::sync::OnceLock<std::sync::Arc<tokio::sync::Mutex<()>>> =
        std::sync::OnceLock::new();
    TURNS.get_or_init(Default::default).clone()
}

/// One notification as the app sent it.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Notification {
    pub summary: String,
    pub body: String,
}

impl Notifications {
    /// Starts the service and waits until it owns its name on the bus.
    pub async fn start(machine: &Machine) -> Result<Notifications> {
        use tokio::io::AsyncBufReadExt;
        let turn = notification_turns().lock_owned().await;
        let log = machine.path("notifications.jsonl");
        let mut service = Command::new("/usr/bin/python3")
            .arg(repo_root().join("tests/support/notifications.py"))
            .arg(&log)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("the stand-in notification service did not start: {e}"))?;
        let stdout = service
            .stdout
            .take()
            .ok_or("the notification service has no output")?;
        let mut lines = tokio::io::BufReader::new(stdout).lines();
        let ready = tokio::time::timeout(Duration::from_secs(20), lines.next_line()).await;
        match ready {
            Ok(Ok(Some(line))) if line == "ready" => Ok(Notifications {
                _service: service,
                log,
                _turn: turn,
            }),
            _ => Err("the notification service did not take its name on the bus \
                      (scripts/setup installs python3-dbus and python3-gi)"
                .into()),
        }
    }

    /// Every notification sent so far, oldest first.
    pub fn sent(&self) -> Result<Vec<Notification>> {
        let text = match std::fs::read_to_string(&self.log) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e.into()),
        };
        text.lines()
            .map(|line| Ok(serde_json::from_str(line)?))
            .collect()
    }
}
