import type { ReportSectionBuilder } from "./context";

/** Lessons and next steps: the action plan. */
export const lessonsSection: ReportSectionBuilder<"lessons"> = {
  key: "lessons",
  build: ({ source, t, table: { col, row, txt }, addTable }) => {
    if (!source.actionPlan.length) return [];
    const m = t.lessons;
    addTable({
      id: "action-plan",
      title: m.tableTitle,
      columns: [
        col("what", m.what),
        col("goals", m.goals),
        col("how", m.how),
        col("when", m.when),
        col("who", m.who),
        col("measure", m.measure),
      ],
      rows: source.actionPlan.map((a, i) =>
        row(`a${i}`, {
          what: txt(a.what),
          goals: txt(a.goals),
          how: txt(a.how),
          when: txt(a.when),
          who: txt(a.who),
          measure: txt(a.measure),
        }),
      ),
    });
    return [{ type: "table", tableId: "action-plan" }];
  },
};
