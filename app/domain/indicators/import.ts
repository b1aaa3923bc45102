import {
  AREA_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  parseAgeBand,
  parseArea,
  parseDataQuality,
  parseGender,
  type DataQuality,
  type Gender,
} from "./disaggregation";
import { indicatorMessages as m } from "./messages";
import { readSwedishNumber } from "./numbers";
import { parsePeriodKey, type Period } from "./periods";
import type { LocalizedText } from "./types";
import { isPeopleUnit, isPercentUnit, unitValueRange, type IndicatorUnit } from "./units";

/**
 * Validation of spreadsheet rows before actual values (utfall) are imported into an accounting
 * (docs/domain/method-guide.md §1.3 "Actual", §10.2 "explicit units and periods"). Pure: the spreadsheet is read
 * elsewhere (server/indicators/spreadsheet.server.ts) into raw strings, and the result says, row by
 * row, what can be saved and what must be corrected. Linear in the number of rows.
 */

/** One data row as read from the file; every cell is raw text (a number cell may stay a number). */
export interface RawImportRow {
  /** Row number in the spreadsheet as the user sees it (the header is row 1). */
  rowNumber: number;
  indicatorCode: string;
  period: string;
  value: string | number;
  note?: string;
  dataQuality?: string;
  gender?: string;
  ageBand?: string;
  area?: string;
}

/** A column of the import, named as in RawImportRow. */
export type ImportColumn = Exclude<keyof RawImportRow, "rowNumber">;

/** Headers of the import file, Swedish first; readers also accept the English ones. */
export const IMPORT_COLUMN_HEADERS: Record<ImportColumn, LocalizedText> = {
  indicatorCode: { sv: "Indikator", en: "Indicator" },
  period: { sv: "Period", en: "Period" },
  value: { sv: "Värde", en: "Value" },
  note: { sv: "Kommentar", en: "Note" },
  dataQuality: { sv: "Datakvalitet", en: "Data quality" },
  gender: { sv: "Kön", en: "Gender" },
  ageBand: { sv: "Ålder", en: "Age" },
  area: { sv: "Område", en: "Area" },
};

/** An indicator of the accounting that values may be imported for. */
export interface ImportIndicator {
  id: string;
  code: string;
  unit: IndicatorUnit;
}

export interface ImportContext {
  indicators: readonly ImportIndicator[];
  /** Keys of the periods values may be given for (e.g. from `periodsBetween`). */
  periodKeys: readonly string[];
}

export interface ImportProblem {
  column: ImportColumn;
  message: LocalizedText;
}

/** An actual value ready to be saved. */
export interface ParsedActualValue {
  indicatorId: string;
  indicatorCode: string;
  periodKey: string;
  value: number;
  note: string | null;
  dataQuality: DataQuality;
  gender: Gender | null;
  ageBand: string | null;
  area: string | null;
}

export interface ImportRowResult {
  rowNumber: number;
  ok: boolean;
  /**
   * True for a row with no value and nothing else filled in besides the indicator and period
   * (an unused template row). It is neither saved nor counted as invalid.
   */
  skipped: boolean;
  problems: ImportProblem[];
  /** Points worth a check that do not stop the import (e.g. `1.234` read as a decimal). */
  warnings: ImportProblem[];
  parsed?: ParsedActualValue;
}

export interface ImportValidation {
  rows: ImportRowResult[];
  summary: { totalRows: number; validRows: number; invalidRows: number; skippedRows: number };
}

const blank = (s: string | number | undefined | null): boolean =>
  s === undefined || s === null || String(s).trim() === "";
const foldCode = (code: string): string => code.trim().toUpperCase();

/**
 * Validates spreadsheet rows of actual values against an accounting's indicators and periods.
 * Checks per row: the indicator code is known (case-insensitive), the period is a key (or a date
 * inside one of the periods) of the accounting, the value is a number the Swedish way
 * (`parseSwedishNumber`) within the unit's range, the data quality is one of mätt / uppskattat /
 * självrapporterat (English accepted, empty = mätt), a breakdown (gender, age band, area) is only
 * given for people units (persons, households), and no indicator + period + breakdown occurs twice
 * in the file (every occurrence is marked). Rows that only repeat an unused template line are
 * skipped. Runs in linear time, so 10 000 rows validate in milliseconds.
 */
export function validateImportRows(rows: readonly RawImportRow[], context: ImportContext): ImportValidation {
  const indicators = new Map<string, ImportIndicator>();
  for (const indicator of context.indicators) indicators.set(foldCode(indicator.code), indicator);

  const validPeriods: Period[] = [];
  for (const key of context.periodKeys) {
    const p = parsePeriodKey(key);
    if (p && !validPeriods.some((q) => q.key === p.key)) validPeriods.push(p);
  }
  const validKeys = new Set(validPeriods.map((p) => p.key));
  const validKeyList = validPeriods.map((p) => p.key);
  // Finest periods first, so a date maps to the shortest period that contains it.
  const byLength = [...validPeriods].sort((a, b) => spanDays(a) - spanDays(b) || a.start.localeCompare(b.start));

  const results: ImportRowResult[] = [];
  /** Duplicate detection: key → index in `results` of the rows having it. */
  const seen = new Map<string, number[]>();

  for (const row of rows) {
    const problems: ImportProblem[] = [];
    const warnings: ImportProblem[] = [];

    const filledExtras =
      !blank(row.note) || !blank(row.dataQuality) || !blank(row.gender) || !blank(row.ageBand) || !blank(row.area);
    if (blank(row.value) && !filledExtras) {
      results.push({ rowNumber: row.rowNumber, ok: false, skipped: true, problems, warnings });
      continue;
    }

    // Indicator
    const code = String(row.indicatorCode ?? "");
    const indicator = blank(code) ? undefined : indicators.get(foldCode(code));
    if (blank(code)) problems.push({ column: "indicatorCode", message: m.indicatorMissing() });
    else if (!indicator) problems.push({ column: "indicatorCode", message: m.unknownIndicator(code.trim()) });

    // Period
    const periodKey = resolvePeriod(String(row.period ?? ""), validKeys, byLength, validKeyList, problems);

    // Value
    let value: number | undefined;
    if (blank(row.value)) {
      problems.push({ column: "value", message: m.valueMissing() });
    } else {
      const raw = typeof row.value === "number" ? row.value : row.value.trim();
      const read = readSwedishNumber(raw);
      if (!read) {
        problems.push({ column: "value", message: m.notANumber(String(raw)) });
      } else {
        value = read.value;
        if (read.ambiguous) warnings.push({ column: "value", message: m.ambiguousDot(String(raw), read.value) });
        if (indicator) {
          if (read.percent && !isPercentUnit(indicator.unit)) {
            problems.push({ column: "value", message: m.percentSignNotAllowed(indicator.unit) });
          }
          const range = unitValueRange(indicator.unit);
          if (range.min !== undefined && read.value < range.min) {
            problems.push({ column: "value", message: m.belowMin(indicator.unit, range.min) });
          } else if (range.max !== undefined && read.value > range.max) {
            problems.push({ column: "value", message: m.aboveMax(indicator.unit, range.max) });
          }
        }
      }
    }

    // Data quality
    const dataQuality = parseDataQuality(row.dataQuality);
    if (dataQuality === null)
      problems.push({ column: "dataQuality", message: m.badDataQuality(String(row.dataQuality).trim()) });

    // Breakdown
    const gender = parseGender(row.gender);
    if (gender === undefined) problems.push({ column: "gender", message: m.badGender(String(row.gender).trim()) });
    const ageBand = parseAgeBand(row.ageBand);
    if (ageBand === undefined) problems.push({ column: "ageBand", message: m.badAgeBand(String(row.ageBand).trim()) });
    const area = parseArea(row.area);
    if (area !== null && area.length > AREA_MAX_LENGTH) problems.push({ column: "area", message: m.areaTooLong() });
    if (indicator && !isPeopleUnit(indicator.unit)) {
      if (gender) problems.push({ column: "gender", message: m.breakdownNotAllowed(indicator.unit) });
      if (ageBand) problems.push({ column: "ageBand", message: m.breakdownNotAllowed(indicator.unit) });
      if (area) problems.push({ column: "area", message: m.breakdownNotAllowed(indicator.unit) });
    }

    // Note
    const note = blank(row.note) ? null : String(row.note).trim();
    if (note !== null && note.length > NOTE_MAX_LENGTH) problems.push({ column: "note", message: m.noteTooLong() });

    const result: ImportRowResult = {
      rowNumber: row.rowNumber,
      ok: problems.length === 0,
      skipped: false,
      problems,
      warnings,
    };
    if (
      result.ok &&
      indicator &&
      periodKey !== null &&
      value !== undefined &&
      dataQuality !== null &&
      gender !== undefined &&
      ageBand !== undefined
    ) {
      result.parsed = {
        indicatorId: indicator.id,
        indicatorCode: indicator.code,
        periodKey,
        value,
        note,
        dataQuality,
        gender,
        ageBand,
        area,
      };
    }
    results.push(result);

    // Duplicates are judged on what the row means, so "K" and "kvinna" are the same breakdown.
    if (indicator && periodKey !== null && gender !== undefined && ageBand !== undefined) {
      const key = `${indicator.id}\u0000${periodKey}\u0000${gender ?? ""}\u0000${ageBand ?? ""}\u0000${(area ?? "").toLocaleLowerCase("sv")}`;
      const list = seen.get(key);
      if (list) list.push(results.length - 1);
      else seen.set(key, [results.length - 1]);
    }
  }

  for (const indexes of seen.values()) {
    if (indexes.length < 2) continue;
    for (const i of indexes) {
      const r = results[i];
      const others = indexes.filter((j) => j !== i).map((j) => results[j].rowNumber);
      r.problems.push({ column: "indicatorCode", message: m.duplicate(others) });
      r.ok = false;
      delete r.parsed;
    }
  }

  let validRows = 0;
  let skippedRows = 0;
  for (const r of results) {
    if (r.skipped) skippedRows++;
    else if (r.ok) validRows++;
  }
  return {
    rows: results,
    summary: {
      totalRows: results.length,
      validRows,
      invalidRows: results.length - validRows - skippedRows,
      skippedRows,
    },
  };
}

function spanDays(p: Period): number {
  return (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000;
}

/**
 * The period key a cell names: a period key (forgiving spelling, see `parsePeriodKey`) that the
 * accounting has, or a date (`2026-07-15`, as Excel may turn `2026-07` into) inside one of its
 * periods. Adds a problem and returns null otherwise.
 */
function resolvePeriod(
  raw: string,
  validKeys: ReadonlySet<string>,
  byLength: readonly Period[],
  validKeyList: readonly string[],
  problems: ImportProblem[],
): string | null {
  const text = raw.trim();
  if (text === "") {
    problems.push({ column: "period", message: m.periodMissing() });
    return null;
  }
  const period = parsePeriodKey(text);
  if (period) {
    if (validKeys.has(period.key)) return period.key;
    problems.push({ column: "period", message: m.periodOutside(period.key, validKeyList) });
    return null;
  }
  const date = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text)?.[1];
  if (date && !Number.isNaN(Date.parse(date))) {
    const containing = byLength.find((p) => date >= p.start && date <= p.end);
    if (containing) return containing.key;
    problems.push({ column: "period", message: m.periodOutside(date, validKeyList) });
    return null;
  }
  problems.push({ column: "period", message: m.badPeriod(text) });
  return null;
}
