import type { Locale } from "~/i18n/types";
import type { Bilingual, ReportTemplate, SectionKey } from "./types";

/**
 * Report templates as data (method guide §10.1): name, description and the default ordered sections
 * of each variant. Adding a template is an edit of this table, not of control flow.
 */
export interface ReportTemplateDefinition {
  key: ReportTemplate;
  name: Bilingual;
  description: Bilingual;
  sections: SectionKey[];
  /** Section titles that differ from the defaults in this template. */
  titleOverrides?: Partial<Record<SectionKey, Bilingual>>;
  /** Whether the results compare promised (target) and achieved (actual) values. */
  promisedVsAchieved: boolean;
  /** Whether the report is a forecast (no actual values shown). */
  forecast: boolean;
}

export const SECTION_TITLES: Record<SectionKey, Bilingual> = {
  summary: { sv: "Sammanfattning", en: "Summary" },
  organisation: { sv: "Om föreningen", en: "About the organisation" },
  need: { sv: "Behov och målgrupp", en: "Need and target group" },
  "impact-chain": { sv: "Effektkedja", en: "Impact chain" },
  method: { sv: "Metod", en: "Method" },
  results: { sv: "Resultat", en: "Results" },
  value: { sv: "Värde", en: "Value" },
  stories: { sv: "Berättelser", en: "Stories" },
  "negative-effects": { sv: "Negativa och oväntade effekter", en: "Negative and unexpected effects" },
  lessons: { sv: "Lärdomar och nästa steg", en: "Lessons and next steps" },
  finances: { sv: "Ekonomi", en: "Finances" },
  verification: { sv: "Verifiering", en: "Verification" },
  compliance: { sv: "Beställarens sociala krav", en: "The buyer's social requirements" },
  eligibility: { sv: "Villkor för reserverad upphandling", en: "Eligibility for reserved procurement" },
  capacity: { sv: "Leveransförmåga", en: "Delivery capacity" },
  appendices: { sv: "Bilagor", en: "Appendices" },
};

export const REPORT_TEMPLATE_DEFINITIONS: Record<ReportTemplate, ReportTemplateDefinition> = {
  "grant-application": {
    key: "grant-application",
    name: { sv: "Bidragsansökan", en: "Grant application" },
    description: {
      sv: "Visar vad ni vill uppnå: behov, effektkedja, mål per indikator och ett prognostiserat värde.",
      en: "Shows what you aim to achieve: need, impact chain, targets per indicator and a forecast value.",
    },
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
    titleOverrides: {
      results: { sv: "Förväntade resultat", en: "Expected results" },
      value: { sv: "Förväntat värde (prognos)", en: "Expected value (forecast)" },
      "negative-effects": { sv: "Risker och möjliga negativa effekter", en: "Risks and possible negative effects" },
      lessons: { sv: "Handlingsplan", en: "Action plan" },
      finances: { sv: "Budget", en: "Budget" },
    },
    promisedVsAchieved: false,
    forecast: true,
  },
  "grant-report": {
    key: "grant-report",
    name: { sv: "Bidragsredovisning", en: "Grant report" },
    description: {
      sv: "Visar vad ni lovade och vad ni uppnådde, med utfall mot mål, berättelser och ekonomi.",
      en: "Shows what you promised and what you achieved, with results against targets, stories and finances.",
    },
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
    titleOverrides: {
      results: { sv: "Resultat: utlovat och uppnått", en: "Results: promised and achieved" },
    },
    promisedVsAchieved: true,
    forecast: false,
  },
  tender: {
    key: "tender",
    name: { sv: "Anbud och upphandling", en: "Tender and procurement" },
    description: {
      sv: "Visar hur ni uppfyller beställarens sociala krav, er leveransförmåga och villkoren för reserverad upphandling.",
      en: "Shows how you meet the buyer's social requirements, your delivery capacity and eligibility for reserved procurement.",
    },
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
    name: { sv: "Årsredovisning och effektrapport", en: "Annual impact report" },
    description: {
      sv: "Hela årets sociala redovisning: effektkedja, resultat, värde, berättelser, lärdomar och ekonomi.",
      en: "The year's full social account: impact chain, results, value, stories, lessons and finances.",
    },
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
  return REPORT_TEMPLATE_DEFINITIONS[template].name[locale];
}

/** A section's title in a template and locale (template overrides first, then the default). */
export function sectionTitle(template: ReportTemplate, key: SectionKey, locale: Locale): string {
  const override = REPORT_TEMPLATE_DEFINITIONS[template].titleOverrides?.[key];
  return (override ?? SECTION_TITLES[key])[locale];
}
