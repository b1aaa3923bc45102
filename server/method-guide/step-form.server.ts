import { displayValue, toFormRow, emptyRow, type FormRow } from "~/domain/method-guide/form-shape";
import {
  isValueField,
  nestFormEntries,
  toFormEntries,
  type FieldDef,
  type MethodStep,
  type StepValues,
} from "~/domain/method-guide";
import type { Messages } from "~/i18n";
import type { Locale } from "~/i18n/types";
import type { ConflictData } from "~/utils/action-data";
import { formatTime } from "~/utils/format";

/** Form names that steer the action and are not step values. */
const CONTROL_NAMES = new Set(["intent", "baseVersion"]);

/** A posted step form as nested raw values (`goals.0.text` → `{goals: {0: {text}}}`). */
export function rawStepValues(form: FormData): Record<string, unknown> {
  const entries: [string, string][] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !CONTROL_NAMES.has(name)) entries.push([name, value]);
  }
  return nestFormEntries(entries);
}

/** Index-keyed objects from nested form names become arrays, keeping blank rows. */
function normaliseLists(fields: readonly FieldDef[], raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const field of fields) {
    if (!isValueField(field) || field.kind !== "list") continue;
    const value = raw[field.name];
    let rows: unknown[] = [];
    if (Array.isArray(value)) rows = value;
    else if (value && typeof value === "object") {
      rows = Object.entries(value as Record<string, unknown>)
        .filter(([k]) => /^\d+$/.test(k))
        .sort((a, b) => Number(a[0]) - Number(b[0]))
        .map(([, v]) => v);
    }
    out[field.name] = rows
      .filter((r): r is Record<string, unknown> => Boolean(r) && typeof r === "object" && !Array.isArray(r))
      .map((r) => normaliseLists(field.fields, r));
  }
  return out;
}

/**
 * The form as typed, for re-showing it, with a row added (`add-row:goals`) or removed
 * (`remove-row:goals:2`) when the intent says so. Rows left blank are kept so a new row shows.
 */
export function editRows(step: MethodStep, raw: Record<string, unknown>, intent: string, locale: Locale): FormRow {
  const shape = toFormRow(step.fields, normaliseLists(step.fields, raw), locale);
  const [verb, listName, indexRaw] = intent.split(":");
  if (!listName) return shape;
  const field = step.fields.find((f) => f.name === listName);
  if (!field || !isValueField(field) || field.kind !== "list") return shape;
  const rows = Array.isArray(shape[listName]) ? [...(shape[listName] as FormRow[])] : [];
  if (verb === "add-row") rows.push(emptyRow(field.fields));
  if (verb === "remove-row") {
    const index = Number(indexRaw);
    if (Number.isInteger(index) && index >= 0 && index < rows.length) rows.splice(index, 1);
  }
  shape[listName] = rows;
  return shape;
}

/**
 * The conflict view's data for a step saved by someone else in the meantime: the fields that
 * differ, labelled and shown as the step page shows them, "keep theirs" (drops this person's
 * draft) and "keep mine" (posts their values again on top of the saved version).
 */
export function stepConflict(
  step: MethodStep,
  theirs: { values: StepValues; by: string | null; at: Date | null; version: number },
  yours: StepValues,
  locale: Locale,
  t: Messages,
): ConflictData {
  const words = { empty: t.guide.step.empty, yes: t.guide.step.yes, no: t.guide.step.no };
  const differences = step.fields.filter(isValueField).flatMap((field) => {
    const a = displayValue(field, theirs.values[field.name], locale, words);
    const b = displayValue(field, yours[field.name], locale, words);
    return a === b ? [] : [{ path: field.name, label: field.label[locale], theirs: a, yours: b }];
  });
  return {
    message: t.common.conflict.message(
      theirs.by ?? t.common.conflict.someone,
      theirs.at ? formatTime(theirs.at, locale) : "",
    ),
    by: theirs.by,
    at: theirs.at ? theirs.at.toISOString() : null,
    version: theirs.version,
    differences,
    keepTheirs: { intent: "keep-theirs" },
    keepMine: { intent: "save", fields: toFormEntries(step, yours, locale) },
  };
}
