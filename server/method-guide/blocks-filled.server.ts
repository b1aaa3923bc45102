import type { Queryable } from "~db/client.server";
import { countBlocks, type BlockCounts } from "~db/queries/method-guide-blocks.server";
import type { BlockKind } from "~/domain/method-guide";

/**
 * Blocks built by other capabilities (indicators, the SROI value map, the socio-economic account)
 * live in their own tables; they count as filled when the accounting has a row there.
 */
async function externalBlocks(
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

export interface BlocksState {
  filled: Partial<Record<BlockKind, boolean>>;
  counts: BlockCounts;
}

/**
 * Which shared blocks have rows, for several accountings: one query for the method guide's own
 * blocks and one for the other capabilities' blocks.
 */
export async function loadBlocksState(
  db: Queryable,
  orgId: string,
  accountingIds: readonly string[],
): Promise<Map<string, BlocksState>> {
  const out = new Map<string, BlocksState>();
  if (accountingIds.length === 0) return out;
  const [counts, external] = await Promise.all([
    countBlocks(db, orgId, accountingIds),
    externalBlocks(db, orgId, accountingIds),
  ]);
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
