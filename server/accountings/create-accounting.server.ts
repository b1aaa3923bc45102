import type { Db } from "~db/client.server";
import { insertAccounting, type AccountingRow } from "~db/queries/accountings.server";
import { copyBlocks } from "~db/queries/method-guide-blocks.server";
import { copyStepRows } from "~db/queries/method-guide-steps.server";
import type { AccountingForm } from "~/domain/method-guide/accounting-form";

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
  return db.transaction(async (tx) => {
    const created = await insertAccounting(tx, orgId, {
      ...input,
      method: source.method,
      copiedFrom: source.id,
      createdBy: userId,
    });
    await copyStepRows(tx, orgId, source.id, created.id, userId);
    await copyBlocks(tx, orgId, source.id, created.id);
    return created;
  });
}
