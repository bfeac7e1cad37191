//! Checks that keep the docs and the structure true: the codemap names every crate, every
//! Rust file says what it is for, the core stays free of SQL, HTTP and Tauri, and the window's
//! capabilities grant exactly the commands the shell declares.

use std::path::Path;
use std::process::Command;
use wayfinder_tests::{files_under, repo_root};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_codemap_names_every_crate_and_only_crates_that_exist() {
    let root = repo_root();
    let architecture = read(&root.join("ARCHITECTURE.md"));
    let mut crates: Vec<String> = std::fs::read_dir(root.join("crates"))
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .filter(|e| e.path().join("Cargo.toml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    crates.sort();
    assert!(crates.len() >= 3);
    for name in &crates {
        assert!(
            architecture.contains(&format!("`crates/{name}`")),
            "ARCHITECTURE.md does not name crates/{name}"
        );
    }
    for line in architecture.lines().filter(|l| l.starts_with("| `crates/")) {
        let named = line
            .trim_start_matches("| `crates/")
            .split('`')
            .next()
            .unwrap_or_default();
        assert!(
            crates.iter().any(|c| c == named),
            "ARCHITECTURE.md names crates/{named}, which does not exist"
        );
    }
    for other in ["src-tauri", "ui/", "locales/", "icons/", "tests"] {
        assert!(
            architecture.contains(&format!("`{other}")),
            "ARCHITECTURE.md does not name {other}"
        );
    }
}

/// A newcomer reads the map in minutes: a crate's row says what it is in a sentence or two (its
/// modules are listed under "Inside the crates"), and no line runs on for a page.
#[test]
fn the_codemap_reads_in_short_lines() {
    let architecture = read(&repo_root().join("ARCHITECTURE.md"));
    for line in architecture.lines() {
        let chars = line.chars().count();
        assert!(
            chars <= 640,
            "ARCHITECTURE.md has a line of {chars} characters: {line:.60}"
        );
        if line.starts_with("| `crates/") || line.starts_with("| `src-tauri`") {
            assert!(
                chars <= 300,
                "a codemap row of {chars} characters: {line:.60}"
            );
        }
    }
}

#[test]
fn every_rust_file_starts_by_saying_what_it_is_for() {
    let root = repo_root();
    let mut missing = Vec::new();
    for dir in [
        "crates",
        "src-tauri/src",
        "src-tauri/build.rs",
        "tests/src",
        "tests/tests",
    ] {
        let path = root.join(dir);
        let files = if path.is_file() {
            vec![path]
        } else {
            files_under(&path)
        };
        for file in files
            .into_iter()
            .filter(|f| f.extension().is_some_and(|e| e == "rs"))
        {
            let text = read(&file);
            let first = text
                .lines()
                .find(|l| !l.trim().is_empty() && !l.starts_with("#!["))
                .unwrap_or_default();
            // A file pulled in by `include!` cannot hold inner docs: a plain comment leads it.
            let included = file.ends_with("src-tauri/src/command_list.rs");
            let says = first.starts_with("//!") || (included && first.starts_with("// "));
            if !says {
                missing.push(
                    file.strip_prefix(&root)
                        .unwrap_or(&file)
                        .display()
                        .to_string(),
                );
            }
        }
    }
    assert!(missing.is_empty(), "files without a //! line: {missing:?}");
}

fn dependency_names(package: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .current_dir(repo_root())
        .args([
            "tree",
            "--offline",
            "-p",
            package,
            "-e",
            "normal,build",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .output()
        .unwrap_or_else(|e| panic!("cargo tree: {e}"));
    assert!(
        out.status.success(),
        "cargo tree -p {package}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect()
}

#[test]
fn the_core_knows_nothing_of_sql_http_tauri_or_serde() {
    let deps = dependency_names("wayfinder-core");
    assert!(
        deps.iter().any(|d| d == "uuid"),
        "cargo tree output looks wrong: {deps:?}"
    );
    for banned in [
        "rusqlite",
        "tauri",
        "serde",
        "reqwest",
        "hyper",
        "libsqlite3-sys",
    ] {
        assert!(
            !deps.iter().any(|d| d == banned),
            "wayfinder-core depends on {banned}"
        );
    }
}

#[test]
fn no_crate_under_crates_depends_on_tauri() {
    let root = repo_root();
    for entry in std::fs::read_dir(root.join("crates"))
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !entry.path().join("Cargo.toml").is_file() {
            continue;
        }
        let deps = dependency_names(&name);
        assert!(deps.len() > 1, "cargo tree of {name} looks empty");
        for banned in ["tauri", "wry", "tao", "webkit2gtk"] {
            assert!(
                !deps.iter().any(|d| d == banned),
                "{name} depends on {banned}"
            );
        }
    }
    assert!(
        dependency_names("wayfinder-app")
            .iter()
            .any(|d| d == "tauri"),
        "the check would not see tauri"
    );
}

/// The names in the one list of commands (`src-tauri/src/command_list.rs`).
fn listed_commands() -> Vec<String> {
    read(&repo_root().join("src-tauri/src/command_list.rs"))
        .lines()
        .map(str::trim)
        .filter(|l| l.ends_with(';'))
        .filter_map(|l| l.split("::").nth(1)?.split('(').next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_window_may_call_exactly_the_commands_the_shell_declares() {
    let root = repo_root();
    let listed = listed_commands();
    assert!(
        listed.len() >= 10,
        "found only {listed:?} in command_list.rs"
    );
    // The capability grants the set build.rs makes from the list, and nothing command by command.
    let capability: serde_json::Value =
        serde_json::from_str(&read(&root.join("src-tauri/capabilities/main-window.json")))
            .unwrap_or_else(|e| panic!("{e}"));
    let mut granted: Vec<&str> = capability["permissions"]
        .as_array()
        .unwrap_or_else(|| panic!("no permissions"))
        .iter()
        .filter_map(|p| p.as_str())
        .collect();
    granted.sort_unstable();
    assert_eq!(
        granted,
        [
            "app-commands",
            "core:event:allow-listen",
            "core:event:allow-unlisten"
        ]
    );
    // The set, as the last build wrote it, holds exactly the listed commands.
    let set = read(&root.join("src-tauri/permissions/app-commands.toml"));
    let mut allowed: Vec<String> = set
        .lines()
        .filter_map(|l| l.trim().strip_prefix("\"allow-"))
        .map(|l| l.trim_end_matches("\",").replace('-', "_"))
        .collect();
    let mut listed = listed.clone();
    allowed.sort();
    listed.sort();
    assert_eq!(
        allowed, listed,
        "the permission set is stale: build the app"
    );
}

#[test]
fn the_window_is_incognito_under_a_strict_content_security_policy() {
    let conf: serde_json::Value =
        serde_json::from_str(&read(&repo_root().join("src-tauri/tauri.conf.json")))
            .unwrap_or_else(|e| panic!("{e}"));
    let window = &conf["app"]["windows"][0];
    assert_eq!(
        window["incognito"],
        serde_json::Value::Bool(true),
        "the WebView must keep its data in memory"
    );
    let csp = conf["app"]["security"]["csp"]
        .as_object()
        .unwrap_or_else(|| panic!("no CSP"));
    assert_eq!(
        csp.get("default-src").and_then(|v| v.as_str()),
        Some("'self'")
    );
    assert_eq!(
        csp.get("object-src").and_then(|v| v.as_str()),
        Some("'none'")
    );
    for (directive, value) in csp {
        let value = value.as_str().unwrap_or_default();
        for loose in ["'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:"] {
            assert!(
                !value.split_whitespace().any(|v| v == loose),
                "{directive} allows {loose}"
            );
        }
    }
    assert!(conf["app"]["security"]["dangerousDisableAssetCspModification"].is_null());
}

/// How many folders a file's relative paths start from below the repository's top: a crate's
/// code resolves paths from its crate's folder, scripts from the top.
fn depth_of_base(file: &str) -> usize {
    match file.split('/').collect::<Vec<_>>().as_slice() {
        ["crates", _, ..] | ["fuzz", "fuzz_targets", ..] => 2,
        ["src-tauri" | "tests" | "ui" | "fuzz", ..] => 1,
        _ => 0,
    }
}

#[test]
fn nothing_in_the_repository_reads_a_path_outside_it() {
    // A clone on a fresh machine has nothing beside it: the fixtures live in tests/fixtures.
    let root = repo_root();
    let out = Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(&root)
        .output()
        .unwrap_or_else(|e| panic!("git ls-files: {e}"));
    let files: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .split('\0')
        .filter(|f| !f.is_empty())
        .map(str::to_owned)
        .collect();
    assert!(files.len() > 100, "git ls-files listed {}", files.len());
    let code = |f: &str| {
        [
            ".rs", ".toml", ".ts", ".js", ".mjs", ".svelte", ".json", ".sh",
        ]
        .iter()
        .any(|e| f.ends_with(e))
            || f.starts_with("scripts/")
            || f.starts_with(".ci/")
    };
    let mut outside = Vec::new();
    for file in files
        .iter()
        .filter(|f| code(f) && !f.ends_with("package-lock.json"))
    {
        let Ok(text) = std::fs::read_to_string(root.join(file)) else {
            continue;
        };
        for (n, line) in text.lines().enumerate() {
            // `include_str!` and its kin, and an ES module's imports, resolve from the file's
            // own folder.
            let relative_to_file = line.contains("include_")
                || line.trim_start().starts_with("import ")
                || line.contains(" from \"");
            let depth = if relative_to_file {
                file.matches('/').count()
            } else {
                depth_of_base(file)
            };
            let climb = "../".repeat(depth + 1);
            // The folder beside the project where the fixtures once were, spelt so that this
            // line does not name it.
            let beside = ["..", "shared"].join("/");
            if line.contains(&beside)
                || line.contains(&format!("{}/fixtures", &beside[3..]))
                || line.contains(&format!("\"{climb}"))
                || line.contains(&format!("'{climb}"))
            {
                outside.push(format!("{file}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        outside.is_empty(),
        "these lines read outside the repository:\n{}",
        outside.join("\n")
    );
}
