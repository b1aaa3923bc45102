import { getDb } from "~db/index.server";
import {
  findVersion,
  listReports,
  listVersions,
  type ReportListRow,
  type VersionRow,
  type VersionSummary,
} from "~db/queries/reports.server";
import { canonicalJson } from "~/domain/reports/canonical";
import { diffReports, type ReportDiff } from "~/domain/reports/diff";
import type { ReportModel } from "~/domain/reports/types";
import { renderReportPdf } from "./render-report-pdf.server";

/** One published version of a report of this organisation, or undefined. */
export async function getVersion(orgId: string, reportId: string, version: number): Promise<VersionRow | undefined> {
  return findVersion(await getDb(), orgId, reportId, version);
}

/** The published versions of a report, newest first. */
export async function listReportVersions(orgId: string, reportId: string): Promise<VersionSummary[]> {
  return listVersions(await getDb(), orgId, reportId);
}

/** The reports of an organisation (of one accounting when given), with their latest published version. */
export async function listOrgReports(orgId: string, accountingId?: string): Promise<ReportListRow[]> {
  return listReports(await getDb(), orgId, accountingId);
}

/** A published snapshot as bytes: its canonical JSON (the content hash is the sha256 of exactly these bytes). */
export function snapshotJson(version: Pick<VersionRow, "snapshot">): string {
  return canonicalJson(version.snapshot);
}

// Published versions never change, so their PDFs can be kept (by version id) for repeated downloads.
const PDF_CACHE = new Map<string, Uint8Array>();
const PDF_CACHE_SIZE = 20;

/** The PDF of a published version, rendered on the server from the snapshot. */
export function versionPdf(version: Pick<VersionRow, "id" | "snapshot">): Uint8Array {
  const cached = PDF_CACHE.get(version.id);
  if (cached) return cached;
  const bytes = renderReportPdf(version.snapshot);
  if (PDF_CACHE.size >= PDF_CACHE_SIZE) PDF_CACHE.delete(PDF_CACHE.keys().next().value as string);
  PDF_CACHE.set(version.id, bytes);
  return bytes;
}

/** A file name for a report's PDF: "bidragsredovisning-2025-v2.pdf". */
export function pdfFileName(title: string, version: number): string {
  const slug = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "rapport"}-v${version}.pdf`;
}

/** The HTTP response for a PDF download. */
export function pdfResponse(bytes: Uint8Array, fileName: string, contentHash: string): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "private, max-age=3600",
      "X-Content-Hash": contentHash,
    },
  });
}

/** Differences between two models, ignoring when each was generated. */
export function compareModels(before: ReportModel, after: ReportModel): ReportDiff {
  return diffReports(before, { ...after, generatedAt: before.generatedAt });
}
