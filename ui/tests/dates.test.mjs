// Dates typed in her language's order are read as she means them; ISO is read in every
// language; what is not a real date is refused, never guessed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

// The module is TypeScript: compiled here with the project's own compiler to load it.
const here = dirname(fileURLToPath(import.meta.url));
const source = readFileSync(join(here, "..", "src", "lib", "dates.ts"), "utf8");
const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
const { parseTyped, formatTyped } = await import(`data:text/javascript,${encodeURIComponent(js)}`);

test("each language reads the order it writes", () => {
  const check = (locale, typed, iso) => assert.equal(parseTyped(typed, locale), iso, `${locale} ${typed}`);
  check("fr", "14/05/2026", "2026-05-14");
  check("es", "14/5/2026", "2026-05-14");
  check("ru", "14.05.2026", "2026-05-14");
  check("en", "05/14/2026", "2026-05-14");
  check("zh", "2026/05/14", "2026-05-14");
  check("ar-u-nu-latn", "14/05/2026", "2026-05-14");
  for (const locale of ["en", "fr", "ar-u-nu-latn", "zh", "ru", "es"]) check(locale, "2026-05-14", "2026-05-14");
});

test("what is not a real date is refused, never guessed", () => {
  for (const typed of ["14/05/2026", "31/02/2026", "2026-02-30", "14/05/26", "14 mai", ""]) {
    assert.equal(parseTyped(typed, "en"), null, typed);
  }
  assert.equal(parseTyped("29/02/2028", "fr"), "2028-02-29");
});

test("a stored date is shown in the form she types it back", () => {
  assert.equal(formatTyped("2026-05-14", "fr"), "14/05/2026");
  assert.equal(formatTyped("2026-05-14", "en"), "05/14/2026");
  assert.equal(formatTyped("2026-05-14", "ru"), "14.05.2026");
  // No invisible direction mark: what Arabic shows is what she can type back.
  assert.equal(formatTyped("2026-05-14", "ar-u-nu-latn"), "14/05/2026");
  for (const locale of ["en", "fr", "ru", "zh", "es", "ar-u-nu-latn"]) {
    assert.equal(parseTyped(formatTyped("2026-05-14", locale), locale), "2026-05-14", locale);
  }
});
