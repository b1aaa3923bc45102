import type { ReportBlock } from "../types";
import type { ReportSectionBuilder } from "./context";

/** Summary: one sentence on who reports what, and up to six headline figures (built last: it reuses the others). */
export const summarySection: ReportSectionBuilder<"summary"> = {
  key: "summary",
  build: ({ source, t, f, keyFigures, sroi, outcomeFigureIds, outputFigureIds }) => {
    const ids = [
      ...(keyFigures.has("sroi-ratio") ? ["sroi-ratio"] : []),
      ...(sroi ? ["sroi-present-value"] : []),
      ...(source.socioeconomic ? ["socio-public-total"] : []),
      ...outcomeFigureIds.slice(0, 3),
      ...outputFigureIds.slice(0, 2),
    ].slice(0, 6);
    const blocks: ReportBlock[] = [
      {
        type: "paragraph",
        text: t.summary.intro(
          source.organisation.name,
          source.accounting.title.trim(),
          f.periodLabel,
          source.accounting.method.name,
        ),
      },
    ];
    if (ids.length) blocks.push({ type: "key-figures", ids });
    return blocks;
  },
};
