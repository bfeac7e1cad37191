// Generated from src-tauri/src/command_list.rs by `cargo test -p wayfinder-app`.
// Do not edit: add a line to the list instead.
import type { Channel } from "@tauri-apps/api/core";
import type { AddEntityRequest } from "./AddEntityRequest";
import type { AddToDirectoryRequest } from "./AddToDirectoryRequest";
import type { AdmitRequest } from "./AdmitRequest";
import type { AnchorRequestDto } from "./AnchorRequestDto";
import type { ArchiveExportRequest } from "./ArchiveExportRequest";
import type { ArchiveImportRequest } from "./ArchiveImportRequest";
import type { ArchiveImportedDto } from "./ArchiveImportedDto";
import type { AuditExportRequest } from "./AuditExportRequest";
import type { CaseAuditDto } from "./CaseAuditDto";
import type { CaseAuditRequest } from "./CaseAuditRequest";
import type { CaseFileDto } from "./CaseFileDto";
import type { CaseFileRequest } from "./CaseFileRequest";
import type { CaseFilterDto } from "./CaseFilterDto";
import type { CaseSharingDto } from "./CaseSharingDto";
import type { CaseSharingRequest } from "./CaseSharingRequest";
import type { CaseSummaryDto } from "./CaseSummaryDto";
import type { ChecklistRequestDto } from "./ChecklistRequestDto";
import type { CodeEntryDto } from "./CodeEntryDto";
import type { ConcordanceDto } from "./ConcordanceDto";
import type { CreateTeamRequest } from "./CreateTeamRequest";
import type { CreateVaultRequest } from "./CreateVaultRequest";
import type { DeleteDirectoryRequest } from "./DeleteDirectoryRequest";
import type { DirectoryDto } from "./DirectoryDto";
import type { DirectoryPreviewDto } from "./DirectoryPreviewDto";
import type { DirectoryRequest } from "./DirectoryRequest";
import type { EditDirectoryRequest } from "./EditDirectoryRequest";
import type { EditFieldRequest } from "./EditFieldRequest";
import type { EditFieldsRequest } from "./EditFieldsRequest";
import type { EditTermRequest } from "./EditTermRequest";
import type { EntitiesRequest } from "./EntitiesRequest";
import type { EntityRequest } from "./EntityRequest";
import type { ExportedDto } from "./ExportedDto";
import type { FhirExportRequestDto } from "./FhirExportRequestDto";
import type { FhirImportedDto } from "./FhirImportedDto";
import type { FhirPreviewDto } from "./FhirPreviewDto";
import type { FhirPreviewRequest } from "./FhirPreviewRequest";
import type { GlossaryDto } from "./GlossaryDto";
import type { GlossaryImportDto } from "./GlossaryImportDto";
import type { HighlightDto } from "./HighlightDto";
import type { HighlightsRequest } from "./HighlightsRequest";
import type { Icd10Request } from "./Icd10Request";
import type { ImportDirectoryRequest } from "./ImportDirectoryRequest";
import type { ImportEventDto } from "./ImportEventDto";
import type { ImportFhirRequest } from "./ImportFhirRequest";
import type { ImportRequestDto } from "./ImportRequestDto";
import type { InterchangeExportDto } from "./InterchangeExportDto";
import type { InterchangeImportDto } from "./InterchangeImportDto";
import type { InviteRequest } from "./InviteRequest";
import type { JoinTeamRequest } from "./JoinTeamRequest";
import type { MarkForTranslationDto } from "./MarkForTranslationDto";
import type { MemberDto } from "./MemberDto";
import type { MemberRequest } from "./MemberRequest";
import type { MemoryMatchDto } from "./MemoryMatchDto";
import type { MemorySearchRequest } from "./MemorySearchRequest";
import type { NewCaseDto } from "./NewCaseDto";
import type { NewRequestDto } from "./NewRequestDto";
import type { NewTermDto } from "./NewTermDto";
import type { NewTripDto } from "./NewTripDto";
import type { NewUnitDto } from "./NewUnitDto";
import type { PageLinesRequest } from "./PageLinesRequest";
import type { PageReadingDto } from "./PageReadingDto";
import type { PageReadingRequest } from "./PageReadingRequest";
import type { PickRequest } from "./PickRequest";
import type { PickedDto } from "./PickedDto";
import type { PreparedReportDto } from "./PreparedReportDto";
import type { ReadAgainRequest } from "./ReadAgainRequest";
import type { ReadingEventDto } from "./ReadingEventDto";
import type { RecipientStatusDto } from "./RecipientStatusDto";
import type { RecordExportRequestDto } from "./RecordExportRequestDto";
import type { RecordPageRequest } from "./RecordPageRequest";
import type { RecordRequest } from "./RecordRequest";
import type { RecordViewDto } from "./RecordViewDto";
import type { ReferenceLists } from "./ReferenceLists";
import type { RegionTextRequest } from "./RegionTextRequest";
import type { ReportPageRequest } from "./ReportPageRequest";
import type { ReportRequestDto } from "./ReportRequestDto";
import type { RequestDto } from "./RequestDto";
import type { RequestsRequest } from "./RequestsRequest";
import type { SaveTemplateDto } from "./SaveTemplateDto";
import type { SearchHitDto } from "./SearchHitDto";
import type { SearchRequestDto } from "./SearchRequestDto";
import type { SendRequestDto } from "./SendRequestDto";
import type { SetPageTextRequest } from "./SetPageTextRequest";
import type { SettingsDto } from "./SettingsDto";
import type { SettleDeletionRequest } from "./SettleDeletionRequest";
import type { ShareCaseRequest } from "./ShareCaseRequest";
import type { SyncStatusDto } from "./SyncStatusDto";
import type { TeamDto } from "./TeamDto";
import type { TermRequest } from "./TermRequest";
import type { TextBoxDto } from "./TextBoxDto";
import type { TmxImportRequest } from "./TmxImportRequest";
import type { TodayDto } from "./TodayDto";
import type { TodayRequest } from "./TodayRequest";
import type { TranslationExportDto } from "./TranslationExportDto";
import type { TranslationRequest } from "./TranslationRequest";
import type { TranslationRowDto } from "./TranslationRowDto";
import type { TranslationViewDto } from "./TranslationViewDto";
import type { TripDto } from "./TripDto";
import type { TripItemEditDto } from "./TripItemEditDto";
import type { TripTemplatesDto } from "./TripTemplatesDto";
import type { TripsRequest } from "./TripsRequest";
import type { TurnAwayRequest } from "./TurnAwayRequest";
import type { UnitRequest } from "./UnitRequest";
import type { UnitStateRequestDto } from "./UnitStateRequestDto";
import type { UnlockOutcome } from "./UnlockOutcome";
import type { UnlockRequest } from "./UnlockRequest";
import type { VaultStatus } from "./VaultStatus";
import type { XliffImportRequest } from "./XliffImportRequest";

/** Carries out one command: its name and its arguments, as Tauri expects them. */
export type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;

/** Every command of the app, typed as the Rust side declares it. */
export function commands(invoke: Invoke) {
  return {
    vaultStatus: () => invoke<VaultStatus>("vault_status"),
    suggestPassphrase: () => invoke<string>("suggest_passphrase"),
    createVault: (request: CreateVaultRequest) => invoke<UnlockOutcome>("create_vault", { request }),
    unlockWithKeychain: () => invoke<null>("unlock_with_keychain"),
    unlockWithPassphrase: (request: UnlockRequest) => invoke<UnlockOutcome>("unlock_with_passphrase", { request }),
    lockVault: () => invoke<null>("lock_vault"),
    recordActivity: () => invoke<null>("record_activity"),
    getSettings: () => invoke<SettingsDto>("get_settings"),
    updateSettings: (settings: SettingsDto) => invoke<SettingsDto>("update_settings", { settings }),
    listCases: (filter: CaseFilterDto) => invoke<Array<CaseSummaryDto>>("list_cases", { filter }),
    createCase: (newCase: NewCaseDto) => invoke<string>("create_case", { newCase }),
    getCaseFile: (request: CaseFileRequest) => invoke<CaseFileDto>("get_case_file", { request }),
    editField: (request: EditFieldRequest) => invoke<CaseFileDto>("edit_field", { request }),
    addEntity: (request: AddEntityRequest) => invoke<CaseFileDto>("add_entity", { request }),
    deleteEntity: (request: EntityRequest) => invoke<CaseFileDto>("delete_entity", { request }),
    editFields: (request: EditFieldsRequest) => invoke<CaseFileDto>("edit_fields", { request }),
    deleteEntities: (request: EntitiesRequest) => invoke<CaseFileDto>("delete_entities", { request }),
    settleDeletion: (request: SettleDeletionRequest) => invoke<CaseFileDto>("settle_deletion", { request }),
    undo: () => invoke<string | null>("undo"),
    todayView: (request: TodayRequest) => invoke<TodayDto>("today_view", { request }),
    referenceLists: () => invoke<ReferenceLists>("reference_lists"),
    searchIcd10: (request: Icd10Request) => invoke<Array<CodeEntryDto>>("search_icd10", { request }),
    importRecords: (request: ImportRequestDto, onEvent: Channel<ImportEventDto>) => invoke<null>("import_records", { request, onEvent }),
    cancelImport: () => invoke<null>("cancel_import"),
    pickImportPaths: (request: PickRequest) => invoke<Array<PickedDto>>("pick_import_paths", { request }),
    getRecord: (request: RecordRequest) => invoke<RecordViewDto>("get_record", { request }),
    caseAudit: (request: CaseAuditRequest) => invoke<CaseAuditDto>("case_audit", { request }),
    exportAudit: (request: AuditExportRequest) => invoke<ExportedDto | null>("export_audit", { request }),
    recordPage: (request: RecordPageRequest) => invoke<ArrayBuffer>("record_page", { request }),
    recordHighlights: (request: HighlightsRequest) => invoke<Array<HighlightDto>>("record_highlights", { request }),
    pageReading: (request: PageReadingRequest) => invoke<PageReadingDto>("page_reading", { request }),
    readingStatus: () => invoke<ReadingEventDto>("reading_status"),
    setPageText: (request: SetPageTextRequest) => invoke<PageReadingDto>("set_page_text", { request }),
    readPageAgain: (request: ReadAgainRequest) => invoke<PageReadingDto>("read_page_again", { request }),
    search: (request: SearchRequestDto) => invoke<Array<SearchHitDto>>("search", { request }),
    prepareReport: (request: ReportRequestDto) => invoke<PreparedReportDto>("prepare_report", { request }),
    reportPage: (request: ReportPageRequest) => invoke<ArrayBuffer>("report_page", { request }),
    exportReport: () => invoke<ExportedDto | null>("export_report"),
    exportRecord: (request: RecordExportRequestDto) => invoke<ExportedDto | null>("export_record", { request }),
    exportFhir: (request: FhirExportRequestDto) => invoke<ExportedDto | null>("export_fhir", { request }),
    exportStatement: (request: ReportRequestDto) => invoke<ExportedDto | null>("export_statement", { request }),
    exportArchive: (request: ArchiveExportRequest) => invoke<ExportedDto | null>("export_archive", { request }),
    importArchive: (request: ArchiveImportRequest) => invoke<ArchiveImportedDto | null>("import_archive", { request }),
    previewFhirFile: (request: FhirPreviewRequest) => invoke<FhirPreviewDto | null>("preview_fhir_file", { request }),
    importFhir: (request: ImportFhirRequest) => invoke<FhirImportedDto>("import_fhir", { request }),
    printPages: () => invoke<null>("print_pages"),
    discardReport: () => invoke<null>("discard_report"),
    markForTranslation: (request: MarkForTranslationDto) => invoke<string>("mark_for_translation", { request }),
    translationView: (request: TranslationRequest) => invoke<TranslationViewDto>("translation_view", { request }),
    addUnit: (request: NewUnitDto) => invoke<TranslationViewDto>("add_unit", { request }),
    setUnitState: (request: UnitStateRequestDto) => invoke<TranslationViewDto>("set_unit_state", { request }),
    unitMatches: (request: UnitRequest) => invoke<Array<MemoryMatchDto>>("unit_matches", { request }),
    searchMemory: (request: MemorySearchRequest) => invoke<Array<ConcordanceDto>>("search_memory", { request }),
    myTranslations: () => invoke<Array<TranslationRowDto>>("my_translations"),
    prepareTranslation: (request: TranslationExportDto) => invoke<PreparedReportDto>("prepare_translation", { request }),
    exportXliff: (request: InterchangeExportDto) => invoke<ExportedDto | null>("export_xliff", { request }),
    importXliff: (request: XliffImportRequest) => invoke<InterchangeImportDto | null>("import_xliff", { request }),
    exportTmx: (request: InterchangeExportDto) => invoke<ExportedDto | null>("export_tmx", { request }),
    importTmx: (request: TmxImportRequest) => invoke<InterchangeImportDto | null>("import_tmx", { request }),
    glossaryView: () => invoke<GlossaryDto>("glossary_view"),
    addTerm: (term: NewTermDto) => invoke<GlossaryDto>("add_term", { term }),
    editTerm: (request: EditTermRequest) => invoke<GlossaryDto>("edit_term", { request }),
    deleteTerm: (request: TermRequest) => invoke<GlossaryDto>("delete_term", { request }),
    importGlossary: () => invoke<GlossaryImportDto | null>("import_glossary"),
    regionText: (request: RegionTextRequest) => invoke<string>("region_text", { request }),
    pageLines: (request: PageLinesRequest) => invoke<Array<TextBoxDto>>("page_lines", { request }),
    trips: (request: TripsRequest) => invoke<Array<TripDto>>("trips", { request }),
    planTrip: (request: NewTripDto) => invoke<Array<TripDto>>("plan_trip", { request }),
    setAnchor: (request: AnchorRequestDto) => invoke<Array<TripDto>>("set_anchor", { request }),
    saveItem: (edit: TripItemEditDto) => invoke<Array<TripDto>>("save_item", { edit }),
    prepareChecklist: (request: ChecklistRequestDto) => invoke<PreparedReportDto>("prepare_checklist", { request }),
    tripTemplates: () => invoke<TripTemplatesDto>("trip_templates"),
    saveTemplate: (request: SaveTemplateDto) => invoke<TripTemplatesDto>("save_template", { request }),
    missedReminders: () => invoke<string | null>("missed_reminders"),
    directory: (request: DirectoryRequest) => invoke<DirectoryDto>("directory", { request }),
    previewDirectoryFile: () => invoke<DirectoryPreviewDto | null>("preview_directory_file"),
    importDirectory: (request: ImportDirectoryRequest) => invoke<DirectoryPreviewDto>("import_directory", { request }),
    editDirectoryEntry: (request: EditDirectoryRequest) => invoke<DirectoryDto>("edit_directory_entry", { request }),
    deleteFromDirectory: (request: DeleteDirectoryRequest) => invoke<DirectoryDto>("delete_from_directory", { request }),
    addToDirectory: (request: AddToDirectoryRequest) => invoke<DirectoryDto>("add_to_directory", { request }),
    requests: (request: RequestsRequest) => invoke<Array<RequestDto>>("requests", { request }),
    newRequest: (request: NewRequestDto) => invoke<Array<RequestDto>>("new_request", { request }),
    sendRequest: (send: SendRequestDto) => invoke<Array<RequestDto>>("send_request", { send }),
    setRecipientStatus: (change: RecipientStatusDto) => invoke<Array<RequestDto>>("set_recipient_status", { change }),
    teamView: () => invoke<TeamDto>("team_view"),
    syncStatus: () => invoke<SyncStatusDto>("sync_status"),
    syncNow: () => invoke<null>("sync_now"),
    retryHeld: () => invoke<SyncStatusDto>("retry_held"),
    createTeam: (request: CreateTeamRequest) => invoke<TeamDto>("create_team", { request }),
    joinTeam: (request: JoinTeamRequest) => invoke<TeamDto>("join_team", { request }),
    inviteMember: (request: InviteRequest) => invoke<string>("invite_member", { request }),
    waitingMembers: () => invoke<Array<MemberDto>>("waiting_members"),
    admitMembers: (request: AdmitRequest) => invoke<TeamDto>("admit_members", { request }),
    removeMember: (request: MemberRequest) => invoke<TeamDto>("remove_member", { request }),
    turnAwayMember: (request: TurnAwayRequest) => invoke<Array<MemberDto>>("turn_away_member", { request }),
    caseSharing: (request: CaseSharingRequest) => invoke<CaseSharingDto>("case_sharing", { request }),
    shareCase: (request: ShareCaseRequest) => invoke<CaseSharingDto>("share_case", { request }),
  };
}
