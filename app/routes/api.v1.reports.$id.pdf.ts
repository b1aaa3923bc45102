import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~server/api-tokens/resolve.server";
import { notFound } from "~server/http.server";
import { getApiReport } from "~server/reports/api.server";
import { pdfFileName, pdfResponse, versionPdf } from "~server/reports/versions.server";

/** `GET /api/v1/reports/:id/pdf`: the version's PDF (application/pdf), rendered from the snapshot. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApiUser(request, "reports:read");
  const version = await getApiReport(user.id, params.id ?? "");
  if (!version) notFound();
  return pdfResponse(versionPdf(version), pdfFileName(version.title, version.version), version.contentHash);
}
