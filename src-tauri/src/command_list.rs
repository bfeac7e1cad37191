// The one list of the app's commands (see `commands.rs`, and `build.rs`, which reads it too).
// A new command is a use case in `wayfinder-api` and a line here.

app_commands! {
    call commands::vault_status() -> Reply<VaultStatus>;
    call commands::suggest_passphrase() -> Reply<String>;
    call commands::create_vault(passphrase: String) -> Reply<UnlockOutcome>;
    call commands::unlock_with_keychain() -> Reply<()>;
    call commands::unlock_with_passphrase(passphrase: String) -> Reply<UnlockOutcome>;
    call commands::lock_vault() -> Reply<()>;
    call commands::record_activity() -> Reply<()>;
    call commands::get_settings() -> Reply<SettingsDto>;
    call commands::update_settings(settings: SettingsDto) -> Reply<SettingsDto>;
    call commands::list_cases(filter: CaseFilterDto) -> Reply<Vec<CaseSummaryDto>>;
    call commands::create_case(new_case: NewCaseDto) -> Reply<String>;
    call commands::get_case_file(id: String) -> Reply<CaseFileDto>;
    call commands::edit_field(entity: String, field: String, value: Option<String>) -> Reply<CaseFileDto>;
    call commands::add_entity(case_id: String, kind: String, values: std::collections::BTreeMap<String, String>) -> Reply<CaseFileDto>;
    call commands::delete_entity(entity: String) -> Reply<CaseFileDto>;
    call commands::settle_deletion(entity: String, keep: bool) -> Reply<CaseFileDto>;
    call commands::undo() -> Reply<Option<String>>;
    call commands::today_view(task_limit: u32) -> Reply<TodayDto>;
    pure commands::reference_lists() -> ReferenceLists;
    pure commands::search_icd10(query: String) -> Vec<CodeEntryDto>;
    shell commands::import_records(request: ImportRequestDto) -> Reply<()>;
    call commands::cancel_import() -> ();
    shell commands::pick_import_paths(folder: bool) -> Vec<String>;
    call commands::get_record(record: String) -> Reply<RecordViewDto>;
    bytes commands::record_page(record: String, page: u32, width: u32, window: Option<(f64, f64)>) -> Reply<tauri::ipc::Response>;
    call commands::record_highlights(record: String, page: u32, query: String) -> Reply<Vec<HighlightDto>>;
    call commands::search(request: SearchRequestDto) -> Reply<Vec<SearchHitDto>>;
    blocking commands::prepare_report(request: ReportRequestDto) -> Reply<PreparedReportDto>;
    bytes commands::report_page(page: u32, width: u32) -> Reply<tauri::ipc::Response>;
    shell commands::export_report() -> Reply<Option<ExportedDto>>;
    call commands::discard_report() -> ();
    call team::team_view() -> Reply<TeamDto>;
    call team::sync_status() -> SyncStatusDto;
    call team::sync_now() -> ();
    wait team::create_team(address_text: String, plain_confirmed: bool, code: String, name: String) -> Reply<TeamDto>;
    wait team::join_team(address_text: String, plain_confirmed: bool, code: String, name: String) -> Reply<TeamDto>;
    wait team::invite_member(role: String) -> Reply<String>;
    wait team::waiting_members() -> Reply<Vec<MemberDto>>;
    wait team::admit_members(ids: Vec<String>) -> Reply<TeamDto>;
    wait team::remove_member(id: String) -> Reply<TeamDto>;
    call team::case_sharing(case_id: String) -> Reply<CaseSharingDto>;
    call team::share_case(case_id: String, members: Vec<String>) -> Reply<CaseSharingDto>;
}
