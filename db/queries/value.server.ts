import type { Queryable } from "../client.server";

/**
 * The value calculations of an accounting: the SROI impact map (`sroi_maps`) and the socio-economic
 * account (`socioeconomic_accounts`). Every query takes the organisation id and matches the
 * accounting within it. Saves use optimistic concurrency: the caller names the version it read
 * (0 = nothing saved yet) and gets `{ conflict }` when someone saved in between.
 */

export interface SroiMapRow<T = unknown> {
  orgId: string;
  accountingId: string;
  input: T;
  discountRate: number;
  kind: "forecast" | "evaluative";
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
  updatedByName: string | null;
}

export interface SocioeconomicRow<T = unknown> {
  orgId: string;
  accountingId: string;
  input: T;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
  updatedByName: string | null;
}

export type SaveResult<Row> = { ok: true; version: number } | { ok: false; current: Row | undefined };

const SROI_COLUMNS = `m.org_id AS "orgId", m.accounting_id AS "accountingId", m.input, m.discount_rate AS "discountRate",
  m.kind, m.version, m.updated_at AS "updatedAt", m.updated_by AS "updatedBy", u.name AS "updatedByName"`;

const SOCIO_COLUMNS = `s.org_id AS "orgId", s.accounting_id AS "accountingId", s.input, s.version,
  s.updated_at AS "updatedAt", s.updated_by AS "updatedBy", u.name AS "updatedByName"`;

/** The impact map of an accounting of this organisation, or undefined. */
export async function findSroiMap<T = unknown>(
  db: Queryable,
  orgId: string,
  accountingId: string,
): Promise<SroiMapRow<T> | undefined> {
  return db.one(
    `SELECT ${SROI_COLUMNS} FROM sroi_maps m LEFT JOIN users u ON u.id = m.updated_by
     WHERE m.org_id = $1 AND m.accounting_id = $2`,
    [orgId, accountingId],
  );
}

/**
 * Saves the impact map if it is still at `baseVersion` (0 = not saved before). The accounting
 * must belong to `orgId`; the caller has checked that.
 */
export async function saveSroiMap<T>(
  db: Queryable,
  args: {
    orgId: string;
    accountingId: string;
    input: T;
    discountRate: number;
    kind: "forecast" | "evaluative";
    baseVersion: number;
    userId: string | null;
  },
): Promise<SaveResult<SroiMapRow<T>>> {
  const { orgId, accountingId, input, discountRate, kind, baseVersion, userId } = args;
  const row =
    baseVersion === 0
      ? await db.one<{ version: number }>(
          `INSERT INTO sroi_maps (org_id, accounting_id, input, discount_rate, kind, updated_by)
           SELECT a.org_id, a.id, $3, $4, $5, $6 FROM accountings a WHERE a.org_id = $1 AND a.id = $2
           ON CONFLICT (accounting_id) DO NOTHING RETURNING version`,
          [orgId, accountingId, input, discountRate, kind, userId],
        )
      : await db.one<{ version: number }>(
          `UPDATE sroi_maps SET input = $3, discount_rate = $4, kind = $5, updated_by = $6, updated_at = now(), version = version + 1
           WHERE org_id = $1 AND accounting_id = $2 AND version = $7 RETURNING version`,
          [orgId, accountingId, input, discountRate, kind, userId, baseVersion],
        );
  if (row) return { ok: true, version: row.version };
  return { ok: false, current: await findSroiMap<T>(db, orgId, accountingId) };
}

/** The socio-economic account of an accounting of this organisation, or undefined. */
export async function findSocioeconomic<T = unknown>(
  db: Queryable,
  orgId: string,
  accountingId: string,
): Promise<SocioeconomicRow<T> | undefined> {
  return db.one(
    `SELECT ${SOCIO_COLUMNS} FROM socioeconomic_accounts s LEFT JOIN users u ON u.id = s.updated_by
     WHERE s.org_id = $1 AND s.accounting_id = $2`,
    [orgId, accountingId],
  );
}

/** Saves the socio-economic account if it is still at `baseVersion` (0 = not saved before). */
export async function saveSocioeconomic<T>(
  db: Queryable,
  args: { orgId: string; accountingId: string; input: T; baseVersion: number; userId: string | null },
): Promise<SaveResult<SocioeconomicRow<T>>> {
  const { orgId, accountingId, input, baseVersion, userId } = args;
  const row =
    baseVersion === 0
      ? await db.one<{ version: number }>(
          `INSERT INTO socioeconomic_accounts (org_id, accounting_id, input, updated_by)
           SELECT a.org_id, a.id, $3, $4 FROM accountings a WHERE a.org_id = $1 AND a.id = $2
           ON CONFLICT (accounting_id) DO NOTHING RETURNING version`,
          [orgId, accountingId, input, userId],
        )
      : await db.one<{ version: number }>(
          `UPDATE socioeconomic_accounts SET input = $3, updated_by = $4, updated_at = now(), version = version + 1
           WHERE org_id = $1 AND accounting_id = $2 AND version = $5 RETURNING version`,
          [orgId, accountingId, input, userId, baseVersion],
        );
  if (row) return { ok: true, version: row.version };
  return { ok: false, current: await findSocioeconomic<T>(db, orgId, accountingId) };
}

/** Whether the accounting has a saved impact map / socio-economic account (one query). */
export async function valueBlocksOf(
  db: Queryable,
  orgId: string,
  accountingId: string,
): Promise<{ sroi: boolean; socioeconomic: boolean }> {
  const row = await db.one<{ sroi: boolean; socio: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM sroi_maps WHERE org_id = $1 AND accounting_id = $2) AS sroi,
            EXISTS (SELECT 1 FROM socioeconomic_accounts WHERE org_id = $1 AND accounting_id = $2) AS socio`,
    [orgId, accountingId],
  );
  return { sroi: row?.sroi === true, socioeconomic: row?.socio === true };
}
