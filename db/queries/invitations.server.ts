import type { Role } from "~/domain/permissions";
import type { Queryable } from "../client.server";

export interface InvitationRow {
  id: string;
  orgId: string;
  orgName: string;
  orgSlug: string;
  orgKind: string;
  role: Role;
  email: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

const COLUMNS = `i.id, i.org_id AS "orgId", o.name AS "orgName", o.slug AS "orgSlug", o.kind AS "orgKind", i.role, i.email,
  i.expires_at AS "expiresAt", i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt", i.created_at AS "createdAt"`;

export async function insertInvitation(
  db: Queryable,
  orgId: string,
  input: { tokenHash: string; role: Role; email: string | null; createdBy: string; expiresAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO invitations (org_id, token_hash, role, email, created_by, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [orgId, input.tokenHash, input.role, input.email, input.createdBy, input.expiresAt],
  );
}

export async function findInvitationByTokenHash(db: Queryable, tokenHash: string): Promise<InvitationRow | undefined> {
  return db.one(
    `SELECT ${COLUMNS} FROM invitations i JOIN organisations o ON o.id = i.org_id WHERE i.token_hash = $1`,
    [tokenHash],
  );
}

export async function listOpenInvitations(db: Queryable, orgId: string): Promise<InvitationRow[]> {
  return db.query(
    `SELECT ${COLUMNS} FROM invitations i JOIN organisations o ON o.id = i.org_id
      WHERE i.org_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
      ORDER BY i.created_at DESC`,
    [orgId],
  );
}

/** Marks an open invitation accepted; false when it was used, revoked or expired meanwhile. */
export async function markInvitationAccepted(db: Queryable, id: string, userId: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE invitations SET accepted_at = now(), accepted_by = $2
      WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now() RETURNING id`,
    [id, userId],
  );
  return rows.length === 1;
}

export async function revokeInvitation(db: Queryable, orgId: string, id: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE invitations SET revoked_at = now() WHERE org_id = $1 AND id = $2 AND accepted_at IS NULL RETURNING id`,
    [orgId, id],
  );
  return rows.length === 1;
}
