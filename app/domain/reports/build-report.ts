import type { Locale } from "~/i18n/types";
import { formatDate, formatNumber, formatPercent, formatRatio, formatSek } from "~/utils/format";
import { eligibilityShare } from "./eligibility";
import { qualityCheck, RESERVED_SHARE_THRESHOLD } from "./quality-check";
import { REPORT_TEMPLATE_DEFINITIONS, sectionTitle, templateName } from "./templates";
import type {
  BuildReportOptions,
  ChainLevel,
  EvidenceLevel,
  KeyFigure,
  ReportAssumption,
  ReportBlock,
  ReportChart,
  ReportModel,
  ReportSection,
  ReportSource,
  ReportTable,
  SectionKey,
  SourceIndicator,
  SourceSroi,
  TableCell,
  TableColumn,
  TableRow,
} from "./types";
import { SECTION_KEYS } from "./types";

const NBSP = "\u00a0";

const CHAIN_LEVELS: ChainLevel[] = ["input", "activity", "output", "outcome", "impact"];
const CHAIN_LEVEL_NAMES: Record<ChainLevel, [string, string]> = {
  input: ["Resurser", "Inputs"],
  activity: ["Aktiviteter", "Activities"],
  output: ["Prestationer", "Outputs"],
  outcome: ["Effekter", "Outcomes"],
  impact: ["Samhällspåverkan", "Long-term societal change"],
};
const EVIDENCE_NAMES: Record<EvidenceLevel, [string, string]> = {
  1: ["logik beskriven", "logic described"],
  2: ["förändring mätt", "change measured"],
  3: ["jämförelsegrupp", "comparison group"],
  4: ["oberoende upprepning", "independent replication"],
  5: ["system för upprepning", "systems for replication"],
};

/** Latest item by period key (period keys such as "2025" or "2025-H1" sort as text). */
function latestBy<T extends { period: string }>(items: T[]): T | undefined {
  let best: T | undefined;
  for (const item of items) if (!best || item.period.localeCompare(best.period) > 0) best = item;
  return best;
}

/**
 * Target attainment as a share of the way from the baseline to the target (1 = target reached),
 * method guide §10.1 "outcomes vs baseline and target". One formula for every indicator:
 *
 *   (utfall − utgångsläge) ÷ (målvärde − utgångsläge)
 *
 * An indicator without a baseline starts from 0 when higher is better (so the formula becomes
 * utfall ÷ målvärde); when lower is better there is no starting point, so the share is undefined.
 * Returns null when the share is undefined (no starting point, or target = starting point).
 */
export function targetAttainment(ind: Pick<SourceIndicator, "direction" | "baseline">, actual: number, target: number): number | null {
  const base = ind.baseline?.value ?? (ind.direction === "increase" ? 0 : undefined);
  if (base === undefined || target === base) return null;
  return (actual - base) / (target - base);
}

/** The ratio's sensitivity range: the smallest and largest ratio among base, lows and highs (§5.4). */
export function ratioRange(base: number, sensitivity: { low: number; high: number }[]): { low: number; high: number } | null {
  if (sensitivity.length === 0) return null;
  const values = [base, ...sensitivity.flatMap((s) => [s.low, s.high])];
  return { low: Math.min(...values), high: Math.max(...values) };
}

function normaliseNarrative(text: string | undefined): string {
  return (text ?? "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[ \t]+$/g, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Builds the report model from a report source (method guide §10.1 sections, §5.3–5.4 ratio display,
 * §6 socio-economic per actor). Pure and deterministic: the same source and options give the same
 * model (generatedAt is passed in). Stories without consent are left out; an SROI ratio appears only
 * together with its sensitivity range, and not at all when there is no sensitivity analysis.
 */
export function buildReportModel(source: ReportSource, options: BuildReportOptions): ReportModel {
  const locale: Locale = options.locale;
  const tr = (sv: string, en: string): string => (locale === "sv" ? sv : en);
  const def = REPORT_TEMPLATE_DEFINITIONS[options.template];
  const forecast = def.forecast;

  // ---- formatting helpers -------------------------------------------------------------------
  const sek = (v: number): string => formatSek(v, locale);
  const num = (v: number, digits = 2): string => formatNumber(v, locale, digits);
  // Shares: computed results (attainment, co-financing, ASF-07, break-even values) are rounded to
  // whole percent everywhere; assumptions the user entered (discount rate, deductions) are shown
  // as entered, with at most one decimal, everywhere they appear.
  const pct = (fraction: number, digits = 0): string => formatPercent(fraction, locale, digits);
  const pctInput = (fraction: number): string => formatPercent(fraction, locale, 1);
  const ratioNum = (v: number): string => formatNumber(v, locale, 2, 2);
  const indValue = (v: number, unit: string): string => {
    const u = unit.trim();
    if (u === "%") return `${num(v, 1)}${NBSP}%`;
    if (u === "kr" || u.toUpperCase() === "SEK") return sek(v);
    return u ? `${num(v)}${NBSP}${u}` : num(v);
  };
  const levelName = (l: ChainLevel): string => tr(...CHAIN_LEVEL_NAMES[l]);
  const evidenceName = (e: EvidenceLevel): string => `${tr("Nivå", "Level")} ${e}: ${tr(...EVIDENCE_NAMES[e])}`;
  const dash = "–";
  const periodLabel = `${formatDate(source.accounting.periodStart, locale)} – ${formatDate(source.accounting.periodEnd, locale)}`;

  // ---- registries -----------------------------------------------------------------------------
  const keyFigures = new Map<string, KeyFigure>();
  const tables = new Map<string, ReportTable>();
  const charts = new Map<string, ReportChart>();
  const assumptions: ReportAssumption[] = [];
  const addFigure = (f: KeyFigure): string => {
    keyFigures.set(f.id, f);
    return f.id;
  };
  const addTable = (t: ReportTable): string => {
    if (t.note === undefined) delete t.note;
    tables.set(t.id, t);
    return t.id;
  };
  const addChart = (c: ReportChart): string => {
    charts.set(c.id, c);
    return c.id;
  };
  const col = (key: string, label: string, align: "left" | "right" = "left"): TableColumn => ({ key, label, align });
  const txt = (text: string | undefined | null): TableCell => ({ text: text && text.trim() ? text : dash });
  const blank = (): TableCell => ({ text: "" });
  const numCell = (value: number | null | undefined, text: string): TableCell =>
    value === null || value === undefined ? { text: dash, value: null } : { text, value };
  const row = (key: string, cells: Record<string, TableCell>, total = false): TableRow => (total ? { key, cells, total } : { key, cells });

  // ---- indicators -----------------------------------------------------------------------------
  const wanted = options.indicatorIds ? new Set(options.indicatorIds) : null;
  const indicators = source.indicators.filter((i) => !wanted || wanted.has(i.id));
  const actualsOf = (i: SourceIndicator) => (forecast ? [] : i.actuals);
  const indLabel = (i: SourceIndicator): string => (i.code ? `${i.code} ${i.name}` : i.name);

  interface Comparison {
    ind: SourceIndicator;
    period: string;
    periodLabel: string;
    actual: number;
    target: number | null;
    share: number | null;
    n?: number;
    note?: string;
  }
  const comparisons: Comparison[] = [];
  // One formula for every indicator (targetAttainment), said in the report where the share appears.
  const attainmentNote = tr(
    "Andel av vägen till målet = (uppnått − utgångsläge) ÷ (utlovat − utgångsläge). 100 % betyder att målet är nått, över 100 % att det är överträffat. Saknas utgångsläge räknas från 0 när högre är bättre; när lägre är bättre visas ingen andel (–).",
    "Share of the way to the target = (achieved − baseline) ÷ (promised − baseline). 100% means the target is reached, above 100% that it is exceeded. Without a baseline it counts from 0 when higher is better; when lower is better no share is shown (–).",
  );
  for (const ind of indicators) {
    const latest = latestBy(actualsOf(ind));
    if (!latest) continue;
    const target = ind.targets.find((t) => t.period === latest.period) ?? latestBy(ind.targets);
    comparisons.push({
      ind,
      period: latest.period,
      periodLabel: latest.periodLabel,
      actual: latest.value,
      target: target ? target.value : null,
      share: target ? targetAttainment(ind, latest.value, target.value) : null,
      n: latest.n,
      note: latest.note,
    });
  }

  const indicatorFigureIds: string[] = [];
  for (const ind of indicators) {
    const c = comparisons.find((x) => x.ind === ind);
    if (c) {
      const noteParts: string[] = [];
      if (ind.baseline) noteParts.push(`${tr("Utgångsläge", "Baseline")} ${indValue(ind.baseline.value, ind.unit)}`);
      if (c.target !== null) noteParts.push(`${tr("mål", "target")} ${indValue(c.target, ind.unit)}`);
      const fig: KeyFigure = {
        id: `ind-${ind.id}`,
        label: ind.name,
        value: c.actual,
        unit: "indicator",
        formatted: indValue(c.actual, ind.unit),
        period: c.periodLabel,
      };
      if (c.n !== undefined) fig.n = c.n;
      if (noteParts.length) {
        const note = noteParts.join(", ");
        fig.note = note.charAt(0).toUpperCase() + note.slice(1);
      }
      indicatorFigureIds.push(addFigure(fig));
    } else if (forecast) {
      const target = latestBy(ind.targets);
      if (!target) continue;
      const fig: KeyFigure = {
        id: `ind-${ind.id}`,
        label: ind.name,
        value: target.value,
        unit: "indicator",
        formatted: `${tr("Mål", "Target")} ${indValue(target.value, ind.unit)}`,
        period: target.period,
      };
      if (ind.baseline) fig.note = `${tr("Utgångsläge", "Baseline")} ${indValue(ind.baseline.value, ind.unit)}`;
      indicatorFigureIds.push(addFigure(fig));
    }
  }
  const outcomeFigureIds = indicatorFigureIds.filter((id) => {
    const ind = indicators.find((i) => `ind-${i.id}` === id);
    return ind && (ind.level === "outcome" || ind.level === "impact");
  });
  const outputFigureIds = indicatorFigureIds.filter((id) => !outcomeFigureIds.includes(id));

  // ---- quality notes (advisory items; blocking ones stop publishing elsewhere) ------------------
  const quality = qualityCheck(source, { template: options.template });
  const qualityNotes = quality.filter((q) => q.severity === "advisory").map((q) => ({ code: q.code, message: q.message[locale] }));

  // ---- SROI -----------------------------------------------------------------------------------
  const sroi: SourceSroi | undefined = source.sroi;
  const range = sroi ? ratioRange(sroi.result.ratio, sroi.result.sensitivity) : null;
  const proxyText = (o: SourceSroi["outcomes"][number]): string => {
    const value = sek(o.proxyValue);
    if (o.placeholder) return `${value} (${tr("illustrativt värde", "illustrative value")})`;
    return value;
  };
  const proxySourceText = (o: SourceSroi["outcomes"][number]): string => {
    if (o.placeholder) return tr("Illustrativt värde, ingen publicerad källa", "Illustrative value, no published source");
    const parts = [o.proxySource?.trim(), o.proxyYear ? String(o.proxyYear) : undefined].filter(Boolean);
    return parts.length ? parts.join(", ") : dash;
  };
  if (sroi) {
    const r = sroi.result;
    const forecastWord = sroi.kind === "forecast" || forecast ? tr(" (prognos)", " (forecast)") : "";
    if (range) {
      const rangeText = `${ratioNum(range.low)}–${ratioNum(range.high)}`;
      addFigure({
        id: "sroi-ratio",
        label: tr("SROI-kvot", "SROI ratio") + forecastWord,
        value: r.ratio,
        unit: "ratio",
        formatted: formatRatio(r.ratio, locale),
        range: { low: range.low, high: range.high, formatted: rangeText },
      });
    }
    addFigure({ id: "sroi-present-value", label: tr("Nuvärde av effekterna", "Present value of outcomes"), value: r.presentValue, unit: "SEK", formatted: sek(r.presentValue) });
    addFigure({ id: "sroi-inputs", label: tr("Värde av insatserna", "Value of inputs"), value: r.totalInputs, unit: "SEK", formatted: sek(r.totalInputs) });
    addFigure({ id: "sroi-npv", label: tr("Nettonuvärde", "Net present value"), value: r.netPresentValue, unit: "SEK", formatted: sek(r.netPresentValue) });
    addFigure({
      id: "sroi-payback",
      label: tr("Återbetalningstid", "Payback period"),
      value: r.paybackMonths,
      unit: "months",
      formatted: r.paybackMonths === null ? dash : `${num(r.paybackMonths, 1)} ${tr("månader", "months")}`,
    });
    addFigure({ id: "sroi-discount-rate", label: tr("Diskonteringsränta", "Discount rate"), value: sroi.discountRate, unit: "share", formatted: pctInput(sroi.discountRate) });

    assumptions.push({
      id: "discount-rate",
      label: tr("Diskonteringsränta", "Discount rate"),
      value: pctInput(sroi.discountRate),
      raw: sroi.discountRate,
    });
    sroi.outcomes.forEach((o, i) => {
      const a: ReportAssumption = {
        id: `proxy-${i}`,
        label: `${tr("Proxy", "Proxy")}: ${o.label}`,
        value: proxyText(o),
        raw: o.proxyValue,
        source: proxySourceText(o),
      };
      assumptions.push(a);
      const deductions: [string, string, number, string | undefined][] = [
        ["deadweight", tr("Dödvikt", "Deadweight"), o.deadweight, o.justifications?.deadweight],
        ["displacement", tr("Undanträngning", "Displacement"), o.displacement, o.justifications?.displacement],
        ["attribution", tr("Tillskrivning", "Attribution"), o.attribution, o.justifications?.attribution],
        ["drop-off", tr("Avtagande", "Drop-off"), o.dropOff, o.justifications?.dropOff],
      ];
      for (const [key, name, value, why] of deductions) {
        if (key === "drop-off" && o.durationYears <= 1) continue;
        const d: ReportAssumption = { id: `${key}-${i}`, label: `${name}: ${o.label}`, value: pctInput(value), raw: value };
        if (why?.trim()) d.justification = why.trim();
        assumptions.push(d);
      }
    });
  }
  for (const [i, node] of source.impactChain.entries()) {
    if (node.assumption?.trim()) {
      assumptions.push({ id: `chain-${i}`, label: `${levelName(node.level)}: ${node.text}`, value: "", justification: node.assumption.trim() });
    }
  }
  if (source.finances?.volunteerHourValue !== undefined) {
    assumptions.push({
      id: "volunteer-hour-value",
      label: tr("Värde av en ideell timme", "Value of a volunteer hour"),
      value: sek(source.finances.volunteerHourValue),
      raw: source.finances.volunteerHourValue,
    });
  }

  // ---- section builders -----------------------------------------------------------------------
  const builders: Record<SectionKey, () => ReportBlock[]> = {
    summary: () => {
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
          text: tr(
            `${source.organisation.name} redovisar här ${source.accounting.title.trim() || "sitt arbete"} för perioden ${periodLabel} med metoden ${source.accounting.method.name}.`,
            `${source.organisation.name} reports on ${source.accounting.title.trim() || "its work"} for the period ${periodLabel} using ${source.accounting.method.name}.`,
          ),
        },
      ];
      if (ids.length) blocks.push({ type: "key-figures", ids });
      return blocks;
    },

    organisation: () => {
      const o = source.organisation;
      const registered = o.registeredIdeaBased ?? source.tender?.reservedEligibility.registeredIdeaBased;
      const registerNumber = o.registerNumber ?? source.tender?.reservedEligibility.registerNumber;
      const rows: TableRow[] = [
        row("name", { fact: txt(tr("Namn", "Name")), value: txt(o.name) }),
        row("org-number", { fact: txt(tr("Organisationsnummer", "Organisation number")), value: txt(o.orgNumber) }),
      ];
      if (o.umbrella) rows.push(row("umbrella", { fact: txt(tr("Paraplyorganisation", "Umbrella organisation")), value: txt(o.umbrella) }));
      if (o.sector) rows.push(row("sector", { fact: txt(tr("Verksamhetsområde", "Field of work")), value: txt(o.sector) }));
      if (registered !== undefined) {
        rows.push(
          row("register", {
            fact: txt(tr("Registrerad idéburen organisation (Kammarkollegiet)", "Registered idea-based organisation (Kammarkollegiet)")),
            value: txt(registered ? `${tr("Ja", "Yes")}${registerNumber ? `, ${tr("nr", "no.")} ${registerNumber}` : ""}` : tr("Nej", "No")),
          }),
        );
      }
      addTable({
        id: "organisation-facts",
        title: tr("Fakta om föreningen", "Facts about the organisation"),
        columns: [col("fact", tr("Uppgift", "Item")), col("value", tr("Värde", "Value"))],
        rows,
      });
      return [{ type: "table", tableId: "organisation-facts" }];
    },

    need: () => {
      if (source.stakeholders.length === 0) return [];
      addTable({
        id: "target-groups",
        title: tr("Målgrupper", "Target groups"),
        columns: [col("name", tr("Målgrupp", "Target group")), col("size", tr("Antal", "Number"), "right"), col("change", tr("Vad som ska förändras", "What should change"))],
        rows: source.stakeholders.map((s, i) =>
          row(`s${i}`, {
            name: txt(s.name),
            size: numCell(s.size, s.size == null ? dash : num(s.size, 0)),
            change: txt(s.whatChanges),
          }),
        ),
      });
      return [{ type: "table", tableId: "target-groups" }];
    },

    "impact-chain": () => {
      const blocks: ReportBlock[] = [];
      const nodes = CHAIN_LEVELS.flatMap((level) => source.impactChain.filter((n) => n.level === level));
      if (nodes.length) {
        addTable({
          id: "impact-chain",
          title: tr("Effektkedjan", "The impact chain"),
          columns: [col("level", tr("Nivå", "Level")), col("text", tr("Beskrivning", "Description")), col("assumption", tr("Antagande", "Assumption"))],
          rows: nodes.map((n) => {
            const i = source.impactChain.indexOf(n);
            return row(`c${i}`, { level: txt(levelName(n.level)), text: txt(n.text), assumption: txt(n.assumption) });
          }),
        });
        blocks.push({ type: "table", tableId: "impact-chain" });
      }
      if (source.outcomes.length) {
        const names = new Map(source.indicators.map((i) => [i.id, indLabel(i)]));
        addTable({
          id: "outcomes",
          title: tr("Effekter och hur de mäts", "Outcomes and how they are measured"),
          columns: [col("outcome", tr("Effekt", "Outcome")), col("stakeholder", tr("Intressent", "Stakeholder")), col("indicators", tr("Indikatorer", "Indicators"))],
          rows: source.outcomes.map((o) =>
            row(o.id, {
              outcome: txt(o.label),
              stakeholder: txt(o.stakeholder),
              indicators: txt(
                o.indicatorIds
                  .map((id) => names.get(id))
                  .filter(Boolean)
                  .join("; ") || tr("Ingen indikator ännu", "No indicator yet"),
              ),
            }),
          ),
        });
        blocks.push({ type: "table", tableId: "outcomes" });
      }
      return blocks;
    },

    method: () => {
      const a = source.accounting;
      const lines = [
        `${tr("Metod", "Method")}: ${a.method.name}.`,
        a.purpose.trim() ? `${tr("Syfte", "Purpose")}: ${a.purpose.trim()}` : "",
        `${tr("Redovisningsperiod", "Reporting period")}: ${periodLabel}.`,
        a.scope?.trim() ? `${tr("Avgränsning", "Scope")}: ${a.scope.trim()}` : "",
      ].filter(Boolean);
      const blocks: ReportBlock[] = [{ type: "paragraph", text: lines.join("\n") }];
      if (source.stakeholders.length) {
        addTable({
          id: "stakeholders",
          title: tr("Intressenter och hur de har hörts", "Stakeholders and how they were heard"),
          columns: [
            col("name", tr("Intressent", "Stakeholder")),
            col("size", tr("Antal", "Number"), "right"),
            col("involvement", tr("Hur de har hörts", "How they were heard")),
            col("change", tr("Vad som förändras", "What changes")),
          ],
          rows: source.stakeholders.map((s, i) =>
            row(`s${i}`, {
              name: txt(s.name),
              size: numCell(s.size, s.size == null ? dash : num(s.size, 0)),
              involvement: txt(s.involvement),
              change: txt(s.whatChanges),
            }),
          ),
        });
        blocks.push({ type: "table", tableId: "stakeholders" });
      }
      if (qualityNotes.length) {
        blocks.push({ type: "paragraph", text: tr("Begränsningar att känna till:", "Limitations to be aware of:") });
        blocks.push({ type: "list", items: qualityNotes.map((q) => q.message) });
      }
      return blocks;
    },

    results: () => {
      const blocks: ReportBlock[] = [];
      if (indicators.length === 0) return blocks;
      if (forecast) {
        addTable({
          id: "indicators-plan",
          title: tr("Indikatorer, utgångsläge och mål", "Indicators, baselines and targets"),
          columns: [
            col("indicator", tr("Indikator", "Indicator")),
            col("baseline", tr("Utgångsläge", "Baseline"), "right"),
            col("targets", tr("Målvärden", "Targets")),
            col("source", tr("Datakälla", "Data source")),
          ],
          rows: indicators.map((ind) =>
            row(ind.id, {
              indicator: txt(indLabel(ind)),
              baseline: ind.baseline ? { text: indValue(ind.baseline.value, ind.unit), value: ind.baseline.value } : { text: dash, value: null },
              targets: txt(
                [...ind.targets]
                  .sort((x, y) => x.period.localeCompare(y.period))
                  .map((t) => `${t.period}: ${indValue(t.value, ind.unit)}`)
                  .join("\n"),
              ),
              source: txt(ind.dataSource),
            }),
          ),
        });
        blocks.push({ type: "table", tableId: "indicators-plan" });
      } else {
        addTable({
          id: "indicators-results",
          title: tr("Indikatorer: utgångsläge, mål och utfall", "Indicators: baseline, target and result"),
          columns: [
            col("indicator", tr("Indikator", "Indicator")),
            col("baseline", tr("Utgångsläge", "Baseline"), "right"),
            col("target", tr("Mål", "Target"), "right"),
            col("actual", tr("Utfall", "Result"), "right"),
            col("n", "n", "right"),
            col("source", tr("Datakälla", "Data source")),
            col("quality", tr("Evidensnivå", "Evidence level")),
          ],
          rows: indicators.map((ind) => {
            const c = comparisons.find((x) => x.ind === ind);
            const latest = latestBy(ind.actuals);
            return row(ind.id, {
              indicator: txt(indLabel(ind)),
              baseline: ind.baseline ? { text: indValue(ind.baseline.value, ind.unit), value: ind.baseline.value } : { text: dash, value: null },
              target: c && c.target !== null ? { text: indValue(c.target, ind.unit), value: c.target } : { text: dash, value: null },
              actual: c ? { text: `${indValue(c.actual, ind.unit)} (${c.periodLabel})`, value: c.actual } : { text: dash, value: null },
              n: numCell(c?.n, c?.n === undefined ? dash : num(c.n, 0)),
              source: txt(ind.dataSource),
              quality: txt(latest ? evidenceName(latest.dataQuality) : undefined),
            });
          }),
        });
        blocks.push({ type: "table", tableId: "indicators-results" });
        if (def.promisedVsAchieved) {
          addTable({
            id: "promised-vs-achieved",
            title: tr("Utlovat och uppnått", "Promised and achieved"),
            columns: [
              col("indicator", tr("Indikator", "Indicator")),
              col("period", tr("Period", "Period")),
              col("baseline", tr("Utgångsläge", "Baseline"), "right"),
              col("promised", tr("Utlovat", "Promised"), "right"),
              col("achieved", tr("Uppnått", "Achieved"), "right"),
              col("share", tr("Andel av vägen till målet", "Share of the way to the target"), "right"),
              col("comment", tr("Kommentar", "Comment")),
            ],
            rows: comparisons.map((c) =>
              row(c.ind.id, {
                indicator: txt(indLabel(c.ind)),
                period: txt(c.periodLabel),
                baseline: c.ind.baseline
                  ? { text: indValue(c.ind.baseline.value, c.ind.unit), value: c.ind.baseline.value }
                  : { text: dash, value: null },
                promised: c.target === null ? { text: dash, value: null } : { text: indValue(c.target, c.ind.unit), value: c.target },
                achieved: { text: indValue(c.actual, c.ind.unit), value: c.actual },
                share: c.share === null ? { text: dash, value: null } : { text: pct(c.share, 0), value: c.share },
                comment: txt(c.note),
              }),
            ),
            note: attainmentNote,
          });
          blocks.push({ type: "table", tableId: "promised-vs-achieved" });
        }
        const attained = comparisons.filter((c) => c.share !== null);
        if (attained.length && !def.promisedVsAchieved) blocks.push({ type: "paragraph", text: attainmentNote });
        if (attained.length) {
          addChart({
            id: "target-attainment",
            kind: "target-attainment",
            title: tr(
              "Andel av vägen från utgångsläget till målet (100 % = målet nått)",
              "Share of the way from the baseline to the target (100% = target reached)",
            ),
            unit: "share",
            data: attained.map((c) => ({ indicatorId: c.ind.id, label: c.ind.name, share: Math.max(0, c.share as number) })),
          });
          blocks.push({ type: "chart", chartId: "target-attainment" });
        }
      }
      for (const ind of indicators) {
        const actuals = actualsOf(ind);
        const periods = [...new Set([...ind.targets.map((t) => t.period), ...actuals.map((a) => a.period)])].sort((x, y) => x.localeCompare(y));
        if (periods.length === 0 || (forecast && ind.targets.length === 0)) continue;
        if (!forecast && actuals.length === 0) continue;
        addChart({
          id: `progress-${ind.id}`,
          kind: "indicator-progress",
          title: `${ind.name} (${ind.unit})`,
          unit: ind.unit,
          indicatorId: ind.id,
          data: periods.map((p) => {
            const a = actuals.find((x) => x.period === p);
            const t = ind.targets.find((x) => x.period === p);
            return {
              period: p,
              label: a?.periodLabel ?? p,
              actual: a ? a.value : null,
              target: t ? t.value : null,
              baseline: ind.baseline ? ind.baseline.value : null,
            };
          }),
        });
        blocks.push({ type: "chart", chartId: `progress-${ind.id}` });
      }
      return blocks;
    },

    value: () => {
      const blocks: ReportBlock[] = [];
      if (sroi) {
        const r = sroi.result;
        const intro = tr(
          `Värdet är beräknat med SROI${sroi.kind === "forecast" || forecast ? " som en prognos" : ""}. Effekterna räknas om till kronor med finansiella proxyvärden, minskas med dödvikt, undanträngning, tillskrivning och avtagande och diskonteras med ${pctInput(sroi.discountRate)} per år.`,
          `The value is calculated with SROI${sroi.kind === "forecast" || forecast ? " as a forecast" : ""}. Outcomes are converted to money with financial proxies, reduced for deadweight, displacement, attribution and drop-off, and discounted at ${pctInput(sroi.discountRate)} a year.`,
        );
        blocks.push({ type: "paragraph", text: intro });
        if (!range) {
          blocks.push({
            type: "paragraph",
            text: tr(
              "SROI-kvoten visas när känslighetsanalysen är gjord, eftersom kvoten alltid ska visas med sitt intervall.",
              "The SROI ratio is shown once the sensitivity analysis is done, because the ratio is always shown with its range.",
            ),
          });
        }
        blocks.push({
          type: "key-figures",
          ids: ["sroi-ratio", "sroi-present-value", "sroi-inputs", "sroi-npv", "sroi-payback", "sroi-discount-rate"].filter((id) => keyFigures.has(id)),
        });
        addTable({
          id: "sroi-inputs",
          title: tr("Insatser", "Inputs"),
          columns: [col("input", tr("Insats", "Input")), col("amount", tr("Värde", "Value"), "right")],
          rows: [
            ...sroi.inputs.map((inp, i) =>
              row(`i${i}`, { input: txt(inp.note ? `${inp.label} (${inp.note})` : inp.label), amount: { text: sek(inp.amount), value: inp.amount } }),
            ),
            row("total", { input: txt(tr("Summa", "Total")), amount: { text: sek(r.totalInputs), value: r.totalInputs } }, true),
          ],
        });
        blocks.push({ type: "table", tableId: "sroi-inputs" });
        addTable({
          id: "sroi-outcomes",
          title: tr("Effekter och deras värde", "Outcomes and their value"),
          columns: [
            col("outcome", tr("Effekt", "Outcome")),
            col("stakeholder", tr("Intressent", "Stakeholder")),
            col("proxy", tr("Proxy per enhet och år", "Proxy per unit and year"), "right"),
            col("first", tr("Nettoeffekt år 1", "Net impact year 1"), "right"),
            col("pv", tr("Nuvärde", "Present value"), "right"),
          ],
          rows: [
            ...r.outcomes.map((o, i) => {
              const src = sroi.outcomes.find((x) => x.label === o.label);
              return row(`o${i}`, {
                outcome: txt(o.label),
                stakeholder: txt(o.stakeholder ?? src?.stakeholder),
                proxy: src ? { text: proxyText(src), value: src.proxyValue } : { text: dash, value: null },
                first: { text: sek(o.firstYearImpact), value: o.firstYearImpact },
                pv: { text: sek(o.presentValue), value: o.presentValue },
              });
            }),
            row(
              "total",
              {
                outcome: txt(tr("Summa", "Total")),
                stakeholder: blank(),
                proxy: blank(),
                first: { text: sek(r.outcomes.reduce((s, o) => s + o.firstYearImpact, 0)), value: r.outcomes.reduce((s, o) => s + o.firstYearImpact, 0) },
                pv: { text: sek(r.presentValue), value: r.presentValue },
              },
              true,
            ),
          ],
          note: sroi.outcomes.some((o) => o.placeholder)
            ? tr(
                "Illustrativt värde: proxyn saknar publicerad källa och visar bara storleksordningen.",
                "Illustrative value: the proxy has no published source and only shows the order of magnitude.",
              )
            : undefined,
        });
        blocks.push({ type: "table", tableId: "sroi-outcomes" });
        if (r.years.length) {
          addChart({
            id: "sroi-by-year",
            kind: "sroi-by-year",
            title: tr("Värde per år och nuvärde", "Value per year and present value"),
            unit: "SEK",
            data: r.years.map((y) => ({ year: y.year, value: y.value, presentValue: y.presentValue })),
          });
          blocks.push({ type: "chart", chartId: "sroi-by-year" });
        }
        const byStakeholder = new Map<string, number>();
        for (const o of r.outcomes) {
          const name = o.stakeholder ?? sroi.outcomes.find((x) => x.label === o.label)?.stakeholder ?? tr("Övriga", "Other");
          byStakeholder.set(name, (byStakeholder.get(name) ?? 0) + o.presentValue);
        }
        if (byStakeholder.size) {
          addChart({
            id: "sroi-by-stakeholder",
            kind: "sroi-by-stakeholder",
            title: tr("Nuvärde per intressent", "Present value per stakeholder"),
            unit: "SEK",
            data: [...byStakeholder].map(([stakeholder, presentValue]) => ({ stakeholder, presentValue })),
          });
          blocks.push({ type: "chart", chartId: "sroi-by-stakeholder" });
        }
        if (r.sensitivity.length) {
          const switching = (s: (typeof r.sensitivity)[number]): TableCell => {
            if (s.switchingValue === null) return { text: dash, value: null };
            const unit = s.unit ?? "share";
            const text =
              unit === "share"
                ? pct(s.switchingValue)
                : unit === "SEK"
                  ? sek(s.switchingValue)
                  : unit === "years"
                    ? `${num(s.switchingValue, 1)}${NBSP}${tr("år", "years")}`
                    : num(s.switchingValue);
            return { text, value: s.switchingValue };
          };
          addTable({
            id: "sroi-sensitivity",
            title: tr("Känslighetsanalys", "Sensitivity analysis"),
            columns: [
              col("parameter", tr("Vad som ändras", "What changes")),
              col("low", tr("Kvot när antagandet sänks", "Ratio when the assumption is lowered"), "right"),
              col("high", tr("Kvot när antagandet höjs", "Ratio when the assumption is raised"), "right"),
              col("switching", tr("Brytvärde (kvoten blir 1,00)", "Break-even value (ratio becomes 1.00)"), "right"),
            ],
            rows: r.sensitivity.map((s, i) =>
              row(`p${i}`, {
                parameter: txt(s.parameter),
                low: { text: ratioNum(s.low), value: s.low },
                high: { text: ratioNum(s.high), value: s.high },
                switching: switching(s),
              }),
            ),
            note: tr(
              `Grundberäkningen ger ${formatRatio(r.ratio, locale)}. Resultatet håller så länge antagandena ligger nära de valda värdena.`,
              `The base case gives ${formatRatio(r.ratio, locale)}. The result holds while the assumptions stay near the chosen values.`,
            ),
          });
          blocks.push({ type: "table", tableId: "sroi-sensitivity" });
          addChart({
            id: "sensitivity-tornado",
            kind: "sensitivity-tornado",
            title: tr("Känslighetsanalys: SROI-kvot när ett antagande ändras", "Sensitivity: SROI ratio when one assumption changes"),
            unit: "ratio",
            base: r.ratio,
            data: r.sensitivity.map((s) => ({ parameter: s.parameter, low: s.low, high: s.high })),
          });
          blocks.push({ type: "chart", chartId: "sensitivity-tornado" });
        }
        const deductionRows: TableRow[] = [];
        sroi.outcomes.forEach((o, i) => {
          const list: [string, string, number, string | undefined][] = [
            ["dw", tr("Dödvikt", "Deadweight"), o.deadweight, o.justifications?.deadweight],
            ["ds", tr("Undanträngning", "Displacement"), o.displacement, o.justifications?.displacement],
            ["at", tr("Tillskrivning", "Attribution"), o.attribution, o.justifications?.attribution],
            ["do", tr("Avtagande", "Drop-off"), o.dropOff, o.justifications?.dropOff],
          ];
          for (const [k, name, value, why] of list) {
            if (k === "do" && o.durationYears <= 1) continue;
            deductionRows.push(
              row(`${i}-${k}`, {
                outcome: txt(o.label),
                deduction: txt(name),
                value: { text: pctInput(value), value },
                why: txt(why?.trim() || tr("Motivering saknas", "No justification given")),
              }),
            );
          }
        });
        if (deductionRows.length) {
          addTable({
            id: "sroi-deductions",
            title: tr("Avdrag och motiveringar", "Deductions and their justification"),
            columns: [
              col("outcome", tr("Effekt", "Outcome")),
              col("deduction", tr("Avdrag", "Deduction")),
              col("value", tr("Andel", "Share"), "right"),
              col("why", tr("Motivering", "Justification")),
            ],
            rows: deductionRows,
          });
          blocks.push({ type: "table", tableId: "sroi-deductions" });
        }
      }
      const se = source.socioeconomic;
      if (se) {
        blocks.push({
          type: "paragraph",
          text: tr(
            `Det socioekonomiska bokslutet visar vem som vinner och vem som betalar, per aktör och år. Beräkningen gäller ${num(se.effectivePersonYears, 1)} effektiva personår. Överföringar (till exempel bidrag och skatt) visas per aktör men räknas inte in i samhällets totala värde.`,
            `The socio-economic account shows who gains and who pays, per actor and year. It covers ${num(se.effectivePersonYears, 1)} effective person-years. Transfers (such as benefits and taxes) are shown per actor but not counted in the value to society as a whole.`,
          ),
        });
        addFigure({ id: "socio-public-total", label: tr("Offentlig sektor, netto per år", "Public sector, net per year"), value: se.publicTotal, unit: "SEK", formatted: sek(se.publicTotal) });
        addFigure({ id: "socio-society-total", label: tr("Samhället (reala värden) per år", "Society (real values) per year"), value: se.societyTotal, unit: "SEK", formatted: sek(se.societyTotal) });
        addFigure({ id: "socio-intervention-cost", label: tr("Insatsens kostnad per år", "Yearly cost of the intervention"), value: se.interventionCost, unit: "SEK", formatted: sek(se.interventionCost) });
        addFigure({
          id: "socio-payback-public",
          label: tr("Återbetalningstid för offentlig sektor", "Payback for the public sector"),
          value: se.paybackYearsPublic,
          unit: "years",
          formatted: se.paybackYearsPublic === null ? dash : `${num(se.paybackYearsPublic, 2)} ${tr("år", "years")}`,
        });
        blocks.push({ type: "key-figures", ids: ["socio-public-total", "socio-society-total", "socio-intervention-cost", "socio-payback-public"] });
        addTable({
          id: "socio-actors",
          title: tr("Värde per aktör", "Value per actor"),
          columns: [
            col("actor", tr("Aktör", "Actor")),
            col("perPersonYear", tr("Netto per personår", "Net per person-year"), "right"),
            col("total", tr("Netto per år", "Net per year"), "right"),
          ],
          rows: [
            ...se.actors.map((a) =>
              row(a.key, {
                actor: txt(a.label),
                perPersonYear: { text: sek(a.netPerPersonYear), value: a.netPerPersonYear },
                total: { text: sek(a.total), value: a.total },
              }),
            ),
            row("public-total", { actor: txt(tr("Offentlig sektor totalt", "Public sector total")), perPersonYear: blank(), total: { text: sek(se.publicTotal), value: se.publicTotal } }, true),
          ],
        });
        blocks.push({ type: "table", tableId: "socio-actors" });
        addChart({
          id: "socioeconomic-per-actor",
          kind: "socioeconomic-per-actor",
          title: tr("Netto per aktör och år", "Net per actor and year"),
          unit: "SEK",
          data: se.actors.map((a) => ({ actor: a.key, label: a.label, total: a.total })),
        });
        blocks.push({ type: "chart", chartId: "socioeconomic-per-actor" });
      }
      return blocks;
    },

    stories: () => {
      const consented = source.stories.filter((s) => s.consent && s.quote.trim());
      if (consented.length === 0) {
        return [{ type: "paragraph", text: tr("Det finns inga berättelser med samtycke för perioden.", "There are no stories with consent for the period.") }];
      }
      return consented.map((s) => ({ type: "quote", quote: s.quote.trim(), who: s.who.trim() }));
    },

    "negative-effects": () => {
      const negatives = sroi?.outcomes.filter((o) => o.proxyValue < 0) ?? [];
      if (!negatives.length) return [];
      return [
        { type: "paragraph", text: tr("Negativa effekter som ingår i beräkningen och minskar värdet:", "Negative outcomes included in the calculation, reducing the value:") },
        { type: "list", items: negatives.map((o) => `${o.label} (${o.stakeholder}): ${sek(o.proxyValue)} ${tr("per enhet och år", "per unit and year")}`) },
      ];
    },

    lessons: () => {
      if (!source.actionPlan.length) return [];
      addTable({
        id: "action-plan",
        title: tr("Handlingsplan", "Action plan"),
        columns: [
          col("what", tr("Vad", "What")),
          col("goals", tr("Mål", "Goals")),
          col("how", tr("Hur", "How")),
          col("when", tr("När", "When")),
          col("who", tr("Vem", "Who")),
          col("measure", tr("Hur vi följer upp", "How we follow up")),
        ],
        rows: source.actionPlan.map((a, i) =>
          row(`a${i}`, { what: txt(a.what), goals: txt(a.goals), how: txt(a.how), when: txt(a.when), who: txt(a.who), measure: txt(a.measure) }),
        ),
      });
      return [{ type: "table", tableId: "action-plan" }];
    },

    finances: () => {
      const f = source.finances;
      if (!f) return [];
      const blocks: ReportBlock[] = [];
      const budget = f.rows.reduce((s, r) => s + r.budget, 0);
      const hasActual = !forecast && f.rows.some((r) => r.actual !== null);
      const actual = f.rows.reduce((s, r) => s + (r.actual ?? 0), 0);
      const columns = [col("item", tr("Kostnadspost", "Cost item")), col("budget", tr("Budget", "Budget"), "right")];
      if (hasActual) columns.push(col("actual", tr("Utfall", "Actual"), "right"), col("difference", tr("Skillnad", "Difference"), "right"));
      const finRow = (key: string, item: string, b: number, a: number | null, total = false): TableRow => {
        const cells: Record<string, TableCell> = { item: txt(item), budget: { text: sek(b), value: b } };
        if (hasActual) {
          cells.actual = numCell(a, a === null ? dash : sek(a));
          cells.difference = numCell(a === null ? null : a - b, a === null ? dash : sek(a - b));
        }
        return row(key, cells, total);
      };
      addTable({
        id: "finances",
        title: hasActual ? tr("Budget och utfall per kostnadspost", "Budget and actual per cost item") : tr("Budget per kostnadspost", "Budget per cost item"),
        columns,
        rows: [...f.rows.map((r, i) => finRow(`f${i}`, r.item, r.budget, r.actual)), finRow("total", tr("Summa", "Total"), budget, hasActual ? actual : null, true)],
      });
      blocks.push({ type: "table", tableId: "finances" });
      const figureIds: string[] = [];
      const total = hasActual ? actual : budget;
      figureIds.push(addFigure({ id: "fin-total", label: hasActual ? tr("Kostnader, utfall", "Costs, actual") : tr("Kostnader, budget", "Costs, budget"), value: total, unit: "SEK", formatted: sek(total) }));
      if (f.coFinancing?.length) {
        const co = f.coFinancing.reduce((s, c) => s + c.amount, 0);
        addTable({
          id: "co-financing",
          title: tr("Medfinansiering", "Co-financing"),
          columns: [col("source", tr("Från", "From")), col("amount", tr("Belopp", "Amount"), "right")],
          rows: [
            ...f.coFinancing.map((c, i) => row(`c${i}`, { source: txt(c.source), amount: { text: sek(c.amount), value: c.amount } })),
            row("total", { source: txt(tr("Summa", "Total")), amount: { text: sek(co), value: co } }, true),
          ],
        });
        blocks.push({ type: "table", tableId: "co-financing" });
        if (total > 0) {
          figureIds.push(addFigure({ id: "fin-co-financing-share", label: tr("Andel medfinansiering", "Co-financing share"), value: co / total, unit: "share", formatted: pct(co / total) }));
        }
      }
      if (f.volunteerHours !== undefined) {
        figureIds.push(addFigure({ id: "fin-volunteer-hours", label: tr("Ideella timmar", "Volunteer hours"), value: f.volunteerHours, unit: "count", formatted: `${num(f.volunteerHours, 0)} ${tr("timmar", "hours")}` }));
        if (f.volunteerHourValue !== undefined) {
          const v = f.volunteerHours * f.volunteerHourValue;
          figureIds.push(
            addFigure({
              id: "fin-volunteer-value",
              label: tr("Värde av ideell tid", "Value of volunteer time"),
              value: v,
              unit: "SEK",
              formatted: sek(v),
              note: `${num(f.volunteerHours, 0)} × ${sek(f.volunteerHourValue)}`,
            }),
          );
        }
      }
      blocks.push({ type: "key-figures", ids: figureIds });
      return blocks;
    },

    verification: () => {
      const outcomeInds = indicators.filter((i) => i.level === "outcome" || i.level === "impact");
      const withBaseline = outcomeInds.filter((i) => i.baseline).length;
      const withEvidence = indicators.filter((i) => i.evidenceCount > 0).length;
      const withSource = indicators.filter((i) => i.dataSource.trim()).length;
      return [
        {
          type: "paragraph",
          text: tr(
            `${withBaseline} av ${outcomeInds.length} effektindikatorer har ett utgångsläge. ${withSource} av ${indicators.length} indikatorer har en angiven datakälla och ${withEvidence} har bifogat underlag.`,
            `${withBaseline} of ${outcomeInds.length} outcome indicators have a baseline. ${withSource} of ${indicators.length} indicators name a data source and ${withEvidence} have evidence attached.`,
          ),
        },
      ];
    },

    compliance: () => {
      const t = source.tender;
      if (!t || !t.requirements.length) return [];
      const blocks: ReportBlock[] = [];
      if (t.buyer || t.procurementTitle) {
        blocks.push({
          type: "paragraph",
          text: [t.procurementTitle ? `${tr("Upphandling", "Procurement")}: ${t.procurementTitle}.` : "", t.buyer ? `${tr("Beställare", "Buyer")}: ${t.buyer}.` : ""]
            .filter(Boolean)
            .join(" "),
        });
      }
      addTable({
        id: "compliance",
        title: tr("Sociala krav och hur vi uppfyller dem", "Social requirements and how we meet them"),
        columns: [col("requirement", tr("Krav", "Requirement")), col("how", tr("Så uppfyller vi kravet", "How we meet it")), col("evidence", tr("Underlag", "Evidence"))],
        rows: t.requirements.map((r, i) => row(`r${i}`, { requirement: txt(r.requirement), how: txt(r.howWeMeetIt), evidence: txt(r.evidence) })),
      });
      blocks.push({ type: "table", tableId: "compliance" });
      return blocks;
    },

    eligibility: () => {
      const e = source.tender?.reservedEligibility;
      if (!e) return [];
      const rows: TableRow[] = [];
      const ids: string[] = [];
      // The ASF-07 indicator's latest actual wins over a typed share, so the report states one figure.
      const eligibility = eligibilityShare(source);
      if (eligibility) {
        const share = eligibility.share;
        const met = share >= RESERVED_SHARE_THRESHOLD;
        const origin = eligibility.indicator
          ? tr(
              `Utfall för indikatorn ASF-07, ${eligibility.indicator.periodLabel}.`,
              `Actual of the indicator ASF-07, ${eligibility.indicator.periodLabel}.`,
            )
          : tr("Uppgift från anbudet (ingen mätning av indikatorn ASF-07).", "Stated in the tender (no measurement of the indicator ASF-07).");
        ids.push(
          addFigure({
            id: "tender-share",
            label: tr("Andel sysselsatta från målgrupperna (ASF-07)", "Share of people occupied from the target groups (ASF-07)"),
            value: share,
            unit: "share",
            formatted: pct(share),
            note: `${met ? tr("Minst 30 %: villkoret är uppfyllt.", "At least 30%: the condition is met.") : tr("Under 30 %: villkoret är inte uppfyllt.", "Below 30%: the condition is not met.")} ${origin}`,
          }),
        );
        rows.push(
          row("share", {
            fact: txt(tr("Andel sysselsatta från målgrupperna (ASF-07)", "Share of people occupied from the target groups (ASF-07)")),
            value: { text: `${pct(share)} (${eligibility.indicator ? tr("indikatorn ASF-07", "indicator ASF-07") : tr("uppgift i anbudet", "stated in the tender")})`, value: share },
            rule: txt(tr("Minst 30 % (LOU 4 kap. 18 §)", "At least 30% (LOU ch. 4 s. 18)")),
            met: txt(met ? tr("Uppfyllt", "Met") : tr("Inte uppfyllt", "Not met")),
          }),
        );
      }
      const registered = e.registeredIdeaBased ?? source.organisation.registeredIdeaBased;
      if (registered !== undefined) {
        const number = e.registerNumber ?? source.organisation.registerNumber;
        rows.push(
          row("register", {
            fact: txt(tr("Registrerad idéburen organisation", "Registered idea-based organisation")),
            value: txt(registered ? `${tr("Ja", "Yes")}${number ? `, ${tr("nr", "no.")} ${number}` : ""}` : tr("Nej", "No")),
            rule: txt(tr("Kammarkollegiets register (LOU 19 kap. 25 a §)", "Kammarkollegiet's register (LOU ch. 19 s. 25 a)")),
            met: txt(registered ? tr("Uppfyllt", "Met") : tr("Inte uppfyllt", "Not met")),
          }),
        );
      }
      if (!rows.length) return [];
      addTable({
        id: "eligibility",
        title: tr("Villkor för reserverad upphandling", "Conditions for reserved procurement"),
        columns: [col("fact", tr("Uppgift", "Item")), col("value", tr("Värde", "Value")), col("rule", tr("Villkor", "Condition")), col("met", tr("Status", "Status"))],
        rows,
      });
      const blocks: ReportBlock[] = [];
      if (ids.length) blocks.push({ type: "key-figures", ids });
      blocks.push({ type: "table", tableId: "eligibility" });
      return blocks;
    },

    capacity: () => (outputFigureIds.length ? [{ type: "key-figures", ids: outputFigureIds }] : []),

    appendices: () => {
      const blocks: ReportBlock[] = [];
      if (indicators.length) {
        addTable({
          id: "indicator-definitions",
          title: tr("Indikatorer och definitioner", "Indicators and definitions"),
          columns: [
            col("code", tr("Kod", "Code")),
            col("name", tr("Indikator", "Indicator")),
            col("unit", tr("Enhet", "Unit")),
            col("level", tr("Nivå", "Level")),
            col("direction", tr("Bättre är", "Better is")),
            col("source", tr("Datakälla", "Data source")),
            col("evidence", tr("Underlag", "Evidence"), "right"),
          ],
          rows: indicators.map((i) =>
            row(i.id, {
              code: txt(i.code),
              name: txt(i.name),
              unit: txt(i.unit),
              level: txt(levelName(i.level)),
              direction: txt(i.direction === "increase" ? tr("högre", "higher") : tr("lägre", "lower")),
              source: txt(i.dataSource),
              evidence: { text: `${num(i.evidenceCount, 0)} ${tr("filer", "files")}`, value: i.evidenceCount },
            }),
          ),
        });
        blocks.push({ type: "table", tableId: "indicator-definitions" });
      }
      if (sroi?.outcomes.length) {
        addTable({
          id: "sroi-impact-map",
          title: tr("Värdekarta (SROI)", "Value map (SROI)"),
          columns: [
            col("outcome", tr("Effekt", "Outcome")),
            col("stakeholder", tr("Intressent", "Stakeholder")),
            col("quantity", tr("Antal", "Quantity"), "right"),
            col("proxy", tr("Proxy", "Proxy"), "right"),
            col("source", tr("Källa och år", "Source and year")),
            col("dw", tr("Dödvikt", "Deadweight"), "right"),
            col("ds", tr("Undan- trängning", "Displace- ment"), "right"),
            col("at", tr("Tillskriv- ning", "Attribu- tion"), "right"),
            col("do", tr("Avtagande", "Drop-off"), "right"),
            col("duration", tr("År", "Years"), "right"),
          ],
          rows: sroi.outcomes.map((o, i) =>
            row(`o${i}`, {
              outcome: txt(o.label),
              stakeholder: txt(o.stakeholder),
              quantity: { text: num(o.quantity), value: o.quantity },
              proxy: { text: proxyText(o), value: o.proxyValue },
              source: txt(proxySourceText(o)),
              dw: { text: pctInput(o.deadweight), value: o.deadweight },
              ds: { text: pctInput(o.displacement), value: o.displacement },
              at: { text: pctInput(o.attribution), value: o.attribution },
              do: { text: pctInput(o.dropOff), value: o.dropOff },
              duration: { text: num(o.durationYears, 0), value: o.durationYears },
            }),
          ),
        });
        blocks.push({ type: "table", tableId: "sroi-impact-map" });
      }
      if (assumptions.length) {
        addTable({
          id: "assumptions",
          title: tr("Antaganden och källor", "Assumptions and sources"),
          columns: [col("label", tr("Antagande", "Assumption")), col("value", tr("Värde", "Value"), "right"), col("basis", tr("Källa eller motivering", "Source or justification"))],
          rows: assumptions.map((a) => row(a.id, { label: txt(a.label), value: { text: a.value, value: a.raw ?? null }, basis: txt(a.source ?? a.justification) })),
        });
        blocks.push({ type: "table", tableId: "assumptions" });
      }
      return blocks;
    },
  };

  // Value figures feed the summary, so build in a fixed order and assemble sections afterwards.
  const chosen = dedupe((options.sectionKeys ?? def.sections).filter((k) => SECTION_KEYS.includes(k)));
  const buildOrder: SectionKey[] = ["value", ...SECTION_KEYS.filter((k) => k !== "value" && k !== "summary"), "summary"];
  const built = new Map<SectionKey, ReportBlock[]>();
  for (const key of buildOrder) if (chosen.includes(key) || (key === "value" && chosen.includes("summary"))) built.set(key, builders[key]());

  const sections: ReportSection[] = chosen.map((key) => {
    const narrative = normaliseNarrative(options.narratives[key]);
    const blocks = built.get(key) ?? [];
    const section: ReportSection = { key, title: sectionTitle(options.template, key, locale), narrative, blocks };
    if (!narrative && blocks.length === 0) {
      section.blocks = [{ type: "paragraph", text: tr("Inget redovisat i den här delen.", "Nothing reported in this part.") }];
    }
    return section;
  });

  // Keep only the tables, charts and figures the chosen sections show.
  const usedTables = new Set<string>();
  const usedCharts = new Set<string>();
  const usedFigures = new Set<string>();
  for (const s of sections) {
    for (const b of s.blocks) {
      if (b.type === "table") usedTables.add(b.tableId);
      if (b.type === "chart") usedCharts.add(b.chartId);
      if (b.type === "key-figures") b.ids.forEach((id) => usedFigures.add(id));
    }
  }

  return {
    schemaVersion: 1,
    locale,
    template: options.template,
    templateName: templateName(options.template, locale),
    title: options.title,
    organisation: {
      name: source.organisation.name,
      orgNumber: source.organisation.orgNumber,
      ...(source.organisation.umbrella ? { umbrella: source.organisation.umbrella } : {}),
      ...(source.organisation.sector ? { sector: source.organisation.sector } : {}),
    },
    accounting: {
      id: source.accounting.id,
      title: source.accounting.title,
      method: { key: source.accounting.method.key, name: source.accounting.method.name },
      purpose: source.accounting.purpose,
      periodStart: source.accounting.periodStart,
      periodEnd: source.accounting.periodEnd,
      periodLabel,
    },
    sections,
    charts: [...charts.values()].filter((c) => usedCharts.has(c.id)),
    tables: [...tables.values()].filter((t) => usedTables.has(t.id)),
    keyFigures: [...keyFigures.values()].filter((f) => usedFigures.has(f.id)),
    assumptions,
    qualityNotes,
    generatedAt: options.generatedAt,
  };
}

function dedupe<T>(items: T[]): T[] {
  return [...new Set(items)];
}
