import type { OrgKind, Role } from "~/domain/permissions";
import type { Queryable } from "../client.server";

export interface OrgRow {
  id: string;
  slug: string;
  name: string;
  kind: OrgKind;
  orgNumber: string | null;
  sector: string | null;
  sizeBand: "S" | "M" | "L" | null;
  umbrellaId: string | null;
  umbrellaStatus: "pending" | "confirmed" | "declined" | null;
  umbrellaName: string | null;
  createdAt: Date;
}

export interface MembershipRow {
  org: OrgRow;
  role: Role;
}

const ORG_COLUMNS = `o.id, o.slug, o.name, o.kind, o.org_number AS "orgNumber", o.sector, o.size_band AS "sizeBand",
  o.umbrella_id AS "umbrellaId", o.umbrella_status AS "umbrellaStatus", u.name AS "umbrellaName", o.created_at AS "createdAt"`;

/** The organisation with this slug and the user's role in it, or undefined when not a member. */
export async function findMembershipBySlug(
  db: Queryable,
  userId: string,
  slug: string,
): Promise<MembershipRow | undefined> {
  const row = await db.one<OrgRow & { role: Role }>(
    `SELECT ${ORG_COLUMNS}, m.role
       FROM organisations o
       JOIN memberships m ON m.org_id = o.id AND m.user_id = $1
       LEFT JOIN organisations u ON u.id = o.umbrella_id
      WHERE o.slug = $2`,
    [userId, slug],
  );
  if (!row) return undefined;
  const { role, ...org } = row;
  return { org, role };
}

/** Every organisation the user belongs to, with the role. */
export async function listMemberships(db: Queryable, userId: string): Promise<MembershipRow[]> {
  const rows = await db.query<OrgRow & { role: Role }>(
    `SELECT ${ORG_COLUMNS}, m.role
       FROM memberships m
       JOIN organisations o ON o.id = m.org_id
       LEFT JOIN organisations u ON u.id = o.umbrella_id
      WHERE m.user_id = $1
      ORDER BY o.kind = 'association' DESC, o.name`,
    [userId],
  );
  return rows.map(({ role, ...org }) => ({ org, role }));
}

export async function listUmbrellas(db: Queryable): Promise<{ id: string; name: string; slug: string }[]> {
  return db.query(`SELECT id, name, slug FROM organisations WHERE kind = 'umbrella' ORDER BY name`);
}

export async function slugExists(db: Queryable, slug: string): Promise<boolean> {
  return Boolean(await db.one("SELECT 1 FROM organisations WHERE slug = $1", [slug]));
}

export async function orgNumberExists(db: Queryable, orgNumber: string): Promise<boolean> {
  return Boolean(await db.one("SELECT 1 FROM organisations WHERE org_number = $1", [orgNumber]));
}

export async function insertOrganisation(
  db: Queryable,
  input: {
    slug: string;
    name: string;
    kind: OrgKind;
    orgNumber?: string | null;
    sector?: string | null;
    sizeBand?: string | null;
    umbrellaId?: string | null;
    umbrellaStatus?: "pending" | "confirmed" | null;
  },
): Promise<{ id: string; slug: string }> {
  const row = await db.one<{ id: string; slug: string }>(
    `INSERT INTO organisations (slug, name, kind, org_number, sector, size_band, umbrella_id, umbrella_status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, slug`,
    [
      input.slug,
      input.name,
      input.kind,
      input.orgNumber ?? null,
      input.sector ?? null,
      input.sizeBand ?? null,
      input.umbrellaId ?? null,
      input.umbrellaId ? (input.umbrellaStatus ?? "pending") : null,
    ],
  );
  return row!;
}

export async function insertMembership(db: Queryable, orgId: string, userId: string, role: Role): Promise<void> {
  await db.query(
    `INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (org_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
    [orgId, userId, role],
  );
}

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: Role;
  since: Date;
}

export async function listMembers(db: Queryable, orgId: string): Promise<MemberRow[]> {
  return db.query(
    `SELECT u.id AS "userId", u.name, u.email, m.role, m.created_at AS since
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.org_id = $1 ORDER BY u.name`,
    [orgId],
  );
}

export interface AffiliationRow {
  id: string;
  name: string;
  slug: string;
  orgNumber: string | null;
  status: "pending" | "confirmed" | "declined";
  createdAt: Date;
}

/** Associations that chose this umbrella, with the state of the affiliation. */
export async function listAffiliations(db: Queryable, umbrellaOrgId: string): Promise<AffiliationRow[]> {
  return db.query(
    `SELECT id, name, slug, org_number AS "orgNumber", umbrella_status AS status, created_at AS "createdAt"
       FROM organisations WHERE umbrella_id = $1
      ORDER BY umbrella_status = 'pending' DESC, name`,
    [umbrellaOrgId],
  );
}

/** Confirms or declines one association's affiliation; only within this umbrella. */
export async function setAffiliationStatus(
  db: Queryable,
  umbrellaOrgId: string,
  associationId: string,
  status: "confirmed" | "declined",
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE organisations SET umbrella_status = $3, updated_at = now()
      WHERE id = $2 AND umbrella_id = $1 AND kind = 'association' RETURNING id`,
    [umbrellaOrgId, associationId, status],
  );
  return rows.length === 1;
}

export async function countOrganisations(db: Queryable): Promise<number> {
  return (await db.one<{ c: number }>("SELECT count(*) AS c FROM organisations"))?.c ?? 0;
}

/** After how many days a public link made without an end date expires. */
export async function getPublicLinkDays(db: Queryable, orgId: string): Promise<number> {
  const row = await db.one<{ days: number }>("SELECT public_link_days AS days FROM organisations WHERE id = $1", [
    orgId,
  ]);
  return row?.days ?? 90;
}

export async function setPublicLinkDays(db: Queryable, orgId: string, days: number): Promise<void> {
  await db.query("UPDATE organisations SET public_link_days = $2 WHERE id = $1", [orgId, days]);
}
