import { getDb } from "~db/index.server";
import { createUser } from "~db/queries/users.server";
import type { Locale, Messages } from "~/i18n";
import type { SignupForm } from "~/schemas/account";
import { hashPassword } from "../auth/password.server";

export type SignUpResult = { ok: true; userId: string } | { ok: false; errors: Record<string, string> };

/** Creates an account; a taken e-mail is a field error, not a crash. */
export async function signUp(input: SignupForm, locale: Locale, t: Messages): Promise<SignUpResult> {
  const passwordHash = await hashPassword(input.password);
  const user = await createUser(await getDb(), { email: input.email, name: input.name, passwordHash, locale });
  if (!user) return { ok: false, errors: { email: t.auth.errors.emailTaken } };
  return { ok: true, userId: user.id };
}
