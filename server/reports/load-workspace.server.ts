import type { Queryable } from "~db/client.server";
import { getDb } from "~db/index.server";
import { findReport, findVersion, listVersions, type ReportRow, type VersionSummary } from "~db/queries/reports.server";
import { applyDraft, draftBuildOptions, readDraft, type ReportDraft } from "~/domain/reports/draft";
import { buildReportModel } from "~/domain/reports/build-report";
import { diffReports } from "~/domain/reports/diff";
import { qualityCheck, type QualityArea, type QualityItem } from "~/domain/reports/quality-check";
import type { ReportModel, ReportSource } from "~/domain/reports/types";
import type { Locale } from "~/i18n/types";
import { paths } from "~/utils/paths";
import { loadReportSource } from "./load-report-source.server";

/** Where each quality item is fixed: the accounting's tab paths (built by the other capabilities) or a page of the builder. */
export function fixPath(area: QualityArea, base: { orgSlug: string; accountingId: string; reportId: string }): string {
  const o = { slug: base.orgSlug };
  const a = { id: base.accountingId };
  const r = { id: base.reportId };
  switch (area) {
    case "impact-chain":
      return paths.chain(o, a);
    case "stakeholders":
      return paths.stakeholders(o, a);
    case "indicators":
    case "evidence":
      return paths.indicators(o, a);
    case "sroi":
      return paths.impactMap(o, a);
    case "stories":
      return paths.reportStories(o, a, r);
    case "tender":
      return paths.reportTender(o, a, r);
  }
}

export interface ReportWorkspace {
  report: ReportRow;
  draft: ReportDraft;
  /** The accounting's source without the draft applied (all indicators, for the pickers). */
  baseSource: ReportSource;
  /** The source as the report sees it (chosen indicators, the draft's stories, finances, tender). */
  source: ReportSource;
  /** The draft's model, for the preview; undefined if building it failed. */
  model: ReportModel | undefined;
  quality: QualityItem[];
  versions: VersionSummary[];
  latestVersion: number;
  /** Whether the draft's content differs from the latest published version (undefined when not asked or none). */
  changedSinceLatest?: boolean;
}

/** Builds the draft's report model (generatedAt is the draft's last save, so it is stable between page loads). */
export function buildDraftModel(
  report: ReportRow,
  draft: ReportDraft,
  source: ReportSource,
  generatedAt?: string,
): ReportModel {
  return buildReportModel(
    source,
    draftBuildOptions(report, draft, generatedAt ?? new Date(report.updatedAt).toISOString()),
  );
}

/**
 * Everything a page of the report builder shows: the report and its draft, the assembled source,
 * the preview model, the quality check (for the draft's audience) and the published versions.
 * Undefined when the report is not this organisation's, or not of this accounting.
 */
export async function loadReportWorkspace(
  input: { orgId: string; accountingId: string; reportId: string },
  options: {
    compareWithLatest?: boolean;
    db?: Queryable;
    /** The reader's language for the quality messages. */ locale?: Locale;
  } = {},
): Promise<ReportWorkspace | undefined> {
  const db = options.db ?? (await getDb());
  const report = await findReport(db, input.orgId, input.reportId, input.accountingId);
  if (!report) return undefined;
  const draft = readDraft(report.draft);
  const baseSource = await loadReportSource(db, {
    orgId: input.orgId,
    accountingId: input.accountingId,
    locale: report.locale,
  });
  if (!baseSource) return undefined;
  const source = applyDraft(baseSource, draft);
  const versions = await listVersions(db, input.orgId, report.id);
  const latestVersion = versions[0]?.version ?? 0;
  let model: ReportModel | undefined;
  try {
    model = buildDraftModel(report, draft, source);
  } catch {
    model = undefined;
  }
  const quality = qualityCheck(source, {
    template: report.template,
    audience: draft.audience,
    locale: options.locale,
  });
  const workspace: ReportWorkspace = {
    report,
    draft,
    baseSource,
    source,
    model,
    quality,
    versions,
    latestVersion,
  };
  if (options.compareWithLatest && latestVersion > 0 && model) {
    const latest = await findVersion(db, input.orgId, report.id, latestVersion);
    if (latest) {
      const { identical } = diffReports(latest.snapshot, {
        ...model,
        generatedAt: latest.snapshot.generatedAt,
      });
      workspace.changedSinceLatest = !identical;
    }
  }
  return workspace;
}
