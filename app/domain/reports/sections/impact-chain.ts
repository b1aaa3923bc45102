import type { ChainLevel, ReportBlock } from "../types";
import type { ReportSectionBuilder } from "./context";

const CHAIN_LEVELS: ChainLevel[] = ["input", "activity", "output", "outcome", "impact"];

/** Impact chain: the chain from inputs to impact with its assumptions, and the outcomes with their indicators. */
export const impactChainSection: ReportSectionBuilder<"impact-chain"> = {
  key: "impact-chain",
  build: ({ source, t, f, table: { col, row, txt }, addTable, indLabel }) => {
    const blocks: ReportBlock[] = [];
    const m = t.impactChain;
    const nodes = CHAIN_LEVELS.flatMap((level) => source.impactChain.filter((n) => n.level === level));
    if (nodes.length) {
      addTable({
        id: "impact-chain",
        title: m.tableTitle,
        columns: [col("level", t.words.level), col("text", m.description), col("assumption", t.words.assumption)],
        rows: nodes.map((n) => {
          const i = source.impactChain.indexOf(n);
          return row(`c${i}`, { level: txt(f.levelName(n.level)), text: txt(n.text), assumption: txt(n.assumption) });
        }),
      });
      blocks.push({ type: "table", tableId: "impact-chain" });
    }
    if (source.outcomes.length) {
      const names = new Map(source.indicators.map((i) => [i.id, indLabel(i)]));
      addTable({
        id: "outcomes",
        title: m.outcomesTitle,
        columns: [
          col("outcome", t.words.outcome),
          col("stakeholder", t.words.stakeholder),
          col("indicators", m.indicators),
        ],
        rows: source.outcomes.map((o) =>
          row(o.id, {
            outcome: txt(o.label),
            stakeholder: txt(o.stakeholder),
            indicators: txt(
              o.indicatorIds
                .map((id) => names.get(id))
                .filter(Boolean)
                .join("; ") || m.noIndicator,
            ),
          }),
        ),
      });
      blocks.push({ type: "table", tableId: "outcomes" });
    }
    return blocks;
  },
};
