// The message ids of the translator's states and match kinds, one map each, so that every id
// is written out where the message-file test can find it.

/** How far a record's translation has come. */
export const TRANSLATION_STATUS_LABELS: Record<string, string> = {
  "to-do": "option-translation-status-to-do",
  "in-progress": "option-translation-status-in-progress",
  "in-review": "option-translation-status-in-review",
  done: "option-translation-status-done",
};

/** How far a passage's translation has come, in the order she moves it. */
export const UNIT_STATE_LABELS: Record<string, string> = {
  draft: "option-unit-state-draft",
  translated: "option-unit-state-translated",
  reviewed: "option-unit-state-reviewed",
  final: "option-unit-state-final",
};

/** How a memory match matches. */
export const MATCH_LABELS: Record<string, string> = {
  exact: "workspace-match-exact",
  numbers: "workspace-match-numbers",
  fuzzy: "workspace-match-fuzzy",
};

/** The languages documents are translated from and into, and glossary terms are kept in. */
export const TRANSLATION_LANGUAGES = ["en", "es", "fr", "ar", "zh", "ru"];

/** Glossary field labels whose ids hold an underscore, as the field's own name does. */
export const TERM_FIELD_LABELS: Record<string, string> = {
  source_language: "field-term-source_language",
};
