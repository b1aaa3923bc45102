import { messagesFor } from "~/i18n";
import type { ReportSectionBuilder, SectionContext } from "./sections/context";
import { reportFacts } from "./sections/facts";
import { reportFormat, reportRegistry, tableKit } from "./sections/kit";
import { SECTION_BUILDERS } from "./sections/registry";
import { REPORT_TEMPLATE_DEFINITIONS, sectionTitle, templateName } from "./templates";
import type { BuildReportOptions, ReportBlock, ReportModel, ReportSection, ReportSource, SectionKey } from "./types";
import { SECTION_KEYS } from "./types";

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
 * model (generatedAt is passed in). Each section is one module under sections/, looked up by key in
 * `SECTION_BUILDERS`; the text comes from the report's locale in the catalogue (reportModel area).
 * Stories without consent are left out; an SROI ratio appears only together with its sensitivity
 * range, and not at all when there is no sensitivity analysis.
 */
export function buildReportModel(source: ReportSource, options: BuildReportOptions): ReportModel {
  const locale = options.locale;
  const t = messagesFor(locale).reportModel;
  const def = REPORT_TEMPLATE_DEFINITIONS[options.template];
  const f = reportFormat(locale, t, source);
  const base = { source, options, locale, def, forecast: def.forecast, t, f, table: tableKit(f.dash), ...reportRegistry() };
  const ctx: SectionContext = { ...base, ...reportFacts(base) };

  // Value figures feed the summary, so build in a fixed order and assemble sections afterwards.
  const chosen = dedupe((options.sectionKeys ?? def.sections).filter((k) => SECTION_KEYS.includes(k)));
  const buildOrder: SectionKey[] = ["value", ...SECTION_KEYS.filter((k) => k !== "value" && k !== "summary"), "summary"];
  const built = new Map<SectionKey, ReportBlock[]>();
  for (const key of buildOrder) {
    if (chosen.includes(key) || (key === "value" && chosen.includes("summary"))) {
      const builder: ReportSectionBuilder = SECTION_BUILDERS[key];
      built.set(key, builder.build(ctx));
    }
  }

  const sections: ReportSection[] = chosen.map((key) => {
    const narrative = normaliseNarrative(options.narratives[key]);
    const blocks = built.get(key) ?? [];
    const section: ReportSection = { key, title: sectionTitle(options.template, key, locale), narrative, blocks };
    if (!narrative && blocks.length === 0) section.blocks = [{ type: "paragraph", text: t.words.emptySection }];
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
      periodLabel: f.periodLabel,
    },
    sections,
    charts: [...ctx.charts.values()].filter((c) => usedCharts.has(c.id)),
    tables: [...ctx.tables.values()].filter((tb) => usedTables.has(tb.id)),
    keyFigures: [...ctx.keyFigures.values()].filter((fig) => usedFigures.has(fig.id)),
    assumptions: ctx.assumptions,
    qualityNotes: ctx.qualityNotes,
    generatedAt: options.generatedAt,
  };
}

function dedupe<T>(items: T[]): T[] {
  return [...new Set(items)];
}
