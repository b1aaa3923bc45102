import type { Locale } from "~/i18n/types";
import { messagesFor } from "~/i18n";
import type { ReportTemplate, SectionKey } from "./types";

/**
 * Report templates as data (method guide §10.1): the default ordered section keys of each variant.
 * Their names, descriptions and section titles live in the catalogue (app/i18n/<locale>/report-model.ts,
 * `templates` and `sectionTitles`). Adding a template is an edit of this table and the catalogue,
 * not of control flow.
 */
export interface ReportTemplateDefinition {
  key: ReportTemplate;
  sections: SectionKey[];
  /** Whether the results compare promised (target) and achieved (actual) values. */
  promisedVsAchieved: boolean;
  /** Whether the report is a forecast (no actual values shown). */
  forecast: boolean;
}

export const REPORT_TEMPLATE_DEFINITIONS: Record<ReportTemplate, ReportTemplateDefinition> = {
  "grant-application": {
    key: "grant-application",
    sections: [
      "summary",
      "organisation",
      "need",
      "impact-chain",
      "method",
      "results",
      "value",
      "negative-effects",
      "lessons",
      "finances",
      "appendices",
    ],
    promisedVsAchieved: false,
    forecast: true,
  },
  "grant-report": {
    key: "grant-report",
    sections: [
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
      "appendices",
    ],
    promisedVsAchieved: true,
    forecast: false,
  },
  tender: {
    key: "tender",
    sections: [
      "summary",
      "organisation",
      "compliance",
      "eligibility",
      "capacity",
      "impact-chain",
      "method",
      "results",
      "value",
      "stories",
      "verification",
      "appendices",
    ],
    promisedVsAchieved: true,
    forecast: false,
  },
  annual: {
    key: "annual",
    sections: [
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
      "appendices",
    ],
    promisedVsAchieved: false,
    forecast: false,
  },
};

/** The template's name in the given locale. */
export function templateName(template: ReportTemplate, locale: Locale): string {
  return messagesFor(locale).reportModel.templates[template].name;
}

/** The template's one-sentence description in the given locale. */
export function templateDescription(template: ReportTemplate, locale: Locale): string {
  return messagesFor(locale).reportModel.templates[template].description;
}

/** A section's title in a template and locale (the template's own title first, then the default). */
export function sectionTitle(template: ReportTemplate, key: SectionKey, locale: Locale): string {
  const m = messagesFor(locale).reportModel;
  const own: Partial<Record<SectionKey, string>> = m.templates[template].sectionTitles;
  return own[key] ?? m.sectionTitles[key];
}
