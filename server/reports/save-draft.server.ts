import { getDb } from "~db/index.server";
import { findReport, updateReportDraft } from "~db/queries/reports.server";
import { readDraft, ReportDraftSchema, type ReportDraft } from "~/domain/reports/draft";
import type { ConflictData, FormValues } from "~/utils/action-data";
import { notFound } from "../http.server";
import { conflict, differencesOf, done } from "../mutation.server";

/** The draft as saved by someone else in the meantime. */
export interface SavedDraft {
  draft: ReportDraft;
  draftVersion: number;
  updatedAt: string;
  updatedByName: string | null;
}

export type SaveDraftResult =
  | { ok: true; draftVersion: number }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "conflict"; current: SavedDraft };

/**
 * Saves part of a report draft (one page of the builder) on top of the stored draft. The save names
 * the draft version the page was showing; if someone saved in between, nothing is written and the
 * caller gets a conflict (optimistic concurrency), so nobody's text is silently overwritten.
 */
export async function saveDraft(input: {
  orgId: string;
  reportId: string;
  userId: string;
  expectedVersion: number;
  patch: Partial<ReportDraft>;
  title?: string;
}): Promise<SaveDraftResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const report = await findReport(tx, input.orgId, input.reportId);
    if (!report) return { ok: false, reason: "not-found" } as const;
    const current: SavedDraft = {
      draft: readDraft(report.draft),
      draftVersion: report.draftVersion,
      updatedAt: report.updatedAt.toISOString(),
      updatedByName: report.updatedByName,
    };
    if (report.draftVersion !== input.expectedVersion) return { ok: false, reason: "conflict", current } as const;
    const draft = ReportDraftSchema.parse({
      ...readDraft(report.draft),
      ...input.patch,
    });
    const version = await updateReportDraft(tx, input.orgId, input.reportId, {
      expectedVersion: input.expectedVersion,
      draft,
      title: input.title,
      userId: input.userId,
    });
    return version === undefined
      ? ({ ok: false, reason: "conflict", current } as const)
      : ({ ok: true, draftVersion: version } as const);
  });
}

/**
 * The conflict of a stale draft save (409): the parts of the draft this page saves, the user's
 * against the saved ones, and "keep mine" (the posted fields again, on the saved version).
 */
export function draftConflict({
  patch,
  current,
  posted,
  message,
  label,
}: {
  patch: Partial<ReportDraft>;
  current: SavedDraft;
  posted: FormValues;
  message: string;
  label?: (path: string) => string;
}): ConflictData {
  const keys = Object.keys(patch) as (keyof typeof patch)[];
  const theirs = Object.fromEntries(keys.map((k) => [k, current.draft[k]]));
  const fields = Object.entries(posted).filter(([k]) => k !== "intent" && k !== "draftVersion");
  return {
    message,
    by: current.updatedByName,
    at: current.updatedAt,
    version: current.draftVersion,
    differences: differencesOf(patch, theirs, label),
    keepMine: { intent: "save", fields: [...fields, ["draftVersion", String(current.draftVersion)]] },
  };
}

/**
 * Saves one builder page's part of the draft and answers as every builder page does: back to the
 * page with a notice, 404 when the report is gone, 409 with both versions when someone saved first.
 */
export async function saveDraftPage({
  orgId,
  reportId,
  userId,
  draftVersion,
  patch,
  title,
  posted,
  conflictMessage,
  to,
  saved,
}: {
  orgId: string;
  reportId: string;
  userId: string;
  draftVersion: number;
  patch: Partial<ReportDraft>;
  title?: string;
  posted: FormValues;
  conflictMessage: string;
  /** The page to return to, and its notice. */
  to: string;
  saved: string;
}): Promise<Response> {
  const result = await saveDraft({ orgId, reportId, userId, expectedVersion: draftVersion, patch, title });
  if (!result.ok && result.reason === "not-found") notFound();
  if (!result.ok)
    return conflict(draftConflict({ patch, current: result.current, posted, message: conflictMessage }), posted);
  return done(to, { kind: "success", message: saved });
}
