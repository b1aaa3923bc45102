import type { z } from "zod";

/**
 * The one home for small validation rules that every layer shares (the browser may import this:
 * no I/O here).
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a syntactically valid uuid (anything else cannot match a row, so look-ups can skip the query). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The key under which a message about the whole form (not one field) travels in `errors`. */
export const FORM_ERROR = "_form";

export type FieldErrors = Record<string, string>;

/**
 * zod issues → `{ "field.path": message }`, the first message per field; issues without a path go
 * under {@link FORM_ERROR}. Accepts a ZodError or its issues.
 */
export function fieldErrorsOf(error: z.ZodError | readonly z.core.$ZodIssue[]): FieldErrors {
  const issues = Array.isArray(error) ? error : (error as z.ZodError).issues;
  const out: FieldErrors = {};
  for (const issue of issues as readonly z.core.$ZodIssue[]) {
    const key = issue.path.map(String).join(".") || FORM_ERROR;
    out[key] ??= issue.message;
  }
  return out;
}
