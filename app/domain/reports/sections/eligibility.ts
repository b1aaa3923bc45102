import { eligibilityShare } from "../eligibility";
import { RESERVED_SHARE_THRESHOLD } from "../quality-check";
import type { ReportBlock, TableRow } from "../types";
import type { ReportSectionBuilder } from "./context";
import { registeredText } from "./organisation";

/**
 * Eligibility for reserved procurement (LOU 4 kap. 18 §, 19 kap. 25 a §): the ASF-07 share against
 * the 30 % condition and the idea-based register. The ASF-07 indicator's latest actual wins over a
 * typed share, so the report states one figure.
 */
export const eligibilitySection: ReportSectionBuilder<"eligibility"> = {
  key: "eligibility",
  build: ({ source, t, f, table: { col, row, txt }, addTable, addFigure }) => {
    const e = source.tender?.reservedEligibility;
    if (!e) return [];
    const m = t.eligibility;
    const rows: TableRow[] = [];
    const ids: string[] = [];
    const eligibility = eligibilityShare(source);
    if (eligibility) {
      const share = eligibility.share;
      const met = share >= RESERVED_SHARE_THRESHOLD;
      const origin = eligibility.indicator ? m.fromIndicator(eligibility.indicator.periodLabel) : m.fromTender;
      ids.push(
        addFigure({
          id: "tender-share",
          label: m.share,
          value: share,
          unit: "share",
          formatted: f.pct(share),
          note: `${met ? m.conditionMet : m.conditionNotMet} ${origin}`,
        }),
      );
      rows.push(
        row("share", {
          fact: txt(m.share),
          value: {
            text: `${f.pct(share)} (${eligibility.indicator ? m.originIndicator : m.originTender})`,
            value: share,
          },
          rule: txt(m.shareRule),
          met: txt(met ? t.words.met : t.words.notMet),
        }),
      );
    }
    const registered = e.registeredIdeaBased ?? source.organisation.registeredIdeaBased;
    if (registered !== undefined) {
      const number = e.registerNumber ?? source.organisation.registerNumber;
      rows.push(
        row("register", {
          fact: txt(m.registered),
          value: txt(registeredText(t, registered, number)),
          rule: txt(m.registerRule),
          met: txt(registered ? t.words.met : t.words.notMet),
        }),
      );
    }
    if (!rows.length) return [];
    addTable({
      id: "eligibility",
      title: m.tableTitle,
      columns: [col("fact", t.words.item), col("value", t.words.value), col("rule", m.condition), col("met", m.status)],
      rows,
    });
    const blocks: ReportBlock[] = [];
    if (ids.length) blocks.push({ type: "key-figures", ids });
    blocks.push({ type: "table", tableId: "eligibility" });
    return blocks;
  },
};
