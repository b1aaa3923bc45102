import type { ReportSource, SourceIndicator } from "./types";

/** Catalogue code of "andel sysselsatta från målgrupperna" (method guide §9, §8 reserved procurement). */
export const ELIGIBILITY_INDICATOR_CODE = "ASF-07";

/** Two shares that differ by less than this (half a percentage point) count as the same figure. */
const SAME_SHARE = 0.005;

export interface EligibilityShare {
  /** The share 0–1 that the report uses. */
  share: number;
  /** Where it comes from: the accounting's ASF-07 indicator (preferred) or the share typed on the tender page. */
  origin: "indicator" | "typed";
  /** The ASF-07 indicator's latest actual, when the accounting has one. */
  indicator?: { id: string; name: string; period: string; periodLabel: string; share: number };
  /** The share typed on the tender page, when there is one. */
  typed?: number;
  /** True when a typed share and the indicator's latest actual are different figures. */
  differs: boolean;
}

/** An indicator value as a share 0–1: "%" values are 0–100 (types.ts), others are taken as shares. */
function asShare(ind: Pick<SourceIndicator, "unit">, value: number): number {
  return ind.unit.trim() === "%" || value > 1 ? value / 100 : value;
}

/**
 * The share of people occupied from the target groups used by the tender report (LOU 4 kap. 18 §,
 * method guide §8): the latest actual of the accounting's ASF-07 indicator when it has one, so the
 * report never states two different figures; otherwise the share typed on the tender page.
 * Returns null when neither exists.
 */
export function eligibilityShare(source: Pick<ReportSource, "indicators" | "tender">): EligibilityShare | null {
  const typed = source.tender?.reservedEligibility.shareTargetGroup;
  const ind = source.indicators.find((i) => i.code?.trim().toUpperCase() === ELIGIBILITY_INDICATOR_CODE);
  let latest: SourceIndicator["actuals"][number] | undefined;
  for (const a of ind?.actuals ?? []) if (!latest || a.period.localeCompare(latest.period) > 0) latest = a;
  if (ind && latest) {
    const share = asShare(ind, latest.value);
    return {
      share,
      origin: "indicator",
      indicator: { id: ind.id, name: ind.name, period: latest.period, periodLabel: latest.periodLabel, share },
      ...(typed !== undefined ? { typed } : {}),
      differs: typed !== undefined && Math.abs(typed - share) >= SAME_SHARE,
    };
  }
  if (typed !== undefined) return { share: typed, origin: "typed", typed, differs: false };
  return null;
}
