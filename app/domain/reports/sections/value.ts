import type { ReportBlock, SourceSocioeconomic, SourceSroi, TableCell, TableRow } from "../types";
import { deductionsOf } from "./facts";
import { NBSP } from "./kit";
import type { ReportSectionBuilder, SectionContext } from "./context";

/**
 * Value: the SROI calculation (§5: inputs, outcomes, value per year and per stakeholder, the
 * sensitivity analysis and the deductions with their justification) and the socio-economic account
 * per actor (§6). Built first: the summary shows its figures.
 */
export const valueSection: ReportSectionBuilder<"value"> = {
  key: "value",
  build: (ctx) => [
    ...(ctx.sroi ? sroiBlocks(ctx, ctx.sroi) : []),
    ...(ctx.source.socioeconomic ? socioeconomicBlocks(ctx, ctx.source.socioeconomic) : []),
  ],
};

function sroiBlocks(ctx: SectionContext, sroi: SourceSroi): ReportBlock[] {
  const { t, f, forecast, range, keyFigures, addTable, addChart, proxyText } = ctx;
  const { col, row, txt, blank } = ctx.table;
  const m = t.value;
  const r = sroi.result;
  const blocks: ReportBlock[] = [];
  blocks.push({
    type: "paragraph",
    text: m.sroiIntro(sroi.kind === "forecast" || forecast, f.pctInput(sroi.discountRate)),
  });
  if (!range) blocks.push({ type: "paragraph", text: m.noRange });
  blocks.push({
    type: "key-figures",
    ids: ["sroi-ratio", "sroi-present-value", "sroi-inputs", "sroi-npv", "sroi-payback", "sroi-discount-rate"].filter(
      (id) => keyFigures.has(id),
    ),
  });
  addTable({
    id: "sroi-inputs",
    title: m.inputsTitle,
    columns: [col("input", m.input), col("amount", t.words.value, "right")],
    rows: [
      ...sroi.inputs.map((inp, i) =>
        row(`i${i}`, {
          input: txt(inp.note ? `${inp.label} (${inp.note})` : inp.label),
          amount: { text: f.sek(inp.amount), value: inp.amount },
        }),
      ),
      row("total", { input: txt(t.words.total), amount: { text: f.sek(r.totalInputs), value: r.totalInputs } }, true),
    ],
  });
  blocks.push({ type: "table", tableId: "sroi-inputs" });
  const firstYearTotal = r.outcomes.reduce((s, o) => s + o.firstYearImpact, 0);
  addTable({
    id: "sroi-outcomes",
    title: m.outcomesTitle,
    columns: [
      col("outcome", t.words.outcome),
      col("stakeholder", t.words.stakeholder),
      col("proxy", m.proxyPerUnit, "right"),
      col("first", m.firstYear, "right"),
      col("pv", m.presentValue, "right"),
    ],
    rows: [
      ...r.outcomes.map((o, i) => {
        const src = sroi.outcomes.find((x) => x.label === o.label);
        return row(`o${i}`, {
          outcome: txt(o.label),
          stakeholder: txt(o.stakeholder ?? src?.stakeholder),
          proxy: src ? { text: proxyText(src), value: src.proxyValue } : { text: f.dash, value: null },
          first: { text: f.sek(o.firstYearImpact), value: o.firstYearImpact },
          pv: { text: f.sek(o.presentValue), value: o.presentValue },
        });
      }),
      row(
        "total",
        {
          outcome: txt(t.words.total),
          stakeholder: blank(),
          proxy: blank(),
          first: { text: f.sek(firstYearTotal), value: firstYearTotal },
          pv: { text: f.sek(r.presentValue), value: r.presentValue },
        },
        true,
      ),
    ],
    note: sroi.outcomes.some((o) => o.placeholder) ? m.illustrativeNote : undefined,
  });
  blocks.push({ type: "table", tableId: "sroi-outcomes" });
  if (r.years.length) {
    addChart({
      id: "sroi-by-year",
      kind: "sroi-by-year",
      title: m.byYearChart,
      unit: "SEK",
      data: r.years.map((y) => ({ year: y.year, value: y.value, presentValue: y.presentValue })),
    });
    blocks.push({ type: "chart", chartId: "sroi-by-year" });
  }
  const byStakeholder = new Map<string, number>();
  for (const o of r.outcomes) {
    const name = o.stakeholder ?? sroi.outcomes.find((x) => x.label === o.label)?.stakeholder ?? m.otherStakeholders;
    byStakeholder.set(name, (byStakeholder.get(name) ?? 0) + o.presentValue);
  }
  if (byStakeholder.size) {
    addChart({
      id: "sroi-by-stakeholder",
      kind: "sroi-by-stakeholder",
      title: m.byStakeholderChart,
      unit: "SEK",
      data: [...byStakeholder].map(([stakeholder, presentValue]) => ({ stakeholder, presentValue })),
    });
    blocks.push({ type: "chart", chartId: "sroi-by-stakeholder" });
  }
  if (r.sensitivity.length) {
    const switching = (s: (typeof r.sensitivity)[number]): TableCell => {
      if (s.switchingValue === null) return { text: f.dash, value: null };
      const unit = s.unit ?? "share";
      const text =
        unit === "share"
          ? f.pct(s.switchingValue)
          : unit === "SEK"
            ? f.sek(s.switchingValue)
            : unit === "years"
              ? `${f.num(s.switchingValue, 1)}${NBSP}${t.words.yearsUnit}`
              : f.num(s.switchingValue);
      return { text, value: s.switchingValue };
    };
    addTable({
      id: "sroi-sensitivity",
      title: m.sensitivityTitle,
      columns: [
        col("parameter", m.whatChanges),
        col("low", m.ratioLowered, "right"),
        col("high", m.ratioRaised, "right"),
        col("switching", m.breakEven, "right"),
      ],
      rows: r.sensitivity.map((s, i) =>
        row(`p${i}`, {
          parameter: txt(s.parameter),
          low: { text: f.ratioNum(s.low), value: s.low },
          high: { text: f.ratioNum(s.high), value: s.high },
          switching: switching(s),
        }),
      ),
      note: m.sensitivityNote(f.ratio(r.ratio)),
    });
    blocks.push({ type: "table", tableId: "sroi-sensitivity" });
    addChart({
      id: "sensitivity-tornado",
      kind: "sensitivity-tornado",
      title: m.tornadoChart,
      unit: "ratio",
      base: r.ratio,
      data: r.sensitivity.map((s) => ({ parameter: s.parameter, low: s.low, high: s.high })),
    });
    blocks.push({ type: "chart", chartId: "sensitivity-tornado" });
  }
  const deductionRows: TableRow[] = [];
  sroi.outcomes.forEach((o, i) => {
    for (const d of deductionsOf(ctx, o)) {
      deductionRows.push(
        row(`${i}-${d.short}`, {
          outcome: txt(o.label),
          deduction: txt(d.name),
          value: { text: f.pctInput(d.value), value: d.value },
          why: txt(d.why?.trim() || m.noJustification),
        }),
      );
    }
  });
  if (deductionRows.length) {
    addTable({
      id: "sroi-deductions",
      title: m.deductionsTitle,
      columns: [
        col("outcome", t.words.outcome),
        col("deduction", m.deduction),
        col("value", m.share, "right"),
        col("why", m.justification),
      ],
      rows: deductionRows,
    });
    blocks.push({ type: "table", tableId: "sroi-deductions" });
  }
  return blocks;
}

function socioeconomicBlocks(ctx: SectionContext, se: SourceSocioeconomic): ReportBlock[] {
  const { t, f, addFigure, addTable, addChart } = ctx;
  const { col, row, txt, blank } = ctx.table;
  const m = t.value;
  const blocks: ReportBlock[] = [];
  blocks.push({ type: "paragraph", text: m.socioIntro(f.num(se.effectivePersonYears, 1)) });
  addFigure({
    id: "socio-public-total",
    label: m.publicTotal,
    value: se.publicTotal,
    unit: "SEK",
    formatted: f.sek(se.publicTotal),
  });
  addFigure({
    id: "socio-society-total",
    label: m.societyTotal,
    value: se.societyTotal,
    unit: "SEK",
    formatted: f.sek(se.societyTotal),
  });
  addFigure({
    id: "socio-intervention-cost",
    label: m.interventionCost,
    value: se.interventionCost,
    unit: "SEK",
    formatted: f.sek(se.interventionCost),
  });
  addFigure({
    id: "socio-payback-public",
    label: m.paybackPublic,
    value: se.paybackYearsPublic,
    unit: "years",
    formatted: se.paybackYearsPublic === null ? f.dash : `${f.num(se.paybackYearsPublic, 2)} ${t.words.yearsUnit}`,
  });
  blocks.push({
    type: "key-figures",
    ids: ["socio-public-total", "socio-society-total", "socio-intervention-cost", "socio-payback-public"],
  });
  addTable({
    id: "socio-actors",
    title: m.actorsTitle,
    columns: [col("actor", m.actor), col("perPersonYear", m.perPersonYear, "right"), col("total", m.perYear, "right")],
    rows: [
      ...se.actors.map((a) =>
        row(a.key, {
          actor: txt(a.label),
          perPersonYear: { text: f.sek(a.netPerPersonYear), value: a.netPerPersonYear },
          total: { text: f.sek(a.total), value: a.total },
        }),
      ),
      row(
        "public-total",
        {
          actor: txt(m.publicSectorTotal),
          perPersonYear: blank(),
          total: { text: f.sek(se.publicTotal), value: se.publicTotal },
        },
        true,
      ),
    ],
  });
  blocks.push({ type: "table", tableId: "socio-actors" });
  addChart({
    id: "socioeconomic-per-actor",
    kind: "socioeconomic-per-actor",
    title: m.perActorChart,
    unit: "SEK",
    data: se.actors.map((a) => ({ actor: a.key, label: a.label, total: a.total })),
  });
  blocks.push({ type: "chart", chartId: "socioeconomic-per-actor" });
  return blocks;
}
