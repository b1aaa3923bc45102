import { getDb } from "~db/index.server";
import { findReport, updateReportDraft } from "~db/queries/reports.server";
import { readDraft, ReportDraftSchema, type ReportDraft } from "~/domain/reports/draft";

export type SaveDraftResult = { ok: true; draftVersion: number } | { ok: false; reason: "not-found" | "conflict" };

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
    if (report.draftVersion !== input.expectedVersion) return { ok: false, reason: "conflict" } as const;
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
      ? ({ ok: false, reason: "conflict" } as const)
      : ({ ok: true, draftVersion: version } as const);
  });
}
