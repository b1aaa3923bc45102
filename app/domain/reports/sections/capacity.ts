import type { ReportSectionBuilder } from "./context";

/** Delivery capacity (tender): the output indicators' key figures. */
export const capacitySection: ReportSectionBuilder<"capacity"> = {
  key: "capacity",
  build: ({ outputFigureIds }) => (outputFigureIds.length ? [{ type: "key-figures", ids: outputFigureIds }] : []),
};
