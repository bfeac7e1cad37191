// The one list of the app's commands (see `commands.rs`, and `build.rs`, which reads it too).
// A new command is a use case in `wayfinder-api` and a line here. A command takes nothing, one
// DTO of `wayfinder-api`, or a request declared on its line (`Name { field: Type, ... }`), which
// the list makes into a struct of its own, so that a field can be added without breaking a call.

app_commands! {
    call commands::vault_status() -> VaultStatus;
    call commands::suggest_passphrase() -> String;
    call commands::create_vault(CreateVaultRequest { passphrase: String }) -> UnlockOutcome;
    call commands::unlock_with_keychain() -> ();
    call commands::unlock_with_passphrase(UnlockRequest { passphrase: String }) -> UnlockOutcome;
    call commands::lock_vault() -> ();
    call commands::record_activity() -> ();
    call commands::get_settings() -> SettingsDto;
    call commands::update_settings(settings: SettingsDto) -> SettingsDto;
    call commands::list_cases(filter: CaseFilterDto) -> Vec<CaseSummaryDto>;
    call commands::create_case(new_case: NewCaseDto) -> String;
    call commands::get_case_file(CaseFileRequest { id: String }) -> CaseFileDto;
    call commands::edit_field(EditFieldRequest { entity: String, field: String, value: Option<FieldValueDto> }) -> CaseFileDto;
    call commands::add_entity(AddEntityRequest { case_id: String, kind: EntityKindDto, values: std::collections::BTreeMap<String, String> }) -> CaseFileDto;
    call commands::delete_entity(EntityRequest { entity: String }) -> CaseFileDto;
    call commands::edit_fields(EditFieldsRequest { entities: Vec<String>, field: String, value: Option<FieldValueDto> }) -> CaseFileDto;
    call commands::delete_entities(EntitiesRequest { entities: Vec<String> }) -> CaseFileDto;
    call commands::settle_deletion(SettleDeletionRequest { entity: String, keep: bool }) -> CaseFileDto;
    call commands::undo() -> Option<String>;
    call commands::today_view(TodayRequest { task_limit: u32 }) -> TodayDto;
    pure commands::reference_lists() -> ReferenceLists;
    pure commands::search_icd10(Icd10Request { query: String }) -> Vec<CodeEntryDto>;
    shell commands::import_records(request: ImportRequestDto, on_event: ImportEvents) -> ();
    call commands::cancel_import() -> ();
    shell commands::pick_import_paths(PickRequest { folder: bool }) -> Vec<PickedDto>;
    call commands::get_record(RecordRequest { record: String }) -> RecordViewDto;
    bytes commands::record_page(RecordPageRequest { record: String, page: u32, width: u32, window: Option<(f64, f64)> }) -> Vec<u8>;
    call commands::record_highlights(HighlightsRequest { record: String, page: u32, query: String }) -> Vec<HighlightDto>;
    call commands::page_reading(PageReadingRequest { record: String, page: u32 }) -> PageReadingDto;
    call commands::reading_status() -> ReadingEventDto;
    call commands::set_page_text(SetPageTextRequest { record: String, page: u32, text: String }) -> PageReadingDto;
    call commands::read_page_again(ReadAgainRequest { record: String, page: u32 }) -> PageReadingDto;
    call commands::search(request: SearchRequestDto) -> Vec<SearchHitDto>;
    blocking commands::prepare_report(request: ReportRequestDto) -> PreparedReportDto;
    bytes commands::report_page(ReportPageRequest { page: u32, width: u32 }) -> Vec<u8>;
    shell commands::export_report() -> Option<ExportedDto>;
    shell commands::export_record(request: RecordExportRequestDto) -> Option<ExportedDto>;
    shell commands::print_pages() -> ();
    call commands::discard_report() -> ();
    call translation::mark_for_translation(request: MarkForTranslationDto) -> String;
    call translation::translation_view(TranslationRequest { translation: String }) -> TranslationViewDto;
    call translation::add_unit(request: NewUnitDto) -> TranslationViewDto;
    call translation::set_unit_state(request: UnitStateRequestDto) -> TranslationViewDto;
    call translation::unit_matches(UnitRequest { unit: String }) -> Vec<MemoryMatchDto>;
    call translation::search_memory(MemorySearchRequest { text: String }) -> Vec<ConcordanceDto>;
    call translation::my_translations() -> Vec<TranslationRowDto>;
    blocking translation::prepare_translation(request: TranslationExportDto) -> PreparedReportDto;
    shell commands::export_xliff(request: InterchangeExportDto) -> Option<ExportedDto>;
    shell commands::import_xliff(XliffImportRequest { translation: String }) -> Option<InterchangeImportDto>;
    shell commands::export_tmx(request: InterchangeExportDto) -> Option<ExportedDto>;
    shell commands::import_tmx(TmxImportRequest { translation: String }) -> Option<InterchangeImportDto>;
    call glossary::glossary_view() -> GlossaryDto;
    call glossary::add_term(term: NewTermDto) -> GlossaryDto;
    call glossary::edit_term(EditTermRequest { term: String, field: String, value: Option<String> }) -> GlossaryDto;
    call glossary::delete_term(TermRequest { term: String }) -> GlossaryDto;
    shell commands::import_glossary() -> Option<GlossaryImportDto>;
    call translation::region_text(RegionTextRequest { record: String, page: u32, region: RegionDto }) -> String;
    call translation::page_lines(PageLinesRequest { record: String, page: u32 }) -> Vec<TextBoxDto>;
    call team::team_view() -> TeamDto;
    call team::sync_status() -> SyncStatusDto;
    call team::sync_now() -> ();
    call team::retry_held() -> SyncStatusDto;
    wait team::create_team(CreateTeamRequest { address_text: String, plain_confirmed: bool, code: String, name: String }) -> TeamDto;
    wait team::join_team(JoinTeamRequest { address_text: String, plain_confirmed: bool, code: String, name: String }) -> TeamDto;
    wait team::invite_member(InviteRequest { role: RoleDto }) -> String;
    wait team::waiting_members() -> Vec<MemberDto>;
    wait team::admit_members(AdmitRequest { ids: Vec<String> }) -> TeamDto;
    wait team::remove_member(MemberRequest { id: String }) -> TeamDto;
    wait team::turn_away_member(TurnAwayRequest { id: String }) -> Vec<MemberDto>;
    call team::case_sharing(CaseSharingRequest { case_id: String }) -> CaseSharingDto;
    call team::share_case(ShareCaseRequest { case_id: String, members: Vec<String> }) -> CaseSharingDto;
}
