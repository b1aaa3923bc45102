import type { Queryable } from "../client.server";

export type PeriodGranularity = "year" | "half-year" | "quarter" | "month";

export interface AccountingRow {
  id: string;
  orgId: string;
  title: string;
  method: string;
  methodVersion: number;
  purpose: string;
  periodStart: string;
  periodEnd: string;
  periodGranularity: PeriodGranularity;
  copiedFrom: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ACCOUNTING_COLUMNS = `a.id, a.org_id AS "orgId", a.title, a.method, a.method_version AS "methodVersion", a.purpose,
  a.period_start AS "periodStart", a.period_end AS "periodEnd", a.period_granularity AS "periodGranularity",
  a.copied_from AS "copiedFrom", a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;

/** One accounting of this organisation, or undefined (an id from another organisation is never found). */
export async function findAccounting(db: Queryable, orgId: string, accountingId: string): Promise<AccountingRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(accountingId)) return undefined;
  return db.one(`SELECT ${ACCOUNTING_COLUMNS} FROM accountings a WHERE a.org_id = $1 AND a.id = $2`, [orgId, accountingId]);
}

/** The organisation's accountings, newest period first. */
export async function listAccountings(db: Queryable, orgId: string): Promise<AccountingRow[]> {
  return db.query(`SELECT ${ACCOUNTING_COLUMNS} FROM accountings a WHERE a.org_id = $1 ORDER BY a.period_start DESC, a.created_at DESC`, [
    orgId,
  ]);
}
