// Typed calls into the Rust side. Types come from lib/bindings, generated from the Rust DTOs.
import { Channel, invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { commands } from "./bindings/commands";
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
import type { ContentDto } from "./bindings/ContentDto";
import type { ConsentStandingDto } from "./bindings/ConsentStandingDto";
import type { MediaDto } from "./bindings/MediaDto";
import type { RoleDto } from "./bindings/RoleDto";
import type { SyncStateDto } from "./bindings/SyncStateDto";
import type { StageDto } from "./bindings/StageDto";
import type { PickedDto } from "./bindings/PickedDto";
import type { FieldValueDto } from "./bindings/FieldValueDto";
import type { EntityKindDto } from "./bindings/EntityKindDto";
import type { ReportKindDto } from "./bindings/ReportKindDto";
import type { IdentityDto } from "./bindings/IdentityDto";
import type { PageSizeDto } from "./bindings/PageSizeDto";
import type { ActivityDto } from "./bindings/ActivityDto";
import type { PageReadingDto } from "./bindings/PageReadingDto";
import type { ReadingEventDto } from "./bindings/ReadingEventDto";
import type { ReadingProgressDto } from "./bindings/ReadingProgressDto";
import type { CaseAuditDto } from "./bindings/CaseAuditDto";
import type { AuditActionDto } from "./bindings/AuditActionDto";
import type { AuditFindingDto } from "./bindings/AuditFindingDto";

export type {
  CaseAuditDto,
  AuditActionDto,
  AuditFindingDto,
  PageReadingDto,
  ReadingEventDto,
  ReadingProgressDto,
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
  ContentDto,
  ConsentStandingDto,
  MediaDto,
  RoleDto,
  SyncStateDto,
  StageDto,
  PickedDto,
  FieldValueDto,
  EntityKindDto,
  ReportKindDto,
  IdentityDto,
  PageSizeDto,
  ActivityDto,
};

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

/** Every command of the app, typed from the Rust side's one list (`bindings/commands.ts`). */
export const api = {
  ...commands(call),
  /** Starts an import; `onEvent` hears started, working, done (per item) and finished. */
  importRecords: (request: ImportRequestDto, onEvent: (event: ImportEventDto) => void) => {
    const channel = new Channel<ImportEventDto>();
    channel.onmessage = onEvent;
    return commands(call).importRecords(request, channel);
  },
};

/** Calls `handler` with sync's state before and after each round. */
export function onSyncStatus(handler: (status: SyncStatusDto) => void): Promise<UnlistenFn> {
  return listen<SyncStatusDto>("sync-status", (event) => handler(event.payload));
}

/** Calls `handler` after each page the background reader of scans stored, and when reading
 * cannot go on (Tesseract missing). */
export function onReading(handler: (status: ReadingEventDto) => void): Promise<UnlistenFn> {
  return listen<ReadingEventDto>("reading", (event) => handler(event.payload));
}

/** Calls `handler` with the tokens of files dropped on the window (the shell keeps their paths). */
export function onFilesDropped(handler: (files: PickedDto[]) => void): Promise<UnlistenFn> {
  return listen<PickedDto[]>("files-dropped", (event) => handler(event.payload));
}

/** Calls `handler` when the vault locked itself after inactivity. */
export function onVaultLocked(handler: () => void): Promise<UnlistenFn> {
  return listen("vault-locked", handler);
}
