import type { Queryable } from "~db/client.server";
import { listActionPlan, listChainItems, listStakeholders } from "~db/queries/method-guide-blocks.server";
import { isBlockField, type BlockKind, type MethodStep } from "~/domain/method-guide";
import { loadBlocksState } from "./blocks-filled.server";

/** What a step page shows of the shared blocks its fields refer to. */
export interface StepBlocks {
  filled: Partial<Record<BlockKind, boolean>>;
  chain: { id: string; level: string; text: string; stakeholderName: string | null }[] | null;
  stakeholders: { id: string; name: string; included: boolean }[] | null;
  actionPlan: { id: string; what: string; who: string; when: string }[] | null;
}

/** The blocks of one step: whether each is filled, and a short preview of the app's own blocks. */
export async function loadStepBlocks(db: Queryable, orgId: string, accountingId: string, step: MethodStep): Promise<StepBlocks> {
  const kinds = new Set(step.fields.filter(isBlockField).map((f) => f.block));
  if (kinds.size === 0) return { filled: {}, chain: null, stakeholders: null, actionPlan: null };
  const [state, chain, stakeholders, actionPlan] = await Promise.all([
    loadBlocksState(db, orgId, [accountingId]),
    kinds.has("impact-chain") ? listChainItems(db, orgId, accountingId) : null,
    kinds.has("stakeholders") ? listStakeholders(db, orgId, accountingId) : null,
    kinds.has("action-plan") ? listActionPlan(db, orgId, accountingId) : null,
  ]);
  return {
    filled: state.get(accountingId)?.filled ?? {},
    chain: chain?.map((c) => ({ id: c.id, level: c.level, text: c.text, stakeholderName: c.stakeholderName })) ?? null,
    stakeholders: stakeholders?.map((s) => ({ id: s.id, name: s.name, included: s.included })) ?? null,
    actionPlan: actionPlan?.map((a) => ({ id: a.id, what: a.what, who: a.who, when: a.when })) ?? null,
  };
}
