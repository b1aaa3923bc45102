import type { ReportBlock, TableCell } from "../types";
import { latestBy, type Comparison, type ReportSectionBuilder, type SectionContext } from "./context";

/**
 * Results: in a forecast the indicators with baseline and targets; otherwise baseline, target and
 * latest actual per indicator, promised against achieved (templates that compare them) with the
 * attainment of `computeAttainment`, the attainment chart, and a progress chart per indicator.
 */
export const resultsSection: ReportSectionBuilder<"results"> = {
  key: "results",
  build: (ctx) => {
    const { indicators, forecast, def, t, f, table, addTable, addChart, comparisons, indLabel, actualsOf } = ctx;
    const { col, row, txt, numCell } = table;
    const m = t.results;
    const blocks: ReportBlock[] = [];
    if (indicators.length === 0) return blocks;
    if (forecast) {
      addTable({
        id: "indicators-plan",
        title: m.planTitle,
        columns: [
          col("indicator", t.words.indicator),
          col("baseline", t.words.baseline, "right"),
          col("targets", m.targets),
          col("source", t.words.dataSource),
        ],
        rows: indicators.map((ind) =>
          row(ind.id, {
            indicator: txt(indLabel(ind)),
            baseline: ind.baseline
              ? { text: f.indValue(ind.baseline.value, ind.unit), value: ind.baseline.value }
              : { text: f.dash, value: null },
            targets: txt(
              [...ind.targets]
                .sort((x, y) => x.period.localeCompare(y.period))
                .map((x) => `${x.period}: ${f.indValue(x.value, ind.unit)}`)
                .join("\n"),
            ),
            source: txt(ind.dataSource),
          }),
        ),
      });
      blocks.push({ type: "table", tableId: "indicators-plan" });
    } else {
      addTable({
        id: "indicators-results",
        title: m.resultsTitle,
        columns: [
          col("indicator", t.words.indicator),
          col("baseline", t.words.baseline, "right"),
          col("target", t.words.target, "right"),
          col("actual", m.actual, "right"),
          col("n", "n", "right"),
          col("source", t.words.dataSource),
          col("quality", m.evidenceLevel),
        ],
        rows: indicators.map((ind) => {
          const c = comparisons.find((x) => x.ind === ind);
          const latest = latestBy(ind.actuals);
          return row(ind.id, {
            indicator: txt(indLabel(ind)),
            baseline: ind.baseline
              ? { text: f.indValue(ind.baseline.value, ind.unit), value: ind.baseline.value }
              : { text: f.dash, value: null },
            target:
              c && c.target !== null
                ? { text: f.indValue(c.target, ind.unit), value: c.target }
                : { text: f.dash, value: null },
            actual: c
              ? { text: `${f.indValue(c.actual, ind.unit)} (${c.periodLabel})`, value: c.actual }
              : { text: f.dash, value: null },
            n: numCell(c?.n, c?.n === undefined ? f.dash : f.num(c.n, 0)),
            source: txt(ind.dataSource),
            quality: txt(latest ? f.evidenceName(latest.dataQuality) : undefined),
          });
        }),
      });
      blocks.push({ type: "table", tableId: "indicators-results" });
      if (def.promisedVsAchieved) {
        addTable({
          id: "promised-vs-achieved",
          title: m.promisedTitle,
          columns: [
            col("indicator", t.words.indicator),
            col("period", m.period),
            col("baseline", t.words.baseline, "right"),
            col("promised", m.promised, "right"),
            col("achieved", m.achieved, "right"),
            col("share", m.share, "right"),
            col("comment", m.comment),
          ],
          rows: comparisons.map((c) =>
            row(c.ind.id, {
              indicator: txt(indLabel(c.ind)),
              period: txt(c.periodLabel),
              baseline: c.ind.baseline
                ? { text: f.indValue(c.ind.baseline.value, c.ind.unit), value: c.ind.baseline.value }
                : { text: f.dash, value: null },
              promised:
                c.target === null
                  ? { text: f.dash, value: null }
                  : { text: f.indValue(c.target, c.ind.unit), value: c.target },
              achieved: { text: f.indValue(c.actual, c.ind.unit), value: c.actual },
              share: attainmentCell(ctx, c),
              comment: txt(c.note),
            }),
          ),
          note: m.attainmentNote,
        });
        blocks.push({ type: "table", tableId: "promised-vs-achieved" });
      }
      const attained = comparisons.filter((c) => c.attainment.share !== null);
      if (attained.length && !def.promisedVsAchieved) blocks.push({ type: "paragraph", text: m.attainmentNote });
      if (attained.length) {
        addChart({
          id: "target-attainment",
          kind: "target-attainment",
          title: m.attainmentChart,
          unit: "share",
          data: attained.map((c) => ({
            indicatorId: c.ind.id,
            label: c.ind.name,
            share: Math.max(0, c.attainment.share as number),
          })),
        });
        blocks.push({ type: "chart", chartId: "target-attainment" });
      }
    }
    for (const ind of indicators) {
      const actuals = actualsOf(ind);
      const periods = [...new Set([...ind.targets.map((x) => x.period), ...actuals.map((a) => a.period)])].sort(
        (x, y) => x.localeCompare(y),
      );
      if (periods.length === 0 || (forecast && ind.targets.length === 0)) continue;
      if (!forecast && actuals.length === 0) continue;
      addChart({
        id: `progress-${ind.id}`,
        kind: "indicator-progress",
        title: `${ind.name} (${ind.unit})`,
        unit: ind.unit,
        indicatorId: ind.id,
        data: periods.map((p) => {
          const a = actuals.find((x) => x.period === p);
          const target = ind.targets.find((x) => x.period === p);
          return {
            period: p,
            label: a?.periodLabel ?? p,
            actual: a ? a.value : null,
            target: target ? target.value : null,
            baseline: ind.baseline ? ind.baseline.value : null,
          };
        }),
      });
      blocks.push({ type: "chart", chartId: `progress-${ind.id}` });
    }
    return blocks;
  },
};

/**
 * The attainment cell: the share of the way as a percentage when there is one; otherwise "target
 * reached" or "not reached" (no baseline, or a target equal to the baseline); a dash without a target.
 */
function attainmentCell({ t, f }: SectionContext, c: Comparison): TableCell {
  const a = c.attainment;
  if (a.share !== null) return { text: f.pct(a.share, 0), value: a.share };
  if (a.status === "reached") return { text: t.results.reached, value: null };
  if (a.status === "not-reached") return { text: t.results.notReached, value: null };
  return { text: f.dash, value: null };
}
