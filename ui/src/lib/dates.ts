// Dates as she writes them: the order of day, month and year her language uses (14/05/2026 in
// French, 05/14/2026 in English, 2026/05/14 in Chinese), or ISO (2026-05-14) in any language.
// What is stored is always ISO; what is shown and typed is hers.

export type Order = ("day" | "month" | "year")[];

/** The order of day, month and year in `locale`'s numeric dates, and the separator it uses. */
export function numericForm(locale: string): { order: Order; separator: string } {
  const parts = new Intl.DateTimeFormat(locale, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(Date.UTC(2026, 4, 14, 12)));
  const order = parts.filter((p) => p.type === "day" || p.type === "month" || p.type === "year").map((p) => p.type) as Order;
  const literal = parts.find((p) => p.type === "literal")?.value ?? "/";
  // Some languages add a word after the year ("г." in Russian), spaces, or direction marks
  // (Arabic writes U+200F before each slash); the separator is the first visible mark between
  // two numbers.
  const separator = literal.replace(/[\s\u200e\u200f\u061c]/g, "").charAt(0) || "/";
  return { order: order.length === 3 ? order : ["year", "month", "day"], separator };
}

function valid(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * Reads what she typed as a date: ISO (year first, 4 digits) always, else the three numbers in
 * her language's order. A two-digit year is not guessed. Returns the ISO date, or null when it
 * is not a real date in either form.
 */
export function parseTyped(text: string, locale: string): string | null {
  const numbers = text.trim().split(/[^0-9]+/).filter((n) => n !== "");
  if (numbers.length !== 3) return null;
  let year: number, month: number, day: number;
  if (numbers[0].length === 4) {
    [year, month, day] = numbers.map(Number);
  } else {
    const { order } = numericForm(locale);
    const at = (part: "day" | "month" | "year") => numbers[order.indexOf(part)];
    if (at("year").length !== 4) return null;
    [year, month, day] = [Number(at("year")), Number(at("month")), Number(at("day"))];
  }
  return valid(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** An ISO date written in her language's numeric order (the form she types it back in). */
export function formatTyped(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const { order, separator } = numericForm(locale);
  const parts = { year: m[1], month: m[2], day: m[3] };
  return order.map((p) => parts[p]).join(separator);
}

/**
 * The day a week starts on in `locale`'s calendars (0 Sunday … 6 Saturday): Saturday in
 * Arabic, Sunday in English, Monday in Chinese, French, Spanish and Russian.
 */
export function firstDayOfWeek(locale: string): number {
  const language = locale.split("-")[0];
  if (language === "ar") return 6;
  if (language === "en") return 0;
  return 1;
}

/**
 * A month as a calendar shows it: whole weeks from `firstDay`, each cell the ISO date of a day
 * of the month, or null for the days of the months either side. `month` is 1 to 12.
 */
export function monthGrid(year: number, month: number, firstDay: number): (string | null)[] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const starts = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const lead = (starts - firstDay + 7) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) cells.push(`${year}-${pad(month)}-${pad(day)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  return cells;
}

/** Today on her own clock, as ISO. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The ISO date `days` days after `iso` (before, when negative). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** The same day `months` months later (earlier, when negative), the month's last day when it has no such day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}-${pad(Math.min(d, last))}`;
}
