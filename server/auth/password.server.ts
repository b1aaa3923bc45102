import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { env } from "../env.server";

/**
 * Passwords hashed with scrypt (node:crypto): `scrypt$N$r$p$salt$hash`, base64url parts. New hashes
 * use N = 2^SCRYPT_LOG_N (2^17, OWASP's minimum, by default); a stored hash with a lower cost still
 * verifies and is replaced at the next sign-in (`needsRehash`).
 */
const R = 8;
const P = 1;
const KEYLEN = 32;
/** 128 · N · r bytes are needed; 2^17 · 8 · 128 = 128 MiB, so allow twice that. */
const MAXMEM = 288 * 1024 * 1024;

function costN(): number {
  return 2 ** env().SCRYPT_LOG_N;
}

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize("NFKC"), salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const N = costN();
  const key = await scrypt(password, salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM });
  return ["scrypt", N, R, P, salt.toString("base64url"), key.toString("base64url")].join("$");
}

function parse(stored: string) {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return undefined;
  const N = Number(n);
  if (!Number.isInteger(N) || N < 2 || N > 2 ** 20 || (N & (N - 1)) !== 0) return undefined;
  return { N, r: Number(r), p: Number(p), salt, hash };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const expected = Buffer.from(parsed.hash, "base64url");
  const key = await scrypt(password, Buffer.from(parsed.salt, "base64url"), expected.length, {
    N: parsed.N,
    r: parsed.r,
    p: parsed.p,
    maxmem: MAXMEM,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Whether a stored hash was made with other (weaker) parameters than new hashes get. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.N < costN() || parsed.r !== R || parsed.p !== P;
}

let dummy: { n: number; hash: Promise<string> } | undefined;
/** A hash at today's cost that never verifies, to spend the same time when the e-mail is unknown. */
export function dummyHash(): Promise<string> {
  if (dummy?.n !== costN()) dummy = { n: costN(), hash: hashPassword(randomBytes(16).toString("hex")) };
  return dummy.hash;
}
