import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { sessionSecret } from "../auth/secret.server";

/**
 * Mail jobs carry one-time links (password reset, invitations) until they are sent. The payload is
 * sealed with AES-256-GCM under a key derived from the session secret, so the jobs table never holds a
 * usable link in clear text.
 */
function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", sessionSecret(), "synlig", "mail-job-payload", 32));
}

export function seal(value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

export function unseal<T>(sealed: string): T {
  const [iv, tag, body] = sealed.split(".").map((s) => Buffer.from(s, "base64url"));
  if (!iv || !tag || !body) throw new Error("sealed payload is malformed");
  const decipher = createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8")) as T;
}
