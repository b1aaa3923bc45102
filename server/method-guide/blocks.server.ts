import type { Db, Queryable } from "~db/client.server";
import { touchAccounting } from "~db/queries/accountings.server";
import {
  deleteActionPlanItem,
  deleteChainItem,
  deleteStakeholder,
  findActionPlanItem,
  findChainItem,
  findStakeholder,
  insertActionPlanItem,
  insertChainItem,
  insertStakeholder,
  listStakeholders,
  updateActionPlanItem,
  updateChainItem,
  updateStakeholder,
  type RowUpdate,
} from "~db/queries/method-guide-blocks.server";
import {
  IMPACT_CHAIN_LEVEL_INFO,
  makeActionPlanRowSchema,
  makeImpactChainItemSchema,
  makeStakeholderSchema,
  parseLocaleNumber,
} from "~/domain/method-guide";
import type { Messages } from "~/i18n";
import type { Locale } from "~/i18n/types";
import type { ConflictData } from "~/utils/action-data";
import { fieldErrorsOf, FORM_ERROR, isUuid } from "~/utils/validation";
import { BaseVersion, createOnce, differencesOf, formTokenOf } from "../mutation.server";

/**
 * Add, change and delete rows of the shared blocks (stakeholders, impact chain, action plan).
 * Input is validated with the domain schemas; ids are looked up inside the accounting.
 */
export interface BlockScope {
  orgId: string;
  accountingId: string;
}

export type BlockResult =
  | { ok: true; id?: string }
  | { ok: false; errors: Record<string, string>; notFound?: boolean }
  | { ok: false; conflict: ConflictData };

function str(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}

function formId(form: FormData): string | null {
  const id = str(form, "id");
  return id === "" ? null : id;
}

async function done(db: Queryable, scope: BlockScope, id?: string): Promise<BlockResult> {
  await touchAccounting(db, scope.orgId, scope.accountingId);
  return { ok: true, id };
}

/**
 * The version the row's form was loaded at (`baseVersion`); null when the post carries none (a
 * script: saved without a check, as before).
 */
const baseVersionOf = (form: FormData) =>
  form.has("baseVersion") ? BaseVersion.parse(str(form, "baseVersion")) : null;

/** The posted fields again, for "Spara min version" (the conflict view adds the saved version). */
function postedFields(form: FormData): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of form.entries())
    if (typeof v === "string" && k !== "baseVersion" && k !== "intent" && k !== "formToken") out.push([k, v]);
  return out;
}

/**
 * What an update based on an older version answers (409 through the kit's `conflict()`): the
 * saved row's fields beside the posted ones, labelled as on the form.
 */
async function afterUpdate<R extends { version: number }>(
  db: Queryable,
  scope: BlockScope,
  id: string,
  outcome: RowUpdate,
  form: FormData,
  t: Messages,
  current: () => Promise<R | undefined>,
  comparable: (row: R) => Record<string, string>,
  yours: Record<string, string>,
  labels: Record<string, string>,
): Promise<BlockResult> {
  if (outcome === "saved") return done(db, scope, id);
  const row = outcome === "stale" ? await current() : undefined;
  if (!row) return { ok: false, notFound: true, errors: { [FORM_ERROR]: t.guide.blocks.notFound } };
  return {
    ok: false,
    conflict: {
      message: t.common.conflict.rowMessage,
      by: null,
      at: null,
      version: row.version,
      differences: differencesOf(yours, comparable(row), (path) => labels[path] ?? path),
      keepMine: { intent: "save", fields: postedFields(form) },
    },
  };
}

/** Creates a row once per form token (a double-submitted add form creates one row). */
async function createRow(
  db: Db,
  scope: BlockScope,
  form: FormData,
  kind: string,
  insert: (tx: Queryable) => Promise<string>,
): Promise<BlockResult> {
  const { id } = await createOnce(db, formTokenOf(form), { orgId: scope.orgId, kind }, async (tx) => {
    const created = await insert(tx);
    await touchAccounting(tx, scope.orgId, scope.accountingId);
    return created;
  });
  return { ok: true, id };
}

const yesNo = (v: boolean, t: Messages) =>
  v ? t.guide.blocks.stakeholders.includedYes : t.guide.blocks.stakeholders.includedNo;

// ---- Stakeholders -------------------------------------------------------------------------------

export async function saveStakeholderForm(
  db: Db,
  scope: BlockScope,
  form: FormData,
  locale: Locale,
  t: Messages,
): Promise<BlockResult> {
  const sizeRaw = str(form, "size");
  const size = sizeRaw.trim() === "" ? undefined : parseLocaleNumber(sizeRaw);
  const parsed = makeStakeholderSchema(locale).safeParse({
    name: str(form, "name"),
    size,
    involvement: str(form, "involvement"),
    whatChanges: str(form, "whatChanges"),
    // A ticked box is posted (with whatever value); an unticked one is not posted at all.
    included: form.has("included"),
  });
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  const input = { ...parsed.data, size: parsed.data.size ?? null };
  const id = formId(form);
  if (id) {
    const st = t.guide.blocks.stakeholders;
    const shown = (r: typeof input) => ({
      name: r.name,
      size: r.size != null ? String(r.size) : "",
      involvement: r.involvement,
      whatChanges: r.whatChanges,
      included: yesNo(r.included, t),
    });
    const outcome = await updateStakeholder(db, scope.orgId, scope.accountingId, id, input, baseVersionOf(form));
    return afterUpdate(
      db,
      scope,
      id,
      outcome,
      form,
      t,
      () => findStakeholder(db, scope.orgId, scope.accountingId, id),
      shown,
      shown(input),
      { name: st.name, size: st.size, involvement: st.involvement, whatChanges: st.whatChanges, included: st.included },
    );
  }
  return createRow(db, scope, form, "stakeholder", async (tx) => {
    const row = await insertStakeholder(tx, scope.orgId, scope.accountingId, input);
    return row.id;
  });
}

/** What the confirmation asks before a stakeholder group is deleted (null when it is not found). */
export async function findStakeholderQuestion(db: Queryable, scope: BlockScope, id: string, t: Messages) {
  const row = await findStakeholder(db, scope.orgId, scope.accountingId, id);
  const st = t.guide.blocks.stakeholders;
  return row ? { title: st.deleteTitle(row.name), body: st.deleteBody, confirmLabel: st.deleteConfirm } : null;
}

export async function removeStakeholder(db: Queryable, scope: BlockScope, id: string): Promise<boolean> {
  const ok = await deleteStakeholder(db, scope.orgId, scope.accountingId, id);
  if (ok) await touchAccounting(db, scope.orgId, scope.accountingId);
  return ok;
}

// ---- Impact chain -------------------------------------------------------------------------------

export async function saveChainItemForm(
  db: Db,
  scope: BlockScope,
  form: FormData,
  locale: Locale,
  t: Messages,
): Promise<BlockResult> {
  const stakeholderRaw = str(form, "stakeholderId");
  const parsed = makeImpactChainItemSchema(locale).safeParse({
    level: str(form, "level") || undefined,
    text: str(form, "text"),
    stakeholderId: stakeholderRaw === "" ? undefined : stakeholderRaw,
    assumption: str(form, "assumption"),
    risk: str(form, "risk"),
  });
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  const data = parsed.data;
  let stakeholderId: string | null = null;
  if (data.stakeholderId) {
    const found = await findStakeholder(db, scope.orgId, scope.accountingId, data.stakeholderId);
    if (!found) return { ok: false, errors: { stakeholderId: t.guide.blocks.chain.stakeholderRequired } };
    stakeholderId = found.id;
  } else if (data.level === "outcome") {
    // An outcome belongs to one stakeholder group (§1.1) once there are groups to choose from.
    const groups = await listStakeholders(db, scope.orgId, scope.accountingId);
    if (groups.length > 0) return { ok: false, errors: { stakeholderId: t.guide.blocks.chain.stakeholderRequired } };
  }
  const input = {
    level: data.level,
    text: data.text,
    stakeholderId,
    assumption: data.assumption ?? "",
    risk: data.risk ?? "",
  };
  const id = formId(form);
  if (id) {
    const c = t.guide.blocks.chain;
    const outcome = await updateChainItem(db, scope.orgId, scope.accountingId, id, input, baseVersionOf(form));
    const groupName = async (sid: string | null) =>
      sid ? ((await findStakeholder(db, scope.orgId, scope.accountingId, sid))?.name ?? "") : "";
    const shown = async (r: {
      level: string;
      text: string;
      stakeholderId: string | null;
      assumption: string;
      risk: string;
    }) => ({
      level: IMPACT_CHAIN_LEVEL_INFO.find((l) => l.key === r.level)?.label[locale] ?? r.level,
      text: r.text,
      stakeholder: await groupName(r.stakeholderId),
      assumption: r.assumption,
      risk: r.risk,
    });
    const yours = await shown(input);
    let theirs: Record<string, string> = {};
    const current = async () => {
      const row = await findChainItem(db, scope.orgId, scope.accountingId, id);
      if (row) theirs = await shown(row);
      return row;
    };
    return afterUpdate(db, scope, id, outcome, form, t, current, () => theirs, yours, {
      level: c.level,
      text: c.text,
      stakeholder: c.stakeholder,
      assumption: c.assumption,
      risk: c.risk,
    });
  }
  return createRow(db, scope, form, "chain-item", (tx) => insertChainItem(tx, scope.orgId, scope.accountingId, input));
}

/** What the confirmation asks before a row of the impact chain is deleted (null when it is not found). */
export async function findChainItemQuestion(db: Queryable, scope: BlockScope, id: string, t: Messages) {
  const row = await findChainItem(db, scope.orgId, scope.accountingId, id);
  const c = t.guide.blocks.chain;
  return row ? { title: c.deleteTitle, body: c.deleteBody, confirmLabel: c.deleteConfirm } : null;
}

export async function removeChainItem(db: Queryable, scope: BlockScope, id: string): Promise<boolean> {
  const ok = await deleteChainItem(db, scope.orgId, scope.accountingId, id);
  if (ok) await touchAccounting(db, scope.orgId, scope.accountingId);
  return ok;
}

// ---- Action plan --------------------------------------------------------------------------------

export async function saveActionPlanForm(
  db: Db,
  scope: BlockScope,
  form: FormData,
  locale: Locale,
  t: Messages,
): Promise<BlockResult> {
  const indicatorIds = form.getAll("indicatorIds").filter((v): v is string => typeof v === "string" && isUuid(v));
  const parsed = makeActionPlanRowSchema(locale).safeParse({
    what: str(form, "what"),
    goals: str(form, "goals"),
    how: str(form, "how"),
    when: str(form, "when"),
    who: str(form, "who"),
    measure: str(form, "measure"),
    indicatorIds,
  });
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  const d = parsed.data;
  const input = {
    what: d.what,
    goals: d.goals ?? "",
    how: d.how ?? "",
    when: d.when,
    who: d.who,
    measure: d.measure,
    indicatorIds: d.indicatorIds ?? [],
  };
  const id = formId(form);
  if (id) {
    const ap = t.guide.blocks.actionPlan;
    const shown = (r: typeof input) => ({
      what: r.what,
      goals: r.goals,
      how: r.how,
      when: r.when,
      who: r.who,
      measure: r.measure,
      indicators: String(r.indicatorIds.length),
    });
    const outcome = await updateActionPlanItem(db, scope.orgId, scope.accountingId, id, input, baseVersionOf(form));
    return afterUpdate(
      db,
      scope,
      id,
      outcome,
      form,
      t,
      () => findActionPlanItem(db, scope.orgId, scope.accountingId, id),
      shown,
      shown(input),
      {
        what: ap.what,
        goals: ap.goals,
        how: ap.how,
        when: ap.when,
        who: ap.who,
        measure: ap.measure,
        indicators: ap.indicators,
      },
    );
  }
  return createRow(db, scope, form, "action-plan-item", (tx) =>
    insertActionPlanItem(tx, scope.orgId, scope.accountingId, input),
  );
}

/** What the confirmation asks before a row of the action plan is deleted (null when it is not found). */
export async function findActionPlanItemQuestion(db: Queryable, scope: BlockScope, id: string, t: Messages) {
  const row = await findActionPlanItem(db, scope.orgId, scope.accountingId, id);
  const ap = t.guide.blocks.actionPlan;
  return row ? { title: ap.deleteTitle(row.what), body: ap.deleteBody, confirmLabel: ap.deleteConfirm } : null;
}

export async function removeActionPlanItem(db: Queryable, scope: BlockScope, id: string): Promise<boolean> {
  const ok = await deleteActionPlanItem(db, scope.orgId, scope.accountingId, id);
  if (ok) await touchAccounting(db, scope.orgId, scope.accountingId);
  return ok;
}
