//! The Wayfinder desktop app's entry point.
// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    wayfinder_app::run();
}
