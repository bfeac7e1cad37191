// The screens' messages, from the same Fluent files the Rust side reads (../locales).
// Every visible string goes through `t`; a test checks that each id used exists.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import en from "../../../locales/en/wayfinder.ftl?raw";
import es from "../../../locales/es/wayfinder.ftl?raw";
import fr from "../../../locales/fr/wayfinder.ftl?raw";
import ar from "../../../locales/ar/wayfinder.ftl?raw";
import zh from "../../../locales/zh/wayfinder.ftl?raw";
import ru from "../../../locales/ru/wayfinder.ftl?raw";

export const LOCALES = ["en", "es", "fr", "ar", "zh", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
const SOURCES: Record<Locale, string> = { en, es, fr, ar, zh, ru };
const RTL: ReadonlySet<Locale> = new Set(["ar"]);

/**
 * The tag numbers and dates are formatted with. Arabic screens write Latin digits everywhere:
 * a page box, a date typed in a field and a count in a sentence must agree, and inputs only
 * take Latin digits (as do the Maghreb and most medical documents).
 */
export function intlTag(locale: Locale): string {
  return locale === "ar" ? "ar-u-nu-latn" : locale;
}

function makeBundle(locale: Locale): FluentBundle {
  const bundle = new FluentBundle(intlTag(locale), { useIsolating: true });
  bundle.addResource(new FluentResource(SOURCES[locale]));
  return bundle;
}

const bundles = Object.fromEntries(LOCALES.map((l) => [l, makeBundle(l)])) as Record<Locale, FluentBundle>;

export function isLocale(tag: string): tag is Locale {
  return (LOCALES as readonly string[]).includes(tag);
}

const current = $state({ locale: "en" as Locale });

export function locale(): Locale {
  return current.locale;
}

/** Switches the screens' language; Arabic turns the whole window right to left. */
export function setLocale(tag: string): void {
  const next: Locale = isLocale(tag) ? tag : "en";
  current.locale = next;
  document.documentElement.lang = next;
  document.documentElement.dir = RTL.has(next) ? "rtl" : "ltr";
}

function format(bundle: FluentBundle, id: string, args?: Record<string, FluentVariable>): string | undefined {
  const message = bundle.getMessage(id);
  if (!message?.value) return undefined;
  return bundle.formatPattern(message.value, args);
}

/** The message `id` in the current language (English if a translation is missing). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  return format(bundles[current.locale], id, args) ?? format(bundles.en, id, args) ?? id;
}

/** A language's own name, from its own file ("Español", "العربية"). */
export function nativeName(tag: Locale): string {
  return format(bundles[tag], "language-name") ?? tag;
}

// Intl objects are costly to make and a list shows thousands of names and dates: one of each
// per language, made on first use.
type Formatter = Intl.DisplayNames | Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T | undefined {
  const found = formatters.get(`${current.locale}:${key}`);
  if (found) return found as T;
  try {
    const made = make();
    formatters.set(`${current.locale}:${key}`, made);
    return made;
  } catch {
    return undefined;
  }
}

/** A country's name in the current language, from the WebView's own data. */
export function countryName(code: string): string {
  const names = cached("region", () => new Intl.DisplayNames([current.locale], { type: "region" }));
  return names?.of(code) ?? code;
}

export function languageName(code: string): string {
  const names = cached("language", () => new Intl.DisplayNames([current.locale], { type: "language" }));
  return names?.of(code) ?? code;
}

/** Items as a list in the current language ("Arabic and Russian", "阿拉伯语和俄语"). */
export function formatList(items: string[]): string {
  const list = cached("list", () => new Intl.ListFormat(intlTag(current.locale), { type: "conjunction" }));
  return list ? list.format(items) : items.join(", ");
}

function formatWith(key: string, options: Intl.DateTimeFormatOptions, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const format = cached(key, () => new Intl.DateTimeFormat(intlTag(current.locale), options));
  return format ? format.format(date) : iso;
}

export function formatDate(iso: string): string {
  return formatWith("date", { dateStyle: "medium" }, iso);
}

export function formatDateTime(iso: string): string {
  return formatWith("date-time", { dateStyle: "medium", timeStyle: "short" }, iso);
}

/** A number in the current language's way of writing it. */
export function formatNumber(n: number): string {
  const format = cached("number", () => new Intl.NumberFormat(intlTag(current.locale)));
  return format ? format.format(n) : String(n);
}

/** The tag for Intl in the current language (Latin digits for Arabic, as everywhere here). */
export function intlLocale(): string {
  return intlTag(current.locale);
}
