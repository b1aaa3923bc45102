import { getDb } from "~db/index.server";
import { revokeAllApiTokens } from "~db/queries/api-tokens.server";
import { deleteOtherSessions } from "~db/queries/sessions.server";
import { getPasswordHash, getUserById, updatePasswordHash } from "~db/queries/users.server";
import type { Messages } from "~/i18n";
import type { ChangePasswordForm } from "~/schemas/account";
import { paths } from "~/utils/paths";
import { hashPassword, verifyPassword } from "../auth/password.server";
import { isCommonPassword } from "../auth/password-policy.server";
import { publicOrigin } from "../env.server";
import { queueMail } from "../mail/mailer.server";
import { passwordChangedMail } from "../mail/templates.server";

/**
 * Changes the password after checking the current one; the user's other sessions and every API token
 * end, and the owner gets a mail about it.
 */
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
  if (isCommonPassword(input.newPassword)) return { ok: false, errors: { newPassword: t.account.password.common } };
  const hash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updatePasswordHash(tx, userId, hash);
    await deleteOtherSessions(tx, userId, currentSessionHash);
    await revokeAllApiTokens(tx, userId);
  });
  const user = await getUserById(db, userId);
  if (user) {
    await queueMail(
      user.email,
      passwordChangedMail(user.locale, user.name, `${publicOrigin()}${paths.forgotPassword()}`),
    );
  }
  return { ok: true };
}
