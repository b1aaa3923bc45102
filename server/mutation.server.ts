import { randomUUID } from "node:crypto";
import { json, type TypedResponse } from "@remix-run/node";
import { z } from "zod";
import type { Db, Queryable } from "~db/client.server";
import { claimFormToken, storeFormTokenResult } from "~db/queries/form-tokens.server";
import { flattenValues } from "~/domain/value/form-data";
import type { Messages } from "~/i18n";
import type { ActionData, ConfirmRequest, ConflictData, FormValues } from "~/utils/action-data";
import { fieldErrorsOf, FORM_ERROR, type FieldErrors } from "~/utils/validation";
import type { Flash } from "./auth/cookies.server";
import { formValues, readForm } from "./forms.server";
import { redirectWithFlash } from "./http.server";

/**
 * The mutation kit: the one way an action reads its input and answers (ADR 007).
 *
 *   const input = await parseIntent(request, Intent, t);   // 400, nothing changed, on an unknown intent
 *   if (!input.ok) return input.response;
 *   switch (input.value.intent) { … }                        // exhaustive over the union
 *
 * Answers: `done` (redirect with a notice), `invalid` (400 with field errors and what was typed),
 * `conflict` (409 with both versions), `confirmFirst` (the confirmation question until
 * `confirmed=yes`), `formError` (a message about the whole form).
 */

export type { ActionData, ConfirmRequest, ConflictData, FormValues };

/** The version a form was loaded at (optimistic concurrency); anything else reads as 0. */
export const BaseVersion = z
  .string()
  .optional()
  .transform((v) => (v && /^\d{1,9}$/.test(v) ? Number(v) : 0));

/**
 * The one-time token of a rendered create form (`<FormToken>` in `app/components/mutation`). The
 * loader makes one per render with {@link newFormToken}; {@link createOnce} stores it with the row
 * the first post created, so a second post of the same form (a double click) creates nothing.
 */
export const FORM_TOKEN_FIELD = "formToken";
export const FormTokenValue = z
  .string()
  .optional()
  .transform((v) => (v && z.string().uuid().safeParse(v).success ? v : undefined));

export function newFormToken(): string {
  return randomUUID();
}

/** The form token a post carries (undefined when none or not a uuid). */
export function formTokenOf(form: FormData): string | undefined {
  const v = form.get(FORM_TOKEN_FIELD);
  return FormTokenValue.parse(typeof v === "string" ? v : undefined);
}

/**
 * Runs `create` (which returns the new row's id) once per form token, in one transaction: a post
 * whose token was already used answers with the first post's row (`replayed: true`) and creates
 * nothing. On PostgreSQL a concurrent second post waits for the first's commit (the token's
 * primary key), then reads its row. Validate before calling: a claimed token stays claimed.
 */
export async function createOnce(
  db: Db,
  token: string | undefined,
  scope: { orgId: string | null; kind: string },
  create: (tx: Queryable) => Promise<string>,
): Promise<{ id: string; replayed: boolean }> {
  return db.transaction(async (tx) => {
    if (token) {
      const claim = await claimFormToken(tx, token, scope.orgId, scope.kind);
      if (!claim.claimed && claim.resultId) return { id: claim.resultId, replayed: true };
      const id = await create(tx);
      if (claim.claimed) await storeFormTokenResult(tx, token, id);
      return { id, replayed: false };
    }
    return { id: await create(tx), replayed: false };
  });
}

/** Sent only by the confirm button of a ConfirmDialog or of the no-JavaScript confirm page. */
export const Confirmed = z.string().optional();

/** A uuid from a form or URL; another value cannot match a row. */
export const Id = z.string().uuid();

/** Raw form data as an object: one string per field, an array where a field repeats, files as File. */
export function formObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/**
 * Row buttons of forms that work without JavaScript carry their row in the intent
 * (`remove-outcome:2`, `remove-item:0:3`). This reads such a value as the intent `remove-outcome`
 * with `index` 2 (and `subIndex`), so the route's union lists plain literals:
 *
 *   const Intent = withRowIntents(z.discriminatedUnion("intent", [
 *     z.object({ intent: z.literal("remove-outcome"), index: RowIndex }), …]));
 */
export function withRowIntents<S extends IntentSchema>(schema: S) {
  return z.preprocess((raw) => {
    if (typeof raw !== "object" || raw === null) return raw;
    const intent = (raw as { intent?: unknown }).intent;
    const m = typeof intent === "string" ? /^([a-z][a-z-]*):(\d{1,4})(?::(\d{1,4}))?$/.exec(intent) : null;
    if (!m) return raw;
    return { ...raw, intent: m[1], index: m[2], ...(m[3] !== undefined ? { subIndex: m[3] } : {}) };
  }, schema);
}

/** A row's position from {@link withRowIntents}. */
export const RowIndex = z.coerce.number().int().min(0);

export type ParsedIntent<T> =
  { ok: true; value: T; form: FormData; values: FormValues } | { ok: false; response: TypedResponse<ActionData> };

/** A union of `{ intent: z.literal(…) }` objects, or one object whose `intent` is an optional literal (a single-purpose form). */
type IntentSchema = z.ZodType<{ intent?: string }>;

/**
 * Reads a form post and parses it with the route's union of intents. A missing or unknown intent
 * answers 400 with a form-level message and nothing changes; a known intent with bad fields
 * answers 400 with the field errors and what was typed. `form` is handed on to use-cases that
 * parse their own fields.
 */
export async function parseIntent<S extends IntentSchema>(
  request: Request,
  schema: S,
  t: Messages,
): Promise<ParsedIntent<z.output<S>>> {
  const form = await readForm(request);
  return parseIntentForm(form, schema, t);
}

/** {@link parseIntent} for a form that was already read (e.g. a multipart upload). */
export function parseIntentForm<S extends IntentSchema>(
  form: FormData,
  schema: S,
  t: Messages,
): ParsedIntent<z.output<S>> {
  const values = formValues(form);
  const result = schema.safeParse(formObject(form));
  if (result.success) return { ok: true, value: result.data, form, values };
  const unknownIntent = result.error.issues.some((i) => i.path.length === 1 && i.path[0] === "intent");
  const errors: FieldErrors = unknownIntent ? { [FORM_ERROR]: t.common.unknownIntent } : fieldErrorsOf(result.error);
  return { ok: false, response: invalid(errors, values) };
}

/** 400 with field errors (and a form-level one under `_form`); what the user typed comes back. */
export function invalid<X extends object = object>(
  errors: FieldErrors,
  values: FormValues,
  extra?: X,
  status = 400,
): TypedResponse<ActionData<X>> {
  return json({ ...(extra as X), values, errors } as ActionData<X>, { status });
}

/** A message about the whole form (e.g. "the row no longer exists"), with what was typed. */
export function formError<X extends object = object>(
  message: string,
  values: FormValues,
  status = 400,
  extra?: X,
): TypedResponse<ActionData<X>> {
  return invalid({ [FORM_ERROR]: message }, values, extra, status);
}

/** 409: someone saved first. Both versions go back; the user's stays in the form. */
export function conflict<X extends object = object>(
  data: ConflictData,
  values: FormValues,
  extra?: X,
): TypedResponse<ActionData<X>> {
  return json({ ...(extra as X), values, errors: {}, conflict: data } as ActionData<X>, { status: 409 });
}

/** Success: back to a page with a one-time notice. */
export function done(to: string, flash: Flash, headers?: HeadersInit): Promise<Response> {
  return redirectWithFlash(to, flash, headers);
}

/**
 * A destructive intent runs only with `confirmed=yes` (sent by the ConfirmDialog's button, or by the
 * confirm page that this answers with when the post came without JavaScript).
 */
export async function confirmFirst(
  input: { confirmed?: string },
  question: ConfirmRequest,
  perform: () => Promise<Response>,
): Promise<Response> {
  if (input.confirmed !== "yes") return json({ values: {}, errors: {}, confirm: question } satisfies ActionData);
  return perform();
}

/**
 * Field-by-field differences between two flat or nested values (for a conflict view). Paths are
 * dotted (`outcomes.0.quantity`); `label` turns a path into the reader's words.
 */
export function differencesOf(
  yours: unknown,
  theirs: unknown,
  label: (path: string) => string = (p) => p,
): ConflictData["differences"] {
  const a = flattenValues(yours);
  const b = flattenValues(theirs);
  const paths = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return paths
    .filter((p) => (a[p] ?? "").trim() !== (b[p] ?? "").trim())
    .map((p) => ({ path: p, label: label(p), yours: a[p] ?? "", theirs: b[p] ?? "" }));
}
