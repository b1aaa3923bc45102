import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~server/http.server";
import { parseVersionParam, requireReport } from "~server/reports/require-report.server";
import { getVersion, pdfFileName, pdfResponse, versionPdf } from "~server/reports/versions.server";

/** The PDF of a published version, rendered on the server from the snapshot. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, report } = await requireReport(request, params);
  const n = parseVersionParam(params.version);
  const version = n === undefined ? undefined : await getVersion(org.id, report.id, n);
  if (!version) notFound();
  return pdfResponse(versionPdf(version), pdfFileName(version.title, version.version), version.contentHash);
}
