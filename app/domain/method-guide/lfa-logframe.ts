/**
 * The LFA logframe matrix (docs/domain/method-guide.md §2.5) [EXT]: four rows × four columns. Each cell names
 * where its content comes from in the LFA steps, so the report can assemble the matrix from saved
 * step values instead of asking the user to type it twice.
 */
import { t } from "./field-builders";
import type { Localized } from "./types";

export const LFA_ROW_KEYS = ["goal", "purpose", "results", "activities"] as const;
export type LfaRowKey = (typeof LFA_ROW_KEYS)[number];

export const LFA_COLUMN_KEYS = ["description", "indicators", "verification", "assumptions"] as const;
export type LfaColumnKey = (typeof LFA_COLUMN_KEYS)[number];

/** Where a cell's content is read from: a field of a step, optionally filtered by indicator level. */
export interface LfaCellSource {
  readonly step: string;
  readonly field: string;
  /** For list fields: the sub-field to show. */
  readonly itemField?: string;
  /** For the indicator list: keep only rows with this `level`. */
  readonly level?: "goal" | "purpose" | "result";
}

export interface LfaCell {
  readonly row: LfaRowKey;
  readonly column: LfaColumnKey;
  /** What belongs in the cell (§2.5 table). */
  readonly content: Localized;
  readonly source: LfaCellSource;
}

export const LFA_ROWS: readonly { key: LfaRowKey; title: Localized }[] = [
  { key: "goal", title: t("Övergripande mål", "Overall objective") },
  { key: "purpose", title: t("Projektmål", "Project purpose") },
  { key: "results", title: t("Resultat", "Results") },
  { key: "activities", title: t("Aktiviteter", "Activities") },
];

export const LFA_COLUMNS: readonly { key: LfaColumnKey; title: Localized }[] = [
  { key: "description", title: t("Beskrivning", "Intervention logic") },
  { key: "indicators", title: t("Indikatorer", "Objectively verifiable indicators") },
  { key: "verification", title: t("Verifikationskällor", "Sources of verification") },
  { key: "assumptions", title: t("Antaganden", "Assumptions") },
];

export const LFA_LOGFRAME: readonly LfaCell[] = [
  {
    row: "goal",
    column: "description",
    content: t("Den långsiktiga förändring projektet bidrar till", "The long-term change the project contributes to"),
    source: { step: "objectives", field: "overallObjective" },
  },
  {
    row: "goal",
    column: "indicators",
    content: t("Indikatorer för samhällspåverkan", "Indicators of long-term impact"),
    source: { step: "indicators", field: "indicatorRows", itemField: "indicator", level: "goal" },
  },
  {
    row: "goal",
    column: "verification",
    content: t("Statistik och studier", "Statistics and studies"),
    source: { step: "indicators", field: "indicatorRows", itemField: "verificationSource", level: "goal" },
  },
  {
    row: "goal",
    column: "assumptions",
    content: t("Förutsättningar för att målet ska hålla", "Conditions for sustaining the goal"),
    source: { step: "assumptions", field: "assumptionsGoal" },
  },

  {
    row: "purpose",
    column: "description",
    content: t("Läget när projektet har lyckats", "The situation when the project has succeeded"),
    source: { step: "objectives", field: "projectPurpose" },
  },
  {
    row: "purpose",
    column: "indicators",
    content: t("Effektindikatorer med utgångsläge och målvärde", "Outcome indicators with baseline and target"),
    source: { step: "indicators", field: "indicatorRows", itemField: "indicator", level: "purpose" },
  },
  {
    row: "purpose",
    column: "verification",
    content: t("Enkäter och register", "Surveys and registers"),
    source: { step: "indicators", field: "indicatorRows", itemField: "verificationSource", level: "purpose" },
  },
  {
    row: "purpose",
    column: "assumptions",
    content: t(
      "Villkor för att projektmålet ska leda till det övergripande målet",
      "Conditions for the purpose to lead to the goal",
    ),
    source: { step: "assumptions", field: "assumptionsPurpose" },
  },

  {
    row: "results",
    column: "description",
    content: t("Det projektet levererar", "What the project delivers"),
    source: { step: "objectives", field: "results", itemField: "text" },
  },
  {
    row: "results",
    column: "indicators",
    content: t("Prestationsindikatorer", "Output indicators"),
    source: { step: "indicators", field: "indicatorRows", itemField: "indicator", level: "result" },
  },
  {
    row: "results",
    column: "verification",
    content: t("Aktivitetsloggar och närvaro", "Activity logs and attendance"),
    source: { step: "indicators", field: "indicatorRows", itemField: "verificationSource", level: "result" },
  },
  {
    row: "results",
    column: "assumptions",
    content: t(
      "Villkor för att resultaten ska leda till projektmålet",
      "Conditions for the results to lead to the purpose",
    ),
    source: { step: "assumptions", field: "assumptionsResults" },
  },

  {
    row: "activities",
    column: "description",
    content: t("Det som görs", "What is done"),
    source: { step: "activity-plan", field: "activities", itemField: "activity" },
  },
  {
    row: "activities",
    column: "indicators",
    content: t(
      "Resurser och kostnader (budget) i stället för indikatorer",
      "Means, resources and costs (budget) instead of indicators",
    ),
    source: { step: "resource-plan", field: "budgetLines", itemField: "amount" },
  },
  {
    row: "activities",
    column: "verification",
    content: t("Bokföringen", "The accounts"),
    source: { step: "resource-plan", field: "budgetLines", itemField: "note" },
  },
  {
    row: "activities",
    column: "assumptions",
    content: t("Förutsättningar för att kunna börja", "Preconditions for starting"),
    source: { step: "assumptions", field: "preconditions" },
  },
];
