// Typed calls into the Rust side. Types come from lib/bindings, generated from the Rust DTOs.
import { Channel, invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { CaseFileDto } from "./bindings/CaseFileDto";
import type { CaseFilterDto } from "./bindings/CaseFilterDto";
import type { CaseSummaryDto } from "./bindings/CaseSummaryDto";
import type { CodeEntryDto } from "./bindings/CodeEntryDto";
import type { EntityDto } from "./bindings/EntityDto";
import type { ErrorDto } from "./bindings/ErrorDto";
import type { FieldSpecDto } from "./bindings/FieldSpecDto";
import type { KindSpecDto } from "./bindings/KindSpecDto";
import type { NewCaseDto } from "./bindings/NewCaseDto";
import type { ReferenceLists } from "./bindings/ReferenceLists";
import type { SettingsDto } from "./bindings/SettingsDto";
import type { TodayDto } from "./bindings/TodayDto";
import type { UnlockOutcome } from "./bindings/UnlockOutcome";
import type { VaultStatus } from "./bindings/VaultStatus";
import type { VersionDto } from "./bindings/VersionDto";
import type { ImportRequestDto } from "./bindings/ImportRequestDto";
import type { ImportEventDto } from "./bindings/ImportEventDto";
import type { RecordPlaceDto } from "./bindings/RecordPlaceDto";
import type { RecordViewDto } from "./bindings/RecordViewDto";
import type { StudyImageDto } from "./bindings/StudyImageDto";
import type { HighlightDto } from "./bindings/HighlightDto";
import type { SearchRequestDto } from "./bindings/SearchRequestDto";
import type { SearchHitDto } from "./bindings/SearchHitDto";
import type { ReportRequestDto } from "./bindings/ReportRequestDto";
import type { PreparedReportDto } from "./bindings/PreparedReportDto";
import type { ExportedDto } from "./bindings/ExportedDto";
import type { ContactDto } from "./bindings/ContactDto";
import type { SyncStatusDto } from "./bindings/SyncStatusDto";
import type { TeamDto } from "./bindings/TeamDto";
import type { MemberDto } from "./bindings/MemberDto";
import type { CaseSharingDto } from "./bindings/CaseSharingDto";

export type {
  CaseFileDto,
  CaseFilterDto,
  CaseSummaryDto,
  CodeEntryDto,
  EntityDto,
  ErrorDto,
  FieldSpecDto,
  KindSpecDto,
  NewCaseDto,
  ReferenceLists,
  SettingsDto,
  TodayDto,
  UnlockOutcome,
  VaultStatus,
  VersionDto,
  ImportRequestDto,
  ImportEventDto,
  RecordPlaceDto,
  RecordViewDto,
  StudyImageDto,
  HighlightDto,
  SearchRequestDto,
  SearchHitDto,
  ReportRequestDto,
  PreparedReportDto,
  ExportedDto,
  ContactDto,
  SyncStatusDto,
  TeamDto,
  MemberDto,
  CaseSharingDto,
};

/** Joining or creating a team: the server's address, whether she confirmed plain http, the code and her name. */
export type TeamRequest = { addressText: string; plainConfirmed: boolean; code: string; name: string };

/** An error from the Rust side, with its code and its message in the user's language. */
export class AppError extends Error {
  readonly code: string;
  constructor(dto: ErrorDto) {
    super(dto.message);
    this.code = dto.code;
  }
}

/** The text to show for a failed call: the Rust side's message in the user's language. */
export function messageOf(error: unknown): string {
  return error instanceof AppError ? error.message : String(error);
}

function isErrorDto(value: unknown): value is ErrorDto {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isErrorDto(e)) throw new AppError(e);
    throw new AppError({ code: "invalid-request", message: String(e) });
  }
}

export const api = {
  vaultStatus: () => call<VaultStatus>("vault_status"),
  suggestPassphrase: () => call<string>("suggest_passphrase"),
  createVault: (passphrase: string) => call<UnlockOutcome>("create_vault", { passphrase }),
  unlockWithKeychain: () => call<null>("unlock_with_keychain"),
  unlockWithPassphrase: (passphrase: string) => call<UnlockOutcome>("unlock_with_passphrase", { passphrase }),
  lockVault: () => call<null>("lock_vault"),
  recordActivity: () => call<null>("record_activity"),
  getSettings: () => call<SettingsDto>("get_settings"),
  updateSettings: (settings: SettingsDto) => call<SettingsDto>("update_settings", { settings }),
  referenceLists: () => call<ReferenceLists>("reference_lists"),
  listCases: (filter: CaseFilterDto) => call<CaseSummaryDto[]>("list_cases", { filter }),
  createCase: (newCase: NewCaseDto) => call<string>("create_case", { newCase }),
  getCaseFile: (id: string) => call<CaseFileDto>("get_case_file", { id }),
  editField: (entity: string, field: string, value: string | null) =>
    call<CaseFileDto>("edit_field", { entity, field, value }),
  addEntity: (caseId: string, kind: string, values: Record<string, string>) =>
    call<CaseFileDto>("add_entity", { caseId, kind, values }),
  deleteEntity: (entity: string) => call<CaseFileDto>("delete_entity", { entity }),
  settleDeletion: (entity: string, keep: boolean) => call<CaseFileDto>("settle_deletion", { entity, keep }),
  undo: () => call<string | null>("undo"),
  today: (taskLimit: number) => call<TodayDto>("today_view", { taskLimit }),
  searchIcd10: (query: string) => call<CodeEntryDto[]>("search_icd10", { query }),
  /** Starts an import; `onEvent` hears started, working, done (per item) and finished. */
  importRecords: (request: ImportRequestDto, onEvent: (event: ImportEventDto) => void) => {
    const channel = new Channel<ImportEventDto>();
    channel.onmessage = onEvent;
    return call<null>("import_records", { request, onEvent: channel });
  },
  cancelImport: () => call<null>("cancel_import"),
  /** The system's file dialog; an empty list when she cancels it. */
  pickImportPaths: (folder: boolean) => call<string[]>("pick_import_paths", { folder }),
  getRecord: (record: string) => call<RecordViewDto>("get_record", { record }),
  /** A page as PNG bytes, rendered in memory at `width` pixels; `window` is a DICOM image's [centre, width]. */
  recordPage: (record: string, page: number, width: number, window: [number, number] | null = null) =>
    call<ArrayBuffer>("record_page", { record, page, width, window }),
  recordHighlights: (record: string, page: number, query: string) =>
    call<HighlightDto[]>("record_highlights", { record, page, query }),
  search: (request: SearchRequestDto) => call<SearchHitDto[]>("search", { request }),
  /** Lays out a summary or packet in memory for the preview. */
  prepareReport: (request: ReportRequestDto) => call<PreparedReportDto>("prepare_report", { request }),
  /** A page of the prepared report as PNG bytes, `width` pixels wide. */
  reportPage: (page: number, width: number) => call<ArrayBuffer>("report_page", { page, width }),
  /** The system's save dialog, then the file written and the export noted; `null` when she cancels. */
  exportReport: () => call<ExportedDto | null>("export_report"),
  discardReport: () => call<null>("discard_report"),
  teamView: () => call<TeamDto>("team_view"),
  syncStatus: () => call<SyncStatusDto>("sync_status"),
  /** Asks for a sync round now. */
  syncNow: () => call<null>("sync_now"),
  createTeam: (request: TeamRequest) => call<TeamDto>("create_team", request),
  joinTeam: (request: TeamRequest) => call<TeamDto>("join_team", request),
  /** An invitation code to give someone, outside the server. */
  inviteMember: (role: string) => call<string>("invite_member", { role }),
  waitingMembers: () => call<MemberDto[]>("waiting_members"),
  admitMembers: (ids: string[]) => call<TeamDto>("admit_members", { ids }),
  removeMember: (id: string) => call<TeamDto>("remove_member", { id }),
  caseSharing: (caseId: string) => call<CaseSharingDto>("case_sharing", { caseId }),
  /** Shares the case with exactly these members; taking one off starts a new key. */
  shareCase: (caseId: string, members: string[]) => call<CaseSharingDto>("share_case", { caseId, members }),
};

/** Calls `handler` with sync's state before and after each round. */
export function onSyncStatus(handler: (status: SyncStatusDto) => void): Promise<UnlistenFn> {
  return listen<SyncStatusDto>("sync-status", (event) => handler(event.payload));
}

/** Calls `handler` when the vault locked itself after inactivity. */
export function onVaultLocked(handler: () => void): Promise<UnlistenFn> {
  return listen("vault-locked", handler);
}
