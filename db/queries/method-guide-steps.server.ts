import type { Queryable } from "../client.server";

/**
 * Saved method steps of an accounting (accounting_steps). Saves are optimistic: an update names
 * the version it was based on and only succeeds when that is still the stored version.
 */
export type StepStatus = "in-progress" | "done";

export interface StepRow {
  stepKey: string;
  data: Record<string, unknown>;
  draft: Record<string, unknown> | null;
  status: StepStatus;
  version: number;
  updatedBy: string | null;
  updatedByName: string | null;
  updatedAt: Date;
  draftBy: string | null;
  draftBaseVersion: number | null;
  draftUpdatedAt: Date | null;
}

const STEP_COLUMNS = `s.step_key AS "stepKey", s.data, s.draft, s.status, s.version, s.updated_by AS "updatedBy",
  u.name AS "updatedByName", s.updated_at AS "updatedAt", s.draft_by AS "draftBy",
  s.draft_base_version AS "draftBaseVersion", s.draft_updated_at AS "draftUpdatedAt"`;

/** Every saved step of one accounting. */
export async function listStepRows(db: Queryable, orgId: string, accountingId: string): Promise<StepRow[]> {
  return db.query<StepRow>(
    `SELECT ${STEP_COLUMNS} FROM accounting_steps s LEFT JOIN users u ON u.id = s.updated_by
     WHERE s.org_id = $1 AND s.accounting_id = $2`,
    [orgId, accountingId],
  );
}

/** The saved data of every step of several accountings (for list pages), in one query. */
export async function listStepData(
  db: Queryable,
  orgId: string,
  accountingIds: readonly string[],
): Promise<{ accountingId: string; stepKey: string; data: Record<string, unknown> }[]> {
  if (accountingIds.length === 0) return [];
  return db.query(
    `SELECT s.accounting_id AS "accountingId", s.step_key AS "stepKey", s.data
     FROM accounting_steps s WHERE s.org_id = $1 AND s.accounting_id = ANY($2::uuid[])`,
    [orgId, accountingIds],
  );
}

/** One saved step, or undefined when nothing has been saved for it yet. */
export async function findStepRow(
  db: Queryable,
  orgId: string,
  accountingId: string,
  stepKey: string,
): Promise<StepRow | undefined> {
  return db.one<StepRow>(
    `SELECT ${STEP_COLUMNS} FROM accounting_steps s LEFT JOIN users u ON u.id = s.updated_by
     WHERE s.org_id = $1 AND s.accounting_id = $2 AND s.step_key = $3`,
    [orgId, accountingId, stepKey],
  );
}

export interface StepWrite {
  data: Record<string, unknown>;
  status: StepStatus;
  userId: string;
}

/**
 * Saves a step atomically against the version it was based on: base 0 = the step had never been
 * saved (a row with only a draft counts as never saved), otherwise `UPDATE … WHERE version = base`.
 * Returns the new version, or undefined when someone else saved first (a conflict).
 */
export async function saveStepIfVersion(
  db: Queryable,
  orgId: string,
  accountingId: string,
  stepKey: string,
  baseVersion: number,
  write: StepWrite,
): Promise<number | undefined> {
  if (baseVersion === 0) {
    // A draft-only row has version 0; the first real save turns it into version 1.
    const row = await db.one<{ version: number }>(
      `INSERT INTO accounting_steps AS s (org_id, accounting_id, step_key, data, status, version, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, 1, $6, now())
       ON CONFLICT (accounting_id, step_key) DO UPDATE
         SET data = EXCLUDED.data, status = EXCLUDED.status, version = 1, updated_by = EXCLUDED.updated_by,
             updated_at = now(), draft = NULL, draft_by = NULL, draft_base_version = NULL, draft_updated_at = NULL
         WHERE s.version = 0 AND s.org_id = EXCLUDED.org_id
       RETURNING s.version`,
      [orgId, accountingId, stepKey, write.data, write.status, write.userId],
    );
    return row?.version;
  }
  const row = await db.one<{ version: number }>(
    `UPDATE accounting_steps s
     SET data = $5, status = $6, version = s.version + 1, updated_by = $7, updated_at = now(),
         draft = NULL, draft_by = NULL, draft_base_version = NULL, draft_updated_at = NULL
     WHERE s.org_id = $1 AND s.accounting_id = $2 AND s.step_key = $3 AND s.version = $4
     RETURNING s.version`,
    [orgId, accountingId, stepKey, baseVersion, write.data, write.status, write.userId],
  );
  return row?.version;
}

/**
 * Stores a draft (autosave) without touching the saved data or its version. A step never saved
 * gets a row with version 0 that holds only the draft.
 */
export async function saveStepDraft(
  db: Queryable,
  orgId: string,
  accountingId: string,
  stepKey: string,
  draft: Record<string, unknown>,
  baseVersion: number,
  userId: string,
): Promise<Date> {
  const row = await db.one<{ at: Date }>(
    `INSERT INTO accounting_steps AS s (org_id, accounting_id, step_key, data, status, version, draft, draft_by, draft_base_version, draft_updated_at)
     VALUES ($1, $2, $3, '{}'::jsonb, 'in-progress', 0, $4, $5, $6, now())
     ON CONFLICT (accounting_id, step_key) DO UPDATE
       SET draft = EXCLUDED.draft, draft_by = EXCLUDED.draft_by, draft_base_version = EXCLUDED.draft_base_version,
           draft_updated_at = now()
       WHERE s.org_id = EXCLUDED.org_id
     RETURNING s.draft_updated_at AS at`,
    [orgId, accountingId, stepKey, draft, userId, baseVersion],
  );
  if (!row) throw new Error("the draft could not be stored");
  return row.at;
}

/** Throws away this person's draft of a step. */
export async function clearStepDraft(
  db: Queryable,
  orgId: string,
  accountingId: string,
  stepKey: string,
  userId: string,
): Promise<void> {
  await db.query(
    `UPDATE accounting_steps SET draft = NULL, draft_by = NULL, draft_base_version = NULL, draft_updated_at = NULL
     WHERE org_id = $1 AND accounting_id = $2 AND step_key = $3 AND draft_by = $4`,
    [orgId, accountingId, stepKey, userId],
  );
}

/** Copies the saved data of every step from one accounting to another (drafts are not copied). */
export async function copyStepRows(
  db: Queryable,
  orgId: string,
  fromId: string,
  toId: string,
  userId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO accounting_steps (org_id, accounting_id, step_key, data, status, version, updated_by, updated_at)
     SELECT org_id, $3, step_key, data, status, 1, $4, now()
     FROM accounting_steps WHERE org_id = $1 AND accounting_id = $2 AND version > 0`,
    [orgId, fromId, toId, userId],
  );
}

/** The saved data of some steps of one accounting (steps never saved are left out). */
export async function listSavedStepData(
  db: Queryable,
  orgId: string,
  accountingId: string,
  stepKeys: readonly string[],
): Promise<{ stepKey: string; data: Record<string, unknown> }[]> {
  return db.query(
    `SELECT step_key AS "stepKey", data FROM accounting_steps
     WHERE org_id = $1 AND accounting_id = $2 AND step_key = ANY($3::text[]) AND version > 0`,
    [orgId, accountingId, stepKeys],
  );
}
