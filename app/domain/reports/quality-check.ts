import { eligibilityShare } from "./eligibility";
import type { Bilingual, ReportSource, ReportTemplate, SourceSroiOutcome } from "./types";

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
  message: Bilingual;
  fix: { area: QualityArea; targetId?: string };
}

export interface QualityCheckOptions {
  /** Forecast templates (grant-application) have no actuals yet, so actual-based checks are skipped. */
  template?: ReportTemplate;
  /** "external" (default) for funders and buyers; "internal" turns unjustified deductions into advisories. */
  audience?: "external" | "internal";
}

/** LOU 4 kap. 18 §: at least 30 % of the people occupied must belong to the target groups (§8). */
export const RESERVED_SHARE_THRESHOLD = 0.3;

const DEDUCTIONS = ["deadweight", "displacement", "attribution", "dropOff"] as const;
type Deduction = (typeof DEDUCTIONS)[number];

const DEDUCTION_NAMES: Record<Deduction, Bilingual> = {
  deadweight: { sv: "dödvikt", en: "deadweight" },
  displacement: { sv: "undanträngning", en: "displacement" },
  attribution: { sv: "tillskrivning", en: "attribution" },
  dropOff: { sv: "avtagande", en: "drop-off" },
};

function deductionNeedsJustification(outcome: SourceSroiOutcome, deduction: Deduction): boolean {
  // Drop-off only matters for outcomes that last more than one year (§5.1).
  return deduction !== "dropOff" || outcome.durationYears > 1;
}

/** Runs every check on the source; returns blocking items first, each group in source order. */
export function qualityCheck(source: ReportSource, options: QualityCheckOptions = {}): QualityItem[] {
  const items: QualityItem[] = [];
  const forecast = options.template === "grant-application";
  const external = (options.audience ?? "external") === "external";
  const indicatorsById = new Map(source.indicators.map((i) => [i.id, i]));

  for (const outcome of source.outcomes) {
    const measured = outcome.indicatorIds.some((id) => indicatorsById.has(id));
    if (!measured) {
      items.push({
        code: "outcome-without-indicator",
        severity: "advisory",
        message: {
          sv: `Effekten "${outcome.label}" har ingen indikator ännu, så den visas utan siffror.`,
          en: `The outcome "${outcome.label}" has no indicator yet, so it is shown without figures.`,
        },
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
        message: claim
          ? {
              sv: `"${ind.name}" visar ett utfall men saknar utgångsläge. Lägg till värdet före insatsen, annars går förändringen inte att bedöma.`,
              en: `"${ind.name}" shows a result but has no baseline. Add the value before the activity, otherwise the change cannot be judged.`,
            }
          : {
              sv: `"${ind.name}" saknar utgångsläge. Mät det innan insatsen börjar.`,
              en: `"${ind.name}" has no baseline. Measure it before the activity starts.`,
            },
        fix: { area: "indicators", targetId: ind.id },
      });
    }
    if (!ind.dataSource.trim()) {
      const claim = hasActuals && !forecast;
      items.push({
        code: "indicator-without-data-source",
        severity: claim ? "blocking" : "advisory",
        message: {
          sv: `Skriv var siffrorna för "${ind.name}" kommer ifrån (datakälla), till exempel enkät eller närvarolista.`,
          en: `Say where the figures for "${ind.name}" come from (data source), for example a survey or attendance list.`,
        },
        fix: { area: "indicators", targetId: ind.id },
      });
    }
    if (forecast) continue;
    if (!hasActuals) {
      items.push({
        code: "indicator-without-data",
        severity: "advisory",
        message: {
          sv: `"${ind.name}" har inga utfall för perioden ännu.`,
          en: `"${ind.name}" has no results for the period yet.`,
        },
        fix: { area: "indicators", targetId: ind.id },
      });
    } else {
      const withData = new Set(ind.actuals.map((a) => a.period));
      for (const t of ind.targets) {
        if (reportedPeriods.has(t.period) && !withData.has(t.period)) {
          items.push({
            code: "period-without-data",
            severity: "advisory",
            message: {
              sv: `"${ind.name}" har ett målvärde för ${t.period} men inget utfall.`,
              en: `"${ind.name}" has a target for ${t.period} but no result.`,
            },
            fix: { area: "indicators", targetId: ind.id },
          });
        }
      }
      if (isOutcome && ind.evidenceCount === 0) {
        items.push({
          code: "claim-without-evidence",
          severity: "advisory",
          message: {
            sv: `Utfallet för "${ind.name}" har inget underlag bifogat (till exempel enkätsammanställning).`,
            en: `The result for "${ind.name}" has no evidence attached (for example a survey summary).`,
          },
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
        message: {
          sv: "SROI-kvoten får inte visas utan känslighetsanalys. Gör känslighetsanalysen i SROI-steget.",
          en: "The SROI ratio may not be shown without a sensitivity analysis. Run it in the SROI step.",
        },
        fix: { area: "sroi" },
      });
    }
    sroi.outcomes.forEach((o, index) => {
      const targetId = String(index);
      if (o.placeholder) {
        items.push({
          code: "sroi-proxy-placeholder",
          severity: "advisory",
          message: {
            sv: `Proxyn för "${o.label}" är ett illustrativt värde utan publicerad källa.`,
            en: `The proxy for "${o.label}" is an illustrative value without a published source.`,
          },
          fix: { area: "sroi", targetId },
        });
      } else if (!o.proxySource?.trim() || !o.proxyYear) {
        items.push({
          code: "sroi-proxy-without-source",
          severity: "blocking",
          message: {
            sv: `Proxyn för "${o.label}" saknar källa eller år. Ange båda, eller markera värdet som illustrativt.`,
            en: `The proxy for "${o.label}" lacks a source or year. Give both, or mark the value as illustrative.`,
          },
          fix: { area: "sroi", targetId },
        });
      }
      const missing = DEDUCTIONS.filter((d) => deductionNeedsJustification(o, d) && !o.justifications?.[d]?.trim());
      if (missing.length > 0) {
        items.push({
          code: "sroi-deduction-unjustified",
          severity: external ? "blocking" : "advisory",
          message: {
            sv: `Motivera ${missing.map((d) => DEDUCTION_NAMES[d].sv).join(", ")} för "${o.label}".`,
            en: `Justify ${missing.map((d) => DEDUCTION_NAMES[d].en).join(", ")} for "${o.label}".`,
          },
          fix: { area: "sroi", targetId },
        });
      }
      if (o.deadweight === 0 || o.attribution === 0) {
        items.push({
          code: "sroi-deduction-zero",
          severity: "advisory",
          message: {
            sv: `"${o.label}": skulle inget av detta ha hänt ändå, och har ingen annan bidragit?`,
            en: `"${o.label}": would none of this have happened anyway, and has nobody else contributed?`,
          },
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
        message: {
          sv: `Beskriv hur ni har hört ${s.name}.`,
          en: `Describe how you heard from ${s.name}.`,
        },
        fix: { area: "stakeholders", targetId: String(index) },
      });
    }
  });

  const withoutConsent = source.stories.filter((s) => !s.consent).length;
  if (withoutConsent > 0) {
    items.push({
      code: "story-without-consent",
      severity: "advisory",
      message: {
        sv: `${withoutConsent} ${withoutConsent === 1 ? "berättelse saknar" : "berättelser saknar"} samtycke och visas inte i rapporten.`,
        en: `${withoutConsent} stor${withoutConsent === 1 ? "y lacks" : "ies lack"} consent and ${withoutConsent === 1 ? "is" : "are"} left out of the report.`,
      },
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
      message: {
        sv: `Andelen du har skrivit på anbudssidan (${typed}\u00a0%) skiljer sig från indikatorn ASF-07 (${actual}\u00a0%, ${eligibility.indicator.periodLabel}). Rapporten använder indikatorns värde. Rätta eller töm andelen på anbudssidan.`,
        en: `The share you typed on the tender page (${typed}%) differs from the indicator ASF-07 (${actual}%, ${eligibility.indicator.periodLabel}). The report uses the indicator's value. Correct or clear the share on the tender page.`,
      },
      fix: { area: "tender" },
    });
  }
  if (options.template === "tender" && share !== undefined && share < RESERVED_SHARE_THRESHOLD) {
    items.push({
      code: "tender-share-below-threshold",
      severity: "advisory",
      message: {
        sv: "Andelen sysselsatta från målgrupperna (ASF-07) är under 30 %, så villkoret för reserverad upphandling är inte uppfyllt.",
        en: "The share of people occupied from the target groups (ASF-07) is below 30%, so the reserved-procurement condition is not met.",
      },
      fix: { area: "tender" },
    });
  }

  return [...items.filter((i) => i.severity === "blocking"), ...items.filter((i) => i.severity === "advisory")];
}

/** True when nothing blocks publishing. */
export function canPublish(items: QualityItem[]): boolean {
  return items.every((i) => i.severity !== "blocking");
}
