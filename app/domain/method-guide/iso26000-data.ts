/**
 * ISO 26000 structure (docs/domain/method-guide.md §2.8) [EXT]: seven principles, seven core subjects with their
 * clause numbers, and the seven issues of 6.8. Names only: ISO text is paid and under copyright, so
 * the app never reproduces it. Swedish names are the team's own wording.
 */
import { t } from "./field-builders";
import type { Localized } from "./types";

export interface Iso26000Item {
  /** camelCase, used to build field names. */
  readonly key: string;
  readonly title: Localized;
}

export interface Iso26000Clause extends Iso26000Item {
  /** Clause number in the standard, e.g. "6.8" or "6.8.3". */
  readonly clause: string;
}

export const ISO26000_PRINCIPLES: readonly Iso26000Item[] = [
  { key: "accountability", title: t("Ansvarsskyldighet", "Accountability") },
  { key: "transparency", title: t("Öppenhet", "Transparency") },
  { key: "ethicalBehaviour", title: t("Etiskt uppträdande", "Ethical behaviour") },
  {
    key: "stakeholderInterests",
    title: t("Respekt för intressenternas intressen", "Respect for stakeholder interests"),
  },
  { key: "ruleOfLaw", title: t("Respekt för rättsstatens principer", "Respect for the rule of law") },
  {
    key: "internationalNorms",
    title: t("Respekt för internationella uppförandenormer", "Respect for international norms of behaviour"),
  },
  { key: "humanRights", title: t("Respekt för mänskliga rättigheter", "Respect for human rights") },
];

export const ISO26000_CORE_SUBJECTS: readonly Iso26000Clause[] = [
  { key: "governance", clause: "6.2", title: t("Styrning av organisationen", "Organisational governance") },
  { key: "humanRights", clause: "6.3", title: t("Mänskliga rättigheter", "Human rights") },
  { key: "labourPractices", clause: "6.4", title: t("Arbetsförhållanden", "Labour practices") },
  { key: "environment", clause: "6.5", title: t("Miljön", "The environment") },
  { key: "fairOperatingPractices", clause: "6.6", title: t("Goda verksamhetsmetoder", "Fair operating practices") },
  { key: "consumerIssues", clause: "6.7", title: t("Konsumentfrågor", "Consumer issues") },
  {
    key: "community",
    clause: "6.8",
    title: t("Samhällsengagemang och samhällsutveckling", "Community involvement and development"),
  },
];

/** The seven issues of 6.8, the core subject that matters most for associations. */
export const ISO26000_COMMUNITY_ISSUES: readonly Iso26000Clause[] = [
  { key: "communityInvolvement", clause: "6.8.3", title: t("Engagemang i lokalsamhället", "Community involvement") },
  { key: "educationCulture", clause: "6.8.4", title: t("Utbildning och kultur", "Education and culture") },
  {
    key: "employmentSkills",
    clause: "6.8.5",
    title: t("Nya jobb och kompetensutveckling", "Employment creation and skills development"),
  },
  {
    key: "technology",
    clause: "6.8.6",
    title: t("Teknikutveckling och tillgång till teknik", "Technology development and access"),
  },
  { key: "wealthIncome", clause: "6.8.7", title: t("Välstånd och inkomster", "Wealth and income creation") },
  { key: "health", clause: "6.8.8", title: t("Hälsa", "Health") },
  { key: "socialInvestment", clause: "6.8.9", title: t("Sociala investeringar", "Social investment") },
];

/** A core subject or issue title with its clause number, e.g. "6.8.8 Hälsa". */
export function isoClauseLabel(item: Iso26000Clause): Localized {
  return { sv: `${item.clause} ${item.title.sv}`, en: `${item.clause} ${item.title.en}` };
}
