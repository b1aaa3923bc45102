import type { Locale } from "~/i18n/types";

/**
 * The report model (method guide §10): a JSON-serialisable description of an impact report. Publishing
 * freezes one of these as an immutable snapshot; the web view and the PDF both render from it, so a
 * report a funder reviewed can always be shown again exactly. Numbers are kept raw next to their
 * formatted text, so figures can be compared (diff) and charted without parsing strings.
 */

/** Report variants: bidragsansökan (forecast), bidragsredovisning (promised vs achieved), anbud, årsredovisning. */
export type ReportTemplate = "grant-application" | "grant-report" | "tender" | "annual";

export const REPORT_TEMPLATES: readonly ReportTemplate[] = ["grant-application", "grant-report", "tender", "annual"];

/** Section keys (§10.1, plus the tender additions compliance, eligibility and capacity). */
export type SectionKey =
  | "summary"
  | "organisation"
  | "need"
  | "impact-chain"
  | "method"
  | "results"
  | "value"
  | "stories"
  | "negative-effects"
  | "lessons"
  | "finances"
  | "verification"
  | "compliance"
  | "eligibility"
  | "capacity"
  | "appendices";

export const SECTION_KEYS: readonly SectionKey[] = [
  "summary",
  "organisation",
  "need",
  "impact-chain",
  "method",
  "results",
  "value",
  "stories",
  "negative-effects",
  "lessons",
  "finances",
  "verification",
  "compliance",
  "eligibility",
  "capacity",
  "appendices",
];

/** Levels of the effect chain (§1.1). */
export type ChainLevel = "input" | "activity" | "output" | "outcome" | "impact";

/** Evidence level per measurement on the five-step scale of §10.2 (1 logic described … 5 systems for replication). */
export type EvidenceLevel = 1 | 2 | 3 | 4 | 5;

/** What a figure is measured in; decides formatting and chart axes. */
export type FigureUnit = "SEK" | "ratio" | "share" | "count" | "years" | "months" | "text" | "indicator";

// ---------------------------------------------------------------------------------------------
// Blocks, sections, key figures, tables, charts
// ---------------------------------------------------------------------------------------------

export type ReportBlock =
  | { type: "paragraph"; text: string }
  /** Ids into `ReportModel.keyFigures`. */
  | { type: "key-figures"; ids: string[] }
  /** Id into `ReportModel.tables`. */
  | { type: "table"; tableId: string }
  /** Id into `ReportModel.charts`. */
  | { type: "chart"; chartId: string }
  | { type: "quote"; quote: string; who: string }
  | { type: "list"; items: string[] };

export interface ReportSection {
  key: SectionKey;
  title: string;
  /** The user's own words, plain text; paragraphs separated by blank lines. Empty when none was written. */
  narrative: string;
  /** Generated content, in reading order, shown after the narrative. */
  blocks: ReportBlock[];
}

export interface KeyFigure {
  id: string;
  label: string;
  /** Raw value at full precision; null when there is no number (e.g. payback "–"). */
  value: number | null;
  unit: FigureUnit;
  /** The value formatted for the report's locale, e.g. "1,25 kr per investerad krona". */
  formatted: string;
  /** Sensitivity range (always present for ratios). */
  range?: { low: number; high: number; formatted: string };
  /** Period label and sample size (summary figures carry period and n, §10.1). */
  period?: string;
  n?: number;
  /** Short extra text, e.g. "illustrativt värde" or the range sentence. */
  note?: string;
}

export interface TableColumn {
  key: string;
  label: string;
  align: "left" | "right";
}

export interface TableCell {
  text: string;
  /** Raw number behind the text, when the cell shows one. */
  value?: number | null;
}

export interface TableRow {
  /** Stable key, unique within the table (used by the diff). */
  key: string;
  cells: Record<string, TableCell>;
  /** A totals row, styled in bold. */
  total?: boolean;
}

export interface ReportTable {
  id: string;
  title: string;
  columns: TableColumn[];
  rows: TableRow[];
  note?: string;
}

export interface IndicatorProgressPoint {
  period: string;
  label: string;
  actual: number | null;
  target: number | null;
  baseline: number | null;
}

export type ReportChart =
  | {
      id: string;
      kind: "indicator-progress";
      title: string;
      /** The indicator's own unit, e.g. "%" or "personer". */
      unit: string;
      indicatorId: string;
      data: IndicatorProgressPoint[];
    }
  | {
      id: string;
      kind: "target-attainment";
      title: string;
      unit: "share";
      /** share: 1 = target reached; may exceed 1. */
      data: { indicatorId: string; label: string; share: number }[];
    }
  | {
      id: string;
      kind: "sroi-by-stakeholder";
      title: string;
      unit: "SEK";
      data: { stakeholder: string; presentValue: number }[];
    }
  | {
      id: string;
      kind: "sroi-by-year";
      title: string;
      unit: "SEK";
      data: { year: number; value: number; presentValue: number }[];
    }
  | {
      id: string;
      kind: "sensitivity-tornado";
      title: string;
      unit: "ratio";
      /** The base ratio the bars are drawn around. */
      base: number;
      data: { parameter: string; low: number; high: number }[];
    }
  | {
      id: string;
      kind: "socioeconomic-per-actor";
      title: string;
      unit: "SEK";
      data: { actor: string; label: string; total: number }[];
    };

export type ReportChartKind = ReportChart["kind"];

export interface ReportAssumption {
  id: string;
  label: string;
  /** Formatted value, e.g. "3,5 %" or "5 000 kr (illustrativt värde)". */
  value: string;
  raw?: number | null;
  source?: string;
  justification?: string;
}

/** An advisory quality note shown in the method section (blocking items never reach a published model). */
export interface ReportQualityNote {
  code: string;
  message: string;
}

export interface ReportModel {
  schemaVersion: 1;
  locale: Locale;
  template: ReportTemplate;
  /** Template name in the report's locale ("Bidragsredovisning"). */
  templateName: string;
  title: string;
  organisation: { name: string; orgNumber: string; umbrella?: string; sector?: string };
  accounting: {
    id: string;
    title: string;
    method: { key: string; name: string };
    purpose: string;
    periodStart: string;
    periodEnd: string;
    /** "1 jan. 2025 – 31 dec. 2025" in the report's locale. */
    periodLabel: string;
  };
  sections: ReportSection[];
  charts: ReportChart[];
  tables: ReportTable[];
  keyFigures: KeyFigure[];
  assumptions: ReportAssumption[];
  qualityNotes: ReportQualityNote[];
  /** ISO timestamp passed in by the caller (the model is built deterministically). */
  generatedAt: string;
}

// ---------------------------------------------------------------------------------------------
// Source: the plain input the model is built from (structural types; no imports from sroi/ or
// socioeconomic/, so those engines' results can be passed in as they are)
// ---------------------------------------------------------------------------------------------

export interface SourceIndicator {
  id: string;
  /** Catalogue ID (§9) such as "INT-03", when the indicator comes from the catalogue. */
  code?: string;
  name: string;
  /** "%", "personer", "timmar" … values are in this unit ("%" values are 0–100). */
  unit: string;
  level: ChainLevel;
  direction: "increase" | "decrease";
  dataSource: string;
  baseline?: { value: number; date: string; source: string };
  targets: { period: string; value: number }[];
  actuals: {
    period: string;
    periodLabel: string;
    value: number;
    dataQuality: EvidenceLevel;
    n?: number;
    note?: string;
  }[];
  /** Number of evidence files attached to the indicator's measurements. */
  evidenceCount: number;
}

export interface SourceSroiOutcome {
  label: string;
  stakeholder: string;
  quantity: number;
  /** SEK per unit and year; negative for a disbenefit (§5.2). */
  proxyValue: number;
  proxySource?: string;
  proxyYear?: number;
  /** True when the proxy is not backed by a published source: shown as "illustrativt värde" (§1.4). */
  placeholder?: boolean;
  /** Fractions 0–1. */
  deadweight: number;
  displacement: number;
  attribution: number;
  dropOff: number;
  durationYears: number;
  justifications?: { deadweight?: string; displacement?: string; attribution?: string; dropOff?: string };
}

/** The SROI engine's result (§5.2), as plain numbers at full precision. */
export interface SourceSroiResult {
  totalInputs: number;
  presentValue: number;
  netPresentValue: number;
  ratio: number;
  netRatio: number;
  /** null when the first year's value is not positive ("–"). */
  paybackMonths: number | null;
  years: { year: number; value: number; presentValue: number }[];
  outcomes: { label: string; stakeholder?: string; firstYearImpact: number; presentValue: number }[];
  /**
   * One row per varied parameter: the ratio at its low and high value. `switchingValue` is the
   * parameter value that gives ratio 1.00 (a share 0–1 unless `unit` says otherwise), null if none.
   */
  sensitivity: {
    parameter: string;
    low: number;
    high: number;
    switchingValue: number | null;
    unit?: "share" | "SEK" | "years" | "count";
  }[];
}

export interface SourceSroi {
  /** "forecast" (prognos) or "evaluative" (utvärdering), §2.4. Defaults to evaluative. */
  kind?: "forecast" | "evaluative";
  inputs: { label: string; amount: number; note?: string }[];
  result: SourceSroiResult;
  outcomes: SourceSroiOutcome[];
  /** Fraction, e.g. 0.035. */
  discountRate: number;
}

/** The socio-economic engine's result (§6.1), per actor and totals, SEK per year. */
export interface SourceSocioeconomic {
  actors: { key: string; label: string; netPerPersonYear: number; total: number }[];
  publicTotal: number;
  societyTotal: number;
  effectivePersonYears: number;
  interventionCost: number;
  /** null when the public sector does not gain. */
  paybackYearsPublic: number | null;
}

export interface ReportSource {
  organisation: {
    name: string;
    orgNumber: string;
    umbrella?: string;
    sector?: string;
    /** Idea-based register (Kammarkollegiet, Act 2022:900), §8. */
    registeredIdeaBased?: boolean;
    registerNumber?: string;
  };
  accounting: {
    id: string;
    title: string;
    method: { key: string; name: string };
    purpose: string;
    /** YYYY-MM-DD */
    periodStart: string;
    periodEnd: string;
    /** What is analysed (avgränsning), free text. */
    scope?: string;
  };
  impactChain: { level: ChainLevel; text: string; assumption?: string }[];
  stakeholders: { name: string; size?: number | null; involvement: string; whatChanges: string }[];
  indicators: SourceIndicator[];
  outcomes: { id: string; label: string; stakeholder: string; indicatorIds: string[] }[];
  sroi?: SourceSroi;
  socioeconomic?: SourceSocioeconomic;
  stories: { quote: string; who: string; consent: boolean }[];
  actionPlan: { what: string; goals: string; how: string; when: string; who: string; measure: string }[];
  finances?: {
    rows: { item: string; budget: number; actual: number | null }[];
    coFinancing?: { source: string; amount: number }[];
    volunteerHours?: number;
    /** SEK per volunteer hour, e.g. 194 (§5.4). */
    volunteerHourValue?: number;
  };
  tender?: {
    buyer?: string;
    procurementTitle?: string;
    requirements: { requirement: string; howWeMeetIt: string; evidence: string }[];
    reservedEligibility: {
      /** ASF-07: share (0–1) of the people occupied who belong to the target groups; LOU 4 kap. 18 § needs ≥ 0.30. */
      shareTargetGroup?: number;
      registeredIdeaBased?: boolean;
      registerNumber?: string;
    };
  };
}

export interface BuildReportOptions {
  template: ReportTemplate;
  /** Sections to include, in this order; defaults to the template's sections. */
  sectionKeys?: SectionKey[];
  /** Indicators to include; defaults to all. */
  indicatorIds?: string[];
  /** The user's own text per section. */
  narratives: Partial<Record<SectionKey, string>>;
  title: string;
  locale: Locale;
  /** ISO timestamp; passed in so the build stays deterministic. */
  generatedAt: string;
}
