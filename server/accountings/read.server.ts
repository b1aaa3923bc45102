import { getDb } from "~db/index.server";
import { findAccounting, listAccountings, type AccountingRow } from "~db/queries/accountings.server";

/** Reads of accountings for the pages (routes do not query the database). */

/** One accounting of the organisation, or undefined (another organisation's id is not found). */
export async function findOrgAccounting(orgId: string, accountingId: string): Promise<AccountingRow | undefined> {
  return findAccounting(await getDb(), orgId, accountingId);
}

/** The organisation's most recent accountings (newest period first). */
export async function recentAccountings(orgId: string, limit = 3): Promise<AccountingRow[]> {
  return (await listAccountings(await getDb(), orgId)).slice(0, limit);
}
