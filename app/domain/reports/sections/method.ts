import type { ReportBlock } from "../types";
import type { ReportSectionBuilder } from "./context";

/** Method: method, purpose, period and scope, the stakeholders and how they were heard, advisory limitations. */
export const methodSection: ReportSectionBuilder<"method"> = {
  key: "method",
  build: ({ source, t, f, table: { col, row, txt, numCell }, addTable, qualityNotes }) => {
    const a = source.accounting;
    const m = t.method;
    const lines = [
      m.method(a.method.name),
      a.purpose.trim() ? m.purpose(a.purpose.trim()) : "",
      m.period(f.periodLabel),
      a.scope?.trim() ? m.scope(a.scope.trim()) : "",
    ].filter(Boolean);
    const blocks: ReportBlock[] = [{ type: "paragraph", text: lines.join("\n") }];
    if (source.stakeholders.length) {
      addTable({
        id: "stakeholders",
        title: m.stakeholdersTitle,
        columns: [
          col("name", t.words.stakeholder),
          col("size", t.words.number, "right"),
          col("involvement", m.involvement),
          col("change", m.whatChanges),
        ],
        rows: source.stakeholders.map((s, i) =>
          row(`s${i}`, {
            name: txt(s.name),
            size: numCell(s.size, s.size == null ? f.dash : f.num(s.size, 0)),
            involvement: txt(s.involvement),
            change: txt(s.whatChanges),
          }),
        ),
      });
      blocks.push({ type: "table", tableId: "stakeholders" });
    }
    if (qualityNotes.length) {
      blocks.push({ type: "paragraph", text: m.limitations });
      blocks.push({ type: "list", items: qualityNotes.map((q) => q.message) });
    }
    return blocks;
  },
};
