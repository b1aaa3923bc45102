import type { ReportModelMessages } from "~/i18n/sv/report-model";
import type { Locale } from "~/i18n/types";
import { formatDate, formatNumber, formatPercent, formatRatio, formatSek } from "~/utils/format";
import type { ReportSource, ReportTable } from "../types";
import type { ReportFormat, ReportRegistry, TableKit } from "./context";

const NBSP = "\u00a0";

/** Formatting helpers in the report's locale. */
export function reportFormat(locale: Locale, t: ReportModelMessages, source: ReportSource): ReportFormat {
  const sek = (v: number): string => formatSek(v, locale);
  const num = (v: number, digits = 2): string => formatNumber(v, locale, digits);
  return {
    sek,
    num,
    pct: (fraction, digits = 0) => formatPercent(fraction, locale, digits),
    pctInput: (fraction) => formatPercent(fraction, locale, 1),
    ratioNum: (v) => formatNumber(v, locale, 2, 2),
    ratio: (v) => formatRatio(v, locale),
    indValue: (v, unit) => {
      const u = unit.trim();
      if (u === "%") return `${num(v, 1)}${NBSP}%`;
      if (u === "kr" || u.toUpperCase() === "SEK") return sek(v);
      return u ? `${num(v)}${NBSP}${u}` : num(v);
    },
    levelName: (l) => t.chainLevels[l],
    evidenceName: (e) => t.evidenceLevels.name(e, t.evidenceLevels[e]),
    periodLabel: `${formatDate(source.accounting.periodStart, locale)} – ${formatDate(source.accounting.periodEnd, locale)}`,
    dash: "–",
  };
}

/** Table cells; empty text shows as a dash. */
export function tableKit(dash: string): TableKit {
  return {
    col: (key, label, align = "left") => ({ key, label, align }),
    txt: (text) => ({ text: text && text.trim() ? text : dash }),
    blank: () => ({ text: "" }),
    numCell: (value, text) => (value === null || value === undefined ? { text: dash, value: null } : { text, value }),
    row: (key, cells, total = false) => (total ? { key, cells, total } : { key, cells }),
  };
}

/** Empty registries for key figures, tables and charts (insertion order is the model's order). */
export function reportRegistry(): ReportRegistry {
  const registry: ReportRegistry = {
    keyFigures: new Map(),
    tables: new Map(),
    charts: new Map(),
    addFigure: (f) => {
      registry.keyFigures.set(f.id, f);
      return f.id;
    },
    addTable: (table: ReportTable) => {
      if (table.note === undefined) delete table.note;
      registry.tables.set(table.id, table);
      return table.id;
    },
    addChart: (c) => {
      registry.charts.set(c.id, c);
      return c.id;
    },
  };
  return registry;
}

/** The non-breaking space between a number and its unit. */
export { NBSP };
