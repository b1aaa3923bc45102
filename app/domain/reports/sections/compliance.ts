import type { ReportBlock } from "../types";
import type { ReportSectionBuilder } from "./context";

/** The buyer's social requirements (tender): procurement, buyer and how each requirement is met. */
export const complianceSection: ReportSectionBuilder<"compliance"> = {
  key: "compliance",
  build: ({ source, t, table: { col, row, txt }, addTable }) => {
    const tender = source.tender;
    if (!tender || !tender.requirements.length) return [];
    const m = t.compliance;
    const blocks: ReportBlock[] = [];
    if (tender.buyer || tender.procurementTitle) {
      blocks.push({
        type: "paragraph",
        text: [
          tender.procurementTitle ? m.procurement(tender.procurementTitle) : "",
          tender.buyer ? m.buyer(tender.buyer) : "",
        ]
          .filter(Boolean)
          .join(" "),
      });
    }
    addTable({
      id: "compliance",
      title: m.tableTitle,
      columns: [col("requirement", m.requirement), col("how", m.how), col("evidence", t.words.evidence)],
      rows: tender.requirements.map((r, i) =>
        row(`r${i}`, { requirement: txt(r.requirement), how: txt(r.howWeMeetIt), evidence: txt(r.evidence) }),
      ),
    });
    blocks.push({ type: "table", tableId: "compliance" });
    return blocks;
  },
};
