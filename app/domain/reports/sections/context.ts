import type { Attainment } from "~/domain/indicators/attainment";
import type { ReportModelMessages } from "~/i18n/sv/report-model";
import type { Locale } from "~/i18n/types";
import type { ReportTemplateDefinition } from "../templates";
import type {
  BuildReportOptions,
  ChainLevel,
  EvidenceLevel,
  KeyFigure,
  ReportAssumption,
  ReportBlock,
  ReportChart,
  ReportQualityNote,
  ReportSource,
  ReportTable,
  SectionKey,
  SourceIndicator,
  SourceSroi,
  TableCell,
  TableColumn,
  TableRow,
} from "../types";

/** Formatting in the report's locale. */
export interface ReportFormat {
  sek: (v: number) => string;
  num: (v: number, digits?: number) => string;
  /** Computed shares (attainment, co-financing, ASF-07, break-even values): whole percent. */
  pct: (fraction: number, digits?: number) => string;
  /** Shares the user entered (discount rate, deductions): as entered, at most one decimal. */
  pctInput: (fraction: number) => string;
  /** A ratio with two decimals, without the "kr per krona" words. */
  ratioNum: (v: number) => string;
  /** The ratio with its words ("1,25 kr per investerad krona"). */
  ratio: (v: number) => string;
  /** A value in an indicator's unit ("%", "kr", "personer" …). */
  indValue: (v: number, unit: string) => string;
  levelName: (l: ChainLevel) => string;
  evidenceName: (e: EvidenceLevel) => string;
  /** "1 jan. 2025 – 31 dec. 2025" */
  periodLabel: string;
  dash: string;
}

/** Table cells and rows. */
export interface TableKit {
  col: (key: string, label: string, align?: "left" | "right") => TableColumn;
  /** Text, or a dash when empty. */
  txt: (text: string | undefined | null) => TableCell;
  blank: () => TableCell;
  numCell: (value: number | null | undefined, text: string) => TableCell;
  row: (key: string, cells: Record<string, TableCell>, total?: boolean) => TableRow;
}

/** One indicator's latest actual against its target. */
export interface Comparison {
  ind: SourceIndicator;
  period: string;
  periodLabel: string;
  actual: number;
  target: number | null;
  /** `computeAttainment` of the indicator (the one formula); no-data without a target. */
  attainment: Attainment;
  n?: number;
  note?: string;
}

/** What the sections share, worked out once before any section is built. */
export interface ReportFacts {
  /** The indicators the report includes (options.indicatorIds), in source order. */
  indicators: SourceIndicator[];
  /** Actuals as the template sees them (none in a forecast). */
  actualsOf: (i: SourceIndicator) => SourceIndicator["actuals"];
  indLabel: (i: SourceIndicator) => string;
  comparisons: Comparison[];
  outcomeFigureIds: string[];
  outputFigureIds: string[];
  qualityNotes: ReportQualityNote[];
  sroi: SourceSroi | undefined;
  /** The SROI ratio's sensitivity range; null without a sensitivity analysis. */
  range: { low: number; high: number } | null;
  proxyText: (o: SourceSroi["outcomes"][number]) => string;
  proxySourceText: (o: SourceSroi["outcomes"][number]) => string;
  assumptions: ReportAssumption[];
}

/** Collects the key figures, tables and charts the sections make, in the order they are made. */
export interface ReportRegistry {
  keyFigures: Map<string, KeyFigure>;
  tables: Map<string, ReportTable>;
  charts: Map<string, ReportChart>;
  addFigure: (f: KeyFigure) => string;
  addTable: (t: ReportTable) => string;
  addChart: (c: ReportChart) => string;
}

/** The typed context every section builder takes. */
export interface SectionContext extends ReportRegistry, ReportFacts {
  source: ReportSource;
  options: BuildReportOptions;
  locale: Locale;
  def: ReportTemplateDefinition;
  forecast: boolean;
  /** The report's text in its locale (app/i18n/<locale>/report-model.ts). */
  t: ReportModelMessages;
  f: ReportFormat;
  table: TableKit;
}

/** A section: its key and the blocks it builds from the context (registering figures, tables, charts). */
export interface ReportSectionBuilder<K extends SectionKey = SectionKey> {
  key: K;
  build: (ctx: SectionContext) => ReportBlock[];
}

/** Latest item by period key (period keys such as "2025" or "2025-H1" sort as text). */
export function latestBy<T extends { period: string }>(items: T[]): T | undefined {
  let best: T | undefined;
  for (const item of items) if (!best || item.period.localeCompare(best.period) > 0) best = item;
  return best;
}
