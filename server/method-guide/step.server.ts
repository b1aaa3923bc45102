import type { Queryable } from "~db/client.server";
import { getDb } from "~db/index.server";
import { touchAccounting, type AccountingRow } from "~db/queries/accountings.server";
import {
  clearStepDraft,
  findStepRow,
  saveStepDraft,
  saveStepIfVersion,
  type StepRow,
} from "~db/queries/method-guide-steps.server";
import {
  coerceStepValues,
  isBlockField,
  validateStep,
  type BlockKind,
  type MethodStep,
  type StepValues,
} from "~/domain/method-guide";
import type { Messages } from "~/i18n";
import type { Locale } from "~/i18n/types";
import { loadBlocksState } from "./blocks-filled.server";

/**
 * Loading and saving one method step: optimistic versioning (a save names the version it was
 * based on), drafts per person that survive a reload, and incomplete saves that are kept as
 * "in progress" with the missing fields listed.
 */
export interface StepScope {
  orgId: string;
  accountingId: string;
  userId: string;
}

export interface LoadedStep {
  /** The saved values (empty when never saved). */
  saved: StepValues;
  /** The saved version; 0 when the step has never been saved. */
  version: number;
  savedBy: string | null;
  savedAt: Date | null;
  /** This person's draft when it is newer than the saved data. */
  draft: { values: StepValues; at: Date; baseVersion: number } | null;
}

function toLoaded(step: MethodStep, row: StepRow | undefined, userId: string): LoadedStep {
  if (!row) return { saved: {}, version: 0, savedBy: null, savedAt: null, draft: null };
  const hasSaved = row.version > 0;
  const mine = row.draft && row.draftBy === userId && row.draftUpdatedAt;
  const newer = mine && (!hasSaved || row.draftUpdatedAt! > row.updatedAt);
  return {
    saved: coerceStepValues(step, row.data ?? {}),
    version: row.version,
    savedBy: hasSaved ? row.updatedByName : null,
    savedAt: hasSaved ? row.updatedAt : null,
    draft: newer
      ? { values: row.draft!, at: row.draftUpdatedAt!, baseVersion: row.draftBaseVersion ?? row.version }
      : null,
  };
}

export async function loadStep(db: Queryable, scope: StepScope, step: MethodStep): Promise<LoadedStep> {
  return toLoaded(step, await findStepRow(db, scope.orgId, scope.accountingId, step.key), scope.userId);
}

export type SaveStepResult =
  | { kind: "saved"; version: number; done: boolean; missing: Record<string, string>; values: StepValues }
  | { kind: "invalid"; errors: Record<string, string> }
  | {
      kind: "conflict";
      theirs: { values: StepValues; by: string | null; at: Date | null; version: number };
      yours: StepValues;
    };

/**
 * Saves a step against `baseVersion`. Values with the wrong type or range are refused (400);
 * missing required answers (and required blocks without rows) are allowed and saved as
 * "in progress", with what is missing listed. When someone else saved
 * since `baseVersion`, nothing is written and both versions are returned (409).
 */
export async function saveStep(
  db: Queryable,
  scope: StepScope,
  step: MethodStep,
  raw: Record<string, unknown>,
  baseVersion: number,
  locale: Locale,
  blocks: { filled: Partial<Record<BlockKind, boolean>>; message: (label: string) => string } = {
    filled: {},
    message: (l) => l,
  },
): Promise<SaveStepResult> {
  const draft = validateStep(step, raw, locale, "draft");
  if (!draft.ok) return { kind: "invalid", errors: draft.errors };
  const complete = validateStep(step, raw, locale, "complete");
  const missing: Record<string, string> = complete.ok ? {} : { ...complete.errors };
  // A required block (kept on its own page) must have rows for the step to be done.
  for (const field of step.fields) {
    if (isBlockField(field) && field.required && blocks.filled[field.block] !== true) {
      missing[field.name] = blocks.message(field.label[locale]);
    }
  }
  const done = Object.keys(missing).length === 0;
  const version = await saveStepIfVersion(db, scope.orgId, scope.accountingId, step.key, baseVersion, {
    data: draft.value,
    status: done ? "done" : "in-progress",
    userId: scope.userId,
  });
  if (version === undefined) {
    const current = await loadStep(db, scope, step);
    return {
      kind: "conflict",
      theirs: { values: current.saved, by: current.savedBy, at: current.savedAt, version: current.version },
      yours: coerceStepValues(step, raw),
    };
  }
  await touchAccounting(db, scope.orgId, scope.accountingId);
  return { kind: "saved", version, done, missing, values: draft.value };
}

/**
 * Autosave: keeps what was typed as this person's draft, even values that do not validate yet, so
 * nothing is lost on a reload. The saved data and its version are untouched.
 */
export async function saveDraft(
  db: Queryable,
  scope: StepScope,
  step: MethodStep,
  raw: Record<string, unknown>,
  baseVersion: number,
  locale: Locale,
): Promise<{ at: Date; errors: Record<string, string> }> {
  const checked = validateStep(step, raw, locale, "draft");
  const at = await saveStepDraft(
    db,
    scope.orgId,
    scope.accountingId,
    step.key,
    coerceStepValues(step, raw),
    baseVersion,
    scope.userId,
  );
  return { at, errors: checked.ok ? {} : checked.errors };
}

export async function discardDraft(db: Queryable, scope: StepScope, step: MethodStep): Promise<void> {
  await clearStepDraft(db, scope.orgId, scope.accountingId, step.key, scope.userId);
}

// ---- The step page's use-cases (they open the database themselves) ----------------------------

/** Saves the step form (see `saveStep`); a step with required blocks counts their rows first. */
export async function saveStepForm(
  scope: StepScope,
  accounting: AccountingRow,
  step: MethodStep,
  raw: Record<string, unknown>,
  baseVersion: number,
  locale: Locale,
  t: Messages,
): Promise<SaveStepResult> {
  const db = await getDb();
  const blocks = step.fields.some(isBlockField) ? await loadBlocksState(db, scope.orgId, [accounting.id]) : undefined;
  return saveStep(db, scope, step, raw, baseVersion, locale, {
    filled: blocks?.get(accounting.id)?.filled ?? {},
    message: t.guide.step.blockMissing,
  });
}

/** Keeps what was typed as this person's draft (autosave, and rows added or removed without JavaScript). */
export async function keepStepDraft(
  scope: StepScope,
  step: MethodStep,
  raw: Record<string, unknown>,
  baseVersion: number,
  locale: Locale,
): Promise<{ at: Date; errors: Record<string, string> }> {
  return saveDraft(await getDb(), scope, step, raw, baseVersion, locale);
}

/** Drops this person's draft of the step ("discard draft", "keep theirs"). */
export async function discardStepDraft(scope: StepScope, step: MethodStep): Promise<void> {
  await discardDraft(await getDb(), scope, step);
}
