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

/** A zod issue or one already in the JSON API's shape (a dotted path string). */
type AnyIssue = { readonly path: readonly PropertyKey[] | string; readonly message: string };

const dotted = (path: AnyIssue["path"]): string => (typeof path === "string" ? path : path.map(String).join("."));

const issuesOf = (error: z.ZodError | readonly AnyIssue[]): readonly AnyIssue[] =>
  Array.isArray(error) ? (error as readonly AnyIssue[]) : (error as z.ZodError).issues;

/**
 * zod issues → `{ "field.path": message }`, the first message per field; issues without a path go
 * under {@link FORM_ERROR}. Accepts a ZodError, its issues, or issues in the JSON API's shape
 * ({@link PathIssue}, e.g. from `parseSroiInput`).
 */
export function fieldErrorsOf(error: z.ZodError | readonly z.core.$ZodIssue[] | readonly PathIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issuesOf(error)) {
    const key = dotted(issue.path) || FORM_ERROR;
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * One problem in the JSON API's shape (`{"errors":[{"path","message"}]}`): a dotted path into the
 * body (`outcomes.0.attribution`; "" for the body as a whole) and the message.
 */
export interface PathIssue {
  path: string;
  message: string;
}

/** zod issues → the JSON API's `[{ path, message }]`, every issue in order, with dotted paths. */
export function pathIssuesOf(error: z.ZodError | readonly z.core.$ZodIssue[]): PathIssue[] {
  return issuesOf(error).map((issue) => ({ path: dotted(issue.path), message: issue.message }));
}
