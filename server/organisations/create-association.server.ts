import { getDb } from "~db/index.server";
import { insertMembership, insertOrganisation, listUmbrellas, orgNumberExists } from "~db/queries/organisations.server";
import type { Messages } from "~/i18n";
import type { CreateAssociationForm } from "~/schemas/organisation";
import { uniqueSlug } from "./slug.server";

export type CreateAssociationResult = { ok: true; slug: string } | { ok: false; errors: Record<string, string> };

/**
 * Creates an association with the user as admin. The chosen umbrella sees it as pending until
 * the umbrella confirms.
 */
export async function createAssociation(
  userId: string,
  input: CreateAssociationForm,
  t: Messages,
): Promise<CreateAssociationResult> {
  const db = await getDb();
  if (input.umbrellaId && !(await listUmbrellas(db)).some((u) => u.id === input.umbrellaId)) {
    return { ok: false, errors: { umbrellaId: t.org.errors.umbrellaUnknown } };
  }
  return db.transaction(async (tx) => {
    if (await orgNumberExists(tx, input.orgNumber)) {
      return { ok: false as const, errors: { orgNumber: t.org.errors.orgNumberTaken } };
    }
    const slug = await uniqueSlug(tx, input.name);
    const org = await insertOrganisation(tx, {
      slug,
      name: input.name,
      kind: "association",
      orgNumber: input.orgNumber,
      sector: input.sector,
      sizeBand: input.sizeBand,
      umbrellaId: input.umbrellaId,
      umbrellaStatus: input.umbrellaId ? "pending" : null,
    });
    await insertMembership(tx, org.id, userId, "admin");
    return { ok: true as const, slug: org.slug };
  });
}
