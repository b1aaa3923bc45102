import type { Queryable } from "~db/client.server";
import { findAccounting } from "~db/queries/accountings.server";
import { countEvidenceByLink } from "~db/queries/evidence.server";
import {
  countAccountingIndicators,
  listAccountingIndicators,
  listOutcomes,
  listTargets,
  listValues,
} from "~db/queries/indicators-accounting.server";
import type { DataQuality } from "~/domain/indicators/disaggregation";
import { parsePeriodKey } from "~/domain/indicators/periods";
import { type IndicatorUnit } from "~/domain/indicators/units";
import type { EvidenceLevel, SourceIndicator } from "~/domain/reports/types";
import { accountingPeriods } from "./accounting-indicators.server";
import { messagesFor } from "~/i18n";
import { localized } from "~/i18n/localized";

/**
 * The indicators of an accounting in the shape the report model reads (`SourceIndicator`), and
 * its outcomes with the indicators that measure them. Six queries in total, whatever the number
 * of indicators. `id` is the accounting_indicators id throughout.
 */

/** Evidence level of a value: the stored one, else from the data quality (measured 2, otherwise 1). */
function evidenceLevelOf(stored: number | null, quality: DataQuality): EvidenceLevel {
  if (stored !== null && stored >= 1 && stored <= 5) return stored as EvidenceLevel;
  return quality === "measured" ? 2 : 1;
}

function unitText(unit: IndicatorUnit, locale: "sv" | "en"): string {
  return unit === "percent" ? "%" : messagesFor(locale).indicators.labels.unit[unit];
}

export async function loadIndicatorReportData(
  db: Queryable,
  orgId: string,
  accountingId: string,
  locale: "sv" | "en",
): Promise<{
  indicators: SourceIndicator[];
  outcomes: { id: string; label: string; stakeholder: string; indicatorIds: string[] }[];
}> {
  const accounting = await findAccounting(db, orgId, accountingId);
  if (!accounting) return { indicators: [], outcomes: [] };
  const [links, targets, values, evidence, outcomes] = await Promise.all([
    listAccountingIndicators(db, orgId, accountingId),
    listTargets(db, orgId, accountingId),
    listValues(db, orgId, accountingId),
    countEvidenceByLink(db, orgId, accountingId),
    listOutcomes(db, orgId, accountingId),
  ]);
  const labels = new Map(accountingPeriods(accounting).map((p) => [p.key, p.label[locale]]));
  const label = (key: string): string => labels.get(key) ?? parsePeriodKey(key)?.label[locale] ?? key;
  const indicators: SourceIndicator[] = links.map((l) => ({
    id: l.id,
    ...(l.indicator.isCatalogue && l.indicator.code ? { code: l.indicator.code } : {}),
    name: localized(l.indicator.name, locale),
    unit: unitText(l.indicator.unit, locale),
    level: l.indicator.level,
    direction: l.indicator.direction,
    dataSource: localized(l.indicator.dataSource, locale),
    ...(l.baseline ? { baseline: { value: l.baseline.value, date: l.baseline.date, source: l.baseline.source } } : {}),
    targets: targets.filter((t) => t.linkId === l.id).map((t) => ({ period: t.periodKey, value: Number(t.value) })),
    actuals: values
      .filter((v) => v.linkId === l.id && v.gender === null && v.ageBand === null && v.area === null)
      .map((v) => ({
        period: v.periodKey,
        periodLabel: label(v.periodKey),
        value: v.value,
        dataQuality: evidenceLevelOf(v.evidenceLevel, v.dataQuality),
        ...(v.n !== null ? { n: v.n } : {}),
        ...(v.note ? { note: v.note } : {}),
      })),
    evidenceCount: evidence.get(l.id) ?? 0,
  }));
  return {
    indicators,
    outcomes: outcomes.map((o) => ({
      id: o.id,
      label: o.text,
      stakeholder: o.stakeholderName ?? "",
      indicatorIds: links.filter((l) => l.chainItemId === o.id).map((l) => l.id),
    })),
  };
}

/** Number of indicators in the accounting (the method guide's "indicators" block). */
export async function countIndicatorsForAccounting(
  db: Queryable,
  orgId: string,
  accountingId: string,
): Promise<number> {
  return countAccountingIndicators(db, orgId, accountingId);
}
