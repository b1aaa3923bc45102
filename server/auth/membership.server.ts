import { getDb } from "~db/index.server";
import { findMembershipBySlug, type OrgRow } from "~db/queries/organisations.server";
import type { UserRow } from "~db/queries/users.server";
import type { OrgKind, Role } from "~/domain/permissions";
import { forbidden, hasControlCharacter, notFound } from "../http.server";
import { memoPerRequest } from "../request-memo.server";
import { requireUser } from "./session.server";

export interface OrgContext {
  user: UserRow;
  org: OrgRow;
  role: Role;
}

/**
 * The one tenancy guard: the organisation a route may act in. A user who is not a member, or whose
 * organisation is of another kind, gets 404 — the same answer as for an organisation that does not
 * exist, so other tenants cannot be discovered. A member whose role does not allow the action gets 403.
 */
export async function requireMembership(
  request: Request,
  orgSlug: string | undefined,
  options: { kinds?: readonly OrgKind[]; roles?: readonly Role[] } = {},
): Promise<OrgContext> {
  const user = await requireUser(request);
  // A slug with a control character (NUL, a newline) names no organisation (and the database refuses NUL).
  if (!orgSlug || hasControlCharacter(orgSlug)) notFound();
  const membership = await memoPerRequest(`membership:${user.id}:${orgSlug}`, async () =>
    findMembershipBySlug(await getDb(), user.id, orgSlug),
  );
  if (!membership) notFound();
  if (options.kinds && !options.kinds.includes(membership.org.kind)) notFound();
  if (options.roles && !options.roles.includes(membership.role)) forbidden();
  return { user, org: membership.org, role: membership.role };
}
