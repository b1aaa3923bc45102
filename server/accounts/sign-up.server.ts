import { getDb } from "~db/index.server";
import { createUser, findUserByEmail } from "~db/queries/users.server";
import type { Locale, Messages } from "~/i18n";
import type { SignupForm } from "~/schemas/account";
import { paths } from "~/utils/paths";
import { hashPassword } from "../auth/password.server";
import { isCommonPassword } from "../auth/password-policy.server";
import { publicOrigin } from "../env.server";
import { queueMail } from "../mail/mailer.server";
import { accountExistsMail } from "../mail/templates.server";

/**
 * Creates an account. An address that already has one is not revealed: the answer looks like a new
 * sign-up (`existing: true` tells the route to answer the same way without signing in), and the owner
 * gets a mail ("someone tried to create an account with your address").
 */
export type SignUpResult =
  { ok: true; userId: string } | { ok: true; existing: true } | { ok: false; errors: Record<string, string> };

export async function signUp(input: SignupForm, locale: Locale, t: Messages): Promise<SignUpResult> {
  if (isCommonPassword(input.password)) return { ok: false, errors: { password: t.account.password.common } };
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  const user = await createUser(db, { email: input.email, name: input.name, passwordHash, locale });
  if (user) return { ok: true, userId: user.id };
  const owner = await findUserByEmail(db, input.email);
  if (owner) {
    const origin = publicOrigin();
    await queueMail(
      owner.email,
      accountExistsMail(owner.locale, owner.name, `${origin}${paths.login()}`, `${origin}${paths.forgotPassword()}`),
    );
  }
  return { ok: true, existing: true };
}
