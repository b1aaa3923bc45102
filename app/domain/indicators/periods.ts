import type { LocalizedText } from "./types";

/**
 * Reporting sub-periods for indicator values (docs/domain/method-guide.md §1.3 "Reporting period": every value is
 * tied to a period; §10.2 "explicit units and periods"). Periods follow the calendar: a year is
 * 1 Jan–31 Dec, a half-year Jan–Jun or Jul–Dec, a quarter three calendar months, a month a
 * calendar month. Dates are calendar days written `YYYY-MM-DD`; `end` is inclusive.
 *
 * Keys are stable and sort in time order within one granularity:
 * `2026` · `2026-H1` · `2026-Q3` · `2026-07`.
 */

export const PERIOD_GRANULARITIES = ["year", "half-year", "quarter", "month"] as const;
export type PeriodGranularity = (typeof PERIOD_GRANULARITIES)[number];

export const GRANULARITY_LABELS: Record<PeriodGranularity, LocalizedText> = {
  year: { sv: "år", en: "year" },
  "half-year": { sv: "halvår", en: "half-year" },
  quarter: { sv: "kvartal", en: "quarter" },
  month: { sv: "månad", en: "month" },
};

export interface Period {
  key: string;
  granularity: PeriodGranularity;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  end: string;
  label: LocalizedText;
}

/** Month abbreviations as `formatDate` (Intl sv-SE / en-GB) writes them. */
const MONTHS_SV = ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."];
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad2 = (n: number): string => String(n).padStart(2, "0");
const isoDay = (year: number, month: number, day: number): string => `${year}-${pad2(month)}-${pad2(day)}`;
const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Months in one period of a granularity. */
const MONTHS_PER: Record<PeriodGranularity, number> = { year: 12, "half-year": 6, quarter: 3, month: 1 };

/**
 * The period of a granularity that starts with calendar month `month` (1–12, must be aligned:
 * 1 for a year, 1 or 7 for a half-year, 1/4/7/10 for a quarter).
 */
function makePeriod(granularity: PeriodGranularity, year: number, month: number): Period {
  const span = MONTHS_PER[granularity];
  const endMonth = month + span - 1;
  const start = isoDay(year, month, 1);
  const end = isoDay(year, endMonth, lastDayOfMonth(year, endMonth));
  switch (granularity) {
    case "year":
      return { key: String(year), granularity, start, end, label: { sv: String(year), en: String(year) } };
    case "half-year": {
      const h = month === 1 ? 1 : 2;
      return {
        key: `${year}-H${h}`,
        granularity,
        start,
        end,
        label:
          h === 1
            ? { sv: `första halvåret ${year}`, en: `first half of ${year}` }
            : { sv: `andra halvåret ${year}`, en: `second half of ${year}` },
      };
    }
    case "quarter": {
      const q = (month - 1) / 3 + 1;
      return { key: `${year}-Q${q}`, granularity, start, end, label: { sv: `${year} kv. ${q}`, en: `Q${q} ${year}` } };
    }
    case "month":
      return {
        key: `${year}-${pad2(month)}`,
        granularity,
        start,
        end,
        label: { sv: `${MONTHS_SV[month - 1]} ${year}`, en: `${MONTHS_EN[month - 1]} ${year}` },
      };
  }
}

/** Normalises a date argument to `YYYY-MM-DD`; a Date is read as a UTC calendar day. */
function toIsoDay(value: string | Date): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return isoDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > lastDayOfMonth(y, mo)) return null;
  return isoDay(y, mo, d);
}

/** The first month (1–12) of the period of `granularity` that contains calendar month `month`. */
function alignMonth(granularity: PeriodGranularity, month: number): number {
  const span = MONTHS_PER[granularity];
  return Math.floor((month - 1) / span) * span + 1;
}

/** The period of a granularity that contains a date (`YYYY-MM-DD` or a Date). */
export function periodOf(date: string | Date, granularity: PeriodGranularity): Period {
  const day = toIsoDay(date);
  if (!day) throw new RangeError(`Not a calendar date: ${String(date)}`);
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return makePeriod(granularity, year, alignMonth(granularity, month));
}

/**
 * All calendar periods of a granularity that overlap the accounting period from `startDate` to
 * `endDate` (both inclusive), in time order. An accounting period from 2026-07-01 to 2027-06-30
 * gives `2026`, `2027` by year and `2026-H2`, `2027-H1` by half-year. Periods are not clipped to
 * the accounting period; their `start`/`end` are the calendar bounds. Throws a RangeError on a
 * bad date or when the end is before the start.
 */
export function periodsBetween(
  startDate: string | Date,
  endDate: string | Date,
  granularity: PeriodGranularity,
): Period[] {
  const start = toIsoDay(startDate);
  const end = toIsoDay(endDate);
  if (!start || !end) throw new RangeError(`Not a calendar date: ${String(start ? endDate : startDate)}`);
  if (end < start) throw new RangeError(`The end ${end} is before the start ${start}`);
  const span = MONTHS_PER[granularity];
  let year = Number(start.slice(0, 4));
  let month = alignMonth(granularity, Number(start.slice(5, 7)));
  const endYear = Number(end.slice(0, 4));
  const endMonth = Number(end.slice(5, 7));
  const periods: Period[] = [];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    periods.push(makePeriod(granularity, year, month));
    month += span;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return periods;
}

const KEY_PATTERN = /^(\d{4})(?:[-\s]?(?:(H)([12])|([QK])([1-4])|(0?[1-9]|1[0-2])))?$/i;

/**
 * Reads a period key. Canonical keys are `2026`, `2026-H1`, `2026-Q3` and `2026-07`; the reader
 * also forgives what people type in a spreadsheet: lower case, a space or nothing instead of the
 * hyphen, `K` (kvartal) for `Q`, and a month without its leading zero (`2026-7`).
 * Returns the period with its canonical key, or `null` when the text is not a period key.
 */
export function parsePeriodKey(key: string): Period | null {
  const m = KEY_PATTERN.exec(key.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2999) return null;
  if (m[2]) return makePeriod("half-year", year, m[3] === "1" ? 1 : 7);
  if (m[4]) return makePeriod("quarter", year, (Number(m[5]) - 1) * 3 + 1);
  if (m[6]) return makePeriod("month", year, Number(m[6]));
  return makePeriod("year", year, 1);
}

/**
 * True when a date, or a whole other period, lies inside a period. Both sides accept a Period or a
 * text: a text is read as a date (`2026-07-15`) when it is one, otherwise as a period key
 * (`2026-Q3`). Unreadable input gives false.
 */
export function periodContains(period: Period | string, value: string | Date | Period): boolean {
  const outer = typeof period === "string" ? parsePeriodKey(period) : period;
  if (!outer) return false;
  if (typeof value === "string" || value instanceof Date) {
    const day = toIsoDay(value);
    if (day !== null) return day >= outer.start && day <= outer.end;
    if (value instanceof Date) return false;
    const inner = parsePeriodKey(value);
    return inner !== null && inner.start >= outer.start && inner.end <= outer.end;
  }
  return value.start >= outer.start && value.end <= outer.end;
}

/** True when two periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}
