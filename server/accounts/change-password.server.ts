import { getDb } from "~db/index.server";
import { deleteOtherSessions } from "~db/queries/sessions.server";
import { getPasswordHash, updatePasswordHash } from "~db/queries/users.server";
import type { Messages } from "~/i18n";
import type { ChangePasswordForm } from "~/schemas/account";
import { hashPassword, verifyPassword } from "../auth/password.server";

/** Changes the password after checking the current one, and ends the user's other sessions. */
export async function changePassword(
  userId: string,
  currentSessionHash: string,
  input: ChangePasswordForm,
  t: Messages,
): Promise<{ ok: true } | { ok: false; errors: Record<string, string> }> {
  const db = await getDb();
  const stored = await getPasswordHash(db, userId);
  if (!stored || !(await verifyPassword(input.currentPassword, stored))) {
    return { ok: false, errors: { currentPassword: t.auth.settings.wrongCurrent } };
  }
  const hash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updatePasswordHash(tx, userId, hash);
    await deleteOtherSessions(tx, userId, currentSessionHash);
  });
  return { ok: true };
}
