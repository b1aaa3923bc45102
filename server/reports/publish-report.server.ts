import type { Queryable } from "~db/client.server";
import { getDb } from "~db/index.server";
import { findReport, findVersion, lockReport, insertVersion, latestVersionNumber } from "~db/queries/reports.server";
import { diffReports } from "~/domain/reports/diff";
import { applyDraft, readDraft, type ReportAudience } from "~/domain/reports/draft";
import { canPublish, qualityCheck, type QualityItem } from "~/domain/reports/quality-check";
import { contentHash } from "./hash.server";
import { loadReportSource } from "./load-report-source.server";
import { buildDraftModel } from "./load-workspace.server";

export type PublishResult =
  | { ok: true; version: number; versionId: string; contentHash: string }
  | { ok: false; reason: "not-found" | "stale" }
  | { ok: false; reason: "unchanged"; version: number }
  | { ok: false; reason: "blocked"; items: QualityItem[] };

/**
 * Publishes a report (method guide §10, "reports are snapshots"): builds the report model from the
 * accounting and the draft as they are now, runs the quality check (blocking items stop an
 * external report), and freezes the whole model as version N+1 with its content hash and who
 * published it. The version row is never updated afterwards (a trigger refuses it).
 * `expectedDraftVersion` is the draft the user checked; a newer draft means they must check again.
 * A draft that is identical to the latest version (same content and audience) is refused
 * ("unchanged"): a new version number must mean something changed.
 */
export async function publishReport(
  input: {
    orgId: string;
    accountingId: string;
    reportId: string;
    user: { id: string; name: string };
    expectedDraftVersion: number;
    publishedAt?: Date;
  },
  options: { db?: Queryable } = {},
): Promise<PublishResult> {
  const run = async (tx: Queryable): Promise<PublishResult> => {
    await lockReport(tx, input.orgId, input.reportId);
    const report = await findReport(tx, input.orgId, input.reportId, input.accountingId);
    if (!report) return { ok: false, reason: "not-found" };
    if (report.draftVersion !== input.expectedDraftVersion) return { ok: false, reason: "stale" };
    const draft = readDraft(report.draft);
    const base = await loadReportSource(tx, {
      orgId: input.orgId,
      accountingId: input.accountingId,
      locale: report.locale,
    });
    if (!base) return { ok: false, reason: "not-found" };
    const source = applyDraft(base, draft);
    const audience: ReportAudience = draft.audience;
    const items = qualityCheck(source, { template: report.template, audience });
    if (audience === "external" && !canPublish(items)) return { ok: false, reason: "blocked", items };
    const publishedAt = input.publishedAt ?? new Date();
    const model = buildDraftModel(report, draft, source, publishedAt.toISOString());
    const hash = contentHash(model);
    const latestNumber = await latestVersionNumber(tx, input.orgId, report.id);
    if (latestNumber > 0) {
      const latest = await findVersion(tx, input.orgId, report.id, latestNumber);
      if (latest && latest.audience === audience) {
        const { identical } = diffReports(latest.snapshot, { ...model, generatedAt: latest.snapshot.generatedAt });
        if (identical) return { ok: false, reason: "unchanged", version: latestNumber };
      }
    }
    const version = latestNumber + 1;
    const { id } = await insertVersion(tx, {
      orgId: input.orgId,
      reportId: report.id,
      version,
      title: model.title,
      template: report.template,
      locale: report.locale,
      method: model.accounting.method.key,
      audience,
      snapshot: model,
      contentHash: hash,
      userId: input.user.id,
      userName: input.user.name,
      publishedAt,
    });
    return { ok: true, version, versionId: id, contentHash: hash };
  };
  if (options.db) return run(options.db);
  const db = await getDb();
  return db.transaction(run);
}
