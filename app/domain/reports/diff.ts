import { messagesFor } from "~/i18n";
import type { ReportChart, ReportModel, ReportSection, SectionKey } from "./types";

/**
 * Differences between two report models (e.g. two published versions, or a draft against the last
 * published snapshot): changed texts per section with a word or line diff, and changed figures (key
 * figures, table cells, chart data points, assumptions) with old and new values.
 */

export interface DiffOp {
  op: "equal" | "insert" | "delete";
  text: string;
}

export interface TextChange {
  /** null for report-level text (the title). */
  sectionKey: SectionKey | null;
  sectionTitle: string;
  /** "title" of the report or section, the user's "narrative", or the "generated" text of the blocks. */
  part: "title" | "narrative" | "generated";
  before: string;
  after: string;
  ops: DiffOp[];
}

export interface FigureValue {
  value: number | null;
  text: string;
}

export interface FigureChange {
  kind: "key-figure" | "table-cell" | "chart-point" | "assumption";
  /** Stable path, e.g. "table:sroi-outcomes/o0/pv" or "chart:sroi-by-year/2/presentValue". */
  path: string;
  label: string;
  /** null when the figure did not exist before (added) … */
  before: FigureValue | null;
  /** … or does not exist after (removed). */
  after: FigureValue | null;
}

export interface ReportDiff {
  identical: boolean;
  sectionsAdded: SectionKey[];
  sectionsRemoved: SectionKey[];
  texts: TextChange[];
  figures: FigureChange[];
}

/** Above this many LCS cells a word diff falls back to lines, then to a whole replacement. */
const MAX_LCS_CELLS = 4_000_000;

/** Longest-common-subsequence diff of two token lists; adjacent ops of the same kind are merged. */
export function diffTokens(a: readonly string[], b: readonly string[]): DiffOp[] {
  // Common prefix and suffix need no table.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: DiffOp[] = [];
  const push = (op: DiffOp["op"], text: string) => {
    if (!text) return;
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  };
  for (let i = 0; i < start; i++) push("equal", a[i]);
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if ((n + 1) * (m + 1) > MAX_LCS_CELLS) {
    push("delete", midA.join(""));
    push("insert", midB.join(""));
  } else if (n > 0 || m > 0) {
    // table[i][j] = LCS length of midA[i..] and midB[j..]
    const width = m + 1;
    const table = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * width + j] =
          midA[i] === midB[j]
            ? table[(i + 1) * width + j + 1] + 1
            : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push("equal", midA[i]);
        i++;
        j++;
      } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
        push("delete", midA[i++]);
      } else {
        push("insert", midB[j++]);
      }
    }
    while (i < n) push("delete", midA[i++]);
    while (j < m) push("insert", midB[j++]);
  }
  for (let i = endA; i < a.length; i++) push("equal", a[i]);
  return ops;
}

/** Words and the whitespace between them, so joining the tokens gives back the text. */
function wordTokens(text: string): string[] {
  return text.split(/(\s+)/).filter((t) => t !== "");
}

/** Lines including their line break, so joining the tokens gives back the text. */
function lineTokens(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Word diff; falls back to a line diff for very long texts. */
export function diffWords(before: string, after: string): DiffOp[] {
  const a = wordTokens(before);
  const b = wordTokens(after);
  if ((a.length + 1) * (b.length + 1) > MAX_LCS_CELLS) return diffLines(before, after);
  return diffTokens(a, b);
}

/** Line diff. */
export function diffLines(before: string, after: string): DiffOp[] {
  return diffTokens(lineTokens(before), lineTokens(after));
}

/** The text a section's generated blocks show (paragraphs, list items, quotes), one per line. */
function generatedText(section: ReportSection): string {
  const lines: string[] = [];
  for (const b of section.blocks) {
    if (b.type === "paragraph") lines.push(b.text);
    else if (b.type === "list") lines.push(...b.items.map((i) => `• ${i}`));
    else if (b.type === "quote") lines.push(`"${b.quote}" – ${b.who}`);
  }
  return lines.join("\n");
}

type Points = Map<string, { label: string; value: number | null }>;

/** Flattens a chart's data to labelled numeric points keyed by "<point>/<field>". */
function chartPoints(chart: ReportChart, locale: ReportModel["locale"]): Points {
  const w = messagesFor(locale).reportModel.chartPoints;
  const points: Points = new Map();
  const put = (key: string, label: string, value: number | null) =>
    points.set(key, { label: `${chart.title}: ${label}`, value });
  switch (chart.kind) {
    case "indicator-progress":
      for (const p of chart.data) {
        put(`${p.period}/actual`, `${p.label} (${w.actual})`, p.actual);
        put(`${p.period}/target`, `${p.label} (${w.target})`, p.target);
        put(`${p.period}/baseline`, `${p.label} (${w.baseline})`, p.baseline);
      }
      break;
    case "target-attainment":
      for (const p of chart.data) put(`${p.indicatorId}/share`, p.label, p.share);
      break;
    case "sroi-by-stakeholder":
      for (const p of chart.data) put(`${p.stakeholder}/presentValue`, p.stakeholder, p.presentValue);
      break;
    case "sroi-by-year":
      for (const p of chart.data) {
        put(`${p.year}/value`, `${p.year} (${w.value})`, p.value);
        put(`${p.year}/presentValue`, `${p.year} (${w.presentValue})`, p.presentValue);
      }
      break;
    case "sensitivity-tornado":
      put("base", w.base, chart.base);
      for (const p of chart.data) {
        put(`${p.parameter}/low`, `${p.parameter} (${w.low})`, p.low);
        put(`${p.parameter}/high`, `${p.parameter} (${w.high})`, p.high);
      }
      break;
    case "socioeconomic-per-actor":
      for (const p of chart.data) put(`${p.actor}/total`, p.label, p.total);
      break;
  }
  return points;
}

function numberText(value: number | null): string {
  return value === null ? "–" : String(value);
}

function sameFigure(a: FigureValue | null, b: FigureValue | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.text === b.text && (a.value === b.value || (a.value !== null && b.value !== null && Object.is(a.value, b.value)))
  );
}

/** Compares two maps of figures by key and records additions, removals and changes. */
function compareMaps(
  kind: FigureChange["kind"],
  before: Map<string, { label: string; figure: FigureValue }>,
  after: Map<string, { label: string; figure: FigureValue }>,
  out: FigureChange[],
): void {
  for (const [path, b] of after) {
    const a = before.get(path);
    if (!a) out.push({ kind, path, label: b.label, before: null, after: b.figure });
    else if (!sameFigure(a.figure, b.figure))
      out.push({ kind, path, label: b.label, before: a.figure, after: b.figure });
  }
  for (const [path, a] of before) {
    if (!after.has(path)) out.push({ kind, path, label: a.label, before: a.figure, after: null });
  }
}

function keyFigureMap(model: ReportModel) {
  return new Map(
    model.keyFigures.map(
      (f) => [`figure:${f.id}`, { label: f.label, figure: { value: f.value, text: f.formatted } }] as const,
    ),
  );
}

function tableCellMap(model: ReportModel) {
  const map = new Map<string, { label: string; figure: FigureValue }>();
  for (const t of model.tables) {
    const firstColumn = t.columns[0]?.key;
    for (const r of t.rows) {
      const rowLabel = firstColumn ? (r.cells[firstColumn]?.text ?? r.key) : r.key;
      for (const c of t.columns) {
        const cell = r.cells[c.key];
        if (!cell) continue;
        map.set(`table:${t.id}/${r.key}/${c.key}`, {
          label: `${t.title} › ${rowLabel} › ${c.label}`,
          figure: { value: cell.value ?? null, text: cell.text },
        });
      }
    }
  }
  return map;
}

function chartPointMap(model: ReportModel) {
  const map = new Map<string, { label: string; figure: FigureValue }>();
  for (const c of model.charts) {
    for (const [key, p] of chartPoints(c, model.locale)) {
      map.set(`chart:${c.id}/${key}`, { label: p.label, figure: { value: p.value, text: numberText(p.value) } });
    }
  }
  return map;
}

function assumptionMap(model: ReportModel) {
  return new Map(
    model.assumptions.map(
      (a) =>
        [
          `assumption:${a.id}`,
          {
            label: a.label,
            figure: { value: a.raw ?? null, text: [a.value, a.source, a.justification].filter(Boolean).join(" | ") },
          },
        ] as const,
    ),
  );
}

/**
 * Compares report `a` (before) with report `b` (after). Texts are compared per section key (title,
 * narrative as a word diff, generated text as a line diff); figures by stable ids.
 */
export function diffReports(a: ReportModel, b: ReportModel): ReportDiff {
  const texts: TextChange[] = [];
  if (a.title !== b.title) {
    texts.push({
      sectionKey: null,
      sectionTitle: b.title,
      part: "title",
      before: a.title,
      after: b.title,
      ops: diffWords(a.title, b.title),
    });
  }
  const beforeSections = new Map(a.sections.map((s) => [s.key, s]));
  const afterSections = new Map(b.sections.map((s) => [s.key, s]));
  const sectionsAdded = b.sections.filter((s) => !beforeSections.has(s.key)).map((s) => s.key);
  const sectionsRemoved = a.sections.filter((s) => !afterSections.has(s.key)).map((s) => s.key);
  for (const after of b.sections) {
    const before = beforeSections.get(after.key);
    const pairs: [TextChange["part"], string, string, (x: string, y: string) => DiffOp[]][] = [
      ["title", before?.title ?? "", after.title, diffWords],
      ["narrative", before?.narrative ?? "", after.narrative, diffWords],
      ["generated", before ? generatedText(before) : "", generatedText(after), diffLines],
    ];
    for (const [part, x, y, diff] of pairs) {
      if (x !== y)
        texts.push({ sectionKey: after.key, sectionTitle: after.title, part, before: x, after: y, ops: diff(x, y) });
    }
  }
  for (const before of a.sections) {
    if (afterSections.has(before.key)) continue;
    for (const [part, x] of [
      ["narrative", before.narrative],
      ["generated", generatedText(before)],
    ] as const) {
      if (x)
        texts.push({
          sectionKey: before.key,
          sectionTitle: before.title,
          part,
          before: x,
          after: "",
          ops: [{ op: "delete", text: x }],
        });
    }
  }

  const figures: FigureChange[] = [];
  compareMaps("key-figure", keyFigureMap(a), keyFigureMap(b), figures);
  compareMaps("table-cell", tableCellMap(a), tableCellMap(b), figures);
  compareMaps("chart-point", chartPointMap(a), chartPointMap(b), figures);
  compareMaps("assumption", assumptionMap(a), assumptionMap(b), figures);

  return {
    identical: texts.length === 0 && figures.length === 0 && sectionsAdded.length === 0 && sectionsRemoved.length === 0,
    sectionsAdded,
    sectionsRemoved,
    texts,
    figures,
  };
}
