import type { Queryable } from "~db/client.server";
import { getDb } from "~db/index.server";
import { listAccountings, type AccountingRow } from "~db/queries/accountings.server";
import { listStepData } from "~db/queries/method-guide-steps.server";
import { findMethod, stepProgress, type MethodDefinition, type MethodProgress } from "~/domain/method-guide";
import { loadBlocksState, type BlocksState } from "./blocks-filled.server";

export interface AccountingWithProgress {
  accounting: AccountingRow;
  method: MethodDefinition | undefined;
  progress: MethodProgress | undefined;
  blocks: BlocksState;
}

/** Progress of several accountings: one query for their steps and one per block source. */
async function withProgress(
  db: Queryable,
  orgId: string,
  accountings: AccountingRow[],
): Promise<AccountingWithProgress[]> {
  const ids = accountings.map((a) => a.id);
  const [steps, blocks] = await Promise.all([listStepData(db, orgId, ids), loadBlocksState(db, orgId, ids)]);
  const byAccounting = new Map<string, Record<string, unknown>>();
  for (const s of steps) {
    const values = byAccounting.get(s.accountingId) ?? {};
    values[s.stepKey] = s.data;
    byAccounting.set(s.accountingId, values);
  }
  return accountings.map((accounting) => {
    const method = findMethod(accounting.method);
    const state = blocks.get(accounting.id) ?? {
      filled: {},
      counts: { stakeholders: 0, chainItems: 0, actionPlanItems: 0 },
    };
    return {
      accounting,
      method,
      progress: method ? stepProgress(method, byAccounting.get(accounting.id) ?? {}, state.filled) : undefined,
      blocks: state,
    };
  });
}

/** The organisation's accountings, newest period first, each with its step progress. */
export async function listAccountingsWithProgress(orgId: string): Promise<AccountingWithProgress[]> {
  const db = await getDb();
  return withProgress(db, orgId, await listAccountings(db, orgId));
}

/** One accounting with its step progress (for the progress view). */
export async function loadAccountingProgress(
  db: Queryable,
  orgId: string,
  accounting: AccountingRow,
): Promise<AccountingWithProgress> {
  const [one] = await withProgress(db, orgId, [accounting]);
  return one!;
}
