import type { LocalizedText } from "./types";

/**
 * Units an indicator can be measured in (docs/domain/method-guide.md §9 "Unit" column). A small closed set so
 * values stay comparable across associations (§10.2 "explicit units").
 */
export const INDICATOR_UNITS = [
  "persons",
  "households",
  "count",
  "hours",
  "percent",
  "index",
  "scale-points",
  "sek",
  "count-per-person",
  "persons-per-year",
] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** Short suffixes shown after a value ("12 h", "3,5 %"); empty where the label reads better. */
export const UNIT_SUFFIXES: Record<IndicatorUnit, LocalizedText> = {
  persons: { sv: "pers.", en: "people" },
  households: { sv: "hushåll", en: "households" },
  count: { sv: "st.", en: "" },
  hours: { sv: "h", en: "h" },
  percent: { sv: "%", en: "%" },
  index: { sv: "", en: "" },
  "scale-points": { sv: "p", en: "pts" },
  sek: { sv: "kr", en: "SEK" },
  "count-per-person": { sv: "per pers.", en: "per person" },
  "persons-per-year": { sv: "pers./år", en: "people/yr" },
};

/** True for a known unit id (data from forms, files and the database). */
export function isIndicatorUnit(value: unknown): value is IndicatorUnit {
  return typeof value === "string" && (INDICATOR_UNITS as readonly string[]).includes(value);
}

/**
 * True when the indicator counts people (persons or households), so a value may be broken down by
 * gender, age band and area. Other units (hours, sessions, per cent, SEK) are not split: a split
 * of a share or an index does not add up and says little (§11 privacy: aggregate before sharing).
 */
export function isPeopleUnit(unit: IndicatorUnit): boolean {
  return unit === "persons" || unit === "households";
}

/** True when values are shares written in per cent (0–100), so "3,5 %" is read as 3.5. */
export function isPercentUnit(unit: IndicatorUnit): boolean {
  return unit === "percent";
}

/**
 * The values a unit can take: counts of people, things and hours cannot be negative, and a share
 * in per cent lies between 0 and 100. Indexes, scale-point changes, SEK and net flows (people per
 * year) may be negative.
 */
export function unitValueRange(unit: IndicatorUnit): { min?: number; max?: number } {
  switch (unit) {
    case "persons":
    case "households":
    case "count":
    case "hours":
    case "count-per-person":
      return { min: 0 };
    case "percent":
      return { min: 0, max: 100 };
    default:
      return {};
  }
}
