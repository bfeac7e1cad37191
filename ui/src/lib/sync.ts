// Sync's state in words, for the top bar and the Team screen.
import type { SyncStatusDto } from "./api";
import { t } from "./i18n.svelte";
import { exhaustive } from "./exhaustive";

export function syncLabel(status: SyncStatusDto): string {
  switch (status.state) {
    case "syncing":
      return t("sync-state-syncing");
    case "offline":
      return t("sync-state-offline");
    case "error":
      return t("sync-state-error");
    case "idle":
    case "off":
      return t("sync-state-idle");
    default:
      return exhaustive(status.state);
  }
}
