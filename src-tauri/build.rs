//! Builds the Tauri context, and grants the window exactly the app's own commands: their
//! names come from the one list in `src/commands.rs`, read here through a macro of the same
//! name that keeps only the names; they become the permission set `app-commands` that the
//! capability file grants.

macro_rules! app_commands {
    ($( $how:ident $module:ident :: $name:ident $takes:tt -> $ret:ty ; )*) => {
        const COMMANDS: &[&str] = &[$(stringify!($name)),*];
    };
}

include!("src/command_list.rs");

fn main() {
    let allow: Vec<String> = COMMANDS
        .iter()
        .map(|c| format!("  \"allow-{}\",\n", c.replace('_', "-")))
        .collect();
    let set = format!(
        "# Written by build.rs from src/command_list.rs: every command of the app.\n\
         [[set]]\nidentifier = \"app-commands\"\n\
         description = \"Every command of the app, and nothing else.\"\n\
         permissions = [\n{}]\n",
        allow.concat()
    );
    let path = std::path::Path::new("permissions/app-commands.toml");
    if std::fs::read_to_string(path).ok().as_deref() != Some(set.as_str()) {
        std::fs::create_dir_all("permissions")
            .and_then(|()| std::fs::write(path, set))
            .unwrap_or_else(|e| panic!("permissions/app-commands.toml: {e}"));
    }
    println!("cargo:rerun-if-changed=src/command_list.rs");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .unwrap_or_else(|e| panic!("tauri build: {e:#}"));
}
