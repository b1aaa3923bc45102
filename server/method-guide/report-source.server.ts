import type { Queryable } from "~db/client.server";
import { listActionPlan, listChainItems, listStakeholders } from "~db/queries/method-guide-blocks.server";
import { listSavedStepData } from "~db/queries/method-guide-steps.server";

/**
 * What the report capability reads from the method guide: the impact chain, the stakeholders that
 * are included, the action plan and the scope, for one accounting of one organisation. One query
 * per table (no N+1); an accounting of another organisation yields empty lists.
 */
export interface MethodGuideReportData {
  impactChain: { level: "input" | "activity" | "output" | "outcome" | "impact"; text: string; assumption?: string }[];
  stakeholders: { name: string; size?: number | null; involvement: string; whatChanges: string }[];
  actionPlan: { what: string; goals: string; how: string; when: string; who: string; measure: string }[];
  scope?: string;
}

/** Step keys whose text describes the accounting's scope, in order of preference. */
const SCOPE_SOURCES: readonly { step: string; field: string }[] = [
  { step: "scope-and-stakeholders", field: "activityInScope" },
  { step: "purpose", field: "purpose" },
];

export async function loadMethodGuideReportData(
  db: Queryable,
  orgId: string,
  accountingId: string,
): Promise<MethodGuideReportData> {
  const [chain, stakeholders, actions, scopeRows] = await Promise.all([
    listChainItems(db, orgId, accountingId),
    listStakeholders(db, orgId, accountingId),
    listActionPlan(db, orgId, accountingId),
    listSavedStepData(
      db,
      orgId,
      accountingId,
      SCOPE_SOURCES.map((s) => s.step),
    ),
  ]);
  let scope: string | undefined;
  for (const source of SCOPE_SOURCES) {
    const row = scopeRows.find((r) => r.stepKey === source.step);
    const value = row?.data?.[source.field];
    if (typeof value === "string" && value.trim() !== "") {
      scope = value.trim();
      break;
    }
  }
  return {
    impactChain: chain.map((c) => ({
      level: c.level,
      text: c.text,
      ...(c.assumption.trim() !== "" ? { assumption: c.assumption } : {}),
    })),
    stakeholders: stakeholders
      .filter((s) => s.included)
      .map((s) => ({ name: s.name, size: s.size, involvement: s.involvement, whatChanges: s.whatChanges })),
    actionPlan: actions.map((a) => ({
      what: a.what,
      goals: a.goals,
      how: a.how,
      when: a.when,
      who: a.who,
      measure: a.measure,
    })),
    ...(scope !== undefined ? { scope } : {}),
  };
}
