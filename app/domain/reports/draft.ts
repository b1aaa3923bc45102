import { z } from "zod";
import type { Locale } from "~/i18n/types";
import { REPORT_TEMPLATE_DEFINITIONS } from "./templates";
import type { BuildReportOptions, ReportSource, ReportTemplate, SectionKey } from "./types";
import { REPORT_TEMPLATES, SECTION_KEYS } from "./types";

/**
 * A report draft: what the report builder adds to an accounting (method guide §10.1). The
 * accounting's data (impact chain, indicators, value) is read live when the model is built; the
 * draft holds only the report's own choices and inputs — chosen sections and indicators, the
 * narrative of each section, stories with consent, finances and the tender facts. Stored as jsonb
 * in `reports.draft`; parsed with this schema on every read so an old or hand-edited draft can
 * never break a page.
 */

const text = (max: number) => z.string().max(max).default("");
const money = z.number().finite().min(-1e12).max(1e12);

export const ReportAudienceSchema = z.enum(["external", "internal"]);
export type ReportAudience = z.infer<typeof ReportAudienceSchema>;

export const DraftStorySchema = z.object({
  quote: text(4000),
  who: text(200),
  consent: z.boolean().default(false),
});
export type DraftStory = z.infer<typeof DraftStorySchema>;

export const DraftFinancesSchema = z.object({
  rows: z
    .array(z.object({ item: text(200), budget: money, actual: money.nullable() }))
    .max(100)
    .default([]),
  coFinancing: z
    .array(z.object({ source: text(200), amount: money }))
    .max(50)
    .default([]),
  volunteerHours: z.number().finite().min(0).max(1e7).optional(),
  volunteerHourValue: z.number().finite().min(0).max(1e5).optional(),
});
export type DraftFinances = z.infer<typeof DraftFinancesSchema>;

export const DraftTenderSchema = z.object({
  buyer: text(200),
  procurementTitle: text(300),
  requirements: z
    .array(
      z.object({
        requirement: text(1000),
        howWeMeetIt: text(4000),
        evidence: text(1000),
      }),
    )
    .max(50)
    .default([]),
  /** ASF-07 as a share 0–1 (LOU 4 kap. 18 § needs at least 0.30). */
  shareTargetGroup: z.number().finite().min(0).max(1).optional(),
});
export type DraftTender = z.infer<typeof DraftTenderSchema>;

export const ReportDraftSchema = z.object({
  /** Chosen sections; missing = the template's default sections. Kept in the template's order. */
  sectionKeys: z.array(z.enum(SECTION_KEYS)).optional(),
  /** Chosen indicators; missing = all of the accounting's indicators. */
  indicatorIds: z.array(z.string().max(100)).max(500).optional(),
  narratives: z.partialRecord(z.enum(SECTION_KEYS), z.string().max(20000)).default({}),
  stories: z.array(DraftStorySchema).max(50).default([]),
  finances: DraftFinancesSchema.optional(),
  tender: DraftTenderSchema.optional(),
  /** Who the report is for; external reports may not be published with blocking quality items. */
  audience: ReportAudienceSchema.default("external"),
});
export type ReportDraft = z.infer<typeof ReportDraftSchema>;

/** A stored draft, read leniently: anything unreadable falls back to an empty draft. */
export function readDraft(value: unknown): ReportDraft {
  const parsed = ReportDraftSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : ReportDraftSchema.parse({});
}

export const ReportTemplateSchema = z.enum(REPORT_TEMPLATES as [ReportTemplate, ...ReportTemplate[]]);

/** The sections of a draft, in the template's order (template sections first, then any extra). */
export function draftSections(template: ReportTemplate, draft: Pick<ReportDraft, "sectionKeys">): SectionKey[] {
  const defaults = REPORT_TEMPLATE_DEFINITIONS[template].sections;
  if (!draft.sectionKeys) return [...defaults];
  const chosen = new Set(draft.sectionKeys);
  const order = [...defaults, ...SECTION_KEYS.filter((k) => !defaults.includes(k))];
  return order.filter((k) => chosen.has(k));
}

/** The sections the builder offers for a template: its own, then the rest of the catalogue. */
export function offeredSections(template: ReportTemplate): SectionKey[] {
  const defaults = REPORT_TEMPLATE_DEFINITIONS[template].sections;
  return [...defaults, ...SECTION_KEYS.filter((k) => !defaults.includes(k))];
}

/**
 * The report source for a draft: the accounting's source with the draft's own inputs put in
 * (stories, finances, tender facts) and only the chosen indicators kept, so the quality check and
 * the model look at exactly what the report will show.
 */
export function applyDraft(base: ReportSource, draft: ReportDraft): ReportSource {
  const wanted = draft.indicatorIds ? new Set(draft.indicatorIds) : null;
  const source: ReportSource = {
    ...base,
    indicators: wanted ? base.indicators.filter((i) => wanted.has(i.id)) : base.indicators,
    stories: draft.stories
      .filter((s) => s.quote.trim())
      .map((s) => ({ quote: s.quote, who: s.who, consent: s.consent })),
  };
  if (
    draft.finances &&
    (draft.finances.rows.length > 0 ||
      draft.finances.coFinancing.length > 0 ||
      draft.finances.volunteerHours !== undefined)
  ) {
    const f = draft.finances;
    source.finances = {
      rows: f.rows.map((r) => ({
        item: r.item,
        budget: r.budget,
        actual: r.actual,
      })),
      ...(f.coFinancing.length > 0
        ? {
            coFinancing: f.coFinancing.map((c) => ({
              source: c.source,
              amount: c.amount,
            })),
          }
        : {}),
      ...(f.volunteerHours !== undefined ? { volunteerHours: f.volunteerHours } : {}),
      ...(f.volunteerHourValue !== undefined ? { volunteerHourValue: f.volunteerHourValue } : {}),
    };
  }
  if (draft.tender) {
    const t = draft.tender;
    source.tender = {
      ...(t.buyer.trim() ? { buyer: t.buyer } : {}),
      ...(t.procurementTitle.trim() ? { procurementTitle: t.procurementTitle } : {}),
      requirements: t.requirements.map((r) => ({ ...r })),
      reservedEligibility: {
        ...(t.shareTargetGroup !== undefined ? { shareTargetGroup: t.shareTargetGroup } : {}),
        ...(base.organisation.registeredIdeaBased !== undefined
          ? { registeredIdeaBased: base.organisation.registeredIdeaBased }
          : {}),
        ...(base.organisation.registerNumber ? { registerNumber: base.organisation.registerNumber } : {}),
      },
    };
  }
  return source;
}

/** Options for buildReportModel from a report's settings and draft. */
export function draftBuildOptions(
  report: { title: string; template: ReportTemplate; locale: Locale },
  draft: ReportDraft,
  generatedAt: string,
): BuildReportOptions {
  return {
    template: report.template,
    sectionKeys: draftSections(report.template, draft),
    narratives: draft.narratives,
    title: report.title,
    locale: report.locale,
    generatedAt,
  };
}
