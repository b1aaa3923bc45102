import { createHash } from "node:crypto";
import { jsPDF } from "jspdf";
import { autoTable } from "jspdf-autotable";
import { canonicalJson } from "~/domain/reports/canonical";
import type { KeyFigure, ReportBlock, ReportChart, ReportModel, ReportTable } from "~/domain/reports/types";
import { messagesFor } from "~/i18n";
import type { ReportModelMessages } from "~/i18n/sv/report-model";
import { formatDate, formatNumber, formatPercent } from "~/utils/format";
import { pdfSafeText } from "./pdf-text";

/**
 * Lays out a report model (method guide §10.1) as an A4 PDF with jsPDF: cover, table of contents
 * (page 2, filled in after the body so it knows the page numbers), numbered sections, key figures,
 * tables that break across pages with repeated headers (jspdf-autotable), charts drawn with vector
 * primitives straight from the chart data, and "Sida N av M" in every footer after the cover.
 * The output is deterministic for a given model (creation date = generatedAt, file id from the
 * content), so a published snapshot always renders to the same bytes.
 */

// ---- page geometry (mm) and colours ---------------------------------------------------------------
const PAGE_W = 210;
const PAGE_H = 297;
const LEFT = 20;
const RIGHT = PAGE_W - 20;
const WIDTH = RIGHT - LEFT;
const TOP = 24;
const BOTTOM = PAGE_H - 24;

type Rgb = [number, number, number];
const ACCENT: Rgb = [24, 92, 88];
const ACCENT_LIGHT: Rgb = [140, 190, 184];
const ACCENT_TINT: Rgb = [234, 243, 242];
const TEXT: Rgb = [30, 33, 36];
const MUTED: Rgb = [95, 102, 108];
const GRID: Rgb = [215, 220, 222];
const TARGET: Rgb = [196, 98, 16];
const NEGATIVE: Rgb = [176, 58, 46];

const PT = 0.3528; // mm per point

/** The PDF's own words (cover, footer, charts) in the report's locale. */
type Words = ReportModelMessages["pdf"];

/**
 * Round-number axis ticks covering [min, max]: the finest step of 1, 2, 2.5 or 5 × 10^k that needs
 * at most `count + 2` intervals, so the axis stays close to the data.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) {
    const v = Number.isFinite(min) ? min : 0;
    return v === 0 ? [0, 1] : v > 0 ? [0, v] : [v, 0];
  }
  const magnitude = 10 ** Math.floor(Math.log10((max - min) / count));
  const candidates = [0.5, 1, 2, 2.5, 5, 10, 20].map((f) => f * magnitude);
  const intervals = (step: number) => Math.ceil(max / step - 1e-9) - Math.floor(min / step + 1e-9);
  const step = candidates.find((c) => intervals(c) <= count + 2) ?? candidates[candidates.length - 1];
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(Number((k * step).toPrecision(12)) + 0);
  return ticks;
}

class PdfWriter {
  readonly doc: jsPDF;
  y = TOP;
  readonly toc: { title: string; page: number }[] = [];
  private readonly w: Words;

  constructor(readonly model: ReportModel) {
    this.doc = new jsPDF({ unit: "mm", format: "a4", orientation: "portrait", compress: true, putOnlyUsedFonts: true });
    this.w = messagesFor(model.locale).reportModel.pdf;
  }

  // ---- primitives -------------------------------------------------------------------------------
  font(size: number, style: "normal" | "bold" | "italic" | "bolditalic" = "normal", color: Rgb = TEXT): void {
    this.doc.setFont("helvetica", style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
  }

  text(
    value: string,
    x: number,
    y: number,
    options: { align?: "left" | "right" | "center"; maxWidth?: number } = {},
  ): void {
    this.doc.text(pdfSafeText(value), x, y, { align: options.align ?? "left", baseline: "alphabetic" });
  }

  width(value: string): number {
    return this.doc.getTextWidth(pdfSafeText(value));
  }

  split(value: string, width: number): string[] {
    return (this.doc.splitTextToSize(pdfSafeText(value), width) as string[]).map((l) => l.replace(/\s+$/, ""));
  }

  /** Shortens a label to fit a width, ending with "…". */
  fit(value: string, width: number): string {
    const safe = pdfSafeText(value);
    if (this.doc.getTextWidth(safe) <= width) return safe;
    let s = safe;
    while (s.length > 1 && this.doc.getTextWidth(`${s}…`) > width) s = s.slice(0, -1);
    return `${s.trimEnd()}…`;
  }

  /** A chart label in at most two lines, the second shortened with "…" when needed. */
  labelLines(value: string, width: number): string[] {
    const all = this.split(value, width);
    return all.length > 2 ? [all[0], this.fit(all.slice(1).join(" "), width)] : all;
  }

  lineHeight(size: number, factor = 1.35): number {
    return size * PT * factor;
  }

  newPage(): void {
    this.doc.addPage("a4", "portrait");
    this.y = TOP;
  }

  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  fill(color: Rgb): void {
    this.doc.setFillColor(...color);
  }

  stroke(color: Rgb, width = 0.2): void {
    this.doc.setDrawColor(...color);
    this.doc.setLineWidth(width);
  }

  dashed(on: boolean, pattern: number[] = [1.5, 1]): void {
    this.doc.setLineDashPattern(on ? pattern : [], 0);
  }

  // ---- number formatting for charts ----------------------------------------------------------------
  axisNumber(value: number, unit: string): string {
    const l = this.model.locale;
    if (unit === "SEK") {
      const abs = Math.abs(value);
      if (abs >= 1_000_000) return `${formatNumber(value / 1_000_000, l, 1)} ${this.w.million}`;
      if (abs >= 1_000) return `${formatNumber(value / 1_000, l, 0)} ${this.w.thousand}`;
      return formatNumber(value, l, 0);
    }
    if (unit === "share") return formatPercent(value, l, 0);
    if (unit === "ratio") return formatNumber(value, l, 2, 2);
    if (unit === "%") return `${formatNumber(value, l, 1)} %`;
    return formatNumber(value, l, 1);
  }

  valueNumber(value: number, unit: string): string {
    const l = this.model.locale;
    if (unit === "SEK") return this.w.sekAmount(formatNumber(value, l, 0));
    if (unit === "share") return formatPercent(value, l, 0);
    if (unit === "ratio") return formatNumber(value, l, 2, 2);
    if (unit === "%") return `${formatNumber(value, l, 1)} %`;
    return formatNumber(value, l, 2);
  }

  // ---- cover and contents -------------------------------------------------------------------------
  cover(): void {
    const m = this.model;
    this.fill(ACCENT);
    this.doc.rect(0, 0, PAGE_W, 12, "F");
    this.fill(ACCENT_TINT);
    this.doc.rect(0, 12, PAGE_W, 3, "F");

    let y = 62;
    this.font(12, "bold", ACCENT);
    this.text(m.templateName.toUpperCase(), LEFT, y);
    y += 12;
    this.font(26, "bold");
    for (const line of this.split(m.title, WIDTH)) {
      this.text(line, LEFT, y);
      y += this.lineHeight(26, 1.2);
    }
    y += 2;
    this.font(14, "normal", MUTED);
    for (const line of this.split(m.accounting.title, WIDTH)) {
      this.text(line, LEFT, y);
      y += this.lineHeight(14);
    }

    y = Math.max(y + 20, 140);
    this.stroke(ACCENT, 0.6);
    this.doc.line(LEFT, y, LEFT + 30, y);
    y += 10;
    const facts: [string, string][] = [
      [this.w.organisation, m.organisation.name],
      [this.w.orgNumber, m.organisation.orgNumber],
      ...(m.organisation.umbrella ? ([[this.w.umbrella, m.organisation.umbrella]] as [string, string][]) : []),
      [this.w.period, m.accounting.periodLabel],
      [this.w.method, m.accounting.method.name],
    ];
    for (const [label, value] of facts) {
      this.font(9, "normal", MUTED);
      this.text(label, LEFT, y);
      this.font(12, "bold");
      const lines = this.split(value, WIDTH - 50);
      lines.forEach((line, i) => this.text(line, LEFT + 50, y + i * this.lineHeight(12)));
      y += Math.max(1, lines.length) * this.lineHeight(12) + 3.5;
    }

    this.font(8.5, "normal", MUTED);
    this.text(`${this.w.created} ${formatDate(m.generatedAt, m.locale)} · Synlig`, LEFT, PAGE_H - 20);
  }

  contents(): void {
    this.doc.setPage(2);
    let y = TOP + 6;
    this.font(18, "bold", ACCENT);
    this.text(this.w.contents, LEFT, y);
    y += 14;
    this.font(11, "normal");
    const dotWidth = this.doc.getTextWidth(".");
    for (const entry of this.toc) {
      const pageText = String(entry.page);
      const pageWidth = this.doc.getTextWidth(pageText);
      const title = this.fit(entry.title, WIDTH - 20);
      const titleWidth = this.doc.getTextWidth(title);
      const dots = Math.max(0, Math.floor((WIDTH - titleWidth - pageWidth - 4) / dotWidth));
      this.doc.setTextColor(...TEXT);
      this.doc.text(title, LEFT, y);
      this.doc.setTextColor(...MUTED);
      this.doc.text(".".repeat(dots), RIGHT - pageWidth - 2, y, { align: "right" });
      this.doc.setTextColor(...TEXT);
      this.doc.text(pageText, RIGHT, y, { align: "right" });
      this.doc.link(LEFT, y - 4.5, WIDTH, 6.5, { pageNumber: entry.page });
      y += 8;
    }
  }

  pageFurniture(): void {
    const total = this.doc.getNumberOfPages();
    const m = this.model;
    for (let page = 2; page <= total; page++) {
      this.doc.setPage(page);
      this.font(8, "normal", MUTED);
      this.text(this.fit(`${m.organisation.name} · ${m.title}`, WIDTH - 45), LEFT, 14);
      this.text(m.templateName, RIGHT, 14, { align: "right" });
      this.stroke(GRID, 0.2);
      this.doc.line(LEFT, 16, RIGHT, 16);
      this.doc.line(LEFT, PAGE_H - 16, RIGHT, PAGE_H - 16);
      this.text(m.accounting.periodLabel, LEFT, PAGE_H - 11);
      this.text(this.w.page(page, total), RIGHT, PAGE_H - 11, { align: "right" });
    }
  }

  // ---- body ---------------------------------------------------------------------------------------
  body(): void {
    const m = this.model;
    const tables = new Map(m.tables.map((t) => [t.id, t]));
    const charts = new Map(m.charts.map((c) => [c.id, c]));
    const figures = new Map(m.keyFigures.map((f) => [f.id, f]));
    m.sections.forEach((section, index) => {
      const title = `${index + 1}. ${section.title}`;
      // Each section starts on a fresh page when less than a quarter page is left.
      if (index > 0) this.y += 6;
      this.ensure(60);
      this.toc.push({ title, page: this.doc.getNumberOfPages() });
      this.doc.outline.add(null, pdfSafeText(title), { pageNumber: this.doc.getNumberOfPages() });
      this.font(16, "bold", ACCENT);
      this.text(title, LEFT, this.y + 6);
      this.y += 12;
      if (section.narrative) {
        for (const paragraph of section.narrative.split(/\n{2,}/)) this.paragraph(paragraph);
      }
      for (const block of section.blocks) this.block(block, tables, charts, figures);
    });
  }

  block(
    block: ReportBlock,
    tables: Map<string, ReportTable>,
    charts: Map<string, ReportChart>,
    figures: Map<string, KeyFigure>,
  ): void {
    switch (block.type) {
      case "paragraph":
        this.paragraph(block.text);
        break;
      case "list":
        this.list(block.items);
        break;
      case "quote":
        this.quote(block.quote, block.who);
        break;
      case "key-figures":
        this.keyFigures(block.ids.map((id) => figures.get(id)).filter((f): f is KeyFigure => Boolean(f)));
        break;
      case "table": {
        const t = tables.get(block.tableId);
        if (t) this.table(t);
        break;
      }
      case "chart": {
        const c = charts.get(block.chartId);
        if (c) this.chart(c);
        break;
      }
    }
  }

  paragraph(value: string, size = 10, style: "normal" | "italic" = "normal"): void {
    this.font(size, style);
    const lh = this.lineHeight(size, 1.45);
    for (const hardLine of value.split("\n")) {
      for (const line of this.split(hardLine, WIDTH)) {
        this.ensure(lh);
        this.doc.text(line, LEFT, this.y + lh * 0.75);
        this.y += lh;
      }
    }
    this.y += 2.5;
  }

  list(items: string[]): void {
    const size = 10;
    const lh = this.lineHeight(size, 1.45);
    for (const item of items) {
      this.font(size);
      const lines = this.split(item, WIDTH - 6);
      this.ensure(lh * Math.min(lines.length, 2));
      this.doc.setTextColor(...ACCENT);
      this.doc.text("•", LEFT + 1, this.y + lh * 0.75);
      this.doc.setTextColor(...TEXT);
      for (const line of lines) {
        this.ensure(lh);
        this.doc.text(line, LEFT + 6, this.y + lh * 0.75);
        this.y += lh;
      }
      this.y += 1;
    }
    this.y += 2;
  }

  quote(quote: string, who: string): void {
    const size = 11.5;
    const lh = this.lineHeight(size, 1.4);
    this.font(size, "italic");
    const lines = this.split(`“${quote}”`, WIDTH - 12);
    const height = lines.length * lh + 9;
    this.ensure(Math.min(height, BOTTOM - TOP));
    const top = this.y;
    for (const line of lines) {
      this.ensure(lh);
      this.doc.text(line, LEFT + 8, this.y + lh * 0.75);
      this.y += lh;
    }
    this.font(9, "normal", MUTED);
    this.text(`– ${who}`, LEFT + 8, this.y + 4);
    this.y += 6;
    this.fill(ACCENT_LIGHT);
    if (this.doc.getCurrentPageInfo().pageNumber === this.doc.getNumberOfPages()) {
      this.doc.rect(LEFT + 1, Math.max(top, TOP), 1.2, this.y - Math.max(top, TOP), "F");
    }
    this.y += 5;
  }

  keyFigures(figures: KeyFigure[]): void {
    if (!figures.length) return;
    const gap = 5;
    const boxW = (WIDTH - gap) / 2;
    const inner = boxW - 8;
    const measure = (f: KeyFigure) => {
      this.font(8.5);
      const label = this.split(f.label, inner);
      this.font(13, "bold");
      const value = this.split(f.formatted, inner);
      this.font(8);
      const meta = [f.period, f.n !== undefined ? `n = ${f.n}` : undefined].filter(Boolean).join(" · ");
      const range = f.range ? `${this.w.range}: ${f.range.formatted}` : undefined;
      const extra = [range, meta, f.note].filter((s): s is string => Boolean(s)).flatMap((s) => this.split(s, inner));
      const height =
        5 +
        label.length * this.lineHeight(8.5) +
        1 +
        value.length * this.lineHeight(13, 1.2) +
        extra.length * this.lineHeight(8) +
        4;
      return { label, value, extra, height };
    };
    for (let i = 0; i < figures.length; i += 2) {
      const pair = figures.slice(i, i + 2).map((f) => ({ f, ...measure(f) }));
      const height = Math.max(...pair.map((p) => p.height));
      this.ensure(height + gap);
      pair.forEach((p, j) => {
        const x = LEFT + j * (boxW + gap);
        this.fill(ACCENT_TINT);
        this.doc.roundedRect(x, this.y, boxW, height, 1.5, 1.5, "F");
        this.fill(ACCENT);
        this.doc.rect(x, this.y, 1.2, height, "F");
        let y = this.y + 5;
        this.font(8.5, "normal", MUTED);
        for (const line of p.label) {
          this.doc.text(line, x + 5, y + 1);
          y += this.lineHeight(8.5);
        }
        y += 1;
        this.font(13, "bold", TEXT);
        for (const line of p.value) {
          this.doc.text(line, x + 5, y + 3);
          y += this.lineHeight(13, 1.2);
        }
        this.font(8, "normal", MUTED);
        for (const line of p.extra) {
          this.doc.text(line, x + 5, y + 2.5);
          y += this.lineHeight(8);
        }
      });
      this.y += height + gap;
    }
    this.y += 1;
  }

  table(table: ReportTable): void {
    this.ensure(24);
    this.font(10.5, "bold");
    this.text(table.title, LEFT, this.y + 4);
    this.y += 6.5;
    const wide = table.columns.length > 6;
    const columnStyles: Record<string, { halign: "left" | "right" }> = {};
    table.columns.forEach((c, i) => {
      columnStyles[String(i)] = { halign: c.align };
    });
    const totals = new Set(table.rows.map((r, i) => (r.total ? i : -1)).filter((i) => i >= 0));
    autoTable(this.doc, {
      startY: this.y,
      margin: { left: LEFT, right: PAGE_W - RIGHT, top: TOP, bottom: PAGE_H - BOTTOM },
      head: [table.columns.map((c) => pdfSafeText(c.label))],
      body: table.rows.map((r) => table.columns.map((c) => pdfSafeText(r.cells[c.key]?.text ?? "–"))),
      theme: "striped",
      showHead: "everyPage",
      rowPageBreak: "avoid",
      styles: {
        font: "helvetica",
        fontSize: wide ? 7.5 : 8.5,
        cellPadding: { top: 1.6, bottom: 1.6, left: 1.8, right: 1.8 },
        textColor: TEXT,
        lineColor: GRID,
        overflow: "linebreak",
        valign: "top",
      },
      headStyles: { fillColor: ACCENT, textColor: [255, 255, 255], fontStyle: "bold", valign: "bottom" },
      alternateRowStyles: { fillColor: [246, 249, 249] },
      columnStyles,
      didParseCell: (data) => {
        if (data.section === "head") data.cell.styles.halign = table.columns[data.column.index]?.align ?? "left";
        if (data.section === "body" && totals.has(data.row.index)) {
          data.cell.styles.fontStyle = "bold";
          data.cell.styles.fillColor = ACCENT_TINT;
        }
      },
    });
    this.y = (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 2;
    if (table.note) {
      this.font(8, "italic", MUTED);
      for (const line of this.split(table.note, WIDTH)) {
        this.ensure(4);
        this.doc.text(line, LEFT, this.y + 3);
        this.y += this.lineHeight(8);
      }
    }
    this.y += 5;
  }

  // ---- charts -------------------------------------------------------------------------------------
  chart(chart: ReportChart): void {
    const height = this.chartHeight(chart);
    this.ensure(height + 10);
    this.font(10.5, "bold");
    const titleLines = this.split(chart.title, WIDTH);
    titleLines.forEach((line, i) => this.doc.text(line, LEFT, this.y + 4 + i * this.lineHeight(10.5)));
    this.y += 3 + titleLines.length * this.lineHeight(10.5);
    const top = this.y;
    switch (chart.kind) {
      case "indicator-progress":
        this.lineChart(chart, top, height);
        break;
      case "sroi-by-year":
        this.groupedBars(chart, top, height);
        break;
      case "sensitivity-tornado":
        this.tornado(chart, top);
        break;
      case "target-attainment":
        this.horizontalBars(
          chart.data.map((d) => ({ label: d.label, value: d.share })),
          "share",
          top,
          { reference: 1, referenceLabel: this.w.target },
        );
        break;
      case "sroi-by-stakeholder":
        this.horizontalBars(
          chart.data.map((d) => ({ label: d.stakeholder, value: d.presentValue })),
          "SEK",
          top,
        );
        break;
      case "socioeconomic-per-actor":
        this.horizontalBars(
          chart.data.map((d) => ({ label: d.label, value: d.total })),
          "SEK",
          top,
        );
        break;
    }
    this.doc.setLineDashPattern([], 0);
    this.y = top + height + 7;
  }

  chartHeight(chart: ReportChart): number {
    switch (chart.kind) {
      case "indicator-progress":
      case "sroi-by-year":
        return 62;
      case "sensitivity-tornado":
        return chart.data.length * 10 + 22;
      default:
        return chart.data.length * 9 + 14;
    }
  }

  /** Horizontal bars from a zero line; negative values go left in red. Used for per-row comparisons. */
  horizontalBars(
    rows: { label: string; value: number }[],
    unit: string,
    top: number,
    opts: { reference?: number; referenceLabel?: string } = {},
  ): void {
    const labelW = 52;
    const rowH = 9;
    const hasNegative = rows.some((r) => r.value < 0);
    const plotLeft = LEFT + labelW + (hasNegative ? 24 : 2);
    const plotRight = RIGHT - 26;
    const values = rows.map((r) => r.value);
    const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values, opts.reference ?? 0), 4);
    const lo = ticks[0];
    const hi = ticks[ticks.length - 1];
    const x = (v: number) => plotLeft + ((v - lo) / (hi - lo)) * (plotRight - plotLeft);
    const bottom = top + rows.length * rowH + 2;

    this.font(7, "normal", MUTED);
    this.stroke(GRID, 0.15);
    for (const t of ticks) {
      this.doc.line(x(t), top, x(t), bottom);
      this.text(this.axisNumber(t, unit), x(t), bottom + 4, { align: "center" });
    }
    rows.forEach((r, i) => {
      const cy = top + 2 + i * rowH + rowH / 2;
      this.font(8.5, "normal", TEXT);
      const lines = this.labelLines(r.label, labelW - 2);
      lines.forEach((line, k) => this.doc.text(line, LEFT, cy + 1 - (lines.length - 1) * 1.6 + k * 3.3));
      const x0 = x(0);
      const x1 = x(r.value);
      this.fill(r.value < 0 ? NEGATIVE : ACCENT);
      if (Math.abs(x1 - x0) > 0.01) this.doc.rect(Math.min(x0, x1), cy - 3, Math.abs(x1 - x0), 6, "F");
      this.font(8, "bold", TEXT);
      const label = this.valueNumber(r.value, unit);
      if (r.value < 0) this.text(label, x1 - 1.5, cy + 1, { align: "right" });
      else this.text(label, x1 + 1.5, cy + 1);
    });
    this.stroke(MUTED, 0.3);
    this.doc.line(x(0), top, x(0), bottom);
    if (opts.reference !== undefined) {
      this.stroke(TARGET, 0.4);
      this.dashed(true);
      this.doc.line(x(opts.reference), top - 1, x(opts.reference), bottom);
      this.dashed(false);
      if (opts.referenceLabel) {
        this.font(7, "bold", TARGET);
        this.text(opts.referenceLabel, x(opts.reference), top - 2, { align: "center" });
      }
    }
  }

  /** Line chart for one indicator: actual (solid), target (dashed) and baseline (dotted). */
  lineChart(chart: Extract<ReportChart, { kind: "indicator-progress" }>, top: number, height: number): void {
    const unit = chart.unit.trim() === "%" ? "%" : chart.unit;
    const legendH = 6;
    const plotTop = top + legendH + 3;
    const plotBottom = top + height - 8;
    const plotLeft = LEFT + 18;
    const plotRight = RIGHT - 4;
    const values = chart.data.flatMap((d) => [d.actual, d.target, d.baseline]).filter((v): v is number => v !== null);
    const maxV = Math.max(0, ...values);
    const ticks = niceTicks(Math.min(0, ...values), maxV === 0 ? 1 : maxV * 1.12, 4);
    const lo = ticks[0];
    const hi = ticks[ticks.length - 1];
    const y = (v: number) => plotBottom - ((v - lo) / (hi - lo)) * (plotBottom - plotTop);
    const n = chart.data.length;
    const step = (plotRight - plotLeft) / n;
    const x = (i: number) => plotLeft + step * (i + 0.5);

    // legend
    let lx = LEFT;
    const legend = (label: string, color: Rgb, dash: number[] | null) => {
      this.stroke(color, 0.7);
      this.dashed(Boolean(dash), dash ?? []);
      this.doc.line(lx, top + 2, lx + 7, top + 2);
      this.dashed(false);
      this.font(8, "normal", TEXT);
      this.text(label, lx + 9, top + 3);
      lx += 12 + this.width(label) + 6;
    };
    if (chart.data.some((d) => d.actual !== null)) legend(this.w.actual, ACCENT, null);
    if (chart.data.some((d) => d.target !== null)) legend(this.w.target, TARGET, [1.8, 1.2]);
    if (chart.data.some((d) => d.baseline !== null)) legend(this.w.baseline, MUTED, [0.5, 0.8]);

    // axes and grid
    this.font(7, "normal", MUTED);
    this.stroke(GRID, 0.15);
    for (const t of ticks) {
      this.doc.line(plotLeft, y(t), plotRight, y(t));
      this.text(this.axisNumber(t, unit), plotLeft - 2, y(t) + 1, { align: "right" });
    }
    this.stroke(MUTED, 0.3);
    this.doc.line(plotLeft, plotBottom, plotRight, plotBottom);
    this.font(8, "normal", TEXT);
    chart.data.forEach((d, i) => this.text(this.fit(d.label, step - 2), x(i), plotBottom + 5, { align: "center" }));

    // baseline
    const baseline = chart.data.find((d) => d.baseline !== null)?.baseline ?? null;
    if (baseline !== null) {
      this.stroke(MUTED, 0.5);
      this.dashed(true, [0.5, 0.8]);
      this.doc.line(plotLeft, y(baseline), plotRight, y(baseline));
      this.dashed(false);
      this.font(7, "normal", MUTED);
      this.text(`${this.w.baseline} ${this.valueNumber(baseline, unit)}`, plotLeft + 1, y(baseline) - 1.2);
    }

    const series = (key: "actual" | "target", color: Rgb, dash: number[] | null, square: boolean) => {
      const pts = chart.data
        .map((d, i) => ({ i, v: d[key] }))
        .filter((p): p is { i: number; v: number } => p.v !== null);
      this.stroke(color, 0.7);
      this.dashed(Boolean(dash), dash ?? []);
      for (let k = 1; k < pts.length; k++) this.doc.line(x(pts[k - 1].i), y(pts[k - 1].v), x(pts[k].i), y(pts[k].v));
      this.dashed(false);
      this.fill(color);
      for (const p of pts) {
        if (square) this.doc.rect(x(p.i) - 1.1, y(p.v) - 1.1, 2.2, 2.2, "F");
        else this.doc.circle(x(p.i), y(p.v), 1.2, "F");
      }
    };
    series("target", TARGET, [1.8, 1.2], true);
    series("actual", ACCENT, null, false);

    // Value labels: the higher point's label above it, the lower point's label below it, so the
    // labels of an actual and a target in the same period never overlap.
    chart.data.forEach((d, i) => {
      const label = (v: number, color: Rgb, dx: number, dy: number, align: "left" | "right" | "center") => {
        this.font(7.5, "bold", color);
        this.text(this.valueNumber(v, unit), x(i) + dx, y(v) + dy, { align });
      };
      if (d.actual !== null && d.target !== null) {
        if (d.actual >= d.target) {
          label(d.actual, ACCENT, 0, -2.5, "center");
          label(d.target, TARGET, 0, 4.5, "center");
        } else {
          label(d.actual, ACCENT, 0, 4.5, "center");
          label(d.target, TARGET, 0, -2.5, "center");
        }
      } else if (d.actual !== null) label(d.actual, ACCENT, 0, -2.5, "center");
      else if (d.target !== null) label(d.target, TARGET, 0, -2.5, "center");
    });
  }

  /** Grouped vertical bars: value per year and its present value. */
  groupedBars(chart: Extract<ReportChart, { kind: "sroi-by-year" }>, top: number, height: number): void {
    const plotTop = top + 9;
    const plotBottom = top + height - 8;
    const plotLeft = LEFT + 18;
    const plotRight = RIGHT - 2;
    const values = chart.data.flatMap((d) => [d.value, d.presentValue]);
    const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values) * 1.1, 4);
    const lo = ticks[0];
    const hi = ticks[ticks.length - 1];
    const y = (v: number) => plotBottom - ((v - lo) / (hi - lo)) * (plotBottom - plotTop);
    const n = chart.data.length;
    const groupW = (plotRight - plotLeft) / Math.max(n, 1);
    const barW = Math.min(16, groupW * 0.32);

    let lx = LEFT;
    for (const [label, color] of [
      [this.w.value, ACCENT_LIGHT],
      [this.w.presentValue, ACCENT],
    ] as [string, Rgb][]) {
      this.fill(color);
      this.doc.rect(lx, top + 0.5, 4, 3, "F");
      this.font(8, "normal", TEXT);
      this.text(label, lx + 6, top + 3);
      lx += 10 + this.width(label) + 6;
    }

    this.font(7, "normal", MUTED);
    this.stroke(GRID, 0.15);
    for (const t of ticks) {
      this.doc.line(plotLeft, y(t), plotRight, y(t));
      this.text(this.axisNumber(t, chart.unit), plotLeft - 2, y(t) + 1, { align: "right" });
    }
    chart.data.forEach((d, i) => {
      const cx = plotLeft + groupW * (i + 0.5);
      const bars: [number, Rgb][] = [
        [d.value, ACCENT_LIGHT],
        [d.presentValue, ACCENT],
      ];
      bars.forEach(([v, color], k) => {
        const bx = cx - barW - 0.5 + k * (barW + 1);
        this.fill(color);
        this.doc.rect(bx, Math.min(y(v), y(0)), barW, Math.abs(y(v) - y(0)), "F");
        if (n <= 6) {
          this.font(6.5, "normal", TEXT);
          this.text(this.axisNumber(v, chart.unit), bx + barW / 2, Math.min(y(v), y(0)) - 1.2, { align: "center" });
        }
      });
      this.font(8, "normal", TEXT);
      this.text(`${this.w.year} ${d.year}`, cx, plotBottom + 5, { align: "center" });
    });
    this.stroke(MUTED, 0.3);
    this.doc.line(plotLeft, y(0), plotRight, y(0));
  }

  /** Tornado: per parameter a bar from its low to its high ratio, around the base ratio. */
  tornado(chart: Extract<ReportChart, { kind: "sensitivity-tornado" }>, top: number): void {
    const labelW = 55;
    const rowH = 10;
    const plotLeft = LEFT + labelW + 12;
    const plotRight = RIGHT - 12;
    const rows = [...chart.data].sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
    const values = [chart.base, 1, ...rows.flatMap((r) => [r.low, r.high])];
    const ticks = niceTicks(Math.min(...values), Math.max(...values), 5);
    const lo = ticks[0];
    const hi = ticks[ticks.length - 1];
    const x = (v: number) => plotLeft + ((v - lo) / (hi - lo)) * (plotRight - plotLeft);
    const plotTop = top + 6;
    const bottom = plotTop + rows.length * rowH + 2;

    this.font(7, "normal", MUTED);
    this.stroke(GRID, 0.15);
    for (const t of ticks) {
      this.doc.line(x(t), plotTop, x(t), bottom);
      this.text(this.axisNumber(t, "ratio"), x(t), bottom + 4, { align: "center" });
    }
    rows.forEach((r, i) => {
      const cy = plotTop + 2 + i * rowH + rowH / 2;
      this.font(8.5, "normal", TEXT);
      const lines = this.labelLines(r.parameter, labelW - 2);
      lines.forEach((line, k) => this.doc.text(line, LEFT, cy + 1 - (lines.length - 1) * 1.6 + k * 3.3));
      const low = Math.min(r.low, r.high);
      const high = Math.max(r.low, r.high);
      this.fill(NEGATIVE);
      if (chart.base > low) this.doc.rect(x(low), cy - 3, x(Math.min(chart.base, high)) - x(low), 6, "F");
      this.fill(ACCENT);
      if (high > chart.base)
        this.doc.rect(x(Math.max(chart.base, low)), cy - 3, x(high) - x(Math.max(chart.base, low)), 6, "F");
      this.font(7.5, "bold", TEXT);
      this.text(this.axisNumber(low, "ratio"), x(low) - 1.5, cy + 1, { align: "right" });
      this.text(this.axisNumber(high, "ratio"), x(high) + 1.5, cy + 1);
    });
    // break-even line at 1.00 and the base ratio
    this.stroke(TARGET, 0.4);
    this.dashed(true);
    this.doc.line(x(1), plotTop - 1, x(1), bottom);
    this.dashed(false);
    this.stroke(TEXT, 0.5);
    this.doc.line(x(chart.base), plotTop - 1, x(chart.base), bottom);
    this.font(7, "bold", TEXT);
    const baseLabel = `${this.w.base} ${this.axisNumber(chart.base, "ratio")}`;
    const oneLabel = this.w.breakEven;
    const baseRight = x(chart.base) >= x(1);
    this.text(baseLabel, x(chart.base) + (baseRight ? 1 : -1), plotTop - 2, { align: baseRight ? "left" : "right" });
    this.font(7, "bold", TARGET);
    this.text(oneLabel, x(1) + (baseRight ? -1 : 1), plotTop - 2, { align: baseRight ? "right" : "left" });
  }

  // ---- document ------------------------------------------------------------------------------------
  render(): Uint8Array {
    const m = this.model;
    this.cover();
    this.newPage(); // page 2: contents, filled in last
    this.newPage();
    this.body();
    this.contents();
    this.pageFurniture();

    this.doc.setProperties({
      title: pdfSafeText(m.title),
      subject: pdfSafeText(`${m.templateName}: ${m.accounting.title} (${m.accounting.periodLabel})`),
      author: pdfSafeText(m.organisation.name),
      keywords: pdfSafeText([m.templateName, m.accounting.method.name, this.w.keyword, m.organisation.name].join(", ")),
      creator: "Synlig",
    });
    this.doc.setLanguage(this.w.language as Parameters<jsPDF["setLanguage"]>[0]);
    this.doc.setCreationDate(new Date(m.generatedAt));
    this.doc.setFileId(createHash("md5").update(canonicalJson(m)).digest("hex").toUpperCase());
    return new Uint8Array(this.doc.output("arraybuffer"));
  }
}

/**
 * Renders a report model as an A4 PDF (bytes). Pure with respect to its input: the same model gives
 * the same bytes. Text goes through `pdfSafeText` (Helvetica/WinAnsi); placeholder proxies carry
 * "illustrativt värde" from the model itself.
 */
export function renderReportPdf(model: ReportModel): Uint8Array {
  return new PdfWriter(model).render();
}
