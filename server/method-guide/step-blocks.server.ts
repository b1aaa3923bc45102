import type { Queryable } from "~db/client.server";
import { listActionPlan, listChainItems, listStakeholders } from "~db/queries/method-guide-blocks.server";
import { isBlockField, type BlockKind, type MethodStep } from "~/domain/method-guide";
import { sroiKeyFigures, type SroiKeyFigures } from "~/domain/sroi";
import type { Locale } from "~/i18n/types";
import { loadSroiSource } from "~server/value/report-source.server";
import { loadBlocksState } from "./blocks-filled.server";

/** What a step page shows of the shared blocks its fields refer to. */
export interface StepBlocks {
  filled: Partial<Record<BlockKind, boolean>>;
  chain: { id: string; level: string; text: string; stakeholderName: string | null }[] | null;
  stakeholders: { id: string; name: string; included: boolean }[] | null;
  actionPlan: { id: string; what: string; who: string; when: string }[] | null;
  /**
   * The impact map's results, for a step whose impact-map block shows them: null when the step
   * does not show them, when no map is saved, or when the saved map cannot be calculated.
   */
  sroi: SroiKeyFigures | null;
}

/** The impact map's key figures for a step, or null when there is no map that can be calculated. */
export async function loadSroiStepResults(
  db: Queryable,
  orgId: string,
  accountingId: string,
  locale: Locale,
): Promise<SroiKeyFigures | null> {
  const source = await loadSroiSource(db, orgId, accountingId, locale);
  if (!source) return null;
  // The same key figures (and range) the impact map shows beside the ratio (app/domain/sroi/key-figures.ts).
  return sroiKeyFigures(source.result, { kind: source.kind, discountRate: source.discountRate });
}

/** The blocks of one step: whether each is filled, and a short preview of the app's own blocks. */
export async function loadStepBlocks(
  db: Queryable,
  orgId: string,
  accountingId: string,
  step: MethodStep,
  locale: Locale = "sv",
): Promise<StepBlocks> {
  const blockFields = step.fields.filter(isBlockField);
  const kinds = new Set(blockFields.map((f) => f.block));
  if (kinds.size === 0) return { filled: {}, chain: null, stakeholders: null, actionPlan: null, sroi: null };
  const showSroi = blockFields.some((f) => f.block === "sroi-impact-map" && f.showResults === true);
  const [state, chain, stakeholders, actionPlan, sroi] = await Promise.all([
    loadBlocksState(db, orgId, [accountingId]),
    kinds.has("impact-chain") ? listChainItems(db, orgId, accountingId) : null,
    kinds.has("stakeholders") ? listStakeholders(db, orgId, accountingId) : null,
    kinds.has("action-plan") ? listActionPlan(db, orgId, accountingId) : null,
    showSroi ? loadSroiStepResults(db, orgId, accountingId, locale) : null,
  ]);
  return {
    filled: state.get(accountingId)?.filled ?? {},
    chain: chain?.map((c) => ({ id: c.id, level: c.level, text: c.text, stakeholderName: c.stakeholderName })) ?? null,
    stakeholders: stakeholders?.map((s) => ({ id: s.id, name: s.name, included: s.included })) ?? null,
    actionPlan: actionPlan?.map((a) => ({ id: a.id, what: a.what, who: a.who, when: a.when })) ?? null,
    sroi,
  };
}
