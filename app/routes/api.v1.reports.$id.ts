import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~server/api-tokens/resolve.server";
import { notFound } from "~server/http.server";
import { getApiReport } from "~server/reports/api.server";
import { snapshotJson } from "~server/reports/versions.server";

/**
 * `GET /api/v1/reports/:id`: the frozen report model of a published version, as canonical JSON (the
 * `X-Content-Hash` header is the sha256 of exactly these bytes). 404 for a version the caller may not see.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApiUser(request, "reports:read");
  const version = await getApiReport(user.id, params.id ?? "");
  if (!version) notFound();
  return new Response(snapshotJson(version), {
    status: 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "X-Content-Hash": version.contentHash,
      "Cache-Control": "private, no-store",
    },
  });
}
