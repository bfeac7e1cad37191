// Generated from src-tauri/src/command_list.rs by `cargo test -p wayfinder-app`.
// Do not edit: add a line to the list instead.
import type { Channel } from "@tauri-apps/api/core";
import type { CaseFileDto } from "./CaseFileDto";
import type { CaseFilterDto } from "./CaseFilterDto";
import type { CaseSharingDto } from "./CaseSharingDto";
import type { CaseSummaryDto } from "./CaseSummaryDto";
import type { CodeEntryDto } from "./CodeEntryDto";
import type { EntityKindDto } from "./EntityKindDto";
import type { ExportedDto } from "./ExportedDto";
import type { FieldValueDto } from "./FieldValueDto";
import type { HighlightDto } from "./HighlightDto";
import type { ImportEventDto } from "./ImportEventDto";
import type { ImportRequestDto } from "./ImportRequestDto";
import type { MemberDto } from "./MemberDto";
import type { NewCaseDto } from "./NewCaseDto";
import type { PreparedReportDto } from "./PreparedReportDto";
import type { RecordViewDto } from "./RecordViewDto";
import type { ReferenceLists } from "./ReferenceLists";
import type { ReportRequestDto } from "./ReportRequestDto";
import type { RoleDto } from "./RoleDto";
import type { SearchHitDto } from "./SearchHitDto";
import type { SearchRequestDto } from "./SearchRequestDto";
import type { SettingsDto } from "./SettingsDto";
import type { SyncStatusDto } from "./SyncStatusDto";
import type { TeamDto } from "./TeamDto";
import type { TodayDto } from "./TodayDto";
import type { UnlockOutcome } from "./UnlockOutcome";
import type { VaultStatus } from "./VaultStatus";

/** Carries out one command: its name and its arguments, as Tauri expects them. */
export type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;

/** Every command of the app, typed as the Rust side declares it. */
export function commands(invoke: Invoke) {
  return {
    vaultStatus: () => invoke<VaultStatus>("vault_status"),
    suggestPassphrase: () => invoke<string>("suggest_passphrase"),
    createVault: (passphrase: string) => invoke<UnlockOutcome>("create_vault", { passphrase }),
    unlockWithKeychain: () => invoke<null>("unlock_with_keychain"),
    unlockWithPassphrase: (passphrase: string) => invoke<UnlockOutcome>("unlock_with_passphrase", { passphrase }),
    lockVault: () => invoke<null>("lock_vault"),
    recordActivity: () => invoke<null>("record_activity"),
    getSettings: () => invoke<SettingsDto>("get_settings"),
    updateSettings: (settings: SettingsDto) => invoke<SettingsDto>("update_settings", { settings }),
    listCases: (filter: CaseFilterDto) => invoke<Array<CaseSummaryDto>>("list_cases", { filter }),
    createCase: (newCase: NewCaseDto) => invoke<string>("create_case", { newCase }),
    getCaseFile: (id: string) => invoke<CaseFileDto>("get_case_file", { id }),
    editField: (entity: string, field: string, value: FieldValueDto | null) => invoke<CaseFileDto>("edit_field", { entity, field, value }),
    addEntity: (caseId: string, kind: EntityKindDto, values: { [key in string]: string }) => invoke<CaseFileDto>("add_entity", { caseId, kind, values }),
    deleteEntity: (entity: string) => invoke<CaseFileDto>("delete_entity", { entity }),
    settleDeletion: (entity: string, keep: boolean) => invoke<CaseFileDto>("settle_deletion", { entity, keep }),
    undo: () => invoke<string | null>("undo"),
    todayView: (taskLimit: number) => invoke<TodayDto>("today_view", { taskLimit }),
    referenceLists: () => invoke<ReferenceLists>("reference_lists"),
    searchIcd10: (query: string) => invoke<Array<CodeEntryDto>>("search_icd10", { query }),
    importRecords: (request: ImportRequestDto, onEvent: Channel<ImportEventDto>) => invoke<null>("import_records", { request, onEvent }),
    cancelImport: () => invoke<null>("cancel_import"),
    pickImportPaths: (folder: boolean) => invoke<Array<string>>("pick_import_paths", { folder }),
    getRecord: (record: string) => invoke<RecordViewDto>("get_record", { record }),
    recordPage: (record: string, page: number, width: number, window: [number, number] | null) => invoke<ArrayBuffer>("record_page", { record, page, width, window }),
    recordHighlights: (record: string, page: number, query: string) => invoke<Array<HighlightDto>>("record_highlights", { record, page, query }),
    search: (request: SearchRequestDto) => invoke<Array<SearchHitDto>>("search", { request }),
    prepareReport: (request: ReportRequestDto) => invoke<PreparedReportDto>("prepare_report", { request }),
    reportPage: (page: number, width: number) => invoke<ArrayBuffer>("report_page", { page, width }),
    exportReport: () => invoke<ExportedDto | null>("export_report"),
    discardReport: () => invoke<null>("discard_report"),
    teamView: () => invoke<TeamDto>("team_view"),
    syncStatus: () => invoke<SyncStatusDto>("sync_status"),
    syncNow: () => invoke<null>("sync_now"),
    createTeam: (addressText: string, plainConfirmed: boolean, code: string, name: string) => invoke<TeamDto>("create_team", { addressText, plainConfirmed, code, name }),
    joinTeam: (addressText: string, plainConfirmed: boolean, code: string, name: string) => invoke<TeamDto>("join_team", { addressText, plainConfirmed, code, name }),
    inviteMember: (role: RoleDto) => invoke<string>("invite_member", { role }),
    waitingMembers: () => invoke<Array<MemberDto>>("waiting_members"),
    admitMembers: (ids: Array<string>) => invoke<TeamDto>("admit_members", { ids }),
    removeMember: (id: string) => invoke<TeamDto>("remove_member", { id }),
    caseSharing: (caseId: string) => invoke<CaseSharingDto>("case_sharing", { caseId }),
    shareCase: (caseId: string, members: Array<string>) => invoke<CaseSharingDto>("share_case", { caseId, members }),
  };
}
