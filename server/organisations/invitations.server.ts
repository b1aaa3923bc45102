import { getDb } from "~db/index.server";
import {
  findInvitationByTokenHash,
  insertInvitation,
  markInvitationAccepted,
  revokeInvitation,
  type InvitationRow,
} from "~db/queries/invitations.server";
import { insertMembership } from "~db/queries/organisations.server";
import { isRoleAllowedForKind, type OrgKind, type Role } from "~/domain/permissions";
import { isUuid } from "~/utils/validation";
import { newToken, sha256 } from "../auth/session.server";

export const INVITE_DAYS = 7;

/** Creates a one-time invitation link token (only its hash is stored). */
export async function createInvitation(
  orgId: string,
  orgKind: OrgKind,
  createdBy: string,
  input: { role: Role; email: string },
): Promise<{ ok: true; token: string } | { ok: false; field: "role" }> {
  if (!isRoleAllowedForKind(orgKind, input.role)) return { ok: false, field: "role" };
  const token = newToken();
  await insertInvitation(await getDb(), orgId, {
    tokenHash: sha256(token),
    role: input.role,
    email: input.email || null,
    createdBy,
    expiresAt: new Date(Date.now() + INVITE_DAYS * 24 * 60 * 60 * 1000),
  });
  return { ok: true, token };
}

/** The invitation behind a token if it can still be used. */
export async function findUsableInvitation(token: string): Promise<InvitationRow | undefined> {
  const inv = await findInvitationByTokenHash(await getDb(), sha256(token));
  if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt.getTime() <= Date.now()) return undefined;
  return inv;
}

/** Accepts an invitation: the user becomes a member with the invited role. */
export async function acceptInvitation(token: string, userId: string): Promise<InvitationRow | undefined> {
  const inv = await findUsableInvitation(token);
  if (!inv) return undefined;
  const db = await getDb();
  const ok = await db.transaction(async (tx) => {
    if (!(await markInvitationAccepted(tx, inv.id, userId))) return false;
    await insertMembership(tx, inv.orgId, userId, inv.role);
    return true;
  });
  return ok ? inv : undefined;
}

export async function withdrawInvitation(orgId: string, invitationId: string): Promise<boolean> {
  return isUuid(invitationId) && revokeInvitation(await getDb(), orgId, invitationId);
}
