/**
 * Converts between a step's typed values (what is saved) and the shape a form holds (strings,
 * booleans and arrays of rows), and builds the zod schema the browser form validates with. Pure:
 * used by the step form in the browser and by the server action alike.
 */
import { z } from "zod";
import {
  coerceStepValues,
  isValueField,
  stepSchema,
  type FieldDef,
  type MethodStep,
  type StepValues,
  type ValidationMode,
} from "~/domain/method-guide";
import type { Locale } from "~/i18n/types";
import { formatInputNumber } from "~/utils/format";

export type FormValue = string | boolean | FormRow[];
export type FormRow = { [name: string]: FormValue };

function formatNumber(value: number, locale: Locale): string {
  return formatInputNumber(value, locale);
}

function toFormValue(field: FieldDef, value: unknown, locale: Locale): FormValue {
  switch (field.kind) {
    case "checkbox":
      return value === true;
    case "list": {
      if (!Array.isArray(value)) return [];
      return value
        .filter(
          (item): item is Record<string, unknown> => Boolean(item) && typeof item === "object" && !Array.isArray(item),
        )
        .map((item) => toFormRow(field.fields, item, locale));
    }
    case "number":
    case "scale":
      if (typeof value === "number") return formatNumber(value, locale);
      return typeof value === "string" ? value : "";
    default:
      if (value === undefined || value === null) return "";
      return typeof value === "string" ? value : String(value);
  }
}

/** The form shape of a set of fields: every value field present, blanks as "" (or false / []). */
export function toFormRow(
  fields: readonly FieldDef[],
  values: Record<string, unknown> | null | undefined,
  locale: Locale,
): FormRow {
  const out: FormRow = {};
  for (const field of fields) {
    if (!isValueField(field)) continue;
    out[field.name] = toFormValue(field, values?.[field.name], locale);
  }
  return out;
}

/** The form shape of a step's values (typed or raw). */
export function toFormShape(
  step: MethodStep,
  values: Record<string, unknown> | null | undefined,
  locale: Locale,
): FormRow {
  return toFormRow(step.fields, values ?? {}, locale);
}

/** A blank row of a list field, for "Lägg till rad". */
export function emptyRow(fields: readonly FieldDef[]): FormRow {
  return toFormRow(fields, {}, "sv");
}

/**
 * The step's zod schema for the browser form: raw form values are coerced exactly as on the
 * server ("12,5" → 12.5, blank → absent) before the generated step schema validates them.
 */
export function stepFormSchema(step: MethodStep, locale: Locale, mode: ValidationMode): z.ZodType<StepValues> {
  return z.preprocess(
    (raw) => coerceStepValues(step, raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {}),
    stepSchema(step, locale, mode),
  ) as unknown as z.ZodType<StepValues>;
}

/** The text of one value for the conflict view ("(tomt)" for nothing). */
export function displayValue(
  field: FieldDef,
  value: unknown,
  locale: Locale,
  words: { empty: string; yes: string; no: string },
): string {
  if (!isValueField(field)) return "";
  if (field.kind === "checkbox") return value === true ? words.yes : words.no;
  if (value === undefined || value === null || value === "") return words.empty;
  if (field.kind === "select") {
    const option = field.options.find((o) => o.value === value);
    return option ? option.label[locale] : String(value);
  }
  if (field.kind === "list") {
    if (!Array.isArray(value) || value.length === 0) return words.empty;
    return value
      .map((row, i) => {
        const parts = field.fields
          .filter(isValueField)
          .map((f) => {
            const v = (row as Record<string, unknown>)?.[f.name];
            if (v === undefined || v === null || v === "" || v === false) return null;
            return `${f.label[locale]}: ${displayValue(f, v, locale, words)}`;
          })
          .filter((p): p is string => p !== null);
        return `${i + 1}. ${parts.join("; ")}`;
      })
      .join("\n");
  }
  if (typeof value === "number") return formatNumber(value, locale);
  return String(value);
}
