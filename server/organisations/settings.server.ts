import { getDb } from "~db/index.server";
import {
  findOrgDetails,
  insertOrgChange,
  listOrgChanges,
  orgNumberTakenByOther,
  updateOrgDetails,
  type OrgChange,
  type OrgDetails,
} from "~db/queries/organisation-settings.server";
import { listUmbrellas } from "~db/queries/organisations.server";
import type { Messages } from "~/i18n";
import type { OrgSettingsForm } from "~/schemas/organisation";
import { FORM_ERROR } from "~/utils/validation";

/** The settings page: the association's details, the umbrellas to choose from and the history. */
export async function loadOrgSettings(orgId: string) {
  const db = await getDb();
  const [details, umbrellas, history] = await Promise.all([
    findOrgDetails(db, orgId),
    listUmbrellas(db),
    listOrgChanges(db, orgId),
  ]);
  return { details, umbrellas: umbrellas.map((u) => ({ id: u.id, name: u.name })), history };
}

export type SaveOrgSettingsResult = { ok: true; changed: number } | { ok: false; errors: Record<string, string> };

/**
 * Saves the association's details with the rules of creation (organisation number unique, a known
 * umbrella). A new umbrella has to confirm again (pending); every save that changes something is
 * kept in the history, field by field.
 */
export async function saveOrgSettings(
  orgId: string,
  userId: string,
  input: OrgSettingsForm,
  t: Messages,
): Promise<SaveOrgSettingsResult> {
  const db = await getDb();
  const umbrellas = await listUmbrellas(db);
  if (input.umbrellaId && !umbrellas.some((u) => u.id === input.umbrellaId && u.id !== orgId))
    return { ok: false, errors: { umbrellaId: t.org.errors.umbrellaUnknown } };
  return db.transaction(async (tx): Promise<SaveOrgSettingsResult> => {
    const before = await findOrgDetails(tx, orgId);
    if (!before) return { ok: false, errors: { [FORM_ERROR]: t.guide.blocks.notFound } };
    if (await orgNumberTakenByOther(tx, orgId, input.orgNumber))
      return { ok: false as const, errors: { orgNumber: t.org.errors.orgNumberTaken } };
    const after: OrgDetails = {
      name: input.name,
      orgNumber: input.orgNumber,
      sector: input.sector,
      sizeBand: input.sizeBand,
      umbrellaId: input.umbrellaId,
      umbrellaStatus:
        input.umbrellaId === null ? null : input.umbrellaId === before.umbrellaId ? before.umbrellaStatus : "pending",
      ideaRegisterNumber: input.ideaRegisterNumber === "" ? null : input.ideaRegisterNumber,
    };
    const umbrellaName = (id: string | null) => umbrellas.find((u) => u.id === id)?.name ?? "";
    const shown = (d: OrgDetails): Record<string, string> => ({
      name: d.name,
      orgNumber: d.orgNumber ?? "",
      sector: d.sector ?? "",
      sizeBand: d.sizeBand ?? "",
      umbrella: umbrellaName(d.umbrellaId),
      ideaRegisterNumber: d.ideaRegisterNumber ?? "",
    });
    const a = shown(before);
    const b = shown(after);
    const changes: OrgChange[] = Object.keys(b)
      .filter((k) => a[k] !== b[k])
      .map((k) => ({ field: k, from: a[k]!, to: b[k]! }));
    if (changes.length === 0) return { ok: true as const, changed: 0 };
    await updateOrgDetails(tx, orgId, after);
    await insertOrgChange(tx, orgId, userId, changes);
    return { ok: true as const, changed: changes.length };
  });
}
