import type { ReportBlock } from "../types";
import type { ReportSectionBuilder } from "./context";

/** Appendices: indicator definitions, the SROI value map and every assumption with its source or justification. */
export const appendicesSection: ReportSectionBuilder<"appendices"> = {
  key: "appendices",
  build: ({ indicators, sroi, assumptions, t, f, table: { col, row, txt }, addTable, proxyText, proxySourceText }) => {
    const m = t.appendices;
    const w = t.words;
    const blocks: ReportBlock[] = [];
    if (indicators.length) {
      addTable({
        id: "indicator-definitions",
        title: m.definitionsTitle,
        columns: [
          col("code", m.code),
          col("name", w.indicator),
          col("unit", m.unit),
          col("level", w.level),
          col("direction", m.betterIs),
          col("source", w.dataSource),
          col("evidence", w.evidence, "right"),
        ],
        rows: indicators.map((i) =>
          row(i.id, {
            code: txt(i.code),
            name: txt(i.name),
            unit: txt(i.unit),
            level: txt(f.levelName(i.level)),
            direction: txt(i.direction === "increase" ? m.higher : m.lower),
            source: txt(i.dataSource),
            evidence: { text: m.files(f.num(i.evidenceCount, 0)), value: i.evidenceCount },
          }),
        ),
      });
      blocks.push({ type: "table", tableId: "indicator-definitions" });
    }
    if (sroi?.outcomes.length) {
      addTable({
        id: "sroi-impact-map",
        title: m.valueMapTitle,
        columns: [
          col("outcome", w.outcome),
          col("stakeholder", w.stakeholder),
          col("quantity", m.quantity, "right"),
          col("proxy", w.proxy, "right"),
          col("source", m.sourceAndYear),
          col("dw", t.deductions.deadweight, "right"),
          col("ds", m.displacementShort, "right"),
          col("at", m.attributionShort, "right"),
          col("do", t.deductions.dropOff, "right"),
          col("duration", m.years, "right"),
        ],
        rows: sroi.outcomes.map((o, i) =>
          row(`o${i}`, {
            outcome: txt(o.label),
            stakeholder: txt(o.stakeholder),
            quantity: { text: f.num(o.quantity), value: o.quantity },
            proxy: { text: proxyText(o), value: o.proxyValue },
            source: txt(proxySourceText(o)),
            dw: { text: f.pctInput(o.deadweight), value: o.deadweight },
            ds: { text: f.pctInput(o.displacement), value: o.displacement },
            at: { text: f.pctInput(o.attribution), value: o.attribution },
            do: { text: f.pctInput(o.dropOff), value: o.dropOff },
            duration: { text: f.num(o.durationYears, 0), value: o.durationYears },
          }),
        ),
      });
      blocks.push({ type: "table", tableId: "sroi-impact-map" });
    }
    if (assumptions.length) {
      addTable({
        id: "assumptions",
        title: m.assumptionsTitle,
        columns: [col("label", w.assumption), col("value", w.value, "right"), col("basis", m.basis)],
        rows: assumptions.map((a) =>
          row(a.id, {
            label: txt(a.label),
            value: { text: a.value, value: a.raw ?? null },
            basis: txt(a.source ?? a.justification),
          }),
        ),
      });
      blocks.push({ type: "table", tableId: "assumptions" });
    }
    return blocks;
  },
};
