import type { Queryable } from "~db/client.server";
import { countBlocks, type BlockCounts } from "~db/queries/method-guide-blocks.server";
import type { BlockKind } from "~/domain/method-guide";

/**
 * Blocks built by other capabilities (indicators, the SROI impact map, the socio-economic
 * calculation) live in their own tables. They count as filled when a row for the accounting
 * exists there. The tables may not exist yet (their migrations land separately), so each
 * candidate is checked with to_regclass first; a missing table means "not filled".
 */
const EXTERNAL_BLOCK_TABLES: Record<"indicators" | "sroi-impact-map" | "socioeconomic", readonly string[]> = {
  indicators: ["accounting_indicators"],
  "sroi-impact-map": ["sroi_maps"],
  socioeconomic: ["socioeconomic_accounts"],
};

const SAFE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Existing candidate tables that have an accounting_id and org_id column. */
async function existingTables(db: Queryable): Promise<Map<string, string>> {
  const candidates = Object.values(EXTERNAL_BLOCK_TABLES).flat().filter((n) => SAFE_NAME.test(n));
  const rows = await db.query<{ table_name: string }>(
    `SELECT c.table_name FROM information_schema.columns c
     WHERE c.table_schema = 'public' AND c.table_name = ANY($1::text[]) AND c.column_name IN ('accounting_id', 'org_id')
     GROUP BY c.table_name HAVING count(*) = 2`,
    [candidates],
  );
  const present = new Set(rows.map((r) => r.table_name));
  const out = new Map<string, string>();
  for (const [block, tables] of Object.entries(EXTERNAL_BLOCK_TABLES)) {
    const table = tables.find((t) => present.has(t));
    if (table) out.set(block, table);
  }
  return out;
}

export interface BlocksState {
  filled: Partial<Record<BlockKind, boolean>>;
  counts: BlockCounts;
}

/**
 * Which shared blocks have rows, for several accountings: one query for the app's own blocks and
 * one per external block table that exists.
 */
export async function loadBlocksState(db: Queryable, orgId: string, accountingIds: readonly string[]): Promise<Map<string, BlocksState>> {
  const out = new Map<string, BlocksState>();
  if (accountingIds.length === 0) return out;
  const [counts, tables] = await Promise.all([countBlocks(db, orgId, accountingIds), existingTables(db)]);
  const external = new Map<string, Set<string>>();
  for (const [block, table] of tables) {
    const rows = await db.query<{ id: string }>(
      `SELECT DISTINCT accounting_id AS id FROM ${table} WHERE org_id = $1 AND accounting_id = ANY($2::uuid[])`,
      [orgId, accountingIds],
    );
    external.set(block, new Set(rows.map((r) => r.id)));
  }
  for (const id of accountingIds) {
    const c = counts.get(id) ?? { stakeholders: 0, chainItems: 0, actionPlanItems: 0 };
    out.set(id, {
      counts: c,
      filled: {
        stakeholders: c.stakeholders > 0,
        "impact-chain": c.chainItems > 0,
        "action-plan": c.actionPlanItems > 0,
        indicators: external.get("indicators")?.has(id) ?? false,
        "sroi-impact-map": external.get("sroi-impact-map")?.has(id) ?? false,
        socioeconomic: external.get("socioeconomic")?.has(id) ?? false,
      },
    });
  }
  return out;
}
