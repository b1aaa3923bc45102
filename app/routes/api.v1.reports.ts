import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~server/api-tokens/resolve.server";
import { listApiReports } from "~server/reports/api.server";

/**
 * `GET /api/v1/reports`: the published report versions the caller may see (session cookie or
 * `Authorization: Bearer <personal access token>`), newest first:
 * `{reports: [{id, organisation, title, template, method, version, publishedAt}]}` (id = the version id).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireApiUser(request, "reports:read");
  return json({ reports: await listApiReports(user.id) }, { headers: { "Cache-Control": "private, no-store" } });
}
