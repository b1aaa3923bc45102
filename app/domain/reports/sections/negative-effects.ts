import type { ReportSectionBuilder } from "./context";

/** Negative and unexpected effects: the SROI outcomes with a negative proxy (disbenefits, §5.2). */
export const negativeEffectsSection: ReportSectionBuilder<"negative-effects"> = {
  key: "negative-effects",
  build: ({ sroi, t, f }) => {
    const negatives = sroi?.outcomes.filter((o) => o.proxyValue < 0) ?? [];
    if (!negatives.length) return [];
    return [
      { type: "paragraph", text: t.negativeEffects.intro },
      {
        type: "list",
        items: negatives.map((o) => t.negativeEffects.item(o.label, o.stakeholder, f.sek(o.proxyValue))),
      },
    ];
  },
};
