import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~server/http.server";
import { resolvePublicLink } from "~server/reports/links.server";
import { pdfFileName, pdfResponse, versionPdf } from "~server/reports/versions.server";

/** The PDF of the version a public link shows. */
export async function loader({ params }: LoaderFunctionArgs) {
  const version = await resolvePublicLink(params.token ?? "");
  if (!version) notFound();
  const response = pdfResponse(versionPdf(version), pdfFileName(version.title, version.version), version.contentHash);
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}
