/**
 * Builds a valid, complete example value for a step from its field definitions. Used by tests (every
 * step of every method must accept its own example) and usable for demo data.
 */
import { isValueField, type StepValues } from "./schema";
import { DEFAULT_LIST_MAX, type FieldDef, type MethodStep, type ValueField } from "./types";

function sampleField(field: ValueField): unknown {
  switch (field.kind) {
    case "text":
      return `Exempel ${field.name}`.slice(0, field.maxLength ?? 200);
    case "textarea":
      return `Ett exempel på text för ${field.name}.`.slice(0, field.maxLength ?? 5000);
    case "number": {
      const min = field.min ?? 0;
      const max = field.max ?? min + 100;
      const mid = (min + max) / 2;
      if (field.integer) return Math.round(mid);
      // A decimal value where allowed, to exercise the decimal comma.
      const decimal = Math.floor(mid) + 0.5;
      return decimal <= max && decimal >= min ? decimal : mid;
    }
    case "scale":
      return Math.ceil((field.min + field.max) / 2);
    case "date":
      return "2026-03-31";
    case "select":
      return field.options[field.options.length - 1].value;
    case "checkbox":
      return true;
    case "list": {
      const count = Math.min(Math.max(field.minItems ?? 1, 2), field.maxItems ?? DEFAULT_LIST_MAX);
      return Array.from({ length: count }, () => sampleObject(field.fields));
    }
  }
}

function sampleObject(fields: readonly FieldDef[]): StepValues {
  const out: StepValues = {};
  for (const field of fields) if (isValueField(field)) out[field.name] = sampleField(field);
  return out;
}

/** A complete example value for every value field of the step (blocks store nothing). */
export function sampleStepValues(step: MethodStep): StepValues {
  return sampleObject(step.fields);
}
