import type { Queryable } from "~db/client.server";
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
} from "~db/queries/method-guide-blocks.server";
import {
  makeActionPlanRowSchema,
  makeImpactChainItemSchema,
  makeStakeholderSchema,
  parseLocaleNumber,
} from "~/domain/method-guide";
import type { Messages } from "~/i18n";
import type { Locale } from "~/i18n/types";
import { fieldErrorsOf, FORM_ERROR, isUuid } from "~/utils/validation";

/**
 * Add, change and delete rows of the shared blocks (stakeholders, impact chain, action plan).
 * Input is validated with the domain schemas; ids are looked up inside the accounting.
 */
export interface BlockScope {
  orgId: string;
  accountingId: string;
}

export type BlockResult = { ok: true; id?: string } | { ok: false; errors: Record<string, string>; notFound?: boolean };

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

// ---- Stakeholders -------------------------------------------------------------------------------

export async function saveStakeholderForm(
  db: Queryable,
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
    const ok = await updateStakeholder(db, scope.orgId, scope.accountingId, id, input);
    if (!ok) return { ok: false, notFound: true, errors: { [FORM_ERROR]: t.guide.blocks.notFound } };
    return done(db, scope, id);
  }
  const row = await insertStakeholder(db, scope.orgId, scope.accountingId, input);
  return done(db, scope, row.id);
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
  db: Queryable,
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
    const ok = await updateChainItem(db, scope.orgId, scope.accountingId, id, input);
    if (!ok) return { ok: false, notFound: true, errors: { [FORM_ERROR]: t.guide.blocks.notFound } };
    return done(db, scope, id);
  }
  return done(db, scope, await insertChainItem(db, scope.orgId, scope.accountingId, input));
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
  db: Queryable,
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
    const ok = await updateActionPlanItem(db, scope.orgId, scope.accountingId, id, input);
    if (!ok) return { ok: false, notFound: true, errors: { [FORM_ERROR]: t.guide.blocks.notFound } };
    return done(db, scope, id);
  }
  return done(db, scope, await insertActionPlanItem(db, scope.orgId, scope.accountingId, input));
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
