import { getDb } from "~db/index.server";
import { findAccounting, type AccountingRow } from "~db/queries/accountings.server";
import {
  findActionPlanItem,
  findChainItem,
  findStakeholder,
  listActionPlan,
  listChainItems,
  listIndicatorOptions,
  listStakeholders,
} from "~db/queries/method-guide-blocks.server";
import type { MethodStep } from "~/domain/method-guide";
import type { Locale } from "~/i18n/types";
import { loadAccountingProgress } from "./progress.server";
import { loadStepBlocks } from "./step-blocks.server";
import { loadStep, type StepScope } from "./step.server";

/**
 * What the method guide's pages read (routes do not query the database): one function per page,
 * each scoped to the organisation and accounting the guard found.
 */

/** The progress view: the method's steps with their states, the block counts and the copied-from accounting. */
export async function loadOverview(orgId: string, accounting: AccountingRow) {
  const db = await getDb();
  const [progress, source] = await Promise.all([
    loadAccountingProgress(db, orgId, accounting),
    accounting.copiedFrom ? findAccounting(db, orgId, accounting.copiedFrom) : Promise.resolve(undefined),
  ]);
  return { ...progress, source };
}

/** The impact chain page: its rows, the stakeholder groups to link them to, and the row being edited. */
export async function loadChainPage(orgId: string, accountingId: string, editId: string | null) {
  const db = await getDb();
  const [items, stakeholders, editing] = await Promise.all([
    listChainItems(db, orgId, accountingId),
    listStakeholders(db, orgId, accountingId),
    editId ? findChainItem(db, orgId, accountingId, editId) : Promise.resolve(undefined),
  ]);
  return { items, stakeholders, editing };
}

/** The stakeholder page: the groups and the one being edited. */
export async function loadStakeholdersPage(orgId: string, accountingId: string, editId: string | null) {
  const db = await getDb();
  const [rows, editing] = await Promise.all([
    listStakeholders(db, orgId, accountingId),
    editId ? findStakeholder(db, orgId, accountingId, editId) : Promise.resolve(undefined),
  ]);
  return { rows, editing };
}

/** The action plan page: its rows, the row being edited and the indicators a row can name. */
export async function loadActionPlanPage(orgId: string, accountingId: string, editId: string | null) {
  const db = await getDb();
  const [rows, editing, indicators] = await Promise.all([
    listActionPlan(db, orgId, accountingId),
    editId ? findActionPlanItem(db, orgId, accountingId, editId) : Promise.resolve(undefined),
    listIndicatorOptions(db, orgId, accountingId),
  ]);
  return { rows, editing, indicators };
}

/** One step page: the step's saved values (or this person's draft), the blocks it shows and the progress. */
export async function loadStepPage(scope: StepScope, accounting: AccountingRow, step: MethodStep, locale: Locale) {
  const db = await getDb();
  const [loaded, blocks, overview] = await Promise.all([
    loadStep(db, scope, step),
    loadStepBlocks(db, scope.orgId, scope.accountingId, step, locale),
    loadAccountingProgress(db, scope.orgId, accounting),
  ]);
  return { loaded, blocks, overview };
}
