import { isUuid } from "~/utils/validation";
import type { Queryable } from "../client.server";

/**
 * The shared building blocks of an accounting: stakeholder groups, the impact chain and the action
 * plan. Every query is scoped by organisation and accounting; ids from forms are looked up inside
 * them, so a row of another accounting or organisation is never found.
 */

// ---- Stakeholders -------------------------------------------------------------------------------

export interface StakeholderRow {
  id: string;
  name: string;
  size: number | null;
  involvement: string;
  whatChanges: string;
  included: boolean;
  position: number;
  /** Raised by every save (optimistic concurrency). */
  version: number;
}

export interface StakeholderInput {
  name: string;
  size?: number | null;
  involvement: string;
  whatChanges: string;
  included: boolean;
}

/**
 * What an update of a row based on `baseVersion` (null: without a check) did: saved, the row is gone, or someone saved a
 * newer version first (nothing written).
 */
export type RowUpdate = "saved" | "missing" | "stale";

async function updateOutcome(
  db: Queryable,
  table: string,
  orgId: string,
  accountingId: string,
  id: string,
  updated: boolean,
): Promise<RowUpdate> {
  if (updated) return "saved";
  const row = await db.one(`SELECT 1 FROM ${table} WHERE org_id = $1 AND accounting_id = $2 AND id = $3`, [
    orgId,
    accountingId,
    id,
  ]);
  return row ? "stale" : "missing";
}

const STAKEHOLDER_COLUMNS = `id, name, size, involvement, what_changes AS "whatChanges", included, position, version`;

export async function listStakeholders(db: Queryable, orgId: string, accountingId: string): Promise<StakeholderRow[]> {
  return db.query<StakeholderRow>(
    `SELECT ${STAKEHOLDER_COLUMNS} FROM stakeholders WHERE org_id = $1 AND accounting_id = $2 ORDER BY position, created_at`,
    [orgId, accountingId],
  );
}

export async function findStakeholder(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
): Promise<StakeholderRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db.one<StakeholderRow>(
    `SELECT ${STAKEHOLDER_COLUMNS} FROM stakeholders WHERE org_id = $1 AND accounting_id = $2 AND id = $3`,
    [orgId, accountingId, id],
  );
}

export async function insertStakeholder(
  db: Queryable,
  orgId: string,
  accountingId: string,
  input: StakeholderInput,
): Promise<StakeholderRow> {
  const row = await db.one<StakeholderRow>(
    `INSERT INTO stakeholders (org_id, accounting_id, name, size, involvement, what_changes, included, position)
     VALUES ($1, $2, $3, $4, $5, $6, $7,
       (SELECT coalesce(max(position), -1) + 1 FROM stakeholders WHERE org_id = $1 AND accounting_id = $2))
     RETURNING ${STAKEHOLDER_COLUMNS}`,
    [orgId, accountingId, input.name, input.size ?? null, input.involvement, input.whatChanges, input.included],
  );
  if (!row) throw new Error("insert into stakeholders returned no row");
  return row;
}

export async function updateStakeholder(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
  input: StakeholderInput,
  baseVersion: number | null,
): Promise<RowUpdate> {
  if (!isUuid(id)) return "missing";
  const rows = await db.query(
    `UPDATE stakeholders SET name = $4, size = $5, involvement = $6, what_changes = $7, included = $8, version = version + 1
     WHERE org_id = $1 AND accounting_id = $2 AND id = $3 AND ($9::int IS NULL OR version = $9::int) RETURNING id`,
    [
      orgId,
      accountingId,
      id,
      input.name,
      input.size ?? null,
      input.involvement,
      input.whatChanges,
      input.included,
      baseVersion,
    ],
  );
  return updateOutcome(db, "stakeholders", orgId, accountingId, id, rows.length > 0);
}

export async function deleteStakeholder(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db.query(
    `DELETE FROM stakeholders WHERE org_id = $1 AND accounting_id = $2 AND id = $3 RETURNING id`,
    [orgId, accountingId, id],
  );
  return rows.length > 0;
}

// ---- Impact chain -------------------------------------------------------------------------------

export type ChainLevel = "input" | "activity" | "output" | "outcome" | "impact";

export interface ChainItemRow {
  id: string;
  level: ChainLevel;
  text: string;
  stakeholderId: string | null;
  stakeholderName: string | null;
  assumption: string;
  risk: string;
  position: number;
  version: number;
}

export interface ChainItemInput {
  level: ChainLevel;
  text: string;
  stakeholderId?: string | null;
  assumption: string;
  risk: string;
}

const CHAIN_COLUMNS = `c.id, c.level, c.text, c.stakeholder_id AS "stakeholderId", s.name AS "stakeholderName",
  c.assumption, c.risk, c.position, c.version`;

/** The chain in level order (resurser → samhällspåverkan), with each item's stakeholder name. */
export async function listChainItems(db: Queryable, orgId: string, accountingId: string): Promise<ChainItemRow[]> {
  return db.query<ChainItemRow>(
    `SELECT ${CHAIN_COLUMNS} FROM chain_items c LEFT JOIN stakeholders s ON s.id = c.stakeholder_id AND s.org_id = c.org_id
     WHERE c.org_id = $1 AND c.accounting_id = $2
     ORDER BY array_position(ARRAY['input','activity','output','outcome','impact'], c.level), c.position, c.created_at`,
    [orgId, accountingId],
  );
}

export async function findChainItem(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
): Promise<ChainItemRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db.one<ChainItemRow>(
    `SELECT ${CHAIN_COLUMNS} FROM chain_items c LEFT JOIN stakeholders s ON s.id = c.stakeholder_id AND s.org_id = c.org_id
     WHERE c.org_id = $1 AND c.accounting_id = $2 AND c.id = $3`,
    [orgId, accountingId, id],
  );
}

export async function insertChainItem(
  db: Queryable,
  orgId: string,
  accountingId: string,
  input: ChainItemInput,
): Promise<string> {
  const row = await db.one<{ id: string }>(
    `INSERT INTO chain_items (org_id, accounting_id, level, text, stakeholder_id, assumption, risk, position)
     VALUES ($1, $2, $3, $4, $5, $6, $7,
       (SELECT coalesce(max(position), -1) + 1 FROM chain_items WHERE org_id = $1 AND accounting_id = $2 AND level = $3))
     RETURNING id`,
    [orgId, accountingId, input.level, input.text, input.stakeholderId ?? null, input.assumption, input.risk],
  );
  if (!row) throw new Error("insert into chain_items returned no row");
  return row.id;
}

export async function updateChainItem(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
  input: ChainItemInput,
  baseVersion: number | null,
): Promise<RowUpdate> {
  if (!isUuid(id)) return "missing";
  const rows = await db.query(
    `UPDATE chain_items SET level = $4, text = $5, stakeholder_id = $6, assumption = $7, risk = $8, version = version + 1
     WHERE org_id = $1 AND accounting_id = $2 AND id = $3 AND ($9::int IS NULL OR version = $9::int) RETURNING id`,
    [
      orgId,
      accountingId,
      id,
      input.level,
      input.text,
      input.stakeholderId ?? null,
      input.assumption,
      input.risk,
      baseVersion,
    ],
  );
  return updateOutcome(db, "chain_items", orgId, accountingId, id, rows.length > 0);
}

export async function deleteChainItem(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db.query(
    `DELETE FROM chain_items WHERE org_id = $1 AND accounting_id = $2 AND id = $3 RETURNING id`,
    [orgId, accountingId, id],
  );
  return rows.length > 0;
}

// ---- Action plan --------------------------------------------------------------------------------

export interface ActionPlanRowDb {
  id: string;
  what: string;
  goals: string;
  how: string;
  when: string;
  who: string;
  measure: string;
  indicatorIds: string[];
  position: number;
  version: number;
}

export interface ActionPlanInput {
  what: string;
  goals: string;
  how: string;
  when: string;
  who: string;
  measure: string;
  indicatorIds: string[];
}

const ACTION_COLUMNS = `id, what, goals, how, due AS "when", who, measure, indicator_ids AS "indicatorIds", position, version`;

export async function listActionPlan(db: Queryable, orgId: string, accountingId: string): Promise<ActionPlanRowDb[]> {
  const rows = await db.query<ActionPlanRowDb>(
    `SELECT ${ACTION_COLUMNS} FROM action_plan_items WHERE org_id = $1 AND accounting_id = $2 ORDER BY position, created_at`,
    [orgId, accountingId],
  );
  return rows.map((r) => ({ ...r, indicatorIds: r.indicatorIds ?? [] }));
}

export async function findActionPlanItem(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
): Promise<ActionPlanRowDb | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.one<ActionPlanRowDb>(
    `SELECT ${ACTION_COLUMNS} FROM action_plan_items WHERE org_id = $1 AND accounting_id = $2 AND id = $3`,
    [orgId, accountingId, id],
  );
  return row ? { ...row, indicatorIds: row.indicatorIds ?? [] } : undefined;
}

export async function insertActionPlanItem(
  db: Queryable,
  orgId: string,
  accountingId: string,
  input: ActionPlanInput,
): Promise<string> {
  const row = await db.one<{ id: string }>(
    `INSERT INTO action_plan_items (org_id, accounting_id, what, goals, how, due, who, measure, indicator_ids, position)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::uuid[],
       (SELECT coalesce(max(position), -1) + 1 FROM action_plan_items WHERE org_id = $1 AND accounting_id = $2))
     RETURNING id`,
    [
      orgId,
      accountingId,
      input.what,
      input.goals,
      input.how,
      input.when,
      input.who,
      input.measure,
      input.indicatorIds.filter(isUuid),
    ],
  );
  if (!row) throw new Error("insert into action_plan_items returned no row");
  return row.id;
}

export async function updateActionPlanItem(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
  input: ActionPlanInput,
  baseVersion: number | null,
): Promise<RowUpdate> {
  if (!isUuid(id)) return "missing";
  const rows = await db.query(
    `UPDATE action_plan_items SET what = $4, goals = $5, how = $6, due = $7, who = $8, measure = $9, indicator_ids = $10::uuid[],
       version = version + 1
     WHERE org_id = $1 AND accounting_id = $2 AND id = $3 AND ($11::int IS NULL OR version = $11::int) RETURNING id`,
    [
      orgId,
      accountingId,
      id,
      input.what,
      input.goals,
      input.how,
      input.when,
      input.who,
      input.measure,
      input.indicatorIds.filter(isUuid),
      baseVersion,
    ],
  );
  return updateOutcome(db, "action_plan_items", orgId, accountingId, id, rows.length > 0);
}

export async function deleteActionPlanItem(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db.query(
    `DELETE FROM action_plan_items WHERE org_id = $1 AND accounting_id = $2 AND id = $3 RETURNING id`,
    [orgId, accountingId, id],
  );
  return rows.length > 0;
}

// ---- Counts -------------------------------------------------------------------------------------

export interface BlockCounts {
  stakeholders: number;
  chainItems: number;
  actionPlanItems: number;
}

/** How many rows each shared block has, for several accountings in one query. */
export async function countBlocks(
  db: Queryable,
  orgId: string,
  accountingIds: readonly string[],
): Promise<Map<string, BlockCounts>> {
  const out = new Map<string, BlockCounts>();
  if (accountingIds.length === 0) return out;
  const rows = await db.query<{ id: string } & BlockCounts>(
    `SELECT a.id,
       (SELECT count(*) FROM stakeholders s WHERE s.org_id = a.org_id AND s.accounting_id = a.id)::int AS stakeholders,
       (SELECT count(*) FROM chain_items c WHERE c.org_id = a.org_id AND c.accounting_id = a.id)::int AS "chainItems",
       (SELECT count(*) FROM action_plan_items p WHERE p.org_id = a.org_id AND p.accounting_id = a.id)::int AS "actionPlanItems"
     FROM accountings a WHERE a.org_id = $1 AND a.id = ANY($2::uuid[])`,
    [orgId, accountingIds],
  );
  for (const r of rows)
    out.set(r.id, { stakeholders: r.stakeholders, chainItems: r.chainItems, actionPlanItems: r.actionPlanItems });
  return out;
}

/**
 * Copies the stakeholders, impact chain and action plan of one accounting to another, keeping
 * each chain item's link to its (copied) stakeholder.
 */
export async function copyBlocks(db: Queryable, orgId: string, fromId: string, toId: string): Promise<void> {
  const stakeholders = await listStakeholders(db, orgId, fromId);
  const idMap = new Map<string, string>();
  for (const s of stakeholders) {
    const row = await db.one<{ id: string }>(
      `INSERT INTO stakeholders (org_id, accounting_id, name, size, involvement, what_changes, included, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [orgId, toId, s.name, s.size, s.involvement, s.whatChanges, s.included, s.position],
    );
    if (row) idMap.set(s.id, row.id);
  }
  const chain = await listChainItems(db, orgId, fromId);
  for (const c of chain) {
    await db.query(
      `INSERT INTO chain_items (org_id, accounting_id, level, text, stakeholder_id, assumption, risk, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        orgId,
        toId,
        c.level,
        c.text,
        c.stakeholderId ? (idMap.get(c.stakeholderId) ?? null) : null,
        c.assumption,
        c.risk,
        c.position,
      ],
    );
  }
  await db.query(
    `INSERT INTO action_plan_items (org_id, accounting_id, what, goals, how, due, who, measure, indicator_ids, position)
     SELECT org_id, $3, what, goals, how, due, who, measure, '{}', position
     FROM action_plan_items WHERE org_id = $1 AND accounting_id = $2`,
    [orgId, fromId, toId],
  );
}

// ---- Indicators (owned by the indicators capability) ---------------------------------------------

/** The accounting's indicators for the action plan's "how we measure" link, by their accounting-indicator id. */
export async function listIndicatorOptions(
  db: Queryable,
  orgId: string,
  accountingId: string,
): Promise<{ id: string; name: { sv: string; en: string } }[]> {
  const rows = await db.query<{ id: string; sv: string; en: string }>(
    `SELECT ai.id, i.name_sv AS sv, i.name_en AS en
     FROM accounting_indicators ai JOIN indicators i ON i.id = ai.indicator_id
     WHERE ai.org_id = $1 AND ai.accounting_id = $2 ORDER BY ai.position, ai.created_at`,
    [orgId, accountingId],
  );
  return rows.map((r) => ({ id: r.id, name: { sv: r.sv, en: r.en || r.sv } }));
}

/**
 * Blocks built by other capabilities (indicators, the SROI value map, the socio-economic account)
 * live in their own tables; they count as filled when the accounting has a row there.
 */
export async function externalBlocks(
  db: Queryable,
  orgId: string,
  accountingIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const rows = await db.query<{ block: string; id: string }>(
    `SELECT 'indicators' AS block, accounting_id AS id FROM accounting_indicators WHERE org_id = $1 AND accounting_id = ANY($2::uuid[])
     UNION
     SELECT 'sroi-impact-map', accounting_id FROM sroi_maps WHERE org_id = $1 AND accounting_id = ANY($2::uuid[])
     UNION
     SELECT 'socioeconomic', accounting_id FROM socioeconomic_accounts WHERE org_id = $1 AND accounting_id = ANY($2::uuid[])`,
    [orgId, accountingIds],
  );
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!out.has(r.block)) out.set(r.block, new Set());
    out.get(r.block)!.add(r.id);
  }
  return out;
}
