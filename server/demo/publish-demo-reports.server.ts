import type { Queryable } from "~db/client.server";
import { findReport, insertReport, updateReportDraft } from "~db/queries/reports.server";
import { demoAccountingId } from "~db/seed/demo-accountings";
import { DEMO_REPORTS, type DemoReport } from "~db/seed/demo-reports";
import { DEMO_USERS } from "~db/seed/organisations";
import type { SeedContext } from "~db/seed/types";
import { ReportDraftSchema } from "~/domain/reports/draft";
import { publishReport } from "~server/reports/publish-report.server";

/**
 * Demo reports with published versions. A version is a snapshot built by the publish use-case
 * from the accounting as seeded, so this step lives in `server/` and goes through
 * `publishReport`; the rows and texts it uses are data in `db/seed/demo-reports.ts`. It runs last,
 * inside the demo seed's transaction (see `DEMO_USE_CASE_STEPS`). An external report that the
 * quality check blocks is published as internal.
 */
export async function publishDemoReports(ctx: SeedContext): Promise<void> {
  for (const demo of DEMO_REPORTS) await publishDemoReport(ctx, demo);
}

async function publishDemoReport(ctx: SeedContext, demo: DemoReport): Promise<void> {
  const { tx } = ctx;
  const orgId = ctx.orgIds.get(demo.orgSlug);
  const userId = ctx.userIds.get(demo.userEmail);
  if (!orgId || !userId)
    throw new Error(`Demo report "${demo.title}": ${demo.orgSlug} or ${demo.userEmail} is missing`);
  const user = { id: userId, name: DEMO_USERS.find((u) => u.email === demo.userEmail)?.name ?? "" };
  const accountingId = await demoAccountingId(tx, demo.orgSlug, demo.accountingTitle);
  const { id: reportId } = await insertReport(tx, {
    orgId,
    accountingId,
    title: demo.title,
    template: demo.template,
    userId,
    locale: "sv",
    draft: { narratives: {}, stories: [] },
  });
  const ids = { orgId, accountingId, reportId };
  for (const { draft, publishedAt } of demo.versions) {
    const at = new Date(publishedAt);
    let version = await saveDraft(tx, ids, userId, draft);
    let result = await publishReport({ ...ids, user, expectedDraftVersion: version, publishedAt: at }, { db: tx });
    if (!result.ok && result.reason === "blocked") {
      version = await saveDraft(tx, ids, userId, { ...draft, audience: "internal" });
      result = await publishReport({ ...ids, user, expectedDraftVersion: version, publishedAt: at }, { db: tx });
    }
    if (!result.ok) throw new Error(`Demo report "${demo.title}" could not be published: ${result.reason}`);
  }
}

async function saveDraft(
  tx: Queryable,
  ids: { orgId: string; reportId: string },
  userId: string,
  draft: DemoReport["versions"][number]["draft"],
): Promise<number> {
  const report = await findReport(tx, ids.orgId, ids.reportId);
  if (!report) throw new Error("demo report vanished");
  await updateReportDraft(tx, ids.orgId, ids.reportId, {
    expectedVersion: report.draftVersion,
    draft: ReportDraftSchema.parse(draft),
    userId,
  });
  return (await findReport(tx, ids.orgId, ids.reportId))!.draftVersion;
}

/** Demo steps that go through use-cases; `seedDemo` runs them after the seed's own steps, in its transaction. */
export const DEMO_USE_CASE_STEPS = [publishDemoReports];
