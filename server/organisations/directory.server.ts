import { getDb } from "~db/index.server";
import { listOpenInvitations } from "~db/queries/invitations.server";
import {
  listAffiliations,
  listMembers,
  listMemberships,
  listUmbrellas,
  setAffiliationStatus,
  type AffiliationRow,
  type MemberRow,
  type MembershipRow,
} from "~db/queries/organisations.server";
import type { InvitationRow } from "~db/queries/invitations.server";
import { isUuid } from "~/utils/validation";

/** Reads about organisations and their people for the pages (routes do not query the database). */

/** The organisations a user belongs to, with the role in each. */
export async function listUserOrganisations(userId: string): Promise<MembershipRow[]> {
  return listMemberships(await getDb(), userId);
}

/** The members of an organisation (for the API). */
export async function listOrgMembers(orgId: string): Promise<MemberRow[]> {
  return listMembers(await getDb(), orgId);
}

/** The umbrella organisations an association can choose. */
export async function listUmbrellaChoices(): Promise<{ id: string; name: string; slug: string }[]> {
  return listUmbrellas(await getDb());
}

/** The members of an organisation, and its open invitations when the reader may manage them. */
export async function loadMembers(
  orgId: string,
  withInvitations: boolean,
): Promise<{ members: MemberRow[]; invitations: InvitationRow[] }> {
  const db = await getDb();
  const [members, invitations] = await Promise.all([
    listMembers(db, orgId),
    withInvitations ? listOpenInvitations(db, orgId) : Promise.resolve([]),
  ]);
  return { members, invitations };
}

/** The associations that chose this umbrella organisation. */
export async function listUmbrellaAffiliations(umbrellaOrgId: string): Promise<AffiliationRow[]> {
  return listAffiliations(await getDb(), umbrellaOrgId);
}

/** How many associations wait for the umbrella's confirmation. */
export async function countPendingAffiliations(umbrellaOrgId: string): Promise<number> {
  return (await listUmbrellaAffiliations(umbrellaOrgId)).filter((a) => a.status === "pending").length;
}

/** Confirms or declines an association's affiliation; false when it did not choose this umbrella. */
export async function decideAffiliation(
  umbrellaOrgId: string,
  associationId: string,
  status: "confirmed" | "declined",
): Promise<boolean> {
  return isUuid(associationId) && setAffiliationStatus(await getDb(), umbrellaOrgId, associationId, status);
}
