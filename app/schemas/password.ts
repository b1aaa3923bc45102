import { z } from "zod";
import type { Messages } from "~/i18n";

/** A new password: 12 to 200 characters (the common-password check runs on the server). */
export const MIN_PASSWORD_LENGTH = 12;

export function newPasswordField(t: Messages) {
  return z
    .string({ error: t.auth.errors.passwordRequired })
    .min(1, t.auth.errors.passwordRequired)
    .min(MIN_PASSWORD_LENGTH, t.account.password.tooShort)
    .max(200, t.auth.errors.passwordTooLong);
}

const trimmedEmail = (t: Messages) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string({ error: t.auth.errors.emailRequired })
      .min(1, t.auth.errors.emailRequired)
      .max(254, t.auth.errors.emailTooLong)
      .pipe(z.email({ error: t.auth.errors.emailInvalid })),
  );

/** "Glömt lösenordet?": one field; a single-purpose form. */
export function forgotPasswordSchema(t: Messages) {
  return z.object({ intent: z.literal("request").optional(), email: trimmedEmail(t) });
}

/** The new password from a reset link. */
export function resetPasswordSchema(t: Messages) {
  return z.object({ intent: z.literal("reset").optional(), newPassword: newPasswordField(t) });
}
