import { getDb } from "~db/index.server";
import { findVisibleVersion, listVisibleVersions, type VersionRow } from "~db/queries/reports.server";

/** One line of `GET /api/v1/reports`: a published report version the caller may see. */
export interface ApiReportItem {
  id: string;
  organisation: string;
  title: string;
  template: string;
  method: string;
  version: number;
  publishedAt: string;
}

/** Published report versions the user may see (for now: members of the owning organisation). */
export async function listApiReports(userId: string): Promise<ApiReportItem[]> {
  const rows = await listVisibleVersions(await getDb(), userId);
  return rows.map((r) => ({
    id: r.id,
    organisation: r.organisation,
    title: r.title,
    template: r.template,
    method: r.method,
    version: r.version,
    publishedAt: new Date(r.publishedAt).toISOString(),
  }));
}

/** A published version by id if the user may see it; undefined otherwise (the API answers 404). */
export async function getApiReport(userId: string, versionId: string): Promise<VersionRow | undefined> {
  return findVisibleVersion(await getDb(), userId, versionId);
}
