//! A locked keychain and a missing one, each in a D-Bus session of its own so that it cannot
//! disturb the unlocked keychain the other tests share. The probe is a real process opening a
//! real vault, as the app does at start.

mod common;

use common::*;
use std::io::Write;
use std::process::{Command, Stdio};

fn probe_in_session(setup: &str, vault: &std::path::Path, key_hex: &str) -> String {
    let probe = example("vault_probe");
    // Each session's keychain keeps its files in a home of its own.
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let script = format!("{setup} exec \"$0\" --store \"$1\"");
    let mut child = Command::new("dbus-run-session")
        .args(["--", "sh", "-c", &script])
        .arg(&probe)
        .arg(vault)
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("dbus-run-session: {e}"));
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(key_hex.as_bytes());
    }
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

#[test]
fn a_locked_keychain_and_no_keychain_are_told_apart() {
    let (_tmp, path, _dir, vault, vk) = new_vault();
    drop(vault);
    let key_hex = hex::encode(vk.expose());

    // The control: the same probe in a session whose keychain is unlocked opens the vault.
    let unlocked = "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null;";
    assert_eq!(probe_in_session(unlocked, &path, &key_hex), "ok");

    // A keychain daemon that was never unlocked refuses access.
    let locked = "gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1;";
    assert_eq!(probe_in_session(locked, &path, &key_hex), "keychain-locked");

    // No session bus at all (a bare window manager, a broken login): no keychain to ask.
    let runtime = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new(example("vault_probe"))
        .arg(&path)
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("DISPLAY")
        .env("XDG_RUNTIME_DIR", runtime.path())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "keychain-unavailable",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
