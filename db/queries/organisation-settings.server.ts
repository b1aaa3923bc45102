import type { Queryable } from "../client.server";

/** An association's own details, as its settings page edits them. */
export interface OrgDetails {
  name: string;
  orgNumber: string | null;
  sector: string | null;
  sizeBand: "S" | "M" | "L" | null;
  umbrellaId: string | null;
  umbrellaStatus: "pending" | "confirmed" | "declined" | null;
  /** Set when the association is a registered idéburen organisation (the tender condition reads it). */
  ideaRegisterNumber: string | null;
}

export interface OrgChange {
  field: string;
  from: string;
  to: string;
}

export async function findOrgDetails(db: Queryable, orgId: string): Promise<OrgDetails | undefined> {
  return db.one<OrgDetails>(
    `SELECT name, org_number AS "orgNumber", sector, size_band AS "sizeBand", umbrella_id AS "umbrellaId",
            umbrella_status AS "umbrellaStatus", idea_register_number AS "ideaRegisterNumber"
       FROM organisations WHERE id = $1`,
    [orgId],
  );
}

/** True when another organisation already has this organisation number. */
export async function orgNumberTakenByOther(db: Queryable, orgId: string, orgNumber: string): Promise<boolean> {
  return Boolean(await db.one("SELECT 1 FROM organisations WHERE org_number = $1 AND id <> $2", [orgNumber, orgId]));
}

export async function updateOrgDetails(db: Queryable, orgId: string, d: OrgDetails): Promise<void> {
  await db.query(
    `UPDATE organisations SET name = $2, org_number = $3, sector = $4, size_band = $5, umbrella_id = $6,
            umbrella_status = $7, idea_register_number = $8, updated_at = now()
      WHERE id = $1`,
    [orgId, d.name, d.orgNumber, d.sector, d.sizeBand, d.umbrellaId, d.umbrellaStatus, d.ideaRegisterNumber],
  );
}

export async function insertOrgChange(
  db: Queryable,
  orgId: string,
  userId: string,
  changes: readonly OrgChange[],
): Promise<void> {
  await db.query("INSERT INTO organisation_changes (org_id, user_id, changes) VALUES ($1, $2, $3::text::jsonb)", [
    orgId,
    userId,
    JSON.stringify(changes),
  ]);
}

export interface OrgChangeRow {
  id: string;
  by: string | null;
  at: Date;
  changes: OrgChange[];
}

/** The history of changes to the organisation's details, newest first. */
export async function listOrgChanges(db: Queryable, orgId: string, limit = 50): Promise<OrgChangeRow[]> {
  return db.query<OrgChangeRow>(
    `SELECT c.id, u.name AS by, c.created_at AS at, c.changes
       FROM organisation_changes c LEFT JOIN users u ON u.id = c.user_id
      WHERE c.org_id = $1 ORDER BY c.created_at DESC, c.id LIMIT $2`,
    [orgId, limit],
  );
}
