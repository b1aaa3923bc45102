import { getDb } from "~db/index.server";
import { recordLoginAttempt } from "~db/queries/login-attempts.server";
import { findUserByEmail, updatePasswordHash } from "~db/queries/users.server";
import { dummyHash, hashPassword, needsRehash, verifyPassword } from "../auth/password.server";
import { gateSignIn } from "../auth/throttle.server";

export type SignInResult = { ok: true; userId: string } | { ok: false; reason: "wrong-credentials" | "rate-limited" };

/**
 * Checks a password behind the sign-in throttle (server/auth/throttle.server.ts). A hash made with a
 * lower scrypt cost than today's is replaced by one at today's cost while the password is at hand.
 */
export async function signIn(email: string, password: string, ip: string): Promise<SignInResult> {
  const db = await getDb();
  const gate = await gateSignIn(email, ip);
  if (gate.delayMs > 0) await new Promise((r) => setTimeout(r, gate.delayMs));
  if (!gate.allowed) return { ok: false, reason: "rate-limited" };
  const user = await findUserByEmail(db, email);
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  await recordLoginAttempt(db, email, ip, Boolean(user && valid));
  if (!user || !valid) return { ok: false, reason: "wrong-credentials" };
  await gate.succeeded();
  if (needsRehash(user.passwordHash)) await updatePasswordHash(db, user.id, await hashPassword(password));
  return { ok: true, userId: user.id };
}
