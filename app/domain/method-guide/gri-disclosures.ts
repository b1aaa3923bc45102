/**
 * GRI disclosures offered in the light "with reference to" template (docs/domain/method-guide.md §2.7) [EXT for
 * the numbers, REC for the selection]. Only numbers and short titles: the standard text is GRI's and
 * the app links out to it.
 */
import { t } from "./field-builders";
import type { Localized } from "./types";

export interface GriDisclosure {
  /** GRI number, e.g. "2-7" or "401". */
  readonly code: string;
  /** camelCase, used to build field names (e.g. `includeEmployment`). */
  readonly key: string;
  readonly title: Localized;
  /** What an association typically reports here, in plain words. */
  readonly forAssociations: Localized;
}

export const GRI_DISCLOSURES: readonly GriDisclosure[] = [
  {
    code: "2-7",
    key: "employees",
    title: t("Anställda", "Employees"),
    forAssociations: t(
      "Antal anställda fördelat på kön och anställningsform",
      "Number of employees by gender and type of contract",
    ),
  },
  {
    code: "2-8",
    key: "nonEmployees",
    title: t("Personer som arbetar utan att vara anställda", "Workers who are not employees"),
    forAssociations: t(
      "Ideella, praktikanter och personer i arbetsträning",
      "Volunteers, interns and people in work training",
    ),
  },
  {
    code: "201",
    key: "economicValue",
    title: t("Ekonomiskt värde som skapats och fördelats", "Economic value generated and distributed"),
    forAssociations: t(
      "Intäkter och vart pengarna går: löner, lokaler, aktiviteter",
      "Income and where the money goes: wages, premises, activities",
    ),
  },
  {
    code: "305",
    key: "emissions",
    title: t("Utsläpp", "Emissions"),
    forAssociations: t("Till exempel resor och uppvärmning av lokaler", "For example travel and heating of premises"),
  },
  {
    code: "401",
    key: "employment",
    title: t("Anställning", "Employment"),
    forAssociations: t("Nyanställningar och personalomsättning", "New hires and staff turnover"),
  },
  {
    code: "403",
    key: "healthSafety",
    title: t("Hälsa och säkerhet i arbetet", "Occupational health and safety"),
    forAssociations: t("Arbetsmiljöarbete, tillbud och olyckor", "Health and safety work, near misses and accidents"),
  },
  {
    code: "404",
    key: "training",
    title: t("Utbildning", "Training and education"),
    forAssociations: t("Utbildningstimmar för anställda och ideella", "Training hours for staff and volunteers"),
  },
  {
    code: "405",
    key: "diversity",
    title: t("Mångfald och lika möjligheter", "Diversity and equal opportunity"),
    forAssociations: t("Sammansättning av styrelse och personal", "Make-up of the board and staff"),
  },
  {
    code: "413",
    key: "localCommunities",
    title: t("Lokalsamhällen", "Local communities"),
    forAssociations: t("Verksamhet som engagerar lokalsamhället", "Activities that engage the local community"),
  },
];

/** The eight reporting principles of GRI 1 (§2.7). */
export const GRI_PRINCIPLES: readonly Localized[] = [
  t("Korrekthet", "Accuracy"),
  t("Balans", "Balance"),
  t("Tydlighet", "Clarity"),
  t("Jämförbarhet", "Comparability"),
  t("Fullständighet", "Completeness"),
  t("Hållbarhetssammanhang", "Sustainability context"),
  t("Aktualitet", "Timeliness"),
  t("Verifierbarhet", "Verifiability"),
];

/** Field name of a disclosure's checkbox in the checklist step: "employment" → "includeEmployment". */
export function griIncludeFieldName(d: GriDisclosure): string {
  return `include${d.key.charAt(0).toUpperCase()}${d.key.slice(1)}`;
}
