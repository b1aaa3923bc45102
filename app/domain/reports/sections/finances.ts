import type { ReportBlock, TableCell, TableRow } from "../types";
import type { ReportSectionBuilder } from "./context";

/** Finances: budget (and actual outside a forecast) per cost item, co-financing and volunteer time. */
export const financesSection: ReportSectionBuilder<"finances"> = {
  key: "finances",
  build: ({ source, forecast, t, f, table: { col, row, txt, numCell }, addTable, addFigure }) => {
    const fin = source.finances;
    if (!fin) return [];
    const m = t.finances;
    const blocks: ReportBlock[] = [];
    const budget = fin.rows.reduce((s, r) => s + r.budget, 0);
    const hasActual = !forecast && fin.rows.some((r) => r.actual !== null);
    const actual = fin.rows.reduce((s, r) => s + (r.actual ?? 0), 0);
    const columns = [col("item", m.costItem), col("budget", m.budget, "right")];
    if (hasActual) columns.push(col("actual", m.actual, "right"), col("difference", m.difference, "right"));
    const finRow = (key: string, item: string, b: number, a: number | null, total = false): TableRow => {
      const cells: Record<string, TableCell> = { item: txt(item), budget: { text: f.sek(b), value: b } };
      if (hasActual) {
        cells.actual = numCell(a, a === null ? f.dash : f.sek(a));
        cells.difference = numCell(a === null ? null : a - b, a === null ? f.dash : f.sek(a - b));
      }
      return row(key, cells, total);
    };
    addTable({
      id: "finances",
      title: hasActual ? m.titleWithActual : m.titleBudget,
      columns,
      rows: [
        ...fin.rows.map((r, i) => finRow(`f${i}`, r.item, r.budget, r.actual)),
        finRow("total", t.words.total, budget, hasActual ? actual : null, true),
      ],
    });
    blocks.push({ type: "table", tableId: "finances" });
    const figureIds: string[] = [];
    const total = hasActual ? actual : budget;
    figureIds.push(
      addFigure({
        id: "fin-total",
        label: hasActual ? m.costsActual : m.costsBudget,
        value: total,
        unit: "SEK",
        formatted: f.sek(total),
      }),
    );
    if (fin.coFinancing?.length) {
      const co = fin.coFinancing.reduce((s, c) => s + c.amount, 0);
      addTable({
        id: "co-financing",
        title: m.coFinancing,
        columns: [col("source", m.from), col("amount", m.amount, "right")],
        rows: [
          ...fin.coFinancing.map((c, i) =>
            row(`c${i}`, { source: txt(c.source), amount: { text: f.sek(c.amount), value: c.amount } }),
          ),
          row("total", { source: txt(t.words.total), amount: { text: f.sek(co), value: co } }, true),
        ],
      });
      blocks.push({ type: "table", tableId: "co-financing" });
      if (total > 0) {
        figureIds.push(
          addFigure({
            id: "fin-co-financing-share",
            label: m.coFinancingShare,
            value: co / total,
            unit: "share",
            formatted: f.pct(co / total),
          }),
        );
      }
    }
    if (fin.volunteerHours !== undefined) {
      figureIds.push(
        addFigure({
          id: "fin-volunteer-hours",
          label: m.volunteerHours,
          value: fin.volunteerHours,
          unit: "count",
          formatted: m.hours(f.num(fin.volunteerHours, 0)),
        }),
      );
      if (fin.volunteerHourValue !== undefined) {
        const v = fin.volunteerHours * fin.volunteerHourValue;
        figureIds.push(
          addFigure({
            id: "fin-volunteer-value",
            label: m.volunteerValue,
            value: v,
            unit: "SEK",
            formatted: f.sek(v),
            note: `${f.num(fin.volunteerHours, 0)} × ${f.sek(fin.volunteerHourValue)}`,
          }),
        );
      }
    }
    blocks.push({ type: "key-figures", ids: figureIds });
    return blocks;
  },
};
