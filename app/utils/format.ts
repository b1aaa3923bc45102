import { messagesFor } from "~/i18n";
import type { Locale } from "~/i18n/types";

/**
 * The one formatting module: numbers, money (SEK), percentages, ratios and dates in the reader's
 * locale (sv-SE: `12 345,50 kr`, `3,5 %`, `22 nov. 2026`; en-GB otherwise). Values are computed at
 * full precision elsewhere and rounded here, for display only. Each language's conventions (units,
 * separators, word order) come from its `app/i18n/<locale>/format.ts`.
 */
const conventions = (locale: Locale) => messagesFor(locale).format;

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(conventions(locale).intlLocale, options);
    cache.set(key, f);
  }
  return f;
}
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(conventions(locale).intlLocale, { timeZone: "Europe/Stockholm", ...options });
    cache.set(key, f);
  }
  return f;
}

/** Replaces the narrow no-break space Intl uses with a no-break space so fonts without it render. */
function tidy(s: string): string {
  return s.replace(/\u202f/g, "\u00a0").replace(/\u2212/g, "−");
}

export function formatNumber(
  value: number,
  locale: Locale,
  maximumFractionDigits = 2,
  minimumFractionDigits = 0,
): string {
  return tidy(numberFormat(locale, { maximumFractionDigits, minimumFractionDigits }).format(value));
}

/** Whole kronor by default: `12 345 kr` (sv) / `SEK 12,345` (en). */
export function formatSek(value: number, locale: Locale, fractionDigits = 0): string {
  return conventions(locale).sek(formatNumber(value, locale, fractionDigits, fractionDigits));
}

/** A fraction (0.035) as a percentage: `3,5 %` (sv) / `3.5%` (en). */
export function formatPercent(fraction: number, locale: Locale, maximumFractionDigits = 1): string {
  const n = formatNumber(fraction * 100, locale, maximumFractionDigits);
  return conventions(locale).percent(n);
}

/** An SROI ratio as `1,25 kr per investerad krona` / `SEK 1.25 per SEK invested`. */
export function formatRatio(ratio: number, locale: Locale): string {
  const n = formatNumber(ratio, locale, 2, 2);
  return conventions(locale).ratio(n);
}

function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  // A plain date (YYYY-MM-DD) is a calendar day: read it at noon UTC so no time zone shifts it.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

/** `22 nov. 2026` (sv) / `22 Nov 2026` (en). */
export function formatDate(value: Date | string, locale: Locale): string {
  return dateFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(toDate(value));
}

/** `22 nov. 2026 20.14` (sv) / `22 Nov 2026, 20:14` (en). */
export function formatDateTime(value: Date | string, locale: Locale): string {
  const date = formatDate(value, locale);
  return conventions(locale).dateTime(date, formatTime(value, locale));
}

/** `20.14` (sv, as Swedish style guides write times) / `20:14` (en). */
export function formatTime(value: Date | string, locale: Locale): string {
  const parts = dateFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(
    toDate(value),
  );
  const hour = parts.find((p) => p.type === "hour")?.value ?? "00";
  const minute = parts.find((p) => p.type === "minute")?.value ?? "00";
  return `${hour}${conventions(locale).timeSeparator}${minute}`;
}

/** A number as typed into an input, full precision, no grouping: `3,5` (sv) / `3.5` (en). */
export function formatInputNumber(value: number, locale: Locale): string {
  return String(value).replace(".", conventions(locale).decimalSign);
}

/** Whole years: `3 år` / `3 years`. */
export function formatYears(value: number, locale: Locale): string {
  return conventions(locale).years(formatNumber(value, locale, 0));
}
