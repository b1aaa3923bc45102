import { z } from "zod";
import type { Messages } from "~/i18n";
import { newPasswordField } from "./password";

/**
 * Form schemas for accounts; the same schema validates in the browser (react-hook-form) and in
 * the action. Messages come from the reader's language.
 */
const trimmed = z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().default(""));

function email(t: Messages) {
  return trimmed.pipe(
    z
      .string()
      .min(1, t.auth.errors.emailRequired)
      .max(254, t.auth.errors.emailTooLong)
      .pipe(z.email({ error: t.auth.errors.emailInvalid })),
  );
}

function newPassword(t: Messages) {
  return newPasswordField(t);
}

export function loginSchema(t: Messages) {
  return z.object({
    email: email(t),
    password: z
      .string({ error: t.auth.errors.passwordRequired })
      .min(1, t.auth.errors.passwordRequired)
      .max(200, t.auth.errors.passwordTooLong),
    redirectTo: z.string().optional(),
  });
}
export type LoginForm = z.infer<ReturnType<typeof loginSchema>>;

export function signupSchema(t: Messages) {
  return z.object({
    name: trimmed.pipe(z.string().min(1, t.auth.errors.nameRequired).max(100, t.auth.errors.nameTooLong)),
    email: email(t),
    password: newPassword(t),
    redirectTo: z.string().optional(),
  });
}
export type SignupForm = z.infer<ReturnType<typeof signupSchema>>;

export function changePasswordSchema(t: Messages) {
  return z.object({
    currentPassword: z.string({ error: t.auth.errors.passwordRequired }).min(1, t.auth.errors.passwordRequired),
    newPassword: newPassword(t),
  });
}
export type ChangePasswordForm = z.infer<ReturnType<typeof changePasswordSchema>>;
