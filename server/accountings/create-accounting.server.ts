import type { Db, Queryable } from "~db/client.server";
import { getDb } from "~db/index.server";
import { findAccounting, insertAccounting, type AccountingRow } from "~db/queries/accountings.server";
import { copyBlocks } from "~db/queries/method-guide-blocks.server";
import { copyStepRows } from "~db/queries/method-guide-steps.server";
import { accountingFormSchema, type AccountingForm } from "~/domain/method-guide/accounting-form";
import type { Messages } from "~/i18n";
import type { FieldErrors } from "~/utils/validation";
import { parseForm, type FormValues } from "../forms.server";
import { createOnce, formTokenOf } from "../mutation.server";

/** Starts an accounting for a period, a purpose and a method. */
export async function createAccounting(
  db: Db,
  orgId: string,
  userId: string,
  input: AccountingForm,
  guideAnswers?: Record<string, unknown> | null,
): Promise<AccountingRow> {
  return insertAccounting(db, orgId, {
    ...input,
    createdBy: userId,
    copiedFrom: null,
    guideAnswers: guideAnswers ?? null,
  });
}

/**
 * Copies an accounting as the starting point of a new period: the saved steps, stakeholders,
 * impact chain and action plan come along (drafts do not); the new one records `copied_from`.
 * The method stays the same, so the copied step data fit.
 */
export async function copyAccounting(
  db: Db,
  orgId: string,
  userId: string,
  source: AccountingRow,
  input: Omit<AccountingForm, "method">,
): Promise<AccountingRow> {
  return db.transaction((tx) => insertCopy(tx, orgId, userId, source, input));
}

async function insertCopy(
  tx: Queryable,
  orgId: string,
  userId: string,
  source: AccountingRow,
  input: Omit<AccountingForm, "method">,
): Promise<AccountingRow> {
  const created = await insertAccounting(tx, orgId, {
    ...input,
    method: source.method,
    copiedFrom: source.id,
    createdBy: userId,
  });
  await copyStepRows(tx, orgId, source.id, created.id, userId);
  await copyBlocks(tx, orgId, source.id, created.id);
  return created;
}

export type StartAccountingResult =
  | { ok: true; accounting: AccountingRow; copied: boolean }
  | { ok: false; notFound: true }
  | { ok: false; notFound?: false; errors: FieldErrors; values: FormValues };

/**
 * The "new accounting" form: a new accounting, or (with `copyFrom`) a copy of an earlier one of
 * the same organisation, which keeps its method. An unknown `copyFrom` is not found.
 */
export async function startAccounting(
  orgId: string,
  userId: string,
  form: FormData,
  t: Messages,
): Promise<StartAccountingResult> {
  const db = await getDb();
  const copyFrom = form.get("copyFrom");
  const copying = typeof copyFrom === "string" && copyFrom !== "";
  const source = copying ? await findAccounting(db, orgId, copyFrom) : undefined;
  if (copying && !source) return { ok: false, notFound: true };
  if (source) form.set("method", source.method);
  const parsed = parseForm(form, accountingFormSchema(t));
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values: parsed.values };
  // Once per rendered form: a double-submitted form answers with the accounting the first post made.
  const { id } = await createOnce(db, formTokenOf(form), { orgId, kind: "accounting" }, async (tx) => {
    const created = source
      ? await insertCopy(tx, orgId, userId, source, parsed.data)
      : await insertAccounting(tx, orgId, { ...parsed.data, createdBy: userId, copiedFrom: null, guideAnswers: null });
    return created.id;
  });
  const accounting = await findAccounting(db, orgId, id);
  if (!accounting) return { ok: false, notFound: true };
  return { ok: true, accounting, copied: Boolean(source) };
}
