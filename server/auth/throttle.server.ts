import { getDb } from "~db/index.server";
import { clearCounter, hitCounter, unhitCounter } from "~db/queries/throttle.server";

/**
 * Throttles for the account doors. Every attempt is counted BEFORE the work (atomically, see
 * hitCounter), so twenty concurrent guesses cannot all pass a limit of ten.
 *
 * Sign-in counts failures per (e-mail, client address) and per client address: an attacker guessing
 * someone's password is stopped, while the owner, from their own address, can still sign in. Across
 * addresses the e-mail's count only slows answers down (up to a few seconds), it never locks out.
 */
export const LIMITS = {
  signIn: { windowSeconds: 15 * 60, perEmailAndIp: 10, perIp: 50, slowAfterPerEmail: 20, maxDelayMs: 3000 },
  signUp: { windowSeconds: 60 * 60, perIp: 10 },
  resetRequest: { windowSeconds: 60 * 60, perIp: 10, perEmail: 3 },
} as const;

const norm = (email: string) => email.trim().toLowerCase();

export interface SignInGate {
  allowed: boolean;
  /** How long to wait before answering (the e-mail is under attack from many addresses). */
  delayMs: number;
  /** Call after a correct password: the attempt does not count as a failure. */
  succeeded(): Promise<void>;
}

export async function gateSignIn(email: string, ip: string): Promise<SignInGate> {
  const db = await getDb();
  const l = LIMITS.signIn;
  const pairKey = `signin:pair:${norm(email)}|${ip}`;
  const ipKey = `signin:ip:${ip}`;
  const emailKey = `signin:email:${norm(email)}`;
  const pair = await hitCounter(db, pairKey, l.windowSeconds);
  const byIp = await hitCounter(db, ipKey, l.windowSeconds);
  const byEmail = await hitCounter(db, emailKey, l.windowSeconds);
  const over = Math.max(0, byEmail - l.slowAfterPerEmail);
  return {
    allowed: pair <= l.perEmailAndIp && byIp <= l.perIp,
    delayMs: Math.min(l.maxDelayMs, over * 250),
    async succeeded() {
      await clearCounter(db, pairKey);
      await unhitCounter(db, ipKey);
      await unhitCounter(db, emailKey);
    },
  };
}

/** Sign-ups from one client address per hour. */
export async function allowSignUp(ip: string): Promise<boolean> {
  const l = LIMITS.signUp;
  return (await hitCounter(await getDb(), `signup:ip:${ip}`, l.windowSeconds)) <= l.perIp;
}

/**
 * Reset requests: per client address (answered with "wait"), and per e-mail address (the extra
 * requests are answered as usual but send nothing, so nobody can flood an inbox or learn anything).
 */
export async function gateResetRequest(email: string, ip: string): Promise<{ allowed: boolean; send: boolean }> {
  const db = await getDb();
  const l = LIMITS.resetRequest;
  const byIp = await hitCounter(db, `reset:ip:${ip}`, l.windowSeconds);
  if (byIp > l.perIp) return { allowed: false, send: false };
  const byEmail = await hitCounter(db, `reset:email:${norm(email)}`, l.windowSeconds);
  return { allowed: true, send: byEmail <= l.perEmail };
}
