import { getDb } from "~db/index.server";
import { countRecentFailures, recordLoginAttempt } from "~db/queries/login-attempts.server";
import { findUserByEmail } from "~db/queries/users.server";
import { DUMMY_HASH, verifyPassword } from "../auth/password.server";

/** Limits on failed sign-ins within the window: per e-mail address and per client address. */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 10, perIp: 50 } as const;

export type SignInResult = { ok: true; userId: string } | { ok: false; reason: "wrong-credentials" | "rate-limited" };

/** Checks a password, counting failures so guessing is throttled per e-mail and per IP. */
export async function signIn(email: string, password: string, ip: string): Promise<SignInResult> {
  const db = await getDb();
  const failures = await countRecentFailures(db, email, ip, LOGIN_LIMITS.windowMinutes);
  if (failures.byEmail >= LOGIN_LIMITS.perEmail || failures.byIp >= LOGIN_LIMITS.perIp) {
    return { ok: false, reason: "rate-limited" };
  }
  const user = await findUserByEmail(db, email);
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  await recordLoginAttempt(db, email, ip, Boolean(user && valid));
  if (!user || !valid) return { ok: false, reason: "wrong-credentials" };
  return { ok: true, userId: user.id };
}
