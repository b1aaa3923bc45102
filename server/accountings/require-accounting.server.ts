import { getDb } from "~db/index.server";
import { findAccounting, type AccountingRow } from "~db/queries/accountings.server";
import type { Role } from "~/domain/permissions";
import { requireMembership, type OrgContext } from "../auth/membership.server";
import { notFound } from "../http.server";

/**
 * The accounting a route under /o/:orgSlug/accountings/:accountingId acts on: the membership guard
 * first (associations only), then the accounting looked up within that organisation (404 otherwise).
 */
export async function requireAccounting(
  request: Request,
  params: { orgSlug?: string; accountingId?: string },
  options: { roles?: readonly Role[] } = {},
): Promise<OrgContext & { accounting: AccountingRow }> {
  const ctx = await requireMembership(request, params.orgSlug, { kinds: ["association"], roles: options.roles });
  const accounting = await findAccounting(await getDb(), ctx.org.id, params.accountingId ?? "");
  if (!accounting) notFound();
  return { ...ctx, accounting };
}
