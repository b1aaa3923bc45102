import { messagesFor } from "~/i18n";
import { DEFAULT_LOCALE, type Locale } from "~/i18n/types";
import { eligibilityShare } from "./eligibility";
import type { ReportSource, ReportTemplate, SourceSroiOutcome } from "./types";

/**
 * Quality check of a report's source before it is published (method guide §5.3 validation, §10.2
 * what funders need, §1.3 "baseline required for any outcome claim").
 *
 * Severities:
 * - **blocking** stops publishing an external report. Used where a reader could be misled by a
 *   figure: a ratio without its sensitivity range, a proxy without source or year (§5.3 "error"),
 *   a deduction without justification in an external report (§5.3), an outcome figure without a
 *   baseline (§1.3) and a reported figure without a data source (§10.2 verification).
 * - **advisory** is listed in the report's method section as an honest limitation: outcomes not yet
 *   measured, placeholder proxies ("illustrativt värde"), missing evidence files, periods without
 *   data, zero deductions (§5.3 asks the question), stakeholders not heard, stories without consent.
 */
export type QualitySeverity = "blocking" | "advisory";

export type QualityArea = "impact-chain" | "indicators" | "sroi" | "evidence" | "stakeholders" | "stories" | "tender";

export type QualityCode =
  | "outcome-without-indicator"
  | "indicator-without-baseline"
  | "indicator-without-data-source"
  | "indicator-without-data"
  | "period-without-data"
  | "claim-without-evidence"
  | "sroi-deduction-unjustified"
  | "sroi-deduction-zero"
  | "sroi-proxy-without-source"
  | "sroi-proxy-placeholder"
  | "sroi-ratio-without-sensitivity"
  | "stakeholder-not-heard"
  | "story-without-consent"
  | "tender-share-below-threshold"
  | "tender-share-differs-from-indicator";

export interface QualityItem {
  code: QualityCode;
  severity: QualitySeverity;
  /** The item in the locale asked for (QualityCheckOptions.locale), from the catalogue (reportModel.quality). */
  message: string;
  fix: { area: QualityArea; targetId?: string };
}

export interface QualityCheckOptions {
  /** Forecast templates (grant-application) have no actuals yet, so actual-based checks are skipped. */
  template?: ReportTemplate;
  /** "external" (default) for funders and buyers; "internal" turns unjustified deductions into advisories. */
  audience?: "external" | "internal";
  /** The language of the messages; defaults to Swedish. */
  locale?: Locale;
}

/** LOU 4 kap. 18 §: at least 30 % of the people occupied must belong to the target groups (§8). */
export const RESERVED_SHARE_THRESHOLD = 0.3;

const DEDUCTIONS = ["deadweight", "displacement", "attribution", "dropOff"] as const;
type Deduction = (typeof DEDUCTIONS)[number];

function deductionNeedsJustification(outcome: SourceSroiOutcome, deduction: Deduction): boolean {
  // Drop-off only matters for outcomes that last more than one year (§5.1).
  return deduction !== "dropOff" || outcome.durationYears > 1;
}

/** Runs every check on the source; returns blocking items first, each group in source order. */
export function qualityCheck(source: ReportSource, options: QualityCheckOptions = {}): QualityItem[] {
  const items: QualityItem[] = [];
  const forecast = options.template === "grant-application";
  const external = (options.audience ?? "external") === "external";
  const q = messagesFor(options.locale ?? DEFAULT_LOCALE).reportModel.quality;
  const indicatorsById = new Map(source.indicators.map((i) => [i.id, i]));

  for (const outcome of source.outcomes) {
    const measured = outcome.indicatorIds.some((id) => indicatorsById.has(id));
    if (!measured) {
      items.push({
        code: "outcome-without-indicator",
        severity: "advisory",
        message: q.outcomeWithoutIndicator(outcome.label),
        fix: { area: "impact-chain", targetId: outcome.id },
      });
    }
  }

  const reportedPeriods = new Set(source.indicators.flatMap((i) => i.actuals.map((a) => a.period)));

  for (const ind of source.indicators) {
    const isOutcome = ind.level === "outcome" || ind.level === "impact";
    const hasActuals = ind.actuals.length > 0;
    if (isOutcome && !ind.baseline) {
      const claim = hasActuals && !forecast;
      items.push({
        code: "indicator-without-baseline",
        severity: claim ? "blocking" : "advisory",
        message: claim ? q.claimWithoutBaseline(ind.name) : q.indicatorWithoutBaseline(ind.name),
        fix: { area: "indicators", targetId: ind.id },
      });
    }
    if (!ind.dataSource.trim()) {
      const claim = hasActuals && !forecast;
      items.push({
        code: "indicator-without-data-source",
        severity: claim ? "blocking" : "advisory",
        message: q.indicatorWithoutDataSource(ind.name),
        fix: { area: "indicators", targetId: ind.id },
      });
    }
    if (forecast) continue;
    if (!hasActuals) {
      items.push({
        code: "indicator-without-data",
        severity: "advisory",
        message: q.indicatorWithoutData(ind.name),
        fix: { area: "indicators", targetId: ind.id },
      });
    } else {
      const withData = new Set(ind.actuals.map((a) => a.period));
      for (const t of ind.targets) {
        if (reportedPeriods.has(t.period) && !withData.has(t.period)) {
          items.push({
            code: "period-without-data",
            severity: "advisory",
            message: q.periodWithoutData(ind.name, t.period),
            fix: { area: "indicators", targetId: ind.id },
          });
        }
      }
      if (isOutcome && ind.evidenceCount === 0) {
        items.push({
          code: "claim-without-evidence",
          severity: "advisory",
          message: q.claimWithoutEvidence(ind.name),
          fix: { area: "evidence", targetId: ind.id },
        });
      }
    }
  }

  const sroi = source.sroi;
  if (sroi) {
    if (sroi.result.sensitivity.length === 0) {
      items.push({
        code: "sroi-ratio-without-sensitivity",
        severity: "blocking",
        message: q.ratioWithoutSensitivity,
        fix: { area: "sroi" },
      });
    }
    sroi.outcomes.forEach((o, index) => {
      const targetId = String(index);
      if (o.placeholder) {
        items.push({
          code: "sroi-proxy-placeholder",
          severity: "advisory",
          message: q.proxyPlaceholder(o.label),
          fix: { area: "sroi", targetId },
        });
      } else if (!o.proxySource?.trim() || !o.proxyYear) {
        items.push({
          code: "sroi-proxy-without-source",
          severity: "blocking",
          message: q.proxyWithoutSource(o.label),
          fix: { area: "sroi", targetId },
        });
      }
      const missing = DEDUCTIONS.filter((d) => deductionNeedsJustification(o, d) && !o.justifications?.[d]?.trim());
      if (missing.length > 0) {
        items.push({
          code: "sroi-deduction-unjustified",
          severity: external ? "blocking" : "advisory",
          message: q.deductionUnjustified(missing.map((d) => q.deductionNames[d]).join(", "), o.label),
          fix: { area: "sroi", targetId },
        });
      }
      if (o.deadweight === 0 || o.attribution === 0) {
        items.push({
          code: "sroi-deduction-zero",
          severity: "advisory",
          message: q.deductionZero(o.label),
          fix: { area: "sroi", targetId },
        });
      }
    });
  }

  source.stakeholders.forEach((s, index) => {
    if (!s.involvement.trim()) {
      items.push({
        code: "stakeholder-not-heard",
        severity: "advisory",
        message: q.stakeholderNotHeard(s.name),
        fix: { area: "stakeholders", targetId: String(index) },
      });
    }
  });

  const withoutConsent = source.stories.filter((s) => !s.consent).length;
  if (withoutConsent > 0) {
    items.push({
      code: "story-without-consent",
      severity: "advisory",
      message: q.storiesWithoutConsent(withoutConsent),
      fix: { area: "stories" },
    });
  }

  // The share the report states: the ASF-07 indicator's latest actual when there is one (eligibility.ts).
  const eligibility = eligibilityShare(source);
  const share = eligibility?.share;
  if (
    options.template === "tender" &&
    eligibility?.differs &&
    eligibility.indicator &&
    eligibility.typed !== undefined
  ) {
    const typed = Math.round(eligibility.typed * 100);
    const actual = Math.round(eligibility.indicator.share * 100);
    items.push({
      code: "tender-share-differs-from-indicator",
      severity: "advisory",
      message: q.tenderShareDiffers(typed, actual, eligibility.indicator.periodLabel),
      fix: { area: "tender" },
    });
  }
  if (options.template === "tender" && share !== undefined && share < RESERVED_SHARE_THRESHOLD) {
    items.push({
      code: "tender-share-below-threshold",
      severity: "advisory",
      message: q.tenderShareBelowThreshold,
      fix: { area: "tender" },
    });
  }

  return [...items.filter((i) => i.severity === "blocking"), ...items.filter((i) => i.severity === "advisory")];
}

/** True when nothing blocks publishing. */
export function canPublish(items: QualityItem[]): boolean {
  return items.every((i) => i.severity !== "blocking");
}
