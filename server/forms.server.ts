import { json } from "@remix-run/node";
import type { z } from "zod";
import { FORM_ERROR, fieldErrorsOf } from "~/utils/validation";
import { getI18n } from "./i18n.server";

export type FormValues = Record<string, string>;

export type ParsedForm<T> =
  { ok: true; data: T; values: FormValues } | { ok: false; errors: Record<string, string>; values: FormValues };

/**
 * Reads a form post; a body that is not a form gives an empty one (and field errors), never a 500. A form
 * with a NUL byte in a text field is refused outright with a thrown 400 (no field takes one, and the
 * database refuses them), so no action runs on it.
 */
export async function readForm(request: Request): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new FormData();
  }
  for (const value of form.values()) {
    if (typeof value === "string" && value.includes("\u0000")) {
      const { t } = await getI18n(request);
      throw json({ errors: { [FORM_ERROR]: t.errors.badRequest }, values: {} }, { status: 400 });
    }
  }
  return form;
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
