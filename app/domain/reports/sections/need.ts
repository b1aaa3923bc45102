import type { ReportSectionBuilder } from "./context";

/** Need and target group: the stakeholders as target groups, with their size and what should change. */
export const needSection: ReportSectionBuilder<"need"> = {
  key: "need",
  build: ({ source, t, f, table: { col, row, txt, numCell }, addTable }) => {
    if (source.stakeholders.length === 0) return [];
    addTable({
      id: "target-groups",
      title: t.need.tableTitle,
      columns: [
        col("name", t.need.targetGroup),
        col("size", t.words.number, "right"),
        col("change", t.need.whatShouldChange),
      ],
      rows: source.stakeholders.map((s, i) =>
        row(`s${i}`, {
          name: txt(s.name),
          size: numCell(s.size, s.size == null ? f.dash : f.num(s.size, 0)),
          change: txt(s.whatChanges),
        }),
      ),
    });
    return [{ type: "table", tableId: "target-groups" }];
  },
};
