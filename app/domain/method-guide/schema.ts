/**
 * zod schemas, form coercion and progress for method steps, all generated from the declarative
 * field definitions in the method catalogue (docs/domain/method-guide.md §2). The same schema serves the
 * browser form (react-hook-form) and the server action.
 *
 * Two modes:
 * - "draft": everything optional (autosave); given values must still have the right type and range.
 * - "complete": required fields and list minimums enforced. A step is done when this passes.
 */
import { z } from "zod";
import type { Locale } from "~/i18n/types";
import { isIsoDate } from "./accounting";
import { validationMessages } from "./messages";
import {
  DEFAULT_LIST_MAX,
  DEFAULT_TEXTAREA_MAX,
  DEFAULT_TEXT_MAX,
  type BlockField,
  type BlockKind,
  type FieldDef,
  type ListField,
  type Localized,
  type MethodDefinition,
  type MethodStep,
  type ValueField,
} from "./types";
import { fieldErrorsOf } from "~/utils/validation";
import { formatInputNumber } from "~/utils/format";

export type ValidationMode = "draft" | "complete";

/** A step's saved values: field name → value (lists are arrays of such records). */
export type StepValues = Record<string, unknown>;

export type StepParseResult = { ok: true; value: StepValues } | { ok: false; errors: Record<string, string> };

export function isValueField(field: FieldDef): field is ValueField {
  return field.kind !== "block";
}

export function isBlockField(field: FieldDef): field is BlockField {
  return field.kind === "block";
}

// ---- Schema generation --------------------------------------------------------------------------

/** True when a field must be present in this mode. */
function enforced(field: FieldDef, mode: ValidationMode): boolean {
  return mode === "complete" && field.required === true;
}

/** The zod schema of one value field. Exported for forms that validate a single field on blur. */
export function fieldSchema(field: ValueField, locale: Locale = "sv", mode: ValidationMode = "complete"): z.ZodType {
  const m = validationMessages(locale);
  const label = field.label[locale];
  const must = enforced(field, mode);
  const missing = (fallback: string) => (iss: { input?: unknown }) =>
    iss.input === undefined ? m.required(label) : fallback;

  let schema: z.ZodType;
  switch (field.kind) {
    case "text":
    case "textarea": {
      const max = field.maxLength ?? (field.kind === "text" ? DEFAULT_TEXT_MAX : DEFAULT_TEXTAREA_MAX);
      let s = z
        .string({ error: missing(m.expectedText(label)) })
        .trim()
        .max(max, m.tooLong(max));
      if (must) s = s.min(1, m.required(label));
      schema = s;
      break;
    }
    case "number": {
      const msg = m.number({ min: field.min, max: field.max, integer: field.integer });
      let s = z.number({ error: missing(msg) });
      if (field.integer) s = s.int(msg);
      if (field.min !== undefined) s = s.min(field.min, msg);
      if (field.max !== undefined) s = s.max(field.max, msg);
      schema = s;
      break;
    }
    case "scale": {
      const msg = m.scale(field.min, field.max);
      schema = z
        .number({ error: (iss) => (iss.input === undefined ? m.chooseOption(label) : msg) })
        .int(msg)
        .min(field.min, msg)
        .max(field.max, msg);
      break;
    }
    case "date": {
      schema = z.string({ error: missing(m.date()) }).refine(isIsoDate, m.date());
      break;
    }
    case "select": {
      const values = field.options.map((o) => o.value) as [string, ...string[]];
      schema = z.enum(values, {
        error: (iss) => (iss.input === undefined ? m.chooseOption(label) : m.invalidOption(label)),
      });
      break;
    }
    case "checkbox": {
      const b = z.boolean({
        error: (iss) => (iss.input === undefined && must ? m.mustTick(label) : m.expectedBoolean(label)),
      });
      schema = must ? b.refine((v) => v === true, m.mustTick(label)) : b;
      break;
    }
    case "list": {
      const max = field.maxItems ?? DEFAULT_LIST_MAX;
      let s = z
        .array(listItemSchema(field, locale, mode), {
          error: (iss) => (iss.input === undefined ? m.minItems(label, 1) : m.expectedText(label)),
        })
        .max(max, m.maxItems(label, max));
      const min = mode === "complete" ? (field.minItems ?? (field.required ? 1 : 0)) : 0;
      if (min > 0) s = s.min(min, m.minItems(label, min));
      schema = s;
      break;
    }
  }
  return must ? schema : schema.optional();
}

function listItemSchema(field: ListField, locale: Locale, mode: ValidationMode): z.ZodType {
  return objectSchema(field.fields, locale, mode);
}

function objectSchema(fields: readonly FieldDef[], locale: Locale, mode: ValidationMode): z.ZodType<StepValues> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    if (isValueField(field)) shape[field.name] = fieldSchema(field, locale, mode);
  }
  // Unknown keys (e.g. a form's "intent") are dropped, not rejected.
  return z.object(shape) as unknown as z.ZodType<StepValues>;
}

/** Generated step schemas, per step definition (the catalogue's objects never change) and locale/mode. */
const stepSchemas = new WeakMap<MethodStep, Map<string, z.ZodType<StepValues>>>();

/**
 * The zod schema of a step, generated from its field definitions (block fields store nothing and
 * are left out) once per step, locale and mode, then reused. Expects typed values; run
 * {@link coerceStepValues} first on raw form input.
 */
export function stepSchema(
  step: MethodStep,
  locale: Locale = "sv",
  mode: ValidationMode = "complete",
): z.ZodType<StepValues> {
  let byKey = stepSchemas.get(step);
  if (!byKey) stepSchemas.set(step, (byKey = new Map()));
  const key = `${locale}:${mode}`;
  let schema = byKey.get(key);
  if (!schema) byKey.set(key, (schema = objectSchema(step.fields, locale, mode)));
  return schema;
}

// ---- Coercion of form input ---------------------------------------------------------------------

const TRUE_STRINGS = new Set(["on", "true", "1", "yes", "ja"]);

/**
 * Parses a number typed by a person: "12,5" (Swedish decimal comma), "12.5", "1 234,5" (spaces or
 * non-breaking spaces as thousands separators), "−3" (Unicode minus). Returns undefined for blank
 * input and the original string when it is not a number, so validation can say how to fix it.
 */
export function parseLocaleNumber(input: string): number | string | undefined {
  let s = input.trim();
  if (s === "") return undefined;
  s = s.replace(/[\s\u00a0\u202f]/g, "").replace(/\u2212/g, "-");
  if (s.includes(",")) s = s.replace(/\./g, "").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return input;
  const n = Number(s);
  return Number.isFinite(n) ? n : input;
}

function lastOf(value: unknown): unknown {
  return Array.isArray(value) ? value[value.length - 1] : value;
}

function coerceField(field: ValueField, raw: unknown): unknown {
  if (field.kind === "checkbox") {
    const values = Array.isArray(raw) ? raw : [raw];
    return values.some((v) => v === true || (typeof v === "string" && TRUE_STRINGS.has(v.trim().toLowerCase())));
  }
  if (field.kind === "list") return coerceList(field, raw);

  const value = lastOf(raw);
  if (value === null || value === undefined) return undefined;
  switch (field.kind) {
    case "number":
    case "scale":
      return typeof value === "string" ? parseLocaleNumber(value) : value;
    case "text":
    case "textarea":
    case "date":
    case "select":
      if (typeof value === "string") return value.trim() === "" ? undefined : value;
      return value;
  }
}

/** Accepts an array, or an object keyed by index (from names like `goals.0.text`), in index order. */
function listItems(raw: unknown): unknown[] | undefined {
  if (raw === null || raw === undefined || raw === "") return undefined;
  if (Array.isArray(raw)) return raw;
  if (typeof raw === "object") {
    const entries = Object.entries(raw as Record<string, unknown>).filter(([k]) => /^\d+$/.test(k));
    entries.sort((a, b) => Number(a[0]) - Number(b[0]));
    return entries.map(([, v]) => v);
  }
  return undefined;
}

function coerceList(field: ListField, raw: unknown): unknown {
  const items = listItems(raw);
  if (items === undefined) return typeof raw === "string" ? raw : undefined;
  const out: unknown[] = [];
  for (const item of items) {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      out.push(item); // left for validation to report
      continue;
    }
    const coerced = coerceObject(field.fields, item as Record<string, unknown>);
    // A row left completely blank (e.g. an empty template row in the form) is not a row.
    if (hasContent(field.fields, coerced)) out.push(coerced);
  }
  return out;
}

function coerceObject(fields: readonly FieldDef[], raw: Record<string, unknown>): StepValues {
  const out: StepValues = {};
  for (const field of fields) {
    if (!isValueField(field)) continue;
    const value = coerceField(field, raw[field.name]);
    if (value !== undefined) out[field.name] = value;
  }
  return out;
}

/**
 * Turns raw input (from an HTML form or saved JSON) into typed step values: "" → absent,
 * "12,5" → 12.5, "on" → true, a missing checkbox → false, list items from `goals.0.text` names.
 * Values that cannot be converted are kept as they are, so validation can explain the problem.
 * Unknown keys are dropped. Idempotent on already-typed values.
 */
export function coerceStepValues(step: MethodStep, raw: Record<string, unknown>): StepValues {
  return coerceObject(step.fields, raw ?? {});
}

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Nests flat form entries by their dotted names: `goals.0.text=x` → `{goals: {0: {text: "x"}}}`.
 * A name given more than once collects its values in an array (checkbox + hidden field patterns).
 */
export function nestFormEntries(entries: Iterable<[string, string]> | Record<string, string>): Record<string, unknown> {
  const list: Iterable<[string, string]> =
    Symbol.iterator in Object(entries)
      ? (entries as Iterable<[string, string]>)
      : Object.entries(entries as Record<string, string>);
  const root: Record<string, unknown> = {};
  for (const [name, value] of list) {
    const parts = name.split(".");
    // `__proto__.x` would write into Object.prototype (every object in the process): never a field.
    if (parts.some((p) => UNSAFE_KEYS.has(p))) continue;
    let node: Record<string, unknown> = root;
    let ok = true;
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i];
      const next = node[part];
      if (next === undefined) {
        const created: Record<string, unknown> = {};
        node[part] = created;
        node = created;
      } else if (typeof next === "object" && next !== null && !Array.isArray(next)) {
        node = next as Record<string, unknown>;
      } else {
        ok = false; // "goals=x" and "goals.0.text=y" together: keep the first shape
        break;
      }
    }
    if (!ok) continue;
    const leaf = parts[parts.length - 1];
    const existing = node[leaf];
    if (existing === undefined) node[leaf] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else if (typeof existing === "string") node[leaf] = [existing, value];
  }
  return root;
}

// ---- Parsing ------------------------------------------------------------------------------------

/**
 * Validates step values (typed or raw JSON) after coercion. Errors are keyed by field path, e.g.
 * `goals.0.goal`, with a message that says how to fix the input.
 */
export function validateStep(
  step: MethodStep,
  values: Record<string, unknown>,
  locale: Locale = "sv",
  mode: ValidationMode = "complete",
): StepParseResult {
  const coerced = coerceStepValues(step, values);
  const result = stepSchema(step, locale, mode).safeParse(coerced);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: fieldErrorsOf(result.error) };
}

/**
 * Parses a submitted step form: nests dotted names, coerces strings and validates. Use mode
 * "draft" for autosave and "complete" when the user marks the step as done.
 */
export function parseStepForm(
  step: MethodStep,
  formEntries: Iterable<[string, string]> | Record<string, string>,
  locale: Locale = "sv",
  mode: ValidationMode = "complete",
): StepParseResult {
  return validateStep(step, nestFormEntries(formEntries), locale, mode);
}

/**
 * Flattens step values to form entries (`goals.0.goal`), the inverse of {@link parseStepForm}:
 * numbers in the locale's notation (decimal comma in Swedish), ticked checkboxes as "on",
 * unticked ones left out.
 */
export function toFormEntries(step: MethodStep, values: StepValues, locale: Locale = "sv"): [string, string][] {
  const out: [string, string][] = [];
  const walk = (fields: readonly FieldDef[], obj: StepValues, prefix: string) => {
    for (const field of fields) {
      if (!isValueField(field)) continue;
      const value = obj[field.name];
      const name = `${prefix}${field.name}`;
      if (value === undefined || value === null) continue;
      if (field.kind === "list") {
        if (!Array.isArray(value)) continue;
        value.forEach((item, i) => {
          if (item && typeof item === "object") walk(field.fields, item as StepValues, `${name}.${i}.`);
        });
      } else if (field.kind === "checkbox") {
        if (value === true) out.push([name, "on"]);
      } else if (typeof value === "number") {
        out.push([name, formatInputNumber(value, locale)]);
      } else {
        out.push([name, String(value)]);
      }
    }
  };
  walk(step.fields, values ?? {}, "");
  return out;
}

// ---- Progress -----------------------------------------------------------------------------------

export type StepState = "not-started" | "in-progress" | "done";

export interface StepProgress {
  readonly stepKey: string;
  readonly state: StepState;
  /** Labels of the required fields and blocks that are missing or not yet valid, in field order. */
  readonly missing: readonly Localized[];
}

export interface MethodProgress {
  readonly steps: readonly StepProgress[];
  readonly doneCount: number;
  readonly total: number;
  /** The first step that is not done, for "Fortsätt där du slutade"; undefined when all are done. */
  readonly nextStepKey: string | undefined;
}

function valueHasContent(field: ValueField, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (field.kind === "checkbox") return value === true;
  if (field.kind === "list") {
    return (
      Array.isArray(value) &&
      value.some((item) => item && typeof item === "object" && hasContent(field.fields, item as StepValues))
    );
  }
  if (typeof value === "string") return value.trim() !== "";
  return true;
}

function hasContent(fields: readonly FieldDef[], values: StepValues): boolean {
  return fields.some((f) => isValueField(f) && valueHasContent(f, values[f.name]));
}

/**
 * Progress per step for the progress view. A step is
 * - "not-started" when none of its fields has a value and none of its blocks is filled,
 * - "done" when complete validation passes and every required block is filled,
 * - "in-progress" otherwise.
 * Blocks count as filled when the caller says so (`blocksFilled`), since their data live elsewhere.
 */
export function stepProgress(
  method: MethodDefinition,
  savedStepValues: Record<string, unknown>,
  blocksFilled: Partial<Record<BlockKind, boolean>> = {},
): MethodProgress {
  const steps = method.steps.map((step): StepProgress => {
    const raw = savedStepValues?.[step.key];
    const values = coerceStepValues(step, raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {});
    const blocks = step.fields.filter(isBlockField);
    const started = hasContent(step.fields, values) || blocks.some((b) => blocksFilled[b.block] === true);

    const result = stepSchema(step, "sv", "complete").safeParse(values);
    const failing = new Set(result.success ? [] : result.error.issues.map((i) => String(i.path[0])));
    const missing: Localized[] = [];
    for (const field of step.fields) {
      if (isBlockField(field)) {
        if (field.required && blocksFilled[field.block] !== true) missing.push(field.label);
      } else if (failing.has(field.name)) {
        missing.push(field.label);
      }
    }

    const state: StepState = !started ? "not-started" : missing.length === 0 ? "done" : "in-progress";
    return { stepKey: step.key, state, missing };
  });
  const doneCount = steps.filter((s) => s.state === "done").length;
  return {
    steps,
    doneCount,
    total: steps.length,
    nextStepKey: steps.find((s) => s.state !== "done")?.stepKey,
  };
}
