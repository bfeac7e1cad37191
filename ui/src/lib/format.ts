// How stored values read on screen: codes as names in the user's language, dates in her locale.
import type { FieldSpecDto, VersionDto } from "./api";
import { countryName, formatDate, languageName, t } from "./i18n.svelte";

/** A version of `spec`'s field as the user reads it. */
export function displayValue(spec: FieldSpecDto, version: VersionDto): string {
  const value = version.value;
  if (value === null || value === "") return t("conflict-cleared");
  switch (spec.input) {
    case "country":
      return countryName(value);
    case "language":
      return languageName(value);
    case "languages":
      return version.codes.map(languageName).join(", ");
    case "birth-date":
    case "date":
      return formatDate(value);
    case "bool":
      return value === "true" ? "✓" : "✗";
    case "choice": {
      const option = spec.options.find((o) => o.value === value);
      return option ? t(option.label) : value;
    }
    default:
      return value;
  }
}
