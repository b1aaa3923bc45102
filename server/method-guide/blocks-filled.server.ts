import type { Queryable } from "~db/client.server";
import { countBlocks, externalBlocks, type BlockCounts } from "~db/queries/method-guide-blocks.server";
import type { BlockKind } from "~/domain/method-guide";

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
