import { getDb } from "~db/index.server";
import { revokeAllApiTokens } from "~db/queries/api-tokens.server";
import { consumePasswordReset, insertPasswordReset, isPasswordResetOpen } from "~db/queries/password-resets.server";
import { deleteAllSessions } from "~db/queries/sessions.server";
import { findUserByEmail, getUserById, updatePasswordHash } from "~db/queries/users.server";
import type { Locale, Messages } from "~/i18n";
import { paths } from "~/utils/paths";
import { hashPassword } from "../auth/password.server";
import { isCommonPassword } from "../auth/password-policy.server";
import { newToken, sha256 } from "../auth/session.server";
import { publicOrigin } from "../env.server";
import { enqueue, registerJob } from "../jobs/queue.server";
import { queueMail } from "../mail/mailer.server";
import { seal, unseal } from "../mail/seal.server";
import { passwordChangedMail, passwordResetMail } from "../mail/templates.server";

/**
 * "Glömt lösenordet?": a request stores a job and answers at once, the same whether or not the
 * address has an account (the look-up runs in the job, so the answer's timing says nothing either).
 * The job mails a single-use link valid for one hour; only the token's sha256 is stored.
 */
export const RESET_REQUEST_JOB = "accounts.password-reset-request";
export const RESET_VALID_MINUTES = 60;

export async function requestPasswordReset(email: string, locale: Locale): Promise<void> {
  await enqueue(RESET_REQUEST_JOB, { sealed: seal({ email, locale }) }, { retries: 3, backoffSeconds: 10 });
}

/** The job: creates a link for an existing account and mails it; an unknown address gets nothing. */
export async function sendPasswordResetLink(email: string): Promise<void> {
  const db = await getDb();
  const user = await findUserByEmail(db, email);
  if (!user) return;
  const token = newToken();
  await insertPasswordReset(db, {
    userId: user.id,
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + RESET_VALID_MINUTES * 60_000),
  });
  await queueMail(
    user.email,
    passwordResetMail(user.locale, user.name, `${publicOrigin()}${paths.resetPassword(token)}`),
  );
}

export function registerPasswordResetJob(): void {
  registerJob(RESET_REQUEST_JOB, async (payload) => {
    if (typeof payload.sealed !== "string") throw new Error("reset request without a sealed payload");
    const { email } = unseal<{ email: string }>(payload.sealed);
    await sendPasswordResetLink(email);
  });
}

/** Whether a reset link can still be used (the page shows the form, or says the link is spent). */
export async function isResetLinkOpen(token: string): Promise<boolean> {
  if (!token || token.length > 100) return false;
  return isPasswordResetOpen(await getDb(), sha256(token));
}

export type ResetResult =
  { ok: true; userId: string } | { ok: false; reason: "invalid-link" } | { ok: false; errors: Record<string, string> };

/**
 * Sets a new password from a reset link: the link is used up (once, atomically), every session and
 * API token of the account ends, and the owner gets a mail that the password changed.
 */
export async function resetPassword(token: string, newPassword: string, t: Messages): Promise<ResetResult> {
  if (isCommonPassword(newPassword)) return { ok: false, errors: { newPassword: t.account.password.common } };
  if (!token || token.length > 100) return { ok: false, reason: "invalid-link" };
  const hash = await hashPassword(newPassword);
  const db = await getDb();
  const userId = await db.transaction(async (tx) => {
    const id = await consumePasswordReset(tx, sha256(token));
    if (!id) return undefined;
    await updatePasswordHash(tx, id, hash);
    await deleteAllSessions(tx, id);
    await revokeAllApiTokens(tx, id);
    return id;
  });
  if (!userId) return { ok: false, reason: "invalid-link" };
  const user = await getUserById(db, userId);
  if (user) {
    await queueMail(
      user.email,
      passwordChangedMail(user.locale, user.name, `${publicOrigin()}${paths.forgotPassword()}`),
    );
  }
  return { ok: true, userId };
}
