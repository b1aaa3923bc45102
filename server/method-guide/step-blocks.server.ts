import type { Queryable } from "~db/client.server";
import { listActionPlan, listChainItems, listStakeholders } from "~db/queries/method-guide-blocks.server";
import { isBlockField, type BlockKind, type MethodStep } from "~/domain/method-guide";
import type { SroiResult } from "~/domain/sroi";
import type { Locale } from "~/i18n/types";
import { ratioRange } from "~/domain/value/sroi-model";
import { loadSroiSource } from "~server/value/report-source.server";
import { loadBlocksState } from "./blocks-filled.server";

/**
 * The key figures of the accounting's impact map, as the value capability calculates them
 * (`loadSroiSource` → `calculateSroi`, docs/domain/method-guide.md §5). Full precision; rounded only for display.
 * Shares (the discount rate) are fractions: 0.035 for 3,5 %.
 */
export interface SroiStepResults {
  kind: "forecast" | "evaluative" | null;
  discountRate: number;
  totalInputs: number;
  presentValue: number;
  netPresentValue: number;
  ratio: number;
  /** The lowest and highest ratio of the sensitivity analysis (the base ratio included). */
  ratioLow: number;
  ratioHigh: number;
  /** null when nothing is paid back in the first year. */
  paybackMonths: number | null;
}

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
  sroi: SroiStepResults | null;
}

/** The impact map's key figures for a step, or null when there is no map that can be calculated. */
export async function loadSroiStepResults(
  db: Queryable,
  orgId: string,
  accountingId: string,
  locale: Locale,
): Promise<SroiStepResults | null> {
  const source = await loadSroiSource(db, orgId, accountingId, locale);
  if (!source) return null;
  const { result } = source;
  // The same range the impact map shows beside the ratio. The rows come from calculateSroi, so their
  // parameters are the engine's (the report type only widens them to strings).
  const range = ratioRange({ ratio: result.ratio, sensitivity: result.sensitivity as SroiResult["sensitivity"] });
  return {
    kind: source.kind ?? null,
    discountRate: source.discountRate,
    totalInputs: result.totalInputs,
    presentValue: result.presentValue,
    netPresentValue: result.netPresentValue,
    ratio: result.ratio,
    ratioLow: range.low,
    ratioHigh: range.high,
    paybackMonths: result.paybackMonths,
  };
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
