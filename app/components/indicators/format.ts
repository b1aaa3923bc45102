import { UNIT_SUFFIXES, type IndicatorUnit } from "~/domain/indicators/units";
import type { Locale } from "~/i18n/types";
import { formatInputNumber, formatNumber } from "~/utils/format";

/** A value with its unit suffix for display: `12,5 %`, `326 h`, `21 pers.`. */
export function formatIndicatorValue(value: number, unit: IndicatorUnit, locale: Locale): string {
  const suffix = UNIT_SUFFIXES[unit][locale];
  const n = formatNumber(value, locale, 2);
  return suffix ? `${n}\u00a0${suffix}` : n;
}

/** A number for an input box: Swedish decimal comma, full precision, no grouping. */
export function inputNumber(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  return formatInputNumber(value, locale);
}
