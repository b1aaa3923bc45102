import type { ReportSectionBuilder } from "./context";

/** Stories: quotes with consent only (a story without consent never reaches the model). */
export const storiesSection: ReportSectionBuilder<"stories"> = {
  key: "stories",
  build: ({ source, t }) => {
    const consented = source.stories.filter((s) => s.consent && s.quote.trim());
    if (consented.length === 0) return [{ type: "paragraph", text: t.stories.none }];
    return consented.map((s) => ({ type: "quote", quote: s.quote.trim(), who: s.who.trim() }));
  },
};
