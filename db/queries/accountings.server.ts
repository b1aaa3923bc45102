import type { Queryable } from "../client.server";
import { isUuid } from "~/utils/validation";

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
export async function findAccounting(
  db: Queryable,
  orgId: string,
  accountingId: string,
): Promise<AccountingRow | undefined> {
  if (!isUuid(accountingId)) return undefined;
  return db.one(`SELECT ${ACCOUNTING_COLUMNS} FROM accountings a WHERE a.org_id = $1 AND a.id = $2`, [
    orgId,
    accountingId,
  ]);
}

/** The organisation's accountings, newest period first. */
export async function listAccountings(db: Queryable, orgId: string): Promise<AccountingRow[]> {
  return db.query(
    `SELECT ${ACCOUNTING_COLUMNS} FROM accountings a WHERE a.org_id = $1 ORDER BY a.period_start DESC, a.created_at DESC`,
    [orgId],
  );
}

export interface NewAccounting {
  title: string;
  method: string;
  purpose: string;
  periodStart: string;
  periodEnd: string;
  periodGranularity: PeriodGranularity;
  copiedFrom?: string | null;
  createdBy: string;
  guideAnswers?: Record<string, unknown> | null;
}

/** Creates an accounting in this organisation. */
export async function insertAccounting(db: Queryable, orgId: string, input: NewAccounting): Promise<AccountingRow> {
  const row = await db.one<AccountingRow>(
    `INSERT INTO accountings AS a (org_id, title, method, purpose, period_start, period_end, period_granularity, copied_from, created_by, guide_answers)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     RETURNING ${ACCOUNTING_COLUMNS}`,
    [
      orgId,
      input.title,
      input.method,
      input.purpose,
      input.periodStart,
      input.periodEnd,
      input.periodGranularity,
      input.copiedFrom ?? null,
      input.createdBy,
      input.guideAnswers ?? null,
    ],
  );
  if (!row) throw new Error("insert into accountings returned no row");
  return row;
}

/** Marks the accounting as changed now (after a step or block save). */
export async function touchAccounting(db: Queryable, orgId: string, accountingId: string): Promise<void> {
  await db.query("UPDATE accountings SET updated_at = now() WHERE org_id = $1 AND id = $2", [orgId, accountingId]);
}
