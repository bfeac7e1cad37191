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
const { parseTyped, formatTyped, monthGrid, firstDayOfWeek, addDays, addMonths } = await import(`data:text/javascript,${encodeURIComponent(js)}`);

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

test("a month's calendar starts its weeks where her language does", () => {
  // May 2026 begins on a Friday.
  const grid = (locale) => monthGrid(2026, 5, firstDayOfWeek(locale));
  assert.equal(grid("en").indexOf("2026-05-01"), 5, "Sunday first");
  assert.equal(grid("fr").indexOf("2026-05-01"), 4, "Monday first");
  assert.equal(grid("ar-u-nu-latn").indexOf("2026-05-01"), 6, "Saturday first");
  for (const locale of ["en", "fr", "ar", "zh", "ru", "es"]) {
    const cells = grid(locale);
    assert.equal(cells.length % 7, 0, locale);
    assert.equal(cells.filter((c) => c !== null).length, 31, locale);
    assert.equal(cells.filter((c) => c !== null).at(-1), "2026-05-31", locale);
  }
  assert.equal(monthGrid(2028, 2, 1).filter((c) => c !== null).length, 29, "a leap February");
});

test("moving through the calendar by day and by month", () => {
  assert.equal(addDays("2026-12-31", 1), "2027-01-01");
  assert.equal(addDays("2026-03-01", -1), "2026-02-28");
  assert.equal(addDays("2026-05-14", 7), "2026-05-21");
  assert.equal(addMonths("2026-01-31", 1), "2026-02-28");
  assert.equal(addMonths("2026-01-15", -1), "2025-12-15");
  assert.equal(addMonths("2024-02-29", 12), "2025-02-28");
});
