import { getDb } from "~db/index.server";
import { findReport, type ReportRow } from "~db/queries/reports.server";
import type { Role } from "~/domain/permissions";
import type { OrgContext } from "../auth/membership.server";
import { requireAccounting } from "../accountings/require-accounting.server";
import { notFound } from "../http.server";
import type { AccountingRow } from "~db/queries/accountings.server";

/**
 * The report a route under /o/:orgSlug/accountings/:accountingId/reports/:reportId acts on: the
 * accounting guard first (membership, role), then the report looked up within that organisation
 * and accounting (404 otherwise, also for another organisation's report id).
 */
export async function requireReport(
  request: Request,
  params: { orgSlug?: string; accountingId?: string; reportId?: string },
  options: { roles?: readonly Role[] } = {},
): Promise<OrgContext & { accounting: AccountingRow; report: ReportRow }> {
  const ctx = await requireAccounting(request, params, options);
  const report = await findReport(await getDb(), ctx.org.id, params.reportId ?? "", ctx.accounting.id);
  if (!report) notFound();
  return { ...ctx, report };
}

/** The version number in a URL ("2"), or undefined. */
export function parseVersionParam(value: string | undefined): number | undefined {
  if (!value || !/^[1-9][0-9]{0,5}$/.test(value)) return undefined;
  return Number(value);
}
