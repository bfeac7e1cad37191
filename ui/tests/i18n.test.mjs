// Every string the screens show comes from the Fluent files in ../locales: no message id is
// used that English lacks, and no visible text is written into a component.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentResource } from "@fluent/bundle";

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, "..", "src");
const locales = join(here, "..", "..", "locales");

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const sources = walk(src).filter((p) => /\.(svelte|ts)$/.test(p) && !p.includes("bindings"));

function messageIds(tag) {
  const resource = new FluentResource(readFileSync(join(locales, tag, "wayfinder.ftl"), "utf8"));
  return new Set(resource.body.filter((entry) => entry.id && !entry.id.startsWith("-")).map((entry) => entry.id));
}

/** Ids used by the UI: literal `t("id", …)` calls, and the ids a component maps codes to. */
function usedIds() {
  const used = new Map();
  for (const path of sources) {
    const text = readFileSync(path, "utf8");
    for (const match of text.matchAll(/\bt\(\s*"([a-z0-9-]+)"/g)) used.set(match[1], path);
    // Section titles a component lists as data.
    for (const match of text.matchAll(/title:\s*"([a-z0-9-]+)"/g)) used.set(match[1], path);
    // Maps of codes to message ids, named in capitals and ending in REASONS or LABELS.
    for (const block of text.matchAll(/const [A-Z_]*(?:REASONS|LABELS)\b[^{]*\{([^}]*)\}/g)) {
      for (const match of block[1].matchAll(/:\s*"([a-z0-9-]+)"/g)) used.set(match[1], path);
    }
  }
  return used;
}

test("every message id the screens use exists in every language", () => {
  const used = usedIds();
  assert.ok(used.size > 40, `only ${used.size} message ids found; the scan is broken`);
  for (const tag of ["en", "es", "fr", "ar", "zh", "ru"]) {
    const ids = messageIds(tag);
    const missing = [...used].filter(([id]) => !ids.has(id)).map(([id, path]) => `${id} (${path})`);
    assert.deepEqual(missing, [], `${tag} lacks ids the UI uses`);
  }
});

// Labels that come from the Rust side (`spec.label`, `kind.title`…) are checked there, by
// src-tauri's every_label_the_forms_use_exists_in_every_language.
test("every call of t() names its message literally or through a checked map", () => {
  for (const path of sources) {
    const text = readFileSync(path, "utf8");
    for (const match of text.matchAll(/\bt\(\s*([^)\s][^,)]*)/g)) {
      const arg = match[1].trim();
      const ok =
        /^"[a-z0-9-]+"$/.test(arg) ||
        /^[A-Z_]*(REASONS|LABELS)\[/.test(arg) ||
        /^[a-z]+(\.[a-zA-Z]+)*\.(label|title|addLabel)$/.test(arg) ||
        path.endsWith("i18n.svelte.ts");
      assert.ok(ok, `${path}: t(${arg}) cannot be checked`);
    }
  }
});

/** The markup of a component with scripts, styles, expressions and tags taken out. */
function visibleText(markup) {
  let text = markup.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<style[\s\S]*?<\/style>/g, "");
  // Remove {…} expressions, nested braces included.
  let out = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out.replace(/<[^>]*>/g, " ");
}

test("no component writes visible text of its own", () => {
  for (const path of sources.filter((p) => p.endsWith(".svelte"))) {
    const markup = readFileSync(path, "utf8");
    const words = visibleText(markup).match(/\p{L}{2,}/gu) ?? [];
    assert.deepEqual(words, [], `${path} shows text that is not from the message files`);
    for (const match of markup.matchAll(/\b(placeholder|title|alt|aria-label)="([^"{]*)"/g)) {
      assert.equal(match[2], "", `${path}: ${match[1]}="${match[2]}" is text outside the message files`);
    }
  }
});

test("the scan would catch a hard-coded string", () => {
  assert.deepEqual(visibleText("<p>{t(\"a\")}</p><button>Save</button>").match(/\p{L}{2,}/gu), ["Save"]);
});
