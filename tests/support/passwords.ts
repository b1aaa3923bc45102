import { randomBytes, scryptSync } from "node:crypto";

/** A password hash in Synlig's format at a chosen scrypt cost (an "old" hash for rehash tests). */
export async function scryptHashForTests(password: string, N: number): Promise<string> {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, 32, { N, r: 8, p: 1 });
  return ["scrypt", N, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
}
