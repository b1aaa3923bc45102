import type { z } from "zod";
import { fieldErrorsOf } from "~/utils/validation";

export type FormValues = Record<string, string>;

export type ParsedForm<T> =
  { ok: true; data: T; values: FormValues } | { ok: false; errors: Record<string, string>; values: FormValues };

/** Reads a form post; a body that is not a form gives an empty one (and field errors), never a 500. */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}

/** The text fields of a form, to send back so nothing the user typed is lost (passwords excluded). */
export function formValues(form: FormData): FormValues {
  const out: FormValues = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !/password/i.test(key)) out[key] = value;
  }
  return out;
}

/** Parses a form with a zod schema: the data, or per-field messages plus what the user typed. */
export function parseForm<S extends z.ZodType>(form: FormData, schema: S): ParsedForm<z.infer<S>> {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") raw[key] = value;
  }
  const values = formValues(form);
  const result = schema.safeParse(raw);
  if (!result.success) return { ok: false, errors: fieldErrorsOf(result.error), values };
  return { ok: true, data: result.data, values };
}
