import type { Queryable } from "~db/client.server";
import { findSocioeconomic, findSroiMap, valueBlocksOf } from "~db/queries/value.server";
import type { SourceSocioeconomic, SourceSroi } from "~/domain/reports/types";
import { actorLabel, calculateSocioeconomic, parseSocioeconomicInput } from "~/domain/socioeconomic";
import {
  calculateSroi,
  findMissingJustifications,
  parseSroiInput,
  type DeductionKey,
  type SensitivityParameter,
  type SroiInput,
} from "~/domain/sroi";
import type { Locale } from "~/i18n/types";
import { storedToBody, type StoredSroiMap } from "~/domain/value/sroi-model";
import type { StoredSocioeconomic } from "~/domain/value/socioeconomic-model";
import { isUuid } from "~/utils/validation";

/**
 * What the value calculations give the report builder and the method guide: the SROI and
 * socio-economic parts of a `ReportSource` (app/domain/reports/types.ts), whether each block is
 * filled, and the deductions still lacking a justification (which block external sharing, §5.3).
 */

/** The unit of each sensitivity parameter's switching value; the proxy's is a share of the current proxies. */
const SENSITIVITY_UNITS: Record<SensitivityParameter, "share" | "years"> = {
  deadweight: "share",
  attribution: "share",
  dropOff: "share",
  duration: "years",
  discountRate: "share",
  proxy: "share",
};

/** The saved map re-validated (a row written by an older version is never trusted blindly). */
async function loadSroiInput(
  db: Queryable,
  orgId: string,
  accountingId: string,
): Promise<{ input: SroiInput; stored: StoredSroiMap; kind: "forecast" | "evaluative" } | undefined> {
  if (!isUuid(accountingId)) return undefined;
  const row = await findSroiMap<StoredSroiMap>(db, orgId, accountingId);
  if (!row) return undefined;
  const parsed = parseSroiInput(storedToBody(row.input, row.discountRate), "sv");
  if (!parsed.ok) return undefined;
  return { input: parsed.value, stored: row.input, kind: row.kind };
}

/** The SROI block of a report: inputs, outcomes with their justifications, and the engine's result. */
export async function loadSroiSource(
  db: Queryable,
  orgId: string,
  accountingId: string,
  locale: Locale,
): Promise<SourceSroi | undefined> {
  const loaded = await loadSroiInput(db, orgId, accountingId);
  if (!loaded) return undefined;
  const { input, stored, kind } = loaded;
  const result = calculateSroi(input, locale);
  return {
    kind,
    discountRate: input.discountRate,
    inputs: input.inputs.map((item, i) => {
      const hours = stored.inputs[i]?.volunteerHours;
      return hours !== undefined ? { ...item, note: `${hours} h × 194 kr` } : { ...item };
    }),
    outcomes: input.outcomes.map((o) => ({
      label: o.label,
      stakeholder: o.stakeholder ?? "",
      quantity: o.quantity,
      proxyValue: o.proxyValue,
      ...(o.proxySource !== undefined ? { proxySource: o.proxySource } : {}),
      ...(o.proxyYear !== undefined ? { proxyYear: o.proxyYear } : {}),
      ...(o.placeholder === true ? { placeholder: true } : {}),
      deadweight: o.deadweight,
      displacement: o.displacement,
      attribution: o.attribution,
      dropOff: o.dropOff,
      durationYears: o.durationYears,
      ...(o.justifications ? { justifications: { ...o.justifications } } : {}),
    })),
    result: {
      totalInputs: result.totalInputs,
      presentValue: result.presentValue,
      netPresentValue: result.netPresentValue,
      ratio: result.ratio,
      netRatio: result.netRatio,
      paybackMonths: result.paybackMonths,
      years: result.years.map((y) => ({ ...y })),
      outcomes: result.outcomes.map((o) => ({ ...o })),
      sensitivity: result.sensitivity.map((row) => ({
        parameter: row.parameter,
        low: row.low,
        high: row.high,
        switchingValue: row.switchingValue,
        unit: SENSITIVITY_UNITS[row.parameter],
      })),
    },
  };
}

/** The socio-economic block of a report: per actor (label in `locale`), totals and public payback. */
export async function loadSocioeconomicSource(
  db: Queryable,
  orgId: string,
  accountingId: string,
  locale: Locale,
): Promise<SourceSocioeconomic | undefined> {
  if (!isUuid(accountingId)) return undefined;
  const row = await findSocioeconomic<StoredSocioeconomic>(db, orgId, accountingId);
  if (!row) return undefined;
  const parsed = parseSocioeconomicInput(row.input, "sv");
  if (!parsed.ok) return undefined;
  const result = calculateSocioeconomic(parsed.value);
  return {
    actors: result.actors.map((a) => ({
      key: a.actor,
      label: actorLabel(a.actor, locale),
      netPerPersonYear: a.netPerPersonYear,
      total: a.total,
    })),
    publicTotal: result.publicSector.total,
    societyTotal: result.society.total,
    effectivePersonYears: result.effectivePersonYears,
    interventionCost: result.interventionCost,
    paybackYearsPublic: result.publicSector.paybackYears,
  };
}

/**
 * The value parts of a report source for one accounting of `orgId` (an accounting of another
 * organisation gives `{}`). Numbers at full precision; labels in `locale`.
 */
export async function loadValueReportData(
  db: Queryable,
  orgId: string,
  accountingId: string,
  locale: "sv" | "en",
): Promise<{ sroi?: SourceSroi; socioeconomic?: SourceSocioeconomic }> {
  const [sroi, socioeconomic] = await Promise.all([
    loadSroiSource(db, orgId, accountingId, locale),
    loadSocioeconomicSource(db, orgId, accountingId, locale),
  ]);
  return { ...(sroi ? { sroi } : {}), ...(socioeconomic ? { socioeconomic } : {}) };
}

/** Whether the accounting has a saved impact map (the method guide counts the block as filled). */
export async function hasSroiMap(db: Queryable, orgId: string, accountingId: string): Promise<boolean> {
  if (!isUuid(accountingId)) return false;
  return (await valueBlocksOf(db, orgId, accountingId)).sroi;
}

/** Whether the accounting has a saved socio-economic account. */
export async function hasSocioeconomic(db: Queryable, orgId: string, accountingId: string): Promise<boolean> {
  if (!isUuid(accountingId)) return false;
  return (await valueBlocksOf(db, orgId, accountingId)).socioeconomic;
}

/** A deduction of the impact map that has no justification yet. */
export interface MissingJustification {
  outcomeIndex: number;
  outcomeLabel: string;
  deduction: DeductionKey;
}

/**
 * The deductions of the saved impact map that lack a justification (§5.3: required before a
 * report is shared externally). Empty when there is no impact map.
 */
export async function findMissingJustificationsFor(
  db: Queryable,
  orgId: string,
  accountingId: string,
): Promise<MissingJustification[]> {
  const loaded = await loadSroiInput(db, orgId, accountingId);
  if (!loaded) return [];
  return findMissingJustifications(loaded.input).map((m) => ({
    ...m,
    outcomeLabel: loaded.input.outcomes[m.outcomeIndex]?.label ?? "",
  }));
}
