//! Builds the Tauri context and the permission set of the app's own commands, so that the
//! capability file can grant the window exactly these and nothing else.

const COMMANDS: &[&str] = &[
    "vault_status",
    "suggest_passphrase",
    "create_vault",
    "unlock_with_keychain",
    "unlock_with_passphrase",
    "lock_vault",
    "record_activity",
    "get_settings",
    "update_settings",
    "list_cases",
    "create_case",
    "get_case_file",
    "edit_field",
    "add_entity",
    "delete_entity",
    "settle_deletion",
    "undo",
    "today_view",
    "reference_lists",
    "search_icd10",
    "import_records",
    "cancel_import",
    "pick_import_paths",
    "get_record",
    "record_page",
    "record_highlights",
    "search",
    "prepare_report",
    "report_page",
    "export_report",
    "discard_report",
    "team_view",
    "sync_status",
    "sync_now",
    "create_team",
    "join_team",
    "invite_member",
    "waiting_members",
    "admit_members",
    "remove_member",
    "case_sharing",
    "share_case",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .unwrap_or_else(|e| panic!("tauri build: {e:#}"));
}
