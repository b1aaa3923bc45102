/**
 * The side-by-side comparison of the eight methods (docs/domain/method-guide.md §3.3): size, main purpose,
 * effort, monetary result and external verification, read from the method catalogue.
 */
import { METHODS } from "./catalogue";
import { t } from "./field-builders";
import { SIZES, type Effort, type Localized, type MethodDefinition, type MethodKey, type Size } from "./types";

/** Short labels for the effort scale (§2: low < 20 h, medium 20–100 h, high > 100 h). */
export const EFFORT_LABELS: Record<Effort, Localized> = {
  low: t("Låg", "Low"),
  "low-medium": t("Låg–medel", "Low–medium"),
  medium: t("Medel", "Medium"),
  "medium-high": t("Medel–hög", "Medium–high"),
  high: t("Hög", "High"),
};

export const COMPARISON_COLUMNS = ["method", "size", "mainPurpose", "effort", "monetary", "verification"] as const;
export type ComparisonColumn = (typeof COMPARISON_COLUMNS)[number];

export const COMPARISON_COLUMN_LABELS: Record<ComparisonColumn, Localized> = {
  method: t("Metod", "Method"),
  size: t("Storlek", "Size"),
  mainPurpose: t("Huvudsyfte", "Main purpose"),
  effort: t("Arbetsinsats", "Effort"),
  monetary: t("Resultat i kronor", "Monetary result"),
  verification: t("Extern granskning", "External verification"),
};

export interface ComparisonRow {
  readonly method: MethodKey;
  readonly name: Localized;
  readonly summary: Localized;
  readonly size: { readonly value: readonly Size[]; readonly label: string };
  readonly mainPurpose: Localized;
  readonly effort: { readonly value: Effort; readonly label: Localized };
  readonly monetary: { readonly value: boolean; readonly label: Localized };
  readonly verification: Localized;
}

/** "S–M", "S–L", "L": the sizes as a range, in S/M/L order. */
export function sizeRangeLabel(sizes: readonly Size[]): string {
  const sorted = SIZES.filter((s) => sizes.includes(s));
  if (sorted.length === 0) return "";
  if (sorted.length === 1) return sorted[0];
  return `${sorted[0]}–${sorted[sorted.length - 1]}`;
}

function rowFor(method: MethodDefinition): ComparisonRow {
  return {
    method: method.key as MethodKey,
    name: method.name,
    summary: method.summary,
    size: { value: method.size, label: sizeRangeLabel(method.size) },
    mainPurpose: method.mainPurpose,
    effort: { value: method.effort, label: EFFORT_LABELS[method.effort] },
    monetary: { value: method.monetary, label: method.monetaryResult },
    verification: method.verification,
  };
}

/** One row per method for the comparison table (§3.3), in the guide's order. */
export function comparisonRows(methods: readonly MethodDefinition[] = METHODS): ComparisonRow[] {
  return methods.map(rowFor);
}
