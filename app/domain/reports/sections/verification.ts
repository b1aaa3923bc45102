import type { ReportSectionBuilder } from "./context";

/** Verification: how many indicators have a baseline, a data source and evidence attached. */
export const verificationSection: ReportSectionBuilder<"verification"> = {
  key: "verification",
  build: ({ indicators, t }) => {
    const outcomeInds = indicators.filter((i) => i.level === "outcome" || i.level === "impact");
    const withBaseline = outcomeInds.filter((i) => i.baseline).length;
    const withEvidence = indicators.filter((i) => i.evidenceCount > 0).length;
    const withSource = indicators.filter((i) => i.dataSource.trim()).length;
    return [
      {
        type: "paragraph",
        text: t.verification.summary(withBaseline, outcomeInds.length, withSource, indicators.length, withEvidence),
      },
    ];
  },
};
