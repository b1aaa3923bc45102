import { computeAttainment } from "~/domain/indicators/attainment";
import { ratioRange } from "~/domain/sroi/key-figures";
import { qualityCheck } from "../quality-check";
import type { KeyFigure, ReportAssumption, SourceIndicator, SourceSroi } from "../types";
import { latestBy, type Comparison, type ReportFacts, type SectionContext } from "./context";

type FactsContext = Omit<SectionContext, keyof ReportFacts>;

/**
 * What the sections share, worked out once and in a fixed order (so the model's key figures keep
 * their order): the included indicators, their latest actual against target with the attainment of
 * `computeAttainment`, the indicator key figures, the advisory quality notes, the SROI key figures
 * and the assumptions list of the appendix.
 */
export function reportFacts(ctx: FactsContext): ReportFacts {
  const { source, options, forecast, t, f } = ctx;
  const wanted = options.indicatorIds ? new Set(options.indicatorIds) : null;
  const indicators = source.indicators.filter((i) => !wanted || wanted.has(i.id));
  const actualsOf = (i: SourceIndicator) => (forecast ? [] : i.actuals);
  const indLabel = (i: SourceIndicator): string => (i.code ? `${i.code} ${i.name}` : i.name);

  const comparisons: Comparison[] = [];
  for (const ind of indicators) {
    const latest = latestBy(actualsOf(ind));
    if (!latest) continue;
    const target = ind.targets.find((x) => x.period === latest.period) ?? latestBy(ind.targets);
    comparisons.push({
      ind,
      period: latest.period,
      periodLabel: latest.periodLabel,
      actual: latest.value,
      target: target ? target.value : null,
      attainment: computeAttainment({
        baseline: ind.baseline?.value ?? null,
        target: target?.value ?? null,
        actual: latest.value,
        direction: ind.direction,
      }),
      n: latest.n,
      note: latest.note,
    });
  }

  const indicatorFigureIds: string[] = [];
  for (const ind of indicators) {
    const c = comparisons.find((x) => x.ind === ind);
    if (c) {
      const noteParts: string[] = [];
      if (ind.baseline) noteParts.push(t.indicatorFigures.baselineNote(f.indValue(ind.baseline.value, ind.unit)));
      if (c.target !== null) noteParts.push(t.indicatorFigures.targetNote(f.indValue(c.target, ind.unit)));
      const fig: KeyFigure = {
        id: `ind-${ind.id}`,
        label: ind.name,
        value: c.actual,
        unit: "indicator",
        formatted: f.indValue(c.actual, ind.unit),
        period: c.periodLabel,
      };
      if (c.n !== undefined) fig.n = c.n;
      if (noteParts.length) {
        const note = noteParts.join(", ");
        fig.note = note.charAt(0).toUpperCase() + note.slice(1);
      }
      indicatorFigureIds.push(ctx.addFigure(fig));
    } else if (forecast) {
      const target = latestBy(ind.targets);
      if (!target) continue;
      const fig: KeyFigure = {
        id: `ind-${ind.id}`,
        label: ind.name,
        value: target.value,
        unit: "indicator",
        formatted: t.indicatorFigures.target(f.indValue(target.value, ind.unit)),
        period: target.period,
      };
      if (ind.baseline) fig.note = t.indicatorFigures.baselineNote(f.indValue(ind.baseline.value, ind.unit));
      indicatorFigureIds.push(ctx.addFigure(fig));
    }
  }
  const outcomeFigureIds = indicatorFigureIds.filter((id) => {
    const ind = indicators.find((i) => `ind-${i.id}` === id);
    return ind && (ind.level === "outcome" || ind.level === "impact");
  });
  const outputFigureIds = indicatorFigureIds.filter((id) => !outcomeFigureIds.includes(id));

  // Advisory items only; blocking ones stop publishing elsewhere.
  const qualityNotes = qualityCheck(source, { template: options.template, locale: ctx.locale })
    .filter((q) => q.severity === "advisory")
    .map((q) => ({ code: q.code, message: q.message }));

  const sroi = source.sroi;
  const range = sroi ? ratioRange(sroi.result) : null;
  const proxyText = (o: SourceSroi["outcomes"][number]): string => {
    const value = f.sek(o.proxyValue);
    return o.placeholder ? t.sroiFigures.illustrative(value) : value;
  };
  const proxySourceText = (o: SourceSroi["outcomes"][number]): string => {
    if (o.placeholder) return t.sroiFigures.illustrativeSource;
    const parts = [o.proxySource?.trim(), o.proxyYear ? String(o.proxyYear) : undefined].filter(Boolean);
    return parts.length ? parts.join(", ") : f.dash;
  };

  const assumptions: ReportAssumption[] = [];
  if (sroi) {
    addSroiFigures(ctx, sroi, range);
    assumptions.push({
      id: "discount-rate",
      label: t.words.discountRate,
      value: f.pctInput(sroi.discountRate),
      raw: sroi.discountRate,
    });
    sroi.outcomes.forEach((o, i) => {
      assumptions.push({
        id: `proxy-${i}`,
        label: t.sroiFigures.proxyAssumption(o.label),
        value: proxyText(o),
        raw: o.proxyValue,
        source: proxySourceText(o),
      });
      for (const d of deductionsOf(ctx, o)) {
        const a: ReportAssumption = {
          id: `${d.id}-${i}`,
          label: `${d.name}: ${o.label}`,
          value: f.pctInput(d.value),
          raw: d.value,
        };
        if (d.why?.trim()) a.justification = d.why.trim();
        assumptions.push(a);
      }
    });
  }
  for (const [i, node] of source.impactChain.entries()) {
    if (node.assumption?.trim()) {
      assumptions.push({
        id: `chain-${i}`,
        label: `${f.levelName(node.level)}: ${node.text}`,
        value: "",
        justification: node.assumption.trim(),
      });
    }
  }
  if (source.finances?.volunteerHourValue !== undefined) {
    assumptions.push({
      id: "volunteer-hour-value",
      label: t.sroiFigures.volunteerHourValue,
      value: f.sek(source.finances.volunteerHourValue),
      raw: source.finances.volunteerHourValue,
    });
  }

  return {
    indicators,
    actualsOf,
    indLabel,
    comparisons,
    outcomeFigureIds,
    outputFigureIds,
    qualityNotes,
    sroi,
    range,
    proxyText,
    proxySourceText,
    assumptions,
  };
}

/** One outcome's deductions (drop-off only when the outcome lasts more than a year), in a fixed order. */
export function deductionsOf(
  ctx: Pick<SectionContext, "t">,
  o: SourceSroi["outcomes"][number],
): {
  id: "deadweight" | "displacement" | "attribution" | "drop-off";
  short: "dw" | "ds" | "at" | "do";
  name: string;
  value: number;
  why: string | undefined;
}[] {
  const d = ctx.t.deductions;
  const all = [
    { id: "deadweight", short: "dw", name: d.deadweight, value: o.deadweight, why: o.justifications?.deadweight },
    {
      id: "displacement",
      short: "ds",
      name: d.displacement,
      value: o.displacement,
      why: o.justifications?.displacement,
    },
    { id: "attribution", short: "at", name: d.attribution, value: o.attribution, why: o.justifications?.attribution },
    { id: "drop-off", short: "do", name: d.dropOff, value: o.dropOff, why: o.justifications?.dropOff },
  ] as const;
  return all.filter((x) => !(x.id === "drop-off" && o.durationYears <= 1));
}

/** The SROI key figures; the ratio only with its sensitivity range (§5.4). */
function addSroiFigures(ctx: FactsContext, sroi: SourceSroi, range: { low: number; high: number } | null): void {
  const { t, f, forecast } = ctx;
  const r = sroi.result;
  const forecastWord = sroi.kind === "forecast" || forecast ? t.sroiFigures.forecastSuffix : "";
  if (range) {
    ctx.addFigure({
      id: "sroi-ratio",
      label: t.sroiFigures.ratio + forecastWord,
      value: r.ratio,
      unit: "ratio",
      formatted: f.ratio(r.ratio),
      range: { low: range.low, high: range.high, formatted: `${f.ratioNum(range.low)}–${f.ratioNum(range.high)}` },
    });
  }
  ctx.addFigure({
    id: "sroi-present-value",
    label: t.sroiFigures.presentValue,
    value: r.presentValue,
    unit: "SEK",
    formatted: f.sek(r.presentValue),
  });
  ctx.addFigure({
    id: "sroi-inputs",
    label: t.sroiFigures.inputs,
    value: r.totalInputs,
    unit: "SEK",
    formatted: f.sek(r.totalInputs),
  });
  ctx.addFigure({
    id: "sroi-npv",
    label: t.sroiFigures.npv,
    value: r.netPresentValue,
    unit: "SEK",
    formatted: f.sek(r.netPresentValue),
  });
  ctx.addFigure({
    id: "sroi-payback",
    label: t.sroiFigures.payback,
    value: r.paybackMonths,
    unit: "months",
    formatted: r.paybackMonths === null ? f.dash : t.sroiFigures.paybackMonths(f.num(r.paybackMonths, 1)),
  });
  ctx.addFigure({
    id: "sroi-discount-rate",
    label: t.words.discountRate,
    value: sroi.discountRate,
    unit: "share",
    formatted: f.pctInput(sroi.discountRate),
  });
}
