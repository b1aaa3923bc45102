/**
 * The Common Good Matrix (ECG, docs/domain/method-guide.md §2.2) [EXT]: 4 values × 5 stakeholder groups =
 * 20 themes A1–E4. Titles follow matrix v5.0; v5.1 keeps the codes and renames four rows.
 * Swedish titles are the team's translation.
 */
import { t } from "./field-builders";
import type { Localized } from "./types";

export const ECG_MATRIX_VERSIONS = ["5.0", "5.1"] as const;
export type EcgMatrixVersion = (typeof ECG_MATRIX_VERSIONS)[number];

export const ECG_ROW_KEYS = ["A", "B", "C", "D", "E"] as const;
export type EcgRowKey = (typeof ECG_ROW_KEYS)[number];

export const ECG_VALUE_KEYS = [1, 2, 3, 4] as const;
export type EcgValueKey = (typeof ECG_VALUE_KEYS)[number];

export interface EcgValue {
  readonly key: EcgValueKey;
  readonly title: Localized;
}

export interface EcgRow {
  readonly key: EcgRowKey;
  /** The v5.0 name. */
  readonly title: Localized;
  /** The v5.1 name where it differs. */
  readonly titleV51?: Localized;
  /** How an association reads this row (§2.2: owners → members and funders, customers → participants). */
  readonly forAssociations: Localized;
}

export interface EcgTheme {
  /** "A1" … "E4". */
  readonly code: string;
  readonly row: EcgRowKey;
  readonly value: EcgValueKey;
  readonly title: Localized;
}

export const ECG_VALUES: readonly EcgValue[] = [
  { key: 1, title: t("Människovärde", "Human dignity") },
  { key: 2, title: t("Solidaritet och rättvisa", "Solidarity and social justice") },
  { key: 3, title: t("Ekologisk hållbarhet", "Environmental sustainability") },
  { key: 4, title: t("Transparens och medbestämmande", "Transparency and co-determination") },
];

export const ECG_ROWS: readonly EcgRow[] = [
  {
    key: "A",
    title: t("Leverantörer", "Suppliers"),
    forAssociations: t("De ni köper varor och tjänster av", "Those you buy goods and services from"),
  },
  {
    key: "B",
    title: t("Ägare och finansiärer", "Owners, equity and financial service providers"),
    titleV51: t("Ägare och finansiella partner", "Owners and financial partners"),
    forAssociations: t("Medlemmar, bank och bidragsgivare", "Members, bank and funders"),
  },
  {
    key: "C",
    title: t("Medarbetare", "Employees, including co-working members"),
    titleV51: t("Medarbetare och medverkande", "Employees and co-workers"),
    forAssociations: t("Anställda, ideella och styrelse", "Staff, volunteers and board"),
  },
  {
    key: "D",
    title: t("Kunder och andra verksamheter", "Customers and other companies"),
    titleV51: t("Kunder och affärspartner", "Customers and business partners"),
    forAssociations: t("Deltagare, brukare och samarbetspartner", "Participants, users and partners"),
  },
  {
    key: "E",
    title: t("Samhälle och omvärld", "Social environment"),
    titleV51: t("Det globala samhället, naturen och levande varelser", "Global community, nature and living beings"),
    forAssociations: t(
      "Lokalsamhället, miljön och framtida generationer",
      "The local community, the environment and future generations",
    ),
  },
];

export const ECG_THEMES: readonly EcgTheme[] = [
  {
    code: "A1",
    row: "A",
    value: 1,
    title: t("Människovärde i leverantörskedjan", "Human dignity in the supply chain"),
  },
  {
    code: "A2",
    row: "A",
    value: 2,
    title: t("Solidaritet och rättvisa i leverantörskedjan", "Solidarity and social justice in the supply chain"),
  },
  {
    code: "A3",
    row: "A",
    value: 3,
    title: t("Ekologisk hållbarhet i leverantörskedjan", "Environmental sustainability in the supply chain"),
  },
  {
    code: "A4",
    row: "A",
    value: 4,
    title: t(
      "Transparens och medbestämmande i leverantörskedjan",
      "Transparency and co-determination in the supply chain",
    ),
  },
  {
    code: "B1",
    row: "B",
    value: 1,
    title: t(
      "Etiskt förhållningssätt till pengar och finansiering",
      "Ethical position in relation to financial resources",
    ),
  },
  {
    code: "B2",
    row: "B",
    value: 2,
    title: t(
      "Socialt förhållningssätt till pengar och finansiering",
      "Social position in relation to financial resources",
    ),
  },
  {
    code: "B3",
    row: "B",
    value: 3,
    title: t(
      "Hur pengarna används med hänsyn till sociala och ekologiska effekter",
      "Use of funds in relation to social and environmental impacts",
    ),
  },
  { code: "B4", row: "B", value: 4, title: t("Ägande och medbestämmande", "Ownership and co-determination") },
  {
    code: "C1",
    row: "C",
    value: 1,
    title: t(
      "Människovärde på arbetsplatsen och i arbetsmiljön",
      "Human dignity in the workplace and working environment",
    ),
  },
  {
    code: "C2",
    row: "C",
    value: 2,
    title: t("Utformning av anställningsavtal", "Structuring of employment contracts"),
  },
  {
    code: "C3",
    row: "C",
    value: 3,
    title: t("Medarbetarnas miljövänliga beteende", "Environmentally friendly behaviour of staff"),
  },
  {
    code: "C4",
    row: "C",
    value: 4,
    title: t(
      "Medbestämmande och transparens i organisationen",
      "Co-determination and transparency within the organisation",
    ),
  },
  { code: "D1", row: "D", value: 1, title: t("Etiska kundrelationer", "Ethical customer relations") },
  {
    code: "D2",
    row: "D",
    value: 2,
    title: t("Samarbete och solidaritet med andra verksamheter", "Cooperation and solidarity with other companies"),
  },
  {
    code: "D3",
    row: "D",
    value: 3,
    title: t(
      "Miljöpåverkan när produkter och tjänster används och kasseras",
      "Impact on the environment of the use and disposal of products and services",
    ),
  },
  {
    code: "D4",
    row: "D",
    value: 4,
    title: t("Kundernas medverkan och öppenhet om produkterna", "Customer participation and product transparency"),
  },
  {
    code: "E1",
    row: "E",
    value: 1,
    title: t(
      "Syftet med produkter och tjänster och deras effekt på samhället",
      "Purpose of products and services and their effect on society",
    ),
  },
  { code: "E2", row: "E", value: 2, title: t("Bidrag till samhället", "Contribution to the community") },
  { code: "E3", row: "E", value: 3, title: t("Minskad miljöpåverkan", "Reduction of environmental impact") },
  { code: "E4", row: "E", value: 4, title: t("Transparens och medbestämmande", "Transparency and co-determination") },
];

/**
 * Self-assessment levels for an aspect (§2.2 scoring): a higher level may only be claimed when the
 * lower one is met. Points are given only for what goes beyond legal requirements.
 */
export const ECG_LEVELS = [
  { value: "0", minPoints: 0, maxPoints: 0, label: t("Grundnivå (0 p)", "Baseline (0 pts)") },
  { value: "1", minPoints: 1, maxPoints: 1, label: t("Första steg (1 p)", "First steps (1 pt)") },
  { value: "2-3", minPoints: 2, maxPoints: 3, label: t("Avancerad (2–3 p)", "Advanced (2–3 pts)") },
  { value: "4-6", minPoints: 4, maxPoints: 6, label: t("Erfaren (4–6 p)", "Experienced (4–6 pts)") },
  { value: "7-10", minPoints: 7, maxPoints: 10, label: t("Föredömlig (7–10 p)", "Exemplary (7–10 pts)") },
] as const;

/** The balance calculator's range (§2.2): at most +1 000 and at least −3 600 points. */
export const ECG_SCORE_MIN = -3600;
export const ECG_SCORE_MAX = 1000;

/** Field name used for a theme's quick rating in the quick-test step: "A1" → "a1". */
export function ecgQuickFieldName(code: string): string {
  return code.toLowerCase();
}
